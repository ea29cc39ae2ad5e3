# Result shapes of the transforms, computed as SciPy computes them. When the
# arguments are invalid (axis out of range, repeated axes, ...) the input's
# shape is returned and sciport reports the actual problem.

.dims <- function(x) if (is.null(dim(x))) length(x) else dim(x)

# 1-based R index of a SciPy axis (0-based, negative from the end), or NA.
.axis_index <- function(axis, nd) {
  a <- if (axis < 0) axis + nd else axis
  if (a < 0 || a >= nd) NA_integer_ else as.integer(a + 1)
}

# Output length along a transformed axis of input length m, for output length
# n (NULL = SciPy's None) and kind "c2c" (also DCT/DST), "r2c" or "c2r".
.axis_len <- function(m, n, kind) {
  switch(kind,
    c2c = if (is.null(n)) m else n,
    r2c = (if (is.null(n)) m else n) %/% 2 + 1,
    c2r = if (is.null(n)) 2 * (m - 1) else n
  )
}

# Result shape of a 1-D transform along `axis`.
.shape_1d <- function(d, n, axis, kind) {
  ax <- .axis_index(axis, length(d))
  if (is.na(ax)) return(d)
  d[ax] <- max(.axis_len(d[ax], n, kind), 0)
  d
}

# Axes (1-based) an N-D transform works on, or NULL when they are invalid.
.nd_axes <- function(nd, s, axes) {
  if (is.null(axes)) {
    axes <- if (is.null(s)) seq_len(nd) - 1 else seq_len(length(s)) - 1 + nd - length(s)
  }
  ax <- vapply(axes, .axis_index, integer(1), nd = nd)
  if (length(ax) == 0L || anyNA(ax) || anyDuplicated(ax)) return(NULL)
  if (!is.null(s) && length(s) != length(ax)) return(NULL)
  ax
}

# Result shape of an N-D transform (fftn family, dctn family).
.shape_nd <- function(d, s, axes, kind) {
  ax <- .nd_axes(length(d), s, axes)
  if (is.null(ax) || any(s == 0 | s < -1)) return(d)
  lens <- if (is.null(s)) d[ax] else ifelse(s == -1, d[ax], s)
  last <- length(ax)
  # SciPy's irfftn default 2 * (m - 1); pocketfft reads a resulting 0 as 2 * m - 1 = 1.
  if (kind == "c2r" && is.null(s)) lens[last] <- if (lens[last] == 1) 1 else 2 * (lens[last] - 1)
  if (kind == "r2c") lens[last] <- lens[last] %/% 2 + 1
  d[ax] <- pmax(lens, 0)
  d
}
