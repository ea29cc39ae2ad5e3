# Schur decomposition, matrix equations and the matrix square root (included
# by linalg.jl inside `module Linalg`, after linalg_complex.jl).

"""
    schur(a; output="real", lwork=nothing, overwrite_a=false, sort=nothing, check_finite=true)
        -> (t=, z=, sdim=)

The Schur decomposition `a = z * t * z'` of the square matrix `a`
(`scipy.linalg.schur`). Real `a` with `output = "real"` (or `"r"`, the
default): `t::Matrix{Float64}` quasi-upper triangular (`2 × 2` blocks `[x b; c
x]` with `b c < 0` for the complex pairs `x ± sqrt(-b c) im`), `z` orthogonal.
`output = "complex"` (or `"c"`) converts a real `a` to complex first, as SciPy
does; a complex `a` always gives the complex form: `t::Matrix{ComplexF64}`
upper triangular with the eigenvalues on its diagonal, `z` unitary.

`sort`: `nothing` (no ordering) or `"lhp"` (real part `< 0`), `"rhp"` (`≥
0`), `"iuc"` (`|w| ≤ 1`), `"ouc"` (`|w| > 1`): the selected eigenvalues come
first and `sdim` counts them (a real-form conjugate pair counts two). SciPy
returns `sdim` only with `sort`; here it is always present (`0` without
`sort`), so `t, z = schur(a)` and `t, z, sdim = schur(a; sort = "lhp")` both
destructure as SciPy's tuples. The form is not unique: `t` and `z` may differ
from SciPy's by the order of unsorted eigenvalues and the signs (unit factors)
of `z`'s columns. SciPy's callable `sort` is not supported.

Errors (`SciportError`): `a` not square `SCIPORT_ERR_DIMENSION_MISMATCH`;
unknown `sort` `SCIPORT_ERR_UNKNOWN_NAME`; NaN/Inf (even with `check_finite =
false`, as in SciPy), an `output` other than the four names or a callable
`sort` `SCIPORT_ERR_INVALID_ARGUMENT`; no convergence `SCIPORT_ERR_SINGULAR`.
`lwork`/`overwrite_a` are accepted and ignored. Not `LinearAlgebra.schur`
(which returns a `Schur` object): call it as `Sciport.Linalg.schur`.
"""
function schur(a::AbstractMatrix; output = "real", lwork = nothing, overwrite_a::Bool = false,
               sort = nothing, check_finite::Bool = true)
    out = _schur_output(output)
    srt = _schur_sort(sort)
    (out == :complex || _anycomplex(a)) && return _schur_complex(_cinput(a), srt, check_finite)
    A = _input(a)
    n = size(A, 1)
    t = Matrix{Float64}(undef, n, n)
    z = Matrix{Float64}(undef, n, n)
    sdim = Ref{Csize_t}(0)
    fp = _sym(:sciport_linalg_schur)
    GC.@preserve A t z srt begin
        am, tm, zm = Ref(_mat(A)), Ref(_mat(t)), Ref(_mat(z))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, _cptr(srt)::Ptr{UInt8}, check_finite::Bool, tm::Ref{Mat},
                       zm::Ref{Mat}, sdim::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return (t = t, z = z, sdim = Int(sdim[]))
end

"`sciport_linalg_schur_complex` of the complex matrix `A` (read in place when strided)."
function _schur_complex(A::ZeroCopyCMatrix, srt::Union{Nothing,String}, check_finite::Bool)
    n = size(A, 1)
    t = Matrix{ComplexF64}(undef, n, n)
    z = Matrix{ComplexF64}(undef, n, n)
    sdim = Ref{Csize_t}(0)
    fp = _sym(:sciport_linalg_schur_complex)
    GC.@preserve A t z srt begin
        am, tm, zm = Ref(_cmat(A)), Ref(_cmat(t)), Ref(_cmat(z))
        _ccall_checked() do err
            @ccall $fp(am::Ref{CMat}, _cptr(srt)::Ptr{UInt8}, check_finite::Bool, tm::Ref{CMat},
                       zm::Ref{CMat}, sdim::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return (t = t, z = z, sdim = Int(sdim[]))
end

"SciPy's `output` of `schur`: `:real` (\"real\", \"r\") or `:complex` (\"complex\", \"c\")."
function _schur_output(output)
    o = string(output)
    o in ("real", "r") && return :real
    o in ("complex", "c") && return :complex
    _argerror("schur: output must be \"real\" or \"complex\", got $(repr(output))")
end

"`schur`'s `sort` as a C string (`nothing`: NULL); the library checks the name."
function _schur_sort(sort)
    (sort === nothing || sort isa AbstractString || sort isa Symbol) ||
        _argerror("schur: sort must be nothing, \"lhp\", \"rhp\", \"iuc\" or \"ouc\" " *
                  "(callables are not supported), got a $(typeof(sort))")
    return _name(sort, "sort")
end

"Rejects complex input to the real-only matrix equation solvers."
function _real_only(what::AbstractString, xs...)
    _anycomplex(xs...) && _argerror("$what: complex matrices are not supported (real matrices only)")
    return nothing
end

"""
    solve_sylvester_perturbed(a, b, q) -> (x=, perturbed=)

[`solve_sylvester`](@ref) that also returns the library's `perturbed` flag:
`true` when `a` and `-b` have (nearly) common eigenvalues, so that LAPACK's
trsyl perturbed the equation and `x` is inaccurate or meaningless (SciPy
returns such an `x` without a word).
"""
function solve_sylvester_perturbed(a::AbstractMatrix, b::AbstractMatrix, q::AbstractMatrix)
    _real_only("solve_sylvester", a, b, q)
    A, B, Q = _input(a), _input(b), _input(q)
    x = Matrix{Float64}(undef, size(Q))
    perturbed = Ref{Bool}(false)
    fp = _sym(:sciport_linalg_solve_sylvester)
    GC.@preserve A B Q x begin
        am, bm, qm, xm = Ref(_mat(A)), Ref(_mat(B)), Ref(_mat(Q)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, qm::Ref{Mat}, xm::Ref{Mat}, perturbed::Ref{Bool},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return (x = x, perturbed = perturbed[])
end

"""
    solve_sylvester(a, b, q) -> Matrix{Float64}

The solution `x` (`m × n`) of `a x + x b = q` for real `a` (`m × m`), `b` (`n
× n`) and `q` (`m × n`) (`scipy.linalg.solve_sylvester`, Bartels–Stewart).
As SciPy, nothing is said when the equation is (nearly) singular; see
[`solve_sylvester_perturbed`](@ref) for the flag. Errors (`SciportError`):
shapes `SCIPORT_ERR_DIMENSION_MISMATCH`; NaN/Inf or complex input
`SCIPORT_ERR_INVALID_ARGUMENT`; no Schur convergence `SCIPORT_ERR_SINGULAR`.
"""
solve_sylvester(a::AbstractMatrix, b::AbstractMatrix, q::AbstractMatrix) =
    solve_sylvester_perturbed(a, b, q).x

"""
    solve_continuous_lyapunov(a, q) -> Matrix{Float64}

The solution `x` of `a x + x aᵀ = q` for real `n × n` `a` and `q`
(`scipy.linalg.solve_continuous_lyapunov`). Where SciPy emits its
RuntimeWarning (an eigenvalue pair of `a` sums to (nearly) zero, the solution
comes from perturbed coefficients), a warning is logged with `@warn`. Errors
(`SciportError`): shapes `SCIPORT_ERR_DIMENSION_MISMATCH`; NaN/Inf or complex
input `SCIPORT_ERR_INVALID_ARGUMENT`; no Schur convergence `SCIPORT_ERR_SINGULAR`.
"""
function solve_continuous_lyapunov(a::AbstractMatrix, q::AbstractMatrix)
    _real_only("solve_continuous_lyapunov", a, q)
    A, Q = _input(a), _input(q)
    x = Matrix{Float64}(undef, size(Q))
    perturbed = Ref{Bool}(false)
    fp = _sym(:sciport_linalg_solve_continuous_lyapunov)
    GC.@preserve A Q x begin
        am, qm, xm = Ref(_mat(A)), Ref(_mat(Q)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, qm::Ref{Mat}, xm::Ref{Mat}, perturbed::Ref{Bool},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    perturbed[] && @warn "The equation is ill-conditioned or singular: the solution was computed " *
                         "from perturbed coefficients and may be inaccurate."   # SciPy's RuntimeWarning
    return x
end

"""
    solve_discrete_lyapunov(a, q, method=nothing) -> Matrix{Float64}

The solution `x` of `a x aᵀ - x + q = 0` for real `n × n` `a` and `q`
(`scipy.linalg.solve_discrete_lyapunov`). `method`: `nothing` (SciPy's
choice: "direct" below `n = 10`, else "bilinear"), "direct" (the `n² × n²`
Kronecker system) or "bilinear" (mapped to a continuous Lyapunov equation),
case-insensitive as in SciPy. Errors (`SciportError`): shapes
`SCIPORT_ERR_DIMENSION_MISMATCH`; unknown `method` `SCIPORT_ERR_UNKNOWN_NAME`;
NaN/Inf or complex input `SCIPORT_ERR_INVALID_ARGUMENT`; a singular system
(or `a + I`) `SCIPORT_ERR_SINGULAR`.
"""
function solve_discrete_lyapunov(a::AbstractMatrix, q::AbstractMatrix, method = nothing)
    _real_only("solve_discrete_lyapunov", a, q)
    A, Q = _input(a), _input(q)
    md = _name(method, "method")
    x = Matrix{Float64}(undef, size(Q))
    fp = _sym(:sciport_linalg_solve_discrete_lyapunov)
    GC.@preserve A Q x md begin
        am, qm, xm = Ref(_mat(A)), Ref(_mat(Q)), Ref(_mat(x))
        _ccall_checked() do err
            @ccall $fp(am::Ref{Mat}, qm::Ref{Mat}, _cptr(md)::Ptr{UInt8}, xm::Ref{Mat},
                       err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    return x
end

"""
    _are(cname, what, a, b, q, r, e, s, balanced)

The shared body of the Riccati solvers: `cname(a, b, q, r, e, s, balanced, x)`
with `e`/`s` NULL for `nothing`; `x` is `m × m` for `a`'s `m` rows.
"""
function _are(cname::Symbol, what::AbstractString, a, b, q, r, e, s, balanced::Bool)
    _real_only(what, a, b, q, r, e, s)
    A, B, Q, R = _input(a), _input(b), _input(q), _input(r)
    E, S = _opt_matrix(e), _opt_matrix(s)
    m = size(A, 1)
    x = Matrix{Float64}(undef, m, m)
    fp = _sym(cname)
    GC.@preserve A B Q R E S x begin
        am, bm, qm, rm, xm = Ref(_mat(A)), Ref(_mat(B)), Ref(_mat(Q)), Ref(_mat(R)), Ref(_mat(x))
        em = E === nothing ? nothing : Ref(_mat(E))
        sm = S === nothing ? nothing : Ref(_mat(S))
        GC.@preserve em sm begin
            ep, sp = _mat_ptr(em), _mat_ptr(sm)
            _ccall_checked() do err
                @ccall $fp(am::Ref{Mat}, bm::Ref{Mat}, qm::Ref{Mat}, rm::Ref{Mat}, ep::Ptr{Mat},
                           sp::Ptr{Mat}, balanced::Bool, xm::Ref{Mat}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return x
end

"""
    solve_continuous_are(a, b, q, r; e=nothing, s=nothing, balanced=true) -> Matrix{Float64}

The stabilizing solution `x` (`m × m`, symmetric) of the continuous algebraic
Riccati equation `aᵀ x e + eᵀ x a - (eᵀ x b + s) r⁻¹ (bᵀ x e + sᵀ) + q = 0`
(`scipy.linalg.solve_continuous_are`) for real `a` (`m × m`), `b` (`m × n`),
symmetric `q` (`m × m`) and nonsingular symmetric `r` (`n × n`); `e` (`m ×
m`, `nothing`: the identity) and `s` (`m × n`, `nothing`: zero) are keywords
here (SciPy's positional `e`, `s` too). SciPy's method: the extended
Hamiltonian pencil, balanced when `balanced`. Errors (`SciportError`, SciPy's
messages): shapes `SCIPORT_ERR_DIMENSION_MISMATCH`; NaN/Inf, `q`/`r` not
symmetric, `r`/`e` singular, complex input `SCIPORT_ERR_INVALID_ARGUMENT`; no
finite stabilizing solution `SCIPORT_ERR_SINGULAR`.
"""
solve_continuous_are(a::AbstractMatrix, b::AbstractMatrix, q::AbstractMatrix, r::AbstractMatrix;
                     e::Union{Nothing,AbstractMatrix} = nothing, s::Union{Nothing,AbstractMatrix} = nothing,
                     balanced::Bool = true) =
    _are(:sciport_linalg_solve_continuous_are, "solve_continuous_are", a, b, q, r, e, s, balanced)

"""
    solve_discrete_are(a, b, q, r; e=nothing, s=nothing, balanced=true) -> Matrix{Float64}

The stabilizing solution `x` (`m × m`, symmetric) of the discrete algebraic
Riccati equation `aᵀ x a - eᵀ x e - (aᵀ x b + s) (r + bᵀ x b)⁻¹ (bᵀ x a + sᵀ)
+ q = 0` (`scipy.linalg.solve_discrete_are`); shapes, keywords and errors as
[`solve_continuous_are`](@ref) (`r` may be singular here, as in SciPy).
"""
solve_discrete_are(a::AbstractMatrix, b::AbstractMatrix, q::AbstractMatrix, r::AbstractMatrix;
                   e::Union{Nothing,AbstractMatrix} = nothing, s::Union{Nothing,AbstractMatrix} = nothing,
                   balanced::Bool = true) =
    _are(:sciport_linalg_solve_discrete_are, "solve_discrete_are", a, b, q, r, e, s, balanced)

"SciPy's LinAlgWarning for a `sciport_matfunc_warning` value (logged with `@warn`; 0 logs nothing)."
function _warn_matfunc(w::Int32)
    w == 1 && @warn "Matrix is singular. The result might be inaccurate or the array might not " *
                    "have a square root."
    w == 2 && @warn "Matrix is ill-conditioned. The result might be inaccurate or the array might " *
                    "not have a square root."
    return nothing
end

"""
    sqrtm(a) -> Matrix{Float64} or Matrix{ComplexF64}

The principal square root `x` of the square matrix `a` (`x * x ≈ a`;
`scipy.linalg.sqrtm`, the Schur method). As SciPy, for real `a` the result is
a real `Matrix{Float64}` unless `a` has a real negative eigenvalue, when it is
a `Matrix{ComplexF64}` (so the return type depends on the values); a complex
`a` always gives a `Matrix{ComplexF64}`. SciPy's LinAlgWarning (a singular or
ill-conditioned `a`: the root may be inaccurate or not exist) is logged with
`@warn`; the result is returned either way (with Inf/NaN where SciPy has
them). NaN/Inf in a real `a` give NaN in the result, as SciPy's; in a complex
`a` they throw `SCIPORT_ERR_INVALID_ARGUMENT` (unless `a` is upper triangular,
which is used as it is). Errors (`SciportError`): `a` not square
`SCIPORT_ERR_DIMENSION_MISMATCH`; no Schur convergence `SCIPORT_ERR_SINGULAR`. Strided views and transposes are
read in place.
"""
function sqrtm(a::AbstractMatrix)
    warning = Ref{Int32}(0)
    fp = _sym(:sciport_linalg_sqrtm)
    x = _matfunc(_input(a)) do am, xm, is_real, err
        @ccall $fp(am::Ref{Mat}, xm::Ref{CMat}, is_real::Ref{Bool}, warning::Ref{Int32},
                   err::Ref{Ptr{Cvoid}})::Int32
    end
    _warn_matfunc(warning[])
    return x
end

"""
    sqrtm(a::AbstractMatrix{<:Complex}) -> Matrix{ComplexF64}

The principal square root of a complex square matrix (complex Schur method;
an upper triangular `a` is used as it is); warnings and errors as for real `a`.
"""
function sqrtm(a::CMatrix)
    warning = Ref{Int32}(0)
    fp = _sym(:sciport_linalg_sqrtm_complex)
    x = _matfunc(_cinput(a)) do am, xm, _, err
        @ccall $fp(am::Ref{CMat}, xm::Ref{CMat}, warning::Ref{Int32}, err::Ref{Ptr{Cvoid}})::Int32
    end
    _warn_matfunc(warning[])
    return x
end

"""
    logm(a; disp=true) -> Matrix{Float64} or Matrix{ComplexF64}
    logm(a; disp=false) -> (x=, errest=)

The principal logarithm `x` of the square matrix `a` (`expm(x) ≈ a`;
`scipy.linalg.logm`, inverse scaling and squaring on the Schur form). The
result's type follows the rules of [`sqrtm`](@ref): for real `a` a real
`Matrix{Float64}` unless the logarithm is complex (e.g. `a` has a real
negative eigenvalue), then a `Matrix{ComplexF64}`; a complex `a` always gives
a `Matrix{ComplexF64}`.

`errest` is SciPy's error estimate `‖expm(x) - a‖₁ / ‖a‖₁` (`Inf` for a zero
`a`). With `disp = true` (SciPy's default) only `x` is returned and, when
`!(errest < 1000 eps)`, SciPy's RuntimeWarning "logm result may be
inaccurate, approximate err = <errest>" is logged with `@warn`; `disp =
false` returns `(x = x, errest = errest)` (SciPy's tuple, destructures as `x,
errest = …`) without that warning. SciPy's LogmRankWarning ("The logm input
matrix is exactly singular." / "… may be nearly singular.") is logged with
`@warn` in both cases; the result is returned either way. A `0 × 0` `a` gives
an empty result (errest `0`). Errors (`SciportError`): `a` not square
`SCIPORT_ERR_DIMENSION_MISMATCH`; NaN/Inf in `a`
`SCIPORT_ERR_INVALID_ARGUMENT`; no Schur convergence `SCIPORT_ERR_SINGULAR`.
Strided views and transposes are read in place.
"""
function logm(a::AbstractMatrix; disp::Bool = true)
    errest, warning = Ref{Cdouble}(NaN), Ref{Int32}(0)
    fp = _sym(:sciport_linalg_logm)
    x = _matfunc(_input(a)) do am, xm, is_real, err
        @ccall $fp(am::Ref{Mat}, xm::Ref{CMat}, is_real::Ref{Bool}, errest::Ref{Cdouble},
                   warning::Ref{Int32}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return _logm_result(x, errest[], warning[], disp)
end

"""
    logm(a::AbstractMatrix{<:Complex}; disp=true) -> Matrix{ComplexF64} (or (x=, errest=))

The principal logarithm of a complex square matrix (complex Schur method; an
upper triangular `a` is used as it is); `disp`, warnings and errors as for real `a`.
"""
function logm(a::CMatrix; disp::Bool = true)
    errest, warning = Ref{Cdouble}(NaN), Ref{Int32}(0)
    fp = _sym(:sciport_linalg_logm_complex)
    x = _matfunc(_cinput(a)) do am, xm, _, err
        @ccall $fp(am::Ref{CMat}, xm::Ref{CMat}, errest::Ref{Cdouble}, warning::Ref{Int32},
                   err::Ref{Ptr{Cvoid}})::Int32
    end
    return _logm_result(x, errest[], warning[], disp)
end

"""
    _matfunc(call, A) -> Matrix{Float64} or Matrix{ComplexF64}

The shared body of the Schur-method matrix functions (`sqrtm`, `logm`): runs
`call(am, xm, is_real, err)` with `am` the C matrix of `A` (`Mat` for real,
`CMat` for complex `A`, read in place), `xm` that of a new `n × n` complex
result, `is_real` a `Ref{Bool}` (the complex functions leave it `false`) and
`err` the error out-parameter; returns the result as a `Matrix{Float64}` when
the library set `is_real` (its imaginary parts are then exactly 0).
"""
function _matfunc(call, A::Union{ZeroCopyMatrix,ZeroCopyCMatrix})
    n = size(A, 1)
    x = Matrix{ComplexF64}(undef, n, n)
    is_real = Ref{Bool}(false)
    GC.@preserve A x begin
        am, xm = Ref(A isa ZeroCopyMatrix ? _mat(A) : _cmat(A)), Ref(_cmat(x))
        _ccall_checked(err -> call(am, xm, is_real, err))
    end
    return is_real[] ? real.(x) : x
end

"""
    _logm_result(x, errest, warning, disp)

`logm`'s SciPy warnings and return value: the LogmRankWarning of the
`sciport_logm_warning` value `warning` (0 logs nothing), then `x` with the
"may be inaccurate" warning when `disp` and `!(errest < 1000 eps)`, or
`(x = x, errest = errest)` when not `disp`.
"""
function _logm_result(x::AbstractMatrix, errest::Float64, warning::Int32, disp::Bool)
    warning == 1 && @warn "The logm input matrix is exactly singular."
    warning == 2 && @warn "The logm input matrix may be nearly singular."
    disp || return (x = x, errest = errest)
    errest < 1000 * eps(Float64) || @warn "logm result may be inaccurate, approximate err = $errest"
    return x
end
