#!/usr/bin/env python3
"""Writes test_eigh_generalized_reference.inc, SciPy's scipy.linalg.eigh / eigvalsh
results with b (the generalized symmetric-definite problem, type 1 / 2 / 3) for the
Fortran tests, converted from the shared tests/reference/linalg/eigh_generalized.json
(written by tests/reference/gen_linalg_eigh_generalized.py with SciPy 1.17.1) without
recomputing anything: plain Python, no SciPy or NumPy needed (the helpers are
gen_eig_reference.py's and gen_forms_reference.py's).

    python3 bindings/fortran/gen_eigh_generalized_reference.py          # rewrite
    python3 bindings/fortran/gen_eigh_generalized_reference.py --check  # exit 1 if stale

Layout (case i, 1-based; every array flattened over the cases, matrices in Fortran's
column-major element order):
  ref_eighg_ncase; ref_eighg_name(i); ref_eighg_status(i) 0 for a result, else SciPy's
  error class as the sciport status (INVALID_ARGUMENT 2 / DIMENSION_MISMATCH 3 /
  UNKNOWN_NAME 4 / SINGULAR 6) with SciPy's message ref_eighg_error(i) and, for b not
  positive definite, the order of the failing leading minor ref_eighg_b_minor(i) (else 0);
  SciPy's keywords: ref_eighg_type(i), ref_eighg_lower(i), ref_eighg_eigvals_only(i),
  ref_eighg_check_finite(i), ref_eighg_sbi(2, i) (subset_by_index, [-1, -1] = None),
  ref_eighg_has_sbv(i) with ref_eighg_sbv(2 i - 1 : 2 i) (subset_by_value, 0 when None),
  ref_eighg_driver(i) (blank = None); the generator's tolerances ref_eighg_tol_w(i),
  ref_eighg_tol_v(i) (0 when the case has none);
  a(m, n) with m, n = ref_eighg_a_shape(:, i) is ref_eighg_a(ref_eighg_a_off(i) + 1 :
  ref_eighg_a_off(i + 1)), alike b (ref_eighg_b_shape, ref_eighg_b_off);
  ref_eighg_{a,b}_special(2, k) list (flat index into ref_eighg_a / ref_eighg_b, 1 NaN /
  2 inf / 3 -inf) the non-finite entries, written as 0 (a Fortran parameter cannot hold
  them); SciPy's eigenvalues (ref_eighg_m(i) of them, 0 for an error case) are
  ref_eighg_w(ref_eighg_w_off(i) + 1 : ref_eighg_w_off(i + 1)) and its eigenvectors
  (n x m; none with eigvals_only) ref_eighg_v(ref_eighg_v_off(i) + 1 : ref_eighg_v_off(i + 1)).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ next to the sources
from gen_eig_reference import Writer, column_major, flat_values, write_or_check  # noqa: E402
from gen_forms_reference import matrix, strings  # noqa: E402

OUT = os.path.join(HERE, "test_eigh_generalized_reference.inc")
JSON = os.path.join(HERE, "..", "..", "tests", "reference", "linalg", "eigh_generalized.json")
STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3, "UNKNOWN_NAME": 4, "SINGULAR": 6}


def long_strings(w, name, values, width):
    """A character array parameter whose entries may exceed a line (SciPy's messages):
    each entry the concatenation of <= 60-character literals, one per line, in an
    array constructor with a type-spec (entries padded to `width`)."""
    w.lines.append(f"character(len={width}), parameter :: {name}({len(values)}) = "
                   f"[character(len={width}) :: &")
    for i, s in enumerate(values):
        pieces = [s[j:j + 60].replace("'", "''") for j in range(0, len(s), 60)] or [""]
        for j, piece in enumerate(pieces):
            last = j + 1 == len(pieces)
            tail = ("]" if i + 1 == len(values) else ", &") if last else " // &"
            w.lines.append(f"    '{piece}'{tail}")


def eighg(w, cases):
    names, errors, status, minor = [], [], [], []
    itype, lower, evo, cf, sbi, has_sbv, sbv, driver, tol_w, tol_v = ([] for _ in range(10))
    mats = {k: [] for k in ("a", "b")}
    offs = {k: [0] for k in ("a", "b", "w", "v")}
    shapes = {k: [] for k in ("a", "b")}
    special = {k: [] for k in ("a", "b")}
    wv, vv, count = [], [], []
    for c in cases:
        names.append(c["name"])
        o = c["opts"]
        itype.append(int(o["type"]))
        lower.append(bool(o["lower"]))
        evo.append(bool(o["eigvals_only"]))
        cf.append(bool(o["check_finite"]))
        sbi.append(tuple(int(x) for x in o["subset_by_index"]) if o["subset_by_index"] is not None
                   else (-1, -1))
        has_sbv.append(o["subset_by_value"] is not None)
        sv = [float(x) for x in o["subset_by_value"]] if o["subset_by_value"] is not None else [0.0, 0.0]
        assert len(sv) == 2, c["name"]
        sbv += sv
        driver.append(o["driver"] or "")
        tol_w.append(float(c.get("tol_w") or 0.0))
        tol_v.append(float(c.get("tol_v") or 0.0))
        for key in ("a", "b"):
            shp = tuple(c[key + "_shape"])
            shapes[key].append(shp)
            mats[key] += flat_values(column_major(c[key], shp), special[key], offs[key][-1])
            offs[key].append(len(mats[key]))
        k = 0
        if "error" in c:
            e = c["error"]
            status.append(STATUS[e["status"]])
            errors.append(e["message"])
            minor.append(int(e.get("b_minor") or 0))
        else:
            status.append(0)
            errors.append("")
            minor.append(0)
            n = c["a_shape"][0]
            e = c["expect"]
            k = len(e["w"])
            wv += matrix([[x] for x in e["w"]] if k else [], (k, 1), (c["name"], "w"))
            if not o["eigvals_only"]:
                assert e["v_shape"] == [n, k], c["name"]
                vv += matrix(e["v"] if n * k else [], (n, k), (c["name"], "v"))
            else:
                assert "v" not in e, c["name"]
        count.append(k)
        offs["w"].append(len(wv))
        offs["v"].append(len(vv))
    assert special["b"]
    width = max(len(s) for s in names)
    w.lines.append(f"integer, parameter :: ref_eighg_ncase = {len(cases)}")
    strings(w, "ref_eighg_name", names, width)
    long_strings(w, "ref_eighg_error", errors, max(len(s) for s in errors))
    w.ints("ref_eighg_status", status)
    w.ints("ref_eighg_b_minor", minor)
    w.ints("ref_eighg_type", itype)
    w.logicals("ref_eighg_lower", lower)
    w.logicals("ref_eighg_eigvals_only", evo)
    w.logicals("ref_eighg_check_finite", cf)
    w.pairs("ref_eighg_sbi", sbi)
    w.logicals("ref_eighg_has_sbv", has_sbv)
    w.real("ref_eighg_sbv", sbv)
    strings(w, "ref_eighg_driver", driver, max(len(s) for s in driver))
    w.real("ref_eighg_tol_w", tol_w)
    w.real("ref_eighg_tol_v", tol_v)
    for key in ("a", "b"):
        w.pairs(f"ref_eighg_{key}_shape", shapes[key])
        w.ints(f"ref_eighg_{key}_off", offs[key])
        w.real(f"ref_eighg_{key}", mats[key])
    w.pairs("ref_eighg_b_special", special["b"])
    if special["a"]:
        w.pairs("ref_eighg_a_special", special["a"])
    else:  # no non-finite a in the data: an entry pointing nowhere keeps the name
        w.pairs("ref_eighg_a_special", [(0, 1)])
    w.ints("ref_eighg_m", count)
    w.ints("ref_eighg_w_off", offs["w"])
    w.real("ref_eighg_w", wv)
    w.ints("ref_eighg_v_off", offs["v"])
    w.real("ref_eighg_v", vv)


def generate():
    data = json.load(open(JSON, encoding="utf-8"))
    w = Writer()
    w.lines.append("! Generated by gen_eigh_generalized_reference.py from "
                   "tests/reference/linalg/eigh_generalized.json")
    w.lines.append(f"! (SciPy {data['scipy']}, NumPy {data['numpy']}, {data['generator']}); "
                   "do not edit by hand.")
    w.lines.append("! Layout: the docstring of gen_eigh_generalized_reference.py.")
    funcs = {c["func"] for c in data["cases"]}
    assert funcs == {"eigh_generalized"}, funcs
    eighg(w, data["cases"])
    return "\n".join(w.lines) + "\n"


def main():
    return write_or_check(__doc__, OUT, generate)


if __name__ == "__main__":
    sys.exit(main())
