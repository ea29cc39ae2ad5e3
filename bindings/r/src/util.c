/* Conversions between R values and sciport's C types, and error signalling. */
#include <limits.h>
#include <string.h>

#include "glue.h"

#define SP_MESSAGE_MAX 2048

/* Raises .sciport_stop(code, status_str, message) in the package namespace. */
static void raise_condition(int code, const char *message) {
    SEXP ns = PROTECT(R_FindNamespace(PROTECT(Rf_mkString("sciport"))));
    SEXP r_code = PROTECT(Rf_ScalarInteger(code));
    SEXP r_status = PROTECT(Rf_mkString(sciport_status_str(code)));
    SEXP r_message = PROTECT(Rf_mkString(message));
    SEXP call = PROTECT(Rf_lang4(Rf_install(".sciport_stop"), r_code, r_status, r_message));
    Rf_eval(call, ns);
    UNPROTECT(6);
    Rf_error("%s", message); /* not reached: .sciport_stop always signals */
}

void sp_fail(sciport_status status, sciport_error *err) {
    char message[SP_MESSAGE_MAX];
    int code = err != NULL ? (int)sciport_error_code(err) : (int)status;
    const char *text = err != NULL ? sciport_error_message(err) : sciport_status_str(status);
    strncpy(message, text, SP_MESSAGE_MAX - 1);
    message[SP_MESSAGE_MAX - 1] = '\0';
    sciport_error_free(err); /* freed before R may longjmp */
    raise_condition(code, message);
}

void sp_check(sciport_status status, sciport_error *err) {
    if (status != SCIPORT_OK) sp_fail(status, err);
}

size_t *sp_shape_from(SEXP dims, size_t *ndim) {
    R_xlen_t k = XLENGTH(dims);
    size_t *shape = (size_t *)R_alloc(k > 0 ? (size_t)k : 1, sizeof(size_t));
    for (R_xlen_t i = 0; i < k; i++) {
        double v = TYPEOF(dims) == INTSXP ? (double)INTEGER(dims)[i] : REAL(dims)[i];
        if (!(v >= 0)) Rf_error("internal: negative or missing extent");
        shape[i] = (size_t)v;
    }
    *ndim = (size_t)k;
    return shape;
}

size_t *sp_shape_of(SEXP x, size_t *ndim) {
    SEXP dims = Rf_getAttrib(x, R_DimSymbol);
    if (dims != R_NilValue) return sp_shape_from(dims, ndim);
    size_t *shape = (size_t *)R_alloc(1, sizeof(size_t));
    shape[0] = (size_t)XLENGTH(x);
    *ndim = 1;
    return shape;
}

int64_t *sp_int64s(SEXP v, size_t *len) {
    *len = 0;
    if (v == R_NilValue) return NULL;
    R_xlen_t k = XLENGTH(v);
    int64_t *out = (int64_t *)R_alloc(k > 0 ? (size_t)k : 1, sizeof(int64_t));
    for (R_xlen_t i = 0; i < k; i++)
        out[i] = TYPEOF(v) == INTSXP ? (int64_t)INTEGER(v)[i] : (int64_t)REAL(v)[i];
    *len = (size_t)k;
    return k > 0 ? out : NULL;
}

int64_t sp_int64(SEXP v, int64_t dflt) {
    if (v == R_NilValue) return dflt;
    return TYPEOF(v) == INTSXP ? (int64_t)INTEGER(v)[0] : (int64_t)Rf_asReal(v);
}

double sp_double(SEXP v, double dflt) {
    return v == R_NilValue ? dflt : Rf_asReal(v);
}

const char *sp_string(SEXP v) {
    return v == R_NilValue ? NULL : CHAR(STRING_ELT(v, 0));
}

sciport_ndarray sp_real_view(double *data, size_t ndim, const size_t *shape) {
    ptrdiff_t *strides = (ptrdiff_t *)R_alloc(ndim, sizeof(ptrdiff_t));
    sciport_ndarray view;
    sciport_error *err = NULL;
    sciport_status st = sciport_ndarray_f_order(data, ndim, shape, strides, &view, &err);
    sp_check(st, err); /* err read after the call: argument order is unspecified */
    return view;
}

sciport_cndarray sp_complex_view(Rcomplex *data, size_t ndim, const size_t *shape) {
    ptrdiff_t *strides = (ptrdiff_t *)R_alloc(ndim, sizeof(ptrdiff_t));
    sciport_cndarray view;
    sciport_error *err = NULL;
    sciport_status st =
        sciport_cndarray_f_order((sciport_complex *)data, ndim, shape, strides, &view, &err);
    sp_check(st, err); /* err read after the call: argument order is unspecified */
    return view;
}

SEXP sp_alloc_result(SEXPTYPE type, size_t ndim, const size_t *shape, int with_dim) {
    double total = 1;
    for (size_t i = 0; i < ndim; i++) total *= (double)shape[i];
    if (total > (double)R_XLEN_T_MAX) Rf_error("result too large for an R vector");
    SEXP out = PROTECT(Rf_allocVector(type, (R_xlen_t)total));
    if (with_dim) {
        SEXP dims = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)ndim));
        for (size_t i = 0; i < ndim; i++) {
            if (shape[i] > (size_t)INT_MAX) Rf_error("result extent too large for an R array");
            INTEGER(dims)[i] = (int)shape[i];
        }
        Rf_setAttrib(out, R_DimSymbol, dims);
        UNPROTECT(1);
    }
    return out; /* still protected: one PROTECT owned by the caller */
}

SEXP sp_version(void) {
    return Rf_mkString(sciport_version());
}

SEXP sp_status_str(SEXP code) {
    return Rf_mkString(sciport_status_str(Rf_asInteger(code)));
}

SEXP sp_set_num_threads(SEXP n) {
    sciport_set_num_threads((size_t)Rf_asReal(n));
    return R_NilValue;
}

SEXP sp_get_num_threads(void) {
    return Rf_ScalarReal((double)sciport_get_num_threads());
}
