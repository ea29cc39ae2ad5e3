# scipy.special.comb and SciPy's exact=True counts (comb, perm, factorial,
# factorial2) as BigInt: hand-written, because comb's C function takes the
# `repetition` flag besides its views and the exact forms write decimal
# digits, so the generator (special_functions.jl) skips them. Included by
# special.jl inside `Sciport.Special`.

"The C functions of comb and the exact counts (resolved when the package loads)."
const COMB_SYMBOLS = (:sciport_special_comb, :sciport_special_comb_exact,
                      :sciport_special_perm_exact, :sciport_special_factorial_exact,
                      :sciport_special_factorial2_exact)

"""
    comb(N, k; exact=false, repetition=false)

`scipy.special.comb(N, k, exact, repetition)`: the number of combinations of
`N` things taken `k` at a time. Without repetition `binom(N, k)` where
`0 ≤ k ≤ N` and `0.0` elsewhere (also for `NaN`, as SciPy); with
`repetition=true` (combinations with replacement) `binom(N + k - 1, k)`, and
`1.0` for `k = 0 ≤ N`.

With `exact=false` (the default) it is a ufunc like the other functions of
`Sciport.Special`: numbers give a `Float64`, arrays a new `Array{Float64}` of
the broadcast size (Julia's broadcasting rules), e.g. `comb(10, 0:3)`.

With `exact=true`, `N` and `k` must be integers (or integer-valued reals, as
SciPy accepts `10.0`) and the result is the exact `BigInt`, as
[`comb_exact`](@ref), which is the type-stable spelling; for arrays broadcast
it: `comb_exact.(N, k)`. A non-integer or array argument with `exact=true`,
and a result of more than 100000 digits, throw a `SciportError`
(`SCIPORT_ERR_INVALID_ARGUMENT`).
"""
function comb(N, k; exact::Bool = false, repetition::Bool = false)
    exact && return comb_exact(_exact_integer(N, "N"), _exact_integer(k, "k"); repetition = repetition)
    return _comb(N, k, repetition)
end

"""
    comb_exact(N::Integer, k::Integer; repetition=false) -> BigInt

`scipy.special.comb(N, k, exact=True, repetition)`: the number of
combinations of `N` things taken `k` at a time as an exact integer. `0`
unless `0 ≤ k ≤ N`; with `repetition=true` `binomial(N + k - 1, k)`, and `1`
for `k = 0 ≤ N`. Broadcast it over arrays: `comb_exact.(N, k)`.

Throws a `SciportError` (`SCIPORT_ERR_INVALID_ARGUMENT`) for a result of
more than 100000 decimal digits, for `N + k - 1` beyond `Int64`, and for
arguments outside `Int64`.
"""
function comb_exact(N::Integer, k::Integer; repetition::Bool = false)
    n64, k64 = _int64(N, "N"), _int64(k, "k")
    fp = _sym(:sciport_special_comb_exact)
    return _exact_digits() do digits, size, len, err
        @ccall $fp(n64::Int64, k64::Int64, repetition::Bool, digits::Ptr{UInt8}, size::Csize_t,
                   len::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
    end
end

"""
    perm_exact(N::Integer, k::Integer) -> BigInt

`scipy.special.perm(N, k, exact=True)`: the number of permutations
`N!/(N - k)!` as an exact integer; `0` unless `0 ≤ k ≤ N`. The floating
form is [`perm`](@ref). Throws a `SciportError`
(`SCIPORT_ERR_INVALID_ARGUMENT`) for a result of more than 100000 decimal
digits and for arguments outside `Int64`.
"""
function perm_exact(N::Integer, k::Integer)
    n64, k64 = _int64(N, "N"), _int64(k, "k")
    fp = _sym(:sciport_special_perm_exact)
    return _exact_digits() do digits, size, len, err
        @ccall $fp(n64::Int64, k64::Int64, digits::Ptr{UInt8}, size::Csize_t,
                   len::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
    end
end

"""
    factorial_exact(n::Integer) -> BigInt

`scipy.special.factorial(n, exact=True)`: `n!` as an exact integer; `0` for
`n < 0`, `1` for `n = 0` (Base's `factorial(big(n))` throws for `n < 0`).
The floating form is [`factorial`](@ref). Throws a `SciportError`
(`SCIPORT_ERR_INVALID_ARGUMENT`) above `n = 25205` (more than 100000
decimal digits).
"""
function factorial_exact(n::Integer)
    n64 = _int64(n, "n")
    fp = _sym(:sciport_special_factorial_exact)
    return _exact_digits() do digits, size, len, err
        @ccall $fp(n64::Int64, digits::Ptr{UInt8}, size::Csize_t, len::Ref{Csize_t},
                   err::Ref{Ptr{Cvoid}})::Int32
    end
end

"""
    factorial2_exact(n::Integer) -> BigInt

`scipy.special.factorial2(n, exact=True)`: the double factorial
`n!! = n (n - 2) (n - 4) …` as an exact integer; `0` for `n < 0`, `1` for
`n = 0` and `1`. The floating form is [`factorial2`](@ref). Throws a
`SciportError` (`SCIPORT_ERR_INVALID_ARGUMENT`) for a result of more than
100000 decimal digits.
"""
function factorial2_exact(n::Integer)
    n64 = _int64(n, "n")
    fp = _sym(:sciport_special_factorial2_exact)
    return _exact_digits() do digits, size, len, err
        @ccall $fp(n64::Int64, digits::Ptr{UInt8}, size::Csize_t, len::Ref{Csize_t},
                   err::Ref{Ptr{Cvoid}})::Int32
    end
end

"Numbers in, a Float64 out: comb of one pair."
_comb(N::Real, k::Real, repetition::Bool) = _comb(Float64[N], Float64[k], repetition)[1]

"comb of operands broadcast together (as `_ufunc`): a new result array."
function _comb(N, k, repetition::Bool)
    ops = (_operand(N), _operand(k))
    out = Array{Float64}(undef, _result_shape(ops))
    fp = _sym(:sciport_special_comb)
    _with_reversed_view(out) do ov
        _with_reversed_view(ops[1]) do nv
            _with_reversed_view(ops[2]) do kv
                _ccall_checked() do err
                    @ccall $fp(nv::Ref{NdArray}, kv::Ref{NdArray}, repetition::Bool,
                               ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
                end
            end
        end
    end
    return out
end

"""
    _exact_digits(call) -> BigInt

Runs `call(digits, digits_size, len, err)` (one `sciport_special_*_exact`
ccall) as the C API asks: a length query (`digits` NULL, size 0), then into
a buffer of `len + 1` bytes; parses the decimal digits. Throws the
`SciportError` of a failed call.
"""
function _exact_digits(call)
    len = Ref{Csize_t}(0)
    _ccall_checked(err -> call(Ptr{UInt8}(C_NULL), Csize_t(0), len, err))
    buf = Vector{UInt8}(undef, len[] + 1)
    GC.@preserve buf begin
        _ccall_checked(err -> call(pointer(buf), Csize_t(length(buf)), len, err))
    end
    return parse(BigInt, String(buf[1:len[]]))
end

"An integer argument of an exact form as Int64, or a SciportError when it does not fit."
function _int64(x::Integer, name::AbstractString)
    typemin(Int64) <= x <= typemax(Int64) ||
        _argerror("$name = $x is outside Int64, the range of the exact counts")
    return Int64(x)
end

"An argument of `comb(...; exact=true)`: an integer, or an integer-valued real (as SciPy)."
_exact_integer(x::Integer, ::AbstractString) = x
function _exact_integer(x::Real, name::AbstractString)
    isfinite(x) && isinteger(x) ||
        _argerror("non-integer $name = $x with exact=true is not supported")
    typemin(Int64) <= x < 2.0^63 ||
        _argerror("$name = $x is outside Int64, the range of the exact counts")
    return Int64(x)
end
_exact_integer(x, name::AbstractString) =
    _argerror("$name must be an integer with exact=true (got a $(typeof(x))); " *
              "broadcast comb_exact over arrays: comb_exact.(N, k)")
