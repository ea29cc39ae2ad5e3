"""The ctypes face of sciport's N-D views, shared by the benchmarks."""

import ctypes as C


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
