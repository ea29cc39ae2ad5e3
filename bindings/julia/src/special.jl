# scipy.special: the `Sciport.Special` submodule.

"""
    Sciport.Special

`scipy.special` from the sciport C library, with SciPy's names and argument
order: `erf`, `erfc`, `erfcx`, `erfinv`, `erfcinv`, `ndtr`, `log_ndtr`,
`ndtri`, `ndtri_exp`, `expit`, `logit`, `log_expit`, `log1p`, `expm1`,
`xlogy`, `xlog1py`, `boxcox`, `inv_boxcox`, `entr`, `rel_entr`, `kl_div`,
`huber`, `pseudo_huber`, `gamma`, `gammaln`, `loggamma`, `gammasgn`, `rgamma`,
`digamma`, `polygamma`, `beta`, `betaln`, `binom`, `gammainc`, `gammaincc`,
`gammaincinv`, `gammainccinv`, `betainc`, `betaincc`, `betaincinv`,
`betainccinv`, `chdtr`, `chdtrc`, `chdtri`, `pdtr`, `pdtrc`, `pdtri`, `stdtr`,
`stdtrit`, `owens_t`, `fdtr`, `fdtrc`, `fdtri`, `bdtr`, `bdtrc`, `bdtri`, `nbdtr`,
`nbdtrc`, `nbdtri`, `ellipk`, `ellipkm1`, `ellipe`, `ellipkinc`, `ellipeinc`,
`exprel`, `cosm1`, `powm1`, `exp2`, `exp10`, `cbrt`, `round` (halves to even), `sindg`,
`cosdg`, `tandg`, `cotdg`, `radian`, `lambertw` (real branches k = 0, -1), `zeta` (`zeta(x, q)` Hurwitz, `zeta(x)`
Riemann, also `riemann_zeta(x)`), `zetac`, `kolmogorov`, `kolmogi`, `smirnov`, `smirnovi`, `iv`, `ive`, `kv`, `kve`, `i0`, `i0e`, `i1`, `i1e`,
`k0`, `k0e`, `k1`, `k1e`, `jv`, `yv`, `j0`, `j1`, `y0`, `y1`, `perm`, `factorial`,
`factorial2`, [`comb`](@ref) (`repetition` keyword; `exact=true` gives a
`BigInt`); SciPy's exact integers as `BigInt`: [`comb_exact`](@ref),
[`perm_exact`](@ref), [`factorial_exact`](@ref), [`factorial2_exact`](@ref); and the reductions
over dimensions [`logsumexp`](@ref), [`softmax`](@ref), [`log_softmax`](@ref)
(keyword `dims`, as Julia's `sum`). Nothing is exported (the
names clash with SpecialFunctions.jl and Base's `log1p`/`expm1`): call
`Sciport.Special.erf(x)`, or `const SS = Sciport.Special`.

# Arguments and results
Every function is a NumPy ufunc. Numbers give a `Float64`; arrays (of any
dimension) give a new `Array{Float64}` of the broadcast shape, by Julia's
broadcasting rules (dimensions aligned from the first; a number or an extent
of 1 is repeated): `gammainc(2.0, x)`, `gammainc(a_column, x_row')`.
`Array{Float64}` and strided views of it are read without copies; other
element types and wrappers are converted first.

# Errors
Out-of-domain values are results, as in SciPy: `erfinv(2.0)` is `NaN`,
`gamma(0.0)` is `Inf`. Shapes that do not broadcast throw a `SciportError`
with `SCIPORT_ERR_DIMENSION_MISMATCH`.
"""
module Special

using ..Sciport: SciportError, NdArray, ZeroCopy, _first_pointer, _strided, _sym,
                 _ccall_checked, _argerror, SCIPORT_ERR_DIMENSION_MISMATCH

include("special_functions.jl")

"""
    zeta(x)

`scipy.special.zeta(x)` with `q` omitted: the Riemann zeta function, as `riemann_zeta(x)`.
"""
zeta(x) = riemann_zeta(x)

"A number as a 1-element vector (it broadcasts like a NumPy scalar); arrays as readable arrays."
_operand(x::Real) = Float64[x]
_operand(x::AbstractArray) = _strided(x, Float64)

"""
    _with_reversed_view(f, A)

Calls `f(view::Ref{NdArray})` with a view of `A` whose dimensions are listed
last to first. The C library aligns dimensions from the last, NumPy's way;
listing Julia's dimensions in reverse makes that Julia's alignment from the
first. Every operand of one call is reversed alike, so element `i` of each
operand still meets element `i` of the output.
"""
function _with_reversed_view(f, A::ZeroCopy)
    dims = ndims(A) == 0 ? (1,) : reverse(size(A))
    steps = ndims(A) == 0 || isempty(A) ? _dense_steps(dims) : reverse(strides(A))
    shape = Csize_t[dims...]
    strd = Cptrdiff_t[steps...]
    GC.@preserve A shape strd begin
        view = Ref(NdArray(Ptr{Cvoid}(_first_pointer(A)), Csize_t(length(dims)),
                           pointer(shape), pointer(strd)))
        return f(view)
    end
end

"Row-major steps of `dims` (never read for an empty array; only distinct)."
_dense_steps(dims) = Tuple(reverse(cumprod([1; [max(d, 1) for d in reverse(dims)[1:end-1]]])))

"The broadcast shape of the operands, or a SciportError naming both shapes."
function _result_shape(ops)
    try
        return Base.Broadcast.broadcast_shape(map(size, ops)...)
    catch e
        e isa DimensionMismatch || rethrow()
        shapes = join(map(o -> string(size(o)), ops), " and ")
        throw(SciportError(SCIPORT_ERR_DIMENSION_MISMATCH,
                           "arrays of sizes $shapes do not broadcast together"))
    end
end

"Numbers in, a Float64 out."
_ufunc(cname::Symbol, args::Real...) = _ufunc(cname, map(a -> Float64[a], args)...)[1]

"""
    _ufunc(cname, args...)

Runs the C function `cname` on the operands broadcast together and returns the
new result array.
"""
function _ufunc(cname::Symbol, args...)
    ops = map(_operand, args)
    out = Array{Float64}(undef, _result_shape(ops))
    fp = _sym(cname)
    _with_reversed_view(out) do ov
        if length(ops) == 1
            _with_reversed_view(ops[1]) do xv
                _ccall_checked() do err
                    @ccall $fp(xv::Ref{NdArray}, ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
                end
            end
        elseif length(ops) == 2
            _with_reversed_view(ops[1]) do xv
                _with_reversed_view(ops[2]) do yv
                    _ccall_checked() do err
                        @ccall $fp(xv::Ref{NdArray}, yv::Ref{NdArray}, ov::Ref{NdArray},
                                   err::Ref{Ptr{Cvoid}})::Int32
                    end
                end
            end
        else
            _with_reversed_view(ops[1]) do xv
                _with_reversed_view(ops[2]) do yv
                    _with_reversed_view(ops[3]) do zv
                        _ccall_checked() do err
                            @ccall $fp(xv::Ref{NdArray}, yv::Ref{NdArray}, zv::Ref{NdArray},
                                       ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
                        end
                    end
                end
            end
        end
    end
    return out
end

# ---------------------------------------------------------------------------
# logsumexp, softmax, log_softmax: reductions over dimensions, not ufuncs.

"The C functions of logsumexp, softmax and log_softmax (resolved when the package loads)."
const AXIS_SYMBOLS = (:sciport_special_logsumexp, :sciport_special_softmax,
                      :sciport_special_log_softmax)

"""
    _c_axes(dims, nd) -> Vector{Int64}

The C axes of the Julia dimensions `dims` (`:` for every dimension, else an
integer or a collection of integers, each in `1:nd`; a repeated dimension
counts once, as in Julia's reductions) of `nd`-dimensional operands viewed
by `_with_reversed_view`, which lists dimensions last to first: dimension
`d` is C axis `nd - d`. `Int64[]` (the C library's None) for `:`.
"""
function _c_axes(dims, nd::Integer)
    dims isa Colon && return Int64[]
    ds = dims isa Integer ? [dims] : collect(dims)
    all(d -> d isa Integer, ds) || _argerror("dims must be :, an integer or integers; got $dims")
    isempty(ds) && _argerror("dims must name at least one dimension (dims = : reduces over all)")
    for d in ds
        1 <= d <= nd || _argerror("dims = $d is out of range for an array of $nd dimension(s) " *
                                  "(dimensions are numbered from 1)")
    end
    return Int64[nd - d for d in unique(ds)]
end

"Calls `f` with the reversed view of `A`, or with a NULL view pointer for `nothing`."
_with_optional_view(f, ::Nothing) = f(Ptr{NdArray}(C_NULL))
_with_optional_view(f, A::ZeroCopy) = _with_reversed_view(f, A)

"The broadcast of two sizes by Julia's rules, or `nothing` (the library then reports it)."
function _broadcast_or_nothing(s1::Dims, s2::Dims)
    try
        return Base.Broadcast.broadcast_shape(s1, s2)
    catch e
        e isa DimensionMismatch || rethrow()
        return nothing
    end
end

"""
    logsumexp(a; dims=:, b=nothing, return_sign=false)

`scipy.special.logsumexp(a, axis, b, return_sign)`: `log(sum(b .* exp.(a)))`
over `dims`, computed without overflow (each group's maximum is factored out).

- `dims`: `:` (every dimension, the default) gives a `Float64`; an integer or
  a tuple/vector of integers (numbered from 1, as for `sum`) gives an array
  of the (broadcast) size with the reduced dimensions of extent 1, as
  Julia's reductions return (SciPy's `keepdims=True`).
- `b`: weights, a number or an array broadcasting against `a` by Julia's
  rules (`nothing` = every weight 1; `dims` then refer to the broadcast
  size). Negative weights subtract; a zero weight drops its term.
- `return_sign`: `true` returns the tuple `(log(abs(s)), sign(s))` of the
  sum(s) `s`, the sign being -1.0, 0.0 or 1.0; with `false` a negative sum
  gives `NaN`.

An empty `a` gives `-Inf` (with sign -1), as in SciPy. `Array{Float64}` and
strided views are read without copies. Errors: a `dims` entry out of range is
a `SciportError` (`SCIPORT_ERR_INVALID_ARGUMENT`); weights that do not
broadcast are reported by the library (`SCIPORT_ERR_DIMENSION_MISMATCH`; its
message lists sizes last dimension first, the order the library sees).
"""
function logsumexp(a::AbstractArray{<:Real}; dims = :, b = nothing, return_sign::Bool = false)
    av = _strided(a, Float64)
    bv = b === nothing ? nothing : _operand(b)
    full = bv === nothing ? size(av) : _broadcast_or_nothing(size(av), size(bv))
    nd = full === nothing ? max(ndims(av), ndims(bv)) : length(full)
    ax = _c_axes(dims, nd)
    oshape = (dims isa Colon || full === nothing) ? (1,) :
        ntuple(k -> (nd - k) in ax ? 1 : full[k], nd)
    out = Array{Float64}(undef, oshape)
    sign = return_sign ? Array{Float64}(undef, oshape) : nothing
    fp = _sym(:sciport_special_logsumexp)
    _with_reversed_view(av) do avv
        _with_optional_view(bv) do bvv
            _with_reversed_view(out) do ovv
                _with_optional_view(sign) do svv
                    _ccall_checked() do err
                        @ccall $fp(avv::Ref{NdArray}, ax::Ptr{Int64}, length(ax)::Csize_t,
                                   bvv::Ptr{NdArray}, ovv::Ref{NdArray}, svv::Ptr{NdArray},
                                   err::Ref{Ptr{Cvoid}})::Int32
                    end
                end
            end
        end
    end
    if dims isa Colon
        return return_sign ? (out[1], sign[1]) : out[1]
    end
    return return_sign ? (out, sign) : out
end

"Shared body of softmax and log_softmax: a new array of x's size."
function _group_map(cname::Symbol, x::AbstractArray{<:Real}, dims)
    xs = _strided(x, Float64)
    ax = _c_axes(dims, ndims(xs))
    out = Array{Float64}(undef, size(xs))
    fp = _sym(cname)
    _with_reversed_view(xs) do xv
        _with_reversed_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, ax::Ptr{Int64}, length(ax)::Csize_t,
                           ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

"""
    softmax(x; dims=:)

`scipy.special.softmax(x, axis)`: `exp.(x) ./ sum(exp.(x); dims)` within each
group along `dims` (`:` = all elements, the default; else an integer or a
tuple/vector of integers numbered from 1), computed with the maximum factored
out. Returns a new `Array{Float64}` of `x`'s size. A group holding `NaN`,
`Inf` or only `-Inf` is `NaN` throughout; an empty group along `dims` is a
`SciportError` from the library.
"""
softmax(x::AbstractArray{<:Real}; dims = :) = _group_map(:sciport_special_softmax, x, dims)

"""
    log_softmax(x; dims=:)

`scipy.special.log_softmax(x, axis)`: `x .- logsumexp(x; dims)` within each
group along `dims` (as for [`softmax`](@ref)), without forming `softmax`
first. Returns a new `Array{Float64}` of `x`'s size.
"""
log_softmax(x::AbstractArray{<:Real}; dims = :) = _group_map(:sciport_special_log_softmax, x, dims)

include("special_comb.jl")

end # module Special
