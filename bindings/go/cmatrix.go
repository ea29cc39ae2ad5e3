package sciport

// #include "sciport.h"
import "C"

import (
	"fmt"
	"unsafe"
)

// CMatrix is a strided 2-D view of complex128 values, the complex twin of
// Matrix with the same layout rules: element (i, j) is
//
//	Data[o + i*RowStride + j*ColStride]
//
// with o = 0 for non-negative strides (see Matrix for negative ones).
// Transposes (T) and sub-matrices (Slice) are views of the same Data; the
// complex linalg functions read their inputs through the strides. Results
// are always new row-major matrices; inputs are never modified.
type CMatrix struct {
	// Data holds the elements (and possibly others the view skips).
	Data []complex128
	// Rows and Cols are the extents.
	Rows, Cols int
	// RowStride and ColStride are the steps, in elements, between
	// consecutive rows and consecutive columns.
	RowStride, ColStride int
}

// NewCMatrix returns a rows x cols row-major complex matrix over data (not
// copied), or over new zeroed storage when data is nil. It panics like
// NewMatrix.
func NewCMatrix(rows, cols int, data []complex128) *CMatrix {
	data = cmatrixStorage(rows, cols, data)
	return &CMatrix{Data: data, Rows: rows, Cols: cols, RowStride: cols, ColStride: 1}
}

// NewCMatrixColMajor returns a rows x cols column-major complex matrix over
// data (not copied), or over new zeroed storage when data is nil. It panics
// like NewMatrix.
func NewCMatrixColMajor(rows, cols int, data []complex128) *CMatrix {
	data = cmatrixStorage(rows, cols, data)
	return &CMatrix{Data: data, Rows: rows, Cols: cols, RowStride: 1, ColStride: rows}
}

// CFromRows returns a new row-major complex matrix holding a copy of rows;
// it panics when the rows have different lengths.
func CFromRows(rows [][]complex128) *CMatrix {
	m := len(rows)
	n := 0
	if m > 0 {
		n = len(rows[0])
	}
	out := NewCMatrix(m, n, nil)
	for i, r := range rows {
		if len(r) != n {
			panic(fmt.Sprintf("sciport: CFromRows: row %d has %d entries, row 0 has %d", i, len(r), n))
		}
		copy(out.Data[i*n:], r)
	}
	return out
}

// CColVector returns x as a len(x) x 1 complex matrix (a view, not a copy).
func CColVector(x []complex128) *CMatrix {
	return &CMatrix{Data: x, Rows: len(x), Cols: 1, RowStride: 1, ColStride: 1}
}

// Complex returns a new row-major complex copy of m (imaginary parts zero),
// for passing real data to the ...Complex functions as SciPy accepts it.
func (m *Matrix) Complex() *CMatrix {
	out := NewCMatrix(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Data[i*m.Cols+j] = complex(m.At(i, j), 0)
		}
	}
	return out
}

// cmatrixStorage checks a constructor's shape and returns data or new
// storage.
func cmatrixStorage(rows, cols int, data []complex128) []complex128 {
	n := mustCount([]int{rows, cols})
	if data == nil {
		return make([]complex128, n)
	}
	if len(data) != n {
		panic(fmt.Sprintf("sciport: a %d x %d matrix needs %d elements; got %d", rows, cols, n, len(data)))
	}
	return data
}

// index is the position of element (i, j) in Data; it panics when (i, j) is
// outside the matrix.
func (m *CMatrix) index(i, j int) int {
	if i < 0 || i >= m.Rows || j < 0 || j >= m.Cols {
		panic(fmt.Sprintf("sciport: index (%d, %d) out of range for a %d x %d matrix", i, j, m.Rows, m.Cols))
	}
	return viewOrigin(m.Rows, m.Cols, m.RowStride, m.ColStride) + i*m.RowStride + j*m.ColStride
}

// At returns element (i, j).
func (m *CMatrix) At(i, j int) complex128 { return m.Data[m.index(i, j)] }

// Set stores v at element (i, j).
func (m *CMatrix) Set(i, j int, v complex128) { m.Data[m.index(i, j)] = v }

// T returns the (non-conjugated) transpose as a view of the same data.
func (m *CMatrix) T() *CMatrix {
	return &CMatrix{Data: m.Data, Rows: m.Cols, Cols: m.Rows, RowStride: m.ColStride, ColStride: m.RowStride}
}

// H returns a new row-major conjugate transpose of m (a copy: a conjugate
// is not a view).
func (m *CMatrix) H() *CMatrix {
	out := NewCMatrix(m.Cols, m.Rows, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			v := m.At(i, j)
			out.Data[j*m.Rows+i] = complex(real(v), -imag(v))
		}
	}
	return out
}

// Slice returns the view of rows [i0, i1) and columns [j0, j1), sharing
// m's data; it panics when the ranges are not within the matrix.
func (m *CMatrix) Slice(i0, i1, j0, j1 int) *CMatrix {
	if i0 < 0 || i1 < i0 || i1 > m.Rows || j0 < 0 || j1 < j0 || j1 > m.Cols {
		panic(fmt.Sprintf("sciport: Slice(%d, %d, %d, %d) out of range for a %d x %d matrix",
			i0, i1, j0, j1, m.Rows, m.Cols))
	}
	out := &CMatrix{Rows: i1 - i0, Cols: j1 - j0, RowStride: m.RowStride, ColStride: m.ColStride}
	if out.Rows == 0 || out.Cols == 0 {
		out.Data = m.Data[:0]
		return out
	}
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

// Clone returns a row-major copy of the matrix.
func (m *CMatrix) Clone() *CMatrix {
	out := NewCMatrix(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Data[i*m.Cols+j] = m.At(i, j)
		}
	}
	return out
}

// Real returns the real parts of m as a new row-major Matrix.
func (m *CMatrix) Real() *Matrix {
	out := NewMatrix(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Data[i*m.Cols+j] = real(m.At(i, j))
		}
	}
	return out
}

// cmatrix builds the pinned sciport_cmat view of m (NULL for a nil m).
func (f *callFrame) cmatrix(name string, m *CMatrix) *C.sciport_cmat {
	if m == nil {
		return nil
	}
	if e := checkView(name, m.Rows, m.Cols, m.RowStride, m.ColStride, len(m.Data)); e != nil {
		f.fail(e)
		return nil
	}
	v := &C.sciport_cmat{
		nrows:      C.size_t(m.Rows),
		ncols:      C.size_t(m.Cols),
		row_stride: C.ptrdiff_t(m.RowStride),
		col_stride: C.ptrdiff_t(m.ColStride),
	}
	var p *complex128
	switch {
	case m.Rows > 0 && m.Cols > 0:
		p = &m.Data[viewOrigin(m.Rows, m.Cols, m.RowStride, m.ColStride)]
	case len(m.Data) > 0:
		p = &m.Data[0]
	default:
		p = new(complex128) // an empty view still gets a valid (never read) address
	}
	f.pinner.Pin(p)
	v.data = (*C.sciport_complex)(unsafe.Pointer(p))
	return v
}

// coutputMatrix allocates a rows x cols row-major complex result (negative
// extents, from invalid inputs the library will reject, become 0).
func (f *callFrame) coutputMatrix(rows, cols int) *CMatrix {
	rows, cols = max(rows, 0), max(cols, 0)
	data, err := allocate[complex128](count([]int{rows, cols}))
	if err != nil {
		f.fail(err.(*Error))
		return NewCMatrix(0, 0, nil)
	}
	return &CMatrix{Data: data, Rows: rows, Cols: cols, RowStride: cols, ColStride: 1}
}

// cdims returns m's shape (0 x 0 for nil).
func cdims(m *CMatrix) (int, int) {
	if m == nil {
		return 0, 0
	}
	return m.Rows, m.Cols
}
