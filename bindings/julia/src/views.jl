# Strided N-D views of Julia arrays (sciport_ndarray / sciport_cndarray).

"""
    NdArray

Layout of the C structs `sciport_ndarray` and `sciport_cndarray` (they differ only
in the pointee type of `data`): element `(i_1, …, i_N)` (0-based) lives at
`data + sum(i_k * strides[k])` elements.
"""
struct NdArray
    data::Ptr{Cvoid}
    ndim::Csize_t
    shape::Ptr{Csize_t}
    strides::Ptr{Cptrdiff_t}
end

"Arrays whose memory sciport can read in place through `pointer` and `strides`."
const ZeroCopy{T} = Union{
    StridedArray{T},
    PermutedDimsArray{T,N,P,Q,<:StridedArray{T}} where {N,P,Q},
}

"Address of element (1, …, 1) of a zero-copy array."
_first_pointer(A::StridedArray) = pointer(A)
_first_pointer(A::PermutedDimsArray) = pointer(parent(A))

"""
    _strided(A, T)

`A` itself when its elements are `T` and sciport can read it in place, else a
converted copy `Array{T}(A)` (other element types, real to complex promotion,
non-strided wrappers).
"""
_strided(A::ZeroCopy{T}, ::Type{T}) where {T} = A
_strided(A::AbstractArray, ::Type{T}) where {T} = Array{T}(A)

"""
    _view_strides(A)

`strides(A)`, except for an array without elements, where Julia reports zero
strides (a 0×3 matrix has strides (1, 0)) that sciport rejects for outputs:
there, the column-major strides of `max.(size(A), 1)` (no element is ever read
or written, so any distinct strides are correct).
"""
function _view_strides(A::AbstractArray)
    isempty(A) || return strides(A)
    return Tuple(cumprod([1; [max(d, 1) for d in size(A)[1:end-1]]]))
end

"""
    _with_view(f, A)

Calls `f(view::Ref{NdArray})` with a view of `A`'s own memory (shape `size(A)`,
strides `strides(A)`), keeping `A` and the shape/stride buffers alive meanwhile.
"""
function _with_view(f, A::ZeroCopy)
    shape = Csize_t[size(A)...]
    strd = Cptrdiff_t[_view_strides(A)...]
    GC.@preserve A shape strd begin
        view = Ref(NdArray(Ptr{Cvoid}(_first_pointer(A)), Csize_t(ndims(A)),
                           pointer(shape), pointer(strd)))
        return f(view)
    end
end

"""
    _c_axis(axis, nd)

Converts a Sciport.jl axis (1-based; negative counts from the end) into the C
library's 0-based axis, checking the range.
"""
function _c_axis(axis::Integer, nd::Integer)
    a = axis > 0 ? axis - 1 : nd + axis
    if axis == 0 || !(0 <= a < nd)
        _argerror("axis $axis is out of range for an array of $nd dimension(s) " *
                  "(Sciport.jl numbers dimensions from 1; negative values count from the end)")
    end
    return Int64(a)
end
