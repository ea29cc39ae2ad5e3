/* scipy.special for R: one .Call entry that runs any sciport_special_*
 * function (special_table.h, generated from the header) on double vectors,
 * broadcast as NumPy broadcasts 1-D operands (each of the common length or
 * of length 1). */
#include <string.h>

#include "glue.h"

typedef sciport_status (*ufunc1)(const sciport_ndarray *, const sciport_ndarray *,
                                 sciport_error **);
typedef sciport_status (*ufunc2)(const sciport_ndarray *, const sciport_ndarray *,
                                 const sciport_ndarray *, sciport_error **);
typedef sciport_status (*ufunc3)(const sciport_ndarray *, const sciport_ndarray *,
                                 const sciport_ndarray *, const sciport_ndarray *,
                                 sciport_error **);

/* One special function: its SciPy name, its arity and its C entry point. */
typedef struct {
    const char *name;
    int nargs;
    ufunc1 f1;
    ufunc2 f2;
    ufunc3 f3;
} special_entry;

#include "special_table.h"

static const special_entry *find_special(const char *name) {
    size_t i;
    for (i = 0; i < sizeof(SPECIAL_TABLE) / sizeof(SPECIAL_TABLE[0]); i++) {
        if (strcmp(SPECIAL_TABLE[i].name, name) == 0) {
            return &SPECIAL_TABLE[i];
        }
    }
    return NULL;
}

/* sp_special(name, args): `args` is a list of double vectors; returns the
 * function's values as a new double vector of the common length. */
SEXP sp_special(SEXP name, SEXP args) {
    const special_entry *e = find_special(sp_string(name));
    sciport_ndarray in[3], out;
    size_t lens[3], n = 1;
    int k, nargs, all_scalars = 1;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP result;
    if (e == NULL || TYPEOF(args) != VECSXP || XLENGTH(args) != e->nargs) {
        Rf_error("sp_special: unknown function or wrong number of arguments");
    }
    nargs = e->nargs;
    for (k = 0; k < nargs; k++) {
        SEXP a = VECTOR_ELT(args, k);
        if (TYPEOF(a) != REALSXP) {
            Rf_error("sp_special: arguments must be double vectors");
        }
        lens[k] = (size_t)XLENGTH(a);
        in[k] = sp_real_view(REAL(a), 1, &lens[k]);
        if (lens[k] != 1) {
            n = all_scalars || lens[k] > n ? lens[k] : n;
            all_scalars = 0;
        }
    }
    result = sp_alloc_result(REALSXP, 1, &n, 0); /* returned protected */
    out = sp_real_view(REAL(result), 1, &n);
    switch (nargs) {
    case 1:
        st = e->f1(&in[0], &out, &err);
        break;
    case 2:
        st = e->f2(&in[0], &in[1], &out, &err);
        break;
    default:
        st = e->f3(&in[0], &in[1], &in[2], &out, &err);
        break;
    }
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return result;
}

/* sp_logsumexp(a, axes, b, bdim, outdim, return_sign): scipy.special.logsumexp
 * of the double vector/array `a` (a Fortran-order view with a's dims) over
 * `axes` (SciPy's numbering; NULL = every axis), with the weights `b` (NULL =
 * None) viewed with the extents `bdim`. `outdim` is the shape of the result's
 * view, computed by the R wrapper (which also sets the dims). Returns the
 * values as a plain double vector, or list(value, sign) when return_sign is
 * TRUE. */
SEXP sp_logsumexp(SEXP a, SEXP axes, SEXP b, SEXP bdim, SEXP outdim, SEXP return_sign) {
    size_t nd_a, nd_b, nd_out, axes_len;
    size_t *a_shape, *b_shape, *out_shape;
    int64_t *av;
    int with_sign = Rf_asLogical(return_sign) == TRUE, nprotect = 1;
    sciport_ndarray va, vb, vo, vs;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP value, sign = R_NilValue, result, names;
    memset(&vb, 0, sizeof vb);
    memset(&vs, 0, sizeof vs);
    if (TYPEOF(a) != REALSXP || (b != R_NilValue && TYPEOF(b) != REALSXP)) {
        Rf_error("sp_logsumexp: a and b must be double vectors");
    }
    a_shape = sp_shape_of(a, &nd_a);
    out_shape = sp_shape_from(outdim, &nd_out);
    av = sp_int64s(axes, &axes_len);
    va = sp_real_view(REAL(a), nd_a, a_shape);
    if (b != R_NilValue) {
        b_shape = sp_shape_from(bdim, &nd_b);
        vb = sp_real_view(REAL(b), nd_b, b_shape);
    }
    value = sp_alloc_result(REALSXP, nd_out, out_shape, 0); /* returned protected */
    vo = sp_real_view(REAL(value), nd_out, out_shape);
    if (with_sign) {
        sign = sp_alloc_result(REALSXP, nd_out, out_shape, 0);
        nprotect++;
        vs = sp_real_view(REAL(sign), nd_out, out_shape);
    }
    st = sciport_special_logsumexp(&va, av, axes_len, b != R_NilValue ? &vb : NULL, &vo,
                                   with_sign ? &vs : NULL, &err);
    if (st != SCIPORT_OK) {
        UNPROTECT(nprotect);
        sp_fail(st, err);
    }
    if (!with_sign) {
        UNPROTECT(1);
        return value;
    }
    result = PROTECT(Rf_allocVector(VECSXP, 2));
    SET_VECTOR_ELT(result, 0, value);
    SET_VECTOR_ELT(result, 1, sign);
    names = PROTECT(Rf_allocVector(STRSXP, 2));
    SET_STRING_ELT(names, 0, Rf_mkChar("value"));
    SET_STRING_ELT(names, 1, Rf_mkChar("sign"));
    Rf_setAttrib(result, R_NamesSymbol, names);
    UNPROTECT(4);
    return result;
}

/* sp_softmax(x, axes, is_log): scipy.special.softmax (is_log FALSE) or
 * log_softmax (is_log TRUE) of the double vector/array `x` over `axes`
 * (SciPy's numbering; NULL = every axis). Returns a plain double vector of
 * x's length (the R wrapper restores x's attributes). */
SEXP sp_softmax(SEXP x, SEXP axes, SEXP is_log) {
    size_t nd, axes_len;
    size_t *shape;
    int64_t *av;
    sciport_ndarray vx, vo;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP out;
    if (TYPEOF(x) != REALSXP) {
        Rf_error("sp_softmax: x must be a double vector");
    }
    shape = sp_shape_of(x, &nd);
    av = sp_int64s(axes, &axes_len);
    vx = sp_real_view(REAL(x), nd, shape);
    out = sp_alloc_result(REALSXP, nd, shape, 0); /* returned protected */
    vo = sp_real_view(REAL(out), nd, shape);
    st = (Rf_asLogical(is_log) == TRUE ? sciport_special_log_softmax
                                        : sciport_special_softmax)(&vx, av, axes_len, &vo, &err);
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return out;
}
