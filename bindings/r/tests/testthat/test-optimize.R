# Scalar solvers against SciPy, and R closures as callbacks: an R condition
# raised inside a callback reaches the caller unchanged after the C call has
# returned, and the package keeps working.

default_xtol <- function(method) if (method %in% c("newton", "secant", "halley")) 1.48e-8 else 2e-12
default_rtol <- function(method) if (method %in% c("newton", "secant", "halley")) 0 else 4 * .Machine$double.eps

test_that("root_scalar matches SciPy's RootResults (root, iterations, calls, flag)", {
  for (c in ref$root_scalar) {
    f <- eval(parse(text = c$f))
    fp <- if (is.null(c$fprime)) NULL else eval(parse(text = c$fprime))
    fpp <- if (is.null(c$fprime2)) NULL else eval(parse(text = c$fprime2))
    res <- do.call(root_scalar, c(list(f, fprime = fp, fprime2 = fpp), c$args))
    e <- c$expected
    method <- if (is.null(c$args$method)) "brentq" else c$args$method
    xtol <- if (is.null(c$args$xtol)) default_xtol(method) else c$args$xtol
    rtol <- if (is.null(c$args$rtol)) default_rtol(method) else c$args$rtol
    what <- sprintf("%s on %s", method, c$name)
    expect_named(res, c("root", "iterations", "function_calls", "converged", "flag"))
    expect_lte(abs(res$root - e$root), 2 * (xtol + rtol * abs(e$root)), label = what)
    expect_identical(res$iterations, as.integer(e$iterations), label = what)
    expect_identical(res$function_calls, as.integer(e$function_calls), label = what)
    expect_identical(res$converged, e$converged, label = what)
    expect_identical(res$flag, e$flag, label = what)
  }
})

test_that("minimize_scalar matches SciPy's OptimizeResult", {
  for (c in ref$minimize_scalar) {
    f <- eval(parse(text = c$f))
    res <- suppressWarnings(do.call(minimize_scalar, c(list(f), c$args)))
    e <- c$expected
    what <- sprintf("%s on %s", paste(names(c$args), c$args, collapse = " "), c$name)
    expect_named(res, c("x", "fun", "nit", "nfev", "success", "status", "message"))
    expect_lte(abs(res$x - e$x), 1e-7 * max(1, abs(e$x)), label = what)
    expect_lte(abs(res$fun - e$fun), 1e-12 * max(1, abs(e$fun)), label = what)
    expect_identical(res$nit, as.integer(e$nit), label = what)
    expect_identical(res$nfev, as.integer(e$nfev), label = what)
    expect_identical(res$success, e$success, label = what)
    if (!is.null(e$status)) expect_identical(res$status, as.integer(e$status), label = what)
    expect_identical(res$message, e$message, label = what)
  }
})

test_that("stop() inside f reaches the caller as the original R error, 100 times", {
  for (i in 1:100) {
    cond <- catch_condition(root_scalar(function(x) stop("boom"), bracket = c(0, 1)))
    expect_identical(conditionMessage(cond), "boom")
    expect_false(inherits(cond, "sciport_error"))
  }
  expect_error(root_scalar(function(x) stop("boom"), bracket = c(0, 1)), "^boom$")
  res <- root_scalar(function(x) x^2 - 2, bracket = c(0, 2))
  expect_lte(abs(res$root - sqrt(2)), 1e-11)
})

test_that("an error after some evaluations aborts the solver and propagates", {
  calls <- 0
  f <- function(x) {
    calls <<- calls + 1
    if (calls == 4) stop("fourth call fails")
    cos(x) - x
  }
  expect_error(root_scalar(f, bracket = c(0, 1)), "fourth call fails")
  expect_identical(calls, 4)
  calls <- 0
  expect_error(minimize_scalar(f), "fourth call fails")
  expect_identical(calls, 4)
})

test_that("errors in fprime and fprime2 propagate", {
  f <- function(x) x^3 - 2
  expect_error(root_scalar(f, x0 = 1, fprime = function(x) stop("bad fprime")), "bad fprime")
  expect_error(root_scalar(f, x0 = 1, fprime = function(x) 3 * x^2,
                           fprime2 = function(x) stop("bad fprime2")), "bad fprime2")
  res <- root_scalar(f, x0 = 1, fprime = function(x) 3 * x^2, fprime2 = function(x) 6 * x)
  expect_lte(abs(res$root - 2^(1 / 3)), 1e-12)
})

test_that("custom conditions, restarts and warnings from callbacks behave as in plain R", {
  custom <- structure(class = c("my_condition", "error", "condition"),
                      list(message = "custom", call = NULL))
  got <- tryCatch(minimize_scalar(function(x) stop(custom)),
                  my_condition = function(e) "caught by class")
  expect_identical(got, "caught by class")
  out <- withRestarts(
    root_scalar(function(x) invokeRestart("leave", 42), bracket = c(0, 1)),
    leave = function(v) v
  )
  expect_identical(out, 42)
  warned <- FALSE
  expect_warning(res <- root_scalar(function(x) {
    if (!warned) {
      warned <<- TRUE
      warning("just a warning")
    }
    x - 0.5
  }, bracket = c(0, 1)), "just a warning")
  expect_lte(abs(res$root - 0.5), 1e-12)
})

test_that("a callback must return one number", {
  expect_error(root_scalar(function(x) c(x, x), bracket = c(-1, 1)), "f must return a single number")
  expect_error(root_scalar(function(x) "a", bracket = c(-1, 1)), "f must return a single number")
  expect_error(minimize_scalar(function(x) NULL), "f must return a single number")
})

test_that("solvers nest: a callback may itself call sciport", {
  inner_root <- function(a) root_scalar(function(x) x^2 - a, bracket = c(0, 10))$root
  res <- minimize_scalar(function(a) (inner_root(a) - 2)^2, bounds = c(1, 9))
  expect_lte(abs(res$x - 4), 1e-4)
  expect_error(minimize_scalar(function(a) root_scalar(function(x) stop("deep"), bracket = c(0, 1))$root),
               "deep")
})

test_that("minimize_scalar's tol and options follow SciPy's rules", {
  f <- function(x) (x - 1)^2
  expect_warning(minimize_scalar(f, bounds = c(0, 3), tol = 1e-6), "absolute tolerance")
  expect_warning(minimize_scalar(f, options = list(foo = 1)), "Unknown solver options: foo")
  expect_silent(minimize_scalar(f, bounds = c(0, 3), options = list(xatol = 1e-9, disp = 0)))
  res <- minimize_scalar(f, options = list(maxiter = 2))
  expect_false(res$success)
})
