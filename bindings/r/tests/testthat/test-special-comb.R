# comb and the exact counts (comb_exact, perm_exact, factorial_exact,
# factorial2_exact) against SciPy 1.17.1: each expected value was printed by
# /work/venv/bin/python -W ignore -c 'import scipy.special as sc; print(<call>)'
# with the call named next to it.

test_that("comb in floating point matches SciPy", {
  # sc.comb(10, 3) -> 120.0
  expect_identical(comb(10, 3), 120)
  # sc.comb(10, 3, repetition=True) -> 220.0
  expect_identical(comb(10, 3, repetition = TRUE), 220)
  # sc.comb(5, 7) -> 0.0
  expect_identical(comb(5, 7), 0)
  # sc.comb(10.5, 3) -> 141.3125
  expect_identical(comb(10.5, 3), 141.3125)
  # sc.comb([10, 5, 4, 0], [3, 2, 0, 2], repetition=True) -> [220., 15., 1., 0.]
  expect_identical(comb(c(10, 5, 4, 0), c(3, 2, 0, 2), repetition = TRUE), c(220, 15, 1, 0))
  # sc.comb(10, [0, 1, 2, 3]) -> [1., 10., 45., 120.]
  expect_identical(comb(10L, 0:3), c(1, 10, 45, 120))
})

test_that("comb keeps the longest argument's attributes and NA", {
  m <- matrix(c(4, 10, 6, 8), 2, dimnames = list(c("a", "b"), NULL))
  r <- comb(m, 2)
  expect_equal(dim(r), c(2L, 2L))
  expect_equal(dimnames(r), dimnames(m))
  expect_identical(as.vector(r), c(6, 45, 15, 28))
  expect_identical(comb(c(NA, 10), 3), c(NA_real_, 120))
  expect_identical(names(comb(c(u = 10), 3)), "u")
})

test_that("the exact forms give SciPy's integers as strings", {
  # sc.comb(100, 50, exact=True) -> 100891344545564193334812497256
  expect_identical(comb(100, 50, exact = TRUE), "100891344545564193334812497256")
  expect_identical(comb_exact(100, 50), "100891344545564193334812497256")
  # sc.comb(10, 3, exact=True, repetition=True) -> 220
  expect_identical(comb(10, 3, exact = TRUE, repetition = TRUE), "220")
  # sc.comb(5, 7, exact=True) -> 0
  expect_identical(comb_exact(5, 7), "0")
  # sc.comb(1000000, 3, exact=True) -> 166666166667000000
  expect_identical(comb_exact(1e6, 3), "166666166667000000")
  # sc.perm(10, 3, exact=True) -> 720; sc.perm(3, 5, exact=True) -> 0
  expect_identical(perm_exact(10, 3), "720")
  expect_identical(perm_exact(3, 5), "0")
  # sc.perm(20, 20, exact=True) -> 2432902008176640000
  expect_identical(perm_exact(20, 20), "2432902008176640000")
  # sc.factorial(25, exact=True) -> 15511210043330985984000000
  expect_identical(factorial_exact(25), "15511210043330985984000000")
  # sc.factorial(0, exact=True) -> 1; sc.factorial(-3, exact=True) -> 0
  expect_identical(factorial_exact(c(0, -3)), c("1", "0"))
  # sc.factorial2(9, exact=True) -> 945; sc.factorial2(30, exact=True) -> 42849873690624000
  expect_identical(factorial2_exact(9L), "945")
  expect_identical(factorial2_exact(30), "42849873690624000")
  # sc.factorial2(-1, exact=True) -> 0
  expect_identical(factorial2_exact(-1), "0")
})

test_that("the exact forms are vectorised and keep attributes and NA", {
  # sc.comb(N, k, exact=True, repetition=True) for (10, 3), (5, 2), (4, 0), (0, 2) -> 220, 15, 1, 0
  expect_identical(comb_exact(c(10, 5, 4, 0), c(3, 2, 0, 2), repetition = TRUE),
                   c("220", "15", "1", "0"))
  expect_identical(perm_exact(10, c(a = 0, b = 3)), c(a = "1", b = "720"))
  expect_identical(factorial_exact(c(5, NA, NaN)), c("120", NA, NA))
  m <- matrix(c(5, 6, 7, 8), 2)
  r <- factorial2_exact(m)
  expect_equal(dim(r), c(2L, 2L))
  # sc.factorial2([5, 6, 7, 8], exact=True) -> [15, 48, 105, 384]
  expect_identical(as.vector(r), c("15", "48", "105", "384"))
  expect_identical(comb_exact(numeric(0), 2), character(0))
})

test_that("errors: the digit limit, non-whole values, lengths, flags", {
  err <- tryCatch(factorial_exact(1e6), sciport_error = function(e) e)
  expect_s3_class(err, "sciport_error")
  expect_identical(err$status, 2L)
  expect_match(conditionMessage(err), "limited to 100000 digits")
  err <- tryCatch(comb(10.5, 3, exact = TRUE), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
  expect_match(conditionMessage(err), "whole numbers")
  err <- tryCatch(perm_exact(c(1, 2, 3), c(1, 2)), sciport_error = function(e) e)
  expect_identical(err$status, 3L)
  err <- tryCatch(comb(c(1, 2, 3), c(1, 2)), sciport_error = function(e) e)
  expect_identical(err$status, 3L)
  err <- tryCatch(comb(10, 3, repetition = NA), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
  err <- tryCatch(comb("10", 3), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
  expect_length(intersect(c("comb", "comb_exact", "perm_exact", "factorial_exact", "factorial2_exact"),
                          c(getNamespaceExports("base"), getNamespaceExports("stats"),
                            getNamespaceExports("utils"))), 0)
})
