# The frozen distributions (dist() and its methods) against SciPy 1.17.1:
# every expected value was printed by /work/venv/bin/python with
# d = scipy.stats.norm(loc=1.5, scale=2.5), x = [-1, .5, 1.5, 4, -inf, inf,
# nan] and q = [.025, .5, .9, 0, 1, nan]: d.pdf(x), ..., d.isf(q), d.mean(),
# d.moment(n), d.stats('mvsk'), d.interval(.95), d.support() (the same
# numbers are in tests/reference/stats/norm.json).

dist_x <- c(-1, 0.5, 1.5, 4, -Inf, Inf, NaN)
dist_q <- c(0.025, 0.5, 0.9, 0, 1, NaN)
dist_want <- list(
  pdf = c(0.09678828980765734, 0.14730805612132933, 0.15957691216057307, 0.09678828980765734, 0, 0, NaN),
  logpdf = c(-2.3352292650788278, -1.9152292650788278, -1.8352292650788278, -2.3352292650788278,
             -Inf, -Inf, NaN),
  cdf = c(0.15865525393145707, 0.3445782583896758, 0.5, 0.8413447460685429, 0, 1, NaN),
  logcdf = c(-1.8410216450092634, -1.0654340491895766, -0.6931471805599453, -0.1727537790234499,
             -Inf, 0, NaN),
  sf = c(0.8413447460685429, 0.6554217416103242, 0.5, 0.15865525393145707, 1, 0, NaN),
  logsf = c(-0.1727537790234499, -0.42247637022777607, -0.6931471805599453, -1.8410216450092634,
            0, -Inf, NaN),
  ppf = c(-3.3999099613501365, 1.5, 4.703878913861501, -Inf, Inf, NaN),
  isf = c(6.3999099613501365, 1.5, -1.7038789138615007, Inf, -Inf, NaN)
)

# NaN matches NaN, infinities exactly, else 1e-12 relative.
dist_same <- function(got, want) {
  length(got) == length(want) &&
    all(ifelse(is.nan(want), is.nan(got),
               ifelse(is.infinite(want), !is.na(got) & got == want,
                      abs(got - want) <= 1e-12 * pmax(1, abs(want)))))
}

expect_dist_error <- function(expr, status, pattern = NULL) {
  cond <- tryCatch(expr, error = function(e) e)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  if (!is.null(pattern)) expect_match(conditionMessage(cond), pattern)
}

test_that("the pointwise methods match SciPy, keeping attributes", {
  d <- dist("norm", loc = 1.5, scale = 2.5)
  for (m in names(dist_want)) {
    f <- getExportedValue("sciport", m)
    at <- if (m %in% c("ppf", "isf")) dist_q else dist_x
    expect_true(dist_same(f(d, at), dist_want[[m]]), label = m)
    # a matrix keeps dim and dimnames; names are kept; NA stays NA
    mat <- matrix(at[1:4], 2, dimnames = list(c("r1", "r2"), c("c1", "c2")))
    r <- f(d, mat)
    expect_identical(dim(r), c(2L, 2L))
    expect_identical(dimnames(r), dimnames(mat))
    expect_true(dist_same(as.vector(r), dist_want[[m]][1:4]), label = paste(m, "matrix"))
    expect_identical(names(f(d, c(u = at[2]))), "u")
    expect_identical(f(d, c(NA, at[2]))[1], NA_real_)
    expect_identical(f(d, numeric(0)), numeric(0))
  }
  expect_true(dist_same(cdf(d, c(4L, -1L)), dist_want$cdf[c(4, 1)]))   # integers
  arr <- array(rep(dist_x[1:2], 4), c(2, 2, 2))
  expect_identical(dim(sf(d, arr)), c(2L, 2L, 2L))
})

test_that("the statistics match SciPy", {
  d <- dist("norm", loc = 1.5, scale = 2.5)
  expect_identical(mean(d), 1.5)
  expect_identical(median(d), 1.5)
  expect_true(dist_same(dist_var(d), 6.25))
  expect_true(dist_same(dist_sd(d), 2.5))
  expect_true(dist_same(entropy(d), 2.3352292650788278))
  moments <- c(1, 1.5, 8.5, 31.500000000000004, 206.62500000000006)
  for (n in 0:4) expect_true(dist_same(moment(d, n), moments[n + 1]), label = paste("moment", n))
  expect_identical(dist_stats(d), list(mean = 1.5, var = 6.25, skew = 0, kurtosis = 0))
  iv <- interval(d, 0.95)
  expect_identical(names(iv), c("lo", "hi"))
  expect_true(dist_same(unname(iv), c(-3.3999099613501347, 6.399909961350135)))
  expect_identical(interval(d, 1), c(lo = -Inf, hi = Inf))
  expect_identical(support(d), c(lo = -Inf, hi = Inf))
  # scale -1: SciPy gives NaN everywhere (norm.json's invalid case)
  bad <- dist("norm", scale = -1)
  expect_true(is.nan(pdf(bad, 0)) && is.nan(mean(bad)) && all(is.nan(support(bad))))
})

test_that("names, family, printing and the finalizer", {
  expect_true("norm" %in% dist_names())
  expect_false(any(grepl(",", dist_names())))
  expect_identical(dist_family("norm"), list(shapes = character(0), discrete = FALSE))
  expect_identical(sciport:::.split_names("a, b"), c("a", "b"))
  d <- dist("norm", loc = 1.5, scale = 2.5)
  expect_s3_class(d, "sciport_dist")
  expect_output(print(d), "norm\\(loc = 1.5, scale = 2.5\\)")
  rm(d)
  invisible(gc())   # the finalizer releases the C object
  expect_true(TRUE)
})

test_that("pdf without a sciport_dist is grDevices::pdf", {
  f <- tempfile(fileext = ".pdf")
  pdf(f)
  plot.new()
  grDevices::dev.off()
  expect_true(file.exists(f))
  unlink(f)
})

test_that("bad input arrives as sciport_error", {
  expect_dist_error(dist("no_such_family"), 4L, "norm")
  expect_dist_error(dist_family("no_such_family"), 4L)
  expect_dist_error(dist("norm", 1), 2L)
  expect_dist_error(dist("norm", a = 1), 2L, "'a'")
  expect_dist_error(dist("norm", loc = c(1, 2)), 2L, "loc")
  d <- dist("norm", loc = 1.5, scale = 2.5)
  expect_dist_error(pmf(d, 1), 2L)
  expect_dist_error(logpmf(d, c(1, 2)), 2L)
  expect_dist_error(moment(d, -1), 2L)
  expect_dist_error(interval(d, 1.5), 2L)
  expect_dist_error(cdf(d, "a"), 2L, "numeric")
  expect_dist_error(cdf(list(), 1), 2L, "sciport_dist")
  # a restored object has lost its C pointer: an error, not a crash
  f <- tempfile(fileext = ".rds")
  saveRDS(d, f)
  restored <- readRDS(f)
  unlink(f)
  expect_dist_error(cdf(restored, 0), 1L)
  expect_dist_error(mean(restored), 1L)
})

test_that("shape parameters by name and discrete families", {
  # beta(2, 3): cdf(0.5) = I_0.5(2, 3) = 11/16, pdf(0.5) = 12 * 0.5 * 0.25 = 1.5
  d <- dist("beta", a = 2, b = 3)
  expect_equal(cdf(d, 0.5), 11 / 16, tolerance = 1e-15)
  expect_equal(pdf(d, 0.5), 1.5, tolerance = 1e-15)
  expect_equal(cdf(dist("beta", 2, 3), 0.5), 11 / 16, tolerance = 1e-15)
  expect_equal(mean(d), 2 / 5, tolerance = 1e-15)
  # poisson(2): pmf(0) = exp(-2), cdf(1) = 3 exp(-2); pdf is for continuous families
  p <- dist("poisson", mu = 2)
  expect_equal(pmf(p, c(0, 1.5)), c(exp(-2), 0), tolerance = 1e-15)
  expect_equal(cdf(p, 1), 3 * exp(-2), tolerance = 1e-15)
  expect_equal(ppf(p, 0.5), 2)
  expect_dist_error(pdf(p, 1), 2L, "pmf")
  expect_dist_error(dist("poisson", mu = 2, scale = 2), 2L)
  # shapes whose names prefix "name" (binom's and hypergeom's n) stay shapes;
  # SciPy 1.17.1: binom(10, 0.3).pmf(3), hypergeom(20, 7, 12).pmf([3, 4])
  expect_equal(pmf(dist("binom", n = 10, p = 0.3), 3), 0.2668279319999998, tolerance = 1e-14)
  expect_equal(pmf(dist(name = "binom", p = 0.3, n = 10), 3), 0.2668279319999998, tolerance = 1e-14)
  expect_equal(pmf(dist("hypergeom", M = 20, n = 7, N = 12), c(3, 4)),
               c(0.19865841073271417, 0.3575851393188855), tolerance = 1e-14)
  expect_dist_error(dist(n = 10, p = 0.3), 2L, "name")
})
