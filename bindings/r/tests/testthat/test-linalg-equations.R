# solve_sylvester, the Lyapunov and Riccati solvers, sqrtm and logm: invariants,
# SciPy's warnings and errors (SciPy's values: test-linalg-complex.R).

# The sciport_error signalled by expr, with its status and message.
expect_eq_error <- function(expr, status, pattern, fixed = FALSE) {
  cond <- catch_condition(expr)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  expect_match(conditionMessage(cond), pattern, fixed = fixed)
  invisible(cond)
}

test_that("the matrix equations' solutions satisfy them", {
  set.seed(21)
  for (n in c(1L, 3L, 5L)) {
    a <- matrix(rnorm(n * n), n) - 3 * diag(n)
    b <- matrix(rnorm(4), 2)
    q <- matrix(rnorm(n * 2), n, 2)
    x <- solve_sylvester(a, b, q)
    expect_identical(attr(x, "perturbed"), FALSE)
    expect_lt(max(abs(a %*% x + x %*% b - q)), 1e-10)
    qs <- matrix(rnorm(n * n), n)
    x <- solve_continuous_lyapunov(a, qs)
    expect_lt(max(abs(a %*% x + x %*% t(a) - qs)), 1e-10)
    ad <- matrix(rnorm(n * n), n) / (2 * sqrt(n))
    for (method in list(NULL, "direct", "bilinear", "DIRECT")) {
      x <- solve_discrete_lyapunov(ad, qs, method = method)
      expect_lt(max(abs(ad %*% x %*% t(ad) - x + qs)), 1e-10)
    }
    bb <- matrix(rnorm(n * 2), n, 2)
    g <- matrix(rnorm(n * n), n)
    qq <- crossprod(g) + diag(n)
    r <- diag(2) + 0.5
    x <- solve_continuous_are(a, bb, qq, r)
    expect_lt(max(abs(x - t(x))), 1e-10 * max(1, abs(x)))
    res <- t(a) %*% x + x %*% a - x %*% bb %*% solve(r, t(bb)) %*% x + qq
    expect_lt(max(abs(res)), 1e-9 * max(1, abs(x)))
    e <- diag(n) + 0.1 * matrix(rnorm(n * n), n)
    s <- 0.1 * matrix(rnorm(n * 2), n, 2)
    x <- solve_continuous_are(a, bb, qq, r, e = e, s = s, balanced = FALSE)
    res <- t(a) %*% x %*% e + t(e) %*% x %*% a -
      (t(e) %*% x %*% bb + s) %*% solve(r, t(bb) %*% x %*% e + t(s)) + qq
    expect_lt(max(abs(res)), 1e-9 * max(1, abs(x)))
    x <- solve_discrete_are(ad, bb, qq, r)
    res <- t(ad) %*% x %*% ad - x -
      t(ad) %*% x %*% bb %*% solve(r + t(bb) %*% x %*% bb, t(bb) %*% x %*% ad) + qq
    expect_lt(max(abs(res)), 1e-9 * max(1, abs(x)))
  }
  # Integer and logical input is converted; inputs are left alone.
  a <- matrix(c(-2L, 0L, 1L, -3L), 2)
  a0 <- a
  expect_close(solve_continuous_lyapunov(a, diag(2)),
               solve_continuous_lyapunov(a + 0, diag(2)), tol = 0)
  expect_identical(a, a0)
  expect_close(c(solve_sylvester(matrix(TRUE, 1, 1), matrix(1, 1, 1), matrix(4, 1, 1))), 2,
               tol = 1e-15)
})

test_that("perturbed equations are flagged, as SciPy's warning", {
  # a and -b share the eigenvalue 1: trsyl perturbs (SciPy returns silently).
  x <- solve_sylvester(diag(c(1, 2)), diag(c(-1, 3)), matrix(1, 2, 2))
  expect_true(attr(x, "perturbed"))
  # Eigenvalues 1 and -1 of a sum to zero: SciPy's RuntimeWarning.
  expect_warning(x <- solve_continuous_lyapunov(diag(c(1, -1)), diag(2)), "perturbing")
  expect_true(attr(x, "perturbed"))
  expect_no_warning(solve_continuous_lyapunov(-diag(2), diag(2)))
})

test_that("sqrtm: real or complex roots, SciPy's warnings", {
  set.seed(22)
  g <- matrix(rnorm(16), 4)
  spd <- crossprod(g) + diag(4)
  x <- sqrtm(spd)
  expect_true(is.double(x))
  expect_lt(max(abs(x %*% x - spd)), 1e-10 * max(abs(spd)))
  x <- sqrtm(-spd)
  expect_true(is.complex(x))
  expect_lt(max(Mod(x %*% x + spd)), 1e-10 * max(abs(spd)))
  ac <- matrix(complex(real = rnorm(9), imaginary = rnorm(9)), 3)
  x <- sqrtm(ac)
  expect_true(is.complex(x))
  expect_lt(max(Mod(x %*% x - ac)), 1e-10 * max(Mod(ac)))
  up <- matrix(c(4, 0, 1, 9), 2) + 0i # upper triangular: used as it is
  expect_close(sqrtm(up), matrix(c(2, 0, 0.2, 3), 2) + 0i, tol = 1e-14)
  expect_identical(sqrtm(matrix(0, 0, 0)), matrix(0, 0, 0))
  expect_warning(x <- sqrtm(matrix(c(0, 0, 1, 0), 2)), "Matrix is singular")
  expect_true(any(!is.finite(x)))
  expect_warning(sqrtm(matrix(0i, 2, 2)), "singular")
})

test_that("logm: SciPy's values, real or complex logarithms, errest, warnings", {
  a <- matrix(c(1, 1, 3, 4), 2) # SciPy's docstring example
  x <- expect_no_warning(logm(a))
  expect_true(is.double(x))
  expect_close(x, matrix(c(-1.0257108717464467, 0.6838072478309646, 2.0514217434928934,
                           1.0257108717464472), 2), tol = 1e-12)
  expect_lt(attr(x, "errest"), 1000 * .Machine$double.eps)
  expect_close(expm(x), a, tol = 1e-13)
  # Integer storage and a transposed copy (R matrices are always column-major).
  expect_identical(logm(matrix(c(1L, 1L, 3L, 4L), 2)), x)
  expect_close(logm(t(a)), t(x), tol = 1e-12)
  # Real input, negative eigenvalues: a complex logarithm.
  x <- logm(matrix(c(-1, 0.2, 0.1, -3), 2))
  expect_true(is.complex(x))
  expect_close(x, matrix(complex(real = c(-0.004522739351967435, -0.11009687792212493,
                                          -0.055048438961062374, 1.0964460398692817),
                                 imaginary = c(pi, 0, 0, pi)), 2), tol = 1e-12)
  # Complex (upper triangular) input.
  x <- logm(matrix(c(1 + 2i, 0, 0.5, 3 - 1i), 2))
  expect_close(x, matrix(complex(real = c(0.8047189562170503, 0, 0.1915324998896978,
                                          1.151292546497023),
                                 imaginary = c(1.1071487177940904, 0, -0.06992606821313642,
                                               -0.3217505543966422)), 2), tol = 1e-12)
  expect_lt(attr(x, "errest"), 1000 * .Machine$double.eps)
  x <- logm(matrix(0, 0, 0))
  expect_identical(x, structure(matrix(0, 0, 0), errest = 0))
  # The zero matrix: exactly singular (1e-20 on the diagonal), errest Inf.
  for (z in list(matrix(0, 2, 2), matrix(0i, 2, 2))) {
    w <- character(0)
    x <- withCallingHandlers(logm(z), warning = function(cond) {
      w <<- c(w, conditionMessage(cond))
      invokeRestart("muffleWarning")
    })
    expect_identical(w, c("The logm input matrix is exactly singular.",
                          "logm result may be inaccurate, approximate err = Inf"))
    expect_close(unclass(x)[, 1], c(log(1e-20), 0) + 0 * z[, 1], tol = 1e-14)
    expect_identical(attr(x, "errest"), Inf)
  }
})

test_that("matrix equations, sqrtm and logm: bad input gives sciport errors", {
  a <- diag(2)
  expect_eq_error(solve_sylvester(matrix(1, 2, 3), a, a), 3L, "")
  expect_eq_error(solve_sylvester(a, a, matrix(1, 3, 2)), 3L, "")
  expect_eq_error(solve_sylvester(matrix(c(1, NaN, 0, 1), 2), a, a), 2L, "(?i)nan|inf|finite")
  expect_eq_error(solve_sylvester(a + 0i, a, a), 2L, "complex")
  expect_eq_error(solve_continuous_lyapunov(matrix(1, 2, 3), a), 3L, "")
  expect_eq_error(solve_continuous_lyapunov(a, diag(3)), 3L, "")
  expect_eq_error(solve_continuous_lyapunov(a, matrix(Inf, 2, 2)), 2L, "(?i)nan|inf|finite")
  expect_eq_error(solve_discrete_lyapunov(a / 2, a, method = "nope"), 4L, "method")
  expect_eq_error(solve_discrete_lyapunov(a / 2, a, method = 1), 2L, "method")
  expect_eq_error(solve_discrete_lyapunov(matrix(1, 3, 2), a), 3L, "")
  expect_eq_error(solve_discrete_lyapunov(-a, a, method = "bilinear"), 6L, "")
  b <- matrix(1, 2, 1)
  r <- matrix(1, 1, 1)
  expect_eq_error(solve_continuous_are(a, b, a, diag(2)), 3L, "")
  expect_eq_error(solve_continuous_are(matrix(1, 2, 3), b, a, r), 3L, "")
  expect_eq_error(solve_continuous_are(a, b, matrix(c(1, 2, 0, 1), 2), r), 2L, "symmetric")
  expect_eq_error(solve_continuous_are(a, b, a, matrix(0, 1, 1)), 2L, "")
  expect_eq_error(solve_continuous_are(a, b, matrix(NaN, 2, 2), r), 2L, "")
  expect_eq_error(solve_discrete_are(a, b, a, r, e = diag(3)), 3L, "")
  expect_eq_error(solve_discrete_are(a, b, a, r, s = matrix(1, 3, 1)), 3L, "")
  expect_eq_error(solve_continuous_are(a, b, a, r, balanced = NA), 2L, "balanced")
  expect_eq_error(sqrtm(matrix(1, 2, 3)), 3L, "square")
  expect_eq_error(sqrtm(matrix(1i, 2, 3)), 3L, "square")
  expect_eq_error(sqrtm(matrix(c(1i, NaN, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_eq_error(sqrtm(1:4), 2L, "matrix")
  expect_eq_error(logm(matrix(1, 2, 3)), 3L, "square")
  expect_eq_error(logm(matrix(1i, 2, 3)), 3L, "square")
  expect_eq_error(logm(matrix(c(1, NaN, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_eq_error(logm(matrix(c(1i, Inf, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_eq_error(logm("a"), 2L, "matrix")
})
