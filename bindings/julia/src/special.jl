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
`k0`, `k0e`, `k1`, `k1e`, `jv`, `yv`, `j0`, `j1`, `y0`, `y1`. Nothing is exported (the
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
                 _ccall_checked, SCIPORT_ERR_DIMENSION_MISMATCH

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

end # module Special
