#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of scipy.linalg.ldl,
written as C++ constants to linalg_ldl_ref.hpp next to this script
(included by test_sciport.cpp, which needs no Python).

The values are the shared reference data tests/reference/linalg/ldl.json
(tests/reference/gen_linalg_ldl.py, SciPy 1.17.1, 52 cases): every case is
emitted as it stands there (a and its shape, opts lower / check_finite, and
expect lu, d, perm or the expected error's status and message). When SciPy
is importable the script also re-runs scipy.linalg.ldl on each case and
asserts it still agrees with the recorded values (perm exactly, lu and d to
the test's tolerances: 1e-12 relative to their largest magnitude, 1e-9 for
n > 64 and the Hilbert matrix; the error message for the error cases), so a
stale JSON cannot slip through; no SciPy is needed to run it.

Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_ldl_ref.py

Every value is printed with repr() (round-trips exactly); NaN and Inf as
the <cmath> macros. Matrices are row-major.
"""

import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "tests", "reference", "linalg", "ldl.json")
OUT = os.path.join(HERE, "linalg_ldl_ref.hpp")


def num(v):
    if isinstance(v, str):  # the JSON spells non-finite values as strings
        return {"nan": "NAN", "inf": "INFINITY", "-inf": "-INFINITY"}[v]
    v = float(v)
    if math.isnan(v):
        return "NAN"
    if math.isinf(v):
        return "INFINITY" if v > 0 else "-INFINITY"
    return repr(v)


def flat(rows, shape):
    """Row-major values of a JSON matrix with `shape` (empty lists for 0-sized)."""
    r, c = shape
    vals = [v for row in rows for v in row] if r and c else []
    assert len(vals) == r * c, (shape, len(vals))
    return vals


def c_str(s):
    """A C string literal (the names and messages are ASCII)."""
    assert s.isascii(), s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tol_of(c):
    """The test's tolerance for lu and d (the brief's, as tests/linalg_ldl.rs)."""
    n = c["a_shape"][0]
    return 1e-9 if n > 64 or c["name"].startswith("hilbert") else 1e-12


def check_with_scipy(cases):
    try:
        import numpy as np
        import scipy.linalg as sl
    except ImportError:
        return "not re-checked (no SciPy)"
    import scipy

    def arr(rows, shape):
        return np.array([float(v) for v in flat(rows, shape)], dtype=float).reshape(shape)

    for c in cases:
        a = arr(c["a"], c["a_shape"])
        o = c["opts"]
        if "error" in c:
            try:
                sl.ldl(a, lower=o["lower"], check_finite=o["check_finite"])
            except ValueError as e:
                assert str(e) == c["error"]["message"], (c["name"], str(e))
            else:
                raise AssertionError(c["name"] + ": no error")
            continue
        e = c["expect"]
        lu, d, perm = sl.ldl(a, lower=o["lower"], check_finite=o["check_finite"])
        assert [int(p) for p in perm] == e["perm"], (c["name"], "perm")
        for name, got in (("lu", lu), ("d", d)):
            want = arr(e[name], e[name + "_shape"])
            assert got.shape == want.shape, (c["name"], name)
            if want.size:
                scale = float(np.max(np.abs(want))) or 1.0
                err = float(np.max(np.abs(got - want))) / scale
                assert err <= tol_of(c), (c["name"], name, err)
    return (f"re-checked with SciPy {scipy.__version__} (perm exactly, lu and d to the "
            "test's tolerances, error messages)")


def main():
    with open(SRC) as f:
        data = json.load(f)
    cases = [c for c in data["cases"] if c["func"] == "ldl"]
    assert len(cases) == len(data["cases"])
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
        o = c["opts"]
        a = arr("double", f"ldl{i}_a", [num(v) for v in flat(c["a"], (m, n))])
        head = (f"{c_str(c['name'])}, {m}, {n}, {a}, {'true' if o['lower'] else 'false'}, "
                f"{'true' if o['check_finite'] else 'false'}")
        if "error" in c:
            err = c["error"]
            entries.append(f"    {{{head}, SCIPORT_ERR_{err['status']}, {c_str(err['message'])}, "
                           "nullptr, nullptr, nullptr, 0.0}")
            continue
        e = c["expect"]
        assert m == n and e["lu_shape"] == [n, n] and e["d_shape"] == [n, n], c["name"]
        assert sorted(e["perm"]) == list(range(n)), c["name"]
        lu = arr("double", f"ldl{i}_lu", [num(v) for v in flat(e["lu"], (n, n))])
        d = arr("double", f"ldl{i}_d", [num(v) for v in flat(e["d"], (n, n))])
        perm = arr("std::int64_t", f"ldl{i}_perm", [str(int(p)) for p in e["perm"]])
        entries.append(f"    {{{head}, SCIPORT_OK, nullptr, {lu}, {d}, {perm}, {tol_of(c)!r}}}")

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_ldl_ref.py -- do not edit.
// Source: tests/reference/linalg/ldl.json ({data["generator"]}), SciPy {data["scipy"]},
// NumPy {data["numpy"]}; {checked}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_LDL_REF_HPP
#define SCIPORT_TEST_LINALG_LDL_REF_HPP

#include "sciport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace lref {{

const char *const scipy_version = "{data["scipy"]}";

/// One scipy.linalg.ldl case of ldl.json. Empty arrays are nullptr.
struct ldl_case {{
    const char *name;
    std::size_t m, n;            // a is m x n (square unless the case is the error)
    const double *a;             // m x n (NaN where the case has it, read triangle or not)
    bool lower;                  // ldl(a, lower=...)
    bool check_finite;
    sciport_status status;       // SCIPORT_OK, or the expected error's status
    const char *message;         // SciPy's error message (nullptr when it succeeds)
    const double *lu;            // SciPy's lu, n x n
    const double *d;             // SciPy's d, n x n
    const std::int64_t *perm;    // SciPy's perm (0-based), n entries
    double tol;                  // lu, d vs SciPy, relative to their largest magnitude
}};

"""
    body = "\n".join(arrays)
    table = "\nconst ldl_case ldl_cases[] = {\n" + ",\n".join(entries) + "\n};\n"
    footer = (f"\nconst std::size_t ldl_case_count = {len(entries)};\n\n"
              "} // namespace lref\n\n#endif\n")
    with open(OUT, "w") as f:
        f.write(header + body + "\n" + table + footer)
    print(f"wrote {OUT} ({len(entries)} ldl cases, {checked})")


if __name__ == "__main__":
    main()
