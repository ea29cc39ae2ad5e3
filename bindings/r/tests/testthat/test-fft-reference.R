# Every transform against SciPy's output on the same logical arrays.

run_reference <- function(cases, extra = list()) {
  for (c in cases) {
    res <- tryCatch(sp_call(c$fun, c$x, c(c$args, extra)), error = function(e) e)
    if (inherits(res, "error")) {
      fail(paste(case_label(c), "failed:", conditionMessage(res)))
    } else {
      expect_close(res, c$expected, label = case_label(c))
    }
  }
}

test_that("reference data comes from SciPy", {
  expect_match(ref$scipy_version, "^[0-9]+\\.[0-9]+")
})

test_that("1-D transforms match SciPy (lengths, norms, n, real input promoted)", {
  run_reference(ref$fft_1d)
})

test_that("1-D transforms along every axis of column-major matrices and 3-D arrays match SciPy", {
  run_reference(ref$axis)
})

test_that("N-D transforms match SciPy for every axes combination of a 3-D array", {
  run_reference(ref$nd)
})

test_that("N-D and per-axis transforms give the same results with workers = 2", {
  run_reference(ref$nd, list(workers = 2L))
  run_reference(ref$axis, list(workers = 2L))
})

test_that("DCT/DST types 1-4 match SciPy (norms, n, orthogonalize)", {
  run_reference(ref$trig)
})

test_that("fftfreq, rfftfreq, fftshift, ifftshift and next_fast_len match SciPy", {
  run_reference(ref$helpers)
})
