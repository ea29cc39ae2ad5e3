# scipy.fft's discrete cosine and sine transforms (types 1-4), 1-D along an
# axis and N-D over several axes. Same array conventions as fft().

.trig_1d <- function(name, x, type, n, axis, norm, workers, orthogonalize) {
  x <- .as_real(x)
  type <- .opt_int(type, "type", .Machine$integer.max)
  if (is.null(type)) .arg_error("type must be 1, 2, 3 or 4")
  n <- .opt_len(n)
  axis <- .opt_int(axis, "axis")
  if (is.null(axis)) .arg_error("axis must be a single whole number")
  outdim <- .shape_1d(.dims(x), n, axis, "c2c")
  .Call(C_sp_trig1, name, x, type, n, axis, .opt_norm(norm), .opt_workers(workers),
        .opt_flag(orthogonalize, "orthogonalize"), outdim)
}

.trig_nd <- function(name, x, type, s, axes, norm, workers, orthogonalize) {
  x <- .as_real(x)
  type <- .opt_int(type, "type", .Machine$integer.max)
  if (is.null(type)) .arg_error("type must be 1, 2, 3 or 4")
  s <- .opt_ints(s, "s")
  axes <- .opt_ints(axes, "axes")
  outdim <- .shape_nd(.dims(x), s, axes, "c2c")
  .Call(C_sp_trign, name, x, type, s, axes, .opt_norm(norm), .opt_workers(workers),
        .opt_flag(orthogonalize, "orthogonalize"), outdim)
}

# scipy.fft.dct
dct <- function(x, type = 2L, n = NULL, axis = -1L, norm = "backward", workers = NULL,
                orthogonalize = NULL) {
  .trig_1d("dct", x, type, n, axis, norm, workers, orthogonalize)
}

# scipy.fft.idct
idct <- function(x, type = 2L, n = NULL, axis = -1L, norm = "backward", workers = NULL,
                 orthogonalize = NULL) {
  .trig_1d("idct", x, type, n, axis, norm, workers, orthogonalize)
}

# scipy.fft.dst
dst <- function(x, type = 2L, n = NULL, axis = -1L, norm = "backward", workers = NULL,
                orthogonalize = NULL) {
  .trig_1d("dst", x, type, n, axis, norm, workers, orthogonalize)
}

# scipy.fft.idst
idst <- function(x, type = 2L, n = NULL, axis = -1L, norm = "backward", workers = NULL,
                 orthogonalize = NULL) {
  .trig_1d("idst", x, type, n, axis, norm, workers, orthogonalize)
}

# scipy.fft.dctn
dctn <- function(x, type = 2L, s = NULL, axes = NULL, norm = "backward", workers = NULL,
                 orthogonalize = NULL) {
  .trig_nd("dct", x, type, s, axes, norm, workers, orthogonalize)
}

# scipy.fft.idctn
idctn <- function(x, type = 2L, s = NULL, axes = NULL, norm = "backward", workers = NULL,
                  orthogonalize = NULL) {
  .trig_nd("idct", x, type, s, axes, norm, workers, orthogonalize)
}

# scipy.fft.dstn
dstn <- function(x, type = 2L, s = NULL, axes = NULL, norm = "backward", workers = NULL,
                 orthogonalize = NULL) {
  .trig_nd("dst", x, type, s, axes, norm, workers, orthogonalize)
}

# scipy.fft.idstn
idstn <- function(x, type = 2L, s = NULL, axes = NULL, norm = "backward", workers = NULL,
                  orthogonalize = NULL) {
  .trig_nd("idst", x, type, s, axes, norm, workers, orthogonalize)
}
