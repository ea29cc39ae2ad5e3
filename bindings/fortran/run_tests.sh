#!/bin/sh
# Builds and runs the Fortran binding's test program against
# target/debug/libsciport.so (run `cargo build` first).
# Flags: gfortran -std=f2008 -Wall -Wextra -Werror (nothing relaxed), plus
# -fcheck=all run-time checks; layout_check.c (C99, -Werror -pedantic) gives the
# C structs' sizes/offsets for the layout test. Set FC/CC to override compilers,
# SCIPORT_VALGRIND=1 to also run the program under valgrind (errors fail).
# First checks that the generated linalg and stats interfaces match include/sciport.h
# (gen_interfaces.py --check; PYTHON overrides python3) and that
# test_eig_reference.inc matches tests/reference/linalg/eig.json (gen_eig_reference.py --check),
# test_forms_reference.inc tests/reference/linalg/forms.json (gen_forms_reference.py --check),
# test_matfuncs_reference.inc tests/reference/linalg/matfuncs.json (gen_matfuncs_reference.py --check),
# test_ldl_reference.inc tests/reference/linalg/ldl.json (gen_ldl_reference.py --check),
# test_eigh_generalized_reference.inc tests/reference/linalg/eigh_generalized.json
# (gen_eigh_generalized_reference.py --check).
# Prints "N passed, N failed" and exits non-zero on failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
FC=${FC:-gfortran}
CC=${CC:-cc}
libdir="${CARGO_TARGET_DIR:-$repo/target}/debug"
[ -f "$libdir/libsciport.so" ] || { echo "missing $libdir/libsciport.so: run cargo build first" >&2; exit 2; }
command -v "$FC" >/dev/null 2>&1 || { echo "$FC not found (apt-get install --no-install-recommends gfortran)" >&2; exit 2; }
# The linalg and stats bind(C) types and interfaces in sciport.f90 are generated from the
# header by gen_interfaces.py: fail when they are out of sync.
PYTHON=${PYTHON:-python3}
if command -v "$PYTHON" >/dev/null 2>&1; then
  "$PYTHON" "$here/gen_interfaces.py" --check
  # test_eig_reference.inc is a plain conversion of tests/reference/linalg/eig.json
  "$PYTHON" "$here/gen_eig_reference.py" --check
  # test_forms_reference.inc: the same for tests/reference/linalg/forms.json (hessenberg, polar)
  "$PYTHON" "$here/gen_forms_reference.py" --check
  # test_matfuncs_reference.inc: the same for tests/reference/linalg/matfuncs.json (expm)
  "$PYTHON" "$here/gen_matfuncs_reference.py" --check
  # test_ldl_reference.inc: the same for tests/reference/linalg/ldl.json (ldl)
  "$PYTHON" "$here/gen_ldl_reference.py" --check
  # test_eigh_generalized_reference.inc: the same for tests/reference/linalg/eigh_generalized.json (eigh with b)
  "$PYTHON" "$here/gen_eigh_generalized_reference.py" --check
else
  echo "$PYTHON not found: skipping the gen_interfaces.py / gen_eig_reference.py / gen_forms_reference.py / gen_matfuncs_reference.py / gen_ldl_reference.py / gen_eigh_generalized_reference.py sync checks" >&2
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
FFLAGS="-std=f2008 -Wall -Wextra -Werror -g -fcheck=all"
"$FC" $FFLAGS -J "$build" -c "$here/sciport.f90" -o "$build/sciport.o"
"$FC" $FFLAGS -I "$build" -J "$build" -c "$here/test_sciport.f90" -o "$build/test_sciport.o"
"$CC" -std=c99 -Wall -Wextra -Werror -pedantic -I "$repo/include" -c "$here/layout_check.c" -o "$build/layout_check.o"
"$FC" -o "$build/test_sciport" "$build/test_sciport.o" "$build/sciport.o" "$build/layout_check.o" \
  -L "$libdir" -lsciport -Wl,-rpath,"$libdir"
export RUST_BACKTRACE=0
if [ "${SCIPORT_VALGRIND:-0}" = 1 ]; then
  exec valgrind -q --error-exitcode=3 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite "$build/test_sciport"
fi
"$build/test_sciport"
