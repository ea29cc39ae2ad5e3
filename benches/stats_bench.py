#!/usr/bin/env python3
"""sciport vs scipy.stats distributions on the same 10^7-point vectors, in one run.

    cargo build --release
    python benches/stats_bench.py [--lib PATH] [--n N] [--threads 1,2] [--only norm.cdf,...]

sciport is called through its C API (a `sciport_dist` handle from
sciport_stats_dist_new, then sciport_stats_dist_<method> over N-D views,
via ctypes) writing into a preallocated output. SciPy is called as a user
calls it: the frozen distribution's method (`stats.beta(2, 3).ppf(q)`),
which includes its argument checks and its output allocation. Each timing
is the best of k calls (k grows until about 1 s has been spent, at least
3). `--threads` sets sciport_set_num_threads for sciport's side (SciPy's
distribution methods are single-threaded). The ratio is sciport / scipy
(below 1: sciport is faster). Every case checks the two results agree
(largest relative difference). Cases whose family is not registered in the
library are listed as skipped. Fits (`dist.fit(data)`) are timed too.
"""

import argparse
import ctypes as C
import os

import numpy as np
import scipy
from scipy import stats

from sciport_views import NdArray, best_time, view

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIB = os.path.join(ROOT, "target", "release", "libsciport.so")


def cases(n, rng):
    """(label, family, shapes, loc, scale, method, input) per benchmarked call."""
    u = rng.random(n)
    z = rng.normal(scale=3.0, size=n)
    pos = rng.exponential(scale=5.0, size=n)
    counts = np.floor(rng.exponential(scale=8.0, size=n))
    return [
        ("norm.cdf", "norm", (), 0.0, 1.0, "cdf", z),
        ("norm.ppf", "norm", (), 0.0, 1.0, "ppf", u),
        ("norm.logpdf", "norm", (), 1.0, 2.0, "logpdf", z),
        ("beta.ppf", "beta", (2.0, 3.0), 0.0, 1.0, "ppf", u),
        ("gamma.cdf", "gamma", (2.5,), 0.0, 1.0, "cdf", pos),
        ("t.sf", "t", (5.0,), 0.0, 1.0, "sf", z),
        ("chi2.ppf", "chi2", (4.0,), 0.0, 1.0, "ppf", u),
        ("poisson.pmf", "poisson", (6.0,), 0.0, 1.0, "pmf", counts),
        ("binom.cdf", "binom", (30, 0.3), 0.0, 1.0, "cdf", counts),
    ]


def max_rel_diff(a, b):
    both = np.isfinite(a) & np.isfinite(b)
    same = np.array_equal(np.isnan(a), np.isnan(b))
    d = np.abs(a[both] - b[both]) / np.maximum(np.abs(b[both]), np.finfo(float).tiny)
    return (d.max() if d.size else 0.0), same


class Library:
    """The parts of the C API the benchmark uses."""

    def __init__(self, path):
        lib = C.CDLL(path)
        lib.sciport_version.restype = C.c_char_p
        lib.sciport_set_num_threads.argtypes = [C.c_size_t]
        lib.sciport_stats_dist_names.restype = C.c_char_p
        lib.sciport_stats_dist_new.argtypes = [C.c_char_p, C.POINTER(C.c_double), C.c_size_t,
                                               C.c_double, C.c_double, C.POINTER(C.c_void_p),
                                               C.c_void_p]
        lib.sciport_stats_dist_new.restype = C.c_int32
        lib.sciport_stats_dist_free.argtypes = [C.c_void_p]
        lib.sciport_stats_dist_fit.argtypes = [C.c_char_p, C.POINTER(C.c_double), C.c_size_t,
                                               C.c_void_p, C.POINTER(C.c_double), C.c_size_t,
                                               C.POINTER(C.c_double), C.POINTER(C.c_double),
                                               C.c_void_p]
        lib.sciport_stats_dist_fit.restype = C.c_int32
        self.lib = lib
        self.names = set(lib.sciport_stats_dist_names().decode().split(", "))

    def dist(self, family, shapes, loc, scale):
        arr = (C.c_double * len(shapes))(*shapes)
        handle = C.c_void_p()
        status = self.lib.sciport_stats_dist_new(family.encode(), arr, len(shapes), loc, scale,
                                                 C.byref(handle), None)
        if status != 0:
            raise RuntimeError(f"sciport_stats_dist_new({family}): status {status}")
        return handle

    def method(self, name):
        f = getattr(self.lib, f"sciport_stats_dist_{name}")
        f.argtypes = [C.c_void_p, C.POINTER(NdArray), C.POINTER(NdArray), C.c_void_p]
        f.restype = C.c_int32
        return f


def bench_methods(lib, args, threads, only, rng):
    for label, family, shapes, loc, scale, method, x in cases(args.n, rng):
        if only and label not in only:
            continue
        if family not in lib.names:
            print(f"{label:14} skipped: {family} is not in this library")
            continue
        dist = getattr(stats, family)
        discrete = isinstance(dist, stats.rv_discrete)
        frozen = dist(*shapes, loc=loc) if discrete else dist(*shapes, loc=loc, scale=scale)
        scipy_method = getattr(frozen, method)
        ref = scipy_method(x)
        t_scipy = best_time(lambda: scipy_method(x))
        handle = lib.dist(family, shapes, loc, scale)
        f = lib.method(method)
        ours = np.empty_like(x)
        xv, ov = view(x), view(ours)
        row = f"{label:14} {t_scipy * 1e3:9.1f}"
        for t in threads:
            lib.lib.sciport_set_num_threads(t)

            def call():
                status = f(handle, C.byref(xv), C.byref(ov), None)
                if status != 0:
                    raise RuntimeError(f"{label}: status {status}")

            dt = best_time(call)
            row += f" {dt * 1e3:14.1f} {dt / t_scipy:6.2f}"
        lib.lib.sciport_set_num_threads(0)
        lib.lib.sciport_stats_dist_free(handle)
        diff, same = max_rel_diff(ours, ref)
        row += f"  {diff:.1e}" + ("" if same else "  (NaN placement differs)")
        print(row, flush=True)


def bench_fits(lib, rng, only):
    """dist.fit(data) for a few families and sample sizes."""
    for family, shapes, size in [("norm", (), 1_000_000), ("gamma", (2.5,), 1000),
                                 ("beta", (2.0, 3.0), 1000), ("weibull_min", (1.5,), 1000)]:
        label = f"{family}.fit"
        if only and label not in only:
            continue
        if family not in lib.names:
            print(f"{label:14} skipped: {family} is not in this library")
            continue
        data = getattr(stats, family).rvs(*shapes, loc=0.5, scale=2.0, size=size, random_state=rng)
        n_shapes = len(shapes)
        t_scipy = best_time(lambda: getattr(stats, family).fit(data))
        ref = getattr(stats, family).fit(data)
        out_shapes = (C.c_double * max(n_shapes, 1))()
        loc, scale = C.c_double(), C.c_double()
        arr = data.ctypes.data_as(C.POINTER(C.c_double))

        def call():
            status = lib.lib.sciport_stats_dist_fit(family.encode(), arr, size, None, out_shapes,
                                                    n_shapes, C.byref(loc), C.byref(scale), None)
            if status != 0:
                raise RuntimeError(f"{label}: status {status}")

        dt = best_time(call)
        ours = np.array(list(out_shapes)[:n_shapes] + [loc.value, scale.value])
        diff = np.max(np.abs(ours - np.array(ref)) / np.maximum(np.abs(ref), 1.0))
        print(f"{label + ' n=' + str(size):22} {t_scipy * 1e3:9.1f} {dt * 1e3:14.1f} {dt / t_scipy:6.2f}"
              f"  {diff:.1e}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", default=DEFAULT_LIB)
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    lib = Library(args.lib)
    threads = [int(t) for t in args.threads.split(",")]
    only = set(filter(None, args.only.split(",")))
    rng = np.random.default_rng(20261208)
    print(f"sciport {lib.lib.sciport_version().decode()} vs scipy {scipy.__version__}, n = {args.n}")
    print(f"{'method':14} {'scipy ms':>9}" + "".join(f" {'sciport ' + str(t) + 't ms':>14} {'ratio':>6}" for t in threads)
          + "  max rel diff")
    bench_methods(lib, args, threads, only, rng)
    print(f"\n{'fit':22} {'scipy ms':>9} {'sciport ms':>14} {'ratio':>6}  max param diff")
    bench_fits(lib, rng, only)


if __name__ == "__main__":
    main()
