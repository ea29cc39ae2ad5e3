package sciport

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// The reference values of this file are SciPy 1.17.1's (scipy.special,
// NumPy float64, printed with repr by /work/venv/bin/python); each names the
// call that produced it. The matrix is
//
//	M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
var axisM = Array{Data: []float64{1, 2, 3, 4, 5, 6.5}, Shape: []int{2, 3}}

// closeRel checks got against want within 1e-13 relative (NaN matches NaN).
func closeRel(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i, w := range want {
		if math.IsNaN(w) && math.IsNaN(got[i]) {
			continue
		}
		if !(math.Abs(got[i]-w) <= 1e-13*math.Abs(w)) {
			t.Errorf("%s[%d] = %.17g, SciPy 1.17.1 gives %.17g", what, i, got[i], w)
		}
	}
}

// checkAxisShape checks an Array's shape.
func checkAxisShape(t *testing.T, what string, got Array, want []int) {
	t.Helper()
	if len(got.Shape) != len(want) {
		t.Fatalf("%s: shape %v, want %v", what, got.Shape, want)
	}
	for i := range want {
		if got.Shape[i] != want[i] {
			t.Fatalf("%s: shape %v, want %v", what, got.Shape, want)
		}
	}
}

func TestLogSumExp1D(t *testing.T) {
	// logsumexp(np.array([1.0, 2.0, 3.0, 4.5])) -> 4.789240264485775
	v, err := LogSumExp([]float64{1, 2, 3, 4.5}, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "LogSumExp", []float64{v}, []float64{4.789240264485775})
	// A single weight broadcasts: log(2 Σ exp) = logsumexp + log 2.
	v, err = LogSumExp([]float64{1, 2, 3, 4.5}, []float64{2})
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "LogSumExp(b=[2])", []float64{v}, []float64{4.789240264485775 + math.Ln2})
	if v, err := LogSumExp(nil, nil); err != nil || !math.IsInf(v, -1) {
		t.Errorf("LogSumExp(empty) = %v, %v; want -Inf", v, err)
	}
}

func TestLogSumExpNegativeWeights(t *testing.T) {
	a, b := []float64{1, 2, 3}, []float64{1, -2, 0.5}
	// logsumexp([1., 2., 3.], b=[1., -2., 0.5], return_sign=True)
	//   -> (0.7016419515146493, -1.0)
	v, s, err := LogSumExpSign(a, b)
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "LogSumExpSign", []float64{v, s}, []float64{0.7016419515146493, -1})
	// logsumexp([1., 2., 3.], b=[1., -2., 0.5]) -> nan
	if v, err := LogSumExp(a, b); err != nil || !math.IsNaN(v) {
		t.Errorf("LogSumExp with a negative sum = %v, %v; want NaN", v, err)
	}
	// logsumexp(M, axis=1, b=[1., -1., -0.5], return_sign=True)
	//   -> ([2.6887683439621606, 6.05534463025317], [-1.0, -1.0])
	w := Array{Data: []float64{1, -1, -0.5}, Shape: []int{3}}
	val, sign, err := LogSumExpSignN(axisM, &LogSumExpOptions{Axes: []int{1}, B: &w})
	if err != nil {
		t.Fatal(err)
	}
	checkAxisShape(t, "LogSumExpSignN value", val, []int{2})
	checkAxisShape(t, "LogSumExpSignN sign", sign, []int{2})
	closeRel(t, "LogSumExpSignN value", val.Data, []float64{2.6887683439621606, 6.05534463025317})
	closeRel(t, "LogSumExpSignN sign", sign.Data, []float64{-1, -1})
}

func TestLogSumExpMatrixAxes(t *testing.T) {
	cases := []struct {
		what  string
		opts  *LogSumExpOptions
		shape []int
		want  []float64
	}{
		// logsumexp(M, axis=0)
		{"axis 0", &LogSumExpOptions{Axes: []int{0}}, []int{3},
			[]float64{4.048587351573742, 5.048587351573742, 6.529750418272621}},
		// logsumexp(M, axis=1)
		{"axis 1", &LogSumExpOptions{Axes: []int{1}}, []int{2},
			[]float64{3.40760596444438, 6.7663678998071335}},
		// logsumexp(M, axis=-1, keepdims=True): shape (2, 1)
		{"axis -1 keepdims", &LogSumExpOptions{Axes: []int{-1}, KeepDims: true}, []int{2, 1},
			[]float64{3.40760596444438, 6.7663678998071335}},
		// logsumexp(M): a 0-d result
		{"axis None", nil, []int{}, []float64{6.800555091087515}},
		// logsumexp(M, axis=(0, 1), keepdims=True): shape (1, 1)
		{"axes (0, 1) keepdims", &LogSumExpOptions{Axes: []int{0, 1}, KeepDims: true}, []int{1, 1},
			[]float64{6.800555091087515}},
		// logsumexp(M, axis=0, b=np.array([[2.0], [0.5]]))
		{"axis 0 column weights", &LogSumExpOptions{Axes: []int{0},
			B: &Array{Data: []float64{2, 0.5}, Shape: []int{2, 1}}}, []int{3},
			[]float64{3.488464352119415, 4.488464352119415, 5.920886197187}},
	}
	for _, c := range cases {
		got, err := LogSumExpN(axisM, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		checkAxisShape(t, c.what, got, c.shape)
		closeRel(t, c.what, got.Data, c.want)
	}
}

func TestSoftmaxAlongAxes(t *testing.T) {
	// softmax(M, axis=0)
	s0, err := SoftmaxN(axisM, []int{0})
	if err != nil {
		t.Fatal(err)
	}
	checkAxisShape(t, "softmax axis 0", s0, []int{2, 3})
	closeRel(t, "softmax axis 0", s0.Data, []float64{
		0.04742587317756679, 0.04742587317756679, 0.02931223075135632,
		0.9525741268224334, 0.9525741268224334, 0.9706877692486436})
	// softmax(M, axis=1)
	s1, err := SoftmaxN(axisM, []int{1})
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "softmax axis 1", s1.Data, []float64{
		0.09003057317038046, 0.24472847105479764, 0.6652409557748218,
		0.0628900132458675, 0.17095278019779026, 0.7661572065563422})
	// softmax(M) (axis=None)
	sAll, err := SoftmaxN(axisM, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "softmax axis None", sAll.Data, []float64{
		0.00302587464306774, 0.00822518005744603, 0.02235835748595929,
		0.06077631686827439, 0.1652071577436992, 0.7404071132015533})
	// log_softmax(M, axis=1)
	l1, err := LogSoftmaxN(axisM, []int{1})
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "log_softmax axis 1", l1.Data, []float64{
		-2.4076059644443806, -1.4076059644443804, -0.4076059644443804,
		-2.7663678998071335, -1.7663678998071337, -0.26636789980713366})
	// log_softmax(M, axis=0)
	l0, err := LogSoftmaxN(axisM, []int{-2})
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "log_softmax axis 0", l0.Data, []float64{
		-3.048587351573742, -3.048587351573742, -3.5297504182726205,
		-0.04858735157374196, -0.04858735157374196, -0.02975041827262065})
	// softmax(np.array([1.0, 2.0, 3.0, 4.5])), log_softmax of the same
	x := []float64{1, 2, 3, 4.5}
	s, err := Softmax(x)
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "Softmax", s, []float64{0.02261277505503388, 0.0614678955231306, 0.16708706343414498, 0.7488322659876905})
	l, err := LogSoftmax(x)
	if err != nil {
		t.Fatal(err)
	}
	closeRel(t, "LogSoftmax", l, []float64{-3.7892402644857746, -2.7892402644857746, -1.7892402644857746, -0.2892402644857746})
}

func TestSpecialAxisErrors(t *testing.T) {
	check := func(what string, err error, status Status, message string) {
		t.Helper()
		var e *Error
		if !errors.As(err, &e) || e.Status != status {
			t.Fatalf("%s: %v, want a %v error", what, err, status)
		}
		if !strings.Contains(e.Message, message) {
			t.Errorf("%s: message %q, want the library's %q", what, e.Message, message)
		}
	}
	_, err := LogSumExpN(axisM, &LogSumExpOptions{Axes: []int{2}})
	check("LogSumExpN axis 2", err, StatusInvalidArgument, "axis 2 is out of bounds for array of dimension 2")
	_, err = LogSumExp([]float64{1, 2, 3}, []float64{1, 2})
	check("LogSumExp with 2 weights for 3 values", err, StatusDimensionMismatch,
		"b with shape (2,) does not broadcast against the other operands (shape (3,) so far)")
	_, _, err = LogSumExpSign([]float64{1, 2, 3}, []float64{1, 2})
	check("LogSumExpSign with 2 weights", err, StatusDimensionMismatch, "does not broadcast")
	_, err = SoftmaxN(axisM, []int{-3})
	check("SoftmaxN axis -3", err, StatusInvalidArgument, "axis -3 is out of bounds for array of dimension 2")
	_, err = LogSoftmaxN(axisM, []int{0, -2})
	check("LogSoftmaxN axes (0, -2)", err, StatusInvalidArgument, "duplicate value in 'axis'")
	_, err = Softmax(nil)
	check("Softmax(empty)", err, StatusInvalidArgument, "zero-size array")
	_, err = SoftmaxN(Array{Data: []float64{1, 2}, Shape: []int{3}}, nil)
	check("SoftmaxN with a short Data", err, StatusDimensionMismatch, "holds 3 elements")
}
