# Complex (ComplexF64) methods of Sciport.Linalg's functions (included by
# linalg.jl inside `module Linalg`): the SciPy-named functions dispatch on a
# complex element type to the `sciport_linalg_*_complex` C functions.

"Complex matrices: any element type `<: Complex` (converted to `ComplexF64`)."
const CMatrix = AbstractMatrix{<:Complex}

"Transposed wrappers of a strided complex matrix read in place (not `adjoint`, which conjugates)."
const CTransposedMatrix = Union{
    LinearAlgebra.Transpose{ComplexF64,<:StridedMatrix{ComplexF64}},
    PermutedDimsArray{ComplexF64,2,(2, 1),(2, 1),<:StridedMatrix{ComplexF64}},
}

"Complex matrices sciport reads in place."
const ZeroCopyCMatrix = Union{StridedMatrix{ComplexF64},CTransposedMatrix}

"Complex right-hand-side vectors read in place (an `n × 1` matrix for sciport)."
const ZeroCopyCVector = StridedVector{ComplexF64}

_first_pointer(A::Union{StridedMatrix{ComplexF64},ZeroCopyCVector}) = pointer(A)
_first_pointer(A::CTransposedMatrix) = pointer(parent(A))
_mat_strides(A::CTransposedMatrix) = reverse(strides(parent(A)))
_mat_strides(v::ZeroCopyCVector) = (stride(v, 1), length(v))

"`A` itself when sciport can read it in place, else a `ComplexF64` copy (real input is promoted)."
_cinput(A::ZeroCopyCMatrix) = A
_cinput(A::AbstractMatrix) = Matrix{ComplexF64}(A)
_cinput(v::ZeroCopyCVector) = v
_cinput(v::AbstractVector) = Vector{ComplexF64}(v)

"True when any of the arguments is an array of complex numbers (the complex path is taken)."
_anycomplex(xs...) = any(x -> x isa AbstractArray{<:Complex}, xs)

"""
    _eigh_complex(a, want_v, lower, check_finite, subset_by_index, subset_by_value, driver)

`sciport_linalg_eigh_complex` / `sciport_linalg_eigvalsh_complex` (the
standard Hermitian problem): real `w`, complex `v` (`nothing` when `!want_v`).
"""
function _eigh_complex(a, want_v::Bool, lower::Bool, check_finite::Bool, subset_by_index,
                       subset_by_value, driver)
    A = _cinput(a)
    n = size(A, 1)
    sbi, count = _subset_index(subset_by_index, n)
    sbv = _subset_value(subset_by_value)
    drv = _name(driver, "driver")
    w = Vector{Float64}(undef, n)
    v = want_v ? Matrix{ComplexF64}(undef, n, count === nothing ? n : count) : nothing
    mfound = Ref{Csize_t}(0)
    d = eigh_options_default()
    GC.@preserve A w v drv begin
        opts = Ref(EighOptions(d.struct_size, lower, check_finite, sbi, sbv, _cptr(drv)))
        am = Ref(_cmat(A))
        if want_v
            vm = Ref(_cmat(v))
            fp = _sym(:sciport_linalg_eigh_complex)
            _ccall_checked() do err
                @ccall $fp(am::Ref{CMat}, opts::Ref{EighOptions}, pointer(w)::Ptr{Cdouble},
                           Csize_t(n)::Csize_t, vm::Ref{CMat}, mfound::Ref{Csize_t},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        else
            fp = _sym(:sciport_linalg_eigvalsh_complex)
            _ccall_checked() do err
                @ccall $fp(am::Ref{CMat}, opts::Ref{EighOptions}, pointer(w)::Ptr{Cdouble},
                           Csize_t(n)::Csize_t, mfound::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    m = Int(mfound[])
    resize!(w, m)
    want_v || return w
    size(v, 2) == m || (v = v[:, 1:m])
    return (w = w, v = v)
end

"Rejects a `b` for the complex Hermitian eigenproblem (sciport has no complex generalized one)."
function _no_complex_b(b)
    b === nothing ||
        _argerror("eigh/eigvalsh: the generalized problem (b) is not supported for complex matrices")
    return nothing
end

"""
    eigh(a::AbstractMatrix{<:Complex}, b=nothing; lower=true, eigvals_only=false, overwrite_a=false,
         overwrite_b=false, type=1, check_finite=true, subset_by_index=nothing,
         subset_by_value=nothing, driver=nothing) -> (w=, v=)  (or `w`)

[`eigh`](@ref) of a complex Hermitian matrix (read from its `lower`/upper
triangle, the diagonal's imaginary parts ignored): real ascending `w`,
orthonormal complex `v` (unique up to unit factors). Standard problem only: a
`b` throws `SCIPORT_ERR_INVALID_ARGUMENT`.
"""
function eigh(a::CMatrix, b::Union{Nothing,AbstractMatrix} = nothing; lower::Bool = true,
              eigvals_only::Bool = false, overwrite_a::Bool = false, overwrite_b::Bool = false,
              type::Integer = 1, check_finite::Bool = true, subset_by_index = nothing,
              subset_by_value = nothing, driver = nothing)
    _no_complex_b(b)
    return _eigh_complex(a, !eigvals_only, lower, check_finite, subset_by_index, subset_by_value, driver)
end

"""
    eigvalsh(a::AbstractMatrix{<:Complex}, b=nothing; lower=true, overwrite_a=false,
             overwrite_b=false, type=1, check_finite=true, subset_by_index=nothing,
             subset_by_value=nothing, driver=nothing) -> Vector{Float64}

The real eigenvalues of a complex Hermitian matrix, ascending (standard problem only).
"""
function eigvalsh(a::CMatrix, b::Union{Nothing,AbstractMatrix} = nothing; lower::Bool = true,
                  overwrite_a::Bool = false, overwrite_b::Bool = false, type::Integer = 1,
                  check_finite::Bool = true, subset_by_index = nothing, subset_by_value = nothing,
                  driver = nothing)
    _no_complex_b(b)
    return _eigh_complex(a, false, lower, check_finite, subset_by_index, subset_by_value, driver)
end

"""
    _eig_complex!(A, B, check_finite, homogeneous, w, vl, vr)

`sciport_linalg_eig_complex` (`_eigvals_complex` when `vl` and `vr` are both
`nothing`) into the given outputs, as [`_eig!`](@ref) for complex `A`/`B`.
"""
_eig_complex!(A::ZeroCopyCMatrix, B::Union{Nothing,ZeroCopyCMatrix}, check_finite::Bool,
              homogeneous::Bool, w::Vector{ComplexF64},
              vl::Union{Nothing,StridedMatrix{ComplexF64}},
              vr::Union{Nothing,StridedMatrix{ComplexF64}}) =
    _eig!(A, B, check_finite, homogeneous, w, vl, vr)

"`nothing`, or the matrix `b` as a complex matrix sciport reads (in place when strided)."
_opt_cmatrix(b::Nothing) = nothing
_opt_cmatrix(b::AbstractMatrix) = _cinput(b)

"""
    _eig_complex(a, b, left, right, check_finite, homogeneous_eigvals)

[`eig`](@ref) with complex `a` or `b` (the other promoted): results as the real
method's, from `sciport_linalg_eig_complex`.
"""
function _eig_complex(a, b, left::Bool, right::Bool, check_finite::Bool, homogeneous_eigvals::Bool)
    A = _cinput(a)
    B = _opt_cmatrix(b)
    n = size(A, 1)
    w = Vector{ComplexF64}(undef, homogeneous_eigvals ? 2n : n)
    vl = left ? Matrix{ComplexF64}(undef, n, n) : nothing
    vr = right ? Matrix{ComplexF64}(undef, n, n) : nothing
    _eig_complex!(A, B, check_finite, homogeneous_eigvals, w, vl, vr)
    W = _eig_w(w, n, homogeneous_eigvals)
    left && right && return (w = W, vl = vl, vr = vr)
    left && return (w = W, vl = vl)
    right && return (w = W, vr = vr)
    return W
end

