#!/bin/sh
# Builds, installs and tests the sciport R package, then runs R CMD check.
#
#   cargo build                  # in the repository root, first
#   bindings/r/run_tests.sh
#
# Uses SCIPORT_INCLUDE_DIR / SCIPORT_LIB_DIR when set, else the repository's
# include/ and target/debug (or target/release, whichever is newer).
# Prints "N passed, N failed" for the testthat suite and exits non-zero on
# any test failure, or on an ERROR or WARNING from R CMD check.
# SCIPORT_R_VALGRIND=1 also runs tools/valgrind_callbacks.R under valgrind
# (about a minute) and fails on invalid accesses or definite leaks.
set -eu

pkg_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$pkg_dir/../.." && pwd)
export RUST_BACKTRACE=0

command -v R >/dev/null 2>&1 || { echo "R not found (apt-get install -y --no-install-recommends r-base-core r-cran-testthat)" >&2; exit 1; }

if [ -z "${SCIPORT_LIB_DIR:-}" ]; then
  for profile in release debug; do
    if [ -f "$root/target/$profile/libsciport.a" ]; then
      if [ -z "${SCIPORT_LIB_DIR:-}" ] || [ "$root/target/$profile/libsciport.a" -nt "$SCIPORT_LIB_DIR/libsciport.a" ]; then
        SCIPORT_LIB_DIR="$root/target/$profile"
      fi
    fi
  done
fi
: "${SCIPORT_INCLUDE_DIR:=$root/include}"
if [ -z "${SCIPORT_LIB_DIR:-}" ] || [ ! -f "$SCIPORT_LIB_DIR/libsciport.a" ]; then
  echo "libsciport.a not found: run 'cargo build' in $root first" >&2
  exit 1
fi
export SCIPORT_INCLUDE_DIR SCIPORT_LIB_DIR

work=$(mktemp -d "${TMPDIR:-/tmp}/sciport-r.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/lib"

echo "== R CMD build"
(cd "$work" && R CMD build --no-build-vignettes "$pkg_dir") > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
tarball=$(ls "$work"/sciport_*.tar.gz)

echo "== R CMD INSTALL $(basename "$tarball")"
R CMD INSTALL --no-multiarch -l "$work/lib" "$tarball" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; exit 1; }

echo "== testthat"
test_status=0
R_LIBS="$work/lib${R_LIBS:+:$R_LIBS}" Rscript "$pkg_dir/tools/run_testthat.R" \
  "$pkg_dir/tests/testthat" || test_status=$?

echo "== R CMD check --no-manual"
check_status=0
(cd "$work" && _R_CHECK_SYSTEM_CLOCK_=0 R CMD check --no-manual "$tarball") \
  > "$work/check.log" 2>&1 || check_status=$?
# Show each NOTE/WARNING/ERROR with its details, then the status line.
awk '/^\* / { show = ($0 ~ /(NOTE|WARNING|ERROR)$/) } show || /^Status:/' "$work/check.log"
if [ "$check_status" -ne 0 ] || grep -q -E '^\* .*(ERROR|WARNING)$' "$work/check.log"; then
  echo "R CMD check: FAILED"
  cat "$work/check.log"
  [ -f "$work/sciport.Rcheck/tests/testthat.Rout.fail" ] && tail -60 "$work/sciport.Rcheck/tests/testthat.Rout.fail"
  check_status=1
else
  echo "R CMD check: no ERROR or WARNING"
fi

vg_status=0
if [ "${SCIPORT_R_VALGRIND:-0}" = 1 ]; then
  echo "== valgrind: R errors through callbacks, sciport errors (100 rounds)"
  R_LIBS="$work/lib${R_LIBS:+:$R_LIBS}" R -d "valgrind --leak-check=full" --vanilla \
    -f "$pkg_dir/tools/valgrind_callbacks.R" > "$work/valgrind.log" 2>&1 || vg_status=$?
  grep -E "definitely lost|indirectly lost|ERROR SUMMARY|Invalid (read|write)" "$work/valgrind.log" || true
  if grep -q -E "Invalid (read|write)|uninitialised" "$work/valgrind.log" \
    || ! grep -q -E "definitely lost: 0 bytes|no leaks are possible" "$work/valgrind.log"; then
    vg_status=1
  fi
fi

if [ "$test_status" -ne 0 ] || [ "$check_status" -ne 0 ] || [ "$vg_status" -ne 0 ]; then
  echo "R binding: FAILED"
  exit 1
fi
echo "R binding: OK"
