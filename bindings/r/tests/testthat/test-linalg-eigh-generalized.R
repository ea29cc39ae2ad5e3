# scipy.linalg.eigh / eigvalsh with b (the generalized symmetric-definite
# problem, SciPy's type 1 / 2 / 3). Expected values: ref$linalg_eigh_generalized,
# SciPy's results from tests/reference/linalg/eigh_generalized.json
# (converted by gen_reference.py; SciPy version in ref$scipy_version).
# Per case, for eigh and eigvalsh: the number of eigenvalues and the
# ascending eigenvalues within the case's tol_w of SciPy's (relative to
# max(1, max|w|)), eigenvectors within tol_v of SciPy's up to sign (relative
# to their largest entry), and the mathematics: the residual of the type's
# equation (1: a v = w b v, 2: a b v = w v, 3: b a v = w v) to 1e-12 relative,
# SciPy's normalization t(v) b v = I for types 1 and 2 (within 100 tol_w, as
# the core test); errors: SciPy's status class and message (for b not
# positive definite, "leading minor of order k of B" with SciPy's k; for an
# unknown driver sciport's own wording, 'driver: unknown name "xyz"').

eighb_cases <- ref$linalg_eigh_generalized

run_eighb <- function(c, ...) do.call(eigh, c(list(c$a), c$args, list(b = c$b), list(...)))
run_eigvalshb <- function(c, ...) {
  args <- c$args
  args$eigvals_only <- NULL
  do.call(eigvalsh, c(list(c$a), args, list(b = c$b), list(...)))
}

# The symmetric matrix the triangle `lower` selects, mirrored.
eighb_sym <- function(a, lower) {
  s <- a
  if (lower) s[upper.tri(s)] <- t(a)[upper.tri(s)] else s[lower.tri(s)] <- t(a)[lower.tri(s)]
  s
}

# Per-column residual |lhs - rhs| / (|lhs| + |rhs|) of the type's equation.
eighb_residual <- function(a, b, type, w, v) {
  vw <- v %*% diag(w, length(w))
  lhs <- switch(type, a %*% v, a %*% (b %*% v), b %*% (a %*% v))
  rhs <- switch(type, b %*% vw, vw, vw)
  vn <- function(m) sqrt(colSums(m^2))
  vn(lhs - rhs) / pmax(vn(lhs) + vn(rhs), .Machine$double.xmin)
}

# Largest column distance up to sign, relative to SciPy's largest entry.
eighb_vdist <- function(v, e) {
  if (length(e) == 0) return(0)
  d <- vapply(seq_len(ncol(e)), function(j) {
    s <- if (sum(v[, j] * e[, j]) < 0) -1 else 1
    max(abs(s * v[, j] - e[, j]))
  }, 0)
  max(d) / max(abs(e))
}

# A sciport_error with `status` whose message matches `pattern`.
eighb_error <- function(expr, status, pattern, fixed = FALSE, label = "") {
  cond <- catch_condition(expr)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status), label = paste(label, "status"))
  expect_match(conditionMessage(cond), pattern, fixed = fixed, label = paste(label, "message"))
  invisible(cond)
}

test_that("the eigh-with-b reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(length(eighb_cases), 53L)
  expect_true(all(vapply(eighb_cases, function(c) c$fun == "eigh", TRUE)))
  expect_identical(sum(vapply(eighb_cases, function(c) !is.null(c$error), TRUE)), 9L)
  types <- vapply(eighb_cases, function(c) c$args$type, 0)
  expect_setequal(unique(types), c(1, 2, 3, 4))
  expect_identical(sum(vapply(eighb_cases, function(c) !c$args$lower, TRUE)), 15L)
})

test_that("eigh / eigvalsh with b match SciPy and solve the type's equation", {
  n_checked <- 0L
  for (c in eighb_cases) {
    if (!is.null(c$error)) next
    lab <- c$name
    a0 <- c$a
    b0 <- c$b
    type <- as.integer(c$args$type)
    e <- c$expected
    r <- run_eighb(c)
    expect_identical(c$a, a0, label = paste(lab, "a unchanged"))
    expect_identical(c$b, b0, label = paste(lab, "b unchanged"))
    w <- if (c$args$eigvals_only) r else r$w
    expect_true(is.double(w) && is.null(dim(w)), label = paste(lab, "w a vector"))
    expect_identical(length(w), length(e$w), label = paste(lab, "eigenvalue count"))
    wv <- run_eigvalshb(c)
    expect_identical(length(wv), length(e$w), label = paste(lab, "eigvalsh count"))
    if (length(e$w) > 0 && length(w) == length(e$w)) {
      scale <- max(1, abs(e$w))
      expect_lte(max(abs(w - e$w)) / scale, c$tol_w, label = paste(lab, "w vs SciPy"))
      expect_lte(max(abs(wv - e$w)) / scale, c$tol_w, label = paste(lab, "eigvalsh w vs SciPy"))
      expect_false(is.unsorted(w), label = paste(lab, "ascending"))
    }
    if (c$args$eigvals_only) {
      n_checked <- n_checked + 1L
      next
    }
    n <- nrow(c$a)
    expect_identical(dim(r$v), c(n, length(e$w)), label = paste(lab, "dim(v)"))
    expect_identical(dim(r$v), dim(e$v), label = paste(lab, "dim(v) vs SciPy"))
    if (length(e$w) > 0 && identical(dim(r$v), dim(e$v))) {
      expect_lte(eighb_vdist(r$v, e$v), c$tol_v, label = paste(lab, "v vs SciPy up to sign"))
      sa <- eighb_sym(c$a, c$args$lower)
      sb <- eighb_sym(c$b, c$args$lower)
      expect_lte(max(eighb_residual(sa, sb, type, r$w, r$v)), 1e-12,
                 label = paste(lab, "residual of type", type))
      if (type != 3L) {
        g <- t(r$v) %*% sb %*% r$v
        expect_lte(max(abs(g - diag(ncol(g)))), 100 * c$tol_w,
                   label = paste(lab, "t(v) b v - I"))
      } else {
        g <- t(r$v) %*% solve(sb, r$v)
        expect_lte(max(abs(g - diag(ncol(g)))), 100 * c$tol_w,
                   label = paste(lab, "t(v) b^-1 v - I"))
      }
    }
    n_checked <- n_checked + 1L
  }
  expect_identical(n_checked, 44L)
})

test_that("eigh / eigvalsh with b signal SciPy's errors, never crash", {
  n_err <- 0L
  for (c in eighb_cases) {
    if (is.null(c$error)) next
    for (f in c("eigh", "eigvalsh")) {
      cond <- catch_condition(if (f == "eigh") run_eighb(c) else run_eigvalshb(c))
      lab <- paste(f, c$name)
      expect_s3_class(cond, "sciport_error")
      expect_identical(cond$status, as.integer(c$error$status), label = lab)
      expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = lab)
    }
    n_err <- n_err + 1L
  }
  expect_identical(n_err, 9L)
  # The b-not-PD message is SciPy's, whole.
  c <- Filter(function(c) c$name == "b not positive definite", eighb_cases)[[1]]
  expect_identical(as.integer(c$error$status), 6L)
  expect_match(conditionMessage(catch_condition(run_eighb(c))), c$error$scipy_message,
               fixed = TRUE)
})

# A symmetric 4 x 4 a and SPD b (b = g t(g) + I, g fixed).
eighb_a <- matrix(c(4, 1, -2, 0.5, 1, 3, 0, 1, -2, 0, 5, 2, 0.5, 1, 2, 1), 4)
eighb_b <- {
  g <- matrix(c(1, 0.5, -0.25, 0, 0.2, 1, 0.3, -0.1, 0, 0.4, 1, 0.6, 0.1, 0, -0.3, 1), 4)
  g %*% t(g) + diag(4)
}

test_that("b = NULL is the standard problem, unchanged; type is ignored without b", {
  r0 <- eigh(eighb_a)
  expect_identical(eigh(eighb_a, b = NULL), r0)
  expect_identical(eigh(eighb_a, type = 2), r0)
  expect_identical(eigh(eighb_a, type = 4), r0) # SciPy checks type only with b
  expect_identical(eigvalsh(eighb_a, b = NULL), eigvalsh(eighb_a))
  expect_identical(eigvalsh(eighb_a, type = 3), eigvalsh(eighb_a))
  # The existing positional order still holds: eigh(a, lower, eigvals_only, ...).
  up <- eighb_a
  up[lower.tri(up)] <- NaN
  expect_identical(eigh(up, FALSE, TRUE, FALSE), eigh(eighb_a, eigvals_only = TRUE))
  expect_identical(eigvalsh(up, FALSE, FALSE), eigvalsh(eighb_a))
})

test_that("eigh with b = I is the standard problem; types relate as mathematics says", {
  id <- diag(4)
  r0 <- eigh(eighb_a)
  for (type in 1:3) {
    r <- eigh(eighb_a, b = id, type = type)
    expect_close(r$w, r0$w, tol = 1e-12, label = paste("type", type))
    expect_close(abs(crossprod(r$v, r0$v)), id, tol = 1e-12, label = paste("type", type))
  }
  # Type 1 of (a, b) has the eigenvalues of solve(b, a); types 2 and 3 of
  # b %*% a (similar to a b), base R's eigen on the explicit matrices.
  w1 <- sort(Re(eigen(solve(eighb_b, eighb_a), only.values = TRUE)$values))
  w23 <- sort(Re(eigen(eighb_b %*% eighb_a, only.values = TRUE)$values))
  expect_close(eigvalsh(eighb_a, b = eighb_b), w1, tol = 1e-12)
  expect_close(eigvalsh(eighb_a, b = eighb_b, type = 2), w23, tol = 1e-12)
  expect_close(eigvalsh(eighb_a, b = eighb_b, type = 3), w23, tol = 1e-12)
  # Drivers, triangles, subsets agree; eigh's w is eigvalsh's.
  r <- eigh(eighb_a, b = eighb_b)
  for (driver in c("gv", "gvd", "gvx")) {
    expect_close(eigh(eighb_a, b = eighb_b, driver = driver)$w, r$w, label = driver)
  }
  expect_close(eigh(eighb_a, b = eighb_b, eigvals_only = TRUE), r$w)
  lo <- eighb_a
  lo[upper.tri(lo)] <- 99
  lb <- eighb_b
  lb[upper.tri(lb)] <- NaN
  expect_close(eigvalsh(lo, b = lb, check_finite = FALSE), r$w)
  s <- eigh(eighb_a, b = eighb_b, subset_by_index = c(1, 2))
  expect_close(s$w, r$w[2:3])
  expect_identical(dim(s$v), c(4L, 2L))
  expect_close(abs(s$v), abs(r$v[, 2:3]), tol = 1e-10)
  sv <- eigh(eighb_a, b = eighb_b, subset_by_value = c(r$w[2], Inf), driver = "gvx")
  expect_close(sv$w, r$w[3:4])
  expect_identical(dim(sv$v), c(4L, 2L))
  none <- eigh(eighb_a, b = eighb_b, subset_by_value = c(1e6, 1e7))
  expect_identical(none$w, numeric(0))
  expect_identical(dim(none$v), c(4L, 0L))
  # Integer / logical input is converted.
  ai <- matrix(c(2L, 1L, 1L, 3L), 2)
  expect_close(eigvalsh(ai, b = diag(2L) * 2L), eigvalsh(ai) / 2)
})

test_that("eigh with b rejects bad input: b not PD, wrong shape, type, drivers, types", {
  # b = diag(1, 1, -1, 1): SciPy 1.17.1's eigh(a, b) says "The leading minor
  # of order 3 of B is not positive definite. ..."
  npd <- diag(c(1, 1, -1, 1))
  eighb_error(eigh(eighb_a, b = npd), 6L,
                      "leading minor of order 3 of B is not positive definite", fixed = TRUE)
  eighb_error(eigvalsh(eighb_a, b = npd, type = 2), 6L,
                      "leading minor of order 3 of B", fixed = TRUE)
  eighb_error(eigh(eighb_a, b = diag(3)), 3L, "wrong b dimensions")
  eighb_error(eigvalsh(eighb_a, b = matrix(1, 4, 3)), 3L, "square")
  for (type in c(0, 4, -1)) {
    eighb_error(eigh(eighb_a, b = eighb_b, type = type), 2L,
                        '"type" keyword only accepts 1, 2, and 3.', fixed = TRUE)
    eighb_error(eigvalsh(eighb_a, b = eighb_b, type = type), 2L,
                        '"type" keyword only accepts 1, 2, and 3.', fixed = TRUE)
  }
  for (driver in c("ev", "evd", "evr", "evx")) {
    eighb_error(eigh(eighb_a, b = eighb_b, driver = driver), 2L,
                        "does not accept input b array", label = driver)
  }
  eighb_error(eigh(eighb_a, driver = "gvd"), 2L, "gvd")
  eighb_error(eigh(eighb_a, b = eighb_b, subset_by_index = c(0, 1), driver = "gv"),
                      2L, "cannot compute subsets")
  bn <- eighb_b
  bn[2, 2] <- Inf
  eighb_error(eigh(eighb_a, b = bn), 2L, "infs or NaNs")
  # Argument types, checked in R.
  for (type in list(1.5, "1", NULL, c(1, 2), NA_real_, 2^40)) {
    eighb_error(eigh(eighb_a, b = eighb_b, type = type), 2L, "type")
  }
  eighb_error(eigh(eighb_a, b = c(1, 2, 3, 4)), 2L, "b must be a numeric matrix")
  eighb_error(eigh(eighb_a, b = eighb_b + 0i), 2L, "generalized problem is not supported for complex")
  eighb_error(eigvalsh(eighb_a, b = "x"), 2L, "b must be a numeric matrix")
})

test_that("eigh with b on empty and 1 x 1 input", {
  z <- matrix(numeric(0), 0, 0)
  r <- eigh(z, b = z)
  expect_identical(r$w, numeric(0))
  expect_identical(dim(r$v), c(0L, 0L))
  expect_identical(eigvalsh(z, b = z, type = 3), numeric(0))
  # 1 x 1: w = a / b (type 1), a b (types 2, 3); v = 1 / sqrt(b) for types 1, 2.
  r <- eigh(matrix(3), b = matrix(4))
  expect_close(r$w, 0.75)
  expect_close(abs(r$v), matrix(0.5))
  expect_close(eigh(matrix(3), b = matrix(4), type = 2)$w, 12)
  expect_close(abs(eigh(matrix(3), b = matrix(4), type = 3)$v), matrix(2))
})
