"""
    Sciport

Julia binding of sciport: SciPy's building blocks (here `scipy.fft`, the scalar
solvers of `scipy.optimize` and real and complex `scipy.linalg` in `Sciport.Linalg`) from the
sciport C library, with SciPy's names, keywords and defaults.

# Loading the library
The shared library is located when the package is loaded (`__init__`), not when it
is precompiled: the environment variable `SCIPORT_LIB` (full path of
`libsciport.so`) if set, else `target/debug/libsciport.so` of the repository that
contains this package (`bindings/julia/../../target/debug/libsciport.so`, built by
`cargo build`). See [`library_path`](@ref).

# Arrays
Julia arrays are column-major; sciport receives a strided view with
`shape = size(A)` and `strides = strides(A)` of the array's own memory, so the
logical array is the same as in Julia (`A[i, j]` is NumPy's `a[i-1, j-1]`).
`Array{Float64}`/`Array{ComplexF64}` of any dimension and strided views of them
(`view` with ranges, including negative or non-unit steps, `PermutedDimsArray`,
`reshape` of a strided array) pass **without copies**. Other arrays are converted
first: other element types (integers, `Float32`; real input to a complex
transform is promoted to `ComplexF64`, as in SciPy) and non-strided wrappers.
Results are new `Array{Float64}` or `Array{ComplexF64}`.

# Axis numbering
`axis`/`axes` use Julia's dimension numbers: `1` is the first dimension, `ndims(x)`
the last; negative values count from the end as in SciPy (`-1`, the default, is
the last dimension, `-2` the one before). `0` is rejected, so SciPy code that
says `axis=0` fails loudly instead of transforming the wrong dimension; write
`axis=1`. `s` lists output lengths in the order of `axes`; an entry `-1` keeps
the input length.

# Errors
Every failure reported by the library is thrown as a [`SciportError`](@ref)
(status code and message) after the C call has returned and its error object has
been freed. Arguments the binding must understand to size the result (axes, `n`,
`s`) are checked here and raise the same `SciportError` codes the library uses.

# Names
Nothing that clashes with FFTW.jl/AbstractFFTs is exported: call `Sciport.fft`,
`Sciport.dct`, … . Exported: `SciportError`, `root_scalar`, `minimize_scalar`.
The frozen distributions of `scipy.stats` are [`Dist`](@ref) (`Sciport.Dist("norm"; loc = 1, scale = 2)`)
with `Sciport.pdf`, `cdf`, `ppf`, … and `mean`, `var`, `std`, `median` as methods of the
Statistics stdlib's functions; see [`dist_names`](@ref). [`fit`](@ref) is `scipy.stats.<name>.fit`
and [`expect`](@ref) a frozen distribution's `expect`.
`scipy.linalg` lives in the submodule [`Sciport.Linalg`](@ref) (`Sciport.Linalg.solve`,
`lu`, `lu_factor`, `svd`, `eigh`, `eig`, `eigvals`, `hessenberg`, `polar`, `expm`, `qr`, `lstsq`, `pinv`,
`norm`, …), so it never clashes with `LinearAlgebra` (`lu`, `qr`, `pinv`, `norm`, `eigvals`,
`hessenberg`, `schur`, `rank`, `nullspace` there; `expm` has no counterpart there, `exp(::Matrix)` being `Base.exp`).
"""
module Sciport

using Libdl

export SciportError, root_scalar, minimize_scalar

include("errors.jl")
include("library.jl")
include("views.jl")
include("fft.jl")
include("optimize.jl")
include("linalg.jl")
include("special.jl")
include("stats.jl")

end # module
