!> Callbacks and helpers of test_sciport (bind(C) functions as sciport_scalar_func).
module test_support
  use, intrinsic :: iso_c_binding, only: c_ptr, c_double, c_int32_t, c_int64_t, c_f_pointer, &
      c_associated
  implicit none
  private
  public :: counter, check, summary, cos_minus_x, d_cos_minus_x, failing, parabola, &
      x_squared, fails_above_3, npass, nfail

  integer :: npass = 0, nfail = 0

  !> User data of the callbacks: a call counter and a parameter.
  type, bind(C) :: counter
    integer(c_int64_t) :: calls
    real(c_double) :: shift
  end type counter

contains

  !> Counts one check; prints it when it fails.
  subroutine check(cond, name)
    logical, intent(in) :: cond
    character(len=*), intent(in) :: name
    if (cond) then
      npass = npass + 1
    else
      nfail = nfail + 1
      print '(a, a)', 'FAIL: ', name
    end if
  end subroutine check

  !> Prints "N passed, N failed".
  subroutine summary()
    print '(i0, a, i0, a)', npass, ' passed, ', nfail, ' failed'
  end subroutine summary

  !> The counter behind user_data (or an error code when user_data is NULL).
  function counter_of(ud, c) result(st)
    type(c_ptr), intent(in) :: ud
    type(counter), pointer, intent(out) :: c
    integer(c_int32_t) :: st
    st = 0
    if (.not. c_associated(ud)) then
      st = 99
      nullify (c)
      return
    end if
    call c_f_pointer(ud, c)
    c%calls = c%calls + 1
  end function counter_of

  !> f(x) = cos(x) - x - shift.
  function cos_minus_x(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    type(counter), pointer :: c
    out = 0
    st = counter_of(ud, c)
    if (st == 0) out = cos(x) - x - c%shift
  end function cos_minus_x

  !> f'(x) of cos_minus_x.
  function d_cos_minus_x(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    st = 0
    if (.not. c_associated(ud)) st = 99
    out = -sin(x) - 1
  end function d_cos_minus_x

  !> Fails with code 5 once x > 0.5 (after counting the call).
  function failing(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    type(counter), pointer :: c
    out = x - 0.75_c_double
    st = counter_of(ud, c)
    if (x > 0.5_c_double) st = 5
  end function failing

  !> (x - shift)^2.
  function parabola(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    type(counter), pointer :: c
    out = 0
    st = counter_of(ud, c)
    if (st == 0) out = (x - c%shift)**2
  end function parabola

  !> x^2 (counting the calls when user_data is a counter; NULL allowed).
  function x_squared(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    type(counter), pointer :: c
    st = 0
    out = x * x
    if (c_associated(ud)) then
      call c_f_pointer(ud, c)
      c%calls = c%calls + 1
    end if
  end function x_squared

  !> x, failing with code 42 once x > 3.
  function fails_above_3(x, out, ud) bind(C) result(st)
    real(c_double), value :: x
    real(c_double), intent(out) :: out
    type(c_ptr), value :: ud
    integer(c_int32_t) :: st
    st = 0
    if (c_associated(ud)) st = 99
    out = x
    if (x > 3) st = 42
  end function fails_above_3

end module test_support

!> Tests of the Fortran binding against mathematics and SciPy's results.
!> Prints "N passed, N failed" and stops with a non-zero code on failure.
program test_sciport
  use, intrinsic :: iso_c_binding
  use sciport
  use test_support
  use, intrinsic :: ieee_arithmetic, only: ieee_is_nan, ieee_is_finite, ieee_value, ieee_quiet_nan, ieee_positive_inf, &
      ieee_negative_inf
  implicit none

  real(c_double), parameter :: pi = 3.14159265358979323846264338327950288_c_double
  real(c_double), parameter :: tol = 1e-12_c_double

  interface
    function sciport_test_c_layout(out) bind(C, name="sciport_test_c_layout") result(n)
      import :: c_size_t
      integer(c_size_t), intent(inout) :: out(*)
      integer(c_size_t) :: n
    end function sciport_test_c_layout
  end interface

  ! SciPy's results for the slice-2 and slice-3 linalg tests (gen_reference.py) and the
  ! scipy.linalg.lu cases of tests/reference/linalg/decomp.json (converted by it)
  include 'test_reference.inc'
  ! scipy.linalg.eig / eigvals: the cases of tests/reference/linalg/eig.json (SciPy 1.17.1),
  ! converted by gen_eig_reference.py
  include 'test_eig_reference.inc'
  ! scipy.linalg.hessenberg / polar: the cases of tests/reference/linalg/forms.json (SciPy 1.17.1),
  ! converted by gen_forms_reference.py
  include 'test_forms_reference.inc'
  ! scipy.linalg.expm: the cases of tests/reference/linalg/matfuncs.json (SciPy 1.17.1 and mpmath),
  ! converted by gen_matfuncs_reference.py
  include 'test_matfuncs_reference.inc'
  ! scipy.linalg.ldl: the cases of tests/reference/linalg/ldl.json (SciPy 1.17.1),
  ! converted by gen_ldl_reference.py
  include 'test_ldl_reference.inc'
  ! scipy.linalg.eigh / eigvalsh with b: the cases of tests/reference/linalg/eigh_generalized.json
  ! (SciPy 1.17.1), converted by gen_eigh_generalized_reference.py
  include 'test_eigh_generalized_reference.inc'
  ! complex linalg, schur, matrix equations, sqrtm: SciPy's values for small inputs
  ! (gen_complex_reference.py)
  include 'test_complex_reference.inc'

  call test_version()
  call test_layout()
  call test_fft_cosine()
  call test_round_trips()
  call test_real_and_dct()
  call test_fft2()
  call test_raw_views()
  call test_view_constructors()
  call test_helpers()
  call test_errors()
  call sciport_release_memory()
  call test_round_trips()
  call test_root_scalar()
  call test_minimize_scalar()
  call test_linalg_layout()
  call test_stats_layout()
  call test_linalg_solve()
  call test_linalg_triangular()
  call test_linalg_lu()
  call test_linalg_lu_reference()
  call test_linalg_lu_options()
  call test_linalg_cholesky()
  call test_linalg_inv_det()
  call test_linalg_svd()
  call test_linalg_eigh()
  call test_linalg_eigh_generalized_reference()
  call test_linalg_eigh_generalized_options()
  call test_linalg_eig_reference()
  call test_linalg_eig_options()
  call test_linalg_hessenberg_reference()
  call test_linalg_polar_reference()
  call test_linalg_forms_options()
  call test_linalg_expm_reference()
  call test_linalg_expm_options()
  call test_linalg_ldl_reference()
  call test_linalg_ldl_options()
  call test_linalg_qr()
  call test_linalg_qr_raw()
  call test_linalg_rq()
  call test_linalg_lstsq()
  call test_linalg_pinv()
  call test_linalg_rank_spaces()
  call test_linalg_norm()
  call test_linalg_banded()
  call test_linalg_solveh_banded()
  call test_linalg_toeplitz_solve()
  call test_linalg_circulant_solve()
  call test_linalg_special_matrices()
  call test_linalg_complex()
  call test_linalg_schur_equations()
  call test_special_reference()
  call test_special_forms()
  call test_special_axis()
  call test_special_comb()
  call test_stats_dist()
  call test_stats_fit()
  call test_stats_expect()
  call test_linalg_new_raw_views()
  call summary()
  if (nfail > 0) error stop 1

contains

  !> Max |a - b| over max(|b|, 1) <= tol.
  logical function near_c(a, b)
    complex(c_double_complex), intent(in) :: a(:), b(:)
    near_c = size(a) == size(b)
    if (near_c) near_c = maxval(abs(a - b)) <= tol * max(1.0_c_double, maxval(abs(b)))
  end function near_c

  logical function near_r(a, b)
    real(c_double), intent(in) :: a(:), b(:)
    near_r = size(a) == size(b)
    if (near_r) near_r = maxval(abs(a - b)) <= tol * max(1.0_c_double, maxval(abs(b)))
  end function near_r

  !> Deterministic complex test data.
  subroutine fill(x)
    complex(c_double_complex), intent(out) :: x(:)
    integer :: i
    do i = 1, size(x)
      x(i) = cmplx(sin(0.7_c_double * i) + 0.01_c_double * i, cos(1.3_c_double * i), c_double_complex)
    end do
  end subroutine fill

  !> Direct O(n^2) DFT of x zero-padded/truncated to n (the definition).
  function naive_dft(x, n) result(y)
    complex(c_double_complex), intent(in) :: x(:)
    integer, intent(in) :: n
    complex(c_double_complex) :: y(n)
    integer :: k, j
    y = (0, 0)
    do k = 0, n - 1
      do j = 0, min(size(x), n) - 1
        y(k + 1) = y(k + 1) + x(j + 1) * exp(cmplx(0, -2 * pi * mod(j * k, n) / n, c_double_complex))
      end do
    end do
  end function naive_dft

  !> Direct 2-D DFT of x(m, n) (both dimensions).
  function naive_dft2(x) result(y)
    complex(c_double_complex), intent(in) :: x(:, :)
    complex(c_double_complex) :: y(size(x, 1), size(x, 2))
    integer :: i, j
    do j = 1, size(x, 2)
      y(:, j) = naive_dft(x(:, j), size(x, 1))
    end do
    do i = 1, size(x, 1)
      y(i, :) = naive_dft(y(i, :), size(x, 2))
    end do
  end function naive_dft2

  !> Address of a C pointer as an integer, for layout offsets.
  integer(c_intptr_t) function addr(p)
    type(c_ptr), intent(in) :: p
    addr = transfer(p, addr)
  end function addr

  subroutine test_version()
    character(len=:), allocatable :: v
    v = sciport_c_string(sciport_version())
    call check(len(v) >= 5 .and. v(1:2) == '0.', 'sciport_version is 0.x.y: '//v)
    call check(len(sciport_c_string(sciport_status_str(SCIPORT_ERR_CALLBACK))) > 0, 'status_str')
  end subroutine test_version

  !> The bind(C) types have the C structs' sizes and field offsets.
  subroutine test_layout()
    integer(c_size_t) :: c_tab(96), n
    integer(c_intptr_t) :: f_tab(41)
    type(sciport_ndarray), target :: nd
    type(sciport_cndarray), target :: cnd
    type(sciport_vec), target :: v
    type(sciport_mat), target :: m
    type(sciport_root_scalar_options), target :: ro
    type(sciport_root_results), target :: rr
    type(sciport_minimize_scalar_options), target :: mo
    type(sciport_minimize_scalar_result), target :: mr
    complex(c_double_complex) :: z
    integer(c_intptr_t) :: b
    integer :: i
    n = sciport_test_c_layout(c_tab)
    call check(n >= size(f_tab), 'layout table length')
    b = addr(c_loc(nd))
    f_tab(1:4) = [int(c_sizeof(nd), c_intptr_t), addr(c_loc(nd%ndim)) - b, addr(c_loc(nd%shape)) - b, &
        addr(c_loc(nd%strides)) - b]
    f_tab(5:6) = [int(c_sizeof(cnd), c_intptr_t), int(c_sizeof(z), c_intptr_t)]
    f_tab(7:8) = [int(c_sizeof(v), c_intptr_t), addr(c_loc(v%stride)) - addr(c_loc(v))]
    f_tab(9:10) = [int(c_sizeof(m), c_intptr_t), addr(c_loc(m%col_stride)) - addr(c_loc(m))]
    b = addr(c_loc(ro))
    f_tab(11:20) = [int(c_sizeof(ro), c_intptr_t), addr(c_loc(ro%method)) - b, addr(c_loc(ro%bracket)) - b, &
        addr(c_loc(ro%x0)) - b, addr(c_loc(ro%x1)) - b, addr(c_loc(ro%fprime)) - b, &
        addr(c_loc(ro%fprime2)) - b, addr(c_loc(ro%xtol)) - b, addr(c_loc(ro%rtol)) - b, &
        addr(c_loc(ro%maxiter)) - b]
    b = addr(c_loc(rr))
    f_tab(21:25) = [int(c_sizeof(rr), c_intptr_t), addr(c_loc(rr%iterations)) - b, &
        addr(c_loc(rr%function_calls)) - b, addr(c_loc(rr%converged)) - b, addr(c_loc(rr%flag)) - b]
    b = addr(c_loc(mo))
    f_tab(26:33) = [int(c_sizeof(mo), c_intptr_t), addr(c_loc(mo%method)) - b, addr(c_loc(mo%bracket)) - b, &
        addr(c_loc(mo%bracket_len)) - b, addr(c_loc(mo%bounds)) - b, addr(c_loc(mo%tol)) - b, &
        addr(c_loc(mo%xatol)) - b, addr(c_loc(mo%maxiter)) - b]
    b = addr(c_loc(mr))
    f_tab(34:40) = [int(c_sizeof(mr), c_intptr_t), addr(c_loc(mr%fun)) - b, addr(c_loc(mr%nit)) - b, &
        addr(c_loc(mr%nfev)) - b, addr(c_loc(mr%success)) - b, addr(c_loc(mr%status)) - b, &
        addr(c_loc(mr%message)) - b]
    f_tab(41) = int(c_sizeof(b), c_intptr_t)   ! ptrdiff_t is declared as c_intptr_t
    do i = 1, min(int(n), size(f_tab))
      if (int(c_tab(i), c_intptr_t) /= f_tab(i)) print '(a, i0, a, i0, a, i0)', '  layout entry ', i, &
          ': C ', c_tab(i), ' Fortran ', f_tab(i)
    end do
    call check(all(int(c_tab(1:size(f_tab)), c_intptr_t) == f_tab), 'struct sizes and offsets match C')
    ro = sciport_optimize_root_scalar_options_default()
    call check(ro%struct_size == c_sizeof(ro) .and. ro%maxiter == -1 .and. &
        .not. c_associated(ro%method) .and. ieee_nan(ro%x0), 'root_scalar defaults through the struct')
    mo = sciport_optimize_minimize_scalar_options_default()
    call check(mo%struct_size == c_sizeof(mo) .and. mo%bracket_len == 0 .and. mo%maxiter == -1, &
        'minimize_scalar defaults through the struct')
  end subroutine test_layout

  logical function ieee_nan(x)
    real(c_double), intent(in) :: x
    ieee_nan = ieee_is_nan(x)
  end function ieee_nan

  !> FFT of cos(2 pi 3 t / 16): N/2 at bins 3 and 13, zero elsewhere (per norm).
  subroutine test_fft_cosine()
    integer, parameter :: n = 16
    complex(c_double_complex) :: x(n), y(n), expect(n)
    integer(c_int32_t) :: st
    integer :: t
    do t = 0, n - 1
      x(t + 1) = cos(2 * pi * 3 * t / n)
    end do
    expect = (0, 0)
    expect(4) = n / 2
    expect(14) = n / 2
    call sciport_fft_1d(x, y, 'backward', st)
    call check(st == SCIPORT_OK .and. near_c(y, expect), 'fft of a cosine')
    call sciport_fft_1d(x, y, status=st)
    call check(st == SCIPORT_OK .and. near_c(y, expect), 'fft of a cosine, default norm')
    call sciport_fft_1d(x, y, 'ortho', st)
    call check(st == SCIPORT_OK .and. near_c(y, expect / 4), 'fft of a cosine, ortho')
    call sciport_fft_1d(x, y, 'forward', st)
    call check(st == SCIPORT_OK .and. near_c(y, expect / n), 'fft of a cosine, forward')
  end subroutine test_fft_cosine

  subroutine test_round_trips()
    integer, parameter :: lens(5) = [1, 2, 16, 105, 1009]
    complex(c_double_complex), allocatable :: x(:), y(:), z(:), p(:)
    integer(c_int32_t) :: st
    integer :: i, n
    character(len=16) :: tag
    do i = 1, size(lens)
      n = lens(i)
      write (tag, '(i0)') n
      allocate (x(n), y(n), z(n))
      call fill(x)
      call sciport_fft_1d(x, y, 'backward', st)
      call check(st == SCIPORT_OK .and. near_c(y, naive_dft(x, n)), 'fft vs DFT definition, n = '//trim(tag))
      call sciport_ifft_1d(y, z, 'backward', st)
      call check(st == SCIPORT_OK .and. near_c(z, x), 'ifft(fft(x)) = x, n = '//trim(tag))
      deallocate (x, y, z)
    end do
    allocate (x(7), p(12))
    call fill(x)
    call sciport_fft_1d(x, p, 'backward', st, n=12)
    call check(st == SCIPORT_OK .and. near_c(p, naive_dft(x, 12)), 'fft with n = 12 zero-pads')
    deallocate (p)
    allocate (p(5))
    call sciport_fft_1d(x, p, 'backward', st, n=5)
    call check(st == SCIPORT_OK .and. near_c(p, naive_dft(x, 5)), 'fft with n = 5 truncates')
  end subroutine test_round_trips

  subroutine test_real_and_dct()
    integer, parameter :: n = 16
    real(c_double) :: r(n), back(n), ones(8), d(8), e(8)
    complex(c_double_complex) :: h(n / 2 + 1), full(n)
    integer(c_int32_t) :: st
    integer :: t
    character(len=1) :: tag
    do t = 1, n
      r(t) = cos(2 * pi * 3 * (t - 1) / n) + 0.25_c_double * t
    end do
    call sciport_rfft_1d(r, h, 'backward', st)
    full = naive_dft(cmplx(r, 0, c_double_complex), n)
    call check(st == SCIPORT_OK .and. near_c(h, full(1:n / 2 + 1)), 'rfft = first n/2+1 DFT terms')
    call sciport_irfft_1d(h, back, 'backward', st)
    call check(st == SCIPORT_OK .and. near_r(back, r), 'irfft(rfft(x)) = x')
    do t = 1, 4
      write (tag, '(i1)') t
      call sciport_dct_1d(r(1:8), d, t, 'ortho', st)
      call sciport_idct_1d(d, e, t, 'ortho', st)
      call check(st == SCIPORT_OK .and. near_r(e, r(1:8)), 'idct(dct(x)) = x, type '//tag)
    end do
    ones = 1
    call sciport_dct_1d(ones, d, 2, status=st)
    e = 0
    e(1) = 16      ! DCT-II: y_0 = 2 * sum(x), other terms vanish for a constant
    call check(st == SCIPORT_OK .and. near_r(d, e), 'dct-II of a constant')
  end subroutine test_real_and_dct

  !> 2-D transforms of column-major matrices against the 2-D DFT definition.
  subroutine test_fft2()
    complex(c_double_complex) :: x(3, 4), y(3, 4), z(3, 4), p(4, 6), xp(4, 6)
    integer(c_int32_t) :: st
    integer :: i, j
    do j = 1, 4
      do i = 1, 3
        x(i, j) = cmplx(i + 10 * j, i * j - 2, c_double_complex)
      end do
    end do
    call sciport_fft2_2d(x, y, 'backward', st)
    call check(st == SCIPORT_OK .and. near_c(reshape(y, [12]), reshape(naive_dft2(x), [12])), &
        'fft2 of a 3x4 column-major matrix')
    call sciport_ifft2_2d(y, z, 'backward', st)
    call check(st == SCIPORT_OK .and. near_c(reshape(z, [12]), reshape(x, [12])), 'ifft2(fft2(x)) = x')
    call sciport_fft2_2d(x, p, 'ortho', st)
    xp = (0, 0)
    xp(1:3, 1:4) = x
    call check(st == SCIPORT_OK .and. near_c(reshape(p, [24]), reshape(naive_dft2(xp), [24]) / sqrt(24.0_c_double)), &
        'fft2 zero-padded to 4x6, ortho')
  end subroutine test_fft2

  !> The raw interfaces with explicit strides: columns, rows, every other
  !> element and a reversed vector, all without copies.
  subroutine test_raw_views()
    complex(c_double_complex), target :: a(4, 5), col(4, 5), row(4, 5), v(10), sub(5), rv(5)
    complex(c_double_complex) :: ref(5)
    integer(c_size_t), target :: shp(2), vshape(1)
    integer(c_intptr_t), target :: strd(2), ostrd(2), vstr(1), ustr(1)
    type(sciport_cndarray) :: av, cv, rowv, vv, sv
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    integer :: j
    do j = 1, 5
      call fill(a(:, j))
      a(:, j) = a(:, j) * j
    end do
    shp = [4, 5]
    err = c_null_ptr
    st = sciport_cndarray_f_order(c_loc(a), 2_c_size_t, c_loc(shp), c_loc(strd), av, err)
    call check(st == SCIPORT_OK .and. all(strd == [1, 4]), 'cndarray_f_order strides (1, m)')
    block
      real(c_double), target :: rr(20)
      integer(c_intptr_t), target :: cstrd(2)
      type(sciport_ndarray) :: rv
      rr = 0
      st = sciport_ndarray_c_order(c_loc(rr), 2_c_size_t, c_loc(shp), c_loc(cstrd), rv, err)
      call check(st == SCIPORT_OK .and. all(cstrd == [5, 1]) .and. rv%ndim == 2 .and. &
          c_associated(rv%data, c_loc(rr)), 'ndarray_c_order strides (n, 1)')
      st = sciport_ndarray_c_order(c_loc(rr), 0_c_size_t, c_loc(shp), c_loc(cstrd), rv, err)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. c_associated(err), 'ndarray_c_order with ndim = 0')
      call sciport_error_free(err)
      err = c_null_ptr
    end block
    st = sciport_cndarray_f_order(c_loc(col), 2_c_size_t, c_loc(shp), c_loc(ostrd), cv, err)
    st = sciport_fft_fft(av, -1_c_int64_t, 0_c_int64_t, c_null_ptr, 0_c_int32_t, cv, err)
    call check(st == SCIPORT_OK, 'fft along axis 0 of an F-order view')
    do j = 1, 5
      call check(near_c(col(:, j), naive_dft(a(:, j), 4)), 'column fft')
    end do
    rowv = cv
    rowv%data = c_loc(row)
    st = sciport_fft_fft(av, -1_c_int64_t, -1_c_int64_t, c_null_ptr, 0_c_int32_t, rowv, err)
    call check(st == SCIPORT_OK .and. near_c(row(2, :), naive_dft(a(2, :), 5)), 'fft along the last axis (rows)')
    call fill(v)
    vshape = 5
    vstr = 2
    ustr = 1
    vv = sciport_cndarray(c_loc(v(2)), 1_c_size_t, c_loc(vshape), c_loc(vstr))
    sv = sciport_cndarray(c_loc(sub), 1_c_size_t, c_loc(vshape), c_loc(ustr))
    st = sciport_fft_fft(vv, -1_c_int64_t, -1_c_int64_t, c_null_ptr, 0_c_int32_t, sv, err)
    ref = naive_dft(v(2:10:2), 5)
    call check(st == SCIPORT_OK .and. near_c(sub, ref), 'fft of every other element (stride 2)')
    vstr = -2
    vv%data = c_loc(v(10))
    sv%data = c_loc(rv)
    st = sciport_fft_fft(vv, -1_c_int64_t, -1_c_int64_t, c_null_ptr, 0_c_int32_t, sv, err)
    ref = naive_dft(v(10:2:-2), 5)
    call check(st == SCIPORT_OK .and. near_c(rv, ref), 'fft of a reversed view (stride -2)')
    block
      real(c_double), target :: ra(4, 5)
      complex(c_double_complex), target :: rc(4, 5)
      integer(c_intptr_t), target :: rstrd(2), cstrd2(2)
      type(sciport_ndarray) :: rav
      type(sciport_cndarray) :: rcv
      ra = real(a, c_double)
      st = sciport_ndarray_f_order(c_loc(ra), 2_c_size_t, c_loc(shp), c_loc(rstrd), rav, err)
      st = sciport_cndarray_f_order(c_loc(rc), 2_c_size_t, c_loc(shp), c_loc(cstrd2), rcv, err)
      st = sciport_fft_fft_real(rav, -1_c_int64_t, 0_c_int64_t, c_null_ptr, 0_c_int32_t, rcv, err)
      call check(st == SCIPORT_OK .and. near_c(rc(:, 3), naive_dft(cmplx(ra(:, 3), 0, c_double), 4)), &
          'fft_real (real input) along axis 0 of an F-order view')
    end block
    call check(.not. c_associated(err), 'no error object after successful calls')
  end subroutine test_raw_views

  !> The by-value view constructors (struct returns through bind(C)).
  subroutine test_view_constructors()
    real(c_double), target :: r(12)
    complex(c_double_complex), target :: z(12)
    type(sciport_vec) :: v
    type(sciport_cvec) :: cv
    type(sciport_mat) :: m
    type(sciport_cmat) :: cm
    v = sciport_vec_contiguous(c_loc(r), 12_c_size_t)
    call check(c_associated(v%data, c_loc(r)) .and. v%len == 12 .and. v%stride == 1, 'vec_contiguous')
    cv = sciport_cvec_contiguous(c_loc(z), 12_c_size_t)
    call check(c_associated(cv%data, c_loc(z)) .and. cv%len == 12 .and. cv%stride == 1, 'cvec_contiguous')
    m = sciport_mat_f_order(c_loc(r), 3_c_size_t, 4_c_size_t)
    call check(m%nrows == 3 .and. m%ncols == 4 .and. m%row_stride == 1 .and. m%col_stride == 3, 'mat_f_order')
    m = sciport_mat_c_order(c_loc(r), 3_c_size_t, 4_c_size_t)
    call check(m%row_stride == 4 .and. m%col_stride == 1, 'mat_c_order')
    cm = sciport_cmat_f_order(c_loc(z), 3_c_size_t, 4_c_size_t)
    call check(c_associated(cm%data, c_loc(z)) .and. cm%row_stride == 1 .and. cm%col_stride == 3, 'cmat_f_order')
    cm = sciport_cmat_c_order(c_loc(z), 3_c_size_t, 4_c_size_t)
    call check(cm%row_stride == 4 .and. cm%col_stride == 1, 'cmat_c_order')
  end subroutine test_view_constructors

  !> fftfreq, rfftfreq, next_fast_len, fftshift against their definitions.
  subroutine test_helpers()
    real(c_double), target :: f(8), rf(5), x(6), y(6)
    integer(c_size_t) :: m, k
    integer(c_size_t), target :: shp(1)
    integer(c_intptr_t), target :: one(1)
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    logical :: smooth
    integer :: i
    err = c_null_ptr
    st = sciport_fft_fftfreq(8_c_size_t, 0.5_c_double, f, 8_c_size_t, err)
    call check(st == SCIPORT_OK .and. near_r(f, [0, 1, 2, 3, -4, -3, -2, -1] / 4.0_c_double), 'fftfreq(8, 0.5)')
    st = sciport_fft_rfftfreq(9_c_size_t, 1.0_c_double, rf, 5_c_size_t, err)
    call check(st == SCIPORT_OK .and. near_r(rf, [0, 1, 2, 3, 4] / 9.0_c_double), 'rfftfreq(9)')
    st = sciport_fft_next_fast_len(1009_c_size_t, .false._c_bool, m, err)
    k = m
    do i = 2, 11
      do while (mod(k, int(i, c_size_t)) == 0)
        k = k / i
      end do
    end do
    smooth = k == 1
    call check(st == SCIPORT_OK .and. m >= 1009 .and. smooth, 'next_fast_len(1009) is 11-smooth')
    st = sciport_fft_next_fast_len(1009_c_size_t, .true._c_bool, m, err)
    call check(st == SCIPORT_OK .and. m == 1024, 'next_fast_len(1009, real) = 1024 (5-smooth)')
    x = [0, 1, 2, -3, -2, -1]
    shp = 6
    one = 1
    st = sciport_fft_fftshift(sciport_ndarray(c_loc(x), 1_c_size_t, c_loc(shp), c_loc(one)), c_null_ptr, &
        0_c_size_t, sciport_ndarray(c_loc(y), 1_c_size_t, c_loc(shp), c_loc(one)), err)
    call check(st == SCIPORT_OK .and. near_r(y, [-3, -2, -1, 0, 1, 2] * 1.0_c_double), 'fftshift')
  end subroutine test_helpers

  !> Error paths: status codes and messages.
  subroutine test_errors()
    complex(c_double_complex) :: x(8), y(8), short(7)
    real(c_double) :: r(8), d(8), f(8)
    integer(c_int32_t) :: st, code
    character(len=:), allocatable :: msg
    type(sciport_root_results) :: res
    type(counter), target :: cnt
    type(c_ptr) :: err
    call fill(x)
    y = (7, 7)
    call sciport_fft_1d(x, y, 'sideways', st, errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME, 'bad norm gives status 4')
    call check(len(msg) > 0 .and. index(msg, 'norm') > 0, 'bad norm message names norm: '//msg)
    call check(near_c(y, spread((7.0_c_double, 7.0_c_double), 1, 8)), 'output untouched on failure')
    call sciport_fft_1d(x, short, 'backward', st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'output of the wrong length: '//msg)
    call sciport_fft_1d(x, y, 'backward', st, n=0, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'n = 0: '//msg)
    r = 1
    call sciport_dct_1d(r, d, 5, status=st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'dct type 5: '//msg)
    err = c_null_ptr
    st = sciport_fft_fftfreq(8_c_size_t, 1.0_c_double, f, 7_c_size_t, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, 'fftfreq out_len')
    call sciport_error_free(err)
    err = c_null_ptr
    cnt = counter(0, 0.0_c_double)
    res%root = -123
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, method='bogus', &
        bracket=[0.0_c_double, 1.0_c_double], errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. index(msg, 'bogus') > 0, 'unknown method: '//msg)
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, bracket=[2.0_c_double, 3.0_c_double], errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'bracket without a sign change: '//msg)
    call sciport_root_scalar(failing, c_loc(cnt), res, st, bracket=[0.0_c_double, 1.0_c_double], &
        errmsg=msg, callback_code=code)
    call check(st == SCIPORT_ERR_CALLBACK, 'callback returning 5 gives SCIPORT_ERR_CALLBACK')
    call check(code == 5 .and. len(msg) > 0, 'callback code 5 is reported: '//msg)
    call check(abs(res%root + 123) <= 0, 'result untouched when the callback fails')
    call sciport_root_scalar(cos_minus_x, c_null_ptr, res, st, bracket=[0.0_c_double, 1.0_c_double], &
        callback_code=code)
    call check(st == SCIPORT_ERR_CALLBACK .and. code == 99, 'callback code with NULL user data')
  end subroutine test_errors

  !> Root of cos(x) - x; SciPy 1.17.1's root_scalar(brentq, bracket=[0, 1]) gives
  !> 0.7390851332151559 after 7 iterations and 8 calls (within xtol = 2e-12 of
  !> the true root 0.7390851332151607).
  subroutine test_root_scalar()
    type(sciport_root_results) :: res
    type(counter), target :: cnt
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    real(c_double), parameter :: root = 0.7390851332151607_c_double
    cnt = counter(0, 0.0_c_double)
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, method='brentq', &
        bracket=[0.0_c_double, 1.0_c_double], errmsg=msg)
    call check(st == SCIPORT_OK, 'brentq succeeds '//msg)
    call check(abs(res%root - root) <= 2e-12_c_double, 'brentq root of cos(x) - x')
    call check(res%iterations == 7 .and. res%function_calls == 8, 'brentq counts as SciPy (7, 8)')
    call check(logical(res%converged) .and. sciport_c_string(res%flag) == 'converged', 'brentq converged')
    call check(cnt%calls == res%function_calls, 'user data reached the callback')
    cnt = counter(0, 0.0_c_double)
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, x0=1.0_c_double, fprime=d_cos_minus_x)
    call check(st == SCIPORT_OK .and. abs(res%root - root) <= 1e-12_c_double, 'newton with fprime')
    cnt = counter(0, 0.5_c_double)
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, method='bisect', &
        bracket=[-1.0_c_double, 1.0_c_double], xtol=1e-10_c_double)
    call check(st == SCIPORT_OK .and. abs(cos(res%root) - res%root - 0.5_c_double) < 1e-9_c_double, &
        'bisect with shifted f via user data')
    call sciport_root_scalar(cos_minus_x, c_loc(cnt), res, st, method='brentq', &
        bracket=[-1.0_c_double, 1.0_c_double], maxiter=2)
    call check(st == SCIPORT_OK .and. .not. logical(res%converged) .and. &
        sciport_c_string(res%flag) == 'convergence error', 'maxiter = 2: not converged, not an error')
  end subroutine test_root_scalar

  subroutine test_minimize_scalar()
    type(sciport_minimize_scalar_result) :: res
    type(counter), target :: cnt
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    cnt = counter(0, 1.25_c_double)
    call sciport_minimize_scalar(parabola, c_loc(cnt), res, st, bounds=[0.0_c_double, 3.0_c_double], errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(res%x - 1.25_c_double) < 1e-5_c_double .and. logical(res%success), &
        'bounded minimum of (x - 1.25)^2 '//msg)
    call check(res%nfev == cnt%calls .and. len(sciport_c_string(res%message)) > 0, 'nfev and message')
    call sciport_minimize_scalar(parabola, c_loc(cnt), res, st)
    call check(st == SCIPORT_OK .and. abs(res%x - 1.25_c_double) < 1e-7_c_double, 'brent minimum')
    call sciport_minimize_scalar(parabola, c_loc(cnt), res, st, method='golden', &
        bracket=[0.0_c_double, 1.0_c_double, 3.0_c_double])
    call check(st == SCIPORT_OK .and. abs(res%x - 1.25_c_double) < 1e-7_c_double, 'golden with a 3-point bracket')
    call sciport_minimize_scalar(parabola, c_loc(cnt), res, st, method='nope', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. len(msg) > 0, 'unknown minimize method: '//msg)
  end subroutine test_minimize_scalar

  ! ---- linalg ------------------------------------------------------------------
  ! Reference values: SciPy 1.17.1 (scipy.linalg), NumPy arrays written by rows:
  ! A = [[4,-2,1,3],[3,6,-4,2],[2,1,8,-5],[1,-3,2,7]], B = [[1,2],[-1,0],[3,1],[0,-2]],
  ! P = [[4,12,-16],[12,37,-43],[-16,-43,98]] (= L L^T, L = [[2,0,0],[6,1,0],[-8,5,3]]),
  ! S = [[4,1,-2,2],[1,2,0,1],[-2,0,3,-2],[2,1,-2,-1]], M = [[1,2,3],[4,5,6],[7,8,10],[1,0,-1]].

  !> A NumPy-style matrix given by rows (reshape of `vals`, row-major).
  function by_rows(m, n, vals) result(x)
    integer, intent(in) :: m, n
    real(c_double), intent(in) :: vals(m * n)
    real(c_double) :: x(m, n)
    x = reshape(vals, [m, n], order=[2, 1])
  end function by_rows

  logical function near_m(a, b)
    real(c_double), intent(in) :: a(:, :), b(:, :)
    near_m = all(shape(a) == shape(b))
    if (near_m) near_m = near_r(reshape(a, [size(a)]), reshape(b, [size(b)]))
  end function near_m

  function mat_a() result(a)
    real(c_double) :: a(4, 4)
    a = by_rows(4, 4, [4d0, -2d0, 1d0, 3d0, 3d0, 6d0, -4d0, 2d0, 2d0, 1d0, 8d0, -5d0, 1d0, -3d0, 2d0, 7d0])
  end function mat_a

  function mat_b() result(b)
    real(c_double) :: b(4, 2)
    b = by_rows(4, 2, [1d0, 2d0, -1d0, 0d0, 3d0, 1d0, 0d0, -2d0])
  end function mat_b

  function mat_p() result(p)
    real(c_double) :: p(3, 3)
    p = by_rows(3, 3, [4d0, 12d0, -16d0, 12d0, 37d0, -43d0, -16d0, -43d0, 98d0])
  end function mat_p

  function mat_s() result(s)
    real(c_double) :: s(4, 4)
    s = by_rows(4, 4, [4d0, 1d0, -2d0, 2d0, 1d0, 2d0, 0d0, 1d0, -2d0, 0d0, 3d0, -2d0, 2d0, 1d0, -2d0, -1d0])
  end function mat_s

  !> The identity matrix of order n.
  function eye(n) result(e)
    integer, intent(in) :: n
    real(c_double) :: e(n, n)
    integer :: i
    e = 0
    do i = 1, n
      e(i, i) = 1
    end do
  end function eye

  logical function has(msg, part)
    character(len=*), intent(in) :: msg, part
    has = index(msg, part) > 0
  end function has

  subroutine test_linalg_layout()
    integer(c_size_t) :: c_tab(96), n
    integer(c_intptr_t) :: f_tab(11)
    type(sciport_linalg_solve_options), target :: so
    type(sciport_linalg_eigh_options), target :: eo
    integer(c_intptr_t) :: b
    n = sciport_test_c_layout(c_tab)
    call check(n >= 41 + size(f_tab), 'linalg layout entries present')
    b = addr(c_loc(so))
    f_tab(1:5) = [int(c_sizeof(so), c_intptr_t), addr(c_loc(so%assume_a)) - b, addr(c_loc(so%lower)) - b, &
        addr(c_loc(so%transposed)) - b, addr(c_loc(so%check_finite)) - b]
    b = addr(c_loc(eo))
    f_tab(6:11) = [int(c_sizeof(eo), c_intptr_t), addr(c_loc(eo%lower)) - b, addr(c_loc(eo%check_finite)) - b, &
        addr(c_loc(eo%subset_by_index)) - b, addr(c_loc(eo%subset_by_value)) - b, addr(c_loc(eo%driver)) - b]
    call check(all(int(c_tab(42:52), c_intptr_t) == f_tab), 'linalg options structs: sizes and offsets match C')
    so = sciport_linalg_solve_options_default()
    call check(so%struct_size == c_sizeof(so) .and. .not. c_associated(so%assume_a) .and. &
        .not. so%lower .and. .not. so%transposed .and. so%check_finite, 'solve options defaults')
    eo = sciport_linalg_eigh_options_default()
    call check(eo%struct_size == c_sizeof(eo) .and. eo%lower .and. eo%check_finite .and. &
        all(eo%subset_by_index == -1) .and. ieee_nan(eo%subset_by_value(1)) .and. &
        ieee_nan(eo%subset_by_value(2)) .and. .not. c_associated(eo%driver), 'eigh options defaults')
  end subroutine test_linalg_layout

  !> The stats options structs (generated by gen_interfaces.py) against C's layout.
  subroutine test_stats_layout()
    integer(c_size_t) :: c_tab(96), n
    integer(c_intptr_t) :: f_tab(17)
    type(sciport_dist_fit_options), target :: fo
    type(sciport_dist_expect_options), target :: eo
    integer(c_intptr_t) :: b
    n = sciport_test_c_layout(c_tab)
    call check(n == 52 + size(f_tab), 'stats layout entries present')
    b = addr(c_loc(fo))
    f_tab(1:8) = [int(c_sizeof(fo), c_intptr_t), addr(c_loc(fo%method)) - b, addr(c_loc(fo%fixed_shapes)) - b, &
        addr(c_loc(fo%floc)) - b, addr(c_loc(fo%fscale)) - b, addr(c_loc(fo%guess_shapes)) - b, &
        addr(c_loc(fo%loc)) - b, addr(c_loc(fo%scale)) - b]
    b = addr(c_loc(eo))
    f_tab(9:17) = [int(c_sizeof(eo), c_intptr_t), addr(c_loc(eo%lb)) - b, addr(c_loc(eo%ub)) - b, &
        addr(c_loc(eo%conditional)) - b, addr(c_loc(eo%epsabs)) - b, addr(c_loc(eo%epsrel)) - b, &
        addr(c_loc(eo%limit)) - b, addr(c_loc(eo%maxcount)) - b, addr(c_loc(eo%tolerance)) - b]
    call check(all(int(c_tab(53:69), c_intptr_t) == f_tab), 'stats options structs: sizes and offsets match C')
    fo = sciport_stats_dist_fit_options_default()
    call check(fo%struct_size == c_sizeof(fo) .and. .not. c_associated(fo%method) .and. &
        .not. c_associated(fo%fixed_shapes) .and. ieee_nan(fo%floc) .and. ieee_nan(fo%fscale) .and. &
        .not. c_associated(fo%guess_shapes) .and. ieee_nan(fo%loc) .and. ieee_nan(fo%scale), &
        'dist fit options defaults')
    eo = sciport_stats_dist_expect_options_default()
    call check(eo%struct_size == c_sizeof(eo) .and. ieee_nan(eo%lb) .and. ieee_nan(eo%ub) .and. &
        .not. eo%conditional .and. eo%limit == 50 .and. eo%maxcount == 1000, 'dist expect options defaults')
  end subroutine test_stats_layout

  subroutine test_linalg_solve()
    real(c_double) :: a(4, 4), b(4, 2), x(4, 2), x1(4), p(3, 3), x3(3), rc, big(6, 7), out(5, 4)
    real(c_double) :: x2(2, 2), b3(3, 2), x32(3, 2)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    a = mat_a()
    b = mat_b()
    ! scipy.linalg.solve(A, B)
    call sciport_linalg_solve(a, b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.2527206771463119d0, 0.7303506650544135d0, &
        -0.08948004836759367d0, -0.40931076178960096d0, 0.2345828295042322d0, -0.3053204353083434d0, &
        -0.14147521160822246d0, -0.47823458282950415d0])), 'solve(A, B) '//msg)
    ! scipy.linalg.solve(A, B[:, 0])
    call sciport_linalg_solve(a, b(:, 1), x1, st)
    call check(st == SCIPORT_OK .and. near_r(x1, [0.2527206771463119d0, -0.08948004836759367d0, &
        0.2345828295042322d0, -0.1414752116082225d0]), 'solve(A, b) with a vector b')
    ! scipy.linalg.solve(A, B, transposed=True); rcond: LAPACK dgecon(dgetrf(A), norm(A, 1))
    rc = -1
    call sciport_linalg_solve(a, b, x, st, transposed=.true., rcond=rc)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.13663845223700116d0, 0.5683192261185006d0, &
        -0.08585247883917774d0, -0.042926239419588855d0, 0.2744860943168078d0, 0.1372430471584039d0, &
        0.16203143893591304d0, -0.41898428053204345d0])), 'solve(A, B, transposed=True)')
    call check(abs(rc - 0.10092750793263362d0) <= 1d-12, 'solve rcond = dgecon''s 0.10092750793263362')
    ! scipy.linalg.solve(P, [1, 2, 3], assume_a='pos')
    p = mat_p()
    call sciport_linalg_solve(p, [1d0, 2d0, 3d0], x3, st, assume_a='pos', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(x3, [28.583333333333332d0, -7.666666666666666d0, &
        1.3333333333333333d0]), 'solve(P, b, assume_a=''pos'') '//msg)
    ! scipy.linalg.solve(C, [1, 2, 3], assume_a='sym'[, lower=True]), C = [[2,1,0],[9,3,1],[9,9,4]]:
    ! only one triangle is read
    p = by_rows(3, 3, [2d0, 1d0, 0d0, 9d0, 3d0, 1d0, 9d0, 9d0, 4d0])
    call sciport_linalg_solve(p, [1d0, 2d0, 3d0], x3, st, assume_a='sym')
    call check(st == SCIPORT_OK .and. near_r(x3, [0.3333333333333333d0, 0.33333333333333337d0, &
        0.6666666666666666d0]), 'solve assume_a=''sym'' reads the upper triangle')
    call sciport_linalg_solve(p, [1d0, 2d0, 3d0], x3, st, assume_a='symmetric', lower=.true.)
    call check(st == SCIPORT_OK .and. near_r(x3, [0.2430278884462151d0, 0.11686586985391763d0, &
        -0.059760956175298766d0]), 'solve assume_a=''symmetric'', lower=.true.')
    ! sections that are not contiguous (copied in/out by the compiler: -fcheck=all prints one
    ! "array temporary" warning here); the rest of the arrays is untouched
    big = 100
    big(2:5, 3:6) = a
    big(1:4, 7) = b(:, 2)
    out = -7
    call sciport_linalg_solve(big(2:5, 3:6), big(1:4, 7:7), out(2:5, 3:3), st)
    call check(st == SCIPORT_OK .and. near_m(out(2:5, 3:3), by_rows(4, 1, [0.7303506650544135d0, &
        -0.40931076178960096d0, -0.3053204353083434d0, -0.47823458282950415d0])), 'solve on array sections')
    out(2:5, 3) = -7
    call check(all(abs(out + 7) <= 0), 'only the output section is written')
    ! errors
    x2 = 42
    call sciport_linalg_solve(by_rows(2, 2, [1d0, 2d0, 2d0, 4d0]), by_rows(2, 2, [1d0, 2d0, 3d0, 4d0]), x2, st, &
        errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'ingular'), 'solve: singular matrix: '//msg)
    call check(all(abs(x2 - 42) <= 0), 'solve: output untouched on failure')
    b3 = b(1:3, :)
    call sciport_linalg_solve(a, b3, x32, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve: b rows /= n: '//msg)
    call sciport_linalg_solve(a(:, 1:3), b3, x32, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve: non-square a: '//msg)
    call sciport_linalg_solve(a, b, x(:, 1:1), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve: x of the wrong shape: '//msg)
    call sciport_linalg_solve(a, b, x, st, assume_a='nope', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'nope'), 'solve: unknown assume_a: '//msg)
    a(2, 3) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_solve(a, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'solve: NaN in a: '//msg)
  end subroutine test_linalg_solve

  subroutine test_linalg_triangular()
    real(c_double) :: a(4, 4), b(4, 2), x(4, 2), u(4, 4), x1(4), b2(2, 2), x2(2, 2)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: j
    a = mat_a()
    b = mat_b()
    u = a
    do j = 1, 4
      u(j + 1:, j) = 0
    end do
    ! scipy.linalg.solve_triangular(np.triu(A), B)
    call sciport_linalg_solve_triangular(u, b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.19791666666666666d0, 0.7574404761904762d0, &
        0.08333333333333333d0, 0.059523809523809534d0, 0.375d0, -0.05357142857142855d0, 0d0, &
        -0.2857142857142857d0])), 'solve_triangular(triu(A), B) '//msg)
    ! scipy.linalg.solve_triangular(A, B, trans=1, lower=True): the upper part of A is ignored
    call sciport_linalg_solve_triangular(a, b, x, st, trans=1, lower=.true.)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.234375d0, 0.6049107142857142d0, &
        -0.22916666666666666d0, -0.17559523809523808d0, 0.375d0, 0.19642857142857142d0, 0d0, &
        -0.2857142857142857d0])), 'solve_triangular(A, B, trans=1, lower=True)')
    ! scipy.linalg.solve_triangular(A, B, lower=True, unit_diagonal=True)
    call sciport_linalg_solve_triangular(a, b, x, st, lower=.true., unit_diagonal=.true.)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [1d0, 2d0, -4d0, -6d0, 5d0, 3d0, -23d0, -28d0])), &
        'solve_triangular(A, B, lower=True, unit_diagonal=True)')
    ! scipy.linalg.solve_triangular(A, B[:, 0], lower=True)
    call sciport_linalg_solve_triangular(a, b(:, 1), x1, st, lower=.true.)
    call check(st == SCIPORT_OK .and. near_r(x1, [0.25d0, -0.2916666666666667d0, 0.3489583333333333d0, &
        -0.26041666666666663d0]), 'solve_triangular with a vector b')
    call sciport_linalg_solve_triangular(a, b, x, st, trans=3, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'solve_triangular: trans = 3: '//msg)
    b2 = 1
    call sciport_linalg_solve_triangular(a, b2, x2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_triangular: shapes: '//msg)
  end subroutine test_linalg_triangular

  subroutine test_linalg_lu()
    real(c_double) :: a(4, 4), b(4, 2), x(4, 2), lu(4, 4), c(3, 3), lc(3, 3), r(3, 4), lr(3, 4), lt(4, 3), x3(3)
    real(c_double) :: s2(2, 2), rt(4, 3), b3(3, 2), x32(3, 2)
    integer(c_int64_t) :: piv(4), p3(3), p2(2)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    ! scipy.linalg.lu_factor(C), C = [[1,2,3],[4,5,6],[7,8,10]]
    c = by_rows(3, 3, [1d0, 2d0, 3d0, 4d0, 5d0, 6d0, 7d0, 8d0, 10d0])
    call sciport_linalg_lu_factor(c, lc, p3, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(p3 == [2, 2, 2]) .and. near_m(lc, by_rows(3, 3, [7d0, 8d0, 10d0, &
        0.14285714285714285d0, 0.8571428571428572d0, 1.5714285714285716d0, 0.5714285714285714d0, &
        0.5000000000000002d0, -0.5d0])), 'lu_factor(C): lu and piv [2, 2, 2] '//msg)
    ! scipy.linalg.lu_solve(lu_factor(C), [1, 2, 3])
    call sciport_linalg_lu_solve(lc, p3, [1d0, 2d0, 3d0], x3, st)
    call check(st == SCIPORT_OK .and. near_r(x3, [-1d0 / 3, 2d0 / 3, 0d0]), 'lu_solve with a vector b')
    ! scipy.linalg.lu_factor(R) and lu_factor(R.T), R = [[1,2,3,4],[5,6,7,8],[2,-1,0,3]]
    r = by_rows(3, 4, [1d0, 2d0, 3d0, 4d0, 5d0, 6d0, 7d0, 8d0, 2d0, -1d0, 0d0, 3d0])
    call sciport_linalg_lu_factor(r, lr, p3, st)
    call check(st == SCIPORT_OK .and. all(p3 == [1, 2, 2]) .and. near_m(lr, by_rows(3, 4, [5d0, 6d0, 7d0, 8d0, &
        0.4d0, -3.4000000000000004d0, -2.8000000000000003d0, -0.20000000000000018d0, 0.2d0, &
        -0.23529411764705874d0, 0.9411764705882355d0, 2.352941176470588d0])), 'lu_factor of a 3 x 4 matrix')
    rt = transpose(r)
    call sciport_linalg_lu_factor(rt, lt, p3, st)
    call check(st == SCIPORT_OK .and. all(p3 == [3, 3, 3]) .and. near_m(lt, by_rows(4, 3, [4d0, 8d0, 3d0, &
        0.25d0, 3d0, 1.25d0, 0.5d0, 0.6666666666666666d0, -3.333333333333333d0, 0.75d0, 0.3333333333333333d0, &
        0.8d0])), 'lu_factor of a 4 x 3 matrix')
    ! scipy.linalg.lu_solve(lu_factor(A), B[, trans=1]) = solve(A, B[, transposed=True])
    a = mat_a()
    b = mat_b()
    call sciport_linalg_lu_factor(a, lu, piv, st)
    call check(st == SCIPORT_OK .and. all(piv == [0, 1, 2, 3]), 'lu_factor(A): no interchanges')
    call sciport_linalg_lu_solve(lu, piv, b, x, st)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.2527206771463119d0, 0.7303506650544135d0, &
        -0.08948004836759367d0, -0.40931076178960096d0, 0.2345828295042322d0, -0.3053204353083434d0, &
        -0.14147521160822246d0, -0.47823458282950415d0])), 'lu_solve((lu, piv), B)')
    call sciport_linalg_lu_solve(lu, piv, b, x, st, trans=1)
    call check(st == SCIPORT_OK .and. near_m(x, by_rows(4, 2, [0.13663845223700116d0, 0.5683192261185006d0, &
        -0.08585247883917774d0, -0.042926239419588855d0, 0.2744860943168078d0, 0.1372430471584039d0, &
        0.16203143893591304d0, -0.41898428053204345d0])), 'lu_solve((lu, piv), B, trans=1)')
    ! scipy.linalg.lu_factor([[1,2],[2,4]]): singular is not an error: [[2,4],[0.5,0]], piv [1, 1]
    call sciport_linalg_lu_factor(by_rows(2, 2, [1d0, 2d0, 2d0, 4d0]), s2, p2, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(p2 == [1, 1]) .and. near_m(s2, by_rows(2, 2, [2d0, 4d0, 0.5d0, 0d0])), &
        'lu_factor of a singular matrix succeeds '//msg)
    call sciport_linalg_lu_factor(a, lu, p3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lu_factor: piv too short: '//msg)
    call sciport_linalg_lu_solve(lu, piv(1:3), b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lu_solve: piv too short: '//msg)
    b3 = b(1:3, :)
    call sciport_linalg_lu_solve(lu, piv, b3, x32, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lu_solve: b rows /= n: '//msg)
  end subroutine test_linalg_lu

  ! ---- linalg, scipy.linalg.lu ------------------------------------------------------
  ! Reference: the cases of tests/reference/linalg/decomp.json (SciPy 1.17.1), flattened
  ! into test_reference.inc by gen_reference.py (ref_lu_*: case i's a(m, n) is
  ! ref_lu_a(ref_lu_a_off(i) + 1 : ref_lu_a_off(i + 1)), column-major, and alike).

  !> Case i of a flattened reference array: vals(off(i) + 1 : off(i + 1)) shaped shp(:, i).
  function lu_ref(vals, off, shp, i) result(x)
    real(c_double), intent(in) :: vals(:)
    integer, intent(in) :: off(:), shp(:, :), i
    real(c_double), allocatable :: x(:, :)
    x = reshape(vals(off(i) + 1:off(i + 1)), [shp(1, i), shp(2, i)])
  end function lu_ref

  !> Puts back the non-finite entries (flat index, 1 NaN / 2 inf / 3 -inf) the include
  !> file lists for the flattened array whose case x starts after index `base`.
  subroutine lu_patch(x, base, special)
    real(c_double), intent(inout) :: x(:, :)
    integer, intent(in) :: base, special(:, :)
    integer :: s, j, i, c
    do s = 1, size(special, 2)
      j = special(1, s) - base
      if (j < 1 .or. j > size(x)) cycle
      i = mod(j - 1, size(x, 1)) + 1
      c = (j - 1) / size(x, 1) + 1
      select case (special(2, s))
      case (1)
        x(i, c) = ieee_value(1d0, ieee_quiet_nan)
      case (2)
        x(i, c) = ieee_value(1d0, ieee_positive_inf)
      case default
        x(i, c) = ieee_value(1d0, ieee_negative_inf)
      end select
    end do
  end subroutine lu_patch

  !> Elementwise |x - y| <= rtol max(|y|, 1), NaN where y has NaN; same shapes.
  logical function near_lu(x, y, rtol)
    real(c_double), intent(in) :: x(:, :), y(:, :), rtol
    near_lu = all(shape(x) == shape(y))
    if (near_lu) near_lu = all(abs(x - y) <= rtol * max(abs(y), 1.0_c_double) .or. &
        (ieee_is_nan(x) .and. ieee_is_nan(y)))
  end function near_lu

  !> The index of the reference case called `name` (0 if none).
  integer function lu_case(name)
    character(len=*), intent(in) :: name
    integer :: i
    lu_case = 0
    do i = 1, ref_lu_ncase
      if (trim(ref_lu_name(i)) == name) lu_case = i
    end do
  end function lu_case

  !> Every decomp.json case: (p, l, u), p_indices=True and permute_l=True against SciPy's
  !> outputs (p and p_indices exactly; l, u, pl elementwise 1e-12, 1e-6 for the
  !> ill-conditioned hilbert 8), a = P L U = L(p_indices + 1, :) U = (P L) U, and the
  !> error cases (status, SciPy's message, outputs untouched).
  subroutine test_linalg_lu_reference()
    real(c_double), allocatable :: a(:, :), p(:, :), l(:, :), u(:, :), pl(:, :)
    real(c_double), allocatable :: rp(:, :), rl(:, :), ru(:, :), rpl(:, :)
    integer(c_int64_t), allocatable :: pi(:), rpi(:)
    real(c_double) :: rtol
    integer :: i, m, n, k, pm, nerr
    integer(c_int32_t) :: st
    logical :: cf, plain
    character(len=:), allocatable :: msg, tag
    nerr = 0
    do i = 1, ref_lu_ncase
      tag = 'lu('//trim(ref_lu_name(i))//')'
      m = ref_lu_a_shape(1, i)
      n = ref_lu_a_shape(2, i)
      k = min(m, n)
      a = lu_ref(ref_lu_a, ref_lu_a_off, ref_lu_a_shape, i)
      call lu_patch(a, ref_lu_a_off(i), ref_lu_a_special)
      cf = ref_lu_check_finite(i)
      ! SciPy's shapes: p m x m (0 x 0 for an empty a), l and pl m x k, u k x n
      pm = m
      if (k == 0) pm = 0
      allocate (p(pm, pm), l(m, k), u(k, n), pl(m, k), pi(pm))
      p = 7
      l = 7
      u = 7
      pl = 7
      pi = 7
      if (len_trim(ref_lu_error(i)) > 0) then
        nerr = nerr + 1
        call sciport_linalg_lu(a, l, u, st, p, check_finite=cf, errmsg=msg)
        call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, trim(ref_lu_error(i))) .and. &
            all(abs(p - 7) <= 0) .and. all(abs(l - 7) <= 0) .and. all(abs(u - 7) <= 0), &
            tag//': SciPy''s error, outputs untouched: '//msg)
        call sciport_linalg_lu(a, l, u, st, p_indices=pi, check_finite=cf, errmsg=msg)
        call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, trim(ref_lu_error(i))) .and. &
            all(pi == 7), tag//', p_indices: SciPy''s error: '//msg)
        call sciport_linalg_lu(a, pl, u, st, permute_l=.true., check_finite=cf, errmsg=msg)
        call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, trim(ref_lu_error(i))) .and. &
            all(abs(pl - 7) <= 0), tag//', permute_l: SciPy''s error: '//msg)
        deallocate (p, l, u, pl, pi)
        cycle
      end if
      rp = lu_ref(ref_lu_p, ref_lu_p_off, ref_lu_p_shape, i)
      rl = lu_ref(ref_lu_l, ref_lu_l_off, ref_lu_l_shape, i)
      ru = lu_ref(ref_lu_u, ref_lu_u_off, ref_lu_u_shape, i)
      call lu_patch(ru, ref_lu_u_off(i), ref_lu_u_special)
      rpl = lu_ref(ref_lu_pl, ref_lu_l_off, ref_lu_l_shape, i)
      rpi = ref_lu_pi(ref_lu_pi_off(i) + 1:ref_lu_pi_off(i + 1))
      rtol = tol
      if (ref_lu_ill(i)) rtol = 1e-6_c_double
      ! the products are checked tightly (also for hilbert 8) where they are defined:
      ! a non-empty a without NaN
      plain = k > 0 .and. .not. any(ieee_is_nan(a))
      ! scipy.linalg.lu(a) -> (p, l, u)
      call sciport_linalg_lu(a, l, u, st, p, check_finite=cf, errmsg=msg)
      call check(st == SCIPORT_OK .and. all(shape(p) == shape(rp)) .and. all(abs(p - rp) <= 0), &
          tag//': p exactly as SciPy '//msg)
      call check(st == SCIPORT_OK .and. near_lu(l, rl, rtol) .and. near_lu(u, ru, rtol), tag//': l, u as SciPy')
      if (plain) call check(near_m(matmul(p, matmul(l, u)), a), tag//': a = p l u')
      ! scipy.linalg.lu(a, p_indices=True) -> (p_indices, l, u), 0-based
      l = 7
      u = 7
      call sciport_linalg_lu(a, l, u, st, p_indices=pi, check_finite=cf, errmsg=msg)
      call check(st == SCIPORT_OK .and. size(pi) == size(rpi) .and. all(pi == rpi) .and. &
          near_lu(l, rl, rtol) .and. near_lu(u, ru, rtol), tag//': p_indices (0-based) exactly, l, u '//msg)
      if (plain) call check(near_m(matmul(l(pi + 1, :), u), a), tag//': a = l(p_indices + 1, :) u')
      ! scipy.linalg.lu(a, permute_l=True) -> (pl, u)
      u = 7
      call sciport_linalg_lu(a, pl, u, st, permute_l=.true., check_finite=cf, errmsg=msg)
      call check(st == SCIPORT_OK .and. near_lu(pl, rpl, rtol) .and. near_lu(u, ru, rtol), &
          tag//': permute_l: pl, u as SciPy '//msg)
      if (plain) call check(near_m(matmul(pl, u), a) .and. near_m(pl, matmul(p, l)), tag//': a = pl u, pl = p l')
      deallocate (p, l, u, pl, pi)
    end do
    call check(ref_lu_ncase == 30 .and. nerr == 2, 'lu: 30 reference cases, 2 of them errors')
  end subroutine test_linalg_lu_reference

  !> sciport_linalg_lu's optional outputs, sections, shapes and the raw interface, on
  !> SciPy's "smoke vrect" case (4 x 3) and the empty 0 x 3 one.
  subroutine test_linalg_lu_options()
    real(c_double) :: a(4, 3), rp(4, 4), rl(4, 3), ru(3, 3), rpl(4, 3)
    integer(c_int64_t) :: rpi(4)
    real(c_double), target :: p(4, 4), l(4, 3), u(3, 3), at(3, 4)
    real(c_double) :: big(6, 7), outl(4, 5), l4(4, 4), u43(4, 3), p3(3, 3)
    real(c_double) :: e03(0, 3), l00(0, 0), u03(0, 3), p00(0, 0)
    integer(c_int64_t), target :: pi(4)
    integer(c_int64_t) :: pi3(3), pi0(0)
    type(sciport_mat) :: av, lv, uv
    type(c_ptr) :: err
    integer :: i
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    i = lu_case('smoke vrect')
    call check(i > 0 .and. all(ref_lu_a_shape(:, max(i, 1)) == [4, 3]), 'lu: the smoke vrect case is 4 x 3')
    if (i == 0) return
    ! (fixed shapes: -fcheck=all checks that the case's arrays conform)
    a = lu_ref(ref_lu_a, ref_lu_a_off, ref_lu_a_shape, i)
    rp = lu_ref(ref_lu_p, ref_lu_p_off, ref_lu_p_shape, i)
    rl = lu_ref(ref_lu_l, ref_lu_l_off, ref_lu_l_shape, i)
    ru = lu_ref(ref_lu_u, ref_lu_u_off, ref_lu_u_shape, i)
    rpl = lu_ref(ref_lu_pl, ref_lu_l_off, ref_lu_l_shape, i)
    rpi = ref_lu_pi(ref_lu_pi_off(i) + 1:ref_lu_pi_off(i + 1))
    ! p and p_indices in one call; neither (only l and u)
    pi = -1
    call sciport_linalg_lu(a, l, u, st, p, pi, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(abs(p - rp) <= 0) .and. all(pi == rpi) .and. near_lu(l, rl, tol) &
        .and. near_lu(u, ru, tol), 'lu: p and p_indices together '//msg)
    l = 0
    u = 0
    call sciport_linalg_lu(a, l, u, st)
    call check(st == SCIPORT_OK .and. near_lu(l, rl, tol) .and. near_lu(u, ru, tol), 'lu: no permutation output')
    ! array sections: a non-contiguous input (copied in by the compiler) and l a column
    ! block of a bigger array (contiguous, written in place; the rest untouched)
    big = 100
    big(2:5, 3:5) = a
    outl = -7
    call sciport_linalg_lu(big(2:5, 3:5), outl(:, 2:4), u, st, p)
    call check(st == SCIPORT_OK .and. near_lu(outl(:, 2:4), rl, tol) .and. all(abs(outl(:, [1, 5]) + 7) <= 0) &
        .and. all(abs(p - rp) <= 0), 'lu on sections: only the l block is written')
    ! permute_l returns only (pl, u): p or p_indices given is an error, outputs untouched
    p = 7
    l = 7
    u = 7
    pi = 7
    call sciport_linalg_lu(a, l, u, st, p, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. all(abs(p - 7) <= 0) .and. &
        all(abs(l - 7) <= 0) .and. all(abs(u - 7) <= 0), 'lu: p with permute_l: '//msg)
    call sciport_linalg_lu(a, l, u, st, p_indices=pi, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. all(pi == 7) .and. &
        all(abs(l - 7) <= 0), 'lu: p_indices with permute_l: '//msg)
    call sciport_linalg_lu(e03, l00, u03, st, p_indices=pi0, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, &
        'lu: an empty p_indices with permute_l is still given: '//msg)
    call sciport_linalg_lu(e03, l00, u03, st, p00, pi0, errmsg=msg)
    call check(st == SCIPORT_OK, 'lu of a 0 x 3 matrix: p 0 x 0, p_indices empty, l 0 x 0, u 0 x 3 '//msg)
    call sciport_linalg_lu(e03, l00, u03, st, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_OK, 'lu of a 0 x 3 matrix, permute_l '//msg)
    ! wrong output shapes (outputs untouched)
    l4 = 7
    call sciport_linalg_lu(a, l4, u, st, p, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(l4 - 7) <= 0) .and. &
        all(abs(p - 7) <= 0), 'lu: l 4 x 4 for a 4 x 3 a: '//msg)
    u43 = 7
    call sciport_linalg_lu(a, l, u43, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(u43 - 7) <= 0), &
        'lu: u 4 x 3 (not k x n): '//msg)
    p3 = 7
    call sciport_linalg_lu(a, l, u, st, p3, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(p3 - 7) <= 0), &
        'lu: p 3 x 3 (not m x m): '//msg)
    pi3 = 7
    call sciport_linalg_lu(a, l, u, st, p_indices=pi3, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(pi3 == 7), &
        'lu: p_indices of length 3 for m = 4: '//msg)
    call sciport_linalg_lu(a, l4, u, st, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(l4 - 7) <= 0), &
        'lu: permute_l with pl 4 x 4: '//msg)
    call sciport_linalg_lu(a, l, u, st, p00, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lu: p 0 x 0 for a non-empty a: '//msg)
    ! the raw interface: a C-order (row-major) view of a, p NULL, p_indices given
    at = transpose(a)
    av = sciport_mat(c_loc(at), 4_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    lv = sciport_mat(c_loc(l), 4_c_size_t, 3_c_size_t, 1_c_intptr_t, 4_c_intptr_t)
    uv = sciport_mat(c_loc(u), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    pi = -1
    err = c_null_ptr
    st = sciport_linalg_lu_c(av, .false._c_bool, .true._c_bool, c_null_ptr, c_loc(pi), 4_c_size_t, lv, uv, err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. all(pi == rpi) .and. near_lu(l, rl, tol) &
        .and. near_lu(u, ru, tol), 'raw lu: row-major view, p NULL, p_indices')
    st = sciport_linalg_lu_c(av, .true._c_bool, .true._c_bool, c_null_ptr, c_null_ptr, 0_c_size_t, lv, uv, err)
    call check(st == SCIPORT_OK .and. near_lu(l, rpl, tol) .and. near_lu(u, ru, tol), 'raw lu: permute_l')
    st = sciport_linalg_lu_c(av, .true._c_bool, .true._c_bool, c_null_ptr, c_loc(pi), 4_c_size_t, lv, uv, err)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. sciport_error_code(err) == st, &
        'raw lu: p_indices with permute_l')
    call sciport_error_free(err)
  end subroutine test_linalg_lu_options

  subroutine test_linalg_cholesky()
    real(c_double) :: p(3, 3), c(3, 3), x3(3), x(3, 1), q(2, 2)
    real(c_double), parameter :: expect(3) = [28.583333333333332d0, -7.666666666666666d0, 1.3333333333333333d0]
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    p = mat_p()
    ! scipy.linalg.cholesky(P) and cholesky(P, lower=True)
    call sciport_linalg_cholesky(p, c, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(c, by_rows(3, 3, [2d0, 6d0, -8d0, 0d0, 1d0, 5d0, 0d0, 0d0, 3d0])), &
        'cholesky(P) = U '//msg)
    call sciport_linalg_cholesky(p, c, st, lower=.true.)
    call check(st == SCIPORT_OK .and. near_m(c, by_rows(3, 3, [2d0, 0d0, 0d0, 6d0, 1d0, 0d0, -8d0, 5d0, 3d0])), &
        'cholesky(P, lower=True) = L')
    ! scipy.linalg.cho_factor(P): the other triangle keeps P's entries
    call sciport_linalg_cho_factor(p, c, st)
    call check(st == SCIPORT_OK .and. near_m(c, by_rows(3, 3, [2d0, 6d0, -8d0, 12d0, 1d0, 5d0, -16d0, -43d0, &
        3d0])), 'cho_factor(P)')
    ! scipy.linalg.cho_solve((c, False), [1, 2, 3])
    call sciport_linalg_cho_solve(c, [1d0, 2d0, 3d0], x3, st)
    call check(st == SCIPORT_OK .and. near_r(x3, expect), 'cho_solve((c, False), b)')
    ! scipy.linalg.cho_factor(P, lower=True), cho_solve((c, True), [[1], [2], [3]])
    call sciport_linalg_cho_factor(p, c, st, lower=.true.)
    call check(st == SCIPORT_OK .and. near_m(c, by_rows(3, 3, [2d0, 12d0, -16d0, 6d0, 1d0, -43d0, -8d0, 5d0, &
        3d0])), 'cho_factor(P, lower=True)')
    call sciport_linalg_cho_solve(c, reshape([1d0, 2d0, 3d0], [3, 1]), x, st, lower=.true.)
    call check(st == SCIPORT_OK .and. near_r(x(:, 1), expect), 'cho_solve((c, True), B)')
    ! scipy.linalg.cholesky([[1,2],[2,1]]): "2-th leading minor of the array is not positive definite"
    q = 5
    call sciport_linalg_cholesky(by_rows(2, 2, [1d0, 2d0, 2d0, 1d0]), q, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, '2-th leading minor of the array is not positive definite'), &
        'cholesky: not positive definite: '//msg)
    call check(all(abs(q - 5) <= 0), 'cholesky: output untouched on failure')
    call sciport_linalg_cho_factor(by_rows(2, 2, [1d0, 2d0, 2d0, 1d0]), q, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, '2-th leading minor'), 'cho_factor: not PD: '//msg)
    call sciport_linalg_cholesky(p(:, 1:2), c(:, 1:2), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'cholesky: non-square: '//msg)
    call sciport_linalg_cho_solve(c, [1d0, 2d0], x3(1:2), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'cho_solve: b rows /= n: '//msg)
  end subroutine test_linalg_cholesky

  subroutine test_linalg_inv_det()
    real(c_double), target :: a(4, 4), ai(4, 4), d, e(0, 0), a2(2, 2), a3(3, 3)
    type(sciport_mat) :: at
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    a = mat_a()
    ! scipy.linalg.inv(A)
    call sciport_linalg_inv(a, ai, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(ai, by_rows(4, 4, [0.25151148730350664d0, 0.027811366384522376d0, &
        0.009673518742442563d0, -0.10882708585247883d0, -0.1608222490931076d0, 0.14087061668681983d0, &
        0.07073760580411124d0, 0.07920193470374849d0, -0.09189842805320436d0, 0.009068923821039902d0, &
        0.11185006045949215d0, 0.11668681983071344d0, -0.07859733978234582d0, 0.05380894800483675d0, &
        -0.0030229746070133024d0, 0.15900846432889962d0])), 'inv(A) '//msg)
    call check(near_m(matmul(a, ai), eye(4)), 'A inv(A) = I')
    ! scipy.linalg.det(A) = 1654.0, det(np.zeros((0, 0))) = 1.0
    d = 0
    call sciport_linalg_det(a, d, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(d - 1654) <= 1654 * tol, 'det(A) = 1654 '//msg)
    call sciport_linalg_det(e, d, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(d - 1) <= 0, 'det of a 0 x 0 matrix = 1 '//msg)
    ! the raw interface on a transposed view (row_stride n, col_stride 1): det(A^T) = det(A)
    at = sciport_mat(c_loc(a), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t)
    err = c_null_ptr
    d = 0
    st = sciport_linalg_det_c(at, .true._c_bool, d, err)
    call check(st == SCIPORT_OK .and. abs(d - 1654) <= 1654 * tol .and. .not. c_associated(err), &
        'raw det of a transposed view')
    a2 = 9
    call sciport_linalg_inv(by_rows(2, 2, [1d0, 2d0, 2d0, 4d0]), a2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'ingular') .and. all(abs(a2 - 9) <= 0), 'inv: singular: '//msg)
    call sciport_linalg_inv(a, a3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'inv: output of the wrong shape: '//msg)
    call sciport_linalg_det(a(:, 1:3), d, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'det: non-square: '//msg)
  end subroutine test_linalg_inv_det

  subroutine test_linalg_svd()
    real(c_double) :: m(4, 3), s(3), u(4, 4), vh(3, 3), ue(4, 3), sig(4, 3), mt(3, 4)
    real(c_double), parameter :: sv(3) = [17.413985218793975d0, 1.6452430031433303d0, 0.21516101001995916d0]
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: i
    m = by_rows(4, 3, [1d0, 2d0, 3d0, 4d0, 5d0, 6d0, 7d0, 8d0, 10d0, 1d0, 0d0, -1d0])
    ! scipy.linalg.svd(M): s; u, vh checked by orthogonality and reconstruction (signs may differ)
    call sciport_linalg_svd(m, s, st, u, vh, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(s, sv), 'svd(M) singular values '//msg)
    sig = 0
    do i = 1, 3
      sig(i, i) = s(i)
    end do
    call check(near_m(matmul(transpose(u), u), eye(4)) .and. near_m(matmul(vh, transpose(vh)), eye(3)), &
        'svd: u (4 x 4) and vh orthogonal')
    call check(near_m(matmul(u, matmul(sig, vh)), m), 'svd: u diag(s) vh = M')
    ! scipy.linalg.svd(M, full_matrices=False, lapack_driver='gesvd')
    call sciport_linalg_svd(m, s, st, ue, vh, full_matrices=.false., lapack_driver='gesvd', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(s, sv) .and. near_m(matmul(transpose(ue), ue), eye(3)) .and. &
        near_m(matmul(ue, matmul(sig(1:3, :), vh)), m), 'svd economy, gesvd '//msg)
    ! scipy.linalg.svd(M, compute_uv=False), svdvals(M), svdvals(M.T)
    s = 0
    call sciport_linalg_svd(m, s, st)
    call check(st == SCIPORT_OK .and. near_r(s, sv), 'svd without u, vh (compute_uv=False)')
    s = 0
    call sciport_linalg_svdvals(m, s, st)
    call check(st == SCIPORT_OK .and. near_r(s, sv), 'svdvals(M)')
    s = 0
    mt = transpose(m)
    call sciport_linalg_svdvals(mt, s, st)
    call check(st == SCIPORT_OK .and. near_r(s, sv), 'svdvals(M.T)')
    call sciport_linalg_svd(m, s, st, u=u, errmsg=msg)
    call check(st == SCIPORT_ERR_NULL_POINTER .and. len(msg) > 0, 'svd: u without vh: '//msg)
    call sciport_linalg_svd(m, s, st, u, vh, lapack_driver='gesvj', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'gesvj'), 'svd: unknown lapack_driver: '//msg)
    call sciport_linalg_svd(m, s, st, ue, vh, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'svd: economy u with full_matrices: '//msg)
    call sciport_linalg_svdvals(m, s(1:2), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'svdvals: s too short: '//msg)
  end subroutine test_linalg_svd

  subroutine test_linalg_eigh()
    real(c_double) :: a(4, 4), w(4), v(4, 4), g(4, 4), v3(3, 4)
    real(c_double), parameter :: ev(4) = [-2.197516977439398d0, 1.0843644637732206d0, 2.2685314064312445d0, &
        6.844621107234966d0]
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: m, i
    a = mat_s()
    ! scipy.linalg.eigh(S): w; v checked by S v = v diag(w) and v^T v = I
    call sciport_linalg_eigh(a, w, st, v, m, errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 4 .and. near_r(w, ev), 'eigh(S) eigenvalues '//msg)
    do i = 1, 4
      g(:, i) = v(:, i) * w(i)
    end do
    call check(near_m(matmul(a, v), g) .and. near_m(matmul(transpose(v), v), eye(4)), 'eigh: S v = v diag(w)')
    ! scipy.linalg.eigvalsh(S)
    w = 0
    call sciport_linalg_eigvalsh(a, w, st, m)
    call check(st == SCIPORT_OK .and. m == 4 .and. near_r(w, ev), 'eigvalsh(S)')
    ! scipy.linalg.eigh(S, subset_by_index=[1, 2]): [1.0843644637732168, 2.268531406431242]
    w = 0
    v = 77
    call sciport_linalg_eigh(a, w, st, v, m, subset_by_index=[1, 2], errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(w(1:2), ev(2:3)), 'eigh subset_by_index=[1, 2] '//msg)
    call check(near_m(matmul(a, v(:, 1:2)), v(:, 1:2) * spread(w(1:2), 1, 4)) .and. all(abs(v(:, 3:4) - 77) <= 0), &
        'eigh subset: 2 eigenvectors, other columns untouched')
    ! scipy.linalg.eigvalsh(S, subset_by_value=[0, 5]) (half-open (0, 5])
    call sciport_linalg_eigvalsh(a, w, st, m, subset_by_value=[0d0, 5d0])
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(w(1:2), ev(2:3)), 'eigvalsh subset_by_value=[0, 5]')
    ! scipy.linalg.eigh(S, driver='evx', subset_by_value=[-np.inf, 1.5], eigvals_only=True)
    call sciport_linalg_eigvalsh(a, w, st, m, driver='evx', &
        subset_by_value=[ieee_value(1d0, ieee_negative_inf), 1.5d0])
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(w(1:2), ev(1:2)), 'eigvalsh driver evx, (-inf, 1.5]')
    ! lower=.false.: only the upper triangle is read (the lower one is garbage)
    g = a
    do i = 1, 3
      g(i + 1:, i) = 99
    end do
    call sciport_linalg_eigvalsh(g, w, st, lower=.false.)
    call check(st == SCIPORT_OK .and. near_r(w, ev), 'eigvalsh(lower=False) reads the upper triangle')
    do i = 1, 3
      g(i + 1:, i) = a(i + 1:, i)
      g(i, i + 1:) = 99
    end do
    call sciport_linalg_eigh(g, w, st, v, driver='evd')
    call check(st == SCIPORT_OK .and. near_r(w, ev), 'eigh default lower=True reads the lower triangle, evd')
    call sciport_linalg_eigh(a, w, st, v, driver='xyz', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'xyz'), 'eigh: unknown driver: '//msg)
    call sciport_linalg_eigh(a(:, 1:3), w, st, v, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigh: non-square: '//msg)
    call sciport_linalg_eigvalsh(a, w(1:3), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigvalsh: w too short: '//msg)
    call sciport_linalg_eigh(a, w, st, v3, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigh: v with 3 rows: '//msg)
    call sciport_linalg_eigh(a, w, st, v, subset_by_index=[2, 7], errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'eigh: subset_by_index out of range: '//msg)
    a(1, 1) = ieee_value(1d0, ieee_positive_inf)
    call sciport_linalg_eigvalsh(a, w, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'eigvalsh: inf in a: '//msg)
  end subroutine test_linalg_eigh

  ! ---- linalg, scipy.linalg.eigh / eigvalsh with b (generalized) ----------------------
  ! Reference: the 53 cases of tests/reference/linalg/eigh_generalized.json (SciPy 1.17.1),
  ! converted into test_eigh_generalized_reference.inc by gen_eigh_generalized_reference.py
  ! (ref_eighg_*: layout in its docstring).

  !> Case i's a (b = .false.) or b of the eigh_generalized reference, NaN/Inf patched in.
  function eighg_mat(b, i) result(x)
    logical, intent(in) :: b
    integer, intent(in) :: i
    real(c_double), allocatable :: x(:, :)
    if (b) then
      x = lu_ref(ref_eighg_b, ref_eighg_b_off, ref_eighg_b_shape, i)
      call lu_patch(x, ref_eighg_b_off(i), ref_eighg_b_special)
    else
      x = lu_ref(ref_eighg_a, ref_eighg_a_off, ref_eighg_a_shape, i)
      call lu_patch(x, ref_eighg_a_off(i), ref_eighg_a_special)
    end if
  end function eighg_mat

  !> The residual of type t's equation (1: a v = b v diag(w), 2: a b v = v diag(w),
  !> 3: b a v = v diag(w)) relative to the size of its terms (max-abs norms, times n).
  real(c_double) function eighg_residual(a, b, t, w, v) result(r)
    real(c_double), intent(in) :: a(:, :), b(:, :), w(:), v(:, :)
    integer, intent(in) :: t
    real(c_double) :: lhs(size(v, 1), size(v, 2)), rhs(size(v, 1), size(v, 2))
    real(c_double) :: scale
    integer :: j
    r = 0
    if (size(v) == 0) return
    do j = 1, size(v, 2)
      rhs(:, j) = v(:, j) * w(j)
    end do
    select case (t)
    case (1)
      lhs = matmul(a, v)
      rhs = matmul(b, rhs)
      scale = (maxval(abs(a)) + maxval(abs(w)) * maxval(abs(b))) * maxval(abs(v))
    case (2)
      lhs = matmul(a, matmul(b, v))
      scale = (maxval(abs(a)) * maxval(abs(b)) + maxval(abs(w))) * maxval(abs(v))
    case default
      lhs = matmul(b, matmul(a, v))
      scale = (maxval(abs(a)) * maxval(abs(b)) + maxval(abs(w))) * maxval(abs(v))
    end select
    if (.not. scale > 0) scale = 1
    r = maxval(abs(lhs - rhs)) / (scale * size(a, 1))
  end function eighg_residual

  !> Whether the vector x is bit for bit y (same size; NaN included).
  logical function same_r(x, y)
    real(c_double), intent(in) :: x(:), y(:)
    same_r = size(x) == size(y)
    if (same_r) same_r = all(transfer(x, [0_c_int64_t], size(x)) == transfer(y, [0_c_int64_t], size(y)))
  end function same_r

  !> Largest distance of v's columns to r's up to sign, relative to r's largest entry.
  real(c_double) function sign_dev(v, r)
    real(c_double), intent(in) :: v(:, :), r(:, :)
    integer :: j
    real(c_double) :: scale
    sign_dev = huge(1d0)
    if (any(shape(v) /= shape(r))) return
    sign_dev = 0
    if (size(r) == 0) return
    scale = maxval(abs(r))
    if (.not. scale > 0) scale = 1
    do j = 1, size(r, 2)
      sign_dev = max(sign_dev, min(maxval(abs(v(:, j) - r(:, j))), maxval(abs(v(:, j) + r(:, j)))) / scale)
    end do
  end function sign_dev

  !> Every eigh_generalized.json case through sciport_linalg_eigh (and eigvalsh) with
  !> SciPy's keywords (absent where SciPy's are None): the number of eigenvalues and their
  !> values (tol_w relative to max(1, max |w|)), the vectors up to sign (tol_v relative to
  !> SciPy's largest entry; not compared when not unique), the residual of the type's
  !> equation (1e-12, on the read triangles mirrored), v^T b v = I for types 1, 2 and
  !> v^T b^-1 v = I for type 3, further columns of v untouched, a and b unchanged, type 1
  !> and lower absent = SciPy's defaults bit for bit; the errors (status, SciPy's message or
  !> for b not positive definite "leading minor of order k of B", outputs untouched).
  subroutine test_linalg_eigh_generalized_reference()
    real(c_double), allocatable :: a(:, :), b(:, :), a0(:, :), b0(:, :), w(:), v(:, :), w2(:), v2(:, :), &
        rw(:), rv(:, :), sa(:, :), sb(:, :), x(:, :), sbv(:)
    integer, allocatable :: sbi(:)
    character(len=:), allocatable :: drv, msg, msg2, tag
    integer(c_int32_t) :: st, st2
    integer :: i, n, m, m2, k, t, nerr, ndefault, nsubset, nvec
    logical :: lower, evo
    real(c_double) :: ntol
    nerr = 0
    ndefault = 0
    nsubset = 0
    nvec = 0
    do i = 1, ref_eighg_ncase
      tag = 'eigh(b, '//trim(ref_eighg_name(i))//')'
      a = eighg_mat(.false., i)
      b = eighg_mat(.true., i)
      a0 = a
      b0 = b
      n = size(a, 1)
      t = ref_eighg_type(i)
      lower = ref_eighg_lower(i)
      evo = ref_eighg_eigvals_only(i)
      if (allocated(sbi)) deallocate (sbi)
      if (allocated(sbv)) deallocate (sbv)
      if (allocated(drv)) deallocate (drv)
      if (ref_eighg_sbi(1, i) >= 0) sbi = ref_eighg_sbi(:, i)
      if (ref_eighg_has_sbv(i)) sbv = ref_eighg_sbv(2 * i - 1:2 * i)
      if (len_trim(ref_eighg_driver(i)) > 0) drv = trim(ref_eighg_driver(i))
      allocate (w(n), v(n, n))
      w = 7
      v = 7
      m = -1
      ! unallocated sbi / sbv / drv are absent arguments (SciPy's None)
      if (evo) then
        call sciport_linalg_eigh(a, w, st, m=m, lower=lower, check_finite=ref_eighg_check_finite(i), &
            subset_by_index=sbi, subset_by_value=sbv, driver=drv, b=b, type=t, errmsg=msg)
      else
        call sciport_linalg_eigh(a, w, st, v, m, lower=lower, check_finite=ref_eighg_check_finite(i), &
            subset_by_index=sbi, subset_by_value=sbv, driver=drv, b=b, type=t, errmsg=msg)
      end if
      call check(same_m(a, a0) .and. same_m(b, b0), tag//': a and b unchanged')
      ! eigvalsh: the same eigenvalues (bit for bit with eigvals_only)
      allocate (w2(n))
      w2 = 7
      m2 = -1
      call sciport_linalg_eigvalsh(a, w2, st2, m2, lower=lower, check_finite=ref_eighg_check_finite(i), &
          subset_by_index=sbi, subset_by_value=sbv, driver=drv, b=b, type=t, errmsg=msg2)
      if (ref_eighg_status(i) /= 0) then
        nerr = nerr + 1
        call check(st == ref_eighg_status(i) .and. st2 == st .and. m == 0 .and. m2 == 0 .and. msg2 == msg, &
            tag//': SciPy''s error class (eigh, eigvalsh): '//msg)
        if (ref_eighg_b_minor(i) > 0) then
          call check(has(msg, 'The leading minor of order '//trim(str(ref_eighg_b_minor(i)))// &
              ' of B is not positive definite.'), tag//': SciPy''s message (the minor): '//msg)
        else if (ref_eighg_status(i) == SCIPORT_ERR_UNKNOWN_NAME) then
          call check(has(msg, '"'//drv//'"'), tag//': the unknown name, quoted as SciPy''s: '//msg)
        else if (ref_eighg_status(i) == SCIPORT_ERR_DIMENSION_MISMATCH) then
          call check(has(msg, 'b') .and. (has(msg, 'square') .or. has(msg, 'dimension') .or. has(msg, 'shape')), &
              tag//': SciPy''s error (b''s shape): '//msg)
        else
          call check(has_words(msg, ref_eighg_error(i)), tag//': SciPy''s message: '//msg)
        end if
        call check(all(abs(w - 7) <= 0) .and. untouched(v) .and. all(abs(w2 - 7) <= 0), tag//': outputs untouched')
        deallocate (w, v, w2)
        cycle
      end if
      k = ref_eighg_m(i)
      call check(st == SCIPORT_OK .and. len(msg) == 0 .and. m == k, tag//': status, SciPy''s count '//msg)
      call check(st2 == SCIPORT_OK .and. m2 == k, tag//': eigvalsh status, count '//msg2)
      if (st /= SCIPORT_OK .or. m /= k) then
        deallocate (w, v, w2)
        cycle
      end if
      rw = ref_eighg_w(ref_eighg_w_off(i) + 1:ref_eighg_w_off(i + 1))
      ntol = max(ref_eighg_tol_w(i), 1e-12_c_double)
      if (k > 0) then
        call check(maxval(abs(w(1:k) - rw)) <= ntol * max(1.0_c_double, maxval(abs(rw))), tag//': w as SciPy''s')
        call check(maxval(abs(w2(1:k) - rw)) <= ntol * max(1.0_c_double, maxval(abs(rw))), &
            tag//': eigvalsh w as SciPy''s')
        if (evo) call check(same_r(w2(1:k), w(1:k)), tag//': eigvalsh = eigh(eigvals_only), bit for bit')
      end if
      if (k < n) call check(all(abs(w(k + 1:) - 7) <= 0), tag//': w(m + 1:) untouched')
      if (k < n) nsubset = nsubset + 1
      sa = sym_from(a, lower)
      sb = sym_from(b, lower)
      if (.not. evo) then
        call check(untouched(v(:, k + 1:)), tag//': v(:, m + 1:) untouched')
        rv = reshape(ref_eighg_v(ref_eighg_v_off(i) + 1:ref_eighg_v_off(i + 1)), [n, k])
        if (ref_eighg_tol_v(i) > 0 .and. ref_eighg_tol_v(i) < 1) then
          nvec = nvec + 1
          call check(sign_dev(v(:, 1:k), rv) <= ref_eighg_tol_v(i), tag//': vectors as SciPy''s up to sign')
        end if
        call check(eighg_residual(sa, sb, t, w(1:k), v(:, 1:k)) <= max(1e-12_c_double, ref_eighg_tol_w(i)), &
            tag//': residual of type '//trim(str(t))//'''s equation')
        if (k > 0) then
          if (t == 3) then
            ! v^T b^-1 v = I: x = b^-1 v
            allocate (x(n, k))
            call sciport_linalg_solve(sb, v(:, 1:k), x, st2, assume_a='pos')
            call check(st2 == SCIPORT_OK .and. rel_dev(matmul(transpose(v(:, 1:k)), x), eye(k)) <= &
                max(1e-12_c_double, ref_eighg_tol_w(i)), tag//': v^T b^-1 v = I')
            deallocate (x)
          else
            call check(rel_dev(matmul(transpose(v(:, 1:k)), matmul(sb, v(:, 1:k))), eye(k)) <= &
                max(1e-12_c_double, ref_eighg_tol_w(i)), tag//': v^T b v = I')
          end if
        end if
      end if
      ! SciPy's defaults (type 1, lower) with the keywords absent: bit for bit the same
      if (t == 1 .and. lower .and. ref_eighg_check_finite(i)) then
        ndefault = ndefault + 1
        allocate (v2(n, n))
        w2 = 7
        v2 = 7
        if (evo) then
          call sciport_linalg_eigh(a, w2, st2, m=m2, subset_by_index=sbi, subset_by_value=sbv, driver=drv, b=b)
          call check(st2 == SCIPORT_OK .and. m2 == k .and. same_r(w2, w), &
              tag//': type, lower, check_finite absent = SciPy''s defaults, bit for bit')
        else
          call sciport_linalg_eigh(a, w2, st2, v2, m2, subset_by_index=sbi, subset_by_value=sbv, driver=drv, b=b)
          call check(st2 == SCIPORT_OK .and. m2 == k .and. same_r(w2, w) .and. &
              same_m(v2, v), tag//': type, lower, check_finite absent = SciPy''s defaults, bit for bit')
        end if
        deallocate (v2)
      end if
      deallocate (w, v, w2)
    end do
    call check(ref_eighg_ncase == 53 .and. nerr == 9 .and. nsubset == 4 .and. nvec == 40 .and. ndefault == 16, &
        'eigh(b): 53 reference cases, 9 errors, 4 subsets, '//trim(str(nvec))//' with vectors compared, '// &
        trim(str(ndefault))//' with SciPy''s defaults')
  end subroutine test_linalg_eigh_generalized_reference

  !> eigh / eigvalsh with b: mathematics and bad input, on S (4 x 4, mat_s) and the SPD
  !> B = S + 3 I: b absent = the standard problem, bit for bit, with any type (SciPy
  !> ignores type without b: eigh(S, type=4) works); b = I gives the standard eigenvalues
  !> for every type; type 1 of (S, B) has eigenvalues w with S v = w B v, the types' duality
  !> (type 2 and 3 have the same eigenvalues; type 2's v is B^-1 times type 3's up to sign);
  !> only the read triangle of b matters (garbage in the other); a section of b; empty a
  !> with any b (SciPy's empty results before b is looked at); the errors: b not positive
  !> definite (the minor), b's shape, b not square, type 0 and 4, the standard drivers with
  !> b, a subset with gv, v / w too small, NaN in b (check_finite), for eigh and eigvalsh.
  subroutine test_linalg_eigh_generalized_options()
    real(c_double) :: s(4, 4), bm(4, 4), w(4), v(4, 4), w0(4), v0(4, 4), w2(4), v2(4, 4), w3(4), v3(4, 4), &
        g(4, 4), big(6, 7), v34(3, 4), x(4, 4), b3(3, 3), b43(4, 3), e0(0, 0), w00(0), v00(0, 0)
    integer(c_int32_t) :: st
    integer :: m, i, t
    character(len=:), allocatable :: msg
    character(len=3), parameter :: std(4) = ['ev ', 'evd', 'evr', 'evx'], gen(3) = ['gv ', 'gvd', 'gvx']
    s = mat_s()
    bm = s + 3 * eye(4)   ! eigenvalues of S + 3 > 0.8: positive definite
    b3 = eye(3)
    b43 = 1
    ! b absent: the old standard problem, bit for bit, whatever type says
    call sciport_linalg_eigh(s, w0, st, v0, m)
    do t = 1, 4
      call sciport_linalg_eigh(s, w, st, v, m, type=t, errmsg=msg)
      call check(st == SCIPORT_OK .and. m == 4 .and. same_r(w, w0) .and. same_m(v, v0), &
          'eigh(S, type='//trim(str(t))//') without b = eigh(S) (SciPy ignores type) '//msg)
      call sciport_linalg_eigvalsh(s, w, st, m, type=t)
      call check(st == SCIPORT_OK .and. m == 4 .and. near_r(w, w0), 'eigvalsh(S, type='//trim(str(t))//') without b')
    end do
    ! b = I: the standard eigenvalues and orthonormal vectors, every type
    do t = 1, 3
      call sciport_linalg_eigh(s, w, st, v, m, b=eye(4), type=t, errmsg=msg)
      call check(st == SCIPORT_OK .and. m == 4 .and. near_r(w, w0) .and. sign_dev(v, v0) <= 1e-10_c_double, &
          'eigh(S, I, type='//trim(str(t))//') = eigh(S) '//msg)
    end do
    ! type 1 (default): S v = w B v, v^T B v = I; eigvalsh the same values
    call sciport_linalg_eigh(s, w, st, v, m, b=bm, errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 4 .and. eighg_residual(s, bm, 1, w, v) <= 1e-13_c_double .and. &
        rel_dev(matmul(transpose(v), matmul(bm, v)), eye(4)) <= 1e-13_c_double, 'eigh(S, B): S v = w B v, v^T B v = I '//msg)
    call check(all(w(1:3) <= w(2:4)), 'eigh(S, B): ascending')
    call sciport_linalg_eigvalsh(s, w2, st, m, b=bm)
    call check(st == SCIPORT_OK .and. m == 4 .and. near_r(w2, w), 'eigvalsh(S, B) = eigh(S, B) values')
    ! w(S, B) = w of the standard problem of L^-1 S L^-T; by det(S - w B) = 0: S - w B singular
    do i = 1, 4
      call sciport_linalg_det(s - w(i) * bm, x(1, 1), st)
      call check(st == SCIPORT_OK .and. abs(x(1, 1)) <= 1e-10_c_double, 'eigh(S, B): det(S - w B) = 0, w('// &
          trim(str(i))//')')
    end do
    ! types 2 and 3: the same eigenvalues (those of B S, similar to S B); v2 = B^-1 v3 up to sign
    call sciport_linalg_eigh(s, w2, st, v2, m, b=bm, type=2)
    call check(st == SCIPORT_OK .and. eighg_residual(s, bm, 2, w2, v2) <= 1e-13_c_double .and. &
        rel_dev(matmul(transpose(v2), matmul(bm, v2)), eye(4)) <= 1e-13_c_double, 'eigh(S, B, type=2): S B v = w v, v^T B v = I')
    call sciport_linalg_eigh(s, w3, st, v3, m, b=bm, type=3)
    call check(st == SCIPORT_OK .and. eighg_residual(s, bm, 3, w3, v3) <= 1e-13_c_double .and. near_r(w3, w2), &
        'eigh(S, B, type=3): B S v = w v, type 2''s eigenvalues')
    call sciport_linalg_solve(bm, v3, x, st, assume_a='pos')
    call check(st == SCIPORT_OK .and. sign_dev(x, v2) <= 1e-12_c_double, 'eigh(S, B): type 2''s v = B^-1 type 3''s v')
    call sciport_linalg_eigvalsh(s, w, st, b=bm, type=3)
    call check(st == SCIPORT_OK .and. near_r(w, w3), 'eigvalsh(S, B, type=3)')
    ! only the read triangle of b: garbage in the other (check_finite off for NaN there)
    call sciport_linalg_eigh(s, w0, st, v0, m, b=bm, type=2)
    g = bm
    do i = 1, 3
      g(i, i + 1:) = ieee_value(1d0, ieee_quiet_nan)
    end do
    call sciport_linalg_eigh(s, w, st, v, m, b=g, type=2, check_finite=.false., errmsg=msg)
    call check(st == SCIPORT_OK .and. same_r(w, w0) .and. same_m(v, v0), 'eigh(b lower, NaN above): bit for bit '//msg)
    call sciport_linalg_eigh(s, w, st, v, m, b=g, type=2, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'eigh: NaN in b, check_finite: '//msg)
    g = transpose(g)
    call sciport_linalg_eigh(transpose(s), w, st, v, m, b=g, type=2, lower=.false., check_finite=.false.)
    call check(st == SCIPORT_OK .and. same_r(w, w0) .and. same_m(v, v0), 'eigh(lower=False): b''s upper triangle read')
    ! a section of b (copied in by the compiler): the same as the contiguous b
    big = 99
    big(2:5, 3:6) = bm
    call sciport_linalg_eigh(s, w, st, v, m, b=big(2:5, 3:6), type=2)
    call check(st == SCIPORT_OK .and. same_r(w, w0) .and. same_m(v, v0), 'eigh: b a section')
    ! subsets with gvx (and SciPy's choice): the middle two
    v = 7
    call sciport_linalg_eigh(s, w, st, v, m, b=bm, type=2, subset_by_index=[1, 2], driver='gvx', errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(w(1:2), w0(2:3)) .and. sign_dev(v(:, 1:2), v0(:, 2:3)) <= &
        1e-10_c_double .and. untouched(v(:, 3:4)), 'eigh(S, B, type=2, subset_by_index=[1, 2], gvx) '//msg)
    call sciport_linalg_eigvalsh(s, w, st, m, b=bm, subset_by_value=[-huge(1d0), 0d0])
    call sciport_linalg_eigvalsh(s, w2, st, b=bm)
    call check(st == SCIPORT_OK .and. m == count(w2 <= 0) .and. m > 0, 'eigvalsh(S, B, subset_by_value=(-huge, 0])')
    do i = 1, 3
      call sciport_linalg_eigh(s, w, st, v, m, b=bm, driver=trim(gen(i)))
      call check(st == SCIPORT_OK .and. near_r(w, w2), 'eigh(S, B, driver='//trim(gen(i))//')')
    end do
    ! empty a: empty results before b is looked at (SciPy's)
    m = -1
    call sciport_linalg_eigh(e0, w00, st, v00, m, b=b3, type=7, errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 0, 'eigh(empty a, any b, any type): empty results '//msg)
    call sciport_linalg_eigvalsh(e0, w00, st, m, b=e0)
    call check(st == SCIPORT_OK .and. m == 0, 'eigvalsh(empty a, empty b)')
    ! errors, outputs untouched
    g = bm
    g(2, 2) = -1   ! leading minors: 7 > 0, 7 (-1) - 1 < 0: order 2
    w = 7
    v = 7
    call sciport_linalg_eigh(s, w, st, v, m, b=g, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. m == 0 .and. has(msg, 'The leading minor of order 2 of B is not '// &
        'positive definite.') .and. all(abs(w - 7) <= 0) .and. untouched(v), 'eigh: b not positive definite: '//msg)
    call sciport_linalg_eigvalsh(s, w, st, m, b=-eye(4), type=3, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'leading minor of order 1 of B'), 'eigvalsh: b = -I: '//msg)
    call sciport_linalg_eigh(s, w, st, v, m, b=b3, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(v), 'eigh: b 3 x 3: '//msg)
    call sciport_linalg_eigvalsh(s, w, st, b=b43, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigvalsh: b 4 x 3: '//msg)
    do t = 0, 4, 4
      call sciport_linalg_eigh(s, w, st, v, m, b=bm, type=t, errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'type') .and. untouched(v), &
          'eigh: type '//trim(str(t))//': '//msg)
      call sciport_linalg_eigvalsh(s, w, st, b=bm, type=t, errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'type'), 'eigvalsh: type '//trim(str(t))//': '//msg)
    end do
    do i = 1, 4
      call sciport_linalg_eigh(s, w, st, v, m, b=bm, driver=trim(std(i)), errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, '"'//trim(std(i))//'" does not accept input b'), &
          'eigh: standard driver '//trim(std(i))//' with b: '//msg)
      call sciport_linalg_eigvalsh(s, w, st, b=bm, driver=trim(std(i)), errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT, 'eigvalsh: standard driver '//trim(std(i))//' with b: '//msg)
    end do
    ! and a generalized driver without b is still the standard function's error
    call sciport_linalg_eigh(s, w, st, v, m, driver='gv', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'eigh: driver gv without b: '//msg)
    call sciport_linalg_eigh(s, w, st, v, m, b=bm, subset_by_index=[0, 1], driver='gv', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'subsets'), 'eigh: subset with gv: '//msg)
    call sciport_linalg_eigh(s, w, st, v34, m, b=bm, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigh(b): v with 3 rows: '//msg)
    call sciport_linalg_eigvalsh(s, w(1:3), st, b=bm, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'eigvalsh(b): w too short: '//msg)
    call sciport_linalg_eigh(s, w(1:2), st, v(:, 1:2), m, b=bm, subset_by_index=[2, 3], errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(w(1:2), w2(3:4)), 'eigh(b): subset, w and v sized m '//msg)
  end subroutine test_linalg_eigh_generalized_options

  ! ---- linalg, scipy.linalg.eig / eigvals ----------------------------------------------
  ! Reference: the 40 cases of tests/reference/linalg/eig.json (SciPy 1.17.1), converted
  ! into test_eig_reference.inc by gen_eig_reference.py (ref_eig_*: layout in its docstring).

  !> Case i's complex vector (re, im over ref_eig_w_off), non-finite real parts patched.
  function eig_ref_w(re, im, i, patch) result(z)
    real(c_double), intent(in) :: re(:), im(:)
    integer, intent(in) :: i
    logical, intent(in) :: patch
    complex(c_double_complex), allocatable :: z(:)
    real(c_double), allocatable :: x(:, :)
    x = reshape(re(ref_eig_w_off(i) + 1:ref_eig_w_off(i + 1)), [ref_eig_w_off(i + 1) - ref_eig_w_off(i), 1])
    if (patch) call lu_patch(x, ref_eig_w_off(i), ref_eig_w_special)
    z = cmplx(x(:, 1), im(ref_eig_w_off(i) + 1:ref_eig_w_off(i + 1)), c_double_complex)
  end function eig_ref_w

  !> Case i's complex n x n matrix (re, im over ref_eig_v_off).
  function eig_ref_v(re, im, i, n) result(z)
    real(c_double), intent(in) :: re(:), im(:)
    integer, intent(in) :: i, n
    complex(c_double_complex), allocatable :: z(:, :)
    z = reshape(cmplx(re(ref_eig_v_off(i) + 1:ref_eig_v_off(i + 1)), im(ref_eig_v_off(i) + 1:ref_eig_v_off(i + 1)), &
        c_double_complex), [n, n])
  end function eig_ref_v

  !> Bit-for-bit equality (NaN included) of complex numbers.
  elemental logical function same_z(x, y)
    complex(c_double_complex), intent(in) :: x, y
    same_z = all(transfer(x, [0_c_int64_t], 2) == transfer(y, [0_c_int64_t], 2))
  end function same_z

  !> Whether msg contains every word of SciPy's message `want` (sciport says "a: expected a
  !> square matrix, got 2x3" for SciPy's "expected square matrix").
  logical function has_words(msg, want)
    character(len=*), intent(in) :: msg, want
    integer :: i, j
    has_words = len_trim(msg) > 0
    i = 1
    do while (i <= len_trim(want))
      j = index(want(i:), ' ')
      if (j == 0) j = len(want) - i + 2
      if (j > 1) has_words = has_words .and. index(msg, want(i:i + j - 2)) > 0
      i = i + j
    end do
  end function has_words

  !> min over |c| = 1 of |u - c v| (distance of eigenvectors up to a unit factor).
  real(c_double) function phase_dist(u, v)
    complex(c_double_complex), intent(in) :: u(:), v(:)
    complex(c_double_complex) :: d, c
    d = dot_product(u, v)   ! sum conjg(u) v
    c = (1, 0)
    if (abs(d) > 0) c = d / abs(d)
    phase_dist = norm2c(u * c - v)
  end function phase_dist

  real(c_double) function norm2c(z)
    complex(c_double_complex), intent(in) :: z(:)
    norm2c = sqrt(sum(real(z)**2 + aimag(z)**2))
  end function norm2c

  !> The index of the eig reference case called `name` (0 if none).
  integer function eig_case(name)
    character(len=*), intent(in) :: name
    integer :: i
    eig_case = 0
    do i = 1, ref_eig_ncase
      if (trim(ref_eig_name(i)) == name) eig_case = i
    end do
  end function eig_case

  !> Case i's a and (allocated only when the case has one) b, NaN/Inf patched in.
  subroutine eig_inputs(i, a, b)
    integer, intent(in) :: i
    real(c_double), allocatable, intent(out) :: a(:, :), b(:, :)
    a = lu_ref(ref_eig_a, ref_eig_a_off, ref_eig_a_shape, i)
    call lu_patch(a, ref_eig_a_off(i), ref_eig_a_special)
    if (ref_eig_has_b(i)) then
      b = lu_ref(ref_eig_b, ref_eig_b_off, ref_eig_b_shape, i)
      call lu_patch(b, ref_eig_b_off(i), ref_eig_b_special)
    end if
  end subroutine eig_inputs

  !> Every eig.json case through eigvals, eig (vl and vr; SciPy's default vr only;
  !> homogeneous as w(2, n) and as the flat w(2n)) and eigvals' homogeneous w(2, n):
  !> eigenvalues positionally within the generator's tol_w of SciPy's (relative to
  !> max(1, |A|_2)), inf where SciPy has inf, (alpha, beta) projectively as SciPy's,
  !> vectors within tol_v up to a unit factor where unique; for every non-empty case
  !> (singular pencils included) the invariants beta A v = alpha B v, beta vl^H A =
  !> alpha vl^H B (relative residual <= 1e-12), unit columns, beta real >= 0 (1 without
  !> b), w = alpha / beta, eigvals' w = eig's bit for bit. Errors: SciPy's status and
  !> the words of its message, outputs untouched, also with check_finite=.false. for NaN/Inf.
  subroutine test_linalg_eig_reference()
    real(c_double), allocatable :: a(:, :), b(:, :), bb(:, :)
    complex(c_double_complex), allocatable :: w(:), w2(:), w3(:), hf(:), hw(:, :), hw2(:, :), vl(:, :), &
        vr(:, :), vr2(:, :), sw(:), salpha(:), sbeta(:), svl(:, :), svr(:, :), r(:)
    complex(c_double_complex) :: al
    real(c_double) :: scale, worst_w, worst_h, worst_v, worst_res, worst_norm, be, d, na, nb, res
    integer :: i, j, k, n, nerr, nok, nvec, nsing
    integer(c_int32_t) :: st, st2, st3, st4
    logical :: ok, fin
    character(len=:), allocatable :: msg, msg2, msg3, msg4, tag
    nerr = 0
    nok = 0
    nvec = 0
    nsing = 0
    worst_res = 0
    worst_norm = 0
    do i = 1, ref_eig_ncase
      tag = 'eig('//trim(ref_eig_name(i))//')'
      call eig_inputs(i, a, b)
      n = ref_eig_a_shape(1, i)
      allocate (w(n), w2(n), w3(n), hf(2 * n), hw(2, n), hw2(2, n), vl(n, n), vr(n, n), vr2(n, n))
      w = 7
      w2 = 7
      hw = 7
      hf = 7
      vl = 7
      vr = 7
      if (ref_eig_status(i) /= 0) then
        nerr = nerr + 1
        ! an unallocated b is an absent optional argument (b = None)
        call sciport_linalg_eigvals(a, w, st, b, check_finite=ref_eig_check_finite(i), errmsg=msg)
        call sciport_linalg_eig(a, w2, st2, b, vl, vr, check_finite=ref_eig_check_finite(i), errmsg=msg2)
        call sciport_linalg_eig(a, hw, st3, b, vr=vr, errmsg=msg3)
        call sciport_linalg_eigvals(a, hf, st4, b, homogeneous_eigvals=.true., errmsg=msg4)
        call check(st == ref_eig_status(i) .and. has_words(msg, ref_eig_error(i)) .and. all(abs(w - 7) <= 0), &
            tag//': eigvals, SciPy''s error, w untouched: '//msg)
        call check(st2 == ref_eig_status(i) .and. has_words(msg2, ref_eig_error(i)) .and. all(abs(w2 - 7) <= 0) .and. &
            all(abs(vl - 7) <= 0) .and. all(abs(vr - 7) <= 0), tag//': eig, SciPy''s error, outputs untouched: '//msg2)
        call check(st3 == ref_eig_status(i) .and. has_words(msg3, ref_eig_error(i)) .and. all(abs(hw - 7) <= 0) .and. &
            st4 == ref_eig_status(i) .and. has_words(msg4, ref_eig_error(i)) .and. all(abs(hf - 7) <= 0), &
            tag//': homogeneous w(2, n) / w(2n), SciPy''s error: '//msg3//' / '//msg4)
        if (ref_eig_status(i) == SCIPORT_ERR_INVALID_ARGUMENT) then
          ! NaN/Inf fails even with check_finite=False (SciPy raises either way)
          call sciport_linalg_eig(a, w2, st, b, vr=vr, check_finite=.false., errmsg=msg)
          call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. all(abs(w2 - 7) <= 0) .and. &
              all(abs(vr - 7) <= 0), tag//': check_finite=.false. still rejects NaN/Inf: '//msg)
        end if
        deallocate (w, w2, w3, hf, hw, hw2, vl, vr, vr2)
        cycle
      end if
      nok = nok + 1
      ! scipy.linalg.eigvals(a, b); eig(a, b, left=True, right=True); eig(a, b) -> (w, vr)
      call sciport_linalg_eigvals(a, w, st, b, check_finite=ref_eig_check_finite(i), errmsg=msg)
      call check(st == SCIPORT_OK, tag//': eigvals '//msg)
      call sciport_linalg_eig(a, w2, st, b, vl, vr, check_finite=ref_eig_check_finite(i), errmsg=msg)
      call check(st == SCIPORT_OK, tag//': eig left=True, right=True '//msg)
      call sciport_linalg_eig(a, w3, st, b, vr=vr2)
      call check(st == SCIPORT_OK, tag//': eig, SciPy''s default (w, vr)')
      call check(all(same_z(w, w2)) .and. all(same_z(w, w3)), tag//': eigvals'' w = eig''s, bit for bit')
      call check(all(same_z(vr, vr2)), tag//': vr without vl = vr with it')
      ! homogeneous_eigvals=True: w(2, n) = [alpha; beta] (eig and eigvals) and the flat w(2n)
      call sciport_linalg_eig(a, hw, st, b, vl, vr2, homogeneous_eigvals=.true., errmsg=msg)
      call sciport_linalg_eigvals(a, hw2, st2, b)
      call sciport_linalg_eig(a, hf, st3, b, homogeneous_eigvals=.true.)
      call check(st == SCIPORT_OK .and. st2 == SCIPORT_OK .and. st3 == SCIPORT_OK .and. all(same_z(hw, hw2)) &
          .and. all(same_z(hw(1, :), hf(1:n))) .and. all(same_z(hw(2, :), hf(n + 1:))), &
          tag//': homogeneous w(2, n) (eig, eigvals) = flat w(2n) '//msg)
      if (n == 0) then
        deallocate (w, w2, w3, hf, hw, hw2, vl, vr, vr2)
        cycle
      end if
      ! beta real >= 0 (1 for the standard problem); w = alpha / beta, inf (NaN) for beta = 0
      ok = .true.
      do j = 1, n
        be = real(hw(2, j))
        ok = ok .and. abs(aimag(hw(2, j))) <= 0 .and. be >= 0
        if (.not. allocated(b)) ok = ok .and. abs(be - 1) <= 0
        if (be > 0) then
          ok = ok .and. abs(hw(1, j) / be - w(j)) <= 4 * epsilon(1d0) * abs(w(j))
        else if (abs(hw(1, j)) > 0) then
          ok = ok .and. real(w(j)) > huge(1d0) .and. abs(aimag(w(j))) <= 0
        else
          ok = ok .and. ieee_is_nan(real(w(j)))
        end if
      end do
      call check(ok, tag//': beta real >= 0 (1 without b), w = alpha / beta, inf for beta = 0')
      ! invariants: beta A vr = alpha B vr, beta vl^H A = alpha vl^H B, unit columns
      if (allocated(bb)) deallocate (bb)
      allocate (bb(n, n))
      if (allocated(b)) then
        bb(:, :) = b
      else
        bb(:, :) = eye(n)
      end if
      na = norm2(a)
      nb = norm2(bb)
      res = 0
      d = 0
      do j = 1, n
        al = hw(1, j)
        be = real(hw(2, j))
        r = be * matmul(a, vr(:, j)) - al * matmul(bb, vr(:, j))
        res = max(res, norm2c(r) / max((be * na + abs(al) * nb) * norm2c(vr(:, j)), tiny(1d0)))
        r = be * matmul(transpose(a), vl(:, j)) - conjg(al) * matmul(transpose(bb), vl(:, j))
        res = max(res, norm2c(r) / max((be * na + abs(al) * nb) * norm2c(vl(:, j)), tiny(1d0)))
        d = max(d, abs(norm2c(vr(:, j)) - 1), abs(norm2c(vl(:, j)) - 1))
      end do
      worst_res = max(worst_res, res)
      worst_norm = max(worst_norm, d)
      call check(res <= 1e-12_c_double, tag//': beta A vr = alpha B vr, beta vl^H A = alpha vl^H B')
      call check(d <= 1e-13_c_double, tag//': unit-norm vl, vr columns')
      call check(all(same_z(vr, vr2)), tag//': homogeneous: same vectors')
      if (.not. ref_eig_regular(i)) then
        ! a singular pencil: SciPy's eigenvalues are not determined, only the invariants hold
        nsing = nsing + 1
        deallocate (w, w2, w3, hf, hw, hw2, vl, vr, vr2)
        cycle
      end if
      ! SciPy's eigenvalues, positionally (sciport's order is SciPy's)
      sw = eig_ref_w(ref_eig_w_re, ref_eig_w_im, i, .true.)
      salpha = eig_ref_w(ref_eig_alpha_re, ref_eig_alpha_im, i, .false.)
      sbeta = eig_ref_w(ref_eig_beta_re, ref_eig_beta_im, i, .false.)
      call sciport_linalg_norm(a, scale, st, ord='2')
      scale = max(1d0, scale)
      worst_w = 0
      ok = st == SCIPORT_OK
      do j = 1, n
        fin = ieee_is_finite(real(sw(j)))
        if (fin) then
          worst_w = max(worst_w, abs(w(j) - sw(j)) / scale)
        else
          ok = ok .and. .not. ieee_is_finite(real(w(j))) .and. abs(aimag(w(j))) <= 0
        end if
      end do
      call check(ok .and. worst_w <= ref_eig_tol_w(i), tag//': w as SciPy''s (in order), inf where SciPy''s')
      ! (alpha, beta) projectively: |a1 b2 - a2 b1| / (|(a1, b1)| |(a2, b2)|)
      worst_h = 0
      do j = 1, n
        d = abs(salpha(j) * hw(2, j) - hw(1, j) * sbeta(j)) / (norm2c([salpha(j), sbeta(j)]) * &
            norm2c(hw(:, j)))
        worst_h = max(worst_h, d)
      end do
      call check(worst_h <= ref_eig_tol_w(i), tag//': (alpha, beta) projectively as SciPy''s')
      if (ref_eig_vectors(i)) then
        nvec = nvec + 1
        svl = eig_ref_v(ref_eig_vl_re, ref_eig_vl_im, i, n)
        svr = eig_ref_v(ref_eig_vr_re, ref_eig_vr_im, i, n)
        worst_v = 0
        do k = 1, n
          worst_v = max(worst_v, phase_dist(vr(:, k), svr(:, k)), phase_dist(vl(:, k), svl(:, k)))
        end do
        call check(worst_v <= ref_eig_tol_v(i), tag//': vl, vr as SciPy''s up to a unit factor')
      end if
      deallocate (w, w2, w3, hf, hw, hw2, vl, vr, vr2)
    end do
    call check(ref_eig_ncase == 40 .and. nerr == 5 .and. nok == 35 .and. nsing == 2 .and. nvec > 20, &
        'eig: 40 reference cases, 5 errors, 2 singular pencils, vectors compared in '//trim(str(nvec)))
    if (worst_res > 1e-12_c_double .or. worst_norm > 1e-13_c_double) &
        print '(a, es9.2, a, es9.2)', '  eig: worst relative residual ', worst_res, ', worst | |v| - 1 | ', &
        worst_norm
  end subroutine test_linalg_eig_reference

  !> The optional outputs and their shapes, sections, empty matrices, bad input and the raw
  !> interface, on SciPy's "random 3x3" (a complex pair) and "generalized random 3" cases.
  subroutine test_linalg_eig_options()
    real(c_double), allocatable :: a(:, :), b(:, :), ab(:, :)
    real(c_double), target :: at(3, 3)
    real(c_double) :: big(5, 6), a0(0, 0), b2(2, 2), b23(2, 3), a23(2, 3)
    complex(c_double_complex) :: w(3), wr(3), vl(3, 3), vr(3, 3), vl2(3, 3), hw(2, 3), hwr(2, 3), w6(6)
    complex(c_double_complex) :: outv(3, 5), outl(4, 3), hbig(4, 3), w2(2), w4(4), hw33(3, 3), hw24(2, 4)
    complex(c_double_complex) :: v32(3, 2), v43(4, 3), w0(0), v00(0, 0), hw0(2, 0), v22(2, 2)
    complex(c_double_complex), target :: vrt(3, 3), wc(3)
    type(sciport_cmat), target :: vrv
    type(c_ptr) :: err
    integer :: i, ig
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    i = eig_case('random 3x3')
    ig = eig_case('generalized random 3')
    call check(i > 0 .and. ig > 0, 'eig: the random 3x3 and generalized random 3 cases exist')
    if (i == 0 .or. ig == 0) return
    call eig_inputs(i, a, b)
    call sciport_linalg_eig(a, wr, st, vl=vl, vr=vr, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(abs(eig_ref_w(ref_eig_w_re, ref_eig_w_im, i, .false.) - wr) <= &
        ref_eig_tol_w(i) * 10) .and. any(abs(aimag(wr)) > 0), 'eig(random 3x3): a complex pair '//msg)
    ! left=True, right=False -> (w, vl); left=False, right=False -> w (= eigvals)
    w = 7
    vl2 = 7
    call sciport_linalg_eig(a, w, st, vl=vl2)
    call check(st == SCIPORT_OK .and. all(same_z(w, wr)) .and. all(same_z(vl2, vl)), 'eig: vl only (w, vl)')
    w = 7
    call sciport_linalg_eig(a, w, st)
    call check(st == SCIPORT_OK .and. all(same_z(w, wr)), 'eig: neither vl nor vr is eigvals')
    ! sections: a non-contiguous a (copied in), vr a contiguous column block (written in
    ! place, the other columns untouched), vl a non-contiguous section, hw a row section
    big = 100
    big(2:4, 3:5) = a
    outv = 7
    outl = 7
    hbig = 7
    call sciport_linalg_eig(big(2:4, 3:5), w, st, vl=outl(2:4, :), vr=outv(:, 2:4))
    call check(st == SCIPORT_OK .and. all(same_z(w, wr)) .and. all(same_z(outv(:, 2:4), vr)) .and. &
        all(abs(outv(:, [1, 5]) - 7) <= 0) .and. all(same_z(outl(2:4, :), vl)) .and. all(abs(outl(1, :) - 7) <= 0), &
        'eig on sections: only the blocks are written')
    call sciport_linalg_eig(a, hbig(2:3, :), st, vr=outv(:, 1:3))
    call check(st == SCIPORT_OK .and. all(same_z(hbig(2, :), wr)) .and. all(abs(hbig(3, :) - 1) <= 0) .and. &
        all(abs(hbig([1, 4], :) - 7) <= 0), 'eig: homogeneous w(2, n) as a row section, beta = 1')
    ! wrong output sizes: SCIPORT_ERR_DIMENSION_MISMATCH, nothing written
    w2 = 7
    w4 = 7
    w6 = 7
    vr = 7
    call sciport_linalg_eig(a, w2, st, vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(w2 - 7) <= 0) .and. all(abs(vr - 7) <= 0), &
        'eig: w(2) for n = 3: '//msg)
    call sciport_linalg_eigvals(a, w4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(w4 - 7) <= 0), &
        'eigvals: w(4) for n = 3: '//msg)
    call sciport_linalg_eig(a, w6, st, vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(w6 - 7) <= 0) .and. all(abs(vr - 7) <= 0), &
        'eig: w(2n) without homogeneous_eigvals: '//msg)
    w = 7
    call sciport_linalg_eigvals(a, w, st, homogeneous_eigvals=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(w - 7) <= 0), 'eigvals: w(n) with homogeneous_eigvals: '//msg)
    call sciport_linalg_eigvals(a, w6, st, homogeneous_eigvals=.true., errmsg=msg)
    call check(st == SCIPORT_OK .and. all(same_z(w6(1:3), wr)) .and. all(abs(w6(4:6) - 1) <= 0), &
        'eigvals: homogeneous flat w(2n) = [alpha, beta] '//msg)
    hw33 = 7
    hw24 = 7
    call sciport_linalg_eig(a, hw33, st, vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, '2 rows') .and. all(abs(hw33 - 7) <= 0) .and. &
        all(abs(vr - 7) <= 0), 'eig: w(3, n): '//msg)
    call sciport_linalg_eigvals(a, hw24, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(hw24 - 7) <= 0), &
        'eigvals: w(2, 4) for n = 3: '//msg)
    hw = 7
    call sciport_linalg_eig(a, hw, st, vr=vr, homogeneous_eigvals=.false., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. all(abs(hw - 7) <= 0) .and. all(abs(vr - 7) <= 0), &
        'eig: w(2, n) with homogeneous_eigvals=.false.: '//msg)
    call sciport_linalg_eigvals(a, hw, st, homogeneous_eigvals=.false., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. all(abs(hw - 7) <= 0), 'eigvals: w(2, n), homogeneous .false.')
    v32 = 7
    v43 = 7
    w = 7
    call sciport_linalg_eig(a, w, st, vr=v32, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(w - 7) <= 0) .and. all(abs(v32 - 7) <= 0), &
        'eig: vr 3 x 2: '//msg)
    call sciport_linalg_eig(a, w, st, vl=v43, vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(w - 7) <= 0) .and. all(abs(v43 - 7) <= 0) &
        .and. all(abs(vr - 7) <= 0), 'eig: vl 4 x 3: '//msg)
    ! bad input: NaN (also with check_finite=.false.), non-square a or b, b's shape
    ab = a
    ab(2, 3) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_eig(ab, w, st, vr=vr, check_finite=.false., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(w - 7) <= 0), &
        'eig: NaN, check_finite=.false.: '//msg)
    ab = a
    ab(1, 1) = ieee_value(1d0, ieee_negative_inf)
    call sciport_linalg_eigvals(a, hw, st, ab, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(hw - 7) <= 0), &
        'eigvals: -inf in b: '//msg)
    call sciport_linalg_eig(a(:, 1:2), w, st, vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. all(abs(w - 7) <= 0), &
        'eig: a 3 x 2: '//msg)
    call sciport_linalg_eig(a, w, st, a(1:2, :), vr=vr, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. all(abs(vr - 7) <= 0), &
        'eig: b 2 x 3: '//msg)
    call sciport_linalg_eigvals(a, w, st, b2, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'same shape') .and. all(abs(w - 7) <= 0), &
        'eigvals: b 2 x 2 for a 3 x 3: '//msg)
    ! empty a: empty results whatever b is
    call sciport_linalg_eig(a0, w0, st, vl=v00, vr=v00, errmsg=msg)
    call check(st == SCIPORT_OK, 'eig of a 0 x 0 matrix '//msg)
    call sciport_linalg_eig(a0, hw0, st, a0, vr=v00, errmsg=msg)
    call check(st == SCIPORT_OK, 'eig of 0 x 0 matrices, homogeneous w(2, 0) '//msg)
    b2 = 1
    call sciport_linalg_eigvals(a0, w0, st, b2, errmsg=msg)
    call check(st == SCIPORT_OK, 'eigvals of a 0 x 0 a with a 2 x 2 b '//msg)
    call sciport_linalg_eig(a0, w0, st, b23, vr=v00, errmsg=msg)
    call check(st == SCIPORT_OK, 'eig of a 0 x 0 a with a 2 x 3 b '//msg)
    v22 = 7
    call sciport_linalg_eig(a0, w0, st, vr=v22, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(v22 - 7) <= 0), 'eig: vr 2 x 2 for an empty a: '//msg)
    a23 = 1
    call sciport_linalg_eigvals(a23, w2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square'), 'eigvals: a 2 x 3: '//msg)
    ! the generalized case through the generic w(2, n): a vr = w b vr
    call eig_inputs(ig, a, b)
    call sciport_linalg_eig(a, w, st, b, vr=vr)
    call sciport_linalg_eig(a, hw, st, b, vr=vl2, homogeneous_eigvals=.true.)
    call sciport_linalg_eigvals(a, hwr, st, b, homogeneous_eigvals=.true.)
    call check(st == SCIPORT_OK .and. all(same_z(vr, vl2)) .and. all(same_z(hw, hwr)) .and. &
        all(abs(hw(1, :) / real(hw(2, :)) - w) <= 1e-14_c_double * abs(w)) .and. &
        near_c(reshape(matmul(a, vr), [9]), reshape(matmul(b, vr) * spread(w, 1, 3), [9])), &
        'eig(a, b): a vr = b vr diag(w), alpha / beta = w')
    ! the raw interface: a C-order (row-major) view of a, b NULL, vr a C-order cmat,
    ! vl NULL (right=True only)
    call eig_inputs(i, a, b)
    at = transpose(a)
    vrv = sciport_cmat_c_order(c_loc(vrt), 3_c_size_t, 3_c_size_t)
    err = c_null_ptr
    st = sciport_linalg_eig_c(sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        c_null_ptr, .true._c_bool, .false._c_bool, wc, 3_c_size_t, c_null_ptr, c_loc(vrv), err)
    call sciport_linalg_eig(a, w, st, vr=vr)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. all(same_z(wc, wr)) .and. &
        near_c(reshape(transpose(vrt), [9]), reshape(vr, [9])), 'raw eig: row-major a, C-order vr, vl NULL')
    st = sciport_linalg_eigvals_c(sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        c_null_ptr, .true._c_bool, .false._c_bool, wc, 2_c_size_t, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, 'raw eigvals: w_len 2')
    call sciport_error_free(err)
  end subroutine test_linalg_eig_options

  ! ---- linalg, scipy.linalg.hessenberg / polar ---------------------------------------
  ! Reference: the 54 cases of tests/reference/linalg/forms.json (SciPy 1.17.1), converted
  ! into test_forms_reference.inc by gen_forms_reference.py (ref_hess_*, ref_polar_*:
  ! layout in its docstring).

  !> max |x - y| relative to max |y| (1 when y is zero or empty), as the core's tests;
  !> huge when the shapes differ.
  real(c_double) function rel_dev(x, y)
    real(c_double), intent(in) :: x(:, :), y(:, :)
    real(c_double) :: scale
    rel_dev = huge(1d0)
    if (any(shape(x) /= shape(y))) return
    rel_dev = 0
    if (size(y) == 0) return
    scale = maxval(abs(y))
    if (.not. scale > 0) scale = 1
    rel_dev = maxval(abs(x - y)) / scale
  end function rel_dev

  !> Whether x is bit for bit y (same shape; NaN included).
  logical function same_m(x, y)
    real(c_double), intent(in) :: x(:, :), y(:, :)
    same_m = all(shape(x) == shape(y))
    if (same_m) same_m = all(transfer(x, [0_c_int64_t], size(x)) == transfer(y, [0_c_int64_t], size(y)))
  end function same_m

  !> Whether every element of x is the sentinel 7 (an output left untouched).
  logical function untouched(x)
    real(c_double), intent(in) :: x(:, :)
    untouched = all(abs(x - 7) <= 0)
  end function untouched

  !> Case i's input a of the hessenberg (hess = .true.) or polar reference, NaN/Inf patched in.
  function forms_a(hess, i) result(a)
    logical, intent(in) :: hess
    integer, intent(in) :: i
    real(c_double), allocatable :: a(:, :)
    if (hess) then
      a = lu_ref(ref_hess_a, ref_hess_a_off, ref_hess_a_shape, i)
      call lu_patch(a, ref_hess_a_off(i), ref_hess_a_special)
    else
      a = lu_ref(ref_polar_a, ref_polar_a_off, ref_polar_a_shape, i)
      call lu_patch(a, ref_polar_a_off(i), ref_polar_a_special)
    end if
  end function forms_a

  !> The index of the hessenberg (hess = .true.) or polar reference case called `name` (0 if none).
  integer function forms_case(hess, name)
    logical, intent(in) :: hess
    character(len=*), intent(in) :: name
    integer :: i
    forms_case = 0
    if (hess) then
      do i = 1, ref_hess_ncase
        if (trim(ref_hess_name(i)) == name) forms_case = i
      end do
    else
      do i = 1, ref_polar_ncase
        if (trim(ref_polar_name(i)) == name) forms_case = i
      end do
    end if
  end function forms_case

  !> Every hessenberg case of forms.json with and without q (SciPy's calc_q): H within
  !> 1e-12 and Q within the generator's tol_q of SciPy's (relative to their largest
  !> magnitude), H without q bit for bit H with it, H exactly zero below its subdiagonal,
  !> a = Q H Q^T and Q^T Q = I to 1e-13, order <= 2 unchanged with Q = I exactly; the
  !> error cases: SciPy's status and the words of its message, outputs untouched (and
  !> NaN/Inf accepted with check_finite = .false., propagating as in LAPACK).
  subroutine test_linalg_hessenberg_reference()
    real(c_double), allocatable :: a(:, :), h(:, :), q(:, :), h2(:, :), rh(:, :), rq(:, :)
    integer :: i, j, n, nerr, nsmall
    integer(c_int32_t) :: st, st2
    logical :: zero
    character(len=:), allocatable :: msg, msg2, tag
    nerr = 0
    nsmall = 0
    do i = 1, ref_hess_ncase
      tag = 'hessenberg('//trim(ref_hess_name(i))//')'
      a = forms_a(.true., i)
      n = size(a, 1)
      allocate (h(n, n), q(n, n), h2(n, n))
      h = 7
      q = 7
      h2 = 7
      call sciport_linalg_hessenberg(a, h, st, q, check_finite=ref_hess_check_finite(i), errmsg=msg)
      call sciport_linalg_hessenberg(a, h2, st2, check_finite=ref_hess_check_finite(i), errmsg=msg2)
      if (ref_hess_status(i) /= 0) then
        nerr = nerr + 1
        call check(st == ref_hess_status(i) .and. has_words(msg, ref_hess_error(i)) .and. untouched(h) .and. &
            untouched(q), tag//': calc_q, SciPy''s error, outputs untouched: '//msg)
        call check(st2 == ref_hess_status(i) .and. has_words(msg2, ref_hess_error(i)) .and. untouched(h2), &
            tag//': SciPy''s error, h untouched: '//msg2)
        if (ref_hess_status(i) == SCIPORT_ERR_INVALID_ARGUMENT) then
          ! check_finite=False: LAPACK runs on the NaN / Inf. In both cases (3 x 3, a(3, 1) = 0)
          ! the only reflector is the identity (dlarfg: x(2:) = 0 gives tau = 0), so H is a
          ! itself, NaN / Inf in place, and Q = I
          call sciport_linalg_hessenberg(a, h, st, q, check_finite=.false., errmsg=msg)
          call check(n == 3 .and. abs(a(3, 1)) <= 0 .and. st == SCIPORT_OK .and. same_m(h, a) .and. &
              all(abs(q - eye(n)) <= 0), tag//': check_finite=.false. runs: H = a, Q = I '//msg)
        end if
        deallocate (h, q, h2)
        cycle
      end if
      call check(st == SCIPORT_OK .and. st2 == SCIPORT_OK, tag//': status '//msg//msg2)
      call check(same_m(h, h2), tag//': H without q = H with q, bit for bit')
      rh = lu_ref(ref_hess_h, ref_hess_h_off, ref_hess_a_shape, i)
      rq = lu_ref(ref_hess_q, ref_hess_h_off, ref_hess_a_shape, i)
      call check(rel_dev(h, rh) <= 1e-12_c_double, tag//': H as SciPy''s')
      call check(rel_dev(q, rq) <= ref_hess_tol_q(i), tag//': Q as SciPy''s (tol_q)')
      zero = .true.
      do j = 1, n - 2
        zero = zero .and. all(abs(h(j + 2:, j)) <= 0)
      end do
      call check(zero, tag//': H exactly zero below the subdiagonal')
      if (n > 0) then
        call check(rel_dev(matmul(q, matmul(h, transpose(q))), a) <= 1e-13_c_double, tag//': a = Q H Q^T')
        call check(rel_dev(matmul(transpose(q), q), eye(n)) <= 1e-13_c_double, tag//': Q^T Q = I')
      end if
      if (n <= 2) then
        nsmall = nsmall + 1
        call check(same_m(h, a) .and. all(abs(q - eye(n)) <= 0), tag//': order <= 2: H = a, Q = I exactly')
      end if
      deallocate (h, q, h2)
    end do
    call check(ref_hess_ncase == 17 .and. nerr == 3 .and. nsmall == 3, &
        'hessenberg: 17 reference cases, 3 errors, 3 of order <= 2')
  end subroutine test_linalg_hessenberg_reference

  !> Every polar case of forms.json (side as SciPy's, 'right' also with side absent):
  !> u and p within 1e-12 of SciPy's (relative to their largest magnitude) where a has
  !> full rank; for rank-deficient a (u not determined) p only, which is unique
  !> (sqrt(a^T a) / sqrt(a a^T)); for every non-empty case a = u p ('right') or p u
  !> ('left') and u's orthonormal columns (m >= n) or rows to 1e-13, p symmetric to
  !> 1e-15 and positive semidefinite (eigvalsh); the error cases: SciPy's status and the
  !> words of its message, outputs untouched.
  subroutine test_linalg_polar_reference()
    real(c_double), allocatable :: a(:, :), u(:, :), p(:, :), u2(:, :), p2(:, :), ru(:, :), rp(:, :), ev(:)
    integer :: i, m, n, k, nerr, nrank, nempty
    integer(c_int32_t) :: st
    logical :: left, ok
    character(len=:), allocatable :: msg, tag, side
    nerr = 0
    nrank = 0
    nempty = 0
    do i = 1, ref_polar_ncase
      tag = 'polar('//trim(ref_polar_name(i))//')'
      side = trim(ref_polar_side(i))
      left = side == 'left'
      a = forms_a(.false., i)
      m = size(a, 1)
      n = size(a, 2)
      k = n
      if (left) k = m
      allocate (u(m, n), p(k, k), u2(m, n), p2(k, k))
      u = 7
      p = 7
      call sciport_linalg_polar(a, u, p, st, side=side, errmsg=msg)
      if (ref_polar_status(i) /= 0) then
        nerr = nerr + 1
        ! SciPy says "`side` must be either 'right' or 'left'", sciport 'side: unknown name "up";
        ! accepted: right, left': compare the names
        if (ref_polar_status(i) == SCIPORT_ERR_UNKNOWN_NAME) then
          ok = has(msg, 'side') .and. has(msg, 'right') .and. has(msg, 'left') .and. has(msg, side)
        else
          ok = has_words(msg, ref_polar_error(i))
        end if
        call check(st == ref_polar_status(i) .and. ok .and. untouched(u) .and. untouched(p), &
            tag//': SciPy''s error, outputs untouched: '//msg)
        deallocate (u, p, u2, p2)
        cycle
      end if
      call check(st == SCIPORT_OK .and. ref_polar_p_order(i) == k, tag//': status '//msg)
      if (.not. left) then
        u2 = 7
        p2 = 7
        call sciport_linalg_polar(a, u2, p2, st)
        call check(st == SCIPORT_OK .and. same_m(u, u2) .and. same_m(p, p2), tag//': side absent = ''right''')
      end if
      ru = lu_ref(ref_polar_u, ref_polar_u_off, ref_polar_a_shape, i)
      rp = reshape(ref_polar_p(ref_polar_p_off(i) + 1:ref_polar_p_off(i + 1)), [k, k])
      if (ref_polar_unique(i)) then
        call check(rel_dev(u, ru) <= 1e-12_c_double, tag//': u as SciPy''s')
      else
        nrank = nrank + 1
      end if
      call check(rel_dev(p, rp) <= 1e-12_c_double, tag//': p as SciPy''s')
      if (m == 0 .or. n == 0) then
        nempty = nempty + 1
        deallocate (u, p, u2, p2)
        cycle
      end if
      if (left) then
        call check(rel_dev(matmul(p, u), a) <= 1e-13_c_double, tag//': a = p u')
      else
        call check(rel_dev(matmul(u, p), a) <= 1e-13_c_double, tag//': a = u p')
      end if
      if (m >= n) then
        call check(rel_dev(matmul(transpose(u), u), eye(n)) <= 1e-13_c_double, tag//': u^T u = I')
      else
        call check(rel_dev(matmul(u, transpose(u)), eye(m)) <= 1e-13_c_double, tag//': u u^T = I')
      end if
      call check(rel_dev(p, transpose(p)) <= 1e-15_c_double, tag//': p symmetric')
      allocate (ev(k))
      call sciport_linalg_eigvalsh(p, ev, st)
      call check(st == SCIPORT_OK .and. minval(ev) >= -1e-13_c_double * max(maxval(abs(ev)), 1d0), &
          tag//': p positive semidefinite')
      deallocate (u, p, u2, p2, ev)
    end do
    call check(ref_polar_ncase == 37 .and. nerr == 3 .and. nrank == 4 .and. nempty == 6, &
        'polar: 37 reference cases, 3 errors, 4 rank-deficient, 6 empty')
  end subroutine test_linalg_polar_reference

  !> hessenberg / polar: wrong output sizes, bad input (non-square, NaN / Inf, bad side),
  !> sections, empty matrices and the raw interfaces, on SciPy's "test_simple" (3 x 3) and
  !> "verify 4" (3 x 2), "random 5x12" cases.
  subroutine test_linalg_forms_options()
    real(c_double), allocatable :: a(:, :), ab(:, :), w(:, :)
    real(c_double) :: h(3, 3), q(3, 3), h2(3, 3), q2(3, 3), h22(2, 2), q32(3, 2), q44(4, 4), big(5, 6)
    real(c_double) :: outh(3, 5), outq(3, 4), a0(0, 0), e0(0, 0), u(3, 2), p(2, 2), pl(3, 3), u2(3, 2), &
        p2(2, 2), pl2(3, 3), u23(2, 3), p33(3, 3), p22(2, 2), outu(5, 2), outp(2, 4), u02(0, 2), p00(0, 0)
    real(c_double) :: uw(5, 12), pw(12, 12), pwl(5, 5), uw2(5, 12), pwl2(5, 5)
    real(c_double), target :: at(3, 3), ht(3, 3), wt(12, 5), uwt(12, 5), pwt(12, 12), pwlt(5, 5)
    character(kind=c_char), target :: left_c(5)
    type(c_ptr) :: err
    integer :: ih, ip, iw
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    ih = forms_case(.true., 'test_simple')
    ip = forms_case(.false., 'verify 4 right')
    iw = forms_case(.false., 'random 5x12 right')
    call check(ih > 0 .and. ip > 0 .and. iw > 0, 'forms: the test_simple, verify 4 and random 5x12 cases exist')
    if (ih == 0 .or. ip == 0 .or. iw == 0) return
    ! -- hessenberg
    a = forms_a(.true., ih)
    call sciport_linalg_hessenberg(a, h, st, q, errmsg=msg)
    call check(st == SCIPORT_OK .and. rel_dev(h, lu_ref(ref_hess_h, ref_hess_h_off, ref_hess_a_shape, ih)) <= &
        1e-12_c_double, 'hessenberg(test_simple) '//msg)
    ! wrong output shapes: SCIPORT_ERR_DIMENSION_MISMATCH, nothing written
    h2 = 7
    h22 = 7
    q32 = 7
    q44 = 7
    call sciport_linalg_hessenberg(a, h22, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(h22), 'hessenberg: h 2 x 2: '//msg)
    call sciport_linalg_hessenberg(a, h2, st, q32, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(h2) .and. untouched(q32), &
        'hessenberg: q 3 x 2: '//msg)
    call sciport_linalg_hessenberg(a, h2, st, q44, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(h2) .and. untouched(q44), 'hessenberg: q 4 x 4: '//msg)
    ! bad input: a not square, NaN / Inf (accepted with check_finite=.false.)
    call sciport_linalg_hessenberg(a(:, 1:2), h2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(h2), &
        'hessenberg: a 3 x 2: '//msg)
    call sciport_linalg_hessenberg(a(1:2, :), h22, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(h22), &
        'hessenberg: a 2 x 3: '//msg)
    ab = a
    ab(3, 2) = ieee_value(1d0, ieee_quiet_nan)
    q2 = 7
    call sciport_linalg_hessenberg(ab, h2, st, q2, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(h2) .and. &
        untouched(q2), 'hessenberg: NaN: '//msg)
    ab(3, 2) = ieee_value(1d0, ieee_negative_inf)
    call sciport_linalg_hessenberg(ab, h2, st, check_finite=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(h2), &
        'hessenberg: -inf: '//msg)
    ab(3, 2) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_hessenberg(ab, h2, st, q2, check_finite=.false., errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. all(ieee_is_finite(h2)), 'hessenberg: NaN, check_finite=.false. runs '//msg)
    ! sections: a non-contiguous a (copied in); h, q contiguous column blocks written in place
    big = 100
    big(2:4, 3:5) = a
    outh = 7
    outq = 7
    call sciport_linalg_hessenberg(big(2:4, 3:5), outh(:, 2:4), st, outq(:, 2:4))
    call check(st == SCIPORT_OK .and. same_m(outh(:, 2:4), h) .and. same_m(outq(:, 2:4), q) .and. &
        untouched(outh(:, [1, 5])) .and. untouched(outq(:, 1:1)), &
        'hessenberg on sections: only the blocks are written')
    ! empty: 0 x 0 results
    call sciport_linalg_hessenberg(a0, e0, st, e0, errmsg=msg)
    call check(st == SCIPORT_OK, 'hessenberg of a 0 x 0 matrix '//msg)
    call sciport_linalg_hessenberg(a0, h22, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(h22), 'hessenberg: h 2 x 2 for an empty a: '//msg)
    ! raw interface: a and h as C-order (row-major) views, q NULL (calc_q=False)
    at = transpose(a)
    ht = 7
    err = c_null_ptr
    st = sciport_linalg_hessenberg_c(sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, sciport_mat(c_loc(ht), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), c_null_ptr, err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. rel_dev(transpose(ht), h) <= 1e-15_c_double, &
        'raw hessenberg: row-major a and h, q NULL')
    st = sciport_linalg_hessenberg_c(sciport_mat(c_loc(at), 3_c_size_t, 2_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, sciport_mat(c_loc(ht), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), c_null_ptr, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, 'raw hessenberg: a 3 x 2')
    call sciport_error_free(err)
    err = c_null_ptr
    ! -- polar, on SciPy's 3 x 2 "verify 4": u(3, 2), p(2, 2) right, p(3, 3) left
    a = forms_a(.false., ip)
    call sciport_linalg_polar(a, u, p, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. rel_dev(u, lu_ref(ref_polar_u, ref_polar_u_off, ref_polar_a_shape, ip)) <= &
        1e-12_c_double, 'polar(verify 4): default side '//msg)
    call sciport_linalg_polar(a, u2, pl, st, side='left', errmsg=msg)
    call check(st == SCIPORT_OK .and. rel_dev(matmul(pl, u2), a) <= 1e-13_c_double .and. &
        rel_dev(u2, u) <= 1e-12_c_double, 'polar(verify 4, left): a = p u, the same u as right '//msg)
    call check(rel_dev(pl, matmul(u, matmul(p, transpose(u)))) <= 1e-13_c_double, &
        'polar: p_left = u p_right u^T')
    ! bad side: SciPy's names only, case-sensitive; nothing written
    u2 = 7
    p2 = 7
    call sciport_linalg_polar(a, u2, p2, st, side='up', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'up') .and. untouched(u2) .and. untouched(p2), &
        'polar: side ''up'': '//msg)
    call sciport_linalg_polar(a, u2, p2, st, side='Right', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. untouched(u2) .and. untouched(p2), 'polar: side ''Right'': '//msg)
    call sciport_linalg_polar(a, u2, p2, st, side='', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. untouched(u2) .and. untouched(p2), 'polar: side '''': '//msg)
    ! wrong output shapes
    u23 = 7
    p33 = 7
    pl2 = 7
    call sciport_linalg_polar(a, u23, p2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(u23) .and. untouched(p2), &
        'polar: u 2 x 3 for a 3 x 2: '//msg)
    call sciport_linalg_polar(a, u2, p33, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(u2) .and. untouched(p33), &
        'polar: right, p 3 x 3 (m x m): '//msg)
    p22 = 7
    call sciport_linalg_polar(a, u2, p22, st, side='left', errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(u2) .and. untouched(p22), &
        'polar: left, p 2 x 2 (n x n): '//msg)
    ! NaN / Inf: always an error (SciPy's svd checks them)
    ab = a
    ab(2, 1) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_polar(ab, u2, p2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(u2) .and. &
        untouched(p2), 'polar: NaN: '//msg)
    ab(2, 1) = ieee_value(1d0, ieee_positive_inf)
    call sciport_linalg_polar(ab, u2, pl2, st, side='left', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(u2) .and. &
        untouched(pl2), 'polar: inf, left: '//msg)
    ! sections: a non-contiguous a and u (copied in and out), p a contiguous column block
    big = 100
    big(2:4, 3:4) = a
    outu = 7
    outp = 7
    call sciport_linalg_polar(big(2:4, 3:4), outu(2:4, :), outp(:, 2:3), st)
    call check(st == SCIPORT_OK .and. same_m(outu(2:4, :), u) .and. same_m(outp(:, 2:3), p) .and. &
        untouched(outu([1, 5], :)) .and. untouched(outp(:, [1, 4])), 'polar on sections: only the blocks are written')
    ! empty: SciPy's shapes (a 0 x 2: u 0 x 2, p 2 x 2 right / 0 x 0 left)
    call sciport_linalg_polar(u02, u02, p2, st, errmsg=msg)
    call check(st == SCIPORT_OK, 'polar of a 0 x 2 matrix, right '//msg)
    call sciport_linalg_polar(u02, u02, p00, st, side='left', errmsg=msg)
    call check(st == SCIPORT_OK, 'polar of a 0 x 2 matrix, left '//msg)
    ! a wide a (5 x 12): u orthonormal rows, p 12 x 12 right, 5 x 5 left
    w = forms_a(.false., iw)
    call sciport_linalg_polar(w, uw, pw, st)
    call sciport_linalg_polar(w, uw2, pwl, st, side='left')
    call check(st == SCIPORT_OK .and. rel_dev(uw2, uw) <= 1e-12_c_double .and. &
        rel_dev(matmul(pwl, uw2), w) <= 1e-13_c_double, 'polar(random 5x12): left u = right u, a = p u')
    ! raw interface: row-major views, side NULL (= 'right') and "left"
    wt = transpose(w)
    uwt = 7
    pwt = 7
    st = sciport_linalg_polar_c(sciport_mat(c_loc(wt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        c_null_ptr, sciport_mat(c_loc(uwt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(pwt), 12_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. rel_dev(transpose(uwt), uw) <= 1e-15_c_double &
        .and. rel_dev(transpose(pwt), pw) <= 1e-15_c_double, 'raw polar: row-major views, side NULL = right')
    left_c = ['l', 'e', 'f', 't', c_null_char]
    pwl2 = 7
    st = sciport_linalg_polar_c(sciport_mat(c_loc(wt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        c_loc(left_c), sciport_mat(c_loc(uwt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(pwt), 12_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, &
        'raw polar: side "left" with a 12 x 12 p')
    call sciport_error_free(err)
    err = c_null_ptr
    st = sciport_linalg_polar_c(sciport_mat(c_loc(wt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        c_loc(left_c), sciport_mat(c_loc(uwt), 5_c_size_t, 12_c_size_t, 12_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(pwlt), 5_c_size_t, 5_c_size_t, 5_c_intptr_t, 1_c_intptr_t), err)
    pwl2 = transpose(pwlt)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. rel_dev(pwl2, pwl) <= 1e-15_c_double, &
        'raw polar: side "left", 5 x 5 p')
  end subroutine test_linalg_forms_options

  ! ---- linalg, scipy.linalg.expm ------------------------------------------------------
  ! Reference: the 30 cases of tests/reference/linalg/matfuncs.json (SciPy 1.17.1, exact
  ! exponentials by mpmath at 60 digits), converted into test_matfuncs_reference.inc by
  ! gen_matfuncs_reference.py (ref_expm_*: layout in its docstring).

  !> rel_dev over the entries where y is not NaN (x there must not be NaN either):
  !> max |x - y| relative to max |y| (1 when that is zero or there are none).
  real(c_double) function rel_dev_finite(x, y)
    real(c_double), intent(in) :: x(:, :), y(:, :)
    logical :: keep(size(y, 1), size(y, 2))
    real(c_double) :: scale
    rel_dev_finite = huge(1d0)
    if (any(shape(x) /= shape(y))) return
    keep = .not. ieee_is_nan(y)
    if (any(keep .and. ieee_is_nan(x))) return
    rel_dev_finite = 0
    if (.not. any(keep)) return
    scale = maxval(abs(y), mask=keep)
    if (.not. scale > 0) scale = 1
    rel_dev_finite = maxval(abs(x - y), mask=keep) / scale
  end function rel_dev_finite

  !> Case i's input a of the expm reference, NaN/Inf patched in.
  function expm_a(i) result(a)
    integer, intent(in) :: i
    real(c_double), allocatable :: a(:, :)
    a = reshape(ref_expm_a(ref_expm_a_off(i) + 1:ref_expm_a_off(i + 1)), [ref_expm_n(i), ref_expm_n(i)])
    call lu_patch(a, ref_expm_a_off(i), ref_expm_a_special)
  end function expm_a

  !> The index of the expm reference case called `name` (0 if none).
  integer function expm_case(name)
    character(len=*), intent(in) :: name
    integer :: i
    expm_case = 0
    do i = 1, ref_expm_ncase
      if (trim(ref_expm_name(i)) == name) expm_case = i
    end do
  end function expm_case

  !> Every expm case of matfuncs.json: exp(a) within the generator's tol of the exact
  !> exponential (mpmath, relative to its largest magnitude) where the case has one, and
  !> within tol + scipy_err of SciPy's result (SciPy itself is off by up to ~1e-12 on some
  !> cases); NaN exactly where SciPy has NaN (the NaN / Inf inputs are not an error);
  !> exact zeros outside the triangle of a triangular a, whose diagonal is exp(a(i, i))
  !> to 4 eps; a itself unchanged.
  subroutine test_linalg_expm_reference()
    real(c_double), allocatable :: a(:, :), a0(:, :), x(:, :), want(:, :), exact(:, :)
    integer :: i, j, n, nexact, nnan, ntri
    integer(c_int32_t) :: st
    logical :: below, above, zero, diag_ok
    character(len=:), allocatable :: msg, tag
    nexact = 0
    nnan = 0
    ntri = 0
    do i = 1, ref_expm_ncase
      tag = 'expm('//trim(ref_expm_name(i))//')'
      a = expm_a(i)
      a0 = a
      n = ref_expm_n(i)
      want = reshape(ref_expm_x(ref_expm_a_off(i) + 1:ref_expm_a_off(i + 1)), [n, n])
      call lu_patch(want, ref_expm_a_off(i), ref_expm_x_special)
      allocate (x(n, n))
      x = 7
      call sciport_linalg_expm(a, x, st, errmsg=msg)
      call check(st == SCIPORT_OK .and. len(msg) == 0, tag//': status '//msg)
      call check(same_m(a, a0), tag//': a unchanged')
      if (st /= SCIPORT_OK) then
        deallocate (x)
        cycle
      end if
      call check(all(ieee_is_nan(x) .eqv. ieee_is_nan(want)), tag//': NaN exactly where SciPy has NaN')
      if (any(ieee_is_nan(want))) nnan = nnan + 1
      call check(rel_dev_finite(x, want) <= ref_expm_tol(i) + ref_expm_scipy_err(i), &
          tag//': as SciPy''s (tol + scipy_err)')
      if (ref_expm_has_exact(i)) then
        nexact = nexact + 1
        exact = reshape(ref_expm_exact(ref_expm_exact_off(i) + 1:ref_expm_exact_off(i + 1)), [n, n])
        call check(rel_dev(x, exact) <= ref_expm_tol(i), tag//': as the exact exp(a) (mpmath, tol)')
      end if
      ! triangular a (NaN counts as nonzero): exp(a) keeps the triangle exactly
      below = .false.
      above = .false.
      do j = 1, n
        below = below .or. any(.not. abs(a(j + 1:, j)) <= 0)
        above = above .or. any(.not. abs(a(:j - 1, j)) <= 0)
      end do
      if (n >= 1 .and. .not. (below .and. above)) then
        zero = .true.
        diag_ok = .true.
        do j = 1, n
          if (.not. below) zero = zero .and. all(abs(x(j + 1:, j)) <= 0)
          if (.not. above) zero = zero .and. all(abs(x(:j - 1, j)) <= 0)
          diag_ok = diag_ok .and. abs(x(j, j) - exp(a(j, j))) <= 4 * epsilon(1d0) * exp(a(j, j))
        end do
        call check(zero, tag//': exact zeros outside the triangle of a triangular a')
        if (all(ieee_is_finite(a))) then
          ntri = ntri + 1
          call check(diag_ok, tag//': triangular a: diagonal exp(a(i, i)) to 4 eps')
        end if
      end if
      deallocate (x)
    end do
    call check(ref_expm_ncase == 30 .and. nexact == 24 .and. nnan == 3 .and. ntri == 10, &
        'expm: 30 reference cases, 24 with the exact exponential, 3 NaN / Inf, 10 finite triangular '// &
        trim(str(nexact))//' '//trim(str(nnan))//' '//trim(str(ntri)))
  end subroutine test_linalg_expm_reference

  !> expm: mathematics (exp(a) exp(-a) = I to 1e-10, exp(a^T) = exp(a)^T to 1e-13 and
  !> exp(2 a) = exp(a)^2 on a random 12 x 12 a that needs scaling; a rotation generator's
  !> exponential, the rotation), bad input (non-square, wrong output sizes, NaN / Inf give
  !> NaN and no error), sections, empty matrices and the raw interface (row-major views,
  !> in place), on SciPy's "burkardt 8 wikipedia" case (3 x 3).
  subroutine test_linalg_expm_options()
    integer, parameter :: n = 12
    real(c_double) :: r(n, n), er(n, n), erm(n, n), ert(n, n), er2(n, n), rot(2, 2), erot(2, 2)
    real(c_double) :: x(3, 3), x2(3, 3), x22(2, 2), x34(3, 4), x23(2, 3), x32(3, 2), big(5, 6), outx(3, 5), a0(0, 0), e0(0, 0)
    real(c_double), allocatable :: a(:, :), ab(:, :)
    real(c_double), target :: at(3, 3), xt(3, 3)
    type(c_ptr) :: err
    integer :: i, j, iw
    integer(c_int32_t) :: st
    real(c_double) :: t
    character(len=:), allocatable :: msg
    ! a deterministic random a, entries in [-2, 2] (1-norm ~ 12: needs scaling)
    do j = 1, n
      do i = 1, n
        r(i, j) = 2 * sin(12.9898_c_double * i + 78.233_c_double * j + 0.5_c_double * i * j)
      end do
    end do
    call sciport_linalg_expm(r, er, st, errmsg=msg)
    call check(st == SCIPORT_OK, 'expm(random 12 x 12) '//msg)
    call sciport_linalg_expm(-r, erm, st)
    call check(st == SCIPORT_OK .and. rel_dev(matmul(er, erm), eye(n)) <= 1e-10_c_double, &
        'expm: exp(a) exp(-a) = I (1e-10)')
    call sciport_linalg_expm(transpose(r), ert, st)
    call check(st == SCIPORT_OK .and. rel_dev(ert, transpose(er)) <= 1e-13_c_double, &
        'expm: exp(a^T) = exp(a)^T (1e-13)')
    call sciport_linalg_expm(2 * r, er2, st)
    call check(st == SCIPORT_OK .and. rel_dev(matmul(er, er), er2) <= 1e-11_c_double, &
        'expm: exp(2 a) = exp(a)^2 (1e-11)')
    ! exp([0 -t; t 0]) is the rotation by t
    t = 2.5_c_double
    rot = reshape([0d0, t, -t, 0d0], [2, 2])
    call sciport_linalg_expm(rot, erot, st)
    call check(st == SCIPORT_OK .and. rel_dev(erot, reshape([cos(t), sin(t), -sin(t), cos(t)], [2, 2])) <= &
        1e-14_c_double, 'expm: exp of a rotation generator is the rotation')
    iw = expm_case('burkardt 8 wikipedia')
    call check(iw > 0, 'expm: the burkardt 8 wikipedia case exists')
    if (iw == 0) return
    a = expm_a(iw)
    call sciport_linalg_expm(a, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. rel_dev(x, reshape(ref_expm_exact(ref_expm_exact_off(iw) + 1: &
        ref_expm_exact_off(iw + 1)), [3, 3])) <= ref_expm_tol(iw), 'expm(burkardt 8 wikipedia) '//msg)
    ! wrong output shapes: SCIPORT_ERR_DIMENSION_MISMATCH, nothing written
    x22 = 7
    x34 = 7
    call sciport_linalg_expm(a, x22, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(x22), 'expm: expa 2 x 2: '//msg)
    call sciport_linalg_expm(a, x34, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(x34), 'expm: expa 3 x 4: '//msg)
    ! a not square (SciPy: "expected a square matrix"), with expa of a's shape or n x n
    x2 = 7
    x23 = 7
    x32 = 7
    call sciport_linalg_expm(a(:, 1:2), x32, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(x32), &
        'expm: a 3 x 2, expa 3 x 2: '//msg)
    call sciport_linalg_expm(a(:, 1:2), x2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(x2), &
        'expm: a 3 x 2, expa 3 x 3: '//msg)
    call sciport_linalg_expm(a(1:2, :), x23, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(x23), &
        'expm: a 2 x 3, expa 2 x 3: '//msg)
    ! NaN / Inf: no check_finite in SciPy, not an error; a full a gives NaN everywhere
    ab = a
    ab(2, 3) = ieee_value(1d0, ieee_quiet_nan)
    x2 = 7
    call sciport_linalg_expm(ab, x2, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. len(msg) == 0 .and. all(ieee_is_nan(x2)), 'expm: NaN gives NaN, no error '//msg)
    ab(2, 3) = ieee_value(1d0, ieee_positive_inf)
    x2 = 7
    call sciport_linalg_expm(ab, x2, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(ieee_is_nan(x2)), 'expm: inf gives NaN, no error '//msg)
    ! sections: a non-contiguous a (copied in); expa a contiguous column block written in place
    big = 100
    big(2:4, 3:5) = a
    outx = 7
    call sciport_linalg_expm(big(2:4, 3:5), outx(:, 2:4), st)
    call check(st == SCIPORT_OK .and. same_m(outx(:, 2:4), x) .and. untouched(outx(:, [1, 5])), &
        'expm on sections: only the block is written')
    ! empty: 0 x 0 result
    call sciport_linalg_expm(a0, e0, st, errmsg=msg)
    call check(st == SCIPORT_OK, 'expm of a 0 x 0 matrix '//msg)
    x22 = 7
    call sciport_linalg_expm(a0, x22, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(x22), 'expm: expa 2 x 2 for an empty a: '//msg)
    ! raw interface: row-major views, then in place (expa = a, which the C API allows)
    at = transpose(a)
    xt = 7
    err = c_null_ptr
    st = sciport_linalg_expm_c(sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(xt), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. rel_dev(transpose(xt), x) <= 1e-15_c_double, &
        'raw expm: row-major a and expa')
    st = sciport_linalg_expm_c(sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(at), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t), err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. rel_dev(transpose(at), x) <= 1e-15_c_double, &
        'raw expm: in place')
    st = sciport_linalg_expm_c(sciport_mat(c_loc(at), 3_c_size_t, 2_c_size_t, 3_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(xt), 3_c_size_t, 2_c_size_t, 3_c_intptr_t, 1_c_intptr_t), err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, 'raw expm: a 3 x 2')
    call sciport_error_free(err)
  end subroutine test_linalg_expm_options

  ! ---- linalg, symmetric indefinite factorization (scipy.linalg.ldl) -------------
  ! Reference values (ref_ldl_*): test_ldl_reference.inc, converted from
  ! tests/reference/linalg/ldl.json (SciPy 1.17.1) by gen_ldl_reference.py.

  !> Case i's input a of the ldl reference, NaN/Inf patched in.
  function ldl_a(i) result(a)
    integer, intent(in) :: i
    real(c_double), allocatable :: a(:, :)
    a = lu_ref(ref_ldl_a, ref_ldl_a_off, ref_ldl_a_shape, i)
    call lu_patch(a, ref_ldl_a_off(i), ref_ldl_a_special)
  end function ldl_a

  !> The index of the ldl reference case called `name` (0 if none).
  integer function ldl_case(name)
    character(len=*), intent(in) :: name
    integer :: i
    ldl_case = 0
    do i = 1, ref_ldl_ncase
      if (trim(ref_ldl_name(i)) == name) ldl_case = i
    end do
  end function ldl_case

  !> The symmetric matrix whose lower (lower = .true.) or upper triangle is a's: the
  !> matrix an ldl of a factors (the other triangle is never read).
  function sym_from(a, lower) result(s)
    real(c_double), intent(in) :: a(:, :)
    logical, intent(in) :: lower
    real(c_double), allocatable :: s(:, :)
    integer :: i, j
    allocate (s(size(a, 1), size(a, 2)))
    do j = 1, size(a, 2)
      do i = 1, size(a, 1)
        if ((i >= j) .eqv. lower) then
          s(i, j) = a(i, j)
        else
          s(i, j) = a(j, i)
        end if
      end do
    end do
  end function sym_from

  !> Whether lu(perm + 1, :) is exactly unit lower (lower) or upper triangular.
  logical function ldl_unit_triangular(lu, perm, lower)
    real(c_double), intent(in) :: lu(:, :)
    integer(c_int64_t), intent(in) :: perm(:)
    logical, intent(in) :: lower
    integer :: i, j
    real(c_double) :: v
    ldl_unit_triangular = size(perm) == size(lu, 1)
    if (.not. ldl_unit_triangular) return
    do i = 1, size(lu, 1)
      do j = 1, size(lu, 2)
        v = lu(perm(i) + 1, j)
        if (i == j) then
          ldl_unit_triangular = ldl_unit_triangular .and. abs(v - 1) <= 0
        else if ((j > i) .eqv. lower) then
          ldl_unit_triangular = ldl_unit_triangular .and. abs(v) <= 0
        end if
      end do
    end do
  end function ldl_unit_triangular

  !> Whether d is exactly symmetric and block diagonal with 1 x 1 and 2 x 2 blocks
  !> (zero outside the tridiagonal band, no two consecutive nonzero subdiagonal entries).
  logical function ldl_block_diagonal(d)
    real(c_double), intent(in) :: d(:, :)
    integer :: i, j
    ldl_block_diagonal = same_m(d, transpose(d))
    do j = 1, size(d, 2)
      do i = 1, size(d, 1)
        if (abs(i - j) > 1) ldl_block_diagonal = ldl_block_diagonal .and. abs(d(i, j)) <= 0
      end do
    end do
    do i = 2, size(d, 1) - 1
      ldl_block_diagonal = ldl_block_diagonal .and. (abs(d(i, i - 1)) <= 0 .or. abs(d(i + 1, i)) <= 0)
    end do
  end function ldl_block_diagonal

  !> Every ldl case of ldl.json with SciPy's lower / check_finite (and again with the
  !> keywords absent where they are SciPy's defaults, bit for bit the same): perm exactly
  !> SciPy's, lu and d within 1e-12 of SciPy's relative to their largest magnitude (1e-9
  !> for n > 64, where LAPACK's blocked sytrf rounds differently, and the Hilbert
  !> matrix), lu(perm + 1, :) exactly unit triangular, d exactly symmetric block diagonal,
  !> a = lu d lu^T to 1e-12 (a's read triangle mirrored), a unchanged; the error cases:
  !> SciPy's status ("square" / the words of SciPy's NaN message), outputs untouched.
  subroutine test_linalg_ldl_reference()
    real(c_double), allocatable :: a(:, :), a0(:, :), lu(:, :), d(:, :), lu2(:, :), d2(:, :), rlu(:, :), &
        rd(:, :)
    integer(c_int64_t), allocatable :: perm(:), perm2(:)
    integer :: i, j, m, n, k, nerr, nblock, ndefault
    integer(c_int32_t) :: st, st2
    logical :: lower
    real(c_double) :: ftol
    character(len=:), allocatable :: msg, msg2, tag
    nerr = 0
    nblock = 0
    ndefault = 0
    do i = 1, ref_ldl_ncase
      tag = 'ldl('//trim(ref_ldl_name(i))//')'
      a = ldl_a(i)
      a0 = a
      m = size(a, 1)
      n = size(a, 2)
      k = m
      lower = ref_ldl_lower(i)
      allocate (lu(k, k), d(k, k), perm(k))
      lu = 7
      d = 7
      perm = -7
      call sciport_linalg_ldl(a, lu, d, perm, st, lower=lower, check_finite=ref_ldl_check_finite(i), errmsg=msg)
      call check(same_m(a, a0), tag//': a unchanged')
      if (ref_ldl_status(i) /= 0) then
        nerr = nerr + 1
        if (ref_ldl_status(i) == SCIPORT_ERR_DIMENSION_MISMATCH) then
          call check(st == ref_ldl_status(i) .and. has(msg, 'square'), tag//': SciPy''s error (square): '//msg)
        else
          call check(st == ref_ldl_status(i) .and. has_words(msg, ref_ldl_error(i)), tag//': SciPy''s error: '//msg)
        end if
        call check(untouched(lu) .and. untouched(d) .and. all(perm == -7), tag//': outputs untouched')
        deallocate (lu, d, perm)
        cycle
      end if
      call check(st == SCIPORT_OK .and. len(msg) == 0 .and. n == ref_ldl_n(i), tag//': status '//msg)
      if (st /= SCIPORT_OK) then
        deallocate (lu, d, perm)
        cycle
      end if
      ! SciPy's defaults (lower=True, check_finite=True) with the keywords absent
      if (lower .and. ref_ldl_check_finite(i)) then
        ndefault = ndefault + 1
        allocate (lu2(n, n), d2(n, n), perm2(n))
        lu2 = 7
        d2 = 7
        perm2 = -7
        call sciport_linalg_ldl(a, lu2, d2, perm2, st2, errmsg=msg2)
        call check(st2 == SCIPORT_OK .and. same_m(lu2, lu) .and. same_m(d2, d) .and. all(perm2 == perm), &
            tag//': keywords absent = lower, check_finite = .true., bit for bit '//msg2)
        deallocate (lu2, d2, perm2)
      end if
      call check(all(perm == ref_ldl_perm(ref_ldl_perm_off(i) + 1:ref_ldl_perm_off(i + 1))), &
          tag//': perm exactly SciPy''s')
      ftol = 1e-12_c_double
      if (n > 64 .or. index(ref_ldl_name(i), 'hilbert') == 1) ftol = 1e-9_c_double
      rlu = reshape(ref_ldl_lu(ref_ldl_x_off(i) + 1:ref_ldl_x_off(i + 1)), [n, n])
      rd = reshape(ref_ldl_d(ref_ldl_x_off(i) + 1:ref_ldl_x_off(i + 1)), [n, n])
      call check(rel_dev(lu, rlu) <= ftol, tag//': lu as SciPy''s')
      call check(rel_dev(d, rd) <= ftol, tag//': d as SciPy''s')
      call check(ldl_unit_triangular(lu, perm, lower), tag//': lu(perm + 1, :) unit triangular, exactly')
      call check(ldl_block_diagonal(d), tag//': d symmetric block diagonal, exactly')
      if (n >= 2) then
        if (any([(abs(d(j + 1, j)) > 0, j = 1, n - 1)])) nblock = nblock + 1
      end if
      if (n > 0) call check(rel_dev(matmul(lu, matmul(d, transpose(lu))), sym_from(a, lower)) <= 1e-12_c_double, &
          tag//': a = lu d lu^T (read triangle mirrored)')
      deallocate (lu, d, perm)
    end do
    call check(ref_ldl_ncase == 52 .and. nerr == 4 .and. ndefault == 23 .and. nblock > 10, &
        'ldl: 52 reference cases, 4 errors, 23 with SciPy''s defaults, 2 x 2 blocks in '//trim(str(nblock)))
  end subroutine test_linalg_ldl_reference

  !> ldl: mathematics (a = lu d lu^T for both triangles of a random symmetric indefinite
  !> 20 x 20; Sylvester's law of inertia: d has a's numbers of positive and negative
  !> eigenvalues (eigvalsh); a strongly diagonally dominant SPD matrix needs no pivoting,
  !> perm = 0..n-1 and lu d lu^T is its Cholesky factorization: lu = c / diag(c),
  !> diag(d) = diag(c)^2), only the read triangle matters (garbage, NaN included, in the
  !> other one with check_finite = .false.: bit for bit the same), bad input (non-square,
  !> wrong lu / d / perm sizes, NaN / Inf with check_finite, also in the unread triangle
  !> as SciPy's whole-array check), sections, empty matrices and the raw interface
  !> (row-major views), on SciPy's "test_simple b" case (4 x 4).
  subroutine test_linalg_ldl_options()
    integer, parameter :: n = 20
    real(c_double) :: r(n, n), lu(n, n), d(n, n), w(n), wd(n), c(n, n), s(n, n)
    real(c_double) :: lu4(4, 4), d4(4, 4), lu4b(4, 4), d4b(4, 4), lu3(3, 3), lu45(4, 5), d54(5, 4), &
        lu43(4, 3), d43(4, 3), big(6, 7), outl(4, 6), outd(5, 4), a0(0, 0), l0(0, 0), d0(0, 0), x22(2, 2)
    real(c_double), allocatable :: a(:, :), g(:, :), rlu(:, :), rd(:, :)
    real(c_double), target :: at(4, 4), lut(4, 4), dt(4, 4)
    integer(c_int64_t) :: perm(n), p4(4), p4b(4), p3(3), p5(5), p0(0)
    integer(c_int64_t), target :: pt(4)
    integer :: i, j, ib, upper
    integer(c_int32_t) :: st
    logical :: lower
    type(c_ptr) :: err
    character(len=:), allocatable :: msg
    ! a deterministic random symmetric indefinite a
    do j = 1, n
      do i = 1, n
        r(i, j) = sin(3.1_c_double * (i + j) + 0.7_c_double * i * j) + cos(1.3_c_double * i * j)
      end do
    end do
    do upper = 0, 1
      lower = upper == 0
      lu = 7
      d = 7
      perm = -7
      call sciport_linalg_ldl(r, lu, d, perm, st, lower=lower, errmsg=msg)
      call check(st == SCIPORT_OK .and. rel_dev(matmul(lu, matmul(d, transpose(lu))), r) <= 1e-12_c_double .and. &
          ldl_unit_triangular(lu, perm, lower) .and. ldl_block_diagonal(d), &
          'ldl(random symmetric 20 x 20, lower='//merge('T', 'F', lower)//'): a = lu d lu^T '//msg)
      call check(all([(count(perm == i), i = 0, n - 1)] == 1), 'ldl: perm is a permutation of 0..n-1')
      ! Sylvester: d = X a X^T with X = lu^-1 invertible has a's inertia
      call sciport_linalg_eigvalsh(r, w, st)
      call sciport_linalg_eigvalsh(d, wd, st, errmsg=msg)
      call check(st == SCIPORT_OK .and. count(w > 0) == count(wd > 0) .and. count(w < 0) == count(wd < 0) .and. &
          count(w > 0) > 0 .and. count(w < 0) > 0, 'ldl: d has a''s inertia (Sylvester) '//msg)
    end do
    ! strongly diagonally dominant SPD: no pivoting, the LDL^T of Cholesky
    s = r / 10
    do i = 1, n
      s(i, i) = n + i
    end do
    call sciport_linalg_ldl(s, lu, d, perm, st, errmsg=msg)
    call sciport_linalg_cholesky(s, c, st, lower=.true.)
    call check(st == SCIPORT_OK .and. all(perm == [(i, i = 0, n - 1)]), 'ldl(diagonally dominant SPD): perm = 0..n-1')
    do j = 1, n
      c(:, j) = c(:, j) / c(j, j)
    end do
    call check(rel_dev(lu, c) <= 1e-13_c_double, 'ldl(SPD): lu = c / diag(c) (Cholesky, lower)')
    call check(same_m(d, diag_of([(d(i, i), i = 1, n)])) .and. all([(d(i, i) > 0, i = 1, n)]), &
        'ldl(SPD): d diagonal (1 x 1 blocks), positive')
    call sciport_linalg_cholesky(s, c, st, lower=.true.)
    call check(rel_dev(d, diag_of([(c(i, i)**2, i = 1, n)])) <= 1e-13_c_double, 'ldl(SPD): d = diag(c)^2')
    ! upper: sytrf runs from the last column back, a = U D U^T is the lower
    ! factorization of the reversed matrix J a J, reversed: U = J L J, D = J D' J
    call sciport_linalg_ldl(s, lu, d, perm, st, lower=.false.)
    call sciport_linalg_cholesky(s(n:1:-1, n:1:-1), c, st, lower=.true.)
    do j = 1, n
      c(:, j) = c(:, j) / c(j, j)
    end do
    call check(st == SCIPORT_OK .and. all(perm == [(i, i = 0, n - 1)]) .and. &
        rel_dev(lu, c(n:1:-1, n:1:-1)) <= 1e-13_c_double, &
        'ldl(SPD, upper): perm = 0..n-1, lu = J L J with J a J = L diag L^T (Cholesky of the reversed a)')
    call sciport_linalg_cholesky(s(n:1:-1, n:1:-1), c, st, lower=.true.)
    call check(rel_dev(d, diag_of([(c(i, i)**2, i = n, 1, -1)])) <= 1e-13_c_double, &
        'ldl(SPD, upper): d = J diag(c)^2 J')
    ! only the read triangle matters: garbage (NaN, huge values) in the other one
    do upper = 0, 1
      lower = upper == 0
      g = r
      do j = 1, n
        do i = 1, n
          if (i /= j .and. ((i < j) .eqv. lower)) g(i, j) = 1e300_c_double * (i - j)
        end do
      end do
      if (lower) then
        g(1, n) = ieee_value(1d0, ieee_quiet_nan)
      else
        g(n, 1) = ieee_value(1d0, ieee_quiet_nan)
      end if
      call sciport_linalg_ldl(r, lu, d, perm, st, lower=lower)
      call sciport_linalg_ldl(g, c, s, p5(1:0), st, lower=lower, check_finite=.false., errmsg=msg)
      call check(st == SCIPORT_ERR_DIMENSION_MISMATCH, 'ldl: perm of size 0 for n = 20 '//msg)
      block
        real(c_double) :: lug(n, n), dg(n, n)
        integer(c_int64_t) :: pg(n)
        call sciport_linalg_ldl(g, lug, dg, pg, st, lower=lower, check_finite=.false., errmsg=msg)
        call check(st == SCIPORT_OK .and. same_m(lug, lu) .and. same_m(dg, d) .and. all(pg == perm), &
            'ldl: garbage and NaN in the unread triangle (check_finite=.false.): the same, bit for bit '//msg)
        ! with check_finite (SciPy checks the whole array): an error, outputs untouched
        lug = 7
        dg = 7
        pg = -7
        call sciport_linalg_ldl(g, lug, dg, pg, st, lower=lower, errmsg=msg)
        call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(lug) .and. &
            untouched(dg) .and. all(pg == -7), 'ldl: NaN in the unread triangle with check_finite: '//msg)
      end block
    end do
    ib = ldl_case('test_simple b lower')
    call check(ib > 0, 'ldl: the test_simple b lower case exists')
    if (ib == 0) return
    a = ldl_a(ib)
    rlu = reshape(ref_ldl_lu(ref_ldl_x_off(ib) + 1:ref_ldl_x_off(ib + 1)), [4, 4])
    rd = reshape(ref_ldl_d(ref_ldl_x_off(ib) + 1:ref_ldl_x_off(ib + 1)), [4, 4])
    call sciport_linalg_ldl(a, lu4, d4, p4, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. rel_dev(lu4, rlu) <= 1e-12_c_double .and. rel_dev(d4, rd) <= 1e-12_c_double &
        .and. all(p4 == ref_ldl_perm(ref_ldl_perm_off(ib) + 1:ref_ldl_perm_off(ib + 1))), 'ldl(test_simple b) '//msg)
    ! wrong output shapes / perm sizes: SCIPORT_ERR_DIMENSION_MISMATCH, nothing written
    lu3 = 7
    lu45 = 7
    d54 = 7
    lu4b = 7
    d4b = 7
    p4b = -7
    p3 = -7
    p5 = -7
    call sciport_linalg_ldl(a, lu3, d4b, p4b, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. untouched(lu3) .and. untouched(d4b) &
        .and. all(p4b == -7), 'ldl: lu 3 x 3: '//msg)
    call sciport_linalg_ldl(a, lu45, d4b, p4b, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(lu45) .and. untouched(d4b) .and. all(p4b == -7), &
        'ldl: lu 4 x 5: '//msg)
    call sciport_linalg_ldl(a, lu4b, d54, p4b, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(lu4b) .and. untouched(d54) .and. all(p4b == -7), &
        'ldl: d 5 x 4: '//msg)
    call sciport_linalg_ldl(a, lu4b, lu3, p4b, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(lu4b) .and. untouched(lu3) .and. all(p4b == -7), &
        'ldl: d 3 x 3: '//msg)
    call sciport_linalg_ldl(a, lu4b, d4b, p3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'perm') .and. untouched(lu4b) .and. &
        untouched(d4b) .and. all(p3 == -7), 'ldl: perm(3): '//msg)
    call sciport_linalg_ldl(a, lu4b, d4b, p5, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(lu4b) .and. untouched(d4b) .and. all(p5 == -7), &
        'ldl: perm(5): '//msg)
    ! a not square (SciPy: 'The input array "a" should be square.'), outputs of either size
    lu43 = 7
    d43 = 7
    call sciport_linalg_ldl(a(:, 1:3), lu4b, d4b, p4b, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(lu4b) .and. &
        untouched(d4b) .and. all(p4b == -7), 'ldl: a 4 x 3, outputs 4 x 4: '//msg)
    call sciport_linalg_ldl(a(:, 1:3), lu3, lu3, p3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(lu3) .and. &
        all(p3 == -7), 'ldl: a 4 x 3, outputs 3 x 3: '//msg)
    call sciport_linalg_ldl(a(1:3, :), lu43, d43, p3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square') .and. untouched(lu43) .and. &
        untouched(d43), 'ldl: a 3 x 4, outputs 4 x 3: '//msg)
    ! NaN / Inf in the read triangle: SCIPORT_ERR_INVALID_ARGUMENT with check_finite (both triangles)
    do upper = 0, 1
      lower = upper == 0
      g = a
      g(3, 3) = ieee_value(1d0, ieee_quiet_nan)
      call sciport_linalg_ldl(g, lu4b, d4b, p4b, st, lower=lower, errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. untouched(lu4b) .and. &
          untouched(d4b) .and. all(p4b == -7), 'ldl: NaN on the diagonal: '//msg)
      g(3, 3) = ieee_value(1d0, ieee_positive_inf)
      call sciport_linalg_ldl(g, lu4b, d4b, p4b, st, lower=lower, errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. untouched(lu4b) .and. untouched(d4b) .and. all(p4b == -7), &
          'ldl: inf on the diagonal: '//msg)
      g(3, 3) = ieee_value(1d0, ieee_negative_inf)
      call sciport_linalg_ldl(g, lu4b, d4b, p4b, st, lower=lower, errmsg=msg)
      call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. untouched(lu4b) .and. untouched(d4b) .and. all(p4b == -7), &
          'ldl: -inf on the diagonal: '//msg)
      ! check_finite = .false.: no error, the NaN propagates
      call sciport_linalg_ldl(g, lu4b, d4b, p4b, st, lower=lower, check_finite=.false., errmsg=msg)
      call check(st == SCIPORT_OK .and. .not. (all(ieee_is_finite(lu4b)) .and. all(ieee_is_finite(d4b))), &
          'ldl: check_finite=.false. with -inf runs, non-finite factors '//msg)
      lu4b = 7
      d4b = 7
      p4b = -7
    end do
    ! sections: a non-contiguous a (copied in); lu a contiguous column block written in place,
    ! d a row block (not contiguous: copied in and out by the compiler)
    big = 100
    big(2:5, 3:6) = a
    outl = 7
    outd = 7
    call sciport_linalg_ldl(big(2:5, 3:6), outl(:, 2:5), outd(2:5, :), p4b, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. same_m(outl(:, 2:5), lu4) .and. same_m(outd(2:5, :), d4) .and. &
        all(p4b == p4) .and. untouched(outl(:, [1, 6])) .and. untouched(outd(1:1, :)), &
        'ldl on sections: only the blocks are written '//msg)
    ! empty: 0 x 0 results
    call sciport_linalg_ldl(a0, l0, d0, p0, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. len(msg) == 0, 'ldl of a 0 x 0 matrix '//msg)
    call sciport_linalg_ldl(a0, l0, d0, p0, st, lower=.false., errmsg=msg)
    call check(st == SCIPORT_OK, 'ldl of a 0 x 0 matrix, upper '//msg)
    x22 = 7
    call sciport_linalg_ldl(a0, x22, d0, p0, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. untouched(x22), 'ldl: lu 2 x 2 for an empty a: '//msg)
    call sciport_linalg_ldl(a0, l0, d0, p3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH, 'ldl: perm(3) for an empty a: '//msg)
    ! raw interface: row-major views
    at = transpose(a)
    lut = 7
    dt = 7
    pt = -7
    err = c_null_ptr
    st = sciport_linalg_ldl_c(sciport_mat(c_loc(at), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, .true._c_bool, .true._c_bool, &
        sciport_mat(c_loc(lut), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(dt), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), pt, 4_c_size_t, err)
    call check(st == SCIPORT_OK .and. .not. c_associated(err) .and. same_m(transpose(lut), lu4) .and. &
        same_m(transpose(dt), d4) .and. all(pt == p4), 'raw ldl: row-major a, lu, d')
    st = sciport_linalg_ldl_c(sciport_mat(c_loc(at), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, .false._c_bool, .true._c_bool, &
        sciport_mat(c_loc(lut), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(dt), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), pt, 4_c_size_t, err)
    call check(st == SCIPORT_OK .and. same_m(transpose(lut), lu4) .and. all(pt == p4), &
        'raw ldl: hermitian = false is the same for real a')
    st = sciport_linalg_ldl_c(sciport_mat(c_loc(at), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, .true._c_bool, .true._c_bool, &
        sciport_mat(c_loc(lut), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(dt), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), pt, 3_c_size_t, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st, 'raw ldl: perm_len 3')
    call sciport_error_free(err)
    err = c_null_ptr
    st = sciport_linalg_ldl_c(sciport_mat(c_loc(at), 4_c_size_t, 3_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        .true._c_bool, .true._c_bool, .true._c_bool, &
        sciport_mat(c_loc(lut), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), &
        sciport_mat(c_loc(dt), 4_c_size_t, 4_c_size_t, 4_c_intptr_t, 1_c_intptr_t), pt, 4_c_size_t, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. sciport_error_code(err) == st .and. &
        has(sciport_c_string(sciport_error_message(err)), 'square'), 'raw ldl: a 4 x 3')
    call sciport_error_free(err)
  end subroutine test_linalg_ldl_options

  !> The diagonal matrix with diagonal v.
  function diag_of(v) result(x)
    real(c_double), intent(in) :: v(:)
    real(c_double), allocatable :: x(:, :)
    integer :: i
    allocate (x(size(v), size(v)))
    x = 0
    do i = 1, size(v)
      x(i, i) = v(i)
    end do
  end function diag_of

  !> An integer as a string (for check names).
  function str(k) result(s)
    integer, intent(in) :: k
    character(len=12) :: s
    write (s, '(i0)') k
  end function str

  ! ---- linalg, orthogonal factorizations (slice 2) --------------------------------
  ! Reference values (ref_*): test_reference.inc, written by gen_reference.py with
  ! SciPy 1.17.1; matrices there are in Fortran element order. Inputs M (4 x 3),
  ! W (3 x 4), D (3 x 3, rank 2), A (4 x 4), B (4 x 2), V (5).

  !> The upper triangle (trapezoid) of x, zeros below the diagonal.
  function triu(x) result(u)
    real(c_double), intent(in) :: x(:, :)
    real(c_double) :: u(size(x, 1), size(x, 2))
    integer :: j
    u = x
    do j = 1, size(x, 2)
      u(j + 1:, j) = 0
    end do
  end function triu

  !> The orthogonal projector q q^T onto the span of q's orthonormal columns.
  function projector(q) result(pq)
    real(c_double), intent(in) :: q(:, :)
    real(c_double) :: pq(size(q, 1), size(q, 1))
    pq = matmul(q, transpose(q))
  end function projector

  !> Q = H_1 ... H_k (m x m) from LAPACK geqrf's packed h(m, n) and tau(k).
  function householder_q(h, tau) result(q)
    real(c_double), intent(in) :: h(:, :), tau(:)
    real(c_double) :: q(size(h, 1), size(h, 1)), v(size(h, 1))
    integer :: i, m
    m = size(h, 1)
    q = eye(m)
    do i = 1, size(tau)
      v = 0
      v(i) = 1
      v(i + 1:) = h(i + 1:, i)
      q = q - tau(i) * matmul(matmul(q, reshape(v, [m, 1])), reshape(v, [1, m]))
    end do
  end function householder_q

  subroutine test_linalg_qr()
    real(c_double), target :: m(4, 3), q(4, 4), r(4, 3), qe(4, 3), re(3, 3), w(3, 4), qw(3, 3), rw(3, 4)
    real(c_double), target :: big(6, 5), outq(5, 6), outr(6, 4), mt(3, 4)
    integer(c_int64_t) :: p(3), p2(2)
    character(kind=c_char), target :: mode_r(2)
    type(sciport_mat) :: mv, rv
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    m = ref_m
    w = ref_w
    ! scipy.linalg.qr(M)
    call sciport_linalg_qr(m, r, st, q, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(q, ref_qr_q) .and. near_m(r, ref_qr_r), 'qr(M): Q, R as SciPy '//msg)
    call check(near_m(matmul(transpose(q), q), eye(4)) .and. near_m(matmul(q, r), m) .and. &
        all(abs(r - triu(r)) <= 0), 'qr(M): Q orthogonal, R upper, Q R = M')
    ! scipy.linalg.qr(M, mode='economic')
    call sciport_linalg_qr(m, re, st, qe, mode='economic', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(qe, ref_qr_eq) .and. near_m(re, ref_qr_er) .and. &
        near_m(matmul(transpose(qe), qe), eye(3)) .and. near_m(matmul(qe, re), m), 'qr economic '//msg)
    ! scipy.linalg.qr(M, mode='r'): explicitly and by leaving q out; 'qr' is 'full'
    r = 0
    call sciport_linalg_qr(m, r, st, mode='r')
    call check(st == SCIPORT_OK .and. near_m(r, ref_qr_r), 'qr mode=''r''')
    r = 0
    call sciport_linalg_qr(m, r, st)
    call check(st == SCIPORT_OK .and. near_m(r, ref_qr_r), 'qr without q is mode ''r''')
    q = 0
    call sciport_linalg_qr(m, r, st, q, mode='qr')
    call check(st == SCIPORT_OK .and. near_m(q, ref_qr_q) .and. near_m(r, ref_qr_r), 'qr mode=''qr'' = full')
    ! scipy.linalg.qr(W): a wide matrix
    call sciport_linalg_qr(w, rw, st, qw, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(qw, ref_qrw_q) .and. near_m(rw, ref_qrw_r) .and. &
        near_m(matmul(qw, rw), w), 'qr(W), 3 x 4 '//msg)
    ! scipy.linalg.qr(M, pivoting=True): p 0-based, M(:, p + 1) = Q R
    p = -1
    call sciport_linalg_qr(m, r, st, q, p, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(p == ref_qrp_p) .and. near_m(q, ref_qrp_q) .and. &
        near_m(r, ref_qrp_r), 'qr pivoting: Q, R, p = [2, 0, 1] as SciPy '//msg)
    call check(near_m(matmul(q, r), m(:, p + 1)) .and. abs(r(1, 1)) >= abs(r(2, 2)) .and. &
        abs(r(2, 2)) >= abs(r(3, 3)), 'qr pivoting: M(:, p + 1) = Q R, |diag R| decreasing')
    p = -1
    call sciport_linalg_qr(m, re, st, qe, p, mode='economic')
    call check(st == SCIPORT_OK .and. all(p == ref_qrp_p) .and. near_m(qe, ref_qrp_eq) .and. &
        near_m(re, ref_qrp_er), 'qr economic with pivoting')
    p = -1
    call sciport_linalg_qr(m, r, st, p=p)
    call check(st == SCIPORT_OK .and. all(p == ref_qrp_p) .and. near_m(r, ref_qrp_r), 'qr mode r with pivoting')
    ! array sections: a non-contiguous input (copied in by the compiler: -fcheck=all prints
    ! an "array temporary" warning) and outputs in column blocks of bigger arrays (contiguous,
    ! written in place); the rest of the arrays is untouched
    big = 100
    big(2:5, 2:4) = m
    outq = -7
    outr = -7
    call sciport_linalg_qr(m, outr(:, 2:4), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'qr: r with 6 rows for 4 x 3: '//msg)
    call sciport_linalg_qr(m, r, st, outq(:, 2:5), errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(outq + 7) <= 0), &
        'qr: q with 5 rows: mismatch, q untouched: '//msg)
    call sciport_linalg_qr(big(2:5, 2:4), r, st, outq(1:4, 2:5))
    call check(st == SCIPORT_OK .and. near_m(outq(1:4, 2:5), ref_qr_q) .and. near_m(r, ref_qr_r), &
        'qr on sections (q a non-contiguous output section)')
    outq(1:4, 2:5) = -7
    call check(all(abs(outq + 7) <= 0), 'qr: only the q section is written')
    ! the raw interface: a C-order (row-major) view of M, q = NULL for mode "r"
    mt = transpose(m)
    mode_r = ['r', c_null_char]
    mv = sciport_mat(c_loc(mt), 4_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    rv = sciport_mat(c_loc(r), 4_c_size_t, 3_c_size_t, 1_c_intptr_t, 4_c_intptr_t)
    r = 0
    err = c_null_ptr
    st = sciport_linalg_qr_c(mv, c_loc(mode_r), .false._c_bool, .true._c_bool, c_null_ptr, rv, &
        c_null_ptr, 0_c_size_t, err)
    call check(st == SCIPORT_OK .and. near_m(r, ref_qr_r) .and. .not. c_associated(err), &
        'raw qr: row-major view, q and p NULL')
    ! errors
    call sciport_linalg_qr(m, r, st, q, mode='thin', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'thin'), 'qr: unknown mode: '//msg)
    call sciport_linalg_qr(m, r, st, q, mode='raw', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'sciport_linalg_qr_raw'), 'qr: mode raw: '//msg)
    call sciport_linalg_qr(m, r, st, q, mode='r', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'qr: q given for mode r: '//msg)
    call sciport_linalg_qr(m, re, st, mode='economic', errmsg=msg)
    call check(st == SCIPORT_ERR_NULL_POINTER .and. len(msg) > 0, 'qr: economic without q: '//msg)
    call sciport_linalg_qr(m, re, st, q, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'qr: economic r with mode full: '//msg)
    call sciport_linalg_qr(m, r, st, q, p2, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'qr: p of length 2 for n = 3: '//msg)
    m(3, 2) = ieee_value(1d0, ieee_quiet_nan)
    q = 5
    r = 5
    call sciport_linalg_qr(m, r, st, q, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(q - 5) <= 0) .and. &
        all(abs(r - 5) <= 0), 'qr: NaN with check_finite, outputs untouched: '//msg)
  end subroutine test_linalg_qr

  subroutine test_linalg_qr_raw()
    real(c_double) :: m(4, 3), h(4, 3), tau(3), r(3, 3), q(4, 4)
    integer(c_int64_t) :: p(3)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    m = ref_m
    ! scipy.linalg.qr(M, mode='raw') -> ((h, tau), r)
    call sciport_linalg_qr_raw(m, h, tau, st, r, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(h, ref_raw_h) .and. near_r(tau, ref_raw_tau) .and. &
        near_m(r, ref_raw_r), 'qr_raw(M): h, tau, r as SciPy '//msg)
    q = householder_q(h, tau)
    call check(near_m(matmul(transpose(q), q), eye(4)) .and. near_m(matmul(q(:, 1:3), triu(h(1:3, :))), m), &
        'qr_raw: H_1 H_2 H_3 orthogonal, Q R = M')
    h = 0
    tau = 0
    call sciport_linalg_qr_raw(m, h, tau, st)
    call check(st == SCIPORT_OK .and. near_m(h, ref_raw_h) .and. near_r(tau, ref_raw_tau), 'qr_raw without r')
    ! scipy.linalg.qr(M, mode='raw', pivoting=True)
    call sciport_linalg_qr_raw(m, h, tau, st, p=p, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(h, ref_rawp_h) .and. near_r(tau, ref_rawp_tau) .and. &
        all(p == ref_rawp_p), 'qr_raw with pivoting '//msg)
    q = householder_q(h, tau)
    call check(near_m(matmul(q(:, 1:3), triu(h(1:3, :))), m(:, p + 1)), 'qr_raw pivoting: M(:, p + 1) = Q R')
    call sciport_linalg_qr_raw(m, h, tau(1:2), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'qr_raw: tau too short: '//msg)
    call sciport_linalg_qr_raw(m, h(:, 1:2), tau, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'qr_raw: h of the wrong shape: '//msg)
    m(1, 1) = ieee_value(1d0, ieee_positive_inf)
    call sciport_linalg_qr_raw(m, h, tau, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'qr_raw: inf: '//msg)
    call sciport_linalg_qr_raw(m, h, tau, st, check_finite=.false., errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. all(abs(h) <= huge(1d0)), &
        'qr_raw: check_finite=.false. skips the check (non-finite h) '//msg)
  end subroutine test_linalg_qr_raw

  subroutine test_linalg_rq()
    real(c_double) :: m(4, 3), w(3, 4), r(4, 3), q(3, 3), rw(3, 4), qw(4, 4), rwe(3, 3), qwe(3, 4)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: i, j
    logical :: trap
    m = ref_m
    w = ref_w
    ! scipy.linalg.rq(M), rq(M, mode='economic') (k = n: the same shapes)
    call sciport_linalg_rq(m, r, st, q, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(r, ref_rq_r) .and. near_m(q, ref_rq_q), 'rq(M) as SciPy '//msg)
    trap = .true.
    do j = 1, 3
      do i = 1, 4
        if (j - i < 3 - 4) trap = trap .and. abs(r(i, j)) <= 0
      end do
    end do
    call check(trap .and. near_m(matmul(r, q), m) .and. near_m(matmul(q, transpose(q)), eye(3)), &
        'rq(M): R upper trapezoidal, R Q = M, Q orthogonal')
    call sciport_linalg_rq(m, r, st, q, mode='economic')
    call check(st == SCIPORT_OK .and. near_m(r, ref_rqe_r) .and. near_m(q, ref_rqe_q), 'rq(M, economic)')
    ! scipy.linalg.rq(W), rq(W, mode='economic')
    call sciport_linalg_rq(w, rw, st, qw)
    call check(st == SCIPORT_OK .and. near_m(rw, ref_rqw_r) .and. near_m(qw, ref_rqw_q) .and. &
        near_m(matmul(rw, qw), w), 'rq(W): R 3 x 4, Q 4 x 4')
    call sciport_linalg_rq(w, rwe, st, qwe, mode='economic', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(rwe, ref_rqwe_r) .and. near_m(qwe, ref_rqwe_q) .and. &
        near_m(matmul(rwe, qwe), w) .and. near_m(matmul(qwe, transpose(qwe)), eye(3)), 'rq(W, economic) '//msg)
    rw = 0
    call sciport_linalg_rq(w, rw, st)
    call check(st == SCIPORT_OK .and. near_m(rw, ref_rqw_r), 'rq without q is mode ''r''')
    call sciport_linalg_rq(w, rw, st, qw, mode='raw', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'raw'), 'rq: mode raw is unknown: '//msg)
    call sciport_linalg_rq(w, rw, st, qw, mode='r', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'rq: q given for mode r: '//msg)
    call sciport_linalg_rq(w, rwe, st, qw, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'rq: economic r with mode full: '//msg)
    w(2, 2) = ieee_value(1d0, ieee_quiet_nan)
    qw = 3
    call sciport_linalg_rq(w, rw, st, qw, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(qw - 3) <= 0), &
        'rq: NaN with check_finite: '//msg)
  end subroutine test_linalg_rq

  subroutine test_linalg_lstsq()
    real(c_double) :: m(4, 3), b(4, 2), x(3, 2), res(2), s(3), x1(3), r1, d(3, 3), x3(3), b3(3, 2), x4(4, 2)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: nres, rk
    m = ref_m
    b = ref_b
    ! scipy.linalg.lstsq(M, B) -> x, residues, rank, s
    call sciport_linalg_lstsq(m, b, x, st, res, nres, rk, s, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_ls_x) .and. nres == 2 .and. near_r(res, ref_ls_res) .and. &
        rk == ref_ls_rank .and. near_r(s, ref_ls_s), 'lstsq(M, B): x, residues, rank 3, s '//msg)
    call check(near_m(matmul(transpose(m), matmul(m, x) - b), 0 * x) .and. &
        near_r(res, sum((matmul(m, x) - b)**2, dim=1)), 'lstsq: normal equations, residues = |M x - B|^2')
    ! scipy.linalg.lstsq(M, B[:, 0]): a vector b, scalar residues
    call sciport_linalg_lstsq(m, b(:, 1), x1, st, r1, nres, rk)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_ls1_x) .and. nres == 1 .and. &
        abs(r1 - ref_ls1_res) <= tol * 2 .and. rk == 3, 'lstsq with a vector b')
    x1 = 0
    call sciport_linalg_lstsq(m, b(:, 1), x1, st)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_ls1_x), 'lstsq without the optional outputs')
    ! scipy.linalg.lstsq(D, [1, 2, 3]): rank 2, no residues (SciPy's empty array)
    d = ref_d
    r1 = -9
    call sciport_linalg_lstsq(d, [1d0, 2d0, 3d0], x3, st, r1, nres, rk, s, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(x3, ref_lsd_x) .and. nres == 0 .and. abs(r1 + 9) <= 0 .and. &
        rk == ref_lsd_rank .and. near_r(s, ref_lsd_s), 'lstsq rank-deficient: minimum norm x, no residues '//msg)
    ! scipy.linalg.lstsq(M, B, cond=0.05), lstsq(M, B, lapack_driver='gelsy')
    res = -9
    call sciport_linalg_lstsq(m, b, x, st, res, nres, rk, cond=0.05d0)
    call check(st == SCIPORT_OK .and. near_m(x, ref_lsc_x) .and. rk == ref_lsc_rank .and. nres == 0 .and. &
        all(abs(res + 9) <= 0), 'lstsq cond=0.05: rank 2')
    call sciport_linalg_lstsq(m, b, x, st, res, nres, lapack_driver='gelsy', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_lsy_x) .and. nres == 0, 'lstsq gelsy: no residues '//msg)
    call sciport_linalg_lstsq(m, b, x, st, lapack_driver='gelss')
    call check(st == SCIPORT_OK .and. near_m(x, ref_ls_x), 'lstsq gelss')
    ! errors
    b3 = 1
    call sciport_linalg_lstsq(m, b3, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'Shape mismatch'), 'lstsq: b rows /= m: '//msg)
    call sciport_linalg_lstsq(m, b, x4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lstsq: x rows /= n: '//msg)
    call sciport_linalg_lstsq(m, b, x, st, res(1:1), errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lstsq: residues too short: '//msg)
    call sciport_linalg_lstsq(m, b, x, st, s=s(1:2), errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'lstsq: s too short: '//msg)
    call sciport_linalg_lstsq(m, b, x, st, lapack_driver='gelsq', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'gelsq'), 'lstsq: unknown lapack_driver: '//msg)
    b(2, 1) = ieee_value(1d0, ieee_quiet_nan)
    x = 4
    rk = -1
    call sciport_linalg_lstsq(m, b, x, st, rank=rk, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(x - 4) <= 0) .and. &
        rk == 0, 'lstsq: NaN in b: x untouched, rank 0: '//msg)
  end subroutine test_linalg_lstsq

  subroutine test_linalg_pinv()
    real(c_double) :: m(4, 3), ap(3, 4), d(3, 3), dp(3, 3), wrong(4, 3)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: rk
    m = ref_m
    d = ref_d
    ! scipy.linalg.pinv(M): the Penrose conditions
    call sciport_linalg_pinv(m, ap, st, rk, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(ap, ref_pinv_m) .and. rk == 3, 'pinv(M) as SciPy, rank 3 '//msg)
    call check(near_m(matmul(m, matmul(ap, m)), m) .and. near_m(matmul(ap, matmul(m, ap)), ap) .and. &
        near_m(matmul(ap, m), eye(3)), 'pinv(M): M M+ M = M, M+ M M+ = M+, M+ M = I')
    ! scipy.linalg.pinv(D, return_rank=True)
    call sciport_linalg_pinv(d, dp, st, rk)
    call check(st == SCIPORT_OK .and. near_m(dp, ref_pinv_d) .and. rk == ref_pinv_d_rank .and. &
        near_m(matmul(d, matmul(dp, d)), d), 'pinv(D): rank 2')
    ! scipy.linalg.pinv(M, atol=0.5), pinv(M, rtol=0.05)
    call sciport_linalg_pinv(m, ap, st, rk, atol=0.5d0)
    call check(st == SCIPORT_OK .and. near_m(ap, ref_pinv_atol) .and. rk == ref_pinv_atol_rank, 'pinv atol=0.5')
    ap = 0
    call sciport_linalg_pinv(m, ap, st, rk, rtol=0.05d0)
    call check(st == SCIPORT_OK .and. near_m(ap, ref_pinv_rtol) .and. rk == ref_pinv_rtol_rank, 'pinv rtol=0.05')
    ap = 0
    call sciport_linalg_pinv(m, ap, st)
    call check(st == SCIPORT_OK .and. near_m(ap, ref_pinv_m), 'pinv without rank')
    call sciport_linalg_pinv(m, ap, st, atol=-1d0, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'must be positive'), 'pinv: negative atol: '//msg)
    call sciport_linalg_pinv(m, wrong, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'pinv: output not n x m: '//msg)
    m(4, 3) = ieee_value(1d0, ieee_negative_inf)
    call sciport_linalg_pinv(m, ap, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'pinv: -inf: '//msg)
  end subroutine test_linalg_pinv

  subroutine test_linalg_rank_spaces()
    real(c_double), target :: m(4, 3), d(3, 3), w(3, 4), q(3, 3), qw(4, 4), qq(3, 5), qm(4, 3), big(5, 6), q2(2, 3)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    integer :: rk, nc
    m = ref_m
    d = ref_d
    w = ref_w
    ! numpy.linalg.matrix_rank
    call sciport_linalg_matrix_rank(m, rk, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. rk == ref_rank_m, 'matrix_rank(M) = 3 '//msg)
    call sciport_linalg_matrix_rank(d, rk, st)
    call check(st == SCIPORT_OK .and. rk == ref_rank_d, 'matrix_rank(D) = 2')
    call sciport_linalg_matrix_rank(w, rk, st)
    call check(st == SCIPORT_OK .and. rk == ref_rank_w, 'matrix_rank(W) = 3')
    call sciport_linalg_matrix_rank(m, rk, st, tol=1d0)
    call check(st == SCIPORT_OK .and. rk == ref_rank_m_tol, 'matrix_rank(M, tol=1) = 2')
    ! scipy.linalg.null_space: D q = 0, q orthonormal, the same space as SciPy's (projector)
    q = 8
    call sciport_linalg_null_space(d, q, nc, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. nc == 1 .and. near_m(projector(q(:, 1:1)), projector(ref_null_d)) .and. &
        near_m(matmul(d, q(:, 1:1)), reshape([0d0, 0d0, 0d0], [3, 1])) .and. abs(norm2(q(:, 1)) - 1) <= tol .and. &
        all(abs(q(:, 2:3) - 8) <= 0), 'null_space(D): one column, other columns untouched '//msg)
    call sciport_linalg_null_space(w, qw, nc, st)
    call check(st == SCIPORT_OK .and. nc == 1 .and. near_m(projector(qw(:, 1:1)), projector(ref_null_w)), &
        'null_space(W), 4 x 4 buffer')
    call sciport_linalg_null_space(m, q, nc, st)
    call check(st == SCIPORT_OK .and. nc == 0, 'null_space(M) is empty')
    call sciport_linalg_null_space(m, q, nc, st, rcond=0.05d0)
    call check(st == SCIPORT_OK .and. nc == 1 .and. near_m(projector(q(:, 1:1)), projector(ref_null_m_rcond)), &
        'null_space(M, rcond=0.05)')
    ! output in a column block of a bigger array (contiguous: written in place)
    qq = -1
    call sciport_linalg_null_space(d, qq(:, 2:4), nc, st)
    call check(st == SCIPORT_OK .and. nc == 1 .and. near_m(projector(qq(:, 2:2)), projector(ref_null_d)) .and. &
        all(abs(qq(:, 1) + 1) <= 0) .and. all(abs(qq(:, 3:5) + 1) <= 0), 'null_space into qq(:, 2:4)')
    call sciport_linalg_null_space(d, q(:, 1:0), nc, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. nc == 0, &
        'null_space: q without columns: '//msg)
    call sciport_linalg_null_space(d, qm, nc, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'null_space: q with 4 rows: '//msg)
    ! scipy.linalg.orth
    q = 8
    call sciport_linalg_orth(d, q, nc, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. nc == 2 .and. near_m(projector(q(:, 1:2)), projector(ref_orth_d)) .and. &
        near_m(matmul(transpose(q(:, 1:2)), q(:, 1:2)), eye(2)) .and. all(abs(q(:, 3) - 8) <= 0), &
        'orth(D): two orthonormal columns, the range of D '//msg)
    call sciport_linalg_orth(m, qm, nc, st)
    call check(st == SCIPORT_OK .and. nc == 3 .and. near_m(projector(qm), matmul(m, ref_pinv_m)), &
        'orth(M): q q^T = M pinv(M)')
    ! a non-contiguous input section (one more "array temporary" warning)
    big = 0
    big(2:5, 3:5) = m
    call sciport_linalg_orth(big(2:5, 3:5), qm, nc, st, rcond=0.05d0)
    call check(st == SCIPORT_OK .and. nc == 2 .and. near_m(projector(qm(:, 1:2)), projector(ref_orth_m_rcond)), &
        'orth(M, rcond=0.05) of a section')
    call sciport_linalg_orth(d, q2, nc, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'orth: q with 2 rows: '//msg)
    ! NaN: matrix_rank and null_space check it when asked; orth always does (as SciPy)
    d(2, 2) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_matrix_rank(d, rk, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. rk == 0, &
        'matrix_rank: NaN: '//msg)
    call sciport_linalg_null_space(d, q, nc, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'null_space: NaN: '//msg)
    call sciport_linalg_orth(d, q, nc, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'orth: NaN always rejected: '//msg)
  end subroutine test_linalg_rank_spaces

  subroutine test_linalg_norm()
    character(len=4), parameter :: ords(8) = [character(len=4) :: 'fro', 'nuc', '1', '-1', '2', '-2', 'inf', '-inf']
    real(c_double) :: a(4, 4), m(4, 3), v(5), nrm, vords(8), e30(3, 0), e0(0), got_a(8), got_m(8), got_v(8)
    integer(c_int32_t) :: st, sts(24)
    character(len=:), allocatable :: msg
    integer :: i
    a = ref_a
    m = ref_m
    v = ref_v
    ! scipy.linalg.norm(A, ord), norm(M, ord) for every matrix ord
    do i = 1, 8
      call sciport_linalg_norm(a, got_a(i), sts(i), ord=trim(ords(i)))
      call sciport_linalg_norm(m, got_m(i), sts(8 + i), ord=trim(ords(i)))
    end do
    call check(all(sts(1:16) == SCIPORT_OK) .and. near_r(got_a, ref_norm_a) .and. near_r(got_m, ref_norm_m), &
        'norm(A, ord) and norm(M, ord) as SciPy for the 8 matrix ords')
    call sciport_linalg_norm(a, nrm, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(nrm - sqrt(sum(a**2))) <= tol * nrm, 'norm(A) default is Frobenius '//msg)
    ! scipy.linalg.norm(V, ord), through the generic and the specific name
    vords = [2d0, 1d0, ieee_value(1d0, ieee_positive_inf), ieee_value(1d0, ieee_negative_inf), 0d0, 3d0, &
        0.5d0, -1d0]
    do i = 1, 8
      call sciport_linalg_norm(v, got_v(i), sts(16 + i), ord=vords(i))
    end do
    call check(all(sts(17:24) == SCIPORT_OK) .and. near_r(got_v, ref_vnorm), 'norm(V, ord) as SciPy for 8 ords')
    call sciport_linalg_vector_norm(v, nrm, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(nrm - ref_vnorm(1)) <= tol * nrm, 'vector_norm default ord 2 '//msg)
    call sciport_linalg_norm(a(2, :), nrm, st, ord=1d0)
    call check(st == SCIPORT_OK .and. abs(nrm - 15) <= 0, 'norm of a matrix row (a non-contiguous section)')
    call sciport_linalg_norm(e0, nrm, st)
    call check(st == SCIPORT_OK .and. abs(nrm) <= 0, 'norm of an empty vector = 0')
    ! errors; the output is untouched
    nrm = 42
    call sciport_linalg_norm(a, nrm, st, ord='3', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, '3') .and. abs(nrm - 42) <= 0, &
        'norm: matrix ord 3 is unknown: '//msg)
    call sciport_linalg_norm(a, nrm, st, ord='frobenius', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'frobenius'), 'norm: unknown ord: '//msg)
    call sciport_linalg_norm(e30, nrm, st, ord='1')
    call check(st == SCIPORT_OK .and. abs(nrm) <= 0, 'norm: ord 1 of a 3 x 0 matrix = 0 as SciPy')
    call sciport_linalg_norm(e30, nrm, st, ord='-1', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'zero-size'), &
        'norm: ord -1 of a 3 x 0 matrix (NumPy''s zero-size min): '//msg)
    call sciport_linalg_norm(v, nrm, st, ord=ieee_value(1d0, ieee_quiet_nan), errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'vector norm: NaN ord: '//msg)
    call sciport_linalg_vector_norm(e0, nrm, st, ord=ieee_value(1d0, ieee_positive_inf))
    call check(st == SCIPORT_OK .and. abs(nrm) <= 0, 'vector norm: inf ord of an empty x = 0 as SciPy')
    call sciport_linalg_vector_norm(e0, nrm, st, ord=ieee_value(1d0, ieee_negative_inf), errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'zero-size'), &
        'vector norm: -inf ord of an empty x: '//msg)
    a(3, 3) = ieee_value(1d0, ieee_quiet_nan)
    v(2) = ieee_value(1d0, ieee_positive_inf)
    call sciport_linalg_norm(a, nrm, st, ord='nuc', errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'norm: NaN with check_finite: '//msg)
    call sciport_linalg_norm(a, nrm, st, check_finite=.false., errmsg=msg)
    call check(st == SCIPORT_OK .and. ieee_nan(nrm), 'norm: NaN with check_finite=.false.: fro is NaN '//msg)
    call sciport_linalg_norm(v, nrm, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs'), 'vector norm: inf in x: '//msg)
    call sciport_linalg_norm(v, nrm, st, ord=1d0, check_finite=.false.)
    call check(st == SCIPORT_OK .and. nrm > huge(nrm), 'vector norm: inf with check_finite=.false.')
  end subroutine test_linalg_norm

  ! ---- linalg, banded and structured matrices (slice 3) ---------------------------
  ! Reference values (ref_*): test_reference.inc (gen_reference.py, SciPy 1.17.1):
  ! band matrices GB (l = 1, u = 2), TB (tridiagonal), SPD PB (kd = 2) with their
  ! diagonal-ordered ab, right-hand sides B5 (5 x 2), B4 (4 x 2), Toeplitz c_t/r_t.

  subroutine test_linalg_banded()
    real(c_double) :: ab(4, 5), b(5, 2), x(5, 2), x1(5), big(8, 9), bigx(7, 4), b4(4, 2), x4(4, 2), ab5(5, 5)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    ab = ref_ab_gb
    b = ref_b5
    ! scipy.linalg.solve_banded((1, 2), ab, B5), with a vector b, tridiagonal (1, 1)
    call sciport_linalg_solve_banded(1, 2, ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_sb_x) .and. len(msg) == 0, 'solve_banded(GB, B5) '//msg)
    call check(near_m(matmul(ref_gb, x), b), 'solve_banded: GB x = B5')
    call sciport_linalg_solve_banded(1, 2, ab, b(:, 1), x1, st)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_sb1_x), 'solve_banded with a vector b')
    call sciport_linalg_solve_banded(1, 1, ref_ab_tb, b(:, 2), x1, st, check_finite=.false.)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_sbt_x), 'solve_banded (1, 1): tridiagonal')
    ! the unused corners of ab are not read
    ab(1, 1:2) = 99
    ab(2, 1) = 99
    ab(4, 5) = 99
    x = 0
    call sciport_linalg_solve_banded(1, 2, ab, b, x, st)
    call check(st == SCIPORT_OK .and. near_m(x, ref_sb_x), 'solve_banded: corners of ab not read')
    ! array sections: ab and x non-contiguous inside bigger arrays (copy-in/out)
    big = -5
    big(2:5, 3:7) = ref_ab_gb
    bigx = 42
    call sciport_linalg_solve_banded(1, 2, big(2:5, 3:7), b, bigx(2:6, 2:3), st)
    call check(st == SCIPORT_OK .and. near_m(bigx(2:6, 2:3), ref_sb_x) .and. all(abs(bigx(1, :) - 42) <= 0) &
        .and. all(abs(bigx(7, :) - 42) <= 0) .and. all(abs(bigx(:, 1) - 42) <= 0) .and. &
        all(abs(bigx(:, 4) - 42) <= 0), 'solve_banded: array sections, border untouched')
    ! errors: outputs untouched
    ab = ref_ab_gb
    ab(:, 3) = 0
    x = 7
    call sciport_linalg_solve_banded(1, 2, ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'singular matrix') .and. all(abs(x - 7) <= 0), &
        'solve_banded: zero column -> singular, x untouched: '//msg)
    ab = ref_ab_gb
    b4 = 1
    call sciport_linalg_solve_banded(1, 2, ab, b4, x4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'shapes of ab and b are not compatible'), &
        'solve_banded: b rows /= n: '//msg)
    call sciport_linalg_solve_banded(2, 2, ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_banded: l + u + 1 /= rows: '//msg)
    call sciport_linalg_solve_banded(1, 2, ab, b, x4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_banded: x shape: '//msg)
    call sciport_linalg_solve_banded(-1, 4, ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'lower and upper'), &
        'solve_banded: negative l: '//msg)
    b(3, 2) = ieee_value(1d0, ieee_quiet_nan)
    x = 7
    call sciport_linalg_solve_banded(1, 2, ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(x - 7) <= 0), &
        'solve_banded: NaN in b with check_finite: '//msg)
    call sciport_linalg_solve_banded(1, 2, ab, b, x, st, check_finite=.false.)
    call check(st == SCIPORT_OK .and. near_r(x(:, 1), ref_sb_x(:, 1)) .and. any(ieee_is_nan(x(:, 2))), &
        'solve_banded: NaN with check_finite=.false. stays in its column')
    ab5 = 0
    call sciport_linalg_solve_banded(2, 2, ab5, ref_b5, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR, 'solve_banded: zero matrix -> singular: '//msg)
  end subroutine test_linalg_banded

  subroutine test_linalg_solveh_banded()
    real(c_double) :: ab(3, 5), b(5, 2), x(5, 2), x1(5), b4(4, 2), x4(4, 2), big(3, 10)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    ab = ref_ab_pbu
    b = ref_b5
    ! scipy.linalg.solveh_banded(ab_upper, B5), (ab_lower, B5[:, 0], lower=True)
    call sciport_linalg_solveh_banded(ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_shb_x), 'solveh_banded(upper form, B5) '//msg)
    call check(near_m(matmul(ref_pb, x), b), 'solveh_banded: PB x = B5')
    call sciport_linalg_solveh_banded(ref_ab_pbl, b(:, 1), x1, st, lower=.true.)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_shbl_x), 'solveh_banded lower=.true., vector b')
    x1 = 0
    call sciport_linalg_solveh_banded(ab, b(:, 1), x1, st, lower=.false., check_finite=.true.)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_shb_x(:, 1)), 'solveh_banded lower=.false. explicit')
    ! a non-contiguous ab (every other column of a bigger array)
    big = 0
    big(:, 1:10:2) = ab
    call sciport_linalg_solveh_banded(big(:, 1:10:2), b, x, st)
    call check(st == SCIPORT_OK .and. near_m(x, ref_shb_x), 'solveh_banded: strided section of ab')
    ! the lower form read as upper is another matrix: the keyword matters
    call sciport_linalg_solveh_banded(ref_ab_pbl, b(:, 1), x1, st)
    call check(.not. (st == SCIPORT_OK .and. near_r(x1, ref_shbl_x)), 'solveh_banded: lower form needs lower')
    ! errors
    ab(3, 1) = -1
    x = 7
    call sciport_linalg_solveh_banded(ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, '1th leading minor not positive definite') .and. &
        all(abs(x - 7) <= 0), 'solveh_banded: not positive definite: '//msg)
    ab = ref_ab_pbu
    b4 = 1
    call sciport_linalg_solveh_banded(ab, b4, x4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'shapes of ab and b are not compatible'), &
        'solveh_banded: b rows /= n: '//msg)
    call sciport_linalg_solveh_banded(ab, b, x4, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solveh_banded: x shape: '//msg)
    ab(2, 4) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_solveh_banded(ab, b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(x - 7) <= 0), &
        'solveh_banded: NaN in ab: '//msg)
  end subroutine test_linalg_solveh_banded

  subroutine test_linalg_toeplitz_solve()
    real(c_double) :: c(4), r(4), b(4, 2), x(4, 2), x1(4), t(4, 4), cbig(8), r3(3), x3(3)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    c = ref_c_t
    r = ref_r_t
    b = ref_b4
    ! scipy.linalg.solve_toeplitz((c, r), B4), solve_toeplitz(c, B4[:, 0])
    call sciport_linalg_solve_toeplitz(c, b, x, st, r, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_st_x), 'solve_toeplitz((c, r), B4) '//msg)
    call sciport_linalg_toeplitz(c, t, st, r)
    call check(st == SCIPORT_OK .and. near_m(matmul(t, x), b), 'solve_toeplitz: toeplitz(c, r) x = B4')
    call sciport_linalg_solve_toeplitz(c, b(:, 1), x1, st)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_st1_x), 'solve_toeplitz(c, b): symmetric, vector b')
    call sciport_linalg_toeplitz(c, t, st)
    call check(st == SCIPORT_OK .and. near_r(matmul(t, x1), b(:, 1)), 'solve_toeplitz: toeplitz(c) x = b')
    ! r(1) is ignored; a strided c (copy-in)
    r(1) = 1000
    cbig = 0
    cbig(1:8:2) = c
    x = 0
    call sciport_linalg_solve_toeplitz(cbig(1:8:2), b, x, st, r, check_finite=.true.)
    call check(st == SCIPORT_OK .and. near_m(x, ref_st_x), 'solve_toeplitz: r(1) ignored, strided c')
    ! errors
    x1 = 7
    call sciport_linalg_solve_toeplitz([2d0, 2d0, 1d0], [1d0, 2d0, 3d0], x3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'Singular principal minor'), &
        'solve_toeplitz: singular principal minor: '//msg)
    r3 = 1
    call sciport_linalg_solve_toeplitz(c, b(:, 1), x1, st, r3, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'Incompatible dimensions') .and. &
        all(abs(x1 - 7) <= 0), 'solve_toeplitz: len(r) /= len(c): '//msg)
    call sciport_linalg_solve_toeplitz(c, b(1:3, 1), x3, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'Incompatible dimensions'), &
        'solve_toeplitz: b rows /= len(c): '//msg)
    c(2) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_solve_toeplitz(c, b(:, 1), x1, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. has(msg, 'infs or NaNs') .and. all(abs(x1 - 7) <= 0), &
        'solve_toeplitz: NaN in c: '//msg)
  end subroutine test_linalg_toeplitz_solve

  subroutine test_linalg_circulant_solve()
    real(c_double) :: c(4), b(4, 2), x(4, 2), x1(4), x3(3), cm(4, 4), cq(4)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    c = ref_c_t
    b = ref_b4
    ! scipy.linalg.solve_circulant(c, B4) and SciPy's doc examples
    call sciport_linalg_solve_circulant(c, b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, ref_sc_x), 'solve_circulant(c, B4) '//msg)
    call sciport_linalg_circulant(c, cm, st)
    call check(st == SCIPORT_OK .and. near_m(matmul(cm, x), b), 'solve_circulant: circulant(c) x = B4')
    call sciport_linalg_solve_circulant([2d0, 2d0, 4d0], [1d0, 2d0, 3d0], x3, st)
    call check(st == SCIPORT_OK .and. near_r(x3, ref_sc_doc_x), 'solve_circulant: doc example, vector b')
    ! singular: "raise" (default) fails, "lstsq" gives the least-squares solution
    x1 = 7
    call sciport_linalg_solve_circulant([1d0, 1d0, 0d0, 0d0], [1d0, 2d0, 3d0, 4d0], x1, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'near singular circulant matrix') .and. &
        all(abs(x1 - 7) <= 0), 'solve_circulant: singular raises, x untouched: '//msg)
    call sciport_linalg_solve_circulant([1d0, 1d0, 0d0, 0d0], [1d0, 2d0, 3d0, 4d0], x1, st, singular='raise')
    call check(st == SCIPORT_ERR_SINGULAR, 'solve_circulant: singular="raise" explicit')
    call sciport_linalg_solve_circulant([1d0, 1d0, 0d0, 0d0], [1d0, 2d0, 3d0, 4d0], x1, st, singular='lstsq')
    call check(st == SCIPORT_OK .and. near_r(x1, ref_sc_lsq_x), 'solve_circulant: singular="lstsq"')
    ! tol: the eigenvalues of circulant([1, .25, .25, 0]) have moduli 1.5, 1, 0.79, 0.79
    cq = [1d0, 0.25d0, 0.25d0, 0d0]
    call sciport_linalg_solve_circulant(cq, [1d0, 0d0, -1d0, 2d0], x1, st, 'lstsq', 0.6d0)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_sc_tol_x), 'solve_circulant: tol=0.6, lstsq')
    call sciport_linalg_solve_circulant(cq, [1d0, 0d0, -1d0, 2d0], x1, st, tol=0.8d0, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'near singular'), 'solve_circulant: tol=0.8 raises')
    call sciport_linalg_solve_circulant(cq, [1d0, 0d0, -1d0, 2d0], x1, st)
    call check(st == SCIPORT_OK .and. near_r(x1, ref_sc_tol_x), 'solve_circulant: tol absent (None)')
    ! errors
    call sciport_linalg_solve_circulant(c, b(:, 1), x1, st, singular='lsq', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. has(msg, 'lsq'), 'solve_circulant: unknown singular: '//msg)
    call sciport_linalg_solve_circulant(c, b(1:3, :), x(1:3, :), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'incompatible'), &
        'solve_circulant: b rows /= len(c): '//msg)
    call sciport_linalg_solve_circulant(c, b, x(1:3, :), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_circulant: x shape: '//msg)
  end subroutine test_linalg_circulant_solve

  subroutine test_linalg_special_matrices()
    real(c_double) :: t(4, 4), t35(3, 5), t43(4, 3), cm(4, 4), h(4, 4), h0(0, 0), k(6, 6), k5(5, 6)
    real(c_double) :: big(5, 7), bd(6, 8), bd2(5, 5), e10(1, 0), bdw(6, 7)
    real(c_double) :: z02(0, 2), seven(1, 1)
    integer(c_int32_t) :: st
    character(len=:), allocatable :: msg
    ! scipy.linalg.toeplitz(c, r), toeplitz(c3, r5) (3 x 5), toeplitz(c)
    call sciport_linalg_toeplitz(ref_c_t, t, st, ref_r_t, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(t, ref_toep_cr), 'toeplitz(c, r) '//msg)
    call sciport_linalg_toeplitz(ref_c3, t35, st, ref_r5)
    call check(st == SCIPORT_OK .and. near_m(t35, ref_toep_35), 'toeplitz(c3, r5): 3 x 5, r(1) ignored')
    call sciport_linalg_toeplitz(ref_c_t, t, st)
    call check(st == SCIPORT_OK .and. near_m(t, ref_toep_c), 'toeplitz(c): symmetric')
    t43 = 7
    call sciport_linalg_toeplitz(ref_c_t, t43, st, ref_r_t, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(t43 - 7) <= 0) .and. len(msg) > 0, &
        'toeplitz: out shape, untouched: '//msg)
    ! scipy.linalg.circulant(c)
    call sciport_linalg_circulant(ref_c_t, cm, st)
    call check(st == SCIPORT_OK .and. near_m(cm, ref_circ), 'circulant(c)')
    call sciport_linalg_circulant(ref_c_t, t43, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(t43 - 7) <= 0), 'circulant: out shape: '//msg)
    ! scipy.linalg.hilbert(n)
    call sciport_linalg_hilbert(4, h, st)
    call check(st == SCIPORT_OK .and. near_m(h, ref_hilb4), 'hilbert(4)')
    call sciport_linalg_hilbert(0, h0, st)
    call check(st == SCIPORT_OK, 'hilbert(0): empty')
    call sciport_linalg_hilbert(3, h, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'hilbert: h not n x n: '//msg)
    call sciport_linalg_hilbert(-1, h0, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'hilbert: negative n: '//msg)
    ! scipy.linalg.kron(K1, K2) (numpy.kron), with a non-contiguous K1
    call sciport_linalg_kron(ref_k1, ref_k2, k, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(k, ref_kron), 'kron(K1, K2) '//msg)
    big = 9
    big(2:3, 3:5) = ref_k1
    k = 0
    call sciport_linalg_kron(big(2:3, 3:5), ref_k2, k, st)
    call check(st == SCIPORT_OK .and. near_m(k, ref_kron), 'kron: array section of a bigger matrix')
    k5 = 7
    call sciport_linalg_kron(ref_k1, ref_k2, k5, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(k5 - 7) <= 0), 'kron: out shape: '//msg)
    ! scipy.linalg.block_diag(K1, K2, zeros((0, 2)), [[7]]), block_diag(K1, K2), block_diag()
    seven = 7
    call sciport_linalg_block_diag(bd, st, ref_k1, ref_k2, z02, seven, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(bd, ref_bd), 'block_diag(K1, K2, zeros((0, 2)), [[7]]) '//msg)
    bd2 = 1
    call sciport_linalg_block_diag(bd2, st, a1=big(2:3, 3:5), a3=ref_k2)
    call check(st == SCIPORT_OK .and. near_m(bd2, ref_bd(1:5, 1:5)), 'block_diag: absent a2 skipped, section')
    e10 = 0
    call sciport_linalg_block_diag(e10, st, errmsg=msg)
    call check(st == SCIPORT_OK, 'block_diag(): 1 x 0 '//msg)
    call sciport_linalg_block_diag(h0, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH, 'block_diag(): out must be 1 x 0: '//msg)
    bdw = 7
    call sciport_linalg_block_diag(bdw, st, ref_k1, ref_k2, z02, seven, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(bdw - 7) <= 0) .and. len(msg) > 0, &
        'block_diag: out shape, untouched: '//msg)
  end subroutine test_linalg_special_matrices

  !> Max |a - b| over max(|b|, 1) <= tol for complex matrices.
  logical function near_cm(a, b, t)
    complex(c_double_complex), intent(in) :: a(:, :), b(:, :)
    real(c_double), intent(in), optional :: t
    real(c_double) :: tt
    tt = tol
    if (present(t)) tt = t
    near_cm = all(shape(a) == shape(b))
    if (near_cm) near_cm = maxval(abs(a - b)) <= tt * max(1.0_c_double, maxval(abs(b)))
  end function near_cm

  !> Every value of `ref` within tol of some value of `w` (eigenvalues, any order).
  logical function same_set(w, ref)
    complex(c_double_complex), intent(in) :: w(:), ref(:)
    integer :: i
    same_set = size(w) == size(ref)
    if (.not. same_set) return
    do i = 1, size(ref)
      same_set = same_set .and. minval(abs(w - ref(i))) <= 1d-10 * max(1.0_c_double, abs(ref(i)))
    end do
  end function same_set

  !> The complex identity of order n.
  function ceye(n) result(e)
    integer, intent(in) :: n
    complex(c_double_complex) :: e(n, n)
    e = eye(n)
  end function ceye

  !> The complex twins (Group A) against SciPy (test_complex_reference.inc) and invariants.
  subroutine test_linalg_complex()
    complex(c_double_complex), target :: x(3, 2), x1(3), ai(3, 3), d, lu(3, 3), p(3, 3), l(3, 3), &
        u(3, 3), c(3, 3), q(3, 3), r(3, 3), vh(3, 3), v(3, 3), w(3), wv(3), vl(3, 3), big(5, 4), &
        hw(2, 3), e(3, 3), bad(3, 3), x2(2, 2)
    complex(c_double_complex) :: nan_c
    real(c_double) :: s(3), rw(3), rc
    integer(c_int64_t) :: piv(3), pidx(3), pc(3)
    integer(c_int32_t) :: st
    integer :: m, j
    character(len=:), allocatable :: msg
    nan_c = cmplx(ieee_value(1d0, ieee_quiet_nan), 0d0, c_double_complex)
    ! solve: matrix and vector b, SciPy's values; Hermitian positive definite
    call sciport_linalg_solve(cref_a, cref_b, x, st, rcond=rc, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(x, cref_solve) .and. rc > 0 .and. rc <= 1, 'complex solve '//msg)
    call check(near_cm(matmul(cref_a, x), cref_b), 'complex solve: a x = b')
    call sciport_linalg_solve(cref_a, cref_b(:, 2), x1, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_c(x1, cref_solve(:, 2)), 'complex solve, vector b '//msg)
    call sciport_linalg_solve(cref_h, cref_b, x, st, assume_a='pos', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(x, cref_solve_h), 'complex solve, assume_a=pos '//msg)
    ! a section of a bigger array (copied in by the compiler)
    big = (7d0, -7d0)
    big(2:4, 2:4) = cref_a
    call sciport_linalg_solve(big(2:4, 2:4), cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(x, cref_solve), 'complex solve, section of a '//msg)
    x = (5d0, 5d0)
    call sciport_linalg_solve(cref_b, cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0 .and. all(abs(x - (5d0, 5d0)) <= 0), &
        'complex solve: non-square a: '//msg)
    bad = cref_a
    bad(2, 2) = nan_c
    call sciport_linalg_solve(bad, cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'complex solve: NaN: '//msg)
    bad = cref_a
    bad(:, 3) = 0
    x = (5d0, 5d0)
    call sciport_linalg_solve(bad, cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'ingular') .and. all(abs(x - (5d0, 5d0)) <= 0), &
        'complex solve: singular: '//msg)
    ! inv, det
    call sciport_linalg_inv(cref_a, ai, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(ai, cref_inv) .and. near_cm(matmul(cref_a, ai), ceye(3)), &
        'complex inv '//msg)
    call sciport_linalg_inv(cref_b, ai, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex inv: non-square: '//msg)
    d = 0
    call sciport_linalg_det(cref_a, d, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(d - cref_det) <= tol * abs(cref_det), 'complex det '//msg)
    call sciport_linalg_det(bad, d, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. abs(d) <= 1d-12, 'complex det of a singular matrix = 0 '//msg)
    ! lu_factor / lu_solve
    call sciport_linalg_lu_factor(cref_a, lu, piv, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(lu, cref_lu_factor) .and. all(piv == cref_piv), &
        'complex lu_factor '//msg)
    call sciport_linalg_lu_solve(lu, piv, cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(x, cref_solve), 'complex lu_solve '//msg)
    call sciport_linalg_lu_solve(lu, piv, cref_b(:, 1), x1, st, trans=2, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_c(matmul(conjg(transpose(cref_a)), x1), cref_b(:, 1)), &
        'complex lu_solve trans=2: a^H x = b '//msg)
    call sciport_linalg_lu_solve(lu, piv, cref_b(:, 1), x1, st, trans=1, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_c(matmul(transpose(cref_a), x1), cref_b(:, 1)), &
        'complex lu_solve trans=1: a^T x = b '//msg)
    call sciport_linalg_lu_solve(lu, piv, cref_b(1:2, :), x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex lu_solve: b rows: '//msg)
    ! lu
    call sciport_linalg_lu(cref_a, l, u, st, p, pidx, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(p, cmplx(cref_lu_p, 0d0, c_double_complex)) .and. &
        near_cm(l, cref_lu_l) .and. near_cm(u, cref_lu_u), 'complex lu '//msg)
    call check(near_cm(matmul(p, matmul(l, u)), cref_a) .and. near_cm(matmul(l(pidx + 1, :), u), cref_a), &
        'complex lu: a = P L U = L(p_indices + 1, :) U')
    call sciport_linalg_lu(cref_a, l, u, st, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(matmul(l, u), cref_a), 'complex lu permute_l '//msg)
    call sciport_linalg_lu(cref_a, l, u, st, p, permute_l=.true., errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'complex lu: p with permute_l: '//msg)
    ! cholesky / cho_factor / cho_solve
    call sciport_linalg_cholesky(cref_h, c, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(c, cref_cholesky) .and. &
        near_cm(matmul(conjg(transpose(c)), c), cref_h), 'complex cholesky (upper): a = U^H U '//msg)
    call sciport_linalg_cholesky(cref_h, c, st, lower=.true., errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(c, cref_cholesky_lower), 'complex cholesky lower '//msg)
    call sciport_linalg_cho_factor(cref_h, c, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(triu_c(c), cref_cholesky), 'complex cho_factor '//msg)
    call sciport_linalg_cho_solve(c, cref_b, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(x, cref_solve_h), 'complex cho_solve '//msg)
    call sciport_linalg_cho_solve(c, cref_b(:, 1), x1, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_c(x1, cref_solve_h(:, 1)), 'complex cho_solve, vector b '//msg)
    call sciport_linalg_cholesky(-cref_h, c, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'leading minor'), 'complex cholesky: not PD: '//msg)
    ! qr
    call sciport_linalg_qr(cref_a, r, st, q, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(matmul(q, r), cref_a) .and. &
        near_cm(matmul(conjg(transpose(q)), q), ceye(3)) .and. near_cm(r, triu_c(r), 0d0), &
        'complex qr: a = Q R, Q unitary, R upper '//msg)
    call sciport_linalg_qr(cref_a, r, st, q, pc, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(matmul(q, r), cref_a(:, pc + 1)), 'complex qr pivoting '//msg)
    call sciport_linalg_qr(cref_a, r, st, q, mode='bogus', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. len(msg) > 0, 'complex qr: unknown mode: '//msg)
    ! svd / svdvals
    call sciport_linalg_svd(cref_a, s, st, q, vh, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(s, cref_svdvals) .and. &
        near_cm(matmul(q, matmul(cmplx(diag_of(s), 0d0, c_double_complex), vh)), cref_a), &
        'complex svd: a = u diag(s) vh '//msg)
    call sciport_linalg_svdvals(cref_a, s, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_r(s, cref_svdvals), 'complex svdvals '//msg)
    call sciport_linalg_svdvals(cref_a, s(1:2), st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex svdvals: short s: '//msg)
    ! eigh / eigvalsh (real w)
    call sciport_linalg_eigh(cref_h, rw, st, v, m, errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 3 .and. near_r(rw, cref_eigvalsh) .and. &
        near_cm(matmul(cref_h, v), matmul(v, cmplx(diag_of(rw), 0d0, c_double_complex))) .and. &
        near_cm(matmul(conjg(transpose(v)), v), ceye(3)), 'complex eigh: h v = v diag(w), v unitary '//msg)
    call sciport_linalg_eigvalsh(cref_h, rw, st, m, errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 3 .and. near_r(rw, cref_eigvalsh), 'complex eigvalsh '//msg)
    call sciport_linalg_eigvalsh(cref_h, rw, st, m, subset_by_index=[1, 2], errmsg=msg)
    call check(st == SCIPORT_OK .and. m == 2 .and. near_r(rw(1:2), cref_eigvalsh(2:3)), &
        'complex eigvalsh subset_by_index '//msg)
    call sciport_linalg_eigh(cref_b, rw, st, v, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex eigh: non-square: '//msg)
    ! eig / eigvals
    call sciport_linalg_eig(cref_a, w, st, vl=vl, vr=v, errmsg=msg)
    call check(st == SCIPORT_OK .and. same_set(w, cref_eigvals), 'complex eig: eigenvalues '//msg)
    do j = 1, 3
      call check(near_c(matmul(cref_a, v(:, j)), w(j) * v(:, j)) .and. &
          near_c(matmul(conjg(vl(:, j)), cref_a), w(j) * conjg(vl(:, j))), 'complex eig: vectors '//str(j))
    end do
    call sciport_linalg_eigvals(cref_a, wv, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(abs(wv - w) <= 0), 'complex eigvals = eig''s w '//msg)
    call sciport_linalg_eig(cref_a, w, st, cref_h, vr=v, errmsg=msg)
    do j = 1, 3
      call check(st == SCIPORT_OK .and. near_c(matmul(cref_a, v(:, j)), w(j) * matmul(cref_h, v(:, j))), &
          'complex eig with b: a vr = w b vr '//str(j)//msg)
    end do
    call sciport_linalg_eigvals(cref_a, hw, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. all(abs(hw(2, :) - (1d0, 0d0)) <= 0) .and. same_set(hw(1, :), cref_eigvals), &
        'complex eigvals homogeneous w(2, n) '//msg)
    call sciport_linalg_eigvals(cref_b, w, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex eigvals: non-square: '//msg)
    ! expm
    call sciport_linalg_expm(cref_a, e, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(e, cref_expm, 1d-13), 'complex expm '//msg)
    call sciport_linalg_expm(cref_a, x2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'complex expm: output shape: '//msg)
  end subroutine test_linalg_complex

  !> The upper triangle of a complex matrix (zeros below the diagonal).
  function triu_c(x) result(t)
    complex(c_double_complex), intent(in) :: x(:, :)
    complex(c_double_complex) :: t(size(x, 1), size(x, 2))
    integer :: i, j
    t = 0
    do j = 1, size(x, 2)
      do i = 1, min(j, size(x, 1))
        t(i, j) = x(i, j)
      end do
    end do
  end function triu_c

  !> Schur, matrix equations and sqrtm (Group B) against SciPy and invariants.
  subroutine test_linalg_schur_equations()
    real(c_double) :: t(3, 3), z(3, 3), x(3, 3), xs(3, 2), a(3, 3), g(3, 3), big(6, 6)
    complex(c_double_complex) :: ct(3, 3), cz(3, 3), cr(3, 3), r2(2, 2), w(3)
    real(c_double) :: r2re(2, 2), errest
    integer(c_int32_t) :: st, st2
    integer :: sdim, k, j, wrn
    logical :: pert, isr
    character(len=4), parameter :: sorts(4) = ['lhp', 'rhp', 'iuc', 'ouc']
    integer, parameter :: gsdim(4) = [1, 2, 0, 3]   ! g's counts for sorts
    character(len=:), allocatable :: msg
    a = rref_a
    ! schur: invariants and eigenvalues (t itself is not unique)
    call sciport_linalg_schur(a, t, st, z, sdim, errmsg=msg)
    call check(st == SCIPORT_OK .and. sdim == 0 .and. near_m(matmul(z, matmul(t, transpose(z))), a) .and. &
        near_m(matmul(transpose(z), z), eye(3)), 'schur: a = z t z^T, z orthogonal '//msg)
    call sciport_linalg_eigvals(t, w, st)
    call check(same_set(w, rref_schur_w), 'schur: eigenvalues of t')
    do k = 1, 4
      call sciport_linalg_schur(a, t, st, z, sdim, sort=trim(sorts(k)), errmsg=msg)
      call check(st == SCIPORT_OK .and. sdim == rref_schur_sdim(k) .and. &
          near_m(matmul(z, matmul(t, transpose(z))), a), 'schur sort='//trim(sorts(k))//' '//msg)
    end do
    call sciport_linalg_schur(a, ct, st, cz, sdim, sort='lhp', errmsg=msg)
    call check(st == SCIPORT_OK .and. sdim == 3 .and. &
        near_cm(matmul(cz, matmul(ct, conjg(transpose(cz)))), cmplx(a, 0d0, c_double_complex)) .and. &
        same_set([(ct(k, k), k = 1, 3)], rref_schur_w) .and. near_cm(ct, triu_c(ct), 0d0), &
        'schur output=complex of real a '//msg)
    call sciport_linalg_schur(cref_a, ct, st, cz, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_cm(matmul(cz, matmul(ct, conjg(transpose(cz)))), cref_a) .and. &
        near_cm(matmul(conjg(transpose(cz)), cz), ceye(3)) .and. &
        same_set([(ct(k, k), k = 1, 3)], cref_eigvals), 'schur of complex a '//msg)
    g = by_rows(3, 3, [1d0, -3d0, 0d0, 2d0, 1d0, 0d0, 0d0, 0d0, -2d0])   ! 1 +- i sqrt(6), -2
    do k = 1, 4
      call sciport_linalg_schur(cmplx(g, 0d0, c_double_complex), ct, st, cz, sdim, sort=trim(sorts(k)), errmsg=msg)
      call check(st == SCIPORT_OK .and. sdim == gsdim(k) .and. &
          near_cm(matmul(cz, matmul(ct, conjg(transpose(cz)))), cmplx(g, 0d0, c_double_complex)) .and. &
          selected_first([(ct(j, j), j = 1, 3)], sdim, trim(sorts(k))), 'complex schur sort='//trim(sorts(k))//' '//msg)
      call sciport_linalg_schur(g, t, st, z, sdim, sort=trim(sorts(k)), errmsg=msg)
      call sciport_linalg_eigvals(t(1:sdim, 1:sdim), w(1:sdim), st)
      call check(sdim == gsdim(k) .and. selected_first(w(1:sdim), sdim, trim(sorts(k))), &
          'real schur sort='//trim(sorts(k))//': selected block first')
    end do
    t = 9
    call sciport_linalg_schur(a, t, st, sort='xyz', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. len(msg) > 0 .and. all(abs(t - 9) <= 0), &
        'schur: unknown sort: '//msg)
    call sciport_linalg_schur(rref_q, t, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'schur: non-square: '//msg)
    g = a
    g(1, 2) = ieee_value(1d0, ieee_quiet_nan)
    call sciport_linalg_schur(g, t, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'schur: NaN: '//msg)
    ! solve_sylvester
    call sciport_linalg_solve_sylvester(a, rref_b, rref_q, xs, st, pert, errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. pert .and. near_m(xs, rref_sylvester) .and. &
        near_m(matmul(a, xs) + matmul(xs, rref_b), rref_q), 'solve_sylvester: a x + x b = q '//msg)
    big = 0
    big(2:4, 3:5) = a
    call sciport_linalg_solve_sylvester(big(2:4, 3:5), rref_b, rref_q, xs, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(xs, rref_sylvester), 'solve_sylvester: section of a '//msg)
    call sciport_linalg_solve_sylvester(a, rref_b, rref_b, xs, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_sylvester: q shape: '//msg)
    ! Lyapunov equations
    call sciport_linalg_solve_continuous_lyapunov(a, rref_s, x, st, pert, errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. pert .and. near_m(x, rref_clyap) .and. &
        near_m(matmul(a, x) + matmul(x, transpose(a)), rref_s), 'solve_continuous_lyapunov '//msg)
    call sciport_linalg_solve_continuous_lyapunov(a, rref_q, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'continuous_lyapunov: q shape: '//msg)
    call sciport_linalg_solve_discrete_lyapunov(0.5d0 * a, rref_s, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, rref_dlyap) .and. &
        near_m(matmul(0.5d0 * a, matmul(x, transpose(0.5d0 * a))) - x + rref_s, 0 * x), &
        'solve_discrete_lyapunov: a x a^T - x + q = 0 '//msg)
    call sciport_linalg_solve_discrete_lyapunov(0.5d0 * a, rref_s, x, st, method='direct', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, rref_dlyap), 'solve_discrete_lyapunov direct '//msg)
    call sciport_linalg_solve_discrete_lyapunov(0.5d0 * a, rref_s, x, st, method='bilinear', errmsg=msg)
    call check(st == SCIPORT_OK .and. near_m(x, rref_dlyap_bilinear), 'solve_discrete_lyapunov bilinear '//msg)
    x = 9
    call sciport_linalg_solve_discrete_lyapunov(a, rref_s, x, st, method='nope', errmsg=msg)
    call check(st == SCIPORT_ERR_UNKNOWN_NAME .and. len(msg) > 0 .and. all(abs(x - 9) <= 0), &
        'solve_discrete_lyapunov: unknown method: '//msg)
    ! Riccati equations
    call sciport_linalg_solve_continuous_are(a, rref_c, rref_s, rref_r, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_mt(x, rref_care, 1d-10) .and. &
        near_mt(matmul(transpose(a), x) + matmul(x, a) - matmul(matmul(x, rref_c), &
        matmul(inv2(rref_r), matmul(transpose(rref_c), x))) + rref_s, 0 * x, 1d-10), &
        'solve_continuous_are: residual '//msg)
    call sciport_linalg_solve_continuous_are(a, rref_c, rref_s, rref_r, x, st, e=rref_e, s=rref_ss, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_mt(x, rref_care_es, 1d-10), 'solve_continuous_are with e, s '//msg)
    call sciport_linalg_solve_continuous_are(a, rref_c, rref_s, rref_r, x, st, balanced=.false., errmsg=msg)
    call check(st == SCIPORT_OK .and. near_mt(x, rref_care, 1d-10), 'solve_continuous_are balanced=.false. '//msg)
    call sciport_linalg_solve_discrete_are(0.5d0 * a, rref_c, rref_s, rref_r, x, st, errmsg=msg)
    call check(st == SCIPORT_OK .and. near_mt(x, rref_dare, 1d-10), 'solve_discrete_are '//msg)
    call sciport_linalg_solve_discrete_are(0.5d0 * a, rref_c, rref_s, rref_r, x, st, e=rref_e, s=rref_ss, &
        errmsg=msg)
    call check(st == SCIPORT_OK .and. near_mt(x, rref_dare_es, 1d-10), 'solve_discrete_are with e, s '//msg)
    call sciport_linalg_solve_continuous_are(a, rref_c, rref_s, rref_s, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'solve_continuous_are: r shape: '//msg)
    call sciport_linalg_solve_discrete_are(a, rref_c, g, rref_r, x, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'solve_discrete_are: NaN: '//msg)
    ! SciPy's RuntimeWarning: a and -b share eigenvalues (SciPy's x: 2^51 on the diagonal)
    call sciport_linalg_solve_sylvester(diag_of([1d0, 2d0]), -diag_of([1d0, 2d0]), reshape([1d0, 1d0, 1d0, 1d0], &
        [2, 2]), r2re, st, pert, errmsg=msg)
    call check(st == SCIPORT_OK .and. pert .and. near_m(r2re, by_rows(2, 2, [2d0**51, -1d0, 1d0, 2d0**51])), &
        'solve_sylvester: perturbed, SciPy''s x '//msg)
    call sciport_linalg_solve_continuous_lyapunov(0 * rref_b, rref_b, r2re, st, pert, errmsg=msg)
    call check(st == SCIPORT_OK .and. pert, 'solve_continuous_lyapunov: a = 0 is perturbed '//msg)
    ! no stabilizing solution: eigenvalues on the imaginary axis
    call sciport_linalg_solve_continuous_are(0 * rref_b, reshape([1d0, 0d0], [2, 1]), 0 * rref_b, &
        reshape([1d0], [1, 1]), r2re, st, errmsg=msg)
    call check(st == SCIPORT_ERR_SINGULAR .and. has(msg, 'imaginary axis'), 'solve_continuous_are: no solution: '//msg)
    ! sqrtm
    call sciport_linalg_sqrtm(rref_spd, cr, st, isr, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. isr .and. wrn == SCIPORT_MATFUNC_OK .and. all(abs(aimag(cr)) <= 0) .and. &
        near_m(real(cr), rref_sqrtm_spd) .and. near_m(matmul(real(cr), real(cr)), rref_spd), &
        'sqrtm of an SPD matrix: real root '//msg)
    call sciport_linalg_sqrtm(rref_neg, r2, st, isr, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. isr .and. near_cm(r2, rref_sqrtm_neg) .and. &
        near_cm(matmul(r2, r2), cmplx(rref_neg, 0d0, c_double_complex)), 'sqrtm: negative eigenvalue '//msg)
    call sciport_linalg_sqrtm(cref_a, cz, st, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. wrn == SCIPORT_MATFUNC_OK .and. near_cm(cz, cref_sqrtm, 1d-11) .and. &
        near_cm(matmul(cz, cz), cref_a, 1d-11), 'sqrtm of complex a '//msg)
    call sciport_linalg_sqrtm(by_rows(2, 2, [0d0, 1d0, 0d0, 0d0]), r2, st, warning=wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. wrn /= SCIPORT_MATFUNC_OK, 'sqrtm: singular matrix warns '//msg)
    call sciport_linalg_sqrtm(rref_q, r2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'sqrtm: non-square: '//msg)
    ! logm: SciPy's values, errest below SciPy's 1000 eps warning threshold
    call sciport_linalg_logm(rref_logm_ex_a, r2, st, isr, errest, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. isr .and. wrn == SCIPORT_LOGM_OK .and. all(abs(aimag(r2)) <= 0) .and. &
        near_m(real(r2), rref_logm_ex) .and. errest >= 0 .and. errest < 1000 * epsilon(1d0), &
        'logm of scipy example: real result '//msg)
    call sciport_linalg_logm(rref_logm_neg_a, r2, st, isr, errest, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. .not. isr .and. wrn == SCIPORT_LOGM_OK .and. &
        near_cm(r2, rref_logm_neg, 1d-12) .and. errest < 1000 * epsilon(1d0), 'logm: negative eigenvalues '//msg)
    call sciport_linalg_logm(cref_a, cz, st, errest, wrn, errmsg=msg)
    call sciport_linalg_expm(cz, ct, st2)
    call check(st == SCIPORT_OK .and. st2 == SCIPORT_OK .and. wrn == SCIPORT_LOGM_OK .and. &
        near_cm(cz, cref_logm, 1d-11) .and. near_cm(ct, cref_a, 1d-11) .and. errest < 1000 * epsilon(1d0), &
        'logm of complex a, expm(logm(a)) = a '//msg)
    call sciport_linalg_logm(0 * rref_b, r2, st, isr, errest, wrn, errmsg=msg)
    call check(st == SCIPORT_OK .and. isr .and. wrn == SCIPORT_LOGM_EXACTLY_SINGULAR .and. &
        .not. ieee_is_finite(errest) .and. errest > 0, 'logm of zero: exactly singular, errest Inf '//msg)
    call sciport_linalg_logm(cmplx(0 * rref_b, 0d0, c_double_complex), r2, st, errest, wrn)
    call check(st == SCIPORT_OK .and. wrn == SCIPORT_LOGM_EXACTLY_SINGULAR .and. .not. ieee_is_finite(errest), &
        'logm of complex zero: exactly singular, errest Inf')
    call sciport_linalg_logm(rref_q, r2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square'), 'logm: non-square: '//msg)
    call sciport_linalg_logm(cref_b, r2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. has(msg, 'square'), 'logm complex: non-square: '//msg)
    call sciport_linalg_logm(rref_logm_ex_a, cz, st, errmsg=msg)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. len(msg) > 0, 'logm: output shape: '//msg)
    r2re = rref_logm_ex_a
    r2re(2, 1) = ieee_value(1d0, ieee_quiet_nan)
    r2 = (7d0, 7d0)
    call sciport_linalg_logm(r2re, r2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. all(abs(r2 - (7d0, 7d0)) <= 0), &
        'logm: NaN input, output untouched: '//msg)
    call sciport_linalg_logm(cmplx(r2re, 0d0, c_double_complex), r2, st, errmsg=msg)
    call check(st == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'logm complex: NaN input: '//msg)
  end subroutine test_linalg_schur_equations

  !> The inverse of a 2 x 2 matrix.
  function inv2(m) result(r)
    real(c_double), intent(in) :: m(2, 2)
    real(c_double) :: r(2, 2)
    r = reshape([m(2, 2), -m(2, 1), -m(1, 2), m(1, 1)], [2, 2]) / (m(1, 1) * m(2, 2) - m(1, 2) * m(2, 1))
  end function inv2

  !> Max |a - b| over max(|b|, 1) <= t for real matrices.
  logical function near_mt(a, b, t)
    real(c_double), intent(in) :: a(:, :), b(:, :), t
    near_mt = all(shape(a) == shape(b))
    if (near_mt) near_mt = maxval(abs(a - b)) <= t * max(1.0_c_double, maxval(abs(b)))
  end function near_mt

  !> The raw interfaces of the new functions on transposed (row-major) and strided
  !> views: the C API reads the strides, so a^T comes without a copy.
  subroutine test_linalg_new_raw_views()
    complex(c_double_complex), target :: ca(3, 3), cx(3, 3), det, cbig(6, 3)
    real(c_double), target :: ra(3, 3), rt(3, 3), rz(3, 3), rs(3, 3), rx(3, 3), rl(2, 2), errest
    complex(c_double_complex), target :: root(3, 3)
    logical(c_bool), target :: pert, isr
    integer(c_size_t), target :: sdim
    integer(c_int32_t), target :: wrn
    type(sciport_cmat), target :: cav, cxv
    type(sciport_mat), target :: rav, rtv, rzv, rsv, rxv
    type(c_ptr) :: err
    integer(c_int32_t) :: st
    ca = transpose(cref_a)   ! ca's memory holds cref_a row-major
    cav = sciport_cmat(c_loc(ca), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    err = c_null_ptr
    det = 0
    st = sciport_linalg_det_complex_c(cav, .true._c_bool, det, err)
    call check(st == SCIPORT_OK .and. abs(det - cref_det) <= tol * abs(cref_det), 'raw det_complex, row-major view')
    ! every other row of a 6 x 3 array (row stride 2): cref_a again
    cbig = (9d0, 9d0)
    cbig(1:5:2, :) = cref_a
    cav = sciport_cmat(c_loc(cbig), 3_c_size_t, 3_c_size_t, 2_c_intptr_t, 6_c_intptr_t)
    cxv = sciport_cmat(c_loc(cx), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    st = sciport_linalg_expm_complex_c(cav, cxv, err)
    call check(st == SCIPORT_OK .and. near_cm(cx, cref_expm, 1d-13), 'raw expm_complex, row stride 2')
    ! row-major schur output: t and z written through transposed views
    ra = rref_a
    rav = sciport_mat(c_loc(ra), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    rtv = sciport_mat(c_loc(rt), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    rzv = sciport_mat(c_loc(rz), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    st = sciport_linalg_schur_c(rav, c_null_ptr, .true._c_bool, rtv, c_loc(rzv), c_loc(sdim), err)
    call check(st == SCIPORT_OK .and. sdim == 0 .and. &
        near_m(matmul(transpose(rz), matmul(transpose(rt), rz)), rref_a), 'raw schur, row-major t and z')
    ! solve_continuous_lyapunov with a^T given as a row-major view of a: x of a^T
    rsv = sciport_mat(c_loc(rs), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    rs = rref_s
    rav = sciport_mat(c_loc(ra), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    rxv = sciport_mat(c_loc(rx), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    pert = .true.
    st = sciport_linalg_solve_continuous_lyapunov_c(rav, rsv, rxv, c_loc(pert), err)
    call check(st == SCIPORT_OK .and. .not. pert .and. &
        near_m(matmul(transpose(ra), rx) + matmul(rx, ra), rref_s), 'raw continuous_lyapunov of a^T view')
    ! sqrtm with NULL is_real / warning
    rav = sciport_mat(c_loc(ra), 3_c_size_t, 3_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    ra = rref_spd
    cxv = sciport_cmat(c_loc(root), 3_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    st = sciport_linalg_sqrtm_c(rav, cxv, c_null_ptr, c_null_ptr, err)
    call check(st == SCIPORT_OK .and. near_m(real(transpose(root)), rref_sqrtm_spd), &
        'raw sqrtm, row-major output, NULL is_real / warning')
    isr = .false.
    wrn = -1
    st = sciport_linalg_sqrtm_c(rav, cxv, c_loc(isr), c_loc(wrn), err)
    call check(st == SCIPORT_OK .and. isr .and. wrn == SCIPORT_MATFUNC_OK, 'raw sqrtm: is_real, warning')
    ! logm_complex of the row-stride-2 view of cbig into a row-major output, NULL errest / warning
    cav = sciport_cmat(c_loc(cbig), 3_c_size_t, 3_c_size_t, 2_c_intptr_t, 6_c_intptr_t)
    st = sciport_linalg_logm_complex_c(cav, cxv, c_null_ptr, c_null_ptr, err)
    call check(st == SCIPORT_OK .and. near_cm(transpose(root), cref_logm, 1d-11), &
        'raw logm_complex, row stride 2 input, row-major output')
    ! logm of a^T given as a row-major view of a: logm(a)^T, into root(1:2, 1:2)
    rl = rref_logm_ex_a
    rav = sciport_mat(c_loc(rl), 2_c_size_t, 2_c_size_t, 2_c_intptr_t, 1_c_intptr_t)
    cxv = sciport_cmat(c_loc(root), 2_c_size_t, 2_c_size_t, 1_c_intptr_t, 3_c_intptr_t)
    isr = .false.
    wrn = -1
    errest = -1
    st = sciport_linalg_logm_c(rav, cxv, c_loc(isr), c_loc(errest), c_loc(wrn), err)
    call check(st == SCIPORT_OK .and. isr .and. wrn == SCIPORT_LOGM_OK .and. errest >= 0 .and. &
        errest < 1000 * epsilon(1d0) .and. near_m(real(root(1:2, 1:2)), transpose(rref_logm_ex)), &
        'raw logm of a^T view: is_real, errest, warning')
    st = sciport_linalg_logm_c(rav, cxv, c_null_ptr, c_null_ptr, c_null_ptr, err)
    call check(st == SCIPORT_OK .and. near_m(real(root(1:2, 1:2)), transpose(rref_logm_ex)), &
        'raw logm, NULL is_real / errest / warning')
    ! an error through the raw interface: the message from the error object
    rtv = sciport_mat(c_loc(rt), 2_c_size_t, 3_c_size_t, 3_c_intptr_t, 1_c_intptr_t)
    st = sciport_linalg_schur_c(rtv, c_null_ptr, .true._c_bool, rzv, c_null_ptr, c_null_ptr, err)
    call check(st == SCIPORT_ERR_DIMENSION_MISMATCH .and. c_associated(err) .and. &
        len(sciport_c_string(sciport_error_message(err))) > 0, 'raw schur: non-square, error object')
    call sciport_error_free(err)
  end subroutine test_linalg_new_raw_views

  !> The first `k` of `w` satisfy schur's `sort` and the others do not.
  logical function selected_first(w, k, sort)
    complex(c_double_complex), intent(in) :: w(:)
    integer, intent(in) :: k
    character(len=*), intent(in) :: sort
    logical :: sel(size(w))
    select case (sort)
    case ('lhp')
      sel = real(w) < 0
    case ('rhp')
      sel = real(w) >= 0
    case ('iuc')
      sel = abs(w) <= 1
    case default
      sel = abs(w) > 1
    end select
    selected_first = all(sel(1:k)) .and. .not. any(sel(k + 1:))
  end function selected_first

  !> Every special function against SciPy (test_special_reference.inc,
  !> written by bindings/special_reference.py), through the rank-1 wrappers.
  subroutine test_special_reference()
    real(c_double), allocatable :: out(:)
    integer(c_int32_t) :: status
    include 'test_special_reference.inc'
  end subroutine test_special_reference

  !> Status OK and every value within 1e-13 of SciPy's (relative).
  subroutine check_special_values(name, got, want, status)
    character(len=*), intent(in) :: name
    real(c_double), intent(in) :: got(:), want(:)
    integer(c_int32_t), intent(in) :: status
    call check(status == SCIPORT_OK, 'special ' // name // ': status')
    call check(all(abs(got - want) <= 1e-13_c_double * abs(want)), 'special ' // name // ': values')
  end subroutine check_special_values

  !> Scalars, a scalar broadcast against a vector and a matrix, domain values
  !> (NaN, not a status) and the shape error.
  subroutine test_special_forms()
    real(c_double) :: y, x(3), p(3), m(2, 3), pm(2, 3), bad(2)
    integer(c_int32_t) :: status
    character(len=:), allocatable :: msg
    integer :: i, j
    call sciport_special_gamma(5.0_c_double, y, status)
    call check(status == SCIPORT_OK .and. abs(y - 24.0_c_double) <= 0.0_c_double, 'special gamma(5) = 24')
    call sciport_special_erfinv(2.0_c_double, y, status)
    call check(status == SCIPORT_OK .and. ieee_is_nan(y), 'special erfinv(2) is NaN, status OK')
    x = [0.5_c_double, 1.0_c_double, 4.0_c_double]
    call sciport_special_gammainc(1.0_c_double, x, p, status)
    call check(status == SCIPORT_OK .and. all(abs(p - (1 - exp(-x))) <= 1e-15_c_double), &
        'special gammainc(1, x) = 1 - exp(-x)')
    m = reshape([0.1_c_double, 0.2_c_double, 1.0_c_double, 2.0_c_double, 5.0_c_double, &
        9.0_c_double], [2, 3])
    call sciport_special_gammaincc(m, 2.5_c_double, pm, status)
    call check(status == SCIPORT_OK, 'special gammaincc(matrix, scalar): status')
    do j = 1, 3
      do i = 1, 2
        call sciport_special_gammaincc(m(i, j), 2.5_c_double, y, status)
        call check(abs(pm(i, j) - y) <= 0.0_c_double, 'special gammaincc(matrix, scalar) equals the scalar calls')
      end do
    end do
    call sciport_special_xlogy(x, x, bad, status, msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH, 'special xlogy into a wrong-sized out: status')
    call check(index(msg, 'broadcast') > 0, 'special xlogy: message names broadcasting: ' // msg)
  end subroutine test_special_forms

  !> logsumexp, softmax and log_softmax against SciPy 1.17.1 (scipy.special, values
  !> printed with repr by /work/venv/bin/python, each after the call that produced
  !> it), on M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]), the Fortran m(2, 3)
  !> below (SciPy's axis=0 is dim = 1, axis=1 is dim = 2).
  subroutine test_special_axis()
    real(c_double) :: m(2, 3), v, s, col(3), row(2), scol(2), x(4), sx(4), out(2, 3), w(1, 3), &
        cw(2, 1), bad(2)
    integer(c_int32_t) :: status
    character(len=:), allocatable :: msg
    m = reshape([1.0_c_double, 4.0_c_double, 2.0_c_double, 5.0_c_double, 3.0_c_double, &
        6.5_c_double], [2, 3])
    x = [1.0_c_double, 2.0_c_double, 3.0_c_double, 4.5_c_double]
    ! logsumexp(np.array([1.0, 2.0, 3.0, 4.5])) -> 4.789240264485775
    call sciport_special_logsumexp(x, v, status)
    call check(status == SCIPORT_OK .and. rel_close(v, 4.789240264485775_c_double), &
        'special logsumexp of a vector')
    call sciport_special_logsumexp(x, v, status, b=[2.0_c_double])
    call check(status == SCIPORT_OK .and. rel_close(v, 4.789240264485775_c_double + log(2.0_c_double)), &
        'special logsumexp with one weight')
    ! logsumexp([1., 2., 3.], b=[1., -2., 0.5], return_sign=True) -> (0.7016419515146493, -1.0)
    call sciport_special_logsumexp(x(1:3), v, status, b=[1.0_c_double, -2.0_c_double, 0.5_c_double], &
        sign=s)
    call check(status == SCIPORT_OK .and. rel_close(v, 0.7016419515146493_c_double) .and. &
        abs(s + 1) <= 0.0_c_double, 'special logsumexp negative weights with sign')
    ! logsumexp([1., 2., 3.], b=[1., -2., 0.5]) -> nan
    call sciport_special_logsumexp(x(1:3), v, status, b=[1.0_c_double, -2.0_c_double, 0.5_c_double])
    call check(status == SCIPORT_OK .and. ieee_is_nan(v), 'special logsumexp negative sum is NaN')
    ! logsumexp(M, axis=0)
    call sciport_special_logsumexp(m, 1, col, status)
    call check(status == SCIPORT_OK .and. all_rel_close(col, [4.048587351573742_c_double, &
        5.048587351573742_c_double, 6.529750418272621_c_double]), 'special logsumexp dim = 1')
    ! logsumexp(M, axis=1)
    call sciport_special_logsumexp(m, 2, row, status)
    call check(status == SCIPORT_OK .and. all_rel_close(row, [3.40760596444438_c_double, &
        6.7663678998071335_c_double]), 'special logsumexp dim = 2')
    ! logsumexp(M)
    call sciport_special_logsumexp(m, v, status)
    call check(status == SCIPORT_OK .and. rel_close(v, 6.800555091087515_c_double), &
        'special logsumexp of a whole matrix')
    ! logsumexp(M, axis=1, b=[1., -1., -0.5], return_sign=True)
    !   -> ([2.6887683439621606, 6.05534463025317], [-1.0, -1.0])
    w = reshape([1.0_c_double, -1.0_c_double, -0.5_c_double], [1, 3])
    call sciport_special_logsumexp(m, 2, row, status, b=w, sign=scol)
    call check(status == SCIPORT_OK .and. all_rel_close(row, [2.6887683439621606_c_double, &
        6.05534463025317_c_double]) .and. all(abs(scol + 1) <= 0.0_c_double), &
        'special logsumexp dim = 2, row weights, sign')
    ! logsumexp(M, axis=0, b=np.array([[2.0], [0.5]]))
    cw = reshape([2.0_c_double, 0.5_c_double], [2, 1])
    call sciport_special_logsumexp(m, 1, col, status, b=cw)
    call check(status == SCIPORT_OK .and. all_rel_close(col, [3.488464352119415_c_double, &
        4.488464352119415_c_double, 5.920886197187_c_double]), 'special logsumexp column weights')
    ! softmax(M, axis=0)
    call sciport_special_softmax(m, out, status, dim=1)
    call check(status == SCIPORT_OK .and. all_rel_close(reshape(out, [6]), reshape(reshape( &
        [0.04742587317756679_c_double, 0.04742587317756679_c_double, 0.02931223075135632_c_double, &
        0.9525741268224334_c_double, 0.9525741268224334_c_double, 0.9706877692486436_c_double], &
        [2, 3], order=[2, 1]), [6])), 'special softmax dim = 1')
    ! softmax(M, axis=1)
    call sciport_special_softmax(m, out, status, dim=2)
    call check(status == SCIPORT_OK .and. all_rel_close(reshape(out, [6]), reshape(reshape( &
        [0.09003057317038046_c_double, 0.24472847105479764_c_double, 0.6652409557748218_c_double, &
        0.0628900132458675_c_double, 0.17095278019779026_c_double, 0.7661572065563422_c_double], &
        [2, 3], order=[2, 1]), [6])), 'special softmax dim = 2')
    ! softmax(M)
    call sciport_special_softmax(m, out, status)
    call check(status == SCIPORT_OK .and. all_rel_close(reshape(out, [6]), reshape(reshape( &
        [0.00302587464306774_c_double, 0.00822518005744603_c_double, 0.02235835748595929_c_double, &
        0.06077631686827439_c_double, 0.1652071577436992_c_double, 0.7404071132015533_c_double], &
        [2, 3], order=[2, 1]), [6])), 'special softmax of a whole matrix')
    ! log_softmax(M, axis=1)
    call sciport_special_log_softmax(m, out, status, dim=2)
    call check(status == SCIPORT_OK .and. all_rel_close(reshape(out, [6]), reshape(reshape( &
        [-2.4076059644443806_c_double, -1.4076059644443804_c_double, -0.4076059644443804_c_double, &
        -2.7663678998071335_c_double, -1.7663678998071337_c_double, -0.26636789980713366_c_double], &
        [2, 3], order=[2, 1]), [6])), 'special log_softmax dim = 2')
    ! log_softmax(M, axis=0)
    call sciport_special_log_softmax(m, out, status, dim=1)
    call check(status == SCIPORT_OK .and. all_rel_close(reshape(out, [6]), reshape(reshape( &
        [-3.048587351573742_c_double, -3.048587351573742_c_double, -3.5297504182726205_c_double, &
        -0.04858735157374196_c_double, -0.04858735157374196_c_double, -0.02975041827262065_c_double], &
        [2, 3], order=[2, 1]), [6])), 'special log_softmax dim = 1')
    ! softmax(np.array([1.0, 2.0, 3.0, 4.5])), log_softmax of the same
    call sciport_special_softmax(x, sx, status)
    call check(status == SCIPORT_OK .and. all_rel_close(sx, [0.02261277505503388_c_double, &
        0.0614678955231306_c_double, 0.16708706343414498_c_double, 0.7488322659876905_c_double]), &
        'special softmax of a vector')
    call sciport_special_log_softmax(x, sx, status)
    call check(status == SCIPORT_OK .and. all_rel_close(sx, [-3.7892402644857746_c_double, &
        -2.7892402644857746_c_double, -1.7892402644857746_c_double, -0.2892402644857746_c_double]), &
        'special log_softmax of a vector')
    ! bad input: wrong-length b (the library's message), dim out of range, wrong out size
    call sciport_special_logsumexp(x(1:3), v, status, b=[1.0_c_double, 2.0_c_double], errmsg=msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH, 'special logsumexp wrong-length b: status')
    call check(msg == 'b with shape (2,) does not broadcast against the other operands (shape (3,) so far)', &
        'special logsumexp wrong-length b: the library''s message: ' // msg)
    call sciport_special_logsumexp(m, 3, col, status, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. index(msg, 'dim = 3 is out of range') > 0, &
        'special logsumexp dim = 3: ' // msg)
    call sciport_special_softmax(m, out, status, dim=0, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. index(msg, 'dim = 0 is out of range') > 0, &
        'special softmax dim = 0: ' // msg)
    call sciport_special_logsumexp(m, 1, bad, status, errmsg=msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH .and. index(msg, 'out has shape (2,)') > 0, &
        'special logsumexp into values of the wrong size: ' // msg)
    call sciport_special_softmax(x, sx(1:3), status, errmsg=msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH, 'special softmax into a short out: ' // msg)
  end subroutine test_special_axis

  !> |got - want| <= 1e-13 |want|.
  logical function rel_close(got, want)
    real(c_double), intent(in) :: got, want
    rel_close = abs(got - want) <= 1e-13_c_double * abs(want)
  end function rel_close

  !> rel_close elementwise, with equal sizes.
  logical function all_rel_close(got, want)
    real(c_double), intent(in) :: got(:), want(:)
    all_rel_close = size(got) == size(want)
    if (all_rel_close) all_rel_close = all(abs(got - want) <= 1e-13_c_double * abs(want))
  end function all_rel_close

  !> comb (scalars, vectors, a matrix; repetition) and the exact counts against
  !> SciPy 1.17.1: each expected value was printed by
  !> /work/venv/bin/python -W ignore -c 'import scipy.special as sc; print(<call>)'
  !> with the call named next to it.
  subroutine test_special_comb()
    real(c_double) :: y, v(4), m(2, 4), col(2), row(4), bad(2)
    integer(c_int32_t) :: status
    character(len=:), allocatable :: msg, digits
    integer :: i, j
    ! sc.comb(10, 3) -> 120.0; sc.comb(10, 3, repetition=True) -> 220.0
    call sciport_special_comb(10.0_c_double, 3.0_c_double, y, status)
    call check(status == SCIPORT_OK .and. abs(y - 120.0_c_double) <= 0.0_c_double, 'special comb(10, 3) = 120')
    call sciport_special_comb(10.0_c_double, 3.0_c_double, y, status, repetition=.true.)
    call check(status == SCIPORT_OK .and. abs(y - 220.0_c_double) <= 0.0_c_double, &
        'special comb(10, 3, repetition) = 220')
    ! sc.comb(5, 7) -> 0.0
    call sciport_special_comb(5.0_c_double, 7.0_c_double, y, status, repetition=.false.)
    call check(status == SCIPORT_OK .and. abs(y) <= 0.0_c_double, 'special comb(5, 7) = 0')
    ! sc.comb([10, 5, 4, 0], [3, 2, 0, 2], repetition=True) -> [220., 15., 1., 0.]
    call sciport_special_comb([10.0_c_double, 5.0_c_double, 4.0_c_double, 0.0_c_double], &
        [3.0_c_double, 2.0_c_double, 0.0_c_double, 2.0_c_double], v, status, repetition=.true.)
    call check(status == SCIPORT_OK .and. all(abs(v - [220.0_c_double, 15.0_c_double, 1.0_c_double, &
        0.0_c_double]) <= 0.0_c_double), 'special comb of vectors with repetition')
    ! sc.comb(10, [0, 1, 2, 3]) -> [1., 10., 45., 120.]
    call sciport_special_comb(10.0_c_double, [0.0_c_double, 1.0_c_double, 2.0_c_double, 3.0_c_double], v, status)
    call check(status == SCIPORT_OK .and. all(abs(v - [1.0_c_double, 10.0_c_double, 45.0_c_double, &
        120.0_c_double]) <= 0.0_c_double), 'special comb(10, vector)')
    ! sc.comb(np.array([[4.], [10.]]), np.array([0., 1., 2., 3.]), repetition=True)
    !   -> [[1., 4., 10., 20.], [1., 10., 55., 220.]]: the matrix form, checked
    ! against the scalar calls and SciPy's corner values
    col = [4.0_c_double, 10.0_c_double]
    row = [0.0_c_double, 1.0_c_double, 2.0_c_double, 3.0_c_double]
    m = spread(col, 2, 4)
    call sciport_special_comb(m, spread(row, 1, 2), m, status, repetition=.true.)
    call check(status == SCIPORT_OK .and. abs(m(1, 4) - 20.0_c_double) <= 0.0_c_double .and. &
        abs(m(2, 4) - 220.0_c_double) <= 0.0_c_double .and. abs(m(2, 3) - 55.0_c_double) <= 0.0_c_double, &
        'special comb of a matrix with repetition, in place')
    do j = 1, 4
      do i = 1, 2
        call sciport_special_comb(col(i), row(j), y, status, repetition=.true.)
        call check(abs(m(i, j) - y) <= 0.0_c_double, 'special comb matrix equals the scalar calls')
      end do
    end do
    call sciport_special_comb(v(1:3), v(1:2), bad, status, errmsg=msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH .and. index(msg, 'broadcast') > 0, &
        'special comb lengths 3, 2 into 2: ' // msg)

    ! sc.comb(100, 50, exact=True) -> 100891344545564193334812497256
    digits = sciport_special_comb_exact(100, 50, status)
    call check(status == SCIPORT_OK .and. digits == '100891344545564193334812497256', &
        'special comb_exact(100, 50) = ' // digits)
    ! sc.comb(10, 3, exact=True, repetition=True) -> 220; sc.comb(5, 7, exact=True) -> 0
    digits = sciport_special_comb_exact(10_c_int64_t, 3_c_int64_t, status, repetition=.true.)
    call check(status == SCIPORT_OK .and. digits == '220', 'special comb_exact(10, 3, repetition) = ' // digits)
    digits = sciport_special_comb_exact(5, 7, status)
    call check(status == SCIPORT_OK .and. digits == '0', 'special comb_exact(5, 7) = ' // digits)
    ! sc.perm(10, 3, exact=True) -> 720; sc.perm(20, 20, exact=True) -> 2432902008176640000
    digits = sciport_special_perm_exact(10, 3, status)
    call check(status == SCIPORT_OK .and. digits == '720', 'special perm_exact(10, 3) = ' // digits)
    digits = sciport_special_perm_exact(20_c_int64_t, 20_c_int64_t, status)
    call check(status == SCIPORT_OK .and. digits == '2432902008176640000', 'special perm_exact(20, 20) = ' // digits)
    ! sc.factorial(25, exact=True) -> 15511210043330985984000000; sc.factorial(0, exact=True) -> 1
    digits = sciport_special_factorial_exact(25, status)
    call check(status == SCIPORT_OK .and. digits == '15511210043330985984000000', &
        'special factorial_exact(25) = ' // digits)
    digits = sciport_special_factorial_exact(0_c_int64_t, status)
    call check(status == SCIPORT_OK .and. digits == '1', 'special factorial_exact(0) = ' // digits)
    ! sc.factorial2(9, exact=True) -> 945; sc.factorial2(-1, exact=True) -> 0
    digits = sciport_special_factorial2_exact(9, status)
    call check(status == SCIPORT_OK .and. digits == '945', 'special factorial2_exact(9) = ' // digits)
    digits = sciport_special_factorial2_exact(-1, status)
    call check(status == SCIPORT_OK .and. digits == '0', 'special factorial2_exact(-1) = ' // digits)
    ! beyond the digit limit: the library's status and message, no digits
    digits = sciport_special_factorial_exact(1000000, status, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(digits) == 0, &
        'special factorial_exact(1000000): status')
    call check(index(msg, 'limited to 100000 digits') > 0, 'special factorial_exact(1000000): message ' // msg)
  end subroutine test_special_comb

  !> The frozen distributions against SciPy 1.17.1: d = scipy.stats.norm(loc=1.5,
  !> scale=2.5), d.pdf(x) ... d.isf(q) at x = [-1, .5, 1.5, 4, -inf, inf, nan],
  !> q = [.025, .5, .9, 0, 1, nan], d.mean(), d.moment(n), d.stats('mvsk'),
  !> d.interval(.95), d.support() (also in tests/reference/stats/norm.json).
  subroutine test_stats_dist()
    type(sciport_dist_t) :: d, bad
    real(c_double) :: x(7), q(6), y(7), yq(6), m(2, 2), om(2, 2), v, lo, hi, s(4)
    real(c_double) :: inf, nan, moments(5)
    integer(c_int32_t) :: status
    character(len=:), allocatable :: msg, names, shapes
    integer :: n, i
    logical :: discrete
    inf = ieee_value(1d0, ieee_positive_inf)
    nan = ieee_value(1d0, ieee_quiet_nan)
    x = [-1d0, 0.5d0, 1.5d0, 4d0, -inf, inf, nan]
    q = [0.025d0, 0.5d0, 0.9d0, 0d0, 1d0, nan]
    call sciport_dist_new(d, 'norm', [real(c_double) ::], 1.5d0, 2.5d0, status, msg)
    call check(status == SCIPORT_OK .and. len(msg) == 0, 'dist_new norm(1.5, 2.5)')

    call sciport_dist_pdf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [0.09678828980765734d0, 0.14730805612132933d0, &
        0.15957691216057307d0, 0.09678828980765734d0, 0d0, 0d0, nan]), 'dist pdf')
    call sciport_dist_logpdf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [-2.3352292650788278d0, -1.9152292650788278d0, &
        -1.8352292650788278d0, -2.3352292650788278d0, -inf, -inf, nan]), 'dist logpdf')
    call sciport_dist_cdf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [0.15865525393145707d0, 0.3445782583896758d0, &
        0.5d0, 0.8413447460685429d0, 0d0, 1d0, nan]), 'dist cdf')
    call sciport_dist_logcdf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [-1.8410216450092634d0, -1.0654340491895766d0, &
        -0.6931471805599453d0, -0.1727537790234499d0, -inf, 0d0, nan]), 'dist logcdf')
    call sciport_dist_sf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [0.8413447460685429d0, 0.6554217416103242d0, &
        0.5d0, 0.15865525393145707d0, 1d0, 0d0, nan]), 'dist sf')
    call sciport_dist_logsf(d, x, y, status)
    call check(status == SCIPORT_OK .and. dist_same(y, [-0.1727537790234499d0, -0.42247637022777607d0, &
        -0.6931471805599453d0, -1.8410216450092634d0, 0d0, -inf, nan]), 'dist logsf')
    call sciport_dist_ppf(d, q, yq, status)
    call check(status == SCIPORT_OK .and. dist_same(yq, [-3.3999099613501365d0, 1.5d0, &
        4.703878913861501d0, -inf, inf, nan]), 'dist ppf')
    call sciport_dist_isf(d, q, yq, status)
    call check(status == SCIPORT_OK .and. dist_same(yq, [6.3999099613501365d0, 1.5d0, &
        -1.7038789138615007d0, inf, -inf, nan]), 'dist isf')
    ! scalar forms
    v = -7
    call sciport_dist_pdf(d, -1d0, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [0.09678828980765734d0]), 'dist pdf scalar')
    call sciport_dist_ppf(d, 0.9d0, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [4.703878913861501d0]), 'dist ppf scalar')
    ! a column-major matrix m(i, j): m = [[-1, 1.5], [.5, 4]] (passed without copies)
    m = reshape([-1d0, 0.5d0, 1.5d0, 4d0], [2, 2])
    call sciport_dist_cdf(d, m, om, status)
    call check(status == SCIPORT_OK .and. dist_same(reshape(om, [4]), [0.15865525393145707d0, &
        0.3445782583896758d0, 0.5d0, 0.8413447460685429d0]), 'dist cdf of a matrix')
    call sciport_dist_sf(d, m, om, status)
    call check(status == SCIPORT_OK .and. dist_same([om(1, 2), om(2, 1)], [0.5d0, 0.6554217416103242d0]), &
        'dist sf of a matrix')

    call sciport_dist_mean(d, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [1.5d0]), 'dist mean')
    call sciport_dist_var(d, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [6.25d0]), 'dist var')
    call sciport_dist_std(d, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [2.5d0]), 'dist std')
    call sciport_dist_median(d, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [1.5d0]), 'dist median')
    call sciport_dist_entropy(d, v, status)
    call check(status == SCIPORT_OK .and. dist_same([v], [2.3352292650788278d0]), 'dist entropy')
    moments = [1d0, 1.5d0, 8.5d0, 31.500000000000004d0, 206.62500000000006d0]
    do i = 0, 4
      call sciport_dist_moment(d, i, v, status)
      call check(status == SCIPORT_OK .and. dist_same([v], [moments(i + 1)]), 'dist moment')
    end do
    call sciport_dist_stats(d, s(1), s(2), s(3), s(4), status)
    call check(status == SCIPORT_OK .and. dist_same(s, [1.5d0, 6.25d0, 0d0, 0d0]), 'dist stats')
    call sciport_dist_interval(d, 0.95d0, lo, hi, status)
    call check(status == SCIPORT_OK .and. dist_same([lo, hi], [-3.3999099613501347d0, 6.399909961350135d0]), &
        'dist interval(0.95)')
    call sciport_dist_support(d, lo, hi, status)
    call check(status == SCIPORT_OK .and. dist_same([lo, hi], [-inf, inf]), 'dist support')

    names = sciport_dist_names()
    call check(index(names, 'norm') > 0, 'dist names has norm')
    call sciport_dist_family('norm', shapes, n, discrete, status)
    call check(status == SCIPORT_OK .and. len(shapes) == 0 .and. n == 0 .and. .not. discrete, &
        'dist family(norm)')

    ! invalid parameters (scale -1) give NaN, as SciPy's
    call sciport_dist_new(bad, 'norm', [real(c_double) ::], 0d0, -1d0, status)
    call sciport_dist_pdf(bad, 0d0, v, status)
    call check(status == SCIPORT_OK .and. ieee_is_nan(v), 'dist norm(scale=-1) pdf is NaN')
    call sciport_dist_free(bad)
    call check(.not. c_associated(bad%ptr), 'dist_free clears the handle')
    call sciport_dist_free(bad)   ! twice is harmless

    ! errors: status and message; outputs untouched
    call sciport_dist_new(bad, 'no_such_family', [real(c_double) ::], 0d0, 1d0, status, msg)
    call check(status == SCIPORT_ERR_UNKNOWN_NAME .and. index(msg, 'norm') > 0 .and. &
        .not. c_associated(bad%ptr), 'dist_new unknown name lists the names')
    call sciport_dist_family('no_such_family', shapes, n, discrete, status, msg)
    call check(status == SCIPORT_ERR_UNKNOWN_NAME .and. len(msg) > 0, 'dist family unknown name')
    call sciport_dist_new(bad, 'norm', [1d0], 0d0, 1d0, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'dist_new norm with a shape')
    v = -7
    call sciport_dist_pmf(d, 1d0, v, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. dist_same([v], [-7d0]), 'dist pmf of norm')
    call sciport_dist_logpmf(d, x, y, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT, 'dist logpmf of norm')
    call sciport_dist_moment(d, -1, v, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. dist_same([v], [-7d0]), 'dist moment(-1)')
    call sciport_dist_interval(d, 1.5d0, lo, hi, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'dist interval(1.5)')
    y = -7
    call sciport_dist_cdf(d, x, y(1:3), status, msg)
    call check(status == SCIPORT_ERR_DIMENSION_MISMATCH .and. all(abs(y + 7) <= 0), 'dist cdf shape mismatch')
    call sciport_dist_mean(bad, v, status, msg)
    call check(status == SCIPORT_ERR_NULL_POINTER .and. dist_same([v], [-7d0]), 'dist mean of a freed handle')
    call sciport_dist_free(d)

    ! shaped and discrete families (exact values): beta(2, 3).cdf(0.5) = 11/16,
    ! pdf(0.5) = 1.5; poisson(2).pmf(0) = exp(-2), ppf(0.5) = 2; no pdf for poisson
    call sciport_dist_new(d, 'beta', [2d0, 3d0], 0d0, 1d0, status)
    call sciport_dist_cdf(d, 0.5d0, v, status)
    call check(status == SCIPORT_OK .and. abs(v - 11d0 / 16d0) <= 1d-15, 'dist beta(2, 3) cdf(0.5)')
    call sciport_dist_pdf(d, 0.5d0, v, status)
    call check(status == SCIPORT_OK .and. abs(v - 1.5d0) <= 1d-15, 'dist beta(2, 3) pdf(0.5)')
    call sciport_dist_free(d)
    call sciport_dist_new(d, 'poisson', [2d0], 0d0, 1d0, status)
    call sciport_dist_pmf(d, 0d0, v, status)
    call check(status == SCIPORT_OK .and. abs(v - exp(-2d0)) <= 1d-15 * exp(-2d0), 'dist poisson(2) pmf(0)')
    call sciport_dist_ppf(d, 0.5d0, v, status)
    call check(status == SCIPORT_OK .and. abs(v - 2d0) <= 0d0, 'dist poisson(2) ppf(0.5)')
    call sciport_dist_pdf(d, 1d0, v, status, msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. index(msg, 'pmf') > 0, 'dist pdf of poisson')
    call sciport_dist_free(d)
  end subroutine test_stats_dist

  !> sciport_dist_fit against SciPy 1.17.1 (the call beside each value), data =
  !> np.array([2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5]).
  subroutine test_stats_fit()
    real(c_double) :: data(8), loc, scale, nan, none(0), one(1)
    integer(c_int32_t) :: status
    character(len=:), allocatable :: msg
    nan = ieee_value(1d0, ieee_quiet_nan)
    data = [2.1d0, -0.4d0, 3.3d0, 1.7d0, 0.9d0, 2.8d0, -1.2d0, 1.5d0]
    ! stats.norm.fit(data) -> (1.3375, 1.4308542029151676): mean and RMS deviation
    call sciport_dist_fit('norm', data, none, loc, scale, status, errmsg=msg)
    call check(status == SCIPORT_OK .and. len(msg) == 0 .and. near(loc, 1.3375d0, 1d-12) .and. &
        near(scale, 1.4308542029151676d0, 1d-12), 'dist_fit norm MLE')
    call sciport_dist_fit('norm', data, none, loc, scale, status, method='mle', &
        fixed_shapes=none, guess_shapes=none)
    call check(status == SCIPORT_OK .and. near(scale, 1.4308542029151676d0, 1d-12), &
        'dist_fit norm method=mle, empty shapes')
    ! stats.norm.fit(data, floc=0.5) -> (0.5, 1.6579354631589254)
    call sciport_dist_fit('norm', data, none, loc, scale, status, floc=0.5d0)
    call check(status == SCIPORT_OK .and. dist_same([loc], [0.5d0]) .and. near(scale, 1.6579354631589254d0, 1d-12), &
        'dist_fit norm floc=0.5')
    ! stats.norm.fit(data, fscale=2.0) -> (1.3375, 2.0)
    call sciport_dist_fit('norm', data, none, loc, scale, status, fscale=2d0)
    call check(status == SCIPORT_OK .and. near(loc, 1.3375d0, 1d-12) .and. dist_same([scale], [2d0]), &
        'dist_fit norm fscale=2')
    ! stats.norm.fit(data, method="MM") -> (1.3375, 1.4308542029151676)
    call sciport_dist_fit('norm', data, none, loc, scale, status, method='MM')
    call check(status == SCIPORT_OK .and. near(loc, 1.3375d0, 1d-3) .and. &
        near(scale, 1.4308542029151676d0, 1d-3), 'dist_fit norm MM')
    ! stats.norm.fit(data[:4]) -> (1.675, 1.3348689074212494); starting values change nothing
    call sciport_dist_fit('norm', data(1:4), none, loc, scale, status, start_loc=10d0, start_scale=3d0)
    call check(status == SCIPORT_OK .and. near(loc, 1.675d0, 1d-12) .and. &
        near(scale, 1.3348689074212494d0, 1d-12), 'dist_fit norm data(1:4), start values')
    ! errors: status and message, loc and scale untouched
    loc = -7
    scale = -7
    ! stats.norm.fit([1, nan, 2]): ValueError
    call sciport_dist_fit('norm', [1d0, nan, 2d0], none, loc, scale, status, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. &
        index(msg, 'The data contains non-finite values.') > 0 .and. dist_same([loc], [-7d0]) .and. dist_same([scale], [-7d0]), &
        'dist_fit non-finite data: ' // msg)
    ! stats.norm.fit(data, floc=0.5, fscale=2.0): ValueError
    call sciport_dist_fit('norm', data, none, loc, scale, status, floc=0.5d0, fscale=2d0, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. &
        index(msg, 'All parameters fixed. There is nothing to optimize.') > 0 .and. dist_same([loc], [-7d0]), &
        'dist_fit all fixed: ' // msg)
    call sciport_dist_fit('no_such_family', data, none, loc, scale, status, errmsg=msg)
    call check(status == SCIPORT_ERR_UNKNOWN_NAME .and. index(msg, 'norm') > 0, 'dist_fit unknown family')
    call sciport_dist_fit('norm', data, none, loc, scale, status, method='XX', errmsg=msg)
    call check(status == SCIPORT_ERR_UNKNOWN_NAME .and. index(msg, 'MM') > 0, 'dist_fit unknown method')
    call sciport_dist_fit('norm', none, none, loc, scale, status, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'dist_fit no data')
    call sciport_dist_fit('norm', data, one, loc, scale, status, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0 .and. dist_same([loc], [-7d0]), &
        'dist_fit a shape for norm')
    call sciport_dist_fit('norm', data, none, loc, scale, status, fixed_shapes=[1d0], errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. index(msg, 'fixed_shapes') > 0, &
        'dist_fit fixed_shapes of the wrong size')
    call check(SCIPORT_ERR_FIT_FAILED == 10 .and. len(sciport_c_string(sciport_status_str(SCIPORT_ERR_FIT_FAILED))) > 0, &
        'SCIPORT_ERR_FIT_FAILED')
  end subroutine test_stats_fit

  !> sciport_dist_expect against SciPy 1.17.1: d = stats.norm(loc=1.5, scale=2.5)
  !> and d.expect(...) as beside each value.
  subroutine test_stats_expect()
    type(sciport_dist_t) :: d, freed
    type(counter), target :: cnt
    real(c_double) :: v
    integer(c_int32_t) :: status, code
    character(len=:), allocatable :: msg
    call sciport_dist_new(d, 'norm', [real(c_double) ::], 1.5d0, 2.5d0, status)
    ! d.expect() -> 1.5
    call sciport_dist_expect(d, v, status, errmsg=msg)
    call check(status == SCIPORT_OK .and. len(msg) == 0 .and. near(v, 1.5d0, 1d-10), 'dist_expect mean')
    ! d.expect(lambda x: x**2) -> 8.500000000000002, with user data counting the calls
    cnt = counter(0, 0d0)
    call sciport_dist_expect(d, v, status, f=x_squared, user_data=c_loc(cnt))
    call check(status == SCIPORT_OK .and. near(v, 8.500000000000002d0, 1d-10) .and. cnt%calls > 0, &
        'dist_expect x^2')
    ! d.expect(lambda x: x**2, lb=0.0, ub=3.0) -> 1.3385124765602519
    call sciport_dist_expect(d, v, status, x_squared, lb=0d0, ub=3d0)
    call check(status == SCIPORT_OK .and. near(v, 1.3385124765602519d0, 1d-10), 'dist_expect x^2 on [0, 3]')
    ! ... conditional=True -> 2.964631146219713
    call sciport_dist_expect(d, v, status, x_squared, lb=0d0, ub=3d0, conditional=.true.)
    call check(status == SCIPORT_OK .and. near(v, 2.964631146219713d0, 1d-10), &
        'dist_expect x^2 on [0, 3] conditional')
    ! d.expect(lb=2.0) -> 1.6087171707799415; conditional=True -> 3.823539620214003
    call sciport_dist_expect(d, v, status, lb=2d0)
    call check(status == SCIPORT_OK .and. near(v, 1.6087171707799415d0, 1d-10), 'dist_expect lb=2')
    call sciport_dist_expect(d, v, status, lb=2d0, conditional=.true.)
    call check(status == SCIPORT_OK .and. near(v, 3.823539620214003d0, 1d-10), 'dist_expect lb=2 conditional')
    ! d.expect(ub=1.0) -> -0.3464962990972496
    call sciport_dist_expect(d, v, status, ub=1d0)
    call check(status == SCIPORT_OK .and. near(v, -0.3464962990972496d0, 1d-10), 'dist_expect ub=1')
    ! SciPy's quad defaults given explicitly change nothing
    call sciport_dist_expect(d, v, status, x_squared, epsabs=1.49d-8, epsrel=1.49d-8, limit=50)
    call check(status == SCIPORT_OK .and. near(v, 8.500000000000002d0, 1d-10), 'dist_expect quad options')
    ! a failing callback: SCIPORT_ERR_CALLBACK with its code, value untouched
    v = -7
    call sciport_dist_expect(d, v, status, fails_above_3, errmsg=msg, callback_code=code)
    call check(status == SCIPORT_ERR_CALLBACK .and. code == 42 .and. len(msg) > 0 .and. dist_same([v], [-7d0]), &
        'dist_expect failing callback: ' // msg)
    call sciport_dist_expect(d, v, status, fails_above_3, user_data=c_loc(cnt), callback_code=code)
    call check(status == SCIPORT_ERR_CALLBACK .and. code == 99, 'dist_expect callback rejecting user data')
    call sciport_dist_expect(d, v, status, limit=0, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. len(msg) > 0, 'dist_expect limit=0')
    call sciport_dist_expect(d, v, status, limit=-1, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. index(msg, 'negative') > 0, 'dist_expect limit=-1')
    call sciport_dist_expect(d, v, status, epsabs=0d0, epsrel=0d0, errmsg=msg)
    call check(status == SCIPORT_ERR_INVALID_ARGUMENT .and. dist_same([v], [-7d0]), 'dist_expect epsabs = epsrel = 0')
    call sciport_dist_expect(freed, v, status, errmsg=msg)
    call check(status == SCIPORT_ERR_NULL_POINTER .and. dist_same([v], [-7d0]), 'dist_expect of an empty handle')
    call sciport_dist_free(d)
  end subroutine test_stats_expect

  !> |got - want| <= tol |want|.
  logical function near(got, want, rtol)
    real(c_double), intent(in) :: got, want, rtol
    near = abs(got - want) <= rtol * abs(want)
  end function near

  !> Same values: NaN matches NaN, infinities exactly, else within tol relative.
  logical function dist_same(got, want)
    real(c_double), intent(in) :: got(:), want(:)
    integer :: i
    dist_same = size(got) == size(want)
    if (.not. dist_same) return
    do i = 1, size(want)
      if (ieee_is_nan(want(i))) then
        dist_same = dist_same .and. ieee_is_nan(got(i))
      else if (.not. ieee_is_finite(want(i))) then
        dist_same = dist_same .and. .not. ieee_is_finite(got(i)) .and. .not. ieee_is_nan(got(i)) &
            .and. ((got(i) > 0) .eqv. (want(i) > 0))
      else
        dist_same = dist_same .and. abs(got(i) - want(i)) <= tol * max(1d0, abs(want(i)))
      end if
    end do
  end function dist_same
end program test_sciport
