/* scipy.special.comb and SciPy's exact=True counts for R: comb's C function
 * takes the repetition flag besides its views, so it is not in the generated
 * dispatch table (special_table.h); the exact forms return the integers as
 * decimal strings, R having no big integers. */
#include <stdbool.h>
#include <string.h>

#include "glue.h"

/* sp_special_comb(N, k, repetition): scipy.special.comb(N, k, exact=False,
 * repetition) of the double vectors N and k, broadcast as sp_special
 * broadcasts (each of the common length or of length 1); returns a new double
 * vector of the common length. */
SEXP sp_special_comb(SEXP N, SEXP k, SEXP repetition) {
    sciport_ndarray vn, vk, vo;
    size_t ln, lk, n;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP result;
    if (TYPEOF(N) != REALSXP || TYPEOF(k) != REALSXP) {
        Rf_error("sp_special_comb: N and k must be double vectors");
    }
    ln = (size_t)XLENGTH(N);
    lk = (size_t)XLENGTH(k);
    if (ln == 1) {
        n = lk;
    } else if (lk == 1) {
        n = ln;
    } else {
        n = ln > lk ? ln : lk;
    }
    vn = sp_real_view(REAL(N), 1, &ln);
    vk = sp_real_view(REAL(k), 1, &lk);
    result = sp_alloc_result(REALSXP, 1, &n, 0); /* returned protected */
    vo = sp_real_view(REAL(result), 1, &n);
    st = sciport_special_comb(&vn, &vk, Rf_asLogical(repetition) == TRUE, &vo, &err);
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return result;
}

/* The exact functions, by their index in EXACT_NAMES. */
static const char *const EXACT_NAMES[] = {"comb", "perm", "factorial", "factorial2"};

/* Runs exact function `which` on (a, b) into digits (see sciport.h). */
static sciport_status run_exact(int which, int64_t a, int64_t b, bool repetition, char *digits,
                                size_t digits_size, size_t *len, sciport_error **err) {
    switch (which) {
    case 0:
        return sciport_special_comb_exact(a, b, repetition, digits, digits_size, len, err);
    case 1:
        return sciport_special_perm_exact(a, b, digits, digits_size, len, err);
    case 2:
        return sciport_special_factorial_exact(a, digits, digits_size, len, err);
    default:
        return sciport_special_factorial2_exact(a, digits, digits_size, len, err);
    }
}

/* sp_special_exact(name, args, repetition): SciPy's name(..., exact=True) of
 * each element of the double vectors in the list `args` (two for "comb" and
 * "perm", one for "factorial" and "factorial2"; each of the common length or
 * of length 1; whole numbers within int64, checked by the R wrapper, or
 * NA/NaN). Returns a character vector of the common length: the decimal
 * digits, NA where an argument is NA or NaN. */
SEXP sp_special_exact(SEXP name, SEXP args, SEXP repetition) {
    const char *fname = sp_string(name);
    int which = -1, nargs, i;
    size_t lens[2] = {1, 1}, n = 1, capacity = 0, len, j;
    int all_scalars = 1;
    bool rep = Rf_asLogical(repetition) == TRUE;
    char *buf = NULL;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP result;
    for (i = 0; i < 4; i++) {
        if (fname != NULL && strcmp(fname, EXACT_NAMES[i]) == 0) which = i;
    }
    nargs = which < 2 ? 2 : 1;
    if (which < 0 || TYPEOF(args) != VECSXP || XLENGTH(args) != nargs) {
        Rf_error("sp_special_exact: unknown function or wrong number of arguments");
    }
    for (i = 0; i < nargs; i++) {
        SEXP a = VECTOR_ELT(args, i);
        if (TYPEOF(a) != REALSXP) Rf_error("sp_special_exact: arguments must be double vectors");
        lens[i] = (size_t)XLENGTH(a);
        if (lens[i] != 1) {
            if (!all_scalars && lens[i] != n) {
                Rf_error("sp_special_exact: arguments of lengths %.0f and %.0f", (double)n,
                         (double)lens[i]);
            }
            n = lens[i];
            all_scalars = 0;
        }
    }
    result = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));
    for (j = 0; j < n; j++) {
        double a = REAL(VECTOR_ELT(args, 0))[lens[0] == 1 ? 0 : j];
        double b = nargs == 2 ? REAL(VECTOR_ELT(args, 1))[lens[1] == 1 ? 0 : j] : 0.0;
        if (ISNAN(a) || ISNAN(b)) {
            SET_STRING_ELT(result, (R_xlen_t)j, NA_STRING);
            continue;
        }
        st = run_exact(which, (int64_t)a, (int64_t)b, rep, NULL, 0, &len, &err);
        if (st == SCIPORT_OK) {
            sciport_error_free(err); /* NULL on success; freed in case */
            err = NULL;
            if (len + 1 > capacity) {
                /* R_alloc'd (freed when .Call returns, also on an R error);
                 * doubling keeps the total within twice the largest result. */
                capacity = 2 * (len + 1);
                buf = R_alloc(capacity, 1);
            }
            st = run_exact(which, (int64_t)a, (int64_t)b, rep, buf, capacity, &len, &err);
        }
        if (st != SCIPORT_OK) {
            UNPROTECT(1);
            sp_fail(st, err);
        }
        sciport_error_free(err);
        err = NULL;
        SET_STRING_ELT(result, (R_xlen_t)j, Rf_mkCharLenCE(buf, (int)len, CE_UTF8));
    }
    UNPROTECT(1);
    return result;
}
