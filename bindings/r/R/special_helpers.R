# The R side of scipy.special: every function (R/special.R, generated) calls
# .special with its SciPy name and its arguments.

# Runs sciport_special_<name> on `args` (numeric vectors, matrices, arrays or
# numbers) broadcast as NumPy broadcasts vectors: each argument has the
# result's length or length 1. The result keeps the attributes (dim,
# dimnames, names) of the longest argument, and is NA wherever an argument
# is NA (R's missing value, not just any NaN).
.special <- function(name, args) {
  for (i in seq_along(args)) {
    a <- args[[i]]
    if (!is.numeric(a) && !is.logical(a)) {
      .arg_error(names(args)[i] %||% paste("argument", i), " must be numeric")
    }
  }
  values <- lapply(args, function(a) as.double(a))
  .special_result(.Call(C_sp_special, name, values), args, values)
}

# `out` with the attributes of the longest argument and NA wherever an
# argument (its double `values`) is NA, R's missing value, not just any NaN.
.special_result <- function(out, args, values) {
  longest <- args[[which.max(vapply(args, length, 0))]]
  if (length(longest) == length(out)) attributes(out) <- attributes(longest)
  for (a in values) {
    missing <- is.na(a) & !is.nan(a)
    if (any(missing)) out[rep_len(missing, length(out))] <- NA_real_
  }
  out
}

`%||%` <- function(a, b) if (is.null(a)) b else a
