package sciport

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// Comb, CombExact, PermExact, FactorialExact and Factorial2Exact against
// SciPy 1.17.1: every expected value was printed by
// /work/venv/bin/python -W ignore -c 'import scipy.special as sc; print(<call>)'
// with the call named next to it.

func TestCombFloatingMatchesSciPy(t *testing.T) {
	cases := []struct {
		call       string
		N, k       []float64
		repetition bool
		want       []float64
	}{
		{"sc.comb(10, 3)", []float64{10}, []float64{3}, false, []float64{120}},
		{"sc.comb(10, 3, repetition=True)", []float64{10}, []float64{3}, true, []float64{220}},
		{"sc.comb(5, 7)", []float64{5}, []float64{7}, false, []float64{0}},
		{"sc.comb(10.5, 3)", []float64{10.5}, []float64{3}, false, []float64{141.3125}},
		{"sc.comb([10, 5, 4, 0], [3, 2, 0, 2], repetition=True)",
			[]float64{10, 5, 4, 0}, []float64{3, 2, 0, 2}, true, []float64{220, 15, 1, 0}},
		// a scalar N broadcast against a vector k
		{"sc.comb(10, [0, 1, 2, 3])", []float64{10}, []float64{0, 1, 2, 3}, false, []float64{1, 10, 45, 120}},
	}
	for _, c := range cases {
		got, err := Comb(c.N, c.k, c.repetition)
		if err != nil {
			t.Fatalf("%s: %v", c.call, err)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: %d values, want %d", c.call, len(got), len(c.want))
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s[%d] = %.17g, SciPy 1.17.1 gives %.17g", c.call, i, got[i], c.want[i])
			}
		}
	}
	if _, err := Comb([]float64{1, 2, 3}, []float64{1, 2}, true); !errors.Is(err, StatusDimensionMismatch) {
		t.Errorf("Comb with lengths 3 and 2: %v, want a StatusDimensionMismatch error", err)
	}
}

func TestExactCountsMatchSciPy(t *testing.T) {
	exact := func(z *big.Int, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		return z.String()
	}
	cases := []struct{ call, got, want string }{
		{"sc.comb(100, 50, exact=True)", exact(CombExact(100, 50, false)), "100891344545564193334812497256"},
		{"sc.comb(10, 3, exact=True, repetition=True)", exact(CombExact(10, 3, true)), "220"},
		{"sc.comb(5, 7, exact=True)", exact(CombExact(5, 7, false)), "0"},
		{"sc.comb(1000000, 3, exact=True)", exact(CombExact(1000000, 3, false)), "166666166667000000"},
		{"sc.perm(10, 3, exact=True)", exact(PermExact(10, 3)), "720"},
		{"sc.perm(3, 5, exact=True)", exact(PermExact(3, 5)), "0"},
		{"sc.perm(20, 20, exact=True)", exact(PermExact(20, 20)), "2432902008176640000"},
		{"sc.factorial(25, exact=True)", exact(FactorialExact(25)), "15511210043330985984000000"},
		{"sc.factorial(0, exact=True)", exact(FactorialExact(0)), "1"},
		{"sc.factorial(-3, exact=True)", exact(FactorialExact(-3)), "0"},
		{"sc.factorial2(9, exact=True)", exact(Factorial2Exact(9)), "945"},
		{"sc.factorial2(30, exact=True)", exact(Factorial2Exact(30)), "42849873690624000"},
		{"sc.factorial2(-1, exact=True)", exact(Factorial2Exact(-1)), "0"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %s, SciPy 1.17.1 gives %s", c.call, c.got, c.want)
		}
	}
}

func TestExactCountsBeyondTheDigitLimitAreErrors(t *testing.T) {
	z, err := FactorialExact(1000000)
	var e *Error
	if !errors.As(err, &e) || e.Status != StatusInvalidArgument || z != nil {
		t.Fatalf("FactorialExact(1000000) = %v, %v; want nil and a StatusInvalidArgument error", z, err)
	}
	if !strings.Contains(e.Message, "limited to 100000 digits") {
		t.Errorf("FactorialExact(1000000): message %q does not name the digit limit", e.Message)
	}
	// 25205! has 99996 digits (Python: len(str(math.factorial(25205)))), within the limit.
	z, err = FactorialExact(25205)
	if err != nil {
		t.Fatalf("FactorialExact(25205): %v", err)
	}
	if n := len(z.String()); n != 99996 {
		t.Errorf("FactorialExact(25205) has %d digits, want 99996", n)
	}
}
