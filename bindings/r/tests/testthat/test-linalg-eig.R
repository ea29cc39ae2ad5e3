# scipy.linalg.eig and eigvals. Expected values: ref$linalg_eig, SciPy's
# results from tests/reference/linalg/eig.json (converted by gen_reference.py;
# SciPy version in ref$scipy_version). sciport's eigenvalue order is SciPy's,
# so eigenvalues compare by position, within the case's tol_w relative to
# max(1, |A|_2, |B|_2); eigenvectors (when unique) within tol_v once the unit
# factor they may differ by is removed. Every case, singular pencils included,
# is also held to the mathematics: the backward error of beta A v = alpha B v
# and of beta v^H A = alpha v^H B, unit-norm columns, w = alpha / beta.

eig_cases <- ref$linalg_eig
eps <- .Machine$double.eps

run_eig <- function(c, ...) do.call(eig, c(list(c$a, c$b), c$args, list(...)))
run_eigvals <- function(c, ...) do.call(eigvals, c(list(c$a, c$b), c$args, list(...)))

# The generator's |A|: max(1, |A|_2, |B|_2).
eig_scale <- function(c) {
  max(1, norm(c$a, "2"), if (!is.null(c$b)) norm(c$b, "2"))
}

# A bound on the 2-norm, sqrt(|M|_1 |M|_inf) (the core test's).
norm2_bound <- function(m) sqrt(norm(m, "1") * norm(m, "I"))

vnorm <- function(v) sqrt(sum(Mod(v)^2))

# Backward error of beta A v = alpha B v (left: beta v^H A = alpha v^H B),
# B = I for the standard problem.
pencil_residual <- function(a, b, alpha, beta, v, left) {
  if (is.null(b)) b <- diag(nrow(a))
  if (left) {
    vh <- Conj(v)
    r <- beta * (vh %*% a) - alpha * (vh %*% b)
  } else {
    r <- beta * (a %*% v) - alpha * (b %*% v)
  }
  scale <- abs(beta) * norm2_bound(a) + Mod(alpha) * norm2_bound(b)
  vnorm(r) / (max(scale, .Machine$double.xmin) * max(vnorm(v), .Machine$double.xmin))
}

# min over |c| = 1 of |u - c v|, u and v unit vectors.
phase_distance <- function(u, v) {
  dot <- sum(Conj(v) * u)
  c <- if (Mod(dot) > 0) dot / Mod(dot) else 1 + 0i
  vnorm(u - c * v)
}

# Positional comparison of eigenvalues: non-finite ones (beta = 0) where
# SciPy has them (Inf with its sign, NaN), finite ones within tol * scale.
expect_eigenvalues <- function(w, e, tol, scale, label) {
  expect_identical(length(w), length(e), label = paste(label, "length"))
  fin_e <- is.finite(Re(e)) & is.finite(Im(e))
  fin_w <- is.finite(Re(w)) & is.finite(Im(w))
  expect_identical(fin_w, fin_e, label = paste(label, "finite positions"))
  if (!identical(fin_w, fin_e)) return(invisible())
  expect_identical(is.nan(Re(w[!fin_w])), is.nan(Re(e[!fin_e])), label = paste(label, "NaN"))
  inf <- !fin_w & !is.nan(Re(w))
  expect_identical(Re(w[inf]), Re(e[inf]), label = paste(label, "Inf"))
  if (any(fin_w)) {
    err <- max(Mod(w[fin_w] - e[fin_e])) / scale
    expect_lte(err, tol, label = paste(label, "|w - w_scipy| / max(1, |A|)"))
  }
}

test_that("the eig reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(unique(vapply(eig_cases, `[[`, "", "fun")), "eig")
  expect_identical(length(eig_cases), 40L)
  expect_identical(sum(vapply(eig_cases, function(c) !is.null(c$error), TRUE)), 5L)
  expect_identical(sum(vapply(eig_cases, function(c) !is.null(c$b), TRUE)), 18L)
})

test_that("eig returns SciPy's tuples: w, (w, vr), (w, vl), (w, vl, vr)", {
  a <- matrix(c(1, 2, 3, 1, 2, 3, 2, 5, 6), 3, byrow = TRUE) # SciPy's test_simple
  full <- eig(a, left = TRUE, right = TRUE)
  expect_identical(names(full), c("w", "vl", "vr"))
  expect_true(is.complex(full$w) && is.null(dim(full$w)))
  expect_true(is.complex(full$vl) && identical(dim(full$vl), c(3L, 3L)))
  expect_true(is.complex(full$vr) && identical(dim(full$vr), c(3L, 3L)))
  expect_identical(names(eig(a)), c("w", "vr"))
  expect_identical(names(eig(a, left = TRUE, right = FALSE)), c("w", "vl"))
  w <- eig(a, right = FALSE)
  expect_true(is.complex(w) && is.null(dim(w)) && length(w) == 3L)
  expect_identical(w, eigvals(a))
  h <- eig(a, right = FALSE, homogeneous_eigvals = TRUE)
  expect_true(is.complex(h) && identical(dim(h), c(2L, 3L)))
  expect_identical(h, eigvals(a, homogeneous_eigvals = TRUE))
  expect_identical(h[2, ], rep(1 + 0i, 3))
  hv <- eig(a, homogeneous_eigvals = TRUE)
  expect_identical(names(hv), c("w", "vr"))
  expect_identical(dim(hv$w), c(2L, 3L))
  # An all-real spectrum still gives complex results, imaginary parts 0.
  expect_identical(Im(full$w), c(0, 0, 0))
  expect_true(all(Im(full$vr) == 0) && all(Im(full$vl) == 0))
  # Integer and logical matrices are converted once; a is never modified.
  ai <- matrix(c(1L, 2L, 3L, 1L, 2L, 3L, 2L, 5L, 6L), 3, byrow = TRUE)
  expect_identical(eig(ai, left = TRUE), full)
  expect_identical(eigvals(matrix(c(TRUE, FALSE, TRUE, TRUE), 2)),
                   eigvals(matrix(c(1, 0, 1, 1), 2)))
  a0 <- a + 0
  invisible(eig(a, a + diag(3), left = TRUE))
  expect_identical(a, a0)
})

test_that("eig's eigenvalues match SciPy's, in SciPy's order, in every form", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$expected) || !isTRUE(c$regular) || nrow(c$a) == 0) next
    e <- c$expected
    scale <- eig_scale(c)
    f <- run_eig(c, left = TRUE, right = TRUE)
    expect_eigenvalues(f$w, e$w, c$tol_w, scale, paste(c$name, "eig w"))
    wv <- run_eigvals(c)
    expect_eigenvalues(wv, e$w, c$tol_w, scale, paste(c$name, "eigvals w"))
    expect_identical(run_eig(c, right = FALSE), wv, label = paste(c$name, "eig(right = FALSE)"))
    expect_eigenvalues(run_eig(c)$w, e$w, c$tol_w, scale, paste(c$name, "eig(a, b) w"))
    # Homogeneous: (alpha, beta) projectively equal to SciPy's.
    h <- run_eigvals(c, homogeneous_eigvals = TRUE)
    expect_identical(h, run_eig(c, right = FALSE, homogeneous_eigvals = TRUE))
    alpha <- h[1, ]
    beta <- h[2, ]
    d <- Mod(e$alpha * beta - alpha * e$beta) /
      (sqrt(Mod(e$alpha)^2 + Mod(e$beta)^2) * sqrt(Mod(alpha)^2 + Mod(beta)^2))
    expect_lte(max(d), c$tol_w, label = paste(c$name, "(alpha, beta) vs SciPy"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 31)
})

test_that("homogeneous w is rbind(alpha, beta): beta real >= 0 (1 without b), w = alpha / beta", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$expected)) next
    n <- nrow(c$a)
    w <- run_eigvals(c)
    h <- run_eigvals(c, homogeneous_eigvals = TRUE)
    expect_identical(dim(h), c(2L, n))
    if (n == 0) next
    alpha <- h[1, ]
    beta <- h[2, ]
    expect_true(all(Im(beta) == 0 & Re(beta) >= 0), label = paste(c$name, "beta real >= 0"))
    if (is.null(c$b)) expect_identical(beta, rep(1 + 0i, n), label = paste(c$name, "beta = 1"))
    nz <- Re(beta) != 0
    ratio <- alpha[nz] / Re(beta[nz])
    expect_true(all(Mod(ratio - w[nz]) <= 4 * eps * Mod(w[nz])),
                label = paste(c$name, "alpha / beta = w"))
    # beta = 0: an infinite eigenvalue, NaN when alpha is 0 too (as SciPy).
    if (any(!nz)) {
      inf <- alpha[!nz] != 0
      expect_true(all(is.infinite(Re(w[!nz][inf])) & Im(w[!nz][inf]) == 0),
                  label = paste(c$name, "beta = 0: Inf"))
      expect_true(all(is.nan(Re(w[!nz][!inf]))), label = paste(c$name, "0 / 0: NaN"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 33)
})

test_that("eig's eigenvectors match SciPy's up to a unit factor where they are unique", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$expected) || !isTRUE(c$vectors)) next
    e <- c$expected
    f <- run_eig(c, left = TRUE, right = TRUE)
    for (key in c("vr", "vl")) {
      dist <- vapply(seq_len(nrow(c$a)), function(j) phase_distance(f[[key]][, j], e[[key]][, j]), 0)
      expect_lte(max(dist), c$tol_v, label = paste(c$name, key, "vs SciPy"))
    }
    # eig(a)'s vr and eig(a, left = TRUE, right = FALSE)'s vl are the same vectors.
    expect_lte(max(Mod(run_eig(c)$vr - f$vr)), 1e-14, label = paste(c$name, "vr alone"))
    expect_lte(max(Mod(run_eig(c, left = TRUE, right = FALSE)$vl - f$vl)), 1e-14,
               label = paste(c$name, "vl alone"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 25)
})

test_that("every eigenpair satisfies beta A v = alpha B v, left and right, with unit vectors", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$expected)) next
    n <- nrow(c$a)
    f <- run_eig(c, left = TRUE, right = TRUE, homogeneous_eigvals = TRUE)
    expect_identical(dim(f$vl), c(n, n))
    expect_identical(dim(f$vr), c(n, n))
    if (n == 0) next
    tol <- 100 * n * eps
    for (j in seq_len(n)) {
      alpha <- f$w[1, j]
      beta <- Re(f$w[2, j])
      for (key in c("vr", "vl")) {
        v <- f[[key]][, j]
        lab <- sprintf("%s %s[, %d]", c$name, key, j)
        expect_lte(pencil_residual(c$a, c$b, alpha, beta, v, key == "vl"), tol,
                   label = paste(lab, "backward error"))
        expect_lte(abs(vnorm(v) - 1), tol, label = paste(lab, "| |v| - 1 |"))
        # LAPACK's normalization: the largest component is real.
        k <- which.max(Re(v)^2 + Im(v)^2)
        expect_identical(Im(v[k]), 0, label = paste(lab, "largest component real"))
      }
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 33)
})

test_that("standard eigenvalues are base R's eigen() ones, as a set", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$expected) || !is.null(c$b) || nrow(c$a) == 0) next
    w <- eigvals(c$a)
    ev <- eigen(c$a, only.values = TRUE)$values
    used <- rep(FALSE, length(ev))
    worst <- 0
    for (x in w) {
      d <- Mod(ev - x)
      d[used] <- Inf
      i <- which.min(d)
      used[i] <- TRUE
      worst <- max(worst, d[i])
    }
    expect_lte(worst / eig_scale(c), c$tol_w, label = paste(c$name, "vs eigen()"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 19)
})

test_that("the empty matrix gives empty results whatever b is", {
  for (c in eig_cases) {
    if (is.null(c$expected) || nrow(c$a) != 0) next
    f <- run_eig(c, left = TRUE)
    expect_identical(f$w, complex(0))
    expect_identical(f$vl, matrix(complex(0), 0, 0))
    expect_identical(f$vr, matrix(complex(0), 0, 0))
    expect_identical(c$expected$w, complex(0))
    expect_identical(run_eigvals(c, homogeneous_eigvals = TRUE), matrix(complex(0), 2, 0))
  }
  expect_identical(eigvals(matrix(0, 0, 0), matrix(0, 0, 0)), complex(0))
})

test_that("eig's error cases signal SciPy's errors, never crash", {
  n_checked <- 0
  for (c in eig_cases) {
    if (is.null(c$error)) next
    for (fun in list(function(...) run_eig(c, ...), function(...) run_eigvals(c, ...))) {
      for (cf in c(TRUE, FALSE)) {
        c$args$check_finite <- cf
        # NaN/Inf fail even with check_finite = FALSE (SciPy raises either way).
        cond <- catch_condition(fun(homogeneous_eigvals = !cf))
        expect_s3_class(cond, "sciport_error")
        expect_identical(cond$status, as.integer(c$error$status), label = c$name)
        expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = c$name)
      }
    }
    cond <- catch_condition(run_eig(c, left = TRUE, right = TRUE))
    expect_identical(cond$status, as.integer(c$error$status), label = paste(c$name, "vl, vr"))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 5)
  st <- function(expr) catch_condition(expr)$status
  expect_identical(st(eig(matrix(1, 3, 2))), 3L)
  expect_identical(st(eigvals(diag(3), diag(2))), 3L)
  expect_identical(st(eig(diag(2), matrix(1, 1, 2), left = TRUE)), 3L)
  expect_identical(st(eig(matrix(c(1, 0, 0, NaN), 2), check_finite = FALSE)), 2L)
  expect_identical(st(eigvals(diag(2), matrix(c(1, 0, -Inf, 1), 2), check_finite = FALSE)), 2L)
  expect_identical(st(eig(matrix(1i, 2, 3))), 3L)
  expect_identical(st(eigvals(matrix(1i, 2, 2), diag(3))), 3L)
  expect_identical(st(eig(1:4)), 2L)
  expect_identical(st(eigvals(diag(2), c(1, 1))), 2L)
  expect_identical(st(eig(matrix("a", 2, 2))), 2L)
  expect_identical(st(eig(array(1, c(2, 2, 2)))), 2L)
  expect_identical(st(eig(diag(2), left = NA)), 2L)
  expect_identical(st(eig(diag(2), right = "yes")), 2L)
  expect_identical(st(eig(diag(2), check_finite = c(TRUE, FALSE))), 2L)
  expect_identical(st(eigvals(diag(2), homogeneous_eigvals = 1)), 2L)
})
