# dist_fit() and dist_expect() against SciPy 1.17.1: every expected value was
# printed by /work/venv/bin/python; the call is beside each value, with
# data = np.array([2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5]) and
# d = stats.norm(loc=1.5, scale=2.5).

fit_data <- c(2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5)

rel_close <- function(got, want, tol) abs(got - want) <= tol * abs(want)

expect_fit_error <- function(expr, status, pattern = NULL) {
  cond <- tryCatch(expr, error = function(e) e)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  if (!is.null(pattern)) expect_match(conditionMessage(cond), pattern, fixed = TRUE)
}

test_that("dist_fit matches SciPy's norm.fit", {
  # stats.norm.fit(data) -> (1.3375, 1.4308542029151676): mean and RMS deviation
  f <- dist_fit("norm", fit_data)
  expect_identical(names(f), c("loc", "scale"))
  expect_true(rel_close(f$loc, 1.3375, 1e-12))
  expect_true(rel_close(f$scale, 1.4308542029151676, 1e-12))
  expect_true(rel_close(dist_fit("norm", fit_data, method = "mle")$scale, 1.4308542029151676, 1e-12))
  # stats.norm.fit(data, floc=0.5) -> (0.5, 1.6579354631589254), by either spelling
  for (fx in list(list(loc = 0.5), c(floc = 0.5), list(floc = 0.5))) {
    f <- dist_fit("norm", fit_data, fixed = fx)
    expect_identical(f$loc, 0.5)
    expect_true(rel_close(f$scale, 1.6579354631589254, 1e-12))
  }
  # stats.norm.fit(data, fscale=2.0) -> (1.3375, 2.0)
  f <- dist_fit("norm", fit_data, fixed = c(fscale = 2))
  expect_true(rel_close(f$loc, 1.3375, 1e-12))
  expect_identical(f$scale, 2)
  # stats.norm.fit(data, method="MM") -> (1.3375, 1.4308542029151676)
  f <- dist_fit("norm", fit_data, method = "MM")
  expect_true(rel_close(f$loc, 1.3375, 1e-3))
  expect_true(rel_close(f$scale, 1.4308542029151676, 1e-3))
  # stats.norm.fit(data[:4]) -> (1.675, 1.3348689074212494); integer data too
  f <- dist_fit("norm", fit_data[1:4], start = list(loc = 10, scale = 3))
  expect_true(rel_close(f$loc, 1.675, 1e-12))
  expect_true(rel_close(f$scale, 1.3348689074212494, 1e-12))
  # stats.norm.fit([1, 2, 4]) -> (2.3333333333333335, 1.247219128924647)
  f <- dist_fit("norm", c(1L, 2L, 4L))
  expect_true(rel_close(f$loc, 2.3333333333333335, 1e-12))
  expect_true(rel_close(f$scale, 1.247219128924647, 1e-12))
  # the fit freezes back into a dist
  fitted <- do.call(dist, c(list("norm"), dist_fit("norm", fit_data)))
  expect_true(rel_close(dist_sd(fitted), 1.4308542029151676, 1e-12))
})

test_that("dist_fit signals SciPy's errors", {
  # stats.norm.fit([1, nan, 2]): ValueError
  expect_fit_error(dist_fit("norm", c(1, NaN, 2)), 2L, "The data contains non-finite values.")
  expect_fit_error(dist_fit("norm", c(1, NA, 2)), 2L, "non-finite")
  expect_fit_error(dist_fit("norm", c(1, Inf)), 2L, "non-finite")
  # stats.norm.fit(data, floc=0.5, fscale=2.0): ValueError
  expect_fit_error(dist_fit("norm", fit_data, fixed = list(loc = 0.5, scale = 2)), 2L,
                   "All parameters fixed. There is nothing to optimize.")
  expect_fit_error(dist_fit("no_such_family", fit_data), 4L, "norm")
  expect_fit_error(dist_fit("norm", fit_data, method = "XX"), 4L, "MM")
  expect_fit_error(dist_fit("norm", numeric(0)), 2L)
  expect_fit_error(dist_fit("norm", fit_data, fixed = list(a = 1)), 2L, "unknown parameter 'a'")
  expect_fit_error(dist_fit("norm", fit_data, fixed = list(loc = 1, floc = 2)), 2L, "twice")
  expect_fit_error(dist_fit("norm", fit_data, start = c(floc = 1)), 2L, "unknown parameter")
  expect_fit_error(dist_fit("norm", fit_data, fixed = 0.5), 2L, "named")
  expect_fit_error(dist_fit("norm", "abc"), 2L, "numeric")
  expect_fit_error(dist_fit(c("norm", "norm"), fit_data), 2L, "single string")
})

test_that("dist_expect matches SciPy's expect", {
  d <- dist("norm", loc = 1.5, scale = 2.5)
  sq <- function(x) x^2
  # d.expect() -> 1.5
  expect_true(rel_close(dist_expect(d), 1.5, 1e-10))
  expect_true(rel_close(dist_expect(d, function(x) x), 1.5, 1e-10))
  # d.expect(lambda x: x**2) -> 8.500000000000002
  expect_true(rel_close(dist_expect(d, sq), 8.500000000000002, 1e-10))
  # d.expect(lambda x: x**2, lb=0.0, ub=3.0) -> 1.3385124765602519
  expect_true(rel_close(dist_expect(d, sq, lb = 0, ub = 3), 1.3385124765602519, 1e-10))
  # d.expect(lambda x: x**2, lb=0.0, ub=3.0, conditional=True) -> 2.964631146219713
  expect_true(rel_close(dist_expect(d, sq, lb = 0, ub = 3, conditional = TRUE),
                        2.964631146219713, 1e-10))
  # d.expect(lb=2.0) -> 1.6087171707799415; conditional=True -> 3.823539620214003
  expect_true(rel_close(dist_expect(d, lb = 2), 1.6087171707799415, 1e-10))
  expect_true(rel_close(dist_expect(d, lb = 2, conditional = TRUE), 3.823539620214003, 1e-10))
  # d.expect(ub=1.0) -> -0.3464962990972496
  expect_true(rel_close(dist_expect(d, ub = 1), -0.3464962990972496, 1e-10))
  # SciPy's quad defaults given explicitly change nothing; an integer-valued func works
  expect_true(rel_close(dist_expect(d, sq, epsabs = 1.49e-8, epsrel = 1.49e-8, limit = 50L),
                        8.500000000000002, 1e-10))
  expect_true(rel_close(dist_expect(d, function(x) 1L), 1, 1e-10))
})

test_that("errors inside func reach the caller as R errors", {
  d <- dist("norm", loc = 1.5, scale = 2.5)
  expect_error(dist_expect(d, function(x) stop("boom in func")), "^boom in func$")
  calls <- 0
  cond <- tryCatch(dist_expect(d, function(x) {
    calls <<- calls + 1
    if (calls == 5) stop(structure(class = c("my_error", "error", "condition"),
                                   list(message = "fifth call", call = NULL)))
    x
  }), error = function(e) e)
  expect_s3_class(cond, "my_error")
  expect_identical(calls, 5)
  expect_error(dist_expect(d, function(x) c(x, x)), "must return a single number")
  expect_error(dist_expect(d, function(x) "a"), "must return a single number")
  # the library is usable afterwards
  expect_true(rel_close(dist_expect(d), 1.5, 1e-10))
  expect_fit_error(dist_expect(d, limit = 0), 2L)
  expect_fit_error(dist_expect(d, epsabs = 0, epsrel = 0), 2L)
  expect_fit_error(dist_expect(d, limit = -1), 2L, "negative")
  expect_fit_error(dist_expect(d, func = 3), 2L, "function")
  expect_fit_error(dist_expect(d, conditional = NA), 2L, "TRUE or FALSE")
  expect_fit_error(dist_expect(d, lb = "a"), 2L, "lb")
  expect_fit_error(dist_expect(list(), function(x) x), 2L, "sciport_dist")
})
