package sciport

// #include "sciport.h"
import "C"

// ufuncCall runs one sciport_special_* function on C views of the inputs.
type ufuncCall func(inputs []*C.sciport_ndarray, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status

// ufunc evaluates a special function elementwise over slices, as NumPy
// broadcasts 1-D operands: every input has the result's length or length 1
// (a scalar parameter). Other lengths are a StatusDimensionMismatch error
// from the library; nothing is returned on error.
func ufunc(names []string, inputs [][]float64, call ufuncCall) ([]float64, error) {
	n, allScalars := 0, true
	for _, x := range inputs {
		if len(x) != 1 {
			allScalars = false
			n = max(n, len(x))
		}
	}
	if allScalars {
		n = 1
	}
	out := make([]float64, n)
	var f callFrame
	defer f.release()
	views := make([]*C.sciport_ndarray, len(inputs))
	for i, x := range inputs {
		views[i] = f.real(names[i], x, []int{len(x)})
	}
	ov := f.real("out", out, []int{n})
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	if err := takeError(call(views, ov, &cerr), cerr); err != nil {
		return nil, err
	}
	return out, nil
}
