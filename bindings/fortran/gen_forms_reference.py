#!/usr/bin/env python3
"""Writes test_forms_reference.inc, SciPy's scipy.linalg.hessenberg / polar results for
the Fortran tests, converted from the shared tests/reference/linalg/forms.json (written
by tests/reference/gen_linalg_forms.py with SciPy 1.17.1) without recomputing anything:
plain Python, no SciPy or NumPy needed (the helpers are gen_eig_reference.py's).

    python3 bindings/fortran/gen_forms_reference.py          # rewrite
    python3 bindings/fortran/gen_forms_reference.py --check  # exit 1 if stale

Layout (case i, 1-based; every array flattened over the cases, matrices in Fortran's
column-major element order), hessenberg cases as ref_hess_*, polar cases as ref_polar_*:
  ref_<f>_ncase; ref_<f>_name(i); ref_<f>_status(i) 0 for a result, else SciPy's error
  class as the sciport status (INVALID_ARGUMENT 2 / DIMENSION_MISMATCH 3 /
  UNKNOWN_NAME 4) with SciPy's message ref_<f>_error(i);
  a(m, n) with m, n = ref_<f>_a_shape(:, i) is ref_<f>_a(ref_<f>_a_off(i) + 1 :
  ref_<f>_a_off(i + 1)); ref_<f>_a_special(2, k) lists (flat index into ref_<f>_a,
  1 NaN / 2 inf / 3 -inf) its non-finite entries, written as 0 (a Fortran parameter
  cannot hold them).
  hessenberg: ref_hess_check_finite(i); ref_hess_tol_q(i) (the generator's tolerance of
  Q, 0 for an error case); SciPy's H and Q (n x n) as ref_hess_h, ref_hess_q over
  ref_hess_h_off.
  polar: ref_polar_side(i) (SciPy's side keyword); ref_polar_unique(i) (false: a is rank
  deficient, u is not determined, compare only the invariants); SciPy's u (m x n) as
  ref_polar_u over ref_polar_u_off, p as ref_polar_p over ref_polar_p_off, p(k, k)
  with k = ref_polar_p_order(i) (n for 'right', m for 'left'; 0 for an error case).
Hessenberg cases of order above BINDING_MAX_ORDER are left out: they exercise the
core's blocked reduction, which Rust's tests/linalg_forms.rs checks against the same
cases, and as Fortran parameters they would make this include tens of thousands of
lines; the binding's own concern is the boundary, which the smaller cases cover.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ next to the sources
from gen_eig_reference import Writer, column_major, flat_values, wrap, write_or_check  # noqa: E402

OUT = os.path.join(HERE, "test_forms_reference.inc")
FORMS_JSON = os.path.join(HERE, "..", "..", "tests", "reference", "linalg", "forms.json")
BINDING_MAX_ORDER = 64
STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3, "UNKNOWN_NAME": 4}


def strings(w, name, values, width):
    """A character array parameter; quotes doubled (SciPy's polar message has them)."""
    w.lines += wrap(f"character(len={width}), parameter :: {name}({len(values)}) = [",
                    ["'" + s.ljust(width).replace("'", "''") + "'" for s in values], "]")


def matrix(values, shape, where):
    """A JSON matrix (row-major nested lists, [] when empty) column-major, finite."""
    special = []
    out = flat_values(column_major(values, shape), special, 0)
    assert not special, where
    return out


def common(w, prefix, cases):
    """Names, errors, statuses and the inputs a of `cases`; returns them for the rest."""
    a, a_off, a_shape, special, names, errors, status = [], [0], [], [], [], [], []
    for c in cases:
        names.append(c["name"])
        m, n = c["a_shape"]
        a_shape.append((m, n))
        a += flat_values(column_major(c["a"], (m, n)), special, a_off[-1])
        a_off.append(len(a))
        if "error" in c:
            status.append(STATUS[c["error"]["status"]])
            errors.append(c["error"]["message"])
        else:
            status.append(0)
            errors.append("")
    width = max(len(s) for s in names + errors)
    w.lines.append(f"integer, parameter :: ref_{prefix}_ncase = {len(cases)}")
    strings(w, f"ref_{prefix}_name", names, width)
    strings(w, f"ref_{prefix}_error", errors, width)
    w.ints(f"ref_{prefix}_status", status)
    w.pairs(f"ref_{prefix}_a_shape", a_shape)
    w.ints(f"ref_{prefix}_a_off", a_off)
    w.real(f"ref_{prefix}_a", a)
    assert special, prefix
    w.pairs(f"ref_{prefix}_a_special", special)


def hessenberg(w, cases):
    common(w, "hess", cases)
    h, q, off, cf, tol_q = [], [], [0], [], []
    for c in cases:
        cf.append(bool(c["opts"]["check_finite"]))
        tol_q.append(float(c.get("tol_q", 0.0)))
        if "error" not in c:
            m, n = c["a_shape"]
            assert m == n, c["name"]
            e = c["expect"]
            for key, arr in (("h", h), ("q", q)):
                assert e[key + "_shape"] == [n, n], (c["name"], key)
                arr += matrix(e[key], (n, n), (c["name"], key))
        off.append(len(h))
    w.logicals("ref_hess_check_finite", cf)
    w.real("ref_hess_tol_q", tol_q)
    w.ints("ref_hess_h_off", off)
    w.real("ref_hess_h", h)
    w.real("ref_hess_q", q)


def polar(w, cases):
    common(w, "polar", cases)
    u, p, u_off, p_off, order, sides, unique = [], [], [0], [0], [], [], []
    for c in cases:
        side = c["opts"]["side"]
        sides.append(side)
        unique.append(bool(c.get("unique", True)))
        k = 0
        if "error" not in c:
            m, n = c["a_shape"]
            k = m if side == "left" else n
            e = c["expect"]
            assert e["u_shape"] == [m, n] and e["p_shape"] == [k, k], c["name"]
            u += matrix(e["u"], (m, n), (c["name"], "u"))
            p += matrix(e["p"], (k, k), (c["name"], "p"))
        order.append(k)
        u_off.append(len(u))
        p_off.append(len(p))
    strings(w, "ref_polar_side", sides, max(len(s) for s in sides))
    w.logicals("ref_polar_unique", unique)
    w.ints("ref_polar_p_order", order)
    w.ints("ref_polar_u_off", u_off)
    w.ints("ref_polar_p_off", p_off)
    w.real("ref_polar_u", u)
    w.real("ref_polar_p", p)


def generate():
    data = json.load(open(FORMS_JSON, encoding="utf-8"))
    w = Writer()
    w.lines.append("! Generated by gen_forms_reference.py from tests/reference/linalg/forms.json "
                   f"(SciPy {data['scipy']},")
    w.lines.append(f"! NumPy {data['numpy']}, {data['generator']}); do not edit by hand. "
                   "Layout: the docstring of gen_forms_reference.py.")
    funcs = {c["func"] for c in data["cases"]}
    assert funcs == {"hessenberg", "polar"}, funcs
    hessenberg(w, [c for c in data["cases"]
                   if c["func"] == "hessenberg" and c["a_shape"][0] <= BINDING_MAX_ORDER])
    polar(w, [c for c in data["cases"] if c["func"] == "polar"])
    return "\n".join(w.lines) + "\n"


def main():
    return write_or_check(__doc__, OUT, generate)


if __name__ == "__main__":
    sys.exit(main())
