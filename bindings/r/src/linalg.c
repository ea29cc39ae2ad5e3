/* .Call entry points of scipy.linalg (real double matrices).
 *
 * The R wrappers (R/linalg.R) pass double matrices (and, for right-hand
 * sides, double vectors); their storage is handed to sciport as column-major
 * (Fortran-order) views, without copies. sciport copies its inputs before it
 * writes any output and never writes through an input view, so R values are
 * never modified. Results are fresh R vectors written by sciport directly.
 * A failed call frees the sciport error and signals a "sciport_error"
 * condition (sp_check), so nothing leaks when R longjmps. */
#include <math.h>
#include <string.h>

#include "glue.h"

/* R's TRUE/FALSE (the wrappers have checked the value is one of the two). */
static bool flag(SEXP v) {
    return Rf_asLogical(v) == TRUE;
}

/* An R int32 argument the wrappers have range-checked. */
static int32_t int32_arg(SEXP v) {
    return (int32_t)Rf_asInteger(v);
}

/* The number of rows and columns of x: its dim for a matrix, length x 1 for a
 * vector (a right-hand side b of length n is SciPy's 1-D b). */
static void mat_dims(SEXP x, size_t *nrows, size_t *ncols) {
    SEXP dims = Rf_getAttrib(x, R_DimSymbol);
    if (dims == R_NilValue) {
        *nrows = (size_t)XLENGTH(x);
        *ncols = 1;
        return;
    }
    if (XLENGTH(dims) != 2) Rf_error("internal: expected a matrix");
    *nrows = (size_t)INTEGER(dims)[0];
    *ncols = (size_t)INTEGER(dims)[1];
}

/* A column-major view of the double vector/matrix x (no copy). */
static sciport_mat view_of(SEXP x) {
    size_t nrows, ncols;
    if (TYPEOF(x) != REALSXP) Rf_error("internal: expected double storage");
    mat_dims(x, &nrows, &ncols);
    return sciport_mat_f_order(REAL(x), nrows, ncols);
}

/* Runs a sciport call and signals its error, if any. The status is stored
 * before `err` is read: a function call's arguments are evaluated in an
 * unspecified order, so sp_check(call(&err), err) may pass the NULL err. */
#define CHECK(call)                  \
    do {                             \
        sciport_status st_ = (call); \
        sp_check(st_, err);          \
    } while (0)

/* A fresh, protected double matrix (with dim) or vector (without). The
 * caller UNPROTECTs it. */
static SEXP alloc_mat(size_t nrows, size_t ncols, int with_dim) {
    size_t shape[2] = {nrows, ncols};
    return sp_alloc_result(REALSXP, 2, shape, with_dim);
}

/* A fresh, protected result shaped like the right-hand side b: a matrix when
 * b has a dim attribute, a vector otherwise. */
static SEXP alloc_like_rhs(SEXP b, sciport_mat *view) {
    size_t nrows, ncols;
    mat_dims(b, &nrows, &ncols);
    SEXP x = alloc_mat(nrows, ncols, Rf_getAttrib(b, R_DimSymbol) != R_NilValue);
    *view = sciport_mat_f_order(REAL(x), nrows, ncols);
    return x;
}

/* A fresh, protected named list (the caller fills it and UNPROTECTs it). */
static SEXP named_list2(const char *first, const char *second) {
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP nms = PROTECT(Rf_allocVector(STRSXP, 2));
    SET_STRING_ELT(nms, 0, Rf_mkChar(first));
    SET_STRING_ELT(nms, 1, Rf_mkChar(second));
    Rf_setAttrib(out, R_NamesSymbol, nms);
    UNPROTECT(1);
    return out;
}

SEXP sp_linalg_solve(SEXP a, SEXP b, SEXP lower, SEXP assume_a, SEXP transposed,
                     SEXP check_finite) {
    sciport_linalg_solve_options o = sciport_linalg_solve_options_default();
    o.assume_a = sp_string(assume_a);
    o.lower = flag(lower);
    o.transposed = flag(transposed);
    o.check_finite = flag(check_finite);
    sciport_mat av = view_of(a), bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    double rcond = NAN;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve(&av, &bv, &o, &xv, &rcond, &err));
    Rf_setAttrib(x, Rf_install("rcond"), Rf_ScalarReal(rcond));
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_solve_triangular(SEXP a, SEXP b, SEXP trans, SEXP lower, SEXP unit_diagonal,
                                SEXP check_finite) {
    sciport_mat av = view_of(a), bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_triangular(&av, &bv, int32_arg(trans), flag(lower),
                                          flag(unit_diagonal), flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_lu_factor(SEXP a, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t k = av.nrows < av.ncols ? av.nrows : av.ncols;
    SEXP out = named_list2("lu", "piv");
    SEXP lu = alloc_mat(av.nrows, av.ncols, 1);
    SET_VECTOR_ELT(out, 0, lu);
    UNPROTECT(1);
    sciport_mat luv = sciport_mat_f_order(REAL(lu), av.nrows, av.ncols);
    int64_t *piv = (int64_t *)R_alloc(k > 0 ? k : 1, sizeof(int64_t));
    sciport_error *err = NULL;
    CHECK(sciport_linalg_lu_factor(&av, flag(check_finite), &luv, piv, k, &err));
    SEXP r_piv = Rf_allocVector(INTSXP, (R_xlen_t)k); /* k <= INT_MAX: an R extent */
    SET_VECTOR_ELT(out, 1, r_piv);
    for (size_t i = 0; i < k; i++) INTEGER(r_piv)[i] = (int)piv[i];
    UNPROTECT(1);
    return out;
}

SEXP sp_linalg_lu_solve(SEXP lu, SEXP piv, SEXP b, SEXP trans, SEXP check_finite) {
    sciport_mat luv = view_of(lu), bv = view_of(b), xv;
    size_t piv_len;
    int64_t *pivots = sp_int64s(piv, &piv_len);
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_lu_solve(&luv, pivots, piv_len, &bv, int32_arg(trans),
                                  flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_cho_factor(SEXP a, SEXP lower, SEXP check_finite) {
    sciport_mat av = view_of(a);
    SEXP out = named_list2("c", "lower");
    SEXP c = alloc_mat(av.nrows, av.ncols, 1);
    SET_VECTOR_ELT(out, 0, c);
    UNPROTECT(1);
    SET_VECTOR_ELT(out, 1, Rf_ScalarLogical(flag(lower)));
    sciport_mat cv = sciport_mat_f_order(REAL(c), av.nrows, av.ncols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_cho_factor(&av, flag(lower), flag(check_finite), &cv, &err));
    UNPROTECT(1);
    return out;
}

SEXP sp_linalg_cho_solve(SEXP c, SEXP lower, SEXP b, SEXP check_finite) {
    sciport_mat cv = view_of(c), bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_cho_solve(&cv, flag(lower), &bv, flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_cholesky(SEXP a, SEXP lower, SEXP check_finite) {
    sciport_mat av = view_of(a);
    SEXP c = alloc_mat(av.nrows, av.ncols, 1);
    sciport_mat cv = sciport_mat_f_order(REAL(c), av.nrows, av.ncols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_cholesky(&av, flag(lower), flag(check_finite), &cv, &err));
    UNPROTECT(1);
    return c;
}

SEXP sp_linalg_inv(SEXP a, SEXP check_finite) {
    sciport_mat av = view_of(a);
    SEXP ainv = alloc_mat(av.nrows, av.ncols, 1);
    sciport_mat iv = sciport_mat_f_order(REAL(ainv), av.nrows, av.ncols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_inv(&av, flag(check_finite), &iv, &err));
    UNPROTECT(1);
    return ainv;
}

SEXP sp_linalg_det(SEXP a, SEXP check_finite) {
    sciport_mat av = view_of(a);
    double det = NAN;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_det(&av, flag(check_finite), &det, &err));
    return Rf_ScalarReal(det);
}

SEXP sp_linalg_svd(SEXP a, SEXP full_matrices, SEXP compute_uv, SEXP check_finite,
                   SEXP lapack_driver) {
    sciport_mat av = view_of(a);
    size_t m = av.nrows, n = av.ncols, k = m < n ? m : n;
    int full = flag(full_matrices);
    SEXP s = alloc_mat(k, 1, 0);
    sciport_error *err = NULL;
    if (!flag(compute_uv)) {
        CHECK(sciport_linalg_svd(&av, full, flag(check_finite), sp_string(lapack_driver),
                                 REAL(s), k, NULL, NULL, &err));
        UNPROTECT(1);
        return s;
    }
    size_t ucols = full ? m : k, vrows = full ? n : k;
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 3));
    SEXP nms = PROTECT(Rf_allocVector(STRSXP, 3));
    SET_STRING_ELT(nms, 0, Rf_mkChar("u"));
    SET_STRING_ELT(nms, 1, Rf_mkChar("s"));
    SET_STRING_ELT(nms, 2, Rf_mkChar("vt"));
    Rf_setAttrib(out, R_NamesSymbol, nms);
    UNPROTECT(1);
    SET_VECTOR_ELT(out, 1, s);
    SEXP u = alloc_mat(m, ucols, 1);
    SET_VECTOR_ELT(out, 0, u);
    UNPROTECT(1);
    SEXP vt = alloc_mat(vrows, n, 1);
    SET_VECTOR_ELT(out, 2, vt);
    UNPROTECT(1);
    sciport_mat uv = sciport_mat_f_order(REAL(u), m, ucols);
    sciport_mat vv = sciport_mat_f_order(REAL(vt), vrows, n);
    CHECK(sciport_linalg_svd(&av, full, flag(check_finite), sp_string(lapack_driver),
                             REAL(s), k, &uv, &vv, &err));
    UNPROTECT(2); /* out, s */
    return out;
}

SEXP sp_linalg_svdvals(SEXP a, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t k = av.nrows < av.ncols ? av.nrows : av.ncols;
    SEXP s = alloc_mat(k, 1, 0);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_svdvals(&av, flag(check_finite), REAL(s), k, &err));
    UNPROTECT(1);
    return s;
}

/* eigh (vectors = TRUE) and eigvalsh (vectors = FALSE). subset_by_index is
 * NULL or two whole numbers >= 0, subset_by_value NULL or two non-NaN
 * numbers (checked by the wrapper). Returns w, or list(w = , v = ). */
SEXP sp_linalg_eigh(SEXP a, SEXP vectors, SEXP lower, SEXP check_finite, SEXP subset_by_index,
                    SEXP subset_by_value, SEXP driver) {
    sciport_linalg_eigh_options o = sciport_linalg_eigh_options_default();
    o.lower = flag(lower);
    o.check_finite = flag(check_finite);
    if (subset_by_index != R_NilValue) {
        o.subset_by_index[0] = (int64_t)REAL(subset_by_index)[0];
        o.subset_by_index[1] = (int64_t)REAL(subset_by_index)[1];
    }
    if (subset_by_value != R_NilValue) {
        o.subset_by_value[0] = REAL(subset_by_value)[0];
        o.subset_by_value[1] = REAL(subset_by_value)[1];
    }
    o.driver = sp_string(driver);
    sciport_mat av = view_of(a);
    size_t n = av.nrows, found = 0;
    double *w = (double *)R_alloc(n > 0 ? n : 1, sizeof(double));
    sciport_error *err = NULL;
    if (!flag(vectors)) {
        CHECK(sciport_linalg_eigvalsh(&av, &o, w, n, &found, &err));
        SEXP r_w = alloc_mat(found, 1, 0);
        if (found > 0) memcpy(REAL(r_w), w, found * sizeof(double));
        UNPROTECT(1);
        return r_w;
    }
    /* v gets as many columns as can be found: hi - lo + 1 for an index
     * subset, else n. A value subset may find fewer: the first `found`
     * columns (a prefix of the column-major storage) are then copied out. */
    size_t cols = n;
    if (subset_by_index != R_NilValue) {
        double lo = REAL(subset_by_index)[0], hi = REAL(subset_by_index)[1];
        if (hi >= lo && hi - lo + 1 < (double)n) cols = (size_t)(hi - lo + 1);
    }
    SEXP r_v = alloc_mat(n, cols, 1);
    sciport_mat vv = sciport_mat_f_order(REAL(r_v), n, cols);
    CHECK(sciport_linalg_eigh(&av, &o, w, n, &vv, &found, &err));
    if (found < cols) {
        SEXP shrunk = alloc_mat(n, found, 1);
        if (n > 0 && found > 0) memcpy(REAL(shrunk), REAL(r_v), n * found * sizeof(double));
        UNPROTECT(2);
        r_v = PROTECT(shrunk); /* nothing allocated in between */
    }
    SEXP out = named_list2("w", "v");
    SET_VECTOR_ELT(out, 1, r_v);
    SEXP r_w = alloc_mat(found, 1, 0);
    SET_VECTOR_ELT(out, 0, r_w);
    if (found > 0) memcpy(REAL(r_w), w, found * sizeof(double));
    UNPROTECT(3); /* r_w, out, r_v */
    return out;
}
