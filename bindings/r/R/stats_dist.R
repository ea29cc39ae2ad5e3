# scipy.stats' frozen distributions: dist() makes an object of class
# "sciport_dist" (a list holding an external pointer to the C object, whose
# registered finalizer releases it, plus the parameters for printing).
# Pointwise methods keep the attributes (dim, dimnames, names) of their input
# and give NA where it is NA; errors are "sciport_error" conditions.

# In the order of POINTWISE and SCALARS in src/stats.c.
.DIST_METHODS <- c("pdf", "logpdf", "pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf")
.DIST_SCALARS <- c("mean", "var", "std", "median", "entropy")

.split_names <- function(s) {
  parts <- trimws(strsplit(s, ",", fixed = TRUE)[[1]])
  parts[nzchar(parts)]
}

# One number for a parameter.
.dist_number <- function(v, what) {
  if ((!is.numeric(v) && !is.logical(v)) || length(v) != 1L) {
    .arg_error(what, " must be a single number")
  }
  as.double(v)
}

# scipy.stats.<name>(*shapes, loc = loc, scale = scale). The name is the first
# unnamed argument (or `name =`) of `...` rather than a formal before `...`:
# R would match shapes such as binom's and hypergeom's `n` to a formal `name`
# by partial matching.
dist <- function(..., loc = 0, scale = 1) {
  args <- list(...)
  given <- names(args)
  if (is.null(given)) given <- rep("", length(args))
  at <- match("name", given)
  if (is.na(at)) at <- match("", given)
  if (is.na(at)) .arg_error("name must be a single string")
  name <- args[[at]]
  args <- args[-at]
  given <- given[-at]
  if (!is.character(name) || length(name) != 1L || is.na(name)) .arg_error("name must be a single string")
  fam <- dist_family(name)
  values <- vapply(seq_along(args), function(i) {
    .dist_number(args[[i]], if (nzchar(given[i])) given[i] else paste0("shape ", i))
  }, 0)
  named <- nzchar(given)
  unknown <- setdiff(given[named], fam$shapes)
  if (length(unknown)) {
    .arg_error("unknown shape parameter '", unknown[1], "' for ", name, "; its shapes are: ",
               if (length(fam$shapes)) paste(fam$shapes, collapse = ", ") else "(none)")
  }
  if (any(duplicated(given[named]))) .arg_error("shape parameter '", given[named][duplicated(given[named])][1],
                                                "' given twice")
  shapes <- values[!named]
  if (any(named)) {
    # named values go to their slots, the positional ones fill the others in order
    free <- setdiff(fam$shapes, given[named])
    if (length(shapes) > length(free)) {
      shapes <- c(values[named], shapes)   # too many: let the library report the count
    } else if (length(shapes) < length(free)) {
      .arg_error(name, " needs ", length(fam$shapes), " shape parameter(s) (",
                 paste(fam$shapes, collapse = ", "), "); missing: ",
                 paste(free[(length(shapes) + 1):length(free)], collapse = ", "))
    } else {
      slot <- stats::setNames(rep(NA_real_, length(fam$shapes)), fam$shapes)
      slot[given[named]] <- values[named]
      slot[free] <- shapes
      shapes <- unname(slot)
    }
  }
  loc <- .dist_number(loc, "loc")
  scale <- .dist_number(scale, "scale")
  ptr <- .Call(C_sp_dist_new, name, as.double(shapes), loc, scale)
  if (length(shapes) == length(fam$shapes)) names(shapes) <- fam$shapes
  structure(list(ptr = ptr, name = name, shapes = shapes, loc = loc, scale = scale,
                 discrete = fam$discrete),
            class = "sciport_dist")
}

# The families sciport provides
dist_names <- function() .split_names(.Call(C_sp_dist_names))

# Shape names and discreteness of a family
dist_family <- function(name) {
  if (!is.character(name) || length(name) != 1L || is.na(name)) .arg_error("name must be a single string")
  f <- .Call(C_sp_dist_family, name)
  list(shapes = .split_names(f$shapes), discrete = f$discrete)
}

.check_dist <- function(d) {
  if (!inherits(d, "sciport_dist")) .arg_error("d must be a sciport_dist (see dist())")
}

# Method `method` of d at each element of x, keeping x's attributes.
.dist_pointwise <- function(d, x, method) {
  .check_dist(d)
  if (!is.numeric(x) && !is.logical(x)) .arg_error("x must be numeric")
  v <- as.double(x)
  out <- .Call(C_sp_dist_pointwise, d$ptr, match(method, .DIST_METHODS) - 1L, v)
  .special_result(out, list(x = x), list(x = v))
}

.dist_scalar <- function(d, what) {
  .check_dist(d)
  .Call(C_sp_dist_scalar, d$ptr, match(what, .DIST_SCALARS) - 1L)
}

# pdf is a generic so that pdf() without a sciport_dist is still the PDF
# graphics device of grDevices.
pdf <- function(d, ...) UseMethod("pdf")
pdf.sciport_dist <- function(d, x, ...) .dist_pointwise(d, x, "pdf")
pdf.default <- function(d, ...) {
  if (missing(d)) grDevices::pdf(...) else grDevices::pdf(d, ...)
}
logpdf <- function(d, x) .dist_pointwise(d, x, "logpdf")
pmf <- function(d, k) .dist_pointwise(d, k, "pmf")
logpmf <- function(d, k) .dist_pointwise(d, k, "logpmf")
cdf <- function(d, x) .dist_pointwise(d, x, "cdf")
logcdf <- function(d, x) .dist_pointwise(d, x, "logcdf")
sf <- function(d, x) .dist_pointwise(d, x, "sf")
logsf <- function(d, x) .dist_pointwise(d, x, "logsf")
ppf <- function(d, q) .dist_pointwise(d, q, "ppf")
isf <- function(d, q) .dist_pointwise(d, q, "isf")

mean.sciport_dist <- function(x, ...) .dist_scalar(x, "mean")
median.sciport_dist <- function(x, na.rm = FALSE, ...) .dist_scalar(x, "median")
dist_var <- function(d) .dist_scalar(d, "var")
dist_sd <- function(d) .dist_scalar(d, "std")
entropy <- function(d) .dist_scalar(d, "entropy")

moment <- function(d, order) {
  .check_dist(d)
  if (!is.numeric(order) || length(order) != 1L || is.na(order) || order != trunc(order)) {
    .arg_error("order must be a single whole number")
  }
  .Call(C_sp_dist_moment, d$ptr, as.double(order))
}

dist_stats <- function(d) {
  .check_dist(d)
  as.list(stats::setNames(.Call(C_sp_dist_stats, d$ptr), c("mean", "var", "skew", "kurtosis")))
}

interval <- function(d, confidence) {
  .check_dist(d)
  confidence <- .dist_number(confidence, "confidence")
  stats::setNames(.Call(C_sp_dist_ends, d$ptr, confidence), c("lo", "hi"))
}

support <- function(d) {
  .check_dist(d)
  stats::setNames(.Call(C_sp_dist_ends, d$ptr, NULL), c("lo", "hi"))
}

print.sciport_dist <- function(x, ...) {
  shapes <- x$shapes
  parts <- if (length(shapes)) {
    if (is.null(names(shapes))) format(shapes) else paste0(names(shapes), " = ", format(shapes))
  }
  parts <- c(parts, paste0("loc = ", format(x$loc)), if (!x$discrete) paste0("scale = ", format(x$scale)))
  cat("<sciport_dist> ", x$name, "(", paste(parts, collapse = ", "), ")",
      if (x$discrete) " [discrete]" else " [continuous]", "\n", sep = "")
  invisible(x)
}

# Values keyed by parameter name -> c(shape slots..., loc, scale), NA = not
# given. Accepted names: a shape's name, "f" + its name or "fix_" + its name
# and "f0", "f1", ... (SciPy's spellings), loc / floc, scale / fscale; with
# `prefixed` FALSE (starting values) only the plain names.
.fit_params <- function(v, shapes, what, prefixed) {
  slots <- stats::setNames(rep(NA_real_, length(shapes) + 2L), c(shapes, "loc", "scale"))
  if (is.null(v)) return(slots)
  if (!(is.list(v) || is.numeric(v)) || (length(v) && is.null(names(v)))) {
    .arg_error(what, " must be NULL or a named list or numeric vector")
  }
  nm <- names(v)
  for (i in seq_along(v)) {
    key <- nm[i]
    slot <- if (key %in% names(slots)) key else NA_character_
    if (prefixed && is.na(slot)) {
      alias <- c(floc = "loc", fscale = "scale")
      if (length(shapes)) {
        alias <- c(stats::setNames(shapes, paste0("f", shapes)), stats::setNames(shapes, paste0("fix_", shapes)),
                   stats::setNames(shapes, paste0("f", seq_along(shapes) - 1L)), alias)
      }
      if (key %in% names(alias)) slot <- alias[[key]]
    }
    if (is.na(slot)) {
      .arg_error("unknown parameter '", key, "' in ", what, "; the parameters are: ",
                 paste(names(slots), collapse = ", "))
    }
    if (!is.na(slots[[slot]])) .arg_error("parameter '", slot, "' given twice in ", what)
    slots[[slot]] <- .dist_number(v[[i]], paste0(what, "$", key))
  }
  slots
}

# scipy.stats.<name>.fit(data, method = , f0 = / floc = / fscale = , start values)
dist_fit <- function(name, data, method = "MLE", fixed = NULL, start = NULL) {
  if (!is.character(name) || length(name) != 1L || is.na(name)) .arg_error("name must be a single string")
  fam <- dist_family(name)
  if (!is.numeric(data) && !is.logical(data)) .arg_error("data must be numeric")
  method <- .opt_string(method, "method")
  ns <- length(fam$shapes)
  fixed <- .fit_params(fixed, fam$shapes, "fixed", TRUE)
  start <- .fit_params(start, fam$shapes, "start", FALSE)
  opt <- function(v) if (is.na(v)) NULL else v
  shape_slots <- function(v) if (ns == 0L || all(is.na(v[seq_len(ns)]))) NULL else unname(v[seq_len(ns)])
  out <- .Call(C_sp_dist_fit, name, as.double(data), ns, method, shape_slots(fixed),
               opt(fixed[["loc"]]), opt(fixed[["scale"]]), shape_slots(start),
               opt(start[["loc"]]), opt(start[["scale"]]))
  as.list(stats::setNames(out, c(fam$shapes, "loc", "scale")))
}

# E[func(X)] over [lb, ub] (frozen expect(func, lb=, ub=, conditional=))
dist_expect <- function(d, func = NULL, lb = NULL, ub = NULL, conditional = FALSE,
                        epsabs = NULL, epsrel = NULL, limit = NULL, maxcount = NULL,
                        tolerance = NULL) {
  .check_dist(d)
  func <- .opt_fun(func, "func")
  if (!is.logical(conditional) || length(conditional) != 1L || is.na(conditional)) {
    .arg_error("conditional must be TRUE or FALSE")
  }
  limit <- .opt_int(limit, "limit")
  maxcount <- .opt_int(maxcount, "maxcount")
  if (!is.null(limit) && limit < 0) .arg_error("limit must not be negative")
  if (!is.null(maxcount) && maxcount < 0) .arg_error("maxcount must not be negative")
  .Call(C_sp_dist_expect, d$ptr, func, .opt_num(lb, "lb"), .opt_num(ub, "ub"), conditional,
        .opt_num(epsabs, "epsabs"), .opt_num(epsrel, "epsrel"), limit, maxcount,
        .opt_num(tolerance, "tolerance"))
}
