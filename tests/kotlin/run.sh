#!/usr/bin/env bash
# Kotlin-on-JVM tests of the UniFFI bindings, run from the repository root
# (alone, or by tests/run.sh). Builds the guide-ffi cdylib, generates the
# Kotlin and Swift bindings with the workspace's uniffi-bindgen, checks the
# Swift output's API shape, compiles the generated Kotlin + the Android app's
# pure-Kotlin module (android/core) + both test suites with kotlinc, and runs
# them on the JVM with JNA. Prints "N passed, N failed"; exits 1 on any
# failure. Installs kotlinc (npm package kotlin-compiler, pinned) and JNA
# (Debian libjna-java) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

KOTLIN_VERSION=2.4.20
CACHE_DIR=${GUIDE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/resident-guide}
KOTLIN_HOME=$CACHE_DIR/kotlinc-$KOTLIN_VERSION
JNA_JAR=/usr/share/java/jna.jar
OUT=target/bindings
started=$(date +%s)

say() { printf '[kotlin %3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  as_root apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { as_root apt-get update -qq >/dev/null && as_root apt-get install -y -qq "$@" >/dev/null; }
}

if ! command -v java >/dev/null; then
  say "installing a Java runtime (Debian default-jre-headless)"
  apt_install default-jre-headless
fi
if [ ! -f "$JNA_JAR" ]; then
  say "installing JNA (Debian libjna-java)"
  apt_install libjna-java
fi
if [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
  command -v npm >/dev/null || { say "installing npm"; apt_install npm; }
  say "installing kotlinc $KOTLIN_VERSION into $KOTLIN_HOME (npm package kotlin-compiler)"
  unpack=$(mktemp -d)
  (cd "$unpack" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null && tar xzf kotlin-compiler-*.tgz)
  mkdir -p "$CACHE_DIR"
  rm -rf "$KOTLIN_HOME"
  mv "$unpack/package" "$KOTLIN_HOME"
  rm -rf "$unpack"
  chmod +x "$KOTLIN_HOME"/bin/*
fi

say "building the guide-ffi library (debug: it keeps the UniFFI metadata) and the guide CLI"
cargo build -q -p guide-ffi --lib --locked
cargo build -q -p guide-cli --bin guide --locked
LIB=target/debug/libguide_ffi.so

# Fixture packs for the install test, made with the real publisher tooling:
# a fresh key, a one-listing synthetic pack signed with it, and a copy with
# one payload byte (near the end of the file) flipped.
FIXTURES=$OUT/kotlin-fixtures
rm -rf "$FIXTURES"
mkdir -p "$FIXTURES/src/listings"
cat >"$FIXTURES/src/pack.toml" <<'TOML'
# Synthetic test data for tests/kotlin (never shipped).
pack_id = "dev-kotlin-fixture"
publisher = "Resident Guide tests (synthetic)"
version = 1
source_language = "en"
languages = ["en"]
area = "Fixture County (synthetic)"
TOML
cat >"$FIXTURES/src/sources.toml" <<'TOML'
[kotlin-fixture]
title = "Synthetic test fixture, not real content"
publisher = "tests/kotlin/run.sh"
checked_on = 2026-11-26
TOML
cat >"$FIXTURES/src/listings/fixture.toml" <<'TOML'
[[listing]]
id = "dev-kotlin-fixture-clinic"
category = "legal-clinic"
name = { en = "Kotlin Fixture Clinic (synthetic test data)" }
summary = { en = "A made-up listing that exists only to test pack installs from Kotlin." }
sources = ["kotlin-fixture"]
verified_on = 2026-11-26
TOML
# A second synthetic pack for the directory tests (issue 12): listings placed
# by address and ZIP and by stated coordinates, statewide and national
# hotlines, and an article on a fast-changing topic with related categories.
mkdir -p "$FIXTURES/dir/listings" "$FIXTURES/dir/articles/dev-kotlin-dir-warning"
cat >"$FIXTURES/dir/pack.toml" <<'TOML'
# Synthetic test data for tests/kotlin (never shipped).
pack_id = "dev-kotlin-directory"
publisher = "Resident Guide tests (synthetic)"
version = 1
source_language = "en"
languages = ["en", "es"]
area = "Fixture County (synthetic)"
TOML
cat >"$FIXTURES/dir/sources.toml" <<'TOML'
[kotlin-directory-fixture]
title = "Synthetic test fixture, not real content"
publisher = "tests/kotlin/run.sh"
checked_on = 2026-11-26
TOML
cat >"$FIXTURES/dir/listings/fixture.toml" <<'TOML'
[[listing]]
id = "dev-kotlin-dir-clinic"
category = "legal-clinic"
name = { en = "Kotlin Directory Clinic (synthetic)", es = "Clínica de prueba Kotlin (ficticia)" }
summary = { en = "A made-up clinic placed by its address and ZIP.", es = "Una clínica inventada, ubicada por su dirección y código postal." }
city = "Baltimore"
region = "MD"
country = "US"
address = "1 Fixture Way"
postal_code = "21201"
languages_spoken = ["es", "en"]
cost = "free"
sources = ["kotlin-directory-fixture"]
verified_on = 2026-11-26

[[listing]]
id = "dev-kotlin-dir-exact"
category = "legal-clinic"
name = { en = "Kotlin Exact Clinic (synthetic)" }
latitude = 39.2904
longitude = -76.6122
sources = ["kotlin-directory-fixture"]
verified_on = 2026-11-26

[[listing]]
id = "dev-kotlin-dir-state"
category = "hotline"
name = { en = "Kotlin State Hotline (synthetic)" }
country = "US"
service_area = { states = ["MD"] }
sources = ["kotlin-directory-fixture"]
verified_on = 2026-11-26

[[listing]]
id = "dev-kotlin-dir-national"
category = "hotline"
name = { en = "Kotlin National Hotline (synthetic)" }
country = "US"
service_area = { nationwide = true }
sources = ["kotlin-directory-fixture"]
verified_on = 2026-11-26
TOML
cat >"$FIXTURES/dir/articles/dev-kotlin-dir-warning/article.toml" <<'TOML'
topics = ["notario-fraud"]
verified_on = 2026-11-26
expires_on = 2026-12-26
sources = ["kotlin-directory-fixture"]
related_categories = ["legal-clinic", "hotline"]
TOML
cat >"$FIXTURES/dir/articles/dev-kotlin-dir-warning/en.md" <<'MD'
+++
title = "Kotlin fixture warning (synthetic)"
summary = "A made-up article on a fast-changing topic."
translation = "original"
+++
Synthetic text for the binding tests.
MD
target/debug/guide keygen --out "$FIXTURES/keys" >/dev/null
target/debug/guide pack build "$FIXTURES/src" --out "$FIXTURES/good.rgpack" \
  --key "$FIXTURES/keys/publisher.key" >/dev/null
target/debug/guide pack build "$FIXTURES/dir" --out "$FIXTURES/directory.rgpack" \
  --key "$FIXTURES/keys/publisher.key" >/dev/null
perl -e 'local $/; open my $in, "<:raw", $ARGV[0] or die; my $pack = <$in>;
  substr($pack, -8, 1) ^= "\x01"; open my $out, ">:raw", $ARGV[1] or die; print $out $pack' \
  "$FIXTURES/good.rgpack" "$FIXTURES/tampered.rgpack"

# A store written by a newer app: the frozen store of the current schema
# with a higher schema version in its header (PRAGMA user_version is the
# big-endian u32 at byte 60), so opening it must ask for an app update.
mkdir -p "$FIXTURES/newer-store"
latest=$(ls core/tests/data/schema-v*.sqlite | sort -V | tail -1)
perl -e 'local $/; open my $in, "<:raw", $ARGV[0] or die; my $db = <$in>;
  substr($db, 60, 4) = pack("N", 999); open my $out, ">:raw", $ARGV[1] or die; print $out $db' \
  "$latest" "$FIXTURES/newer-store/guide.sqlite3"

rm -rf "$OUT/kotlin" "$OUT/swift"
bindgen() {
  cargo run -q -p guide-ffi --bin uniffi-bindgen --locked -- \
    generate --library "$LIB" --no-format "$@" >/dev/null
}
bindgen --language kotlin --out-dir "$OUT/kotlin"
bindgen --language swift --out-dir "$OUT/swift"

# The Swift bindings cannot be compiled here (no Swift toolchain): check that
# they exist and expose what the iOS app calls. Each expectation is compared
# with the generated text stripped of comments and whitespace.
swift_problems=0
for file in GuideFFI.swift GuideFFIFFI.h GuideFFIFFI.modulemap; do
  if [ ! -s "$OUT/swift/$file" ]; then
    say "missing Swift output $file"
    swift_problems=$((swift_problems + 1))
  fi
done
if [ "$swift_problems" = 0 ]; then
  shape=$(perl -0pe 's{/\*.*?\*/}{}gs; s{\s+}{}g' "$OUT/swift/GuideFFI.swift")
  while IFS= read -r expected; do
    [ -z "$expected" ] && continue
    if [[ "$shape" != *"${expected// /}"* ]]; then
      say "Swift API shape: GuideFFI.swift lacks: $expected"
      swift_problems=$((swift_problems + 1))
    fi
  done <<'SHAPE'
open class Guide: GuideProtocol
public static func `open`(dataDir: String, languages: [String]) throws -> Guide
open func search(query: String, limit: UInt32) throws -> [SearchResult]
open func show(id: String) throws -> RecordDetail
open func topics() throws -> [TaxonomyTerm]
open func categories() throws -> [TaxonomyTerm]
open func strings() -> UiStrings
open func wipeLocalData() throws
open func searchAsYouType(query: String, limit: UInt32) throws -> SearchPage
open func interrupt()
open func nearby(place: Place, radiusKm: Double, limit: UInt32, filters: ListingFilters) throws -> NearbyPage
open func showNear(id: String, place: Place?) throws -> RecordDetail
open func resolvePlace(place: Place) throws -> PlaceInfo
open func searchNear(query: String, limit: UInt32, prefix: Bool, place: Place?, filters: ListingFilters) throws -> SearchPage
open func savePlace(place: Place) throws -> PlaceInfo
public struct NearbyPage
public struct RelatedHelpInfo
open func share(id: String, kind: ShareKind) throws -> SharedContent
open func installPack(bytes: Data) throws -> InstallResult
open func packs() throws -> [PackSummary]
open func removePack(packId: String) throws
open func exportPack(packId: String) throws -> Data
open func trustKey(publicKeyText: String, prefixes: [String]) throws
public struct SearchPage
open class UiStrings: UiStringsProtocol
public convenience init(languages: [String])
open func text(key: String) throws -> String
open func format(key: String, args: [String: UiArg]) throws -> String
open func direction() -> TextDirection
public enum GuideError: Swift.Error
case InvalidPack(reason: String)
case PackRefused(reason: String)
case NotFound
case InvalidArgument(reason: String)
case UnknownPlace
case AmbiguousPlace(choices: [String])
case NotShareable(reason: String)
case Interrupted
case UpdateRequired(reason: String)
case Storage(reason: String)
public func uiLocales() -> [UiLocale]
public func plainText(text: String) -> String
SHAPE
  grep -q 'uniffi_guide_ffi_fn_method_guide_search' "$OUT/swift/GuideFFIFFI.h" ||
    { say "Swift API shape: GuideFFIFFI.h lacks the search symbol"; swift_problems=$((swift_problems + 1)); }
  grep -q 'module GuideFFIFFI' "$OUT/swift/GuideFFIFFI.modulemap" ||
    { say "Swift API shape: the module map does not declare GuideFFIFFI"; swift_problems=$((swift_problems + 1)); }
fi

say "compiling generated bindings, android/core and the suites with kotlinc $KOTLIN_VERSION"
JAR=$OUT/kotlin-tests.jar
rm -f "$JAR"
KOTLIN_TEST=$KOTLIN_HOME/lib/kotlin-test.jar
mapfile -t sources < <(find "$OUT/kotlin" android/core/src/main/kotlin android/core/src/jvmTest/kotlin tests/kotlin/harness tests/kotlin/src -name '*.kt' | sort)
# kotlinc is mostly JVM start-up and warm-up for a run this small: the C1
# compiler alone and a class-data-sharing archive of the compiler (made on
# the first run, kept beside it) cut its CPU time about threefold.
jdk_id=$(java -version 2>&1 | head -1 | cksum | cut -d' ' -f1)
cds_archive=$KOTLIN_HOME/kotlinc-$jdk_id.jsa
if [ -f "$cds_archive" ]; then cds="-XX:SharedArchiveFile=$cds_archive"; else cds="-XX:ArchiveClassesAtExit=$cds_archive"; fi
JAVA_OPTS="-Xmx1g -Xms128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $cds -Xlog:disable -Xlog:all=error:stderr" \
  "$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$JNA_JAR:$KOTLIN_TEST" -d "$JAR" "${sources[@]}"
[ -s "$JAR" ] || { say "kotlinc failed"; exit 1; }

say "running on the JVM"
status=0
java -XX:TieredStopAtLevel=1 -Djna.library.path="$(dirname "$LIB")" \
  -Dguide.fixture.good="$FIXTURES/good.rgpack" -Dguide.fixture.tampered="$FIXTURES/tampered.rgpack" \
  -Dguide.fixture.publicKey="$FIXTURES/keys/publisher.pub" \
  -Dguide.fixture.newerStore="$FIXTURES/newer-store" \
  -Dguide.fixture.directory="$FIXTURES/directory.rgpack" \
  -cp "$JAR:$JNA_JAR:$KOTLIN_HOME/lib/kotlin-stdlib.jar:$KOTLIN_TEST" \
  org.residentguide.testing.MainKt "$swift_problems" || status=$?
say "took $(( $(date +%s) - started )) s"
exit $status
