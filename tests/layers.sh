#!/usr/bin/env bash
# The core's layers point one way (docs/architecture.md). Fails when
#  1. core/src/store imports a module above it (the store is data access only),
#  2. any core module imports one of a higher layer, or
#  3. the modules' imports form a cycle (tsort finds a loop),
#  4. a source file other than core/src/clock.rs reads the system time,
#  5. a file in core/src or cli/src has more than 600 lines before its tests.
# Imports are read from `crate::NAME` paths in non-test code (a file is read
# up to its `#[cfg(test)]` module). Usage: tests/layers.sh [SRC_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-core/src}

# Layer of each top-level module, lowest first.
declare -A layer=(
  [clock]=0 [text]=0 [model]=0 [source]=0 [taxonomy]=0 [zone]=0 [i18n]=0
  [markdown]=0 [geo]=0 [hours]=0 [freshness]=0
  [store]=1
  [index]=2
  [ingest]=3
  [search]=4 [directory]=4 [pack]=4 [view]=4 [share]=4
  [guide]=5 [error]=5 [testing]=6 [lib]=6
)

# "FROM TO" for every `crate::TO` in FROM's non-test code.
edges=$(
  find "$src" -name '*.rs' | sort | while read -r file; do
    rel=${file#"$src"/}
    from=${rel%%/*}
    from=${from%.rs}
    # Comments (Rust `//`, SQL `--`) name modules without importing them.
    { awk '/^#\[cfg\(test\)\]/ { exit } { print }' "$file" |
      grep -v -E '^\s*(//|--)' |
      grep -o 'crate::[a-z_0-9]*' || true; } |
      sed 's/crate:://' |
      sort -u |
      while read -r to; do
        # `crate::Error`, `crate::taxonomy()` and the like name lib.rs items.
        [ -z "$to" ] && continue
        [ "$to" = "$from" ] && continue
        echo "$from $to"
      done
  done | sort -u
)

status=0
while read -r from to; do
  [ -z "$from" ] && continue
  if [ -z "${layer[$from]+x}" ] || [ -z "${layer[$to]+x}" ]; then
    echo "LAYERS: unknown module in '$from -> $to': give it a layer in tests/layers.sh and docs/architecture.md"
    status=1
    continue
  fi
  if [ "$from" = store ] && [ "${layer[$to]}" -ge 1 ]; then
    echo "LAYERS: core/src/store imports crate::$to: the store is data access only"
    grep -rn "crate::$to" "$src/store" | sed 's/^/  /'
    status=1
  elif [ "${layer[$to]}" -gt "${layer[$from]}" ]; then
    echo "LAYERS: $from (layer ${layer[$from]}) imports crate::$to (layer ${layer[$to]}), a higher layer"
    { grep -rln "crate::$to" "$src/$from" "$src/$from.rs" 2>/dev/null || true; } | sed "s/^/  /"
    status=1
  fi
done <<<"$edges"

if ! loops=$(printf '%s\n' "$edges" | tsort 2>&1 >/dev/null) || [ -n "$loops" ]; then
  echo "LAYERS: the modules' imports form a cycle:"
  printf '%s\n' "$loops" | sed 's/^/  /'
  status=1
fi

# One clock: nothing but core/src/clock.rs reads the system time.
clock_reads=$(
  for file in $(find "$src" cli/src bindings/src -name '*.rs' | sort); do
    [ "$file" = "$src/clock.rs" ] && continue
    awk '/^#\[cfg\(test\)\]/ { exit } { print FILENAME ":" FNR ": " $0 }' "$file" |
      grep -E '(Timestamp|SystemTime|Utc|Local|Zoned)::now\(' || true
  done
)
if [ -n "$clock_reads" ]; then
  echo "LAYERS: only core/src/clock.rs may read the system time:"
  printf '%s\n' "$clock_reads" | sed 's/^/  /'
  status=1
fi

# Files small enough to read: at most 600 lines of non-test code.
for file in $(find "$src" cli/src -name '*.rs' | sort); do
  lines=$(awk '/^#\[cfg\(test\)\]/ { exit } { n++ } END { print n + 0 }' "$file")
  if [ "$lines" -gt 600 ]; then
    echo "LAYERS: $file has $lines lines of non-test code (at most 600): split it"
    status=1
  fi
done

if [ "$status" = 0 ]; then
  echo "layers: $(printf '%s\n' "$edges" | grep -c .) imports between $(printf '%s\n' "$edges" | tr ' ' '\n' | sort -u | grep -c .) modules point down, no cycle; one clock; no file over 600 lines"
fi
exit $status
