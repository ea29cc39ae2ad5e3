# scipy.optimize's scalar solvers with R functions as callbacks. An R error
# raised inside a callback aborts the solver and reaches the caller unchanged.

# scipy.optimize.root_scalar
root_scalar <- function(f, method = NULL, bracket = NULL, x0 = NULL, x1 = NULL,
                        fprime = NULL, fprime2 = NULL, xtol = NULL, rtol = NULL,
                        maxiter = NULL) {
  if (!is.function(f)) .arg_error("f must be a function")
  method <- .opt_string(method, "method")
  .Call(C_sp_root_scalar, f, .opt_fun(fprime, "fprime"), .opt_fun(fprime2, "fprime2"),
        if (is.null(method)) NULL else tolower(method), .opt_nums(bracket, "bracket", 2L),
        .opt_num(x0, "x0"), .opt_num(x1, "x1"), .opt_num(xtol, "xtol"),
        .opt_num(rtol, "rtol"), .opt_int(maxiter, "maxiter"))
}

# scipy.optimize.minimize_scalar
minimize_scalar <- function(f, bracket = NULL, bounds = NULL, method = NULL, tol = NULL,
                            options = list()) {
  if (!is.function(f)) .arg_error("f must be a function")
  method <- .opt_string(method, "method")
  method <- if (is.null(method)) NULL else tolower(method)
  bounds <- .opt_nums(bounds, "bounds", 2L)
  meth <- if (!is.null(method)) method else if (is.null(bounds)) "brent" else "bounded"
  o <- .scalar_options(meth, .opt_num(tol, "tol"), options)
  .Call(C_sp_minimize_scalar, f, method, .opt_nums(bracket, "bracket", 2:3), bounds,
        o$tol, o$xatol, o$maxiter)
}

# minimize_scalar's `tol` and `options` resolved as SciPy resolves them:
# "bounded" reads xatol (tol used when xatol is absent, with SciPy's warning),
# "brent"/"golden" read xtol (options$xtol wins over tol). `disp` is accepted
# and ignored (sciport never prints); other names warn as SciPy does.
.scalar_options <- function(meth, tol, options) {
  if (!is.list(options)) .arg_error("options must be a list")
  tol_name <- if (meth == "bounded") "xatol" else "xtol"
  unknown <- setdiff(names(options), c(tol_name, "maxiter", "disp"))
  if (length(unknown) > 0L) {
    warning("Unknown solver options: ", paste(unknown, collapse = ", "), call. = FALSE)
  }
  opt_tol <- .opt_num(options[[tol_name]], paste0("options$", tol_name))
  if (meth == "bounded" && !is.null(tol) && is.null(opt_tol)) {
    warning("Method 'bounded' does not support relative tolerance in x; ",
            "defaulting to absolute tolerance.", call. = FALSE)
  }
  chosen <- if (is.null(opt_tol)) tol else opt_tol
  list(
    tol = if (meth == "bounded") NULL else chosen,
    xatol = if (meth == "bounded") chosen else NULL,
    maxiter = .opt_int(options[["maxiter"]], "options$maxiter")
  )
}
