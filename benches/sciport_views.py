"""What the benchmarks share: the ctypes face of sciport's N-D views, and
the best-of-k timer."""

import ctypes as C
import time


class NdArray(C.Structure):
    """sciport_ndarray / sciport_cndarray (same layout; strides in elements)."""

    _fields_ = [("data", C.c_void_p), ("ndim", C.c_size_t),
                ("shape", C.POINTER(C.c_size_t)), ("strides", C.POINTER(C.c_ssize_t))]


def view(a):
    """A sciport view of numpy array `a`; keeps its shape/stride buffers alive."""
    shape = (C.c_size_t * a.ndim)(*a.shape)
    strides = (C.c_ssize_t * a.ndim)(*(s // a.itemsize for s in a.strides))
    v = NdArray(a.ctypes.data, a.ndim, shape, strides)
    v._keep = (a, shape, strides)
    return v


def best_time(call):
    """Best wall time of `call` after one warm-up: repeated until about 1 s
    has been spent, at least 3 times."""
    call()
    best, spent, k = float("inf"), 0.0, 0
    while spent < 1.0 or k < 3:
        t0 = time.perf_counter()
        call()
        dt = time.perf_counter() - t0
        best, spent, k = min(best, dt), spent + dt, k + 1
    return best
