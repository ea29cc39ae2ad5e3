package sciport

// #include "sciport.h"
import "C"

import (
	"math/big"
	"unsafe"
)

// The counting functions of scipy.special that the generated glue
// (special.go) leaves out: comb, whose C function takes the repetition flag
// besides its views, and SciPy's exact=True results of comb, perm, factorial
// and factorial2 as math/big integers. The floating forms of perm, factorial
// and factorial2 are Perm, Factorial and Factorial2 in special.go.

// Comb is scipy.special.comb(N, k, exact=False, repetition=repetition)
// elementwise: the number of combinations of N things taken k at a time.
// Without repetition binom(N, k) where 0 ≤ k ≤ N and 0 elsewhere (also for
// NaN, as SciPy); with repetition (combinations with replacement)
// binom(N + k − 1, k), and 1 for k = 0 ≤ N. N and k broadcast as the other
// special functions' slices do: each has the result's length or length 1.
// CombExact gives the exact integers.
func Comb(N, k []float64, repetition bool) ([]float64, error) {
	return ufunc([]string{"N", "k"}, [][]float64{N, k},
		func(v []*C.sciport_ndarray, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
			return C.sciport_special_comb(v[0], v[1], C.bool(repetition), out, e)
		})
}

// CombExact is scipy.special.comb(N, k, exact=True, repetition=repetition):
// the number of combinations as an exact integer. 0 unless 0 ≤ k ≤ N; with
// repetition C(N + k − 1, k), and 1 for k = 0 ≤ N. A result of more than
// 100000 decimal digits, or N + k − 1 beyond int64, is a
// StatusInvalidArgument error carrying the library's message.
func CombExact(n, k int64, repetition bool) (*big.Int, error) {
	return exactInteger(func(d *C.char, size C.size_t, length *C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_special_comb_exact(C.int64_t(n), C.int64_t(k), C.bool(repetition), d, size, length, e)
	})
}

// PermExact is scipy.special.perm(N, k, exact=True): the number of
// permutations N!/(N − k)! as an exact integer; 0 unless 0 ≤ k ≤ N. A result
// of more than 100000 decimal digits is a StatusInvalidArgument error.
func PermExact(n, k int64) (*big.Int, error) {
	return exactInteger(func(d *C.char, size C.size_t, length *C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_special_perm_exact(C.int64_t(n), C.int64_t(k), d, size, length, e)
	})
}

// FactorialExact is scipy.special.factorial(n, exact=True): n! as an exact
// integer; 0 for n < 0, 1 for n = 0. n above 25205 (a result of more than
// 100000 decimal digits) is a StatusInvalidArgument error.
func FactorialExact(n int64) (*big.Int, error) {
	return exactInteger(func(d *C.char, size C.size_t, length *C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_special_factorial_exact(C.int64_t(n), d, size, length, e)
	})
}

// Factorial2Exact is scipy.special.factorial2(n, exact=True): the double
// factorial n!! = n(n − 2)(n − 4)… as an exact integer; 0 for n < 0, 1 for
// n = 0 and 1. A result of more than 100000 decimal digits is a
// StatusInvalidArgument error.
func Factorial2Exact(n int64) (*big.Int, error) {
	return exactInteger(func(d *C.char, size C.size_t, length *C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_special_factorial2_exact(C.int64_t(n), d, size, length, e)
	})
}

// digitsCall runs one sciport_special_*_exact function with its output
// arguments (digits, digits_size, len, err).
type digitsCall func(digits *C.char, size C.size_t, length *C.size_t, e **C.sciport_error) C.sciport_status

// exactInteger runs call twice, as the C API asks: a length query (digits
// NULL, size 0), then into a buffer of length+1 bytes; it parses the decimal
// digits into a big.Int.
func exactInteger(call digitsCall) (*big.Int, error) {
	var length C.size_t
	var cerr *C.sciport_error
	if err := takeError(call(nil, 0, &length, &cerr), cerr); err != nil {
		return nil, err
	}
	buf := make([]byte, int(length)+1)
	cerr = nil
	status := call((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf)), &length, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	z, ok := new(big.Int).SetString(string(buf[:length]), 10)
	if !ok {
		return nil, newError(StatusInternal, "the library returned %q, not decimal digits", buf[:length])
	}
	return z, nil
}
