#!/usr/bin/env bash
# Tests of the Go binding: gofmt, go vet, and go test under GODEBUG=cgocheck=1
# (plus GOEXPERIMENT=cgocheck2 when SCIPORT_GO_CGOCHECK2=1). Run after
# `cargo build` at the repository root; prints "go: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export RUST_BACKTRACE=0
if ! command -v go >/dev/null; then
  echo "go: toolchain not found" >&2
  exit 1
fi
if [ ! -f ../../target/debug/libsciport.a ]; then
  echo "go: ../../target/debug/libsciport.a missing; run 'cargo build' at the repository root" >&2
  exit 1
fi
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "go: gofmt needed for: $unformatted" >&2
  exit 1
fi
go vet ./... || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { # run LABEL ENV...: one verbose test run, appended to $log
  local label=$1; shift
  echo "== go test ($label)"
  env "$@" go test -count=1 -v ./... >>"$log" 2>&1
}
rc=0
run "GODEBUG=cgocheck=1" GODEBUG=cgocheck=1 || rc=1
if [ "${SCIPORT_GO_CGOCHECK2:-0}" = 1 ]; then
  run "GOEXPERIMENT=cgocheck2" GOEXPERIMENT=cgocheck2 || rc=1
fi
passed=$(grep -c -- '--- PASS' "$log")
failed=$(grep -c -- '--- FAIL' "$log")
if [ "$rc" != 0 ]; then
  grep -E -- '--- FAIL|^\s+\S+_test\.go:[0-9]+:|^panic|build failed|cannot|undefined' "$log" |
    grep -v 'cases from SciPy' | head -60
fi
echo "go: $passed passed, $failed failed"
exit "$rc"
