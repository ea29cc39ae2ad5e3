package sciport

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectStatus checks err is a *Error with the given status and a message
// containing want.
func expectStatus(t *testing.T, what string, err error, status Status, want string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: got %v (%T), want a *sciport.Error", what, err, err)
	}
	if e.Status != status || !errors.Is(err, status) {
		t.Fatalf("%s: status %d (%v), want %d (%v); message %q", what, e.Status, e.Status, status, status, e.Message)
	}
	if e.Message == "" || !strings.Contains(e.Message, want) {
		t.Fatalf("%s: message %q does not mention %q", what, e.Message, want)
	}
	if !strings.Contains(err.Error(), e.Message) {
		t.Fatalf("%s: Error() = %q lacks the message", what, err.Error())
	}
}

func TestErrorsFromTheLibrary(t *testing.T) {
	f := func(x float64) float64 { return x }
	_, err := RootScalar(nil, nil)
	expectStatus(t, "RootScalar(nil)", err, StatusNullPointer, "f")
	_, err = MinimizeScalar(nil, nil)
	expectStatus(t, "MinimizeScalar(nil)", err, StatusNullPointer, "f")

	_, err = DCT([]float64{1, 2, 3}, &DCTOptions{Type: 5})
	expectStatus(t, "DCT type 5", err, StatusInvalidArgument, "type")
	_, err = FFT(nil, nil)
	expectStatus(t, "FFT of no data", err, StatusInvalidArgument, "n")
	_, err = FFTAlong(NewCArray(2, 3), 2, nil)
	expectStatus(t, "axis out of range", err, StatusInvalidArgument, "axis")
	_, err = FFTN(NewCArray(2, 3), &NDOptions{Axes: []int{1, -1}})
	expectStatus(t, "repeated axes", err, StatusInvalidArgument, "axes")
	_, err = FFTFreq(0, 1)
	expectStatus(t, "FFTFreq(0)", err, StatusInvalidArgument, "n")
	_, err = FFTFreq(4, 0)
	expectStatus(t, "FFTFreq(d=0)", err, StatusInvalidArgument, "d")
	_, err = NextFastLen(1<<62, false)
	expectStatus(t, "NextFastLen(2^62)", err, StatusInvalidArgument, "too large")
	_, err = RootScalar(f, &RootScalarOptions{Method: "brentq", Bracket: []float64{1, 2}})
	expectStatus(t, "bracket without a sign change", err, StatusInvalidArgument, "sign")
	_, err = RootScalar(f, &RootScalarOptions{Method: "newton"})
	expectStatus(t, "newton without x0", err, StatusInvalidArgument, "x0")
	_, err = MinimizeScalar(f, &MinimizeScalarOptions{Method: "bounded"})
	expectStatus(t, "bounded without bounds", err, StatusInvalidArgument, "bounds")

	_, err = FFT([]complex128{1, 2}, &Options{Workers: -100000})
	expectStatus(t, "workers out of range", err, StatusInvalidArgument, "workers")
	_, err = DCT([]float64{1, 2}, &DCTOptions{Orthogonalize: 7})
	expectStatus(t, "bad orthogonalize", err, StatusInvalidArgument, "orthogonalize")
	_, err = FFTN(NewCArray(2, 3), &NDOptions{S: []int{2, 0}})
	expectStatus(t, "s entry 0", err, StatusInvalidArgument, "s")

	_, err = FFTN(NewCArray(2, 3), &NDOptions{S: []int{2, 3}, Axes: []int{0}})
	expectStatus(t, "len(s) != len(axes)", err, StatusDimensionMismatch, "")

	_, err = FFT([]complex128{1, 2}, &Options{Norm: "sideways"})
	expectStatus(t, "unknown norm", err, StatusUnknownName, "sideways")
	_, err = RootScalar(f, &RootScalarOptions{Method: "newtonian", X0: Float64(1)})
	expectStatus(t, "unknown method", err, StatusUnknownName, "newtonian")
	_, err = MinimizeScalar(f, &MinimizeScalarOptions{Method: "powell"})
	expectStatus(t, "unknown minimize method", err, StatusUnknownName, "powell")

	_, err = RootScalarE(func(float64) (float64, error) { return 0, errUserCallback },
		&RootScalarOptions{Bracket: []float64{0, 1}})
	expectStatus(t, "failing callback", err, StatusCallback, "")
}

func TestErrorsCheckedByTheBinding(t *testing.T) {
	_, err := FFT([]complex128{1, 2}, &Options{N: -2})
	expectStatus(t, "negative n", err, StatusInvalidArgument, "n must be positive")
	_, err = FFTN(CArray{Data: make([]complex128, 5), Shape: []int{2, 3}}, nil)
	expectStatus(t, "data/shape mismatch", err, StatusDimensionMismatch, "shape [2 3] holds 6")
	_, err = DCTN(Array{Data: nil, Shape: []int{-1, 0}}, nil)
	expectStatus(t, "negative extent", err, StatusInvalidArgument, "negative extent")
	_, err = FFT([]complex128{1}, &Options{N: 1 << 62})
	expectStatus(t, "impossibly long result", err, StatusAllocation, "more than")
	_, err = FFTFreq(1<<62, 1)
	expectStatus(t, "impossibly many frequencies", err, StatusAllocation, "more than")
	_, err = FFT([]complex128{1}, &Options{Workers: 1 << 40})
	expectStatus(t, "huge workers", err, StatusInvalidArgument, "workers")
	_, err = RootScalar(func(x float64) float64 { return x }, &RootScalarOptions{Bracket: []float64{1}})
	expectStatus(t, "short bracket", err, StatusInvalidArgument, "bracket")
	_, err = MinimizeScalar(func(x float64) float64 { return x }, &MinimizeScalarOptions{Bounds: []float64{1, 2, 3}})
	expectStatus(t, "long bounds", err, StatusInvalidArgument, "bounds")
	_, err = MinimizeScalar(func(x float64) float64 { return x }, &MinimizeScalarOptions{Bracket: []float64{1, 2, 3, 4}})
	expectStatus(t, "long bracket", err, StatusInvalidArgument, "bracket")
}

func TestConstructorsPanicOnBadShapes(t *testing.T) {
	if v := recovered(func() { NewArray(2, -1) }); v == nil {
		t.Fatal("NewArray(2, -1) did not panic")
	}
	if v := recovered(func() { NewCArray(1<<40, 1<<40) }); v == nil {
		t.Fatal("NewCArray(2^40, 2^40) did not panic")
	}
	if a := NewArray(2, 0, 3); len(a.Data) != 0 || len(a.Shape) != 3 {
		t.Fatalf("NewArray(2, 0, 3) = %+v", a)
	}
}

func TestStatusDescriptions(t *testing.T) {
	all := []Status{StatusOK, StatusNullPointer, StatusInvalidArgument, StatusDimensionMismatch,
		StatusUnknownName, StatusDomain, StatusSingular, StatusCallback, StatusAllocation, StatusInternal,
		StatusFitFailed}
	seen := map[string]bool{}
	for code, s := range all {
		if int(s) != code {
			t.Fatalf("status constant %d has value %d", code, s)
		}
		d := s.String()
		if d == "" || seen[d] || d == Status(99).String() {
			t.Fatalf("status %d: description %q is empty, repeated or generic", s, d)
		}
		seen[d] = true
	}
	if Status(99).String() != "unknown status code" {
		t.Fatalf("Status(99) = %q", Status(99).String())
	}
	e := &Error{Status: StatusDomain, Message: "x must be positive"}
	if !errors.Is(e, StatusDomain) || errors.Is(e, StatusSingular) || !errors.Is(e, &Error{Status: StatusDomain}) {
		t.Fatal("errors.Is does not compare statuses")
	}
	if got := e.Error(); got != "sciport: "+StatusDomain.String()+": x must be positive" {
		t.Fatalf("Error() = %q", got)
	}
}

func TestVendoredHeaderIsCurrent(t *testing.T) {
	generated := filepath.Join("..", "..", "include", "sciport.h")
	want, err := os.ReadFile(generated)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("not inside the sciport repository; nothing to compare with")
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("sciport.h")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("bindings/go/sciport.h differs from include/sciport.h; run `go generate` in bindings/go")
	}
}
