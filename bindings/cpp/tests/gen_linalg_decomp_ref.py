#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of scipy.linalg.lu,
written as C++ constants to linalg_decomp_ref.hpp next to this script
(included by test_sciport.cpp, which needs no Python).

The values are the shared reference data tests/reference/linalg/decomp.json
(tests/reference/gen_linalg_decomp.py, SciPy 1.17.1): every case is emitted
as it stands there (a, check_finite, "ill", expect p, p_indices, l, u, pl and
their shapes, or the expected error). When SciPy is importable the script
also re-runs scipy.linalg.lu on each case and asserts it still gives the
recorded values, so a stale JSON cannot slip through. SciPy's permutation
matrix is stored losslessly as the column of the 1 in each row (asserted to
be a permutation matrix) and rebuilt by the test, which compares it exactly.

Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_decomp_ref.py

Every value is printed with repr() (round-trips exactly); NaN and Inf as
the <cmath> macros.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from refgen import num, flat  # noqa: E402


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "tests", "reference", "linalg", "decomp.json")
OUT = os.path.join(HERE, "linalg_decomp_ref.hpp")


def as_float(v):
    return float(v)  # also parses the JSON's "nan" / "inf" strings


def p_columns(p, shape):
    """The column of the single 1 in each row of SciPy's P (asserting P is one)."""
    r, c = shape
    assert r == c
    cols = []
    for row in (p if r else []):
        assert sorted(row) == [0.0] * (c - 1) + [1.0], row
        cols.append(row.index(1.0))
    assert sorted(cols) == list(range(r))
    return cols


def check_with_scipy(cases):
    try:
        import numpy as np
        import scipy.linalg as sl
    except ImportError:
        return "not re-checked (no SciPy)"
    import scipy

    for c in cases:
        a = np.array([[as_float(v) for v in row] for row in c["a"]], dtype=float).reshape(c["a_shape"])
        cf = c["opts"]["check_finite"]
        if "error" in c:
            try:
                sl.lu(a, check_finite=cf)
            except ValueError as e:
                assert str(e) == c["error"]["message"], (c["name"], str(e))
            else:
                raise AssertionError(c["name"] + ": no error")
            continue
        e = c["expect"]
        p, l, u = sl.lu(a, check_finite=cf)
        pi, l2, u2 = sl.lu(a, check_finite=cf, p_indices=True)
        pl, u3 = sl.lu(a, permute_l=True, check_finite=cf)
        # This machine's LAPACK / BLAS may round differently from the one that
        # wrote the JSON: P exactly, L and U to the tolerances the test uses.
        tol = 1e-6 if c.get("ill", False) else 1e-12
        for name, got in (("p", p), ("l", l), ("u", u), ("pl", pl)):
            want = np.array([[as_float(v) for v in row] for row in e[name]], dtype=float)
            want = want.reshape(e[name + "_shape"])
            assert got.shape == want.shape, (c["name"], name)
            scale = max(1.0, float(np.nanmax(np.abs(want)))) if want.size else 1.0
            same_nan = np.array_equal(np.isnan(got), np.isnan(want))
            diff = float(np.nanmax(np.abs(got - want))) if want.size else 0.0
            exact = name == "p"
            assert same_nan and (diff == 0.0 if exact else diff <= tol * scale), (c["name"], name, diff)
        assert list(pi) == e["p_indices"], c["name"]
        assert np.array_equal(l, l2, equal_nan=True) and np.array_equal(u, u2, equal_nan=True)
        assert np.array_equal(u, u3, equal_nan=True)
    return f"re-checked with SciPy {scipy.__version__} (P exactly, L, U to 1e-12; 1e-6 if ill)"


def main():
    with open(SRC) as f:
        data = json.load(f)
    cases = [c for c in data["cases"] if c["func"] == "lu"]
    checked = check_with_scipy(cases)

    arrays = []
    entries = []

    def arr(ctype, name, values):
        if not values:
            return "nullptr"
        arrays.append(f"const {ctype} {name}[] = {{{', '.join(values)}}};")
        return name

    for i, c in enumerate(cases):
        m, n = c["a_shape"]
        a = arr("double", f"lu{i}_a", [num(v) for v in flat(c["a"], (m, n))])
        cf = "true" if c["opts"]["check_finite"] else "false"
        ill = "true" if c.get("ill", False) else "false"
        head = f'"{c["name"]}", {m}, {n}, {a}, {cf}, {ill}'
        if "error" in c:
            err = c["error"]
            entries.append(f'    {{{head}, SCIPORT_ERR_{err["status"]}, "{err["message"]}", '
                           "0, nullptr, nullptr, 0, 0, 0, nullptr, 0, 0, nullptr, 0, 0, nullptr}")
            continue
        e = c["expect"]
        pcols = arr("std::int64_t", f"lu{i}_pcols", [str(v) for v in p_columns(e["p"], e["p_shape"])])
        pidx = arr("std::int64_t", f"lu{i}_pidx", [str(int(v)) for v in e["p_indices"]])
        mats = []
        for key in ("l", "u", "pl"):
            r, cc = e[key + "_shape"]
            name = arr("double", f"lu{i}_{key}", [num(v) for v in flat(e[key], (r, cc))])
            mats.append(f"{r}, {cc}, {name}")
        entries.append(f"    {{{head}, SCIPORT_OK, nullptr, {e['p_shape'][0]}, {pcols}, {pidx}, "
                       f"{len(e['p_indices'])}, {', '.join(mats)}}}")

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_decomp_ref.py -- do not edit.
// Source: tests/reference/linalg/decomp.json ({data["generator"]}), SciPy {data["scipy"]},
// NumPy {data["numpy"]}; {checked}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_DECOMP_REF_HPP
#define SCIPORT_TEST_LINALG_DECOMP_REF_HPP

#include "sciport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace dref {{

const char *const scipy_version = "{data["scipy"]}";

/// One scipy.linalg.lu case of decomp.json. Empty arrays are nullptr.
struct lu_case {{
    const char *name;
    std::size_t m, n;
    const double *a;             // m x n
    bool check_finite;
    bool ill;                    // ill-conditioned: compare L, U loosely, P L U = a tightly
    sciport_status status;       // SCIPORT_OK, or the expected error's status
    const char *message;         // SciPy's error message (nullptr when it succeeds)
    std::size_t p_size;          // P is p_size x p_size (0 x 0 for an empty a)
    const std::int64_t *p_cols;  // P[i][p_cols[i]] = 1, else 0 (SciPy's P, losslessly)
    const std::int64_t *p_indices;  // lu(..., p_indices=True)[0]
    std::size_t p_indices_len;
    std::size_t l_rows, l_cols;
    const double *l;
    std::size_t u_rows, u_cols;
    const double *u;
    std::size_t pl_rows, pl_cols;
    const double *pl;            // lu(..., permute_l=True)[0]
}};

"""
    body = "\n".join(arrays)
    table = "\nconst lu_case lu_cases[] = {\n" + ",\n".join(entries) + "\n};\n"
    footer = f"\nconst std::size_t lu_case_count = {len(entries)};\n\n}} // namespace dref\n\n#endif\n"
    with open(OUT, "w") as f:
        f.write(header + body + "\n" + table + footer)
    print(f"wrote {OUT} ({len(entries)} lu cases, {checked})")


if __name__ == "__main__":
    main()
