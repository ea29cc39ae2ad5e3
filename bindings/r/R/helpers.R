# scipy.fft's helper functions.

# scipy.fft.fftfreq
fftfreq <- function(n, d = 1.0) {
  n <- .opt_int(n, "n")
  if (is.null(n) || n < 0) .arg_error("n must be a non-negative whole number")
  .Call(C_sp_freq, FALSE, n, .num(d, "d"))
}

# scipy.fft.rfftfreq
rfftfreq <- function(n, d = 1.0) {
  n <- .opt_int(n, "n")
  if (is.null(n) || n < 0) .arg_error("n must be a non-negative whole number")
  .Call(C_sp_freq, TRUE, n, .num(d, "d"))
}

# scipy.fft.fftshift
fftshift <- function(x, axes = NULL) {
  .Call(C_sp_shift, FALSE, .as_shiftable(x), .opt_ints(axes, "axes"))
}

# scipy.fft.ifftshift
ifftshift <- function(x, axes = NULL) {
  .Call(C_sp_shift, TRUE, .as_shiftable(x), .opt_ints(axes, "axes"))
}

# scipy.fft.next_fast_len
next_fast_len <- function(target, real = FALSE) {
  target <- .opt_int(target, "target")
  if (is.null(target) || target < 0) .arg_error("target must be a non-negative whole number")
  if (!is.logical(real) || length(real) != 1L || is.na(real)) .arg_error("real must be TRUE or FALSE")
  .Call(C_sp_next_fast_len, target, real)
}

# A required single number.
.num <- function(v, name) {
  v <- .opt_num(v, name)
  if (is.null(v)) .arg_error(name, " must be a single number")
  v
}

# x as double or complex storage for the shift functions.
.as_shiftable <- function(x) if (is.complex(x)) x else .as_real(x)
