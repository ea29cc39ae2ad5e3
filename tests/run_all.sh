#!/usr/bin/env bash
# Runs every sciport test suite: Rust core + header freshness + C tests (cargo test),
# C++, the CMake/pkg-config consumers, Go, R, Julia and Fortran bindings.
# Installs missing Debian packages (R, testthat, gfortran) when run as root, and
# unpacks Julia from ../shared/toolchains when available.
# Usage: bash tests/run_all.sh        (from anywhere)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export RUST_BACKTRACE=0 CARGO_TERM_COLOR=never
# Go and R need a home for their caches even where the environment is bare.
export HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"

log() { printf '\n==== %s ====\n' "$*"; }

ensure_packages() {
  local missing=()
  command -v R >/dev/null || missing+=(r-base-core)
  [ -d /usr/lib/R/site-library/testthat ] || [ -d /usr/lib/R/library/testthat ] || missing+=(r-cran-testthat)
  command -v gfortran >/dev/null || missing+=(gfortran)
  command -v cmake >/dev/null || missing+=(cmake)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "missing packages (${missing[*]}); run as root or install them" >&2
    return 0
  fi
  log "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_julia() {
  JULIA=${JULIA:-}
  if [ -z "$JULIA" ] && command -v julia >/dev/null; then JULIA=$(command -v julia); fi
  local setup="$root/../shared/toolchains/julia-1.5.3/setup.sh"
  if [ -z "$JULIA" ] && [ -f "$setup" ]; then
    bash "$setup" "$root/target/julia" >/dev/null 2>&1 && JULIA="$root/target/julia/julia"
  fi
  export JULIA
}

passed=0 failed=0 failures=() started=$SECONDS
suite() { # suite NAME CMD...
  local name=$1; shift
  log "$name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "-- $name: ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "-- $name: FAILED ($((SECONDS - t0)) s)"
  fi
}

ensure_packages
ensure_julia

suite "cargo fmt --check" cargo fmt --check
suite "generated special-function bindings up to date" python3 bindings/gen_special.py --check
suite "cargo build (debug: cdylib, staticlib)" cargo build
suite "cargo clippy -D warnings" cargo clippy --all-targets --quiet -- -D warnings
suite "cargo test (Rust core, header, C tests)" cargo test
suite "Go binding (vet, cgocheck=1 tests)" bash bindings/go/run_tests.sh
suite "R binding (testthat, R CMD check)" bash bindings/r/run_tests.sh
suite "CMake package, pkg-config, examples" bash tests/cmake/run.sh
suite "Julia binding" bash bindings/julia/run_tests.sh
suite "Fortran binding" bash bindings/fortran/run_tests.sh
suite "C++ binding (C++17, C++20, ASan)" bash bindings/cpp/run_tests.sh

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "failed suites: ${failures[*]}"
fi
echo "all suites took $((SECONDS - started)) s"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
