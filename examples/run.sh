#!/usr/bin/env bash
# Builds sciport (cargo build --release) and compiles and runs an example
# against it. Usage:
#   examples/run.sh                 the C quick start (examples/quickstart.c)
#   examples/run.sh root_scalar     examples/root_scalar.c
#   examples/run.sh distributions   examples/distributions.c
#   examples/run.sh quickstart.cpp  the C++ quick start (needs bindings/cpp/sciport.hpp)
#   examples/run.sh --debug [NAME]  use the debug build instead (faster to compile)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILE=release
if [ "${1:-}" = "--debug" ]; then
  PROFILE=debug
  shift
fi
NAME="${1:-quickstart}"
case "$NAME" in
  *.c | *.cpp) SRC="$ROOT/examples/$NAME" ;;
  *) SRC="$ROOT/examples/$NAME.c" ;;
esac
[ -f "$SRC" ] || { echo "no such example: $SRC" >&2; exit 2; }

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
LIB_DIR="$TARGET_DIR/$PROFILE"
OUT_DIR="$TARGET_DIR/c-examples"
EXE="$OUT_DIR/$(basename "${SRC/.cpp/_cpp}" .c)"
[ "$PROFILE" = release ] && CARGO_FLAGS=(--release) || CARGO_FLAGS=()

echo "Building sciport ($PROFILE; the first build takes a few minutes)..."
cargo build --quiet --lib "${CARGO_FLAGS[@]}" --manifest-path "$ROOT/Cargo.toml"

mkdir -p "$OUT_DIR"
if [ "${SRC##*.}" = cpp ]; then
  COMPILE=("${CXX:-c++}" -std=c++17 -I"$ROOT/bindings/cpp")
else
  COMPILE=("${CC:-cc}" -std=c99)
fi
# shellcheck disable=SC2054 # -Wl,-rpath,DIR is one argument
COMPILE+=(-Wall -Wextra -Werror -pedantic -I"$ROOT/include" "$SRC" -o "$EXE"
  -L"$LIB_DIR" -lsciport -Wl,-rpath,"$LIB_DIR" -lm)
echo "Compiling: ${COMPILE[*]}" | sed "s#$ROOT/##g"
"${COMPILE[@]}"
echo "Running:"
RUST_BACKTRACE=0 "$EXE"
