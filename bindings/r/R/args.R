# Argument checks and conversions shared by the wrappers. They reject what
# cannot be passed to C at all (wrong type, NA, fractional counts); value
# checks (n = 0, axis out of range, unknown norm, ...) are sciport's.

# Whole numbers of magnitude at most `limit` (2^53: exact in a double and in
# C's int64_t; 2^31 - 1 for arguments the C API takes as int32_t).
.is_whole <- function(v, limit = 2^53) {
  is.numeric(v) && !anyNA(v) && all(abs(v) <= limit) && all(v == trunc(v))
}

# NULL or a single whole number, returned as a double.
.opt_int <- function(v, name, limit = 2^53) {
  if (is.null(v)) return(NULL)
  if (length(v) != 1L || !.is_whole(v, limit)) {
    .arg_error(name, " must be NULL or a single whole number of magnitude at most ", limit)
  }
  as.double(v)
}

# NULL or a vector of whole numbers, returned as doubles.
.opt_ints <- function(v, name) {
  if (is.null(v)) return(NULL)
  if (!.is_whole(v)) .arg_error(name, " must be NULL or a vector of whole numbers")
  as.double(v)
}

# n of the 1-D transforms: NULL or a positive whole number (-1 would mean
# None at the C level, so it is rejected here as SciPy rejects it).
.opt_len <- function(n) {
  n <- .opt_int(n, "n")
  if (!is.null(n) && n < 1) .arg_error("n must be a positive whole number or NULL; got ", n)
  n
}

# workers: NULL (SciPy's None) or a non-zero whole number.
.opt_workers <- function(workers) {
  workers <- .opt_int(workers, "workers", .Machine$integer.max)
  if (!is.null(workers) && workers == 0) .arg_error("workers must not be 0 (use NULL for one thread)")
  workers
}

# norm: NULL or one string (the spelling is checked by sciport).
.opt_norm <- function(norm) {
  if (is.null(norm)) return(NULL)
  if (!is.character(norm) || length(norm) != 1L || is.na(norm)) {
    .arg_error("norm must be NULL or one of \"backward\", \"ortho\", \"forward\"")
  }
  norm
}

# NULL or a single string (method names).
.opt_string <- function(v, name) {
  if (is.null(v)) return(NULL)
  if (!is.character(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be NULL or a string")
  v
}

# NULL or a single number (may be infinite, not NA).
.opt_num <- function(v, name) {
  if (is.null(v)) return(NULL)
  if (!is.numeric(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be NULL or a single number")
  as.double(v)
}

# NULL or a numeric vector of one of the allowed lengths.
.opt_nums <- function(v, name, lengths) {
  if (is.null(v)) return(NULL)
  if (!is.numeric(v) || !(length(v) %in% lengths) || anyNA(v)) {
    .arg_error(name, " must be NULL or a numeric vector of length ", paste(lengths, collapse = " or "))
  }
  as.double(v)
}

# NULL or a single logical, as the C code's -1 / 0 / 1.
.opt_flag <- function(v, name) {
  if (is.null(v)) return(NULL)
  if (!is.logical(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be NULL, TRUE or FALSE")
  as.double(v)
}

# NULL or a function.
.opt_fun <- function(v, name) {
  if (!is.null(v) && !is.function(v)) .arg_error(name, " must be NULL or a function")
  v
}

# x as a double vector/array: x itself when it is double, else one converted
# copy that keeps x's dims.
.as_real <- function(x) {
  if (is.complex(x)) .arg_error("x must be real (numeric, integer or logical) for this transform")
  if (!is.numeric(x) && !is.logical(x)) .arg_error("x must be a numeric vector, matrix or array")
  if (is.double(x)) return(x)
  y <- as.double(x)
  if (!is.null(dim(x))) dim(y) <- dim(x) # y is fresh: set in place
  y
}

# x as a complex vector/array (numeric input is promoted, as SciPy does).
.as_complex <- function(x) {
  if (!is.numeric(x) && !is.logical(x) && !is.complex(x)) {
    .arg_error("x must be a numeric or complex vector, matrix or array")
  }
  if (is.complex(x)) return(x)
  y <- as.complex(x)
  if (!is.null(dim(x))) dim(y) <- dim(x) # y is fresh: set in place
  y
}
