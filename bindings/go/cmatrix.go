package sciport

// #include "sciport.h"
import "C"

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
	return (*CMatrix)(rowMajor(rows, cols, storage(rows, cols, data)))
}

// NewCMatrixColMajor returns a rows x cols column-major complex matrix over
// data (not copied), or over new zeroed storage when data is nil. It panics
// like NewMatrix.
func NewCMatrixColMajor(rows, cols int, data []complex128) *CMatrix {
	data = storage(rows, cols, data)
	return &CMatrix{Data: data, Rows: rows, Cols: cols, RowStride: 1, ColStride: rows}
}

// CFromRows returns a new row-major complex matrix holding a copy of rows;
// it panics when the rows have different lengths.
func CFromRows(rows [][]complex128) *CMatrix {
	return (*CMatrix)(stridedFromRows("CFromRows", rows))
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

// strided is m as the element-generic view (the same memory).
func (m *CMatrix) strided() *strided[complex128] { return (*strided[complex128])(m) }

// index is the position of element (i, j) in Data; it panics when (i, j) is
// outside the matrix.
func (m *CMatrix) index(i, j int) int { return m.strided().index(i, j) }

// At returns element (i, j).
func (m *CMatrix) At(i, j int) complex128 { return m.Data[m.index(i, j)] }

// Set stores v at element (i, j).
func (m *CMatrix) Set(i, j int, v complex128) { m.Data[m.index(i, j)] = v }

// T returns the (non-conjugated) transpose as a view of the same data.
func (m *CMatrix) T() *CMatrix { return (*CMatrix)(m.strided().t()) }

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
	return (*CMatrix)(m.strided().slice(i0, i1, j0, j1))
}

// Clone returns a row-major copy of the matrix.
func (m *CMatrix) Clone() *CMatrix { return (*CMatrix)(m.strided().clone()) }

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
	p := pinData(f, name, m.strided())
	if p == nil {
		return nil
	}
	return &C.sciport_cmat{
		data:       (*C.sciport_complex)(p),
		nrows:      C.size_t(m.Rows),
		ncols:      C.size_t(m.Cols),
		row_stride: C.ptrdiff_t(m.RowStride),
		col_stride: C.ptrdiff_t(m.ColStride),
	}
}

// coutputMatrix allocates a rows x cols row-major complex result (negative
// extents, from invalid inputs the library will reject, become 0).
func (f *callFrame) coutputMatrix(rows, cols int) *CMatrix {
	return (*CMatrix)(outputStrided[complex128](f, rows, cols))
}

// cdims returns m's shape (0 x 0 for nil).
func cdims(m *CMatrix) (int, int) { return m.strided().shape() }
