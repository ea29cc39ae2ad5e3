# scipy.stats' frozen distributions: Sciport.Dist and its methods.

# `mean`, `var`, `std` and `median` extend the Statistics stdlib's functions
# (a dependency on Julia 1.5 as on current Julia), so `Statistics.mean(d)` and
# `Sciport.mean(d)` are the same function.
import Statistics
import Statistics: mean, var, std, median

"Every C function of this file, resolved when the package loads."
const STATS_SYMBOLS = (
    :sciport_stats_dist_new, :sciport_stats_dist_free, :sciport_stats_dist_names,
    :sciport_stats_dist_family, :sciport_stats_dist_pdf, :sciport_stats_dist_logpdf,
    :sciport_stats_dist_pmf, :sciport_stats_dist_logpmf, :sciport_stats_dist_cdf,
    :sciport_stats_dist_logcdf, :sciport_stats_dist_sf, :sciport_stats_dist_logsf,
    :sciport_stats_dist_ppf, :sciport_stats_dist_isf, :sciport_stats_dist_mean,
    :sciport_stats_dist_var, :sciport_stats_dist_std, :sciport_stats_dist_median,
    :sciport_stats_dist_entropy, :sciport_stats_dist_moment, :sciport_stats_dist_stats,
    :sciport_stats_dist_interval, :sciport_stats_dist_support,
    :sciport_stats_dist_fit_options_default, :sciport_stats_dist_fit,
    :sciport_stats_dist_expect_options_default, :sciport_stats_dist_expect,
)

"""
    Dist(name, shapes::Real...; loc = 0.0, scale = 1.0)
    Dist(name; loc = 0.0, scale = 1.0, shape_name = value, ...)

A frozen distribution, `scipy.stats.<name>(*shapes, loc=loc, scale=scale)`:
`Dist("norm"; loc = 1.5, scale = 2.5)`, `Dist("beta", 2, 3)` or
`Dist("beta"; a = 2, b = 3)` (keywords are the family's shape names, see
[`dist_family`](@ref)). Discrete families take `loc` only (`scale` must be 1).

Methods: `pdf`, `logpdf`, `pmf`, `logpmf`, `cdf`, `logcdf`, `sf`, `logsf`,
`ppf`, `isf` of a number (a `Float64`) or of an array of any dimension (a new
`Array{Float64}` of the same size; `Array{Float64}` and strided views of it are
read without copies); `mean`, `var`, `std`, `median` (methods of Statistics'
functions), [`entropy`](@ref), [`moment`](@ref), [`stats`](@ref),
[`interval`](@ref), [`support`](@ref). The C object is released by a finalizer
(or at once by `close(d)`). A `Dist` is immutable and may be used from many
threads at once.

Errors (as `SciportError`): an unknown name (`SCIPORT_ERR_UNKNOWN_NAME`, the
message lists the names), a wrong number of shapes, an unknown shape keyword,
`pdf` of a discrete family or `pmf` of a continuous one
(`SCIPORT_ERR_INVALID_ARGUMENT`). Invalid parameter values are not errors:
every method then gives `NaN`, as SciPy's do.
"""
mutable struct Dist
    ptr::Ptr{Cvoid}
    name::String
    shapes::Vector{Float64}
    loc::Float64
    scale::Float64

    function Dist(name::AbstractString, shapes::Real...; loc::Real = 0.0, scale::Real = 1.0,
                  kwargs...)
        vals = Float64[shapes...]
        if !isempty(kwargs)
            isempty(shapes) || _argerror("Dist(\"$name\"): give the shapes by position or by name, not both")
            names = dist_family(name).shapes
            given = Dict{Symbol,Float64}(k => Float64(v) for (k, v) in kwargs)
            for k in keys(given)
                String(k) in names || _argerror("Dist(\"$name\"): unknown shape parameter `$k`; " *
                                                "the family's shapes are: " *
                                                (isempty(names) ? "(none)" : join(names, ", ")))
            end
            missing_ = [n for n in names if !haskey(given, Symbol(n))]
            isempty(missing_) || _argerror("Dist(\"$name\"): missing shape parameter(s) " *
                                           join(missing_, ", "))
            vals = Float64[given[Symbol(n)] for n in names]
        end
        out = Ref{Ptr{Cvoid}}(C_NULL)
        _ccall_checked() do err
            @ccall $(_sym(:sciport_stats_dist_new))(String(name)::Cstring, vals::Ptr{Float64},
                length(vals)::Csize_t, Float64(loc)::Float64, Float64(scale)::Float64,
                out::Ref{Ptr{Cvoid}}, err::Ref{Ptr{Cvoid}})::Int32
        end
        d = new(out[], String(name), vals, Float64(loc), Float64(scale))
        return finalizer(_free_dist, d)
    end
end

function _free_dist(d::Dist)
    if d.ptr != C_NULL
        @ccall $(_sym(:sciport_stats_dist_free))(d.ptr::Ptr{Cvoid})::Cvoid
        d.ptr = C_NULL
    end
    return nothing
end

"""
    close(d::Dist)

Releases the C object now (later calls throw a `SciportError` with
`SCIPORT_ERR_NULL_POINTER`); the finalizer does it otherwise.
"""
Base.close(d::Dist) = _free_dist(d)

function Base.show(io::IO, d::Dist)
    print(io, "Sciport.Dist(", repr(d.name))
    for s in d.shapes
        print(io, ", ", s)
    end
    print(io, "; loc = ", d.loc, ", scale = ", d.scale, ")")
end

"Splits \"a, b\" into [\"a\", \"b\"] (\"\" gives an empty list)."
_split_names(s::AbstractString) = String[strip(p) for p in split(s, ",") if !isempty(strip(p))]

"""
    dist_names() -> Vector{String}

Every family sciport provides (`sciport_stats_dist_names`), in SciPy's
documentation order (continuous, then discrete).
"""
dist_names() = _split_names(unsafe_string(@ccall $(_sym(:sciport_stats_dist_names))()::Cstring))

"""
    dist_family(name) -> (shapes = Vector{String}, discrete = Bool)

The shape parameter names of family `name` (SciPy's order, its `dist.shapes`)
and whether it is discrete. An unknown name throws a `SciportError`
(`SCIPORT_ERR_UNKNOWN_NAME`).
"""
function dist_family(name::AbstractString)
    shapes = Ref{Ptr{UInt8}}(C_NULL)
    discrete = Ref{Bool}(false)
    _ccall_checked() do err
        @ccall $(_sym(:sciport_stats_dist_family))(String(name)::Cstring, shapes::Ref{Ptr{UInt8}},
            C_NULL::Ptr{Csize_t}, discrete::Ref{Bool}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return (shapes = _split_names(unsafe_string(shapes[])), discrete = discrete[])
end

"Runs the pointwise C function `cname` of `d` on `x`, into a new array of x's size."
function _pointwise(cname::Symbol, d::Dist, x::AbstractArray)
    xs = _strided(x, Float64)
    out = Array{Float64}(undef, size(xs))
    fp = _sym(cname)
    GC.@preserve d begin
        _with_view(xs) do xv
            _with_view(out) do ov
                _ccall_checked() do err
                    @ccall $fp(d.ptr::Ptr{Cvoid}, xv::Ref{NdArray}, ov::Ref{NdArray},
                               err::Ref{Ptr{Cvoid}})::Int32
                end
            end
        end
    end
    return out
end

for (f, what) in ((:pdf, "the probability density (continuous families)"),
                  (:logpdf, "the log of the probability density"),
                  (:pmf, "the probability mass (discrete families)"),
                  (:logpmf, "the log of the probability mass"),
                  (:cdf, "P(X ≤ x)"), (:logcdf, "log P(X ≤ x)"),
                  (:sf, "the survival function P(X > x)"), (:logsf, "log P(X > x)"),
                  (:ppf, "the percent point function (inverse of cdf) at q"),
                  (:isf, "the inverse survival function at q"))
    cname = QuoteNode(Symbol(:sciport_stats_dist_, f))
    doc = """
        $f(d::Dist, x::Real) -> Float64
        $f(d::Dist, x::AbstractArray) -> Array{Float64}

    `scipy.stats` `$f` of the frozen distribution: $what, elementwise; the
    result has `x`'s size. Strided `Float64` arrays are read without copies.
    """
    @eval begin
        @doc $doc $f(d::Dist, x::AbstractArray{<:Real}) = _pointwise($cname, d, x)
        $f(d::Dist, x::Real) = _pointwise($cname, d, Float64[x])[1]
    end
end

"Runs the scalar C function `cname` of `d`."
function _dist_scalar(cname::Symbol, d::Dist)
    v = Ref{Float64}(0.0)
    fp = _sym(cname)
    GC.@preserve d _ccall_checked() do err
        @ccall $fp(d.ptr::Ptr{Cvoid}, v::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return v[]
end

"`mean(d::Dist)`: the distribution's mean (NaN or ±Inf where SciPy's is)."
mean(d::Dist) = _dist_scalar(:sciport_stats_dist_mean, d)
"`var(d::Dist)`: the variance."
var(d::Dist) = _dist_scalar(:sciport_stats_dist_var, d)
"`std(d::Dist)`: the standard deviation."
std(d::Dist) = _dist_scalar(:sciport_stats_dist_std, d)
"`median(d::Dist)`: ppf(0.5)."
median(d::Dist) = _dist_scalar(:sciport_stats_dist_median, d)

"""
    entropy(d::Dist) -> Float64

The differential (continuous; nats) or Shannon (discrete) entropy.
"""
entropy(d::Dist) = _dist_scalar(:sciport_stats_dist_entropy, d)

"""
    moment(d::Dist, order::Integer) -> Float64

The non-central moment E[X^order]; a negative order throws a `SciportError`.
"""
function moment(d::Dist, order::Integer)
    v = Ref{Float64}(0.0)
    GC.@preserve d _ccall_checked() do err
        @ccall $(_sym(:sciport_stats_dist_moment))(d.ptr::Ptr{Cvoid}, Int64(order)::Int64,
            v::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return v[]
end

"""
    stats(d::Dist) -> (mean = …, var = …, skew = …, kurtosis = …)

SciPy's `stats(moments="mvsk")`: mean, variance, Fisher skewness, excess kurtosis.
"""
function stats(d::Dist)
    m, v, s, k = Ref(0.0), Ref(0.0), Ref(0.0), Ref(0.0)
    GC.@preserve d _ccall_checked() do err
        @ccall $(_sym(:sciport_stats_dist_stats))(d.ptr::Ptr{Cvoid}, m::Ref{Float64},
            v::Ref{Float64}, s::Ref{Float64}, k::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return (mean = m[], var = v[], skew = s[], kurtosis = k[])
end

"""
    interval(d::Dist, confidence::Real) -> (lo, hi)

The equal-tailed interval around the median holding `confidence` of the
probability; `confidence` outside [0, 1] throws a `SciportError`.
"""
function interval(d::Dist, confidence::Real)
    lo, hi = Ref(0.0), Ref(0.0)
    GC.@preserve d _ccall_checked() do err
        @ccall $(_sym(:sciport_stats_dist_interval))(d.ptr::Ptr{Cvoid}, Float64(confidence)::Float64,
            lo::Ref{Float64}, hi::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return (lo[], hi[])
end

"""
    support(d::Dist) -> (lo, hi)

The support after `loc` and `scale` (±Inf for unbounded ends).
"""
function support(d::Dist)
    lo, hi = Ref(0.0), Ref(0.0)
    GC.@preserve d _ccall_checked() do err
        @ccall $(_sym(:sciport_stats_dist_support))(d.ptr::Ptr{Cvoid}, lo::Ref{Float64},
            hi::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return (lo[], hi[])
end

"Layout of the C struct `sciport_dist_fit_options`."
struct DistFitOptions
    struct_size::Csize_t
    method::Ptr{UInt8}
    fixed_shapes::Ptr{Cdouble}
    floc::Cdouble
    fscale::Cdouble
    guess_shapes::Ptr{Cdouble}
    loc::Cdouble
    scale::Cdouble
end

"Layout of the C struct `sciport_dist_expect_options`."
struct DistExpectOptions
    struct_size::Csize_t
    lb::Cdouble
    ub::Cdouble
    conditional::Bool
    epsabs::Cdouble
    epsrel::Cdouble
    limit::Csize_t
    maxcount::Csize_t
    tolerance::Cdouble
end

"The library's `sciport_stats_dist_fit_options_default()` (SciPy's defaults)."
dist_fit_options_default() =
    @ccall $(_sym(:sciport_stats_dist_fit_options_default))()::DistFitOptions

"The library's `sciport_stats_dist_expect_options_default()` (SciPy's defaults)."
dist_expect_options_default() =
    @ccall $(_sym(:sciport_stats_dist_expect_options_default))()::DistExpectOptions

"""
    _fit_slots(params, shapes, what, aliases) -> Vector{Float64}

`params` (a NamedTuple, a Dict or a vector / tuple of pairs keyed by parameter name) as one slot
per shape, then loc and scale; `NaN` for the ones not given. With `aliases`
also SciPy's spellings `f0`, `fa`, `fix_a`, `floc`, `fscale`.
"""
function _fit_slots(params, shapes::Vector{String}, what::AbstractString, aliases::Bool)
    names = vcat(shapes, ["loc", "scale"])
    slots = fill(NaN, length(names))
    given = falses(length(names))
    params === nothing && return slots
    for (k, v) in (params isa Union{AbstractVector{<:Pair},Tuple{Vararg{Pair}}} ? params : pairs(params))
        key = String(Symbol(k))
        i = findfirst(==(key), names)
        if i === nothing && aliases
            for (j, n) in enumerate(names)
                if key == "f" * n || (j <= length(shapes) && (key == "fix_" * n || key == "f$(j - 1)"))
                    i = j
                end
            end
        end
        i === nothing && _argerror("unknown parameter `$key` in $what; the parameters are: " *
                                   join(names, ", "))
        given[i] && _argerror("parameter `$(names[i])` given twice in $what")
        v isa Real || _argerror("$what: `$key` must be a number")
        slots[i] = Float64(v)
        given[i] = true
    end
    return slots
end

"""
    fit(name, data; method = "MLE", fixed = nothing, start = nothing)

Fits continuous family `name` to `data` (`scipy.stats.<name>.fit(data, ...)`):
maximum likelihood (`method = "MLE"`) or the method of moments (`"MM"`).
`fixed` holds parameters fixed and `start` gives starting values, each a
NamedTuple (or Dict / pairs) keyed by shape name, `loc` and `scale` (`fixed`
also takes SciPy's `floc`, `fscale`, `f0`, `fa`, `fix_a`), e.g.
`fixed = (loc = 0,)`.

Returns a NamedTuple of the shapes (by name, SciPy's order), `loc` and
`scale`, e.g. `(loc = 1.3375, scale = 1.43)` for norm;
`Dist(name; fit(name, data)...)` freezes it.

Errors (as `SciportError`): an unknown family or method
(`SCIPORT_ERR_UNKNOWN_NAME`); no data, non-finite data ("The data contains
non-finite values."), every parameter fixed ("All parameters fixed. There is
nothing to optimize."), an unknown parameter name
(`SCIPORT_ERR_INVALID_ARGUMENT`); SciPy's FitError (`SCIPORT_ERR_FIT_FAILED`).
"""
function fit(name::AbstractString, data::AbstractVector{<:Real}; method = "MLE", fixed = nothing,
             start = nothing)
    shapes = dist_family(name).shapes
    ns = length(shapes)
    fx = _fit_slots(fixed, shapes, "fixed", true)
    st = _fit_slots(start, shapes, "start", false)
    m = _method_string(method)
    x = Vector{Float64}(data)
    fixed_shapes = fx[1:ns]
    guess_shapes = st[1:ns]
    out = zeros(ns)
    loc, scale = Ref(0.0), Ref(0.0)
    d = dist_fit_options_default()
    fp = _sym(:sciport_stats_dist_fit)
    GC.@preserve m x fixed_shapes guess_shapes out begin
        opts = Ref(DistFitOptions(d.struct_size, _cptr(m),
                                  ns == 0 || all(isnan, fixed_shapes) ? C_NULL : pointer(fixed_shapes),
                                  fx[ns + 1], fx[ns + 2],
                                  ns == 0 || all(isnan, guess_shapes) ? C_NULL : pointer(guess_shapes),
                                  st[ns + 1], st[ns + 2]))
        _ccall_checked() do err
            @ccall $fp(String(name)::Cstring, x::Ptr{Float64}, length(x)::Csize_t,
                       opts::Ref{DistFitOptions}, out::Ptr{Float64}, ns::Csize_t,
                       loc::Ref{Float64}, scale::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    keys_ = Tuple(Symbol.(vcat(shapes, ["loc", "scale"])))
    return NamedTuple{keys_}(Tuple(vcat(out, [loc[], scale[]])))
end

"""
    expect(d::Dist, f = nothing; lb = nothing, ub = nothing, conditional = false,
           epsabs = nothing, epsrel = nothing, limit = nothing, maxcount = nothing,
           tolerance = nothing)

The expected value of `f(X)` over `[lb, ub]` (`nothing`: the support's ends),
divided by the probability of the range when `conditional`
(`d.expect(func, lb=, ub=, conditional=)`). `f` is any Julia function of one
number returning a real; `nothing` (or `identity`) is the mean. `epsabs`,
`epsrel`, `limit` are `quad`'s knobs (continuous families), `maxcount` and
`tolerance` the summation's (discrete ones); `nothing` is SciPy's default.

An exception thrown by `f` aborts the integration and is rethrown unchanged
after the C call has returned; bad quad options are a `SciportError`
(`SCIPORT_ERR_INVALID_ARGUMENT`).
"""
function expect(d::Dist, f = nothing; lb = nothing, ub = nothing, conditional::Bool = false,
                epsabs = nothing, epsrel = nothing, limit = nothing, maxcount = nothing,
                tolerance = nothing)
    dflt = dist_expect_options_default()
    _n(v, def, what) = v === nothing ? def :
        (v isa Integer && v >= 0 ? Csize_t(v) : _argerror("$what must be a non-negative integer"))
    opts = Ref(DistExpectOptions(dflt.struct_size, _orNaN(lb), _orNaN(ub), conditional,
                                 epsabs === nothing ? dflt.epsabs : Float64(epsabs),
                                 epsrel === nothing ? dflt.epsrel : Float64(epsrel),
                                 _n(limit, dflt.limit, "limit"),
                                 _n(maxcount, dflt.maxcount, "maxcount"),
                                 tolerance === nothing ? dflt.tolerance : Float64(tolerance)))
    g = f === identity ? nothing : f
    cb = Callbacks(g, nothing, nothing, nothing)
    tr = g === nothing ? C_NULL : @cfunction(_tramp_f, Int32, (Cdouble, Ptr{Cdouble}, Ptr{Cvoid}))
    out = Ref(0.0)
    fp = _sym(:sciport_stats_dist_expect)
    GC.@preserve d _call_with_callbacks(cb) do ud, err
        @ccall $fp(d.ptr::Ptr{Cvoid}, tr::Ptr{Cvoid}, ud::Ptr{Cvoid}, opts::Ref{DistExpectOptions},
                   out::Ref{Float64}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return out[]
end
