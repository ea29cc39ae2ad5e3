#!/usr/bin/env python3
"""sciport vs scipy.special on the same 10^7-point vectors, in one run.

    cargo build --release
    python benches/special_bench.py [--lib PATH] [--n N] [--threads 1,2] [--only erf,ndtr]

sciport is called through its C API (libsciport.so via ctypes) writing into a
preallocated output; SciPy is called with `out=` too, so neither side pays for
allocation. Each timing is the best of k calls (k grows until about 1 s has been
spent, at least 3). `--threads` sets sciport_set_num_threads for sciport's side
(SciPy's ufuncs are single-threaded). The ratio is sciport / scipy (below 1:
sciport is faster). Every case also checks the two results agree (largest
relative difference), so a fast wrong answer cannot hide.
"""

import argparse
import ctypes as C
import os

import numpy as np
import scipy
import scipy.special as sc

from sciport_views import NdArray, best_time, view

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIB = os.path.join(ROOT, "target", "release", "libsciport.so")


def cases(n, rng):
    """(name, inputs) for each benchmarked function: inputs on the domains
    users evaluate (tails included)."""
    u = rng.random(n)
    z = rng.normal(scale=3.0, size=n)
    pos = rng.exponential(scale=20.0, size=n)
    return [
        ("erf", [z]),
        ("erfc", [z]),
        ("ndtr", [z * 3]),
        ("log_ndtr", [z * 3]),
        ("ndtri", [u]),
        ("gammaln", [pos]),
        ("digamma", [pos]),
        ("expit", [z]),
        ("gammainc", [rng.exponential(scale=10.0, size=n) + 0.1, pos]),
        ("gammaincc", [rng.exponential(scale=10.0, size=n) + 0.1, pos]),
        ("xlogy", [z, pos]),
        ("gammaincinv", [rng.exponential(scale=10.0, size=n) + 0.1, u]),
        ("beta", [rng.exponential(scale=5.0, size=n) + 0.01, rng.exponential(scale=5.0, size=n) + 0.01]),
        ("betaln", [pos + 0.01, rng.exponential(scale=200.0, size=n) + 0.01]),
        ("binom", [np.floor(pos * 3), np.floor(rng.exponential(scale=10.0, size=n))]),
        ("betainc", [rng.exponential(scale=10.0, size=n) + 0.05, rng.exponential(scale=10.0, size=n) + 0.05, u]),
        ("betaincc", [rng.exponential(scale=10.0, size=n) + 0.05, rng.exponential(scale=10.0, size=n) + 0.05, u]),
        ("betaincinv", [rng.exponential(scale=10.0, size=n) + 0.05, rng.exponential(scale=10.0, size=n) + 0.05, u]),
        ("stdtr", [rng.exponential(scale=10.0, size=n) + 0.5, z]),
        ("stdtrit", [rng.exponential(scale=10.0, size=n) + 0.5, u]),
        ("fdtr", [np.ceil(rng.exponential(scale=10.0, size=n)), np.ceil(rng.exponential(scale=10.0, size=n)), pos / 10]),
        ("bdtr", [np.floor(u * 100), np.full(n, 100.0), rng.random(n)]),
        ("pdtr", [np.floor(pos), pos]),
        ("chdtr", [np.ceil(rng.exponential(scale=10.0, size=n)), pos]),
        ("ellipk", [u]),
        ("ellipe", [u]),
        ("ellipkinc", [z, u]),
        ("ellipeinc", [z, u]),
        ("lambertw", [pos, np.zeros(n)]),
        ("zeta", [pos + 1.01, pos]),
        ("riemann_zeta", [z * 3]),
        ("zetac", [pos + 1.01]),
        ("kolmogorov", [pos / 20]),
        ("kolmogi", [u]),
        ("owens_t", [z, rng.normal(scale=3.0, size=n)]),
        ("exprel", [z]),
        ("cosm1", [z]),
        ("powm1", [pos / 10, z]),
        ("sindg", [z * 100]),
        ("tandg", [z * 100]),
        ("smirnov", [np.floor(u * 50) + 1, rng.random(n) * 0.5]),
        ("smirnovi", [np.floor(u * 50) + 1, rng.random(n)]),
        ("iv", [np.floor(u * 10) + 0.3, pos]),
        ("kv", [np.floor(u * 10) + 0.3, pos]),
        ("i0", [z * 5]),
        ("i0e", [z * 5]),
        ("i1", [z * 5]),
        ("k0", [pos / 5]),
        ("k1", [pos / 5]),
        ("jv", [np.floor(u * 10) + 0.3, pos]),
        ("yv", [np.floor(u * 10) + 0.3, pos]),
        ("j0", [pos]),
        ("j1", [pos]),
        ("y0", [pos]),
        ("y1", [pos]),
        ("comb", [np.floor(pos * 3), np.floor(rng.exponential(scale=10.0, size=n))]),
        ("perm", [np.floor(pos * 3), np.floor(rng.exponential(scale=5.0, size=n))]),
        ("factorial", [np.floor(pos * 3)]),
        ("factorial2", [np.floor(pos * 6)]),
        ("betainc_large", [rng.exponential(scale=1e4, size=n) + 100, rng.exponential(scale=1e4, size=n) + 100, u]),
    ]


# SciPy's spelling where it differs from sciport's: zeta(x) with q omitted;
# lambertw's complex result, whose real part is what sciport returns.
SCIPY_SPELLING = {
    "riemann_zeta": lambda x, out: sc.zeta(x, out=out),
    # comb, perm and the factorials are Python functions without out=.
    "comb": lambda n, k, out: np.copyto(out, sc.comb(n, k)),
    "perm": lambda n, k, out: np.copyto(out, sc.perm(n, k)),
    "factorial": lambda n, out: np.copyto(out, sc.factorial(n)),
    "factorial2": lambda n, out: np.copyto(out, sc.factorial2(n.astype(int))),
    "lambertw": lambda x, k, out: np.copyto(out, sc.lambertw(x, k.astype(int)).real),
}


def max_rel_diff(a, b):
    both = np.isfinite(a) & np.isfinite(b)
    same_special = np.array_equal(np.isnan(a), np.isnan(b)) and np.array_equal(a[~both & ~np.isnan(a)], b[~both & ~np.isnan(b)])
    d = np.abs(a[both] - b[both]) / np.maximum(np.abs(b[both]), np.finfo(float).tiny)
    return (d.max() if d.size else 0.0), same_special


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", default=DEFAULT_LIB)
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    lib = C.CDLL(args.lib)
    lib.sciport_version.restype = C.c_char_p
    lib.sciport_set_num_threads.argtypes = [C.c_size_t]
    threads = [int(t) for t in args.threads.split(",")]
    only = set(filter(None, args.only.split(",")))
    rng = np.random.default_rng(20261207)
    print(f"sciport {lib.sciport_version().decode()} vs scipy {scipy.__version__}, n = {args.n}")
    header = f"{'function':12} {'scipy ms':>9}" + "".join(f" {'sciport ' + str(t) + 't ms':>14} {'ratio':>6}" for t in threads) + "  max rel diff"
    print(header)
    for name, inputs in cases(args.n, rng):
        if only and name not in only:
            continue
        ref = np.empty(args.n)
        base = name.split("_large")[0]
        ufunc = SCIPY_SPELLING.get(base) or getattr(sc, base)
        t_scipy = best_time(lambda: ufunc(*inputs, out=ref))
        ours = np.empty(args.n)
        f = getattr(lib, f"sciport_special_{base}")
        views = [view(x) for x in inputs] + [view(ours)]
        f.argtypes = [C.POINTER(NdArray)] * len(views) + [C.c_void_p]
        f.restype = C.c_int32
        ptrs = [C.byref(v) for v in views]
        if base == "comb":  # the repetition flag before out
            f.argtypes = f.argtypes[:2] + [C.c_bool] + f.argtypes[2:]
            ptrs = ptrs[:2] + [False] + ptrs[2:]
        row = f"{name:12} {t_scipy * 1e3:9.1f}"
        for t in threads:
            lib.sciport_set_num_threads(t)

            def call():
                status = f(*ptrs, None)
                if status != 0:
                    raise RuntimeError(f"sciport_special_{name}: status {status}")

            dt = best_time(call)
            row += f" {dt * 1e3:14.1f} {dt / t_scipy:6.2f}"
        lib.sciport_set_num_threads(0)
        diff, same = max_rel_diff(ours, ref)
        row += f"  {diff:.1e}" + ("" if same else "  (NaN/inf placement differs)")
        print(row, flush=True)
    bench_axis(lib, args.n, threads, only, rng)


def axis_cases(n, rng):
    """(name, SciPy call, sciport function, input, axes, has_b) for the reductions."""
    rows = rng.normal(scale=30.0, size=(n // 100, 100))
    flat = rows.ravel()
    weights = rng.uniform(0.5, 2.0, size=rows.shape)
    return [
        ("logsumexp_rows", lambda out: np.copyto(out, sc.logsumexp(rows, axis=-1)), "logsumexp", rows, [-1], None),
        ("logsumexp_b", lambda out: np.copyto(out, sc.logsumexp(rows, axis=-1, b=weights)), "logsumexp", rows, [-1], weights),
        ("logsumexp_all", lambda out: np.copyto(out, sc.logsumexp(flat)), "logsumexp", flat, None, None),
        ("softmax_rows", lambda out: np.copyto(out, sc.softmax(rows, axis=-1)), "softmax", rows, [-1], None),
        ("log_softmax_rows", lambda out: np.copyto(out, sc.log_softmax(rows, axis=-1)), "log_softmax", rows, [-1], None),
    ]


def bench_axis(lib, n, threads, only, rng):
    """logsumexp, softmax and log_softmax of a (n/100, 100) matrix (and of n values)."""
    for name, scipy_call, fname, x, axes, b in axis_cases(n, rng):
        if only and name not in only:
            continue
        reduced = fname == "logsumexp"
        shape = (x.shape[0],) if reduced and axes else (1,) if reduced else x.shape
        ref, ours = np.empty(shape), np.empty(shape)
        t_scipy = best_time(lambda: scipy_call(ref))
        f = getattr(lib, f"sciport_special_{fname}")
        f.restype = C.c_int32
        axes_arr = (C.c_int64 * len(axes or []))(*(axes or []))
        xv, ov = view(x), view(ours)
        if reduced:
            bv = view(b) if b is not None else None
            f.argtypes = [C.POINTER(NdArray), C.c_void_p, C.c_size_t, C.c_void_p,
                          C.POINTER(NdArray), C.c_void_p, C.c_void_p]
            args = [C.byref(xv), C.cast(axes_arr, C.c_void_p), len(axes or []),
                    C.cast(C.byref(bv), C.c_void_p) if bv else None, C.byref(ov), None, None]
        else:
            f.argtypes = [C.POINTER(NdArray), C.c_void_p, C.c_size_t, C.POINTER(NdArray), C.c_void_p]
            args = [C.byref(xv), C.cast(axes_arr, C.c_void_p), len(axes or []), C.byref(ov), None]
        row = f"{name:12} {t_scipy * 1e3:9.1f}"
        for t in threads:
            lib.sciport_set_num_threads(t)

            def call():
                status = f(*args)
                if status != 0:
                    raise RuntimeError(f"sciport_special_{fname}: status {status}")

            dt = best_time(call)
            row += f" {dt * 1e3:14.1f} {dt / t_scipy:6.2f}"
        lib.sciport_set_num_threads(0)
        diff, same = max_rel_diff(ours.ravel(), ref.ravel())
        row += f"  {diff:.1e}" + ("" if same else "  (NaN/inf placement differs)")
        print(row, flush=True)


if __name__ == "__main__":
    main()
