# The functions of scipy.special that reduce over axes instead of working
# elementwise: logsumexp, softmax and log_softmax. Vectors, matrices and
# arrays are passed to sciport as Fortran-order views (no copies), so `axis`
# uses SciPy's numbering of R's dimensions, as the fft functions do: 0 is the
# first dimension (the rows of a matrix), negative values count from the end.

# scipy.special.logsumexp
logsumexp <- function(a, axis = NULL, b = NULL, keepdims = FALSE, return_sign = FALSE) {
  dn <- dimnames(a)
  a <- .as_double_arg(a, "a")
  axis <- .opt_ints(axis, "axis")
  keepdims <- .flag(keepdims, "keepdims")
  return_sign <- .flag(return_sign, "return_sign")
  da <- .dims(a)
  full <- da
  bdim <- NULL
  if (!is.null(b)) {
    b <- .as_double_arg(b, "b")
    # A plain vector with a's number of elements is read with a's dims (R's
    # elementwise convention); other shapes broadcast as NumPy broadcasts.
    bdim <- if (is.null(dim(b)) && length(b) == length(a)) da else .dims(b)
    full <- .broadcast_dims(da, bdim)
  }
  red <- .reduction(full, axis, keepdims)
  view <- if (is.null(red)) 1 else red$shape
  if (length(view) == 0L) view <- 1
  out <- .Call(C_sp_logsumexp, a, axis, b, if (is.null(bdim)) NULL else as.double(bdim),
               as.double(view), return_sign)
  # Reached only when sciport accepted the arguments, so `red` is set.
  names_from <- if (identical(as.numeric(full), as.numeric(da))) dn else NULL
  if (return_sign) {
    return(list(value = .reduced_result(out$value, red, names_from),
                sign = .reduced_result(out$sign, red, names_from)))
  }
  .reduced_result(out, red, names_from)
}

# scipy.special.softmax
softmax <- function(x, axis = NULL) {
  .softmax(x, axis, FALSE)
}

# scipy.special.log_softmax
log_softmax <- function(x, axis = NULL) {
  .softmax(x, axis, TRUE)
}

# Shared body of softmax and log_softmax: the result keeps x's attributes
# (dim, dimnames, names).
.softmax <- function(x, axis, log) {
  v <- .as_double_arg(x, "x")
  out <- .Call(C_sp_softmax, v, .opt_ints(axis, "axis"), log)
  attributes(out) <- attributes(x)
  out
}

# A numeric or logical vector/array as double, keeping its dims.
.as_double_arg <- function(v, name) {
  if (!is.numeric(v) && !is.logical(v)) .arg_error(name, " must be a real numeric vector, matrix or array")
  if (is.double(v)) return(v)
  y <- as.double(v)
  if (!is.null(dim(v))) dim(y) <- dim(v) # y is fresh: set in place
  y
}

# TRUE or FALSE.
.flag <- function(v, name) {
  if (!is.logical(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be TRUE or FALSE")
  v
}

# NumPy's broadcast of two shapes (aligned from the last dimension; an extent
# 1 stretches), or NULL when they do not broadcast (sciport then reports it).
.broadcast_dims <- function(x, y) {
  n <- max(length(x), length(y))
  x <- c(rep(1, n - length(x)), x)
  y <- c(rep(1, n - length(y)), y)
  if (any(x != y & x != 1 & y != 1)) return(NULL)
  ifelse(x == 1, y, x)
}

# The reduction of shape `full` over `axis` (NULL = every axis): `shape` is
# the result's shape (kept extents, with keepdims the reduced axes as 1) and
# `keep` flags the kept dimensions. NULL for arguments sciport rejects (full
# NULL, an axis out of range or repeated), so that sciport reports them.
.reduction <- function(full, axis, keepdims) {
  if (is.null(full)) return(NULL)
  nd <- length(full)
  if (length(axis) == 0L) {
    reduced <- rep(TRUE, nd)
  } else {
    ax <- vapply(axis, .axis_index, integer(1), nd = nd)
    if (anyNA(ax) || anyDuplicated(ax)) return(NULL)
    reduced <- seq_len(nd) %in% ax
  }
  shape <- if (keepdims) ifelse(reduced, 1, full) else full[!reduced]
  list(shape = shape, keep = !reduced, keepdims = keepdims)
}

# The values of a reduction shaped as R results are: a number for a full
# reduction, a plain vector for one remaining dimension, else an array; the
# dimnames of the kept dimensions (from `dn`, the input's dimnames) follow.
.reduced_result <- function(v, red, dn) {
  kept_dn <- if (is.null(dn)) NULL else dn[red$keep]
  if (length(red$shape) >= 2L) {
    dim(v) <- red$shape
    if (!is.null(dn)) {
      full_dn <- vector("list", length(red$shape))
      if (red$keepdims) full_dn[red$keep] <- dn[red$keep] else full_dn <- kept_dn
      if (!all(vapply(full_dn, is.null, TRUE))) dimnames(v) <- full_dn
    }
  } else if (length(kept_dn) == 1L && !is.null(kept_dn[[1]])) {
    names(v) <- kept_dn[[1]]
  }
  v
}
