#!/usr/bin/env bash
# Builds the library (cargo build, debug) and runs the C++ binding's tests as
# C++17 and as C++20 (span overloads) with -Wall -Wextra -Werror -pedantic and
# AddressSanitizer + UBSan. `cargo test --test c_api` runs the same programs.
# Usage: bash bindings/cpp/run_tests.sh   (CXX overrides the compiler)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cargo build --quiet
lib="${CARGO_TARGET_DIR:-$root/target}/debug"
out="${CARGO_TARGET_DIR:-$root/target}/ctests"
mkdir -p "$out"
export RUST_BACKTRACE=0 ASAN_OPTIONS=detect_leaks=1
status=0
for std in c++17 c++20; do
  bin="$out/test_sciport_cxx${std#c++}"
  "${CXX:-c++}" -std=$std -Wall -Wextra -Werror -pedantic \
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g \
    -I include -I bindings/cpp bindings/cpp/tests/test_sciport.cpp -o "$bin" \
    -L "$lib" -Wl,-rpath,"$lib" -lsciport
  "$bin" || status=1
done
exit $status
