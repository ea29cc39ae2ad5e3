#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of scipy.linalg.eigh /
eigvalsh with b (the generalized symmetric-definite problem, type 1 / 2 / 3),
written as C++ constants to linalg_eigh_generalized_ref.hpp next to this
script (included by test_sciport.cpp, which needs no Python).

The values are the shared reference data
tests/reference/linalg/eigh_generalized.json
(tests/reference/gen_linalg_eigh_generalized.py, SciPy 1.17.1, 53 cases):
every case is emitted as it stands there (a, b and their shapes, opts type /
lower / eigvals_only / check_finite / subset_by_index / subset_by_value /
driver, and expect w, v with tol_w / tol_v, or the expected error's status,
message and b_minor). When SciPy is importable the script also re-runs
scipy.linalg.eigh on each case and asserts it still agrees with the
recorded values (w to tol_w, v up to sign to tol_v, the error message), so
a stale JSON cannot slip through; no SciPy is needed to run it.

Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_eigh_generalized_ref.py

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
SRC = os.path.join(ROOT, "tests", "reference", "linalg", "eigh_generalized.json")
OUT = os.path.join(HERE, "linalg_eigh_generalized_ref.hpp")


def fval(v):
    return float({"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(v, v)) if isinstance(v, str) else float(v)


def check_with_scipy(cases):
    try:
        import numpy as np
        import scipy.linalg as sl
    except ImportError:
        return "not re-checked (no SciPy)"
    import scipy

    def arr(rows, shape):
        return np.array([fval(v) for v in flat(rows, shape)], dtype=float).reshape(shape)

    for c in cases:
        a, b = arr(c["a"], c["a_shape"]), arr(c["b"], c["b_shape"])
        o = dict(c["opts"])
        o["type"] = o.pop("type")
        if "error" in c:
            try:
                sl.eigh(a, b=b, **o)
            except (ValueError, np.linalg.LinAlgError) as e:
                assert str(e) == c["error"]["message"], (c["name"], str(e))
            else:
                raise AssertionError(c["name"] + ": no error")
            continue
        e = c["expect"]
        r = sl.eigh(a, b=b, **o)
        w, v = (r, None) if o["eigvals_only"] else r
        want = np.array([fval(x) for x in e["w"]])
        assert w.shape == want.shape, c["name"]
        if w.size:
            err = float(np.max(np.abs(w - want))) / max(1.0, float(np.max(np.abs(want))))
            assert err <= c["tol_w"], (c["name"], "w", err)
        if v is not None:
            wv = arr(e["v"], e["v_shape"])
            assert v.shape == wv.shape, c["name"]
            if v.size:
                s = np.sign(np.sum(v * wv, axis=0))
                s[s == 0] = 1
                err = float(np.max(np.abs(v * s - wv))) / float(np.max(np.abs(wv)))
                assert err <= c["tol_v"], (c["name"], "v", err)
    return (f"re-checked with SciPy {scipy.__version__} (w to tol_w, v up to sign to tol_v, "
            "error messages)")


def main():
    with open(SRC) as f:
        data = json.load(f)
    cases = [c for c in data["cases"] if c["func"] == "eigh_generalized"]
    assert len(cases) == len(data["cases"])
    checked = check_with_scipy(cases)

    arrays = []
    entries = []

    def arr(name, values):
        if not values:
            return "nullptr"
        arrays.append(f"const double {name}[] = {{{', '.join(values)}}};")
        return name

    def b(x):
        return "true" if x else "false"

    for i, c in enumerate(cases):
        ar, ac = c["a_shape"]
        br, bc = c["b_shape"]
        o = c["opts"]
        a = arr(f"egh{i}_a", [num(v) for v in flat(c["a"], (ar, ac))])
        bm = arr(f"egh{i}_b", [num(v) for v in flat(c["b"], (br, bc))])
        sbi, sbv = o["subset_by_index"], o["subset_by_value"]
        sbi_s = f"{b(sbi is not None)}, {{{int(sbi[0]) if sbi else 0}, {int(sbi[1]) if sbi else 0}}}"
        sbv_s = (f"{b(sbv is not None)}, {{{num(sbv[0]) if sbv else '0.0'}, "
                 f"{num(sbv[1]) if sbv else '0.0'}}}")
        driver = c_str(o["driver"]) if o["driver"] is not None else "nullptr"
        head = (f"{c_str(c['name'])}, {ar}, {ac}, {a}, {br}, {bc}, {bm}, {int(o['type'])}, "
                f"{b(o['lower'])}, {b(o['eigvals_only'])}, {b(o['check_finite'])}, {sbi_s}, {sbv_s}, "
                f"{driver}")
        if "error" in c:
            err = c["error"]
            entries.append(f"    {{{head}, SCIPORT_ERR_{err['status']}, {c_str(err['message'])}, "
                           f"{int(err.get('b_minor', 0))}, 0, nullptr, false, nullptr, 0.0, 0.0}}")
            continue
        e = c["expect"]
        m = len(e["w"])
        w = arr(f"egh{i}_w", [num(v) for v in e["w"]])
        if o["eigvals_only"]:
            v, has_v = "nullptr", False
        else:
            assert e["v_shape"] == [ar, m], c["name"]
            v, has_v = arr(f"egh{i}_v", [num(x) for x in flat(e["v"], (ar, m))]), True
        tol_w = c.get("tol_w", 0.0)
        tol_v = c.get("tol_v", 0.0)
        entries.append(f"    {{{head}, SCIPORT_OK, nullptr, 0, {m}, {w}, {b(has_v)}, {v}, "
                       f"{tol_w!r}, {tol_v!r}}}")

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_eigh_generalized_ref.py -- do not edit.
// Source: tests/reference/linalg/eigh_generalized.json ({data["generator"]}), SciPy {data["scipy"]},
// NumPy {data["numpy"]}; {checked}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_EIGH_GENERALIZED_REF_HPP
#define SCIPORT_TEST_LINALG_EIGH_GENERALIZED_REF_HPP

#include "sciport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace ghref {{

const char *const scipy_version = "{data["scipy"]}";

/// One scipy.linalg.eigh(a, b, ...) case of eigh_generalized.json. Empty arrays are nullptr.
struct eigh_generalized_case {{
    const char *name;
    std::size_t a_rows, a_cols;
    const double *a;               // a_rows x a_cols
    std::size_t b_rows, b_cols;
    const double *b;               // b_rows x b_cols (NaN where the case has it)
    int type;                      // SciPy's type
    bool lower, eigvals_only, check_finite;
    bool has_subset_by_index;
    std::int64_t subset_by_index[2];
    bool has_subset_by_value;
    double subset_by_value[2];
    const char *driver;            // nullptr = None
    sciport_status status;         // SCIPORT_OK, or the expected error's status
    const char *message;           // SciPy's error message (nullptr when it succeeds)
    int b_minor;                   // the leading minor of b SciPy names (0: none)
    std::size_t m;                 // the number of eigenvalues SciPy returns
    const double *w;               // SciPy's w, m entries
    bool has_v;                    // SciPy returned v (not eigvals_only)
    const double *v;               // SciPy's v, a_rows x m
    double tol_w;                  // |w - w_scipy| / max(1, max |w|)
    double tol_v;                  // v vs SciPy up to sign, relative to its largest entry (1: not unique)
}};

"""
    body = "\n".join(arrays)
    table = "\nconst eigh_generalized_case eigh_generalized_cases[] = {\n" + ",\n".join(entries) + "\n};\n"
    footer = (f"\nconst std::size_t eigh_generalized_case_count = {len(entries)};\n\n"
              "} // namespace ghref\n\n#endif\n")
    with open(OUT, "w") as f:
        f.write(header + body + "\n" + table + footer)
    print(f"wrote {OUT} ({len(entries)} eigh_generalized cases, {checked})")


if __name__ == "__main__":
    main()
