#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of scipy.linalg.hessenberg
and scipy.linalg.polar, written as C++ constants to linalg_forms_ref.hpp next
to this script (included by test_sciport.cpp, which needs no Python).

The values are the shared reference data tests/reference/linalg/forms.json
(tests/reference/gen_linalg_forms.py, SciPy 1.17.1, 54 cases: 17 hessenberg,
37 polar): every case is emitted as it stands there. A hessenberg case: a,
check_finite, "tol_q" and expect h, q (n x n), or the expected error. A
polar case: a, side, "unique" (false when a is rank deficient, so u is not
determined) and expect u (m x n), p (n x n for "right", m x m for "left"),
or the expected error. When SciPy is importable the script also re-runs
scipy.linalg.hessenberg / polar on each case and asserts it still agrees
with the recorded values (H to 1e-12 and Q to tol_q relative to their
largest magnitude, u and p to 1e-12 where unique, the same error messages),
so a stale JSON cannot slip through; no SciPy is needed to run it.

Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_forms_ref.py

Every value is printed with repr() (round-trips exactly); NaN and Inf as
the <cmath> macros. Matrices are row-major.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from refgen import num, flat, c_str  # noqa: E402


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "tests", "reference", "linalg", "forms.json")
OUT = os.path.join(HERE, "linalg_forms_ref.hpp")


def check_with_scipy(hess, polar):
    try:
        import numpy as np
        import scipy.linalg as sl
    except ImportError:
        return "not re-checked (no SciPy)"
    import scipy

    def arr(rows, shape):
        return np.array([float(v) for v in flat(rows, shape)], dtype=float).reshape(shape)

    def rel(got, want):
        assert got.shape == want.shape, (got.shape, want.shape)
        if not want.size:
            return 0.0
        scale = float(np.max(np.abs(want))) or 1.0
        return float(np.max(np.abs(got - want))) / scale

    def raises(call, message, name):
        try:
            call()
        except ValueError as err:
            assert str(err) == message, (name, str(err))
        else:
            raise AssertionError(name + ": no error")

    for c in hess:
        a = arr(c["a"], c["a_shape"])
        cf = c["opts"]["check_finite"]
        if "error" in c:
            raises(lambda: sl.hessenberg(a, calc_q=True, check_finite=cf), c["error"]["message"], c["name"])
            raises(lambda: sl.hessenberg(a, check_finite=cf), c["error"]["message"], c["name"])
            continue
        e = c["expect"]
        h, q = sl.hessenberg(a, calc_q=True, check_finite=cf)
        assert np.array_equal(h, sl.hessenberg(a, check_finite=cf)), c["name"]
        assert rel(h, arr(e["h"], e["h_shape"])) <= 1e-12, (c["name"], "h")
        assert rel(q, arr(e["q"], e["q_shape"])) <= c["tol_q"], (c["name"], "q")
    for c in polar:
        a = arr(c["a"], c["a_shape"])
        side = c["opts"]["side"]
        if "error" in c:
            raises(lambda: sl.polar(a, side=side), c["error"]["message"], c["name"])
            continue
        e = c["expect"]
        u, p = sl.polar(a, side=side)
        assert u.shape == tuple(e["u_shape"]) and p.shape == tuple(e["p_shape"]), c["name"]
        if c["unique"]:
            assert rel(u, arr(e["u"], e["u_shape"])) <= 1e-12, (c["name"], "u")
            assert rel(p, arr(e["p"], e["p_shape"])) <= 1e-12, (c["name"], "p")
    return (f"re-checked with SciPy {scipy.__version__} (H to 1e-12, Q to tol_q, "
            "unique u, p to 1e-12, relative to their largest magnitude)")


def main():
    with open(SRC) as f:
        data = json.load(f)
    hess = [c for c in data["cases"] if c["func"] == "hessenberg"]
    polar = [c for c in data["cases"] if c["func"] == "polar"]
    assert len(hess) + len(polar) == len(data["cases"])
    checked = check_with_scipy(hess, polar)

    arrays = []
    hess_entries = []
    polar_entries = []

    def arr(name, values):
        if not values:
            return "nullptr"
        arrays.append(f"const double {name}[] = {{{', '.join(values)}}};")
        return name

    for i, c in enumerate(hess):
        m, n = c["a_shape"]
        a = arr(f"hess{i}_a", [num(v) for v in flat(c["a"], (m, n))])
        cf = "true" if c["opts"]["check_finite"] else "false"
        head = f'{c_str(c["name"])}, {m}, {n}, {a}, {cf}'
        if "error" in c:
            err = c["error"]
            hess_entries.append(f"    {{{head}, SCIPORT_ERR_{err['status']}, {c_str(err['message'])}, "
                                "NAN, 0, nullptr, nullptr}")
            continue
        e = c["expect"]
        assert e["h_shape"] == [n, n] and e["q_shape"] == [n, n] and m == n, c["name"]
        h = arr(f"hess{i}_h", [num(v) for v in flat(e["h"], (n, n))])
        q = arr(f"hess{i}_q", [num(v) for v in flat(e["q"], (n, n))])
        hess_entries.append(f"    {{{head}, SCIPORT_OK, nullptr, {num(c['tol_q'])}, {n}, {h}, {q}}}")

    for i, c in enumerate(polar):
        m, n = c["a_shape"]
        a = arr(f"polar{i}_a", [num(v) for v in flat(c["a"], (m, n))])
        side = c["opts"]["side"]
        head = f'{c_str(c["name"])}, {m}, {n}, {a}, {c_str(side)}'
        if "error" in c:
            err = c["error"]
            polar_entries.append(f"    {{{head}, SCIPORT_ERR_{err['status']}, {c_str(err['message'])}, "
                                 "false, nullptr, 0, nullptr}")
            continue
        e = c["expect"]
        pn = m if side == "left" else n
        assert e["u_shape"] == [m, n] and e["p_shape"] == [pn, pn], c["name"]
        u = arr(f"polar{i}_u", [num(v) for v in flat(e["u"], (m, n))])
        p = arr(f"polar{i}_p", [num(v) for v in flat(e["p"], (pn, pn))])
        unique = "true" if c["unique"] else "false"
        polar_entries.append(f"    {{{head}, SCIPORT_OK, nullptr, {unique}, {u}, {pn}, {p}}}")

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_forms_ref.py -- do not edit.
// Source: tests/reference/linalg/forms.json ({data["generator"]}), SciPy {data["scipy"]},
// NumPy {data["numpy"]}; {checked}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_FORMS_REF_HPP
#define SCIPORT_TEST_LINALG_FORMS_REF_HPP

#include "sciport.h"

#include <cmath>
#include <cstddef>

namespace fref {{

const char *const scipy_version = "{data["scipy"]}";

/// One scipy.linalg.hessenberg case of forms.json. Empty arrays are nullptr.
struct hessenberg_case {{
    const char *name;
    std::size_t m, n;            // a's shape (square unless the case is an error)
    const double *a;             // m x n
    bool check_finite;
    sciport_status status;       // SCIPORT_OK, or the expected error's status
    const char *message;         // SciPy's error message (nullptr when it succeeds)
    double tol_q;                // Q's bound vs SciPy, relative to max |Q| (NaN for errors)
    std::size_t order;           // n of H and Q
    const double *h;             // hessenberg(a, calc_q=True)[0], n x n
    const double *q;             // hessenberg(a, calc_q=True)[1], n x n
}};

/// One scipy.linalg.polar case of forms.json. Empty arrays are nullptr.
struct polar_case {{
    const char *name;
    std::size_t m, n;            // a's shape
    const double *a;             // m x n
    const char *side;            // "right", "left" (or the bad one of an error case)
    sciport_status status;       // SCIPORT_OK, or the expected error's status
    const char *message;         // SciPy's error message (nullptr when it succeeds)
    bool unique;                 // false: a rank deficient, u not determined (invariants only)
    const double *u;             // m x n
    std::size_t p_size;          // n for "right", m for "left"
    const double *p;             // p_size x p_size
}};

"""
    body = "\n".join(arrays)
    tables = ("\nconst hessenberg_case hessenberg_cases[] = {\n" + ",\n".join(hess_entries) + "\n};\n"
              "\nconst polar_case polar_cases[] = {\n" + ",\n".join(polar_entries) + "\n};\n")
    footer = (f"\nconst std::size_t hessenberg_case_count = {len(hess_entries)};\n"
              f"const std::size_t polar_case_count = {len(polar_entries)};\n\n"
              "} // namespace fref\n\n#endif\n")
    with open(OUT, "w") as f:
        f.write(header + body + "\n" + tables + footer)
    print(f"wrote {OUT} ({len(hess_entries)} hessenberg, {len(polar_entries)} polar cases, {checked})")


if __name__ == "__main__":
    main()
