# Complex input of the scipy.linalg wrappers (dispatch on is.complex() to
# sciport's _complex functions), schur, the matrix equations, sqrtm and logm:
# SciPy's values (reference_complex.R), invariants, layouts, errors.

# The sciport_error signalled by expr, with its status and message.
expect_cx_error <- function(expr, status, pattern, fixed = FALSE) {
  cond <- catch_condition(expr)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  expect_match(conditionMessage(cond), pattern, fixed = fixed)
  invisible(cond)
}

# Complex numbers w and ref agree as sets within tol (relative to ref's
# largest magnitude): each of ref is matched by its nearest unused w.
expect_same_set <- function(w, ref, tol, label = "") {
  expect_identical(length(w), length(ref), label = label)
  scale <- max(c(Mod(ref), 1))
  left <- as.complex(w)
  worst <- 0
  for (r in ref) {
    if (!length(left)) break
    i <- which.min(Mod(left - r))
    worst <- max(worst, Mod(left[i] - r) / scale)
    left <- left[-i]
  }
  expect_lte(worst, tol, label = paste(label, "eigenvalue set error"))
}

# Conjugate transpose.
ct <- function(x) Conj(t(x))

# A random complex m x n matrix.
crand <- function(m, n = m) matrix(complex(real = rnorm(m * n), imaginary = rnorm(m * n)), m, n)

test_that("complex linalg, schur, matrix equations, sqrtm and logm agree with SciPy", {
  checked <- 0L
  for (c in ref_cx) {
    label <- sprintf("%s #%d", c$fun, checked + 1L)
    res <- do.call(getExportedValue("sciport", c$fun), c$args)
    for (k in names(c$expected)) {
      got <- switch(c$fun,
        linalg_solve = , inv = , linalg_det = , cholesky = , cho_solve = , lu_solve = ,
        expm = , eigvalsh = , eigvals = , svdvals = , solve_sylvester = ,
        solve_continuous_lyapunov = , solve_discrete_lyapunov = , solve_continuous_are = ,
        solve_discrete_are = , sqrtm = , logm = res,
        eigh = res$w,
        schur = if (k == "w") diag(res$t) else res[[k]],
        res[[k]])
      if (c$fun == "schur" && k == "w" && !is.complex(res$t)) {
        got <- eigvals(res$t) # quasi-triangular: 2 x 2 blocks hold pairs
      }
      if (k %in% c$set) {
        expect_same_set(got, c$expected[[k]], c$tol, label = label)
      } else {
        attributes(got) <- attributes(got)[intersect(names(attributes(got)), "dim")]
        expect_close(got, c$expected[[k]], tol = c$tol, label = paste(label, k))
      }
    }
    checked <- checked + 1L
  }
  expect_identical(checked, length(ref_cx))
  expect_gt(checked, 100L)
})

test_that("complex factorizations satisfy their defining identities", {
  set.seed(11)
  for (n in c(1L, 2L, 4L, 7L)) {
    a <- crand(n)
    b <- crand(n, 3)
    x <- linalg_solve(a, b)
    expect_lt(max(Mod(a %*% x - b)), 1e-10)
    expect_true(is.numeric(attr(x, "rcond")))
    expect_lt(max(Mod(inv(a) %*% a - diag(n))), 1e-10)
    expect_lt(Mod(linalg_det(a) - prod(eigvals(a))), 1e-9 * max(1, Mod(linalg_det(a))))
    f <- lu_factor(a)
    expect_true(is.complex(f$lu) && is.integer(f$piv))
    expect_lt(max(Mod(ct(a) %*% lu_solve(f, b, trans = 2) - b)), 1e-10)
    expect_lt(max(Mod(t(a) %*% lu_solve(f, b, trans = "T") - b)), 1e-10)
    p <- lu(a)
    expect_true(is.double(p$p) && is.complex(p$l) && is.complex(p$u))
    expect_lt(max(Mod(p$p %*% p$l %*% p$u - a)), 1e-12 * max(1, Mod(a)))
    pi <- lu(a, p_indices = TRUE)
    expect_lt(max(Mod(pi$l[pi$p + 1L, , drop = FALSE] %*% pi$u - a)), 1e-12 * max(1, Mod(a)))
    pl <- lu(a, permute_l = TRUE)
    expect_lt(max(Mod(pl$pl %*% pl$u - a)), 1e-12 * max(1, Mod(a)))
    h <- a %*% ct(a) + diag(n)
    u <- cholesky(h)
    expect_lt(max(Mod(ct(u) %*% u - h)), 1e-10 * max(Mod(h)))
    l <- cholesky(h, lower = TRUE)
    expect_lt(max(Mod(l %*% ct(l) - h)), 1e-10 * max(Mod(h)))
    cf <- cho_factor(h, lower = TRUE)
    expect_true(cf$lower)
    expect_lt(max(Mod(h %*% cho_solve(cf, b) - b)), 1e-10 * max(Mod(h)))
    e <- eigh(h)
    expect_true(is.double(e$w) && is.complex(e$v))
    expect_lt(max(Mod(h %*% e$v - e$v %*% diag(e$w, n))), 1e-10 * max(Mod(h)))
    expect_lt(max(Mod(ct(e$v) %*% e$v - diag(n))), 1e-12)
    expect_close(eigvalsh(h), e$w, tol = 1e-12)
    v1 <- eigh(h, subset_by_value = c(-Inf, e$w[1]))$v
    expect_identical(dim(v1), c(n, 1L))
    g <- eig(a, left = TRUE)
    expect_lt(max(Mod(a %*% g$vr - g$vr %*% diag(g$w, n))), 1e-10 * max(1, Mod(a)))
    expect_lt(max(Mod(ct(g$vl) %*% a - diag(g$w, n) %*% ct(g$vl))), 1e-10 * max(1, Mod(a)))
    hw <- eigvals(a, homogeneous_eigvals = TRUE)
    expect_identical(dim(hw), c(2L, n))
    expect_same_set(hw[1, ] / hw[2, ], g$w, 1e-10)
    q <- linalg_qr(a, pivoting = TRUE)
    expect_lt(max(Mod(q$q %*% q$r - a[, q$p + 1L, drop = FALSE])), 1e-12 * max(1, Mod(a)))
    expect_close(linalg_qr(a, mode = "r")$r, q$r <- linalg_qr(a)$r, tol = 1e-14)
    s <- linalg_svd(a)
    expect_true(is.double(s$s) && is.complex(s$u) && is.complex(s$vt))
    expect_lt(max(Mod(s$u %*% diag(s$s, n) %*% s$vt - a)), 1e-12 * max(1, Mod(a)))
    expect_close(linalg_svd(a, compute_uv = FALSE), s$s, tol = 1e-13)
    expect_close(linalg_svd(a, lapack_driver = "gesvd")$s, s$s, tol = 1e-13)
    expect_lt(max(Mod(expm(a) %*% expm(-a) - diag(n))), 1e-10)
  }
  # Non-square shapes: economic QR and SVD.
  a <- crand(5, 3)
  qe <- linalg_qr(a, mode = "economic")
  expect_identical(dim(qe$q), c(5L, 3L))
  expect_lt(max(Mod(qe$q %*% qe$r - a)), 1e-12 * max(Mod(a)))
  se <- linalg_svd(a, full_matrices = FALSE)
  expect_identical(dim(se$u), c(5L, 3L))
  expect_lt(max(Mod(se$u %*% diag(se$s) %*% se$vt - a)), 1e-12 * max(Mod(a)))
})

test_that("complex results: layouts, promotion, vectors and inputs left alone", {
  set.seed(12)
  a <- crand(3)
  a0 <- a + 0
  b <- complex(real = 1:3, imaginary = 3:1)
  x <- linalg_solve(a, b)
  expect_true(is.complex(x) && is.null(dim(x)))
  # A real operand is promoted when the other is complex, as SciPy does.
  ar <- matrix(c(4, 1, 0, 1, 5, 2, 0, 2, 6), 3)
  expect_close(c(linalg_solve(ar, b)), c(linalg_solve(ar + 0i, b)), tol = 1e-15)
  expect_close(c(linalg_solve(a, 1:3)), c(linalg_solve(a, as.complex(1:3))), tol = 0)
  ai <- matrix(as.integer(c(2, 1, 0, 1, 3, 1, 0, 1, 4)), 3)
  expect_close(c(lu_solve(lu_factor(ai + 0i), b)), c(linalg_solve(ai, b)), tol = 1e-14)
  expect_close(c(cho_solve(cho_factor(ar), b)), c(linalg_solve(ar, b)), tol = 1e-14)
  expect_close(eig(ar, a)$w, eig(ar + 0i, a)$w, tol = 0)
  # Transposed and conjugated inputs (R passes column-major storage only).
  expect_close(inv(t(a)), t(inv(a)), tol = 1e-12)
  expect_close(inv(ct(a)), ct(inv(a)), tol = 1e-12)
  expect_close(linalg_det(t(a)), linalg_det(a), tol = 1e-12)
  expect_close(svdvals(ct(a)), svdvals(a), tol = 1e-13)
  expect_close(expm(t(a)), t(expm(a)), tol = 1e-12)
  # Empty and 1 x 1 matrices.
  expect_identical(inv(matrix(complex(0), 0, 0)), matrix(complex(0), 0, 0))
  expect_identical(linalg_det(matrix(complex(0), 0, 0)), 1 + 0i)
  expect_close(linalg_det(matrix(2i, 1, 1)), 2i, tol = 0)
  expect_identical(svdvals(matrix(complex(0), 0, 3)), numeric(0))
  # Inputs are never modified.
  invisible(list(inv(a), lu(a), linalg_qr(a), linalg_svd(a), eig(a), expm(a), sqrtm(a),
                 logm(a), schur(a)))
  expect_identical(a, a0)
})

test_that("complex bad input gives sciport errors with the C message", {
  a <- matrix(1i, 2, 3)
  expect_cx_error(inv(a), 3L, "square")
  expect_cx_error(linalg_det(a), 3L, "square")
  expect_cx_error(cholesky(a), 3L, "square")
  expect_cx_error(expm(a), 3L, "square")
  expect_cx_error(eigvals(a), 3L, "square")
  expect_cx_error(eigh(a), 3L, "square")
  expect_cx_error(linalg_solve(diag(2) + 0i, c(1i, 2, 3)), 3L, "\\bb\\b")
  expect_cx_error(inv(matrix(c(1i, NaN, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_cx_error(lu_factor(matrix(c(1i, Inf, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_cx_error(inv(matrix(0i, 2, 2)), 6L, "singular")
  expect_cx_error(cholesky(matrix(c(1, 2, 2, 1) + 0i, 2)), 6L, "not positive definite")
  expect_cx_error(linalg_solve(diag(2) + 0i, c(1i, 1), assume_a = "nope"), 4L, "assume_a")
  expect_cx_error(linalg_solve(diag(2) + 0i, c(1i, 1), transposed = TRUE), 2L,
                  "a^T x = b or a^H x = b for complex matrices", fixed = TRUE)
  expect_cx_error(linalg_svd(diag(2) + 0i, lapack_driver = "x"), 4L, "lapack_driver")
  expect_cx_error(linalg_qr(diag(2) + 0i, mode = "x"), 4L, "mode")
  expect_cx_error(linalg_qr(diag(2) + 0i, mode = "raw"), 2L, "complex")
  expect_cx_error(eigh(diag(2) + 0i, driver = "x"), 4L, "driver")
  expect_cx_error(eigh(diag(2) + 0i, b = diag(2)), 2L, "generalized")
  expect_cx_error(eigvalsh(diag(2), b = diag(2) + 0i), 2L, "generalized")
  expect_cx_error(lu_solve(lu_factor(diag(2) + 0i), c(1i, 1), trans = 3), 2L, "trans")
  expect_cx_error(lu_solve(list(diag(2) + 0i, c(0, 5)), c(1i, 1)), 2L, "piv")
  expect_cx_error(inv(c(1i, 2i)), 2L, "matrix")
  expect_cx_error(linalg_solve(diag(2) + 0i, "b"), 2L, "\\bb\\b")
})

test_that("schur: invariants, sorting, output and errors", {
  set.seed(13)
  for (n in c(1L, 3L, 6L)) {
    a <- matrix(rnorm(n * n), n)
    s <- schur(a)
    expect_true(is.double(s$t) && is.double(s$z) && identical(s$sdim, 0L))
    expect_lt(max(abs(s$z %*% s$t %*% t(s$z) - a)), 1e-12 * max(1, abs(a)))
    expect_lt(max(abs(crossprod(s$z) - diag(n))), 1e-12)
    if (n > 2) expect_true(all(s$t[row(s$t) > col(s$t) + 1L] == 0))
    w <- eigvals(a)
    for (sort in c("lhp", "rhp", "iuc", "ouc")) {
      sel <- switch(sort, lhp = Re(w) < 0, rhp = Re(w) >= 0, iuc = Mod(w) <= 1, ouc = Mod(w) > 1)
      for (output in c("real", "complex")) {
        s <- schur(a, output = output, sort = sort)
        expect_identical(s$sdim, sum(sel), label = paste(sort, output))
        ct_ <- if (output == "real") t(s$z) else ct(s$z)
        expect_lt(max(Mod(s$z %*% s$t %*% ct_ - a)), 1e-12 * max(1, abs(a)))
        expect_identical(is.complex(s$t), output == "complex")
        if (s$sdim > 0) {
          lead <- eigvals(s$t[seq_len(s$sdim), seq_len(s$sdim), drop = FALSE])
          expect_same_set(lead, w[sel], 1e-10, label = paste(sort, output))
        }
      }
    }
    ac <- matrix(complex(real = rnorm(n * n), imaginary = rnorm(n * n)), n)
    sc <- schur(ac, sort = "ouc")
    expect_true(is.complex(sc$t))
    expect_true(all(sc$t[lower.tri(sc$t)] == 0))
    expect_lt(max(Mod(sc$z %*% sc$t %*% ct(sc$z) - ac)), 1e-12 * max(1, Mod(ac)))
    expect_same_set(diag(sc$t), eigvals(ac), 1e-10)
  }
  expect_identical(schur(diag(2), output = "c")$t, diag(2) + 0i)
  expect_identical(schur(matrix(0, 0, 0))$t, matrix(0, 0, 0))
  expect_cx_error(schur(matrix(1, 2, 3)), 3L, "square")
  expect_cx_error(schur(matrix(1i, 2, 3)), 3L, "square")
  expect_cx_error(schur(diag(2), sort = "xx"), 4L, "sort")
  expect_cx_error(schur(diag(2) + 0i, sort = "xx"), 4L, "sort")
  expect_cx_error(schur(matrix(c(1, NaN, 0, 1), 2)), 2L, "(?i)nan|inf|finite")
  expect_cx_error(schur(matrix(c(1, NaN, 0, 1), 2), check_finite = FALSE), 2L, "")
  expect_cx_error(schur(diag(2), output = "x"), 2L, "'real', or 'complex'")
  expect_cx_error(schur(diag(2), sort = 1), 2L, "sort")
})
