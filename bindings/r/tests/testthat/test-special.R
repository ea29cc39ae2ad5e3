# scipy.special: SciPy's values (special_reference.R, written by
# bindings/special_reference.py), broadcasting, attributes, NA, domain values
# and argument errors.

source(test_path("special_reference.R"), local = TRUE)

test_that("every special function gives SciPy's values", {
  expect_setequal(vapply(special_cases, function(c) c$fun, ""), sciport:::.special_functions)
  for (case in special_cases) {
    got <- do.call(getExportedValue("sciport", case$fun), case$args)
    expect_close(got, case$expected, tol = 1e-13, label = case$fun)
  }
})

test_that("no special function masks base R or stats", {
  for (pkg in c("base", "stats", "utils", "methods")) {
    expect_length(intersect(sciport:::.special_functions, getNamespaceExports(pkg)), 0)
  }
})

test_that("a length-1 parameter broadcasts and attributes follow the longest argument", {
  x <- matrix(c(0.5, 1, 2, 4), 2, dimnames = list(c("a", "b"), NULL))
  p <- gammainc(1, x)
  expect_equal(dim(p), c(2L, 2L))
  expect_equal(dimnames(p), dimnames(x))
  expect_equal(as.vector(p), -expm1(-as.vector(x)), tolerance = 1e-15)
  expect_identical(special_gamma(1:5), c(1, 1, 2, 6, 24))
  expect_identical(names(erf(c(u = 0))), "u")
})

test_that("NA propagates, domain errors are NaN, shapes and types are errors", {
  expect_identical(erf(c(NA, 0)), c(NA_real_, 0))
  expect_true(is.nan(erfinv(2)))
  expect_identical(special_gamma(0), Inf)
  expect_identical(length(ndtr(numeric(0))), 0L)
  err <- tryCatch(xlogy(c(1, 2, 3), c(1, 2)), sciport_error = function(e) e)
  expect_s3_class(err, "sciport_error")
  expect_identical(err$status, 3L)
  expect_match(conditionMessage(err), "broadcast")
  err <- tryCatch(erf("a"), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
})
