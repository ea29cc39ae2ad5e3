#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of scipy.linalg.eig and
eigvals, written as C++ constants to linalg_eig_ref.hpp next to this script
(included by test_sciport.cpp, which needs no Python).

The values are the shared reference data tests/reference/linalg/eig.json
(tests/reference/gen_linalg_eig.py, SciPy 1.17.1, 40 cases): every case is
emitted as it stands there (a, optional b, check_finite, "regular", "tol_w",
"tol_v", "vectors", expect w, vl, vr, alpha, beta with real and imaginary
parts apart, or the expected error). When SciPy is importable the script also
re-runs scipy.linalg.eig / eigvals on each case and asserts it still agrees
with the recorded values (eigenvalues in the same positions within tol_w,
infinities and NaNs in the same places, vectors within tol_v up to a unit
factor where they are unique, the same error messages), so a stale JSON
cannot slip through; no SciPy is needed to run it.

Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_eig_ref.py

Every value is printed with repr() (round-trips exactly); NaN and Inf as
the <cmath> macros. Matrices are row-major.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from refgen import num, flat  # noqa: E402


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "tests", "reference", "linalg", "eig.json")
OUT = os.path.join(HERE, "linalg_eig_ref.hpp")


def check_with_scipy(cases):
    try:
        import numpy as np
        import scipy.linalg as sl
    except ImportError:
        return "not re-checked (no SciPy)"
    import scipy

    def arr(rows, shape):
        return np.array([float(v) for v in flat(rows, shape)], dtype=float).reshape(shape)

    def cvec(e, key):
        return np.array([complex(float(r), float(i)) for r, i in zip(e[key + "_re"], e[key + "_im"])])

    def cmat(e, key):
        return arr(e[key + "_re"], e[key + "_re_shape"]) + 1j * arr(e[key + "_im"], e[key + "_im_shape"])

    for c in cases:
        a = arr(c["a"], c["a_shape"])
        b = arr(c["b"], c["b_shape"]) if "b" in c else None
        cf = c["opts"]["check_finite"]
        if "error" in c:
            for call in (lambda: sl.eig(a, b, check_finite=cf), lambda: sl.eigvals(a, b, check_finite=cf)):
                try:
                    call()
                except ValueError as err:
                    assert str(err) == c["error"]["message"], (c["name"], str(err))
                else:
                    raise AssertionError(c["name"] + ": no error")
            continue
        e = c["expect"]
        with np.errstate(all="ignore"):
            w, vl, vr = sl.eig(a, b, left=True, right=True, check_finite=cf)
            wh = sl.eig(a, b, left=False, right=False, homogeneous_eigvals=True, check_finite=cf)
            wv = sl.eigvals(a, b, check_finite=cf)
        assert np.array_equal(w, wv, equal_nan=True), c["name"]
        assert w.shape == (a.shape[0],) and wh.shape == (2, a.shape[0]), c["name"]
        if not c.get("regular", True) or a.size == 0:
            continue  # singular pencils: nothing of SciPy's to compare
        want = cvec(e, "w")
        fin = np.isfinite(want)
        assert np.array_equal(np.isnan(w), np.isnan(want)) and np.array_equal(np.isinf(w), np.isinf(want)), c["name"]
        scale = max(1.0, np.linalg.norm(a, 2))
        assert np.max(np.abs(w[fin] - want[fin]), initial=0.0) / scale <= c["tol_w"], c["name"]
        if c["vectors"]:
            for got, key in ((vl, "vl"), (vr, "vr")):
                ref = cmat(e, key)
                for j in range(ref.shape[1]):
                    dot = np.vdot(got[:, j], ref[:, j])
                    ph = dot / abs(dot) if abs(dot) > 0 else 1.0
                    assert np.linalg.norm(got[:, j] * ph - ref[:, j]) <= c["tol_v"], (c["name"], key, j)
    return f"re-checked with SciPy {scipy.__version__} (w within tol_w, vectors within tol_v up to phase)"


def main():
    with open(SRC) as f:
        data = json.load(f)
    cases = [c for c in data["cases"] if c["func"] == "eig"]
    checked = check_with_scipy(cases)

    arrays = []
    entries = []

    def arr(name, values):
        if not values:
            return "nullptr"
        arrays.append(f"const double {name}[] = {{{', '.join(values)}}};")
        return name

    for i, c in enumerate(cases):
        m, n = c["a_shape"]
        a = arr(f"eig{i}_a", [num(v) for v in flat(c["a"], (m, n))])
        if "b" in c:
            bm, bn = c["b_shape"]
            b = arr(f"eig{i}_b", [num(v) for v in flat(c["b"], (bm, bn))])
            bpart = f"true, {bm}, {bn}, {b}"
        else:
            bpart = "false, 0, 0, nullptr"
        cf = "true" if c["opts"]["check_finite"] else "false"
        head = f'"{c["name"]}", {m}, {n}, {a}, {bpart}, {cf}'
        if "error" in c:
            err = c["error"]
            entries.append(f'    {{{head}, SCIPORT_ERR_{err["status"]}, "{err["message"]}", '
                           "false, NAN, NAN, false, 0, nullptr, nullptr, nullptr, nullptr, "
                           "nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}")
            continue
        e = c["expect"]
        k = len(e["w_re"])
        regular = c.get("regular", True)
        tol_w = num(c["tol_w"]) if "tol_w" in c else "NAN"
        tol_v = num(c["tol_v"]) if "tol_v" in c else "NAN"
        vectors = "true" if c.get("vectors", False) else "false"
        vecs = []
        for key in ("w", "alpha", "beta"):
            for part in ("re", "im"):
                vecs.append(arr(f"eig{i}_{key}_{part}", [num(v) for v in e[f"{key}_{part}"]]))
        for key in ("vl", "vr"):
            for part in ("re", "im"):
                assert e[f"{key}_{part}_shape"] == [k, k], (c["name"], key)
                vecs.append(arr(f"eig{i}_{key}_{part}", [num(v) for v in flat(e[f"{key}_{part}"], (k, k))]))
        entries.append(f"    {{{head}, SCIPORT_OK, nullptr, {'true' if regular else 'false'}, "
                       f"{tol_w}, {tol_v}, {vectors}, {k}, {', '.join(vecs)}}}")

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_eig_ref.py -- do not edit.
// Source: tests/reference/linalg/eig.json ({data["generator"]}), SciPy {data["scipy"]},
// NumPy {data["numpy"]}; {checked}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_EIG_REF_HPP
#define SCIPORT_TEST_LINALG_EIG_REF_HPP

#include "sciport.h"

#include <cmath>
#include <cstddef>

namespace eref {{

const char *const scipy_version = "{data["scipy"]}";

/// One scipy.linalg.eig case of eig.json. Empty arrays are nullptr; complex
/// values have their real and imaginary parts in separate arrays.
struct eig_case {{
    const char *name;
    std::size_t a_rows, a_cols;
    const double *a;
    bool has_b;                  // generalized (b given)
    std::size_t b_rows, b_cols;
    const double *b;
    bool check_finite;
    sciport_status status;       // SCIPORT_OK, or the expected error's status
    const char *message;         // SciPy's error message (nullptr when it succeeds)
    bool regular;                // false: singular pencil, compare only invariants
    double tol_w;                // |w - w_scipy| / max(1, |a|) bound (NaN when not regular)
    double tol_v;                // vector distance up to a unit factor (NaN when not regular)
    bool vectors;                // SciPy's vectors are unique: compare them
    std::size_t n;               // number of eigenvalues
    const double *w_re, *w_im;   // eig(a, b) w (n)
    const double *alpha_re, *alpha_im, *beta_re, *beta_im;  // homogeneous_eigvals=True
    const double *vl_re, *vl_im, *vr_re, *vr_im;            // n x n
}};

"""
    body = "\n".join(arrays)
    table = "\nconst eig_case eig_cases[] = {\n" + ",\n".join(entries) + "\n};\n"
    footer = f"\nconst std::size_t eig_case_count = {len(entries)};\n\n}} // namespace eref\n\n#endif\n"
    with open(OUT, "w") as f:
        f.write(header + body + "\n" + table + footer)
    print(f"wrote {OUT} ({len(entries)} eig cases, {checked})")


if __name__ == "__main__":
    main()
