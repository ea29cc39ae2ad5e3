# Status codes (values of the C enum sciport_status) and the Julia exception.

"Success (`SCIPORT_OK`)."
const SCIPORT_OK = Int32(0)
"A required pointer argument was NULL."
const SCIPORT_ERR_NULL_POINTER = Int32(1)
"An argument has a value that is not allowed (SciPy's ValueError)."
const SCIPORT_ERR_INVALID_ARGUMENT = Int32(2)
"Array sizes or shapes do not agree."
const SCIPORT_ERR_DIMENSION_MISMATCH = Int32(3)
"A method, norm or option name is not one of the accepted spellings."
const SCIPORT_ERR_UNKNOWN_NAME = Int32(4)
"A numeric input lies outside the mathematical domain."
const SCIPORT_ERR_DOMAIN = Int32(5)
"A matrix is singular or not positive definite."
const SCIPORT_ERR_SINGULAR = Int32(6)
"A user callback failed."
const SCIPORT_ERR_CALLBACK = Int32(7)
"Memory could not be allocated."
const SCIPORT_ERR_ALLOCATION = Int32(8)
"A bug inside sciport (a caught panic)."
const SCIPORT_ERR_INTERNAL = Int32(9)
"A fit's optimum lies outside the parameter space, or its moments are not finite (SciPy's FitError)."
const SCIPORT_ERR_FIT_FAILED = Int32(10)

"""
    SciportError(status, message) <: Exception

An error reported by sciport: `status` is the C status code (one of the
`SCIPORT_ERR_*` constants of this module) and `message` names the offending
argument and the reason.
"""
struct SciportError <: Exception
    status::Int32
    message::String
end

function Base.showerror(io::IO, e::SciportError)
    print(io, "SciportError (status ", e.status, ": ", status_str(e.status), "): ", e.message)
end

"""
    _argerror(message, status = SCIPORT_ERR_INVALID_ARGUMENT)

Throws the `SciportError` for an argument the binding checks itself.
"""
_argerror(message::AbstractString, status::Int32 = SCIPORT_ERR_INVALID_ARGUMENT) =
    throw(SciportError(status, String(message)))
