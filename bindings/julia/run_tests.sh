#!/bin/sh
# Runs the Julia binding's tests against target/debug/libsciport.so (run
# `cargo build` first). Julia: $JULIA, else `julia` on PATH, else the shared
# toolchain's Julia 1.5.3 (../shared/toolchains/julia-1.5.3/setup.sh next to the
# repository), unpacked once into target/julia-1.5.3.
# Prints "N passed, N failed" and exits non-zero on failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ -z "${JULIA:-}" ]; then
  if command -v julia >/dev/null 2>&1; then
    JULIA=$(command -v julia)
  elif [ -x "$repo/target/julia-1.5.3/julia" ]; then
    JULIA="$repo/target/julia-1.5.3/julia"
  elif [ -f "$repo/../shared/toolchains/julia-1.5.3/setup.sh" ]; then
    bash "$repo/../shared/toolchains/julia-1.5.3/setup.sh" "$repo/target/julia-1.5.3" >/dev/null
    JULIA="$repo/target/julia-1.5.3/julia"
  else
    echo "julia not found: set JULIA or install Julia >= 1.5" >&2
    exit 2
  fi
fi
lib="${SCIPORT_LIB:-$repo/target/debug/libsciport.so}"
[ -f "$lib" ] || { echo "missing $lib: run cargo build first" >&2; exit 2; }
depot=$(mktemp -d)
trap 'rm -rf "$depot"' EXIT
export JULIA_DEPOT_PATH="$depot" SCIPORT_LIB="$lib" RUST_BACKTRACE=0
# The package loads (and precompiles) as a package, not only by include().
"$JULIA" --startup-file=no --project="$here" -e \
  'using Sciport; Sciport.fft([1.0, 0.0]) == [1.0, 1.0] || exit(1)'
exec "$JULIA" --startup-file=no "$here/test/runtests.jl"
