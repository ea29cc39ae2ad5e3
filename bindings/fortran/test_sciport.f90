!> Callbacks and helpers of test_sciport (bind(C) functions as sciport_scalar_func).
module test_support
  use, intrinsic :: iso_c_binding, only: c_ptr, c_double, c_int32_t, c_int64_t, c_f_pointer, &
      c_associated
  implicit none
  private
  public :: counter, check, summary, cos_minus_x, d_cos_minus_x, failing, parabola, &
      npass, nfail

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

end module test_support

!> Tests of the Fortran binding against mathematics and SciPy's results.
!> Prints "N passed, N failed" and stops with a non-zero code on failure.
program test_sciport
  use, intrinsic :: iso_c_binding
  use sciport
  use test_support
  use, intrinsic :: ieee_arithmetic, only: ieee_is_nan
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
    integer(c_size_t) :: c_tab(64), n
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
    call check(n == size(f_tab), 'layout table length')
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

end program test_sciport
