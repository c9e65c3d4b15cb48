#!/usr/bin/env bash
# Fails when guide-core or guide-ffi depends, directly or not, on a crate that
# opens network connections. The core never opens a socket; this keeps it so.
set -euo pipefail
cd "$(dirname "$0")/.."
banned='^(reqwest|hyper|hyper-util|ureq|curl|curl-sys|isahc|surf|h2|h3|quinn|socket2|attohttpc|minreq|tokio-native-tls|tokio-rustls|native-tls|rustls|async-std|mio|tungstenite)$'
status=0
for pkg in guide-core guide-ffi; do
  deps=$(cargo tree -p "$pkg" -e normal --prefix none --locked | awk '{print $1}' | sort -u)
  bad=$(printf '%s\n' "$deps" | grep -E "$banned" || true)
  if [ -n "$bad" ]; then
    echo "PRIVACY: $pkg depends on networking crates: $(echo $bad)"
    status=1
  else
    echo "$pkg: $(printf '%s\n' "$deps" | wc -l) crates, none networking"
  fi
done
exit $status
