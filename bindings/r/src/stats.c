/* scipy.stats' frozen distributions for R: a sciport_dist is held in an
 * external pointer (tag "sciport_dist") whose registered finalizer calls
 * sciport_stats_dist_free; the R layer (R/stats_dist.R) matches shape names
 * and keeps the attributes of the inputs. */
#include <math.h>
#include <stdbool.h>

#include "glue.h"

static SEXP dist_tag(void) { return Rf_install("sciport_dist"); }

static void dist_finalize(SEXP ptr) {
    sciport_dist *d = (sciport_dist *)R_ExternalPtrAddr(ptr);
    if (d != NULL) {
        sciport_stats_dist_free(d);
        R_ClearExternalPtr(ptr);
    }
}

/* The distribution behind an external pointer; NULL (which sciport reports
 * as SCIPORT_ERR_NULL_POINTER) after a save/load round trip. */
const sciport_dist *sp_dist_of(SEXP ptr) {
    if (TYPEOF(ptr) != EXTPTRSXP || R_ExternalPtrTag(ptr) != dist_tag()) {
        Rf_error("internal: not a sciport_dist pointer");
    }
    return (const sciport_dist *)R_ExternalPtrAddr(ptr);
}

/* sp_dist_new(name, shapes, loc, scale): a new external pointer. */
SEXP sp_dist_new(SEXP name, SEXP shapes, SEXP loc, SEXP scale) {
    sciport_dist *d = NULL;
    sciport_error *err = NULL;
    if (TYPEOF(name) != STRSXP || XLENGTH(name) != 1 || TYPEOF(shapes) != REALSXP) {
        Rf_error("internal: sp_dist_new(character(1), double, ...)");
    }
    sciport_status st =
        sciport_stats_dist_new(CHAR(STRING_ELT(name, 0)), XLENGTH(shapes) > 0 ? REAL(shapes) : NULL,
                               (size_t)XLENGTH(shapes), Rf_asReal(loc), Rf_asReal(scale), &d, &err);
    sp_check(st, err);
    SEXP ptr = PROTECT(R_MakeExternalPtr(d, dist_tag(), R_NilValue));
    R_RegisterCFinalizerEx(ptr, dist_finalize, TRUE);
    UNPROTECT(1);
    return ptr;
}

/* sp_dist_names(): the comma-separated family names. */
SEXP sp_dist_names(void) { return Rf_mkString(sciport_stats_dist_names()); }

/* sp_dist_family(name): list(shapes = "a, b", discrete = TRUE/FALSE). */
SEXP sp_dist_family(SEXP name) {
    const char *shapes = NULL;
    bool discrete = false;
    sciport_error *err = NULL;
    if (TYPEOF(name) != STRSXP || XLENGTH(name) != 1) Rf_error("internal: sp_dist_family(character(1))");
    sciport_status st = sciport_stats_dist_family(CHAR(STRING_ELT(name, 0)), &shapes, NULL, &discrete, &err);
    sp_check(st, err); /* err read after the call: argument order is unspecified */
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP names = PROTECT(Rf_allocVector(STRSXP, 2));
    SET_VECTOR_ELT(out, 0, Rf_mkString(shapes != NULL ? shapes : ""));
    SET_VECTOR_ELT(out, 1, Rf_ScalarLogical(discrete ? TRUE : FALSE));
    SET_STRING_ELT(names, 0, Rf_mkChar("shapes"));
    SET_STRING_ELT(names, 1, Rf_mkChar("discrete"));
    Rf_setAttrib(out, R_NamesSymbol, names);
    UNPROTECT(2);
    return out;
}

typedef sciport_status (*dist_fn)(const sciport_dist *, const sciport_ndarray *,
                                  const sciport_ndarray *, sciport_error **);

/* In the order of .DIST_METHODS in R/stats_dist.R. */
static const dist_fn POINTWISE[] = {
    sciport_stats_dist_pdf, sciport_stats_dist_logpdf, sciport_stats_dist_pmf,
    sciport_stats_dist_logpmf, sciport_stats_dist_cdf, sciport_stats_dist_logcdf,
    sciport_stats_dist_sf, sciport_stats_dist_logsf, sciport_stats_dist_ppf,
    sciport_stats_dist_isf,
};

/* sp_dist_pointwise(ptr, which, x): method `which` (0-based index into
 * POINTWISE) of the double vector x, as a new double vector of x's length
 * (no attributes: the R layer copies x's). */
SEXP sp_dist_pointwise(SEXP ptr, SEXP which, SEXP x) {
    const sciport_dist *d = sp_dist_of(ptr);
    int k = Rf_asInteger(which);
    if (k < 0 || k >= (int)(sizeof POINTWISE / sizeof POINTWISE[0]) || TYPEOF(x) != REALSXP) {
        Rf_error("internal: sp_dist_pointwise(ptr, 0..9, double)");
    }
    size_t n = (size_t)XLENGTH(x);
    sciport_ndarray vx = sp_real_view(n > 0 ? REAL(x) : NULL, 1, &n);
    SEXP out = sp_alloc_result(REALSXP, 1, &n, 0); /* returned protected */
    sciport_ndarray vo = sp_real_view(n > 0 ? REAL(out) : NULL, 1, &n);
    sciport_error *err = NULL;
    sciport_status st = POINTWISE[k](d, &vx, &vo, &err);
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return out;
}

typedef sciport_status (*dist_scalar_fn)(const sciport_dist *, double *, sciport_error **);

/* In the order of .DIST_SCALARS in R/stats_dist.R. */
static const dist_scalar_fn SCALARS[] = {
    sciport_stats_dist_mean, sciport_stats_dist_var, sciport_stats_dist_std,
    sciport_stats_dist_median, sciport_stats_dist_entropy,
};

/* sp_dist_scalar(ptr, which): mean, var, std, median or entropy (0..4). */
SEXP sp_dist_scalar(SEXP ptr, SEXP which) {
    const sciport_dist *d = sp_dist_of(ptr);
    int k = Rf_asInteger(which);
    double v = 0.0;
    sciport_error *err = NULL;
    if (k < 0 || k >= (int)(sizeof SCALARS / sizeof SCALARS[0])) {
        Rf_error("internal: sp_dist_scalar(ptr, 0..4)");
    }
    sciport_status st = SCALARS[k](d, &v, &err);
    sp_check(st, err);
    return Rf_ScalarReal(v);
}

/* sp_dist_moment(ptr, order): E[X^order]. */
SEXP sp_dist_moment(SEXP ptr, SEXP order) {
    const sciport_dist *d = sp_dist_of(ptr);
    double v = 0.0;
    sciport_error *err = NULL;
    sciport_status st = sciport_stats_dist_moment(d, sp_int64(order, 0), &v, &err);
    sp_check(st, err);
    return Rf_ScalarReal(v);
}

/* sp_dist_stats(ptr): c(mean, var, skew, kurtosis). */
SEXP sp_dist_stats(SEXP ptr) {
    const sciport_dist *d = sp_dist_of(ptr);
    double m = 0.0, v = 0.0, s = 0.0, k = 0.0;
    sciport_error *err = NULL;
    sciport_status st = sciport_stats_dist_stats(d, &m, &v, &s, &k, &err);
    sp_check(st, err);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, 4));
    REAL(out)[0] = m;
    REAL(out)[1] = v;
    REAL(out)[2] = s;
    REAL(out)[3] = k;
    UNPROTECT(1);
    return out;
}

/* sp_dist_ends(ptr, confidence): c(lo, hi) of interval(confidence), or of
 * support() when confidence is NULL. */
SEXP sp_dist_ends(SEXP ptr, SEXP confidence) {
    const sciport_dist *d = sp_dist_of(ptr);
    double lo = 0.0, hi = 0.0;
    sciport_error *err = NULL;
    sciport_status st = confidence == R_NilValue
                            ? sciport_stats_dist_support(d, &lo, &hi, &err)
                            : sciport_stats_dist_interval(d, Rf_asReal(confidence), &lo, &hi, &err);
    sp_check(st, err);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, 2));
    REAL(out)[0] = lo;
    REAL(out)[1] = hi;
    UNPROTECT(1);
    return out;
}

/* sp_dist_fit(name, data, n_shapes, method, fixed_shapes, floc, fscale,
 * guess_shapes, loc, scale): c(shapes..., loc, scale). fixed_shapes and
 * guess_shapes are NULL or n_shapes doubles (NA/NaN = free / SciPy's);
 * floc, fscale, loc, scale are NULL (SciPy's None) or one double. */
SEXP sp_dist_fit(SEXP name, SEXP data, SEXP n_shapes, SEXP method, SEXP fixed_shapes, SEXP floc,
                 SEXP fscale, SEXP guess_shapes, SEXP loc, SEXP scale) {
    size_t ns = (size_t)Rf_asInteger(n_shapes);
    if (TYPEOF(name) != STRSXP || XLENGTH(name) != 1 || TYPEOF(data) != REALSXP ||
        (fixed_shapes != R_NilValue &&
         (TYPEOF(fixed_shapes) != REALSXP || (size_t)XLENGTH(fixed_shapes) != ns)) ||
        (guess_shapes != R_NilValue &&
         (TYPEOF(guess_shapes) != REALSXP || (size_t)XLENGTH(guess_shapes) != ns))) {
        Rf_error("internal: sp_dist_fit(character(1), double, n, ...)");
    }
    sciport_dist_fit_options o = sciport_stats_dist_fit_options_default();
    o.method = sp_string(method);
    o.fixed_shapes = fixed_shapes != R_NilValue && ns > 0 ? REAL(fixed_shapes) : NULL;
    o.guess_shapes = guess_shapes != R_NilValue && ns > 0 ? REAL(guess_shapes) : NULL;
    o.floc = sp_double(floc, NAN);
    o.fscale = sp_double(fscale, NAN);
    o.loc = sp_double(loc, NAN);
    o.scale = sp_double(scale, NAN);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)ns + 2));
    double *v = REAL(out);
    sciport_error *err = NULL;
    sciport_status st = sciport_stats_dist_fit(CHAR(STRING_ELT(name, 0)),
                                               XLENGTH(data) > 0 ? REAL(data) : NULL,
                                               (size_t)XLENGTH(data), &o, ns > 0 ? v : NULL, ns,
                                               &v[ns], &v[ns + 1], &err);
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return out;
}
