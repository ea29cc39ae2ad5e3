package sciport

// #include "sciport.h"
import "C"

import (
	"fmt"
	"unsafe"
)

// strided is the element-generic form of Matrix and CMatrix: the same fields
// in the same order, so *Matrix converts to *strided[float64] and *CMatrix to
// *strided[complex128] (and back). The layout logic the two share lives on
// it; the public types' methods convert and delegate.
type strided[T elem] struct {
	Data                 []T
	Rows, Cols           int
	RowStride, ColStride int
}

// storage checks a constructor's shape and returns data or new storage.
func storage[T elem](rows, cols int, data []T) []T {
	n := mustCount([]int{rows, cols})
	if data == nil {
		return make([]T, n)
	}
	if len(data) != n {
		panic(fmt.Sprintf("sciport: a %d x %d matrix needs %d elements; got %d", rows, cols, n, len(data)))
	}
	return data
}

// rowMajor returns the rows x cols row-major view of data.
func rowMajor[T elem](rows, cols int, data []T) *strided[T] {
	return &strided[T]{Data: data, Rows: rows, Cols: cols, RowStride: cols, ColStride: 1}
}

// stridedFromRows copies rows into a new row-major matrix; name is the
// public function named in the panic for rows of different lengths.
func stridedFromRows[T elem](name string, rows [][]T) *strided[T] {
	m := len(rows)
	n := 0
	if m > 0 {
		n = len(rows[0])
	}
	out := rowMajor(m, n, storage[T](m, n, nil))
	for i, r := range rows {
		if len(r) != n {
			panic(fmt.Sprintf("sciport: %s: row %d has %d entries, row 0 has %d", name, i, len(r), n))
		}
		copy(out.Data[i*n:], r)
	}
	return out
}

// origin is the index in Data of element (0, 0).
func (m *strided[T]) origin() int { return viewOrigin(m.Rows, m.Cols, m.RowStride, m.ColStride) }

// index is the position of element (i, j) in Data; it panics when (i, j) is
// outside the matrix.
func (m *strided[T]) index(i, j int) int {
	if i < 0 || i >= m.Rows || j < 0 || j >= m.Cols {
		panic(fmt.Sprintf("sciport: index (%d, %d) out of range for a %d x %d matrix", i, j, m.Rows, m.Cols))
	}
	return m.origin() + i*m.RowStride + j*m.ColStride
}

// t returns the (non-conjugated) transpose as a view of the same data.
func (m *strided[T]) t() *strided[T] {
	return &strided[T]{Data: m.Data, Rows: m.Cols, Cols: m.Rows, RowStride: m.ColStride, ColStride: m.RowStride}
}

// slice returns the view of rows [i0, i1) and columns [j0, j1), sharing
// m's data; it panics when the ranges are not within the matrix.
func (m *strided[T]) slice(i0, i1, j0, j1 int) *strided[T] {
	if i0 < 0 || i1 < i0 || i1 > m.Rows || j0 < 0 || j1 < j0 || j1 > m.Cols {
		panic(fmt.Sprintf("sciport: Slice(%d, %d, %d, %d) out of range for a %d x %d matrix",
			i0, i1, j0, j1, m.Rows, m.Cols))
	}
	out := &strided[T]{Rows: i1 - i0, Cols: j1 - j0, RowStride: m.RowStride, ColStride: m.ColStride}
	if out.Rows == 0 || out.Cols == 0 {
		out.Data = m.Data[:0]
		return out
	}
	// The lowest-addressed element of the block becomes Data[0].
	r, c := i0, j0
	if m.RowStride < 0 {
		r = i1 - 1
	}
	if m.ColStride < 0 {
		c = j1 - 1
	}
	out.Data = m.Data[m.index(r, c):]
	return out
}

// clone returns a row-major copy of the matrix.
func (m *strided[T]) clone() *strided[T] {
	out := rowMajor(m.Rows, m.Cols, storage[T](m.Rows, m.Cols, nil))
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Data[i*m.Cols+j] = m.Data[m.index(i, j)]
		}
	}
	return out
}

// shape returns m's extents (0 x 0 for nil).
func (m *strided[T]) shape() (int, int) {
	if m == nil {
		return 0, 0
	}
	return m.Rows, m.Cols
}

// pinData checks m's view and returns the pinned address the C view's data
// field gets: element (0, 0), or for an empty view Data[0] or a fresh (never
// read) element. It returns nil after recording the error when the view is
// invalid.
func pinData[T elem](f *callFrame, name string, m *strided[T]) unsafe.Pointer {
	if e := checkView(name, m.Rows, m.Cols, m.RowStride, m.ColStride, len(m.Data)); e != nil {
		f.fail(e)
		return nil
	}
	var p *T
	switch {
	case m.Rows > 0 && m.Cols > 0:
		p = &m.Data[m.origin()]
	case len(m.Data) > 0:
		p = &m.Data[0]
	default:
		// An empty view still gets a valid (never read) address.
		p = new(T)
	}
	f.pinner.Pin(p)
	return unsafe.Pointer(p)
}

// outputStrided allocates a rows x cols row-major result (negative extents,
// from invalid inputs the library will reject, become 0).
func outputStrided[T elem](f *callFrame, rows, cols int) *strided[T] {
	rows, cols = max(rows, 0), max(cols, 0)
	data, err := allocate[T](count([]int{rows, cols}))
	if err != nil {
		f.fail(err.(*Error))
		return rowMajor(0, 0, storage[T](0, 0, nil))
	}
	return rowMajor(rows, cols, data)
}

// cmatType is the C view type of a strided matrix: sciport_mat for float64,
// sciport_cmat for complex128.
type cmatType interface {
	C.sciport_mat | C.sciport_cmat
}

// matView builds f's pinned C view of m (NULL for a nil m): f.mat or f.cmatrix,
// V being the C view type of T.
func matView[T elem, V cmatType](f *callFrame, name string, m *strided[T]) *V {
	switch m := any(m).(type) {
	case *strided[float64]:
		return any(f.mat(name, (*Matrix)(m))).(*V)
	case *strided[complex128]:
		return any(f.cmatrix(name, (*CMatrix)(m))).(*V)
	}
	panic("sciport: view of an unknown element type")
}
