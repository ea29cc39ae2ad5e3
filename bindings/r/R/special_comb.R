# scipy.special.comb, and SciPy's exact = TRUE counts of comb, perm,
# factorial and factorial2. The floating forms of perm, factorial and
# factorial2 are generated (R/special.R: perm, special_factorial,
# factorial2); comb is written here because its C function takes the
# repetition flag besides its arrays. R has no big integers, so the exact
# forms return the decimal digits as character strings (convert with
# gmp::as.bigz or Rmpfr when arithmetic is needed).

# scipy.special.comb(N, k, exact, repetition)
comb <- function(N, k, exact = FALSE, repetition = FALSE) {
  exact <- .comb_flag(exact, "exact")
  repetition <- .comb_flag(repetition, "repetition")
  if (exact) return(comb_exact(N, k, repetition = repetition))
  args <- list(N = N, k = k)
  .comb_check_numeric(args)
  values <- lapply(args, as.double)
  .special_result(.Call(C_sp_special_comb, values$N, values$k, repetition), args, values)
}

# scipy.special.comb(N, k, exact = TRUE, repetition) elementwise, as strings
comb_exact <- function(N, k, repetition = FALSE) {
  repetition <- .comb_flag(repetition, "repetition")
  .exact_count("comb", list(N = N, k = k), repetition)
}

# scipy.special.perm(N, k, exact = TRUE) elementwise, as strings
perm_exact <- function(N, k) {
  .exact_count("perm", list(N = N, k = k), FALSE)
}

# scipy.special.factorial(n, exact = TRUE) elementwise, as strings
factorial_exact <- function(n) {
  .exact_count("factorial", list(n = n), FALSE)
}

# scipy.special.factorial2(n, exact = TRUE) elementwise, as strings
factorial2_exact <- function(n) {
  .exact_count("factorial2", list(n = n), FALSE)
}

# Runs sciport_special_<name>_exact on each element of the arguments
# (numeric or logical; each of the common length or of length 1; whole
# numbers within int64, or NA). The result is a character vector with the
# attributes (dim, dimnames, names) of the longest argument, NA where an
# argument is NA or NaN.
.exact_count <- function(name, args, repetition) {
  .comb_check_numeric(args)
  values <- lapply(args, as.double)
  for (i in seq_along(values)) {
    v <- values[[i]]
    ok <- is.na(v) | (v == trunc(v) & abs(v) < 2^63)
    if (!all(ok)) {
      .arg_error(names(args)[i], " must hold whole numbers of magnitude below 2^63 with exact = TRUE; got ",
                 v[!ok][1])
    }
  }
  lens <- vapply(values, length, 0)
  n <- if (all(lens == 1)) 1 else max(lens[lens != 1])
  if (any(lens != 1 & lens != n)) {
    .sciport_stop(3L, .Call(C_sp_status_str, 3L),
                  paste0("arguments of lengths ", paste(lens, collapse = " and "),
                         " do not broadcast (each must have the common length or length 1)"))
  }
  out <- .Call(C_sp_special_exact, name, unname(values), repetition)
  longest <- args[[which.max(lens)]]
  if (length(longest) == length(out)) attributes(out) <- attributes(longest)
  out
}

# Every argument numeric or logical.
.comb_check_numeric <- function(args) {
  for (i in seq_along(args)) {
    a <- args[[i]]
    if (!is.numeric(a) && !is.logical(a)) .arg_error(names(args)[i], " must be numeric")
  }
}

# TRUE or FALSE.
.comb_flag <- function(v, name) {
  if (!is.logical(v) || length(v) != 1L || is.na(v)) .arg_error(name, " must be TRUE or FALSE")
  v
}
