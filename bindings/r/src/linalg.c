/* .Call entry points of scipy.linalg (real double and complex matrices).
 *
 * The R wrappers (R/linalg.R, R/schur.R) pass double or complex matrices
 * (and, for right-hand sides, vectors); their storage is handed to sciport
 * as column-major (Fortran-order) sciport_mat / sciport_cmat views, without
 * copies (R's Rcomplex has sciport_complex's layout). sciport copies its inputs before it
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

/* A column-major view of the complex vector/matrix x (no copy; a vector is
 * a column, SciPy's 1-D b). */
static sciport_cmat cmat_of(SEXP x) {
    size_t nrows, ncols;
    if (TYPEOF(x) != CPLXSXP) Rf_error("internal: expected complex storage");
    mat_dims(x, &nrows, &ncols);
    return sciport_cmat_f_order((sciport_complex *)COMPLEX(x), nrows, ncols);
}

/* A view of either element type: `re` for REALSXP, `c` for CPLXSXP. The
 * shared bodies of the real and complex entry points take the type as a
 * flag and call the matching sciport function. */
typedef union {
    sciport_mat re;
    sciport_cmat c;
} any_view;

/* view_of(x) (type REALSXP) or cmat_of(x) (CPLXSXP). */
static any_view any_of(SEXPTYPE type, SEXP x) {
    any_view v;
    if (type == CPLXSXP) {
        v.c = cmat_of(x);
    } else {
        v.re = view_of(x);
    }
    return v;
}

static size_t any_rows(SEXPTYPE type, const any_view *v) {
    return type == CPLXSXP ? v->c.nrows : v->re.nrows;
}

static size_t any_cols(SEXPTYPE type, const any_view *v) {
    return type == CPLXSXP ? v->c.ncols : v->re.ncols;
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

/* A fresh, protected double (type REALSXP) or complex (CPLXSXP) matrix or
 * vector and its column-major view: `view` points to a sciport_mat or a
 * sciport_cmat to match. The caller UNPROTECTs it. */
static SEXP alloc_view(SEXPTYPE type, size_t nrows, size_t ncols, int with_dim, void *view) {
    size_t shape[2] = {nrows, ncols};
    SEXP x = sp_alloc_result(type, 2, shape, with_dim);
    if (type == CPLXSXP) {
        *(sciport_cmat *)view = sciport_cmat_f_order((sciport_complex *)COMPLEX(x), nrows, ncols);
    } else {
        *(sciport_mat *)view = sciport_mat_f_order(REAL(x), nrows, ncols);
    }
    return x;
}

/* A fresh, protected result of `type` shaped like the right-hand side b: a
 * matrix when b has a dim attribute, a vector otherwise (view as alloc_view). */
static SEXP alloc_rhs_view(SEXPTYPE type, SEXP b, void *view) {
    size_t nrows, ncols;
    mat_dims(b, &nrows, &ncols);
    return alloc_view(type, nrows, ncols, Rf_getAttrib(b, R_DimSymbol) != R_NilValue, view);
}

/* A fresh, protected double result shaped like the right-hand side b. */
static SEXP alloc_like_rhs(SEXP b, sciport_mat *view) {
    return alloc_rhs_view(REALSXP, b, view);
}

/* solve's options (shared by the real and complex entry points). */
static sciport_linalg_solve_options solve_options(SEXP lower, SEXP assume_a, SEXP transposed,
                                                  SEXP check_finite) {
    sciport_linalg_solve_options o = sciport_linalg_solve_options_default();
    o.assume_a = sp_string(assume_a);
    o.lower = flag(lower);
    o.transposed = flag(transposed);
    o.check_finite = flag(check_finite);
    return o;
}

/* eigh's options (shared by the real and complex entry points). */
static sciport_linalg_eigh_options eigh_options(SEXP lower, SEXP check_finite,
                                                SEXP subset_by_index, SEXP subset_by_value,
                                                SEXP driver) {
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
    return o;
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

/* A fresh, protected named list of `n` elements (the caller fills it and
 * UNPROTECTs it). */
static SEXP named_list(int n, const char *const *names) {
    SEXP out = PROTECT(Rf_allocVector(VECSXP, n));
    SEXP nms = PROTECT(Rf_allocVector(STRSXP, n));
    for (int i = 0; i < n; i++) SET_STRING_ELT(nms, i, Rf_mkChar(names[i]));
    Rf_setAttrib(out, R_NamesSymbol, nms);
    UNPROTECT(1);
    return out;
}
/* Stores a fresh matrix of `type` in slot `i` of the protected list `out`;
 * its view goes to `view` (as alloc_view). */
static void list_view(SEXP out, int i, SEXPTYPE type, size_t nrows, size_t ncols, void *view) {
    SET_VECTOR_ELT(out, i, alloc_view(type, nrows, ncols, 1, view));
    UNPROTECT(1);
}

/* ---- bodies shared by the real (REALSXP) and complex (CPLXSXP) entry
 * points: the type picks the views and the sciport function ------------- */

static SEXP solve_common(SEXPTYPE t, SEXP a, SEXP b, SEXP lower, SEXP assume_a,
                         SEXP transposed, SEXP check_finite) {
    sciport_linalg_solve_options o = solve_options(lower, assume_a, transposed, check_finite);
    any_view av = any_of(t, a), bv = any_of(t, b), xv;
    SEXP x = alloc_rhs_view(t, b, &xv);
    double rcond = NAN;
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_solve_complex(&av.c, &bv.c, &o, &xv.c, &rcond, &err));
    } else {
        CHECK(sciport_linalg_solve(&av.re, &bv.re, &o, &xv.re, &rcond, &err));
    }
    Rf_setAttrib(x, Rf_install("rcond"), Rf_ScalarReal(rcond));
    UNPROTECT(1);
    return x;
}

static SEXP lu_factor_common(SEXPTYPE t, SEXP a, SEXP check_finite) {
    any_view av = any_of(t, a), luv;
    size_t m = any_rows(t, &av), n = any_cols(t, &av), k = m < n ? m : n;
    SEXP out = named_list2("lu", "piv");
    list_view(out, 0, t, m, n, &luv);
    int64_t *piv = (int64_t *)R_alloc(k > 0 ? k : 1, sizeof(int64_t));
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_lu_factor_complex(&av.c, flag(check_finite), &luv.c, piv, k, &err));
    } else {
        CHECK(sciport_linalg_lu_factor(&av.re, flag(check_finite), &luv.re, piv, k, &err));
    }
    SEXP r_piv = Rf_allocVector(INTSXP, (R_xlen_t)k); /* k <= INT_MAX: an R extent */
    SET_VECTOR_ELT(out, 1, r_piv);
    for (size_t i = 0; i < k; i++) INTEGER(r_piv)[i] = (int)piv[i];
    UNPROTECT(1);
    return out;
}

static SEXP lu_solve_common(SEXPTYPE t, SEXP lu, SEXP piv, SEXP b, SEXP trans,
                            SEXP check_finite) {
    any_view luv = any_of(t, lu), bv = any_of(t, b), xv;
    size_t piv_len;
    int64_t *pivots = sp_int64s(piv, &piv_len);
    SEXP x = alloc_rhs_view(t, b, &xv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_lu_solve_complex(&luv.c, pivots, piv_len, &bv.c, int32_arg(trans),
                                              flag(check_finite), &xv.c, &err));
    } else {
        CHECK(sciport_linalg_lu_solve(&luv.re, pivots, piv_len, &bv.re, int32_arg(trans),
                                      flag(check_finite), &xv.re, &err));
    }
    UNPROTECT(1);
    return x;
}

static SEXP cho_factor_common(SEXPTYPE t, SEXP a, SEXP lower, SEXP check_finite) {
    any_view av = any_of(t, a), cv;
    SEXP out = named_list2("c", "lower");
    list_view(out, 0, t, any_rows(t, &av), any_cols(t, &av), &cv);
    SET_VECTOR_ELT(out, 1, Rf_ScalarLogical(flag(lower)));
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_cho_factor_complex(&av.c, flag(lower), flag(check_finite), &cv.c,
                                                &err));
    } else {
        CHECK(sciport_linalg_cho_factor(&av.re, flag(lower), flag(check_finite), &cv.re, &err));
    }
    UNPROTECT(1);
    return out;
}

static SEXP cho_solve_common(SEXPTYPE t, SEXP c, SEXP lower, SEXP b, SEXP check_finite) {
    any_view cv = any_of(t, c), bv = any_of(t, b), xv;
    SEXP x = alloc_rhs_view(t, b, &xv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_cho_solve_complex(&cv.c, flag(lower), &bv.c, flag(check_finite),
                                               &xv.c, &err));
    } else {
        CHECK(sciport_linalg_cho_solve(&cv.re, flag(lower), &bv.re, flag(check_finite), &xv.re,
                                       &err));
    }
    UNPROTECT(1);
    return x;
}

static SEXP cholesky_common(SEXPTYPE t, SEXP a, SEXP lower, SEXP check_finite) {
    any_view av = any_of(t, a), cv;
    SEXP c = alloc_view(t, any_rows(t, &av), any_cols(t, &av), 1, &cv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_cholesky_complex(&av.c, flag(lower), flag(check_finite), &cv.c,
                                              &err));
    } else {
        CHECK(sciport_linalg_cholesky(&av.re, flag(lower), flag(check_finite), &cv.re, &err));
    }
    UNPROTECT(1);
    return c;
}

static SEXP inv_common(SEXPTYPE t, SEXP a, SEXP check_finite) {
    any_view av = any_of(t, a), iv;
    SEXP ainv = alloc_view(t, any_rows(t, &av), any_cols(t, &av), 1, &iv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_inv_complex(&av.c, flag(check_finite), &iv.c, &err));
    } else {
        CHECK(sciport_linalg_inv(&av.re, flag(check_finite), &iv.re, &err));
    }
    UNPROTECT(1);
    return ainv;
}

/* svd: list(u, s, vt) (u and vt of type t, s real), or s alone. */
static SEXP svd_common(SEXPTYPE t, SEXP a, SEXP full_matrices, SEXP compute_uv,
                       SEXP check_finite, SEXP lapack_driver) {
    any_view av = any_of(t, a), uv, vv;
    size_t m = any_rows(t, &av), n = any_cols(t, &av), k = m < n ? m : n;
    int full = flag(full_matrices), cf = flag(check_finite);
    const char *driver = sp_string(lapack_driver);
    SEXP s = alloc_mat(k, 1, 0);
    SEXP out = s;
    int vectors = flag(compute_uv);
    if (vectors) {
        static const char *const USV[] = {"u", "s", "vt"};
        out = named_list(3, USV);
        SET_VECTOR_ELT(out, 1, s);
        list_view(out, 0, t, m, full ? m : k, &uv);
        list_view(out, 2, t, full ? n : k, n, &vv);
    }
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_svd_complex(&av.c, full, cf, driver, REAL(s), k,
                                         vectors ? &uv.c : NULL, vectors ? &vv.c : NULL, &err));
    } else {
        CHECK(sciport_linalg_svd(&av.re, full, cf, driver, REAL(s), k, vectors ? &uv.re : NULL,
                                 vectors ? &vv.re : NULL, &err));
    }
    UNPROTECT(vectors ? 2 : 1); /* out, s */
    return out;
}

static SEXP svdvals_common(SEXPTYPE t, SEXP a, SEXP check_finite) {
    any_view av = any_of(t, a);
    size_t m = any_rows(t, &av), n = any_cols(t, &av), k = m < n ? m : n;
    SEXP s = alloc_mat(k, 1, 0);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_svdvals_complex(&av.c, flag(check_finite), REAL(s), k, &err));
    } else {
        CHECK(sciport_linalg_svdvals(&av.re, flag(check_finite), REAL(s), k, &err));
    }
    UNPROTECT(1);
    return s;
}

static SEXP expm_common(SEXPTYPE t, SEXP a) {
    any_view av = any_of(t, a), xv;
    SEXP x = alloc_view(t, any_rows(t, &av), any_cols(t, &av), 1, &xv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_expm_complex(&av.c, &xv.c, &err));
    } else {
        CHECK(sciport_linalg_expm(&av.re, &xv.re, &err));
    }
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_solve(SEXP a, SEXP b, SEXP lower, SEXP assume_a, SEXP transposed,
                     SEXP check_finite) {
    return solve_common(REALSXP, a, b, lower, assume_a, transposed, check_finite);
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
    return lu_factor_common(REALSXP, a, check_finite);
}

SEXP sp_linalg_lu_solve(SEXP lu, SEXP piv, SEXP b, SEXP trans, SEXP check_finite) {
    return lu_solve_common(REALSXP, lu, piv, b, trans, check_finite);
}

SEXP sp_linalg_cho_factor(SEXP a, SEXP lower, SEXP check_finite) {
    return cho_factor_common(REALSXP, a, lower, check_finite);
}

SEXP sp_linalg_cho_solve(SEXP c, SEXP lower, SEXP b, SEXP check_finite) {
    return cho_solve_common(REALSXP, c, lower, b, check_finite);
}

SEXP sp_linalg_cholesky(SEXP a, SEXP lower, SEXP check_finite) {
    return cholesky_common(REALSXP, a, lower, check_finite);
}

SEXP sp_linalg_inv(SEXP a, SEXP check_finite) {
    return inv_common(REALSXP, a, check_finite);
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
    return svd_common(REALSXP, a, full_matrices, compute_uv, check_finite, lapack_driver);
}

SEXP sp_linalg_svdvals(SEXP a, SEXP check_finite) {
    return svdvals_common(REALSXP, a, check_finite);
}

/* eigh's w as a fresh R double vector of its `found` values (unprotected). */
static SEXP eigh_values(const double *w, size_t found) {
    SEXP r_w = alloc_mat(found, 1, 0);
    if (found > 0) memcpy(REAL(r_w), w, found * sizeof(double));
    UNPROTECT(1);
    return r_w;
}

/* v gets as many columns as can be found: hi - lo + 1 for an index subset,
 * else n. */
static size_t eigh_cols(size_t n, SEXP subset_by_index) {
    size_t cols = n;
    if (subset_by_index != R_NilValue) {
        double lo = REAL(subset_by_index)[0], hi = REAL(subset_by_index)[1];
        if (hi >= lo && hi - lo + 1 < (double)n) cols = (size_t)(hi - lo + 1);
    }
    return cols;
}

/* list(w = , v = ) from eigh's w and the protected n x cols matrix r_v of
 * `type` (double or complex; the caller's last PROTECT, which this takes
 * over). A value subset may find fewer than cols: the first `found` columns
 * (a prefix of the column-major storage) are then copied out. Returns the
 * list unprotected. */
static SEXP eigh_vectors(SEXPTYPE type, SEXP r_v, size_t n, size_t cols, size_t found,
                         const double *w) {
    if (found < cols) {
        union {
            sciport_mat re;
            sciport_cmat c;
        } sv;
        SEXP shrunk = alloc_view(type, n, found, 1, &sv);
        int cplx = type == CPLXSXP;
        if (n > 0 && found > 0)
            memcpy(cplx ? (void *)COMPLEX(shrunk) : (void *)REAL(shrunk),
                   cplx ? (void *)COMPLEX(r_v) : (void *)REAL(r_v),
                   n * found * (cplx ? sizeof(Rcomplex) : sizeof(double)));
        UNPROTECT(2);
        r_v = PROTECT(shrunk); /* nothing allocated in between */
    }
    SEXP out = named_list2("w", "v");
    SET_VECTOR_ELT(out, 1, r_v);
    SET_VECTOR_ELT(out, 0, eigh_values(w, found));
    UNPROTECT(2); /* out, r_v */
    return out;
}

/* eigh (vectors = TRUE) and eigvalsh (vectors = FALSE). subset_by_index is
 * NULL or two whole numbers >= 0, subset_by_value NULL or two non-NaN
 * numbers (checked by the wrapper). b NULL is the standard problem
 * (sciport_linalg_eigh / eigvalsh); a double matrix b the generalized one
 * (sciport_linalg_eigh_generalized with itype = type, a whole number in
 * int32 range, range-checked by sciport). Returns w, or list(w = , v = ). */
SEXP sp_linalg_eigh(SEXP a, SEXP b, SEXP type, SEXP vectors, SEXP lower, SEXP check_finite,
                    SEXP subset_by_index, SEXP subset_by_value, SEXP driver) {
    sciport_linalg_eigh_options o =
        eigh_options(lower, check_finite, subset_by_index, subset_by_value, driver);
    sciport_mat av = view_of(a);
    int generalized = b != R_NilValue;
    sciport_mat bv = generalized ? view_of(b) : av;
    int32_t itype = int32_arg(type);
    size_t n = av.nrows, found = 0;
    double *w = (double *)R_alloc(n > 0 ? n : 1, sizeof(double));
    sciport_error *err = NULL;
    if (!flag(vectors)) {
        if (generalized) {
            CHECK(sciport_linalg_eigh_generalized(&av, &bv, itype, &o, w, n, NULL, &found, &err));
        } else {
            CHECK(sciport_linalg_eigvalsh(&av, &o, w, n, &found, &err));
        }
        return eigh_values(w, found);
    }
    size_t cols = eigh_cols(n, subset_by_index);
    sciport_mat vv;
    SEXP r_v = alloc_view(REALSXP, n, cols, 1, &vv);
    if (generalized) {
        CHECK(sciport_linalg_eigh_generalized(&av, &bv, itype, &o, w, n, &vv, &found, &err));
    } else {
        CHECK(sciport_linalg_eigh(&av, &o, w, n, &vv, &found, &err));
    }
    return eigh_vectors(REALSXP, r_v, n, cols, found, w);
}

/* ---- slice 2: orthogonal factorizations and what rests on them ---------- */


/* An R integer vector holding the 0-based int64 indices p[0..n). */
static SEXP int_vector(const int64_t *p, size_t n) {
    SEXP out = Rf_allocVector(INTSXP, (R_xlen_t)n); /* n <= INT_MAX: an R extent */
    for (size_t i = 0; i < n; i++) INTEGER(out)[i] = (int)p[i];
    return out;
}

/* A double NA-free scalar argument, NaN for R's NULL (the C API's None). */
static double opt_double(SEXP v) {
    return sp_double(v, NAN);
}

/* A fresh, protected n-row matrix holding the first `cols` columns of the
 * protected full matrix x (n x at least cols). Unprotects x. */
static SEXP first_cols(SEXP x, size_t nrows, size_t cols) {
    SEXP out = alloc_mat(nrows, cols, 1);
    if (nrows > 0 && cols > 0) memcpy(REAL(out), REAL(x), nrows * cols * sizeof(double));
    UNPROTECT(2);
    return PROTECT(out); /* nothing allocated in between */
}

/* qr of a (type t): list(q, r, p) with only the parts the mode and pivoting
 * ask for. */
static SEXP qr_common(SEXPTYPE t, SEXP a, SEXP mode, SEXP pivoting, SEXP check_finite) {
    any_view av = any_of(t, a), qv, rv;
    size_t m = any_rows(t, &av), n = any_cols(t, &av), k = m < n ? m : n;
    const char *md = sp_string(mode);
    int economic = md != NULL && strcmp(md, "economic") == 0;
    int r_only = md != NULL && strcmp(md, "r") == 0;
    int piv = flag(pivoting);
    static const char *const QRP[] = {"q", "r", "p"};
    static const char *const RP[] = {"r", "p"};
    SEXP out = named_list((r_only ? 1 : 2) + (piv ? 1 : 0), r_only ? RP : QRP);
    int slot = 0;
    if (!r_only) list_view(out, slot++, t, m, economic ? k : m, &qv);
    list_view(out, slot++, t, economic ? k : m, n, &rv);
    int64_t *p = piv ? (int64_t *)R_alloc(n > 0 ? n : 1, sizeof(int64_t)) : NULL;
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_qr_complex(&av.c, md, piv, flag(check_finite), r_only ? NULL : &qv.c,
                                        &rv.c, p, piv ? n : 0, &err));
    } else {
        CHECK(sciport_linalg_qr(&av.re, md, piv, flag(check_finite), r_only ? NULL : &qv.re,
                                &rv.re, p, piv ? n : 0, &err));
    }
    if (piv) SET_VECTOR_ELT(out, slot, int_vector(p, n));
    UNPROTECT(1);
    return out;
}

/* qr for modes other than "raw" (the wrapper dispatches "raw" to
 * sp_linalg_qr_raw). Shapes follow `mode`; an unknown mode gets the full
 * shapes, and sciport reports the name. Returns list(q, r[, p]), or
 * list(r[, p]) for mode "r", as SciPy's tuples. */
SEXP sp_linalg_qr(SEXP a, SEXP mode, SEXP pivoting, SEXP check_finite) {
    return qr_common(REALSXP, a, mode, pivoting, check_finite);
}

/* qr(mode = "raw"): list(h, tau, r[, p]) (SciPy's ((h, tau), R[, P])). */
SEXP sp_linalg_qr_raw(SEXP a, SEXP pivoting, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t m = av.nrows, n = av.ncols, k = m < n ? m : n;
    int piv = flag(pivoting);
    static const char *const NAMES[] = {"h", "tau", "r", "p"};
    SEXP out = named_list(piv ? 4 : 3, NAMES);
    SEXP h = alloc_mat(m, n, 1);
    SET_VECTOR_ELT(out, 0, h);
    UNPROTECT(1);
    SEXP tau = alloc_mat(k, 1, 0);
    SET_VECTOR_ELT(out, 1, tau);
    UNPROTECT(1);
    SEXP r = alloc_mat(k, n, 1);
    SET_VECTOR_ELT(out, 2, r);
    UNPROTECT(1);
    sciport_mat hv = sciport_mat_f_order(REAL(h), m, n);
    sciport_mat rv = sciport_mat_f_order(REAL(r), k, n);
    int64_t *p = piv ? (int64_t *)R_alloc(n > 0 ? n : 1, sizeof(int64_t)) : NULL;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_qr_raw(&av, piv, flag(check_finite), &hv, REAL(tau), k, &rv, p,
                                piv ? n : 0, &err));
    if (piv) SET_VECTOR_ELT(out, 3, int_vector(p, n));
    UNPROTECT(1);
    return out;
}

/* rq: list(r, q), or the matrix r for mode "r" (SciPy returns R alone). An
 * unknown mode gets the full shapes, and sciport reports the name. */
SEXP sp_linalg_rq(SEXP a, SEXP mode, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t m = av.nrows, n = av.ncols, k = m < n ? m : n;
    const char *md = sp_string(mode);
    int economic = md != NULL && strcmp(md, "economic") == 0;
    int r_only = md != NULL && strcmp(md, "r") == 0;
    sciport_error *err = NULL;
    size_t rcols = economic ? k : n;
    if (r_only) {
        SEXP r = alloc_mat(m, n, 1);
        sciport_mat rv = sciport_mat_f_order(REAL(r), m, n);
        CHECK(sciport_linalg_rq(&av, md, flag(check_finite), &rv, NULL, &err));
        UNPROTECT(1);
        return r;
    }
    SEXP out = named_list2("r", "q");
    SEXP r = alloc_mat(m, rcols, 1);
    SET_VECTOR_ELT(out, 0, r);
    UNPROTECT(1);
    size_t qrows = economic ? k : n;
    SEXP q = alloc_mat(qrows, n, 1);
    SET_VECTOR_ELT(out, 1, q);
    UNPROTECT(1);
    sciport_mat rv = sciport_mat_f_order(REAL(r), m, rcols);
    sciport_mat qv = sciport_mat_f_order(REAL(q), qrows, n);
    CHECK(sciport_linalg_rq(&av, md, flag(check_finite), &rv, &qv, &err));
    UNPROTECT(1);
    return out;
}

/* lstsq: list(x, residues, rank, s); x has b's shape with n rows; residues
 * has nrhs entries or none (SciPy's empty array); s is NULL for "gelsy"
 * (SciPy's None). */
SEXP sp_linalg_lstsq(SEXP a, SEXP b, SEXP cond, SEXP check_finite, SEXP lapack_driver) {
    sciport_mat av = view_of(a), bv = view_of(b);
    size_t n = av.ncols, nrhs = bv.ncols, k = av.nrows < n ? av.nrows : n;
    const char *driver = sp_string(lapack_driver);
    static const char *const NAMES[] = {"x", "residues", "rank", "s"};
    SEXP out = named_list(4, NAMES);
    SEXP x = alloc_mat(n, nrhs, Rf_getAttrib(b, R_DimSymbol) != R_NilValue);
    SET_VECTOR_ELT(out, 0, x);
    UNPROTECT(1);
    sciport_mat xv = sciport_mat_f_order(REAL(x), n, nrhs);
    double *res = (double *)R_alloc(nrhs > 0 ? nrhs : 1, sizeof(double));
    double *s = (double *)R_alloc(k > 0 ? k : 1, sizeof(double));
    size_t n_res = 0, rank = 0;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_lstsq(&av, &bv, opt_double(cond), flag(check_finite), driver, &xv,
                               res, nrhs, &n_res, &rank, s, k, &err));
    SEXP r_res = alloc_mat(n_res, 1, 0);
    SET_VECTOR_ELT(out, 1, r_res);
    UNPROTECT(1);
    if (n_res > 0) memcpy(REAL(r_res), res, n_res * sizeof(double));
    SET_VECTOR_ELT(out, 2, Rf_ScalarInteger((int)rank));
    if (driver == NULL || strcmp(driver, "gelsy") != 0) {
        SEXP r_s = alloc_mat(k, 1, 0);
        SET_VECTOR_ELT(out, 3, r_s);
        UNPROTECT(1);
        if (k > 0) memcpy(REAL(r_s), s, k * sizeof(double));
    }
    UNPROTECT(1);
    return out;
}

/* pinv: the n x m pseudo-inverse, or list(b, rank) with return_rank. */
SEXP sp_linalg_pinv(SEXP a, SEXP atol, SEXP rtol, SEXP return_rank, SEXP check_finite) {
    sciport_mat av = view_of(a);
    SEXP b = alloc_mat(av.ncols, av.nrows, 1);
    sciport_mat bv = sciport_mat_f_order(REAL(b), av.ncols, av.nrows);
    size_t rank = 0;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_pinv(&av, opt_double(atol), opt_double(rtol), flag(check_finite), &bv,
                              &rank, &err));
    if (!flag(return_rank)) {
        UNPROTECT(1);
        return b;
    }
    SEXP out = named_list2("b", "rank");
    SET_VECTOR_ELT(out, 0, b);
    SET_VECTOR_ELT(out, 1, Rf_ScalarInteger((int)rank));
    UNPROTECT(2);
    return out;
}

/* matrix_rank: an R integer. */
SEXP sp_linalg_matrix_rank(SEXP a, SEXP tol, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t rank = 0;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_matrix_rank(&av, opt_double(tol), flag(check_finite), &rank, &err));
    return Rf_ScalarInteger((int)rank);
}

/* null_space (range = FALSE: n x n buffer) and orth (range = TRUE: m x
 * min(m, n) buffer; check_finite is ignored, orth always checks): the
 * basis found, as a matrix of its `ncols` columns. */
SEXP sp_linalg_null_orth(SEXP a, SEXP range, SEXP rcond, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t m = av.nrows, n = av.ncols, k = m < n ? m : n;
    int orth = flag(range);
    size_t rows = orth ? m : n, cols = orth ? k : n, found = 0;
    SEXP q = alloc_mat(rows, cols, 1);
    sciport_mat qv = sciport_mat_f_order(REAL(q), rows, cols);
    sciport_error *err = NULL;
    if (orth) {
        CHECK(sciport_linalg_orth(&av, opt_double(rcond), &qv, &found, &err));
    } else {
        CHECK(sciport_linalg_null_space(&av, opt_double(rcond), flag(check_finite), &qv, &found,
                                        &err));
    }
    if (found < cols) q = first_cols(q, rows, found);
    UNPROTECT(1);
    return q;
}

/* norm of a matrix (ord: NULL or the C API's string). */
SEXP sp_linalg_norm(SEXP a, SEXP ord, SEXP check_finite) {
    sciport_mat av = view_of(a);
    double value = NAN;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_norm(&av, sp_string(ord), flag(check_finite), &value, &err));
    return Rf_ScalarReal(value);
}

/* norm of a vector (x: a double vector, any dims ignored; ord a number). */
SEXP sp_linalg_vector_norm(SEXP x, SEXP ord, SEXP check_finite) {
    if (TYPEOF(x) != REALSXP) Rf_error("internal: expected double storage");
    sciport_vec xv = sciport_vec_contiguous(REAL(x), (size_t)XLENGTH(x));
    double value = NAN;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_vector_norm(&xv, Rf_asReal(ord), flag(check_finite), &value, &err));
    return Rf_ScalarReal(value);
}

/* ---- slice 3: structured solvers and special matrices ------------------ */

/* A contiguous view of the double vector x (any 1-D dim ignored). */
static sciport_vec vec_of(SEXP x) {
    if (TYPEOF(x) != REALSXP) Rf_error("internal: expected double storage");
    return sciport_vec_contiguous(REAL(x), (size_t)XLENGTH(x));
}

/* A view of a block of kron / block_diag: a matrix as itself, a vector (or
 * 1-D array) as SciPy's 1 x n row. Sets *is_vector for the latter. */
static sciport_mat block_of(SEXP x, int *is_vector) {
    if (TYPEOF(x) != REALSXP) Rf_error("internal: expected double storage");
    SEXP dims = Rf_getAttrib(x, R_DimSymbol);
    if (dims == R_NilValue || XLENGTH(dims) == 1) {
        if (is_vector) *is_vector = 1;
        return sciport_mat_f_order(REAL(x), 1, (size_t)XLENGTH(x));
    }
    if (is_vector) *is_vector = 0;
    return view_of(x);
}

/* The solvers' x has b's shape (vector or matrix): when b's rows disagree
 * with the system, sciport reports it before it looks at x. */
SEXP sp_linalg_solve_banded(SEXP l, SEXP u, SEXP ab, SEXP b, SEXP check_finite) {
    sciport_mat abv = view_of(ab), bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_banded((size_t)Rf_asReal(l), (size_t)Rf_asReal(u), &abv, &bv,
                                      flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

SEXP sp_linalg_solveh_banded(SEXP ab, SEXP b, SEXP lower, SEXP check_finite) {
    sciport_mat abv = view_of(ab), bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solveh_banded(&abv, &bv, flag(lower), flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

/* solve_toeplitz: r is R's NULL for SciPy's solve_toeplitz(c, b). */
SEXP sp_linalg_solve_toeplitz(SEXP c, SEXP r, SEXP b, SEXP check_finite) {
    sciport_vec cv = vec_of(c), rv;
    const sciport_vec *rp = NULL;
    if (r != R_NilValue) {
        rv = vec_of(r);
        rp = &rv;
    }
    sciport_mat bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_toeplitz(&cv, rp, &bv, flag(check_finite), &xv, &err));
    UNPROTECT(1);
    return x;
}

/* solve_circulant: tol R's NULL = NaN (SciPy's None). */
SEXP sp_linalg_solve_circulant(SEXP c, SEXP b, SEXP singular, SEXP tol) {
    sciport_vec cv = vec_of(c);
    sciport_mat bv = view_of(b), xv;
    SEXP x = alloc_like_rhs(b, &xv);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_circulant(&cv, &bv, sp_string(singular), opt_double(tol), &xv,
                                         &err));
    UNPROTECT(1);
    return x;
}

/* toeplitz: len(c) x len(r) (len(c) x len(c) for r NULL). */
SEXP sp_linalg_toeplitz(SEXP c, SEXP r) {
    sciport_vec cv = vec_of(c), rv;
    const sciport_vec *rp = NULL;
    if (r != R_NilValue) {
        rv = vec_of(r);
        rp = &rv;
    }
    size_t ncols = rp != NULL ? rv.len : cv.len;
    SEXP out = alloc_mat(cv.len, ncols, 1);
    sciport_mat ov = sciport_mat_f_order(REAL(out), cv.len, ncols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_toeplitz(&cv, rp, &ov, &err));
    UNPROTECT(1);
    return out;
}

SEXP sp_linalg_circulant(SEXP c) {
    sciport_vec cv = vec_of(c);
    SEXP out = alloc_mat(cv.len, cv.len, 1);
    sciport_mat ov = sciport_mat_f_order(REAL(out), cv.len, cv.len);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_circulant(&cv, &ov, &err));
    UNPROTECT(1);
    return out;
}

/* hilbert: n a non-negative whole number (checked by the wrapper). */
SEXP sp_linalg_hilbert(SEXP n) {
    size_t k = (size_t)Rf_asReal(n);
    SEXP out = alloc_mat(k, k, 1);
    sciport_mat ov = sciport_mat_f_order(REAL(out), k, k);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_hilbert(k, &ov, &err));
    UNPROTECT(1);
    return out;
}

/* kron: (ma mb) x (na nb); a vector when both a and b are vectors (NumPy's
 * 1-D result), else a matrix (a vector operand is a 1 x n row). */
SEXP sp_linalg_kron(SEXP a, SEXP b) {
    int a_vec, b_vec;
    sciport_mat av = block_of(a, &a_vec), bv = block_of(b, &b_vec);
    /* R extents are below 2^31, so these products fit a size_t; results too
     * large for R are rejected by sp_alloc_result. */
    size_t rows = av.nrows * bv.nrows, cols = av.ncols * bv.ncols;
    SEXP out = alloc_mat(rows, cols, !(a_vec && b_vec));
    sciport_mat ov = sciport_mat_f_order(REAL(out), rows, cols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_kron(&av, &bv, &ov, &err));
    UNPROTECT(1);
    return out;
}

/* block_diag: `blocks` is a list of double matrices and vectors (1 x n
 * rows); the result is sum(rows) x sum(cols), 1 x 0 for no blocks. */
SEXP sp_linalg_block_diag(SEXP blocks) {
    size_t count = (size_t)XLENGTH(blocks), rows = 0, cols = 0;
    sciport_mat *views =
        count > 0 ? (sciport_mat *)R_alloc(count, sizeof(sciport_mat)) : NULL;
    for (size_t i = 0; i < count; i++) {
        views[i] = block_of(VECTOR_ELT(blocks, (R_xlen_t)i), NULL);
        rows += views[i].nrows;
        cols += views[i].ncols;
    }
    if (count == 0) rows = 1; /* SciPy's block_diag(): shape (1, 0) */
    SEXP out = alloc_mat(rows, cols, 1);
    sciport_mat ov = sciport_mat_f_order(REAL(out), rows, cols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_block_diag(views, count, &ov, &err));
    UNPROTECT(1);
    return out;
}

/* ---- further decompositions: lu ---------------------------------------- */

/* lu of a (type t): list(p, l, u), list(pl, u) with permute_l, p the index
 * vector with p_indices. l and u are of type t; p is a double matrix either
 * way (SciPy's p is real for complex input too). */
static SEXP lu_common(SEXPTYPE t, SEXP a, SEXP permute_l, SEXP check_finite, SEXP p_indices) {
    any_view av = any_of(t, a), pv, lv, uv;
    size_t m = any_rows(t, &av), n = any_cols(t, &av), k = m < n ? m : n;
    size_t pm = k == 0 ? 0 : m;
    int perm = flag(permute_l), idx = !perm && flag(p_indices);
    static const char *const PLU[] = {"p", "l", "u"};
    SEXP out = perm ? named_list2("pl", "u") : named_list(3, PLU);
    int have_p = 0;
    int64_t *pidx = NULL;
    if (!perm) {
        if (idx) {
            pidx = (int64_t *)R_alloc(pm > 0 ? pm : 1, sizeof(int64_t));
        } else {
            list_view(out, 0, t, pm, pm, &pv);
            have_p = 1;
        }
    }
    int slot = perm ? 0 : 1;
    list_view(out, slot, t, m, k, &lv);
    list_view(out, slot + 1, t, k, n, &uv);
    sciport_error *err = NULL;
    if (t == CPLXSXP) {
        CHECK(sciport_linalg_lu_complex(&av.c, perm, flag(check_finite), have_p ? &pv.c : NULL,
                                        pidx, idx ? pm : 0, &lv.c, &uv.c, &err));
    } else {
        CHECK(sciport_linalg_lu(&av.re, perm, flag(check_finite), have_p ? &pv.re : NULL, pidx,
                                idx ? pm : 0, &lv.re, &uv.re, &err));
    }
    if (idx) SET_VECTOR_ELT(out, 0, int_vector(pidx, pm));
    if (have_p && t == CPLXSXP) { /* the imaginary parts are 0 */
        SEXP p = alloc_mat(pm, pm, 1);
        for (size_t i = 0; i < pm * pm; i++) REAL(p)[i] = pv.c.data[i].re;
        SET_VECTOR_ELT(out, 0, p);
        UNPROTECT(1);
    }
    UNPROTECT(1);
    return out;
}

/* lu: list(p, l, u) (p an m x m double matrix, or with p_indices m 0-based
 * integer row indices), or list(pl, u) with permute_l (SciPy's tuples). An
 * empty a (k = 0) has SciPy's empty permutation: p is 0 x 0 (or integer(0)). */
SEXP sp_linalg_lu(SEXP a, SEXP permute_l, SEXP check_finite, SEXP p_indices) {
    return lu_common(REALSXP, a, permute_l, check_finite, p_indices);
}

/* ---- further decompositions: ldl ---------------------------------------- */

/* ldl: list(lu, d, perm) (SciPy's tuple): lu and d n x n, perm n 0-based
 * integer row indices (lu[perm + 1, ] is unit triangular), as lu's
 * p_indices. A non-square a gets 0 x 0 outputs: sciport reports a's shape
 * before it looks at them. `hermitian` only matters for complex input in
 * SciPy; it is passed on for the same call shape. */
SEXP sp_linalg_ldl(SEXP a, SEXP lower, SEXP hermitian, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t n = av.nrows == av.ncols ? av.nrows : 0;
    static const char *const LDP[] = {"lu", "d", "perm"};
    SEXP out = named_list(3, LDP);
    SEXP lu = alloc_mat(n, n, 1);
    SET_VECTOR_ELT(out, 0, lu);
    UNPROTECT(1);
    SEXP d = alloc_mat(n, n, 1);
    SET_VECTOR_ELT(out, 1, d);
    UNPROTECT(1);
    sciport_mat luv = sciport_mat_f_order(REAL(lu), n, n);
    sciport_mat dv = sciport_mat_f_order(REAL(d), n, n);
    int64_t *perm = (int64_t *)R_alloc(n > 0 ? n : 1, sizeof(int64_t));
    sciport_error *err = NULL;
    CHECK(sciport_linalg_ldl(&av, flag(lower), flag(hermitian), flag(check_finite), &luv, &dv,
                             perm, n, &err));
    SET_VECTOR_ELT(out, 2, int_vector(perm, n));
    UNPROTECT(1);
    return out;
}

/* ---- further decompositions: eig, eigvals ------------------------------ */

/* A column-major complex view of the R complex matrix x (n x n). R's
 * Rcomplex is two doubles (r, i), sciport_complex's layout. */
static sciport_cmat cview_of(SEXP x, size_t n) {
    return sciport_cmat_f_order((sciport_complex *)COMPLEX(x), n, n);
}

/* eig / eigvals of a (n x n) with b (R's NULL: the standard problem).
 * values_only (eigvals) calls sciport_linalg_eigvals. w is a complex vector,
 * or with homogeneous_eigvals SciPy's (2, n) array as a 2 x n complex
 * matrix (row 1 alpha, row 2 beta): the C API's C-order (2, n) buffer,
 * transposed into R's column-major storage. Returns w when no vectors are
 * wanted, else list(w, vl, vr) holding only the requested ones (SciPy's
 * tuple order). A non-square a is reported by sciport before it writes. */
SEXP sp_linalg_eig(SEXP a, SEXP b, SEXP values_only, SEXP left, SEXP right, SEXP check_finite,
                   SEXP homogeneous_eigvals) {
    /* Complex a (and then complex b, as the wrapper converts both) calls
     * sciport_linalg_eig_complex / eigvals_complex: same outputs. */
    int cplx = TYPEOF(a) == CPLXSXP;
    sciport_mat av, bv;
    sciport_cmat cav, cbv;
    const sciport_mat *bp = NULL;
    const sciport_cmat *cbp = NULL;
    if (cplx) {
        cav = cmat_of(a);
        if (b != R_NilValue) {
            cbv = cmat_of(b);
            cbp = &cbv;
        }
    } else {
        av = view_of(a);
        if (b != R_NilValue) {
            bv = view_of(b);
            bp = &bv;
        }
    }
    size_t n = cplx ? cav.nrows : av.nrows;
    int values = flag(values_only);
    int want_l = !values && flag(left), want_r = !values && flag(right);
    int hom = flag(homogeneous_eigvals);
    size_t w_len = hom ? 2 * n : n;
    sciport_complex *w =
        (sciport_complex *)R_alloc(w_len > 0 ? w_len : 1, sizeof(sciport_complex));
    int nvec = want_l + want_r;
    static const char *const NAMES_LR[] = {"w", "vl", "vr"};
    static const char *const NAMES_L[] = {"w", "vl"};
    static const char *const NAMES_R[] = {"w", "vr"};
    SEXP out = R_NilValue;
    sciport_cmat lv, rv;
    const sciport_cmat *lp = NULL, *rp = NULL;
    if (nvec > 0) {
        out = named_list(nvec + 1, want_l ? (want_r ? NAMES_LR : NAMES_L) : NAMES_R);
        int slot = 1;
        size_t shape[2] = {n, n};
        if (want_l) {
            SEXP vl = sp_alloc_result(CPLXSXP, 2, shape, 1);
            SET_VECTOR_ELT(out, slot++, vl);
            UNPROTECT(1);
            lv = cview_of(vl, n);
            lp = &lv;
        }
        if (want_r) {
            SEXP vr = sp_alloc_result(CPLXSXP, 2, shape, 1);
            SET_VECTOR_ELT(out, slot, vr);
            UNPROTECT(1);
            rv = cview_of(vr, n);
            rp = &rv;
        }
    }
    sciport_error *err = NULL;
    int fin = flag(check_finite);
    if (cplx) {
        CHECK(values ? sciport_linalg_eigvals_complex(&cav, cbp, fin, hom, w, w_len, &err)
                     : sciport_linalg_eig_complex(&cav, cbp, fin, hom, w, w_len, lp, rp, &err));
    } else {
        CHECK(values ? sciport_linalg_eigvals(&av, bp, fin, hom, w, w_len, &err)
                     : sciport_linalg_eig(&av, bp, fin, hom, w, w_len, lp, rp, &err));
    }
    size_t shape[2] = {hom ? 2 : n, n};
    SEXP r_w = sp_alloc_result(CPLXSXP, hom ? 2 : 1, shape, hom);
    Rcomplex *dst = COMPLEX(r_w);
    for (size_t j = 0; j < n; j++) {
        if (hom) {
            /* R's [1, j] and [2, j] are C's w[0, j] and w[1, j]. */
            dst[2 * j].r = w[j].re;
            dst[2 * j].i = w[j].im;
            dst[2 * j + 1].r = w[n + j].re;
            dst[2 * j + 1].i = w[n + j].im;
        } else {
            dst[j].r = w[j].re;
            dst[j].i = w[j].im;
        }
    }
    if (nvec == 0) {
        UNPROTECT(1);
        return r_w;
    }
    SET_VECTOR_ELT(out, 0, r_w);
    UNPROTECT(2); /* r_w, out */
    return out;
}

/* ---- canonical forms: hessenberg, polar -------------------------------- */

/* hessenberg: H, or list(h, q) with calc_q (SciPy's (H, Q)). A non-square a
 * gets 0 x 0 outputs: sciport reports a's shape before it looks at them. */
SEXP sp_linalg_hessenberg(SEXP a, SEXP calc_q, SEXP check_finite) {
    sciport_mat av = view_of(a);
    size_t n = av.nrows == av.ncols ? av.nrows : 0;
    sciport_error *err = NULL;
    if (!flag(calc_q)) {
        SEXP h = alloc_mat(n, n, 1);
        sciport_mat hv = sciport_mat_f_order(REAL(h), n, n);
        CHECK(sciport_linalg_hessenberg(&av, flag(check_finite), &hv, NULL, &err));
        UNPROTECT(1);
        return h;
    }
    SEXP out = named_list2("h", "q");
    SEXP h = alloc_mat(n, n, 1);
    SET_VECTOR_ELT(out, 0, h);
    UNPROTECT(1);
    SEXP q = alloc_mat(n, n, 1);
    SET_VECTOR_ELT(out, 1, q);
    UNPROTECT(1);
    sciport_mat hv = sciport_mat_f_order(REAL(h), n, n);
    sciport_mat qv = sciport_mat_f_order(REAL(q), n, n);
    CHECK(sciport_linalg_hessenberg(&av, flag(check_finite), &hv, &qv, &err));
    UNPROTECT(1);
    return out;
}

/* polar: list(u, p), u m x n, p n x n for side "right" (R's NULL: SciPy's
 * default) and m x m for "left". An unknown side gets the right shapes, and
 * sciport reports the name before it looks at them. */
SEXP sp_linalg_polar(SEXP a, SEXP side) {
    sciport_mat av = view_of(a);
    size_t m = av.nrows, n = av.ncols;
    const char *sd = sp_string(side);
    size_t pn = sd != NULL && strcmp(sd, "left") == 0 ? m : n;
    SEXP out = named_list2("u", "p");
    SEXP u = alloc_mat(m, n, 1);
    SET_VECTOR_ELT(out, 0, u);
    UNPROTECT(1);
    SEXP p = alloc_mat(pn, pn, 1);
    SET_VECTOR_ELT(out, 1, p);
    UNPROTECT(1);
    sciport_mat uv = sciport_mat_f_order(REAL(u), m, n);
    sciport_mat pv = sciport_mat_f_order(REAL(p), pn, pn);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_polar(&av, sd, &uv, &pv, &err));
    UNPROTECT(1);
    return out;
}

/* ---- matrix functions: expm -------------------------------------------- */

/* expm: exp(a), n x n. The output gets a's shape, so a non-square a is
 * reported as such ("a: expected a square matrix"). */
SEXP sp_linalg_expm(SEXP a) {
    return expm_common(REALSXP, a);
}

/* ---- complex matrices (R's complex storage, sciport_cmat views) --------- */

/* Stores a fresh complex matrix in slot `i` of the protected list `out`. */
static sciport_cmat list_cmat(SEXP out, int i, size_t nrows, size_t ncols) {
    sciport_cmat v;
    list_view(out, i, CPLXSXP, nrows, ncols, &v);
    return v;
}

SEXP sp_linalg_solve_complex(SEXP a, SEXP b, SEXP lower, SEXP assume_a, SEXP transposed,
                             SEXP check_finite) {
    return solve_common(CPLXSXP, a, b, lower, assume_a, transposed, check_finite);
}

SEXP sp_linalg_inv_complex(SEXP a, SEXP check_finite) {
    return inv_common(CPLXSXP, a, check_finite);
}

SEXP sp_linalg_det_complex(SEXP a, SEXP check_finite) {
    sciport_cmat av = cmat_of(a);
    sciport_complex det = {NAN, NAN};
    sciport_error *err = NULL;
    CHECK(sciport_linalg_det_complex(&av, flag(check_finite), &det, &err));
    Rcomplex z = {.r = det.re, .i = det.im};
    return Rf_ScalarComplex(z);
}

SEXP sp_linalg_lu_factor_complex(SEXP a, SEXP check_finite) {
    return lu_factor_common(CPLXSXP, a, check_finite);
}

SEXP sp_linalg_lu_solve_complex(SEXP lu, SEXP piv, SEXP b, SEXP trans, SEXP check_finite) {
    return lu_solve_common(CPLXSXP, lu, piv, b, trans, check_finite);
}

/* lu of a complex a: as sp_linalg_lu, l and u complex (p a double matrix,
 * as SciPy's p for complex input). */
SEXP sp_linalg_lu_complex(SEXP a, SEXP permute_l, SEXP check_finite, SEXP p_indices) {
    return lu_common(CPLXSXP, a, permute_l, check_finite, p_indices);
}

SEXP sp_linalg_cho_factor_complex(SEXP a, SEXP lower, SEXP check_finite) {
    return cho_factor_common(CPLXSXP, a, lower, check_finite);
}

SEXP sp_linalg_cho_solve_complex(SEXP c, SEXP lower, SEXP b, SEXP check_finite) {
    return cho_solve_common(CPLXSXP, c, lower, b, check_finite);
}

SEXP sp_linalg_cholesky_complex(SEXP a, SEXP lower, SEXP check_finite) {
    return cholesky_common(CPLXSXP, a, lower, check_finite);
}

/* qr of a complex a: as sp_linalg_qr (mode "raw" gets the full shapes and
 * sciport's error, as SciPy has no complex raw mode here). */
SEXP sp_linalg_qr_complex(SEXP a, SEXP mode, SEXP pivoting, SEXP check_finite) {
    return qr_common(CPLXSXP, a, mode, pivoting, check_finite);
}

/* svd of a complex a: list(u, s, vt) (vt is SciPy's vh, named as the real
 * svd's), or s alone. s is real. */
SEXP sp_linalg_svd_complex(SEXP a, SEXP full_matrices, SEXP compute_uv, SEXP check_finite,
                           SEXP lapack_driver) {
    return svd_common(CPLXSXP, a, full_matrices, compute_uv, check_finite, lapack_driver);
}

SEXP sp_linalg_svdvals_complex(SEXP a, SEXP check_finite) {
    return svdvals_common(CPLXSXP, a, check_finite);
}

/* eigh / eigvalsh of a complex Hermitian a (standard problem only): real w,
 * complex v; arguments as sp_linalg_eigh's. */
SEXP sp_linalg_eigh_complex(SEXP a, SEXP vectors, SEXP lower, SEXP check_finite,
                            SEXP subset_by_index, SEXP subset_by_value, SEXP driver) {
    sciport_linalg_eigh_options o =
        eigh_options(lower, check_finite, subset_by_index, subset_by_value, driver);
    sciport_cmat av = cmat_of(a);
    size_t n = av.nrows, found = 0;
    double *w = (double *)R_alloc(n > 0 ? n : 1, sizeof(double));
    sciport_error *err = NULL;
    if (!flag(vectors)) {
        CHECK(sciport_linalg_eigvalsh_complex(&av, &o, w, n, &found, &err));
        return eigh_values(w, found);
    }
    size_t cols = eigh_cols(n, subset_by_index);
    sciport_cmat vv;
    SEXP r_v = alloc_view(CPLXSXP, n, cols, 1, &vv);
    CHECK(sciport_linalg_eigh_complex(&av, &o, w, n, &vv, &found, &err));
    return eigh_vectors(CPLXSXP, r_v, n, cols, found, w);
}

SEXP sp_linalg_expm_complex(SEXP a) {
    return expm_common(CPLXSXP, a);
}

/* ---- Schur form, matrix equations, sqrtm, logm -------------------------- */

/* schur: list(t, z, sdim) of a real a (sciport_linalg_schur, quasi-upper
 * triangular t) or a complex one (sciport_linalg_schur_complex, upper
 * triangular t). sdim is 0 without sort. A non-square a gets 0 x 0 outputs:
 * sciport reports a's shape before it looks at them. */
SEXP sp_linalg_schur(SEXP a, SEXP sort, SEXP check_finite) {
    static const char *const TZS[] = {"t", "z", "sdim"};
    SEXP out = named_list(3, TZS);
    size_t sdim = 0;
    sciport_error *err = NULL;
    if (TYPEOF(a) == CPLXSXP) {
        sciport_cmat av = cmat_of(a);
        size_t n = av.nrows == av.ncols ? av.nrows : 0;
        sciport_cmat tv = list_cmat(out, 0, n, n), zv = list_cmat(out, 1, n, n);
        CHECK(sciport_linalg_schur_complex(&av, sp_string(sort), flag(check_finite), &tv, &zv,
                                           &sdim, &err));
    } else {
        sciport_mat av = view_of(a);
        size_t n = av.nrows == av.ncols ? av.nrows : 0;
        SEXP t = alloc_mat(n, n, 1);
        SET_VECTOR_ELT(out, 0, t);
        UNPROTECT(1);
        SEXP z = alloc_mat(n, n, 1);
        SET_VECTOR_ELT(out, 1, z);
        UNPROTECT(1);
        sciport_mat tv = sciport_mat_f_order(REAL(t), n, n);
        sciport_mat zv = sciport_mat_f_order(REAL(z), n, n);
        CHECK(sciport_linalg_schur(&av, sp_string(sort), flag(check_finite), &tv, &zv, &sdim,
                                   &err));
    }
    SET_VECTOR_ELT(out, 2, Rf_ScalarInteger((int)sdim)); /* sdim <= n, an R extent */
    UNPROTECT(1);
    return out;
}

/* solve_sylvester: x (q's shape) with attribute "perturbed" (TRUE when a
 * and -b have (nearly) common eigenvalues and x is unreliable). */
SEXP sp_linalg_solve_sylvester(SEXP a, SEXP b, SEXP q) {
    sciport_mat av = view_of(a), bv = view_of(b), qv = view_of(q);
    SEXP x = alloc_mat(qv.nrows, qv.ncols, 1);
    sciport_mat xv = sciport_mat_f_order(REAL(x), qv.nrows, qv.ncols);
    bool perturbed = false;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_sylvester(&av, &bv, &qv, &xv, &perturbed, &err));
    Rf_setAttrib(x, Rf_install("perturbed"), Rf_ScalarLogical(perturbed));
    UNPROTECT(1);
    return x;
}

/* solve_continuous_lyapunov: x (q's shape) with attribute "perturbed"
 * (SciPy's RuntimeWarning; the wrapper signals it). */
SEXP sp_linalg_solve_continuous_lyapunov(SEXP a, SEXP q) {
    sciport_mat av = view_of(a), qv = view_of(q);
    SEXP x = alloc_mat(qv.nrows, qv.ncols, 1);
    sciport_mat xv = sciport_mat_f_order(REAL(x), qv.nrows, qv.ncols);
    bool perturbed = false;
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_continuous_lyapunov(&av, &qv, &xv, &perturbed, &err));
    Rf_setAttrib(x, Rf_install("perturbed"), Rf_ScalarLogical(perturbed));
    UNPROTECT(1);
    return x;
}

/* solve_discrete_lyapunov: x (q's shape); method R's NULL = SciPy's None. */
SEXP sp_linalg_solve_discrete_lyapunov(SEXP a, SEXP q, SEXP method) {
    sciport_mat av = view_of(a), qv = view_of(q);
    SEXP x = alloc_mat(qv.nrows, qv.ncols, 1);
    sciport_mat xv = sciport_mat_f_order(REAL(x), qv.nrows, qv.ncols);
    sciport_error *err = NULL;
    CHECK(sciport_linalg_solve_discrete_lyapunov(&av, &qv, sp_string(method), &xv, &err));
    UNPROTECT(1);
    return x;
}

/* solve_continuous_are (discrete = FALSE) / solve_discrete_are (TRUE): x
 * (m x m, m = a's rows); e and s R's NULL for SciPy's None. */
SEXP sp_linalg_solve_are(SEXP discrete, SEXP a, SEXP b, SEXP q, SEXP r, SEXP e, SEXP s,
                         SEXP balanced) {
    sciport_mat av = view_of(a), bv = view_of(b), qv = view_of(q), rv = view_of(r), ev, sv;
    const sciport_mat *ep = NULL, *spp = NULL;
    if (e != R_NilValue) {
        ev = view_of(e);
        ep = &ev;
    }
    if (s != R_NilValue) {
        sv = view_of(s);
        spp = &sv;
    }
    SEXP x = alloc_mat(av.nrows, av.nrows, 1);
    sciport_mat xv = sciport_mat_f_order(REAL(x), av.nrows, av.nrows);
    sciport_error *err = NULL;
    if (flag(discrete)) {
        CHECK(sciport_linalg_solve_discrete_are(&av, &bv, &qv, &rv, ep, spp, flag(balanced), &xv,
                                                &err));
    } else {
        CHECK(sciport_linalg_solve_continuous_are(&av, &bv, &qv, &rv, ep, spp, flag(balanced),
                                                  &xv, &err));
    }
    UNPROTECT(1);
    return x;
}

/* The argument of a square-matrix function (sqrtm, logm): a's real or
 * complex view and the order n of the n x n result, 0 for a non-square a
 * (sciport reports a's shape before it looks at the output). */
typedef struct {
    int cplx;
    sciport_mat av;
    sciport_cmat cav;
    size_t n;
} matfunc_arg;

static matfunc_arg matfunc_arg_of(SEXP a) {
    matfunc_arg m = {0};
    m.cplx = TYPEOF(a) == CPLXSXP;
    if (m.cplx) {
        m.cav = cmat_of(a);
        m.n = m.cav.nrows == m.cav.ncols ? m.cav.nrows : 0;
    } else {
        m.av = view_of(a);
        m.n = m.av.nrows == m.av.ncols ? m.av.nrows : 0;
    }
    return m;
}

/* When is_real (sciport then wrote every imaginary part as exactly 0),
 * replaces slot 0 of the protected list `out`, the complex n x n result xv,
 * by a double matrix of its real parts, as SciPy returns a real array. */
static void matfunc_real_result(SEXP out, const sciport_cmat *xv, size_t n, bool is_real) {
    if (!is_real) return;
    SEXP x = alloc_mat(n, n, 1);
    for (size_t i = 0; i < n * n; i++) REAL(x)[i] = xv->data[i].re;
    SET_VECTOR_ELT(out, 0, x);
    UNPROTECT(1);
}

/* sqrtm: list(x, warning) for a real a (sciport_linalg_sqrtm: x a double
 * matrix when the root is real, else complex) or a complex one
 * (sciport_linalg_sqrtm_complex: x complex). warning is the
 * sciport_matfunc_warning code (0 none, 1 singular, 2 ill-conditioned). */
SEXP sp_linalg_sqrtm(SEXP a) {
    matfunc_arg m = matfunc_arg_of(a);
    SEXP out = named_list2("x", "warning");
    sciport_cmat xv = list_cmat(out, 0, m.n, m.n);
    bool is_real = false;
    sciport_matfunc_warning warning = SCIPORT_MATFUNC_OK;
    sciport_error *err = NULL;
    if (m.cplx) {
        CHECK(sciport_linalg_sqrtm_complex(&m.cav, &xv, &warning, &err));
    } else {
        CHECK(sciport_linalg_sqrtm(&m.av, &xv, &is_real, &warning, &err));
    }
    matfunc_real_result(out, &xv, m.n, is_real);
    SET_VECTOR_ELT(out, 1, Rf_ScalarInteger((int)warning));
    UNPROTECT(1);
    return out;
}

/* logm: list(x, warning, errest) for a real a (sciport_linalg_logm: x a
 * double matrix when the logarithm is real, else complex) or a complex one
 * (sciport_linalg_logm_complex: x complex). warning is the
 * sciport_logm_warning code (0 none, 1 exactly singular, 2 nearly
 * singular); errest is SciPy's ||expm(x) - a||_1 / ||a||_1. */
SEXP sp_linalg_logm(SEXP a) {
    static const char *const XWE[] = {"x", "warning", "errest"};
    matfunc_arg m = matfunc_arg_of(a);
    SEXP out = named_list(3, XWE);
    sciport_cmat xv = list_cmat(out, 0, m.n, m.n);
    bool is_real = false;
    double errest = 0;
    sciport_logm_warning warning = SCIPORT_LOGM_OK;
    sciport_error *err = NULL;
    if (m.cplx) {
        CHECK(sciport_linalg_logm_complex(&m.cav, &xv, &errest, &warning, &err));
    } else {
        CHECK(sciport_linalg_logm(&m.av, &xv, &is_real, &errest, &warning, &err));
    }
    matfunc_real_result(out, &xv, m.n, is_real);
    SET_VECTOR_ELT(out, 1, Rf_ScalarInteger((int)warning));
    SET_VECTOR_ELT(out, 2, Rf_ScalarReal(errest));
    UNPROTECT(1);
    return out;
}
