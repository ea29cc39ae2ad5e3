# scipy.linalg.hessenberg and polar. Expected values: ref$linalg_forms,
# SciPy's results from tests/reference/linalg/forms.json (converted by
# gen_reference.py; SciPy version in ref$scipy_version). hessenberg: H within
# 1e-12 relative to max|H|, Q within the case's tol_q (Q is determined only
# as well as H's subdiagonal is away from zero). polar: u and p within 1e-12
# where u is unique (a of full rank); p, the square root of t(a) a (a t(a)
# for side "left"), is unique always. Every case is also held to the
# mathematics: a = Q H t(Q), Q orthogonal, H zero below its subdiagonal;
# a = u p (p u), u with orthonormal columns or rows, p symmetric positive
# semidefinite, and base R's svd() as a cross-check.

forms_cases <- ref$linalg_forms
hess_cases <- Filter(function(c) c$fun == "hessenberg", forms_cases)
polar_cases <- Filter(function(c) c$fun == "polar", forms_cases)

# max|x - y| / max|y| (0 for empty y), the core tests' relative error.
rel_err <- function(x, y) {
  if (length(y) == 0) return(0)
  max(abs(x - y)) / max(max(abs(y)), .Machine$double.xmin)
}

run_hess <- function(c, ...) do.call(hessenberg, c(list(c$a), c$args, list(...)))
run_polar <- function(c, ...) do.call(polar, c(list(c$a), c$args, list(...)))

test_that("the forms reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(length(forms_cases), 54L)
  expect_identical(length(hess_cases), 17L)
  expect_identical(length(polar_cases), 37L)
  n_err <- function(cs) sum(vapply(cs, function(c) !is.null(c$error), TRUE))
  expect_identical(n_err(hess_cases), 3L)
  expect_identical(n_err(polar_cases), 3L)
  expect_identical(sum(vapply(polar_cases, function(c) isFALSE(c$unique), TRUE)), 4L)
})

test_that("hessenberg returns H, or list(h, q) with calc_q, as SciPy", {
  a <- matrix(c(-149, 537, -27, -50, 180, -9, -154, 546, -25), 3) # SciPy's test_simple
  h <- hessenberg(a)
  expect_true(is.double(h) && identical(dim(h), c(3L, 3L)))
  f <- hessenberg(a, calc_q = TRUE)
  expect_identical(names(f), c("h", "q"))
  expect_identical(f$h, h)
  expect_identical(dim(f$q), c(3L, 3L))
  expect_identical(hessenberg(a, calc_q = FALSE, check_finite = FALSE), h)
  # Integer and logical matrices are converted once; a is never modified.
  expect_identical(hessenberg(matrix(as.integer(a), 3), calc_q = TRUE), f)
  expect_identical(hessenberg(matrix(c(TRUE, FALSE, TRUE, TRUE, TRUE, FALSE, FALSE, TRUE, TRUE), 3)),
                   hessenberg(matrix(c(1, 0, 1, 1, 1, 0, 0, 1, 1), 3)))
  a0 <- a + 0
  invisible(hessenberg(a, calc_q = TRUE))
  expect_identical(a, a0)
  # Order <= 2 is returned as it is, with Q = I (SciPy's early return).
  for (m in list(matrix(c(2, 7, 1, 12), 2), matrix(4.5), matrix(c(0, 1, -3, 0), 2))) {
    g <- hessenberg(m, calc_q = TRUE)
    expect_identical(g$h, m)
    expect_identical(g$q, diag(nrow(m)))
    expect_identical(hessenberg(m), m)
  }
  expect_identical(hessenberg(matrix(0, 0, 0)), matrix(0, 0, 0))
  expect_identical(hessenberg(matrix(0, 0, 0), calc_q = TRUE),
                   list(h = matrix(0, 0, 0), q = matrix(0, 0, 0)))
})

test_that("hessenberg's H and Q match SciPy's", {
  n_checked <- 0
  for (c in hess_cases) {
    if (is.null(c$expected)) next
    e <- c$expected
    f <- run_hess(c, calc_q = TRUE)
    h <- run_hess(c)
    expect_identical(h, f$h, label = paste(c$name, "H without Q"))
    expect_identical(dim(f$h), dim(e$h), label = paste(c$name, "dim h"))
    expect_identical(dim(f$q), dim(e$q), label = paste(c$name, "dim q"))
    expect_lte(rel_err(f$h, e$h), 1e-12, label = paste(c$name, "h vs SciPy"))
    expect_lte(rel_err(f$q, e$q), c$tol_q, label = paste(c$name, "q vs SciPy"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 14)
})

test_that("hessenberg: a = Q H t(Q), Q orthogonal, H zero below its subdiagonal", {
  n_checked <- 0
  for (c in hess_cases) {
    if (is.null(c$expected)) next
    n <- nrow(c$a)
    f <- run_hess(c, calc_q = TRUE)
    expect_true(all(f$h[row(f$h) > col(f$h) + 1] == 0), label = paste(c$name, "H Hessenberg"))
    if (n == 0) next
    expect_lte(rel_err(f$q %*% f$h %*% t(f$q), c$a), 1e-13, label = paste(c$name, "a - Q H Qt"))
    expect_lte(rel_err(crossprod(f$q), diag(n)), 1e-13, label = paste(c$name, "Qt Q - I"))
    # A similarity transform: the characteristic data of a are kept.
    expect_lte(abs(sum(diag(f$h)) - sum(diag(c$a))) / max(1, max(abs(c$a))), 1e-12 * n,
               label = paste(c$name, "trace"))
    expect_lte(abs(norm(f$h, "F") - norm(c$a, "F")) / max(1e-300, norm(c$a, "F")), 1e-13 * n,
               label = paste(c$name, "Frobenius norm"))
    # A symmetric a gives a symmetric tridiagonal H.
    if (isSymmetric(c$a, tol = 0) && n > 2) {
      expect_lte(rel_err(f$h, t(f$h)), 1e-13, label = paste(c$name, "H symmetric"))
      expect_lte(max(abs(f$h[col(f$h) > row(f$h) + 1])) / max(1e-300, max(abs(f$h))), 1e-13,
                 label = paste(c$name, "H tridiagonal"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 13)
})

test_that("hessenberg with check_finite = FALSE lets NaN through, as SciPy", {
  cf <- Filter(function(c) identical(c$args$check_finite, FALSE), hess_cases)
  expect_identical(length(cf), 1L) # SciPy's test_check_finite, finite a
  a <- matrix(c(1, NaN, 0, 2, 1, 1, 0, 0, 1), 3)
  h <- hessenberg(a, check_finite = FALSE)
  expect_identical(dim(h), c(3L, 3L))
  expect_true(anyNA(h))
  f <- hessenberg(a, calc_q = TRUE, check_finite = FALSE)
  expect_identical(names(f), c("h", "q"))
  expect_identical(f$h, h)
  expect_identical(dim(f$q), c(3L, 3L))
})

test_that("hessenberg's error cases signal SciPy's errors, never crash", {
  n_checked <- 0
  for (c in hess_cases) {
    if (is.null(c$error)) next
    for (cq in c(FALSE, TRUE)) {
      cond <- catch_condition(run_hess(c, calc_q = cq))
      expect_s3_class(cond, "sciport_error")
      expect_identical(cond$status, as.integer(c$error$status), label = c$name)
      expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = c$name)
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 3)
  st <- function(expr) catch_condition(expr)$status
  # Not square whatever check_finite is, also when tall or empty-sided.
  expect_identical(st(hessenberg(matrix(1, 3, 4), check_finite = FALSE)), 3L)
  expect_identical(st(hessenberg(matrix(1, 4, 3), calc_q = TRUE)), 3L)
  expect_identical(st(hessenberg(matrix(0, 0, 2))), 3L)
  expect_identical(st(hessenberg(matrix(0, 2, 0), calc_q = TRUE)), 3L)
  expect_match(conditionMessage(catch_condition(hessenberg(matrix(1, 4, 3)))), "4x3", fixed = TRUE)
  expect_identical(st(hessenberg(matrix(c(1, 0, -Inf, 1), 2))), 2L)
  expect_identical(st(hessenberg(matrix(c(1, 0, NA, 1), 2), calc_q = TRUE)), 2L)
  expect_identical(st(hessenberg(matrix(1i, 3, 3))), 2L)
  expect_identical(st(hessenberg(1:9)), 2L)
  expect_identical(st(hessenberg(matrix("a", 3, 3))), 2L)
  expect_identical(st(hessenberg(array(1, c(2, 2, 2)))), 2L)
  expect_identical(st(hessenberg(diag(3), calc_q = NA)), 2L)
  expect_identical(st(hessenberg(diag(3), calc_q = "yes")), 2L)
  expect_identical(st(hessenberg(diag(3), check_finite = c(TRUE, FALSE))), 2L)
})

test_that("polar returns list(u, p) with SciPy's shapes on both sides", {
  a <- matrix(c(1, 3, 2, 4), 2) # SciPy's docstring example
  r <- polar(a)
  expect_identical(names(r), c("u", "p"))
  expect_identical(polar(a, side = "right"), r)
  expect_identical(polar(a, side = NULL), r)
  expect_identical(names(polar(a, "left")), c("u", "p"))
  tall <- matrix(c(1, 2, 3, 4, 5, 5), 3)
  wide <- t(tall)
  shape <- function(r) list(dim(r$u), dim(r$p))
  expect_identical(shape(polar(tall)), list(c(3L, 2L), c(2L, 2L)))
  expect_identical(shape(polar(tall, "left")), list(c(3L, 2L), c(3L, 3L)))
  expect_identical(shape(polar(wide)), list(c(2L, 3L), c(3L, 3L)))
  expect_identical(shape(polar(wide, "left")), list(c(2L, 3L), c(2L, 2L)))
  # Integer input is converted once; a is never modified.
  expect_identical(polar(matrix(c(1L, 3L, 2L, 4L), 2), "left"), polar(a, "left"))
  a0 <- a + 0
  invisible(polar(a, "left"))
  expect_identical(a, a0)
  # The empty matrices: SciPy's empty u and zero (or empty) p.
  expect_identical(polar(matrix(0, 0, 2)), list(u = matrix(0, 0, 2), p = matrix(0, 2, 2)))
  expect_identical(polar(matrix(0, 0, 2), "left"), list(u = matrix(0, 0, 2), p = matrix(0, 0, 0)))
  expect_identical(polar(matrix(0, 2, 0), "left"), list(u = matrix(0, 2, 0), p = matrix(0, 2, 2)))
})

test_that("polar's u and p match SciPy's (u where it is unique)", {
  n_u <- 0
  n_p <- 0
  for (c in polar_cases) {
    if (is.null(c$expected)) next
    e <- c$expected
    r <- run_polar(c)
    expect_identical(dim(r$u), dim(e$u), label = paste(c$name, "dim u"))
    expect_identical(dim(r$p), dim(e$p), label = paste(c$name, "dim p"))
    if (isTRUE(c$unique)) {
      expect_lte(rel_err(r$u, e$u), 1e-12, label = paste(c$name, "u vs SciPy"))
      n_u <- n_u + 1
    }
    # p is sqrt(t(a) a) (sqrt(a t(a)) left): unique even for a rank-deficient a.
    expect_lte(rel_err(r$p, e$p), 1e-12, label = paste(c$name, "p vs SciPy"))
    n_p <- n_p + 1
  }
  expect_identical(n_u, 30)
  expect_identical(n_p, 34)
})

test_that("polar: a = u p (p u), u orthonormal, p symmetric positive semidefinite", {
  n_checked <- 0
  for (c in polar_cases) {
    if (is.null(c$expected)) next
    a <- c$a
    m <- nrow(a)
    n <- ncol(a)
    if (m == 0 || n == 0) next
    left <- identical(c$args$side, "left")
    r <- run_polar(c)
    lab <- c$name
    prod <- if (left) r$p %*% r$u else r$u %*% r$p
    expect_lte(rel_err(prod, a), 1e-13, label = paste(lab, "a - u p"))
    gram <- if (m >= n) crossprod(r$u) else tcrossprod(r$u)
    expect_lte(rel_err(gram, diag(min(m, n))), 1e-13, label = paste(lab, "u orthonormal"))
    expect_lte(rel_err(r$p, t(r$p)), 1e-15, label = paste(lab, "p symmetric"))
    ev <- eigen((r$p + t(r$p)) / 2, symmetric = TRUE, only.values = TRUE)$values
    expect_gte(min(ev) / max(1e-300, max(abs(ev))), -1e-13, label = paste(lab, "p semidefinite"))
    # p squared is t(a) a (right) or a t(a) (left).
    ata <- if (left) tcrossprod(a) else crossprod(a)
    expect_lte(rel_err(r$p %*% r$p, ata), 1e-12, label = paste(lab, "p^2"))
    # Cross-check with base R's svd: p = V diag(d) t(V) (U diag(d) t(U) left).
    s <- svd(a)
    pref <- if (left) s$u %*% (s$d * t(s$u)) else s$v %*% (s$d * t(s$v))
    expect_lte(rel_err(r$p, pref), 1e-12, label = paste(lab, "p vs svd()"))
    if (isTRUE(c$unique)) {
      expect_lte(rel_err(r$u, s$u %*% t(s$v)), 1e-12, label = paste(lab, "u vs svd()"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 28)
})

test_that("polar's error cases signal SciPy's errors, never crash", {
  n_checked <- 0
  for (c in polar_cases) {
    if (is.null(c$error)) next
    cond <- catch_condition(run_polar(c))
    expect_s3_class(cond, "sciport_error")
    expect_identical(cond$status, as.integer(c$error$status), label = c$name)
    expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = c$name)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 3)
  st <- function(expr) catch_condition(expr)$status
  # An unknown side is reported whatever a's shape (sciport reads side first).
  expect_identical(st(polar(matrix(1, 3, 2), side = "Right")), 4L)
  expect_identical(st(polar(matrix(1, 2, 3), side = "")), 4L)
  expect_identical(st(polar(matrix(0, 0, 2), side = "up")), 4L)
  expect_match(conditionMessage(catch_condition(polar(diag(2), "both"))), "right, left",
               fixed = TRUE)
  expect_identical(st(polar(matrix(c(1, Inf, 0, 1), 2), "left")), 2L)
  expect_identical(st(polar(matrix(c(1, 2, NA, 4, 5, 6), 2))), 2L)
  expect_identical(st(polar(matrix(1i, 2, 2))), 2L)
  expect_identical(st(polar(1:4)), 2L)
  expect_identical(st(polar(matrix("a", 2, 2))), 2L)
  expect_identical(st(polar(diag(2), side = 1)), 2L)
  expect_identical(st(polar(diag(2), side = NA_character_)), 2L)
  expect_identical(st(polar(diag(2), side = c("left", "right"))), 2L)
})
