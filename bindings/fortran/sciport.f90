!> sciport — Fortran 2008 binding (iso_c_binding) of the sciport C library.
!>
!> Part 1: bind(C) derived types with the exact layout of the C structs of
!> include/sciport.h, the status codes, and bind(C) interfaces to the C functions
!> (same names as in C). Part 2: thin convenience wrappers for 1-D and 2-D
!> column-major arrays, passed without copies (contiguous arrays; the C library
!> reads and writes them in place through c_loc), and for the scalar solvers with
!> a bind(C) Fortran callback.
!>
!> Conventions:
!> - ptrdiff_t is declared as c_intptr_t (c_ptrdiff_t is missing under -std=f2008;
!>   both are 64-bit on every supported target, checked by test_sciport.f90).
!> - Every fallible C function takes `err` (type(c_ptr), by reference) last:
!>   initialise it to c_null_ptr; on failure it receives an error object to read
!>   with sciport_error_message and release with sciport_error_free. The wrappers
!>   do this for you and return the message in the optional `errmsg`.
!> - Strings passed to C (norm, method) must be NUL-terminated; the wrappers
!>   append c_null_char. Strings from C (flags, messages) convert with
!>   sciport_c_string.
!> - A Fortran 2-D array x(m, n) is the logical array of shape (m, n) with
!>   strides (1, m): x(i, j) is NumPy's a[i-1, j-1] of the same data. Axes given
!>   to the C functions are 0-based as in SciPy (negative counts from the end).
!> - Thread safety: as the C library (every function reentrant).
module sciport
  use, intrinsic :: iso_c_binding, only: c_ptr, c_funptr, c_null_ptr, c_null_funptr, &
      c_int32_t, c_int64_t, c_size_t, c_intptr_t, c_double, c_double_complex, c_bool, &
      c_char, c_null_char, c_loc, c_funloc, c_f_pointer, c_associated
  use, intrinsic :: ieee_arithmetic, only: ieee_value, ieee_quiet_nan
  implicit none
  private :: ieee_value, ieee_quiet_nan
  private :: c_ptr, c_funptr, c_null_ptr, c_null_funptr, c_int32_t, c_int64_t, c_size_t, &
      c_intptr_t, c_double, c_double_complex, c_bool, c_char, c_null_char, c_loc, &
      c_funloc, c_f_pointer, c_associated

  !> Status codes (enum sciport_status).
  integer(c_int32_t), parameter, public :: SCIPORT_OK = 0
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_NULL_POINTER = 1
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_INVALID_ARGUMENT = 2
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_DIMENSION_MISMATCH = 3
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_UNKNOWN_NAME = 4
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_DOMAIN = 5
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_SINGULAR = 6
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_CALLBACK = 7
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_ALLOCATION = 8
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_INTERNAL = 9
  !> A fit's optimum lies outside the parameter space, or its moments are not
  !> finite (SciPy's FitError).
  integer(c_int32_t), parameter, public :: SCIPORT_ERR_FIT_FAILED = 10

  !> sciport_ndarray: N-D strided view of doubles; element (i_1..i_N) (0-based)
  !> is data[sum i_k * strides[k]]. shape/strides point to ndim values each.
  type, bind(C), public :: sciport_ndarray
    type(c_ptr) :: data
    integer(c_size_t) :: ndim
    type(c_ptr) :: shape
    type(c_ptr) :: strides
  end type sciport_ndarray

  !> sciport_cndarray: N-D strided view of complex(c_double_complex).
  type, bind(C), public :: sciport_cndarray
    type(c_ptr) :: data
    integer(c_size_t) :: ndim
    type(c_ptr) :: shape
    type(c_ptr) :: strides
  end type sciport_cndarray

  !> sciport_vec: 1-D strided view of doubles.
  type, bind(C), public :: sciport_vec
    type(c_ptr) :: data
    integer(c_size_t) :: len
    integer(c_intptr_t) :: stride
  end type sciport_vec

  !> sciport_cvec: 1-D strided view of complex numbers.
  type, bind(C), public :: sciport_cvec
    type(c_ptr) :: data
    integer(c_size_t) :: len
    integer(c_intptr_t) :: stride
  end type sciport_cvec

  !> sciport_mat: 2-D strided view of doubles.
  type, bind(C), public :: sciport_mat
    type(c_ptr) :: data
    integer(c_size_t) :: nrows, ncols
    integer(c_intptr_t) :: row_stride, col_stride
  end type sciport_mat

  !> sciport_cmat: 2-D strided view of complex numbers.
  type, bind(C), public :: sciport_cmat
    type(c_ptr) :: data
    integer(c_size_t) :: nrows, ncols
    integer(c_intptr_t) :: row_stride, col_stride
  end type sciport_cmat

  !> sciport_root_scalar_options (get defaults from
  !> sciport_optimize_root_scalar_options_default(); NaN = SciPy's None).
  type, bind(C), public :: sciport_root_scalar_options
    integer(c_size_t) :: struct_size
    type(c_ptr) :: method
    real(c_double) :: bracket(2)
    real(c_double) :: x0, x1
    type(c_funptr) :: fprime, fprime2
    real(c_double) :: xtol, rtol
    integer(c_int64_t) :: maxiter
  end type sciport_root_scalar_options

  !> sciport_root_results: SciPy's RootResults (flag is a static C string).
  type, bind(C), public :: sciport_root_results
    real(c_double) :: root
    integer(c_int64_t) :: iterations, function_calls
    logical(c_bool) :: converged
    type(c_ptr) :: flag
  end type sciport_root_results

  !> sciport_minimize_scalar_options (defaults from
  !> sciport_optimize_minimize_scalar_options_default()).
  type, bind(C), public :: sciport_minimize_scalar_options
    integer(c_size_t) :: struct_size
    type(c_ptr) :: method
    real(c_double) :: bracket(3)
    integer(c_size_t) :: bracket_len
    real(c_double) :: bounds(2)
    real(c_double) :: tol, xatol
    integer(c_int64_t) :: maxiter
  end type sciport_minimize_scalar_options

  !> sciport_minimize_scalar_result: SciPy's OptimizeResult (message is static).
  type, bind(C), public :: sciport_minimize_scalar_result
    real(c_double) :: x, fun
    integer(c_int64_t) :: nit, nfev
    logical(c_bool) :: success
    integer(c_int32_t) :: status
    type(c_ptr) :: message
  end type sciport_minimize_scalar_result

  !> sciport_scalar_func: write f(x) into `out` and return 0, or return non-zero
  !> to abort the solver (it then fails with SCIPORT_ERR_CALLBACK and that code).
  abstract interface
    function sciport_scalar_func(x, out, user_data) bind(C) result(status)
      import :: c_double, c_ptr, c_int32_t
      real(c_double), value :: x
      real(c_double), intent(out) :: out
      type(c_ptr), value :: user_data
      integer(c_int32_t) :: status
    end function sciport_scalar_func
  end interface
  public :: sciport_scalar_func

  interface
    !> Status code stored in an error object (SCIPORT_OK for NULL).
    function sciport_error_code(error) bind(C, name="sciport_error_code") result(code)
      import :: c_ptr, c_int32_t
      type(c_ptr), value :: error
      integer(c_int32_t) :: code
    end function sciport_error_code
    !> Message of an error object (C string; "" for NULL).
    function sciport_error_message(error) bind(C, name="sciport_error_message") result(msg)
      import :: c_ptr
      type(c_ptr), value :: error
      type(c_ptr) :: msg
    end function sciport_error_message
    !> For SCIPORT_ERR_CALLBACK, the code the callback returned; else 0.
    function sciport_error_callback_code(error) bind(C, name="sciport_error_callback_code") result(code)
      import :: c_ptr, c_int32_t
      type(c_ptr), value :: error
      integer(c_int32_t) :: code
    end function sciport_error_callback_code
    !> Releases an error object (NULL is ignored).
    subroutine sciport_error_free(error) bind(C, name="sciport_error_free")
      import :: c_ptr
      type(c_ptr), value :: error
    end subroutine sciport_error_free
    !> Static description of a status code (C string).
    function sciport_status_str(code) bind(C, name="sciport_status_str") result(msg)
      import :: c_ptr, c_int32_t
      integer(c_int32_t), value :: code
      type(c_ptr) :: msg
    end function sciport_status_str
    !> Version of the loaded library, "MAJOR.MINOR.PATCH" (C string).
    function sciport_version() bind(C, name="sciport_version") result(v)
      import :: c_ptr
      type(c_ptr) :: v
    end function sciport_version
    !> Caps the threads of later calls (0 = no cap).
    subroutine sciport_set_num_threads(n) bind(C, name="sciport_set_num_threads")
      import :: c_size_t
      integer(c_size_t), value :: n
    end subroutine sciport_set_num_threads
    !> Frees cached FFT plans and reusable work buffers (sciport_release_memory).
    subroutine sciport_release_memory() bind(C, name="sciport_release_memory")
    end subroutine sciport_release_memory
    !> Current thread cap.
    function sciport_get_num_threads() bind(C, name="sciport_get_num_threads") result(n)
      import :: c_size_t
      integer(c_size_t) :: n
    end function sciport_get_num_threads

    !> Contiguous 1-D view of doubles.
    function sciport_vec_contiguous(data, len) bind(C, name="sciport_vec_contiguous") result(v)
      import :: sciport_vec, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: len
      type(sciport_vec) :: v
    end function sciport_vec_contiguous
    !> Contiguous 1-D view of complex numbers.
    function sciport_cvec_contiguous(data, len) bind(C, name="sciport_cvec_contiguous") result(v)
      import :: sciport_cvec, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: len
      type(sciport_cvec) :: v
    end function sciport_cvec_contiguous
    !> Row-major (C-order) matrix view of doubles.
    function sciport_mat_c_order(data, nrows, ncols) bind(C, name="sciport_mat_c_order") result(v)
      import :: sciport_mat, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: nrows, ncols
      type(sciport_mat) :: v
    end function sciport_mat_c_order
    !> Column-major (Fortran-order) matrix view of doubles.
    function sciport_mat_f_order(data, nrows, ncols) bind(C, name="sciport_mat_f_order") result(v)
      import :: sciport_mat, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: nrows, ncols
      type(sciport_mat) :: v
    end function sciport_mat_f_order
    !> Row-major complex matrix view.
    function sciport_cmat_c_order(data, nrows, ncols) bind(C, name="sciport_cmat_c_order") result(v)
      import :: sciport_cmat, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: nrows, ncols
      type(sciport_cmat) :: v
    end function sciport_cmat_c_order
    !> Column-major complex matrix view.
    function sciport_cmat_f_order(data, nrows, ncols) bind(C, name="sciport_cmat_f_order") result(v)
      import :: sciport_cmat, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: nrows, ncols
      type(sciport_cmat) :: v
    end function sciport_cmat_f_order

    !> 1-D discrete Fourier transform along axis (scipy.fft.fft)
    function sciport_fft_fft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_fft") result(status)
      import :: sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_cndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fft
    !> 1-D inverse discrete Fourier transform (scipy.fft.ifft)
    function sciport_fft_ifft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifft") result(status)
      import :: sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_cndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifft
    !> 1-D FFT of real input (scipy.fft.rfft)
    function sciport_fft_rfft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_rfft") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_rfft
    !> inverse of rfft (scipy.fft.irfft)
    function sciport_fft_irfft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_irfft") result(status)
      import :: sciport_cndarray, sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_cndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_irfft
    !> FFT of a Hermitian-symmetric signal (scipy.fft.hfft)
    function sciport_fft_hfft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_hfft") result(status)
      import :: sciport_cndarray, sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_cndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_hfft
    !> inverse of hfft (scipy.fft.ihfft)
    function sciport_fft_ihfft(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_ihfft") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ihfft
    !> scipy.fft.fft2: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_fft2(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_fft2") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fft2
    !> scipy.fft.ifft2: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_ifft2(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifft2") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifft2
    !> scipy.fft.rfft2: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_rfft2(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_rfft2") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_rfft2
    !> scipy.fft.irfft2: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_irfft2(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_irfft2") result(status)
      import :: sciport_cndarray, sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_irfft2
    !> scipy.fft.fftn: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_fftn(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_fftn") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fftn
    !> scipy.fft.ifftn: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_ifftn(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifftn") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifftn
    !> scipy.fft.fft of real input (promoted to complex)
    function sciport_fft_fft_real(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_fft_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fft_real
    !> scipy.fft.ifft of real input (promoted to complex)
    function sciport_fft_ifft_real(x, n, axis, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifft_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifft_real
    !> scipy.fft.fft2 of real input (promoted to complex)
    function sciport_fft_fft2_real(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_fft2_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fft2_real
    !> scipy.fft.ifft2 of real input (promoted to complex)
    function sciport_fft_ifft2_real(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifft2_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifft2_real
    !> scipy.fft.fftn of real input (promoted to complex)
    function sciport_fft_fftn_real(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_fftn_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fftn_real
    !> scipy.fft.ifftn of real input (promoted to complex)
    function sciport_fft_ifftn_real(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_ifftn_real") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifftn_real
    !> scipy.fft.rfftn: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_rfftn(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_rfftn") result(status)
      import :: sciport_ndarray, sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_rfftn
    !> scipy.fft.irfftn: N-D transform over axes (s, axes as in sciport.h)
    function sciport_fft_irfftn(x, s, s_len, axes, axes_len, norm, workers, out, err) &
        bind(C, name="sciport_fft_irfftn") result(status)
      import :: sciport_cndarray, sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_irfftn
    !> scipy.fft.dct along axis; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_dct(x, type, n, axis, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_dct") result(status)
      import :: sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_dct
    !> scipy.fft.idct along axis; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_idct(x, type, n, axis, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_idct") result(status)
      import :: sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_idct
    !> scipy.fft.dst along axis; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_dst(x, type, n, axis, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_dst") result(status)
      import :: sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_dst
    !> scipy.fft.idst along axis; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_idst(x, type, n, axis, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_idst") result(status)
      import :: sciport_ndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_idst
    !> scipy.fft.dctn over axes; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_dctn(x, type, s, s_len, axes, axes_len, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_dctn") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_dctn
    !> scipy.fft.idctn over axes; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_idctn(x, type, s, s_len, axes, axes_len, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_idctn") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_idctn
    !> scipy.fft.dstn over axes; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_dstn(x, type, s, s_len, axes, axes_len, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_dstn") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_dstn
    !> scipy.fft.idstn over axes; type 1-4, orthogonalize -1 (None), 0 or 1
    function sciport_fft_idstn(x, type, s, s_len, axes, axes_len, norm, workers, orthogonalize, out, err) &
        bind(C, name="sciport_fft_idstn") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      integer(c_int32_t), value :: type
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers, orthogonalize
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_idstn
    !> scipy.fft.fftshift (real data); axes NULL/0 = all
    function sciport_fft_fftshift(x, axes, axes_len, out, err) &
        bind(C, name="sciport_fft_fftshift") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fftshift
    !> scipy.fft.ifftshift (real data); axes NULL/0 = all
    function sciport_fft_ifftshift(x, axes, axes_len, out, err) &
        bind(C, name="sciport_fft_ifftshift") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifftshift
    !> scipy.fft.fftshift (complex data); axes NULL/0 = all
    function sciport_fft_fftshift_complex(x, axes, axes_len, out, err) &
        bind(C, name="sciport_fft_fftshift_complex") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fftshift_complex
    !> scipy.fft.ifftshift (complex data); axes NULL/0 = all
    function sciport_fft_ifftshift_complex(x, axes, axes_len, out, err) &
        bind(C, name="sciport_fft_ifftshift_complex") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_ifftshift_complex
    !> View constructor: writes ndim strides into `strides` and the view into `out`
    function sciport_ndarray_c_order(data, ndim, shape, strides, out, err) &
        bind(C, name="sciport_ndarray_c_order") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      type(c_ptr), value :: shape    ! const size_t[ndim]; must outlive the view
      type(c_ptr), value :: strides  ! ptrdiff_t[ndim], written; must outlive the view
      type(sciport_ndarray), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_ndarray_c_order
    !> View constructor: writes ndim strides into `strides` and the view into `out`
    function sciport_ndarray_f_order(data, ndim, shape, strides, out, err) &
        bind(C, name="sciport_ndarray_f_order") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      type(c_ptr), value :: shape    ! const size_t[ndim]; must outlive the view
      type(c_ptr), value :: strides  ! ptrdiff_t[ndim], written; must outlive the view
      type(sciport_ndarray), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_ndarray_f_order
    !> View constructor: writes ndim strides into `strides` and the view into `out`
    function sciport_cndarray_c_order(data, ndim, shape, strides, out, err) &
        bind(C, name="sciport_cndarray_c_order") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      type(c_ptr), value :: shape    ! const size_t[ndim]; must outlive the view
      type(c_ptr), value :: strides  ! ptrdiff_t[ndim], written; must outlive the view
      type(sciport_cndarray), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_cndarray_c_order
    !> View constructor: writes ndim strides into `strides` and the view into `out`
    function sciport_cndarray_f_order(data, ndim, shape, strides, out, err) &
        bind(C, name="sciport_cndarray_f_order") result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      type(c_ptr), value :: shape    ! const size_t[ndim]; must outlive the view
      type(c_ptr), value :: strides  ! ptrdiff_t[ndim], written; must outlive the view
      type(sciport_cndarray), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_cndarray_f_order
    !> scipy.fft.fftfreq: n values into out (out_len must be n)
    function sciport_fft_fftfreq(n, d, out, out_len, err) bind(C, name="sciport_fft_fftfreq") result(status)
      import :: c_size_t, c_double, c_ptr, c_int32_t
      integer(c_size_t), value :: n
      real(c_double), value :: d
      real(c_double), intent(inout) :: out(*)
      integer(c_size_t), value :: out_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_fftfreq
    !> scipy.fft.rfftfreq: n/2 + 1 values into out
    function sciport_fft_rfftfreq(n, d, out, out_len, err) bind(C, name="sciport_fft_rfftfreq") result(status)
      import :: c_size_t, c_double, c_ptr, c_int32_t
      integer(c_size_t), value :: n
      real(c_double), value :: d
      real(c_double), intent(inout) :: out(*)
      integer(c_size_t), value :: out_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_rfftfreq
    !> scipy.fft.next_fast_len (5-smooth when real, else 11-smooth)
    function sciport_fft_next_fast_len(target, real, out, err) &
        bind(C, name="sciport_fft_next_fast_len") result(status)
      import :: c_size_t, c_bool, c_ptr, c_int32_t
      integer(c_size_t), value :: target
      logical(c_bool), value :: real
      integer(c_size_t), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_fft_next_fast_len

    !> SciPy's defaults for root_scalar.
    function sciport_optimize_root_scalar_options_default() &
        bind(C, name="sciport_optimize_root_scalar_options_default") result(o)
      import :: sciport_root_scalar_options
      type(sciport_root_scalar_options) :: o
    end function sciport_optimize_root_scalar_options_default
    !> SciPy's defaults for minimize_scalar.
    function sciport_optimize_minimize_scalar_options_default() &
        bind(C, name="sciport_optimize_minimize_scalar_options_default") result(o)
      import :: sciport_minimize_scalar_options
      type(sciport_minimize_scalar_options) :: o
    end function sciport_optimize_minimize_scalar_options_default
    !> scipy.optimize.root_scalar; f = c_funloc of a bind(C) sciport_scalar_func.
    function sciport_optimize_root_scalar(f, user_data, options, out, err) &
        bind(C, name="sciport_optimize_root_scalar") result(status)
      import :: c_funptr, c_ptr, sciport_root_scalar_options, sciport_root_results, c_int32_t
      type(c_funptr), value :: f
      type(c_ptr), value :: user_data
      type(sciport_root_scalar_options), intent(in) :: options
      type(sciport_root_results), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_optimize_root_scalar
    !> scipy.optimize.minimize_scalar.
    function sciport_optimize_minimize_scalar(f, user_data, options, out, err) &
        bind(C, name="sciport_optimize_minimize_scalar") result(status)
      import :: c_funptr, c_ptr, sciport_minimize_scalar_options, sciport_minimize_scalar_result, &
          c_int32_t
      type(c_funptr), value :: f
      type(c_ptr), value :: user_data
      type(sciport_minimize_scalar_options), intent(in) :: options
      type(sciport_minimize_scalar_result), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_optimize_minimize_scalar

    !> C strlen, to read C strings.
    function c_strlen(s) bind(C, name="strlen") result(n)
      import :: c_ptr, c_size_t
      type(c_ptr), value :: s
      integer(c_size_t) :: n
    end function c_strlen
  end interface
  private :: c_strlen

  ! BEGIN GENERATED linalg: gen_interfaces.py from include/sciport.h; do not edit by hand
  !> Options of `sciport_linalg_solve`, mirroring `scipy.linalg.solve`'s keywords.
  type, bind(C), public :: sciport_linalg_solve_options
    integer(c_size_t) :: struct_size
    type(c_ptr) :: assume_a
    logical(c_bool) :: lower
    logical(c_bool) :: transposed
    logical(c_bool) :: check_finite
  end type sciport_linalg_solve_options

  !> Options of `sciport_linalg_eigh` / `sciport_linalg_eigvalsh`, mirroring `scipy.linalg.eigh`'s
  !> keywords for the standard problem (b = None).
  type, bind(C), public :: sciport_linalg_eigh_options
    integer(c_size_t) :: struct_size
    logical(c_bool) :: lower
    logical(c_bool) :: check_finite
    integer(c_int64_t) :: subset_by_index(2)
    real(c_double) :: subset_by_value(2)
    type(c_ptr) :: driver
  end type sciport_linalg_eigh_options

  interface
    !> SciPy's defaults for `solve`: assume_a NULL ("gen"), lower false, transposed false,
    !> check_finite true.
    function sciport_linalg_solve_options_default() &
        bind(C, name="sciport_linalg_solve_options_default") result(o)
      import :: sciport_linalg_solve_options
      type(sciport_linalg_solve_options) :: o
    end function sciport_linalg_solve_options_default
    !> `scipy.linalg.solve(a, b, lower, check_finite, assume_a, transposed)`: solves `a x = b` for
    !> square `a` (n x n) and `b` (n x k) into `x` (n x k).
    function sciport_linalg_solve_c(a, b, options, x, rcond, err) &
        bind(C, name="sciport_linalg_solve") result(status)
      import :: sciport_linalg_solve_options, sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      type(sciport_linalg_solve_options), intent(in) :: options
      type(sciport_mat), intent(in) :: x
      type(c_ptr), value :: rcond  ! real(c_double) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_c
    !> `scipy.linalg.solve_triangular(a, b, trans, lower, unit_diagonal, check_finite)`: solves `a
    !> x = b` (trans 0), `a^T x = b` (1) or `a^H x = b` (2) reading only the triangle of `a` that
    !> `lower` selects (SciPy's default lower = false: upper); unit_diagonal assumes ones on the
    !> diagonal.
    function sciport_linalg_solve_triangular_c(a, b, trans, lower, unit_diagonal, check_finite, &
        x, err) &
        bind(C, name="sciport_linalg_solve_triangular") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      integer(c_int32_t), value :: trans
      logical(c_bool), value :: lower
      logical(c_bool), value :: unit_diagonal
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_triangular_c
    !> `scipy.linalg.lu_factor(a, check_finite)`: `P a = L U` of an m x n matrix with partial
    !> pivoting.
    function sciport_linalg_lu_factor_c(a, check_finite, lu, piv, piv_len, err) &
        bind(C, name="sciport_linalg_lu_factor") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: lu
      integer(c_int64_t), intent(inout) :: piv(*)
      integer(c_size_t), value :: piv_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_factor_c
    !> `scipy.linalg.lu(a, permute_l, check_finite, p_indices)`: `a = P L U` of an m x n matrix
    !> with partial pivoting, k = min(m, n).
    function sciport_linalg_lu_c(a, permute_l, check_finite, p, p_indices, p_indices_len, l, u, &
        err) &
        bind(C, name="sciport_linalg_lu") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: permute_l
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: p  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: p_indices  ! integer(c_int64_t) * or c_null_ptr
      integer(c_size_t), value :: p_indices_len
      type(sciport_mat), intent(in) :: l
      type(sciport_mat), intent(in) :: u
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_c
    !> `scipy.linalg.lu_solve((lu, piv), b, trans, check_finite)`: solves `a x = b` (trans 0) or
    !> `a^T x = b` (1, 2) from `lu_factor`'s n x n output.
    function sciport_linalg_lu_solve_c(lu, piv, piv_len, b, trans, check_finite, x, err) &
        bind(C, name="sciport_linalg_lu_solve") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: lu
      integer(c_int64_t), intent(in) :: piv(*)
      integer(c_size_t), value :: piv_len
      type(sciport_mat), intent(in) :: b
      integer(c_int32_t), value :: trans
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_solve_c
    !> `scipy.linalg.cho_factor(a, lower, check_finite)`: the Cholesky factor of a symmetric
    !> positive-definite n x n `a`, computed from the triangle `lower` selects and written there in
    !> `c`; the other triangle of `c` holds `a`'s entries, as SciPy returns them.
    function sciport_linalg_cho_factor_c(a, lower, check_finite, c, err) &
        bind(C, name="sciport_linalg_cho_factor") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: lower
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: c
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cho_factor_c
    !> `scipy.linalg.cho_solve((c, lower), b, check_finite)`: solves `a x = b` from `cho_factor`'s
    !> output (only the triangle `lower` selects is read).
    function sciport_linalg_cho_solve_c(c, lower, b, check_finite, x, err) &
        bind(C, name="sciport_linalg_cho_solve") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: c
      logical(c_bool), value :: lower
      type(sciport_mat), intent(in) :: b
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cho_solve_c
    !> `scipy.linalg.cholesky(a, lower, check_finite)`: `L` with `a = L L^T` (lower) or `U` with `a
    !> = U^T U` (SciPy's default lower = false), zeros in the other triangle.
    function sciport_linalg_cholesky_c(a, lower, check_finite, c, err) &
        bind(C, name="sciport_linalg_cholesky") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: lower
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: c
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cholesky_c
    !> `scipy.linalg.inv(a, check_finite)`: the inverse of a square matrix.
    function sciport_linalg_inv_c(a, check_finite, ainv, err) &
        bind(C, name="sciport_linalg_inv") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: ainv
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_inv_c
    !> `scipy.linalg.det(a, check_finite)`: the determinant of a square matrix through LU (1.0 for
    !> 0 x 0; a singular matrix gives 0, not an error).
    function sciport_linalg_det_c(a, check_finite, det, err) &
        bind(C, name="sciport_linalg_det") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: check_finite
      real(c_double), intent(inout) :: det
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_det_c
    !> `scipy.linalg.svd(a, full_matrices, compute_uv, check_finite, lapack_driver)`: `a = u
    !> diag(s) vh` for an m x n `a`, k = min(m, n).
    function sciport_linalg_svd_c(a, full_matrices, check_finite, lapack_driver, s, s_len, u, &
        vh, err) &
        bind(C, name="sciport_linalg_svd") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: full_matrices
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: lapack_driver  ! C string or c_null_ptr
      real(c_double), intent(inout) :: s(*)
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: u  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: vh  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_svd_c
    !> `scipy.linalg.svdvals(a, check_finite)`: the min(m, n) singular values of an m x n matrix,
    !> descending, into `s` (s_len = min(m, n)).
    function sciport_linalg_svdvals_c(a, check_finite, s, s_len, err) &
        bind(C, name="sciport_linalg_svdvals") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: check_finite
      real(c_double), intent(inout) :: s(*)
      integer(c_size_t), value :: s_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_svdvals_c
    !> SciPy's defaults for `eigh`: lower true, check_finite true, no subsets, driver NULL.
    function sciport_linalg_eigh_options_default() &
        bind(C, name="sciport_linalg_eigh_options_default") result(o)
      import :: sciport_linalg_eigh_options
      type(sciport_linalg_eigh_options) :: o
    end function sciport_linalg_eigh_options_default
    !> `scipy.linalg.eigh(a, lower, eigvals_only, check_finite, subset_by_index, subset_by_value,
    !> driver)` for a real symmetric n x n `a` (b = None): eigenvalues ascending into `w[0..m)`,
    !> orthonormal eigenvectors into the first `m` columns of `v` (n rows, at least m columns;
    !> further columns untouched); `*m` = number found (n without subsets).
    function sciport_linalg_eigh_c(a, options, w, w_len, v, m, err) &
        bind(C, name="sciport_linalg_eigh") result(status)
      import :: sciport_linalg_eigh_options, sciport_mat, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(sciport_linalg_eigh_options), intent(in) :: options
      real(c_double), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), value :: v  ! type(sciport_mat) * or c_null_ptr
      integer(c_size_t), intent(inout) :: m
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigh_c
    !> `scipy.linalg.eigh(a, b, lower, eigvals_only, type, check_finite, subset_by_index,
    !> subset_by_value, driver)` for real symmetric n x n `a` and symmetric positive definite `b`
    !> (both read from the triangle `options->lower` selects): `itype` 1 solves `a v = w b v`, 2 `a
    !> b v = w v`, 3 `b a v = w v` (SciPy's `type`).
    function sciport_linalg_eigh_generalized_c(a, b, itype, options, w, w_len, v, m, err) &
        bind(C, name="sciport_linalg_eigh_generalized") result(status)
      import :: sciport_linalg_eigh_options, sciport_mat, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      integer(c_int32_t), value :: itype
      type(sciport_linalg_eigh_options), intent(in) :: options
      real(c_double), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), value :: v  ! type(sciport_mat) * or c_null_ptr
      integer(c_size_t), intent(inout) :: m
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigh_generalized_c
    !> `scipy.linalg.eigvalsh(a, lower, check_finite, subset_by_index, subset_by_value, driver)`:
    !> `sciport_linalg_eigh` with eigvals_only.
    function sciport_linalg_eigvalsh_c(a, options, w, w_len, m, err) &
        bind(C, name="sciport_linalg_eigvalsh") result(status)
      import :: sciport_linalg_eigh_options, sciport_mat, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(sciport_linalg_eigh_options), intent(in) :: options
      real(c_double), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      integer(c_size_t), intent(inout) :: m
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigvalsh_c
    !> `scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals)` of a real n x n
    !> `a`: eigenvalues `w` and eigenvectors with `a vr[:, i] = w[i] vr[:, i]` and `vl[:, i]^H a =
    !> w[i] vl[:, i]^H` (generalized with `b` when not NULL: `a vr = w b vr`, `vl^H a = w vl^H b`).
    function sciport_linalg_eig_c(a, b, check_finite, homogeneous_eigvals, w, w_len, vl, vr, &
        err) &
        bind(C, name="sciport_linalg_eig") result(status)
      import :: sciport_mat, c_bool, c_double_complex, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: b  ! type(sciport_mat) * or c_null_ptr
      logical(c_bool), value :: check_finite
      logical(c_bool), value :: homogeneous_eigvals
      complex(c_double_complex), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), value :: vl  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), value :: vr  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eig_c
    !> `scipy.linalg.eigvals(a, b, check_finite, homogeneous_eigvals)`: the eigenvalues of
    !> `sciport_linalg_eig` without eigenvectors (same `w` layout, same errors).
    function sciport_linalg_eigvals_c(a, b, check_finite, homogeneous_eigvals, w, w_len, err) &
        bind(C, name="sciport_linalg_eigvals") result(status)
      import :: sciport_mat, c_bool, c_double_complex, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: b  ! type(sciport_mat) * or c_null_ptr
      logical(c_bool), value :: check_finite
      logical(c_bool), value :: homogeneous_eigvals
      complex(c_double_complex), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigvals_c
    !> `scipy.linalg.hessenberg(a, calc_q, check_finite)`: `a = Q H Q^T` of a real n x n `a` with
    !> LAPACK's gehrd reflectors.
    function sciport_linalg_hessenberg_c(a, check_finite, h, q, err) &
        bind(C, name="sciport_linalg_hessenberg") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: h
      type(c_ptr), value :: q  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_hessenberg_c
    !> `scipy.linalg.polar(a, side)`: `a = u p` (side "right", NULL = SciPy's default) or `a = p u`
    !> ("left") of a real m x n `a`, from its thin SVD.
    function sciport_linalg_polar_c(a, side, u, p, err) &
        bind(C, name="sciport_linalg_polar") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: side  ! C string or c_null_ptr
      type(sciport_mat), intent(in) :: u
      type(sciport_mat), intent(in) :: p
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_polar_c
    !> `scipy.linalg.expm(a)`: the matrix exponential of a real n x n `a` into `expa` (n x n), by
    !> scaling and squaring with the Pade degree and scaling of Al-Mohy and Higham (2009), the
    !> algorithm SciPy uses (triangular input keeps its triangle and gets exact diagonals; diagonal
    !> input is exponentiated entrywise).
    function sciport_linalg_expm_c(a, expa, err) &
        bind(C, name="sciport_linalg_expm") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: expa
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_expm_c
    !> `scipy.linalg.ldl(a, lower, hermitian, check_finite)`: `a = lu d lu^T` of a real symmetric n
    !> x n `a` (only its lower or upper triangle is read) by LAPACK's Bunch-Kaufman pivoting
    !> (sytrf), unpacked as SciPy does: `lu` (n x n) is the triangular factor with its rows
    !> permuted (`lu[perm]` is unit triangular), `d` (n x n) block diagonal with 1 x 1 and 2 x 2
    !> blocks, `perm` (perm_len = n, 0-based) the row order.
    function sciport_linalg_ldl_c(a, lower, hermitian, check_finite, lu, d, perm, perm_len, err) &
        bind(C, name="sciport_linalg_ldl") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: lower
      logical(c_bool), value :: hermitian
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: lu
      type(sciport_mat), intent(in) :: d
      integer(c_int64_t), intent(inout) :: perm(*)
      integer(c_size_t), value :: perm_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_ldl_c
    !> `scipy.linalg.qr(a, mode, pivoting, check_finite)` for modes "full" (also "qr"; NULL =
    !> "full"), "economic" and "r", m x n `a`, k = min(m, n): `q` receives Q (full: m x m,
    !> economic: m x k; must be NULL for "r"), `r` receives R (full and r: m x n, economic: k x n).
    function sciport_linalg_qr_c(a, mode, pivoting, check_finite, q, r, p, p_len, err) &
        bind(C, name="sciport_linalg_qr") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: mode  ! C string or c_null_ptr
      logical(c_bool), value :: pivoting
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: q  ! type(sciport_mat) * or c_null_ptr
      type(sciport_mat), intent(in) :: r
      type(c_ptr), value :: p  ! integer(c_int64_t) * or c_null_ptr
      integer(c_size_t), value :: p_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_qr_c
    !> `scipy.linalg.qr(a, mode='raw', pivoting, check_finite)`: LAPACK geqrf's (geqp3's with
    !> pivoting) packed output.
    function sciport_linalg_qr_raw_c(a, pivoting, check_finite, h, tau, tau_len, r, p, p_len, &
        err) &
        bind(C, name="sciport_linalg_qr_raw") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      logical(c_bool), value :: pivoting
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: h
      real(c_double), intent(inout) :: tau(*)
      integer(c_size_t), value :: tau_len
      type(c_ptr), value :: r  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: p  ! integer(c_int64_t) * or c_null_ptr
      integer(c_size_t), value :: p_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_qr_raw_c
    !> `scipy.linalg.rq(a, mode, check_finite)`: `a = R Q` for m x n `a`, k = min(m, n), R upper
    !> trapezoidal (zero where j - i < n - m).
    function sciport_linalg_rq_c(a, mode, check_finite, r, q, err) &
        bind(C, name="sciport_linalg_rq") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: mode  ! C string or c_null_ptr
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: r
      type(c_ptr), value :: q  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_rq_c
    !> `scipy.linalg.lstsq(a, b, cond, check_finite, lapack_driver)`: the minimum-norm x (n x nrhs)
    !> minimising ||b - a x||_2 for m x n `a`, m x nrhs `b`, singular values <= cond*s[0] treated
    !> as zero (`cond` NaN = SciPy's None = machine epsilon).
    function sciport_linalg_lstsq_c(a, b, cond, check_finite, lapack_driver, x, residues, &
        residues_len, n_residues, rank, s, s_len, err) &
        bind(C, name="sciport_linalg_lstsq") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      real(c_double), value :: cond
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: lapack_driver  ! C string or c_null_ptr
      type(sciport_mat), intent(in) :: x
      type(c_ptr), value :: residues  ! real(c_double) * or c_null_ptr
      integer(c_size_t), value :: residues_len
      type(c_ptr), value :: n_residues  ! integer(c_size_t) * or c_null_ptr
      type(c_ptr), value :: rank  ! integer(c_size_t) * or c_null_ptr
      type(c_ptr), value :: s  ! real(c_double) * or c_null_ptr
      integer(c_size_t), value :: s_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lstsq_c
    !> `scipy.linalg.pinv(a, atol, rtol, return_rank, check_finite)`: the n x m pseudo-inverse of m
    !> x n `a` into `apinv`, keeping the singular values greater than atol + rtol*s_max; `atol` NaN
    !> = SciPy's None (0), `rtol` NaN = None (max(m, n)*eps).
    function sciport_linalg_pinv_c(a, atol, rtol, check_finite, apinv, rank, err) &
        bind(C, name="sciport_linalg_pinv") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      real(c_double), value :: atol
      real(c_double), value :: rtol
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: apinv
      type(c_ptr), value :: rank  ! integer(c_size_t) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_pinv_c
    !> `numpy.linalg.matrix_rank(a, tol)`: the number of singular values of `a` greater than `tol`
    !> (NaN = NumPy's default s_max*max(m, n)*eps).
    function sciport_linalg_matrix_rank_c(a, tol, check_finite, rank, err) &
        bind(C, name="sciport_linalg_matrix_rank") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      real(c_double), value :: tol
      logical(c_bool), value :: check_finite
      integer(c_size_t), intent(inout) :: rank
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_matrix_rank_c
    !> `scipy.linalg.null_space(a, rcond, check_finite)`: an orthonormal basis of the null space of
    !> m x n `a` into the first `*ncols` columns of `q` (n rows; n columns are always enough;
    !> further columns untouched), the rank counting singular values > rcond*s_max (`rcond` NaN =
    !> SciPy's None = max(m, n)*eps).
    function sciport_linalg_null_space_c(a, rcond, check_finite, q, ncols, err) &
        bind(C, name="sciport_linalg_null_space") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      real(c_double), value :: rcond
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: q
      integer(c_size_t), intent(inout) :: ncols
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_null_space_c
    !> `scipy.linalg.orth(a, rcond)`: an orthonormal basis of the range of m x n `a` into the first
    !> `*ncols` columns of `q` (m rows; min(m, n) columns are always enough), rank as in
    !> `sciport_linalg_null_space`.
    function sciport_linalg_orth_c(a, rcond, q, ncols, err) &
        bind(C, name="sciport_linalg_orth") result(status)
      import :: sciport_mat, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_mat), intent(in) :: a
      real(c_double), value :: rcond
      type(sciport_mat), intent(in) :: q
      integer(c_size_t), intent(inout) :: ncols
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_orth_c
    !> `scipy.linalg.norm(a, ord, check_finite)` of a matrix: `ord` "fro" (NULL, SciPy's default),
    !> "nuc", "1", "-1", "2", "-2", "inf" or "-inf", as NumPy defines them.
    function sciport_linalg_norm_c(a, ord, check_finite, out, err) &
        bind(C, name="sciport_linalg_norm") result(status)
      import :: sciport_mat, c_bool, c_double, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: ord  ! C string or c_null_ptr
      logical(c_bool), value :: check_finite
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_norm_c
    !> `scipy.linalg.norm(x, ord, check_finite)` of a vector: `ord` 2 (SciPy's default), INFINITY
    !> (max |x_i|), -INFINITY (min |x_i|), 0 (count of nonzeros) or any other p: (sum
    !> |x_i|^p)^(1/p).
    function sciport_linalg_vector_norm_c(x, ord, check_finite, out, err) &
        bind(C, name="sciport_linalg_vector_norm") result(status)
      import :: sciport_vec, c_bool, c_double, c_int32_t, c_ptr
      type(sciport_vec), intent(in) :: x
      real(c_double), value :: ord
      logical(c_bool), value :: check_finite
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_vector_norm_c
    !> `scipy.linalg.solve_banded((l, u), ab, b, check_finite)`: solves `a x = b` for the n x n
    !> band matrix with `l` subdiagonals and `u` superdiagonals stored in the (l + u + 1) x n `ab`
    !> as `ab[u + i - j, j] == a[i, j]` (LAPACK's diagonal-ordered form; the unused corners of `ab`
    !> are not read), for n x k `b` (a single right-hand side is n x 1); `x` is n x k.
    function sciport_linalg_solve_banded_c(l, u, ab, b, check_finite, x, err) &
        bind(C, name="sciport_linalg_solve_banded") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr, c_size_t
      integer(c_size_t), value :: l
      integer(c_size_t), value :: u
      type(sciport_mat), intent(in) :: ab
      type(sciport_mat), intent(in) :: b
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_banded_c
    !> `scipy.linalg.solveh_banded(ab, b, lower, check_finite)`: solves `a x = b` for the symmetric
    !> positive definite n x n band matrix with kd off-diagonals stored in the (kd + 1) x n `ab`:
    !> upper form (SciPy's default) `ab[kd + i - j, j] == a[i, j]` for i <= j, lower form (`lower`)
    !> `ab[i - j, j] == a[i, j]` for i >= j.
    function sciport_linalg_solveh_banded_c(ab, b, lower, check_finite, x, err) &
        bind(C, name="sciport_linalg_solveh_banded") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: ab
      type(sciport_mat), intent(in) :: b
      logical(c_bool), value :: lower
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solveh_banded_c
    !> `scipy.linalg.solve_toeplitz((c, r), b, check_finite)`: solves `T x = b` for the n x n
    !> Toeplitz matrix with first column `c` and first row `r` (`r` NULL = SciPy's
    !> `solve_toeplitz(c, b)`: r = c, symmetric; r[0] is ignored), n x k `b` into n x k `x`, by
    !> Levinson recursion (O(n?) per column).
    function sciport_linalg_solve_toeplitz_c(c, r, b, check_finite, x, err) &
        bind(C, name="sciport_linalg_solve_toeplitz") result(status)
      import :: sciport_mat, sciport_vec, c_bool, c_int32_t, c_ptr
      type(sciport_vec), intent(in) :: c
      type(c_ptr), value :: r  ! type(sciport_vec) * or c_null_ptr
      type(sciport_mat), intent(in) :: b
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_toeplitz_c
    !> `scipy.linalg.solve_circulant(c, b, singular, tol)`: solves `C x = b` for the n x n
    !> circulant matrix with first column `c` (`circulant(c)`), n x k `b` into n x k `x`, dividing
    !> by C's eigenvalues fft(c).
    function sciport_linalg_solve_circulant_c(c, b, singular, tol, x, err) &
        bind(C, name="sciport_linalg_solve_circulant") result(status)
      import :: sciport_mat, sciport_vec, c_double, c_int32_t, c_ptr
      type(sciport_vec), intent(in) :: c
      type(sciport_mat), intent(in) :: b
      type(c_ptr), value :: singular  ! C string or c_null_ptr
      real(c_double), value :: tol
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_circulant_c
    !> `scipy.linalg.toeplitz(c, r)`: the len(c) x len(r) Toeplitz matrix with first column `c` and
    !> first row `r` (r[0] ignored) into `out`; `r` NULL = SciPy's `toeplitz(c)` (r = c: square and
    !> symmetric).
    function sciport_linalg_toeplitz_c(c, r, out, err) &
        bind(C, name="sciport_linalg_toeplitz") result(status)
      import :: sciport_mat, sciport_vec, c_int32_t, c_ptr
      type(sciport_vec), intent(in) :: c
      type(c_ptr), value :: r  ! type(sciport_vec) * or c_null_ptr
      type(sciport_mat), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_toeplitz_c
    !> `scipy.linalg.circulant(c)`: the n x n circulant matrix with first column `c` (column j is c
    !> rotated down by j) into `out`.
    function sciport_linalg_circulant_c(c, out, err) &
        bind(C, name="sciport_linalg_circulant") result(status)
      import :: sciport_mat, sciport_vec, c_int32_t, c_ptr
      type(sciport_vec), intent(in) :: c
      type(sciport_mat), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_circulant_c
    !> `scipy.linalg.hilbert(n)`: the n x n Hilbert matrix, h[i, j] = 1 / (i + j + 1) (0-based),
    !> into `out`.
    function sciport_linalg_hilbert_c(n, out, err) &
        bind(C, name="sciport_linalg_hilbert") result(status)
      import :: sciport_mat, c_int32_t, c_ptr, c_size_t
      integer(c_size_t), value :: n
      type(sciport_mat), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_hilbert_c
    !> `scipy.linalg.kron(a, b)`: the Kronecker product, (ma*mb) x (na*nb), block (i, j) = a[i,
    !> j]*b, into `out`.
    function sciport_linalg_kron_c(a, b, out, err) &
        bind(C, name="sciport_linalg_kron") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      type(sciport_mat), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_kron_c
    !> `scipy.linalg.block_diag(*arrs)`: the `count` matrices of `blocks` on the diagonal of `out`
    !> (sum of rows x sum of columns), zeros elsewhere.
    function sciport_linalg_block_diag_c(blocks, count, out, err) &
        bind(C, name="sciport_linalg_block_diag") result(status)
      import :: sciport_mat, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: blocks  ! type(sciport_mat) * or c_null_ptr
      integer(c_size_t), value :: count
      type(sciport_mat), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_block_diag_c
    !> `scipy.linalg.schur(a, output='real', sort, check_finite)`: `a = z t z^T` of a real n x n
    !> `a`, `t` (n x n) quasi-upper triangular with 1 x 1 blocks for real eigenvalues and 2 x 2
    !> blocks `[x b; c x]` (b c < 0) for complex conjugate pairs `x +- sqrt(-b c) i`, as LAPACK's
    !> gees returns them; `z` (n x n, orthogonal; NULL: not wanted).
    function sciport_linalg_schur_c(a, sort, check_finite, t, z, sdim, err) &
        bind(C, name="sciport_linalg_schur") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(c_ptr), value :: sort  ! C string or c_null_ptr
      logical(c_bool), value :: check_finite
      type(sciport_mat), intent(in) :: t
      type(c_ptr), value :: z  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: sdim  ! integer(c_size_t) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_schur_c
    !> `scipy.linalg.schur(a, output='complex', sort, check_finite)`: `a = z t z^H` of a complex n
    !> x n `a` (SciPy converts real input to complex for this output; so can the caller), `t` (n x
    !> n) upper triangular with the eigenvalues on its diagonal, `z` (n x n, unitary; NULL: not
    !> wanted).
    function sciport_linalg_schur_complex_c(a, sort, check_finite, t, z, sdim, err) &
        bind(C, name="sciport_linalg_schur_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      type(c_ptr), value :: sort  ! C string or c_null_ptr
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: t
      type(c_ptr), value :: z  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), value :: sdim  ! integer(c_size_t) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_schur_complex_c
    !> `scipy.linalg.solve_sylvester(a, b, q)`: `x` (m x n) with `a x + x b = q` for real `a` (m x
    !> m), `b` (n x n), `q` (m x n), by the Bartels-Stewart method (Schur forms of `a` and `b`,
    !> LAPACK's trsyl back substitution).
    function sciport_linalg_solve_sylvester_c(a, b, q, x, perturbed, err) &
        bind(C, name="sciport_linalg_solve_sylvester") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      type(sciport_mat), intent(in) :: q
      type(sciport_mat), intent(in) :: x
      type(c_ptr), value :: perturbed  ! logical(c_bool) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_sylvester_c
    !> `scipy.linalg.solve_continuous_lyapunov(a, q)`: `x` (n x n) with `a x + x a^T = q` for real
    !> n x n `a` and `q`, from the Schur form of `a`.
    function sciport_linalg_solve_continuous_lyapunov_c(a, q, x, perturbed, err) &
        bind(C, name="sciport_linalg_solve_continuous_lyapunov") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: q
      type(sciport_mat), intent(in) :: x
      type(c_ptr), value :: perturbed  ! logical(c_bool) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_continuous_lyapunov_c
    !> `scipy.linalg.solve_discrete_lyapunov(a, q, method)`: `x` (n x n) with `a x a^T - x + q = 0`
    !> for real n x n `a` and `q`.
    function sciport_linalg_solve_discrete_lyapunov_c(a, q, method, x, err) &
        bind(C, name="sciport_linalg_solve_discrete_lyapunov") result(status)
      import :: sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: q
      type(c_ptr), value :: method  ! C string or c_null_ptr
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_discrete_lyapunov_c
    !> `scipy.linalg.solve_continuous_are(a, b, q, r, e, s, balanced)`: the stabilizing solution
    !> `x` (m x m, symmetric) of `a^T x e + e^T x a - (e^T x b + s) r?? (b^T x e + s^T) + q = 0`
    !> for real `a` (m x m), `b` (m x n), `q` (m x m, symmetric), `r` (n x n, symmetric,
    !> nonsingular), optional `e` (m x m, nonsingular; NULL: identity) and `s` (m x n; NULL: zero).
    function sciport_linalg_solve_continuous_are_c(a, b, q, r, e, s, balanced, x, err) &
        bind(C, name="sciport_linalg_solve_continuous_are") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      type(sciport_mat), intent(in) :: q
      type(sciport_mat), intent(in) :: r
      type(c_ptr), value :: e  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: s  ! type(sciport_mat) * or c_null_ptr
      logical(c_bool), value :: balanced
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_continuous_are_c
    !> `scipy.linalg.solve_discrete_are(a, b, q, r, e, s, balanced)`: the stabilizing solution `x`
    !> (m x m, symmetric) of `a^T x a - e^T x e - (a^T x b + s) (r + b^T x b)?? (b^T x a + s^T) + q
    !> = 0`, shapes and optional arguments as `sciport_linalg_solve_continuous_are` (`r` may be
    !> singular here, as in SciPy).
    function sciport_linalg_solve_discrete_are_c(a, b, q, r, e, s, balanced, x, err) &
        bind(C, name="sciport_linalg_solve_discrete_are") result(status)
      import :: sciport_mat, c_bool, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_mat), intent(in) :: b
      type(sciport_mat), intent(in) :: q
      type(sciport_mat), intent(in) :: r
      type(c_ptr), value :: e  ! type(sciport_mat) * or c_null_ptr
      type(c_ptr), value :: s  ! type(sciport_mat) * or c_null_ptr
      logical(c_bool), value :: balanced
      type(sciport_mat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_discrete_are_c
    !> `scipy.linalg.sqrtm(a)`: the principal square root `x` (`x @ x = a`) of a real n x n `a` by
    !> the Schur method SciPy uses, into the complex n x n view `sqrtm`.
    function sciport_linalg_sqrtm_c(a, sqrtm, is_real, warning, err) &
        bind(C, name="sciport_linalg_sqrtm") result(status)
      import :: sciport_cmat, sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_cmat), intent(in) :: sqrtm
      type(c_ptr), value :: is_real  ! logical(c_bool) * or c_null_ptr
      type(c_ptr), value :: warning  ! type(sciport_matfunc_warning) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_sqrtm_c
    !> `scipy.linalg.sqrtm(a)` of a complex n x n `a`: the principal square root into `sqrtm` (n x
    !> n) by the complex Schur method (upper triangular `a` is used as it is, as SciPy does);
    !> `*warning` (NULL: not wanted) as for `sciport_linalg_sqrtm`.
    function sciport_linalg_sqrtm_complex_c(a, sqrtm, warning, err) &
        bind(C, name="sciport_linalg_sqrtm_complex") result(status)
      import :: sciport_cmat, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      type(sciport_cmat), intent(in) :: sqrtm
      type(c_ptr), value :: warning  ! type(sciport_matfunc_warning) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_sqrtm_complex_c
    !> `scipy.linalg.logm(a)`: the principal logarithm `x` (`expm(x) = a`) of a real n x n `a` by
    !> inverse scaling and squaring on its Schur form (Al-Mohy & Higham 2012), as SciPy computes
    !> it, into the complex n x n view `logm`.
    function sciport_linalg_logm_c(a, logm, is_real, errest, warning, err) &
        bind(C, name="sciport_linalg_logm") result(status)
      import :: sciport_cmat, sciport_mat, c_int32_t, c_ptr
      type(sciport_mat), intent(in) :: a
      type(sciport_cmat), intent(in) :: logm
      type(c_ptr), value :: is_real  ! logical(c_bool) * or c_null_ptr
      type(c_ptr), value :: errest  ! real(c_double) * or c_null_ptr
      type(c_ptr), value :: warning  ! type(sciport_logm_warning) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_logm_c
    !> `scipy.linalg.logm(a)` of a complex n x n `a`: the principal logarithm into `logm` (n x n)
    !> by the complex Schur form (upper triangular `a` is used as it is, as SciPy does); `*errest`
    !> and `*warning` (NULL: not wanted) as for `sciport_linalg_logm`.
    function sciport_linalg_logm_complex_c(a, logm, errest, warning, err) &
        bind(C, name="sciport_linalg_logm_complex") result(status)
      import :: sciport_cmat, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      type(sciport_cmat), intent(in) :: logm
      type(c_ptr), value :: errest  ! real(c_double) * or c_null_ptr
      type(c_ptr), value :: warning  ! type(sciport_logm_warning) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_logm_complex_c
    !> `scipy.linalg.solve(a, b, lower, check_finite, assume_a)` for complex `a` (n x n) and `b` (n
    !> x k): solves `a x = b` into `x` (n x k).
    function sciport_linalg_solve_complex_c(a, b, options, x, rcond, err) &
        bind(C, name="sciport_linalg_solve_complex") result(status)
      import :: sciport_cmat, sciport_linalg_solve_options, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      type(sciport_cmat), intent(in) :: b
      type(sciport_linalg_solve_options), intent(in) :: options
      type(sciport_cmat), intent(in) :: x
      type(c_ptr), value :: rcond  ! real(c_double) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_solve_complex_c
    !> `scipy.linalg.inv(a, check_finite)` of a complex n x n matrix into `ainv` (n x n).
    function sciport_linalg_inv_complex_c(a, check_finite, ainv, err) &
        bind(C, name="sciport_linalg_inv_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: ainv
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_inv_complex_c
    !> `scipy.linalg.det(a, check_finite)` of a complex n x n matrix through LU into `*det` (1 for
    !> 0 x 0; a singular matrix gives 0, not an error).
    function sciport_linalg_det_complex_c(a, check_finite, det, err) &
        bind(C, name="sciport_linalg_det_complex") result(status)
      import :: sciport_cmat, c_bool, c_double_complex, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: check_finite
      complex(c_double_complex), intent(inout) :: det
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_det_complex_c
    !> `scipy.linalg.lu_factor(a, check_finite)` of a complex m x n matrix: `P a = L U` with
    !> partial pivoting (pivots chosen by `|re| + |im|`, as LAPACK's zgetrf).
    function sciport_linalg_lu_factor_complex_c(a, check_finite, lu, piv, piv_len, err) &
        bind(C, name="sciport_linalg_lu_factor_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: lu
      integer(c_int64_t), intent(inout) :: piv(*)
      integer(c_size_t), value :: piv_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_factor_complex_c
    !> `scipy.linalg.lu_solve((lu, piv), b, trans, check_finite)` for complex factors from
    !> `sciport_linalg_lu_factor_complex`: solves `a x = b` (trans 0), `a^T x = b` (1) or `a^H x =
    !> b` (2).
    function sciport_linalg_lu_solve_complex_c(lu, piv, piv_len, b, trans, check_finite, x, err) &
        bind(C, name="sciport_linalg_lu_solve_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: lu
      integer(c_int64_t), intent(in) :: piv(*)
      integer(c_size_t), value :: piv_len
      type(sciport_cmat), intent(in) :: b
      integer(c_int32_t), value :: trans
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_solve_complex_c
    !> `scipy.linalg.lu(a, permute_l, check_finite, p_indices)` of a complex m x n matrix: `a = P L
    !> U` with the outputs of `sciport_linalg_lu` (`p`, `l`, `u` complex views; `p` is real-valued,
    !> as SciPy's).
    function sciport_linalg_lu_complex_c(a, permute_l, check_finite, p, p_indices, &
        p_indices_len, l, u, err) &
        bind(C, name="sciport_linalg_lu_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: permute_l
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: p  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), value :: p_indices  ! integer(c_int64_t) * or c_null_ptr
      integer(c_size_t), value :: p_indices_len
      type(sciport_cmat), intent(in) :: l
      type(sciport_cmat), intent(in) :: u
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_lu_complex_c
    !> `scipy.linalg.cho_factor(a, lower, check_finite)` of a complex Hermitian positive-definite n
    !> x n `a` (only the triangle `lower` selects is read, the diagonal's imaginary parts are
    !> ignored as by LAPACK's zpotrf): `c` receives `L` (`a = L L^H`) or `U` (`a = U^H U`) in that
    !> triangle and `a`'s entries in the other.
    function sciport_linalg_cho_factor_complex_c(a, lower, check_finite, c, err) &
        bind(C, name="sciport_linalg_cho_factor_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: lower
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: c
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cho_factor_complex_c
    !> `scipy.linalg.cho_solve((c, lower), b, check_finite)` for a complex factor from
    !> `sciport_linalg_cho_factor_complex`: solves `a x = b` (only the triangle `lower` selects is
    !> read).
    function sciport_linalg_cho_solve_complex_c(c, lower, b, check_finite, x, err) &
        bind(C, name="sciport_linalg_cho_solve_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: c
      logical(c_bool), value :: lower
      type(sciport_cmat), intent(in) :: b
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: x
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cho_solve_complex_c
    !> `scipy.linalg.cholesky(a, lower, check_finite)` of a complex Hermitian positive-definite n x
    !> n `a`: `L` with `a = L L^H` (lower) or `U` with `a = U^H U` (SciPy's default lower = false),
    !> zeros in the other triangle.
    function sciport_linalg_cholesky_complex_c(a, lower, check_finite, c, err) &
        bind(C, name="sciport_linalg_cholesky_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: lower
      logical(c_bool), value :: check_finite
      type(sciport_cmat), intent(in) :: c
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_cholesky_complex_c
    !> `scipy.linalg.qr(a, mode, pivoting, check_finite)` of a complex m x n `a`, k = min(m, n),
    !> with the outputs of `sciport_linalg_qr`: modes "full" (also "qr"; NULL = "full"), "economic"
    !> and "r"; `q` (unitary: full m x m, economic m x k; NULL for "r"), `r` (full and r: m x n,
    !> economic: k x n, real diagonal as LAPACK's zgeqrf gives it) and, with `pivoting`, `a[:, p] =
    !> Q R` with `p` (p_len = n) the 0-based column order (NULL without pivoting).
    function sciport_linalg_qr_complex_c(a, mode, pivoting, check_finite, q, r, p, p_len, err) &
        bind(C, name="sciport_linalg_qr_complex") result(status)
      import :: sciport_cmat, c_bool, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      type(c_ptr), value :: mode  ! C string or c_null_ptr
      logical(c_bool), value :: pivoting
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: q  ! type(sciport_cmat) * or c_null_ptr
      type(sciport_cmat), intent(in) :: r
      type(c_ptr), value :: p  ! integer(c_int64_t) * or c_null_ptr
      integer(c_size_t), value :: p_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_qr_complex_c
    !> `scipy.linalg.svd(a, full_matrices, compute_uv, check_finite, lapack_driver)` of a complex m
    !> x n `a`: `a = u diag(s) vh` with real singular values `s` (s_len = k = min(m, n),
    !> descending) and unitary `u` (m x m with full_matrices, else m x k) and `vh` (n x n or k x
    !> n).
    function sciport_linalg_svd_complex_c(a, full_matrices, check_finite, lapack_driver, s, &
        s_len, u, vh, err) &
        bind(C, name="sciport_linalg_svd_complex") result(status)
      import :: sciport_cmat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: full_matrices
      logical(c_bool), value :: check_finite
      type(c_ptr), value :: lapack_driver  ! C string or c_null_ptr
      real(c_double), intent(inout) :: s(*)
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: u  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), value :: vh  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_svd_complex_c
    !> `scipy.linalg.svdvals(a, check_finite)` of a complex m x n matrix: the min(m, n) real
    !> singular values, descending, into `s` (s_len = min(m, n)).
    function sciport_linalg_svdvals_complex_c(a, check_finite, s, s_len, err) &
        bind(C, name="sciport_linalg_svdvals_complex") result(status)
      import :: sciport_cmat, c_bool, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      logical(c_bool), value :: check_finite
      real(c_double), intent(inout) :: s(*)
      integer(c_size_t), value :: s_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_svdvals_complex_c
    !> `scipy.linalg.eigh(a, lower, eigvals_only, check_finite, subset_by_index, subset_by_value,
    !> driver)` for a complex Hermitian n x n `a` (b = None; only the triangle `options->lower`
    !> selects is read, without the diagonal's imaginary parts): real eigenvalues ascending into
    !> `w[0..m)`, orthonormal eigenvectors into the first `m` columns of `v` (n rows, at least m
    !> columns; further columns untouched); `*m` = number found.
    function sciport_linalg_eigh_complex_c(a, options, w, w_len, v, m, err) &
        bind(C, name="sciport_linalg_eigh_complex") result(status)
      import :: sciport_cmat, sciport_linalg_eigh_options, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      type(sciport_linalg_eigh_options), intent(in) :: options
      real(c_double), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), value :: v  ! type(sciport_cmat) * or c_null_ptr
      integer(c_size_t), intent(inout) :: m
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigh_complex_c
    !> `scipy.linalg.eigvalsh(a, lower, check_finite, subset_by_index, subset_by_value, driver)`
    !> for a complex Hermitian `a`: `sciport_linalg_eigh_complex` with eigvals_only.
    function sciport_linalg_eigvalsh_complex_c(a, options, w, w_len, m, err) &
        bind(C, name="sciport_linalg_eigvalsh_complex") result(status)
      import :: sciport_cmat, sciport_linalg_eigh_options, c_double, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      type(sciport_linalg_eigh_options), intent(in) :: options
      real(c_double), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      integer(c_size_t), intent(inout) :: m
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigvalsh_complex_c
    !> `scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals)` of a complex n x n
    !> `a`: eigenvalues `w` and eigenvectors with `a vr[:, i] = w[i] vr[:, i]` and `vl[:, i]^H a =
    !> w[i] vl[:, i]^H` (generalized with complex `b` when not NULL: `a vr = w b vr`, `vl^H a = w
    !> vl^H b`).
    function sciport_linalg_eig_complex_c(a, b, check_finite, homogeneous_eigvals, w, w_len, &
        vl, vr, err) &
        bind(C, name="sciport_linalg_eig_complex") result(status)
      import :: sciport_cmat, c_bool, c_double_complex, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      type(c_ptr), value :: b  ! type(sciport_cmat) * or c_null_ptr
      logical(c_bool), value :: check_finite
      logical(c_bool), value :: homogeneous_eigvals
      complex(c_double_complex), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), value :: vl  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), value :: vr  ! type(sciport_cmat) * or c_null_ptr
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eig_complex_c
    !> `scipy.linalg.eigvals(a, b, check_finite, homogeneous_eigvals)` of a complex `a`: the
    !> eigenvalues of `sciport_linalg_eig_complex` without eigenvectors (same `w` layout, same
    !> errors).
    function sciport_linalg_eigvals_complex_c(a, b, check_finite, homogeneous_eigvals, w, &
        w_len, err) &
        bind(C, name="sciport_linalg_eigvals_complex") result(status)
      import :: sciport_cmat, c_bool, c_double_complex, c_int32_t, c_ptr, c_size_t
      type(sciport_cmat), intent(in) :: a
      type(c_ptr), value :: b  ! type(sciport_cmat) * or c_null_ptr
      logical(c_bool), value :: check_finite
      logical(c_bool), value :: homogeneous_eigvals
      complex(c_double_complex), intent(inout) :: w(*)
      integer(c_size_t), value :: w_len
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_eigvals_complex_c
    !> `scipy.linalg.expm(a)`: the matrix exponential of a complex n x n `a` into `expa` (n x n),
    !> by the same scaling and squaring algorithm as `sciport_linalg_expm` (Al-Mohy and Higham
    !> 2009, SciPy's; triangular input keeps its triangle and gets exact diagonals, diagonal input
    !> is exponentiated entrywise).
    function sciport_linalg_expm_complex_c(a, expa, err) &
        bind(C, name="sciport_linalg_expm_complex") result(status)
      import :: sciport_cmat, c_int32_t, c_ptr
      type(sciport_cmat), intent(in) :: a
      type(sciport_cmat), intent(in) :: expa
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_linalg_expm_complex_c
  end interface
  ! END GENERATED linalg

  ! bind(C) interfaces of scipy.stats (sciport_stats_*: the frozen distributions);
  ! the module procedures sciport_dist_* below wrap them.
  ! BEGIN GENERATED stats: gen_interfaces.py from include/sciport.h; do not edit by hand
  !> Options of `sciport_stats_dist_fit`, mirroring `rv_continuous.fit`'s keywords.
  type, bind(C), public :: sciport_dist_fit_options
    integer(c_size_t) :: struct_size
    type(c_ptr) :: method
    type(c_ptr) :: fixed_shapes
    real(c_double) :: floc
    real(c_double) :: fscale
    type(c_ptr) :: guess_shapes
    real(c_double) :: loc
    real(c_double) :: scale
  end type sciport_dist_fit_options

  !> Options of `sciport_stats_dist_expect`, mirroring `expect`'s keywords.
  type, bind(C), public :: sciport_dist_expect_options
    integer(c_size_t) :: struct_size
    real(c_double) :: lb
    real(c_double) :: ub
    logical(c_bool) :: conditional
    real(c_double) :: epsabs
    real(c_double) :: epsrel
    integer(c_size_t) :: limit
    integer(c_size_t) :: maxcount
    real(c_double) :: tolerance
  end type sciport_dist_expect_options

  interface
    !> Freezes the distribution SciPy calls `name` (e.g. "norm", "beta", "poisson"; see
    !> `sciport_stats_dist_names`) at the `n_shapes` shape parameters `shapes` (in SciPy's order,
    !> `sciport_stats_dist_family` gives their names), `loc` and `scale`
    !> (`scipy.stats.<name>(*shapes, loc=loc, scale=scale)`; discrete families take loc only: pass
    !> scale 1).
    function sciport_stats_dist_new_c(name, shapes, n_shapes, loc, scale, out, err) &
        bind(C, name="sciport_stats_dist_new") result(status)
      import :: c_double, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: name  ! C string or c_null_ptr
      real(c_double), intent(in) :: shapes(*)
      integer(c_size_t), value :: n_shapes
      real(c_double), value :: loc
      real(c_double), value :: scale
      type(c_ptr), intent(inout) :: out  ! receives a handle
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_new_c
    !> Releases a distribution made by `sciport_stats_dist_new`.
    subroutine sciport_stats_dist_free(dist) &
        bind(C, name="sciport_stats_dist_free")
      import :: c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
    end subroutine sciport_stats_dist_free
    !> The names of every family sciport provides, comma-separated in SciPy's documentation order
    !> (continuous, then discrete), e.g. "norm, beta, ..., poisson, ...".
    function sciport_stats_dist_names() &
        bind(C, name="sciport_stats_dist_names") result(s)
      import :: c_ptr
      type(c_ptr) :: s  ! static C string
    end function sciport_stats_dist_names
    !> Describes family `name`: `*shapes` receives its shape parameter names, comma-separated in
    !> SciPy's order (SciPy's `dist.shapes`, "" when it has none; static string), `*n_shapes` their
    !> count and `*discrete` whether it is a discrete family (pmf instead of pdf, no scale).
    function sciport_stats_dist_family_c(name, shapes, n_shapes, discrete, err) &
        bind(C, name="sciport_stats_dist_family") result(status)
      import :: c_bool, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: name  ! C string or c_null_ptr
      type(c_ptr), intent(inout) :: shapes  ! receives a static C string
      integer(c_size_t), intent(inout) :: n_shapes
      logical(c_bool), intent(inout) :: discrete
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_family_c
    !> The probability density function, elementwise (`scipy.stats.<name>.pdf(x)` of the frozen
    !> distribution).
    function sciport_stats_dist_pdf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_pdf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_pdf_c
    !> The log of the probability density function, elementwise (`logpdf(x)` of the frozen
    !> distribution).
    function sciport_stats_dist_logpdf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_logpdf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_logpdf_c
    !> The probability mass function, elementwise (`pmf(k)` of the frozen distribution).
    function sciport_stats_dist_pmf_c(dist, k, out, err) &
        bind(C, name="sciport_stats_dist_pmf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: k
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_pmf_c
    !> The log of the probability mass function, elementwise (`logpmf(k)` of the frozen
    !> distribution).
    function sciport_stats_dist_logpmf_c(dist, k, out, err) &
        bind(C, name="sciport_stats_dist_logpmf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: k
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_logpmf_c
    !> The cumulative distribution function P(X <= x), elementwise (`cdf(x)` of the frozen
    !> distribution).
    function sciport_stats_dist_cdf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_cdf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_cdf_c
    !> The log of the cumulative distribution function, elementwise (`logcdf(x)` of the frozen
    !> distribution).
    function sciport_stats_dist_logcdf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_logcdf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_logcdf_c
    !> The survival function P(X > x) = 1 - cdf(x), computed directly where the family can,
    !> elementwise (`sf(x)` of the frozen distribution).
    function sciport_stats_dist_sf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_sf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_sf_c
    !> The log of the survival function, elementwise (`logsf(x)` of the frozen distribution).
    function sciport_stats_dist_logsf_c(dist, x, out, err) &
        bind(C, name="sciport_stats_dist_logsf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_logsf_c
    !> The percent point function (inverse of cdf): for a discrete family the smallest k with
    !> cdf(k) >= q, elementwise (`ppf(q)` of the frozen distribution).
    function sciport_stats_dist_ppf_c(dist, q, out, err) &
        bind(C, name="sciport_stats_dist_ppf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: q
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_ppf_c
    !> The inverse survival function (inverse of sf), elementwise (`isf(q)` of the frozen
    !> distribution).
    function sciport_stats_dist_isf_c(dist, q, out, err) &
        bind(C, name="sciport_stats_dist_isf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(sciport_ndarray), intent(in) :: q
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_isf_c
    !> The mean of the frozen distribution (`mean()`); NaN for invalid parameters, inf or NaN where
    !> SciPy's is (e.g. cauchy: NaN).
    function sciport_stats_dist_mean_c(dist, out, err) &
        bind(C, name="sciport_stats_dist_mean") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_mean_c
    !> The variance of the frozen distribution (`var()`); NaN for invalid parameters, inf or NaN
    !> where SciPy's is.
    function sciport_stats_dist_var_c(dist, out, err) &
        bind(C, name="sciport_stats_dist_var") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_var_c
    !> The standard deviation, ?var of the frozen distribution (`std()`); NaN for invalid
    !> parameters, inf or NaN where SciPy's is.
    function sciport_stats_dist_std_c(dist, out, err) &
        bind(C, name="sciport_stats_dist_std") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_std_c
    !> The median, ppf(0.5) of the frozen distribution (`median()`); NaN for invalid parameters, as
    !> ppf.
    function sciport_stats_dist_median_c(dist, out, err) &
        bind(C, name="sciport_stats_dist_median") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_median_c
    !> The differential entropy (continuous; nats) or Shannon entropy (discrete) of the frozen
    !> distribution (`entropy()`); NaN for invalid parameters, -inf / inf where SciPy's is.
    function sciport_stats_dist_entropy_c(dist, out, err) &
        bind(C, name="sciport_stats_dist_entropy") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_entropy_c
    !> The non-central moment E[X^order] of the frozen distribution (`moment(order)`); 1 for order
    !> 0, NaN for invalid parameters, inf or NaN where the moment does not exist, as in SciPy.
    function sciport_stats_dist_moment_c(dist, order, out, err) &
        bind(C, name="sciport_stats_dist_moment") result(status)
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      integer(c_int64_t), value :: order
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_moment_c
    !> Mean, variance, Fisher skewness and excess kurtosis of the frozen distribution
    !> (`stats(moments="mvsk")`).
    function sciport_stats_dist_stats_c(dist, mean, var, skew, kurtosis, err) &
        bind(C, name="sciport_stats_dist_stats") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: mean
      real(c_double), intent(inout) :: var
      real(c_double), intent(inout) :: skew
      real(c_double), intent(inout) :: kurtosis
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_stats_c
    !> The interval with equal tail probabilities around the median holding `confidence` of the
    !> probability (`interval(confidence)`): `*lo = ppf((1 - confidence)/2)`, `*hi = ppf((1 +
    !> confidence)/2)`.
    function sciport_stats_dist_interval_c(dist, confidence, lo, hi, err) &
        bind(C, name="sciport_stats_dist_interval") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), value :: confidence
      real(c_double), intent(inout) :: lo
      real(c_double), intent(inout) :: hi
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_interval_c
    !> The support [lo, hi] of the frozen distribution after loc and scale (`support()`); NaN ends
    !> for invalid parameters, +-inf for unbounded ends.
    function sciport_stats_dist_support_c(dist, lo, hi, err) &
        bind(C, name="sciport_stats_dist_support") result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      real(c_double), intent(inout) :: lo
      real(c_double), intent(inout) :: hi
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_support_c
    !> SciPy's defaults for `fit`: method NULL ("MLE"), nothing fixed (NULL and NaN), SciPy's
    !> starting values (NULL and NaN).
    function sciport_stats_dist_fit_options_default() &
        bind(C, name="sciport_stats_dist_fit_options_default") result(o)
      import :: sciport_dist_fit_options
      type(sciport_dist_fit_options) :: o
    end function sciport_stats_dist_fit_options_default
    !> Fits continuous family `name` to the `n` values of `data` (`scipy.stats.<name>.fit(data,
    !> ...)`): maximum likelihood by default (SciPy's penalised negative log-likelihood minimised
    !> with Nelder-Mead from SciPy's starting values, or the family's closed form where SciPy has
    !> one), or the method of moments; parameters may be held fixed.
    function sciport_stats_dist_fit_c(name, data, n, options, shapes, n_shapes, loc, scale, err) &
        bind(C, name="sciport_stats_dist_fit") result(status)
      import :: sciport_dist_fit_options, c_double, c_int32_t, c_ptr, c_size_t
      type(c_ptr), value :: name  ! C string or c_null_ptr
      real(c_double), intent(in) :: data(*)
      integer(c_size_t), value :: n
      type(sciport_dist_fit_options), intent(in) :: options
      real(c_double), intent(inout) :: shapes(*)
      integer(c_size_t), value :: n_shapes
      real(c_double), intent(inout) :: loc
      real(c_double), intent(inout) :: scale
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_fit_c
    !> SciPy's defaults for `expect`: lb = ub = NaN (the support), conditional false, epsabs =
    !> epsrel = 1.49e-8, limit 50, maxcount 1000, tolerance 1e-10.
    function sciport_stats_dist_expect_options_default() &
        bind(C, name="sciport_stats_dist_expect_options_default") result(o)
      import :: sciport_dist_expect_options
      type(sciport_dist_expect_options) :: o
    end function sciport_stats_dist_expect_options_default
    !> The expected value E[func(X)] of the frozen distribution over [lb, ub] (`expect(func, lb=,
    !> ub=, conditional=)`): for a continuous family the sum of three `quad` integrals of func*pdf
    !> split at the 5% and 95% quantiles of the range, for a discrete one SciPy's summation outward
    !> from the median.
    function sciport_stats_dist_expect_c(dist, func, user_data, options, out, err) &
        bind(C, name="sciport_stats_dist_expect") result(status)
      import :: sciport_dist_expect_options, c_double, c_funptr, c_int32_t, c_ptr
      type(c_ptr), value :: dist  ! sciport_dist *
      type(c_funptr), value :: func  ! sciport_scalar_func or c_null_funptr
      type(c_ptr), value :: user_data  ! void *
      type(sciport_dist_expect_options), intent(in) :: options
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_stats_dist_expect_c
  end interface
  ! END GENERATED stats

  !> Address of the first element of a contiguous array, or c_null_ptr when empty.
  interface sciport_data_ptr
    module procedure data_ptr_c1, data_ptr_c2, data_ptr_r1, data_ptr_r2
  end interface sciport_data_ptr

  !> Signature shared by sciport_fft_fft and sciport_fft_ifft.
  abstract interface
    function c2c_1d_fn(x, n, axis, norm, workers, out, err) bind(C) result(status)
      import :: sciport_cndarray, c_int64_t, c_int32_t, c_ptr
      type(sciport_cndarray), intent(in) :: x
      integer(c_int64_t), value :: n, axis
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function c2c_1d_fn
    !> Signature shared by sciport_fft_fft2 and sciport_fft_ifft2.
    function c2c_nd_fn(x, s, s_len, axes, axes_len, norm, workers, out, err) bind(C) result(status)
      import :: sciport_cndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_cndarray), intent(in) :: x
      type(c_ptr), value :: s
      integer(c_size_t), value :: s_len
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: norm
      integer(c_int32_t), value :: workers
      type(sciport_cndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function c2c_nd_fn
  end interface
  private :: c2c_1d_fn, c2c_nd_fn

  public :: sciport_c_string, sciport_fft_1d, sciport_ifft_1d, sciport_rfft_1d, &
      sciport_irfft_1d, sciport_dct_1d, sciport_idct_1d, sciport_fft2_2d, sciport_ifft2_2d, &
      sciport_root_scalar, sciport_minimize_scalar
  private :: to_c_string, c_string_ptr, finish, run_c2c_1d, run_c2c_2d, run_dct_1d, n_arg, &
      data_ptr_c1, data_ptr_c2, data_ptr_r1, data_ptr_r2

  !> scipy.linalg.solve: b and x are matrices b(n, k) or vectors b(n).
  interface sciport_linalg_solve
    module procedure linalg_solve_2d, linalg_solve_1d, linalg_solve_complex_2d, linalg_solve_complex_1d
  end interface sciport_linalg_solve
  !> scipy.linalg.solve_triangular: b and x are matrices or vectors.
  interface sciport_linalg_solve_triangular
    module procedure linalg_solve_triangular_2d, linalg_solve_triangular_1d
  end interface sciport_linalg_solve_triangular
  !> scipy.linalg.lu_solve: b and x are matrices or vectors.
  interface sciport_linalg_lu_solve
    module procedure linalg_lu_solve_2d, linalg_lu_solve_1d, linalg_lu_solve_complex_2d, &
        linalg_lu_solve_complex_1d
  end interface sciport_linalg_lu_solve
  !> scipy.linalg.cho_solve: b and x are matrices or vectors.
  interface sciport_linalg_cho_solve
    module procedure linalg_cho_solve_2d, linalg_cho_solve_1d, linalg_cho_solve_complex_2d, &
        linalg_cho_solve_complex_1d
  end interface sciport_linalg_cho_solve

  !> scipy.linalg.lstsq: b and x are matrices b(m, k), x(n, k) or vectors.
  interface sciport_linalg_lstsq
    module procedure linalg_lstsq_2d, linalg_lstsq_1d
  end interface sciport_linalg_lstsq
  !> scipy.linalg.norm: of a matrix a(m, n) (character ord) or of a vector
  !> x(n) (real ord; the specific sciport_linalg_vector_norm).
  interface sciport_linalg_norm
    module procedure linalg_norm_2d, sciport_linalg_vector_norm
  end interface sciport_linalg_norm

  !> scipy.linalg.solve_banded: b and x are matrices b(n, k) or vectors b(n).
  interface sciport_linalg_solve_banded
    module procedure linalg_solve_banded_2d, linalg_solve_banded_1d
  end interface sciport_linalg_solve_banded
  !> scipy.linalg.solveh_banded: b and x are matrices or vectors.
  interface sciport_linalg_solveh_banded
    module procedure linalg_solveh_banded_2d, linalg_solveh_banded_1d
  end interface sciport_linalg_solveh_banded
  !> scipy.linalg.solve_toeplitz: b and x are matrices or vectors.
  interface sciport_linalg_solve_toeplitz
    module procedure linalg_solve_toeplitz_2d, linalg_solve_toeplitz_1d
  end interface sciport_linalg_solve_toeplitz
  !> scipy.linalg.solve_circulant: b and x are matrices or vectors.
  interface sciport_linalg_solve_circulant
    module procedure linalg_solve_circulant_2d, linalg_solve_circulant_1d
  end interface sciport_linalg_solve_circulant

  !> scipy.linalg.eig: w(n) (w(2n) flat with homogeneous_eigvals) or w(2, n), SciPy's
  !> homogeneous (2, n) array [alpha; beta].
  interface sciport_linalg_eig
    module procedure linalg_eig_1d, linalg_eig_2d, linalg_eig_complex_1d, linalg_eig_complex_2d
  end interface sciport_linalg_eig
  !> scipy.linalg.eigvals: w(n) (w(2n) flat with homogeneous_eigvals) or w(2, n).
  interface sciport_linalg_eigvals
    module procedure linalg_eigvals_1d, linalg_eigvals_2d, linalg_eigvals_complex_1d, &
        linalg_eigvals_complex_2d
  end interface sciport_linalg_eigvals

  ! Generic SciPy names over real(c_double) and complex(c_double_complex) arrays
  ! (the specific is chosen by the type of `a`).
  !> scipy.linalg.inv (real or complex a).
  interface sciport_linalg_inv
    module procedure linalg_inv_real, linalg_inv_complex
  end interface sciport_linalg_inv
  !> scipy.linalg.det (real a: real det; complex a: complex det).
  interface sciport_linalg_det
    module procedure linalg_det_real, linalg_det_complex
  end interface sciport_linalg_det
  !> scipy.linalg.lu_factor (real or complex a and lu).
  interface sciport_linalg_lu_factor
    module procedure linalg_lu_factor_real, linalg_lu_factor_complex
  end interface sciport_linalg_lu_factor
  !> scipy.linalg.lu (real or complex a, l, u, p).
  interface sciport_linalg_lu
    module procedure linalg_lu_real, linalg_lu_complex
  end interface sciport_linalg_lu
  !> scipy.linalg.cho_factor (real symmetric or complex Hermitian a).
  interface sciport_linalg_cho_factor
    module procedure linalg_cho_factor_real, linalg_cho_factor_complex
  end interface sciport_linalg_cho_factor
  !> scipy.linalg.cholesky (real symmetric or complex Hermitian a).
  interface sciport_linalg_cholesky
    module procedure linalg_cholesky_real, linalg_cholesky_complex
  end interface sciport_linalg_cholesky
  !> scipy.linalg.qr (real or complex a, q, r).
  interface sciport_linalg_qr
    module procedure linalg_qr_real, linalg_qr_complex
  end interface sciport_linalg_qr
  !> scipy.linalg.svd (real or complex a, u, vh; s real).
  interface sciport_linalg_svd
    module procedure linalg_svd_real, linalg_svd_complex
  end interface sciport_linalg_svd
  !> scipy.linalg.svdvals (real or complex a; s real).
  interface sciport_linalg_svdvals
    module procedure linalg_svdvals_real, linalg_svdvals_complex
  end interface sciport_linalg_svdvals
  !> scipy.linalg.eigh (real symmetric or complex Hermitian a; w real).
  interface sciport_linalg_eigh
    module procedure linalg_eigh_real, linalg_eigh_complex
  end interface sciport_linalg_eigh
  !> scipy.linalg.eigvalsh (real symmetric or complex Hermitian a; w real).
  interface sciport_linalg_eigvalsh
    module procedure linalg_eigvalsh_real, linalg_eigvalsh_complex
  end interface sciport_linalg_eigvalsh
  !> scipy.linalg.expm (real or complex a).
  interface sciport_linalg_expm
    module procedure linalg_expm_real, linalg_expm_complex
  end interface sciport_linalg_expm
  private :: linalg_inv_real, linalg_inv_complex, linalg_det_real, linalg_det_complex, &
      linalg_lu_factor_real, linalg_lu_factor_complex, linalg_lu_real, linalg_lu_complex, &
      linalg_cho_factor_real, linalg_cho_factor_complex, linalg_cholesky_real, linalg_cholesky_complex, &
      linalg_qr_real, linalg_qr_complex, linalg_svd_real, linalg_svd_complex, linalg_svdvals_real, &
      linalg_svdvals_complex, linalg_eigh_real, linalg_eigh_complex, linalg_eigvalsh_real, &
      linalg_eigvalsh_complex, linalg_expm_real, linalg_expm_complex, ccol_view, run_solve_complex, &
      linalg_solve_complex_2d, linalg_solve_complex_1d, run_lu_solve_complex, linalg_lu_solve_complex_2d, &
      linalg_lu_solve_complex_1d, run_cho_solve_complex, linalg_cho_solve_complex_2d, &
      linalg_cho_solve_complex_1d, run_eig_complex, linalg_eig_complex_1d, linalg_eig_complex_2d, &
      linalg_eigvals_complex_1d, linalg_eigvals_complex_2d
  !> scipy.linalg.schur: real a with real t, z (output='real'), real a with complex
  !> t, z (output='complex', a converted as SciPy does) or complex a, t, z.
  interface sciport_linalg_schur
    module procedure linalg_schur_real, linalg_schur_real_complex, linalg_schur_complex
  end interface sciport_linalg_schur
  !> scipy.linalg.sqrtm (real a: complex root plus is_real; complex a).
  interface sciport_linalg_sqrtm
    module procedure linalg_sqrtm_real, linalg_sqrtm_complex
  end interface sciport_linalg_sqrtm
  !> scipy.linalg.logm (real a: complex logarithm plus is_real; complex a), with errest.
  interface sciport_linalg_logm
    module procedure linalg_logm_real, linalg_logm_complex
  end interface sciport_linalg_logm
  !> sciport_matfunc_warning: sqrtm's `warning` (SciPy's LinAlgWarning).
  integer, parameter, public :: SCIPORT_MATFUNC_OK = 0, SCIPORT_MATFUNC_SINGULAR = 1, &
      SCIPORT_MATFUNC_ILL_CONDITIONED = 2
  !> sciport_logm_warning: logm's `warning` (SciPy's LogmRankWarning): _EXACTLY_SINGULAR is
  !> "The logm input matrix is exactly singular.", _NEARLY_SINGULAR "The logm input matrix
  !> may be nearly singular.".
  integer, parameter, public :: SCIPORT_LOGM_OK = 0, SCIPORT_LOGM_EXACTLY_SINGULAR = 1, &
      SCIPORT_LOGM_NEARLY_SINGULAR = 2
  public :: sciport_linalg_schur, sciport_linalg_sqrtm, sciport_linalg_logm, sciport_linalg_solve_sylvester, &
      sciport_linalg_solve_continuous_lyapunov, sciport_linalg_solve_discrete_lyapunov, &
      sciport_linalg_solve_continuous_are, sciport_linalg_solve_discrete_are
  private :: linalg_schur_real, linalg_schur_real_complex, linalg_schur_complex, run_are, &
      linalg_sqrtm_real, linalg_sqrtm_complex, linalg_logm_real, linalg_logm_complex, finish_matfunc

  public :: sciport_linalg_solve, sciport_linalg_solve_triangular, sciport_linalg_lu_factor, &
      sciport_linalg_lu, sciport_linalg_lu_solve, sciport_linalg_cho_factor, sciport_linalg_cho_solve, &
      sciport_linalg_cholesky, sciport_linalg_inv, sciport_linalg_det, sciport_linalg_svd, &
      sciport_linalg_svdvals, sciport_linalg_eigh, sciport_linalg_eigvalsh, &
      sciport_linalg_eig, sciport_linalg_eigvals, sciport_linalg_hessenberg, sciport_linalg_polar, &
      sciport_linalg_expm, sciport_linalg_ldl, sciport_linalg_qr, sciport_linalg_qr_raw, sciport_linalg_rq, sciport_linalg_lstsq, &
      sciport_linalg_pinv, sciport_linalg_matrix_rank, sciport_linalg_null_space, &
      sciport_linalg_orth, sciport_linalg_norm, sciport_linalg_vector_norm, &
      sciport_linalg_solve_banded, sciport_linalg_solveh_banded, sciport_linalg_solve_toeplitz, &
      sciport_linalg_solve_circulant, sciport_linalg_toeplitz, sciport_linalg_circulant, &
      sciport_linalg_hilbert, sciport_linalg_kron, sciport_linalg_block_diag
  private :: mat_view, col_view, opt_bool, opt_trans, eigh_options, run_solve, &
      run_solve_triangular, run_lu_solve, run_cho_solve, run_eigh, linalg_solve_2d, &
      linalg_solve_1d, linalg_solve_triangular_2d, linalg_solve_triangular_1d, linalg_lu_solve_2d, &
      linalg_lu_solve_1d, linalg_cho_solve_2d, linalg_cho_solve_1d, opt_real, opt_piv, &
      mode_string, run_lstsq, linalg_lstsq_2d, linalg_lstsq_1d, linalg_norm_2d, vec_view, &
      run_solve_banded, linalg_solve_banded_2d, linalg_solve_banded_1d, run_solveh_banded, &
      linalg_solveh_banded_2d, linalg_solveh_banded_1d, run_solve_toeplitz, linalg_solve_toeplitz_2d, &
      linalg_solve_toeplitz_1d, run_solve_circulant, linalg_solve_circulant_2d, linalg_solve_circulant_1d, &
      cmat_view, run_eig, homogeneous_shape, linalg_eig_1d, linalg_eig_2d, linalg_eigvals_1d, linalg_eigvals_2d


  ! ---- scipy.special ----------------------------------------------------------
  ! `call sciport_special_<name>(x[, y], out, status[, errmsg])` for SciPy's
  ! special functions (elementwise): each argument and `out` may be a scalar,
  ! a vector or a matrix (contiguous, column-major; passed without copies);
  ! with two arguments, both have out's rank or one is a scalar. Shapes follow
  ! NumPy's broadcasting of the logical arrays (x(i, j) is NumPy's a[i-1, j-1]).
  ! Domain errors are NaN / Inf values in `out`, not a status; a shape that
  ! does not broadcast to out's is SCIPORT_ERR_DIMENSION_MISMATCH.

  !> The C signature of a one-argument special function.
  abstract interface
    function special_ufunc1(x, out, err) bind(C) result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function special_ufunc1
    !> The C signature of a two-argument special function.
    function special_ufunc2(x, y, out, err) bind(C) result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function special_ufunc2
    !> The C signature of a three-argument special function.
    function special_ufunc3(x, y, z, out, err) bind(C) result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, z, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function special_ufunc3
  end interface

  interface special_ptr
    module procedure special_ptr_r0, special_ptr_r1, special_ptr_r2
  end interface special_ptr
  interface special_shape
    module procedure special_shape_r0, special_shape_r1, special_shape_r2
  end interface special_shape
  private :: special_ufunc1, special_ufunc2, special_ufunc3, special_ptr, special_shape, &
      run_special1, run_special2, run_special3, special_ptr_r0, special_ptr_r1, special_ptr_r2, special_shape_r0, &
      special_shape_r1, special_shape_r2, special_view_layout

  ! scipy.special's reductions over axes (not ufuncs): logsumexp, softmax and
  ! log_softmax. `call sciport_special_logsumexp(a, value, status[, b, sign, errmsg])`
  ! reduces a vector or a whole matrix to one value; with a matrix,
  ! `call sciport_special_logsumexp(a, dim, values, status[, b, sign, errmsg])`
  ! reduces along dimension `dim` (1-based, as SUM(a, dim): dim = 1 gives one
  ! value per column). `call sciport_special_softmax(x, out, status[, dim, errmsg])`
  ! (also log_softmax) normalises over every element, or along `dim` of a matrix.
  ! Arrays are contiguous and passed without copies.

  !> The C functions of the reductions (C views; see sciport.h): `axes` NULL with
  !> `axes_len` 0 is SciPy's axis=None; `b` NULL is b=None; `sign` NULL is
  !> return_sign=False.
  interface
    !> scipy.special.logsumexp(a, axis, b, keepdims, return_sign) (see sciport.h).
    function sciport_special_logsumexp_c(a, axes, axes_len, b, out, sign, err) &
        bind(C, name="sciport_special_logsumexp") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: a
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(c_ptr), value :: b
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), value :: sign
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_logsumexp_c
    !> scipy.special.softmax(x, axis) (see sciport.h).
    function sciport_special_softmax_c(x, axes, axes_len, out, err) &
        bind(C, name="sciport_special_softmax") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_softmax_c
    !> scipy.special.log_softmax(x, axis) (see sciport.h).
    function sciport_special_log_softmax_c(x, axes, axes_len, out, err) &
        bind(C, name="sciport_special_log_softmax") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_log_softmax_c
  end interface

  !> The C signature shared by softmax and log_softmax.
  abstract interface
    function special_group_fn(x, axes, axes_len, out, err) bind(C) result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr, c_size_t
      type(sciport_ndarray), intent(in) :: x
      type(c_ptr), value :: axes
      integer(c_size_t), value :: axes_len
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function special_group_fn
  end interface

  !> scipy.special.logsumexp: `call sciport_special_logsumexp(a, value, status[, b, sign, errmsg])`
  !> (a vector or a matrix, every element) or `(a, dim, values, status[, b, sign, errmsg])`.
  interface sciport_special_logsumexp
    module procedure special_logsumexp_r1, special_logsumexp_r2, special_logsumexp_r2_dim
  end interface sciport_special_logsumexp
  !> scipy.special.softmax: `call sciport_special_softmax(x, out, status[, dim, errmsg])`.
  interface sciport_special_softmax
    module procedure special_softmax_r1, special_softmax_r2
  end interface sciport_special_softmax
  !> scipy.special.log_softmax: `call sciport_special_log_softmax(x, out, status[, dim, errmsg])`.
  interface sciport_special_log_softmax
    module procedure special_log_softmax_r1, special_log_softmax_r2
  end interface sciport_special_log_softmax
  private :: special_group_fn, special_logsumexp_r1, special_logsumexp_r2, &
      special_logsumexp_r2_dim, special_softmax_r1, special_softmax_r2, special_log_softmax_r1, &
      special_log_softmax_r2, run_logsumexp, run_group_map, special_dim_axis

  ! BEGIN GENERATED special interfaces: generated by bindings/gen_special.py from include/sciport.h; do not edit by hand
  interface
    !> scipy.special.erf(x) elementwise (C views; see sciport.h).
    function sciport_special_erf_c(x, out, err) &
        bind(C, name="sciport_special_erf") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_erf_c
    !> scipy.special.erfc(x) elementwise (C views; see sciport.h).
    function sciport_special_erfc_c(x, out, err) &
        bind(C, name="sciport_special_erfc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_erfc_c
    !> scipy.special.erfcx(x) elementwise (C views; see sciport.h).
    function sciport_special_erfcx_c(x, out, err) &
        bind(C, name="sciport_special_erfcx") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_erfcx_c
    !> scipy.special.erfinv(x) elementwise (C views; see sciport.h).
    function sciport_special_erfinv_c(x, out, err) &
        bind(C, name="sciport_special_erfinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_erfinv_c
    !> scipy.special.erfcinv(x) elementwise (C views; see sciport.h).
    function sciport_special_erfcinv_c(x, out, err) &
        bind(C, name="sciport_special_erfcinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_erfcinv_c
    !> scipy.special.ndtr(x) elementwise (C views; see sciport.h).
    function sciport_special_ndtr_c(x, out, err) &
        bind(C, name="sciport_special_ndtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ndtr_c
    !> scipy.special.log_ndtr(x) elementwise (C views; see sciport.h).
    function sciport_special_log_ndtr_c(x, out, err) &
        bind(C, name="sciport_special_log_ndtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_log_ndtr_c
    !> scipy.special.ndtri(x) elementwise (C views; see sciport.h).
    function sciport_special_ndtri_c(x, out, err) &
        bind(C, name="sciport_special_ndtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ndtri_c
    !> scipy.special.ndtri_exp(x) elementwise (C views; see sciport.h).
    function sciport_special_ndtri_exp_c(x, out, err) &
        bind(C, name="sciport_special_ndtri_exp") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ndtri_exp_c
    !> scipy.special.expit(x) elementwise (C views; see sciport.h).
    function sciport_special_expit_c(x, out, err) &
        bind(C, name="sciport_special_expit") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_expit_c
    !> scipy.special.logit(x) elementwise (C views; see sciport.h).
    function sciport_special_logit_c(x, out, err) &
        bind(C, name="sciport_special_logit") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_logit_c
    !> scipy.special.log_expit(x) elementwise (C views; see sciport.h).
    function sciport_special_log_expit_c(x, out, err) &
        bind(C, name="sciport_special_log_expit") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_log_expit_c
    !> scipy.special.log1p(x) elementwise (C views; see sciport.h).
    function sciport_special_log1p_c(x, out, err) &
        bind(C, name="sciport_special_log1p") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_log1p_c
    !> scipy.special.expm1(x) elementwise (C views; see sciport.h).
    function sciport_special_expm1_c(x, out, err) &
        bind(C, name="sciport_special_expm1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_expm1_c
    !> scipy.special.xlogy(x, y) elementwise (C views; see sciport.h).
    function sciport_special_xlogy_c(x, y, out, err) &
        bind(C, name="sciport_special_xlogy") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_xlogy_c
    !> scipy.special.xlog1py(x, y) elementwise (C views; see sciport.h).
    function sciport_special_xlog1py_c(x, y, out, err) &
        bind(C, name="sciport_special_xlog1py") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_xlog1py_c
    !> scipy.special.boxcox(x, lmbda) elementwise (C views; see sciport.h).
    function sciport_special_boxcox_c(x, lmbda, out, err) &
        bind(C, name="sciport_special_boxcox") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, lmbda, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_boxcox_c
    !> scipy.special.inv_boxcox(y, lmbda) elementwise (C views; see sciport.h).
    function sciport_special_inv_boxcox_c(y, lmbda, out, err) &
        bind(C, name="sciport_special_inv_boxcox") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: y, lmbda, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_inv_boxcox_c
    !> scipy.special.entr(x) elementwise (C views; see sciport.h).
    function sciport_special_entr_c(x, out, err) &
        bind(C, name="sciport_special_entr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_entr_c
    !> scipy.special.rel_entr(x, y) elementwise (C views; see sciport.h).
    function sciport_special_rel_entr_c(x, y, out, err) &
        bind(C, name="sciport_special_rel_entr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_rel_entr_c
    !> scipy.special.kl_div(x, y) elementwise (C views; see sciport.h).
    function sciport_special_kl_div_c(x, y, out, err) &
        bind(C, name="sciport_special_kl_div") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_kl_div_c
    !> scipy.special.huber(delta, r) elementwise (C views; see sciport.h).
    function sciport_special_huber_c(delta, r, out, err) &
        bind(C, name="sciport_special_huber") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: delta, r, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_huber_c
    !> scipy.special.pseudo_huber(delta, r) elementwise (C views; see sciport.h).
    function sciport_special_pseudo_huber_c(delta, r, out, err) &
        bind(C, name="sciport_special_pseudo_huber") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: delta, r, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_pseudo_huber_c
    !> scipy.special.gamma(x) elementwise (C views; see sciport.h).
    function sciport_special_gamma_c(x, out, err) &
        bind(C, name="sciport_special_gamma") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gamma_c
    !> scipy.special.gammaln(x) elementwise (C views; see sciport.h).
    function sciport_special_gammaln_c(x, out, err) &
        bind(C, name="sciport_special_gammaln") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammaln_c
    !> scipy.special.loggamma(x) elementwise (C views; see sciport.h).
    function sciport_special_loggamma_c(x, out, err) &
        bind(C, name="sciport_special_loggamma") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_loggamma_c
    !> scipy.special.gammasgn(x) elementwise (C views; see sciport.h).
    function sciport_special_gammasgn_c(x, out, err) &
        bind(C, name="sciport_special_gammasgn") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammasgn_c
    !> scipy.special.rgamma(x) elementwise (C views; see sciport.h).
    function sciport_special_rgamma_c(x, out, err) &
        bind(C, name="sciport_special_rgamma") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_rgamma_c
    !> scipy.special.digamma(x) elementwise (C views; see sciport.h).
    function sciport_special_digamma_c(x, out, err) &
        bind(C, name="sciport_special_digamma") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_digamma_c
    !> scipy.special.polygamma(n, x) elementwise (C views; see sciport.h).
    function sciport_special_polygamma_c(n, x, out, err) &
        bind(C, name="sciport_special_polygamma") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_polygamma_c
    !> scipy.special.gammainc(a, x) elementwise (C views; see sciport.h).
    function sciport_special_gammainc_c(a, x, out, err) &
        bind(C, name="sciport_special_gammainc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammainc_c
    !> scipy.special.gammaincc(a, x) elementwise (C views; see sciport.h).
    function sciport_special_gammaincc_c(a, x, out, err) &
        bind(C, name="sciport_special_gammaincc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammaincc_c
    !> scipy.special.gammaincinv(a, y) elementwise (C views; see sciport.h).
    function sciport_special_gammaincinv_c(a, y, out, err) &
        bind(C, name="sciport_special_gammaincinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammaincinv_c
    !> scipy.special.gammainccinv(a, y) elementwise (C views; see sciport.h).
    function sciport_special_gammainccinv_c(a, y, out, err) &
        bind(C, name="sciport_special_gammainccinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_gammainccinv_c
    !> scipy.special.beta(a, b) elementwise (C views; see sciport.h).
    function sciport_special_beta_c(a, b, out, err) &
        bind(C, name="sciport_special_beta") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_beta_c
    !> scipy.special.betaln(a, b) elementwise (C views; see sciport.h).
    function sciport_special_betaln_c(a, b, out, err) &
        bind(C, name="sciport_special_betaln") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_betaln_c
    !> scipy.special.binom(n, k) elementwise (C views; see sciport.h).
    function sciport_special_binom_c(n, k, out, err) &
        bind(C, name="sciport_special_binom") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, k, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_binom_c
    !> scipy.special.perm(N, k) elementwise (C views; see sciport.h).
    function sciport_special_perm_c(N, k, out, err) &
        bind(C, name="sciport_special_perm") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: N, k, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_perm_c
    !> scipy.special.factorial(n) elementwise (C views; see sciport.h).
    function sciport_special_factorial_c(n, out, err) &
        bind(C, name="sciport_special_factorial") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_factorial_c
    !> scipy.special.factorial2(n) elementwise (C views; see sciport.h).
    function sciport_special_factorial2_c(n, out, err) &
        bind(C, name="sciport_special_factorial2") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_factorial2_c
    !> scipy.special.betainc(a, b, x) elementwise (C views; see sciport.h).
    function sciport_special_betainc_c(a, b, x, out, err) &
        bind(C, name="sciport_special_betainc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_betainc_c
    !> scipy.special.betaincc(a, b, x) elementwise (C views; see sciport.h).
    function sciport_special_betaincc_c(a, b, x, out, err) &
        bind(C, name="sciport_special_betaincc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_betaincc_c
    !> scipy.special.betaincinv(a, b, p) elementwise (C views; see sciport.h).
    function sciport_special_betaincinv_c(a, b, p, out, err) &
        bind(C, name="sciport_special_betaincinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_betaincinv_c
    !> scipy.special.betainccinv(a, b, q) elementwise (C views; see sciport.h).
    function sciport_special_betainccinv_c(a, b, q, out, err) &
        bind(C, name="sciport_special_betainccinv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: a, b, q, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_betainccinv_c
    !> scipy.special.chdtr(v, x) elementwise (C views; see sciport.h).
    function sciport_special_chdtr_c(v, x, out, err) &
        bind(C, name="sciport_special_chdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_chdtr_c
    !> scipy.special.chdtrc(v, x) elementwise (C views; see sciport.h).
    function sciport_special_chdtrc_c(v, x, out, err) &
        bind(C, name="sciport_special_chdtrc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_chdtrc_c
    !> scipy.special.chdtri(v, p) elementwise (C views; see sciport.h).
    function sciport_special_chdtri_c(v, p, out, err) &
        bind(C, name="sciport_special_chdtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_chdtri_c
    !> scipy.special.pdtr(k, m) elementwise (C views; see sciport.h).
    function sciport_special_pdtr_c(k, m, out, err) &
        bind(C, name="sciport_special_pdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_pdtr_c
    !> scipy.special.pdtrc(k, m) elementwise (C views; see sciport.h).
    function sciport_special_pdtrc_c(k, m, out, err) &
        bind(C, name="sciport_special_pdtrc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_pdtrc_c
    !> scipy.special.pdtri(k, y) elementwise (C views; see sciport.h).
    function sciport_special_pdtri_c(k, y, out, err) &
        bind(C, name="sciport_special_pdtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_pdtri_c
    !> scipy.special.stdtr(df, t) elementwise (C views; see sciport.h).
    function sciport_special_stdtr_c(df, t, out, err) &
        bind(C, name="sciport_special_stdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: df, t, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_stdtr_c
    !> scipy.special.stdtrit(df, p) elementwise (C views; see sciport.h).
    function sciport_special_stdtrit_c(df, p, out, err) &
        bind(C, name="sciport_special_stdtrit") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: df, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_stdtrit_c
    !> scipy.special.fdtr(dfn, dfd, x) elementwise (C views; see sciport.h).
    function sciport_special_fdtr_c(dfn, dfd, x, out, err) &
        bind(C, name="sciport_special_fdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: dfn, dfd, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_fdtr_c
    !> scipy.special.fdtrc(dfn, dfd, x) elementwise (C views; see sciport.h).
    function sciport_special_fdtrc_c(dfn, dfd, x, out, err) &
        bind(C, name="sciport_special_fdtrc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: dfn, dfd, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_fdtrc_c
    !> scipy.special.fdtri(dfn, dfd, p) elementwise (C views; see sciport.h).
    function sciport_special_fdtri_c(dfn, dfd, p, out, err) &
        bind(C, name="sciport_special_fdtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: dfn, dfd, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_fdtri_c
    !> scipy.special.bdtr(k, n, p) elementwise (C views; see sciport.h).
    function sciport_special_bdtr_c(k, n, p, out, err) &
        bind(C, name="sciport_special_bdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_bdtr_c
    !> scipy.special.bdtrc(k, n, p) elementwise (C views; see sciport.h).
    function sciport_special_bdtrc_c(k, n, p, out, err) &
        bind(C, name="sciport_special_bdtrc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_bdtrc_c
    !> scipy.special.bdtri(k, n, y) elementwise (C views; see sciport.h).
    function sciport_special_bdtri_c(k, n, y, out, err) &
        bind(C, name="sciport_special_bdtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_bdtri_c
    !> scipy.special.nbdtr(k, n, p) elementwise (C views; see sciport.h).
    function sciport_special_nbdtr_c(k, n, p, out, err) &
        bind(C, name="sciport_special_nbdtr") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_nbdtr_c
    !> scipy.special.nbdtrc(k, n, p) elementwise (C views; see sciport.h).
    function sciport_special_nbdtrc_c(k, n, p, out, err) &
        bind(C, name="sciport_special_nbdtrc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_nbdtrc_c
    !> scipy.special.nbdtri(k, n, y) elementwise (C views; see sciport.h).
    function sciport_special_nbdtri_c(k, n, y, out, err) &
        bind(C, name="sciport_special_nbdtri") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: k, n, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_nbdtri_c
    !> scipy.special.ellipk(m) elementwise (C views; see sciport.h).
    function sciport_special_ellipk_c(m, out, err) &
        bind(C, name="sciport_special_ellipk") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ellipk_c
    !> scipy.special.ellipkm1(p) elementwise (C views; see sciport.h).
    function sciport_special_ellipkm1_c(p, out, err) &
        bind(C, name="sciport_special_ellipkm1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ellipkm1_c
    !> scipy.special.ellipe(m) elementwise (C views; see sciport.h).
    function sciport_special_ellipe_c(m, out, err) &
        bind(C, name="sciport_special_ellipe") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ellipe_c
    !> scipy.special.ellipkinc(phi, m) elementwise (C views; see sciport.h).
    function sciport_special_ellipkinc_c(phi, m, out, err) &
        bind(C, name="sciport_special_ellipkinc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: phi, m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ellipkinc_c
    !> scipy.special.ellipeinc(phi, m) elementwise (C views; see sciport.h).
    function sciport_special_ellipeinc_c(phi, m, out, err) &
        bind(C, name="sciport_special_ellipeinc") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: phi, m, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ellipeinc_c
    !> scipy.special.lambertw(x, k) elementwise (C views; see sciport.h).
    function sciport_special_lambertw_c(x, k, out, err) &
        bind(C, name="sciport_special_lambertw") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, k, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_lambertw_c
    !> scipy.special.zeta(x, q) elementwise (C views; see sciport.h).
    function sciport_special_zeta_c(x, q, out, err) &
        bind(C, name="sciport_special_zeta") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, q, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_zeta_c
    !> scipy.special.riemann_zeta(x) elementwise (C views; see sciport.h).
    function sciport_special_riemann_zeta_c(x, out, err) &
        bind(C, name="sciport_special_riemann_zeta") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_riemann_zeta_c
    !> scipy.special.zetac(x) elementwise (C views; see sciport.h).
    function sciport_special_zetac_c(x, out, err) &
        bind(C, name="sciport_special_zetac") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_zetac_c
    !> scipy.special.kolmogorov(y) elementwise (C views; see sciport.h).
    function sciport_special_kolmogorov_c(y, out, err) &
        bind(C, name="sciport_special_kolmogorov") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_kolmogorov_c
    !> scipy.special.kolmogi(p) elementwise (C views; see sciport.h).
    function sciport_special_kolmogi_c(p, out, err) &
        bind(C, name="sciport_special_kolmogi") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_kolmogi_c
    !> scipy.special.exprel(x) elementwise (C views; see sciport.h).
    function sciport_special_exprel_c(x, out, err) &
        bind(C, name="sciport_special_exprel") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_exprel_c
    !> scipy.special.cosm1(x) elementwise (C views; see sciport.h).
    function sciport_special_cosm1_c(x, out, err) &
        bind(C, name="sciport_special_cosm1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_cosm1_c
    !> scipy.special.powm1(x, y) elementwise (C views; see sciport.h).
    function sciport_special_powm1_c(x, y, out, err) &
        bind(C, name="sciport_special_powm1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, y, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_powm1_c
    !> scipy.special.exp2(x) elementwise (C views; see sciport.h).
    function sciport_special_exp2_c(x, out, err) &
        bind(C, name="sciport_special_exp2") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_exp2_c
    !> scipy.special.exp10(x) elementwise (C views; see sciport.h).
    function sciport_special_exp10_c(x, out, err) &
        bind(C, name="sciport_special_exp10") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_exp10_c
    !> scipy.special.cbrt(x) elementwise (C views; see sciport.h).
    function sciport_special_cbrt_c(x, out, err) &
        bind(C, name="sciport_special_cbrt") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_cbrt_c
    !> scipy.special.round(x) elementwise (C views; see sciport.h).
    function sciport_special_round_c(x, out, err) &
        bind(C, name="sciport_special_round") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_round_c
    !> scipy.special.sindg(x) elementwise (C views; see sciport.h).
    function sciport_special_sindg_c(x, out, err) &
        bind(C, name="sciport_special_sindg") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_sindg_c
    !> scipy.special.cosdg(x) elementwise (C views; see sciport.h).
    function sciport_special_cosdg_c(x, out, err) &
        bind(C, name="sciport_special_cosdg") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_cosdg_c
    !> scipy.special.tandg(x) elementwise (C views; see sciport.h).
    function sciport_special_tandg_c(x, out, err) &
        bind(C, name="sciport_special_tandg") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_tandg_c
    !> scipy.special.cotdg(x) elementwise (C views; see sciport.h).
    function sciport_special_cotdg_c(x, out, err) &
        bind(C, name="sciport_special_cotdg") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_cotdg_c
    !> scipy.special.radian(d, m, s) elementwise (C views; see sciport.h).
    function sciport_special_radian_c(d, m, s, out, err) &
        bind(C, name="sciport_special_radian") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: d, m, s, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_radian_c
    !> scipy.special.owens_t(h, a) elementwise (C views; see sciport.h).
    function sciport_special_owens_t_c(h, a, out, err) &
        bind(C, name="sciport_special_owens_t") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: h, a, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_owens_t_c
    !> scipy.special.smirnov(n, d) elementwise (C views; see sciport.h).
    function sciport_special_smirnov_c(n, d, out, err) &
        bind(C, name="sciport_special_smirnov") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, d, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_smirnov_c
    !> scipy.special.smirnovi(n, p) elementwise (C views; see sciport.h).
    function sciport_special_smirnovi_c(n, p, out, err) &
        bind(C, name="sciport_special_smirnovi") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: n, p, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_smirnovi_c
    !> scipy.special.jv(v, x) elementwise (C views; see sciport.h).
    function sciport_special_jv_c(v, x, out, err) &
        bind(C, name="sciport_special_jv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_jv_c
    !> scipy.special.yv(v, x) elementwise (C views; see sciport.h).
    function sciport_special_yv_c(v, x, out, err) &
        bind(C, name="sciport_special_yv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_yv_c
    !> scipy.special.j0(x) elementwise (C views; see sciport.h).
    function sciport_special_j0_c(x, out, err) &
        bind(C, name="sciport_special_j0") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_j0_c
    !> scipy.special.j1(x) elementwise (C views; see sciport.h).
    function sciport_special_j1_c(x, out, err) &
        bind(C, name="sciport_special_j1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_j1_c
    !> scipy.special.y0(x) elementwise (C views; see sciport.h).
    function sciport_special_y0_c(x, out, err) &
        bind(C, name="sciport_special_y0") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_y0_c
    !> scipy.special.y1(x) elementwise (C views; see sciport.h).
    function sciport_special_y1_c(x, out, err) &
        bind(C, name="sciport_special_y1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_y1_c
    !> scipy.special.iv(v, x) elementwise (C views; see sciport.h).
    function sciport_special_iv_c(v, x, out, err) &
        bind(C, name="sciport_special_iv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_iv_c
    !> scipy.special.ive(v, x) elementwise (C views; see sciport.h).
    function sciport_special_ive_c(v, x, out, err) &
        bind(C, name="sciport_special_ive") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_ive_c
    !> scipy.special.kv(v, x) elementwise (C views; see sciport.h).
    function sciport_special_kv_c(v, x, out, err) &
        bind(C, name="sciport_special_kv") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_kv_c
    !> scipy.special.kve(v, x) elementwise (C views; see sciport.h).
    function sciport_special_kve_c(v, x, out, err) &
        bind(C, name="sciport_special_kve") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: v, x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_kve_c
    !> scipy.special.i0(x) elementwise (C views; see sciport.h).
    function sciport_special_i0_c(x, out, err) &
        bind(C, name="sciport_special_i0") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_i0_c
    !> scipy.special.i0e(x) elementwise (C views; see sciport.h).
    function sciport_special_i0e_c(x, out, err) &
        bind(C, name="sciport_special_i0e") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_i0e_c
    !> scipy.special.i1(x) elementwise (C views; see sciport.h).
    function sciport_special_i1_c(x, out, err) &
        bind(C, name="sciport_special_i1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_i1_c
    !> scipy.special.i1e(x) elementwise (C views; see sciport.h).
    function sciport_special_i1e_c(x, out, err) &
        bind(C, name="sciport_special_i1e") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_i1e_c
    !> scipy.special.k0(x) elementwise (C views; see sciport.h).
    function sciport_special_k0_c(x, out, err) &
        bind(C, name="sciport_special_k0") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_k0_c
    !> scipy.special.k0e(x) elementwise (C views; see sciport.h).
    function sciport_special_k0e_c(x, out, err) &
        bind(C, name="sciport_special_k0e") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_k0e_c
    !> scipy.special.k1(x) elementwise (C views; see sciport.h).
    function sciport_special_k1_c(x, out, err) &
        bind(C, name="sciport_special_k1") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_k1_c
    !> scipy.special.k1e(x) elementwise (C views; see sciport.h).
    function sciport_special_k1e_c(x, out, err) &
        bind(C, name="sciport_special_k1e") result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: x, out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_k1e_c
  end interface
  !> scipy.special.erf: `call sciport_special_erf(x, out, status[, errmsg])`.
  interface sciport_special_erf
    module procedure special_erf_r0, special_erf_r1, special_erf_r2
  end interface sciport_special_erf
  private :: special_erf_r0, special_erf_r1, special_erf_r2
  !> scipy.special.erfc: `call sciport_special_erfc(x, out, status[, errmsg])`.
  interface sciport_special_erfc
    module procedure special_erfc_r0, special_erfc_r1, special_erfc_r2
  end interface sciport_special_erfc
  private :: special_erfc_r0, special_erfc_r1, special_erfc_r2
  !> scipy.special.erfcx: `call sciport_special_erfcx(x, out, status[, errmsg])`.
  interface sciport_special_erfcx
    module procedure special_erfcx_r0, special_erfcx_r1, special_erfcx_r2
  end interface sciport_special_erfcx
  private :: special_erfcx_r0, special_erfcx_r1, special_erfcx_r2
  !> scipy.special.erfinv: `call sciport_special_erfinv(x, out, status[, errmsg])`.
  interface sciport_special_erfinv
    module procedure special_erfinv_r0, special_erfinv_r1, special_erfinv_r2
  end interface sciport_special_erfinv
  private :: special_erfinv_r0, special_erfinv_r1, special_erfinv_r2
  !> scipy.special.erfcinv: `call sciport_special_erfcinv(x, out, status[, errmsg])`.
  interface sciport_special_erfcinv
    module procedure special_erfcinv_r0, special_erfcinv_r1, special_erfcinv_r2
  end interface sciport_special_erfcinv
  private :: special_erfcinv_r0, special_erfcinv_r1, special_erfcinv_r2
  !> scipy.special.ndtr: `call sciport_special_ndtr(x, out, status[, errmsg])`.
  interface sciport_special_ndtr
    module procedure special_ndtr_r0, special_ndtr_r1, special_ndtr_r2
  end interface sciport_special_ndtr
  private :: special_ndtr_r0, special_ndtr_r1, special_ndtr_r2
  !> scipy.special.log_ndtr: `call sciport_special_log_ndtr(x, out, status[, errmsg])`.
  interface sciport_special_log_ndtr
    module procedure special_log_ndtr_r0, special_log_ndtr_r1, special_log_ndtr_r2
  end interface sciport_special_log_ndtr
  private :: special_log_ndtr_r0, special_log_ndtr_r1, special_log_ndtr_r2
  !> scipy.special.ndtri: `call sciport_special_ndtri(x, out, status[, errmsg])`.
  interface sciport_special_ndtri
    module procedure special_ndtri_r0, special_ndtri_r1, special_ndtri_r2
  end interface sciport_special_ndtri
  private :: special_ndtri_r0, special_ndtri_r1, special_ndtri_r2
  !> scipy.special.ndtri_exp: `call sciport_special_ndtri_exp(x, out, status[, errmsg])`.
  interface sciport_special_ndtri_exp
    module procedure special_ndtri_exp_r0, special_ndtri_exp_r1, special_ndtri_exp_r2
  end interface sciport_special_ndtri_exp
  private :: special_ndtri_exp_r0, special_ndtri_exp_r1, special_ndtri_exp_r2
  !> scipy.special.expit: `call sciport_special_expit(x, out, status[, errmsg])`.
  interface sciport_special_expit
    module procedure special_expit_r0, special_expit_r1, special_expit_r2
  end interface sciport_special_expit
  private :: special_expit_r0, special_expit_r1, special_expit_r2
  !> scipy.special.logit: `call sciport_special_logit(x, out, status[, errmsg])`.
  interface sciport_special_logit
    module procedure special_logit_r0, special_logit_r1, special_logit_r2
  end interface sciport_special_logit
  private :: special_logit_r0, special_logit_r1, special_logit_r2
  !> scipy.special.log_expit: `call sciport_special_log_expit(x, out, status[, errmsg])`.
  interface sciport_special_log_expit
    module procedure special_log_expit_r0, special_log_expit_r1, special_log_expit_r2
  end interface sciport_special_log_expit
  private :: special_log_expit_r0, special_log_expit_r1, special_log_expit_r2
  !> scipy.special.log1p: `call sciport_special_log1p(x, out, status[, errmsg])`.
  interface sciport_special_log1p
    module procedure special_log1p_r0, special_log1p_r1, special_log1p_r2
  end interface sciport_special_log1p
  private :: special_log1p_r0, special_log1p_r1, special_log1p_r2
  !> scipy.special.expm1: `call sciport_special_expm1(x, out, status[, errmsg])`.
  interface sciport_special_expm1
    module procedure special_expm1_r0, special_expm1_r1, special_expm1_r2
  end interface sciport_special_expm1
  private :: special_expm1_r0, special_expm1_r1, special_expm1_r2
  !> scipy.special.xlogy: `call sciport_special_xlogy(x, y, out, status[, errmsg])`.
  interface sciport_special_xlogy
    module procedure special_xlogy_r00, special_xlogy_r11, special_xlogy_r22, &
        special_xlogy_r01, special_xlogy_r10, special_xlogy_r02, &
        special_xlogy_r20
  end interface sciport_special_xlogy
  private :: special_xlogy_r00, special_xlogy_r11, special_xlogy_r22, &
        special_xlogy_r01, special_xlogy_r10, special_xlogy_r02, &
        special_xlogy_r20
  !> scipy.special.xlog1py: `call sciport_special_xlog1py(x, y, out, status[, errmsg])`.
  interface sciport_special_xlog1py
    module procedure special_xlog1py_r00, special_xlog1py_r11, special_xlog1py_r22, &
        special_xlog1py_r01, special_xlog1py_r10, special_xlog1py_r02, &
        special_xlog1py_r20
  end interface sciport_special_xlog1py
  private :: special_xlog1py_r00, special_xlog1py_r11, special_xlog1py_r22, &
        special_xlog1py_r01, special_xlog1py_r10, special_xlog1py_r02, &
        special_xlog1py_r20
  !> scipy.special.boxcox: `call sciport_special_boxcox(x, lmbda, out, status[, errmsg])`.
  interface sciport_special_boxcox
    module procedure special_boxcox_r00, special_boxcox_r11, special_boxcox_r22, &
        special_boxcox_r01, special_boxcox_r10, special_boxcox_r02, &
        special_boxcox_r20
  end interface sciport_special_boxcox
  private :: special_boxcox_r00, special_boxcox_r11, special_boxcox_r22, &
        special_boxcox_r01, special_boxcox_r10, special_boxcox_r02, &
        special_boxcox_r20
  !> scipy.special.inv_boxcox: `call sciport_special_inv_boxcox(y, lmbda, out, status[, errmsg])`.
  interface sciport_special_inv_boxcox
    module procedure special_inv_boxcox_r00, special_inv_boxcox_r11, special_inv_boxcox_r22, &
        special_inv_boxcox_r01, special_inv_boxcox_r10, special_inv_boxcox_r02, &
        special_inv_boxcox_r20
  end interface sciport_special_inv_boxcox
  private :: special_inv_boxcox_r00, special_inv_boxcox_r11, special_inv_boxcox_r22, &
        special_inv_boxcox_r01, special_inv_boxcox_r10, special_inv_boxcox_r02, &
        special_inv_boxcox_r20
  !> scipy.special.entr: `call sciport_special_entr(x, out, status[, errmsg])`.
  interface sciport_special_entr
    module procedure special_entr_r0, special_entr_r1, special_entr_r2
  end interface sciport_special_entr
  private :: special_entr_r0, special_entr_r1, special_entr_r2
  !> scipy.special.rel_entr: `call sciport_special_rel_entr(x, y, out, status[, errmsg])`.
  interface sciport_special_rel_entr
    module procedure special_rel_entr_r00, special_rel_entr_r11, special_rel_entr_r22, &
        special_rel_entr_r01, special_rel_entr_r10, special_rel_entr_r02, &
        special_rel_entr_r20
  end interface sciport_special_rel_entr
  private :: special_rel_entr_r00, special_rel_entr_r11, special_rel_entr_r22, &
        special_rel_entr_r01, special_rel_entr_r10, special_rel_entr_r02, &
        special_rel_entr_r20
  !> scipy.special.kl_div: `call sciport_special_kl_div(x, y, out, status[, errmsg])`.
  interface sciport_special_kl_div
    module procedure special_kl_div_r00, special_kl_div_r11, special_kl_div_r22, &
        special_kl_div_r01, special_kl_div_r10, special_kl_div_r02, &
        special_kl_div_r20
  end interface sciport_special_kl_div
  private :: special_kl_div_r00, special_kl_div_r11, special_kl_div_r22, &
        special_kl_div_r01, special_kl_div_r10, special_kl_div_r02, &
        special_kl_div_r20
  !> scipy.special.huber: `call sciport_special_huber(delta, r, out, status[, errmsg])`.
  interface sciport_special_huber
    module procedure special_huber_r00, special_huber_r11, special_huber_r22, &
        special_huber_r01, special_huber_r10, special_huber_r02, &
        special_huber_r20
  end interface sciport_special_huber
  private :: special_huber_r00, special_huber_r11, special_huber_r22, &
        special_huber_r01, special_huber_r10, special_huber_r02, &
        special_huber_r20
  !> scipy.special.pseudo_huber: `call sciport_special_pseudo_huber(delta, r, out, status[, errmsg])`.
  interface sciport_special_pseudo_huber
    module procedure special_pseudo_huber_r00, special_pseudo_huber_r11, special_pseudo_huber_r22, &
        special_pseudo_huber_r01, special_pseudo_huber_r10, special_pseudo_huber_r02, &
        special_pseudo_huber_r20
  end interface sciport_special_pseudo_huber
  private :: special_pseudo_huber_r00, special_pseudo_huber_r11, special_pseudo_huber_r22, &
        special_pseudo_huber_r01, special_pseudo_huber_r10, special_pseudo_huber_r02, &
        special_pseudo_huber_r20
  !> scipy.special.gamma: `call sciport_special_gamma(x, out, status[, errmsg])`.
  interface sciport_special_gamma
    module procedure special_gamma_r0, special_gamma_r1, special_gamma_r2
  end interface sciport_special_gamma
  private :: special_gamma_r0, special_gamma_r1, special_gamma_r2
  !> scipy.special.gammaln: `call sciport_special_gammaln(x, out, status[, errmsg])`.
  interface sciport_special_gammaln
    module procedure special_gammaln_r0, special_gammaln_r1, special_gammaln_r2
  end interface sciport_special_gammaln
  private :: special_gammaln_r0, special_gammaln_r1, special_gammaln_r2
  !> scipy.special.loggamma: `call sciport_special_loggamma(x, out, status[, errmsg])`.
  interface sciport_special_loggamma
    module procedure special_loggamma_r0, special_loggamma_r1, special_loggamma_r2
  end interface sciport_special_loggamma
  private :: special_loggamma_r0, special_loggamma_r1, special_loggamma_r2
  !> scipy.special.gammasgn: `call sciport_special_gammasgn(x, out, status[, errmsg])`.
  interface sciport_special_gammasgn
    module procedure special_gammasgn_r0, special_gammasgn_r1, special_gammasgn_r2
  end interface sciport_special_gammasgn
  private :: special_gammasgn_r0, special_gammasgn_r1, special_gammasgn_r2
  !> scipy.special.rgamma: `call sciport_special_rgamma(x, out, status[, errmsg])`.
  interface sciport_special_rgamma
    module procedure special_rgamma_r0, special_rgamma_r1, special_rgamma_r2
  end interface sciport_special_rgamma
  private :: special_rgamma_r0, special_rgamma_r1, special_rgamma_r2
  !> scipy.special.digamma: `call sciport_special_digamma(x, out, status[, errmsg])`.
  interface sciport_special_digamma
    module procedure special_digamma_r0, special_digamma_r1, special_digamma_r2
  end interface sciport_special_digamma
  private :: special_digamma_r0, special_digamma_r1, special_digamma_r2
  !> scipy.special.polygamma: `call sciport_special_polygamma(n, x, out, status[, errmsg])`.
  interface sciport_special_polygamma
    module procedure special_polygamma_r00, special_polygamma_r11, special_polygamma_r22, &
        special_polygamma_r01, special_polygamma_r10, special_polygamma_r02, &
        special_polygamma_r20
  end interface sciport_special_polygamma
  private :: special_polygamma_r00, special_polygamma_r11, special_polygamma_r22, &
        special_polygamma_r01, special_polygamma_r10, special_polygamma_r02, &
        special_polygamma_r20
  !> scipy.special.gammainc: `call sciport_special_gammainc(a, x, out, status[, errmsg])`.
  interface sciport_special_gammainc
    module procedure special_gammainc_r00, special_gammainc_r11, special_gammainc_r22, &
        special_gammainc_r01, special_gammainc_r10, special_gammainc_r02, &
        special_gammainc_r20
  end interface sciport_special_gammainc
  private :: special_gammainc_r00, special_gammainc_r11, special_gammainc_r22, &
        special_gammainc_r01, special_gammainc_r10, special_gammainc_r02, &
        special_gammainc_r20
  !> scipy.special.gammaincc: `call sciport_special_gammaincc(a, x, out, status[, errmsg])`.
  interface sciport_special_gammaincc
    module procedure special_gammaincc_r00, special_gammaincc_r11, special_gammaincc_r22, &
        special_gammaincc_r01, special_gammaincc_r10, special_gammaincc_r02, &
        special_gammaincc_r20
  end interface sciport_special_gammaincc
  private :: special_gammaincc_r00, special_gammaincc_r11, special_gammaincc_r22, &
        special_gammaincc_r01, special_gammaincc_r10, special_gammaincc_r02, &
        special_gammaincc_r20
  !> scipy.special.gammaincinv: `call sciport_special_gammaincinv(a, y, out, status[, errmsg])`.
  interface sciport_special_gammaincinv
    module procedure special_gammaincinv_r00, special_gammaincinv_r11, special_gammaincinv_r22, &
        special_gammaincinv_r01, special_gammaincinv_r10, special_gammaincinv_r02, &
        special_gammaincinv_r20
  end interface sciport_special_gammaincinv
  private :: special_gammaincinv_r00, special_gammaincinv_r11, special_gammaincinv_r22, &
        special_gammaincinv_r01, special_gammaincinv_r10, special_gammaincinv_r02, &
        special_gammaincinv_r20
  !> scipy.special.gammainccinv: `call sciport_special_gammainccinv(a, y, out, status[, errmsg])`.
  interface sciport_special_gammainccinv
    module procedure special_gammainccinv_r00, special_gammainccinv_r11, special_gammainccinv_r22, &
        special_gammainccinv_r01, special_gammainccinv_r10, special_gammainccinv_r02, &
        special_gammainccinv_r20
  end interface sciport_special_gammainccinv
  private :: special_gammainccinv_r00, special_gammainccinv_r11, special_gammainccinv_r22, &
        special_gammainccinv_r01, special_gammainccinv_r10, special_gammainccinv_r02, &
        special_gammainccinv_r20
  !> scipy.special.beta: `call sciport_special_beta(a, b, out, status[, errmsg])`.
  interface sciport_special_beta
    module procedure special_beta_r00, special_beta_r11, special_beta_r22, &
        special_beta_r01, special_beta_r10, special_beta_r02, &
        special_beta_r20
  end interface sciport_special_beta
  private :: special_beta_r00, special_beta_r11, special_beta_r22, &
        special_beta_r01, special_beta_r10, special_beta_r02, &
        special_beta_r20
  !> scipy.special.betaln: `call sciport_special_betaln(a, b, out, status[, errmsg])`.
  interface sciport_special_betaln
    module procedure special_betaln_r00, special_betaln_r11, special_betaln_r22, &
        special_betaln_r01, special_betaln_r10, special_betaln_r02, &
        special_betaln_r20
  end interface sciport_special_betaln
  private :: special_betaln_r00, special_betaln_r11, special_betaln_r22, &
        special_betaln_r01, special_betaln_r10, special_betaln_r02, &
        special_betaln_r20
  !> scipy.special.binom: `call sciport_special_binom(n, k, out, status[, errmsg])`.
  interface sciport_special_binom
    module procedure special_binom_r00, special_binom_r11, special_binom_r22, &
        special_binom_r01, special_binom_r10, special_binom_r02, &
        special_binom_r20
  end interface sciport_special_binom
  private :: special_binom_r00, special_binom_r11, special_binom_r22, &
        special_binom_r01, special_binom_r10, special_binom_r02, &
        special_binom_r20
  !> scipy.special.perm: `call sciport_special_perm(N, k, out, status[, errmsg])`.
  interface sciport_special_perm
    module procedure special_perm_r00, special_perm_r11, special_perm_r22, &
        special_perm_r01, special_perm_r10, special_perm_r02, &
        special_perm_r20
  end interface sciport_special_perm
  private :: special_perm_r00, special_perm_r11, special_perm_r22, &
        special_perm_r01, special_perm_r10, special_perm_r02, &
        special_perm_r20
  !> scipy.special.factorial: `call sciport_special_factorial(n, out, status[, errmsg])`.
  interface sciport_special_factorial
    module procedure special_factorial_r0, special_factorial_r1, special_factorial_r2
  end interface sciport_special_factorial
  private :: special_factorial_r0, special_factorial_r1, special_factorial_r2
  !> scipy.special.factorial2: `call sciport_special_factorial2(n, out, status[, errmsg])`.
  interface sciport_special_factorial2
    module procedure special_factorial2_r0, special_factorial2_r1, special_factorial2_r2
  end interface sciport_special_factorial2
  private :: special_factorial2_r0, special_factorial2_r1, special_factorial2_r2
  !> scipy.special.betainc: `call sciport_special_betainc(a, b, x, out, status[, errmsg])`.
  interface sciport_special_betainc
    module procedure special_betainc_r000, special_betainc_r111, special_betainc_r222, &
        special_betainc_r001, special_betainc_r002
  end interface sciport_special_betainc
  private :: special_betainc_r000, special_betainc_r111, special_betainc_r222, &
        special_betainc_r001, special_betainc_r002
  !> scipy.special.betaincc: `call sciport_special_betaincc(a, b, x, out, status[, errmsg])`.
  interface sciport_special_betaincc
    module procedure special_betaincc_r000, special_betaincc_r111, special_betaincc_r222, &
        special_betaincc_r001, special_betaincc_r002
  end interface sciport_special_betaincc
  private :: special_betaincc_r000, special_betaincc_r111, special_betaincc_r222, &
        special_betaincc_r001, special_betaincc_r002
  !> scipy.special.betaincinv: `call sciport_special_betaincinv(a, b, p, out, status[, errmsg])`.
  interface sciport_special_betaincinv
    module procedure special_betaincinv_r000, special_betaincinv_r111, special_betaincinv_r222, &
        special_betaincinv_r001, special_betaincinv_r002
  end interface sciport_special_betaincinv
  private :: special_betaincinv_r000, special_betaincinv_r111, special_betaincinv_r222, &
        special_betaincinv_r001, special_betaincinv_r002
  !> scipy.special.betainccinv: `call sciport_special_betainccinv(a, b, q, out, status[, errmsg])`.
  interface sciport_special_betainccinv
    module procedure special_betainccinv_r000, special_betainccinv_r111, special_betainccinv_r222, &
        special_betainccinv_r001, special_betainccinv_r002
  end interface sciport_special_betainccinv
  private :: special_betainccinv_r000, special_betainccinv_r111, special_betainccinv_r222, &
        special_betainccinv_r001, special_betainccinv_r002
  !> scipy.special.chdtr: `call sciport_special_chdtr(v, x, out, status[, errmsg])`.
  interface sciport_special_chdtr
    module procedure special_chdtr_r00, special_chdtr_r11, special_chdtr_r22, &
        special_chdtr_r01, special_chdtr_r10, special_chdtr_r02, &
        special_chdtr_r20
  end interface sciport_special_chdtr
  private :: special_chdtr_r00, special_chdtr_r11, special_chdtr_r22, &
        special_chdtr_r01, special_chdtr_r10, special_chdtr_r02, &
        special_chdtr_r20
  !> scipy.special.chdtrc: `call sciport_special_chdtrc(v, x, out, status[, errmsg])`.
  interface sciport_special_chdtrc
    module procedure special_chdtrc_r00, special_chdtrc_r11, special_chdtrc_r22, &
        special_chdtrc_r01, special_chdtrc_r10, special_chdtrc_r02, &
        special_chdtrc_r20
  end interface sciport_special_chdtrc
  private :: special_chdtrc_r00, special_chdtrc_r11, special_chdtrc_r22, &
        special_chdtrc_r01, special_chdtrc_r10, special_chdtrc_r02, &
        special_chdtrc_r20
  !> scipy.special.chdtri: `call sciport_special_chdtri(v, p, out, status[, errmsg])`.
  interface sciport_special_chdtri
    module procedure special_chdtri_r00, special_chdtri_r11, special_chdtri_r22, &
        special_chdtri_r01, special_chdtri_r10, special_chdtri_r02, &
        special_chdtri_r20
  end interface sciport_special_chdtri
  private :: special_chdtri_r00, special_chdtri_r11, special_chdtri_r22, &
        special_chdtri_r01, special_chdtri_r10, special_chdtri_r02, &
        special_chdtri_r20
  !> scipy.special.pdtr: `call sciport_special_pdtr(k, m, out, status[, errmsg])`.
  interface sciport_special_pdtr
    module procedure special_pdtr_r00, special_pdtr_r11, special_pdtr_r22, &
        special_pdtr_r01, special_pdtr_r10, special_pdtr_r02, &
        special_pdtr_r20
  end interface sciport_special_pdtr
  private :: special_pdtr_r00, special_pdtr_r11, special_pdtr_r22, &
        special_pdtr_r01, special_pdtr_r10, special_pdtr_r02, &
        special_pdtr_r20
  !> scipy.special.pdtrc: `call sciport_special_pdtrc(k, m, out, status[, errmsg])`.
  interface sciport_special_pdtrc
    module procedure special_pdtrc_r00, special_pdtrc_r11, special_pdtrc_r22, &
        special_pdtrc_r01, special_pdtrc_r10, special_pdtrc_r02, &
        special_pdtrc_r20
  end interface sciport_special_pdtrc
  private :: special_pdtrc_r00, special_pdtrc_r11, special_pdtrc_r22, &
        special_pdtrc_r01, special_pdtrc_r10, special_pdtrc_r02, &
        special_pdtrc_r20
  !> scipy.special.pdtri: `call sciport_special_pdtri(k, y, out, status[, errmsg])`.
  interface sciport_special_pdtri
    module procedure special_pdtri_r00, special_pdtri_r11, special_pdtri_r22, &
        special_pdtri_r01, special_pdtri_r10, special_pdtri_r02, &
        special_pdtri_r20
  end interface sciport_special_pdtri
  private :: special_pdtri_r00, special_pdtri_r11, special_pdtri_r22, &
        special_pdtri_r01, special_pdtri_r10, special_pdtri_r02, &
        special_pdtri_r20
  !> scipy.special.stdtr: `call sciport_special_stdtr(df, t, out, status[, errmsg])`.
  interface sciport_special_stdtr
    module procedure special_stdtr_r00, special_stdtr_r11, special_stdtr_r22, &
        special_stdtr_r01, special_stdtr_r10, special_stdtr_r02, &
        special_stdtr_r20
  end interface sciport_special_stdtr
  private :: special_stdtr_r00, special_stdtr_r11, special_stdtr_r22, &
        special_stdtr_r01, special_stdtr_r10, special_stdtr_r02, &
        special_stdtr_r20
  !> scipy.special.stdtrit: `call sciport_special_stdtrit(df, p, out, status[, errmsg])`.
  interface sciport_special_stdtrit
    module procedure special_stdtrit_r00, special_stdtrit_r11, special_stdtrit_r22, &
        special_stdtrit_r01, special_stdtrit_r10, special_stdtrit_r02, &
        special_stdtrit_r20
  end interface sciport_special_stdtrit
  private :: special_stdtrit_r00, special_stdtrit_r11, special_stdtrit_r22, &
        special_stdtrit_r01, special_stdtrit_r10, special_stdtrit_r02, &
        special_stdtrit_r20
  !> scipy.special.fdtr: `call sciport_special_fdtr(dfn, dfd, x, out, status[, errmsg])`.
  interface sciport_special_fdtr
    module procedure special_fdtr_r000, special_fdtr_r111, special_fdtr_r222, &
        special_fdtr_r001, special_fdtr_r002
  end interface sciport_special_fdtr
  private :: special_fdtr_r000, special_fdtr_r111, special_fdtr_r222, &
        special_fdtr_r001, special_fdtr_r002
  !> scipy.special.fdtrc: `call sciport_special_fdtrc(dfn, dfd, x, out, status[, errmsg])`.
  interface sciport_special_fdtrc
    module procedure special_fdtrc_r000, special_fdtrc_r111, special_fdtrc_r222, &
        special_fdtrc_r001, special_fdtrc_r002
  end interface sciport_special_fdtrc
  private :: special_fdtrc_r000, special_fdtrc_r111, special_fdtrc_r222, &
        special_fdtrc_r001, special_fdtrc_r002
  !> scipy.special.fdtri: `call sciport_special_fdtri(dfn, dfd, p, out, status[, errmsg])`.
  interface sciport_special_fdtri
    module procedure special_fdtri_r000, special_fdtri_r111, special_fdtri_r222, &
        special_fdtri_r001, special_fdtri_r002
  end interface sciport_special_fdtri
  private :: special_fdtri_r000, special_fdtri_r111, special_fdtri_r222, &
        special_fdtri_r001, special_fdtri_r002
  !> scipy.special.bdtr: `call sciport_special_bdtr(k, n, p, out, status[, errmsg])`.
  interface sciport_special_bdtr
    module procedure special_bdtr_r000, special_bdtr_r111, special_bdtr_r222, &
        special_bdtr_r001, special_bdtr_r002
  end interface sciport_special_bdtr
  private :: special_bdtr_r000, special_bdtr_r111, special_bdtr_r222, &
        special_bdtr_r001, special_bdtr_r002
  !> scipy.special.bdtrc: `call sciport_special_bdtrc(k, n, p, out, status[, errmsg])`.
  interface sciport_special_bdtrc
    module procedure special_bdtrc_r000, special_bdtrc_r111, special_bdtrc_r222, &
        special_bdtrc_r001, special_bdtrc_r002
  end interface sciport_special_bdtrc
  private :: special_bdtrc_r000, special_bdtrc_r111, special_bdtrc_r222, &
        special_bdtrc_r001, special_bdtrc_r002
  !> scipy.special.bdtri: `call sciport_special_bdtri(k, n, y, out, status[, errmsg])`.
  interface sciport_special_bdtri
    module procedure special_bdtri_r000, special_bdtri_r111, special_bdtri_r222, &
        special_bdtri_r001, special_bdtri_r002
  end interface sciport_special_bdtri
  private :: special_bdtri_r000, special_bdtri_r111, special_bdtri_r222, &
        special_bdtri_r001, special_bdtri_r002
  !> scipy.special.nbdtr: `call sciport_special_nbdtr(k, n, p, out, status[, errmsg])`.
  interface sciport_special_nbdtr
    module procedure special_nbdtr_r000, special_nbdtr_r111, special_nbdtr_r222, &
        special_nbdtr_r001, special_nbdtr_r002
  end interface sciport_special_nbdtr
  private :: special_nbdtr_r000, special_nbdtr_r111, special_nbdtr_r222, &
        special_nbdtr_r001, special_nbdtr_r002
  !> scipy.special.nbdtrc: `call sciport_special_nbdtrc(k, n, p, out, status[, errmsg])`.
  interface sciport_special_nbdtrc
    module procedure special_nbdtrc_r000, special_nbdtrc_r111, special_nbdtrc_r222, &
        special_nbdtrc_r001, special_nbdtrc_r002
  end interface sciport_special_nbdtrc
  private :: special_nbdtrc_r000, special_nbdtrc_r111, special_nbdtrc_r222, &
        special_nbdtrc_r001, special_nbdtrc_r002
  !> scipy.special.nbdtri: `call sciport_special_nbdtri(k, n, y, out, status[, errmsg])`.
  interface sciport_special_nbdtri
    module procedure special_nbdtri_r000, special_nbdtri_r111, special_nbdtri_r222, &
        special_nbdtri_r001, special_nbdtri_r002
  end interface sciport_special_nbdtri
  private :: special_nbdtri_r000, special_nbdtri_r111, special_nbdtri_r222, &
        special_nbdtri_r001, special_nbdtri_r002
  !> scipy.special.ellipk: `call sciport_special_ellipk(m, out, status[, errmsg])`.
  interface sciport_special_ellipk
    module procedure special_ellipk_r0, special_ellipk_r1, special_ellipk_r2
  end interface sciport_special_ellipk
  private :: special_ellipk_r0, special_ellipk_r1, special_ellipk_r2
  !> scipy.special.ellipkm1: `call sciport_special_ellipkm1(p, out, status[, errmsg])`.
  interface sciport_special_ellipkm1
    module procedure special_ellipkm1_r0, special_ellipkm1_r1, special_ellipkm1_r2
  end interface sciport_special_ellipkm1
  private :: special_ellipkm1_r0, special_ellipkm1_r1, special_ellipkm1_r2
  !> scipy.special.ellipe: `call sciport_special_ellipe(m, out, status[, errmsg])`.
  interface sciport_special_ellipe
    module procedure special_ellipe_r0, special_ellipe_r1, special_ellipe_r2
  end interface sciport_special_ellipe
  private :: special_ellipe_r0, special_ellipe_r1, special_ellipe_r2
  !> scipy.special.ellipkinc: `call sciport_special_ellipkinc(phi, m, out, status[, errmsg])`.
  interface sciport_special_ellipkinc
    module procedure special_ellipkinc_r00, special_ellipkinc_r11, special_ellipkinc_r22, &
        special_ellipkinc_r01, special_ellipkinc_r10, special_ellipkinc_r02, &
        special_ellipkinc_r20
  end interface sciport_special_ellipkinc
  private :: special_ellipkinc_r00, special_ellipkinc_r11, special_ellipkinc_r22, &
        special_ellipkinc_r01, special_ellipkinc_r10, special_ellipkinc_r02, &
        special_ellipkinc_r20
  !> scipy.special.ellipeinc: `call sciport_special_ellipeinc(phi, m, out, status[, errmsg])`.
  interface sciport_special_ellipeinc
    module procedure special_ellipeinc_r00, special_ellipeinc_r11, special_ellipeinc_r22, &
        special_ellipeinc_r01, special_ellipeinc_r10, special_ellipeinc_r02, &
        special_ellipeinc_r20
  end interface sciport_special_ellipeinc
  private :: special_ellipeinc_r00, special_ellipeinc_r11, special_ellipeinc_r22, &
        special_ellipeinc_r01, special_ellipeinc_r10, special_ellipeinc_r02, &
        special_ellipeinc_r20
  !> scipy.special.lambertw: `call sciport_special_lambertw(x, k, out, status[, errmsg])`.
  interface sciport_special_lambertw
    module procedure special_lambertw_r00, special_lambertw_r11, special_lambertw_r22, &
        special_lambertw_r01, special_lambertw_r10, special_lambertw_r02, &
        special_lambertw_r20
  end interface sciport_special_lambertw
  private :: special_lambertw_r00, special_lambertw_r11, special_lambertw_r22, &
        special_lambertw_r01, special_lambertw_r10, special_lambertw_r02, &
        special_lambertw_r20
  !> scipy.special.zeta: `call sciport_special_zeta(x, q, out, status[, errmsg])`.
  interface sciport_special_zeta
    module procedure special_zeta_r00, special_zeta_r11, special_zeta_r22, &
        special_zeta_r01, special_zeta_r10, special_zeta_r02, &
        special_zeta_r20
  end interface sciport_special_zeta
  private :: special_zeta_r00, special_zeta_r11, special_zeta_r22, &
        special_zeta_r01, special_zeta_r10, special_zeta_r02, &
        special_zeta_r20
  !> scipy.special.riemann_zeta: `call sciport_special_riemann_zeta(x, out, status[, errmsg])`.
  interface sciport_special_riemann_zeta
    module procedure special_riemann_zeta_r0, special_riemann_zeta_r1, special_riemann_zeta_r2
  end interface sciport_special_riemann_zeta
  private :: special_riemann_zeta_r0, special_riemann_zeta_r1, special_riemann_zeta_r2
  !> scipy.special.zetac: `call sciport_special_zetac(x, out, status[, errmsg])`.
  interface sciport_special_zetac
    module procedure special_zetac_r0, special_zetac_r1, special_zetac_r2
  end interface sciport_special_zetac
  private :: special_zetac_r0, special_zetac_r1, special_zetac_r2
  !> scipy.special.kolmogorov: `call sciport_special_kolmogorov(y, out, status[, errmsg])`.
  interface sciport_special_kolmogorov
    module procedure special_kolmogorov_r0, special_kolmogorov_r1, special_kolmogorov_r2
  end interface sciport_special_kolmogorov
  private :: special_kolmogorov_r0, special_kolmogorov_r1, special_kolmogorov_r2
  !> scipy.special.kolmogi: `call sciport_special_kolmogi(p, out, status[, errmsg])`.
  interface sciport_special_kolmogi
    module procedure special_kolmogi_r0, special_kolmogi_r1, special_kolmogi_r2
  end interface sciport_special_kolmogi
  private :: special_kolmogi_r0, special_kolmogi_r1, special_kolmogi_r2
  !> scipy.special.exprel: `call sciport_special_exprel(x, out, status[, errmsg])`.
  interface sciport_special_exprel
    module procedure special_exprel_r0, special_exprel_r1, special_exprel_r2
  end interface sciport_special_exprel
  private :: special_exprel_r0, special_exprel_r1, special_exprel_r2
  !> scipy.special.cosm1: `call sciport_special_cosm1(x, out, status[, errmsg])`.
  interface sciport_special_cosm1
    module procedure special_cosm1_r0, special_cosm1_r1, special_cosm1_r2
  end interface sciport_special_cosm1
  private :: special_cosm1_r0, special_cosm1_r1, special_cosm1_r2
  !> scipy.special.powm1: `call sciport_special_powm1(x, y, out, status[, errmsg])`.
  interface sciport_special_powm1
    module procedure special_powm1_r00, special_powm1_r11, special_powm1_r22, &
        special_powm1_r01, special_powm1_r10, special_powm1_r02, &
        special_powm1_r20
  end interface sciport_special_powm1
  private :: special_powm1_r00, special_powm1_r11, special_powm1_r22, &
        special_powm1_r01, special_powm1_r10, special_powm1_r02, &
        special_powm1_r20
  !> scipy.special.exp2: `call sciport_special_exp2(x, out, status[, errmsg])`.
  interface sciport_special_exp2
    module procedure special_exp2_r0, special_exp2_r1, special_exp2_r2
  end interface sciport_special_exp2
  private :: special_exp2_r0, special_exp2_r1, special_exp2_r2
  !> scipy.special.exp10: `call sciport_special_exp10(x, out, status[, errmsg])`.
  interface sciport_special_exp10
    module procedure special_exp10_r0, special_exp10_r1, special_exp10_r2
  end interface sciport_special_exp10
  private :: special_exp10_r0, special_exp10_r1, special_exp10_r2
  !> scipy.special.cbrt: `call sciport_special_cbrt(x, out, status[, errmsg])`.
  interface sciport_special_cbrt
    module procedure special_cbrt_r0, special_cbrt_r1, special_cbrt_r2
  end interface sciport_special_cbrt
  private :: special_cbrt_r0, special_cbrt_r1, special_cbrt_r2
  !> scipy.special.round: `call sciport_special_round(x, out, status[, errmsg])`.
  interface sciport_special_round
    module procedure special_round_r0, special_round_r1, special_round_r2
  end interface sciport_special_round
  private :: special_round_r0, special_round_r1, special_round_r2
  !> scipy.special.sindg: `call sciport_special_sindg(x, out, status[, errmsg])`.
  interface sciport_special_sindg
    module procedure special_sindg_r0, special_sindg_r1, special_sindg_r2
  end interface sciport_special_sindg
  private :: special_sindg_r0, special_sindg_r1, special_sindg_r2
  !> scipy.special.cosdg: `call sciport_special_cosdg(x, out, status[, errmsg])`.
  interface sciport_special_cosdg
    module procedure special_cosdg_r0, special_cosdg_r1, special_cosdg_r2
  end interface sciport_special_cosdg
  private :: special_cosdg_r0, special_cosdg_r1, special_cosdg_r2
  !> scipy.special.tandg: `call sciport_special_tandg(x, out, status[, errmsg])`.
  interface sciport_special_tandg
    module procedure special_tandg_r0, special_tandg_r1, special_tandg_r2
  end interface sciport_special_tandg
  private :: special_tandg_r0, special_tandg_r1, special_tandg_r2
  !> scipy.special.cotdg: `call sciport_special_cotdg(x, out, status[, errmsg])`.
  interface sciport_special_cotdg
    module procedure special_cotdg_r0, special_cotdg_r1, special_cotdg_r2
  end interface sciport_special_cotdg
  private :: special_cotdg_r0, special_cotdg_r1, special_cotdg_r2
  !> scipy.special.radian: `call sciport_special_radian(d, m, s, out, status[, errmsg])`.
  interface sciport_special_radian
    module procedure special_radian_r000, special_radian_r111, special_radian_r222, &
        special_radian_r001, special_radian_r002
  end interface sciport_special_radian
  private :: special_radian_r000, special_radian_r111, special_radian_r222, &
        special_radian_r001, special_radian_r002
  !> scipy.special.owens_t: `call sciport_special_owens_t(h, a, out, status[, errmsg])`.
  interface sciport_special_owens_t
    module procedure special_owens_t_r00, special_owens_t_r11, special_owens_t_r22, &
        special_owens_t_r01, special_owens_t_r10, special_owens_t_r02, &
        special_owens_t_r20
  end interface sciport_special_owens_t
  private :: special_owens_t_r00, special_owens_t_r11, special_owens_t_r22, &
        special_owens_t_r01, special_owens_t_r10, special_owens_t_r02, &
        special_owens_t_r20
  !> scipy.special.smirnov: `call sciport_special_smirnov(n, d, out, status[, errmsg])`.
  interface sciport_special_smirnov
    module procedure special_smirnov_r00, special_smirnov_r11, special_smirnov_r22, &
        special_smirnov_r01, special_smirnov_r10, special_smirnov_r02, &
        special_smirnov_r20
  end interface sciport_special_smirnov
  private :: special_smirnov_r00, special_smirnov_r11, special_smirnov_r22, &
        special_smirnov_r01, special_smirnov_r10, special_smirnov_r02, &
        special_smirnov_r20
  !> scipy.special.smirnovi: `call sciport_special_smirnovi(n, p, out, status[, errmsg])`.
  interface sciport_special_smirnovi
    module procedure special_smirnovi_r00, special_smirnovi_r11, special_smirnovi_r22, &
        special_smirnovi_r01, special_smirnovi_r10, special_smirnovi_r02, &
        special_smirnovi_r20
  end interface sciport_special_smirnovi
  private :: special_smirnovi_r00, special_smirnovi_r11, special_smirnovi_r22, &
        special_smirnovi_r01, special_smirnovi_r10, special_smirnovi_r02, &
        special_smirnovi_r20
  !> scipy.special.jv: `call sciport_special_jv(v, x, out, status[, errmsg])`.
  interface sciport_special_jv
    module procedure special_jv_r00, special_jv_r11, special_jv_r22, &
        special_jv_r01, special_jv_r10, special_jv_r02, &
        special_jv_r20
  end interface sciport_special_jv
  private :: special_jv_r00, special_jv_r11, special_jv_r22, &
        special_jv_r01, special_jv_r10, special_jv_r02, &
        special_jv_r20
  !> scipy.special.yv: `call sciport_special_yv(v, x, out, status[, errmsg])`.
  interface sciport_special_yv
    module procedure special_yv_r00, special_yv_r11, special_yv_r22, &
        special_yv_r01, special_yv_r10, special_yv_r02, &
        special_yv_r20
  end interface sciport_special_yv
  private :: special_yv_r00, special_yv_r11, special_yv_r22, &
        special_yv_r01, special_yv_r10, special_yv_r02, &
        special_yv_r20
  !> scipy.special.j0: `call sciport_special_j0(x, out, status[, errmsg])`.
  interface sciport_special_j0
    module procedure special_j0_r0, special_j0_r1, special_j0_r2
  end interface sciport_special_j0
  private :: special_j0_r0, special_j0_r1, special_j0_r2
  !> scipy.special.j1: `call sciport_special_j1(x, out, status[, errmsg])`.
  interface sciport_special_j1
    module procedure special_j1_r0, special_j1_r1, special_j1_r2
  end interface sciport_special_j1
  private :: special_j1_r0, special_j1_r1, special_j1_r2
  !> scipy.special.y0: `call sciport_special_y0(x, out, status[, errmsg])`.
  interface sciport_special_y0
    module procedure special_y0_r0, special_y0_r1, special_y0_r2
  end interface sciport_special_y0
  private :: special_y0_r0, special_y0_r1, special_y0_r2
  !> scipy.special.y1: `call sciport_special_y1(x, out, status[, errmsg])`.
  interface sciport_special_y1
    module procedure special_y1_r0, special_y1_r1, special_y1_r2
  end interface sciport_special_y1
  private :: special_y1_r0, special_y1_r1, special_y1_r2
  !> scipy.special.iv: `call sciport_special_iv(v, x, out, status[, errmsg])`.
  interface sciport_special_iv
    module procedure special_iv_r00, special_iv_r11, special_iv_r22, &
        special_iv_r01, special_iv_r10, special_iv_r02, &
        special_iv_r20
  end interface sciport_special_iv
  private :: special_iv_r00, special_iv_r11, special_iv_r22, &
        special_iv_r01, special_iv_r10, special_iv_r02, &
        special_iv_r20
  !> scipy.special.ive: `call sciport_special_ive(v, x, out, status[, errmsg])`.
  interface sciport_special_ive
    module procedure special_ive_r00, special_ive_r11, special_ive_r22, &
        special_ive_r01, special_ive_r10, special_ive_r02, &
        special_ive_r20
  end interface sciport_special_ive
  private :: special_ive_r00, special_ive_r11, special_ive_r22, &
        special_ive_r01, special_ive_r10, special_ive_r02, &
        special_ive_r20
  !> scipy.special.kv: `call sciport_special_kv(v, x, out, status[, errmsg])`.
  interface sciport_special_kv
    module procedure special_kv_r00, special_kv_r11, special_kv_r22, &
        special_kv_r01, special_kv_r10, special_kv_r02, &
        special_kv_r20
  end interface sciport_special_kv
  private :: special_kv_r00, special_kv_r11, special_kv_r22, &
        special_kv_r01, special_kv_r10, special_kv_r02, &
        special_kv_r20
  !> scipy.special.kve: `call sciport_special_kve(v, x, out, status[, errmsg])`.
  interface sciport_special_kve
    module procedure special_kve_r00, special_kve_r11, special_kve_r22, &
        special_kve_r01, special_kve_r10, special_kve_r02, &
        special_kve_r20
  end interface sciport_special_kve
  private :: special_kve_r00, special_kve_r11, special_kve_r22, &
        special_kve_r01, special_kve_r10, special_kve_r02, &
        special_kve_r20
  !> scipy.special.i0: `call sciport_special_i0(x, out, status[, errmsg])`.
  interface sciport_special_i0
    module procedure special_i0_r0, special_i0_r1, special_i0_r2
  end interface sciport_special_i0
  private :: special_i0_r0, special_i0_r1, special_i0_r2
  !> scipy.special.i0e: `call sciport_special_i0e(x, out, status[, errmsg])`.
  interface sciport_special_i0e
    module procedure special_i0e_r0, special_i0e_r1, special_i0e_r2
  end interface sciport_special_i0e
  private :: special_i0e_r0, special_i0e_r1, special_i0e_r2
  !> scipy.special.i1: `call sciport_special_i1(x, out, status[, errmsg])`.
  interface sciport_special_i1
    module procedure special_i1_r0, special_i1_r1, special_i1_r2
  end interface sciport_special_i1
  private :: special_i1_r0, special_i1_r1, special_i1_r2
  !> scipy.special.i1e: `call sciport_special_i1e(x, out, status[, errmsg])`.
  interface sciport_special_i1e
    module procedure special_i1e_r0, special_i1e_r1, special_i1e_r2
  end interface sciport_special_i1e
  private :: special_i1e_r0, special_i1e_r1, special_i1e_r2
  !> scipy.special.k0: `call sciport_special_k0(x, out, status[, errmsg])`.
  interface sciport_special_k0
    module procedure special_k0_r0, special_k0_r1, special_k0_r2
  end interface sciport_special_k0
  private :: special_k0_r0, special_k0_r1, special_k0_r2
  !> scipy.special.k0e: `call sciport_special_k0e(x, out, status[, errmsg])`.
  interface sciport_special_k0e
    module procedure special_k0e_r0, special_k0e_r1, special_k0e_r2
  end interface sciport_special_k0e
  private :: special_k0e_r0, special_k0e_r1, special_k0e_r2
  !> scipy.special.k1: `call sciport_special_k1(x, out, status[, errmsg])`.
  interface sciport_special_k1
    module procedure special_k1_r0, special_k1_r1, special_k1_r2
  end interface sciport_special_k1
  private :: special_k1_r0, special_k1_r1, special_k1_r2
  !> scipy.special.k1e: `call sciport_special_k1e(x, out, status[, errmsg])`.
  interface sciport_special_k1e
    module procedure special_k1e_r0, special_k1e_r1, special_k1e_r2
  end interface sciport_special_k1e
  private :: special_k1e_r0, special_k1e_r1, special_k1e_r2
  ! END GENERATED special interfaces

  ! ---- scipy.special.comb and SciPy's exact=True counts (hand-written) --------
  ! comb is a ufunc like binom, but its C function takes `repetition` besides
  ! its views, so the generated wrappers leave it out:
  ! `call sciport_special_comb(N, k, out, status[, repetition, errmsg])` in the
  ! ranks of the generated two-argument wrappers (N, k and out scalars,
  ! vectors or matrices: both of out's rank, or one a scalar; contiguous,
  ! passed without copies); `repetition` (default .false.) counts
  ! combinations with replacement. The exact forms are functions returning
  ! the integer's decimal digits (character(len=:), allocatable; '' on
  ! failure): `digits = sciport_special_comb_exact(N, k, status[, repetition, errmsg])`,
  ! `sciport_special_perm_exact(N, k, status[, errmsg])`,
  ! `sciport_special_factorial_exact(n, status[, errmsg])`,
  ! `sciport_special_factorial2_exact(n, status[, errmsg])`, for arguments
  ! that are all integer(c_int32_t) or all integer(c_int64_t). A result of
  ! more than 100000 digits is SCIPORT_ERR_INVALID_ARGUMENT.

  interface
    !> scipy.special.comb(N, k, exact=False, repetition) elementwise (C views; see sciport.h).
    function sciport_special_comb_c(N, k, repetition, out, err) &
        bind(C, name="sciport_special_comb") result(status)
      import :: sciport_ndarray, c_bool, c_int32_t, c_ptr
      type(sciport_ndarray), intent(in) :: N, k
      logical(c_bool), value :: repetition
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_comb_c
    !> scipy.special.comb(N, k, exact=True, repetition) as decimal digits (see sciport.h):
    !> digits c_null_ptr with digits_size 0 only sets length.
    function sciport_special_comb_exact_c(N, k, repetition, digits, digits_size, length, err) &
        bind(C, name="sciport_special_comb_exact") result(status)
      import :: c_int64_t, c_bool, c_ptr, c_size_t, c_int32_t
      integer(c_int64_t), value :: N, k
      logical(c_bool), value :: repetition
      type(c_ptr), value :: digits
      integer(c_size_t), value :: digits_size
      integer(c_size_t), intent(out) :: length
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_comb_exact_c
    !> scipy.special.perm(N, k, exact=True) as decimal digits (see sciport.h).
    function sciport_special_perm_exact_c(N, k, digits, digits_size, length, err) &
        bind(C, name="sciport_special_perm_exact") result(status)
      import :: c_int64_t, c_ptr, c_size_t, c_int32_t
      integer(c_int64_t), value :: N, k
      type(c_ptr), value :: digits
      integer(c_size_t), value :: digits_size
      integer(c_size_t), intent(out) :: length
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_perm_exact_c
    !> scipy.special.factorial(n, exact=True) as decimal digits (see sciport.h).
    function sciport_special_factorial_exact_c(n, digits, digits_size, length, err) &
        bind(C, name="sciport_special_factorial_exact") result(status)
      import :: c_int64_t, c_ptr, c_size_t, c_int32_t
      integer(c_int64_t), value :: n
      type(c_ptr), value :: digits
      integer(c_size_t), value :: digits_size
      integer(c_size_t), intent(out) :: length
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_factorial_exact_c
    !> scipy.special.factorial2(n, exact=True) as decimal digits (see sciport.h).
    function sciport_special_factorial2_exact_c(n, digits, digits_size, length, err) &
        bind(C, name="sciport_special_factorial2_exact") result(status)
      import :: c_int64_t, c_ptr, c_size_t, c_int32_t
      integer(c_int64_t), value :: n
      type(c_ptr), value :: digits
      integer(c_size_t), value :: digits_size
      integer(c_size_t), intent(out) :: length
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function sciport_special_factorial2_exact_c
  end interface

  !> scipy.special.comb: `call sciport_special_comb(N, k, out, status[, repetition, errmsg])`.
  interface sciport_special_comb
    module procedure special_comb_r00, special_comb_r11, special_comb_r22, &
        special_comb_r01, special_comb_r10, special_comb_r02, &
        special_comb_r20
  end interface sciport_special_comb
  !> scipy.special.comb(N, k, exact=True, repetition):
  !> `digits = sciport_special_comb_exact(N, k, status[, repetition, errmsg])`.
  interface sciport_special_comb_exact
    module procedure special_comb_exact_i32, special_comb_exact_i64
  end interface sciport_special_comb_exact
  !> scipy.special.perm(N, k, exact=True): `digits = sciport_special_perm_exact(N, k, status[, errmsg])`.
  interface sciport_special_perm_exact
    module procedure special_perm_exact_i32, special_perm_exact_i64
  end interface sciport_special_perm_exact
  !> scipy.special.factorial(n, exact=True): `digits = sciport_special_factorial_exact(n, status[, errmsg])`.
  interface sciport_special_factorial_exact
    module procedure special_factorial_exact_i32, special_factorial_exact_i64
  end interface sciport_special_factorial_exact
  !> scipy.special.factorial2(n, exact=True): `digits = sciport_special_factorial2_exact(n, status[, errmsg])`.
  interface sciport_special_factorial2_exact
    module procedure special_factorial2_exact_i32, special_factorial2_exact_i64
  end interface sciport_special_factorial2_exact
  private :: special_comb_r00, special_comb_r11, special_comb_r22, special_comb_r01, &
      special_comb_r10, special_comb_r02, special_comb_r20, run_comb, special_exact_digits, &
      special_comb_exact_i32, special_comb_exact_i64, special_perm_exact_i32, &
      special_perm_exact_i64, special_factorial_exact_i32, special_factorial_exact_i64, &
      special_factorial2_exact_i32, special_factorial2_exact_i64
  ! ---- end of scipy.special.comb and the exact counts --------------------------

  ! ---- scipy.stats frozen distributions (hand-written over the generated
  ! sciport_stats_* interfaces) ---------------------------------------------------
  !> A frozen distribution, scipy.stats.<name>(*shapes, loc=loc, scale=scale):
  !> made by `call sciport_dist_new(d, name, shapes, loc, scale, status[, errmsg])`,
  !> released by `call sciport_dist_free(d)`. Pointwise methods
  !> `call sciport_dist_<pdf|logpdf|pmf|logpmf|cdf|logcdf|sf|logsf|ppf|isf>(d, x, out,
  !> status[, errmsg])` take a scalar, a vector or a matrix x and an out of the same
  !> shape (column-major, passed without copies); statistics
  !> `call sciport_dist_<mean|var|std|median|entropy>(d, value, status[, errmsg])`,
  !> sciport_dist_moment, sciport_dist_stats, sciport_dist_interval,
  !> sciport_dist_support; sciport_dist_names() and sciport_dist_family(...);
  !> `call sciport_dist_fit(name, data, shapes, loc, scale, status[, method, ...])`
  !> (scipy.stats.<name>.fit) and `call sciport_dist_expect(d, value, status[, f,
  !> user_data, lb, ub, conditional, ...])` with a bind(C) sciport_scalar_func. Errors
  !> set status (SCIPORT_OK = 0 on success) and the optional errmsg. A built
  !> distribution is immutable and may be used from many threads at once.
  type, public :: sciport_dist_t
    type(c_ptr) :: ptr = c_null_ptr
  end type sciport_dist_t

  abstract interface
    !> The C signature of a pointwise method of a frozen distribution.
    function dist_pointwise_fn(dist, x, out, err) bind(C) result(status)
      import :: sciport_ndarray, c_int32_t, c_ptr
      type(c_ptr), value :: dist
      type(sciport_ndarray), intent(in) :: x
      type(sciport_ndarray), intent(in) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function dist_pointwise_fn
    !> The C signature of a scalar statistic of a frozen distribution.
    function dist_scalar_fn(dist, out, err) bind(C) result(status)
      import :: c_double, c_int32_t, c_ptr
      type(c_ptr), value :: dist
      real(c_double), intent(inout) :: out
      type(c_ptr), intent(inout) :: err
      integer(c_int32_t) :: status
    end function dist_scalar_fn
  end interface

  !> `call sciport_dist_pdf(d, x, out, status[, errmsg])`: pdf of each element of x.
  interface sciport_dist_pdf
    module procedure dist_pdf_r0, dist_pdf_r1, dist_pdf_r2
  end interface sciport_dist_pdf
  private :: dist_pdf_r0, dist_pdf_r1, dist_pdf_r2
  !> `call sciport_dist_logpdf(d, x, out, status[, errmsg])`: logpdf of each element of x.
  interface sciport_dist_logpdf
    module procedure dist_logpdf_r0, dist_logpdf_r1, dist_logpdf_r2
  end interface sciport_dist_logpdf
  private :: dist_logpdf_r0, dist_logpdf_r1, dist_logpdf_r2
  !> `call sciport_dist_pmf(d, x, out, status[, errmsg])`: pmf of each element of x.
  interface sciport_dist_pmf
    module procedure dist_pmf_r0, dist_pmf_r1, dist_pmf_r2
  end interface sciport_dist_pmf
  private :: dist_pmf_r0, dist_pmf_r1, dist_pmf_r2
  !> `call sciport_dist_logpmf(d, x, out, status[, errmsg])`: logpmf of each element of x.
  interface sciport_dist_logpmf
    module procedure dist_logpmf_r0, dist_logpmf_r1, dist_logpmf_r2
  end interface sciport_dist_logpmf
  private :: dist_logpmf_r0, dist_logpmf_r1, dist_logpmf_r2
  !> `call sciport_dist_cdf(d, x, out, status[, errmsg])`: cdf of each element of x.
  interface sciport_dist_cdf
    module procedure dist_cdf_r0, dist_cdf_r1, dist_cdf_r2
  end interface sciport_dist_cdf
  private :: dist_cdf_r0, dist_cdf_r1, dist_cdf_r2
  !> `call sciport_dist_logcdf(d, x, out, status[, errmsg])`: logcdf of each element of x.
  interface sciport_dist_logcdf
    module procedure dist_logcdf_r0, dist_logcdf_r1, dist_logcdf_r2
  end interface sciport_dist_logcdf
  private :: dist_logcdf_r0, dist_logcdf_r1, dist_logcdf_r2
  !> `call sciport_dist_sf(d, x, out, status[, errmsg])`: sf of each element of x.
  interface sciport_dist_sf
    module procedure dist_sf_r0, dist_sf_r1, dist_sf_r2
  end interface sciport_dist_sf
  private :: dist_sf_r0, dist_sf_r1, dist_sf_r2
  !> `call sciport_dist_logsf(d, x, out, status[, errmsg])`: logsf of each element of x.
  interface sciport_dist_logsf
    module procedure dist_logsf_r0, dist_logsf_r1, dist_logsf_r2
  end interface sciport_dist_logsf
  private :: dist_logsf_r0, dist_logsf_r1, dist_logsf_r2
  !> `call sciport_dist_ppf(d, x, out, status[, errmsg])`: ppf of each element of x.
  interface sciport_dist_ppf
    module procedure dist_ppf_r0, dist_ppf_r1, dist_ppf_r2
  end interface sciport_dist_ppf
  private :: dist_ppf_r0, dist_ppf_r1, dist_ppf_r2
  !> `call sciport_dist_isf(d, x, out, status[, errmsg])`: isf of each element of x.
  interface sciport_dist_isf
    module procedure dist_isf_r0, dist_isf_r1, dist_isf_r2
  end interface sciport_dist_isf
  private :: dist_isf_r0, dist_isf_r1, dist_isf_r2
  private :: dist_pointwise_fn, dist_scalar_fn, run_dist, run_dist_scalar

contains

  !> Copies a C string into a Fortran string ("" for a NULL pointer).
  function sciport_c_string(p) result(s)
    type(c_ptr), intent(in) :: p
    character(len=:), allocatable :: s
    character(kind=c_char), pointer :: chars(:)
    integer(c_size_t) :: n, i
    if (.not. c_associated(p)) then
      s = ''
      return
    end if
    n = c_strlen(p)
    call c_f_pointer(p, chars, [n])
    allocate (character(len=n) :: s)
    do i = 1, n
      s(i:i) = chars(i)
    end do
  end function sciport_c_string

  !> NUL-terminated copy of `s` for C.
  subroutine to_c_string(s, buf)
    character(len=*), intent(in) :: s
    character(kind=c_char), allocatable, intent(out) :: buf(:)
    integer :: i
    allocate (buf(len(s) + 1))
    do i = 1, len(s)
      buf(i) = s(i:i)
    end do
    buf(len(s) + 1) = c_null_char
  end subroutine to_c_string

  !> C pointer to `buf` when the optional string was given, else NULL.
  function c_string_ptr(buf) result(p)
    character(kind=c_char), allocatable, target, intent(in) :: buf(:)
    type(c_ptr) :: p
    p = c_null_ptr
    if (allocated(buf)) p = c_loc(buf)
  end function c_string_ptr

  !> `n` for C: -1 (SciPy's None) when absent.
  function n_arg(n) result(cn)
    integer, intent(in), optional :: n
    integer(c_int64_t) :: cn
    cn = -1
    if (present(n)) cn = n
  end function n_arg

  !> Sets the wrappers' outputs from a C status and error object, and frees it.
  subroutine finish(st, err, status, msg, code)
    integer(c_int32_t), intent(in) :: st
    type(c_ptr), intent(inout) :: err
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_int32_t), intent(out) :: code
    status = st
    msg = sciport_c_string(sciport_error_message(err))
    code = sciport_error_callback_code(err)
    call sciport_error_free(err)
    err = c_null_ptr
  end subroutine finish

  !> sciport_data_ptr for a contiguous complex vector.
  function data_ptr_c1(x) result(p)
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    type(c_ptr) :: p
    p = c_null_ptr
    if (size(x) > 0) p = c_loc(x)
  end function data_ptr_c1

  !> sciport_data_ptr for a contiguous complex matrix.
  function data_ptr_c2(x) result(p)
    complex(c_double_complex), intent(in), target, contiguous :: x(:, :)
    type(c_ptr) :: p
    p = c_null_ptr
    if (size(x) > 0) p = c_loc(x)
  end function data_ptr_c2

  !> sciport_data_ptr for a contiguous real vector.
  function data_ptr_r1(x) result(p)
    real(c_double), intent(in), target, contiguous :: x(:)
    type(c_ptr) :: p
    p = c_null_ptr
    if (size(x) > 0) p = c_loc(x)
  end function data_ptr_r1

  !> sciport_data_ptr for a contiguous real matrix.
  function data_ptr_r2(x) result(p)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    type(c_ptr) :: p
    p = c_null_ptr
    if (size(x) > 0) p = c_loc(x)
  end function data_ptr_r2

  !> Shared body of the complex 1-D wrappers.
  subroutine run_c2c_1d(fn, x, out, norm, status, n, msg)
    procedure(c2c_1d_fn) :: fn
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out) :: msg
    integer(c_size_t), target :: xshape(1), oshape(1)
    integer(c_intptr_t), target :: unit(1)
    character(kind=c_char), allocatable, target :: cnorm(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    xshape = size(x, kind=c_size_t)
    oshape = size(out, kind=c_size_t)
    unit = 1
    if (present(norm)) call to_c_string(norm, cnorm)
    err = c_null_ptr
    st = fn(sciport_cndarray(sciport_data_ptr(x), 1_c_size_t, c_loc(xshape), c_loc(unit)), &
        n_arg(n), -1_c_int64_t, c_string_ptr(cnorm), 0_c_int32_t, &
        sciport_cndarray(sciport_data_ptr(out), 1_c_size_t, c_loc(oshape), c_loc(unit)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_c2c_1d

  !> FFT of a contiguous complex vector into `out` (scipy.fft.fft). `n` (default
  !> size(x)) zero-pads or truncates; size(out) must be the result's length.
  !> `norm`: "backward" (default), "ortho" or "forward". `status` is SCIPORT_OK
  !> or an error code, with the library's message in `errmsg`.
  subroutine sciport_fft_1d(x, out, norm, status, n, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_c2c_1d(sciport_fft_fft, x, out, norm, status, n, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_fft_1d

  !> Inverse FFT of a complex vector (scipy.fft.ifft); arguments as sciport_fft_1d.
  subroutine sciport_ifft_1d(x, out, norm, status, n, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_c2c_1d(sciport_fft_ifft, x, out, norm, status, n, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_ifft_1d

  !> FFT of a real vector (scipy.fft.rfft): size(out) must be n/2 + 1.
  subroutine sciport_rfft_1d(x, out, norm, status, n, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t), target :: xshape(1), oshape(1)
    integer(c_intptr_t), target :: unit(1)
    character(kind=c_char), allocatable, target :: cnorm(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    xshape = size(x, kind=c_size_t)
    oshape = size(out, kind=c_size_t)
    unit = 1
    if (present(norm)) call to_c_string(norm, cnorm)
    err = c_null_ptr
    st = sciport_fft_rfft(sciport_ndarray(sciport_data_ptr(x), 1_c_size_t, c_loc(xshape), c_loc(unit)), &
        n_arg(n), -1_c_int64_t, c_string_ptr(cnorm), 0_c_int32_t, &
        sciport_cndarray(sciport_data_ptr(out), 1_c_size_t, c_loc(oshape), c_loc(unit)), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_rfft_1d

  !> Inverse of rfft (scipy.fft.irfft): real output of length n, default
  !> 2*(size(x) - 1); size(out) must equal it.
  subroutine sciport_irfft_1d(x, out, norm, status, n, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t), target :: xshape(1), oshape(1)
    integer(c_intptr_t), target :: unit(1)
    character(kind=c_char), allocatable, target :: cnorm(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    xshape = size(x, kind=c_size_t)
    oshape = size(out, kind=c_size_t)
    unit = 1
    if (present(norm)) call to_c_string(norm, cnorm)
    err = c_null_ptr
    st = sciport_fft_irfft(sciport_cndarray(sciport_data_ptr(x), 1_c_size_t, c_loc(xshape), c_loc(unit)), &
        n_arg(n), -1_c_int64_t, c_string_ptr(cnorm), 0_c_int32_t, &
        sciport_ndarray(sciport_data_ptr(out), 1_c_size_t, c_loc(oshape), c_loc(unit)), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_irfft_1d

  !> DCT of a real vector (scipy.fft.dct, idct when `inverse`), `type` 1-4.
  subroutine run_dct_1d(inverse, x, out, type, norm, status, n, msg)
    logical, intent(in) :: inverse
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer, intent(in) :: type
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out) :: msg
    integer(c_size_t), target :: xshape(1), oshape(1)
    integer(c_intptr_t), target :: unit(1)
    character(kind=c_char), allocatable, target :: cnorm(:)
    type(sciport_ndarray) :: xv, ov
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    xshape = size(x, kind=c_size_t)
    oshape = size(out, kind=c_size_t)
    unit = 1
    if (present(norm)) call to_c_string(norm, cnorm)
    xv = sciport_ndarray(sciport_data_ptr(x), 1_c_size_t, c_loc(xshape), c_loc(unit))
    ov = sciport_ndarray(sciport_data_ptr(out), 1_c_size_t, c_loc(oshape), c_loc(unit))
    err = c_null_ptr
    if (inverse) then
      st = sciport_fft_idct(xv, int(type, c_int32_t), n_arg(n), -1_c_int64_t, c_string_ptr(cnorm), &
          0_c_int32_t, -1_c_int32_t, ov, err)
    else
      st = sciport_fft_dct(xv, int(type, c_int32_t), n_arg(n), -1_c_int64_t, c_string_ptr(cnorm), &
          0_c_int32_t, -1_c_int32_t, ov, err)
    end if
    call finish(st, err, status, msg, code)
  end subroutine run_dct_1d

  !> DCT of a real vector (scipy.fft.dct); `type` 1-4 (SciPy's default is 2);
  !> size(out) must be n (default size(x)).
  subroutine sciport_dct_1d(x, out, type, norm, status, n, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer, intent(in) :: type
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_dct_1d(.false., x, out, type, norm, status, n, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dct_1d

  !> Inverse DCT (scipy.fft.idct); arguments as sciport_dct_1d.
  subroutine sciport_idct_1d(x, out, type, norm, status, n, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer, intent(in) :: type
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: n
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_dct_1d(.true., x, out, type, norm, status, n, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_idct_1d

  !> Shared body of the 2-D complex wrappers.
  subroutine run_c2c_2d(fn, x, out, norm, status, msg)
    procedure(c2c_nd_fn) :: fn
    complex(c_double_complex), intent(in), target, contiguous :: x(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:, :)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_size_t), target :: xshape(2), oshape(2)
    integer(c_intptr_t), target :: xstr(2), ostr(2)
    integer(c_int64_t), target :: s(2)
    character(kind=c_char), allocatable, target :: cnorm(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    xshape = shape(x, kind=c_size_t)
    oshape = shape(out, kind=c_size_t)
    ! column-major strides; max(.., 1) keeps them distinct for empty matrices
    xstr = [1_c_intptr_t, int(max(size(x, 1), 1), c_intptr_t)]
    ostr = [1_c_intptr_t, int(max(size(out, 1), 1), c_intptr_t)]
    s = int(oshape, c_int64_t)
    if (present(norm)) call to_c_string(norm, cnorm)
    err = c_null_ptr
    st = fn(sciport_cndarray(sciport_data_ptr(x), 2_c_size_t, c_loc(xshape), c_loc(xstr)), &
        c_loc(s), 2_c_size_t, c_null_ptr, 0_c_size_t, c_string_ptr(cnorm), 0_c_int32_t, &
        sciport_cndarray(sciport_data_ptr(out), 2_c_size_t, c_loc(oshape), c_loc(ostr)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_c2c_2d

  !> 2-D FFT of a column-major complex matrix x(m, n) (scipy.fft.fft2 over both
  !> dimensions); shape(out) gives s (zero-pad or truncate each dimension).
  subroutine sciport_fft2_2d(x, out, norm, status, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: x(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:, :)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_c2c_2d(sciport_fft_fft2, x, out, norm, status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_fft2_2d

  !> 2-D inverse FFT (scipy.fft.ifft2); arguments as sciport_fft2_2d.
  subroutine sciport_ifft2_2d(x, out, norm, status, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: x(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: out(:, :)
    character(len=*), intent(in), optional :: norm
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_c2c_2d(sciport_fft_ifft2, x, out, norm, status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_ifft2_2d

  !> scipy.optimize.root_scalar with a bind(C) Fortran function `f` (interface
  !> sciport_scalar_func) and `user_data` passed through to every call. Optional
  !> keywords as SciPy's (absent = None). `result` is written only on success;
  !> `callback_code` is the code a failing callback returned.
  subroutine sciport_root_scalar(f, user_data, result, status, method, bracket, x0, x1, &
      fprime, fprime2, xtol, rtol, maxiter, errmsg, callback_code)
    procedure(sciport_scalar_func) :: f
    type(c_ptr), intent(in) :: user_data
    type(sciport_root_results), intent(inout) :: result
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: method
    real(c_double), intent(in), optional :: bracket(2), x0, x1, xtol, rtol
    procedure(sciport_scalar_func), optional :: fprime, fprime2
    integer, intent(in), optional :: maxiter
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_int32_t), intent(out), optional :: callback_code
    type(sciport_root_scalar_options) :: opts
    character(kind=c_char), allocatable, target :: cmethod(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    opts = sciport_optimize_root_scalar_options_default()
    if (present(method)) call to_c_string(method, cmethod)
    opts%method = c_string_ptr(cmethod)
    if (present(bracket)) opts%bracket = bracket
    if (present(x0)) opts%x0 = x0
    if (present(x1)) opts%x1 = x1
    if (present(xtol)) opts%xtol = xtol
    if (present(rtol)) opts%rtol = rtol
    if (present(maxiter)) opts%maxiter = maxiter
    if (present(fprime)) opts%fprime = c_funloc(fprime)
    if (present(fprime2)) opts%fprime2 = c_funloc(fprime2)
    err = c_null_ptr
    st = sciport_optimize_root_scalar(c_funloc(f), user_data, opts, result, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
    if (present(callback_code)) callback_code = code
  end subroutine sciport_root_scalar

  !> scipy.optimize.minimize_scalar with a bind(C) Fortran function `f`.
  !> `bracket` has 2 or 3 points; `xatol`/`maxiter` are SciPy's method options.
  subroutine sciport_minimize_scalar(f, user_data, result, status, method, bracket, bounds, &
      tol, xatol, maxiter, errmsg, callback_code)
    procedure(sciport_scalar_func) :: f
    type(c_ptr), intent(in) :: user_data
    type(sciport_minimize_scalar_result), intent(inout) :: result
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: method
    real(c_double), intent(in), optional :: bracket(:), bounds(2), tol, xatol
    integer, intent(in), optional :: maxiter
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_int32_t), intent(out), optional :: callback_code
    type(sciport_minimize_scalar_options) :: opts
    character(kind=c_char), allocatable, target :: cmethod(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    opts = sciport_optimize_minimize_scalar_options_default()
    if (present(method)) call to_c_string(method, cmethod)
    opts%method = c_string_ptr(cmethod)
    if (present(bracket)) then
      if (size(bracket) /= 2 .and. size(bracket) /= 3) then
        status = SCIPORT_ERR_INVALID_ARGUMENT
        if (present(errmsg)) errmsg = 'bracket must have 2 or 3 points'
        if (present(callback_code)) callback_code = 0
        return
      end if
      opts%bracket(1:size(bracket)) = bracket
      opts%bracket_len = size(bracket, kind=c_size_t)
    end if
    if (present(bounds)) opts%bounds = bounds
    if (present(tol)) opts%tol = tol
    if (present(xatol)) opts%xatol = xatol
    if (present(maxiter)) opts%maxiter = maxiter
    err = c_null_ptr
    st = sciport_optimize_minimize_scalar(c_funloc(f), user_data, opts, result, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
    if (present(callback_code)) callback_code = code
  end subroutine sciport_minimize_scalar

  ! ---- linalg wrappers --------------------------------------------------------
  ! Matrices are contiguous column-major real(c_double) arrays a(m, n), passed
  ! to C without copies as sciport_mat views with strides (1, m) (max(m, 1) for
  ! an empty matrix; its data pointer is NULL). A non-contiguous actual argument
  ! (a(1:3, 1:3) of a bigger array, a(:, ::2)) is copied in and out by the
  ! compiler, as for the fft wrappers. Logical keywords are default-kind
  ! logicals with SciPy's defaults; outputs are written only on success.

  !> Column-major view of a contiguous real matrix.
  function mat_view(x) result(v)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    type(sciport_mat) :: v
    v = sciport_mat(data_ptr_r2(x), size(x, 1, kind=c_size_t), size(x, 2, kind=c_size_t), &
        1_c_intptr_t, int(max(size(x, 1), 1), c_intptr_t))
  end function mat_view

  !> A contiguous vector x(n) as an n x 1 matrix view (SciPy's 1-D b).
  function col_view(x) result(v)
    real(c_double), intent(in), target, contiguous :: x(:)
    type(sciport_mat) :: v
    v = sciport_mat(data_ptr_r1(x), size(x, kind=c_size_t), 1_c_size_t, 1_c_intptr_t, &
        int(max(size(x), 1), c_intptr_t))
  end function col_view

  !> An optional logical keyword as C bool, `default` when absent.
  function opt_bool(x, default) result(b)
    logical, intent(in), optional :: x
    logical, intent(in) :: default
    logical(c_bool) :: b
    b = logical(default, c_bool)
    if (present(x)) b = logical(x, c_bool)
  end function opt_bool

  !> SciPy's `trans` (0 'N', 1 'T', 2 'C'; default 0) for C.
  function opt_trans(trans) result(t)
    integer, intent(in), optional :: trans
    integer(c_int32_t) :: t
    t = 0
    if (present(trans)) t = int(trans, c_int32_t)
  end function opt_trans

  subroutine run_solve(av, bv, xv, status, assume_a, lower, transposed, check_finite, rcond, msg)
    type(sciport_mat), intent(in) :: av, bv, xv
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_linalg_solve_options) :: opts
    character(kind=c_char), allocatable, target :: cassume(:)
    type(c_ptr) :: err, prcond
    integer(c_int32_t) :: st, code
    opts = sciport_linalg_solve_options_default()
    if (present(assume_a)) call to_c_string(assume_a, cassume)
    opts%assume_a = c_string_ptr(cassume)
    opts%lower = opt_bool(lower, .false.)
    opts%transposed = opt_bool(transposed, .false.)
    opts%check_finite = opt_bool(check_finite, .true.)
    prcond = c_null_ptr
    if (present(rcond)) prcond = c_loc(rcond)
    err = c_null_ptr
    st = sciport_linalg_solve_c(av, bv, opts, xv, prcond, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve

  !> scipy.linalg.solve(a, b, lower=False, check_finite=True, assume_a=None,
  !> transposed=False): x(n, k) = a^-1 b (a^-T b when `transposed`). `assume_a`:
  !> "gen" (default), "sym", "pos", "diagonal", "upper triangular", ... (see
  !> sciport.h). `rcond` receives the reciprocal 1-norm condition estimate
  !> (SciPy's LinAlgWarning threshold is rcond < epsilon(1d0)). A singular a
  !> gives status SCIPORT_ERR_SINGULAR.
  subroutine linalg_solve_2d(a, b, x, status, assume_a, lower, transposed, check_finite, rcond, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve(mat_view(a), mat_view(b), mat_view(x), status, assume_a, lower, transposed, &
        check_finite, rcond, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_2d

  !> sciport_linalg_solve with a right-hand side vector b(n) and x(n).
  subroutine linalg_solve_1d(a, b, x, status, assume_a, lower, transposed, check_finite, rcond, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve(mat_view(a), col_view(b), col_view(x), status, assume_a, lower, transposed, &
        check_finite, rcond, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_1d

  subroutine run_solve_triangular(av, bv, xv, status, trans, lower, unit_diagonal, check_finite, msg)
    type(sciport_mat), intent(in) :: av, bv, xv
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: lower, unit_diagonal, check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_solve_triangular_c(av, bv, opt_trans(trans), opt_bool(lower, .false.), &
        opt_bool(unit_diagonal, .false.), opt_bool(check_finite, .true.), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve_triangular

  !> scipy.linalg.solve_triangular(a, b, trans=0, lower=False,
  !> unit_diagonal=False, check_finite=True): `trans` 0 (a x = b), 1 (a^T x = b)
  !> or 2 (a^H x = b); only the `lower` (else upper) triangle of a is read.
  subroutine linalg_solve_triangular_2d(a, b, x, status, trans, lower, unit_diagonal, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: lower, unit_diagonal, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_triangular(mat_view(a), mat_view(b), mat_view(x), status, trans, lower, &
        unit_diagonal, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_triangular_2d

  !> sciport_linalg_solve_triangular with vectors b(n), x(n).
  subroutine linalg_solve_triangular_1d(a, b, x, status, trans, lower, unit_diagonal, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: lower, unit_diagonal, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_triangular(mat_view(a), col_view(b), col_view(x), status, trans, lower, &
        unit_diagonal, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_triangular_1d

  !> scipy.linalg.lu_factor(a, check_finite=True): a(m, n) -> lu(m, n) (L below
  !> the unit diagonal, U on and above) and piv(min(m, n)), SciPy's 0-based row
  !> interchanges (row i swapped with row piv(i+1); add 1 for LAPACK's ipiv).
  !> A singular a is not an error (lu has a zero on the diagonal).
  subroutine linalg_lu_factor_real(a, lu, piv, status, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: lu(:, :)
    integer(c_int64_t), intent(inout), contiguous :: piv(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_lu_factor_c(mat_view(a), opt_bool(check_finite, .true.), mat_view(lu), piv, &
        size(piv, kind=c_size_t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_factor_real

  !> scipy.linalg.lu(a, permute_l=False, check_finite=True, p_indices=False) of
  !> a(m, n), k = min(m, n): a = P L U with partial pivoting (the factors of
  !> sciport_linalg_lu_factor, unpacked). l(m, k) receives the unit lower
  !> triangular L, u(k, n) the upper triangular U. The permutation is returned
  !> through the optional outputs, either, both or none: p(m, m) SciPy's matrix
  !> (a = matmul(p, matmul(l, u))), p_indices(m) SciPy's p_indices=True rows,
  !> 0-based as lu_factor's piv (a = matmul(l(p_indices + 1, :), u)).
  !> permute_l = .true.: l(m, k) receives P L (SciPy's (pl, u)) and p and
  !> p_indices must be absent. An empty a (m or n zero) has SciPy's empty
  !> permutation: p(0, 0), p_indices(0). A singular a is not an error (u has a
  !> zero on its diagonal). Errors: wrong shapes SCIPORT_ERR_DIMENSION_MISMATCH;
  !> p or p_indices with permute_l, NaN/Inf with check_finite
  !> SCIPORT_ERR_INVALID_ARGUMENT. Outputs are written only on success.
  subroutine linalg_lu_real(a, l, u, status, p, p_indices, permute_l, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: l(:, :), u(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: p(:, :)
    integer(c_int64_t), intent(inout), target, contiguous, optional :: p_indices(:)
    logical, intent(in), optional :: permute_l, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: pv
    integer(c_int64_t), target :: none(1)
    type(c_ptr) :: err, pp, ppi
    integer(c_size_t) :: plen
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pp = c_null_ptr
    if (present(p)) then
      pv = mat_view(p)
      pp = c_loc(pv)
    end if
    ppi = c_null_ptr
    plen = 0
    if (present(p_indices)) then
      plen = size(p_indices, kind=c_size_t)
      ppi = opt_piv(p_indices)
      ! present but empty (m = 0): still "given" (c_loc of a zero-sized array is
      ! not allowed), so that permute_l rejects it as for m > 0; nothing is written
      none = 0
      if (plen == 0) ppi = c_loc(none)
    end if
    err = c_null_ptr
    st = sciport_linalg_lu_c(mat_view(a), opt_bool(permute_l, .false.), opt_bool(check_finite, .true.), &
        pp, ppi, plen, mat_view(l), mat_view(u), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_real

  subroutine run_lu_solve(luv, piv, bv, xv, status, trans, check_finite, msg)
    type(sciport_mat), intent(in) :: luv, bv, xv
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_lu_solve_c(luv, piv, size(piv, kind=c_size_t), bv, opt_trans(trans), &
        opt_bool(check_finite, .true.), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_lu_solve

  !> scipy.linalg.lu_solve((lu, piv), b, trans=0, check_finite=True) with lu and
  !> piv from sciport_linalg_lu_factor; `trans` as in solve_triangular.
  subroutine linalg_lu_solve_2d(lu, piv, b, x, status, trans, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: lu(:, :), b(:, :)
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_lu_solve(mat_view(lu), piv, mat_view(b), mat_view(x), status, trans, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_solve_2d

  !> sciport_linalg_lu_solve with vectors b(n), x(n).
  subroutine linalg_lu_solve_1d(lu, piv, b, x, status, trans, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: lu(:, :), b(:)
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_lu_solve(mat_view(lu), piv, col_view(b), col_view(x), status, trans, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_solve_1d

  !> scipy.linalg.cho_factor(a, lower=False, check_finite=True): c(n, n) holds
  !> the factor in the `lower` (else upper) triangle and a's entries in the
  !> other. A matrix that is not positive definite gives SCIPORT_ERR_SINGULAR.
  subroutine linalg_cho_factor_real(a, c, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: c(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_cho_factor_c(mat_view(a), opt_bool(lower, .false.), &
        opt_bool(check_finite, .true.), mat_view(c), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_factor_real

  subroutine run_cho_solve(cv, bv, xv, status, lower, check_finite, msg)
    type(sciport_mat), intent(in) :: cv, bv, xv
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_cho_solve_c(cv, opt_bool(lower, .false.), bv, opt_bool(check_finite, .true.), &
        xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_cho_solve

  !> scipy.linalg.cho_solve((c, lower), b, check_finite=True) with c from
  !> sciport_linalg_cho_factor; `lower` must be the one given to cho_factor
  !> (default .false. as cho_factor's).
  subroutine linalg_cho_solve_2d(c, b, x, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_cho_solve(mat_view(c), mat_view(b), mat_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_solve_2d

  !> sciport_linalg_cho_solve with vectors b(n), x(n).
  subroutine linalg_cho_solve_1d(c, b, x, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_cho_solve(mat_view(c), col_view(b), col_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_solve_1d

  !> scipy.linalg.cholesky(a, lower=False, check_finite=True): c(n, n) = U with
  !> a = U^T U (L with a = L L^T when `lower`); the other triangle is zero.
  subroutine linalg_cholesky_real(a, c, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: c(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_cholesky_c(mat_view(a), opt_bool(lower, .false.), &
        opt_bool(check_finite, .true.), mat_view(c), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cholesky_real

  !> scipy.linalg.inv(a, check_finite=True): ainv(n, n) = a^-1.
  subroutine linalg_inv_real(a, ainv, status, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: ainv(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_inv_c(mat_view(a), opt_bool(check_finite, .true.), mat_view(ainv), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_inv_real

  !> scipy.linalg.det(a, check_finite=True) into `det` (1 for a 0 x 0 matrix).
  subroutine linalg_det_real(a, det, status, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout) :: det
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_det_c(mat_view(a), opt_bool(check_finite, .true.), det, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_det_real

  !> scipy.linalg.svd(a, full_matrices=True, compute_uv=True, check_finite=True,
  !> lapack_driver='gesdd') of a(m, n), k = min(m, n): s(k) descending; u(m, m)
  !> and vh(n, n), or u(m, k) and vh(k, n) when .not. full_matrices. Give both u
  !> and vh, or neither (SciPy's compute_uv=False). Singular vector signs may
  !> differ from LAPACK's (u(:, i) and vh(i, :) flip together).
  subroutine linalg_svd_real(a, s, status, u, vh, full_matrices, check_finite, lapack_driver, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: s(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: u(:, :), vh(:, :)
    logical, intent(in), optional :: full_matrices, check_finite
    character(len=*), intent(in), optional :: lapack_driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: uv, vhv
    character(kind=c_char), allocatable, target :: cdriver(:)
    type(c_ptr) :: err, pu, pvh
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pu = c_null_ptr
    pvh = c_null_ptr
    if (present(u)) then
      uv = mat_view(u)
      pu = c_loc(uv)
    end if
    if (present(vh)) then
      vhv = mat_view(vh)
      pvh = c_loc(vhv)
    end if
    if (present(lapack_driver)) call to_c_string(lapack_driver, cdriver)
    err = c_null_ptr
    st = sciport_linalg_svd_c(mat_view(a), opt_bool(full_matrices, .true.), opt_bool(check_finite, .true.), &
        c_string_ptr(cdriver), s, size(s, kind=c_size_t), pu, pvh, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_svd_real

  !> scipy.linalg.svdvals(a, check_finite=True): s(min(m, n)), descending.
  subroutine linalg_svdvals_real(a, s, status, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: s(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_svdvals_c(mat_view(a), opt_bool(check_finite, .true.), s, size(s, kind=c_size_t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_svdvals_real

  !> eigh/eigvalsh options from the optional keywords (driver set by the caller).
  function eigh_options(lower, check_finite, subset_by_index, subset_by_value) result(o)
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    type(sciport_linalg_eigh_options) :: o
    o = sciport_linalg_eigh_options_default()
    o%lower = opt_bool(lower, .true.)
    o%check_finite = opt_bool(check_finite, .true.)
    if (present(subset_by_index)) o%subset_by_index = int(subset_by_index, c_int64_t)
    if (present(subset_by_value)) o%subset_by_value = subset_by_value
  end function eigh_options

  subroutine run_eigh(a, w, status, v, m, lower, check_finite, subset_by_index, subset_by_value, driver, &
      msg, b, itype)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: v(:, :)
    integer, intent(out), optional :: m
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    character(len=*), intent(in), optional :: driver
    character(len=:), allocatable, intent(out) :: msg
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    integer, intent(in), optional :: itype
    type(sciport_linalg_eigh_options) :: opts
    type(sciport_mat), target :: vv
    character(kind=c_char), allocatable, target :: cdriver(:)
    type(c_ptr) :: err, pv
    integer(c_size_t) :: cm
    integer(c_int32_t) :: st, code, ct
    opts = eigh_options(lower, check_finite, subset_by_index, subset_by_value)
    if (present(driver)) call to_c_string(driver, cdriver)
    opts%driver = c_string_ptr(cdriver)
    cm = 0
    err = c_null_ptr
    pv = c_null_ptr
    if (present(v)) then
      vv = mat_view(v)
      pv = c_loc(vv)
    end if
    if (present(b)) then
      ! SciPy's type (default 1) matters only with b, as SciPy's (checked by the library)
      ct = 1
      if (present(itype)) ct = int(itype, c_int32_t)
      st = sciport_linalg_eigh_generalized_c(mat_view(a), mat_view(b), ct, opts, w, size(w, kind=c_size_t), &
          pv, cm, err)
    else if (present(v)) then
      st = sciport_linalg_eigh_c(mat_view(a), opts, w, size(w, kind=c_size_t), pv, cm, err)
    else
      st = sciport_linalg_eigvalsh_c(mat_view(a), opts, w, size(w, kind=c_size_t), cm, err)
    end if
    call finish(st, err, status, msg, code)
    if (present(m)) m = int(cm)
  end subroutine run_eigh

  !> scipy.linalg.eigh(a, b=None, lower=True, eigvals_only=False, type=1, check_finite=True,
  !> subset_by_index=None, subset_by_value=None, driver=None) for a symmetric
  !> a(n, n): eigenvalues ascending in w(1:m), eigenvectors in the columns v(:, 1:m)
  !> (v absent = eigvals_only). `m` receives the count (n without a subset; 0 on
  !> failure); w needs at least m entries and v n rows and at least m columns (size n
  !> is always enough). subset_by_index = [lo, hi] is 0-based inclusive as SciPy's;
  !> subset_by_value = [lo, hi] selects lo < w <= hi (may be +-huge/infinite).
  !> b absent (SciPy's None) is the standard problem, `driver` "ev", "evd", "evr" or
  !> "evx", `type` ignored as by SciPy. A symmetric positive definite b(n, n) (read
  !> from the same triangle as a) gives the generalized problem of SciPy's `type`:
  !> 1 a v = w b v, 2 a b v = w v, 3 b a v = w v, with SciPy's normalization
  !> (v^T b v = I for types 1, 2; v^T b^-1 v = I for type 3); `driver` "gv", "gvd"
  !> or "gvx" (subsets need gvx or none); b not positive definite is
  !> SCIPORT_ERR_SINGULAR ("The leading minor of order k of B is not positive
  !> definite. ..."). b and type are keyword arguments (b=, type=: the positions of
  !> the other arguments are unchanged). Eigenvector signs may differ from LAPACK's.
  subroutine linalg_eigh_real(a, w, status, v, m, lower, check_finite, subset_by_index, &
      subset_by_value, driver, b, type, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: v(:, :)
    integer, intent(out), optional :: m
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    character(len=*), intent(in), optional :: driver
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    integer, intent(in), optional :: type
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eigh(a, w, status, v, m, lower, check_finite, subset_by_index, subset_by_value, driver, msg, &
        b, type)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigh_real

  !> scipy.linalg.eigvalsh(a, b=None, lower=True, type=1, check_finite=True,
  !> subset_by_index=None, subset_by_value=None, driver=None): eigh's eigenvalues
  !> only (w, m, b, type as eigh's; b and type keyword arguments).
  subroutine linalg_eigvalsh_real(a, w, status, m, lower, check_finite, subset_by_index, &
      subset_by_value, driver, b, type, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(out), optional :: m
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    character(len=*), intent(in), optional :: driver
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    integer, intent(in), optional :: type
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eigh(a, w, status, m=m, lower=lower, check_finite=check_finite, &
        subset_by_index=subset_by_index, subset_by_value=subset_by_value, driver=driver, msg=msg, &
        b=b, itype=type)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigvalsh_real

  ! ---- linalg, general eigenproblem (scipy.linalg.eig / eigvals) -----------------
  ! Complex outputs are contiguous complex(c_double_complex) arrays; vl / vr are
  ! passed without copies as sciport_cmat views with strides (1, n).

  !> Column-major view of a contiguous complex matrix (NULL data when empty).
  function cmat_view(x) result(v)
    complex(c_double_complex), intent(in), target, contiguous :: x(:, :)
    type(sciport_cmat) :: v
    v = sciport_cmat(data_ptr_c2(x), size(x, 1, kind=c_size_t), size(x, 2, kind=c_size_t), &
        1_c_intptr_t, int(max(size(x, 1), 1), c_intptr_t))
  end function cmat_view

  !> Shared body of eig / eigvals: w(w_len) in the C layout (alpha then beta when
  !> homogeneous); vectors = .false. is eigvals (vl, vr absent).
  subroutine run_eig(a, w, status, b, vl, vr, vectors, check_finite, homogeneous, msg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in) :: vectors, homogeneous
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_mat), target :: bv
    type(sciport_cmat), target :: vlv, vrv
    type(c_ptr) :: err, pb, pvl, pvr
    integer(c_int32_t) :: st, code
    pb = c_null_ptr
    if (present(b)) then
      bv = mat_view(b)
      pb = c_loc(bv)
    end if
    pvl = c_null_ptr
    if (present(vl)) then
      vlv = cmat_view(vl)
      pvl = c_loc(vlv)
    end if
    pvr = c_null_ptr
    if (present(vr)) then
      vrv = cmat_view(vr)
      pvr = c_loc(vrv)
    end if
    err = c_null_ptr
    if (vectors) then
      st = sciport_linalg_eig_c(mat_view(a), pb, opt_bool(check_finite, .true.), &
          logical(homogeneous, c_bool), w, size(w, kind=c_size_t), pvl, pvr, err)
    else
      st = sciport_linalg_eigvals_c(mat_view(a), pb, opt_bool(check_finite, .true.), &
          logical(homogeneous, c_bool), w, size(w, kind=c_size_t), err)
    end if
    call finish(st, err, status, msg, code)
  end subroutine run_eig

  !> scipy.linalg.eig(a, b=None, left=False, right=True, check_finite=True,
  !> homogeneous_eigvals=False) of a real a(n, n): eigenvalues w(n) and the
  !> eigenvectors as the columns of the optional outputs vl(n, n), vr(n, n), with
  !> a vr(:, i) = w(i) vr(:, i) and conjg(vl(:, i)) a = w(i) conjg(vl(:, i))
  !> (generalized with the optional b(n, n): a vr = w b vr, vl^H a = w vl^H b).
  !> SciPy's left / right are whether vl / vr are present (neither: SciPy's
  !> left=False, right=False, i.e. eigvals); call with vr only for SciPy's default
  !> (w, vr). homogeneous_eigvals = .true. with this 1-D w: w(2 * n) receives SciPy's
  !> (2, n) array flattened in C order, alpha in w(1:n) and beta in w(n+1:2*n)
  !> (w = alpha / beta; beta = 1 without b, real >= 0 with it); the generic
  !> sciport_linalg_eig also takes w(2, n) instead (linalg_eig_2d). Generalized
  !> eigenvalues with beta = 0 are infinite, (inf, 0) (NaN when alpha = 0 too), as
  !> SciPy's. Outputs are always complex: SciPy returns a real vr/vl when every
  !> eigenvalue is real, here their imaginary parts are 0. Eigenvectors have unit
  !> 2-norm and their largest component real (LAPACK geev's normalization); SciPy's
  !> may differ by a unit complex factor (ggev leaves the phase free). Conjugate
  !> pairs come positive imaginary part first. An empty a (0 x 0) gives empty
  !> results whatever b is. Errors: a or b not square, b's shape /= a's, w's
  !> length, vl / vr not n x n SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf in a or b
  !> SCIPORT_ERR_INVALID_ARGUMENT even with check_finite = .false. (SciPy raises
  !> either way: LAPACK rejects it); no convergence SCIPORT_ERR_SINGULAR. Outputs
  !> are written only on success.
  subroutine linalg_eig_1d(a, w, status, b, vl, vr, check_finite, homogeneous_eigvals, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eig(a, w, status, b, vl, vr, .true., check_finite, &
        logical(opt_bool(homogeneous_eigvals, .false.)), msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eig_1d

  !> sciport_linalg_eig with w(2, n), SciPy's homogeneous_eigvals=True array with
  !> its indices: w(1, j) = alpha_j, w(2, j) = beta_j (eigenvalue alpha_j / beta_j;
  !> beta = 1 without b, real >= 0 with it). homogeneous_eigvals may be omitted (it
  !> is implied); .false. is SCIPORT_ERR_INVALID_ARGUMENT, size(w, 1) /= 2 or
  !> size(w, 2) /= n SCIPORT_ERR_DIMENSION_MISMATCH. Everything else as the 1-D form.
  subroutine linalg_eig_2d(a, w, status, b, vl, vr, check_finite, homogeneous_eigvals, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout) :: w(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    complex(c_double_complex), allocatable :: flat(:)
    if (homogeneous_shape(w, homogeneous_eigvals, status, msg)) then
      allocate (flat(2 * size(w, 2)))
      call run_eig(a, flat, status, b, vl, vr, .true., check_finite, .true., msg)
      if (status == SCIPORT_OK) w = transpose(reshape(flat, [size(w, 2), 2]))
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eig_2d

  !> Checks a w(2, n) homogeneous output (shape, homogeneous_eigvals not .false.);
  !> sets status and msg when it is wrong.
  logical function homogeneous_shape(w, homogeneous_eigvals, status, msg) result(ok)
    complex(c_double_complex), intent(in) :: w(:, :)
    logical, intent(in), optional :: homogeneous_eigvals
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    ok = .true.
    status = SCIPORT_OK
    msg = ''
    if (present(homogeneous_eigvals)) then
      if (.not. homogeneous_eigvals) then
        ok = .false.
        status = SCIPORT_ERR_INVALID_ARGUMENT
        msg = 'w(2, n) is the homogeneous_eigvals=True output: pass w(n) for homogeneous_eigvals=False'
        return
      end if
    end if
    if (size(w, 1) /= 2) then
      ok = .false.
      status = SCIPORT_ERR_DIMENSION_MISMATCH
      msg = 'homogeneous eigenvalues w must have 2 rows (alpha, beta)'
    end if
  end function homogeneous_shape

  !> scipy.linalg.eigvals(a, b=None, check_finite=True, homogeneous_eigvals=False):
  !> sciport_linalg_eig's eigenvalues without eigenvectors (same w, same errors;
  !> bit for bit the w of eig).
  subroutine linalg_eigvals_1d(a, w, status, b, check_finite, homogeneous_eigvals, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eig(a, w, status, b, vectors=.false., check_finite=check_finite, &
        homogeneous=logical(opt_bool(homogeneous_eigvals, .false.)), msg=msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigvals_1d

  !> sciport_linalg_eigvals with w(2, n) (w(1, :) alpha, w(2, :) beta), as linalg_eig_2d.
  subroutine linalg_eigvals_2d(a, w, status, b, check_finite, homogeneous_eigvals, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout) :: w(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    complex(c_double_complex), allocatable :: flat(:)
    if (homogeneous_shape(w, homogeneous_eigvals, status, msg)) then
      allocate (flat(2 * size(w, 2)))
      call run_eig(a, flat, status, b, vectors=.false., check_finite=check_finite, homogeneous=.true., &
          msg=msg)
      if (status == SCIPORT_OK) w = transpose(reshape(flat, [size(w, 2), 2]))
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigvals_2d

  ! ---- linalg, matrix forms (scipy.linalg.hessenberg / polar) --------------------
  ! Same conventions as above: caller-allocated outputs with SciPy's shapes, passed
  ! without copies as sciport_mat views, written only on success.

  !> scipy.linalg.hessenberg(a, calc_q=False, overwrite_a=False, check_finite=True)
  !> of a real a(n, n): a = Q H Q^T with LAPACK's gehrd reflectors (H and Q equal
  !> SciPy's to rounding). h(n, n) receives H (exactly zero below the first
  !> subdiagonal); the optional q(n, n) receives the orthogonal Q (present = SciPy's
  !> calc_q=True, SciPy's (H, Q); absent = calc_q=False, H alone). Matrices of order
  !> 2 or less come back unchanged with Q = I, as SciPy's. `h` may be `a` itself
  !> only through the raw interface (Fortran forbids the aliasing); overwrite_a has
  !> no counterpart (`a` is never written). Errors: a not square, h or q not n x n
  !> SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf with check_finite
  !> SCIPORT_ERR_INVALID_ARGUMENT (with check_finite = .false. they propagate, as
  !> in SciPy). Outputs are written only on success.
  subroutine sciport_linalg_hessenberg(a, h, status, q, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: h(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: q(:, :)
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: qv
    type(c_ptr) :: err, pq
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pq = c_null_ptr
    if (present(q)) then
      qv = mat_view(q)
      pq = c_loc(qv)
    end if
    err = c_null_ptr
    st = sciport_linalg_hessenberg_c(mat_view(a), opt_bool(check_finite, .true.), mat_view(h), pq, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_hessenberg

  !> scipy.linalg.polar(a, side='right') of a real a(m, n), from its thin SVD:
  !> side 'right' (the default, also when `side` is absent) is a = u p, side 'left'
  !> a = p u. u(m, n) receives the factor with orthonormal columns (m >= n) or rows
  !> (m < n); p the symmetric positive semidefinite factor, p(n, n) for 'right' and
  !> p(m, m) for 'left'. For a rank-deficient a, u is not unique (SciPy's may
  !> differ; p is). Errors: another side SCIPORT_ERR_UNKNOWN_NAME; u or p of the
  !> wrong shape SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf
  !> SCIPORT_ERR_INVALID_ARGUMENT (always: SciPy's svd checks them, polar has no
  !> check_finite); no SVD convergence SCIPORT_ERR_SINGULAR. Outputs are written
  !> only on success.
  subroutine sciport_linalg_polar(a, u, p, status, side, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: u(:, :), p(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: side
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(kind=c_char), allocatable, target :: cside(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    if (present(side)) call to_c_string(side, cside)
    err = c_null_ptr
    st = sciport_linalg_polar_c(mat_view(a), c_string_ptr(cside), mat_view(u), mat_view(p), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_polar

  ! ---- linalg, matrix functions (scipy.linalg.expm) --------------------------------
  ! Same conventions: a caller-allocated output with SciPy's shape, passed without a
  ! copy as a sciport_mat view, written only on success.

  !> scipy.linalg.expm(a): the matrix exponential exp(a) of a real a(n, n) into
  !> expa(n, n), by scaling and squaring with the Pade degree and scaling of Al-Mohy and
  !> Higham (2009), SciPy's algorithm (a triangular a gives a triangular exp(a) with
  !> exact exp(a(i, i)) on the diagonal; a diagonal a is exponentiated entrywise). An
  !> empty a (0 x 0) gives an empty result. SciPy's expm has no check_finite: NaN or Inf
  !> in a is not an error, the result is NaN wherever it can be nonzero (as SciPy's).
  !> `expa` may be `a` itself only through the raw interface (Fortran forbids the
  !> aliasing). Errors: a not square, expa not n x n SCIPORT_ERR_DIMENSION_MISMATCH.
  !> The output is written only on success.
  subroutine linalg_expm_real(a, expa, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: expa(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_expm_c(mat_view(a), mat_view(expa), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_expm_real

  ! ---- linalg, symmetric indefinite factorization (scipy.linalg.ldl) ----------------
  ! Same conventions: caller-allocated outputs with SciPy's shapes, passed without
  ! copies (lu, d as sciport_mat views), written only on success; perm is SciPy's
  ! 0-based row order, as lu_factor's piv and lu's p_indices.

  !> scipy.linalg.ldl(a, lower=True, hermitian=True, overwrite_a=False,
  !> check_finite=True) of a real symmetric a(n, n): a = lu d lu^T by LAPACK's
  !> Bunch-Kaufman pivoting (sytrf), unpacked as SciPy does. Only the lower
  !> (lower = .true., the default, as SciPy's) or upper (lower = .false.) triangle
  !> of a is read. lu(n, n) receives the triangular factor with its rows permuted:
  !> lu(perm + 1, :) is unit lower (upper with lower = .false.) triangular;
  !> d(n, n) the block diagonal factor (1 x 1 and 2 x 2 blocks, symmetric);
  !> perm(n) the 0-based row order (SciPy's perm; add 1 for Fortran indices). SciPy's
  !> hermitian only matters for complex input (real a is symmetric either way) and
  !> overwrite_a has no counterpart (a is never written). A singular a is not an error
  !> (d has a zero block); an empty a (0 x 0) gives empty results. Errors: a not
  !> square, lu or d not n x n, size(perm) /= n SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf
  !> (in the read triangle or not) with check_finite SCIPORT_ERR_INVALID_ARGUMENT.
  !> Outputs are written only on success.
  subroutine sciport_linalg_ldl(a, lu, d, perm, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: lu(:, :), d(:, :)
    integer(c_int64_t), intent(inout), contiguous :: perm(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_ldl_c(mat_view(a), opt_bool(lower, .true.), .true._c_bool, &
        opt_bool(check_finite, .true.), mat_view(lu), mat_view(d), perm, size(perm, kind=c_size_t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_ldl

  ! ---- linalg, orthogonal factorizations (slice 2) -----------------------------
  ! Same conventions as above. Column orders `p` are SciPy's 0-based values, as
  ! lu_factor's piv: a(:, p + 1) = matmul(q, r). Optional real keywords that
  ! SciPy defaults to None (cond, atol, rtol, tol, rcond) are passed as NaN when
  ! absent. Counts (rank, ncols, n_residues) are default integers, 0 on failure.

  !> An optional real keyword for C, NaN (SciPy's None) when absent.
  function opt_real(x) result(r)
    real(c_double), intent(in), optional :: x
    real(c_double) :: r
    r = ieee_value(r, ieee_quiet_nan)
    if (present(x)) r = x
  end function opt_real

  !> C pointer to an optional column order p(n), NULL when absent or empty.
  function opt_piv(p) result(cp)
    integer(c_int64_t), intent(in), target, contiguous, optional :: p(:)
    type(c_ptr) :: cp
    cp = c_null_ptr
    if (present(p)) then
      if (size(p) > 0) cp = c_loc(p)
    end if
  end function opt_piv

  !> A mode keyword for C: `mode` when given, else "full" when the optional
  !> second factor is present and "r" when it is absent.
  subroutine mode_string(mode, have_q, buf)
    character(len=*), intent(in), optional :: mode
    logical, intent(in) :: have_q
    character(kind=c_char), allocatable, intent(out) :: buf(:)
    if (present(mode)) then
      call to_c_string(mode, buf)
    else if (have_q) then
      call to_c_string('full', buf)
    else
      call to_c_string('r', buf)
    end if
  end subroutine mode_string

  !> scipy.linalg.qr(a, mode='full', pivoting=False, check_finite=True) of
  !> a(m, n), k = min(m, n): a = Q R (a(:, p + 1) = Q R with pivoting).
  !> `mode` "full" (also "qr"): q(m, m), r(m, n); "economic": q(m, k), r(k, n);
  !> "r": r(m, n) only (q must be absent). Without `mode` it is "full" when q is
  !> present and "r" when q is absent. `p` present = pivoting=True (LAPACK
  !> geqp3): p(n) receives SciPy's 0-based column order. Q and R are LAPACK's
  !> (geqrf/geqp3 conventions), equal to SciPy's to rounding. Mode "raw" is
  !> sciport_linalg_qr_raw. Errors: an unknown mode is SCIPORT_ERR_UNKNOWN_NAME;
  !> "raw", q given for "r" and NaN/Inf with check_finite are
  !> SCIPORT_ERR_INVALID_ARGUMENT; wrong shapes SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine linalg_qr_real(a, r, status, q, p, mode, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: r(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: q(:, :)
    integer(c_int64_t), intent(inout), target, contiguous, optional :: p(:)
    character(len=*), intent(in), optional :: mode
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: qv
    character(kind=c_char), allocatable, target :: cmode(:)
    type(c_ptr) :: err, pq
    integer(c_size_t) :: plen
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pq = c_null_ptr
    if (present(q)) then
      qv = mat_view(q)
      pq = c_loc(qv)
    end if
    call mode_string(mode, present(q), cmode)
    plen = 0
    if (present(p)) plen = size(p, kind=c_size_t)
    err = c_null_ptr
    st = sciport_linalg_qr_c(mat_view(a), c_string_ptr(cmode), logical(present(p), c_bool), &
        opt_bool(check_finite, .true.), pq, mat_view(r), opt_piv(p), plen, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_qr_real

  !> scipy.linalg.qr(a, mode='raw', pivoting=False, check_finite=True) of
  !> a(m, n), k = min(m, n): LAPACK geqrf's (geqp3's with pivoting) packed
  !> output. h(m, n) receives R on and above the diagonal and the Householder
  !> vectors below it (unit leading entry implied), tau(k) their scalars
  !> (H_i = I - tau(i) v_i v_i^T, Q = H_1 ... H_k); the optional r(k, n)
  !> receives R (SciPy's second output). `p` present = pivoting=True, as in
  !> sciport_linalg_qr (0-based). Errors as sciport_linalg_qr (tau's length).
  subroutine sciport_linalg_qr_raw(a, h, tau, status, r, p, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: h(:, :)
    real(c_double), intent(inout), contiguous :: tau(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: r(:, :)
    integer(c_int64_t), intent(inout), target, contiguous, optional :: p(:)
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: rv
    type(c_ptr) :: err, pr
    integer(c_size_t) :: plen
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pr = c_null_ptr
    if (present(r)) then
      rv = mat_view(r)
      pr = c_loc(rv)
    end if
    plen = 0
    if (present(p)) plen = size(p, kind=c_size_t)
    err = c_null_ptr
    st = sciport_linalg_qr_raw_c(mat_view(a), logical(present(p), c_bool), opt_bool(check_finite, .true.), &
        mat_view(h), tau, size(tau, kind=c_size_t), pr, opt_piv(p), plen, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_qr_raw

  !> scipy.linalg.rq(a, mode='full', check_finite=True) of a(m, n),
  !> k = min(m, n): a = R Q, R upper trapezoidal. `mode` "full": r(m, n),
  !> q(n, n); "economic": r(m, k), q(k, n); "r": r(m, n) only (q absent).
  !> Without `mode` it is "full" when q is present and "r" when q is absent.
  !> Errors as sciport_linalg_qr (LAPACK gerqf conventions).
  subroutine sciport_linalg_rq(a, r, status, q, mode, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: r(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: q(:, :)
    character(len=*), intent(in), optional :: mode
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: qv
    character(kind=c_char), allocatable, target :: cmode(:)
    type(c_ptr) :: err, pq
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pq = c_null_ptr
    if (present(q)) then
      qv = mat_view(q)
      pq = c_loc(qv)
    end if
    call mode_string(mode, present(q), cmode)
    err = c_null_ptr
    st = sciport_linalg_rq_c(mat_view(a), c_string_ptr(cmode), opt_bool(check_finite, .true.), &
        mat_view(r), pq, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_rq

  subroutine run_lstsq(av, bv, xv, status, pres, nres_len, n_residues, rank, s, cond, check_finite, &
      lapack_driver, msg)
    type(sciport_mat), intent(in) :: av, bv, xv
    integer(c_int32_t), intent(out) :: status
    type(c_ptr), intent(in) :: pres
    integer(c_size_t), intent(in) :: nres_len
    integer, intent(out), optional :: n_residues, rank
    real(c_double), intent(inout), target, contiguous, optional :: s(:)
    real(c_double), intent(in), optional :: cond
    logical, intent(in), optional :: check_finite
    character(len=*), intent(in), optional :: lapack_driver
    character(len=:), allocatable, intent(out) :: msg
    character(kind=c_char), allocatable, target :: cdriver(:)
    integer(c_size_t), target :: cnres, crank
    type(c_ptr) :: err, ps
    integer(c_size_t) :: slen
    integer(c_int32_t) :: st, code
    if (present(lapack_driver)) call to_c_string(lapack_driver, cdriver)
    ps = c_null_ptr
    slen = 0
    if (present(s)) then
      slen = size(s, kind=c_size_t)
      if (slen > 0) ps = c_loc(s)
    end if
    cnres = 0
    crank = 0
    err = c_null_ptr
    st = sciport_linalg_lstsq_c(av, bv, opt_real(cond), opt_bool(check_finite, .true.), &
        c_string_ptr(cdriver), xv, pres, nres_len, c_loc(cnres), c_loc(crank), ps, slen, err)
    call finish(st, err, status, msg, code)
    if (present(n_residues)) n_residues = int(cnres)
    if (present(rank)) rank = int(crank)
  end subroutine run_lstsq

  !> scipy.linalg.lstsq(a, b, cond=None, check_finite=True, lapack_driver=None)
  !> for a(m, n), b(m, nrhs): x(n, nrhs), the minimum-norm solution of
  !> min ||b - a x||_2, singular values <= cond * s(1) treated as zero (cond
  !> absent = SciPy's None = machine epsilon). Optional outputs: residues(nrhs),
  !> the squared residual norms, valid when `n_residues` = nrhs (m > n, rank n,
  !> driver not "gelsy"; else n_residues = 0 as SciPy's empty array and
  !> residues is untouched); `rank`; s(min(m, n)), the singular values,
  !> descending. `lapack_driver`: "gelsd" (default), "gelss" or "gelsy" (all
  !> solved the same way; see sciport.h). b's rows /= m is
  !> SCIPORT_ERR_DIMENSION_MISMATCH ("Shape mismatch: ...").
  subroutine linalg_lstsq_2d(a, b, x, status, residues, n_residues, rank, s, cond, check_finite, &
      lapack_driver, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: residues(:)
    integer, intent(out), optional :: n_residues, rank
    real(c_double), intent(inout), target, contiguous, optional :: s(:)
    real(c_double), intent(in), optional :: cond
    logical, intent(in), optional :: check_finite
    character(len=*), intent(in), optional :: lapack_driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    type(c_ptr) :: pres
    integer(c_size_t) :: nlen
    pres = c_null_ptr
    nlen = 0
    if (present(residues)) then
      nlen = size(residues, kind=c_size_t)
      if (nlen > 0) pres = c_loc(residues)
    end if
    call run_lstsq(mat_view(a), mat_view(b), mat_view(x), status, pres, nlen, n_residues, rank, s, &
        cond, check_finite, lapack_driver, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lstsq_2d

  !> sciport_linalg_lstsq with a vector b(m) and x(n) (SciPy's 1-D b): the
  !> optional `residues` is a scalar, valid when n_residues = 1.
  subroutine linalg_lstsq_1d(a, b, x, status, residues, n_residues, rank, s, cond, check_finite, &
      lapack_driver, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, optional :: residues
    integer, intent(out), optional :: n_residues, rank
    real(c_double), intent(inout), target, contiguous, optional :: s(:)
    real(c_double), intent(in), optional :: cond
    logical, intent(in), optional :: check_finite
    character(len=*), intent(in), optional :: lapack_driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    type(c_ptr) :: pres
    integer(c_size_t) :: nlen
    pres = c_null_ptr
    nlen = 0
    if (present(residues)) then
      nlen = 1
      pres = c_loc(residues)
    end if
    call run_lstsq(mat_view(a), col_view(b), col_view(x), status, pres, nlen, n_residues, rank, s, &
        cond, check_finite, lapack_driver, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lstsq_1d

  !> scipy.linalg.pinv(a, atol=None, rtol=None, return_rank=False,
  !> check_finite=True) of a(m, n): apinv(n, m), keeping the singular values
  !> greater than atol + rtol * s_max (atol absent = 0, rtol absent =
  !> max(m, n) * epsilon(1d0), SciPy's Nones); the optional `rank` receives the
  !> number kept (SciPy's return_rank=True). A negative atol or rtol is
  !> SCIPORT_ERR_INVALID_ARGUMENT ("atol and rtol values must be positive.").
  subroutine sciport_linalg_pinv(a, apinv, status, rank, atol, rtol, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: apinv(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(out), optional :: rank
    real(c_double), intent(in), optional :: atol, rtol
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t), target :: crank
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    crank = 0
    err = c_null_ptr
    st = sciport_linalg_pinv_c(mat_view(a), opt_real(atol), opt_real(rtol), opt_bool(check_finite, .true.), &
        mat_view(apinv), c_loc(crank), err)
    call finish(st, err, status, msg, code)
    if (present(rank)) rank = int(crank)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_pinv

  !> numpy.linalg.matrix_rank(a, tol=None) of a(m, n): `rank` receives the
  !> number of singular values greater than `tol` (absent = NumPy's default
  !> s_max * max(m, n) * epsilon(1d0)); NaN/Inf is rejected with check_finite
  !> (default .true.; NumPy has no such keyword).
  subroutine sciport_linalg_matrix_rank(a, rank, status, tol, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    integer, intent(out) :: rank
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), optional :: tol
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t) :: crank
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    crank = 0
    err = c_null_ptr
    st = sciport_linalg_matrix_rank_c(mat_view(a), opt_real(tol), opt_bool(check_finite, .true.), crank, err)
    call finish(st, err, status, msg, code)
    rank = int(crank)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_matrix_rank

  !> scipy.linalg.null_space(a, rcond=None, check_finite=True) of a(m, n): an
  !> orthonormal basis of the null space in q(:, 1:ncols). q needs n rows and
  !> at least ncols columns (n columns are always enough; further columns are
  !> untouched); the rank counts the singular values > rcond * s_max (rcond
  !> absent = SciPy's None = max(m, n) * epsilon(1d0)). The basis is unique up
  !> to an orthogonal change of basis. Too few columns in q is
  !> SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine sciport_linalg_null_space(a, q, ncols, status, rcond, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: q(:, :)
    integer, intent(out) :: ncols
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), optional :: rcond
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t) :: cn
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    cn = 0
    err = c_null_ptr
    st = sciport_linalg_null_space_c(mat_view(a), opt_real(rcond), opt_bool(check_finite, .true.), &
        mat_view(q), cn, err)
    call finish(st, err, status, msg, code)
    ncols = int(cn)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_null_space

  !> scipy.linalg.orth(a, rcond=None) of a(m, n): an orthonormal basis of the
  !> range in q(:, 1:ncols); q needs m rows and at least ncols columns
  !> (min(m, n) are always enough); rank as in sciport_linalg_null_space. As
  !> SciPy, NaN/Inf is always rejected (SCIPORT_ERR_INVALID_ARGUMENT).
  subroutine sciport_linalg_orth(a, q, ncols, status, rcond, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: q(:, :)
    integer, intent(out) :: ncols
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), optional :: rcond
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_size_t) :: cn
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    cn = 0
    err = c_null_ptr
    st = sciport_linalg_orth_c(mat_view(a), opt_real(rcond), mat_view(q), cn, err)
    call finish(st, err, status, msg, code)
    ncols = int(cn)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_orth

  !> scipy.linalg.norm(a, ord=None, check_finite=True) of a matrix a(m, n)
  !> into `nrm`: `ord` "fro" (default), "nuc", "1", "-1", "2", "-2", "inf" or
  !> "-inf" (NumPy's matrix norms; numbers spelled as strings). An unknown ord
  !> is SCIPORT_ERR_UNKNOWN_NAME; a minimum over no rows or columns ("-1",
  !> "-2", "-inf" of some empty matrices, as NumPy's "zero-size array" error)
  !> SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine linalg_norm_2d(a, nrm, status, ord, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout) :: nrm
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: ord
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(kind=c_char), allocatable, target :: cord(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    if (present(ord)) call to_c_string(ord, cord)
    err = c_null_ptr
    st = sciport_linalg_norm_c(mat_view(a), c_string_ptr(cord), opt_bool(check_finite, .true.), nrm, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_norm_2d

  !> scipy.linalg.norm(x, ord=None, check_finite=True) of a vector x(n) into
  !> `nrm`: `ord` 2 (default), +Inf (ieee_value(1d0, ieee_positive_inf):
  !> max |x_i|), -Inf (min |x_i|), 0 (the count of nonzeros) or any other p,
  !> (sum |x_i|^p)^(1/p). Also reachable as the generic sciport_linalg_norm.
  !> A NaN ord, or -Inf on an empty x, is SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine sciport_linalg_vector_norm(x, nrm, status, ord, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout) :: nrm
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), optional :: ord
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    real(c_double) :: cord
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    cord = 2
    if (present(ord)) cord = ord
    err = c_null_ptr
    st = sciport_linalg_vector_norm_c(sciport_vec(data_ptr_r1(x), size(x, kind=c_size_t), 1_c_intptr_t), &
        cord, opt_bool(check_finite, .true.), nrm, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_vector_norm

  ! ---- linalg, banded and structured matrices (slice 3) ------------------------
  ! Same conventions as above. The solvers take b(n, k)/x(n, k) or, through
  ! their generic names, vectors b(n)/x(n) (SciPy's 1-D b). Vectors c(:), r(:)
  ! are passed as contiguous sciport_vec views (stride 1).

  !> Stride-1 view of a contiguous real vector.
  function vec_view(x) result(v)
    real(c_double), intent(in), target, contiguous :: x(:)
    type(sciport_vec) :: v
    v = sciport_vec(data_ptr_r1(x), size(x, kind=c_size_t), 1_c_intptr_t)
  end function vec_view

  subroutine run_solve_banded(l, u, abv, bv, xv, status, check_finite, msg)
    integer, intent(in) :: l, u
    type(sciport_mat), intent(in) :: abv, bv, xv
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    if (l < 0 .or. u < 0) then
      status = SCIPORT_ERR_INVALID_ARGUMENT
      msg = 'invalid values for the number of lower and upper diagonals: l and u must be >= 0'
      return
    end if
    err = c_null_ptr
    st = sciport_linalg_solve_banded_c(int(l, c_size_t), int(u, c_size_t), abv, bv, &
        opt_bool(check_finite, .true.), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve_banded

  !> scipy.linalg.solve_banded((l, u), ab, b, check_finite=True): x(n, k)
  !> solves a x = b for the n x n band matrix a with `l` subdiagonals and `u`
  !> superdiagonals given in LAPACK's diagonal-ordered form ab(l + u + 1, n):
  !> ab(u + 1 + i - j, j) = a(i, j) (1-based; the unused corners are not read).
  !> Band LU with partial pivoting. Errors: a zero pivot is SCIPORT_ERR_SINGULAR
  !> ("singular matrix"); size(ab, 1) /= l + u + 1 or b's rows /= n
  !> SCIPORT_ERR_DIMENSION_MISMATCH ("shapes of ab and b are not compatible");
  !> NaN/Inf with check_finite SCIPORT_ERR_INVALID_ARGUMENT, as a negative l or u
  !> (checked by the wrapper: the C API takes size_t).
  subroutine linalg_solve_banded_2d(l, u, ab, b, x, status, check_finite, errmsg)
    integer, intent(in) :: l, u
    real(c_double), intent(in), target, contiguous :: ab(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_banded(l, u, mat_view(ab), mat_view(b), mat_view(x), status, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_banded_2d

  !> sciport_linalg_solve_banded with a vector b(n) and x(n).
  subroutine linalg_solve_banded_1d(l, u, ab, b, x, status, check_finite, errmsg)
    integer, intent(in) :: l, u
    real(c_double), intent(in), target, contiguous :: ab(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_banded(l, u, mat_view(ab), col_view(b), col_view(x), status, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_banded_1d

  subroutine run_solveh_banded(abv, bv, xv, status, lower, check_finite, msg)
    type(sciport_mat), intent(in) :: abv, bv, xv
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_solveh_banded_c(abv, bv, opt_bool(lower, .false.), opt_bool(check_finite, .true.), &
        xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solveh_banded

  !> scipy.linalg.solveh_banded(ab, b, lower=False, check_finite=True): x(n, k)
  !> solves a x = b for the symmetric positive definite n x n band matrix a
  !> with kd = size(ab, 1) - 1 off-diagonals in ab(kd + 1, n) (1-based): upper
  !> form (default) ab(kd + 1 + i - j, j) = a(i, j) for i <= j, lower form
  !> (`lower`) ab(1 + i - j, j) = a(i, j) for i >= j. Band Cholesky. Errors: a
  !> matrix that is not positive definite is SCIPORT_ERR_SINGULAR ("<k>th
  !> leading minor not positive definite"); b's rows /= n
  !> SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf with check_finite
  !> SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine linalg_solveh_banded_2d(ab, b, x, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: ab(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solveh_banded(mat_view(ab), mat_view(b), mat_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solveh_banded_2d

  !> sciport_linalg_solveh_banded with a vector b(n) and x(n).
  subroutine linalg_solveh_banded_1d(ab, b, x, status, lower, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: ab(:, :), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solveh_banded(mat_view(ab), col_view(b), col_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solveh_banded_1d

  subroutine run_solve_toeplitz(c, bv, xv, status, r, check_finite, msg)
    real(c_double), intent(in), target, contiguous :: c(:)
    type(sciport_mat), intent(in) :: bv, xv
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: r(:)
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_vec), target :: rv
    type(c_ptr) :: err, pr
    integer(c_int32_t) :: st, code
    pr = c_null_ptr
    if (present(r)) then
      rv = vec_view(r)
      pr = c_loc(rv)
    end if
    err = c_null_ptr
    st = sciport_linalg_solve_toeplitz_c(vec_view(c), pr, bv, opt_bool(check_finite, .true.), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve_toeplitz

  !> scipy.linalg.solve_toeplitz((c, r), b, check_finite=True): x(n, k) solves
  !> T x = b for the n x n Toeplitz matrix T with first column c(n) and first
  !> row r(n) (r(1) ignored; r absent = SciPy's solve_toeplitz(c, b): r = c,
  !> T symmetric), by Levinson recursion. As SciPy's, it needs every leading
  !> principal minor nonsingular: SCIPORT_ERR_SINGULAR ("Singular principal
  !> minor") otherwise. Lengths of c, r and b's rows differing are
  !> SCIPORT_ERR_DIMENSION_MISMATCH ("Incompatible dimensions"); NaN/Inf with
  !> check_finite SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine linalg_solve_toeplitz_2d(c, b, x, status, r, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: r(:)
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_toeplitz(c, mat_view(b), mat_view(x), status, r, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_toeplitz_2d

  !> sciport_linalg_solve_toeplitz with a vector b(n) and x(n).
  subroutine linalg_solve_toeplitz_1d(c, b, x, status, r, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: r(:)
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_toeplitz(c, col_view(b), col_view(x), status, r, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_toeplitz_1d

  subroutine run_solve_circulant(c, bv, xv, status, singular, tol, msg)
    real(c_double), intent(in), target, contiguous :: c(:)
    type(sciport_mat), intent(in) :: bv, xv
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: singular
    real(c_double), intent(in), optional :: tol
    character(len=:), allocatable, intent(out) :: msg
    character(kind=c_char), allocatable, target :: csing(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    if (present(singular)) call to_c_string(singular, csing)
    err = c_null_ptr
    st = sciport_linalg_solve_circulant_c(vec_view(c), bv, c_string_ptr(csing), opt_real(tol), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve_circulant

  !> scipy.linalg.solve_circulant(c, b, singular='raise', tol=None): x(n, k)
  !> solves C x = b for the n x n circulant matrix C = circulant(c) (first
  !> column c(n)), dividing by C's eigenvalues fft(c). An eigenvalue with
  !> |lambda| <= tol (tol absent = SciPy's None = max|lambda| * n * epsilon(1d0))
  !> makes `singular` "raise" (default) fail with SCIPORT_ERR_SINGULAR ("near
  !> singular circulant matrix.") and "lstsq" return the least-squares
  !> solution; another name is SCIPORT_ERR_UNKNOWN_NAME. b's rows /= n is
  !> SCIPORT_ERR_DIMENSION_MISMATCH. SciPy's caxis/baxis/outaxis batching is the
  !> caller's loop. As SciPy, there is no check_finite.
  subroutine linalg_solve_circulant_2d(c, b, x, status, singular, tol, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:), b(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: singular
    real(c_double), intent(in), optional :: tol
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_circulant(c, mat_view(b), mat_view(x), status, singular, tol, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_circulant_2d

  !> sciport_linalg_solve_circulant with a vector b(n) and x(n).
  subroutine linalg_solve_circulant_1d(c, b, x, status, singular, tol, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:), b(:)
    real(c_double), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: singular
    real(c_double), intent(in), optional :: tol
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_circulant(c, col_view(b), col_view(x), status, singular, tol, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_circulant_1d

  !> scipy.linalg.toeplitz(c, r=None): t(size(c), size(r)) receives the
  !> Toeplitz matrix with first column c and first row r (r(1) ignored:
  !> t(1, 1) = c(1)); r absent = SciPy's toeplitz(c), r = c (t(n, n),
  !> symmetric). A wrongly shaped t is SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine sciport_linalg_toeplitz(c, t, status, r, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:)
    real(c_double), intent(inout), target, contiguous :: t(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: r(:)
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_vec), target :: rv
    type(c_ptr) :: err, pr
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pr = c_null_ptr
    if (present(r)) then
      rv = vec_view(r)
      pr = c_loc(rv)
    end if
    err = c_null_ptr
    st = sciport_linalg_toeplitz_c(vec_view(c), pr, mat_view(t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_toeplitz

  !> scipy.linalg.circulant(c): cm(n, n) receives the circulant matrix with
  !> first column c(n) (column j is c rotated down by j - 1). A wrongly shaped
  !> cm is SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine sciport_linalg_circulant(c, cm, status, errmsg)
    real(c_double), intent(in), target, contiguous :: c(:)
    real(c_double), intent(inout), target, contiguous :: cm(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_circulant_c(vec_view(c), mat_view(cm), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_circulant

  !> scipy.linalg.hilbert(n): h(n, n) receives the Hilbert matrix,
  !> h(i, j) = 1 / (i + j - 1) (1-based). h not n x n is
  !> SCIPORT_ERR_DIMENSION_MISMATCH, a negative n SCIPORT_ERR_INVALID_ARGUMENT
  !> (checked by the wrapper: the C API takes size_t).
  subroutine sciport_linalg_hilbert(n, h, status, errmsg)
    integer, intent(in) :: n
    real(c_double), intent(inout), target, contiguous :: h(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    if (n < 0) then
      status = SCIPORT_ERR_INVALID_ARGUMENT
      if (present(errmsg)) errmsg = 'n must be >= 0'
      return
    end if
    err = c_null_ptr
    st = sciport_linalg_hilbert_c(int(n, c_size_t), mat_view(h), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_hilbert

  !> scipy.linalg.kron(a, b) of a(ma, na), b(mb, nb): k(ma * mb, na * nb)
  !> receives the Kronecker product, block (i, j) = a(i, j) * b. A wrongly
  !> shaped k is SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine sciport_linalg_kron(a, b, k, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :)
    real(c_double), intent(inout), target, contiguous :: k(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_kron_c(mat_view(a), mat_view(b), mat_view(k), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_kron

  !> scipy.linalg.block_diag(a1, a2, ...) for up to six blocks: out receives
  !> the present blocks a1, ..., a6 (in that order; absent ones are skipped)
  !> on its diagonal, zeros elsewhere; out has the sum of their rows and the
  !> sum of their columns. Fortran has no varargs: give the blocks
  !> positionally after `status` (call sciport_linalg_block_diag(out, status,
  !> a, b, c)); for more than six, call sciport_linalg_block_diag_c with an
  !> array of sciport_mat views. Blocks may have zero rows or columns (they
  !> shift the following blocks, as SciPy's); no block gives SciPy's 1 x 0
  !> result, so out must then be 1 x 0. SciPy's 1-D block is the 1 x n
  !> reshape(v, [1, n]). A wrongly shaped out is SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine sciport_linalg_block_diag(out, status, a1, a2, a3, a4, a5, a6, errmsg)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: a1(:, :), a2(:, :), a3(:, :), a4(:, :), &
        a5(:, :), a6(:, :)
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: views(6)
    integer :: n
    type(c_ptr) :: err, pb
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    n = 0
    if (present(a1)) call add(mat_view(a1))
    if (present(a2)) call add(mat_view(a2))
    if (present(a3)) call add(mat_view(a3))
    if (present(a4)) call add(mat_view(a4))
    if (present(a5)) call add(mat_view(a5))
    if (present(a6)) call add(mat_view(a6))
    pb = c_null_ptr
    if (n > 0) pb = c_loc(views)
    err = c_null_ptr
    st = sciport_linalg_block_diag_c(pb, int(n, c_size_t), mat_view(out), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  contains
    !> Appends one block's view.
    subroutine add(v)
      type(sciport_mat), intent(in) :: v
      n = n + 1
      views(n) = v
    end subroutine add
  end subroutine sciport_linalg_block_diag

  ! ---- linalg, complex matrices (the complex twins of the real wrappers) -------
  ! The specifics behind the generic SciPy names for complex(c_double_complex)
  ! arrays: same arguments, defaults, shapes and errors as the real ones, complex
  ! matrices passed without copies as sciport_cmat views with strides (1, m).
  ! Hermitian problems read only one triangle and ignore the imaginary parts of
  ! the diagonal (as LAPACK's zpotrf / zheevr); eigh's w and svd's s stay real.

  !> A contiguous complex vector x(n) as an n x 1 matrix view (SciPy's 1-D b).
  function ccol_view(x) result(v)
    complex(c_double_complex), intent(in), target, contiguous :: x(:)
    type(sciport_cmat) :: v
    v = sciport_cmat(data_ptr_c1(x), size(x, kind=c_size_t), 1_c_size_t, 1_c_intptr_t, &
        int(max(size(x), 1), c_intptr_t))
  end function ccol_view

  subroutine run_solve_complex(av, bv, xv, status, assume_a, lower, transposed, check_finite, rcond, msg)
    type(sciport_cmat), intent(in) :: av, bv, xv
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_linalg_solve_options) :: opts
    character(kind=c_char), allocatable, target :: cassume(:)
    type(c_ptr) :: err, prcond
    integer(c_int32_t) :: st, code
    opts = sciport_linalg_solve_options_default()
    if (present(assume_a)) call to_c_string(assume_a, cassume)
    opts%assume_a = c_string_ptr(cassume)
    opts%lower = opt_bool(lower, .false.)
    opts%transposed = opt_bool(transposed, .false.)
    opts%check_finite = opt_bool(check_finite, .true.)
    prcond = c_null_ptr
    if (present(rcond)) prcond = c_loc(rcond)
    err = c_null_ptr
    st = sciport_linalg_solve_complex_c(av, bv, opts, xv, prcond, err)
    call finish(st, err, status, msg, code)
  end subroutine run_solve_complex

  !> scipy.linalg.solve for a complex a(n, n) and b(n, k): x(n, k) = a^-1 b (a^-T b
  !> when `transposed`, SciPy's transposed, not conjugated); `assume_a` as for real
  !> input plus "her" (Hermitian) / "pos" (Hermitian positive definite).
  subroutine linalg_solve_complex_2d(a, b, x, status, assume_a, lower, transposed, check_finite, rcond, &
      errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :), b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_complex(cmat_view(a), cmat_view(b), cmat_view(x), status, assume_a, lower, transposed, &
        check_finite, rcond, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_complex_2d

  !> Complex sciport_linalg_solve with a right-hand side vector b(n) and x(n).
  subroutine linalg_solve_complex_1d(a, b, x, status, assume_a, lower, transposed, check_finite, rcond, &
      errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :), b(:)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: assume_a
    logical, intent(in), optional :: lower, transposed, check_finite
    real(c_double), intent(inout), target, optional :: rcond
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_solve_complex(cmat_view(a), ccol_view(b), ccol_view(x), status, assume_a, lower, transposed, &
        check_finite, rcond, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_solve_complex_1d

  !> scipy.linalg.inv of a complex a(n, n) into ainv(n, n).
  subroutine linalg_inv_complex(a, ainv, status, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: ainv(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_inv_complex_c(cmat_view(a), opt_bool(check_finite, .true.), cmat_view(ainv), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_inv_complex

  !> scipy.linalg.det of a complex a(n, n) into the complex `det` (1 for 0 x 0; a
  !> singular a gives 0, not an error).
  subroutine linalg_det_complex(a, det, status, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout) :: det
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_det_complex_c(cmat_view(a), opt_bool(check_finite, .true.), det, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_det_complex

  !> scipy.linalg.lu_factor of a complex a(m, n): lu(m, n) and piv(min(m, n)) as the
  !> real form (0-based pivots, chosen by |re| + |im| as LAPACK's zgetrf).
  subroutine linalg_lu_factor_complex(a, lu, piv, status, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: lu(:, :)
    integer(c_int64_t), intent(inout), contiguous :: piv(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_lu_factor_complex_c(cmat_view(a), opt_bool(check_finite, .true.), cmat_view(lu), &
        piv, size(piv, kind=c_size_t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_factor_complex

  !> scipy.linalg.lu of a complex a(m, n): as the real form, with complex l, u and
  !> p (p is real-valued, as SciPy's; p_indices 0-based).
  subroutine linalg_lu_complex(a, l, u, status, p, p_indices, permute_l, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: l(:, :), u(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: p(:, :)
    integer(c_int64_t), intent(inout), target, contiguous, optional :: p_indices(:)
    logical, intent(in), optional :: permute_l, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_cmat), target :: pv
    integer(c_int64_t), target :: none(1)
    type(c_ptr) :: err, pp, ppi
    integer(c_size_t) :: plen
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pp = c_null_ptr
    if (present(p)) then
      pv = cmat_view(p)
      pp = c_loc(pv)
    end if
    ppi = c_null_ptr
    plen = 0
    if (present(p_indices)) then
      plen = size(p_indices, kind=c_size_t)
      ppi = opt_piv(p_indices)
      ! present but empty: still "given", as in the real form
      none = 0
      if (plen == 0) ppi = c_loc(none)
    end if
    err = c_null_ptr
    st = sciport_linalg_lu_complex_c(cmat_view(a), opt_bool(permute_l, .false.), &
        opt_bool(check_finite, .true.), pp, ppi, plen, cmat_view(l), cmat_view(u), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_complex

  subroutine run_lu_solve_complex(luv, piv, bv, xv, status, trans, check_finite, msg)
    type(sciport_cmat), intent(in) :: luv, bv, xv
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_lu_solve_complex_c(luv, piv, size(piv, kind=c_size_t), bv, opt_trans(trans), &
        opt_bool(check_finite, .true.), xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_lu_solve_complex

  !> scipy.linalg.lu_solve with complex factors from the complex lu_factor: `trans`
  !> 0 (a x = b), 1 (a^T x = b) or 2 (a^H x = b).
  subroutine linalg_lu_solve_complex_2d(lu, piv, b, x, status, trans, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: lu(:, :), b(:, :)
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_lu_solve_complex(cmat_view(lu), piv, cmat_view(b), cmat_view(x), status, trans, check_finite, &
        msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_solve_complex_2d

  !> Complex sciport_linalg_lu_solve with vectors b(n), x(n).
  subroutine linalg_lu_solve_complex_1d(lu, piv, b, x, status, trans, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: lu(:, :), b(:)
    integer(c_int64_t), intent(in), contiguous :: piv(:)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: trans
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_lu_solve_complex(cmat_view(lu), piv, ccol_view(b), ccol_view(x), status, trans, check_finite, &
        msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_lu_solve_complex_1d

  !> scipy.linalg.cho_factor of a complex Hermitian positive definite a(n, n):
  !> c(n, n) holds L (a = L L^H) or U (a = U^H U) in the `lower` (else upper)
  !> triangle and a's entries in the other.
  subroutine linalg_cho_factor_complex(a, c, status, lower, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: c(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_cho_factor_complex_c(cmat_view(a), opt_bool(lower, .false.), &
        opt_bool(check_finite, .true.), cmat_view(c), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_factor_complex

  subroutine run_cho_solve_complex(cv, bv, xv, status, lower, check_finite, msg)
    type(sciport_cmat), intent(in) :: cv, bv, xv
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    err = c_null_ptr
    st = sciport_linalg_cho_solve_complex_c(cv, opt_bool(lower, .false.), bv, opt_bool(check_finite, .true.), &
        xv, err)
    call finish(st, err, status, msg, code)
  end subroutine run_cho_solve_complex

  !> scipy.linalg.cho_solve((c, lower), b) with a complex c from the complex cho_factor.
  subroutine linalg_cho_solve_complex_2d(c, b, x, status, lower, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: c(:, :), b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_cho_solve_complex(cmat_view(c), cmat_view(b), cmat_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_solve_complex_2d

  !> Complex sciport_linalg_cho_solve with vectors b(n), x(n).
  subroutine linalg_cho_solve_complex_1d(c, b, x, status, lower, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: c(:, :), b(:)
    complex(c_double_complex), intent(inout), target, contiguous :: x(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_cho_solve_complex(cmat_view(c), ccol_view(b), ccol_view(x), status, lower, check_finite, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cho_solve_complex_1d

  !> scipy.linalg.cholesky of a complex Hermitian positive definite a(n, n): c(n, n)
  !> = U with a = U^H U (L with a = L L^H when `lower`), zeros in the other triangle.
  subroutine linalg_cholesky_complex(a, c, status, lower, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: c(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: lower, check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_cholesky_complex_c(cmat_view(a), opt_bool(lower, .false.), &
        opt_bool(check_finite, .true.), cmat_view(c), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_cholesky_complex

  !> scipy.linalg.qr of a complex a(m, n): as the real form (mode, q present =
  !> "full", absent = "r", p present = pivoting), q unitary, r with a real diagonal.
  subroutine linalg_qr_complex(a, r, status, q, p, mode, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: r(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: q(:, :)
    integer(c_int64_t), intent(inout), target, contiguous, optional :: p(:)
    character(len=*), intent(in), optional :: mode
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_cmat), target :: qv
    character(kind=c_char), allocatable, target :: cmode(:)
    type(c_ptr) :: err, pq
    integer(c_size_t) :: plen
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pq = c_null_ptr
    if (present(q)) then
      qv = cmat_view(q)
      pq = c_loc(qv)
    end if
    call mode_string(mode, present(q), cmode)
    plen = 0
    if (present(p)) plen = size(p, kind=c_size_t)
    err = c_null_ptr
    st = sciport_linalg_qr_complex_c(cmat_view(a), c_string_ptr(cmode), logical(present(p), c_bool), &
        opt_bool(check_finite, .true.), pq, cmat_view(r), opt_piv(p), plen, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_qr_complex

  !> scipy.linalg.svd of a complex a(m, n): real s(k) descending, unitary u and vh
  !> (complex, shapes as the real form; both or neither).
  subroutine linalg_svd_complex(a, s, status, u, vh, full_matrices, check_finite, lapack_driver, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: s(:)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: u(:, :), vh(:, :)
    logical, intent(in), optional :: full_matrices, check_finite
    character(len=*), intent(in), optional :: lapack_driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_cmat), target :: uv, vhv
    character(kind=c_char), allocatable, target :: cdriver(:)
    type(c_ptr) :: err, pu, pvh
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pu = c_null_ptr
    pvh = c_null_ptr
    if (present(u)) then
      uv = cmat_view(u)
      pu = c_loc(uv)
    end if
    if (present(vh)) then
      vhv = cmat_view(vh)
      pvh = c_loc(vhv)
    end if
    if (present(lapack_driver)) call to_c_string(lapack_driver, cdriver)
    err = c_null_ptr
    st = sciport_linalg_svd_complex_c(cmat_view(a), opt_bool(full_matrices, .true.), &
        opt_bool(check_finite, .true.), c_string_ptr(cdriver), s, size(s, kind=c_size_t), pu, pvh, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_svd_complex

  !> scipy.linalg.svdvals of a complex a(m, n): real s(min(m, n)), descending.
  subroutine linalg_svdvals_complex(a, s, status, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: s(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_svdvals_complex_c(cmat_view(a), opt_bool(check_finite, .true.), s, &
        size(s, kind=c_size_t), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_svdvals_complex

  !> scipy.linalg.eigh of a complex Hermitian a(n, n) (b = None): real eigenvalues
  !> ascending in w(1:m), complex orthonormal eigenvectors in v(:, 1:m) (v absent =
  !> eigvals_only); keywords, m and subsets as the real form (drivers "ev", "evd",
  !> "evr", "evx"). The generalized problem (b) is real-only.
  subroutine linalg_eigh_complex(a, w, status, v, m, lower, check_finite, subset_by_index, &
      subset_by_value, driver, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: v(:, :)
    integer, intent(out), optional :: m
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    character(len=*), intent(in), optional :: driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_linalg_eigh_options) :: opts
    type(sciport_cmat), target :: vv
    character(kind=c_char), allocatable, target :: cdriver(:)
    type(c_ptr) :: err
    integer(c_size_t) :: cm
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    opts = eigh_options(lower, check_finite, subset_by_index, subset_by_value)
    if (present(driver)) call to_c_string(driver, cdriver)
    opts%driver = c_string_ptr(cdriver)
    cm = 0
    err = c_null_ptr
    if (present(v)) then
      vv = cmat_view(v)
      st = sciport_linalg_eigh_complex_c(cmat_view(a), opts, w, size(w, kind=c_size_t), c_loc(vv), cm, err)
    else
      st = sciport_linalg_eigvalsh_complex_c(cmat_view(a), opts, w, size(w, kind=c_size_t), cm, err)
    end if
    call finish(st, err, status, msg, code)
    if (present(m)) m = int(cm)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigh_complex

  !> scipy.linalg.eigvalsh of a complex Hermitian a(n, n): the complex eigh's real
  !> eigenvalues only.
  subroutine linalg_eigvalsh_complex(a, w, status, m, lower, check_finite, subset_by_index, &
      subset_by_value, driver, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    integer, intent(out), optional :: m
    logical, intent(in), optional :: lower, check_finite
    integer, intent(in), optional :: subset_by_index(2)
    real(c_double), intent(in), optional :: subset_by_value(2)
    character(len=*), intent(in), optional :: driver
    character(len=:), allocatable, intent(out), optional :: errmsg
    call linalg_eigh_complex(a, w, status, m=m, lower=lower, check_finite=check_finite, &
        subset_by_index=subset_by_index, subset_by_value=subset_by_value, driver=driver, errmsg=errmsg)
  end subroutine linalg_eigvalsh_complex

  !> Shared body of the complex eig / eigvals (run_eig for complex a and b).
  subroutine run_eig_complex(a, w, status, b, vl, vr, vectors, check_finite, homogeneous, msg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in) :: vectors, homogeneous
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_cmat), target :: bv, vlv, vrv
    type(c_ptr) :: err, pb, pvl, pvr
    integer(c_int32_t) :: st, code
    pb = c_null_ptr
    if (present(b)) then
      bv = cmat_view(b)
      pb = c_loc(bv)
    end if
    pvl = c_null_ptr
    if (present(vl)) then
      vlv = cmat_view(vl)
      pvl = c_loc(vlv)
    end if
    pvr = c_null_ptr
    if (present(vr)) then
      vrv = cmat_view(vr)
      pvr = c_loc(vrv)
    end if
    err = c_null_ptr
    if (vectors) then
      st = sciport_linalg_eig_complex_c(cmat_view(a), pb, opt_bool(check_finite, .true.), &
          logical(homogeneous, c_bool), w, size(w, kind=c_size_t), pvl, pvr, err)
    else
      st = sciport_linalg_eigvals_complex_c(cmat_view(a), pb, opt_bool(check_finite, .true.), &
          logical(homogeneous, c_bool), w, size(w, kind=c_size_t), err)
    end if
    call finish(st, err, status, msg, code)
  end subroutine run_eig_complex

  !> scipy.linalg.eig of a complex a(n, n) (optional complex b(n, n)): w, vl, vr and
  !> homogeneous_eigvals as the real 1-D form (a vr = w b vr, vl^H a = w vl^H b).
  subroutine linalg_eig_complex_1d(a, w, status, b, vl, vr, check_finite, homogeneous_eigvals, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eig_complex(a, w, status, b, vl, vr, .true., check_finite, &
        logical(opt_bool(homogeneous_eigvals, .false.)), msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eig_complex_1d

  !> The complex eig with w(2, n), SciPy's homogeneous array, as linalg_eig_2d.
  subroutine linalg_eig_complex_2d(a, w, status, b, vl, vr, check_finite, homogeneous_eigvals, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout) :: w(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(in), target, contiguous, optional :: b(:, :)
    complex(c_double_complex), intent(inout), target, contiguous, optional :: vl(:, :), vr(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    complex(c_double_complex), allocatable :: flat(:)
    if (homogeneous_shape(w, homogeneous_eigvals, status, msg)) then
      allocate (flat(2 * size(w, 2)))
      call run_eig_complex(a, flat, status, b, vl, vr, .true., check_finite, .true., msg)
      if (status == SCIPORT_OK) w = transpose(reshape(flat, [size(w, 2), 2]))
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eig_complex_2d

  !> scipy.linalg.eigvals of a complex a(n, n): the complex eig's w (bit for bit).
  subroutine linalg_eigvals_complex_1d(a, w, status, b, check_finite, homogeneous_eigvals, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), contiguous :: w(:)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(in), target, contiguous, optional :: b(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_eig_complex(a, w, status, b, vectors=.false., check_finite=check_finite, &
        homogeneous=logical(opt_bool(homogeneous_eigvals, .false.)), msg=msg)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigvals_complex_1d

  !> The complex eigvals with w(2, n) (w(1, :) alpha, w(2, :) beta).
  subroutine linalg_eigvals_complex_2d(a, w, status, b, check_finite, homogeneous_eigvals, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout) :: w(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(in), target, contiguous, optional :: b(:, :)
    logical, intent(in), optional :: check_finite, homogeneous_eigvals
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    complex(c_double_complex), allocatable :: flat(:)
    if (homogeneous_shape(w, homogeneous_eigvals, status, msg)) then
      allocate (flat(2 * size(w, 2)))
      call run_eig_complex(a, flat, status, b, vectors=.false., check_finite=check_finite, &
          homogeneous=.true., msg=msg)
      if (status == SCIPORT_OK) w = transpose(reshape(flat, [size(w, 2), 2]))
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_eigvals_complex_2d

  !> scipy.linalg.expm of a complex a(n, n) into expa(n, n) (the real form's
  !> algorithm; NaN/Inf propagate, no error).
  subroutine linalg_expm_complex(a, expa, status, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: expa(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_linalg_expm_complex_c(cmat_view(a), cmat_view(expa), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_expm_complex

  ! ---- linalg, Schur form, matrix equations, sqrtm, logm ---------------------
  ! Same conventions: caller-allocated outputs with SciPy's shapes, passed
  ! without copies, written only on success. SciPy's warnings are outputs:
  ! `perturbed` (solve_sylvester / solve_continuous_lyapunov: the solver had to
  ! perturb near-singular equations, SciPy's RuntimeWarning), sqrtm's
  ! `warning` (SCIPORT_MATFUNC_OK, SCIPORT_MATFUNC_SINGULAR,
  ! SCIPORT_MATFUNC_ILL_CONDITIONED: SciPy's LinAlgWarning) and logm's
  ! `warning` (SCIPORT_LOGM_OK, SCIPORT_LOGM_EXACTLY_SINGULAR,
  ! SCIPORT_LOGM_NEARLY_SINGULAR: SciPy's LogmRankWarning) and `errest`.

  !> scipy.linalg.schur(a, output='real', sort=None, check_finite=True) of a real
  !> a(n, n): a = z t z^T, t(n, n) quasi-upper triangular (2 x 2 blocks for complex
  !> pairs), the optional z(n, n) orthogonal. `sort` "lhp", "rhp", "iuc", "ouc"
  !> (absent: none) puts the selected eigenvalues first and `sdim` receives their
  !> count (0 without sort; always available, SciPy returns it only with sort).
  !> SciPy's output='complex' is the generic call with complex t and z
  !> (linalg_schur_real_complex). Errors: a not square, t / z shapes
  !> SCIPORT_ERR_DIMENSION_MISMATCH; unknown sort SCIPORT_ERR_UNKNOWN_NAME; NaN/Inf
  !> SCIPORT_ERR_INVALID_ARGUMENT (even with check_finite = .false.).
  subroutine linalg_schur_real(a, t, status, z, sdim, sort, check_finite, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: t(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(inout), target, contiguous, optional :: z(:, :)
    integer, intent(out), optional :: sdim
    character(len=*), intent(in), optional :: sort
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_mat), target :: zv
    character(kind=c_char), allocatable, target :: csort(:)
    integer(c_size_t), target :: cs
    type(c_ptr) :: err, pz
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pz = c_null_ptr
    if (present(z)) then
      zv = mat_view(z)
      pz = c_loc(zv)
    end if
    if (present(sort)) call to_c_string(sort, csort)
    cs = 0
    err = c_null_ptr
    st = sciport_linalg_schur_c(mat_view(a), c_string_ptr(csort), opt_bool(check_finite, .true.), &
        mat_view(t), pz, c_loc(cs), err)
    call finish(st, err, status, msg, code)
    if (present(sdim)) sdim = int(cs)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_schur_real

  !> scipy.linalg.schur(a, output='complex', sort, check_finite) of a complex a(n, n):
  !> a = z t z^H, t(n, n) upper triangular with the eigenvalues on its diagonal, the
  !> optional z(n, n) unitary; sort, sdim and errors as linalg_schur_real.
  subroutine linalg_schur_complex(a, t, status, z, sdim, sort, check_finite, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: t(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: z(:, :)
    integer, intent(out), optional :: sdim
    character(len=*), intent(in), optional :: sort
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_cmat), target :: zv
    character(kind=c_char), allocatable, target :: csort(:)
    integer(c_size_t), target :: cs
    type(c_ptr) :: err, pz
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    pz = c_null_ptr
    if (present(z)) then
      zv = cmat_view(z)
      pz = c_loc(zv)
    end if
    if (present(sort)) call to_c_string(sort, csort)
    cs = 0
    err = c_null_ptr
    st = sciport_linalg_schur_complex_c(cmat_view(a), c_string_ptr(csort), opt_bool(check_finite, .true.), &
        cmat_view(t), pz, c_loc(cs), err)
    call finish(st, err, status, msg, code)
    if (present(sdim)) sdim = int(cs)
    if (present(errmsg)) errmsg = msg
  end subroutine linalg_schur_complex

  !> scipy.linalg.schur(a, output='complex') of a real a(n, n): a converted to
  !> complex and passed to the complex Schur form, as SciPy does (complex t, z).
  subroutine linalg_schur_real_complex(a, t, status, z, sdim, sort, check_finite, errmsg)
    real(c_double), intent(in) :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: t(:, :)
    integer(c_int32_t), intent(out) :: status
    complex(c_double_complex), intent(inout), target, contiguous, optional :: z(:, :)
    integer, intent(out), optional :: sdim
    character(len=*), intent(in), optional :: sort
    logical, intent(in), optional :: check_finite
    character(len=:), allocatable, intent(out), optional :: errmsg
    call linalg_schur_complex(cmplx(a, 0.0_c_double, c_double_complex), t, status, z, sdim, sort, &
        check_finite, errmsg)
  end subroutine linalg_schur_real_complex

  !> scipy.linalg.solve_sylvester(a, b, q): x(m, n) with a x + x b = q for real a(m, m),
  !> b(n, n), q(m, n) (Bartels-Stewart). The optional `perturbed` is .true. when the
  !> equation was near-singular and had to be perturbed (SciPy's RuntimeWarning).
  !> Errors: shapes SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine sciport_linalg_solve_sylvester(a, b, q, x, status, perturbed, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :), q(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(out), optional :: perturbed
    character(len=:), allocatable, intent(out), optional :: errmsg
    logical(c_bool), target :: cp
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    cp = .false.
    err = c_null_ptr
    st = sciport_linalg_solve_sylvester_c(mat_view(a), mat_view(b), mat_view(q), mat_view(x), c_loc(cp), err)
    call finish(st, err, status, msg, code)
    if (present(perturbed)) perturbed = logical(cp)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_solve_sylvester

  !> scipy.linalg.solve_continuous_lyapunov(a, q): x(n, n) with a x + x a^T = q for real
  !> a(n, n), q(n, n); `perturbed` and errors as solve_sylvester.
  subroutine sciport_linalg_solve_continuous_lyapunov(a, q, x, status, perturbed, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), q(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(out), optional :: perturbed
    character(len=:), allocatable, intent(out), optional :: errmsg
    logical(c_bool), target :: cp
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    cp = .false.
    err = c_null_ptr
    st = sciport_linalg_solve_continuous_lyapunov_c(mat_view(a), mat_view(q), mat_view(x), c_loc(cp), err)
    call finish(st, err, status, msg, code)
    if (present(perturbed)) perturbed = logical(cp)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_solve_continuous_lyapunov

  !> scipy.linalg.solve_discrete_lyapunov(a, q, method=None): x(n, n) with
  !> a x a^T - x + q = 0; `method` "direct" or "bilinear" (absent: SciPy's choice by
  !> size). Errors: an unknown method SCIPORT_ERR_UNKNOWN_NAME; shapes
  !> SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine sciport_linalg_solve_discrete_lyapunov(a, q, x, status, method, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), q(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: method
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(kind=c_char), allocatable, target :: cmethod(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    if (present(method)) call to_c_string(method, cmethod)
    err = c_null_ptr
    st = sciport_linalg_solve_discrete_lyapunov_c(mat_view(a), mat_view(q), c_string_ptr(cmethod), &
        mat_view(x), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_solve_discrete_lyapunov

  !> Shared body of solve_continuous_are / solve_discrete_are (optional e, s).
  subroutine run_are(discrete, a, b, q, r, x, status, e, s, balanced, msg)
    logical, intent(in) :: discrete
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :), q(:, :), r(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: e(:, :), s(:, :)
    logical, intent(in), optional :: balanced
    character(len=:), allocatable, intent(out) :: msg
    type(sciport_mat), target :: ev, sv
    type(c_ptr) :: err, pe, ps
    integer(c_int32_t) :: st, code
    pe = c_null_ptr
    if (present(e)) then
      ev = mat_view(e)
      pe = c_loc(ev)
    end if
    ps = c_null_ptr
    if (present(s)) then
      sv = mat_view(s)
      ps = c_loc(sv)
    end if
    err = c_null_ptr
    if (discrete) then
      st = sciport_linalg_solve_discrete_are_c(mat_view(a), mat_view(b), mat_view(q), mat_view(r), pe, ps, &
          opt_bool(balanced, .true.), mat_view(x), err)
    else
      st = sciport_linalg_solve_continuous_are_c(mat_view(a), mat_view(b), mat_view(q), mat_view(r), pe, ps, &
          opt_bool(balanced, .true.), mat_view(x), err)
    end if
    call finish(st, err, status, msg, code)
  end subroutine run_are

  !> scipy.linalg.solve_continuous_are(a, b, q, r, e=None, s=None, balanced=True): the
  !> stabilizing symmetric x(m, m) of a^T x e + e^T x a - (e^T x b + s) r^-1 (b^T x e + s^T)
  !> + q = 0 for a(m, m), b(m, n), q(m, m), r(n, n) and the optional e(m, m) (absent:
  !> identity), s(m, n) (absent: zero). Errors: shapes SCIPORT_ERR_DIMENSION_MISMATCH;
  !> NaN/Inf SCIPORT_ERR_INVALID_ARGUMENT; no stabilizing solution (eigenvalues on the
  !> imaginary axis) or a singular r / e SCIPORT_ERR_SINGULAR.
  subroutine sciport_linalg_solve_continuous_are(a, b, q, r, x, status, e, s, balanced, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :), q(:, :), r(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: e(:, :), s(:, :)
    logical, intent(in), optional :: balanced
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_are(.false., a, b, q, r, x, status, e, s, balanced, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_solve_continuous_are

  !> scipy.linalg.solve_discrete_are(a, b, q, r, e=None, s=None, balanced=True): the
  !> stabilizing symmetric x(m, m) of a^T x a - e^T x e - (a^T x b + s) (r + b^T x b)^-1
  !> (b^T x a + s^T) + q = 0; arguments and errors as solve_continuous_are (r may be
  !> singular; eigenvalues on the unit circle are SCIPORT_ERR_SINGULAR).
  subroutine sciport_linalg_solve_discrete_are(a, b, q, r, x, status, e, s, balanced, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :), b(:, :), q(:, :), r(:, :)
    real(c_double), intent(inout), target, contiguous :: x(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: e(:, :), s(:, :)
    logical, intent(in), optional :: balanced
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_are(.true., a, b, q, r, x, status, e, s, balanced, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_linalg_solve_discrete_are

  !> scipy.linalg.sqrtm(a) of a real a(n, n): the principal square root into the
  !> complex root(n, n) (root @ root = a). SciPy returns a real array unless a has a
  !> real negative eigenvalue: the optional `is_real` says which (when .true., every
  !> imaginary part is exactly 0 and real(root) is SciPy's result). `warning` receives
  !> SciPy's LinAlgWarning as SCIPORT_MATFUNC_OK / _SINGULAR / _ILL_CONDITIONED (the
  !> root is written either way). Errors: a not square, root's shape
  !> SCIPORT_ERR_DIMENSION_MISMATCH; NaN/Inf SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine linalg_sqrtm_real(a, root, status, is_real, warning, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: root(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(out), optional :: is_real
    integer, intent(out), optional :: warning
    character(len=:), allocatable, intent(out), optional :: errmsg
    logical(c_bool), target :: creal
    integer(c_int32_t), target :: cw
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    creal = .false.
    cw = SCIPORT_MATFUNC_OK
    err = c_null_ptr
    st = sciport_linalg_sqrtm_c(mat_view(a), cmat_view(root), c_loc(creal), c_loc(cw), err)
    call finish_matfunc(st, err, status, cw, warning, errmsg, creal, is_real)
  end subroutine linalg_sqrtm_real

  !> scipy.linalg.sqrtm(a) of a complex a(n, n) into root(n, n) (complex Schur
  !> method); `warning` and errors as linalg_sqrtm_real.
  subroutine linalg_sqrtm_complex(a, root, status, warning, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: root(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(out), optional :: warning
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_int32_t), target :: cw
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    cw = SCIPORT_MATFUNC_OK
    err = c_null_ptr
    st = sciport_linalg_sqrtm_complex_c(cmat_view(a), cmat_view(root), c_loc(cw), err)
    call finish_matfunc(st, err, status, cw, warning, errmsg)
  end subroutine linalg_sqrtm_complex

  !> scipy.linalg.logm(a, disp=False) of a real a(n, n): the principal logarithm into
  !> the complex loga(n, n) (expm(loga) = a), `is_real` as linalg_sqrtm_real (.false.
  !> when a has a real negative eigenvalue). `errest` receives SciPy's error estimate
  !> ||expm(loga) - a||_1 / ||a||_1 (logm's second value with disp=False); SciPy's
  !> "logm result may be inaccurate, approximate err = <errest>" corresponds to
  !> .not. (errest < 1000 * epsilon(1d0)) (a = 0 gives +Inf). `warning` receives
  !> SCIPORT_LOGM_OK / _EXACTLY_SINGULAR / _NEARLY_SINGULAR (the result is written
  !> either way). Errors: a not square, loga's shape SCIPORT_ERR_DIMENSION_MISMATCH;
  !> NaN/Inf SCIPORT_ERR_INVALID_ARGUMENT; no Schur convergence SCIPORT_ERR_SINGULAR.
  subroutine linalg_logm_real(a, loga, status, is_real, errest, warning, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: loga(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(out), optional :: is_real
    real(c_double), intent(out), optional :: errest
    integer, intent(out), optional :: warning
    character(len=:), allocatable, intent(out), optional :: errmsg
    logical(c_bool), target :: creal
    real(c_double), target :: cerrest
    integer(c_int32_t), target :: cw
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    creal = .false.
    cerrest = 0
    cw = SCIPORT_LOGM_OK
    err = c_null_ptr
    st = sciport_linalg_logm_c(mat_view(a), cmat_view(loga), c_loc(creal), c_loc(cerrest), c_loc(cw), err)
    call finish_matfunc(st, err, status, cw, warning, errmsg, creal, is_real, cerrest, errest)
  end subroutine linalg_logm_real

  !> scipy.linalg.logm(a, disp=False) of a complex a(n, n) into loga(n, n) (complex
  !> Schur form); `errest`, `warning` and errors as linalg_logm_real.
  subroutine linalg_logm_complex(a, loga, status, errest, warning, errmsg)
    complex(c_double_complex), intent(in), target, contiguous :: a(:, :)
    complex(c_double_complex), intent(inout), target, contiguous :: loga(:, :)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(out), optional :: errest
    integer, intent(out), optional :: warning
    character(len=:), allocatable, intent(out), optional :: errmsg
    real(c_double), target :: cerrest
    integer(c_int32_t), target :: cw
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    cerrest = 0
    cw = SCIPORT_LOGM_OK
    err = c_null_ptr
    st = sciport_linalg_logm_complex_c(cmat_view(a), cmat_view(loga), c_loc(cerrest), c_loc(cw), err)
    call finish_matfunc(st, err, status, cw, warning, errmsg, cerrest=cerrest, errest=errest)
  end subroutine linalg_logm_complex

  !> The shared end of the sqrtm / logm wrappers: `status` and `errmsg` from the C call's
  !> result `st` and `err` (finish), then the optional outputs from what the call wrote
  !> (`creal` / `cerrest` absent for functions without is_real / errest).
  subroutine finish_matfunc(st, err, status, cw, warning, errmsg, creal, is_real, cerrest, errest)
    integer(c_int32_t), intent(in) :: st, cw
    type(c_ptr), intent(inout) :: err
    integer(c_int32_t), intent(out) :: status
    integer, intent(out), optional :: warning
    character(len=:), allocatable, intent(out), optional :: errmsg
    logical(c_bool), intent(in), optional :: creal
    logical, intent(out), optional :: is_real
    real(c_double), intent(in), optional :: cerrest
    real(c_double), intent(out), optional :: errest
    integer(c_int32_t) :: code
    character(len=:), allocatable :: msg
    call finish(st, err, status, msg, code)
    if (present(is_real) .and. present(creal)) is_real = logical(creal)
    if (present(errest) .and. present(cerrest)) errest = cerrest
    if (present(warning)) warning = int(cw)
    if (present(errmsg)) errmsg = msg
  end subroutine finish_matfunc


  ! ---- scipy.special wrappers ------------------------------------------------

  !> Address of a scalar argument.
  function special_ptr_r0(x) result(p)
    real(c_double), intent(in), target :: x
    type(c_ptr) :: p
    p = c_loc(x)
  end function special_ptr_r0

  !> Address of a contiguous vector (NULL when empty).
  function special_ptr_r1(x) result(p)
    real(c_double), intent(in), target, contiguous :: x(:)
    type(c_ptr) :: p
    p = sciport_data_ptr(x)
  end function special_ptr_r1

  !> Address of a contiguous matrix (NULL when empty).
  function special_ptr_r2(x) result(p)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    type(c_ptr) :: p
    p = sciport_data_ptr(x)
  end function special_ptr_r2

  !> The view shape of a scalar: one element.
  function special_shape_r0(x) result(s)
    real(c_double), intent(in) :: x
    integer(c_size_t), allocatable :: s(:)
    s = [size([x], kind=c_size_t)]
  end function special_shape_r0

  !> The view shape of a vector.
  function special_shape_r1(x) result(s)
    real(c_double), intent(in) :: x(:)
    integer(c_size_t), allocatable :: s(:)
    s = [size(x, kind=c_size_t)]
  end function special_shape_r1

  !> The view shape of a matrix.
  function special_shape_r2(x) result(s)
    real(c_double), intent(in) :: x(:, :)
    integer(c_size_t), allocatable :: s(:)
    s = [size(x, 1, kind=c_size_t), size(x, 2, kind=c_size_t)]
  end function special_shape_r2

  !> Column-major element strides of `shape` (extents of 0 count as 1).
  subroutine special_view_layout(shape, strides)
    integer(c_size_t), intent(in) :: shape(:)
    integer(c_intptr_t), intent(out) :: strides(:)
    integer :: k
    strides(1) = 1
    do k = 2, size(shape)
      strides(k) = strides(k - 1) * max(int(shape(k - 1), c_intptr_t), 1_c_intptr_t)
    end do
  end subroutine special_view_layout

  !> Runs a one-argument special function on (x, out) given as address + shape;
  !> `msg` receives the error message (empty on success).
  subroutine run_special1(f, x, xshape, out, oshape, status, msg)
    procedure(special_ufunc1) :: f
    type(c_ptr), intent(in) :: x, out
    integer(c_size_t), intent(in), target :: xshape(:), oshape(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ostrides(size(oshape))
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    call special_view_layout(xshape, xstrides)
    call special_view_layout(oshape, ostrides)
    err = c_null_ptr
    st = f(sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_special1

  !> Runs a two-argument special function on (x, y, out) given as address + shape;
  !> `msg` receives the error message (empty on success).
  subroutine run_special2(f, x, xshape, y, yshape, out, oshape, status, msg)
    procedure(special_ufunc2) :: f
    type(c_ptr), intent(in) :: x, y, out
    integer(c_size_t), intent(in), target :: xshape(:), yshape(:), oshape(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ystrides(size(yshape)), &
        ostrides(size(oshape))
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    call special_view_layout(xshape, xstrides)
    call special_view_layout(yshape, ystrides)
    call special_view_layout(oshape, ostrides)
    err = c_null_ptr
    st = f(sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        sciport_ndarray(y, size(yshape, kind=c_size_t), c_loc(yshape), c_loc(ystrides)), &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_special2

  !> Runs the three-input C function `f` on views of x, y, z and out (shapes
  !> in C order); `msg` receives the error message (empty on success).
  subroutine run_special3(f, x, xshape, y, yshape, z, zshape, out, oshape, status, msg)
    procedure(special_ufunc3) :: f
    type(c_ptr), intent(in) :: x, y, z, out
    integer(c_size_t), intent(in), target :: xshape(:), yshape(:), zshape(:), oshape(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ystrides(size(yshape)), &
        zstrides(size(zshape)), ostrides(size(oshape))
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    call special_view_layout(xshape, xstrides)
    call special_view_layout(yshape, ystrides)
    call special_view_layout(zshape, zstrides)
    call special_view_layout(oshape, ostrides)
    err = c_null_ptr
    st = f(sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        sciport_ndarray(y, size(yshape, kind=c_size_t), c_loc(yshape), c_loc(ystrides)), &
        sciport_ndarray(z, size(zshape, kind=c_size_t), c_loc(zshape), c_loc(zstrides)), &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_special3

  !> The C axis (0-based) of the 1-based dimension `dim` of a rank-`rank` array;
  !> status SCIPORT_ERR_INVALID_ARGUMENT and a message when it is out of range.
  subroutine special_dim_axis(dim, rank, axis, status, msg)
    integer, intent(in) :: dim, rank
    integer(c_int64_t), intent(out) :: axis
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    character(len=24) :: d, r
    axis = int(dim - 1, c_int64_t)
    status = SCIPORT_OK
    msg = ''
    if (dim < 1 .or. dim > rank) then
      write (d, '(i0)') dim
      write (r, '(i0)') rank
      status = SCIPORT_ERR_INVALID_ARGUMENT
      msg = 'dim = ' // trim(d) // ' is out of range for a rank-' // trim(r) // &
          ' array (dimensions are numbered from 1)'
    end if
  end subroutine special_dim_axis

  !> Runs sciport_special_logsumexp on views of a, b (when has_b), out and sign (when
  !> has_sign), given as address + shape, over `naxes` (0: every axis; 1: `axis`).
  subroutine run_logsumexp(a, ashape, naxes, axis, has_b, b, bshape, out, oshape, &
      has_sign, sign, sshape, status, msg)
    type(c_ptr), intent(in) :: a, b, out, sign
    integer(c_size_t), intent(in), target :: ashape(:), bshape(:), oshape(:), sshape(:)
    integer(c_size_t), intent(in) :: naxes
    integer(c_int64_t), intent(in) :: axis
    logical, intent(in) :: has_b, has_sign
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: astrides(size(ashape)), bstrides(size(bshape)), &
        ostrides(size(oshape)), sstrides(size(sshape))
    integer(c_int64_t), target :: caxis
    type(sciport_ndarray), target :: bview, sview
    type(c_ptr) :: err, bp, sp, axp
    integer(c_int32_t) :: st, code
    call special_view_layout(ashape, astrides)
    call special_view_layout(bshape, bstrides)
    call special_view_layout(oshape, ostrides)
    call special_view_layout(sshape, sstrides)
    bp = c_null_ptr
    sp = c_null_ptr
    axp = c_null_ptr
    if (has_b) then
      bview = sciport_ndarray(b, size(bshape, kind=c_size_t), c_loc(bshape), c_loc(bstrides))
      bp = c_loc(bview)
    end if
    if (has_sign) then
      sview = sciport_ndarray(sign, size(sshape, kind=c_size_t), c_loc(sshape), c_loc(sstrides))
      sp = c_loc(sview)
    end if
    caxis = axis
    if (naxes > 0) axp = c_loc(caxis)
    err = c_null_ptr
    st = sciport_special_logsumexp_c( &
        sciport_ndarray(a, size(ashape, kind=c_size_t), c_loc(ashape), c_loc(astrides)), &
        axp, naxes, bp, &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), &
        sp, err)
    call finish(st, err, status, msg, code)
  end subroutine run_logsumexp

  !> scipy.special.logsumexp(a, b=b, return_sign=present(sign)) of a vector into
  !> `value`: log sum(b * exp(a)) without overflow. `b`: weights of a's length or
  !> of length 1 (absent = every weight 1; negative weights subtract). With `sign`,
  !> `value` is log |sum| and `sign` the sign of the sum (-1, 0, 1); without it a
  !> negative sum gives NaN. An empty `a` gives -Inf. A `b` of another length is
  !> SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine special_logsumexp_r1(a, value, status, b, sign, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(inout), target :: value
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:)
    real(c_double), intent(inout), target, optional :: sign
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    type(c_ptr) :: bp, sp
    integer(c_size_t) :: bs(1)
    bp = c_null_ptr
    sp = c_null_ptr
    bs = size(a, kind=c_size_t)
    if (present(b)) then
      bp = special_ptr(b)
      bs = size(b, kind=c_size_t)
    end if
    if (present(sign)) sp = c_loc(sign)
    call run_logsumexp(special_ptr(a), special_shape(a), 0_c_size_t, 0_c_int64_t, present(b), &
        bp, bs, c_loc(value), [1_c_size_t], present(sign), sp, [1_c_size_t], status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_logsumexp_r1

  !> scipy.special.logsumexp(a, b=b, return_sign=present(sign)) over every element
  !> of a matrix a(m, n) into `value`; `b` (same rank) broadcasts against `a` as
  !> NumPy broadcasts (each extent equal to a's or 1). Otherwise as the vector form.
  subroutine special_logsumexp_r2(a, value, status, b, sign, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target :: value
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    real(c_double), intent(inout), target, optional :: sign
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    type(c_ptr) :: bp, sp
    integer(c_size_t) :: bs(2)
    bp = c_null_ptr
    sp = c_null_ptr
    bs = shape(a, kind=c_size_t)
    if (present(b)) then
      bp = special_ptr(b)
      bs = shape(b, kind=c_size_t)
    end if
    if (present(sign)) sp = c_loc(sign)
    call run_logsumexp(special_ptr(a), special_shape(a), 0_c_size_t, 0_c_int64_t, present(b), &
        bp, bs, c_loc(value), [1_c_size_t], present(sign), sp, [1_c_size_t], status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_logsumexp_r2

  !> scipy.special.logsumexp(a, axis=dim-1, b=b, return_sign=present(sign)) of a
  !> matrix a(m, n) along dimension `dim` (1-based, as SUM(a, dim)) into `values`:
  !> dim = 1 gives one value per column (values(n)), dim = 2 one per row
  !> (values(m)). `b` (same rank) broadcasts against `a` as NumPy broadcasts;
  !> `sign` has values' size. A dim outside 1..2 is SCIPORT_ERR_INVALID_ARGUMENT;
  !> outputs of the wrong size are SCIPORT_ERR_DIMENSION_MISMATCH.
  subroutine special_logsumexp_r2_dim(a, dim, values, status, b, sign, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    integer, intent(in) :: dim
    real(c_double), intent(inout), target, contiguous :: values(:)
    integer(c_int32_t), intent(out) :: status
    real(c_double), intent(in), target, contiguous, optional :: b(:, :)
    real(c_double), intent(inout), target, contiguous, optional :: sign(:)
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    type(c_ptr) :: bp, sp
    integer(c_size_t) :: bs(2), ss(1)
    integer(c_int64_t) :: axis
    call special_dim_axis(dim, 2, axis, status, msg)
    if (status == SCIPORT_OK) then
      bp = c_null_ptr
      sp = c_null_ptr
      bs = shape(a, kind=c_size_t)
      ss = size(values, kind=c_size_t)
      if (present(b)) then
        bp = special_ptr(b)
        bs = shape(b, kind=c_size_t)
      end if
      if (present(sign)) then
        sp = special_ptr(sign)
        ss = size(sign, kind=c_size_t)
      end if
      call run_logsumexp(special_ptr(a), special_shape(a), 1_c_size_t, axis, present(b), &
          bp, bs, special_ptr(values), special_shape(values), present(sign), sp, ss, status, msg)
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine special_logsumexp_r2_dim

  !> Runs softmax or log_softmax (`f`) on views of x and out, given as address +
  !> shape, over `naxes` (0: every axis; 1: `axis`).
  subroutine run_group_map(f, x, xshape, naxes, axis, out, oshape, status, msg)
    procedure(special_group_fn) :: f
    type(c_ptr), intent(in) :: x, out
    integer(c_size_t), intent(in), target :: xshape(:), oshape(:)
    integer(c_size_t), intent(in) :: naxes
    integer(c_int64_t), intent(in) :: axis
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ostrides(size(oshape))
    integer(c_int64_t), target :: caxis
    type(c_ptr) :: err, axp
    integer(c_int32_t) :: st, code
    call special_view_layout(xshape, xstrides)
    call special_view_layout(oshape, ostrides)
    caxis = axis
    axp = c_null_ptr
    if (naxes > 0) axp = c_loc(caxis)
    err = c_null_ptr
    st = f(sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        axp, naxes, &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_group_map

  !> scipy.special.softmax(x) of a vector into out (x's size; may be x itself):
  !> exp(x) / sum(exp(x)), with the maximum factored out. NaN throughout when x
  !> holds NaN, +Inf or only -Inf; an empty x is SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine special_softmax_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_group_map(sciport_special_softmax_c, special_ptr(x), special_shape(x), 0_c_size_t, &
        0_c_int64_t, special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_softmax_r1

  !> scipy.special.softmax of a matrix x(m, n) into out(m, n): over every element,
  !> or with `dim` along that dimension (1-based: dim = 1 normalises each column).
  subroutine special_softmax_r2(x, out, status, dim, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: dim
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    integer(c_int64_t) :: axis
    integer(c_size_t) :: naxes
    axis = 0
    naxes = 0
    status = SCIPORT_OK
    if (present(dim)) then
      call special_dim_axis(dim, 2, axis, status, msg)
      naxes = 1
    end if
    if (status == SCIPORT_OK) call run_group_map(sciport_special_softmax_c, special_ptr(x), &
        special_shape(x), naxes, axis, special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_softmax_r2

  !> scipy.special.log_softmax(x) of a vector into out (x's size; may be x itself):
  !> x - log(sum(exp(x))).
  subroutine special_log_softmax_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_group_map(sciport_special_log_softmax_c, special_ptr(x), special_shape(x), &
        0_c_size_t, 0_c_int64_t, special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_softmax_r1

  !> scipy.special.log_softmax of a matrix x(m, n) into out(m, n): over every
  !> element, or with `dim` along that dimension (1-based, as softmax).
  subroutine special_log_softmax_r2(x, out, status, dim, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    integer, intent(in), optional :: dim
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    integer(c_int64_t) :: axis
    integer(c_size_t) :: naxes
    axis = 0
    naxes = 0
    status = SCIPORT_OK
    if (present(dim)) then
      call special_dim_axis(dim, 2, axis, status, msg)
      naxes = 1
    end if
    if (status == SCIPORT_OK) call run_group_map(sciport_special_log_softmax_c, special_ptr(x), &
        special_shape(x), naxes, axis, special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_softmax_r2

  ! BEGIN GENERATED special procedures: generated by bindings/gen_special.py from include/sciport.h; do not edit by hand

  !> erf(x) into out: the error function erf(x) = 2/√π ∫₀ˣ exp(−t²) dt.
  subroutine special_erf_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erf_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erf_r0

  !> erf(x) into out: the error function erf(x) = 2/√π ∫₀ˣ exp(−t²) dt.
  subroutine special_erf_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erf_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erf_r1

  !> erf(x) into out: the error function erf(x) = 2/√π ∫₀ˣ exp(−t²) dt.
  subroutine special_erf_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erf_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erf_r2

  !> erfc(x) into out: the complementary error function erfc(x) = 1 − erf(x), accurate where erf(x) is near 1.
  subroutine special_erfc_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfc_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfc_r0

  !> erfc(x) into out: the complementary error function erfc(x) = 1 − erf(x), accurate where erf(x) is near 1.
  subroutine special_erfc_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfc_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfc_r1

  !> erfc(x) into out: the complementary error function erfc(x) = 1 − erf(x), accurate where erf(x) is near 1.
  subroutine special_erfc_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfc_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfc_r2

  !> erfcx(x) into out: the scaled complementary error function erfcx(x) = exp(x²) erfc(x).
  subroutine special_erfcx_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcx_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcx_r0

  !> erfcx(x) into out: the scaled complementary error function erfcx(x) = exp(x²) erfc(x).
  subroutine special_erfcx_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcx_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcx_r1

  !> erfcx(x) into out: the scaled complementary error function erfcx(x) = exp(x²) erfc(x).
  subroutine special_erfcx_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcx_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcx_r2

  !> erfinv(x) into out: the inverse error function: y with erf(y) = x.
  subroutine special_erfinv_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfinv_r0

  !> erfinv(x) into out: the inverse error function: y with erf(y) = x.
  subroutine special_erfinv_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfinv_r1

  !> erfinv(x) into out: the inverse error function: y with erf(y) = x.
  subroutine special_erfinv_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfinv_r2

  !> erfcinv(x) into out: the inverse complementary error function: y with erfc(y) = x.
  subroutine special_erfcinv_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcinv_r0

  !> erfcinv(x) into out: the inverse complementary error function: y with erfc(y) = x.
  subroutine special_erfcinv_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcinv_r1

  !> erfcinv(x) into out: the inverse complementary error function: y with erfc(y) = x.
  subroutine special_erfcinv_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_erfcinv_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_erfcinv_r2

  !> ndtr(x) into out: the standard normal distribution function Φ(x) = ½ erfc(−x/√2).
  subroutine special_ndtr_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtr_r0

  !> ndtr(x) into out: the standard normal distribution function Φ(x) = ½ erfc(−x/√2).
  subroutine special_ndtr_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtr_r1

  !> ndtr(x) into out: the standard normal distribution function Φ(x) = ½ erfc(−x/√2).
  subroutine special_ndtr_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtr_r2

  !> log_ndtr(x) into out: the logarithm of the standard normal distribution function, log Φ(x), accurate far into both tails.
  subroutine special_log_ndtr_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_ndtr_r0

  !> log_ndtr(x) into out: the logarithm of the standard normal distribution function, log Φ(x), accurate far into both tails.
  subroutine special_log_ndtr_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_ndtr_r1

  !> log_ndtr(x) into out: the logarithm of the standard normal distribution function, log Φ(x), accurate far into both tails.
  subroutine special_log_ndtr_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_ndtr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_ndtr_r2

  !> ndtri(x) into out: the standard normal quantile: y with Φ(y) = x.
  subroutine special_ndtri_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_r0

  !> ndtri(x) into out: the standard normal quantile: y with Φ(y) = x.
  subroutine special_ndtri_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_r1

  !> ndtri(x) into out: the standard normal quantile: y with Φ(y) = x.
  subroutine special_ndtri_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_r2

  !> ndtri_exp(x) into out: the inverse of log_ndtr: y with log Φ(y) = x.
  subroutine special_ndtri_exp_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_exp_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_exp_r0

  !> ndtri_exp(x) into out: the inverse of log_ndtr: y with log Φ(y) = x.
  subroutine special_ndtri_exp_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_exp_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_exp_r1

  !> ndtri_exp(x) into out: the inverse of log_ndtr: y with log Φ(y) = x.
  subroutine special_ndtri_exp_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ndtri_exp_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ndtri_exp_r2

  !> expit(x) into out: the logistic sigmoid expit(x) = 1/(1 + exp(−x)).
  subroutine special_expit_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expit_r0

  !> expit(x) into out: the logistic sigmoid expit(x) = 1/(1 + exp(−x)).
  subroutine special_expit_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expit_r1

  !> expit(x) into out: the logistic sigmoid expit(x) = 1/(1 + exp(−x)).
  subroutine special_expit_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expit_r2

  !> logit(x) into out: the logit log(p/(1 − p)), inverse of expit.
  subroutine special_logit_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_logit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_logit_r0

  !> logit(x) into out: the logit log(p/(1 − p)), inverse of expit.
  subroutine special_logit_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_logit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_logit_r1

  !> logit(x) into out: the logit log(p/(1 − p)), inverse of expit.
  subroutine special_logit_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_logit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_logit_r2

  !> log_expit(x) into out: the logarithm of the logistic sigmoid, log(expit(x)), without overflow or cancellation.
  subroutine special_log_expit_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_expit_r0

  !> log_expit(x) into out: the logarithm of the logistic sigmoid, log(expit(x)), without overflow or cancellation.
  subroutine special_log_expit_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_expit_r1

  !> log_expit(x) into out: the logarithm of the logistic sigmoid, log(expit(x)), without overflow or cancellation.
  subroutine special_log_expit_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log_expit_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log_expit_r2

  !> log1p(x) into out: log(1 + x), accurate for small x.
  subroutine special_log1p_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log1p_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log1p_r0

  !> log1p(x) into out: log(1 + x), accurate for small x.
  subroutine special_log1p_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log1p_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log1p_r1

  !> log1p(x) into out: log(1 + x), accurate for small x.
  subroutine special_log1p_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_log1p_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_log1p_r2

  !> expm1(x) into out: exp(x) − 1, accurate for small x.
  subroutine special_expm1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expm1_r0

  !> expm1(x) into out: exp(x) − 1, accurate for small x.
  subroutine special_expm1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expm1_r1

  !> expm1(x) into out: exp(x) − 1, accurate for small x.
  subroutine special_expm1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_expm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_expm1_r2

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r00(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r00

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r11(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r11

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r22(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r22

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r01(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r01

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r10(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r10

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r02(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r02

  !> xlogy(x, y) into out: x·log(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlogy_r20(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlogy_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlogy_r20

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r00(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r00

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r11(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r11

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r22(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r22

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r01(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r01

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r10(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r10

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r02(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r02

  !> xlog1py(x, y) into out: x·log1p(y), defined as 0 where x = 0 (unless y is NaN).
  subroutine special_xlog1py_r20(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_xlog1py_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_xlog1py_r20

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r00(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r00

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r11(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: lmbda(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r11

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r22(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: lmbda(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r22

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r01(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: lmbda(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r01

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r10(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r10

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r02(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: lmbda(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r02

  !> boxcox(x, lmbda) into out: the Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0.
  subroutine special_boxcox_r20(x, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_boxcox_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_boxcox_r20

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r00(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: y
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r00

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r11(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(in), target, contiguous :: lmbda(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r11

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r22(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(in), target, contiguous :: lmbda(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r22

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r01(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: y
    real(c_double), intent(in), target, contiguous :: lmbda(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r01

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r10(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r10

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r02(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target :: y
    real(c_double), intent(in), target, contiguous :: lmbda(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r02

  !> inv_boxcox(y, lmbda) into out: the inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0.
  subroutine special_inv_boxcox_r20(y, lmbda, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(in), target :: lmbda
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_inv_boxcox_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(lmbda), special_shape(lmbda), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_inv_boxcox_r20

  !> entr(x) into out: the elementwise entropy −x·log(x) (0 at x = 0).
  subroutine special_entr_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_entr_r0

  !> entr(x) into out: the elementwise entropy −x·log(x) (0 at x = 0).
  subroutine special_entr_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_entr_r1

  !> entr(x) into out: the elementwise entropy −x·log(x) (0 at x = 0).
  subroutine special_entr_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_entr_r2

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r00(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r00

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r11(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r11

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r22(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r22

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r01(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r01

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r10(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r10

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r02(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r02

  !> rel_entr(x, y) into out: the elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y).
  subroutine special_rel_entr_r20(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_rel_entr_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rel_entr_r20

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r00(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r00

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r11(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r11

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r22(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r22

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r01(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r01

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r10(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r10

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r02(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r02

  !> kl_div(x, y) into out: the elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0).
  subroutine special_kl_div_r20(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kl_div_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kl_div_r20

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r00(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r00

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r11(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:)
    real(c_double), intent(in), target, contiguous :: r(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r11

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r22(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:, :)
    real(c_double), intent(in), target, contiguous :: r(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r22

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r01(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target, contiguous :: r(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r01

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r10(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:)
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r10

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r02(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target, contiguous :: r(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r02

  !> huber(delta, r) into out: the Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise.
  subroutine special_huber_r20(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:, :)
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_huber_r20

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r00(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r00

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r11(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:)
    real(c_double), intent(in), target, contiguous :: r(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r11

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r22(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:, :)
    real(c_double), intent(in), target, contiguous :: r(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r22

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r01(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target, contiguous :: r(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r01

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r10(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:)
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r10

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r02(delta, r, out, status, errmsg)
    real(c_double), intent(in), target :: delta
    real(c_double), intent(in), target, contiguous :: r(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r02

  !> pseudo_huber(delta, r) into out: the pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1).
  subroutine special_pseudo_huber_r20(delta, r, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: delta(:, :)
    real(c_double), intent(in), target :: r
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pseudo_huber_c, &
        special_ptr(delta), special_shape(delta), &
        special_ptr(r), special_shape(r), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pseudo_huber_r20

  !> gamma(x) into out: the gamma function Γ(x).
  subroutine special_gamma_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gamma_r0

  !> gamma(x) into out: the gamma function Γ(x).
  subroutine special_gamma_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gamma_r1

  !> gamma(x) into out: the gamma function Γ(x).
  subroutine special_gamma_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gamma_r2

  !> gammaln(x) into out: the logarithm of the absolute value of the gamma function, log|Γ(x)|.
  subroutine special_gammaln_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammaln_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaln_r0

  !> gammaln(x) into out: the logarithm of the absolute value of the gamma function, log|Γ(x)|.
  subroutine special_gammaln_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammaln_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaln_r1

  !> gammaln(x) into out: the logarithm of the absolute value of the gamma function, log|Γ(x)|.
  subroutine special_gammaln_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammaln_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaln_r2

  !> loggamma(x) into out: the principal branch of log Γ(x) for real x.
  subroutine special_loggamma_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_loggamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_loggamma_r0

  !> loggamma(x) into out: the principal branch of log Γ(x) for real x.
  subroutine special_loggamma_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_loggamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_loggamma_r1

  !> loggamma(x) into out: the principal branch of log Γ(x) for real x.
  subroutine special_loggamma_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_loggamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_loggamma_r2

  !> gammasgn(x) into out: the sign of the gamma function, ±1.
  subroutine special_gammasgn_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammasgn_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammasgn_r0

  !> gammasgn(x) into out: the sign of the gamma function, ±1.
  subroutine special_gammasgn_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammasgn_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammasgn_r1

  !> gammasgn(x) into out: the sign of the gamma function, ±1.
  subroutine special_gammasgn_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_gammasgn_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammasgn_r2

  !> rgamma(x) into out: the reciprocal gamma function 1/Γ(x), an entire function.
  subroutine special_rgamma_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_rgamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rgamma_r0

  !> rgamma(x) into out: the reciprocal gamma function 1/Γ(x), an entire function.
  subroutine special_rgamma_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_rgamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rgamma_r1

  !> rgamma(x) into out: the reciprocal gamma function 1/Γ(x), an entire function.
  subroutine special_rgamma_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_rgamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_rgamma_r2

  !> digamma(x) into out: the digamma function ψ(x) = Γ′(x)/Γ(x).
  subroutine special_digamma_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_digamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_digamma_r0

  !> digamma(x) into out: the digamma function ψ(x) = Γ′(x)/Γ(x).
  subroutine special_digamma_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_digamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_digamma_r1

  !> digamma(x) into out: the digamma function ψ(x) = Γ′(x)/Γ(x).
  subroutine special_digamma_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_digamma_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_digamma_r2

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r00(n, x, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r00

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r11(n, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r11

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r22(n, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r22

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r01(n, x, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r01

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r10(n, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r10

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r02(n, x, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r02

  !> polygamma(n, x) into out: the polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function.
  subroutine special_polygamma_r20(n, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_polygamma_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_polygamma_r20

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r00(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r00

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r11(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r11

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r22(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r22

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r01(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r01

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r10(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r10

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r02(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r02

  !> gammainc(a, x) into out: the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
  subroutine special_gammainc_r20(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainc_r20

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r00(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r00

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r11(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r11

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r22(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r22

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r01(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r01

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r10(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r10

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r02(a, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r02

  !> gammaincc(a, x) into out: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
  subroutine special_gammaincc_r20(a, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincc_r20

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r00(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r00

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r11(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r11

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r22(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r22

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r01(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r01

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r10(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r10

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r02(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r02

  !> gammaincinv(a, y) into out: the inverse of the regularized lower incomplete gamma function in x: the x ≥ 0 with P(a, x) = y.
  subroutine special_gammaincinv_r20(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammaincinv_r20

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r00(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r00

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r11(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r11

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r22(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r22

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r01(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r01

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r10(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r10

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r02(a, y, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r02

  !> gammainccinv(a, y) into out: the inverse of the regularized upper incomplete gamma function in x: the x ≥ 0 with Q(a, x) = y.
  subroutine special_gammainccinv_r20(a, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_gammainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_gammainccinv_r20

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r00(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r00

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r11(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r11

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r22(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r22

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r01(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r01

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r10(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r10

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r02(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r02

  !> beta(a, b) into out: the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b).
  subroutine special_beta_r20(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_beta_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_beta_r20

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r00(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r00

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r11(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r11

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r22(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r22

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r01(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r01

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r10(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r10

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r02(a, b, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r02

  !> betaln(a, b) into out: the logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate for large arguments.
  subroutine special_betaln_r20(a, b, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target :: b
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_betaln_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaln_r20

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r00(n, k, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r00

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r11(n, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r11

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r22(n, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r22

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r01(n, k, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r01

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r10(n, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r10

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r02(n, k, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r02

  !> binom(n, k) into out: the binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n and k.
  subroutine special_binom_r20(n, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_binom_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_binom_r20

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r00(N, k, out, status, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r00

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r11(N, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r11

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r22(N, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:, :)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r22

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r01(N, k, out, status, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r01

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r10(N, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r10

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r02(N, k, out, status, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r02

  !> perm(N, k) into out: the number of permutations of N things taken k at a time, N!/(N − k)!, elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers are `sciport_special_perm_exact`.
  subroutine special_perm_r20(N, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:, :)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_perm_c, &
        special_ptr(N), special_shape(N), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_perm_r20

  !> factorial(n) into out: the factorial n! = Γ(n + 1), elementwise (`scipy.special.factorial(n)`, exact=False); the exact integers are `sciport_special_factorial_exact`.
  subroutine special_factorial_r0(n, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial_r0

  !> factorial(n) into out: the factorial n! = Γ(n + 1), elementwise (`scipy.special.factorial(n)`, exact=False); the exact integers are `sciport_special_factorial_exact`.
  subroutine special_factorial_r1(n, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial_r1

  !> factorial(n) into out: the factorial n! = Γ(n + 1), elementwise (`scipy.special.factorial(n)`, exact=False); the exact integers are `sciport_special_factorial_exact`.
  subroutine special_factorial_r2(n, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial_r2

  !> factorial2(n) into out: the double factorial n!! = n(n − 2)(n − 4)…, elementwise (`scipy.special.factorial2(n)`, exact=False, extend='zero'); the exact integers are `sciport_special_factorial2_exact`.
  subroutine special_factorial2_r0(n, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial2_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial2_r0

  !> factorial2(n) into out: the double factorial n!! = n(n − 2)(n − 4)…, elementwise (`scipy.special.factorial2(n)`, exact=False, extend='zero'); the exact integers are `sciport_special_factorial2_exact`.
  subroutine special_factorial2_r1(n, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial2_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial2_r1

  !> factorial2(n) into out: the double factorial n!! = n(n − 2)(n − 4)…, elementwise (`scipy.special.factorial2(n)`, exact=False, extend='zero'); the exact integers are `sciport_special_factorial2_exact`.
  subroutine special_factorial2_r2(n, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_factorial2_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_factorial2_r2

  !> betainc(a, b, x) into out: the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b).
  subroutine special_betainc_r000(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainc_r000

  !> betainc(a, b, x) into out: the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b).
  subroutine special_betainc_r111(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainc_r111

  !> betainc(a, b, x) into out: the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b).
  subroutine special_betainc_r222(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainc_r222

  !> betainc(a, b, x) into out: the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b).
  subroutine special_betainc_r001(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainc_r001

  !> betainc(a, b, x) into out: the regularized incomplete beta function I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b).
  subroutine special_betainc_r002(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainc_r002

  !> betaincc(a, b, x) into out: the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation.
  subroutine special_betaincc_r000(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincc_r000

  !> betaincc(a, b, x) into out: the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation.
  subroutine special_betaincc_r111(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincc_r111

  !> betaincc(a, b, x) into out: the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation.
  subroutine special_betaincc_r222(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincc_r222

  !> betaincc(a, b, x) into out: the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation.
  subroutine special_betaincc_r001(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincc_r001

  !> betaincc(a, b, x) into out: the complement 1 − I_x(a, b) of the regularized incomplete beta function, computed without cancellation.
  subroutine special_betaincc_r002(a, b, x, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincc_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincc_r002

  !> betaincinv(a, b, p) into out: the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p.
  subroutine special_betaincinv_r000(a, b, p, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincinv_r000

  !> betaincinv(a, b, p) into out: the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p.
  subroutine special_betaincinv_r111(a, b, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincinv_r111

  !> betaincinv(a, b, p) into out: the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p.
  subroutine special_betaincinv_r222(a, b, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincinv_r222

  !> betaincinv(a, b, p) into out: the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p.
  subroutine special_betaincinv_r001(a, b, p, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincinv_r001

  !> betaincinv(a, b, p) into out: the inverse of the regularized incomplete beta function in x: the x in [0, 1] with I_x(a, b) = p.
  subroutine special_betaincinv_r002(a, b, p, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betaincinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betaincinv_r002

  !> betainccinv(a, b, q) into out: the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q.
  subroutine special_betainccinv_r000(a, b, q, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target :: q
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainccinv_r000

  !> betainccinv(a, b, q) into out: the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q.
  subroutine special_betainccinv_r111(a, b, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(in), target, contiguous :: b(:)
    real(c_double), intent(in), target, contiguous :: q(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainccinv_r111

  !> betainccinv(a, b, q) into out: the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q.
  subroutine special_betainccinv_r222(a, b, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(in), target, contiguous :: b(:, :)
    real(c_double), intent(in), target, contiguous :: q(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainccinv_r222

  !> betainccinv(a, b, q) into out: the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q.
  subroutine special_betainccinv_r001(a, b, q, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: q(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainccinv_r001

  !> betainccinv(a, b, q) into out: the inverse of the complemented incomplete beta function in x: the x in [0, 1] with 1 − I_x(a, b) = q.
  subroutine special_betainccinv_r002(a, b, q, out, status, errmsg)
    real(c_double), intent(in), target :: a
    real(c_double), intent(in), target :: b
    real(c_double), intent(in), target, contiguous :: q(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_betainccinv_c, &
        special_ptr(a), special_shape(a), &
        special_ptr(b), special_shape(b), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_betainccinv_r002

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r00

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r11

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r22

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r01

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r10

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r02

  !> chdtr(v, x) into out: the chi-square cumulative distribution function with v degrees of freedom, P(v/2, x/2).
  subroutine special_chdtr_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtr_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtr_r20

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r00

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r11

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r22

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r01

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r10

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r02

  !> chdtrc(v, x) into out: the chi-square survival function with v degrees of freedom, Q(v/2, x/2).
  subroutine special_chdtrc_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtrc_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtrc_r20

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r00(v, p, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r00

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r11(v, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r11

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r22(v, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r22

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r01(v, p, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r01

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r10(v, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r10

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r02(v, p, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r02

  !> chdtri(v, p) into out: the inverse of the chi-square survival function: the x with chdtrc(v, x) = p.
  subroutine special_chdtri_r20(v, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_chdtri_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_chdtri_r20

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r00(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r00

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r11(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r11

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r22(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r22

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r01(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r01

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r10(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r10

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r02(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r02

  !> pdtr(k, m) into out: the Poisson cumulative distribution function: the probability of at most floor(k) events for mean m, Q(floor(k) + 1, m).
  subroutine special_pdtr_r20(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtr_r20

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r00(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r00

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r11(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r11

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r22(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r22

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r01(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r01

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r10(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r10

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r02(k, m, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r02

  !> pdtrc(k, m) into out: the Poisson survival function: the probability of more than floor(k) events for mean m, P(floor(k) + 1, m).
  subroutine special_pdtrc_r20(k, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtrc_r20

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r00(k, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r00

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r11(k, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r11

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r22(k, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r22

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r01(k, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r01

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r10(k, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r10

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r02(k, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r02

  !> pdtri(k, y) into out: the inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y.
  subroutine special_pdtri_r20(k, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_pdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_pdtri_r20

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r00(df, t, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target :: t
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r00

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r11(df, t, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:)
    real(c_double), intent(in), target, contiguous :: t(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r11

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r22(df, t, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:, :)
    real(c_double), intent(in), target, contiguous :: t(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r22

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r01(df, t, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target, contiguous :: t(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r01

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r10(df, t, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:)
    real(c_double), intent(in), target :: t
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r10

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r02(df, t, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target, contiguous :: t(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r02

  !> stdtr(df, t) into out: Student's t cumulative distribution function with df degrees of freedom.
  subroutine special_stdtr_r20(df, t, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:, :)
    real(c_double), intent(in), target :: t
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtr_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(t), special_shape(t), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtr_r20

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r00(df, p, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r00

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r11(df, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r11

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r22(df, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r22

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r01(df, p, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r01

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r10(df, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r10

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r02(df, p, out, status, errmsg)
    real(c_double), intent(in), target :: df
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r02

  !> stdtrit(df, p) into out: the inverse of Student's t CDF: the t with stdtr(df, t) = p.
  subroutine special_stdtrit_r20(df, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: df(:, :)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_stdtrit_c, &
        special_ptr(df), special_shape(df), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_stdtrit_r20

  !> fdtr(dfn, dfd, x) into out: the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x).
  subroutine special_fdtr_r000(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtr_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtr_r000

  !> fdtr(dfn, dfd, x) into out: the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x).
  subroutine special_fdtr_r111(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:)
    real(c_double), intent(in), target, contiguous :: dfd(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtr_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtr_r111

  !> fdtr(dfn, dfd, x) into out: the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x).
  subroutine special_fdtr_r222(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:, :)
    real(c_double), intent(in), target, contiguous :: dfd(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtr_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtr_r222

  !> fdtr(dfn, dfd, x) into out: the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x).
  subroutine special_fdtr_r001(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtr_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtr_r001

  !> fdtr(dfn, dfd, x) into out: the F-distribution cumulative distribution function, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x).
  subroutine special_fdtr_r002(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtr_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtr_r002

  !> fdtrc(dfn, dfd, x) into out: the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x).
  subroutine special_fdtrc_r000(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtrc_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtrc_r000

  !> fdtrc(dfn, dfd, x) into out: the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x).
  subroutine special_fdtrc_r111(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:)
    real(c_double), intent(in), target, contiguous :: dfd(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtrc_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtrc_r111

  !> fdtrc(dfn, dfd, x) into out: the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x).
  subroutine special_fdtrc_r222(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:, :)
    real(c_double), intent(in), target, contiguous :: dfd(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtrc_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtrc_r222

  !> fdtrc(dfn, dfd, x) into out: the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x).
  subroutine special_fdtrc_r001(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtrc_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtrc_r001

  !> fdtrc(dfn, dfd, x) into out: the F-distribution survival function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x).
  subroutine special_fdtrc_r002(dfn, dfd, x, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtrc_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtrc_r002

  !> fdtri(dfn, dfd, p) into out: the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p.
  subroutine special_fdtri_r000(dfn, dfd, p, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtri_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtri_r000

  !> fdtri(dfn, dfd, p) into out: the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p.
  subroutine special_fdtri_r111(dfn, dfd, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:)
    real(c_double), intent(in), target, contiguous :: dfd(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtri_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtri_r111

  !> fdtri(dfn, dfd, p) into out: the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p.
  subroutine special_fdtri_r222(dfn, dfd, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: dfn(:, :)
    real(c_double), intent(in), target, contiguous :: dfd(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtri_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtri_r222

  !> fdtri(dfn, dfd, p) into out: the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p.
  subroutine special_fdtri_r001(dfn, dfd, p, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtri_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtri_r001

  !> fdtri(dfn, dfd, p) into out: the inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p.
  subroutine special_fdtri_r002(dfn, dfd, p, out, status, errmsg)
    real(c_double), intent(in), target :: dfn
    real(c_double), intent(in), target :: dfd
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_fdtri_c, &
        special_ptr(dfn), special_shape(dfn), &
        special_ptr(dfd), special_shape(dfd), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_fdtri_r002

  !> bdtr(k, n, p) into out: the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtr_r000(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtr_r000

  !> bdtr(k, n, p) into out: the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtr_r111(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtr_r111

  !> bdtr(k, n, p) into out: the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtr_r222(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtr_r222

  !> bdtr(k, n, p) into out: the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtr_r001(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtr_r001

  !> bdtr(k, n, p) into out: the binomial cumulative distribution function: the probability of at most floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtr_r002(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtr_r002

  !> bdtrc(k, n, p) into out: the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtrc_r000(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtrc_r000

  !> bdtrc(k, n, p) into out: the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtrc_r111(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtrc_r111

  !> bdtrc(k, n, p) into out: the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtrc_r222(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtrc_r222

  !> bdtrc(k, n, p) into out: the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtrc_r001(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtrc_r001

  !> bdtrc(k, n, p) into out: the binomial survival function: the probability of more than floor(k) successes in floor(n) trials of probability p.
  subroutine special_bdtrc_r002(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtrc_r002

  !> bdtri(k, n, y) into out: the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y.
  subroutine special_bdtri_r000(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtri_r000

  !> bdtri(k, n, y) into out: the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y.
  subroutine special_bdtri_r111(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtri_r111

  !> bdtri(k, n, y) into out: the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y.
  subroutine special_bdtri_r222(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtri_r222

  !> bdtri(k, n, y) into out: the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y.
  subroutine special_bdtri_r001(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtri_r001

  !> bdtri(k, n, y) into out: the inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y.
  subroutine special_bdtri_r002(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_bdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_bdtri_r002

  !> nbdtr(k, n, p) into out: the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1).
  subroutine special_nbdtr_r000(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtr_r000

  !> nbdtr(k, n, p) into out: the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1).
  subroutine special_nbdtr_r111(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtr_r111

  !> nbdtr(k, n, p) into out: the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1).
  subroutine special_nbdtr_r222(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtr_r222

  !> nbdtr(k, n, p) into out: the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1).
  subroutine special_nbdtr_r001(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtr_r001

  !> nbdtr(k, n, p) into out: the negative binomial cumulative distribution function: the probability of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1).
  subroutine special_nbdtr_r002(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtr_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtr_r002

  !> nbdtrc(k, n, p) into out: the negative binomial survival function, 1 − I_p(n, k + 1).
  subroutine special_nbdtrc_r000(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtrc_r000

  !> nbdtrc(k, n, p) into out: the negative binomial survival function, 1 − I_p(n, k + 1).
  subroutine special_nbdtrc_r111(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtrc_r111

  !> nbdtrc(k, n, p) into out: the negative binomial survival function, 1 − I_p(n, k + 1).
  subroutine special_nbdtrc_r222(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtrc_r222

  !> nbdtrc(k, n, p) into out: the negative binomial survival function, 1 − I_p(n, k + 1).
  subroutine special_nbdtrc_r001(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtrc_r001

  !> nbdtrc(k, n, p) into out: the negative binomial survival function, 1 − I_p(n, k + 1).
  subroutine special_nbdtrc_r002(k, n, p, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtrc_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtrc_r002

  !> nbdtri(k, n, y) into out: the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y.
  subroutine special_nbdtri_r000(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtri_r000

  !> nbdtri(k, n, y) into out: the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y.
  subroutine special_nbdtri_r111(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtri_r111

  !> nbdtri(k, n, y) into out: the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y.
  subroutine special_nbdtri_r222(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtri_r222

  !> nbdtri(k, n, y) into out: the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y.
  subroutine special_nbdtri_r001(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtri_r001

  !> nbdtri(k, n, y) into out: the inverse of the negative binomial CDF in p: the p with nbdtr(k, n, p) = y.
  subroutine special_nbdtri_r002(k, n, y, out, status, errmsg)
    real(c_double), intent(in), target :: k
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_nbdtri_c, &
        special_ptr(k), special_shape(k), &
        special_ptr(n), special_shape(n), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_nbdtri_r002

  !> ellipk(m) into out: the complete elliptic integral of the first kind K(m) = ∫₀^{π/2} (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipk_r0(m, out, status, errmsg)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipk_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipk_r0

  !> ellipk(m) into out: the complete elliptic integral of the first kind K(m) = ∫₀^{π/2} (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipk_r1(m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipk_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipk_r1

  !> ellipk(m) into out: the complete elliptic integral of the first kind K(m) = ∫₀^{π/2} (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipk_r2(m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipk_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipk_r2

  !> ellipkm1(p) into out: k(1 − p), the complete elliptic integral of the first kind near m = 1 with p = 1 − m given exactly.
  subroutine special_ellipkm1_r0(p, out, status, errmsg)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipkm1_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkm1_r0

  !> ellipkm1(p) into out: k(1 − p), the complete elliptic integral of the first kind near m = 1 with p = 1 − m given exactly.
  subroutine special_ellipkm1_r1(p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipkm1_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkm1_r1

  !> ellipkm1(p) into out: k(1 − p), the complete elliptic integral of the first kind near m = 1 with p = 1 − m given exactly.
  subroutine special_ellipkm1_r2(p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipkm1_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkm1_r2

  !> ellipe(m) into out: the complete elliptic integral of the second kind E(m) = ∫₀^{π/2} (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipe_r0(m, out, status, errmsg)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipe_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipe_r0

  !> ellipe(m) into out: the complete elliptic integral of the second kind E(m) = ∫₀^{π/2} (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipe_r1(m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipe_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipe_r1

  !> ellipe(m) into out: the complete elliptic integral of the second kind E(m) = ∫₀^{π/2} (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipe_r2(m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_ellipe_c, &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipe_r2

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r00(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r00

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r11(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r11

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r22(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:, :)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r22

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r01(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r01

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r10(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r10

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r02(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r02

  !> ellipkinc(phi, m) into out: the incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m sin²t)^{−1/2} dt.
  subroutine special_ellipkinc_r20(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:, :)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipkinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipkinc_r20

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r00(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r00

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r11(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r11

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r22(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:, :)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r22

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r01(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r01

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r10(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r10

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r02(phi, m, out, status, errmsg)
    real(c_double), intent(in), target :: phi
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r02

  !> ellipeinc(phi, m) into out: the incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m sin²t)^{1/2} dt.
  subroutine special_ellipeinc_r20(phi, m, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: phi(:, :)
    real(c_double), intent(in), target :: m
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ellipeinc_c, &
        special_ptr(phi), special_shape(phi), &
        special_ptr(m), special_shape(m), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ellipeinc_r20

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r00(x, k, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r00

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r11(x, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r11

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r22(x, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r22

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r01(x, k, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r01

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r10(x, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r10

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r02(x, k, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r02

  !> lambertw(x, k) into out: the real branches of the Lambert W function, the w with w·e^w = x on branch k, elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its value is real).
  subroutine special_lambertw_r20(x, k, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_lambertw_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_lambertw_r20

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r00(x, q, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: q
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r00

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r11(x, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: q(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r11

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r22(x, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: q(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r22

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r01(x, q, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: q(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r01

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r10(x, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: q
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r10

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r02(x, q, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: q(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r02

  !> zeta(x, q) into out: the Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}.
  subroutine special_zeta_r20(x, q, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: q
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(q), special_shape(q), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zeta_r20

  !> riemann_zeta(x) into out: the Riemann zeta function ζ(x) on the whole real line, elementwise (`scipy.special.zeta(x)` with q omitted).
  subroutine special_riemann_zeta_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_riemann_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_riemann_zeta_r0

  !> riemann_zeta(x) into out: the Riemann zeta function ζ(x) on the whole real line, elementwise (`scipy.special.zeta(x)` with q omitted).
  subroutine special_riemann_zeta_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_riemann_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_riemann_zeta_r1

  !> riemann_zeta(x) into out: the Riemann zeta function ζ(x) on the whole real line, elementwise (`scipy.special.zeta(x)` with q omitted).
  subroutine special_riemann_zeta_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_riemann_zeta_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_riemann_zeta_r2

  !> zetac(x) into out: ζ(x) − 1 for the Riemann zeta function, accurate where ζ(x) is close to 1.
  subroutine special_zetac_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_zetac_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zetac_r0

  !> zetac(x) into out: ζ(x) − 1 for the Riemann zeta function, accurate where ζ(x) is close to 1.
  subroutine special_zetac_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_zetac_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zetac_r1

  !> zetac(x) into out: ζ(x) − 1 for the Riemann zeta function, accurate where ζ(x) is close to 1.
  subroutine special_zetac_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_zetac_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_zetac_r2

  !> kolmogorov(y) into out: the survival function P(K > y) of the Kolmogorov distribution (the limit of √n·Dₙ for the two-sided Kolmogorov–Smirnov statistic).
  subroutine special_kolmogorov_r0(y, out, status, errmsg)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogorov_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogorov_r0

  !> kolmogorov(y) into out: the survival function P(K > y) of the Kolmogorov distribution (the limit of √n·Dₙ for the two-sided Kolmogorov–Smirnov statistic).
  subroutine special_kolmogorov_r1(y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogorov_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogorov_r1

  !> kolmogorov(y) into out: the survival function P(K > y) of the Kolmogorov distribution (the limit of √n·Dₙ for the two-sided Kolmogorov–Smirnov statistic).
  subroutine special_kolmogorov_r2(y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogorov_c, &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogorov_r2

  !> kolmogi(p) into out: the inverse of kolmogorov: the y ≥ 0 with kolmogorov(y) = p.
  subroutine special_kolmogi_r0(p, out, status, errmsg)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogi_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogi_r0

  !> kolmogi(p) into out: the inverse of kolmogorov: the y ≥ 0 with kolmogorov(y) = p.
  subroutine special_kolmogi_r1(p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogi_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogi_r1

  !> kolmogi(p) into out: the inverse of kolmogorov: the y ≥ 0 with kolmogorov(y) = p.
  subroutine special_kolmogi_r2(p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_kolmogi_c, &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kolmogi_r2

  !> exprel(x) into out: the relative error exponential (eˣ − 1)/x.
  subroutine special_exprel_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exprel_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exprel_r0

  !> exprel(x) into out: the relative error exponential (eˣ − 1)/x.
  subroutine special_exprel_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exprel_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exprel_r1

  !> exprel(x) into out: the relative error exponential (eˣ − 1)/x.
  subroutine special_exprel_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exprel_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exprel_r2

  !> cosm1(x) into out: cos x − 1 without cancellation near multiples of 2π.
  subroutine special_cosm1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosm1_r0

  !> cosm1(x) into out: cos x − 1 without cancellation near multiples of 2π.
  subroutine special_cosm1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosm1_r1

  !> cosm1(x) into out: cos x − 1 without cancellation near multiples of 2π.
  subroutine special_cosm1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosm1_r2

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r00(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r00

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r11(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r11

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r22(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r22

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r01(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r01

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r10(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r10

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r02(x, y, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(in), target, contiguous :: y(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r02

  !> powm1(x, y) into out: xʸ − 1 without cancellation where xʸ is near 1.
  subroutine special_powm1_r20(x, y, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(in), target :: y
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_powm1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(y), special_shape(y), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_powm1_r20

  !> exp2(x) into out: 2ˣ.
  subroutine special_exp2_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp2_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp2_r0

  !> exp2(x) into out: 2ˣ.
  subroutine special_exp2_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp2_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp2_r1

  !> exp2(x) into out: 2ˣ.
  subroutine special_exp2_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp2_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp2_r2

  !> exp10(x) into out: 10ˣ.
  subroutine special_exp10_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp10_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp10_r0

  !> exp10(x) into out: 10ˣ.
  subroutine special_exp10_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp10_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp10_r1

  !> exp10(x) into out: 10ˣ.
  subroutine special_exp10_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_exp10_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_exp10_r2

  !> cbrt(x) into out: the real cube root.
  subroutine special_cbrt_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cbrt_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cbrt_r0

  !> cbrt(x) into out: the real cube root.
  subroutine special_cbrt_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cbrt_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cbrt_r1

  !> cbrt(x) into out: the real cube root.
  subroutine special_cbrt_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cbrt_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cbrt_r2

  !> round(x) into out: rounding to the nearest integer, halves to even.
  subroutine special_round_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_round_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_round_r0

  !> round(x) into out: rounding to the nearest integer, halves to even.
  subroutine special_round_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_round_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_round_r1

  !> round(x) into out: rounding to the nearest integer, halves to even.
  subroutine special_round_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_round_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_round_r2

  !> sindg(x) into out: the sine of an angle in degrees.
  subroutine special_sindg_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_sindg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_sindg_r0

  !> sindg(x) into out: the sine of an angle in degrees.
  subroutine special_sindg_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_sindg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_sindg_r1

  !> sindg(x) into out: the sine of an angle in degrees.
  subroutine special_sindg_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_sindg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_sindg_r2

  !> cosdg(x) into out: the cosine of an angle in degrees.
  subroutine special_cosdg_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosdg_r0

  !> cosdg(x) into out: the cosine of an angle in degrees.
  subroutine special_cosdg_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosdg_r1

  !> cosdg(x) into out: the cosine of an angle in degrees.
  subroutine special_cosdg_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cosdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cosdg_r2

  !> tandg(x) into out: the tangent of an angle in degrees.
  subroutine special_tandg_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_tandg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_tandg_r0

  !> tandg(x) into out: the tangent of an angle in degrees.
  subroutine special_tandg_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_tandg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_tandg_r1

  !> tandg(x) into out: the tangent of an angle in degrees.
  subroutine special_tandg_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_tandg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_tandg_r2

  !> cotdg(x) into out: the cotangent of an angle in degrees.
  subroutine special_cotdg_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cotdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cotdg_r0

  !> cotdg(x) into out: the cotangent of an angle in degrees.
  subroutine special_cotdg_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cotdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cotdg_r1

  !> cotdg(x) into out: the cotangent of an angle in degrees.
  subroutine special_cotdg_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_cotdg_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_cotdg_r2

  !> radian(d, m, s) into out: an angle in degrees, minutes and seconds in radians.
  subroutine special_radian_r000(d, m, s, out, status, errmsg)
    real(c_double), intent(in), target :: d
    real(c_double), intent(in), target :: m
    real(c_double), intent(in), target :: s
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_radian_c, &
        special_ptr(d), special_shape(d), &
        special_ptr(m), special_shape(m), &
        special_ptr(s), special_shape(s), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_radian_r000

  !> radian(d, m, s) into out: an angle in degrees, minutes and seconds in radians.
  subroutine special_radian_r111(d, m, s, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: d(:)
    real(c_double), intent(in), target, contiguous :: m(:)
    real(c_double), intent(in), target, contiguous :: s(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_radian_c, &
        special_ptr(d), special_shape(d), &
        special_ptr(m), special_shape(m), &
        special_ptr(s), special_shape(s), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_radian_r111

  !> radian(d, m, s) into out: an angle in degrees, minutes and seconds in radians.
  subroutine special_radian_r222(d, m, s, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: d(:, :)
    real(c_double), intent(in), target, contiguous :: m(:, :)
    real(c_double), intent(in), target, contiguous :: s(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_radian_c, &
        special_ptr(d), special_shape(d), &
        special_ptr(m), special_shape(m), &
        special_ptr(s), special_shape(s), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_radian_r222

  !> radian(d, m, s) into out: an angle in degrees, minutes and seconds in radians.
  subroutine special_radian_r001(d, m, s, out, status, errmsg)
    real(c_double), intent(in), target :: d
    real(c_double), intent(in), target :: m
    real(c_double), intent(in), target, contiguous :: s(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_radian_c, &
        special_ptr(d), special_shape(d), &
        special_ptr(m), special_shape(m), &
        special_ptr(s), special_shape(s), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_radian_r001

  !> radian(d, m, s) into out: an angle in degrees, minutes and seconds in radians.
  subroutine special_radian_r002(d, m, s, out, status, errmsg)
    real(c_double), intent(in), target :: d
    real(c_double), intent(in), target :: m
    real(c_double), intent(in), target, contiguous :: s(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special3(sciport_special_radian_c, &
        special_ptr(d), special_shape(d), &
        special_ptr(m), special_shape(m), &
        special_ptr(s), special_shape(s), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_radian_r002

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r00(h, a, out, status, errmsg)
    real(c_double), intent(in), target :: h
    real(c_double), intent(in), target :: a
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r00

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r11(h, a, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: h(:)
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r11

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r22(h, a, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: h(:, :)
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r22

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r01(h, a, out, status, errmsg)
    real(c_double), intent(in), target :: h
    real(c_double), intent(in), target, contiguous :: a(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r01

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r10(h, a, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: h(:)
    real(c_double), intent(in), target :: a
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r10

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r02(h, a, out, status, errmsg)
    real(c_double), intent(in), target :: h
    real(c_double), intent(in), target, contiguous :: a(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r02

  !> owens_t(h, a) into out: Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx.
  subroutine special_owens_t_r20(h, a, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: h(:, :)
    real(c_double), intent(in), target :: a
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_owens_t_c, &
        special_ptr(h), special_shape(h), &
        special_ptr(a), special_shape(a), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_owens_t_r20

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r00(n, d, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: d
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r00

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r11(n, d, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: d(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r11

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r22(n, d, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: d(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r22

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r01(n, d, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: d(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r01

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r10(n, d, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target :: d
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r10

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r02(n, d, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: d(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r02

  !> smirnov(n, d) into out: the survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d).
  subroutine special_smirnov_r20(n, d, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target :: d
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnov_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(d), special_shape(d), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnov_r20

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r00(n, p, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r00

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r11(n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r11

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r22(n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r22

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r01(n, p, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r01

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r10(n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r10

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r02(n, p, out, status, errmsg)
    real(c_double), intent(in), target :: n
    real(c_double), intent(in), target, contiguous :: p(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r02

  !> smirnovi(n, p) into out: the inverse of `sciport_special_smirnov` in d.
  subroutine special_smirnovi_r20(n, p, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: n(:, :)
    real(c_double), intent(in), target :: p
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_smirnovi_c, &
        special_ptr(n), special_shape(n), &
        special_ptr(p), special_shape(p), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_smirnovi_r20

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r00

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r11

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r22

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r01

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r10

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r02

  !> jv(v, x) into out: the Bessel function of the first kind J_v(x) of real order v.
  subroutine special_jv_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_jv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_jv_r20

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r00

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r11

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r22

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r01

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r10

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r02

  !> yv(v, x) into out: the Bessel function of the second kind Y_v(x) of real order v.
  subroutine special_yv_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_yv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_yv_r20

  !> j0(x) into out: the Bessel function of the first kind of order 0, J₀(x).
  subroutine special_j0_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j0_r0

  !> j0(x) into out: the Bessel function of the first kind of order 0, J₀(x).
  subroutine special_j0_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j0_r1

  !> j0(x) into out: the Bessel function of the first kind of order 0, J₀(x).
  subroutine special_j0_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j0_r2

  !> j1(x) into out: the Bessel function of the first kind of order 1, J₁(x).
  subroutine special_j1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j1_r0

  !> j1(x) into out: the Bessel function of the first kind of order 1, J₁(x).
  subroutine special_j1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j1_r1

  !> j1(x) into out: the Bessel function of the first kind of order 1, J₁(x).
  subroutine special_j1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_j1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_j1_r2

  !> y0(x) into out: the Bessel function of the second kind of order 0, Y₀(x).
  subroutine special_y0_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y0_r0

  !> y0(x) into out: the Bessel function of the second kind of order 0, Y₀(x).
  subroutine special_y0_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y0_r1

  !> y0(x) into out: the Bessel function of the second kind of order 0, Y₀(x).
  subroutine special_y0_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y0_r2

  !> y1(x) into out: the Bessel function of the second kind of order 1, Y₁(x).
  subroutine special_y1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y1_r0

  !> y1(x) into out: the Bessel function of the second kind of order 1, Y₁(x).
  subroutine special_y1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y1_r1

  !> y1(x) into out: the Bessel function of the second kind of order 1, Y₁(x).
  subroutine special_y1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_y1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_y1_r2

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r00

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r11

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r22

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r01

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r10

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r02

  !> iv(v, x) into out: the modified Bessel function of the first kind I_v(x) of real order v.
  subroutine special_iv_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_iv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_iv_r20

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r00

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r11

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r22

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r01

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r10

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r02

  !> ive(v, x) into out: the exponentially scaled modified Bessel function of the first kind I_v(x)·e^(−|x|).
  subroutine special_ive_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_ive_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_ive_r20

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r00

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r11

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r22

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r01

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r10

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r02

  !> kv(v, x) into out: the modified Bessel function of the second kind K_v(x) of real order v (even in v).
  subroutine special_kv_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kv_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kv_r20

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r00(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r00

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r11(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r11

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r22(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r22

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r01(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r01

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r10(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r10

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r02(v, x, out, status, errmsg)
    real(c_double), intent(in), target :: v
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r02

  !> kve(v, x) into out: the exponentially scaled modified Bessel function of the second kind K_v(x)·e^x.
  subroutine special_kve_r20(v, x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: v(:, :)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special2(sciport_special_kve_c, &
        special_ptr(v), special_shape(v), &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_kve_r20

  !> i0(x) into out: the modified Bessel function of the first kind of order 0, I₀(x).
  subroutine special_i0_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0_r0

  !> i0(x) into out: the modified Bessel function of the first kind of order 0, I₀(x).
  subroutine special_i0_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0_r1

  !> i0(x) into out: the modified Bessel function of the first kind of order 0, I₀(x).
  subroutine special_i0_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0_r2

  !> i0e(x) into out: the exponentially scaled modified Bessel function I₀(x)·e^(−|x|).
  subroutine special_i0e_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0e_r0

  !> i0e(x) into out: the exponentially scaled modified Bessel function I₀(x)·e^(−|x|).
  subroutine special_i0e_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0e_r1

  !> i0e(x) into out: the exponentially scaled modified Bessel function I₀(x)·e^(−|x|).
  subroutine special_i0e_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i0e_r2

  !> i1(x) into out: the modified Bessel function of the first kind of order 1, I₁(x).
  subroutine special_i1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1_r0

  !> i1(x) into out: the modified Bessel function of the first kind of order 1, I₁(x).
  subroutine special_i1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1_r1

  !> i1(x) into out: the modified Bessel function of the first kind of order 1, I₁(x).
  subroutine special_i1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1_r2

  !> i1e(x) into out: the exponentially scaled modified Bessel function I₁(x)·e^(−|x|).
  subroutine special_i1e_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1e_r0

  !> i1e(x) into out: the exponentially scaled modified Bessel function I₁(x)·e^(−|x|).
  subroutine special_i1e_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1e_r1

  !> i1e(x) into out: the exponentially scaled modified Bessel function I₁(x)·e^(−|x|).
  subroutine special_i1e_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_i1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_i1e_r2

  !> k0(x) into out: the modified Bessel function of the second kind of order 0, K₀(x).
  subroutine special_k0_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0_r0

  !> k0(x) into out: the modified Bessel function of the second kind of order 0, K₀(x).
  subroutine special_k0_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0_r1

  !> k0(x) into out: the modified Bessel function of the second kind of order 0, K₀(x).
  subroutine special_k0_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0_r2

  !> k0e(x) into out: the exponentially scaled modified Bessel function K₀(x)·e^x.
  subroutine special_k0e_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0e_r0

  !> k0e(x) into out: the exponentially scaled modified Bessel function K₀(x)·e^x.
  subroutine special_k0e_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0e_r1

  !> k0e(x) into out: the exponentially scaled modified Bessel function K₀(x)·e^x.
  subroutine special_k0e_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k0e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k0e_r2

  !> k1(x) into out: the modified Bessel function of the second kind of order 1, K₁(x).
  subroutine special_k1_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1_r0

  !> k1(x) into out: the modified Bessel function of the second kind of order 1, K₁(x).
  subroutine special_k1_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1_r1

  !> k1(x) into out: the modified Bessel function of the second kind of order 1, K₁(x).
  subroutine special_k1_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1_r2

  !> k1e(x) into out: the exponentially scaled modified Bessel function K₁(x)·e^x.
  subroutine special_k1e_r0(x, out, status, errmsg)
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1e_r0

  !> k1e(x) into out: the exponentially scaled modified Bessel function K₁(x)·e^x.
  subroutine special_k1e_r1(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1e_r1

  !> k1e(x) into out: the exponentially scaled modified Bessel function K₁(x)·e^x.
  subroutine special_k1e_r2(x, out, status, errmsg)
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_special1(sciport_special_k1e_c, &
        special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_k1e_r2
  ! END GENERATED special procedures

  ! ---- scipy.special.comb and SciPy's exact=True counts (hand-written) --------

  !> Runs sciport_special_comb on (N, k, out) given as address + shape;
  !> `msg` receives the error message (empty on success).
  subroutine run_comb(x, xshape, y, yshape, out, oshape, repetition, status, msg)
    type(c_ptr), intent(in) :: x, y, out
    integer(c_size_t), intent(in), target :: xshape(:), yshape(:), oshape(:)
    logical(c_bool), intent(in) :: repetition
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ystrides(size(yshape)), &
        ostrides(size(oshape))
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    call special_view_layout(xshape, xstrides)
    call special_view_layout(yshape, ystrides)
    call special_view_layout(oshape, ostrides)
    err = c_null_ptr
    st = sciport_special_comb_c(sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        sciport_ndarray(y, size(yshape, kind=c_size_t), c_loc(yshape), c_loc(ystrides)), repetition, &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
  end subroutine run_comb

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r00(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r00

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r11(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:)
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r11

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r22(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:, :)
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r22

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r01(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target, contiguous :: k(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r01

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r10(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r10

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r02(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target :: N
    real(c_double), intent(in), target, contiguous :: k(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r02

  !> comb(N, k, repetition) into out: the number of combinations of N things taken k
  !> at a time (with repetition: binom(N + k - 1, k)); 0 unless 0 <= k <= N.
  subroutine special_comb_r20(N, k, out, status, repetition, errmsg)
    real(c_double), intent(in), target, contiguous :: N(:, :)
    real(c_double), intent(in), target :: k
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: msg
    call run_comb(special_ptr(N), special_shape(N), special_ptr(k), special_shape(k), &
        special_ptr(out), special_shape(out), opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end subroutine special_comb_r20

  !> Runs exact function `which` (1 comb, 2 perm, 3 factorial, 4 factorial2) on
  !> (a, b) as the C API asks: a length query, then into a buffer of length + 1
  !> bytes. Returns the decimal digits ('' on failure, with status and `msg`).
  function special_exact_digits(which, a, b, repetition, status, msg) result(digits)
    integer, intent(in) :: which
    integer(c_int64_t), intent(in) :: a, b
    logical(c_bool), intent(in) :: repetition
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out) :: msg
    character(len=:), allocatable :: digits
    character(kind=c_char), allocatable, target :: buf(:)
    integer(c_size_t) :: length, i
    integer(c_int32_t) :: st, code
    type(c_ptr) :: err
    digits = ''
    length = 0
    err = c_null_ptr
    st = exact_call(c_null_ptr, 0_c_size_t)
    call finish(st, err, status, msg, code)
    if (status == SCIPORT_OK) then
      allocate (buf(length + 1))
      st = exact_call(c_loc(buf), size(buf, kind=c_size_t))
      call finish(st, err, status, msg, code)
      if (status == SCIPORT_OK) then
        deallocate (digits)
        allocate (character(len=length) :: digits)
        do i = 1, length
          digits(i:i) = buf(i)
        end do
      end if
    end if
  contains
    !> One call of the C function into `digits` (digits_size bytes).
    function exact_call(p, digits_size) result(st)
      type(c_ptr), intent(in) :: p
      integer(c_size_t), intent(in) :: digits_size
      integer(c_int32_t) :: st
      select case (which)
      case (1)
        st = sciport_special_comb_exact_c(a, b, repetition, p, digits_size, length, err)
      case (2)
        st = sciport_special_perm_exact_c(a, b, p, digits_size, length, err)
      case (3)
        st = sciport_special_factorial_exact_c(a, p, digits_size, length, err)
      case default
        st = sciport_special_factorial2_exact_c(a, p, digits_size, length, err)
      end select
    end function exact_call
  end function special_exact_digits

  !> scipy.special.comb(N, k, exact=True, repetition): the number of combinations as
  !> decimal digits; '0' unless 0 <= k <= N (with repetition C(N + k - 1, k)).
  function special_comb_exact_i32(N, k, status, repetition, errmsg) result(digits)
    integer(c_int32_t), intent(in) :: N, k
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(1, int(N, c_int64_t), int(k, c_int64_t), &
        opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_comb_exact_i32

  !> scipy.special.comb(N, k, exact=True, repetition): the number of combinations as
  !> decimal digits; '0' unless 0 <= k <= N (with repetition C(N + k - 1, k)).
  function special_comb_exact_i64(N, k, status, repetition, errmsg) result(digits)
    integer(c_int64_t), intent(in) :: N, k
    integer(c_int32_t), intent(out) :: status
    logical, intent(in), optional :: repetition
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(1, int(N, c_int64_t), int(k, c_int64_t), &
        opt_bool(repetition, .false.), status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_comb_exact_i64

  !> scipy.special.perm(N, k, exact=True): N!/(N - k)! as decimal digits; '0' unless
  !> 0 <= k <= N.
  function special_perm_exact_i32(N, k, status, errmsg) result(digits)
    integer(c_int32_t), intent(in) :: N, k
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(2, int(N, c_int64_t), int(k, c_int64_t), &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_perm_exact_i32

  !> scipy.special.perm(N, k, exact=True): N!/(N - k)! as decimal digits; '0' unless
  !> 0 <= k <= N.
  function special_perm_exact_i64(N, k, status, errmsg) result(digits)
    integer(c_int64_t), intent(in) :: N, k
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(2, int(N, c_int64_t), int(k, c_int64_t), &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_perm_exact_i64

  !> scipy.special.factorial(n, exact=True): n! as decimal digits; '0' for n < 0,
  !> '1' for n = 0; n above 25205 (more than 100000 digits) is SCIPORT_ERR_INVALID_ARGUMENT.
  function special_factorial_exact_i32(n, status, errmsg) result(digits)
    integer(c_int32_t), intent(in) :: n
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(3, int(n, c_int64_t), 0_c_int64_t, &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_factorial_exact_i32

  !> scipy.special.factorial(n, exact=True): n! as decimal digits; '0' for n < 0,
  !> '1' for n = 0; n above 25205 (more than 100000 digits) is SCIPORT_ERR_INVALID_ARGUMENT.
  function special_factorial_exact_i64(n, status, errmsg) result(digits)
    integer(c_int64_t), intent(in) :: n
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(3, int(n, c_int64_t), 0_c_int64_t, &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_factorial_exact_i64

  !> scipy.special.factorial2(n, exact=True): n!! = n(n - 2)(n - 4)... as decimal
  !> digits; '0' for n < 0, '1' for n = 0 and 1.
  function special_factorial2_exact_i32(n, status, errmsg) result(digits)
    integer(c_int32_t), intent(in) :: n
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(4, int(n, c_int64_t), 0_c_int64_t, &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_factorial2_exact_i32

  !> scipy.special.factorial2(n, exact=True): n!! = n(n - 2)(n - 4)... as decimal
  !> digits; '0' for n < 0, '1' for n = 0 and 1.
  function special_factorial2_exact_i64(n, status, errmsg) result(digits)
    integer(c_int64_t), intent(in) :: n
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: digits
    character(len=:), allocatable :: msg
    digits = special_exact_digits(4, int(n, c_int64_t), 0_c_int64_t, &
        .false._c_bool, status, msg)
    if (present(errmsg)) errmsg = msg
  end function special_factorial2_exact_i64
  ! ---- end of scipy.special.comb and the exact counts --------------------------

  ! ---- scipy.stats frozen distributions ---------------------------------------

  !> Freezes family `name` (SciPy's name: 'norm', 'beta', 'poisson', ...) at
  !> `shapes` (SciPy's order; sciport_dist_family gives their names), `loc` and
  !> `scale` (discrete families: scale 1) into d, releasing what d held before.
  !> Errors: SCIPORT_ERR_UNKNOWN_NAME (errmsg lists the names),
  !> SCIPORT_ERR_INVALID_ARGUMENT (wrong number of shapes); d is unchanged then.
  subroutine sciport_dist_new(d, name, shapes, loc, scale, status, errmsg)
    type(sciport_dist_t), intent(inout) :: d
    character(len=*), intent(in) :: name
    real(c_double), intent(in), contiguous :: shapes(:)
    real(c_double), intent(in) :: loc, scale
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(kind=c_char), allocatable, target :: cname(:)
    real(c_double) :: none(1)
    type(c_ptr) :: err, out
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    call to_c_string(name, cname)
    err = c_null_ptr
    out = c_null_ptr
    none = 0
    if (size(shapes) > 0) then
      st = sciport_stats_dist_new_c(c_loc(cname), shapes, size(shapes, kind=c_size_t), loc, scale, &
          out, err)
    else
      st = sciport_stats_dist_new_c(c_loc(cname), none, 0_c_size_t, loc, scale, out, err)
    end if
    call finish(st, err, status, msg, code)
    if (status == SCIPORT_OK) then
      call sciport_dist_free(d)
      d%ptr = out
    end if
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_new

  !> Releases the distribution d holds (nothing when it holds none) and clears d.
  subroutine sciport_dist_free(d)
    type(sciport_dist_t), intent(inout) :: d
    call sciport_stats_dist_free(d%ptr)
    d%ptr = c_null_ptr
  end subroutine sciport_dist_free

  !> The families sciport provides, comma-separated in SciPy's order ('norm, ...').
  function sciport_dist_names() result(names)
    character(len=:), allocatable :: names
    names = sciport_c_string(sciport_stats_dist_names())
  end function sciport_dist_names

  !> Family `name`'s shape names (comma-separated, '' when it has none), their
  !> count and whether it is discrete. Errors: SCIPORT_ERR_UNKNOWN_NAME.
  subroutine sciport_dist_family(name, shapes, n_shapes, discrete, status, errmsg)
    character(len=*), intent(in) :: name
    character(len=:), allocatable, intent(out) :: shapes
    integer, intent(out) :: n_shapes
    logical, intent(out) :: discrete
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(kind=c_char), allocatable, target :: cname(:)
    type(c_ptr) :: err, cshapes
    integer(c_size_t) :: n
    logical(c_bool) :: disc
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    call to_c_string(name, cname)
    err = c_null_ptr
    cshapes = c_null_ptr
    n = 0
    disc = .false.
    st = sciport_stats_dist_family_c(c_loc(cname), cshapes, n, disc, err)
    call finish(st, err, status, msg, code)
    shapes = sciport_c_string(cshapes)
    n_shapes = int(n)
    discrete = logical(disc)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_family

  !> Runs a pointwise method on (x, out) given as address + shape (column-major).
  subroutine run_dist(f, d, x, xshape, out, oshape, status, errmsg)
    procedure(dist_pointwise_fn) :: f
    type(sciport_dist_t), intent(in) :: d
    type(c_ptr), intent(in) :: x, out
    integer(c_size_t), intent(in), target :: xshape(:), oshape(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_intptr_t), target :: xstrides(size(xshape)), ostrides(size(oshape))
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    call special_view_layout(xshape, xstrides)
    call special_view_layout(oshape, ostrides)
    err = c_null_ptr
    st = f(d%ptr, sciport_ndarray(x, size(xshape, kind=c_size_t), c_loc(xshape), c_loc(xstrides)), &
        sciport_ndarray(out, size(oshape, kind=c_size_t), c_loc(oshape), c_loc(ostrides)), err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine run_dist

  !> Runs a scalar statistic; value is written only on success.
  subroutine run_dist_scalar(f, d, value, status, errmsg)
    procedure(dist_scalar_fn) :: f
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = f(d%ptr, value, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine run_dist_scalar

  !> pdf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_pdf).
  subroutine dist_pdf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pdf_r0

  !> pdf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_pdf).
  subroutine dist_pdf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pdf_r1

  !> pdf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_pdf).
  subroutine dist_pdf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pdf_r2

  !> logpdf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_logpdf).
  subroutine dist_logpdf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpdf_r0

  !> logpdf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_logpdf).
  subroutine dist_logpdf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpdf_r1

  !> logpdf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_logpdf).
  subroutine dist_logpdf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpdf_r2

  !> pmf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_pmf).
  subroutine dist_pmf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pmf_r0

  !> pmf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_pmf).
  subroutine dist_pmf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pmf_r1

  !> pmf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_pmf).
  subroutine dist_pmf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_pmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_pmf_r2

  !> logpmf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_logpmf).
  subroutine dist_logpmf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpmf_r0

  !> logpmf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_logpmf).
  subroutine dist_logpmf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpmf_r1

  !> logpmf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_logpmf).
  subroutine dist_logpmf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logpmf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logpmf_r2

  !> cdf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_cdf).
  subroutine dist_cdf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_cdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_cdf_r0

  !> cdf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_cdf).
  subroutine dist_cdf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_cdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_cdf_r1

  !> cdf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_cdf).
  subroutine dist_cdf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_cdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_cdf_r2

  !> logcdf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_logcdf).
  subroutine dist_logcdf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logcdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logcdf_r0

  !> logcdf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_logcdf).
  subroutine dist_logcdf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logcdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logcdf_r1

  !> logcdf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_logcdf).
  subroutine dist_logcdf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logcdf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logcdf_r2

  !> sf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_sf).
  subroutine dist_sf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_sf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_sf_r0

  !> sf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_sf).
  subroutine dist_sf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_sf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_sf_r1

  !> sf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_sf).
  subroutine dist_sf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_sf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_sf_r2

  !> logsf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_logsf).
  subroutine dist_logsf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logsf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logsf_r0

  !> logsf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_logsf).
  subroutine dist_logsf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logsf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logsf_r1

  !> logsf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_logsf).
  subroutine dist_logsf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_logsf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_logsf_r2

  !> ppf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_ppf).
  subroutine dist_ppf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_ppf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_ppf_r0

  !> ppf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_ppf).
  subroutine dist_ppf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_ppf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_ppf_r1

  !> ppf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_ppf).
  subroutine dist_ppf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_ppf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_ppf_r2

  !> isf of each element of a scalar x into out (same shape; errors: see sciport_stats_dist_isf).
  subroutine dist_isf_r0(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target :: x
    real(c_double), intent(inout), target :: out
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_isf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_isf_r0

  !> isf of each element of a vector x into out (same shape; errors: see sciport_stats_dist_isf).
  subroutine dist_isf_r1(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(inout), target, contiguous :: out(:)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_isf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_isf_r1

  !> isf of each element of a matrix x into out (same shape; errors: see sciport_stats_dist_isf).
  subroutine dist_isf_r2(d, x, out, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in), target, contiguous :: x(:, :)
    real(c_double), intent(inout), target, contiguous :: out(:, :)
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist(sciport_stats_dist_isf_c, d, special_ptr(x), special_shape(x), &
        special_ptr(out), special_shape(out), status, m)
    if (present(errmsg)) errmsg = m
  end subroutine dist_isf_r2

  !> mean() of the distribution into value (written only on success).
  subroutine sciport_dist_mean(d, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist_scalar(sciport_stats_dist_mean_c, d, value, status, m)
    if (present(errmsg)) errmsg = m
  end subroutine sciport_dist_mean

  !> var() of the distribution into value (written only on success).
  subroutine sciport_dist_var(d, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist_scalar(sciport_stats_dist_var_c, d, value, status, m)
    if (present(errmsg)) errmsg = m
  end subroutine sciport_dist_var

  !> std() of the distribution into value (written only on success).
  subroutine sciport_dist_std(d, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist_scalar(sciport_stats_dist_std_c, d, value, status, m)
    if (present(errmsg)) errmsg = m
  end subroutine sciport_dist_std

  !> median() of the distribution into value (written only on success).
  subroutine sciport_dist_median(d, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist_scalar(sciport_stats_dist_median_c, d, value, status, m)
    if (present(errmsg)) errmsg = m
  end subroutine sciport_dist_median

  !> entropy() of the distribution into value (written only on success).
  subroutine sciport_dist_entropy(d, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    character(len=:), allocatable :: m
    call run_dist_scalar(sciport_stats_dist_entropy_c, d, value, status, m)
    if (present(errmsg)) errmsg = m
  end subroutine sciport_dist_entropy

  !> moment(order) = E[X**order] into value; order < 0 is SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine sciport_dist_moment(d, order, value, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    integer, intent(in) :: order
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_stats_dist_moment_c(d%ptr, int(order, c_int64_t), value, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_moment

  !> stats(moments='mvsk'): mean, variance, Fisher skewness, excess kurtosis.
  subroutine sciport_dist_stats(d, mean, var, skew, kurtosis, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: mean, var, skew, kurtosis
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_stats_dist_stats_c(d%ptr, mean, var, skew, kurtosis, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_stats

  !> interval(confidence): [lo, hi] with equal tails; confidence outside [0, 1]
  !> is SCIPORT_ERR_INVALID_ARGUMENT.
  subroutine sciport_dist_interval(d, confidence, lo, hi, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(in) :: confidence
    real(c_double), intent(inout) :: lo, hi
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_stats_dist_interval_c(d%ptr, confidence, lo, hi, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_interval

  !> support(): [lo, hi] after loc and scale (+-inf when unbounded).
  subroutine sciport_dist_support(d, lo, hi, status, errmsg)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: lo, hi
    integer(c_int32_t), intent(out) :: status
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    err = c_null_ptr
    st = sciport_stats_dist_support_c(d%ptr, lo, hi, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_support
  !> scipy.stats.<name>.fit(data, ...): estimates of continuous family `name`'s
  !> shapes (size(shapes) must be the family's count, 0 for norm), location and
  !> scale, written only on success. Optional keywords as SciPy's: `method`
  !> ('MLE', the default, or 'MM'), `fixed_shapes` (size(shapes) values, NaN =
  !> free; SciPy's f0, fa, ...), `floc`, `fscale`, and the starting values
  !> `guess_shapes` (NaN = SciPy's), `start_loc`, `start_scale`. Errors:
  !> SCIPORT_ERR_UNKNOWN_NAME (family or method), SCIPORT_ERR_INVALID_ARGUMENT
  !> (no or non-finite data, every parameter fixed, wrong sizes),
  !> SCIPORT_ERR_FIT_FAILED (SciPy's FitError).
  subroutine sciport_dist_fit(name, data, shapes, loc, scale, status, method, fixed_shapes, &
      floc, fscale, guess_shapes, start_loc, start_scale, errmsg)
    character(len=*), intent(in) :: name
    real(c_double), intent(in), contiguous :: data(:)
    real(c_double), intent(inout), contiguous :: shapes(:)
    real(c_double), intent(inout) :: loc, scale
    integer(c_int32_t), intent(out) :: status
    character(len=*), intent(in), optional :: method
    real(c_double), intent(in), target, contiguous, optional :: fixed_shapes(:), guess_shapes(:)
    real(c_double), intent(in), optional :: floc, fscale, start_loc, start_scale
    character(len=:), allocatable, intent(out), optional :: errmsg
    type(sciport_dist_fit_options) :: opts
    character(kind=c_char), allocatable, target :: cname(:), cmethod(:)
    real(c_double) :: none(1)
    real(c_double), allocatable :: sbuf(:)
    type(c_ptr) :: err
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    opts = sciport_stats_dist_fit_options_default()
    if (present(fixed_shapes)) then
      if (size(fixed_shapes) /= size(shapes)) then
        status = SCIPORT_ERR_INVALID_ARGUMENT
        if (present(errmsg)) errmsg = 'fixed_shapes must have size(shapes) values'
        return
      end if
      if (size(fixed_shapes) > 0) opts%fixed_shapes = c_loc(fixed_shapes)
    end if
    if (present(guess_shapes)) then
      if (size(guess_shapes) /= size(shapes)) then
        status = SCIPORT_ERR_INVALID_ARGUMENT
        if (present(errmsg)) errmsg = 'guess_shapes must have size(shapes) values'
        return
      end if
      if (size(guess_shapes) > 0) opts%guess_shapes = c_loc(guess_shapes)
    end if
    call to_c_string(name, cname)
    if (present(method)) call to_c_string(method, cmethod)
    opts%method = c_string_ptr(cmethod)
    if (present(floc)) opts%floc = floc
    if (present(fscale)) opts%fscale = fscale
    if (present(start_loc)) opts%loc = start_loc
    if (present(start_scale)) opts%scale = start_scale
    err = c_null_ptr
    none = 0
    ! the shapes go through a buffer of at least one element (size(shapes) may be 0)
    allocate (sbuf(max(1, size(shapes))))
    sbuf = 0
    if (size(data) > 0) then
      st = sciport_stats_dist_fit_c(c_loc(cname), data, size(data, kind=c_size_t), opts, sbuf, &
          size(shapes, kind=c_size_t), loc, scale, err)
    else
      st = sciport_stats_dist_fit_c(c_loc(cname), none, 0_c_size_t, opts, sbuf, &
          size(shapes, kind=c_size_t), loc, scale, err)
    end if
    call finish(st, err, status, msg, code)
    if (status == SCIPORT_OK) shapes = sbuf(1:size(shapes))
    if (present(errmsg)) errmsg = msg
  end subroutine sciport_dist_fit

  !> expect(func, lb=, ub=, conditional=): E[f(X)] over [lb, ub] (absent: the
  !> support's ends), divided by the range's probability when `conditional`.
  !> `f` is a bind(C) function with the interface sciport_scalar_func, called
  !> with `user_data` (absent: c_null_ptr); absent `f` is the identity (the
  !> mean). `epsabs`, `epsrel`, `limit` are quad's knobs (continuous families),
  !> `maxcount`, `tolerance` the summation's (discrete). `value` is written
  !> only on success; a non-zero return of f aborts with SCIPORT_ERR_CALLBACK
  !> and `callback_code` that code.
  subroutine sciport_dist_expect(d, value, status, f, user_data, lb, ub, conditional, epsabs, &
      epsrel, limit, maxcount, tolerance, errmsg, callback_code)
    type(sciport_dist_t), intent(in) :: d
    real(c_double), intent(inout) :: value
    integer(c_int32_t), intent(out) :: status
    procedure(sciport_scalar_func), optional :: f
    type(c_ptr), intent(in), optional :: user_data
    real(c_double), intent(in), optional :: lb, ub, epsabs, epsrel, tolerance
    logical, intent(in), optional :: conditional
    integer, intent(in), optional :: limit, maxcount
    character(len=:), allocatable, intent(out), optional :: errmsg
    integer(c_int32_t), intent(out), optional :: callback_code
    type(sciport_dist_expect_options) :: opts
    type(c_funptr) :: fp
    type(c_ptr) :: err, ud
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    opts = sciport_stats_dist_expect_options_default()
    if (present(lb)) opts%lb = lb
    if (present(ub)) opts%ub = ub
    if (present(conditional)) opts%conditional = logical(conditional, kind=c_bool)
    if (present(epsabs)) opts%epsabs = epsabs
    if (present(epsrel)) opts%epsrel = epsrel
    if (present(tolerance)) opts%tolerance = tolerance
    if (present(limit)) then
      if (limit < 0) then
        status = SCIPORT_ERR_INVALID_ARGUMENT
        if (present(errmsg)) errmsg = 'limit must not be negative'
        if (present(callback_code)) callback_code = 0
        return
      end if
      opts%limit = int(limit, c_size_t)
    end if
    if (present(maxcount)) then
      if (maxcount < 0) then
        status = SCIPORT_ERR_INVALID_ARGUMENT
        if (present(errmsg)) errmsg = 'maxcount must not be negative'
        if (present(callback_code)) callback_code = 0
        return
      end if
      opts%maxcount = int(maxcount, c_size_t)
    end if
    fp = c_null_funptr
    if (present(f)) fp = c_funloc(f)
    ud = c_null_ptr
    if (present(user_data)) ud = user_data
    err = c_null_ptr
    st = sciport_stats_dist_expect_c(d%ptr, fp, ud, opts, value, err)
    call finish(st, err, status, msg, code)
    if (present(errmsg)) errmsg = msg
    if (present(callback_code)) callback_code = code
  end subroutine sciport_dist_expect
  ! ---- end of scipy.stats frozen distributions ---------------------------------

end module sciport
