# logsumexp, softmax and log_softmax against SciPy 1.17.1: the values were
# printed by /work/venv/bin/python (scipy.special, repr), each next to the
# call that produced it. The matrix is M = np.array([[1.0, 2.0, 3.0],
# [4.0, 5.0, 6.5]]); in R, m below (axis 0 is R's first dimension).

m <- matrix(c(1, 4, 2, 5, 3, 6.5), 2, 3)
rows <- function(...) matrix(c(...), 2, 3, byrow = TRUE)

test_that("logsumexp of a vector matches SciPy", {
  # logsumexp(np.array([1.0, 2.0, 3.0, 4.5])) -> 4.789240264485775
  expect_close(logsumexp(c(1, 2, 3, 4.5)), 4.789240264485775, tol = 1e-13)
  expect_close(logsumexp(1:3), logsumexp(c(1, 2, 3)), tol = 0)
  expect_close(logsumexp(c(1, 2, 3, 4.5), b = 2), 4.789240264485775 + log(2), tol = 1e-13)
  expect_identical(logsumexp(numeric(0)), -Inf)
})

test_that("negative weights give SciPy's sign with return_sign", {
  # logsumexp([1., 2., 3.], b=[1., -2., 0.5], return_sign=True) -> (0.7016419515146493, -1.0)
  r <- logsumexp(c(1, 2, 3), b = c(1, -2, 0.5), return_sign = TRUE)
  expect_named(r, c("value", "sign"))
  expect_close(r$value, 0.7016419515146493, tol = 1e-13)
  expect_identical(r$sign, -1)
  # logsumexp([1., 2., 3.], b=[1., -2., 0.5]) -> nan
  expect_true(is.nan(logsumexp(c(1, 2, 3), b = c(1, -2, 0.5))))
  # logsumexp(M, axis=1, b=[1., -1., -0.5], return_sign=True)
  #   -> ([2.6887683439621606, 6.05534463025317], [-1.0, -1.0])
  r <- logsumexp(m, axis = 1, b = c(1, -1, -0.5), return_sign = TRUE)
  expect_close(r$value, c(2.6887683439621606, 6.05534463025317), tol = 1e-13)
  expect_identical(r$sign, c(-1, -1))
})

test_that("a matrix reduces along each axis and over all axes as in SciPy", {
  # logsumexp(M, axis=0)
  expect_close(logsumexp(m, axis = 0), c(4.048587351573742, 5.048587351573742, 6.529750418272621),
               tol = 1e-13)
  # logsumexp(M, axis=1)
  expect_close(logsumexp(m, axis = 1), c(3.40760596444438, 6.7663678998071335), tol = 1e-13)
  expect_close(logsumexp(m, axis = -1), logsumexp(m, axis = 1), tol = 0)
  # logsumexp(M)
  expect_close(logsumexp(m), 6.800555091087515, tol = 1e-13)
  expect_close(logsumexp(m, axis = c(0, 1)), 6.800555091087515, tol = 1e-13)
  # logsumexp(M, axis=1, keepdims=True): shape (2, 1)
  expect_close(logsumexp(m, axis = 1, keepdims = TRUE),
               matrix(c(3.40760596444438, 6.7663678998071335), 2, 1), tol = 1e-13)
  expect_equal(dim(logsumexp(m, keepdims = TRUE)), c(1L, 1L))
  # logsumexp(M, axis=0, b=np.array([[2.0], [0.5]]))
  expect_close(logsumexp(m, axis = 0, b = matrix(c(2, 0.5), 2, 1)),
               c(3.488464352119415, 4.488464352119415, 5.920886197187), tol = 1e-13)
  # weights of a's length take a's dims
  w <- c(2, 0.5, 2, 0.5, 2, 0.5)
  expect_close(logsumexp(m, axis = 0, b = w), logsumexp(m, axis = 0, b = matrix(c(2, 0.5), 2, 1)),
               tol = 1e-15)
  # 3-D arrays keep the remaining dims, and dimnames follow
  arr <- array(seq(0, 2.3, by = 0.1), c(2, 3, 4))
  expect_equal(dim(logsumexp(arr, axis = 1)), c(2L, 4L))
  expect_close(logsumexp(arr, axis = 1)[2, 3], log(sum(exp(arr[2, , 3]))), tol = 1e-14)
  named <- matrix(1:6, 2, dimnames = list(c("r1", "r2"), c("a", "b", "c")))
  expect_identical(names(logsumexp(named, axis = 0)), c("a", "b", "c"))
  expect_identical(dimnames(logsumexp(named, axis = 0, keepdims = TRUE)), list(NULL, c("a", "b", "c")))
})

test_that("softmax and log_softmax along an axis of a matrix match SciPy", {
  # softmax(M, axis=0)
  expect_close(softmax(m, axis = 0),
               rows(0.04742587317756679, 0.04742587317756679, 0.02931223075135632,
                    0.9525741268224334, 0.9525741268224334, 0.9706877692486436), tol = 1e-13)
  # softmax(M, axis=1)
  expect_close(softmax(m, axis = 1),
               rows(0.09003057317038046, 0.24472847105479764, 0.6652409557748218,
                    0.0628900132458675, 0.17095278019779026, 0.7661572065563422), tol = 1e-13)
  # softmax(M)
  expect_close(softmax(m),
               rows(0.00302587464306774, 0.00822518005744603, 0.02235835748595929,
                    0.06077631686827439, 0.1652071577436992, 0.7404071132015533), tol = 1e-13)
  # log_softmax(M, axis=1)
  expect_close(log_softmax(m, axis = 1),
               rows(-2.4076059644443806, -1.4076059644443804, -0.4076059644443804,
                    -2.7663678998071335, -1.7663678998071337, -0.26636789980713366), tol = 1e-13)
  # log_softmax(M, axis=0)
  expect_close(log_softmax(m, axis = -2),
               rows(-3.048587351573742, -3.048587351573742, -3.5297504182726205,
                    -0.04858735157374196, -0.04858735157374196, -0.02975041827262065), tol = 1e-13)
  # softmax(np.array([1.0, 2.0, 3.0, 4.5])), log_softmax of the same
  expect_close(softmax(c(1, 2, 3, 4.5)),
               c(0.02261277505503388, 0.0614678955231306, 0.16708706343414498, 0.7488322659876905),
               tol = 1e-13)
  expect_close(log_softmax(c(1, 2, 3, 4.5)),
               c(-3.7892402644857746, -2.7892402644857746, -1.7892402644857746, -0.2892402644857746),
               tol = 1e-13)
  expect_identical(names(softmax(c(u = 1, v = 2))), c("u", "v"))
})

test_that("bad axes and weights are sciport errors with the library's message", {
  err <- tryCatch(logsumexp(m, axis = 2), sciport_error = function(e) e)
  expect_s3_class(err, "sciport_error")
  expect_identical(err$status, 2L)
  expect_match(conditionMessage(err), "axis 2 is out of bounds for array of dimension 2", fixed = TRUE)
  err <- tryCatch(logsumexp(c(1, 2, 3), b = c(1, 2)), sciport_error = function(e) e)
  expect_identical(err$status, 3L)
  expect_match(conditionMessage(err),
               "b with shape (2,) does not broadcast against the other operands (shape (3,) so far)",
               fixed = TRUE)
  err <- tryCatch(softmax(m, axis = -3), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
  expect_match(conditionMessage(err), "axis -3 is out of bounds", fixed = TRUE)
  err <- tryCatch(log_softmax(m, axis = c(0, -2)), sciport_error = function(e) e)
  expect_match(conditionMessage(err), "duplicate value in 'axis'", fixed = TRUE)
  err <- tryCatch(logsumexp("a"), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
  err <- tryCatch(logsumexp(m, keepdims = NA), sciport_error = function(e) e)
  expect_identical(err$status, 2L)
})
