#!/usr/bin/env python3
"""Generates the linalg and stats parts of sciport.f90 from include/sciport.h.

The mechanical part of the Fortran binding of `sciport_linalg_*` and
`sciport_stats_*`: one bind(C) derived type per `typedef struct <prefix>* {...}`
(fields in the C order, so the layout is C's; test_sciport.f90 checks it
against layout_check.c) and one bind(C) interface per function. Each prefix's
result replaces the text between its BEGIN/END GENERATED markers in
sciport.f90 (`linalg`, `stats`).

    python3 gen_interfaces.py          # rewrite the block in sciport.f90
    python3 gen_interfaces.py --check  # exit 1 (and print a diff) if it is stale
    python3 gen_interfaces.py --header H --f90 F [--check]

Mapping (the only hand-kept knowledge is NULLABLE below):
- scalars by value: bool -> logical(c_bool), int32_t/int64_t/size_t/double
  -> the c_ kinds, `value`; `const char *` -> type(c_ptr), value (NUL-terminated
  or c_null_ptr).
- `T *name` followed by a `size_t name_len` parameter -> assumed-size array
  `name(*)` (intent(in) when const, else intent(inout)).
- other pointers to a struct or scalar -> by reference (intent(in) when const,
  else intent(inout): outputs are written only on success), unless the
  parameter may be NULL (NULLABLE): then type(c_ptr), value.
- `sciport_error **err` -> type(c_ptr), intent(inout).
- `T *name` followed by `size_t n_name` -> assumed-size array `name(*)` too.
- an opaque handle (`typedef struct X X;` in the header, e.g. sciport_dist):
  `X *` -> type(c_ptr), value; `X **` (a handle out) and `const char **` (a
  static string out) -> type(c_ptr), intent(inout).
- a callback type (`typedef R (*X)(...)`, e.g. sciport_scalar_func) by value
  -> type(c_funptr), value (c_funloc of a bind(C) procedure, or
  c_null_funptr); `void *` (user data) -> type(c_ptr), value.
- `T *name` followed by `size_t n` -> assumed-size array `name(*)` too.
- struct fields: the scalars as above, any pointer (`const char *`, `const
  double *`, ...) -> type(c_ptr), a callback type -> type(c_funptr).
- functions returning void are subroutines, functions returning `const char *`
  return type(c_ptr) (read with sciport_c_string); both keep the C name.
- functions returning sciport_status are bound as `<C name>_c` (the binding
  label stays the C name), because the idiomatic module procedure takes the C
  name; functions returning a struct (the `_options_default`s) keep their name.
"""
import argparse
import difflib
import os
import re
import sys

# (function prefix, marker tag, struct prefixes) of every generated block: the
# block binds the functions named <function prefix>* and the structs named
# <struct prefix>* (the stats options structs are sciport_dist_*_options).
BLOCKS = (("sciport_linalg_", "linalg", ("sciport_linalg_",)),
          ("sciport_stats_", "stats", ("sciport_stats_", "sciport_dist_")))


def markers(tag):
    return (f"  ! BEGIN GENERATED {tag}: gen_interfaces.py from include/sciport.h; do not edit by hand",
            f"  ! END GENERATED {tag}")


# Opaque handle types, filled from the header's `typedef struct X X;` lines.
OPAQUE = set()

# Function pointer (callback) types, filled from the header's
# `typedef R (*X)(...);` lines, e.g. sciport_scalar_func.
FUNPTR = set()

# (function, parameter) pairs the C API documents as "may be NULL"; these are
# passed as type(c_ptr), value so a wrapper can pass c_null_ptr.
NULLABLE = {
    ("sciport_linalg_solve", "rcond"),
    ("sciport_linalg_solve_complex", "rcond"),
    ("sciport_linalg_svd", "u"),
    ("sciport_linalg_svd", "vh"),
    ("sciport_linalg_svd_complex", "u"),
    ("sciport_linalg_svd_complex", "vh"),
    ("sciport_linalg_eigh", "v"),
    ("sciport_linalg_eigh_complex", "v"),
    ("sciport_linalg_eigh_generalized", "v"),  # NULL: eigvals_only
    ("sciport_linalg_eig", "b"),  # NULL: the standard problem
    ("sciport_linalg_eig", "vl"),  # NULL: left vectors not wanted
    ("sciport_linalg_eig", "vr"),
    ("sciport_linalg_eigvals", "b"),
    ("sciport_linalg_eig_complex", "b"),
    ("sciport_linalg_eig_complex", "vl"),
    ("sciport_linalg_eig_complex", "vr"),
    ("sciport_linalg_eigvals_complex", "b"),
    ("sciport_linalg_hessenberg", "q"),  # NULL: calc_q=False
    ("sciport_linalg_qr", "q"),  # NULL for mode "r"
    ("sciport_linalg_qr", "p"),  # NULL without pivoting
    ("sciport_linalg_qr_complex", "q"),
    ("sciport_linalg_qr_complex", "p"),
    ("sciport_linalg_qr_raw", "r"),
    ("sciport_linalg_qr_raw", "p"),
    ("sciport_linalg_lu", "p"),  # NULL with permute_l or when unwanted
    ("sciport_linalg_lu", "p_indices"),
    ("sciport_linalg_lu_complex", "p"),
    ("sciport_linalg_lu_complex", "p_indices"),
    ("sciport_linalg_rq", "q"),  # NULL for mode "r"
    ("sciport_linalg_solve_toeplitz", "r"),  # NULL: r = c
    ("sciport_linalg_toeplitz", "r"),
    ("sciport_linalg_block_diag", "blocks"),  # an array of views (c_loc), NULL for none
    ("sciport_linalg_lstsq", "residues"),
    ("sciport_linalg_lstsq", "n_residues"),
    ("sciport_linalg_lstsq", "rank"),
    ("sciport_linalg_lstsq", "s"),
    ("sciport_linalg_pinv", "rank"),
    ("sciport_linalg_schur", "sort"),  # NULL: no sorting
    ("sciport_linalg_schur", "z"),  # NULL: z not wanted
    ("sciport_linalg_schur", "sdim"),
    ("sciport_linalg_schur_complex", "sort"),
    ("sciport_linalg_schur_complex", "z"),
    ("sciport_linalg_schur_complex", "sdim"),
    ("sciport_linalg_solve_sylvester", "perturbed"),
    ("sciport_linalg_solve_continuous_lyapunov", "perturbed"),
    ("sciport_linalg_solve_discrete_lyapunov", "method"),  # NULL: SciPy's choice
    ("sciport_linalg_solve_continuous_are", "e"),  # NULL: identity
    ("sciport_linalg_solve_continuous_are", "s"),  # NULL: zero
    ("sciport_linalg_solve_discrete_are", "e"),
    ("sciport_linalg_solve_discrete_are", "s"),
    ("sciport_linalg_sqrtm", "is_real"),
    ("sciport_linalg_sqrtm", "warning"),
    ("sciport_linalg_sqrtm_complex", "warning"),
    ("sciport_linalg_logm", "is_real"),
    ("sciport_linalg_logm", "errest"),
    ("sciport_linalg_logm", "warning"),
    ("sciport_linalg_logm_complex", "errest"),
    ("sciport_linalg_logm_complex", "warning"),
}

KINDS = {
    "bool": "logical(c_bool)",
    "int32_t": "integer(c_int32_t)",
    "int64_t": "integer(c_int64_t)",
    "size_t": "integer(c_size_t)",
    "ptrdiff_t": "integer(c_intptr_t)",
    "double": "real(c_double)",
    "sciport_complex": "complex(c_double_complex)",  # same layout (re, im)
}
KIND_NAME = {v: v[v.index("(") + 1:-1] for v in KINDS.values()}


def doc_first_sentence(doc):
    """First paragraph of a /** */ comment, up to its first sentence end."""
    if not doc:
        return ""
    lines = [re.sub(r"^\s*\*\s?", "", l).strip() for l in doc.strip().splitlines()]
    para = []
    for l in lines:
        if not l:
            if para:
                break
            continue
        para.append(l)
    text = " ".join(para)
    for uni, ascii_ in (("\u1d40", "^T"), ("\u1d34", "^H"), ("\u2264", "<="), ("\u2265", ">="),
                        ("\u2212", "-"), ("\u00d7", "x"), ("\u2014", "--"), ("\u2013", "-"),
                        ("\u00b7", "*"), ("\u2016", "||"), ("\u2082", "_2"), ("\u00b1", "+-"),
                        ("\u03a3", "sum "), ("\u22ef", "..."), ("\u00e9", "e")):
        text = text.replace(uni, ascii_)
    text = text.encode("ascii", "replace").decode("ascii")  # Fortran source stays ASCII
    m = re.search(r"(?<!e\.g)(?<!i\.e)\.(\s|$)", text)
    if m:
        text = text[: m.start() + 1]
    return text


def wrap_comment(text, indent, width=100):
    out, line = [], ""
    for word in text.split():
        if line and len(indent) + 4 + len(line) + 1 + len(word) > width:
            out.append(f"{indent}!> {line}")
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(f"{indent}!> {line}")
    return out


def wrap_list(head, items, tail, indent, cont_indent, width=100):
    """`head item, item, ... tail` with Fortran & continuation lines."""
    lines, cur = [], indent + head
    for i, item in enumerate(items):
        piece = item + (", " if i + 1 < len(items) else "")
        if len(cur) + len(piece.rstrip()) + len(tail) + 2 > width and cur.strip() != head.strip():
            lines.append(cur.rstrip() + " &")
            cur = cont_indent
        cur += piece
    lines.append(cur + tail)
    return lines


def parse_c_decl(decl):
    """'const struct sciport_mat *a' -> dict(base, ptr, const, name, dim)."""
    decl = " ".join(decl.split())
    dim = None
    m = re.match(r"(.*?)\s*\[(\d+)\]$", decl)
    if m:
        decl, dim = m.group(1), int(m.group(2))
    m = re.match(r"^(.*?)([A-Za-z_]\w*)$", decl)
    if not m:
        raise SystemExit(f"gen_interfaces.py: cannot parse declaration {decl!r}")
    typ, name = m.group(1), m.group(2)
    ptr = typ.count("*")
    words = typ.replace("*", " ").split()
    const = "const" in words
    words = [w for w in words if w not in ("const", "struct", "enum")]
    if len(words) != 1:
        raise SystemExit(f"gen_interfaces.py: cannot parse type of {decl!r}")
    return {"base": words[0], "ptr": ptr, "const": const, "name": name, "dim": dim}


def parse_header(text, prefix, struct_prefixes):
    structs, funcs = [], []
    OPAQUE.update(re.findall(r"^typedef struct (sciport_\w+) \1;", text, re.M))
    FUNPTR.update(re.findall(r"^typedef [\w ]+?\(\s*\*\s*(sciport_\w+)\s*\)\s*\(", text, re.M))
    sp = "|".join(re.escape(p) for p in struct_prefixes)
    for m in re.finditer(
            r"(?:/\*\*((?:(?!\*/).)*)\*/\s*)?\btypedef struct ((?:" + sp + r")\w+) \{(.*?)\} \2;",
            text, re.S):
        body = re.sub(r"/\*.*?\*/", "", m.group(3), flags=re.S)
        fields = [parse_c_decl(f) for f in body.split(";") if f.strip()]
        structs.append({"name": m.group(2), "doc": doc_first_sentence(m.group(1)), "fields": fields})
    for m in re.finditer(
            r"(?:/\*\*((?:(?!\*/).)*)\*/\s*)?^([A-Za-z_][\w *]*?)\s*\b(" + prefix + r"\w+)\(([^)]*)\);",
            text, re.S | re.M):
        params = m.group(4).strip()
        plist = [] if params in ("", "void") else [parse_c_decl(p) for p in params.split(",")]
        funcs.append({"ret": " ".join(m.group(2).replace("struct", " ").split()), "name": m.group(3),
                      "doc": doc_first_sentence(m.group(1)), "params": plist})
    return structs, funcs


def fortran_param(fn, p, pnames, next_param=None):
    """(declaration, imports) of one dummy argument (next_param: the one after it)."""
    base, ptr, name = p["base"], p["ptr"], p["name"]
    if ptr == 0 and base in FUNPTR:
        return f"type(c_funptr), value :: {name}  ! {base} or c_null_funptr", {"c_funptr"}
    if ptr == 1 and base == "void":
        return f"type(c_ptr), value :: {name}  ! void *", {"c_ptr"}
    if ptr == 2 and base == "sciport_error":
        return f"type(c_ptr), intent(inout) :: {name}", {"c_ptr"}
    if ptr == 2 and (base in OPAQUE or base == "char"):
        what = "a handle" if base in OPAQUE else "a static C string"
        return f"type(c_ptr), intent(inout) :: {name}  ! receives {what}", {"c_ptr"}
    if ptr == 1 and base in OPAQUE:
        return f"type(c_ptr), value :: {name}  ! {base} *", {"c_ptr"}
    if ptr == 0:
        if base not in KINDS:
            raise SystemExit(f"gen_interfaces.py: {fn}: unsupported by-value type {base}")
        return f"{KINDS[base]}, value :: {name}", {KIND_NAME[KINDS[base]]}
    if ptr != 1:
        raise SystemExit(f"gen_interfaces.py: {fn}: unsupported pointer depth for {name}")
    if base == "char":
        return f"type(c_ptr), value :: {name}  ! C string or c_null_ptr", {"c_ptr"}
    if (fn, name) in NULLABLE:
        what = f"type({base})" if base.startswith("sciport_") else KINDS.get(base, base)
        return f"type(c_ptr), value :: {name}  ! {what} * or c_null_ptr", {"c_ptr"}
    intent = "in" if p["const"] else "inout"
    counted = next_param is not None and next_param["ptr"] == 0 and next_param["base"] == "size_t" \
        and next_param["name"] == "n"
    shape = "(*)" if f"{name}_len" in pnames or f"n_{name}" in pnames or counted else ""
    if base.startswith("sciport_") and base not in KINDS:
        return f"type({base}), intent({intent}) :: {name}{shape}", {base}
    if base not in KINDS:
        raise SystemExit(f"gen_interfaces.py: {fn}: unsupported pointee type {base}")
    return f"{KINDS[base]}, intent({intent}) :: {name}{shape}", {KIND_NAME[KINDS[base]]}


def generate(structs, funcs, begin, end):
    out = [begin]
    for s in structs:
        out += wrap_comment(s["doc"] or f"{s['name']} (C struct).", "  ")
        out.append(f"  type, bind(C), public :: {s['name']}")
        for f in s["fields"]:
            if f["ptr"] >= 1:
                decl = "type(c_ptr)"
            elif f["ptr"] == 0 and f["base"] in FUNPTR:
                decl = "type(c_funptr)"
            elif f["ptr"] == 0 and f["base"] in KINDS:
                decl = KINDS[f["base"]]
            else:
                raise SystemExit(f"gen_interfaces.py: {s['name']}.{f['name']}: unsupported field type")
            dim = f"({f['dim']})" if f["dim"] else ""
            out.append(f"    {decl} :: {f['name']}{dim}")
        out.append(f"  end type {s['name']}")
        out.append("")
    out.append("  interface")
    for fn in funcs:
        cname = fn["name"]
        pnames = {p["name"] for p in fn["params"]}
        decls, imports = [], set()
        for i, p in enumerate(fn["params"]):
            nxt = fn["params"][i + 1] if i + 1 < len(fn["params"]) else None
            d, imp = fortran_param(cname, p, pnames, nxt)
            decls.append(d)
            imports |= imp
        kind = "function"
        if fn["ret"] == "sciport_status":
            fname, res, rdecl = cname + "_c", "status", "integer(c_int32_t) :: status"
            imports.add("c_int32_t")
        elif fn["ret"] == "void":
            fname, res, rdecl, kind = cname, None, None, "subroutine"
        elif fn["ret"].replace(" ", "") == "constchar*":
            fname, res, rdecl = cname, "s", "type(c_ptr) :: s  ! static C string"
            imports.add("c_ptr")
        elif fn["ret"].startswith("sciport_"):
            fname, res, rdecl = cname, "o", f"type({fn['ret']}) :: o"
            imports.add(fn["ret"])
        else:
            raise SystemExit(f"gen_interfaces.py: {cname}: unsupported return type {fn['ret']}")
        out += wrap_comment(fn["doc"] or f"{cname}.", "    ")
        args = [p["name"] for p in fn["params"]]
        head = wrap_list(f"{kind} {fname}(", args, ") &", "    ", "        ")
        out += head
        result = f" result({res})" if res else ""
        out.append(f'        bind(C, name="{cname}"){result}')
        types = sorted(i for i in imports if i.startswith("sciport_"))
        kinds = sorted(i for i in imports if not i.startswith("sciport_"))
        if types or kinds:
            out += wrap_list("import :: ", types + kinds, "", "      ", "          ")
        for d in decls:
            out.append("      " + d)
        if rdecl:
            out.append("      " + rdecl)
        out.append(f"    end {kind} {fname}")
    out.append("  end interface")
    out.append(end)
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--header", default=os.path.join(here, "..", "..", "include", "sciport.h"))
    ap.add_argument("--f90", default=os.path.join(here, "sciport.f90"))
    ap.add_argument("--check", action="store_true", help="fail if sciport.f90 is not in sync")
    args = ap.parse_args()
    with open(args.header, encoding="utf-8") as f:
        header = f.read()
    with open(args.f90, encoding="utf-8") as f:
        src = f.read()
    original, stale = src, False
    for prefix, tag, struct_prefixes in BLOCKS:
        begin, end = markers(tag)
        structs, funcs = parse_header(header, prefix, struct_prefixes)
        if not funcs:
            raise SystemExit(f"gen_interfaces.py: no {prefix}* functions in {args.header}")
        block = generate(structs, funcs, begin, end)
        b, e = src.find(begin + "\n"), src.find(end + "\n")
        if b < 0 or e < b:
            raise SystemExit(f"gen_interfaces.py: {tag} markers not found in {args.f90}")
        current = src[b:e + len(end) + 1]
        if args.check:
            if current != block:
                sys.stdout.writelines(difflib.unified_diff(
                    current.splitlines(True), block.splitlines(True), "sciport.f90 (current)",
                    "sciport.f90 (from sciport.h)"))
                stale = True
            else:
                print(f"gen_interfaces.py: {tag}: {len(structs)} types, {len(funcs)} interfaces in sync")
            continue
        src = src[:b] + block + src[e + len(end) + 1:]
        print(f"gen_interfaces.py: {tag}: {len(structs)} types, {len(funcs)} interfaces written")
    if stale:
        print("gen_interfaces.py: sciport.f90 is out of sync with include/sciport.h; "
              "run python3 bindings/fortran/gen_interfaces.py", file=sys.stderr)
        return 1
    if src != original:
        with open(args.f90, "w", encoding="utf-8") as f:
            f.write(src)
    return 0


if __name__ == "__main__":
    sys.exit(main())
