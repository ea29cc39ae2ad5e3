// Package sciport is the Go binding of sciport: SciPy's computational building
// blocks (here scipy.fft, the scalar solvers of scipy.optimize and the dense
// real and complex solvers, decompositions, the matrix exponential and
// square root and logarithm, Schur forms, Sylvester / Lyapunov / Riccati equations,
// orthogonal factorizations, least squares and norms of scipy.linalg) from a
// Rust core
// behind a stable C ABI.
//
// Conventions:
//   - Slices in, (result, error) out. Results are freshly allocated; inputs are
//     never modified.
//   - Options structs are passed by pointer; nil and the zero value both mean
//     SciPy's defaults.
//   - Every error is a *Error carrying the library's Status and message.
//     errors.Is(err, sciport.StatusInvalidArgument) tests the status, and for
//     a failed callback errors.Is/As also reach the callback's own error.
//   - N-D data is an Array (float64) or CArray (complex128): a flat slice in
//     row-major (C) order plus its shape. Matrices for linalg are a Matrix:
//     a flat slice plus explicit row and column strides, so row-major,
//     column-major, transposed and sub-matrix views pass without copies.
//     Complex matrices are a CMatrix with the same layout rules, taken and
//     returned by the ...Complex linalg functions; the eigenvectors of Eig
//     and EigComplex are n x n CArrays.
//
// Linking: by default the package links the static library built by
// `cargo build` in this repository (target/debug/libsciport.a). Build tags
// select target/release (sciport_release) or an installed library
// (sciport_external, with CGO_LDFLAGS pointing at it). See README.md.
//
// All functions are safe for concurrent use.
package sciport

// The vendored header must stay byte-identical to the generated one; the test
// TestVendoredHeaderIsCurrent fails when it drifts. Refresh it with `go generate`.
//go:generate cp ../../include/sciport.h sciport.h
