#!/usr/bin/env python3
"""Reference data for sciport's fft area, produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_fft.py

It writes tests/reference/fft/{fft1d,fftnd,trig,helpers}.json. The Rust tests
(tests/fft_reference.rs) read these files and need no Python.

Inputs are not stored: they are regenerated on both sides by the same tiny
counter-based generator (SplitMix64). Draw i (i = 1, 2, ...) of seed s is

    z = s + i * 0x9E3779B97F4A7C15                  (mod 2**64)
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9        (mod 2**64)
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB        (mod 2**64)
    z =  z ^ (z >> 31)
    value = (z >> 11) * 2**-52 - 1                  (an exact double in [-1, 1))

A real array of shape S holds draws 1..prod(S) in C order; a complex array holds
2*prod(S) draws, interleaved (re, im). A case may instead give explicit values
(SciPy's own test inputs).

Outputs are stored in C order, complex values interleaved (re, im). Outputs with
more than FULL_LIMIT elements are stored as a fixed sample of flat indices plus
the maximum magnitude and the 2-norm of the whole output.
"""

import itertools
import json
import os
import sys

import numpy as np
import scipy
import scipy.fft as sfft

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fft")
FULL_LIMIT = 512
MASK = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15
NORMS = [None, "backward", "ortho", "forward"]


def draws(seed, count):
    """`count` doubles in [-1, 1) from the SplitMix64 stream of `seed`."""
    with np.errstate(over="ignore"):
        i = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(seed) + i * np.uint64(GAMMA)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-52 - 1.0


class Seeds:
    """Hands out a fresh seed per case so every input differs."""

    def __init__(self):
        self.next = 1

    def take(self):
        self.next += 1
        return self.next * 1000003


def make_input(spec):
    """The logical input array described by a case's "x" entry."""
    shape = tuple(spec["shape"])
    size = int(np.prod(shape))
    if "values" in spec:
        flat = np.array(spec["values"], dtype=np.float64)
    else:
        count = size * (2 if spec["complex"] else 1)
        flat = draws(spec["seed"], count)
    if spec["complex"]:
        return (flat[0::2] + 1j * flat[1::2]).reshape(shape)
    return flat.reshape(shape)


def flatten(y):
    """C-order flat list of doubles; complex values interleaved (re, im)."""
    y = np.ascontiguousarray(y)
    if np.iscomplexobj(y):
        return np.column_stack([y.real.ravel(), y.imag.ravel()]).ravel()
    return y.astype(np.float64).ravel()


def sample_indices(size):
    """Fixed flat indices checked for large outputs: both ends plus a spread."""
    spread = (np.arange(64, dtype=np.int64) * (size // 64) + 37) % size
    ends = np.concatenate([np.arange(min(8, size)), np.arange(max(size - 8, 0), size)])
    return np.unique(np.concatenate([ends, spread]))


def record_output(case, y):
    """Stores SciPy's result `y` into `case` (full or sampled)."""
    y = np.asarray(y)
    case["shape"] = list(y.shape)
    case["complex"] = bool(np.iscomplexobj(y))
    mags = np.abs(y)
    case["max_abs"] = float(mags.max()) if y.size else 0.0
    case["l2"] = float(np.sqrt(np.sum(mags.astype(np.float64) ** 2)))
    if y.size <= FULL_LIMIT:
        case["data"] = flatten(y).tolist()
    else:
        idx = sample_indices(y.size)
        case["sample_idx"] = idx.tolist()
        case["sample"] = flatten(y.ravel()[idx]).tolist()


def run_case(case, func):
    """Evaluates one case with SciPy, recording the output or the error."""
    x = make_input(case["x"])
    kw = {k: v for k, v in case["kw"].items() if v is not None or k == "norm"}
    if "s" in kw:
        kw["s"] = tuple(kw["s"])
    if "axes" in kw:
        kw["axes"] = tuple(kw["axes"])
    try:
        y = func(x, **kw)
    except (ValueError, RuntimeError) as e:  # DCT-I of length 1 is a RuntimeError
        case["error"] = f"{type(e).__name__}: {e}"
        return case
    record_output(case, y)
    return case


def case(name, func, x, **kw):
    """Builds and evaluates a transform case."""
    c = {"name": name, "func": func, "x": x, "kw": kw}
    return run_case(c, getattr(sfft, func))


def xspec(seeds, shape, is_complex):
    return {"seed": seeds.take(), "shape": list(shape), "complex": is_complex}


ONE_D = {  # name -> input is complex
    "fft": True, "ifft": True, "rfft": False, "irfft": True, "hfft": True, "ihfft": False,
}
LENGTHS = [1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 64, 97, 100, 128, 243, 720, 1009, 1024,
           4096, 3 * 5 * 7 * 2**10, 100003]


def one_d_cases(seeds):
    cases = []
    for func, cplx in ONE_D.items():
        for length in LENGTHS:
            # (irfft/hfft of length 1 with the default n = 0 is SciPy's ValueError.)
            for norm in NORMS:
                if length > 4096 and norm is None:
                    continue
                cases.append(case(f"{func}/len={length}/norm={norm}", func,
                                  xspec(seeds, [length], cplx), n=None, axis=-1, norm=norm))
        # n: zero padding and truncation, odd and even.
        for length, ns in [(16, [1, 2, 5, 15, 16, 17, 32]), (17, [3, 8, 9, 30, 34]),
                           (1009, [1000, 1024, 2018]), (1024, [720, 1009])]:
            for k, n in enumerate(ns):
                norm = NORMS[1 + k % 3]
                cases.append(case(f"{func}/len={length}/n={n}/norm={norm}", func,
                                  xspec(seeds, [length], cplx), n=n, axis=-1, norm=norm))
        # Any axis of a 3-D array, with and without n.
        for k, axis in enumerate([0, 1, 2, -1, -2, -3]):
            norm = NORMS[k % 4]
            for n in [None, 7]:
                cases.append(case(f"{func}/3d/axis={axis}/n={n}/norm={norm}", func,
                                  xspec(seeds, [4, 5, 6], cplx), n=n, axis=axis, norm=norm))
        cases.append(case(f"{func}/batch", func, xspec(seeds, [60, 100], cplx), n=None,
                          axis=0, norm="ortho"))
        # Empty input: an error without n, zeros with n (SciPy's behaviour).
        for n in [None, 4]:
            cases.append(case(f"{func}/empty/n={n}", func, xspec(seeds, [0], cplx), n=n,
                              axis=-1, norm=None))
        cases.append(case(f"{func}/empty-batch", func, xspec(seeds, [0, 5], cplx), n=None,
                          axis=1, norm=None))
        for n in [0, -2]:
            c = case(f"{func}/error/n={n}", func, xspec(seeds, [8], cplx), n=n, axis=-1,
                     norm=None)
            if "error" not in c:
                # SciPy's irfft/hfft accept n=0 and return one sample (pocketfft
                # quirk); the issue requires n = 0 to be an error, so it is one here.
                c = {k: v for k, v in c.items() if k in ("name", "func", "x", "kw")}
                c["error"] = "n = 0 is rejected by sciport (SciPy quirk: returns 1 sample)"
            cases.append(c)
    return cases


def axes_specs(ndim):
    """Every non-empty subset of the axes in every order, plus negative spellings."""
    specs = []
    for r in range(1, ndim + 1):
        for perm in itertools.permutations(range(ndim), r):
            specs.append(list(perm))
    specs += [[-1], [-2, -1], [0, -1], [-1, -3], [-3, -2, -1]]
    return specs


ND = {  # N-D function -> input is complex
    "fftn": True, "ifftn": True, "rfftn": False, "irfftn": True,
    "fft2": True, "ifft2": True, "rfft2": False, "irfft2": True,
}


def nd_cases(seeds):
    cases = []
    shape = [4, 5, 6]
    for func in ["fftn", "ifftn", "rfftn", "irfftn"]:
        cplx = ND[func]
        for k, axes in enumerate(axes_specs(3)):
            for norm in NORMS[1:] if k % 4 == 0 else [NORMS[k % 4]]:
                cases.append(case(f"{func}/axes={axes}/norm={norm}", func,
                                  xspec(seeds, shape, cplx), s=None, axes=axes, norm=norm))
        cases.append(case(f"{func}/batch", func, xspec(seeds, [16, 20, 24], cplx),
                          s=None, axes=[2, 0], norm=None))
        cases.append(case(f"{func}/empty-batch", func, xspec(seeds, [0, 5, 3], cplx),
                          s=None, axes=[1, 2], norm=None))
        cases.append(case(f"{func}/axes=None", func, xspec(seeds, shape, cplx),
                          s=None, axes=None, norm=None))
        for k, (s, axes) in enumerate([([3, 8, 4], None), ([7, 3], None), ([9], None),
                                       ([6, 3], [0, 2]), ([3, 6], [2, 0]),
                                       ([-1, 9], [1, 2]), ([2, 2, 11], [2, 0, 1]),
                                       ([5, -1, 7], None)]):
            norm = NORMS[k % 4]
            cases.append(case(f"{func}/s={s}/axes={axes}/norm={norm}", func,
                              xspec(seeds, shape, cplx), s=s, axes=axes, norm=norm))
        for other in [[7], [3, 8], [2, 3, 4, 5]]:
            cases.append(case(f"{func}/shape={other}", func, xspec(seeds, other, cplx),
                              s=None, axes=None, norm="ortho"))
        cases.append(case(f"{func}/error/s=0", func, xspec(seeds, shape, cplx),
                          s=[0, 4], axes=[0, 1], norm=None))
    for func in ["fft2", "ifft2", "rfft2", "irfft2"]:
        cplx = ND[func]
        for k, (s, axes) in enumerate([(None, None), (None, [0, 1]), (None, [1, 0]),
                                       (None, [0, 2]), (None, [2, 0]), (None, [-1, -3]),
                                       ([5, 9], None), ([3, 4], [2, 0]), ([8, -1], [0, 1])]):
            for norm in NORMS if k == 0 else [NORMS[k % 4]]:
                cases.append(case(f"{func}/s={s}/axes={axes}/norm={norm}", func,
                                  xspec(seeds, shape, cplx), s=s, axes=axes, norm=norm))
        cases.append(case(f"{func}/2d", func, xspec(seeds, [6, 7], cplx),
                          s=None, axes=None, norm="forward"))
    return cases


TRIG_1D = ["dct", "idct", "dst", "idst"]
TRIG_ND = ["dctn", "idctn", "dstn", "idstn"]
ORTHO = [None, True, False]
TRIG_LENGTHS = [1, 2, 3, 4, 5, 7, 8, 10, 16, 17, 64, 100, 1009, 4096]


def trig_cases(seeds):
    cases = []
    for func in TRIG_1D:
        for t in [1, 2, 3, 4]:
            for length in TRIG_LENGTHS:
                for norm in NORMS:
                    for orth in ORTHO:
                        if length > 1000 and orth is False:
                            continue
                        cases.append(case(
                            f"{func}/type={t}/len={length}/norm={norm}/orth={orth}", func,
                            xspec(seeds, [length], False), type=t, n=None, axis=-1,
                            norm=norm, orthogonalize=orth))
            for k, (length, n) in enumerate([(10, 7), (10, 16), (9, 2), (8, 1), (5, 0)]):
                norm = NORMS[k % 4]
                cases.append(case(f"{func}/type={t}/len={length}/n={n}/norm={norm}", func,
                                  xspec(seeds, [length], False), type=t, n=n, axis=-1,
                                  norm=norm, orthogonalize=None))
            for k, axis in enumerate([0, 1, 2, -2]):
                cases.append(case(f"{func}/type={t}/3d/axis={axis}", func,
                                  xspec(seeds, [4, 5, 6], False), type=t, n=None,
                                  axis=axis, norm=NORMS[k % 4], orthogonalize=None))
            # A batch big enough to be split between threads.
            cases.append(case(f"{func}/type={t}/batch", func, xspec(seeds, [100, 60], False),
                              type=t, n=None, axis=0, norm=None, orthogonalize=None))
        for n in [None, 4]:
            cases.append(case(f"{func}/empty/n={n}", func, xspec(seeds, [0], False), type=2,
                              n=n, axis=-1, norm=None, orthogonalize=None))
        cases.append(case(f"{func}/error/type=5", func, xspec(seeds, [8], False), type=5,
                          n=None, axis=-1, norm=None, orthogonalize=None))
    shape = [4, 5, 6]
    for func in TRIG_ND:
        for t in [1, 2, 3, 4]:
            for k, axes in enumerate(axes_specs(3)):
                norm = NORMS[(k + t) % 4]
                orth = ORTHO[(k // 4 + t) % 3]
                cases.append(case(f"{func}/type={t}/axes={axes}/norm={norm}/orth={orth}",
                                  func, xspec(seeds, shape, False), type=t, s=None,
                                  axes=axes, norm=norm, orthogonalize=orth))
            for k, (s, axes) in enumerate([(None, None), ([3, 8, 4], None), ([7, 3], None),
                                           ([6, 3], [0, 2]), ([3, 6], [2, 0]),
                                           ([-1, 9], [1, 2])]):
                for norm in NORMS:
                    orth = ORTHO[(k + t) % 3]
                    cases.append(case(
                        f"{func}/type={t}/s={s}/axes={axes}/norm={norm}/orth={orth}", func,
                        xspec(seeds, shape, False), type=t, s=s, axes=axes, norm=norm,
                        orthogonalize=orth))
    return cases


def freq_cases():
    cases = []
    for func in ["fftfreq", "rfftfreq"]:
        for n in [1, 2, 8, 9, 10, 101, 1000]:
            for d in [1.0, 0.1, np.pi, 2.5, -0.5]:
                y = getattr(sfft, func)(n, d)
                c = {"name": f"{func}/n={n}/d={d}", "func": func, "n": n, "d": d}
                record_output(c, y)
                cases.append(c)
    return cases


SHIFT_VALUES = [  # SciPy's test_helper.py TestFFTShift inputs
    ([0., 1, 2, 3, 4, -4, -3, -2, -1], [9]),
    ([0., 1, 2, 3, 4, -5, -4, -3, -2, -1], [10]),
    ([0., 1, 2, 3, 4, -4, -3, -2, -1], [3, 3]),
    ([0., 1, 2, 3, 4, 5], [3, 2]),
]


def shift_cases(seeds):
    cases = []
    for func in ["fftshift", "ifftshift"]:
        for values, shape in SHIFT_VALUES:
            axes_list = [None] + [[a] for a in range(len(shape))]
            if len(shape) == 2:
                axes_list += [[0, 1], [1, 0]]
            for axes in axes_list:
                x = {"values": values, "shape": shape, "complex": False}
                cases.append(case(f"{func}/scipy{shape}/axes={axes}", func, x, axes=axes))
        for cplx in [False, True]:
            for shape in [[1], [2], [7], [3, 4, 5], [1, 2, 7]]:
                specs = [None] + ([a for a in axes_specs(3) if len(a) < 3] if len(shape) == 3
                                  else [[-1]])
                for axes in specs:
                    cases.append(case(f"{func}/{shape}/complex={cplx}/axes={axes}", func,
                                      xspec(seeds, shape, cplx), axes=axes))
    return cases


HAMS = {  # SciPy's test_helper.py next_fast_len(x, True) table
    1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 8, 8: 8, 14: 15, 15: 15, 16: 16, 17: 18,
    1021: 1024, 1536: 1536, 51200000: 51200000,
    510183360: 510183360, 510183360 + 1: 512000000, 511000000: 512000000,
    854296875: 854296875, 854296875 + 1: 859963392,
    196608000000: 196608000000, 196608000000 + 1: 196830000000,
    8789062500000: 8789062500000, 8789062500000 + 1: 8796093022208,
    206391214080000: 206391214080000, 206391214080000 + 1: 206624260800000,
    470184984576000: 470184984576000, 470184984576000 + 1: 470715894135000,
    7222041363087360: 7222041363087360, 7222041363087360 + 1: 7230196133913600,
    11920928955078125: 11920928955078125, 11920928955078125 - 1: 11920928955078125,
    16677181699666569: 16677181699666569, 16677181699666569 - 1: 16677181699666569,
    18014398509481984: 18014398509481984, 18014398509481984 - 1: 18014398509481984,
    19200000000000000: 19200000000000000, 19200000000000000 + 1: 19221679687500000,
    288230376151711744: 288230376151711744, 288230376151711744 + 1: 288325195312500000,
    288325195312500000 - 1: 288325195312500000, 288325195312500000: 288325195312500000,
    288325195312500000 + 1: 288555831593533440,
}


def fast_len_cases():
    targets = sorted(set(range(0, 1001)) | {2**5 * 3**5 * 4**5 + 1, 12345, 100003, 1000003}
                     | set(HAMS) | {2**40 + 1, 3**30 + 7, 10**15 + 1})
    cases = []
    for real in [False, True]:
        for t in targets:
            got = sfft.next_fast_len(t, real)
            if real and t in HAMS:
                assert got == HAMS[t], (t, got)
            cases.append({"target": t, "real": real, "value": int(got)})
    return cases


def fast_len_errors():
    """Targets SciPy rejects as too large (ValueError)."""
    errors = []
    for t in [2**62, 2**63, 2**64 - 1]:
        for real in [False, True]:
            try:
                sfft.next_fast_len(t, real)
            except (ValueError, OverflowError) as e:
                errors.append({"target": t, "real": real, "error": str(e)})
    return errors


def write(name, payload):
    payload = {"scipy": scipy.__version__, "numpy": np.__version__,
               "generator": "splitmix64 counter; see tests/reference/gen_fft.py", **payload}
    path = os.path.join(OUT_DIR, name)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"))
        f.write("\n")
    n = len(payload.get("cases", []))
    print(f"{path}: {n} cases, {os.path.getsize(path) / 1e6:.2f} MB")


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    seeds = Seeds()
    write("fft1d.json", {"cases": one_d_cases(seeds)})
    write("fftnd.json", {"cases": nd_cases(seeds)})
    write("trig.json", {"cases": trig_cases(seeds)})
    write("helpers.json", {"cases": freq_cases() + shift_cases(seeds),
                           "next_fast_len": fast_len_cases(),
                           "next_fast_len_errors": fast_len_errors(),
                           "generator_check": {"seed": 12345, "values": draws(12345, 16).tolist()}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
