# scipy.linalg.ldl. Expected values: ref$linalg_ldl, SciPy's results from
# tests/reference/linalg/ldl.json (converted by gen_reference.py; SciPy
# version in ref$scipy_version). perm exactly SciPy's (the pivot choices are
# LAPACK's), lu and d within the case's tol (1e-12; 1e-9 for n > 64 and the
# Hilbert matrix) relative to their largest magnitude. Every case is also
# held to the mathematics: lu[perm + 1, ] exactly unit lower (upper)
# triangular, d exactly symmetric and block diagonal with 1 x 1 / 2 x 2
# blocks, a = lu d t(lu) to 1e-12 on the triangle that was read (mirrored),
# det(a) = det(d) and Sylvester's inertia of d equal to a's.

ldl_cases <- ref$linalg_ldl

# max|x - y| / max|y| (0 for empty y), the core tests' relative error.
ldl_rel_err <- function(x, y) {
  if (length(y) == 0) return(0)
  max(abs(x - y)) / max(max(abs(y)), .Machine$double.xmin)
}

run_ldl <- function(c, ...) do.call(ldl, c(list(c$a), c$args, list(...)))

# The symmetric matrix ldl factors: the read triangle of a, mirrored.
read_sym <- function(a, lower) {
  s <- a
  if (lower) s[upper.tri(s)] <- t(a)[upper.tri(s)] else s[lower.tri(s)] <- t(a)[lower.tri(s)]
  s
}

# TRUE when d is exactly symmetric and block diagonal with 1 x 1 and 2 x 2
# blocks (a nonzero d[i + 1, i] opens a 2 x 2 block, which the next
# subdiagonal entry may not continue).
is_block_diag <- function(d) {
  n <- nrow(d)
  if (!identical(d, t(d))) return(FALSE)
  if (any(d[abs(row(d) - col(d)) > 1] != 0)) return(FALSE)
  if (n < 3) return(TRUE)
  sub <- d[cbind(2:n, 1:(n - 1))] != 0
  !any(sub[-1] & sub[-length(sub)])
}

test_that("the ldl reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(length(ldl_cases), 52L)
  expect_true(all(vapply(ldl_cases, function(c) c$fun == "ldl", TRUE)))
  n_err <- sum(vapply(ldl_cases, function(c) !is.null(c$error), TRUE))
  expect_identical(n_err, 4L)
  n_lower <- sum(vapply(ldl_cases, function(c) isTRUE(c$args$lower), TRUE))
  expect_identical(n_lower, 26L)
})

test_that("ldl returns list(lu, d, perm) as SciPy's tuple", {
  a <- matrix(c(5, 10, 1, 18, 10, 2, 11, 1, 1, 11, 19, 9, 18, 1, 9, 0), 4) # SciPy's test_simple b
  f <- ldl(a)
  expect_identical(names(f), c("lu", "d", "perm"))
  expect_true(is.double(f$lu) && identical(dim(f$lu), c(4L, 4L)))
  expect_true(is.double(f$d) && identical(dim(f$d), c(4L, 4L)))
  expect_true(is.integer(f$perm) && is.null(dim(f$perm)))
  expect_identical(f$perm, c(0L, 3L, 2L, 1L)) # SciPy's, 0-based
  # Defaults are SciPy's: lower = TRUE, hermitian = TRUE, check_finite = TRUE.
  expect_identical(ldl(a, lower = TRUE, hermitian = TRUE, check_finite = TRUE), f)
  expect_identical(ldl(a, TRUE), f)
  # hermitian only matters for complex input (SciPy): the same for real a.
  expect_identical(ldl(a, hermitian = FALSE), f)
  expect_identical(ldl(a, lower = FALSE, hermitian = FALSE), ldl(a, lower = FALSE))
  expect_identical(ldl(a, check_finite = FALSE), f)
  # Integer and logical matrices are converted once; a is never modified.
  expect_identical(ldl(matrix(as.integer(a), 4)), f)
  expect_identical(ldl(matrix(c(TRUE, FALSE, FALSE, TRUE), 2)), ldl(diag(2)))
  a0 <- a + 0
  invisible(ldl(a, lower = FALSE))
  expect_identical(a, a0)
  # Empty: empty results, as SciPy.
  expect_identical(ldl(matrix(0, 0, 0)),
                   list(lu = matrix(0, 0, 0), d = matrix(0, 0, 0), perm = integer(0)))
  expect_identical(ldl(matrix(0, 0, 0), lower = FALSE)$perm, integer(0))
})

test_that("ldl's lu, d and perm match SciPy's", {
  n_checked <- 0
  for (c in ldl_cases) {
    if (is.null(c$expected)) next
    e <- c$expected
    f <- run_ldl(c)
    expect_identical(f$perm, as.integer(e$perm), label = paste(c$name, "perm"))
    expect_identical(dim(f$lu), dim(e$lu), label = paste(c$name, "dim lu"))
    expect_identical(dim(f$d), dim(e$d), label = paste(c$name, "dim d"))
    expect_lte(ldl_rel_err(f$lu, e$lu), c$tol, label = paste(c$name, "lu vs SciPy"))
    expect_lte(ldl_rel_err(f$d, e$d), c$tol, label = paste(c$name, "d vs SciPy"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 48)
  # The loose tolerance is for the 90 x 90 (blocked in LAPACK) and Hilbert cases only.
  loose <- vapply(Filter(function(c) !is.null(c$expected), ldl_cases),
                  function(c) c$tol > 1e-12, TRUE)
  expect_identical(sum(loose), 4L)
})

test_that("ldl: lu[perm + 1, ] unit triangular, d block diagonal, a = lu d t(lu)", {
  n_checked <- 0
  n_two <- 0
  n_det <- 0
  for (c in ldl_cases) {
    if (is.null(c$expected)) next
    lower <- c$args$lower
    n <- nrow(c$a)
    f <- run_ldl(c)
    expect_identical(sort(f$perm), seq_len(n) - 1L, label = paste(c$name, "perm a permutation"))
    p <- f$lu[f$perm + 1L, , drop = FALSE]
    off <- if (lower) upper.tri(p) else lower.tri(p)
    expect_true(all(p[off] == 0), label = paste(c$name, "lu[perm] triangular"))
    expect_true(all(diag(p) == 1), label = paste(c$name, "lu[perm] unit diagonal"))
    expect_true(is_block_diag(f$d), label = paste(c$name, "d symmetric block diagonal"))
    if (n == 0) next
    if (n > 1 && any(f$d[cbind(2:n, 1:(n - 1))] != 0)) n_two <- n_two + 1
    s <- read_sym(c$a, lower)
    expect_lte(ldl_rel_err(f$lu %*% f$d %*% t(f$lu), s), 1e-12,
               label = paste(c$name, "a - lu d t(lu)"))
    # det(lu) = +-1, so det(a) = det(d): the same sign and log-modulus
    # (base R's LU determinant), where a is far from singular.
    if (rcond(s) > 1e-6) {
      da <- determinant(s)
      dd <- determinant(f$d)
      expect_identical(dd$sign, da$sign, label = paste(c$name, "sign det a = sign det d"))
      expect_lte(abs(as.numeric(dd$modulus) - as.numeric(da$modulus)), 1e-11 * n,
                 label = paste(c$name, "log|det a| = log|det d|"))
      n_det <- n_det + 1
    }
    # Sylvester's law of inertia: d is congruent to a.
    ev_a <- eigen(s, symmetric = TRUE, only.values = TRUE)$values
    ev_d <- eigen(f$d, symmetric = TRUE, only.values = TRUE)$values
    tol <- 1e-10 * max(abs(ev_a))
    if (all(abs(ev_a) > tol)) {
      expect_identical(sum(ev_d > 0), sum(ev_a > 0), label = paste(c$name, "inertia"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 46)
  expect_gte(n_two, 10) # 2 x 2 pivots are exercised
  expect_gte(n_det, 30)
})

test_that("ldl reads only the lower (upper) triangle of a", {
  for (lower in c(TRUE, FALSE)) {
    c <- Filter(function(c) !is.null(c$expected) && identical(c$args$check_finite, FALSE) &&
                  identical(c$args$lower, lower), ldl_cases)
    expect_identical(length(c), 1L)
    c <- c[[1]]
    unread <- if (lower) upper.tri(c$a) else lower.tri(c$a)
    expect_true(anyNA(c$a[unread]))
    expect_false(anyNA(c$a[!unread]))
    f <- run_ldl(c)
    expect_identical(f, ldl(read_sym(c$a, lower), lower = lower))
    # check_finite looks at the whole array, as SciPy's.
    cond <- catch_condition(ldl(c$a, lower = lower))
    expect_identical(cond$status, 2L)
  }
  set.seed(7)
  x <- matrix(rnorm(36), 6)
  s <- x + t(x)
  junk <- s
  junk[upper.tri(junk)] <- 1e6
  expect_identical(ldl(junk), ldl(s))
  junk <- s
  junk[lower.tri(junk)] <- -3
  expect_identical(ldl(junk, lower = FALSE), ldl(s, lower = FALSE))
})

test_that("ldl of known matrices", {
  # [[0, 1], [1, 0]]: one 2 x 2 pivot, lu = I, d = a.
  a <- matrix(c(0, 1, 1, 0), 2)
  for (lower in c(TRUE, FALSE)) {
    f <- ldl(a, lower = lower)
    expect_identical(f$lu, diag(2))
    expect_identical(f$d, a)
    expect_identical(f$perm, 0:1)
  }
  # A diagonal matrix: lu = I, d = a.
  a <- diag(c(3, -1, 0.5, 2))
  f <- ldl(a)
  expect_identical(f, list(lu = diag(4), d = a, perm = 0:3))
  # Singular is not an error: the zero matrix has d = 0.
  f <- ldl(matrix(0, 3, 3))
  expect_identical(f$d, matrix(0, 3, 3))
  expect_true(all(diag(f$lu[f$perm + 1L, ]) == 1))
  # 1 x 1.
  expect_identical(ldl(matrix(-2.5)), list(lu = matrix(1), d = matrix(-2.5), perm = 0L))
  # A diagonally dominant SPD matrix takes no interchanges: lower gives
  # L D t(L) from the Cholesky factor R (L = t(R) / diag(R), D = diag(R)^2);
  # upper gives U D t(U) with U = J L' J from the Cholesky factor of J a J
  # (J the exchange matrix), as the upper sweep runs from the last row up.
  set.seed(3)
  n <- 6
  x <- matrix(rnorm(n * n), n)
  a <- x + t(x) + diag(4 * n, n)
  r <- chol(a)
  f <- ldl(a)
  expect_identical(f$perm, 0:(n - 1L))
  expect_lte(ldl_rel_err(f$lu, t(r / diag(r))), 1e-13)
  expect_lte(ldl_rel_err(f$d, diag(diag(r)^2)), 1e-13)
  j <- diag(n)[n:1, ]
  rj <- chol(j %*% a %*% j)
  g <- ldl(a, lower = FALSE)
  expect_identical(g$perm, 0:(n - 1L))
  expect_lte(ldl_rel_err(g$lu, j %*% t(rj / diag(rj)) %*% j), 1e-13)
  expect_lte(ldl_rel_err(g$d, j %*% diag(diag(rj)^2) %*% j), 1e-13)
})

test_that("ldl's error cases signal SciPy's errors, never crash", {
  n_checked <- 0
  for (c in ldl_cases) {
    if (is.null(c$error)) next
    cond <- catch_condition(run_ldl(c))
    expect_s3_class(cond, "sciport_error")
    expect_identical(cond$status, as.integer(c$error$status), label = c$name)
    expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = c$name)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 4)
  st <- function(expr) catch_condition(expr)$status
  # Not square whatever lower and check_finite are, also when empty-sided.
  expect_identical(st(ldl(matrix(1, 3, 4))), 3L)
  expect_identical(st(ldl(matrix(1, 4, 3), lower = FALSE, check_finite = FALSE)), 3L)
  expect_identical(st(ldl(matrix(0, 0, 2))), 3L)
  expect_identical(st(ldl(matrix(0, 2, 0), lower = FALSE)), 3L)
  expect_match(conditionMessage(catch_condition(ldl(matrix(1, 4, 3)))), "4x3", fixed = TRUE)
  expect_match(conditionMessage(catch_condition(ldl(matrix(1, 4, 3)))), "square", fixed = TRUE)
  # NaN / Inf / NA with check_finite, in either triangle.
  expect_identical(st(ldl(matrix(c(1, NaN, NaN, 1), 2))), 2L)
  expect_identical(st(ldl(matrix(c(1, 0, Inf, 1), 2))), 2L)
  expect_identical(st(ldl(matrix(c(1, -Inf, 0, 1), 2), lower = FALSE)), 2L)
  expect_identical(st(ldl(matrix(c(NA, 0, 0, 1), 2))), 2L)
  expect_match(conditionMessage(catch_condition(ldl(matrix(c(1, NaN, NaN, 1), 2)))),
               "array must not contain infs or NaNs", fixed = TRUE)
  # With check_finite = FALSE NaN in the read triangle propagates.
  f <- ldl(matrix(c(1, NaN, NaN, 1), 2), check_finite = FALSE)
  expect_identical(names(f), c("lu", "d", "perm"))
  expect_true(anyNA(f$d) || anyNA(f$lu))
  # Arguments of the wrong type.
  expect_identical(st(ldl(matrix(1i, 3, 3))), 2L)
  expect_identical(st(ldl(1:9)), 2L)
  expect_identical(st(ldl(matrix("a", 3, 3))), 2L)
  expect_identical(st(ldl(array(1, c(2, 2, 2)))), 2L)
  expect_identical(st(ldl(diag(3), lower = NA)), 2L)
  expect_identical(st(ldl(diag(3), lower = "yes")), 2L)
  expect_identical(st(ldl(diag(3), hermitian = 1)), 2L)
  expect_identical(st(ldl(diag(3), check_finite = c(TRUE, FALSE))), 2L)
})
