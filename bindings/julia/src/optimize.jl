# scipy.optimize.root_scalar and minimize_scalar with Julia functions as callbacks.

"Layout of the C struct `sciport_root_scalar_options`."
struct RootScalarOptions
    struct_size::Csize_t
    method::Ptr{UInt8}
    bracket::NTuple{2,Cdouble}
    x0::Cdouble
    x1::Cdouble
    fprime::Ptr{Cvoid}
    fprime2::Ptr{Cvoid}
    xtol::Cdouble
    rtol::Cdouble
    maxiter::Int64
end

"Layout of the C struct `sciport_root_results`."
struct RootResults
    root::Cdouble
    iterations::Int64
    function_calls::Int64
    converged::Bool
    flag::Ptr{UInt8}
end

"Layout of the C struct `sciport_minimize_scalar_options`."
struct MinimizeScalarOptions
    struct_size::Csize_t
    method::Ptr{UInt8}
    bracket::NTuple{3,Cdouble}
    bracket_len::Csize_t
    bounds::NTuple{2,Cdouble}
    tol::Cdouble
    xatol::Cdouble
    maxiter::Int64
end

"Layout of the C struct `sciport_minimize_scalar_result`."
struct MinimizeScalarResult
    x::Cdouble
    fun::Cdouble
    nit::Int64
    nfev::Int64
    success::Bool
    status::Int32
    message::Ptr{UInt8}
end

"""
    root_scalar_options_default()

The library's `sciport_optimize_root_scalar_options_default()` (SciPy's defaults).
"""
root_scalar_options_default() =
    @ccall $(_sym(:sciport_optimize_root_scalar_options_default))()::RootScalarOptions

"""
    minimize_scalar_options_default()

The library's `sciport_optimize_minimize_scalar_options_default()`.
"""
minimize_scalar_options_default() =
    @ccall $(_sym(:sciport_optimize_minimize_scalar_options_default))()::MinimizeScalarOptions

"""
    Callbacks

What the C callbacks receive as `user_data`: the user's functions and the first
exception any of them threw (rethrown once the C call has returned).
"""
mutable struct Callbacks
    f::Any
    fprime::Any
    fprime2::Any
    exception::Any
end

"""
    _evaluate(cb, g, x, out) -> Int32

Stores `g(x)` (converted to `Float64`) at `out` and returns 0; if `g` throws,
records the exception in `cb` and returns 1 so that sciport aborts. Never lets
a Julia exception unwind into the library.
"""
function _evaluate(cb::Callbacks, g, x::Cdouble, out::Ptr{Cdouble})::Int32
    try
        unsafe_store!(out, Float64(g(x)))
        return Int32(0)
    catch e
        cb.exception === nothing && (cb.exception = e)
        return Int32(1)
    end
end

"Trampoline for `f` (C signature `sciport_scalar_func`)."
_tramp_f(x::Cdouble, out::Ptr{Cdouble}, ud::Ptr{Cvoid})::Int32 =
    (cb = unsafe_pointer_to_objref(ud)::Callbacks; _evaluate(cb, cb.f, x, out))

"Trampoline for `fprime`."
_tramp_fprime(x::Cdouble, out::Ptr{Cdouble}, ud::Ptr{Cvoid})::Int32 =
    (cb = unsafe_pointer_to_objref(ud)::Callbacks; _evaluate(cb, cb.fprime, x, out))

"Trampoline for `fprime2`."
_tramp_fprime2(x::Cdouble, out::Ptr{Cdouble}, ud::Ptr{Cvoid})::Int32 =
    (cb = unsafe_pointer_to_objref(ud)::Callbacks; _evaluate(cb, cb.fprime2, x, out))

"""
    _call_with_callbacks(call, cb)

Runs `call(user_data, errref)` (a `ccall` returning a status) with `cb` passed as
`user_data`. Afterwards: an exception thrown by a user function is rethrown
(the C error object is freed first), else a failure becomes a `SciportError`.
"""
function _call_with_callbacks(call, cb::Callbacks)
    errref = Ref{Ptr{Cvoid}}(C_NULL)
    status = GC.@preserve cb call(pointer_from_objref(cb), errref)::Int32
    e = _take_error(status, errref[])
    cb.exception === nothing || throw(cb.exception)
    e === nothing || throw(e)
    return nothing
end

"""
    _method_string(method) -> Union{Nothing,String}

A method name as a NUL-free `String` (or `nothing`), for a C string.
"""
function _method_string(method)
    method === nothing && return nothing
    m = String(string(method))
    occursin('\0', m) && _argerror("method must not contain NUL characters")
    return m
end

_cptr(s::Nothing) = Ptr{UInt8}(C_NULL)
_cptr(s::String) = pointer(s)
_cstring(p::Ptr{UInt8}) = p == C_NULL ? "" : unsafe_string(p)
_orNaN(v) = v === nothing ? NaN : Float64(v)

"""
    _pair(v, what)

A 2-tuple of Float64 from a 2-element collection (or NaNs for `nothing`).
"""
function _pair(v, what::AbstractString)
    v === nothing && return (NaN, NaN)
    length(v) == 2 || _argerror("$what must have 2 entries, got $(length(v))")
    return (Float64(v[1]), Float64(v[2]))
end

"""
    root_scalar(f; method=nothing, bracket=nothing, x0=nothing, x1=nothing,
                fprime=nothing, fprime2=nothing, xtol=nothing, rtol=nothing,
                maxiter=nothing)

Finds a root of the scalar function `f` (`scipy.optimize.root_scalar`).
`method` is one of "brentq", "brenth", "bisect", "ridder", "toms748", "newton",
"secant", "halley" (a `String` or `Symbol`); `nothing` chooses as SciPy does.
`fprime`/`fprime2` are Julia functions (SciPy's `fprime=True` form is not
supported). An exception thrown by `f`, `fprime` or `fprime2` aborts the solver
and is rethrown unchanged.

Returns a NamedTuple `(root, iterations, function_calls, converged, flag)` like
SciPy's `RootResults`; non-convergence is `converged == false`, not an error.
"""
function root_scalar(f; method = nothing, bracket = nothing, x0 = nothing, x1 = nothing,
                     fprime = nothing, fprime2 = nothing, xtol = nothing, rtol = nothing,
                     maxiter = nothing)
    d = root_scalar_options_default()
    m = _method_string(method)
    cb = Callbacks(f, fprime, fprime2, nothing)
    tr = @cfunction(_tramp_f, Int32, (Cdouble, Ptr{Cdouble}, Ptr{Cvoid}))
    t1 = fprime === nothing ? C_NULL : @cfunction(_tramp_fprime, Int32, (Cdouble, Ptr{Cdouble}, Ptr{Cvoid}))
    t2 = fprime2 === nothing ? C_NULL : @cfunction(_tramp_fprime2, Int32, (Cdouble, Ptr{Cdouble}, Ptr{Cvoid}))
    out = Ref{RootResults}()
    fp = _sym(:sciport_optimize_root_scalar)
    GC.@preserve m begin
        opts = Ref(RootScalarOptions(d.struct_size, _cptr(m), _pair(bracket, "bracket"), _orNaN(x0),
                                     _orNaN(x1), t1, t2, _orNaN(xtol), _orNaN(rtol),
                                     maxiter === nothing ? d.maxiter : Int64(maxiter)))
        _call_with_callbacks(cb) do ud, err
            @ccall $fp(tr::Ptr{Cvoid}, ud::Ptr{Cvoid}, opts::Ref{RootScalarOptions},
                       out::Ref{RootResults}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    r = out[]
    return (root = r.root, iterations = Int(r.iterations), function_calls = Int(r.function_calls),
            converged = r.converged, flag = _cstring(r.flag))
end

"""
    _bracket3(bracket) -> (NTuple{3,Float64}, length)

SciPy's 2- or 3-point bracket of `minimize_scalar`.
"""
function _bracket3(bracket)
    bracket === nothing && return (NaN, NaN, NaN), 0
    k = length(bracket)
    k == 2 || k == 3 || _argerror("bracket must have 2 or 3 entries, got $k")
    return ntuple(i -> i <= k ? Float64(bracket[i]) : NaN, 3), k
end

"""
    minimize_scalar(f; method=nothing, bracket=nothing, bounds=nothing, tol=nothing,
                    xatol=nothing, maxiter=nothing)

Minimizes the scalar function `f` (`scipy.optimize.minimize_scalar`). `method`
is "brent", "bounded" or "golden"; `nothing` is "bounded" when `bounds` is given,
else "brent". `xatol` and `maxiter` are SciPy's method options. An exception
thrown by `f` is rethrown unchanged.

Returns a NamedTuple `(x, fun, nit, nfev, success, status, message)` like SciPy's
`OptimizeResult`.
"""
function minimize_scalar(f; method = nothing, bracket = nothing, bounds = nothing, tol = nothing,
                         xatol = nothing, maxiter = nothing)
    d = minimize_scalar_options_default()
    m = _method_string(method)
    br, brlen = _bracket3(bracket)
    cb = Callbacks(f, nothing, nothing, nothing)
    tr = @cfunction(_tramp_f, Int32, (Cdouble, Ptr{Cdouble}, Ptr{Cvoid}))
    out = Ref{MinimizeScalarResult}()
    fp = _sym(:sciport_optimize_minimize_scalar)
    GC.@preserve m begin
        opts = Ref(MinimizeScalarOptions(d.struct_size, _cptr(m), br, brlen, _pair(bounds, "bounds"),
                                         _orNaN(tol), xatol === nothing ? d.xatol : Float64(xatol),
                                         maxiter === nothing ? d.maxiter : Int64(maxiter)))
        _call_with_callbacks(cb) do ud, err
            @ccall $fp(tr::Ptr{Cvoid}, ud::Ptr{Cvoid}, opts::Ref{MinimizeScalarOptions},
                       out::Ref{MinimizeScalarResult}, err::Ref{Ptr{Cvoid}})::Int32
        end
    end
    r = out[]
    return (x = r.x, fun = r.fun, nit = Int(r.nit), nfev = Int(r.nfev), success = r.success,
            status = Int(r.status), message = _cstring(r.message))
end
