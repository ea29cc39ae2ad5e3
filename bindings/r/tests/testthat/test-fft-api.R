# R-facing behaviour of the fft wrappers.

test_that("fft agrees with stats::fft on vectors, and fft2 on matrices", {
  x <- c(3, -1, 4, 1, -5, 9, 2, -6, 5, 3)
  expect_close(sciport::fft(x), stats::fft(x))
  expect_close(sciport::ifft(sciport::fft(x)), x + 0i)
  m <- matrix(seq(0.5, 12, by = 0.5), 4, 6)
  expect_close(sciport::fft2(m), stats::fft(m))
  expect_close(sciport::fftn(m), stats::fft(m))
  expect_close(sciport::ifftn(m), stats::fft(m, inverse = TRUE) / length(m))
})

test_that("a matrix is transformed along its last axis by default and along columns with axis = 0", {
  m <- matrix(c(1, 2, 3, 4, 5, 6), 2, 3)
  rows <- t(apply(m, 1, stats::fft))
  cols <- apply(m, 2, stats::fft)
  expect_close(sciport::fft(m), rows)
  expect_close(sciport::fft(m, axis = 0), cols)
  expect_close(sciport::fft(m, axis = -2), cols)
})

test_that("vectors stay vectors and arrays keep their dims", {
  expect_null(dim(sciport::rfft(1:9)))
  expect_length(sciport::rfft(1:9), 5)
  expect_length(sciport::irfft(sciport::rfft(1:9), n = 9), 9)
  a <- array(as.double(1:60), c(3, 4, 5))
  expect_equal(dim(sciport::rfftn(a)), c(3L, 4L, 3L))
  expect_equal(dim(sciport::fft(a, n = 8, axis = 1)), c(3L, 8L, 5L))
  expect_equal(dim(sciport::dctn(a, s = c(2, 7), axes = c(0, 2))), c(2L, 4L, 7L))
})

test_that("round trips recover the input", {
  x <- sin(seq_len(37)) * 3
  expect_close(sciport::irfft(sciport::rfft(x), n = 37), x)
  expect_close(sciport::hfft(sciport::ihfft(x), n = 37), x)
  a <- array(cos(1:120), c(4, 5, 6))
  expect_close(sciport::irfftn(sciport::rfftn(a), s = dim(a)), a)
  for (type in 1:4) {
    expect_close(sciport::idct(sciport::dct(x, type = type), type = type), x)
    expect_close(sciport::idstn(sciport::dstn(a, type = type), type = type), a)
  }
})

test_that("complex and double inputs are passed without copies", {
  skip_if_not(capabilities("profmem"), "R built without memory profiling")
  z <- complex(real = rnorm(64), imaginary = rnorm(64))
  m <- matrix(rnorm(64), 8, 8)
  copies <- character()
  tracemem(z)
  tracemem(m)
  copies <- c(copies, capture.output(invisible(list(sciport::fft(z), sciport::ifftn(z), sciport::fftshift(z)))))
  copies <- c(copies, capture.output(invisible(list(sciport::rfft2(m), sciport::dctn(m), sciport::dst(m)))))
  untracemem(z)
  untracemem(m)
  expect_identical(copies, character())
})

test_that("integer and logical input is accepted; the input is never modified", {
  x <- c(1L, 4L, 9L, 16L)
  before <- x
  expect_close(sciport::fft(x), stats::fft(x))
  expect_close(sciport::rfft(c(TRUE, FALSE, TRUE)), stats::fft(c(1, 0, 1))[1:2])
  expect_identical(x, before)
  z <- complex(real = 1:4, imaginary = 4:1)
  zc <- z + 0
  invisible(sciport::fft(z))
  expect_identical(z, zc)
})

test_that("workers, norms and thread controls work", {
  x <- matrix(rnorm(4096), 64, 64)
  one <- sciport::fft2(x)
  expect_close(sciport::fft2(x, workers = 2), one)
  expect_close(sciport::fft2(x, workers = -1), one)
  expect_close(sciport::fft2(x, norm = "ortho"), one / 64)
  expect_close(sciport::fft2(x, norm = "forward"), one / 4096)
  old <- get_num_threads()
  set_num_threads(1)
  expect_equal(get_num_threads(), 1)
  expect_close(sciport::fft2(x, workers = 2), one)
  set_num_threads(0)
  expect_gte(get_num_threads(), 1)
  expect_match(sciport_version(), "^[0-9]+\\.[0-9]+\\.[0-9]+$")
})

test_that("fft2 with axes = NULL transforms all axes, as SciPy's does", {
  a <- array(rnorm(24), c(2, 3, 4))
  expect_close(sciport::fft2(a, axes = NULL), sciport::fftn(a))
  expect_close(sciport::fft2(a), sciport::fftn(a, axes = c(1, 2)))
})

test_that("shifts, frequencies and fast lengths on small inputs", {
  expect_equal(sciport::fftshift(c(0, 1, 2, -2, -1)), c(-2, -1, 0, 1, 2))
  expect_equal(sciport::ifftshift(sciport::fftshift(1:7)), as.double(1:7))
  expect_equal(sciport::next_fast_len(1021), 1024)
  expect_equal(sciport::fftfreq(4), c(0, 0.25, -0.5, -0.25))
})
