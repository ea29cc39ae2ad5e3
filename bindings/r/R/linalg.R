# scipy.linalg for real and complex matrices: solvers, LU, LDL, Cholesky, inverse,
# determinant, SVD, symmetric and general eigenproblems, Hessenberg and polar
# forms, the matrix exponential; QR, RQ, least squares, pseudo-inverse, rank, null space, range, norms.
#
# Names: SciPy's, except where SciPy's name is a base R function (solve, det,
# svd, qr, norm): those get the prefix linalg_ (linalg_solve, linalg_det,
# linalg_svd, linalg_qr, linalg_norm). rq, lstsq, pinv, matrix_rank,
# null_space and orth are not in base R and keep their names.
# R matrices are column-major: their double storage is passed to sciport as
# Fortran-order views without copies (integer/logical input is converted to
# double once). Results follow SciPy's return values: a matrix, a vector, or
# a named list for SciPy's tuples.
# Complex input: linalg_solve, lu_factor, lu_solve, lu, cho_factor,
# cho_solve, cholesky, inv, linalg_det, linalg_svd, svdvals, eigh, eigvalsh,
# eig, eigvals, linalg_qr, expm, schur, sqrtm and logm dispatch on is.complex():
# when any matrix argument is complex, all are passed as complex storage to
# sciport's _complex functions (real ones converted once, as SciPy promotes
# them) and the results are complex (svd's s and eigh's w stay real).

# scipy.linalg.solve
linalg_solve <- function(a, b, lower = FALSE, check_finite = TRUE, assume_a = NULL,
                         transposed = FALSE) {
  lower <- .lgl(lower, "lower")
  assume_a <- .opt_string(assume_a, "assume_a")
  transposed <- .lgl(transposed, "transposed")
  check_finite <- .lgl(check_finite, "check_finite")
  if (.any_complex(a, b)) {
    return(.Call(C_sp_linalg_solve_complex, .as_cmat(a, "a"), .as_crhs(b), lower, assume_a,
                 transposed, check_finite))
  }
  .Call(C_sp_linalg_solve, .as_mat(a, "a"), .as_rhs(b), lower, assume_a, transposed,
        check_finite)
}

# scipy.linalg.solve_triangular
solve_triangular <- function(a, b, trans = 0, lower = FALSE, unit_diagonal = FALSE,
                             check_finite = TRUE) {
  .Call(C_sp_linalg_solve_triangular, .as_mat(a, "a"), .as_rhs(b), .trans(trans),
        .lgl(lower, "lower"), .lgl(unit_diagonal, "unit_diagonal"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.lu_factor: list(lu = , piv = ), piv 0-based as SciPy's (so are
# the other indices: linalg_qr's p, eigh's subset_by_index).
lu_factor <- function(a, check_finite = TRUE) {
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) return(.Call(C_sp_linalg_lu_factor_complex, .as_cmat(a, "a"), check_finite))
  .Call(C_sp_linalg_lu_factor, .as_mat(a, "a"), check_finite)
}

# scipy.linalg.lu: list(p = , l = , u = ) with a = p %*% l %*% u (p the m x m
# permutation matrix); p_indices = TRUE gives p as 0-based integer row
# indices (a = l[p + 1, ] %*% u); permute_l = TRUE gives list(pl = , u = ),
# pl = p %*% l (and ignores p_indices, as SciPy). An empty a has SciPy's
# empty permutation (p 0 x 0, or integer(0)). `lu` is not a base R function.
lu <- function(a, permute_l = FALSE, check_finite = TRUE, p_indices = FALSE) {
  permute_l <- .lgl(permute_l, "permute_l")
  check_finite <- .lgl(check_finite, "check_finite")
  p_indices <- .lgl(p_indices, "p_indices")
  if (is.complex(a)) {
    return(.Call(C_sp_linalg_lu_complex, .as_cmat(a, "a"), permute_l, check_finite, p_indices))
  }
  .Call(C_sp_linalg_lu, .as_mat(a, "a"), permute_l, check_finite, p_indices)
}

# scipy.linalg.ldl: list(lu = , d = , perm = ) with a = lu %*% d %*% t(lu)
# for a real symmetric a, of which only the lower (lower = TRUE) or upper
# triangle is read (Bunch-Kaufman pivoting, LAPACK's sytrf); lu[perm + 1, ]
# is unit lower (upper) triangular, d block diagonal with 1 x 1 and 2 x 2
# blocks, perm 0-based integer row indices as lu's p_indices. `hermitian`
# only matters for complex input in SciPy. A singular a is not an error.
# `ldl` is not a base R or stats function.
ldl <- function(a, lower = TRUE, hermitian = TRUE, check_finite = TRUE) {
  .Call(C_sp_linalg_ldl, .as_mat(a, "a"), .lgl(lower, "lower"),
        .lgl(hermitian, "hermitian"), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.eig: the eigenvalues w (a complex vector) of a, or of the
# pencil (a, b) (a v = w b v) when b is given, and with left / right the
# eigenvectors: w alone when neither is wanted, else list(w = , vl = , vr = )
# with only the requested ones (SciPy's tuples (w, vr) (the default),
# (w, vl), (w, vl, vr)). Columns vr[, i] / vl[, i] belong to w[i]. Always
# complex: SciPy's real vr for an all-real spectrum has imaginary parts 0
# here. homogeneous_eigvals = TRUE makes w SciPy's (2, n) array, a 2 x n
# complex matrix rbind(alpha, beta) with w = alpha / beta. `eig` is not a
# base R function (base R's is eigen).
eig <- function(a, b = NULL, left = FALSE, right = TRUE, check_finite = TRUE,
                homogeneous_eigvals = FALSE) {
  cplx <- .any_complex(a, b)
  .Call(C_sp_linalg_eig, .mat(a, "a", cplx), if (!is.null(b)) .mat(b, "b", cplx), FALSE,
        .lgl(left, "left"), .lgl(right, "right"), .lgl(check_finite, "check_finite"),
        .lgl(homogeneous_eigvals, "homogeneous_eigvals"))
}

# scipy.linalg.eigvals: eig's w alone (same layout, same errors).
eigvals <- function(a, b = NULL, check_finite = TRUE, homogeneous_eigvals = FALSE) {
  cplx <- .any_complex(a, b)
  .Call(C_sp_linalg_eig, .mat(a, "a", cplx), if (!is.null(b)) .mat(b, "b", cplx), TRUE, FALSE, FALSE,
        .lgl(check_finite, "check_finite"), .lgl(homogeneous_eigvals, "homogeneous_eigvals"))
}

# scipy.linalg.hessenberg: H (zero below the first subdiagonal), or with
# calc_q = TRUE list(h = , q = ) (SciPy's tuple (H, Q)) with a = q h t(q), q
# orthogonal. Order <= 2: a itself and q = I (as SciPy). `hessenberg` is not
# a base R or stats function.
hessenberg <- function(a, calc_q = FALSE, check_finite = TRUE) {
  .Call(C_sp_linalg_hessenberg, .as_mat(a, "a"), .lgl(calc_q, "calc_q"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.polar: list(u = , p = ) with a = u p (side "right") or a = p u
# ("left"); u m x n with orthonormal columns (m >= n) or rows, p symmetric
# positive semidefinite, n x n (right) or m x m (left). `polar` is not a base
# R or stats function.
polar <- function(a, side = "right") {
  .Call(C_sp_linalg_polar, .as_mat(a, "a"), .opt_string(side, "side"))
}

# scipy.linalg.expm: exp(a) for a square a (n x n), by scaling and squaring
# (Al-Mohy and Higham, SciPy's algorithm). No check_finite, as in SciPy: NaN
# or Inf in a gives NaN wherever the result can be nonzero. `expm` is not a
# base R or stats function (package Matrix has one, for its own classes and
# base matrices; attaching both masks one of them).
expm <- function(a) {
  if (is.complex(a)) return(.Call(C_sp_linalg_expm_complex, .as_cmat(a, "a")))
  .Call(C_sp_linalg_expm, .as_mat(a, "a"))
}

# scipy.linalg.lu_solve: lu_and_piv is lu_factor's list (or list(lu, piv)).
lu_solve <- function(lu_and_piv, b, trans = 0, check_finite = TRUE) {
  parts <- .pair(lu_and_piv, "lu_and_piv", c("lu", "piv"))
  piv <- parts[[2L]]
  if (!.is_whole(piv) || length(dim(piv)) > 1L) {
    .arg_error("lu_and_piv: piv must be a vector of whole numbers (0-based, as lu_factor returns)")
  }
  trans <- .trans(trans)
  check_finite <- .lgl(check_finite, "check_finite")
  if (.any_complex(parts[[1L]], b)) {
    return(.Call(C_sp_linalg_lu_solve_complex, .as_cmat(parts[[1L]], "lu"), as.double(piv),
                 .as_crhs(b), trans, check_finite))
  }
  .Call(C_sp_linalg_lu_solve, .as_mat(parts[[1L]], "lu"), as.double(piv), .as_rhs(b), trans,
        check_finite)
}

# scipy.linalg.cho_factor: list(c = , lower = ).
cho_factor <- function(a, lower = FALSE, check_finite = TRUE) {
  lower <- .lgl(lower, "lower")
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) {
    return(.Call(C_sp_linalg_cho_factor_complex, .as_cmat(a, "a"), lower, check_finite))
  }
  .Call(C_sp_linalg_cho_factor, .as_mat(a, "a"), lower, check_finite)
}

# scipy.linalg.cho_solve: c_and_lower is cho_factor's list (or list(c, lower)).
cho_solve <- function(c_and_lower, b, check_finite = TRUE) {
  parts <- .pair(c_and_lower, "c_and_lower", c("c", "lower"))
  lower <- .lgl(parts[[2L]], "c_and_lower: lower")
  check_finite <- .lgl(check_finite, "check_finite")
  if (.any_complex(parts[[1L]], b)) {
    return(.Call(C_sp_linalg_cho_solve_complex, .as_cmat(parts[[1L]], "c"), lower,
                 .as_crhs(b), check_finite))
  }
  .Call(C_sp_linalg_cho_solve, .as_mat(parts[[1L]], "c"), lower, .as_rhs(b), check_finite)
}

# scipy.linalg.cholesky
cholesky <- function(a, lower = FALSE, check_finite = TRUE) {
  lower <- .lgl(lower, "lower")
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) {
    return(.Call(C_sp_linalg_cholesky_complex, .as_cmat(a, "a"), lower, check_finite))
  }
  .Call(C_sp_linalg_cholesky, .as_mat(a, "a"), lower, check_finite)
}

# scipy.linalg.inv
inv <- function(a, check_finite = TRUE) {
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) return(.Call(C_sp_linalg_inv_complex, .as_cmat(a, "a"), check_finite))
  .Call(C_sp_linalg_inv, .as_mat(a, "a"), check_finite)
}

# scipy.linalg.det
linalg_det <- function(a, check_finite = TRUE) {
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) return(.Call(C_sp_linalg_det_complex, .as_cmat(a, "a"), check_finite))
  .Call(C_sp_linalg_det, .as_mat(a, "a"), check_finite)
}

# scipy.linalg.svd: list(u = , s = , vt = ), or s alone when compute_uv = FALSE.
linalg_svd <- function(a, full_matrices = TRUE, compute_uv = TRUE, check_finite = TRUE,
                       lapack_driver = "gesdd") {
  full_matrices <- .lgl(full_matrices, "full_matrices")
  compute_uv <- .lgl(compute_uv, "compute_uv")
  check_finite <- .lgl(check_finite, "check_finite")
  lapack_driver <- .opt_string(lapack_driver, "lapack_driver")
  if (is.complex(a)) {
    return(.Call(C_sp_linalg_svd_complex, .as_cmat(a, "a"), full_matrices, compute_uv,
                 check_finite, lapack_driver))
  }
  .Call(C_sp_linalg_svd, .as_mat(a, "a"), full_matrices, compute_uv, check_finite,
        lapack_driver)
}

# scipy.linalg.svdvals
svdvals <- function(a, check_finite = TRUE) {
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) return(.Call(C_sp_linalg_svdvals_complex, .as_cmat(a, "a"), check_finite))
  .Call(C_sp_linalg_svdvals, .as_mat(a, "a"), check_finite)
}

# scipy.linalg.eigh: list(w = , v = ), or w alone when eigvals_only = TRUE.
# b = NULL is the standard problem a v = w v (sciport_linalg_eigh); a
# symmetric positive definite b the generalized one of SciPy's `type`: 1
# a v = w b v, 2 a b v = w v, 3 b a v = w v (sciport_linalg_eigh_generalized,
# drivers "gv", "gvd", "gvx"; v normalized as SciPy's, t(v) b v = I for
# types 1 and 2). b and type come after the existing arguments (SciPy's b is
# its second positional argument; here it is given by name, so that
# eigh(a, FALSE) keeps meaning lower = FALSE). type is ignored without b, as
# SciPy ignores it.
eigh <- function(a, lower = TRUE, eigvals_only = FALSE, check_finite = TRUE,
                 subset_by_index = NULL, subset_by_value = NULL, driver = NULL,
                 b = NULL, type = 1) {
  .eigh(a, b, type, !.lgl(eigvals_only, "eigvals_only"), lower, check_finite,
        subset_by_index, subset_by_value, driver)
}

# scipy.linalg.eigvalsh: eigh's w alone (b and type as eigh's, by name).
eigvalsh <- function(a, lower = TRUE, check_finite = TRUE, subset_by_index = NULL,
                     subset_by_value = NULL, driver = NULL, b = NULL, type = 1) {
  .eigh(a, b, type, FALSE, lower, check_finite, subset_by_index, subset_by_value, driver)
}

# eigh (vectors = TRUE) and eigvalsh: a complex (Hermitian) a goes to
# sciport_linalg_eigh_complex, which has no generalized problem.
.eigh <- function(a, b, type, vectors, lower, check_finite, subset_by_index,
                  subset_by_value, driver) {
  lower <- .lgl(lower, "lower")
  check_finite <- .lgl(check_finite, "check_finite")
  subset_by_index <- .subset_index(subset_by_index, a)
  subset_by_value <- .subset_value(subset_by_value)
  driver <- .opt_string(driver, "driver")
  if (.any_complex(a, b)) {
    if (!is.null(b)) .arg_error("b: the generalized problem is not supported for complex matrices")
    return(.Call(C_sp_linalg_eigh_complex, .as_cmat(a, "a"), vectors, lower, check_finite,
                 subset_by_index, subset_by_value, driver))
  }
  .Call(C_sp_linalg_eigh, .as_mat(a, "a"), if (!is.null(b)) .as_mat(b, "b"),
        .eigh_type(type), vectors, lower, check_finite, subset_by_index, subset_by_value,
        driver)
}

# scipy.linalg.qr: list(q = , r = ) (mode "full"/"economic"), list(r = )
# (mode "r", SciPy's 1-tuple (R,)), list(h = , tau = , r = ) (mode "raw",
# SciPy's ((h, tau), R)); with pivoting a 0-based p is appended, so that
# a[, p + 1] = q %*% r.
linalg_qr <- function(a, mode = "full", pivoting = FALSE, check_finite = TRUE) {
  mode <- .opt_string(mode, "mode")
  pivoting <- .lgl(pivoting, "pivoting")
  check_finite <- .lgl(check_finite, "check_finite")
  if (is.complex(a)) {
    if (identical(mode, "raw")) .arg_error("mode \"raw\" is not supported for complex matrices")
    return(.Call(C_sp_linalg_qr_complex, .as_cmat(a, "a"), mode, pivoting, check_finite))
  }
  a <- .as_mat(a, "a")
  if (identical(mode, "raw")) return(.Call(C_sp_linalg_qr_raw, a, pivoting, check_finite))
  .Call(C_sp_linalg_qr, a, mode, pivoting, check_finite)
}

# scipy.linalg.rq: list(r = , q = ), or the matrix r for mode "r" (as SciPy).
rq <- function(a, mode = "full", check_finite = TRUE) {
  .Call(C_sp_linalg_rq, .as_mat(a, "a"), .opt_string(mode, "mode"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.lstsq: list(x = , residues = , rank = , s = ); s is NULL for
# lapack_driver "gelsy" (SciPy's None).
lstsq <- function(a, b, cond = NULL, check_finite = TRUE, lapack_driver = NULL) {
  .Call(C_sp_linalg_lstsq, .as_mat(a, "a"), .as_rhs(b), .opt_num(cond, "cond"),
        .lgl(check_finite, "check_finite"), .opt_string(lapack_driver, "lapack_driver"))
}

# scipy.linalg.pinv: the pseudo-inverse, or list(b = , rank = ) with
# return_rank = TRUE (SciPy's tuple (B, rank)).
pinv <- function(a, atol = NULL, rtol = NULL, return_rank = FALSE, check_finite = TRUE) {
  .Call(C_sp_linalg_pinv, .as_mat(a, "a"), .opt_num(atol, "atol"), .opt_num(rtol, "rtol"),
        .lgl(return_rank, "return_rank"), .lgl(check_finite, "check_finite"))
}

# numpy.linalg.matrix_rank (SciPy has none): an integer.
matrix_rank <- function(a, tol = NULL, check_finite = TRUE) {
  .Call(C_sp_linalg_matrix_rank, .as_mat(a, "a"), .opt_num(tol, "tol"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.null_space: an n x (n - rank) matrix with orthonormal columns.
null_space <- function(a, rcond = NULL, check_finite = TRUE) {
  .Call(C_sp_linalg_null_orth, .as_mat(a, "a"), FALSE, .opt_num(rcond, "rcond"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.orth: an m x rank matrix with orthonormal columns (NaN/Inf are
# always rejected, as SciPy has no check_finite here).
orth <- function(a, rcond = NULL) {
  .Call(C_sp_linalg_null_orth, .as_mat(a, "a"), TRUE, .opt_num(rcond, "rcond"), TRUE)
}

# scipy.linalg.norm (axis = None): a vector's norm for a vector (numeric
# ord, default 2), a matrix norm for a matrix (ord "fro" (default), "nuc",
# 1, -1, 2, -2, Inf, -Inf), the 2-norm of the flattened array for an array
# of more dimensions with ord = NULL.
linalg_norm <- function(a, ord = NULL, check_finite = TRUE) {
  if (is.complex(a)) .arg_error("a must be real (complex input is not supported)")
  if (!is.numeric(a) && !is.logical(a)) .arg_error("a must be a numeric vector or matrix")
  check_finite <- .lgl(check_finite, "check_finite")
  nd <- length(dim(a))
  if (nd == 2L) return(.Call(C_sp_linalg_norm, .as_real(a), .matrix_ord(ord), check_finite))
  if (nd > 2L && !is.null(ord)) .arg_error("Improper number of dimensions to norm.")
  .Call(C_sp_linalg_vector_norm, .as_real(a), .vector_ord(ord), check_finite)
}

# A matrix norm's ord as the C API's string: NULL ("fro"), a string, or a
# number (1 -> "1", Inf -> "inf"); sciport rejects the ones it does not know.
.matrix_ord <- function(ord) {
  if (is.null(ord)) return(NULL)
  if (is.character(ord) && length(ord) == 1L && !is.na(ord)) return(ord)
  if (!is.numeric(ord) || length(ord) != 1L || is.na(ord)) {
    .arg_error("ord must be NULL, \"fro\", \"nuc\" or one number (1, -1, 2, -2, Inf, -Inf)")
  }
  if (is.infinite(ord)) return(if (ord > 0) "inf" else "-inf")
  format(as.double(ord), digits = 17)
}

# A vector norm's ord: a number (NULL = 2). Strings are SciPy's ValueError,
# the C API's unknown name.
.vector_ord <- function(ord) {
  if (is.null(ord)) return(2)
  if (is.character(ord) && length(ord) == 1L) {
    .sciport_stop(4L, .Call(C_sp_status_str, 4L),
                  paste0("Invalid norm order '", ord, "' for vectors"))
  }
  .num(ord, "ord")
}

# TRUE when any of the arguments is complex (NULLs are not).
.any_complex <- function(...) any(vapply(list(...), is.complex, logical(1)))

# a as a complex matrix: a itself when it is one (no copy), else one
# converted copy (SciPy promotes real operands of complex problems).
.as_cmat <- function(a, name) {
  if (!is.matrix(a) || !(is.numeric(a) || is.logical(a) || is.complex(a))) {
    .arg_error(name, " must be a numeric or complex matrix")
  }
  .as_complex(a)
}

# A complex right-hand side: a matrix, or a vector (a vector result).
.as_crhs <- function(b) {
  if (!(is.numeric(b) || is.logical(b) || is.complex(b)) || !is.null(dim(b)) && length(dim(b)) != 2L) {
    .arg_error("b must be a numeric or complex vector or matrix")
  }
  if (!is.null(dim(b))) return(.as_complex(b))
  if (is.complex(b) && is.null(attributes(b))) return(b)
  as.complex(b) # drops names and other attributes: x is a plain vector
}

# a as a complex (cplx) or double matrix.
.mat <- function(a, name, cplx) if (cplx) .as_cmat(a, name) else .as_mat(a, name)

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

# eigh's type: a single whole number in int32 range (the C API's int32_t);
# whether it is 1, 2 or 3 is sciport's check (SciPy's message).
.eigh_type <- function(type) {
  if (is.null(type)) .arg_error("type must be a single whole number (1, 2 or 3)")
  .opt_int(type, "type", .Machine$integer.max)
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

# ---- slice 3: structured solvers and special matrices -------------------
# Names: SciPy's, except toeplitz, which is stats::toeplitz (attached in
# every R session): linalg_toeplitz. solve_banded, solveh_banded,
# solve_toeplitz, solve_circulant, circulant, hilbert, kron (numpy.kron;
# SciPy 1.17 has dropped its own) and block_diag are not base R functions.
# Vectors (c, r) and blocks are passed as views of their double storage.

# scipy.linalg.solve_banded: l_and_u = c(l, u), SciPy's tuple (l, u).
solve_banded <- function(l_and_u, ab, b, check_finite = TRUE) {
  lu <- .l_and_u(l_and_u)
  .Call(C_sp_linalg_solve_banded, lu[1L], lu[2L], .as_mat(ab, "ab"), .as_rhs(b),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.solveh_banded
solveh_banded <- function(ab, b, lower = FALSE, check_finite = TRUE) {
  .Call(C_sp_linalg_solveh_banded, .as_mat(ab, "ab"), .as_rhs(b), .lgl(lower, "lower"),
        .lgl(check_finite, "check_finite"))
}

# scipy.linalg.solve_toeplitz: c_or_cr is c (symmetric T) or list(c, r),
# SciPy's tuple (c, r).
solve_toeplitz <- function(c_or_cr, b, check_finite = TRUE) {
  if (is.list(c_or_cr)) {
    if (length(c_or_cr) != 2L || !is.null(names(c_or_cr)) && !identical(names(c_or_cr), c("c", "r"))) {
      .arg_error("c_or_cr must be a numeric vector c or a list(c = , r = )")
    }
    cv <- .as_vec(c_or_cr[[1L]], "c_or_cr: c")
    rv <- .as_vec(c_or_cr[[2L]], "c_or_cr: r")
  } else {
    cv <- .as_vec(c_or_cr, "c_or_cr")
    rv <- NULL
  }
  .Call(C_sp_linalg_solve_toeplitz, cv, rv, .as_rhs(b), .lgl(check_finite, "check_finite"))
}

# scipy.linalg.solve_circulant (caxis, baxis, outaxis are not offered: c is
# one vector, b a vector or a matrix whose columns are solved).
solve_circulant <- function(c, b, singular = "raise", tol = NULL) {
  .Call(C_sp_linalg_solve_circulant, .as_vec(c, "c"), .as_rhs(b),
        .opt_string(singular, "singular"), .opt_num(tol, "tol"))
}

# scipy.linalg.toeplitz (stats::toeplitz is R's): r = NULL is SciPy's None.
linalg_toeplitz <- function(c, r = NULL) {
  .Call(C_sp_linalg_toeplitz, .as_vec(c, "c"), if (!is.null(r)) .as_vec(r, "r"))
}

# scipy.linalg.circulant
circulant <- function(c) {
  .Call(C_sp_linalg_circulant, .as_vec(c, "c"))
}

# scipy.linalg.hilbert
hilbert <- function(n) {
  n <- .opt_int(n, "n", .Machine$integer.max)
  if (is.null(n) || n < 0) .arg_error("n must be a non-negative whole number")
  .Call(C_sp_linalg_hilbert, n)
}

# numpy.kron (scipy.linalg.kron until SciPy 1.15): a vector is a 1 x n row,
# as NumPy's; the product of two vectors is a vector.
kron <- function(a, b) {
  .Call(C_sp_linalg_kron, .as_block(a, "a"), .as_block(b, "b"))
}

# scipy.linalg.block_diag(*arrs): matrices, vectors (1 x n rows) and
# numbers (1 x 1) on the diagonal; no arguments give a 1 x 0 matrix.
block_diag <- function(...) {
  arrs <- list(...)
  for (i in seq_along(arrs)) arrs[[i]] <- .as_block(arrs[[i]], paste0("argument ", i))
  .Call(C_sp_linalg_block_diag, arrs)
}

# l_and_u: two non-negative whole numbers c(l, u) (or list(l, u)).
.l_and_u <- function(v) {
  if (is.list(v) && all(lengths(v) == 1L)) v <- unlist(v, use.names = FALSE)
  if (length(v) != 2L || !.is_whole(v, .Machine$integer.max) || any(v < 0)) {
    .arg_error("l_and_u must be two non-negative whole numbers c(l, u)")
  }
  as.double(v)
}

# A numeric vector (no dims, or one) as double storage.
.as_vec <- function(v, name) {
  if (is.complex(v)) .arg_error(name, " must be a real vector (complex input is not supported)")
  if (!(is.numeric(v) || is.logical(v)) || length(dim(v)) > 1L) {
    .arg_error(name, " must be a numeric vector")
  }
  .as_real(v)
}

# A matrix or a vector (SciPy's 1-D array: a 1 x n row) as double storage.
.as_block <- function(v, name) {
  if (is.complex(v)) .arg_error(name, " must be real (complex input is not supported)")
  if (!(is.numeric(v) || is.logical(v)) || length(dim(v)) > 2L) {
    .arg_error(name, " must be a numeric vector or matrix")
  }
  .as_real(v)
}
