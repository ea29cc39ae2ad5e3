# scipy.linalg.lu. Expected values: ref$linalg_decomp, SciPy's results written
# by gen_reference.py (SciPy version in ref$scipy_version); the factors'
# algebra (a = P L U, triangularity) and lu_factor give the further checks.

decomp_cases <- ref$linalg_decomp

# Like expect_close, but NaN must sit where SciPy has NaN (check_finite = FALSE).
expect_close_nan <- function(object, expected, tol, label) {
  expect_identical(is.nan(object), is.nan(expected), label = paste(label, "NaN positions"))
  object[is.nan(object)] <- 0
  expected[is.nan(expected)] <- 0
  expect_close(object, expected, tol = tol, label = label)
}

run_lu <- function(c, ...) do.call(lu, c(list(c$a), c$args, list(...)))

test_that("the lu reference data is SciPy's and has its cases", {
  expect_identical(ref$scipy_version, "1.17.1")
  expect_identical(unique(vapply(decomp_cases, `[[`, "", "fun")), "lu")
  expect_identical(length(decomp_cases), 30L)
})

test_that("lu matches SciPy's P, L, U in all three forms", {
  n_checked <- 0
  for (c in decomp_cases) {
    if (is.null(c$expected)) next
    e <- c$expected
    tol <- if (c$ill) 1e-6 else 1e-12
    f <- run_lu(c)
    expect_identical(names(f), c("p", "l", "u"))
    expect_identical(f$p, e$p, label = paste(c$name, "p"))
    expect_close_nan(f$l, e$l, tol, paste(c$name, "l"))
    expect_close_nan(f$u, e$u, tol, paste(c$name, "u"))
    g <- run_lu(c, p_indices = TRUE)
    expect_identical(g$p, as.integer(e$p_indices), label = paste(c$name, "p_indices"))
    expect_identical(g$l, f$l)
    expect_identical(g$u, f$u)
    h <- run_lu(c, permute_l = TRUE)
    expect_identical(names(h), c("pl", "u"))
    expect_close_nan(h$pl, e$pl, tol, paste(c$name, "pl"))
    expect_identical(h$u, f$u)
    # SciPy ignores p_indices with permute_l.
    expect_identical(run_lu(c, permute_l = TRUE, p_indices = TRUE), h)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 28)
})

test_that("the factors reproduce a and have lu's shapes", {
  n_checked <- 0
  for (c in decomp_cases) {
    if (is.null(c$expected) || !all(is.finite(c$a))) next
    f <- run_lu(c)
    a <- c$a
    k <- min(dim(a))
    expect_identical(dim(f$l), c(nrow(a), k))
    expect_identical(dim(f$u), c(k, ncol(a)))
    if (k == 0) next
    scale <- max(1, max(abs(a)))
    expect_lte(max(abs(f$p %*% f$l %*% f$u - a)), 1e-14 * scale * k, label = paste(c$name, "P L U"))
    g <- run_lu(c, p_indices = TRUE)
    expect_lte(max(abs(g$l[g$p + 1, , drop = FALSE] %*% g$u - a)), 1e-14 * scale * k,
               label = paste(c$name, "L[p] U"))
    expect_true(all(f$l[upper.tri(f$l)] == 0) && all(diag(f$l) == 1) && all(abs(f$l) <= 1),
                label = paste(c$name, "L unit lower"))
    expect_true(all(f$u[lower.tri(f$u)] == 0), label = paste(c$name, "U upper"))
    n_checked <- n_checked + 1
  }
  expect_gt(n_checked, 20)
})

test_that("lu's factors are lu_factor's, unpacked", {
  set.seed(11)
  a <- matrix(rnorm(36), 6)
  f <- lu(a, p_indices = TRUE)
  g <- lu_factor(a)
  rows <- 0:5
  for (i in seq_along(g$piv)) {
    j <- g$piv[i] + 1
    rows[c(i, j)] <- rows[c(j, i)]
  }
  # lu_factor's swaps take a's row rows[i] to row i of L U; a = L[p] U inverts that.
  expect_identical(f$p, order(rows) - 1L)
  expect_identical(f$u, g$lu * upper.tri(g$lu, diag = TRUE))
  expect_identical(f$l, g$lu * lower.tri(g$lu) + diag(6))
})

test_that("lu's error cases signal SciPy's errors, never crash", {
  n_checked <- 0
  for (c in decomp_cases) {
    if (is.null(c$error)) next
    cond <- catch_condition(run_lu(c))
    expect_s3_class(cond, "sciport_error")
    expect_identical(cond$status, as.integer(c$error$status), label = c$name)
    expect_match(conditionMessage(cond), c$error$contains, fixed = TRUE, label = c$name)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 2)
  st <- function(expr) catch_condition(expr)$status
  expect_identical(st(lu(matrix("a", 2, 2))), 2L)
  expect_identical(st(lu(array(1, c(2, 2, 2)))), 2L)
  expect_identical(st(lu(diag(2), permute_l = NA)), 2L)
  expect_identical(st(lu(diag(2), p_indices = "yes")), 2L)
  expect_identical(st(lu(diag(2), check_finite = c(TRUE, FALSE))), 2L)
  expect_identical(st(lu(1:3)), 2L)
})
