package sciport_test

import (
	"errors"
	"fmt"
	"math"

	sciport "github.com/sciport/sciport/bindings/go"
)

func ExampleRFFT() {
	// Two tones, at 50 Hz and 120 Hz, sampled at 1 kHz for 0.1 s.
	const n, rate = 100, 1000.0
	x := make([]float64, n)
	for i := range x {
		t := float64(i) / rate
		x[i] = math.Sin(2*math.Pi*50*t) + 0.5*math.Sin(2*math.Pi*120*t)
	}
	spec, err := sciport.RFFT(x, nil)
	if err != nil {
		panic(err)
	}
	freqs, _ := sciport.RFFTFreq(n, 1/rate)
	for k, c := range spec {
		if amp := 2 * math.Hypot(real(c), imag(c)) / n; amp > 0.1 {
			fmt.Printf("%.0f Hz: amplitude %.2f\n", freqs[k], amp)
		}
	}
	// Output:
	// 50 Hz: amplitude 1.00
	// 120 Hz: amplitude 0.50
}

func ExampleFFTN() {
	x := sciport.Array{Data: []float64{1, 2, 3, 4, 5, 6}, Shape: []int{2, 3}}
	y, err := sciport.FFTN(x.Complex(), nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(y.Shape, y.Data[0], y.Data[3])
	// Output: [2 3] (21+0i) (-9+0i)
}

func ExampleRootScalar() {
	r, err := sciport.RootScalar(func(x float64) float64 { return x*x*x - 2*x - 5 },
		&sciport.RootScalarOptions{Bracket: []float64{2, 3}})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.12f %s\n", r.Root, r.Flag)
	// Output: 2.094551481542 converged
}

func ExampleMinimizeScalar() {
	m, err := sciport.MinimizeScalar(math.Cos, &sciport.MinimizeScalarOptions{Bounds: []float64{2, 4}})
	if err != nil {
		panic(err)
	}
	fmt.Printf("x = %.4f, f = %.4f, success %v\n", m.X, m.Fun, m.Success)
	// Output: x = 3.1416, f = -1.0000, success true
}

func ExampleError() {
	_, err := sciport.FFT([]complex128{1, 2, 3}, &sciport.Options{Norm: "sideways"})
	var e *sciport.Error
	fmt.Println(errors.Is(err, sciport.StatusUnknownName), errors.As(err, &e) && e.Message != "")
	// Output: true true
}
