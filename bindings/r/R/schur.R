# scipy.linalg's Schur decomposition, the matrix equations solved through
# Schur forms (Sylvester, Lyapunov, algebraic Riccati) and the matrix square
# root and logarithm. None of these names is a base R or stats function.

# scipy.linalg.schur: list(t = , z = , sdim = ) with a = z t z^H. output
# "real" ("r") gives the real Schur form of a real a (t quasi-upper
# triangular); "complex" ("c") converts a real a to complex, as SciPy does,
# and a complex a always gets the complex form (t upper triangular). sort
# NULL, "lhp", "rhp", "iuc" or "ouc" moves the selected eigenvalues first;
# sdim counts them (0 without sort; SciPy returns it only with sort).
schur <- function(a, output = "real", sort = NULL, check_finite = TRUE) {
  output <- .opt_string(output, "output")
  if (is.null(output) || !(output %in% c("real", "complex", "r", "c"))) {
    .arg_error("argument must be 'real', or 'complex'")
  }
  sort <- .opt_string(sort, "sort")
  check_finite <- .lgl(check_finite, "check_finite")
  cplx <- is.complex(a) || output %in% c("complex", "c")
  .Call(C_sp_linalg_schur, .mat(a, "a", cplx), sort, check_finite)
}

# scipy.linalg.solve_sylvester: x with a x + x b = q; attribute "perturbed"
# is TRUE when a and -b have (nearly) common eigenvalues, so that x is
# inaccurate (SciPy returns such an x silently).
solve_sylvester <- function(a, b, q) {
  .Call(C_sp_linalg_solve_sylvester, .as_mat(a, "a"), .as_mat(b, "b"), .as_mat(q, "q"))
}

# scipy.linalg.solve_continuous_lyapunov: x with a x + x t(a) = q. Where
# SciPy warns (RuntimeWarning: an eigenvalue pair of a sums to (nearly)
# zero) this signals an R warning; attribute "perturbed" says the same.
solve_continuous_lyapunov <- function(a, q) {
  x <- .Call(C_sp_linalg_solve_continuous_lyapunov, .as_mat(a, "a"), .as_mat(q, "q"))
  if (attr(x, "perturbed")) {
    warning("Input \"a\" has an eigenvalue pair whose sum is very close to or exactly zero. ",
            "The solution is obtained via perturbing the coefficients.")
  }
  x
}

# scipy.linalg.solve_discrete_lyapunov: x with a x t(a) - x + q = 0; method
# NULL (SciPy's choice by size), "direct" or "bilinear".
solve_discrete_lyapunov <- function(a, q, method = NULL) {
  .Call(C_sp_linalg_solve_discrete_lyapunov, .as_mat(a, "a"), .as_mat(q, "q"),
        .opt_string(method, "method"))
}

# scipy.linalg.solve_continuous_are: the stabilizing solution x (m x m) of
# the continuous algebraic Riccati equation; e and s NULL are SciPy's None.
solve_continuous_are <- function(a, b, q, r, e = NULL, s = NULL, balanced = TRUE) {
  .solve_are(FALSE, a, b, q, r, e, s, balanced)
}

# scipy.linalg.solve_discrete_are: the stabilizing solution x (m x m) of
# the discrete algebraic Riccati equation; arguments as solve_continuous_are.
solve_discrete_are <- function(a, b, q, r, e = NULL, s = NULL, balanced = TRUE) {
  .solve_are(TRUE, a, b, q, r, e, s, balanced)
}

# Both Riccati solvers (sciport_linalg_solve_continuous_are / _discrete_are).
.solve_are <- function(discrete, a, b, q, r, e, s, balanced) {
  .Call(C_sp_linalg_solve_are, discrete, .as_mat(a, "a"), .as_mat(b, "b"), .as_mat(q, "q"),
        .as_mat(r, "r"), if (!is.null(e)) .as_mat(e, "e"), if (!is.null(s)) .as_mat(s, "s"),
        .lgl(balanced, "balanced"))
}

# scipy.linalg.sqrtm: the principal square root x (x %*% x = a). For a real
# a, x is a double matrix unless a has a negative real eigenvalue (then
# complex, as SciPy's); a complex a gives a complex x. SciPy's LinAlgWarning
# (a singular or ill-conditioned a) is an R warning; x is returned anyway.
sqrtm <- function(a) {
  res <- .Call(C_sp_linalg_sqrtm, .mat(a, "a", is.complex(a)))
  if (res$warning != 0L) {
    warning(if (res$warning == 1L) "Matrix is singular." else "Matrix is ill-conditioned.",
            " The result might be inaccurate or the array might not have a square root.")
  }
  res$x
}

# scipy.linalg.logm: the principal logarithm x (expm(x) = a). For a real a,
# x is a double matrix unless a has a negative real eigenvalue (then complex,
# as SciPy's); a complex a gives a complex x. Attribute "errest" is SciPy's
# error estimate ||expm(x) - a||_1 / ||a||_1 (logm(a, disp = FALSE)'s second
# value). SciPy's warnings are R warnings: LogmRankWarning (a singular or
# nearly singular a) and "logm result may be inaccurate" when errest is not
# below 1000 eps (or not finite); x is returned anyway.
logm <- function(a) {
  res <- .Call(C_sp_linalg_logm, .mat(a, "a", is.complex(a)))
  if (res$warning != 0L) {
    warning(if (res$warning == 1L) "The logm input matrix is exactly singular."
            else "The logm input matrix may be nearly singular.")
  }
  if (!(res$errest < 1000 * .Machine$double.eps)) {
    warning("logm result may be inaccurate, approximate err = ", format(res$errest))
  }
  x <- res$x
  attr(x, "errest") <- res$errest
  x
}
