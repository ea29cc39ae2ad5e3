#!/usr/bin/env bash
# Packaging tests: builds tests/cmake_consumer against sciport every supported
# way and runs it, then builds and runs the examples.
#   a. add_subdirectory(<repo>/cmake)           shared and static
#   b. cmake --install into a temporary prefix, then find_package(sciport CONFIG)
#      (shared, static, a version request that must be refused, and the
#      installed tree moved elsewhere)
#   c. pkg-config --cflags --libs sciport with a plain gcc command (shared, static)
#   d. examples/*.c (and quickstart.cpp when the C++ binding exists) with
#      -Werror, checking their output, then under valgrind
# Reuses the crate's debug build (CARGO_TARGET_DIR or <repo>/target), so nothing
# is compiled twice. Prints "N passed, N failed"; exits 1 on any failure.
# Usage: tests/cmake/run.sh [-v]   (-v prints every command's output)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
LIB_DIR="$TARGET_DIR/debug"
CONSUMER="$ROOT/tests/cmake_consumer"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sciport-cmake.XXXXXX")"
PREFIX="$WORK/prefix"
VERBOSE=0
[ "${1:-}" = "-v" ] && VERBOSE=1
trap 'rm -rf "$WORK"' EXIT
export RUST_BACKTRACE=0

GEN=()
command -v ninja >/dev/null 2>&1 && GEN=(-G Ninja)
CFLAGS_STRICT=(-std=c99 -Wall -Wextra -Werror -pedantic)
CXXFLAGS_STRICT=(-std=c++17 -Wall -Wextra -Werror -pedantic)
HAVE_HPP=0
[ -f "$ROOT/bindings/cpp/sciport.hpp" ] && HAVE_HPP=1
PASSED=0
FAILED=0
LOG="$WORK/log"
VERSION="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/Cargo.toml" | head -n 1)"

# run_case NAME FUNCTION: runs FUNCTION with output to a log, reports ok/FAIL.
run_case() {
  local name="$1" start
  shift
  start=$(date +%s%N)
  if "$@" >"$LOG" 2>&1; then
    PASSED=$((PASSED + 1))
    printf 'ok    %-46s %4ds\n' "$name" $((($(date +%s%N) - start + 500000000) / 1000000000))
    [ "$VERBOSE" = 1 ] && sed 's/^/      /' "$LOG"
  else
    FAILED=$((FAILED + 1))
    printf 'FAIL  %s\n' "$name"
    tail -n 25 "$LOG" | sed 's/^/      /'
  fi
  return 0
}

# expect_output PROGRAM PATTERN...: runs PROGRAM, which must exit 0 and print
# every PATTERN (extended regular expressions).
expect_output() {
  local prog="$1" out pattern
  shift
  out="$("$prog")" || { echo "$out"; echo "$prog exited non-zero"; return 1; }
  echo "$out"
  for pattern in "$@"; do
    grep -Eq -- "$pattern" <<<"$out" || { echo "missing: $pattern"; return 1; }
  done
}

# linkage BINARY shared|static: checks whether BINARY needs libsciport.so.0.
linkage() {
  local needed
  needed="$(readelf -d "$1" | grep NEEDED)"
  echo "$needed"
  if [ "$2" = shared ]; then
    grep -q 'libsciport\.so\.0' <<<"$needed"
  else
    ! grep -q 'libsciport' <<<"$needed"
  fi
}

# run_consumers BUILD_DIR LINKAGE: runs the consumer programs of a CMake build.
run_consumers() {
  expect_output "$1/consumer_c" '^consumer\(c\): .* OK$' || return 1
  linkage "$1/consumer_c" "$2" || return 1
  if [ "$HAVE_HPP" = 1 ]; then
    expect_output "$1/consumer_cpp" '^consumer\(c\+\+\): .* OK$' || return 1
    linkage "$1/consumer_cpp" "$2" || return 1
  fi
}

# consumer_build NAME ARGS...: configures and builds tests/cmake_consumer.
consumer_build() {
  local dir="$WORK/$1"
  shift
  cmake -S "$CONSUMER" -B "$dir" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Debug "$@" &&
    cmake --build "$dir"
}

case_subdirectory() {
  consumer_build "sub-$1" -DSCIPORT_CONSUMER_MODE=subdirectory \
    -DSCIPORT_CARGO_TARGET_DIR="$TARGET_DIR" -DSCIPORT_STATIC="$2" &&
    run_consumers "$WORK/sub-$1" "$1"
}

case_install() {
  local lib="$PREFIX/lib" version="$VERSION"
  cmake -S "$ROOT/cmake" -B "$WORK/install-build" "${GEN[@]}" \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_INSTALL_LIBDIR=lib \
    -DSCIPORT_CARGO_TARGET_DIR="$TARGET_DIR" &&
    cmake --build "$WORK/install-build" &&
    cmake --install "$WORK/install-build" --prefix "$PREFIX" || return 1
  find "$PREFIX" | sort
  for f in "libsciport.so.$version" libsciport.a cmake/sciport/sciportConfig.cmake \
    cmake/sciport/sciportConfigVersion.cmake pkgconfig/sciport.pc; do
    [ -f "$lib/$f" ] || { echo "missing $lib/$f"; return 1; }
  done
  if [ "$(readlink "$lib/libsciport.so.0")" != "libsciport.so.$version" ] ||
    [ "$(readlink "$lib/libsciport.so")" != libsciport.so.0 ] ||
    [ ! -f "$PREFIX/include/sciport.h" ]; then
    echo "bad symlinks or header"
    return 1
  fi
  if [ "$HAVE_HPP" = 1 ] && [ ! -f "$PREFIX/include/sciport.hpp" ]; then
    echo "sciport.hpp not installed"
    return 1
  fi
  readelf -d "$lib/libsciport.so.$version" | grep -q 'SONAME.*\[libsciport\.so\.0\]'
}

case_package() {
  consumer_build "pkg-$1" -DSCIPORT_CONSUMER_MODE=package \
    -DCMAKE_PREFIX_PATH="$PREFIX" -DSCIPORT_STATIC="$2" | tee "$WORK/pkg-$1.log" &&
    grep -q "sciport $VERSION found in $PREFIX/lib/cmake/sciport" "$WORK/pkg-$1.log" &&
    run_consumers "$WORK/pkg-$1" "$1"
}

case_package_version_refused() {
  local out
  if out="$(consumer_build pkg-v99 -DSCIPORT_CONSUMER_MODE=package \
    -DCMAKE_PREFIX_PATH="$PREFIX" -DSCIPORT_CONSUMER_VERSION=99 2>&1)"; then
    echo "$out"
    echo "find_package(sciport 99) was accepted"
    return 1
  fi
  echo "$out"
  grep -q 'compatible with requested version "99"' <<<"$out"
}

case_pkgconfig() {
  local pc=(env PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig") libs exe="$WORK/pc-$1"
  "${pc[@]}" pkg-config --exists --print-errors 'sciport >= 0.1' || return 1
  [ "$("${pc[@]}" pkg-config --modversion sciport)" = "$VERSION" ] || return 1
  if [ "$1" = shared ]; then
    libs="$("${pc[@]}" pkg-config --libs sciport)"
    libs="$libs -Wl,-rpath,$("${pc[@]}" pkg-config --variable=libdir sciport)"
  else
    libs="$("${pc[@]}" pkg-config --static --libs sciport)"
    libs="${libs/-lsciport/-Wl,-Bstatic -lsciport -Wl,-Bdynamic}"
  fi
  # shellcheck disable=SC2046,SC2086
  echo gcc "${CFLAGS_STRICT[@]}" $("${pc[@]}" pkg-config --cflags sciport) \
    "$CONSUMER/consumer.c" -o "$exe" $libs -lm
  # shellcheck disable=SC2046,SC2086
  gcc "${CFLAGS_STRICT[@]}" $("${pc[@]}" pkg-config --cflags sciport) \
    "$CONSUMER/consumer.c" -o "$exe" $libs -lm &&
    expect_output "$exe" '^consumer\(c\): .* OK$' && linkage "$exe" "$1"
}

# The installed tree moved elsewhere: find_package and pkg-config must follow it.
case_relocated() {
  local moved="$WORK/moved/prefix" exe="$WORK/pc-moved" pcdir
  mkdir -p "$WORK/moved" && cp -a "$PREFIX" "$moved" || return 1
  consumer_build pkg-moved -DSCIPORT_CONSUMER_MODE=package -DCMAKE_PREFIX_PATH="$moved" &&
    run_consumers "$WORK/pkg-moved" shared || return 1
  local rpath
  rpath="$(readelf -d "$WORK/pkg-moved/consumer_c" | grep -E 'R(UN)?PATH')"
  echo "$rpath"
  grep -q "$moved/lib" <<<"$rpath" || { echo "not linked against the moved prefix"; return 1; }
  pcdir="$moved/lib/pkgconfig"
  # shellcheck disable=SC2046
  gcc "${CFLAGS_STRICT[@]}" $(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags sciport) \
    "$CONSUMER/consumer.c" -o "$exe" $(PKG_CONFIG_PATH="$pcdir" pkg-config --libs sciport) \
    -Wl,-rpath,"$moved/lib" -lm && expect_output "$exe" '^consumer\(c\): .* OK$'
}

# example NAME COMPILER FLAGS PATTERN...: builds examples/NAME against the debug
# library and checks its output.
example() {
  local src="$ROOT/examples/$1" exe="$WORK/example-${1//./_}" compiler="$2" flags="$3"
  shift 3
  # shellcheck disable=SC2086
  "$compiler" $flags -I"$ROOT/include" -I"$ROOT/bindings/cpp" "$src" -o "$exe" \
    -L"$LIB_DIR" -lsciport -Wl,-rpath,"$LIB_DIR" -lm &&
    expect_output "$exe" "$@"
}

# The examples built above under valgrind: no invalid access, no definite or
# indirect leak (the FFT plan cache lives for the whole process by design and
# shows up as "possibly lost", which is not counted).
case_valgrind() {
  local exe
  for exe in "$WORK"/example-*; do
    echo "valgrind $exe"
    valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --show-leak-kinds=definite,indirect "$exe" >/dev/null || return 1
  done
}

echo "sciport packaging tests (library: $LIB_DIR, scratch: $WORK)"
run_case "cargo build --lib (debug)" \
  env CARGO_TARGET_DIR="$TARGET_DIR" cargo build --lib --manifest-path "$ROOT/Cargo.toml"
run_case "add_subdirectory: shared" case_subdirectory shared OFF
run_case "add_subdirectory: static" case_subdirectory static ON
run_case "cmake --install into a prefix" case_install
run_case "find_package(sciport 0.1 CONFIG): shared" case_package shared OFF
run_case "find_package(sciport 0.1 CONFIG): static" case_package static ON
run_case "find_package(sciport 99) is refused" case_package_version_refused
run_case "relocated prefix: find_package + pkg-config" case_relocated
run_case "pkg-config + gcc: shared" case_pkgconfig shared
run_case "pkg-config + gcc: static" case_pkgconfig static
run_case "examples/quickstart.c" example quickstart.c gcc "${CFLAGS_STRICT[*]}" \
  'peaks at 50\.0 Hz .* and 120\.0 Hz' 'status [0-9]+ \(.+\): .+'
# 7 iterations and 8 calls are SciPy 1.17.1's root_scalar(cos(x) - x, bracket=[0, 1]).
run_case "examples/root_scalar.c" example root_scalar.c gcc "${CFLAGS_STRICT[*]}" \
  'root 0\.7390851332[0-9]*,' '7 iterations, 8 function calls \(the callback counted 8\)' \
  'status 7 .*callback code 42'
# SciPy 1.17.1: norm(loc=1.5, scale=2.5).cdf([-1, 1.5, 4]), .ppf([.025, .5, .975]),
# .interval(0.95), .expect(x^2) = 8.5; norm.fit([2.1, 0.4, 3.3, 1.8, 2.9, 1.1]).
run_case "examples/distributions.c" example distributions.c gcc "${CFLAGS_STRICT[*]}" \
  'cdf\(-1, 1\.5, 4\) = 0\.158655 0\.500000 0\.841345' \
  'ppf\(0\.025, 0\.5, 0\.975\) = -3\.399910 1\.500000 6\.399910' \
  'interval\(0\.95\) = \[-3\.399910, 6\.399910\], mean 1\.5, var 6\.25, E\[X\^2\] 8\.500000' \
  'fit: loc 1\.933333, scale 0\.991071' 'status 4 .*unknown name "gaussian"'
if [ "$HAVE_HPP" = 1 ] && [ -f "$ROOT/examples/quickstart.cpp" ]; then
  run_case "examples/quickstart.cpp" example quickstart.cpp g++ "${CXXFLAGS_STRICT[*]}" \
    'peaks at 50\.0 Hz .* and 120\.0 Hz'
fi
if command -v valgrind >/dev/null 2>&1; then
  run_case "examples under valgrind" case_valgrind
fi
echo "cmake: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
