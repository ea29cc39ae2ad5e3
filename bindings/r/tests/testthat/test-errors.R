# sciport errors reach R as conditions of class "sciport_error" carrying the
# status code and sciport's message; the package keeps working afterwards.

expect_sciport_error <- function(expr, status, pattern) {
  cond <- catch_condition(expr)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  expect_match(conditionMessage(cond), pattern)
  invisible(cond)
}

test_that("invalid fft arguments give sciport errors naming the argument", {
  x <- rnorm(8)
  expect_sciport_error(sciport::fft(x, axis = 1), 2L, "axis")
  expect_sciport_error(sciport::fft(x, axis = -2), 2L, "axis")
  expect_sciport_error(sciport::fft(x, norm = "bogus"), 4L, "norm.*bogus")
  expect_sciport_error(sciport::rfft(x, n = 0), 2L, "\\bn\\b")
  expect_sciport_error(sciport::ifft(x, n = 2.5), 2L, "\\bn\\b")
  expect_sciport_error(sciport::dct(x, type = 5), 2L, "type")
  expect_sciport_error(sciport::dst(x, orthogonalize = NA), 2L, "orthogonalize")
  expect_sciport_error(sciport::fft(x, workers = 0), 2L, "workers")
  expect_sciport_error(sciport::fft2(x), 2L, "ax")
  expect_sciport_error(sciport::fftn(matrix(x, 2), axes = c(0, 0)), 2L, "ax")
  expect_sciport_error(sciport::fftn(matrix(x, 2), s = c(2, 2), axes = 0), 3L, "s|axes")
  expect_sciport_error(sciport::fftn(matrix(x, 2), s = c(0, 4)), 2L, "\\bs\\b|data points")
  expect_sciport_error(sciport::irfft(1 + 0i), 2L, "\\bn\\b|points|length")
  expect_sciport_error(sciport::fftfreq(0), 2L, "\\bn\\b")
  expect_sciport_error(sciport::fftfreq(4, d = 0), 2L, "\\bd\\b")
  expect_sciport_error(sciport::fftshift(matrix(x, 2), axes = 3), 2L, "ax")
  expect_sciport_error(sciport::next_fast_len(-1), 2L, "target")
  expect_sciport_error(sciport::rfft(1i), 2L, "real")
  expect_sciport_error(sciport::fft("a"), 2L, "numeric")
})

test_that("numbers that do not fit the C argument types are rejected, not truncated", {
  x <- rnorm(8)
  expect_sciport_error(sciport::dct(x, type = 2^32 + 2), 2L, "type")
  expect_sciport_error(sciport::fft(x, workers = 2^31), 2L, "workers")
  expect_sciport_error(sciport::fft(x, axis = 1e20), 2L, "axis")
  expect_sciport_error(sciport::fft(x, n = NA), 2L, "\\bn\\b")
  expect_sciport_error(sciport::fftn(matrix(x, 2), s = c(2, Inf)), 2L, "\\bs\\b")
})

test_that("the condition records the user's call and sciport's status text", {
  cond <- catch_condition(sciport::fft(1:4, norm = "nope"))
  expect_identical(deparse(conditionCall(cond)), "sciport::fft(1:4, norm = \"nope\")")
  expect_identical(cond$status_str, "unknown option name")
  expect_match(conditionMessage(cond), "\\[sciport: unknown option name\\]$")
})

test_that("errors are catchable by class and the package works afterwards", {
  for (i in 1:100) {
    res <- tryCatch(sciport::fft(1:4, axis = 3), sciport_error = function(e) e$status)
    expect_identical(res, 2L)
  }
  expect_close(sciport::fft(1:4), stats::fft(1:4))
})

test_that("invalid solver arguments give sciport errors", {
  f <- function(x) x - 1
  expect_sciport_error(root_scalar(f, method = "nope", bracket = c(0, 2)), 4L, "nope")
  expect_sciport_error(root_scalar(f), 2L, "bracket|x0")
  expect_sciport_error(root_scalar(f, bracket = c(2, 3)), 2L, "sign")
  expect_sciport_error(root_scalar(f, bracket = 1), 2L, "bracket")
  expect_sciport_error(root_scalar("f", bracket = c(0, 2)), 2L, "function")
  expect_sciport_error(root_scalar(f, x0 = 0, fprime = 3), 2L, "fprime")
  expect_sciport_error(minimize_scalar(f, method = "bounded"), 2L, "bounds")
  expect_sciport_error(minimize_scalar(f, method = "nope"), 4L, "nope")
  expect_sciport_error(minimize_scalar(function(x) x^2, bounds = c(2, 1)), 2L, "bound")
  expect_sciport_error(minimize_scalar(f, options = 3), 2L, "options")
})
