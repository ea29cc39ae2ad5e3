#!/usr/bin/env python3
"""sciport vs scipy.optimize root_scalar / minimize_scalar, in one run.

    cargo build --release
    python benches/optimize_bench.py        # needs scipy and gcc

Each side is timed the way its users call it:

* "scipy"      - scipy.optimize.root_scalar / minimize_scalar called from
                 Python with Python callables (``lambda x: math.cos(x) - x``).
* "sciport C"  - sciport_optimize_root_scalar / _minimize_scalar called from
                 C with C callbacks, timed inside C (benches/optimize_bench.c,
                 compiled here with gcc -O2 against target/release/libsciport.so).
* "sciport Py" - the same sciport functions called from Python through ctypes
                 with Python callbacks (ctypes.CFUNCTYPE): what a Python user of
                 the C ABI pays; every f(x) then crosses C -> Python.

Timing: per case, the three contestants run in round-robin batches (each
batch about 2 ms); the best batch (seconds per call) counts, and rounds go on
until about --budget seconds (default 0.3) have been spent per contestant, at
least 3 rounds. Ratios are sciport / scipy (below 1 = sciport faster).

The second table shows iterations and function calls (SciPy's
``function_calls`` / ``nfev``) of both libraries, which should be identical,
and the difference of the results.
"""

import argparse
import ctypes as C
import math
import os
import subprocess
import sys
import tempfile
import time

import scipy
from scipy.optimize import minimize_scalar, root_scalar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIB = os.path.join(ROOT, "target", "release", "libsciport.so")
HELPER_SRC = os.path.join(ROOT, "benches", "optimize_bench.c")

CALLBACK = C.CFUNCTYPE(C.c_int32, C.c_double, C.POINTER(C.c_double), C.c_void_p)


class RootOptions(C.Structure):
    """sciport_root_scalar_options."""

    _fields_ = [("struct_size", C.c_size_t), ("method", C.c_char_p),
                ("bracket", C.c_double * 2), ("x0", C.c_double), ("x1", C.c_double),
                ("fprime", CALLBACK), ("fprime2", CALLBACK), ("xtol", C.c_double),
                ("rtol", C.c_double), ("maxiter", C.c_int64)]


class MinOptions(C.Structure):
    """sciport_minimize_scalar_options."""

    _fields_ = [("struct_size", C.c_size_t), ("method", C.c_char_p),
                ("bracket", C.c_double * 3), ("bracket_len", C.c_size_t),
                ("bounds", C.c_double * 2), ("tol", C.c_double), ("xatol", C.c_double),
                ("maxiter", C.c_int64)]


class RootResults(C.Structure):
    """sciport_root_results."""

    _fields_ = [("root", C.c_double), ("iterations", C.c_int64),
                ("function_calls", C.c_int64), ("converged", C.c_bool),
                ("flag", C.c_char_p)]


class MinResult(C.Structure):
    """sciport_minimize_scalar_result."""

    _fields_ = [("x", C.c_double), ("fun", C.c_double), ("nit", C.c_int64),
                ("nfev", C.c_int64), ("success", C.c_bool), ("status", C.c_int32),
                ("message", C.c_char_p)]


# The problems as Python callables (used by SciPy and by the ctypes callbacks).
def f_cos(x):
    return math.cos(x) - x


def f_cubic(x):
    return (x * x - 2.0) * x - 5.0


def f_cubic_d1(x):
    return 3.0 * x * x - 2.0


def f_cubic_d2(x):
    return 6.0 * x


def f_quad(x):
    return (x - 2.0) * (x - 2.0)


# Same order and names as CASES in optimize_bench.c: (name, SciPy call).
CASES = [
    ("root brentq", lambda: root_scalar(f_cos, bracket=[0.0, 1.0], method="brentq")),
    ("root brenth", lambda: root_scalar(f_cos, bracket=[0.0, 1.0], method="brenth")),
    ("root ridder", lambda: root_scalar(f_cos, bracket=[0.0, 1.0], method="ridder")),
    ("root bisect", lambda: root_scalar(f_cos, bracket=[0.0, 1.0], method="bisect")),
    ("root toms748", lambda: root_scalar(f_cos, bracket=[0.0, 1.0], method="toms748")),
    ("root newton", lambda: root_scalar(f_cubic, x0=2.0, fprime=f_cubic_d1, method="newton")),
    ("root secant", lambda: root_scalar(f_cubic, x0=2.0, x1=3.0, method="secant")),
    ("root halley", lambda: root_scalar(f_cubic, x0=2.0, fprime=f_cubic_d1,
                                        fprime2=f_cubic_d2, method="halley")),
    ("min brent (default)", lambda: minimize_scalar(f_quad)),
    ("min golden", lambda: minimize_scalar(f_quad, method="golden")),
    ("min bounded", lambda: minimize_scalar(f_quad, bounds=(0.0, 5.0), method="bounded")),
]


def scipy_summary(res):
    """(x, iterations, function calls) of a SciPy result."""
    if hasattr(res, "root"):
        return res.root, res.iterations, res.function_calls
    return res.x, res.nit, res.nfev


def wrap(pyfunc):
    """A sciport_scalar_func calling the Python function `pyfunc`."""
    def cb(x, out, _user_data):
        out[0] = pyfunc(x)
        return 0
    return CALLBACK(cb)


class Sciport:
    """sciport's optimize entry points via ctypes, with Python callbacks."""

    def __init__(self, path):
        self.lib = C.CDLL(path)
        lib, err = self.lib, C.c_void_p
        lib.sciport_optimize_root_scalar_options_default.restype = RootOptions
        lib.sciport_optimize_minimize_scalar_options_default.restype = MinOptions
        lib.sciport_optimize_root_scalar.argtypes = [
            CALLBACK, C.c_void_p, C.POINTER(RootOptions), C.POINTER(RootResults), err]
        lib.sciport_optimize_minimize_scalar.argtypes = [
            CALLBACK, C.c_void_p, C.POINTER(MinOptions), C.POINTER(MinResult), err]
        for name in ("sciport_optimize_root_scalar", "sciport_optimize_minimize_scalar"):
            getattr(lib, name).restype = C.c_int32
        lib.sciport_version.restype = C.c_char_p
        self.check_layouts()

    def check_layouts(self):
        """The ctypes structs must match the library's (struct_size)."""
        for fn, cls in [(self.lib.sciport_optimize_root_scalar_options_default, RootOptions),
                        (self.lib.sciport_optimize_minimize_scalar_options_default, MinOptions)]:
            size = fn().struct_size
            if size != C.sizeof(cls):
                sys.exit(f"{cls.__name__}: library says {size} bytes, ctypes {C.sizeof(cls)}")

    def version(self):
        return self.lib.sciport_version().decode()

    def prepare(self, name):
        """A no-argument function making the sciport call of case `name` with
        Python callbacks; returns (x, iterations, function calls)."""
        if name.startswith("root"):
            return self._prepare_root(name.split()[1])
        return self._prepare_min(name.split()[1])

    def _prepare_root(self, method):
        opt = self.lib.sciport_optimize_root_scalar_options_default()
        opt.method = method.encode()
        if method in ("newton", "secant", "halley"):
            f, opt.x0 = wrap(f_cubic), 2.0
            if method == "secant":
                opt.x1 = 3.0
            else:
                opt.fprime = wrap(f_cubic_d1)
            if method == "halley":
                opt.fprime2 = wrap(f_cubic_d2)
        else:
            f = wrap(f_cos)
            opt.bracket[0], opt.bracket[1] = 0.0, 1.0
        return self._caller(self.lib.sciport_optimize_root_scalar, f, opt, RootResults(),
                            lambda r: (r.root, r.iterations, r.function_calls))

    def _prepare_min(self, method):
        opt = self.lib.sciport_optimize_minimize_scalar_options_default()
        if method == "bounded":
            opt.method = b"bounded"
            opt.bounds[0], opt.bounds[1] = 0.0, 5.0
        elif method != "brent":  # "brent (default)": method NULL, as SciPy's default
            opt.method = method.encode()
        return self._caller(self.lib.sciport_optimize_minimize_scalar, f=wrap(f_quad), opt=opt,
                            out=MinResult(), summary=lambda r: (r.x, r.nit, r.nfev))

    @staticmethod
    def _caller(fn, f, opt, out, summary):
        """Binds the call's arguments once (keeping the callbacks alive)."""
        popt, pout = C.byref(opt), C.byref(out)

        def call():
            status = fn(f, None, popt, pout, None)
            if status:
                raise RuntimeError(f"sciport status {status}")
            return summary(out)
        call.keep = (f, opt, out)
        return call


def build_helper(lib_path, tmpdir):
    """Compiles optimize_bench.c against `lib_path` (rpath to its folder);
    returns the loaded helper."""
    lib_dir = os.path.dirname(os.path.abspath(lib_path))
    so = os.path.join(tmpdir, "optimize_bench_helper.so")
    cmd = ["gcc", "-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC",
           "-I", os.path.join(ROOT, "include"), HELPER_SRC, "-o", so,
           "-L", lib_dir, f"-Wl,-rpath,{lib_dir}", "-lsciport", "-lm"]
    subprocess.run(cmd, check=True)
    h = C.CDLL(so)
    h.bench_case.argtypes, h.bench_case.restype = [C.c_int, C.c_long], C.c_double
    h.run_case.argtypes = [C.c_int, C.POINTER(C.c_double), C.POINTER(C.c_int64),
                           C.POINTER(C.c_int64), C.c_char_p, C.c_size_t]
    h.run_case.restype = C.c_int
    h.case_name.argtypes, h.case_name.restype = [C.c_int], C.c_char_p
    names = [h.case_name(i).decode() for i in range(h.n_cases())]
    if names != [name for name, _ in CASES]:
        sys.exit(f"case tables differ: C {names}")
    return h


def c_run(helper, i):
    """(x, iterations, function calls) of case i called from C."""
    x, nit, nfev, msg = C.c_double(), C.c_int64(), C.c_int64(), C.create_string_buffer(256)
    status = helper.run_case(i, x, nit, nfev, msg, len(msg))
    if status:
        sys.exit(f"case {i}: sciport status {status}: {msg.value.decode()}")
    return x.value, nit.value, nfev.value


def py_batch(fn, reps):
    """Seconds per call of `fn` over `reps` calls timed in Python."""
    t0 = time.perf_counter()
    for _ in range(reps):
        fn()
    return (time.perf_counter() - t0) / reps


def c_batch(helper, i):
    """A batch function timing case i inside C."""
    def batch(reps):
        t = helper.bench_case(i, reps)
        if t < 0:
            sys.exit(f"case {i}: bench_case failed ({t})")
        return t
    return batch


def reps_for(batch, target=2e-3):
    """Calls per batch so that one batch takes about `target` seconds."""
    reps = 1
    while True:
        t = batch(reps) * reps
        if t >= target or reps >= 1 << 24:
            return max(1, int(reps * target / max(t, 1e-9)))
        reps *= 4


def time_round_robin(batches, budget):
    """Best seconds per call of each batch function, run in alternation until
    each has spent about `budget` seconds (at least 3 rounds)."""
    reps = [reps_for(b) for b in batches]
    best = [math.inf] * len(batches)
    spent = [0.0] * len(batches)
    rounds = 0
    while rounds < 3 or min(spent) < budget:
        for k, (b, n) in enumerate(zip(batches, reps)):
            t = b(n)
            best[k], spent[k] = min(best[k], t), spent[k] + t * n
        rounds += 1
    return best


def fmt_time(t):
    """Seconds as a short string in ns / us."""
    return f"{t * 1e9:8.0f} ns" if t < 1e-6 else f"{t * 1e6:8.2f} us"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default=DEFAULT_LIB, help="libsciport.so to benchmark")
    ap.add_argument("--budget", type=float, default=0.3,
                    help="seconds of timing per case and contestant (default 0.3)")
    args = ap.parse_args()
    if not os.path.exists(args.lib):
        sys.exit(f"{args.lib} not found; run `cargo build --release` first")

    sp = Sciport(args.lib)
    with tempfile.TemporaryDirectory() as tmp:
        helper = build_helper(args.lib, tmp)
        rows = [measure(sp, helper, i, name, args.budget) for i, (name, _) in enumerate(CASES)]
    print(f"sciport {sp.version()} ({args.lib}) vs scipy {scipy.__version__}, "
          f"python {sys.version.split()[0]}; best of k batches, ~{args.budget} s per cell")
    print_tables(rows)


def measure(sp, helper, i, name, budget):
    """Timings and iteration counts of case i on all three contestants."""
    scipy_call = CASES[i][1]
    py_call = sp.prepare(name)
    got = {"scipy": scipy_summary(scipy_call()), "C": c_run(helper, i), "Py": py_call()}
    t_scipy, t_c, t_py = time_round_robin(
        [lambda n: py_batch(scipy_call, n), c_batch(helper, i), lambda n: py_batch(py_call, n)],
        budget)
    return name, got, t_scipy, t_c, t_py


def print_tables(rows):
    """The timing table, then the agreement table."""
    print()
    print(f"{'case':<20} {'scipy':>11} {'sciport C':>11} {'C/scipy':>8}   "
          f"{'sciport Py-cb':>13} {'Py-cb/scipy':>11}")
    for name, _, ts, tc, tp in rows:
        print(f"{name:<20} {fmt_time(ts):>11} {fmt_time(tc):>11} {tc / ts:8.3f}   "
              f"{fmt_time(tp):>13} {tp / ts:11.3f}")
    print()
    print("sciport C: called from C with C callbacks (timed in C). sciport Py-cb: called "
          "via ctypes\nwith Python callbacks (CFUNCTYPE). scipy: called from Python with "
          "Python callables.")
    print()
    print(f"{'case':<20} {'iter scipy':>10} {'iter sciport':>12} {'fcalls scipy':>12} "
          f"{'fcalls sciport':>14} {'|x diff|':>9}  same")
    for name, got, *_ in rows:
        (xs, its, fs), (xc, itc, fc), (xp, itp, fp) = got["scipy"], got["C"], got["Py"]
        same = its == itc == itp and fs == fc == fp and xc == xp
        print(f"{name:<20} {its:>10} {itc:>12} {fs:>12} {fc:>14} {abs(xs - xc):9.1e}  "
              f"{'yes' if same else 'NO'}")
    print("same: iterations and function calls equal on scipy, sciport C and sciport Py-cb,"
          "\nand sciport's x equal bit for bit between C and Py-cb.")


if __name__ == "__main__":
    main()
