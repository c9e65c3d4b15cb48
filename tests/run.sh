#!/usr/bin/env bash
# Runs every test of the project from a fresh checkout (README's test command;
# .ci/run calls exactly this). Installs what it needs that a stock Rust
# machine lacks. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "layers: the store imports nothing above it, no import cycle, one clock, files under 600 lines"
tests/layers.sh

step "unit, integration and end-to-end tests"
cargo test --workspace --locked

step "search evaluation: recall@5 and MRR per language (tests/search-eval)"
cargo test -p guide-cli --locked --test search_eval

step "dependencies: no networking crate in the core or the bindings, every license allowed (cargo metadata, offline)"
cargo test -q -p guide-core --locked --test dependencies -- --nocapture

step "benchmark smoke run: a tiny corpus, one round, every answer checked (the full bench is not a test)"
cargo run -q -p guide-bench --locked -- --scale smoke > /dev/null

step "Kotlin on the JVM: generated bindings, the app's pure-Kotlin module, Swift API shape"
tests/kotlin/run.sh

echo
echo "all tests passed"
