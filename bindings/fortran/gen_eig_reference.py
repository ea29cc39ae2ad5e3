#!/usr/bin/env python3
"""Writes test_eig_reference.inc, SciPy's scipy.linalg.eig / eigvals results for the
Fortran tests, converted from the shared tests/reference/linalg/eig.json (written by
tests/reference/gen_linalg_eig.py with SciPy 1.17.1) without recomputing anything:
plain Python, no SciPy or NumPy needed.

    python3 bindings/fortran/gen_eig_reference.py          # rewrite
    python3 bindings/fortran/gen_eig_reference.py --check  # exit 1 if stale

(A separate include file rather than a section of test_reference.inc: that one is
recomputed by gen_reference.py with SciPy, whose last digits depend on the machine's
BLAS; this one is a pure conversion and reproducible anywhere.)

Layout (case i, 1-based; every array flattened over the cases, matrices in Fortran's
column-major element order):
  ref_eig_ncase; ref_eig_name(i); ref_eig_status(i) 0 for a result, else SciPy's error
  class as the sciport status (SCIPORT_ERR_DIMENSION_MISMATCH 3 / INVALID_ARGUMENT 2)
  with SciPy's message ref_eig_error(i); ref_eig_check_finite(i); ref_eig_has_b(i);
  ref_eig_regular(i) (false: a singular pencil, compare nothing with SciPy, only the
  invariants); ref_eig_vectors(i) (false: the vectors are not unique, do not compare
  them); ref_eig_tol_w(i), ref_eig_tol_v(i) (the generator's tolerances, 0 when the
  case has none);
  a(m, n) with m, n = ref_eig_a_shape(:, i) is ref_eig_a(ref_eig_a_off(i) + 1 :
  ref_eig_a_off(i + 1)), alike b (ref_eig_b_shape, 0 x 0 when absent); SciPy's
  w, alpha, beta (homogeneous_eigvals=True rows) as *_re / *_im over ref_eig_w_off;
  vl, vr (n x n) as ref_eig_vl_re / _im, ref_eig_vr_re / _im over ref_eig_v_off.
  ref_eig_{a,b,w}_special(2, k) list (flat index into ref_eig_a / ref_eig_b /
  ref_eig_w_re, 1 NaN / 2 inf / 3 -inf) of the non-finite entries, written as 0
  (a Fortran parameter cannot hold them).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "test_eig_reference.inc")
EIG_JSON = os.path.join(HERE, "..", "..", "tests", "reference", "linalg", "eig.json")
NONFINITE = {"nan": 1, "inf": 2, "-inf": 3}
STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3}


def lit(x):
    r = repr(float(x))
    if r in ("inf", "-inf", "nan"):
        raise SystemExit(f"gen_eig_reference.py: non-finite value {r}")
    return r.replace("e", "d") if "e" in r else r + "d0"


def wrap(head, items, tail):
    """`head item, item, ... tail` as Fortran continuation lines of <= 100 chars."""
    lines, cur = [], head
    for i, item in enumerate(items):
        piece = item + (", " if i + 1 < len(items) else "")
        if len(cur) + len(piece) + len(tail) > 98:
            lines.append(cur.rstrip() + " &")
            cur = "    "
        cur += piece
    lines.append(cur + tail)
    return lines


def flat_values(values, special, base):
    """Floats of a JSON list (non-finite strings -> 0, recorded in `special` as
    (1-based index after `base`, code))."""
    out = []
    for v in values:
        if isinstance(v, str):
            special.append((base + len(out) + 1, NONFINITE[v]))
            v = 0.0
        out.append(float(v))
    return out


def column_major(rows, shape):
    m, n = shape
    if m * n == 0:
        assert rows == [], shape
        return []
    assert len(rows) == m and all(len(r) == n for r in rows), shape
    return [rows[i][j] for j in range(n) for i in range(m)]


class Writer:
    def __init__(self):
        self.lines = []

    def real(self, name, values, chunk=400):
        """A real vector parameter; long ones as the concatenation of name_1, name_2, ...
        (Fortran 2008 allows 255 continuation lines per statement)."""
        if len(values) <= chunk:
            self.lines += wrap(f"real(c_double), parameter :: {name}({len(values)}) = [",
                               [lit(v) for v in values] or ["real(c_double) ::"], "]")
            return
        parts = []
        for start in range(0, len(values), chunk):
            parts.append(f"{name}_{len(parts) + 1}")
            self.real(parts[-1], values[start:start + chunk])
        self.lines += wrap(f"real(c_double), parameter :: {name}({len(values)}) = [", parts, "]")

    def ints(self, name, values):
        self.lines += wrap(f"integer, parameter :: {name}({len(values)}) = [",
                           [str(v) for v in values], "]")

    def pairs(self, name, pairs):
        self.lines += wrap(f"integer, parameter :: {name}(2, {len(pairs)}) = reshape([",
                           [str(v) for p in pairs for v in p], f"], [2, {len(pairs)}])")

    def logicals(self, name, flags):
        self.lines += wrap(f"logical, parameter :: {name}({len(flags)}) = [",
                           [".true." if f else ".false." for f in flags], "]")

    def strings(self, name, strings, width):
        for s in strings:
            assert "'" not in s, s
        self.lines += wrap(f"character(len={width}), parameter :: {name}({len(strings)}) = [",
                           [f"'{s.ljust(width)}'" for s in strings], "]")


def generate():
    data = json.load(open(EIG_JSON, encoding="utf-8"))
    cases = [c for c in data["cases"] if c["func"] == "eig"]
    w = Writer()
    w.lines.append("! Generated by gen_eig_reference.py from tests/reference/linalg/eig.json "
                   f"(SciPy {data['scipy']},")
    w.lines.append(f"! NumPy {data['numpy']}, {data['generator']}); do not edit by hand. "
                   "Layout: the docstring of gen_eig_reference.py.")
    keys = ("a", "b", "w_re", "w_im", "alpha_re", "alpha_im", "beta_re", "beta_im",
            "vl_re", "vl_im", "vr_re", "vr_im")
    arr = {k: [] for k in keys}
    offs = {k: [0] for k in ("a", "b", "w", "v")}
    special = {"a": [], "b": [], "w": []}
    names, errors, status, cf, has_b, regular, vectors, tol_w, tol_v = ([] for _ in range(9))
    a_shape, b_shape = [], []
    for c in cases:
        names.append(c["name"])
        cf.append(bool(c["opts"]["check_finite"]))
        m, n = c["a_shape"]
        a_shape.append((m, n))
        arr["a"] += flat_values(column_major(c["a"], (m, n)), special["a"], offs["a"][-1])
        offs["a"].append(len(arr["a"]))
        has_b.append("b" in c)
        bs = tuple(c["b_shape"]) if "b" in c else (0, 0)
        b_shape.append(bs)
        if "b" in c:
            arr["b"] += flat_values(column_major(c["b"], bs), special["b"], offs["b"][-1])
        offs["b"].append(len(arr["b"]))
        regular.append(bool(c.get("regular", True)))
        vectors.append(bool(c.get("vectors", False)))
        tol_w.append(float(c.get("tol_w", 0.0)))
        tol_v.append(float(c.get("tol_v", 0.0)))
        if "error" in c:
            status.append(STATUS[c["error"]["status"]])
            errors.append(c["error"]["message"])
            offs["w"].append(offs["w"][-1])
            offs["v"].append(offs["v"][-1])
            continue
        status.append(0)
        errors.append("")
        assert m == n, c["name"]
        e = c["expect"]
        base = offs["w"][-1]
        for key in ("w", "alpha", "beta"):
            for part in ("re", "im"):
                vals = e[f"{key}_{part}"]
                assert len(vals) == n, (c["name"], key)
                sp = special["w"] if (key, part) == ("w", "re") else []
                arr[f"{key}_{part}"] += flat_values(vals, sp, base)
                assert not sp or (key, part) == ("w", "re"), (c["name"], key, part)
        offs["w"].append(len(arr["w_re"]))
        for key in ("vl", "vr"):
            for part in ("re", "im"):
                k = f"{key}_{part}"
                assert e[k + "_shape"] == [n, n], (c["name"], k)
                sp = []
                arr[k] += flat_values(column_major(e[k], (n, n)), sp, 0)
                assert not sp, (c["name"], k)
        offs["v"].append(len(arr["vr_re"]))
        assert len(arr["vl_re"]) == len(arr["vr_re"])
    nc = len(cases)
    width = max(len(s) for s in names + errors)
    w.lines.append(f"integer, parameter :: ref_eig_ncase = {nc}")
    w.strings("ref_eig_name", names, width)
    w.strings("ref_eig_error", errors, width)
    w.ints("ref_eig_status", status)
    for name, flags in (("check_finite", cf), ("has_b", has_b), ("regular", regular),
                        ("vectors", vectors)):
        w.logicals(f"ref_eig_{name}", flags)
    w.real("ref_eig_tol_w", tol_w)
    w.real("ref_eig_tol_v", tol_v)
    w.pairs("ref_eig_a_shape", a_shape)
    w.pairs("ref_eig_b_shape", b_shape)
    for key in ("a", "b", "w", "v"):
        w.ints(f"ref_eig_{key}_off", offs[key])
    for key in keys:
        w.real(f"ref_eig_{key}", arr[key])
    for key in ("a", "b", "w"):
        assert special[key], key
        w.pairs(f"ref_eig_{key}_special", special[key])
    return "\n".join(w.lines) + "\n"


def write_or_check(doc, out, generate):
    """The main() of every converter here: write `out` from generate(), or
    with --check report (exit status 1) that the file on disk is stale."""
    name, script = os.path.basename(out), os.path.basename(sys.argv[0])
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help=f"fail if {name} is stale")
    args = ap.parse_args()
    text = generate()
    old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
    if args.check:
        if old != text:
            print(f"{script}: {name} is stale; rerun it", file=sys.stderr)
            return 1
        print(f"{script}: {name} is up to date")
        return 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{script}: wrote {out}")
    return 0


def main():
    return write_or_check(__doc__, OUT, generate)


if __name__ == "__main__":
    sys.exit(main())
