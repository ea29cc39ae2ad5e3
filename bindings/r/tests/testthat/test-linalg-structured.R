# Slice 3 of scipy.linalg: solve_banded, solveh_banded, solve_toeplitz,
# solve_circulant, toeplitz (linalg_toeplitz), circulant, hilbert, kron,
# block_diag. Expected values: ref$linalg_structured, SciPy's results written
# by gen_reference.py (SciPy version in ref$scipy_version); invariants and
# base R give the further checks.

structured_cases <- ref$linalg_structured

run_structured <- function(c) {
  do.call(getExportedValue("sciport", c$fun), c(c$inputs, c$args))
}

structured_label <- function(c) {
  shape <- function(v) {
    if (is.list(v)) return(paste0("list(", paste(vapply(v, shape, ""), collapse = ", "), ")"))
    paste(if (is.null(dim(v))) length(v) else dim(v), collapse = "x")
  }
  args <- vapply(names(c$args), function(k) paste0(k, "=", format(c$args[[k]])), character(1))
  sprintf("%s(%s%s)", c$fun, paste(vapply(c$inputs, shape, ""), collapse = ", "),
          if (length(args)) paste0(", ", paste(args, collapse = ", ")) else "")
}

# The dense matrix a of LAPACK's diagonal-ordered band storage
# (ab[u + i - j, j] == a[i, j], 0-based) with l sub- and u superdiagonals.
dense_of_band <- function(ab, l, u) {
  n <- ncol(ab)
  a <- matrix(0, n, n)
  for (j in seq_len(n)) {
    for (i in max(1, j - u):min(n, j + l)) a[i, j] <- ab[u + 1 + i - j, j]
  }
  a
}

# The symmetric dense matrix of solveh_banded's upper or lower storage.
dense_of_hband <- function(ab, lower) {
  kd <- nrow(ab) - 1
  a <- if (lower) dense_of_band(ab, kd, 0) else dense_of_band(ab, 0, kd)
  a + t(a) - diag(diag(a), nrow(a))
}

test_that("the slice-3 reference data is SciPy's and covers every function", {
  expect_identical(ref$scipy_version, "1.17.1")
  funs <- unique(vapply(structured_cases, `[[`, "", "fun"))
  expect_setequal(funs, c("solve_banded", "solveh_banded", "solve_toeplitz", "solve_circulant",
                          "linalg_toeplitz", "circulant", "hilbert", "kron", "block_diag"))
  expect_gt(length(structured_cases), 90)
})

test_that("the structured solvers match SciPy's solutions and shapes", {
  n_checked <- 0
  solvers <- c("solve_banded", "solveh_banded", "solve_toeplitz", "solve_circulant")
  for (c in structured_cases) {
    if (!(c$fun %in% solvers) || is.null(c$expected)) next
    x <- run_structured(c)
    # SciPy's own answers carry cond(a) * eps; the systems here are well
    # conditioned (cond <= 1e3) except SciPy's own small test matrices.
    expect_close(x, c$expected, tol = 1e-11, label = structured_label(c))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 52)
})

test_that("the special matrices are SciPy's, exactly", {
  n_checked <- 0
  builders <- c("linalg_toeplitz", "circulant", "hilbert", "kron", "block_diag")
  for (c in structured_cases) {
    if (!(c$fun %in% builders)) next
    m <- run_structured(c)
    lab <- structured_label(c)
    expect_identical(dim(m), dim(c$expected), label = paste(lab, "dim"))
    expect_identical(as.vector(m), as.vector(c$expected), label = lab)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 27)
})

test_that("solutions satisfy a x = b for the dense matrix of the structure", {
  n_checked <- 0
  for (c in structured_cases) {
    if (is.null(c$expected) || length(c$expected) == 0) next
    inp <- c$inputs
    a <- switch(c$fun,
      solve_banded = dense_of_band(inp[[2]], inp[[1]][1], inp[[1]][2]),
      solveh_banded = dense_of_hband(inp[[1]], isTRUE(c$args$lower)),
      solve_toeplitz = if (is.list(inp[[1]])) linalg_toeplitz(inp[[1]][[1]], inp[[1]][[2]]) else
        linalg_toeplitz(inp[[1]]),
      solve_circulant = if (is.null(c$args$singular)) circulant(inp[[1]]),
      NULL)
    if (is.null(a)) next
    b <- inp[[length(inp)]]
    x <- run_structured(c)
    resid <- max(abs(a %*% x - b))
    expect_lte(resid, 1e-12 * max(abs(a)) * max(abs(x)) * nrow(a),
               label = paste(structured_label(c), "|a x - b|"))
    n_checked <- n_checked + 1
  }
  expect_gt(n_checked, 45)
})

test_that("the slice-3 error cases signal SciPy's errors with sciport's status", {
  n_checked <- 0
  for (c in structured_cases) {
    if (is.null(c$error)) next
    lab <- structured_label(c)
    cond <- catch_condition(run_structured(c))
    expect_s3_class(cond, "sciport_error")
    expect_identical(cond$status, as.integer(c$error$status), label = paste(lab, "status"))
    expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = lab)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 19)
})

test_that("the special matrices agree with base R", {
  set.seed(5)
  v <- rnorm(6)
  expect_identical(linalg_toeplitz(v), stats::toeplitz(v))
  a <- matrix(rnorm(6), 2)
  b <- matrix(rnorm(12), 4)
  expect_identical(kron(a, b), kronecker(a, b))
  h <- hilbert(7)
  expect_close(h, outer(1:7, 1:7, function(i, j) 1 / (i + j - 1)), tol = 0)
  expect_identical(dim(hilbert(0)), c(0L, 0L))
  bd <- block_diag(a, 7)
  expect_identical(dim(bd), c(3L, 4L))
  expect_identical(bd[1:2, 1:3], a)
  expect_identical(bd[3, 4], 7)
  expect_identical(sum(bd != 0), 7L)
  expect_identical(dim(block_diag()), c(1L, 0L))
  cm <- circulant(1:4)
  expect_identical(cm[, 1], c(1, 2, 3, 4))
  expect_identical(cm[, 2], c(4, 1, 2, 3))
})

test_that("the structured solvers agree with solve() on their dense matrices", {
  set.seed(9)
  n <- 9
  a <- matrix(rnorm(n * n), n) + 4 * diag(n)
  a[row(a) - col(a) > 2 | col(a) - row(a) > 1] <- 0
  ab <- matrix(0, 4, n)
  for (j in 1:n) for (i in max(1, j - 1):min(n, j + 2)) ab[1 + 1 + i - j, j] <- a[i, j]
  b <- matrix(rnorm(2 * n), n)
  expect_close(solve_banded(c(2, 1), ab, b), solve(a, b), tol = 1e-12)
  expect_close(solve_banded(list(2, 1), ab, b[, 1]), solve(a, b[, 1]), tol = 1e-12)
  s <- crossprod(matrix(rnorm(n * n), n)) + n * diag(n)
  s[abs(row(s) - col(s)) > 1] <- 0
  up <- rbind(c(0, s[cbind(1:(n - 1), 2:n)]), diag(s))
  lo <- rbind(diag(s), c(s[cbind(2:n, 1:(n - 1))], 0))
  expect_close(solveh_banded(up, b), solve(s, b), tol = 1e-12)
  expect_close(solveh_banded(lo, b, lower = TRUE), solve(s, b), tol = 1e-12)
  cc <- c(5, rnorm(n - 1))
  rr <- c(5, rnorm(n - 1))
  expect_close(solve_toeplitz(list(cc, rr), b), solve(linalg_toeplitz(cc, rr), b), tol = 1e-12)
  expect_close(solve_toeplitz(list(c = cc, r = rr), b), solve(linalg_toeplitz(cc, rr), b), tol = 1e-12)
  expect_close(solve_toeplitz(cc, b), solve(stats::toeplitz(cc), b), tol = 1e-12)
  expect_close(solve_circulant(cc, b), solve(circulant(cc), b), tol = 1e-12)
  expect_close(solve_toeplitz(1:4 + 3, 1:4), solve(stats::toeplitz(1:4 + 3), 1:4), tol = 1e-12)
})

test_that("bad slice-3 arguments signal sciport errors, never crash", {
  st <- function(expr) catch_condition(expr)$status
  expect_identical(st(solve_banded(c(1, 1), matrix("a", 3, 3), 1:3)), 2L)
  expect_identical(st(solve_banded(c(1, 1, 1), diag(3), 1:3)), 2L)
  expect_identical(st(solve_banded(c(1.5, 1), diag(3), 1:3)), 2L)
  expect_identical(st(solve_banded(c(1, 0), matrix(1, 3, 3), 1:3)), 3L)
  expect_identical(st(solveh_banded(matrix(0, 0, 3), 1:3)), 3L)
  expect_identical(st(solve_toeplitz(list(1:3), 1:3)), 2L)
  expect_identical(st(solve_toeplitz(list(x = 1:3, y = 1:3), 1:3)), 2L)
  expect_identical(st(solve_toeplitz(matrix(1:4, 2), 1:2)), 2L)
  expect_identical(st(solve_toeplitz(c(1i, 2), 1:2)), 2L)
  expect_identical(st(solve_circulant(1:3, 1:3, singular = "ignore")), 4L)
  expect_identical(st(solve_circulant(1:3, 1:3, singular = NA_character_)), 2L)
  expect_identical(st(solve_circulant(c(1, 1, 0, 0), 1:4, tol = "x")), 2L)
  expect_identical(st(hilbert(-1)), 2L)
  expect_identical(st(hilbert(2.5)), 2L)
  expect_identical(st(hilbert(NA)), 2L)
  expect_identical(st(kron(array(1, c(2, 2, 2)), 1)), 2L)
  expect_identical(st(block_diag(diag(2), "x")), 2L)
  expect_identical(st(linalg_toeplitz(list(1, 2))), 2L)
  # SciPy: check_finite = FALSE skips the check; the NaN reaches the answer.
  x <- solve_banded(c(1, 1), rbind(c(0, 1, 1), c(4, NaN, 4), c(1, 1, 0)), c(1, 2, 3),
                    check_finite = FALSE)
  expect_true(any(is.nan(x)))
  expect_identical(solve_toeplitz(c(2, 1), c(3, 3)), c(1, 1))
})
