# Loading libsciport at run time and the error-object protocol.

"The major version (ABI) of the C library this binding was written for."
const ABI_MAJOR = 0

# Every C function the binding calls; all are resolved when the package loads,
# so a library that lacks one fails at `using Sciport`, not in the middle of a run.
const _SYMBOLS = (
    :sciport_version, :sciport_status_str, :sciport_set_num_threads,
    :sciport_get_num_threads, :sciport_error_code, :sciport_error_message,
    :sciport_error_callback_code, :sciport_error_free,
    :sciport_fft_fft, :sciport_fft_ifft, :sciport_fft_rfft, :sciport_fft_irfft,
    :sciport_fft_hfft, :sciport_fft_ihfft, :sciport_fft_fft2, :sciport_fft_ifft2,
    :sciport_fft_rfft2, :sciport_fft_irfft2, :sciport_fft_fftn, :sciport_fft_ifftn,
    :sciport_fft_rfftn, :sciport_fft_irfftn, :sciport_fft_dct, :sciport_fft_idct,
    :sciport_fft_dst, :sciport_fft_idst, :sciport_fft_dctn, :sciport_fft_idctn,
    :sciport_fft_dstn, :sciport_fft_idstn, :sciport_fft_fftfreq, :sciport_fft_rfftfreq,
    :sciport_fft_fftshift, :sciport_fft_ifftshift, :sciport_fft_fftshift_complex,
    :sciport_fft_ifftshift_complex, :sciport_fft_next_fast_len,
    :sciport_optimize_root_scalar_options_default,
    :sciport_optimize_minimize_scalar_options_default,
    :sciport_optimize_root_scalar, :sciport_optimize_minimize_scalar,
)

const _HANDLE = Ref{Ptr{Cvoid}}(C_NULL)
const _PTRS = Dict{Symbol,Ptr{Cvoid}}()

"""
    default_library_path()

`target/debug/libsciport.so` of the repository containing this package.
"""
default_library_path() =
    normpath(joinpath(@__DIR__, "..", "..", "..", "target", "debug", "libsciport.so"))

"""
    library_path()

The library to load: `ENV["SCIPORT_LIB"]` if set, else [`default_library_path`](@ref).
"""
library_path() = get(ENV, "SCIPORT_LIB", default_library_path())

function __init__()
    path = library_path()
    handle = Libdl.dlopen(path; throw_error = false)
    handle === nothing && error("Sciport: cannot load the sciport library at \"$path\"; " *
                                "build it with `cargo build` or set SCIPORT_LIB to its path")
    _HANDLE[] = handle
    empty!(_PTRS)
    for s in (_SYMBOLS..., Linalg.SYMBOLS..., Special.SYMBOLS..., Special.AXIS_SYMBOLS...,
              Special.COMB_SYMBOLS..., STATS_SYMBOLS...)
        _PTRS[s] = Libdl.dlsym(handle, s)
    end
    v = version()
    v.major == ABI_MAJOR || error("Sciport: $path is sciport $v; this binding needs ABI major $ABI_MAJOR")
    return nothing
end

"Address of the C function `name` in the loaded library."
@inline _sym(name::Symbol) = _PTRS[name]

"""
    version()

Version of the loaded sciport library (`sciport_version()`).
"""
version() = VersionNumber(unsafe_string(@ccall $(_sym(:sciport_version))()::Cstring))

"""
    status_str(code)

The library's static description of a status code.
"""
status_str(code::Integer) =
    unsafe_string(@ccall $(_sym(:sciport_status_str))(Int32(code)::Int32)::Cstring)

"""
    set_num_threads(n)

Caps the threads any later sciport call may use (`0` removes the cap).
"""
function set_num_threads(n::Integer)
    n >= 0 || _argerror("set_num_threads: n must be >= 0, got $n")
    @ccall $(_sym(:sciport_set_num_threads))(Csize_t(n)::Csize_t)::Cvoid
end

"""
    get_num_threads()

The current thread cap (number of cores when no cap is set).
"""
get_num_threads() = Int(@ccall $(_sym(:sciport_get_num_threads))()::Csize_t)

"""
    _take_error(status, errptr) -> Union{Nothing,SciportError}

Reads and frees the C error object; returns the matching `SciportError`, or
`nothing` on success. Never throws, so callers can decide what to raise.
"""
function _take_error(status::Int32, errptr::Ptr{Cvoid})
    status == SCIPORT_OK && errptr == C_NULL && return nothing
    msg = ""
    if errptr != C_NULL
        cmsg = @ccall $(_sym(:sciport_error_message))(errptr::Ptr{Cvoid})::Cstring
        msg = cmsg == C_NULL ? "" : unsafe_string(cmsg)
        @ccall $(_sym(:sciport_error_free))(errptr::Ptr{Cvoid})::Cvoid
    end
    status == SCIPORT_OK && return nothing
    return SciportError(status, isempty(msg) ? status_str(status) : msg)
end

"""
    _ccall_checked(call)

Runs `call(errref)` (a `ccall` that returns a status and takes the error
out-parameter), then throws a `SciportError` if it failed.
"""
function _ccall_checked(call)
    errref = Ref{Ptr{Cvoid}}(C_NULL)
    status = call(errref)::Int32
    e = _take_error(status, errref[])
    e === nothing || throw(e)
    return nothing
end
