# scipy.fft: the transforms, frequencies, shifts and next_fast_len.

# How a transform maps the input length m of a transformed axis to the output
# length, given the requested length (n or an entry of s, `nothing` = default).
#   :c2c / :r2r  output n (default m)
#   :r2c         output n ÷ 2 + 1 (default n = m)
#   :c2r         output n (default 2(m - 1))
"Output length of one transformed axis (see the table above)."
function _out_len(kind::Symbol, m::Integer, n)
    len = n === nothing ? (kind === :c2r ? 2 * (m - 1) : m) : Int(n)
    len >= 1 || _argerror("invalid number of data points ($len) specified")
    return kind === :r2c ? len ÷ 2 + 1 : len
end

"`n` for C: -1 is SciPy's `None`."
_c_n(n) = n === nothing ? Int64(-1) : Int64(n)

"`workers` for C: 0 is SciPy's `None`."
_c_workers(w) = w === nothing ? Int32(0) : Int32(w)

"`orthogonalize` for C: -1 is SciPy's `None`."
_c_ortho(o) = o === nothing ? Int32(-1) : Int32(Bool(o))

"`norm` for C: `nothing` is SciPy's default \"backward\"."
_c_norm(norm) = norm === nothing ? "backward" : String(norm)

"""
    _axis_plan(x, n, axis, kind) -> (caxis, output shape)

Resolves a 1-D transform's axis and output shape.
"""
function _axis_plan(x::AbstractArray, n, axis::Integer, kind::Symbol)
    n === nothing || n >= 1 || _argerror("invalid number of data points ($n) specified")
    ax = _c_axis(axis, ndims(x))
    len = _out_len(kind, size(x, ax + 1), n)
    return ax, ntuple(d -> d == ax + 1 ? len : size(x, d), ndims(x))
end

"A single integer `s`/`axes` as a 1-tuple (SciPy accepts both)."
_tuple_arg(v) = v isa Integer ? (v,) : v

"""
    _resolve_axes(sz, s, axes) -> Vector{Int64}

The 0-based axes of an N-D transform, by SciPy's rule: given axes, else the
last `length(s)` axes when `s` is given, else all axes.
"""
function _resolve_axes(sz::Dims, s, axes)
    nd = length(sz)
    if axes !== nothing
        ax = Int64[_c_axis(a, nd) for a in axes]
    elseif s !== nothing
        length(s) <= nd || _argerror("s has $(length(s)) entries but x has $nd dimension(s)")
        ax = collect(Int64, nd - length(s):nd - 1)
    else
        ax = collect(Int64, 0:nd - 1)
    end
    allunique(ax) || _argerror("all axes must be unique")
    return ax
end

"""
    _nd_plan(sz, s, axes, kind) -> (caxes, cs, output shape)

Resolves an N-D transform: 0-based axes, explicit lengths along them, and the
output shape (the last transformed axis is halved for :r2c, doubled by default
for :c2r).
"""
function _nd_plan(sz::Dims, s, axes, kind::Symbol)
    s = _tuple_arg(s)
    ax = _resolve_axes(sz, s, _tuple_arg(axes))
    if s !== nothing && length(s) != length(ax)
        _argerror("s has $(length(s)) entries but axes has $(length(ax))", SCIPORT_ERR_DIMENSION_MISMATCH)
    end
    cs = Vector{Int64}(undef, length(ax))
    out = collect(sz)
    for (i, a) in enumerate(ax)
        want = s === nothing ? nothing : s[i]
        m = sz[a + 1]
        want == -1 && (want = m)
        last = i == length(ax)
        k = last ? kind : (kind === :r2c || kind === :c2r ? :c2c : kind)
        out[a + 1] = _out_len(k, m, want)
        cs[i] = want === nothing ? (k === :c2r ? 2 * (m - 1) : m) : want
    end
    return ax, cs, Tuple(out)
end

# ---- 1-D transforms ---------------------------------------------------------

"""
    _run_1d(cname, x, Tin, Tout, kind, n, axis, norm, workers)

Shared body of fft, ifft, rfft, irfft, hfft and ihfft.
"""
function _run_1d(cname::Symbol, x, ::Type{Tin}, ::Type{Tout}, kind, n, axis, norm, workers) where {Tin,Tout}
    xs = _strided(x, Tin)
    ax, oshape = _axis_plan(xs, n, axis, kind)
    out = Array{Tout}(undef, oshape)
    fp = _sym(cname)
    normstr = _c_norm(norm)
    _with_view(xs) do xv
        _with_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, _c_n(n)::Int64, ax::Int64, normstr::Cstring,
                           _c_workers(workers)::Int32, ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

const _Num = Union{Real,Complex}

"""
    fft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

1-D discrete Fourier transform along `axis` (`scipy.fft.fft`); real input is
promoted. `n` zero-pads or truncates the axis. Returns `Array{ComplexF64}`.
"""
fft(x::AbstractArray{<:_Num}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_fft, x, ComplexF64, ComplexF64, :c2c, n, axis, norm, workers)

"""
    ifft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

1-D inverse discrete Fourier transform (`scipy.fft.ifft`).
"""
ifft(x::AbstractArray{<:_Num}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_ifft, x, ComplexF64, ComplexF64, :c2c, n, axis, norm, workers)

"""
    rfft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

FFT of real input (`scipy.fft.rfft`): the axis becomes `n ÷ 2 + 1` long.
"""
rfft(x::AbstractArray{<:Real}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_rfft, x, Float64, ComplexF64, :r2c, n, axis, norm, workers)

"""
    irfft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

Inverse of `rfft` (`scipy.fft.irfft`): real output of length `n` (default
`2(m - 1)` for input length m).
"""
irfft(x::AbstractArray{<:_Num}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_irfft, x, ComplexF64, Float64, :c2r, n, axis, norm, workers)

"""
    hfft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

FFT of a Hermitian-symmetric signal (`scipy.fft.hfft`): real output of length
`n` (default `2(m - 1)`).
"""
hfft(x::AbstractArray{<:_Num}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_hfft, x, ComplexF64, Float64, :c2r, n, axis, norm, workers)

"""
    ihfft(x; n=nothing, axis=-1, norm="backward", workers=nothing)

Inverse of `hfft` (`scipy.fft.ihfft`) for real input: output length `n ÷ 2 + 1`.
"""
ihfft(x::AbstractArray{<:Real}; n = nothing, axis::Integer = -1, norm = "backward", workers = nothing) =
    _run_1d(:sciport_fft_ihfft, x, Float64, ComplexF64, :r2c, n, axis, norm, workers)

# ---- N-D transforms ---------------------------------------------------------

"""
    _run_nd(cname, x, Tin, Tout, kind, s, axes, norm, workers)

Shared body of the fft2/fftn families.
"""
function _run_nd(cname::Symbol, x, ::Type{Tin}, ::Type{Tout}, kind, s, axes, norm, workers) where {Tin,Tout}
    xs = _strided(x, Tin)
    ax, cs, oshape = _nd_plan(size(xs), s, axes, kind)
    if isempty(ax)
        kind === :c2c || _argerror("at least 1 axis must be transformed")
        return Array{Tout}(xs)
    end
    out = Array{Tout}(undef, oshape)
    fp = _sym(cname)
    normstr = _c_norm(norm)
    _with_view(xs) do xv
        _with_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, cs::Ptr{Int64}, length(cs)::Csize_t, ax::Ptr{Int64},
                           length(ax)::Csize_t, normstr::Cstring, _c_workers(workers)::Int32,
                           ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

const _LAST_TWO = (-2, -1)

"""
    fft2(x; s=nothing, axes=(-2, -1), norm="backward", workers=nothing)

2-D FFT (`scipy.fft.fft2`) over `axes` (default the last two dimensions).
"""
fft2(x::AbstractArray{<:_Num}; s = nothing, axes = _LAST_TWO, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_fft2, x, ComplexF64, ComplexF64, :c2c, s, axes, norm, workers)

"""
    ifft2(x; s=nothing, axes=(-2, -1), norm="backward", workers=nothing)

2-D inverse FFT (`scipy.fft.ifft2`).
"""
ifft2(x::AbstractArray{<:_Num}; s = nothing, axes = _LAST_TWO, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_ifft2, x, ComplexF64, ComplexF64, :c2c, s, axes, norm, workers)

"""
    rfft2(x; s=nothing, axes=(-2, -1), norm="backward", workers=nothing)

2-D FFT of real input (`scipy.fft.rfft2`); the last of `axes` becomes `n ÷ 2 + 1`.
"""
rfft2(x::AbstractArray{<:Real}; s = nothing, axes = _LAST_TWO, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_rfft2, x, Float64, ComplexF64, :r2c, s, axes, norm, workers)

"""
    irfft2(x; s=nothing, axes=(-2, -1), norm="backward", workers=nothing)

Inverse of `rfft2` (`scipy.fft.irfft2`); real output.
"""
irfft2(x::AbstractArray{<:_Num}; s = nothing, axes = _LAST_TWO, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_irfft2, x, ComplexF64, Float64, :c2r, s, axes, norm, workers)

"""
    fftn(x; s=nothing, axes=nothing, norm="backward", workers=nothing)

N-D FFT (`scipy.fft.fftn`); axes default to all (or the last `length(s)`).
"""
fftn(x::AbstractArray{<:_Num}; s = nothing, axes = nothing, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_fftn, x, ComplexF64, ComplexF64, :c2c, s, axes, norm, workers)

"""
    ifftn(x; s=nothing, axes=nothing, norm="backward", workers=nothing)

N-D inverse FFT (`scipy.fft.ifftn`).
"""
ifftn(x::AbstractArray{<:_Num}; s = nothing, axes = nothing, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_ifftn, x, ComplexF64, ComplexF64, :c2c, s, axes, norm, workers)

"""
    rfftn(x; s=nothing, axes=nothing, norm="backward", workers=nothing)

N-D FFT of real input (`scipy.fft.rfftn`); the last of `axes` becomes `n ÷ 2 + 1`.
"""
rfftn(x::AbstractArray{<:Real}; s = nothing, axes = nothing, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_rfftn, x, Float64, ComplexF64, :r2c, s, axes, norm, workers)

"""
    irfftn(x; s=nothing, axes=nothing, norm="backward", workers=nothing)

Inverse of `rfftn` (`scipy.fft.irfftn`); real output, the last of `axes`
`2(m - 1)` long unless `s` says otherwise.
"""
irfftn(x::AbstractArray{<:_Num}; s = nothing, axes = nothing, norm = "backward", workers = nothing) =
    _run_nd(:sciport_fft_irfftn, x, ComplexF64, Float64, :c2r, s, axes, norm, workers)

# ---- DCT / DST ----------------------------------------------------------------

"""
    _run_trig(cname, x, type, n, axis, norm, workers, orthogonalize)

Shared body of dct, idct, dst and idst.
"""
function _run_trig(cname::Symbol, x, type, n, axis, norm, workers, orthogonalize)
    xs = _strided(x, Float64)
    ax, oshape = _axis_plan(xs, n, axis, :r2r)
    out = Array{Float64}(undef, oshape)
    fp = _sym(cname)
    normstr = _c_norm(norm)
    _with_view(xs) do xv
        _with_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, Int32(type)::Int32, _c_n(n)::Int64, ax::Int64,
                           normstr::Cstring, _c_workers(workers)::Int32, _c_ortho(orthogonalize)::Int32,
                           ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

"""
    _run_trig_nd(cname, x, type, s, axes, norm, workers, orthogonalize)

Shared body of dctn, idctn, dstn and idstn.
"""
function _run_trig_nd(cname::Symbol, x, type, s, axes, norm, workers, orthogonalize)
    xs = _strided(x, Float64)
    ax, cs, oshape = _nd_plan(size(xs), s, axes, :r2r)
    isempty(ax) && return Array{Float64}(xs)
    out = Array{Float64}(undef, oshape)
    fp = _sym(cname)
    normstr = _c_norm(norm)
    _with_view(xs) do xv
        _with_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, Int32(type)::Int32, cs::Ptr{Int64}, length(cs)::Csize_t,
                           ax::Ptr{Int64}, length(ax)::Csize_t, normstr::Cstring,
                           _c_workers(workers)::Int32, _c_ortho(orthogonalize)::Int32,
                           ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

for (jl, c, what) in ((:dct, :sciport_fft_dct, "Discrete cosine transform (`scipy.fft.dct`)"),
                      (:idct, :sciport_fft_idct, "Inverse discrete cosine transform (`scipy.fft.idct`)"),
                      (:dst, :sciport_fft_dst, "Discrete sine transform (`scipy.fft.dst`)"),
                      (:idst, :sciport_fft_idst, "Inverse discrete sine transform (`scipy.fft.idst`)"))
    doc = """
        $jl(x; type=2, n=nothing, axis=-1, norm="backward", workers=nothing, orthogonalize=nothing)

    $what along `axis`; `type` is 1, 2, 3 or 4, `orthogonalize` `nothing`
    (SciPy's `None`: true for "ortho"), `true` or `false`.
    """
    @eval begin
        @doc $doc $jl(x::AbstractArray{<:Real}; type::Integer = 2, n = nothing, axis::Integer = -1,
                      norm = "backward", workers = nothing, orthogonalize = nothing) =
            _run_trig($(QuoteNode(c)), x, type, n, axis, norm, workers, orthogonalize)
    end
end

for (jl, c, what) in ((:dctn, :sciport_fft_dctn, "N-D discrete cosine transform (`scipy.fft.dctn`)"),
                      (:idctn, :sciport_fft_idctn, "N-D inverse discrete cosine transform (`scipy.fft.idctn`)"),
                      (:dstn, :sciport_fft_dstn, "N-D discrete sine transform (`scipy.fft.dstn`)"),
                      (:idstn, :sciport_fft_idstn, "N-D inverse discrete sine transform (`scipy.fft.idstn`)"))
    doc = """
        $jl(x; type=2, s=nothing, axes=nothing, norm="backward", workers=nothing, orthogonalize=nothing)

    $what over `axes` (default all); arguments as for the 1-D transform and `fftn`.
    """
    @eval begin
        @doc $doc $jl(x::AbstractArray{<:Real}; type::Integer = 2, s = nothing, axes = nothing,
                      norm = "backward", workers = nothing, orthogonalize = nothing) =
            _run_trig_nd($(QuoteNode(c)), x, type, s, axes, norm, workers, orthogonalize)
    end
end

# ---- helpers ------------------------------------------------------------------

"""
    _freq(cname, n, d, len)

Shared body of fftfreq and rfftfreq.
"""
function _freq(cname::Symbol, n::Integer, d::Real, len::Integer)
    n >= 1 || _argerror("n must be >= 1, got $n")
    out = Vector{Float64}(undef, len)
    fp = _sym(cname)
    _ccall_checked() do err
        @ccall $fp(Csize_t(n)::Csize_t, Float64(d)::Cdouble, out::Ptr{Cdouble}, Csize_t(len)::Csize_t,
                   err::Ref{Ptr{Cvoid}})::Int32
    end
    return out
end

"""
    fftfreq(n, d=1.0)

Sample frequencies of an `n`-point FFT with sample spacing `d` (`scipy.fft.fftfreq`).
"""
fftfreq(n::Integer, d::Real = 1.0) = _freq(:sciport_fft_fftfreq, n, d, max(n, 0))

"""
    rfftfreq(n, d=1.0)

Sample frequencies of an `n`-point real FFT (`scipy.fft.rfftfreq`): `n ÷ 2 + 1` values.
"""
rfftfreq(n::Integer, d::Real = 1.0) = _freq(:sciport_fft_rfftfreq, n, d, max(n, 0) ÷ 2 + 1)

"""
    _shift(real_name, complex_name, x, axes)

Shared body of fftshift and ifftshift: real arrays stay `Float64`, complex ones
`ComplexF64`.
"""
function _shift(rname::Symbol, cname::Symbol, x::AbstractArray, axes)
    T = eltype(x) <: Complex ? ComplexF64 : Float64
    xs = _strided(x, T)
    ax = axes === nothing ? Int64[] : Int64[_c_axis(a, ndims(xs)) for a in _tuple_arg(axes)]
    allunique(ax) || _argerror("all axes must be unique")
    out = Array{T}(undef, size(xs))
    axes !== nothing && isempty(ax) && return copyto!(out, xs)
    fp = _sym(T === Float64 ? rname : cname)
    _with_view(xs) do xv
        _with_view(out) do ov
            _ccall_checked() do err
                @ccall $fp(xv::Ref{NdArray}, ax::Ptr{Int64}, length(ax)::Csize_t,
                           ov::Ref{NdArray}, err::Ref{Ptr{Cvoid}})::Int32
            end
        end
    end
    return out
end

"""
    fftshift(x; axes=nothing)

Moves the zero-frequency term to the centre (`scipy.fft.fftshift`) along `axes`
(default all).
"""
fftshift(x::AbstractArray{<:_Num}; axes = nothing) =
    _shift(:sciport_fft_fftshift, :sciport_fft_fftshift_complex, x, axes)

"""
    ifftshift(x; axes=nothing)

Inverse of `fftshift` (`scipy.fft.ifftshift`).
"""
ifftshift(x::AbstractArray{<:_Num}; axes = nothing) =
    _shift(:sciport_fft_ifftshift, :sciport_fft_ifftshift_complex, x, axes)

"""
    next_fast_len(target, real=false)

Smallest length `>= target` that transforms fastest (`scipy.fft.next_fast_len`);
`real` may also be given as a keyword.
"""
function next_fast_len(target::Integer, real_::Bool = false; real::Bool = real_)
    target >= 0 || _argerror("Target length must be positive, got $target")   # 0 gives 0, as in SciPy
    out = Ref{Csize_t}(0)
    fp = _sym(:sciport_fft_next_fast_len)
    _ccall_checked() do err
        @ccall $fp(Csize_t(target)::Csize_t, real::Bool, out::Ref{Csize_t}, err::Ref{Ptr{Cvoid}})::Int32
    end
    return Int(out[])
end
