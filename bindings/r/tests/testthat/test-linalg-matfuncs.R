# scipy.linalg.expm. Expected values: ref$linalg_matfuncs, the 30 cases of
# tests/reference/linalg/matfuncs.json (converted by gen_reference.py;
# SciPy version in ref$scipy_version): SciPy's expm(a) and, for finite a with
# more than one entry, mpmath's exp(a) at 60 digits. Per case: exp(a) within
# the case's tol of the exact exponential and within tol + scipy_err of
# SciPy's (SciPy itself is off by up to ~1e-12 on some cases), both relative
# to the largest magnitude; NaN exactly where SciPy has NaN; exact zeros
# outside the triangle of a triangular a. Also the mathematics on a random
# matrix that needs scaling: exp(a) exp(-a) = I, exp(t(a)) = t(exp(a)),
# det(exp(a)) = exp(trace(a)), and exp of a diagonal matrix entrywise.

mf_cases <- Filter(function(c) c$fun == "expm", ref$linalg_matfuncs)

# max|x - y| / max|y| (0 for empty y), the core tests' relative error.
rel_err <- function(x, y) {
  if (length(y) == 0) return(0)
  max(abs(x - y)) / max(max(abs(y)), .Machine$double.xmin)
}

# TRUE where a triangular a's exponential must be exactly zero: below the
# diagonal when a has nothing there, above it likewise.
outside_triangle <- function(a) {
  nonzero <- is.na(a) | a != 0
  below <- any(nonzero[row(a) > col(a)])
  above <- any(nonzero[row(a) < col(a)])
  (!below & row(a) > col(a)) | (!above & row(a) < col(a))
}

# A 12 x 12 matrix with entries uniform in [-2, 2] (norm ~ 20: scaled and
# squared), from a fixed seed.
random_a <- function(n = 12) {
  set.seed(20261204)
  matrix(runif(n * n, -2, 2), n)
}

test_that("the matfuncs reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(length(ref$linalg_matfuncs), 30L)
  expect_identical(length(mf_cases), 30L)
  with_exact <- vapply(mf_cases, function(c) !is.null(c$expected$exact), TRUE)
  expect_identical(sum(with_exact), 24L)
  expect_identical(sum(vapply(mf_cases, function(c) !all(is.finite(c$a)), TRUE)), 3L)
  expect_true(all(vapply(mf_cases, function(c) c$tol >= 1e-13 && c$tol <= 1e-6, TRUE)))
  expect_true(all(vapply(mf_cases[with_exact], function(c) !is.null(c$scipy_err), TRUE)))
  # SciPy is itself off by more than 1e-13 on some cases (NAG's F01ECF: ~1e-12).
  expect_gt(max(vapply(mf_cases[with_exact], function(c) c$scipy_err, 0)), 5e-13)
})

test_that("expm returns an n x n double matrix and leaves a alone", {
  a <- matrix(c(1, 3, 2, 4), 2) # SciPy's test_2x2_input, column-major
  x <- expm(a)
  expect_true(is.double(x) && is.matrix(x))
  expect_identical(dim(x), c(2L, 2L))
  a0 <- a + 0
  invisible(expm(a))
  expect_identical(a, a0)
  # Integer and logical matrices are converted once.
  expect_identical(expm(matrix(c(1L, 3L, 2L, 4L), 2)), x)
  expect_identical(expm(matrix(c(TRUE, FALSE, TRUE, TRUE), 2)), expm(matrix(c(1, 0, 1, 1), 2)))
  # 0 x 0 gives 0 x 0; 1 x 1 is exp; zero gives I.
  expect_identical(expm(matrix(0, 0, 0)), matrix(0, 0, 0))
  expect_equal(expm(matrix(-2.5)), matrix(exp(-2.5)), tolerance = 1e-15)
  expect_identical(expm(matrix(0, 3, 3)), diag(3))
  # Dimnames are not carried over (SciPy's arrays have none).
  b <- a
  dimnames(b) <- list(c("r1", "r2"), c("c1", "c2"))
  expect_identical(expm(b), x)
})

test_that("expm matches mpmath's exact exp(a) and SciPy's result", {
  n_exact <- 0
  n_scipy <- 0
  for (c in mf_cases) {
    if (!all(is.finite(c$a))) next
    e <- c$expected
    x <- expm(c$a)
    expect_identical(dim(x), dim(e$x), label = paste(c$name, "dim"))
    expect_false(anyNA(x), label = paste(c$name, "finite"))
    scipy_err <- if (is.null(c$scipy_err)) 0 else c$scipy_err
    expect_lte(rel_err(x, e$x), c$tol + scipy_err, label = paste(c$name, "vs SciPy"))
    n_scipy <- n_scipy + 1
    if (!is.null(e$exact)) {
      expect_identical(dim(e$exact), dim(x))
      expect_lte(rel_err(x, e$exact), c$tol, label = paste(c$name, "vs exact"))
      n_exact <- n_exact + 1
    }
  }
  expect_identical(n_scipy, 27)
  expect_identical(n_exact, 24)
})

test_that("expm keeps a triangular a's triangle: exact zeros outside it", {
  n_checked <- 0
  for (c in mf_cases) {
    if (length(c$a) <= 1) next
    out <- outside_triangle(c$a)
    if (!any(out)) next
    x <- expm(c$a)
    expect_true(all(x[out] == 0), label = paste(c$name, "zeros outside the triangle"))
    # SciPy's result has the same zeros.
    expect_true(all(c$expected$x[out] == 0), label = paste(c$name, "SciPy's zeros"))
    n_checked <- n_checked + 1
  }
  # zero, nilpotent, defective, near defective, diagonal, three triangular
  # ones, nan upper triangular.
  expect_identical(n_checked, 9)
  # Lower triangular, by hand: exact diagonals exp(a[i, i]).
  l <- matrix(c(1, 2, 3, 0, -1, 4, 0, 0, 0.5), 3)
  x <- expm(l)
  expect_true(all(x[upper.tri(x)] == 0))
  expect_equal(diag(x), exp(diag(l)), tolerance = 1e-15)
  expect_equal(expm(t(l)), t(x), tolerance = 1e-14)
})

test_that("NaN or Inf in a gives NaN where SciPy has NaN, not an error", {
  n_checked <- 0
  for (c in mf_cases) {
    if (!anyNA(c$a) && all(is.finite(c$a))) next
    x <- expm(c$a)
    expect_identical(dim(x), dim(c$expected$x), label = c$name)
    expect_identical(is.nan(x), is.nan(c$expected$x), label = paste(c$name, "NaN pattern"))
    expect_identical(x[!is.nan(x)], c$expected$x[!is.nan(x)], label = paste(c$name, "the rest"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 3)
  # R's NA (a NaN payload) propagates too.
  expect_true(all(is.na(expm(matrix(c(1, 2, NA, 4), 2)))))
})

test_that("expm: exp(a) exp(-a) = I, exp(t(a)) = t(exp(a)), det = exp(trace)", {
  a <- random_a()
  x <- expm(a)
  expect_lte(rel_err(x %*% expm(-a), diag(nrow(a))), 1e-10)
  expect_lte(rel_err(expm(-a) %*% x, diag(nrow(a))), 1e-10)
  expect_lte(rel_err(expm(t(a)), t(x)), 1e-13)
  expect_lte(abs(determinant(x)$modulus[[1]] - sum(diag(a))), 1e-9 * max(1, abs(sum(diag(a)))))
  expect_identical(determinant(x)$sign, 1L)
  # exp(2a) = exp(a)^2 (the squaring step), and a commutes with exp(a).
  expect_lte(rel_err(expm(2 * a), x %*% x), 1e-10)
  expect_lte(rel_err(a %*% x, x %*% a), 1e-10)
  # Diagonal: entrywise, exactly zero off the diagonal.
  d <- c(-3, 0.5, 2, 10)
  xd <- expm(diag(d))
  expect_true(all(xd[row(xd) != col(xd)] == 0))
  expect_lte(max(abs(diag(xd) - exp(d)) / exp(d)), 1e-15)
  # A diagonal with -Inf: exp(-Inf) = 0 there, no NaN (diagonal input is
  # exponentiated entrywise, as SciPy's).
  expect_identical(expm(diag(c(1, -Inf))), diag(c(exp(1), 0)))
  # Skew-symmetric: exp is orthogonal; 2 x 2 rotation by hand.
  s <- a - t(a)
  q <- expm(s)
  expect_lte(max(abs(crossprod(q) - diag(nrow(a)))), 1e-12)
  th <- 0.7
  expect_lte(max(abs(expm(matrix(c(0, th, -th, 0), 2)) -
                       matrix(c(cos(th), sin(th), -sin(th), cos(th)), 2))), 1e-15)
})

test_that("expm's bad input signals errors, never crashes", {
  st <- function(expr) catch_condition(expr)$status
  # Not square (SCIPORT_ERR_DIMENSION_MISMATCH), also with an empty side.
  cond <- catch_condition(expm(matrix(1, 2, 3)))
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, 3L)
  expect_match(conditionMessage(cond), "square", fixed = TRUE)
  expect_match(conditionMessage(cond), "2x3", fixed = TRUE)
  expect_identical(st(expm(matrix(1, 4, 3))), 3L)
  expect_identical(st(expm(matrix(0, 0, 2))), 3L)
  expect_identical(st(expm(matrix(0, 2, 0))), 3L)
  expect_identical(st(expm(matrix(NaN, 2, 3))), 3L)
  # Wrong types (status 2, from the R wrapper).
  expect_identical(st(expm(c(1i, 2i))), 2L)
  expect_identical(st(expm(1:4)), 2L)
  expect_identical(st(expm(2)), 2L)
  expect_identical(st(expm(matrix("a", 2, 2))), 2L)
  expect_identical(st(expm(array(1, c(2, 2, 2)))), 2L)
  expect_identical(st(expm(NULL)), 2L)
  expect_identical(st(expm(list(1, 2, 3, 4))), 2L)
})
