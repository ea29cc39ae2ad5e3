# scipy.fft's Fourier transforms. Arrays are R's column-major arrays passed to
# sciport as Fortran-order views: x[i, j, k] is the element (i, j, k) of the
# logical array, so axis 0 is R's first dimension and axis -1 its last one.

# Shared body of the 1-D transforms; kind says what x must be ("r2c": real).
.fft_1d <- function(name, kind, x, n, axis, norm, workers) {
  x <- if (kind == "r2c") .as_real(x) else .as_complex(x)
  n <- .opt_len(n)
  axis <- .opt_int(axis, "axis")
  if (is.null(axis)) .arg_error("axis must be a single whole number")
  outdim <- .shape_1d(.dims(x), n, axis, kind)
  .Call(C_sp_fft1, name, x, n, axis, .opt_norm(norm), .opt_workers(workers), outdim)
}

# Shared body of the N-D transforms.
.fft_nd <- function(name, kind, x, s, axes, norm, workers) {
  # fft2 & co. with axes = NULL are fftn & co. over all axes, as in SciPy.
  if (is.null(axes)) name <- sub("2$", "n", name)
  x <- if (kind == "r2c") .as_real(x) else .as_complex(x)
  s <- .opt_ints(s, "s")
  axes <- .opt_ints(axes, "axes")
  outdim <- .shape_nd(.dims(x), s, axes, kind)
  .Call(C_sp_fftn, name, x, s, axes, .opt_norm(norm), .opt_workers(workers), outdim)
}

# scipy.fft.fft
fft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("fft", "c2c", x, n, axis, norm, workers)
}

# scipy.fft.ifft
ifft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("ifft", "c2c", x, n, axis, norm, workers)
}

# scipy.fft.rfft
rfft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("rfft", "r2c", x, n, axis, norm, workers)
}

# scipy.fft.irfft
irfft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("irfft", "c2r", x, n, axis, norm, workers)
}

# scipy.fft.hfft
hfft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("hfft", "c2r", x, n, axis, norm, workers)
}

# scipy.fft.ihfft
ihfft <- function(x, n = NULL, axis = -1L, norm = "backward", workers = NULL) {
  .fft_1d("ihfft", "r2c", x, n, axis, norm, workers)
}

# scipy.fft.fft2
fft2 <- function(x, s = NULL, axes = c(-2L, -1L), norm = "backward", workers = NULL) {
  .fft_nd("fft2", "c2c", x, s, axes, norm, workers)
}

# scipy.fft.ifft2
ifft2 <- function(x, s = NULL, axes = c(-2L, -1L), norm = "backward", workers = NULL) {
  .fft_nd("ifft2", "c2c", x, s, axes, norm, workers)
}

# scipy.fft.rfft2
rfft2 <- function(x, s = NULL, axes = c(-2L, -1L), norm = "backward", workers = NULL) {
  .fft_nd("rfft2", "r2c", x, s, axes, norm, workers)
}

# scipy.fft.irfft2
irfft2 <- function(x, s = NULL, axes = c(-2L, -1L), norm = "backward", workers = NULL) {
  .fft_nd("irfft2", "c2r", x, s, axes, norm, workers)
}

# scipy.fft.fftn
fftn <- function(x, s = NULL, axes = NULL, norm = "backward", workers = NULL) {
  .fft_nd("fftn", "c2c", x, s, axes, norm, workers)
}

# scipy.fft.ifftn
ifftn <- function(x, s = NULL, axes = NULL, norm = "backward", workers = NULL) {
  .fft_nd("ifftn", "c2c", x, s, axes, norm, workers)
}

# scipy.fft.rfftn
rfftn <- function(x, s = NULL, axes = NULL, norm = "backward", workers = NULL) {
  .fft_nd("rfftn", "r2c", x, s, axes, norm, workers)
}

# scipy.fft.irfftn
irfftn <- function(x, s = NULL, axes = NULL, norm = "backward", workers = NULL) {
  .fft_nd("irfftn", "c2r", x, s, axes, norm, workers)
}
