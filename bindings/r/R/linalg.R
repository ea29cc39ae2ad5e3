# scipy.linalg for real matrices: solvers, LU, Cholesky, inverse,
# determinant, SVD, symmetric eigenproblem.
#
# Names: SciPy's, except where SciPy's name is a base R function (solve, det,
# svd): those get the prefix linalg_ (linalg_solve, linalg_det, linalg_svd).
# R matrices are column-major: their double storage is passed to sciport as
# Fortran-order views without copies (integer/logical input is converted to
# double once). Results follow SciPy's return values: a matrix, a vector, or
# a named list for SciPy's tuples.

# scipy.linalg.solve
linalg_solve <- function(a, b, lower = FALSE, check_finite = TRUE, assume_a = NULL,
                         transposed = FALSE) {
  .Call(C_sp_linalg_solve, .as_mat(a, "a"), .as_rhs(b), .lgl(lower, "lower"),
        .opt_string(assume_a, "assume_a"), .lgl(transposed, "transposed"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.solve_triangular
solve_triangular <- function(a, b, trans = 0, lower = FALSE, unit_diagonal = FALSE,
                             check_finite = TRUE) {
  .Call(C_sp_linalg_solve_triangular, .as_mat(a, "a"), .as_rhs(b), .trans(trans),
        .lgl(lower, "lower"), .lgl(unit_diagonal, "unit_diagonal"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.lu_factor: list(lu = , piv = ), piv 0-based as SciPy's.
lu_factor <- function(a, check_finite = TRUE) {
  .Call(C_sp_linalg_lu_factor, .as_mat(a, "a"), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.lu_solve: lu_and_piv is lu_factor's list (or list(lu, piv)).
lu_solve <- function(lu_and_piv, b, trans = 0, check_finite = TRUE) {
  parts <- .pair(lu_and_piv, "lu_and_piv", c("lu", "piv"))
  piv <- parts[[2L]]
  if (!.is_whole(piv) || length(dim(piv)) > 1L) {
    .arg_error("lu_and_piv: piv must be a vector of whole numbers (0-based, as lu_factor returns)")
  }
  .Call(C_sp_linalg_lu_solve, .as_mat(parts[[1L]], "lu"), as.double(piv), .as_rhs(b),
        .trans(trans), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.cho_factor: list(c = , lower = ).
cho_factor <- function(a, lower = FALSE, check_finite = TRUE) {
  .Call(C_sp_linalg_cho_factor, .as_mat(a, "a"), .lgl(lower, "lower"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.cho_solve: c_and_lower is cho_factor's list (or list(c, lower)).
cho_solve <- function(c_and_lower, b, check_finite = TRUE) {
  parts <- .pair(c_and_lower, "c_and_lower", c("c", "lower"))
  .Call(C_sp_linalg_cho_solve, .as_mat(parts[[1L]], "c"),
        .lgl(parts[[2L]], "c_and_lower: lower"), .as_rhs(b),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.cholesky
cholesky <- function(a, lower = FALSE, check_finite = TRUE) {
  .Call(C_sp_linalg_cholesky, .as_mat(a, "a"), .lgl(lower, "lower"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.inv
inv <- function(a, check_finite = TRUE) {
  .Call(C_sp_linalg_inv, .as_mat(a, "a"), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.det
linalg_det <- function(a, check_finite = TRUE) {
  .Call(C_sp_linalg_det, .as_mat(a, "a"), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.svd: list(u = , s = , vt = ), or s alone when compute_uv = FALSE.
linalg_svd <- function(a, full_matrices = TRUE, compute_uv = TRUE, check_finite = TRUE,
                       lapack_driver = "gesdd") {
  .Call(C_sp_linalg_svd, .as_mat(a, "a"), .lgl(full_matrices, "full_matrices"),
        .lgl(compute_uv, "compute_uv"), .lgl(check_finite, "check_finite"),
        .opt_string(lapack_driver, "lapack_driver"))
}

# scipy.linalg.svdvals
svdvals <- function(a, check_finite = TRUE) {
  .Call(C_sp_linalg_svdvals, .as_mat(a, "a"), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.eigh (standard problem, b = None): list(w = , v = ), or w alone
# when eigvals_only = TRUE.
eigh <- function(a, lower = TRUE, eigvals_only = FALSE, check_finite = TRUE,
                 subset_by_index = NULL, subset_by_value = NULL, driver = NULL) {
  .Call(C_sp_linalg_eigh, .as_mat(a, "a"), !.lgl(eigvals_only, "eigvals_only"),
        .lgl(lower, "lower"), .lgl(check_finite, "check_finite"),
        .subset_index(subset_by_index, a), .subset_value(subset_by_value),
        .opt_string(driver, "driver"))
}

# scipy.linalg.eigvalsh (standard problem, b = None)
eigvalsh <- function(a, lower = TRUE, check_finite = TRUE, subset_by_index = NULL,
                     subset_by_value = NULL, driver = NULL) {
  .Call(C_sp_linalg_eigh, .as_mat(a, "a"), FALSE, .lgl(lower, "lower"),
        .lgl(check_finite, "check_finite"), .subset_index(subset_by_index, a),
        .subset_value(subset_by_value), .opt_string(driver, "driver"))
}

# A required TRUE or FALSE.
.lgl <- function(v, name) {
  if (!is.logical(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be TRUE or FALSE")
  v
}

# a as a double matrix: a itself when it is one (no copy), else one converted
# copy. Vectors are not matrices (SciPy requires 2-D input).
.as_mat <- function(a, name) {
  if (is.complex(a)) .arg_error(name, " must be a real matrix (complex matrices are not supported)")
  if (!is.matrix(a) || !(is.numeric(a) || is.logical(a))) {
    .arg_error(name, " must be a numeric matrix")
  }
  .as_real(a)
}

# A right-hand side: a numeric matrix, or a vector (SciPy's 1-D b, giving a
# vector result).
.as_rhs <- function(b) {
  if (is.complex(b)) .arg_error("b must be real (complex right-hand sides are not supported)")
  if (!(is.numeric(b) || is.logical(b)) || !is.null(dim(b)) && length(dim(b)) != 2L) {
    .arg_error("b must be a numeric vector or matrix")
  }
  if (!is.null(dim(b))) return(.as_real(b))
  if (is.double(b) && is.null(attributes(b))) return(b)
  as.double(b) # drops names and other attributes: x is a plain vector
}

# trans as SciPy's 0 / 1 / 2 or "N" / "T" / "C" (the value is checked by sciport).
.trans <- function(trans) {
  if (is.character(trans) && length(trans) == 1L && !is.na(trans)) {
    code <- match(trans, c("N", "T", "C"))
    if (is.na(code)) .arg_error("trans must be 0, 1, 2, \"N\", \"T\" or \"C\"; got \"", trans, "\"")
    return(code - 1)
  }
  if (is.null(trans)) .arg_error("trans must be 0, 1, 2, \"N\", \"T\" or \"C\"")
  .opt_int(trans, "trans", .Machine$integer.max)
}

# The two parts of SciPy's tuple arguments ((lu, piv), (c, lower)): a list of
# length 2, by position (names, when present, must be the expected ones).
.pair <- function(v, name, parts) {
  if (!is.list(v) || length(v) != 2L || !is.null(names(v)) && !identical(names(v), parts)) {
    .arg_error(name, " must be a list(", parts[1], " = , ", parts[2], " = ) as returned by ",
               if (parts[1] == "lu") "lu_factor" else "cho_factor")
  }
  v
}

# subset_by_index: NULL or c(lo, hi), inclusive 0-based. Negative indices are
# rejected here with SciPy's message (the C API's {-1, -1} means None).
.subset_index <- function(v, a) {
  if (is.null(v)) return(NULL)
  if (length(v) != 2L || !.is_whole(v)) {
    .arg_error("subset_by_index must be NULL or two whole numbers c(lo, hi)")
  }
  if (any(v < 0)) {
    n <- if (is.matrix(a)) nrow(a) else 0L
    .arg_error("Requested eigenvalue indices are not valid. Valid range is [0, ", n - 1L,
               "] and start <= end, but start=", v[1], ", end=", v[2], " is given")
  }
  as.double(v)
}

# subset_by_value: NULL or c(lo, hi) (half-open (lo, hi]; may be infinite).
.subset_value <- function(v) {
  if (is.null(v)) return(NULL)
  if (!is.numeric(v) || length(v) != 2L || anyNA(v)) {
    .arg_error("subset_by_value must be NULL or two numbers c(lo, hi) (not NA/NaN)")
  }
  as.double(v)
}
