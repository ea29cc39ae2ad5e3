#!/usr/bin/env python3
"""sciport vs scipy.fft on the same inputs, in one run.

    cargo build --release
    python benches/fft_bench.py            # needs numpy and scipy

sciport is called through its C API (target/release/libsciport.so, loaded with
ctypes) on caller-allocated output arrays; SciPy is called as users call it
(it allocates its output). Two timings per case and library:

* "warm"  excludes one-time planning: one warm-up call, then the best of k calls
  (k grows until about 1 s has been spent, at least 3).
* "first" includes planning: the first call on that size in a fresh process
  (best of 3 fresh processes), i.e. what a program pays once per size.

The ratio is sciport / scipy (below 1 means sciport is faster). Each case also
checks that both libraries give the same result (max error relative to the
largest magnitude), so a fast wrong answer cannot hide.
"""

import argparse
import ctypes as C
import json
import os
import subprocess
import sys
import time

import numpy as np
import scipy
import scipy.fft as sfft

from sciport_views import NdArray, view

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIB = os.path.join(ROOT, "target", "release", "libsciport.so")


class Sciport:
    """The few C functions the benchmark needs."""

    def __init__(self, path):
        self.lib = C.CDLL(path)
        P, i64, i32 = C.POINTER(NdArray), C.c_int64, C.c_int32
        err = C.c_void_p
        one_d = [P, i64, i64, C.c_char_p, i32, P, err]
        n_d = [P, C.POINTER(i64), C.c_size_t, C.POINTER(i64), C.c_size_t, C.c_char_p, i32, P, err]
        trig = [P, i32, i64, i64, C.c_char_p, i32, i32, P, err]
        for name, args in [("fft", one_d), ("rfft", one_d), ("fft2", n_d), ("dct", trig)]:
            f = getattr(self.lib, f"sciport_fft_{name}")
            f.argtypes, f.restype = args, C.c_int32
            setattr(self, name, f)

        self.lib.sciport_version.restype = C.c_char_p

    def version(self):
        return self.lib.sciport_version().decode()

    def prepare(self, kind, x, out, workers):
        """A no-argument function running one transform of `kind` from `x` into
        `out` (views built once, outside the timed call); raises on a status."""
        xv, ov = view(x), view(out)
        xp, op = C.byref(xv), C.byref(ov)
        if kind in ("fft", "rfft"):
            f, args = getattr(self, kind), (xp, -1, -1, None, workers, op, None)
        elif kind == "fft2":
            f, args = self.fft2, (xp, None, 0, None, 0, None, workers, op, None)
        else:
            f, args = self.dct, (xp, 2, -1, -1, None, workers, -1, op, None)

        def run():
            status = f(*args)
            if status != 0:
                raise RuntimeError(f"sciport_fft_{kind} returned status {status}")
        run.keep = (xv, ov)
        return run


CASES = [  # (label, kind, shape)
    ("fft 2^10", "fft", (2**10,)),
    ("fft 2^16", "fft", (2**16,)),
    ("fft 2^20", "fft", (2**20,)),
    ("fft 1000003 (prime)", "fft", (1000003,)),
    ("fft 3*5*7*2^10", "fft", (3 * 5 * 7 * 2**10,)),
    ("rfft 2^20", "rfft", (2**20,)),
    ("fft2 1024x1024", "fft2", (1024, 1024)),
    ("dct-II 2^20", "dct", (2**20,)),
]


def make_input(kind, shape):
    rng = np.random.default_rng(12345)
    if kind in ("fft", "fft2"):
        return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
    return rng.standard_normal(shape)


def scipy_call(kind, x, workers):
    if kind == "dct":
        return sfft.dct(x, 2, workers=workers)
    return getattr(sfft, kind)(x, workers=workers)


def output_for(kind, x):
    if kind == "rfft":
        return np.empty(x.shape[:-1] + (x.shape[-1] // 2 + 1,), dtype=np.complex128)
    return np.empty(x.shape, dtype=np.complex128 if kind in ("fft", "fft2") else np.float64)


def best_time(fn, budget=1.0, min_runs=3, max_runs=50):
    """Best wall time of repeated calls of `fn` (after the caller's warm-up)."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < min_runs or (spent < budget and runs < max_runs):
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best, spent, runs = min(best, dt), spent + dt, runs + 1
    return best


def warm(sp, kind, shape, workers):
    """Warm timings (planning excluded) and the agreement of the two results."""
    x = make_input(kind, shape)
    out = output_for(kind, x)
    ref = scipy_call(kind, x, workers)
    run = sp.prepare(kind, x, out, workers)
    run()
    err = float(np.max(np.abs(out - ref)) / np.max(np.abs(ref)))
    t_scipy = best_time(lambda: scipy_call(kind, x, workers))
    t_sciport = best_time(run)
    return t_scipy, t_sciport, err


def first_call_child(lib, which, kind, shape, workers):
    """In a fresh process: time of the first call (planning included)."""
    x = make_input(kind, tuple(shape))
    if which == "sciport":
        run = Sciport(lib).prepare(kind, x, output_for(kind, x), workers)
        t0 = time.perf_counter()
        run()
    else:
        t0 = time.perf_counter()
        scipy_call(kind, x, workers)
    return time.perf_counter() - t0


def first_call(lib, which, kind, shape, workers, reps=3):
    best = float("inf")
    for _ in range(reps):
        args = [sys.executable, __file__, "--child", which, kind, json.dumps(list(shape)),
                str(workers), "--lib", lib]
        res = subprocess.run(args, capture_output=True, text=True, check=True)
        best = min(best, float(res.stdout.strip()))
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lib", default=DEFAULT_LIB, help="path to libsciport.so")
    ap.add_argument("--workers", default="1,2", help="comma-separated workers values")
    ap.add_argument("--no-first", action="store_true", help="skip the first-call timings")
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        which, kind, shape, workers = args.child
        print(first_call_child(args.lib, which, kind, json.loads(shape), int(workers)))
        return 0
    if not os.path.exists(args.lib):
        sys.exit(f"{args.lib} not found: run `cargo build --release` first")
    sp = Sciport(args.lib)
    print(f"sciport {sp.version()} ({args.lib}) vs scipy {scipy.__version__}"
          f" (numpy {np.__version__}), {os.cpu_count()} cores")
    head = (f"{'case':<22}{'wk':>3} | {'warm: scipy ms':>14}{'sciport ms':>11}{'ratio':>7}"
            f" | {'first: scipy ms':>15}{'sciport ms':>11}{'ratio':>7} | {'max rel diff':>12}")
    print(head)
    print("-" * len(head))
    for label, kind, shape in CASES:
        for workers in [int(w) for w in args.workers.split(",")]:
            t_sc, t_sp, err = warm(sp, kind, shape, workers)
            line = f"{label:<22}{workers:>3} | {t_sc * 1e3:>14.3f}{t_sp * 1e3:>11.3f}{t_sp / t_sc:>7.2f}"
            if args.no_first:
                line += f" | {'-':>15}{'-':>11}{'-':>7}"
            else:
                f_sc = first_call(args.lib, "scipy", kind, shape, workers)
                f_sp = first_call(args.lib, "sciport", kind, shape, workers)
                line += f" | {f_sc * 1e3:>15.3f}{f_sp * 1e3:>11.3f}{f_sp / f_sc:>7.2f}"
            print(line + f" | {err:>12.2e}", flush=True)
    print("ratio = sciport / scipy; warm = best of k after a warm-up call (planning excluded);")
    print("first = first call on that size in a fresh process, best of 3 (planning included).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
