# scipy.linalg (real double matrices): the `Sciport.Linalg` submodule.

"""
    Sciport.Linalg

`scipy.linalg` for real (`Float64`) and complex (`ComplexF64`) matrices from the sciport C library, with
SciPy's names, keywords and defaults: `solve`, `solve_triangular`, `lu`, `lu_factor`,
`lu_solve`, `ldl`, `cho_factor`, `cho_solve`, `cholesky`, `inv`, `det`, `svd`,
`svdvals`, `eigh`, `eigvalsh`, `eig`, `eigvals`, `hessenberg`, `polar`, `expm`; `qr`, `qr_raw`, `rq`, `lstsq`, `pinv`,
`matrix_rank` (NumPy's), `null_space`, `orth`, `norm`, `vector_norm`;
`solve_banded`, `solveh_banded`, `solve_toeplitz`, `solve_circulant`,
`toeplitz`, `circulant`, `hilbert`, `kron` (NumPy's), `block_diag`; `schur`,
`solve_sylvester` (and `solve_sylvester_perturbed`), `solve_continuous_lyapunov`,
`solve_discrete_lyapunov`, `solve_continuous_are`, `solve_discrete_are`, `sqrtm`, `logm`. Nothing
is exported (several names clash with `LinearAlgebra`: `lu`, `qr`, `pinv`, `norm`, `eigvals`, `hessenberg`, …): call `Sciport.Linalg.solve(a, b)`, or
`import Sciport.Linalg as SL` (Julia ≥ 1.6) / `const SL = Sciport.Linalg`.

# Matrices
`Matrix{Float64}` and strided views of it (`view` with ranges, including negative
and non-unit steps), `transpose`/`adjoint` of such a matrix and
`PermutedDimsArray(A, (2, 1))` are passed **without copies**: sciport receives
`data = pointer`, `row_stride, col_stride = strides(A)` of the logical matrix
Julia shows. Anything else (integers, `Float32`, `Symmetric`, …) is converted to
`Matrix{Float64}` first. Right-hand sides `b` may be vectors (the result is then
a vector, as in SciPy) or matrices. Results are new arrays; inputs are never
written (`overwrite_a`/`overwrite_b` are accepted and ignored).
Complex matrices (`ComplexF64`; other `Complex` element types are converted)
take the complex C functions by dispatch (`solve`, `inv`, `det`, `lu_factor`,
`lu_solve`, `lu`, `cho_factor`, `cho_solve`, `cholesky`, `qr`, `svd`, `svdvals`,
`eigh`, `eigvalsh`, `eig`, `eigvals`, `expm`): strided views, `transpose` and
`PermutedDimsArray` of a `Matrix{ComplexF64}` are read in place, `adjoint`
(which conjugates) is copied; one complex argument of a solver promotes the other.

# Indices
Julia's 1-based numbering, as for axes in the rest of Sciport.jl: `lu_factor`'s
`piv` is 1-based (row `i` was interchanged with row `piv[i]`, LAPACK's `ipiv`,
SciPy's `piv .+ 1`) and `lu_solve` expects it so; `subset_by_index = (lo, hi)`
(or `lo:hi`) is 1-based inclusive, SciPy's `[lo - 1, hi - 1]`. `0` is rejected.
The column permutation `p` of a pivoted `qr` is 1-based too (SciPy's `P .+ 1`):
`a[:, p] ≈ q * r`; so is the row permutation of `lu(a; p_indices = true)`
(SciPy's `p + 1`): `a ≈ l[p, :] * u`, and `ldl`'s `perm` (SciPy's `perm + 1`):
`lu[perm, :]` is triangular.

# Errors
`SciportError` with the library's status: `SCIPORT_ERR_SINGULAR` (singular
matrix, not positive definite), `SCIPORT_ERR_DIMENSION_MISMATCH` (shapes),
`SCIPORT_ERR_INVALID_ARGUMENT` (NaN/Inf with `check_finite = true`, bad `trans`
or subset, negative `atol`/`rtol`, negative `l`/`u`), `SCIPORT_ERR_UNKNOWN_NAME`
(`assume_a`, `lapack_driver`, `driver`, `mode`, `ord`, `singular`, `side`).
"""
module Linalg

import LinearAlgebra
using ..Sciport: SciportError, _sym, _ccall_checked, _argerror, SCIPORT_ERR_INVALID_ARGUMENT,
                 SCIPORT_ERR_DIMENSION_MISMATCH, SCIPORT_ERR_UNKNOWN_NAME

"Layout of the C struct `sciport_mat`: element (i, j) (0-based) at `data + i*row_stride + j*col_stride`."
struct Mat
    data::Ptr{Cdouble}
    nrows::Csize_t
    ncols::Csize_t
    row_stride::Cptrdiff_t
    col_stride::Cptrdiff_t
end

"Layout of the C struct `sciport_vec`: element i (0-based) at `data + i*stride`."
struct Vec
    data::Ptr{Cdouble}
    len::Csize_t
    stride::Cptrdiff_t
end

"Layout of the C struct `sciport_linalg_solve_options`."
struct SolveOptions
    struct_size::Csize_t
    assume_a::Ptr{UInt8}
    lower::Bool
    transposed::Bool
    check_finite::Bool
end

"Layout of the C struct `sciport_linalg_eigh_options`."
struct EighOptions
    struct_size::Csize_t
    lower::Bool
    check_finite::Bool
    subset_by_index::NTuple{2,Int64}
    subset_by_value::NTuple{2,Cdouble}
    driver::Ptr{UInt8}
end

"The C functions of this file (resolved when Sciport loads, see library.jl)."
const SYMBOLS = (
    :sciport_linalg_solve_options_default, :sciport_linalg_solve,
    :sciport_linalg_solve_triangular, :sciport_linalg_lu_factor, :sciport_linalg_lu_solve,
    :sciport_linalg_lu, :sciport_linalg_ldl,
    :sciport_linalg_cho_factor, :sciport_linalg_cho_solve, :sciport_linalg_cholesky,
    :sciport_linalg_inv, :sciport_linalg_det, :sciport_linalg_svd, :sciport_linalg_svdvals,
    :sciport_linalg_eigh_options_default, :sciport_linalg_eigh, :sciport_linalg_eigvalsh,
    :sciport_linalg_eigh_generalized,
    :sciport_linalg_eig, :sciport_linalg_eigvals, :sciport_linalg_hessenberg, :sciport_linalg_polar,
    :sciport_linalg_expm,
    :sciport_linalg_qr, :sciport_linalg_qr_raw, :sciport_linalg_rq, :sciport_linalg_lstsq,
    :sciport_linalg_pinv, :sciport_linalg_matrix_rank, :sciport_linalg_null_space,
    :sciport_linalg_orth, :sciport_linalg_norm, :sciport_linalg_vector_norm,
    :sciport_linalg_solve_banded, :sciport_linalg_solveh_banded, :sciport_linalg_solve_toeplitz,
    :sciport_linalg_solve_circulant, :sciport_linalg_toeplitz, :sciport_linalg_circulant,
    :sciport_linalg_hilbert, :sciport_linalg_kron, :sciport_linalg_block_diag,
    :sciport_linalg_solve_complex, :sciport_linalg_inv_complex, :sciport_linalg_det_complex,
    :sciport_linalg_lu_factor_complex, :sciport_linalg_lu_solve_complex, :sciport_linalg_lu_complex,
    :sciport_linalg_cho_factor_complex, :sciport_linalg_cho_solve_complex,
    :sciport_linalg_cholesky_complex, :sciport_linalg_qr_complex, :sciport_linalg_svd_complex,
    :sciport_linalg_svdvals_complex, :sciport_linalg_eigh_complex, :sciport_linalg_eigvalsh_complex,
    :sciport_linalg_eig_complex, :sciport_linalg_eigvals_complex, :sciport_linalg_expm_complex,
    :sciport_linalg_schur, :sciport_linalg_schur_complex, :sciport_linalg_solve_sylvester,
    :sciport_linalg_solve_continuous_lyapunov, :sciport_linalg_solve_discrete_lyapunov,
    :sciport_linalg_solve_continuous_are, :sciport_linalg_solve_discrete_are,
    :sciport_linalg_sqrtm, :sciport_linalg_sqrtm_complex, :sciport_linalg_logm,
    :sciport_linalg_logm_complex,
)

"`sciport_linalg_solve_options_default()` of the library."
solve_options_default() =
    @ccall $(_sym(:sciport_linalg_solve_options_default))()::SolveOptions

"`sciport_linalg_eigh_options_default()` of the library."
eigh_options_default() =
    @ccall $(_sym(:sciport_linalg_eigh_options_default))()::EighOptions

# ---- zero-copy matrices -------------------------------------------------------

"Transposed wrappers of a strided matrix: the parent's memory with swapped strides."
const TransposedMatrix = Union{
    LinearAlgebra.Transpose{Float64,<:StridedMatrix{Float64}},
    LinearAlgebra.Adjoint{Float64,<:StridedMatrix{Float64}},
    PermutedDimsArray{Float64,2,(2, 1),(2, 1),<:StridedMatrix{Float64}},
}

"Matrices sciport reads in place (a strided matrix or a transposed wrapper of one)."
const ZeroCopyMatrix = Union{StridedMatrix{Float64},TransposedMatrix}

"Right-hand-side vectors read in place (an `n × 1` matrix for sciport)."
const ZeroCopyVector = StridedVector{Float64}

# (the unions are disjoint, so no method is chosen by specificity among unions)
_first_pointer(A::Union{StridedMatrix{Float64},ZeroCopyVector}) = pointer(A)
_first_pointer(A::TransposedMatrix) = pointer(parent(A))

_mat_strides(A::StridedMatrix) = strides(A)
_mat_strides(A::TransposedMatrix) = reverse(strides(parent(A)))   # swapped
_mat_strides(v::ZeroCopyVector) = (stride(v, 1), length(v))

"""
    _mat(A) -> Mat

The `sciport_mat` of `A`'s own memory. An array without elements gets distinct
non-zero strides (Julia reports a zero stride for the empty dimension, and no
element is ever touched). Use inside `GC.@preserve A`.
"""
function _mat(A::Union{ZeroCopyMatrix,ZeroCopyVector})
    m, n = size(A, 1), size(A, 2)
    rs, cs = _mat_strides(A)
    if m == 0 || n == 0
        rs, cs = 1, max(m, 1)
    end
    return Mat(Ptr{Cdouble}(_first_pointer(A)), Csize_t(m), Csize_t(n), Cptrdiff_t(rs), Cptrdiff_t(cs))
end

"`A` itself when sciport can read it in place, else `Matrix{Float64}(A)`."
_input(A::ZeroCopyMatrix) = A
_input(A::AbstractMatrix) = Matrix{Float64}(A)
_input(v::ZeroCopyVector) = v
_input(v::AbstractVector) = Vector{Float64}(v)

"A new output array with `b`'s kind: vector of length `n` or `n × k` matrix."
_like_rhs(b::AbstractVector, n::Integer) = Vector{Float64}(undef, n)
_like_rhs(b::AbstractMatrix, n::Integer) = Matrix{Float64}(undef, n, size(b, 2))
_like_rhs(::Type{T}, b::AbstractVector, n::Integer) where {T} = Vector{T}(undef, n)
_like_rhs(::Type{T}, b::AbstractMatrix, n::Integer) where {T} = Matrix{T}(undef, n, size(b, 2))

"A NUL-free `String` (or `nothing`) for a C string argument."
function _name(s, what::AbstractString)
    s === nothing && return nothing
    str = String(string(s))
    occursin('\0', str) && _argerror("$what must not contain NUL characters")
    return str
end
_cptr(s::Nothing) = Ptr{UInt8}(C_NULL)
_cptr(s::String) = pointer(s)

"`trans` as SciPy accepts it: 0/1/2 or \"N\"/\"T\"/\"C\" (`Char`, `String` or `Symbol`)."
function _trans(t)
    t isa Integer && return Int32(t)
    s = uppercase(string(t))
    s == "N" && return Int32(0)
    s == "T" && return Int32(1)
    s == "C" && return Int32(2)
    _argerror("trans must be 0, 1, 2, \"N\", \"T\" or \"C\", got $(repr(t))")
end

"Warns as SciPy's LinAlgWarning does when the reciprocal condition number is below eps."
function _warn_rcond(rcond::Float64)
    if rcond < eps(Float64)
        @warn "Ill-conditioned matrix (rcond=$(rcond)): result may not be accurate."
    end
    return nothing
end

# ---- solvers ------------------------------------------------------------------

"""
    solve(a, b; lower=false, overwrite_a=false, overwrite_b=false, check_finite=true,
          assume_a=nothing, transposed=false)

Solves `a x = b` (`a^T x = b` when `transposed`) for square `a`
(`scipy.linalg.solve`). `assume_a`: `nothing` (= "gen"), "gen"/"general",
"sym"/"symmetric", "her"/"hermitian", "pos"/"positive definite", "diagonal",
"upper triangular", "lower triangular", "tridiagonal", "banded"; `lower` picks the
triangle used by "sym"/"her"/"pos". `b` is a vector (result: vector) or `n × k`
matrix. A singular `a` throws `SciportError` (`SCIPORT_ERR_SINGULAR`); an
ill-conditioned one logs a warning like SciPy's `LinAlgWarning` (the estimate is
returned by [`solve_rcond`](@ref)).
"""
function solve(a::AbstractMatrix, b::AbstractVecOrMat; lower::Bool = false, overwrite_a::Bool = false,
               overwrite_b::Bool = false, check_finite::Bool = true, assume_a = nothing,
               transposed::Bool = false)
    x, rcond = solve_rcond(a, b; lower = lower, check_finite = check_finite, assume_a = assume_a,
                           transposed = transposed)
    _warn_rcond(rcond)
    return x
end

"""
    solve_rcond(a, b; lower=false, check_finite=true, assume_a=nothing, transposed=false)
        -> (x=, rcond=)

[`solve`](@ref) that returns the library's reciprocal condition number
estimate (1-norm) instead of warning.
"""
function solve_rcond(a::AbstractMatrix, b::AbstractVecOrMat; lower::Bool = false,
                     check_finite::Bool = true, assume_a = nothing, transposed::Bool = false)
    T = _elt(a, b)
    A = _input(T, a)
    B = _input(T, b)
    x = _like_rhs(T, B, size(A, 2))
    aa = _name(assume_a, "assume_a")
    d = solve_options_default()
    rcond = Ref{Cdouble}(NaN)
    fp = _linalg_sym(:solve, T)
    GC.@preserve A B x aa begin
        opts = Ref(SolveOptions(d.struct_size, _cptr(aa), lower, transposed, check_finite))
        am, bm, xm = Ref(_view(A)), Ref(_view(B)), Ref(_view(x))
        GC.@preserve am bm xm begin
            ap, bp, xp = _view_ptr(T, am), _view_ptr(T, bm), _view_ptr(T, xm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, bp::Ptr{Cvoid}, opts::Ref{SolveOptions}, xp::Ptr{Cvoid},
                           rcond::Ref{Cdouble}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return (x = x, rcond = rcond[])
end

"""
    solve_triangular(a, b; trans=0, lower=false, unit_diagonal=false, overwrite_b=false,
                     check_finite=true)

Solves `a x = b` for triangular `a` (`scipy.linalg.solve_triangular`); only the
triangle named by `lower` is read. `trans`: 0/"N" (`a x = b`), 1/"T"
(`a^T x = b`), 2/"C" (conjugate transpose, the same for real `a`).
`unit_diagonal = true` assumes ones on the diagonal without reading it.
"""
function solve_triangular(a::AbstractMatrix, b::AbstractVecOrMat; trans = 0, lower::Bool = false,
                          unit_diagonal::Bool = false, overwrite_b::Bool = false,
                          check_finite::Bool = true)
    A = _input(a)
    B = _input(b)
    x = _like_rhs(B, size(A, 2))
    t = _trans(trans)
    fp = _sym(:sciport_linalg_solve_triangular)
    GC.@preserve A B x begin
        am, bm, xm = Ref(_mat(A)), Ref(_mat(B)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, t::Int32, lower::Bool, unit_diagonal::Bool,
                       check_finite::Bool, xm::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return x
end

# ---- LU -----------------------------------------------------------------------

"""
    lu_factor(a; overwrite_a=false, check_finite=true) -> (lu=, piv=)

LU factorization with partial pivoting of the `m × n` matrix `a`
(`scipy.linalg.lu_factor`; complex `a`: zgetrf's pivoting, complex `lu`): `lu`
holds `U` and the unit-diagonal `L` below it;
`piv::Vector{Int}` (length `min(m, n)`) is **1-based**: row `i` was interchanged
with row `piv[i]` (SciPy's `piv + 1`). A singular `a` is not an error: `lu` then
has a zero on its diagonal, and a warning is logged as SciPy's `LinAlgWarning`
("Diagonal number i is exactly zero. Singular matrix.").
"""
function lu_factor(a::AbstractMatrix; overwrite_a::Bool = false, check_finite::Bool = true)
    T = _elt(a)
    A = _input(T, a)
    m, n = size(A)
    lu = Matrix{T}(undef, m, n)
    piv = Vector{Int64}(undef, min(m, n))
    fp = _linalg_sym(:lu_factor, T)
    GC.@preserve A lu piv begin
        am, lm = Ref(_view(A)), Ref(_view(lu))
        GC.@preserve am lm begin
            ap, lp = _view_ptr(T, am), _view_ptr(T, lm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, check_finite::Bool, lp::Ptr{Cvoid}, pointer(piv)::Ptr{Int64},
                           Csize_t(length(piv))::Csize_t, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    piv .+= 1
    for i in 1:min(m, n)
        if lu[i, i] == 0
            @warn "Diagonal number $i is exactly zero. Singular matrix."   # SciPy's LinAlgWarning
            break
        end
    end
    return (lu = lu, piv = Vector{Int}(piv))
end

"""
    lu_solve(lu_and_piv, b; trans=0, overwrite_b=false, check_finite=true)

Solves `a x = b` from [`lu_factor`](@ref)'s result (`scipy.linalg.lu_solve`):
`lu_and_piv` is its NamedTuple or a tuple `(lu, piv)` with **1-based** `piv`.
`trans` as in [`solve_triangular`](@ref): 0 `a x = b`, 1/2 `a^T x = b`.
"""
function lu_solve(lu_and_piv, b::AbstractVecOrMat; trans = 0, overwrite_b::Bool = false,
                  check_finite::Bool = true)
    length(lu_and_piv) == 2 || _argerror("lu_and_piv must be (lu, piv)")
    lu, piv = lu_and_piv
    p = Vector{Int64}(undef, length(piv))
    for (i, v) in enumerate(piv)
        v >= 1 || _argerror("piv must hold 1-based row numbers (Sciport.jl convention), got $v at $i")
        p[i] = Int64(v) - 1
    end
    t = _trans(trans)
    T = _elt(lu, b)
    L = _input(T, lu)
    B = _input(T, b)
    x = _like_rhs(T, B, size(L, 2))
    fp = _linalg_sym(:lu_solve, T)
    GC.@preserve L p B x begin
        lm, bm, xm = Ref(_view(L)), Ref(_view(B)), Ref(_view(x))
        GC.@preserve lm bm xm begin
            lp, bp, xp = _view_ptr(T, lm), _view_ptr(T, bm), _view_ptr(T, xm)
            _ccall_checked() do err
                @ccall $fp(lp::Ptr{Cvoid}, pointer(p)::Ptr{Int64}, Csize_t(length(p))::Csize_t,
                           bp::Ptr{Cvoid}, t::Int32, check_finite::Bool, xp::Ptr{Cvoid},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return x
end

"""
    lu(a; permute_l=false, overwrite_a=false, check_finite=true, p_indices=false)
        -> (p=, l=, u=)   or  (pl=, u=)  with `permute_l`

LU decomposition `a = p * l * u` with partial pivoting of the `m × n` matrix
`a` (`scipy.linalg.lu`), `k = min(m, n)`: `l` (`m × k`) unit lower
triangular (trapezoidal), `u` (`k × n`) upper triangular, `p` the `m × m`
permutation matrix (`Matrix{Float64}`, as SciPy's). With `p_indices = true`,
`p::Vector{Int}` (length `m`) holds the row order instead, **1-based**
(SciPy's `p + 1`, like `lu_factor`'s `piv` and `qr`'s `p` here):
`a ≈ l[p, :] * u`; the matrix form has `P[i, p[i]] == 1`. With `permute_l = true`
the result is `(pl=, u=)` (SciPy's 2-tuple; `p_indices` is ignored), `pl =
p * l`, so `a ≈ pl * u`. The factors are those of [`lu_factor`](@ref)
(LAPACK getrf's pivoting), unpacked.

An empty `a` (`m` or `n` zero) gives SciPy's empty permutation: `p` is
`0 × 0` (`Int[]` with `p_indices`) even when `m > 0`; `l` is `m × 0`, `u`
`0 × n`. A singular `a` is not an error (`u` has a zero, or rounding-size, pivot), and
unlike `lu_factor`, as in SciPy, nothing is logged. NaN/Inf with
`check_finite` throw `SciportError` (`SCIPORT_ERR_INVALID_ARGUMENT`, "array
must not contain infs or NaNs"). `overwrite_a` is accepted and ignored.
Not `LinearAlgebra.lu` (which returns an `LU` object): call it as
`Sciport.Linalg.lu`; `p, l, u = Sciport.Linalg.lu(a)` and `pl, u =
Sciport.Linalg.lu(a; permute_l = true)` destructure as SciPy's tuples.
Complex `a`: complex `l`, `u` (`pl`), `p` still the real `Matrix{Float64}`.
"""
function lu(a::AbstractMatrix; permute_l::Bool = false, overwrite_a::Bool = false,
            check_finite::Bool = true, p_indices::Bool = false)
    T = _elt(a)
    A = _input(T, a)
    m, n = size(A)
    k = min(m, n)
    l = Matrix{T}(undef, m, k)
    u = Matrix{T}(undef, k, n)
    if permute_l
        _lu!(A, true, check_finite, nothing, nothing, l, u)
        return (pl = l, u = u)
    end
    mp = k == 0 ? 0 : m                  # SciPy's empty permutation for an empty a
    if p_indices
        piv = Vector{Int64}(undef, mp)
        _lu!(A, false, check_finite, nothing, piv, l, u)
        piv .+= 1                        # 1-based, in place (Int64 is Int here)
        return (p = convert(Vector{Int}, piv), l = l, u = u)
    end
    p = Matrix{T}(undef, mp, mp)
    _lu!(A, false, check_finite, p, nothing, l, u)
    return (p = real(p), l = l, u = u)
end

"""
    _lu!(A, permute_l, check_finite, p, piv, l, u)

`sciport_linalg_lu` (`_complex` for `ComplexF64`) into the given outputs: `p` (a matrix or `nothing` for
NULL), `piv` (0-based `Vector{Int64}` or `nothing` for NULL, its length
passed as `p_indices_len`), `l`, `u`. The library checks every shape.
"""
function _lu!(A::AbstractMatrix{T}, permute_l::Bool, check_finite::Bool,
              p::Union{Nothing,Matrix{T}}, piv::Union{Nothing,Vector{Int64}},
              l::Matrix{T}, u::Matrix{T}) where {T<:Union{Float64,ComplexF64}}
    fp = _linalg_sym(:lu, T)
    GC.@preserve A p piv l u begin
        am, lm, um = Ref(_view(A)), Ref(_view(l)), Ref(_view(u))
        pm = p === nothing ? nothing : Ref(_view(p))
        ip = piv === nothing ? Ptr{Int64}(C_NULL) : pointer(piv)
        np = Csize_t(piv === nothing ? 0 : length(piv))
        GC.@preserve am lm um pm begin
            ap, lp, up, pp = _view_ptr(T, am), _view_ptr(T, lm), _view_ptr(T, um), _view_ptr(T, pm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, permute_l::Bool, check_finite::Bool, pp::Ptr{Cvoid},
                           ip::Ptr{Int64}, np::Csize_t, lp::Ptr{Cvoid}, up::Ptr{Cvoid},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return nothing
end

# ---- LDLᵀ (symmetric indefinite, Bunch–Kaufman) ----------------------------------

"""
    _ldl!(A, lower, hermitian, check_finite, lu, d, perm)

`sciport_linalg_ldl` into the given outputs: `lu` and `d` strided matrices
(`n × n`), `perm` a `Vector{Int64}` that receives the **0-based** row order
(its length passed as `perm_len`, `n`). The library checks every shape (`a`
square first, then `lu`, `d`, `perm_len`) before writing anything.
"""
function _ldl!(A::ZeroCopyMatrix, lower::Bool, hermitian::Bool, check_finite::Bool,
               lu::StridedMatrix{Float64}, d::StridedMatrix{Float64}, perm::Vector{Int64})
    fp = _sym(:sciport_linalg_ldl)
    GC.@preserve A lu d perm begin
        am, lm, dm = Ref(_mat(A)), Ref(_mat(lu)), Ref(_mat(d))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, lower::Bool, hermitian::Bool, check_finite::Bool, lm::Ref{Mat},
                       dm::Ref{Mat}, pointer(perm)::Ptr{Int64}, Csize_t(length(perm))::Csize_t,
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return nothing
end

"""
    ldl(a; lower=true, hermitian=true, overwrite_a=false, check_finite=true)
        -> (lu=, d=, perm=)

The `LDLᵀ` factorization `a = lu * d * transpose(lu)` of the real symmetric
(possibly indefinite or singular) `n × n` matrix `a` (`scipy.linalg.ldl`), by
LAPACK's Bunch–Kaufman diagonal pivoting (sytrf), unpacked as SciPy does. Only
the `lower` (default) or upper triangle of `a` is read; the other is ignored
(it may even hold NaN with `check_finite = false`). SciPy's tuple as a
NamedTuple: `lu, d, perm = ldl(a)`.

- `lu::Matrix{Float64}` (`n × n`): the triangular factor with its rows
  permuted: `lu[perm, :]` is unit lower triangular (unit upper with `lower =
  false`), with exact ones and zeros.
- `d::Matrix{Float64}` (`n × n`): symmetric block diagonal with `1 × 1` and
  `2 × 2` blocks (exact zeros outside them).
- `perm::Vector{Int}` (length `n`): the row order, **1-based** (SciPy's `perm
  + 1`, like `lu(a; p_indices = true)`'s `p` here).

The pivots are LAPACK's, so `perm` is SciPy's and `lu`, `d` equal SciPy's to
rounding. A singular `a` is not an error (`d` has a zero block); a `0 × 0` `a`
gives `0 × 0` `lu`, `d` and `Int[]`. `hermitian` only matters for complex input
in SciPy: it is accepted (and passed on) with no effect here; `overwrite_a` is
accepted and ignored (`a` is never written).

Errors (`SciportError`): `a` not square `SCIPORT_ERR_DIMENSION_MISMATCH`
("expected a square matrix"; SciPy: "The input array "a" should be square.");
NaN/Inf anywhere in `a` with `check_finite` `SCIPORT_ERR_INVALID_ARGUMENT`
("array must not contain infs or NaNs"). Real matrices only; strided views and
transposes are read in place, other matrices (`Int`, `Float32`, `Symmetric`,
…) converted to `Matrix{Float64}`. Not `LinearAlgebra.ldlt` /
`bunchkaufman` (which return factorization objects): call it as
`Sciport.Linalg.ldl`.
"""
function ldl(a::AbstractMatrix; lower::Bool = true, hermitian::Bool = true, overwrite_a::Bool = false,
             check_finite::Bool = true)
    A = _input(a)
    n = size(A, 1)               # a not square: the library throws before writing
    lu = Matrix{Float64}(undef, n, n)
    d = Matrix{Float64}(undef, n, n)
    perm = Vector{Int64}(undef, n)
    _ldl!(A, lower, hermitian, check_finite, lu, d, perm)
    perm .+= 1                   # 1-based, in place (Int64 is Int here)
    return (lu = lu, d = d, perm = convert(Vector{Int}, perm))
end

# ---- Cholesky -----------------------------------------------------------------

"Shared body of cho_factor and cholesky: `sciport_linalg_<name>[_complex](a, lower, check_finite, c)`."
function _cho_like(name::Symbol, a::AbstractMatrix, lower::Bool, check_finite::Bool)
    T = _elt(a)
    A = _input(T, a)
    c = Matrix{T}(undef, size(A))
    fp = _linalg_sym(name, T)
    GC.@preserve A c begin
        am, cm = Ref(_view(A)), Ref(_view(c))
        GC.@preserve am cm begin
            ap, cp = _view_ptr(T, am), _view_ptr(T, cm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, lower::Bool, check_finite::Bool, cp::Ptr{Cvoid},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return c
end

"""
    cho_factor(a; lower=false, overwrite_a=false, check_finite=true) -> (c=, lower=)

Cholesky factorization for [`cho_solve`](@ref) (`scipy.linalg.cho_factor`):
the `lower` (or upper) triangle of `c` holds the factor; the other triangle holds
`a`'s entries, as in SciPy (complex `a`: Hermitian, the diagonal's imaginary
parts ignored). A matrix that is not positive definite throws
`SciportError` (`SCIPORT_ERR_SINGULAR`, "k-th leading minor … not positive definite").
"""
cho_factor(a::AbstractMatrix; lower::Bool = false, overwrite_a::Bool = false, check_finite::Bool = true) =
    (c = _cho_like(:cho_factor, a, lower, check_finite), lower = lower)

"""
    cholesky(a; lower=false, overwrite_a=false, check_finite=true)

The Cholesky factor of the symmetric positive definite `a`
(`scipy.linalg.cholesky`): upper `U` with `a = U^T U`, or lower `L` with
`a = L L^T`; the other triangle is zero. Complex Hermitian `a`: `a = U' U` / `L L'`.
"""
cholesky(a::AbstractMatrix; lower::Bool = false, overwrite_a::Bool = false, check_finite::Bool = true) =
    _cho_like(:cholesky, a, lower, check_finite)

"""
    cho_solve(c_and_lower, b; overwrite_b=false, check_finite=true)

Solves `a x = b` from [`cho_factor`](@ref)'s result (`scipy.linalg.cho_solve`):
its NamedTuple or a tuple `(c, lower)`.
"""
function cho_solve(c_and_lower, b::AbstractVecOrMat; overwrite_b::Bool = false, check_finite::Bool = true)
    length(c_and_lower) == 2 || _argerror("c_and_lower must be (c, lower)")
    c, lower = c_and_lower
    lw = Bool(lower)
    T = _elt(c, b)
    C = _input(T, c)
    B = _input(T, b)
    x = _like_rhs(T, B, size(C, 2))
    fp = _linalg_sym(:cho_solve, T)
    GC.@preserve C B x begin
        cm, bm, xm = Ref(_view(C)), Ref(_view(B)), Ref(_view(x))
        GC.@preserve cm bm xm begin
            cp, bp, xp = _view_ptr(T, cm), _view_ptr(T, bm), _view_ptr(T, xm)
            _ccall_checked() do err
                @ccall $fp(cp::Ptr{Cvoid}, lw::Bool, bp::Ptr{Cvoid}, check_finite::Bool, xp::Ptr{Cvoid},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return x
end

# ---- inverse and determinant ---------------------------------------------------

"""
    inv(a; overwrite_a=false, check_finite=true, assume_a=nothing, lower=false)

The inverse of the square matrix `a` (`scipy.linalg.inv`; complex `a`:
`sciport_linalg_inv_complex`, a `ComplexF64` result); singular `a` throws
`SciportError` (`SCIPORT_ERR_SINGULAR`). `assume_a`/`lower` (SciPy ≥ 1.17) other
than `nothing` solve `a X = I` with [`solve`](@ref)'s structure (the C `inv` has
no such option). Not `Base.inv`: call it as `Sciport.Linalg.inv`.
"""
function inv(a::AbstractMatrix; overwrite_a::Bool = false, check_finite::Bool = true,
             assume_a = nothing, lower::Bool = false)
    T = _elt(a)
    A = _input(T, a)
    if assume_a !== nothing
        n = size(A, 1)
        eye = zeros(T, n, n)
        for i in 1:n
            eye[i, i] = 1.0
        end
        return solve_rcond(A, eye; lower = lower, check_finite = check_finite, assume_a = assume_a).x
    end
    ainv = Matrix{T}(undef, size(A))
    fp = _linalg_sym(:inv, T)
    GC.@preserve A ainv begin
        am, invm = Ref(_view(A)), Ref(_view(ainv))
        GC.@preserve am invm begin
            ap, ip = _view_ptr(T, am), _view_ptr(T, invm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, check_finite::Bool, ip::Ptr{Cvoid}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return ainv
end

"""
    det(a; overwrite_a=false, check_finite=true) -> Float64  (ComplexF64 for complex `a`)

The determinant of the square matrix `a` (`scipy.linalg.det`); `1` for `0 × 0`.
A singular matrix gives `0`, not an error.
"""
function det(a::AbstractMatrix; overwrite_a::Bool = false, check_finite::Bool = true)
    T = _elt(a)
    A = _input(T, a)
    d = Ref{T}(NaN)
    fp = _linalg_sym(:det, T)
    GC.@preserve A begin
        am = Ref(_view(A))
        GC.@preserve am begin
            ap = _view_ptr(T, am)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, check_finite::Bool, d::Ptr{Cvoid}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return d[]
end

# ---- SVD ----------------------------------------------------------------------

"""
    svd(a; full_matrices=true, compute_uv=true, overwrite_a=false, check_finite=true,
        lapack_driver="gesdd") -> (u=, s=, vh=)   (or `s` when `compute_uv = false`)

Singular value decomposition `a = u * Diagonal(s) * vh` of the `m × n` matrix `a`
(`scipy.linalg.svd`), `k = min(m, n)`: `s` (length `k`) descending; `u` is
`m × m` (`full_matrices`) or `m × k`, `vh` `n × n` or `k × n`. `lapack_driver`:
"gesdd" or "gesvd". The signs of a pair `u[:, i]`, `vh[i, :]` may differ from SciPy's.
Complex `a`: real `s`, complex unitary `u`, `vh` (a pair unique up to a unit factor).
"""
function svd(a::AbstractMatrix; full_matrices::Bool = true, compute_uv::Bool = true,
             overwrite_a::Bool = false, check_finite::Bool = true, lapack_driver = "gesdd")
    T = _elt(a)
    A = _input(T, a)
    m, n = size(A)
    k = min(m, n)
    drv = _name(lapack_driver, "lapack_driver")
    s = Vector{Float64}(undef, k)
    u = compute_uv ? Matrix{T}(undef, m, full_matrices ? m : k) : nothing
    vh = compute_uv ? Matrix{T}(undef, full_matrices ? n : k, n) : nothing
    fp = _linalg_sym(:svd, T)
    GC.@preserve A s u vh drv begin
        am = Ref(_view(A))
        um = compute_uv ? Ref(_view(u)) : nothing
        vm = compute_uv ? Ref(_view(vh)) : nothing
        GC.@preserve am um vm begin
            ap, up, vp = _view_ptr(T, am), _view_ptr(T, um), _view_ptr(T, vm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, full_matrices::Bool, check_finite::Bool,
                           _cptr(drv)::Ptr{UInt8}, pointer(s)::Ptr{Cdouble}, Csize_t(k)::Csize_t,
                           up::Ptr{Cvoid}, vp::Ptr{Cvoid}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return compute_uv ? (u = u, s = s, vh = vh) : s
end

"""
    svdvals(a; overwrite_a=false, check_finite=true) -> Vector{Float64}

The singular values of `a` (real or complex), descending (`scipy.linalg.svdvals`).
"""
function svdvals(a::AbstractMatrix; overwrite_a::Bool = false, check_finite::Bool = true)
    T = _elt(a)
    A = _input(T, a)
    s = Vector{Float64}(undef, minimum(size(A)))
    fp = _linalg_sym(:svdvals, T)
    GC.@preserve A s begin
        am = Ref(_view(A))
        GC.@preserve am begin
            ap = _view_ptr(T, am)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, check_finite::Bool, pointer(s)::Ptr{Cdouble},
                           Csize_t(length(s))::Csize_t, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return s
end

# ---- symmetric eigenproblem -----------------------------------------------------

"""
    _subset_index(sbi, n) -> (C pair, number of values or nothing)

A 1-based inclusive `(lo, hi)` (tuple, vector or `lo:hi`) as the C library's
0-based pair; `nothing` is `{-1, -1}`. The count is known only for a valid range.
"""
function _subset_index(sbi, n::Integer)
    sbi === nothing && return (Int64(-1), Int64(-1)), nothing
    length(sbi) == 2 || sbi isa AbstractRange ||
        _argerror("subset_by_index must be (lo, hi), got $(repr(sbi))")
    lo, hi = Int64(first(sbi)), Int64(last(sbi))
    (lo >= 1 && hi >= 1) || _argerror("subset_by_index is 1-based in Sciport.jl " *
                                      "(SciPy's [lo, hi] is (lo + 1, hi + 1) here), got $(repr(sbi))")
    count = lo <= hi <= n ? Int(hi - lo + 1) : nothing
    return (lo - 1, hi - 1), count
end

function _subset_value(sbv)
    sbv === nothing && return (NaN, NaN)
    length(sbv) == 2 || _argerror("subset_by_value must be (lo, hi), got $(repr(sbv))")
    return (Float64(first(sbv)), Float64(last(sbv)))
end

"""
    _eigh(a, b, itype, want_v, lower, check_finite, subset_by_index, subset_by_value, driver)

`sciport_linalg_eigh` / `sciport_linalg_eigvalsh` for `b === nothing` (the
standard problem; `itype` ignored, as SciPy ignores `type` there), else
`sciport_linalg_eigh_generalized` with `b` and SciPy's `type` (`v` NULL when
`!want_v`). The library checks the shapes, `type`, the drivers and the subsets.
"""
function _eigh(a, b, itype::Integer, want_v::Bool, lower::Bool, check_finite::Bool,
               subset_by_index, subset_by_value, driver)
    _anycomplex(b) && _no_complex_b(b)
    A = _input(a)
    B = _opt_matrix(b)
    n = size(A, 1)
    sbi, count = _subset_index(subset_by_index, n)
    sbv = _subset_value(subset_by_value)
    drv = _name(driver, "driver")
    # a type outside Int32 is no valid type either: 0 lets the library reject it with SciPy's message
    t = typemin(Int32) <= itype <= typemax(Int32) ? Int32(itype) : Int32(0)
    w = Vector{Float64}(undef, n)
    v = want_v ? Matrix{Float64}(undef, n, count === nothing ? n : count) : nothing
    mfound = Ref{Csize_t}(0)
    d = eigh_options_default()
    GC.@preserve A B w v drv begin
        opts = Ref(EighOptions(d.struct_size, lower, check_finite, sbi, sbv, _cptr(drv)))
        am = Ref(_mat(A))
        if B !== nothing
            bm = Ref(_mat(B))
            vm = want_v ? Ref(_mat(v)) : nothing
            fp = _sym(:sciport_linalg_eigh_generalized)
            GC.@preserve vm begin
                vp = _mat_ptr(vm)
                _ccall_checked() do err
                    @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, t::Int32, opts::Ref{EighOptions},
                               pointer(w)::Ptr{Cdouble}, Csize_t(n)::Csize_t, vp::Ptr{Mat},
                               mfound::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
                end
            end
        elseif want_v
            vm = Ref(_mat(v))
            fp = _sym(:sciport_linalg_eigh)
            _ccall_checked() do err
                @ccall $fp(am::Ref{Mat}, opts::Ref{EighOptions}, pointer(w)::Ptr{Cdouble},
                           Csize_t(n)::Csize_t, vm::Ref{Mat}, mfound::Ref{Csize_t},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        else
            fp = _sym(:sciport_linalg_eigvalsh)
            _ccall_checked() do err
                @ccall $fp(am::Ref{Mat}, opts::Ref{EighOptions}, pointer(w)::Ptr{Cdouble},
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

"""
    eigh(a, b=nothing; lower=true, eigvals_only=false, overwrite_a=false,
         overwrite_b=false, type=1, check_finite=true, subset_by_index=nothing,
         subset_by_value=nothing, driver=nothing) -> (w=, v=)   (or `w`)

Eigenvalues `w` (ascending) and eigenvectors `v` (columns) of the symmetric
matrix `a` (`scipy.linalg.eigh`), or of the generalized symmetric-definite
problem with the symmetric positive definite `b` (same shape), SciPy's `type`:
1 `a * v[:, i] == w[i] * b * v[:, i]`, 2 `a * b * v[:, i] == w[i] * v[:, i]`,
3 `b * a * v[:, i] == w[i] * v[:, i]`. `a` (and `b`) are read from their
`lower` (or upper) triangle. The vectors are orthonormal for `b = nothing`, and
normalized as SciPy's with `b`: `v' * b * v == I` for types 1 and 2, `v' *
inv(b) * v == I` for type 3. `type` is ignored for `b = nothing`, as in SciPy.

`subset_by_index = (lo, hi)` or `lo:hi`: the eigenvalues number `lo` to `hi`,
**1-based** inclusive (SciPy's `[lo - 1, hi - 1]`); `subset_by_value = (lo,
hi)`: those in the half-open interval `(lo, hi]` (`±Inf` allowed). `driver`:
`nothing` (SciPy's choice), "ev", "evd", "evr", "evx" without `b`; "gv",
"gvd", "gvx" with `b` (subsets need "gvx" or `nothing`). Eigenvector signs may
differ from SciPy's.

An empty `a` (`0 × 0`) gives empty results whatever `b` is, as SciPy. Errors
(`SciportError`): `a` or `b` not square, or `b`'s shape not `a`'s:
`SCIPORT_ERR_DIMENSION_MISMATCH` ("expected square \"b\" matrix", "wrong b
dimensions …"); `b` not positive definite: `SCIPORT_ERR_SINGULAR` ("The leading
minor of order k of B is not positive definite. …"); `type` not 1, 2 or 3, a
standard driver with `b` (or a generalized one without), an invalid subset,
both subsets, a subset with "ev"/"evd"/"gv"/"gvd", NaN/Inf with `check_finite`:
`SCIPORT_ERR_INVALID_ARGUMENT`; an unknown `driver`: `SCIPORT_ERR_UNKNOWN_NAME`.
`b` is converted / read in place as `a` is; `overwrite_a`/`overwrite_b` are
accepted and ignored (inputs are never written).
"""
function eigh(a::AbstractMatrix, b::Union{Nothing,AbstractMatrix} = nothing; lower::Bool = true,
              eigvals_only::Bool = false, overwrite_a::Bool = false, overwrite_b::Bool = false,
              type::Integer = 1, check_finite::Bool = true, subset_by_index = nothing,
              subset_by_value = nothing, driver = nothing)
    return _eigh(a, b, type, !eigvals_only, lower, check_finite, subset_by_index, subset_by_value,
                 driver)
end

"""
    eigvalsh(a, b=nothing; lower=true, overwrite_a=false, overwrite_b=false, type=1,
             check_finite=true, subset_by_index=nothing, subset_by_value=nothing,
             driver=nothing) -> Vector{Float64}

The eigenvalues of the symmetric matrix `a`, or of the generalized problem of
SciPy's `type` with the positive definite `b`, ascending
(`scipy.linalg.eigvalsh`): [`eigh`](@ref)'s `w` with `eigvals_only = true`;
keywords and errors as there.
"""
function eigvalsh(a::AbstractMatrix, b::Union{Nothing,AbstractMatrix} = nothing; lower::Bool = true,
                  overwrite_a::Bool = false, overwrite_b::Bool = false, type::Integer = 1,
                  check_finite::Bool = true, subset_by_index = nothing, subset_by_value = nothing,
                  driver = nothing)
    return _eigh(a, b, type, false, lower, check_finite, subset_by_index, subset_by_value, driver)
end

# ---- general eigenproblem ---------------------------------------------------------

"Layout of the C struct `sciport_cmat`: complex element (i, j) (0-based) at `data + i*row_stride + j*col_stride`."
struct CMat
    data::Ptr{ComplexF64}
    nrows::Csize_t
    ncols::Csize_t
    row_stride::Cptrdiff_t
    col_stride::Cptrdiff_t
end

"""
    _cmat(V) -> CMat

The `sciport_cmat` of the complex matrix (or vector, as `n × 1`) `V`'s own
memory: a strided one or a transpose of one (distinct non-zero strides when it
has no elements, as [`_mat`](@ref)). Use inside `GC.@preserve V`.
"""
function _cmat(V::AbstractVecOrMat{ComplexF64})
    m, n = size(V, 1), size(V, 2)
    rs, cs = _mat_strides(V)
    if m == 0 || n == 0
        rs, cs = 1, max(m, 1)
    end
    return CMat(Ptr{ComplexF64}(pointer(V)), Csize_t(m), Csize_t(n), Cptrdiff_t(rs), Cptrdiff_t(cs))
end

"A C pointer to the `CMat` in `ref`, or NULL for `nothing` (use inside `GC.@preserve ref`)."
_cmat_ptr(ref::Nothing) = Ptr{CMat}(C_NULL)
_cmat_ptr(ref::Base.RefValue{CMat}) = Base.unsafe_convert(Ptr{CMat}, ref)

"`nothing`, or the matrix `b` as sciport reads it (in place when strided)."
_opt_matrix(b::Nothing) = nothing
_opt_matrix(b::AbstractMatrix) = _input(b)

"The C view of a matrix (or vector, as n × 1) sciport reads in place: `Mat` for `Float64`, `CMat` for `ComplexF64`."
_view(A::AbstractVecOrMat{Float64}) = _mat(A)
_view(A::AbstractVecOrMat{ComplexF64}) = _cmat(A)

"Pointer to a view `Ref` (or NULL for `nothing`) of the element type's view struct."
_view_ptr(::Type{Float64}, ref) = _mat_ptr(ref)
_view_ptr(::Type{ComplexF64}, ref) = _cmat_ptr(ref)

"The C function `sciport_linalg_<name>` (`Float64`) or `sciport_linalg_<name>_complex` (`ComplexF64`)."
_linalg_sym(name::Symbol, ::Type{Float64}) = _sym(Symbol("sciport_linalg_", name))
_linalg_sym(name::Symbol, ::Type{ComplexF64}) = _sym(Symbol("sciport_linalg_", name, "_complex"))

"The element type sciport computes in: `ComplexF64` when any input is complex (the others are promoted), else `Float64`."
_elt(xs::AbstractArray...) = any(x -> eltype(x) <: Complex, xs) ? ComplexF64 : Float64

"`a` as sciport reads it in element type `T` ([`_input`](@ref) or [`_cinput`](@ref))."
_input(::Type{Float64}, a::AbstractArray) = _input(a)
_input(::Type{ComplexF64}, a::AbstractArray) = _cinput(a)

"""
    _eig!(A, B, check_finite, homogeneous, w, vl, vr)

`sciport_linalg_eig` (`sciport_linalg_eigvals` when `vl` and `vr` are both
`nothing`) into the given outputs: `B` a matrix or `nothing` (NULL: the
standard problem), `w::Vector{ComplexF64}` (its length passed as `w_len`: `n`,
or `2n` with `homogeneous`, alpha then beta), `vl`/`vr` strided complex
matrices or `nothing` (NULL: not computed). The library checks every shape.
For complex `A`/`B` (`ComplexF64`) the `_complex` C functions, with `CMat` views.
"""
function _eig!(A::AbstractMatrix{T}, B::Union{Nothing,AbstractMatrix{T}}, check_finite::Bool,
               homogeneous::Bool, w::Vector{ComplexF64},
               vl::Union{Nothing,StridedMatrix{ComplexF64}},
               vr::Union{Nothing,StridedMatrix{ComplexF64}}) where {T<:Union{Float64,ComplexF64}}
    GC.@preserve A B w vl vr begin
        am = Ref(_view(A))
        bm = B === nothing ? nothing : Ref(_view(B))
        lm = vl === nothing ? nothing : Ref(_cmat(vl))
        rm = vr === nothing ? nothing : Ref(_cmat(vr))
        wp, wl = pointer(w), Csize_t(length(w))
        GC.@preserve am bm lm rm begin
            # Mat / CMat views passed as untyped pointers: one call site for both element types
            ap, bp = _view_ptr(T, am), _view_ptr(T, bm)
            lp, rp = _cmat_ptr(lm), _cmat_ptr(rm)
            if vl === nothing && vr === nothing
                fp = _linalg_sym(:eigvals, T)
                _ccall_checked() do err
                    @ccall $fp(ap::Ptr{Cvoid}, bp::Ptr{Cvoid}, check_finite::Bool, homogeneous::Bool,
                               wp::Ptr{ComplexF64}, wl::Csize_t, err::Ref{Ptr{Cvoid}})::Int32
                end
            else
                fp = _linalg_sym(:eig, T)
                _ccall_checked() do err
                    @ccall $fp(ap::Ptr{Cvoid}, bp::Ptr{Cvoid}, check_finite::Bool, homogeneous::Bool,
                               wp::Ptr{ComplexF64}, wl::Csize_t, lp::Ptr{CMat}, rp::Ptr{CMat},
                               err::Ref{Ptr{Cvoid}})::Int32
                end
            end
        end
    end
    return nothing
end

"SciPy's `w`: the vector, or with `homogeneous` the `2 × n` matrix `[alpha; beta]` from C's (2, n) order."
function _eig_w(w::Vector{ComplexF64}, n::Int, homogeneous::Bool)
    homogeneous || return w
    W = Matrix{ComplexF64}(undef, 2, n)
    for j in 1:n
        W[1, j] = w[j]
        W[2, j] = w[n+j]
    end
    return W
end

"""
    eig(a, b=nothing; left=false, right=true, overwrite_a=false, overwrite_b=false,
        check_finite=true, homogeneous_eigvals=false)
        -> (w=, vr=)  [default]; (w=, vl=) with `left = true, right = false`;
           (w=, vl=, vr=) with `left = true`; `w` alone with `right = false`

Eigenvalues `w` and eigenvectors (columns) of the real square matrix `a`
(`scipy.linalg.eig`), or of the generalized problem with the real square `b`
(same shape): `a * vr[:, i] == w[i] * vr[:, i]` and `vl[:, i]' * a == w[i] *
vl[:, i]'` (with `b`: `a * vr[:, i] == w[i] * b * vr[:, i]`, `vl[:, i]' * a ==
w[i] * vl[:, i]' * b`). The results are SciPy's tuple in SciPy's order, as a
NamedTuple: `w, vr = eig(a)`, `w, vl, vr = eig(a; left = true)`.

`w::Vector{ComplexF64}` (length `n`), in the order of the (real) Schur form
sciport computes: SciPy's order for most small matrices, but not in general
(they differ from `n ~ 20` on; sort `w` when the order matters). A complex
conjugate pair comes adjacent, with the positive imaginary part first. With
`homogeneous_eigvals = true`, `w` is SciPy's `2 × n` `Matrix{ComplexF64}`
`[alpha; beta]` with `w = alpha ./ beta`: `beta` is real (imaginary part 0),
`≥ 0`, and `1` for the standard problem. A generalized eigenvalue with `beta
== 0` is `Inf + 0im` (`NaN` when `alpha` is 0 too), as in SciPy.

`vl`, `vr::Matrix{ComplexF64}` (`n × n`): unit 2-norm columns with the largest
component real (LAPACK's geev normalization); they may differ from SciPy's by a
unit complex factor (SciPy's generalized vectors are not normalized to that
phase). **Always complex**: where SciPy returns real `vr`/`vl` (every eigenvalue
real), these have zero imaginary parts (`real.(vr)` is SciPy's array).

An empty `a` (`0 × 0`) gives empty results (`w` of length 0 or `2 × 0`, `0 ×
0` vectors) whatever `b` is, as SciPy. Errors (`SciportError`): `a` or `b`
not square, or `b`'s shape not `a`'s: `SCIPORT_ERR_DIMENSION_MISMATCH`
("expected square matrix", "a and b must have the same shape"); NaN/Inf in `a`
or `b`: `SCIPORT_ERR_INVALID_ARGUMENT` **even with `check_finite = false`**
(SciPy raises there too, from LAPACK); no convergence: `SCIPORT_ERR_SINGULAR`.
Complex `a` or `b` take the complex path (`sciport_linalg_eig_complex`); other element types and
non-strided matrices are converted to `Matrix{Float64}`, strided views and
transposes are read in place. `overwrite_a`/`overwrite_b` are accepted and
ignored (inputs are never written). Not `LinearAlgebra.eigen`: call it as
`Sciport.Linalg.eig`.
"""
function eig(a::AbstractMatrix, b::Union{Nothing,AbstractMatrix} = nothing; left::Bool = false,
             right::Bool = true, overwrite_a::Bool = false, overwrite_b::Bool = false,
             check_finite::Bool = true, homogeneous_eigvals::Bool = false)
    _anycomplex(a, b) && return _eig_complex(a, b, left, right, check_finite, homogeneous_eigvals)
    A = _input(a)
    B = _opt_matrix(b)
    n = size(A, 1)
    w = Vector{ComplexF64}(undef, homogeneous_eigvals ? 2n : n)
    vl = left ? Matrix{ComplexF64}(undef, n, n) : nothing
    vr = right ? Matrix{ComplexF64}(undef, n, n) : nothing
    _eig!(A, B, check_finite, homogeneous_eigvals, w, vl, vr)
    W = _eig_w(w, n, homogeneous_eigvals)
    left && right && return (w = W, vl = vl, vr = vr)
    left && return (w = W, vl = vl)
    right && return (w = W, vr = vr)
    return W
end

"""
    eigvals(a, b=nothing; overwrite_a=false, check_finite=true, homogeneous_eigvals=false)
        -> Vector{ComplexF64}   (`2 × n` Matrix{ComplexF64} `[alpha; beta]` with `homogeneous_eigvals`)

The eigenvalues of the real square matrix `a`, or of the pencil `(a, b)`
(`scipy.linalg.eigvals`): [`eig`](@ref)'s `w` without eigenvectors (the same
values, bit for bit, in the same order; same errors). Not
`LinearAlgebra.eigvals` (which this module does not extend): call it as
`Sciport.Linalg.eigvals`.
"""
function eigvals(a::AbstractMatrix, b::Union{Nothing,AbstractMatrix} = nothing;
                 overwrite_a::Bool = false, check_finite::Bool = true,
                 homogeneous_eigvals::Bool = false)
    return eig(a, b; left = false, right = false, check_finite = check_finite,
               homogeneous_eigvals = homogeneous_eigvals)
end

# ---- Hessenberg and polar forms ----------------------------------------------------

"""
    _hessenberg!(A, check_finite, h, q)

`sciport_linalg_hessenberg` into the given outputs: `h` a strided matrix, `q`
a strided matrix or `nothing` (NULL: SciPy's `calc_q = False`). The library
checks every shape (`a` square first, then `h` and `q` `n × n`).
"""
function _hessenberg!(A::ZeroCopyMatrix, check_finite::Bool, h::StridedMatrix{Float64},
                      q::Union{Nothing,StridedMatrix{Float64}})
    fp = _sym(:sciport_linalg_hessenberg)
    GC.@preserve A h q begin
        am, hm = Ref(_mat(A)), Ref(_mat(h))
        qm = q === nothing ? nothing : Ref(_mat(q))
        GC.@preserve qm begin
            qp = _mat_ptr(qm)
            _ccall_checked() do err
                @ccall $fp(am::Ref{Mat}, check_finite::Bool, hm::Ref{Mat}, qp::Ptr{Mat},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return nothing
end

"""
    hessenberg(a; calc_q=false, overwrite_a=false, check_finite=true)
        -> H::Matrix{Float64}   or  (h=, q=)  with `calc_q = true`

The Hessenberg form of the real square matrix `a` (`scipy.linalg.hessenberg`):
`a = q * h * transpose(q)` with `h` (`n × n`) zero below its first subdiagonal
(exactly) and `q` (`n × n`) orthogonal. As in SciPy, the result is the matrix
`h` alone by default and the NamedTuple `(h = h, q = q)` with `calc_q = true`
(`h, q = hessenberg(a; calc_q = true)` destructures as SciPy's tuple); `h` is
the same, bit for bit, either way. The reflectors are LAPACK's (gehrd/orghr),
so `h` and `q` are SciPy's to rounding (signs included). A matrix of order `≤
2` is returned unchanged (a copy) with `q` the identity, as SciPy does; a `0 ×
0` `a` gives `0 × 0` results.

Errors (`SciportError`): `a` not square `SCIPORT_ERR_DIMENSION_MISMATCH`
("expected a square matrix"); NaN/Inf with `check_finite`
`SCIPORT_ERR_INVALID_ARGUMENT` ("array must not contain infs or NaNs"; with
`check_finite = false` they propagate into the result, as in SciPy). Real
matrices only; other element types and non-strided matrices are converted to
`Matrix{Float64}`, strided views and transposes are read in place.
`overwrite_a` is accepted and ignored (`a` is never written). Not
`LinearAlgebra.hessenberg` (which returns a `Hessenberg` object and which this
module does not extend): call it as `Sciport.Linalg.hessenberg`.
"""
function hessenberg(a::AbstractMatrix; calc_q::Bool = false, overwrite_a::Bool = false,
                    check_finite::Bool = true)
    A = _input(a)
    n = size(A, 1)               # a not square: the library throws before writing h / q
    h = Matrix{Float64}(undef, n, n)
    q = calc_q ? Matrix{Float64}(undef, n, n) : nothing
    _hessenberg!(A, check_finite, h, q)
    return calc_q ? (h = h, q = q) : h
end

"""
    _polar!(A, side, u, p)

`sciport_linalg_polar` into the given outputs: `side` a NUL-free `String` or
`nothing` (NULL: "right"), `u` (`m × n`) and `p` (`n × n` for "right", `m × m`
for "left") strided matrices. The library checks `side`, then the shapes.
"""
function _polar!(A::ZeroCopyMatrix, side::Union{Nothing,String}, u::StridedMatrix{Float64},
                 p::StridedMatrix{Float64})
    fp = _sym(:sciport_linalg_polar)
    GC.@preserve A side u p begin
        am, um, pm = Ref(_mat(A)), Ref(_mat(u)), Ref(_mat(p))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, _cptr(side)::Ptr{UInt8}, um::Ref{Mat}, pm::Ref{Mat},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return nothing
end

"""
    polar(a; side="right") -> (u=, p=)

The polar decomposition of the real `m × n` matrix `a` (`scipy.linalg.polar`):
`a = u * p` for `side = "right"` (SciPy's default), `a = p * u` for `side =
"left"`. `u` (`m × n`) has orthonormal columns (`m ≥ n`: `transpose(u) * u ==
I`) or rows (`m < n`: `u * transpose(u) == I`); `p` is symmetric positive
semidefinite, `n × n` (`p^2 == transpose(a) * a`) for "right" and `m × m` (`p^2
== a * transpose(a)`) for "left". SciPy's tuple `(u, p)` as a NamedTuple: `u, p
= polar(a)`. Computed from the thin SVD `a = W S Vᵀ` as SciPy does (`u = W Vᵀ`,
`p = V S Vᵀ` or `W S Wᵀ`): for a full-rank `a` both factors are unique and
equal SciPy's to rounding; `p` is always unique, but for a rank-deficient `a`
`u` is not (it depends on the SVD's choice of singular vectors for the zero
singular values) and may differ from SciPy's. An empty `a` gives `m × n`
empty `u` and a zero `p` of its size (`0 × 0`, or `2 × 2` zeros for a `0 × 2`
`a` with "right"), as SciPy.

`side` is a `String` (or `Symbol`), case-sensitive as in SciPy. Errors
(`SciportError`): `side` other than "right"/"left" `SCIPORT_ERR_UNKNOWN_NAME`
(SciPy: "`side` must be either 'right' or 'left'"); NaN/Inf
`SCIPORT_ERR_INVALID_ARGUMENT` (SciPy's svd checks them; polar has no
`check_finite`); no SVD convergence `SCIPORT_ERR_SINGULAR`. Real matrices
only; strided views and transposes are read in place, other matrices
converted to `Matrix{Float64}`; `a` is never written.
"""
function polar(a::AbstractMatrix; side = "right")
    sd = _name(side, "side")
    A = _input(a)
    m, n = size(A)
    pn = sd == "left" ? m : n    # an unknown side: the library throws before writing
    u = Matrix{Float64}(undef, m, n)
    p = Matrix{Float64}(undef, pn, pn)
    _polar!(A, sd, u, p)
    return (u = u, p = p)
end

# ---- matrix functions ------------------------------------------------------------

"""
    _expm!(A, expa)

`sciport_linalg_expm` into the given output: `expa` a strided matrix (`n × n`
for an `n × n` `A`). The library checks the shapes (`a` square first, then
`expa`) before writing anything.
"""
function _expm!(A::AbstractMatrix{T}, expa::StridedMatrix{T}) where {T<:Union{Float64,ComplexF64}}
    fp = _linalg_sym(:expm, T)
    GC.@preserve A expa begin
        am, xm = Ref(_view(A)), Ref(_view(expa))
        GC.@preserve am xm begin
            ap, xp = _view_ptr(T, am), _view_ptr(T, xm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, xp::Ptr{Cvoid}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return nothing
end

"""
    expm(a) -> Matrix{Float64}

The matrix exponential `exp(a)` of the real square matrix `a`
(`scipy.linalg.expm`), `n × n` for an `n × n` `a`: scaling and squaring with
the Padé degree and scaling of Al-Mohy and Higham (2009), the algorithm SciPy
uses. A triangular `a` keeps its triangle (exact zeros outside it) and gets
exact diagonal entries `exp(a[i, i])`; a diagonal `a` is exponentiated
entrywise. The result is within about `1e-13` (relative to its largest
magnitude; more for an ill-conditioned exponential) of the exact one, and so
equal to SciPy's to its own error (which reaches `1e-12` on some matrices). A
`0 × 0` `a` gives a `0 × 0` result. Complex `a`: `sciport_linalg_expm_complex`,
a `ComplexF64` result.

As in SciPy there is no `check_finite`: NaN or Inf in `a` is not an error but
gives NaN wherever the result can be nonzero (SciPy's result, NaN for NaN).
Errors (`SciportError`): `a` not square `SCIPORT_ERR_DIMENSION_MISMATCH`
("expected a square matrix"). Real matrices only; strided views and
transposes are read in place, other matrices (`Int`, `Float32`, …) converted
to `Matrix{Float64}`; `a` is never written. `LinearAlgebra` has no `expm` (its
`exp(::Matrix)` is a method of `Base.exp`, which this module does not
extend), so there is no clash: call it as `Sciport.Linalg.expm`.
"""
function expm(a::AbstractMatrix)
    T = _elt(a)
    A = _input(T, a)
    n = size(A, 1)               # a not square: the library throws before writing
    expa = Matrix{T}(undef, n, n)
    _expm!(A, expa)
    return expa
end

# ---- orthogonal factorizations and what rests on them (slice 2) -----------------

"A tolerance keyword: `nothing` (SciPy's `None`) is the C library's NaN."
_tol(x::Nothing) = NaN
_tol(x::Real) = Float64(x)

"A C pointer to the `Mat` in `ref`, or NULL for `nothing` (use inside `GC.@preserve ref`)."
_mat_ptr(ref::Nothing) = Ptr{Mat}(C_NULL)
_mat_ptr(ref::Base.RefValue{Mat}) = Base.unsafe_convert(Ptr{Mat}, ref)

"The C column order `p` (0-based `Int64`) as Sciport.jl's 1-based `Vector{Int}`."
_one_based(p::Vector{Int64}) = Vector{Int}(p .+ 1)

"""
    qr(a; overwrite_a=false, lwork=nothing, mode="full", pivoting=false, check_finite=true)
        -> (q=, r=)  or  (q=, r=, p=)  with `pivoting`

QR decomposition `a = q * r` of the `m × n` matrix `a` (`scipy.linalg.qr`),
`k = min(m, n)`, with LAPACK's Householder conventions (geqrf, geqp3 with
`pivoting`), so `q` and `r` equal SciPy's to rounding. `mode`:

* `"full"` (or `"qr"`; `nothing` is `"full"`): `q` `m × m`, `r` `m × n`;
* `"economic"`: `q` `m × k`, `r` `k × n`;
* `"r"`: `(r=,)` (or `(r=, p=)`), `r` `m × n` — a 1-tuple as in SciPy, so
  `r, = qr(a; mode = "r")`;
* `"raw"`: `(q = (h=, tau=), r=)` (plus `p`), SciPy's `((h, tau), r)`: LAPACK's
  packed reflectors, see [`qr_raw`](@ref); `(h, tau), r = qr(a; mode = "raw")`.

With `pivoting = true`, `p::Vector{Int}` (length `n`) is the column order,
**1-based** (SciPy's `P .+ 1`, as `lu_factor`'s `piv` here): `a[:, p] ≈ q * r`,
`abs.(diag(r))` non-increasing. `overwrite_a` and `lwork` are accepted and
ignored. An unknown `mode` throws `SciportError` (`SCIPORT_ERR_UNKNOWN_NAME`).
Complex `a`: `q` unitary; `mode = "raw"` is not available for complex input
(`SCIPORT_ERR_INVALID_ARGUMENT`). Not `LinearAlgebra.qr`: call it as `Sciport.Linalg.qr`.
"""
function qr(a::AbstractMatrix; overwrite_a::Bool = false, lwork = nothing, mode = "full",
            pivoting::Bool = false, check_finite::Bool = true)
    md = _name(mode, "mode")
    T = _elt(a)
    if md == "raw" && T === Float64     # complex "raw" goes to the library, which rejects it
        raw = qr_raw(a; pivoting = pivoting, check_finite = check_finite)
        hq = (h = raw.h, tau = raw.tau)
        return pivoting ? (q = hq, r = raw.r, p = raw.p) : (q = hq, r = raw.r)
    end
    A = _input(T, a)
    m, n = size(A)
    k = min(m, n)
    want_q = md != "r"          # unknown modes get full-size outputs; the library rejects them
    econ = md == "economic"
    q = want_q ? Matrix{T}(undef, m, econ ? k : m) : nothing
    r = Matrix{T}(undef, econ ? k : m, n)
    p = pivoting ? Vector{Int64}(undef, n) : nothing
    pp = pivoting ? pointer(p) : Ptr{Int64}(C_NULL)
    fp = _linalg_sym(:qr, T)
    GC.@preserve A q r p md begin
        am, rm = Ref(_view(A)), Ref(_view(r))
        qm = want_q ? Ref(_view(q)) : nothing
        GC.@preserve am rm qm begin
            ap, rp, qp = _view_ptr(T, am), _view_ptr(T, rm), _view_ptr(T, qm)
            _ccall_checked() do err
                @ccall $fp(ap::Ptr{Cvoid}, _cptr(md)::Ptr{UInt8}, pivoting::Bool, check_finite::Bool,
                           qp::Ptr{Cvoid}, rp::Ptr{Cvoid}, pp::Ptr{Int64},
                           Csize_t(pivoting ? n : 0)::Csize_t, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    if want_q
        return pivoting ? (q = q, r = r, p = _one_based(p)) : (q = q, r = r)
    end
    return pivoting ? (r = r, p = _one_based(p)) : (r = r,)
end

"""
    qr_raw(a; pivoting=false, check_finite=true) -> (h=, tau=, r=)  or  (h=, tau=, r=, p=)

`scipy.linalg.qr(a, mode="raw")` as a flat NamedTuple: LAPACK geqrf's (geqp3's
with `pivoting`) packed output for the `m × n` matrix `a`, `k = min(m, n)`.
`h` (`m × n`) holds `R` on and above the diagonal and the Householder vectors
`v_i` below it (unit leading entry implied, NumPy's `h`); `tau` (length `k`)
the scalars of `H_i = I - tau[i] v_i v_iᵀ`, `Q = H_1 ⋯ H_k`; `r` (`k × n`) is
`R`; `p` as in [`qr`](@ref) (**1-based**). [`qr`](@ref) with `mode = "raw"`
returns the same arrays nested as SciPy does.
"""
function qr_raw(a::AbstractMatrix; pivoting::Bool = false, check_finite::Bool = true)
    A = _input(a)
    m, n = size(A)
    k = min(m, n)
    h = Matrix{Float64}(undef, m, n)
    tau = Vector{Float64}(undef, k)
    r = Matrix{Float64}(undef, k, n)
    p = pivoting ? Vector{Int64}(undef, n) : nothing
    pp = pivoting ? pointer(p) : Ptr{Int64}(C_NULL)
    fp = _sym(:sciport_linalg_qr_raw)
    GC.@preserve A h tau r p begin
        am, hm, rm = Ref(_mat(A)), Ref(_mat(h)), Ref(_mat(r))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, pivoting::Bool, check_finite::Bool, hm::Ref{Mat},
                       pointer(tau)::Ptr{Cdouble}, Csize_t(k)::Csize_t, rm::Ref{Mat}, pp::Ptr{Int64},
                       Csize_t(pivoting ? n : 0)::Csize_t, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return pivoting ? (h = h, tau = tau, r = r, p = _one_based(p)) : (h = h, tau = tau, r = r)
end

"""
    rq(a; overwrite_a=false, lwork=nothing, mode="full", check_finite=true)
        -> (r=, q=)   (or `r` when `mode = "r"`)

RQ decomposition `a = r * q` of the `m × n` matrix `a` (`scipy.linalg.rq`),
`k = min(m, n)`, `r` upper trapezoidal, `q` with orthonormal rows (LAPACK gerqf
conventions, equal to SciPy's to rounding). `mode`: `"full"` (`nothing`): `r`
`m × n`, `q` `n × n`; `"economic"`: `r` `m × k`, `q` `k × n`; `"r"`: the matrix
`r` (`m × n`) alone, as SciPy returns it. `overwrite_a`, `lwork` are accepted
and ignored; an unknown `mode` throws `SCIPORT_ERR_UNKNOWN_NAME`.
"""
function rq(a::AbstractMatrix; overwrite_a::Bool = false, lwork = nothing, mode = "full",
            check_finite::Bool = true)
    md = _name(mode, "mode")
    A = _input(a)
    m, n = size(A)
    k = min(m, n)
    want_q = md != "r"
    econ = md == "economic"
    r = Matrix{Float64}(undef, m, econ ? k : n)
    q = want_q ? Matrix{Float64}(undef, econ ? k : n, n) : nothing
    fp = _sym(:sciport_linalg_rq)
    GC.@preserve A r q md begin
        am, rm = Ref(_mat(A)), Ref(_mat(r))
        qm = want_q ? Ref(_mat(q)) : nothing
        GC.@preserve qm begin
            qp = _mat_ptr(qm)
            _ccall_checked() do err
                @ccall $fp(am::Ref{Mat}, _cptr(md)::Ptr{UInt8}, check_finite::Bool, rm::Ref{Mat},
                           qp::Ptr{Mat}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return want_q ? (r = r, q = q) : r
end

"""
    lstsq(a, b; cond=nothing, overwrite_a=false, overwrite_b=false, check_finite=true,
          lapack_driver=nothing) -> (x=, residues=, rank=, s=)

Minimum-norm least-squares solution of `a x ≈ b` (`scipy.linalg.lstsq`) for the
`m × n` matrix `a` and `b` with `m` rows (a vector, giving a vector `x` of
length `n`, or an `m × k` matrix, giving `x` `n × k`). Singular values
`≤ cond * s[1]` count as zero (`nothing`: machine epsilon). `residues`: the
squared residual norms when `m > n`, `rank == n` and the driver is not
`"gelsy"` — a `Float64` for a vector `b`, a length-`k` vector for a matrix `b`,
as in SciPy 1.17 — else `Float64[]`. `rank::Int`; `s` the singular values of
`a`, descending (`nothing` for `"gelsy"`, as in SciPy). `lapack_driver`:
`nothing` (= `"gelsd"`), `"gelsd"`, `"gelss"`, `"gelsy"` (all solved the same
way in sciport; `"gelsy"`'s rank follows the singular-value rule). `b` with a
different number of rows throws `SCIPORT_ERR_DIMENSION_MISMATCH`.
"""
function lstsq(a::AbstractMatrix, b::AbstractVecOrMat; cond = nothing, overwrite_a::Bool = false,
               overwrite_b::Bool = false, check_finite::Bool = true, lapack_driver = nothing)
    A = _input(a)
    B = _input(b)
    n = size(A, 2)
    nrhs = size(B, 2)
    x = _like_rhs(B, n)
    drv = _name(lapack_driver, "lapack_driver")
    res = Vector{Float64}(undef, nrhs)
    s = Vector{Float64}(undef, minimum(size(A)))
    nres, rank = Ref{Csize_t}(0), Ref{Csize_t}(0)
    c = _tol(cond)
    fp = _sym(:sciport_linalg_lstsq)
    GC.@preserve A B x drv res s begin
        am, bm, xm = Ref(_mat(A)), Ref(_mat(B)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, c::Cdouble, check_finite::Bool,
                       _cptr(drv)::Ptr{UInt8}, xm::Ref{Mat}, pointer(res)::Ptr{Cdouble},
                       Csize_t(nrhs)::Csize_t, nres::Ref{Csize_t}, rank::Ref{Csize_t},
                       pointer(s)::Ptr{Cdouble}, Csize_t(length(s))::Csize_t,
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    resize!(res, Int(nres[]))
    residues = (b isa AbstractVector && length(res) == 1) ? res[1] : res
    return (x = x, residues = residues, rank = Int(rank[]), s = drv == "gelsy" ? nothing : s)
end

"""
    pinv(a; atol=nothing, rtol=nothing, return_rank=false, check_finite=true)
        -> Matrix{Float64}   (or `(b=, rank=)` with `return_rank`)

The `n × m` Moore-Penrose pseudo-inverse of the `m × n` matrix `a`
(`scipy.linalg.pinv`), from the singular values greater than
`atol + rtol * maximum(s)`; `atol = nothing` is 0, `rtol = nothing` is
`max(m, n) * eps()`. With `return_rank`, SciPy's `(B, rank)` as `(b=, rank=)`.
A negative `atol` or `rtol` throws `SCIPORT_ERR_INVALID_ARGUMENT`. Not
`LinearAlgebra.pinv`: call it as `Sciport.Linalg.pinv`.
"""
function pinv(a::AbstractMatrix; atol = nothing, rtol = nothing, return_rank::Bool = false,
              check_finite::Bool = true)
    A = _input(a)
    m, n = size(A)
    out = Matrix{Float64}(undef, n, m)
    rank = Ref{Csize_t}(0)
    at, rt = _tol(atol), _tol(rtol)
    fp = _sym(:sciport_linalg_pinv)
    GC.@preserve A out begin
        am, om = Ref(_mat(A)), Ref(_mat(out))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, at::Cdouble, rt::Cdouble, check_finite::Bool, om::Ref{Mat},
                       rank::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return return_rank ? (b = out, rank = Int(rank[])) : out
end

"""
    matrix_rank(a; tol=nothing, check_finite=true) -> Int

The numerical rank of the matrix `a` (`numpy.linalg.matrix_rank(A, tol)`; SciPy
has none): the number of singular values greater than `tol`
(`nothing`: `maximum(s) * max(m, n) * eps()`, NumPy's default). NumPy's
`hermitian` and `rtol` are not supported. Not `LinearAlgebra.rank`.
"""
function matrix_rank(a::AbstractMatrix; tol = nothing, check_finite::Bool = true)
    A = _input(a)
    rank = Ref{Csize_t}(0)
    t = _tol(tol)
    fp = _sym(:sciport_linalg_matrix_rank)
    GC.@preserve A begin
        am = Ref(_mat(A))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, t::Cdouble, check_finite::Bool, rank::Ref{Csize_t},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return Int(rank[])
end

"The SVD drivers SciPy's `null_space` accepts (`nothing` is `\"gesdd\"`)."
function _check_svd_driver(lapack_driver)
    drv = _name(lapack_driver, "lapack_driver")
    (drv === nothing || drv == "gesdd" || drv == "gesvd") ||
        _argerror("lapack_driver must be \"gesdd\" or \"gesvd\", got $(repr(drv))", SCIPORT_ERR_UNKNOWN_NAME)
    return nothing
end

"""
    null_space(a; rcond=nothing, overwrite_a=false, check_finite=true, lapack_driver="gesdd")
        -> Matrix{Float64}

An orthonormal basis (the columns, `n × (n - rank)`) of the null space of the
`m × n` matrix `a` (`scipy.linalg.null_space`), the rank counting singular
values `> rcond * maximum(s)` (`nothing`: `max(m, n) * eps()`). The basis is
unique up to an orthogonal change of basis (compare projectors, not columns).
`lapack_driver` must be `"gesdd"` or `"gesvd"` (else `SCIPORT_ERR_UNKNOWN_NAME`)
but does not change the computation; `overwrite_a` is accepted and ignored.
"""
function null_space(a::AbstractMatrix; rcond = nothing, overwrite_a::Bool = false,
                    check_finite::Bool = true, lapack_driver = "gesdd")
    _check_svd_driver(lapack_driver)
    A = _input(a)
    n = size(A, 2)
    q = Matrix{Float64}(undef, n, n)
    ncols = Ref{Csize_t}(0)
    rc = _tol(rcond)
    fp = _sym(:sciport_linalg_null_space)
    GC.@preserve A q begin
        am, qm = Ref(_mat(A)), Ref(_mat(q))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, rc::Cdouble, check_finite::Bool, qm::Ref{Mat},
                       ncols::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    k = Int(ncols[])
    return k == n ? q : q[:, 1:k]
end

"""
    orth(a; rcond=nothing) -> Matrix{Float64}

An orthonormal basis (the columns, `m × rank`) of the range of the `m × n`
matrix `a` (`scipy.linalg.orth`), rank as in [`null_space`](@ref). As in SciPy,
NaN/Inf input is always rejected (`SCIPORT_ERR_INVALID_ARGUMENT`).
"""
function orth(a::AbstractMatrix; rcond = nothing)
    A = _input(a)
    m, n = size(A)
    kmax = min(m, n)
    q = Matrix{Float64}(undef, m, kmax)
    ncols = Ref{Csize_t}(0)
    rc = _tol(rcond)
    fp = _sym(:sciport_linalg_orth)
    GC.@preserve A q begin
        am, qm = Ref(_mat(A)), Ref(_mat(q))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, rc::Cdouble, qm::Ref{Mat}, ncols::Ref{Csize_t},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    k = Int(ncols[])
    return k == kmax ? q : q[:, 1:k]
end

"The library's name of a matrix norm order (NumPy's numbers 1, -1, 2, -2, ±Inf, or a name)."
_matrix_ord(o::Nothing) = nothing
_matrix_ord(o::Union{AbstractString,Symbol,AbstractChar}) = _name(o, "ord")
function _matrix_ord(o::Real)
    isinf(o) && return o > 0 ? "inf" : "-inf"
    (isfinite(o) && isinteger(o)) && return string(Int(o))
    return string(o)             # not a matrix norm: the library rejects it by name
end

"The vector norm order as a `Float64` (NumPy: any number; names are matrix-only)."
_vector_ord(o::Nothing) = 2.0
_vector_ord(o::Real) = Float64(o)
_vector_ord(o) = _argerror("Invalid norm order $(repr(o)) for vectors", SCIPORT_ERR_UNKNOWN_NAME)

"Rejects what the C norms cannot do: norms along an axis, `keepdims`."
function _norm_axis_check(axis, keepdims::Bool)
    axis === nothing || _argerror("norm: axis is not supported by sciport; only axis = nothing")
    keepdims && _argerror("norm: keepdims is not supported by sciport; only keepdims = false")
    return nothing
end

"""
    norm(a::AbstractMatrix, ord=nothing; axis=nothing, keepdims=false, check_finite=true) -> Float64
    norm(x::AbstractVector, ord=nothing; axis=nothing, keepdims=false, check_finite=true) -> Float64

`scipy.linalg.norm` of a matrix or a vector; `ord` may also be given as a
keyword (`norm(a, ord = 2)`, as SciPy code writes it).

* Matrix: `ord` `nothing`/`"fro"` (Frobenius), `"nuc"` (sum of singular
  values), `Inf`/`-Inf` (max/min absolute row sum), `1`/`-1` (max/min
  absolute column sum), `2`/`-2` (largest/smallest singular value); the
  strings `"inf"`, `"-inf"`, `"1"`, … are accepted too. Any other order throws
  `SCIPORT_ERR_UNKNOWN_NAME` (SciPy's "Invalid norm order for matrices.").
* Vector: `ord` any real `p`: `nothing`/`2` (Euclidean), `Inf` (max `|x_i|`),
  `-Inf` (min `|x_i|`), `0` (number of nonzeros), else `(Σ|x_i|^p)^(1/p)`; a
  string throws `SCIPORT_ERR_UNKNOWN_NAME`.

Only whole-array norms: `axis` other than `nothing` and `keepdims = true` throw
`SCIPORT_ERR_INVALID_ARGUMENT`. Not `LinearAlgebra.norm` (whose default `p`
for matrices differs): call it as `Sciport.Linalg.norm`.
"""
function norm(a::AbstractMatrix, ord_pos = nothing; ord = ord_pos, axis = nothing,
              keepdims::Bool = false, check_finite::Bool = true)
    _norm_axis_check(axis, keepdims)
    o = _matrix_ord(ord)
    A = _input(a)
    out = Ref{Cdouble}(NaN)
    fp = _sym(:sciport_linalg_norm)
    GC.@preserve A o begin
        am = Ref(_mat(A))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, _cptr(o)::Ptr{UInt8}, check_finite::Bool, out::Ref{Cdouble},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return out[]
end

function norm(x::AbstractVector, ord_pos = nothing; ord = ord_pos, axis = nothing,
              keepdims::Bool = false, check_finite::Bool = true)
    _norm_axis_check(axis, keepdims)
    return vector_norm(x, _vector_ord(ord); check_finite = check_finite)
end

"""
    vector_norm(x::AbstractVector, ord=2; check_finite=true) -> Float64

The vector norm of [`norm`](@ref)`(x, ord)` (`sciport_linalg_vector_norm`):
`ord` a real number (`Inf`, `-Inf`, `0`, any `p`). A strided `x` (views with any
step) is read in place. NaN `ord`, NaN/Inf in `x` with `check_finite`, and
`±Inf` on an empty `x` throw `SCIPORT_ERR_INVALID_ARGUMENT`.
"""
function vector_norm(x::AbstractVector, ord::Real = 2; check_finite::Bool = true)
    X = _input(x)
    o = Float64(ord)
    out = Ref{Cdouble}(NaN)
    fp = _sym(:sciport_linalg_vector_norm)
    GC.@preserve X begin
        xv = Ref(Vec(Ptr{Cdouble}(pointer(X)), Csize_t(length(X)), Cptrdiff_t(stride(X, 1))))
        _ccall_checked() do err
            @ccall $fp(xv::Ref{Vec}, o::Cdouble, check_finite::Bool, out::Ref{Cdouble},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return out[]
end

# ---- structured solvers and special matrices (slice 3) ---------------------------

"""
    _vec(v) -> Vec

The `sciport_vec` of the strided vector `v`'s own memory (use inside
`GC.@preserve v`).
"""
_vec(v::ZeroCopyVector) = Vec(Ptr{Cdouble}(pointer(v)), Csize_t(length(v)), Cptrdiff_t(stride(v, 1)))

"A C pointer to the `Vec` in `ref`, or NULL for `nothing` (use inside `GC.@preserve ref`)."
_vec_ptr(ref::Nothing) = Ptr{Vec}(C_NULL)
_vec_ptr(ref::Base.RefValue{Vec}) = Base.unsafe_convert(Ptr{Vec}, ref)

"`nothing`, or the vector `v` as sciport reads it (in place when strided)."
_opt_input(v::Nothing) = nothing
_opt_input(v::AbstractVector) = _input(v)

"""
    _row_mat(v) -> Mat

The strided vector `v` as a `1 × n` `sciport_mat` (NumPy's `atleast_2d` of a
1-D array), in place. Use inside `GC.@preserve v`.
"""
function _row_mat(v::ZeroCopyVector)
    n = length(v)
    cs = n == 0 ? 1 : stride(v, 1)
    return Mat(Ptr{Cdouble}(pointer(v)), Csize_t(1), Csize_t(n), Cptrdiff_t(max(n, 1) * abs(cs) + 1),
               Cptrdiff_t(cs))
end

"""
    solve_banded((l, u), ab, b; overwrite_ab=false, overwrite_b=false, check_finite=true)

Solves `a x = b` for the `n × n` band matrix `a` with `l` subdiagonals and `u`
superdiagonals (`scipy.linalg.solve_banded`), given in LAPACK's
diagonal-ordered form: `ab` is `(l + u + 1) × n` with `ab[u + 1 + i - j, j] ==
a[i, j]` (1-based; SciPy's `ab[u + i - j, j] == a[i, j]`); the unused corners
of `ab` are not read. `b`: a vector (result: vector of length `n`) or an
`n × k` matrix. Band LU with partial pivoting (LAPACK gbsv). As in SciPy, a
`1 × 1` system is `b / ab[u + 1, 1]` with no singularity check.

Errors: a zero pivot `SCIPORT_ERR_SINGULAR` ("singular matrix"); `l + u + 1 !=
size(ab, 1)` or `b` with other than `n` rows `SCIPORT_ERR_DIMENSION_MISMATCH`;
negative `l`/`u` (SciPy: `ValueError`) and NaN/Inf with `check_finite`
`SCIPORT_ERR_INVALID_ARGUMENT`. `overwrite_*` are accepted and ignored.
"""
function solve_banded(l_and_u, ab::AbstractMatrix, b::AbstractVecOrMat; overwrite_ab::Bool = false,
                      overwrite_b::Bool = false, check_finite::Bool = true)
    length(l_and_u) == 2 || _argerror("l_and_u must be (l, u), got $(repr(l_and_u))")
    l, u = l_and_u
    (l isa Integer && u isa Integer) || _argerror("l and u must be integers, got $(repr(l_and_u))")
    (l >= 0 && u >= 0) ||
        _argerror("the numbers of lower and upper diagonals must be non-negative, got (l, u) = ($l, $u)")
    AB = _input(ab)
    B = _input(b)
    x = _like_rhs(B, size(B, 1))
    fp = _sym(:sciport_linalg_solve_banded)
    GC.@preserve AB B x begin
        am, bm, xm = Ref(_mat(AB)), Ref(_mat(B)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(Csize_t(l)::Csize_t, Csize_t(u)::Csize_t, am::Ref{Mat}, bm::Ref{Mat},
                       check_finite::Bool, xm::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return x
end

"""
    solveh_banded(ab, b; overwrite_ab=false, overwrite_b=false, lower=false, check_finite=true)

Solves `a x = b` for the symmetric positive definite `n × n` band matrix `a`
with `kd` off-diagonals (`scipy.linalg.solveh_banded`), stored in the
`(kd + 1) × n` matrix `ab`: upper form (the default) `ab[kd + 1 + i - j, j] ==
a[i, j]` for `i ≤ j`, lower form (`lower = true`) `ab[1 + i - j, j] == a[i, j]`
for `i ≥ j` (1-based). `b`: a vector (result: vector) or an `n × k` matrix.
Band Cholesky (LAPACK pbsv).

Errors: `a` not positive definite `SCIPORT_ERR_SINGULAR` ("k-th leading minor
not positive definite", `k` 1-based as in SciPy); shapes
`SCIPORT_ERR_DIMENSION_MISMATCH`; NaN/Inf with `check_finite`
`SCIPORT_ERR_INVALID_ARGUMENT`.
"""
function solveh_banded(ab::AbstractMatrix, b::AbstractVecOrMat; overwrite_ab::Bool = false,
                       overwrite_b::Bool = false, lower::Bool = false, check_finite::Bool = true)
    AB = _input(ab)
    B = _input(b)
    x = _like_rhs(B, size(B, 1))
    fp = _sym(:sciport_linalg_solveh_banded)
    GC.@preserve AB B x begin
        am, bm, xm = Ref(_mat(AB)), Ref(_mat(B)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, lower::Bool, check_finite::Bool, xm::Ref{Mat},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return x
end

"`(c, r)` of SciPy's `c_or_cr`: a vector `c` (then `r` is `nothing`) or a tuple `(c, r)`."
function _c_or_cr(c_or_cr)
    c_or_cr isa AbstractVector && return c_or_cr, nothing
    if c_or_cr isa Tuple && length(c_or_cr) == 2
        c, r = c_or_cr
        c isa AbstractVector && (r === nothing || r isa AbstractVector) && return c, r
    end
    _argerror("c_or_cr must be a vector c or a tuple (c, r) of vectors, got a $(typeof(c_or_cr))")
end

"""
    solve_toeplitz(c_or_cr, b; check_finite=true)

Solves `T x = b` for the `n × n` Toeplitz matrix `T = toeplitz(c, r)`
(`scipy.linalg.solve_toeplitz`) by Levinson recursion: `c_or_cr` is the first
column `c` (then `r = c`, a symmetric `T`) or a tuple `(c, r)` with the first
row `r` (`r[1]` is ignored; `c[1]` is the diagonal). `b`: a vector (result:
vector) or an `n × k` matrix. As in SciPy, every leading principal minor must be
nonsingular, even when `T` is not singular.

Errors: a singular leading minor `SCIPORT_ERR_SINGULAR` ("Singular principal
minor"); lengths of `c`, `r` and `b`'s rows that differ
`SCIPORT_ERR_DIMENSION_MISMATCH` ("Incompatible dimensions"); NaN/Inf with
`check_finite` `SCIPORT_ERR_INVALID_ARGUMENT`.
"""
function solve_toeplitz(c_or_cr, b::AbstractVecOrMat; check_finite::Bool = true)
    c, r = _c_or_cr(c_or_cr)
    C = _input(c)
    R = _opt_input(r)
    B = _input(b)
    x = _like_rhs(B, size(B, 1))
    fp = _sym(:sciport_linalg_solve_toeplitz)
    GC.@preserve C R B x begin
        cv, bm, xm = Ref(_vec(C)), Ref(_mat(B)), Ref(_mat(x))
        rv = R === nothing ? nothing : Ref(_vec(R))
        GC.@preserve rv begin
            rp = _vec_ptr(rv)
            _ccall_checked() do err
                @ccall $fp(cv::Ref{Vec}, rp::Ptr{Vec}, bm::Ref{Mat}, check_finite::Bool,
                           xm::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return x
end

"Rejects SciPy's batching axes of `solve_circulant` other than the defaults (Julia numbering)."
function _circulant_axes_check(caxis, baxis, outaxis, b)
    caxis in (-1, 1) || _argerror("solve_circulant: caxis is not supported by sciport; only " *
                                  "caxis = -1 (c is a vector)")
    nb = ndims(b)
    baxis in (1, -nb) || _argerror("solve_circulant: baxis is not supported by sciport; only " *
                                   "baxis = 1 (Julia's number of SciPy's baxis=0: b's rows)")
    outaxis in (1, -nb) || _argerror("solve_circulant: outaxis is not supported by sciport; only " *
                                     "outaxis = 1 (Julia's number of SciPy's outaxis=0)")
    return nothing
end

"""
    solve_circulant(c, b; singular="raise", tol=nothing, caxis=-1, baxis=1, outaxis=1)

Solves `C x = b` for the `n × n` circulant matrix `C = circulant(c)`
(`scipy.linalg.solve_circulant`), dividing by `C`'s eigenvalues `fft(c)`. `b`:
a vector (result: vector) or an `n × k` matrix (its columns are solved
together). An eigenvalue with `|λ| ≤ tol` (`nothing`: `maximum(|λ|) * n *
eps()`, SciPy's `None`) makes `singular = "raise"` throw and `singular =
"lstsq"` return the least-squares solution. SciPy's batching axes are not
supported: `caxis`, `baxis`, `outaxis` must keep their defaults (Julia's
dimension numbers: SciPy's `baxis=0` is `baxis = 1` here), else
`SCIPORT_ERR_INVALID_ARGUMENT`. As SciPy, there is no `check_finite`: NaN
input gives NaN.

Errors: a (near) singular `C` with `singular = "raise"` `SCIPORT_ERR_SINGULAR`
("near singular circulant matrix."); `b` with other than `length(c)` rows
`SCIPORT_ERR_DIMENSION_MISMATCH`; `singular` other than `"raise"`/`"lstsq"`
`SCIPORT_ERR_UNKNOWN_NAME` (SciPy silently treats any other string as
`"lstsq"`).
"""
function solve_circulant(c::AbstractVector, b::AbstractVecOrMat; singular = "raise", tol = nothing,
                         caxis::Integer = -1, baxis::Integer = 1, outaxis::Integer = 1)
    _circulant_axes_check(caxis, baxis, outaxis, b)
    sg = _name(singular, "singular")
    C = _input(c)
    B = _input(b)
    x = _like_rhs(B, size(B, 1))
    t = _tol(tol)
    fp = _sym(:sciport_linalg_solve_circulant)
    GC.@preserve C B x sg begin
        cv, bm, xm = Ref(_vec(C)), Ref(_mat(B)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(cv::Ref{Vec}, bm::Ref{Mat}, _cptr(sg)::Ptr{UInt8}, t::Cdouble, xm::Ref{Mat},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return x
end

"""
    toeplitz(c, r=nothing) -> Matrix{Float64}

The `length(c) × length(r)` Toeplitz matrix with first column `c` and first
row `r` (`scipy.linalg.toeplitz`; `r[1]` is ignored, `c[1]` is the diagonal);
`r = nothing` gives SciPy's `toeplitz(c)`: `r = c`, a square symmetric matrix.
`c` and `r` are vectors (SciPy 1.17's batching of N-D input is not supported).
"""
function toeplitz(c::AbstractVector, r::Union{Nothing,AbstractVector} = nothing)
    C = _input(c)
    R = _opt_input(r)
    out = Matrix{Float64}(undef, length(C), R === nothing ? length(C) : length(R))
    fp = _sym(:sciport_linalg_toeplitz)
    GC.@preserve C R out begin
        cv, om = Ref(_vec(C)), Ref(_mat(out))
        rv = R === nothing ? nothing : Ref(_vec(R))
        GC.@preserve rv begin
            rp = _vec_ptr(rv)
            _ccall_checked() do err
                @ccall $fp(cv::Ref{Vec}, rp::Ptr{Vec}, om::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

"""
    circulant(c) -> Matrix{Float64}

The `n × n` circulant matrix with first column `c` (`scipy.linalg.circulant`):
column `j` is `c` rotated down by `j - 1`. `c` is a vector (SciPy 1.17's
batching of N-D input is not supported).
"""
function circulant(c::AbstractVector)
    C = _input(c)
    n = length(C)
    out = Matrix{Float64}(undef, n, n)
    fp = _sym(:sciport_linalg_circulant)
    GC.@preserve C out begin
        cv, om = Ref(_vec(C)), Ref(_mat(out))
        _ccall_checked() do err
            @ccall $fp(cv::Ref{Vec}, om::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return out
end

"""
    hilbert(n) -> Matrix{Float64}

The `n × n` Hilbert matrix `h[i, j] = 1 / (i + j - 1)` (1-based;
`scipy.linalg.hilbert`). As in SciPy, `n ≤ 0` gives a `0 × 0` matrix.
"""
function hilbert(n::Integer)
    m = max(Int(n), 0)
    out = Matrix{Float64}(undef, m, m)
    fp = _sym(:sciport_linalg_hilbert)
    GC.@preserve out begin
        om = Ref(_mat(out))
        _ccall_checked() do err
            @ccall $fp(Csize_t(m)::Csize_t, om::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return out
end

"The `sciport_mat` of a kron/block_diag operand: a matrix, or a vector as a `1 × n` row."
_operand_mat(A::ZeroCopyMatrix) = _mat(A)
_operand_mat(v::ZeroCopyVector) = _row_mat(v)

"""
    kron(a, b) -> Matrix{Float64}   (a `Vector{Float64}` when both are vectors)

The Kronecker product of `a` (`ma × na`) and `b` (`mb × nb`): the
`(ma·mb) × (na·nb)` matrix whose block `(i, j)` is `a[i, j] * b`. SciPy 1.17
removed `scipy.linalg.kron` (deprecated since 1.15 in favour of `numpy.kron`);
this is `numpy.kron` for 1-D and 2-D input: two vectors give the vector of
length `length(a) * length(b)`, a vector with a matrix counts as a `1 × n`
row. Not `Base.kron`: call it as `Sciport.Linalg.kron`.
"""
function kron(a::AbstractVecOrMat, b::AbstractVecOrMat)
    if a isa AbstractVector && b isa AbstractVector
        A, B = _input(a), _input(b)
        out = Vector{Float64}(undef, length(A) * length(B))
        GC.@preserve A B out begin              # column vectors: (ma·mb) × 1
            _kron_call(_mat(A), _mat(B), _mat(out))
        end
        return out
    end
    A, B = _input(a), _input(b)
    ma, na = A isa AbstractVector ? (1, length(A)) : size(A)
    mb, nb = B isa AbstractVector ? (1, length(B)) : size(B)
    out = Matrix{Float64}(undef, ma * mb, na * nb)
    GC.@preserve A B out begin
        _kron_call(_operand_mat(A), _operand_mat(B), _mat(out))
    end
    return out
end

function _kron_call(am::Mat, bm::Mat, om::Mat)
    ar, br, or = Ref(am), Ref(bm), Ref(om)
    fp = _sym(:sciport_linalg_kron)
    _ccall_checked() do err
        @ccall $fp(ar::Ref{Mat}, br::Ref{Mat}, or::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return nothing
end

"A `block_diag` argument as sciport reads it: a number is a `1 × 1` matrix."
_block_input(x::Real) = fill(Float64(x), 1, 1)
_block_input(A::AbstractVecOrMat) = _input(A)
_block_input(x) = _argerror("block_diag: arguments must be numbers, vectors or matrices " *
                            "(SciPy: at most 2 dimensions), got a $(typeof(x))")

_block_size(A::AbstractMatrix) = size(A)
_block_size(v::AbstractVector) = (1, length(v))

"""
    block_diag(arrs...) -> Matrix{Float64}

The block diagonal matrix with `arrs` on its diagonal, zeros elsewhere
(`scipy.linalg.block_diag`): its size is the sum of the blocks' rows × the sum
of their columns. As SciPy's `atleast_2d`, a vector is a `1 × n` row and a
number a `1 × 1` block; blocks with zero rows or columns shift the following
blocks; `block_diag()` is `1 × 0`. Each block is read in place when strided.
"""
function block_diag(arrs...)
    blocks = Any[_block_input(x) for x in arrs]       # a Vector: GC.@preserve roots every block
    sizes = [_block_size(B) for B in blocks]
    m = isempty(blocks) ? 1 : sum(first, sizes)
    n = isempty(blocks) ? 0 : sum(last, sizes)
    out = Matrix{Float64}(undef, m, n)
    fp = _sym(:sciport_linalg_block_diag)
    GC.@preserve blocks out begin
        mats = Mat[_operand_mat(B) for B in blocks]
        om = Ref(_mat(out))
        GC.@preserve mats begin
            bp = isempty(mats) ? Ptr{Mat}(C_NULL) : pointer(mats)
            _ccall_checked() do err
                @ccall $fp(bp::Ptr{Mat}, Csize_t(length(mats))::Csize_t, om::Ref{Mat},
                           err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

include("linalg_complex.jl")
include("linalg_schur.jl")

end # module Linalg
