/*
 * C tests of the linalg area: values that follow from mathematics (exact small
 * systems, factors that can be checked by multiplying back), every layout
 * giving the same answer, and every function's error paths (status, non-empty
 * message, outputs left untouched). SciPy agreement is tested in
 * tests/linalg_reference.rs against tests/reference/linalg/.
 */
#include "check.h"

#define N 4
#define SENTINEL 12345.0

/* A well-conditioned non-symmetric matrix and an SPD one (row-major). */
static const double A4[N * N] = {4, 1, 0, 2, 1, 5, 1, 0, 0, 2, 6, 1, 1, 0, 1, 3};
static const double SPD[N * N] = {4, 2, 0, 1, 2, 5, 1, 0, 0, 1, 6, 2, 1, 0, 2, 7};

static double at(const sciport_mat *m, size_t i, size_t j) {
    return m->data[(ptrdiff_t)i * m->row_stride + (ptrdiff_t)j * m->col_stride];
}

/* max |A B - C| over a product of two views */
static double product_residual(const sciport_mat *a, const sciport_mat *b, const sciport_mat *c) {
    double worst = 0;
    for (size_t i = 0; i < a->nrows; i++)
        for (size_t j = 0; j < b->ncols; j++) {
            double s = 0;
            for (size_t k = 0; k < a->ncols; k++) s += at(a, i, k) * at(b, k, j);
            worst = fmax(worst, fabs(s - at(c, i, j)));
        }
    return worst;
}

static int all_equal(const double *x, size_t n, double v) {
    for (size_t i = 0; i < n; i++)
        if (x[i] != v) return 0;
    return 1;
}

static void fill(double *x, size_t n, double v) {
    for (size_t i = 0; i < n; i++) x[i] = v;
}

static void test_solve_values(void) {
    sciport_error *err = NULL;
    double a[N * N], b[N * 2], x[N * 2], rcond = -1;
    memcpy(a, A4, sizeof a);
    for (size_t i = 0; i < N * 2; i++) b[i] = (double)i - 3.0;
    sciport_mat av = sciport_mat_c_order(a, N, N), bv = sciport_mat_c_order(b, N, 2),
                xv = sciport_mat_c_order(x, N, 2);
    if (expect_ok(sciport_linalg_solve(&av, &bv, NULL, &xv, &rcond, &err), &err, "solve")) {
        CHECK(product_residual(&av, &xv, &bv) < 1e-13, "A x = b");
        CHECK(rcond > 0.05 && rcond <= 1.0, "rcond %g", rcond);
    }
    /* the same system through a column-major copy of A gives identical x */
    double af[N * N], xf[N * 2];
    for (size_t i = 0; i < N; i++)
        for (size_t j = 0; j < N; j++) af[j * N + i] = A4[i * N + j];
    sciport_mat afv = sciport_mat_f_order(af, N, N), xfv = sciport_mat_f_order(xf, N, 2);
    if (expect_ok(sciport_linalg_solve(&afv, &bv, NULL, &xfv, NULL, &err), &err, "solve F")) {
        int same = 1;
        for (size_t i = 0; i < N; i++)
            for (size_t j = 0; j < 2; j++) same &= at(&xv, i, j) == at(&xfv, i, j);
        CHECK(same, "C- and F-order a give identical solutions");
    }
    /* transposed = true on A equals a plain solve on the transposed view */
    sciport_linalg_solve_options o = sciport_linalg_solve_options_default();
    o.transposed = true;
    double x1[N * 2], x2[N * 2];
    sciport_mat x1v = sciport_mat_c_order(x1, N, 2), x2v = sciport_mat_c_order(x2, N, 2);
    sciport_mat at_v = {a, N, N, 1, N};
    expect_ok(sciport_linalg_solve(&av, &bv, &o, &x1v, NULL, &err), &err, "solve transposed");
    expect_ok(sciport_linalg_solve(&at_v, &bv, NULL, &x2v, NULL, &err), &err, "solve on a^T view");
    CHECK(product_residual(&at_v, &x1v, &bv) < 1e-13, "transposed solves a^T x = b");
    /* every assume_a reading an SPD matrix solves the same system */
    const char *kinds[] = {"gen", "sym", "her", "pos", "banded", "symmetric", "positive definite"};
    double s[N * N];
    memcpy(s, SPD, sizeof s);
    sciport_mat sv = sciport_mat_c_order(s, N, N);
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        o = sciport_linalg_solve_options_default();
        o.assume_a = kinds[k];
        if (expect_ok(sciport_linalg_solve(&sv, &bv, &o, &xv, &rcond, &err), &err, kinds[k]))
            CHECK(product_residual(&sv, &xv, &bv) < 1e-13, "assume_a %s", kinds[k]);
    }
    /* in place: x overlapping b */
    double bb[N * 2];
    memcpy(bb, b, sizeof bb);
    sciport_mat bbv = sciport_mat_c_order(bb, N, 2);
    expect_ok(sciport_linalg_solve(&av, &bbv, NULL, &bbv, NULL, &err), &err, "solve in place");
    CHECK(product_residual(&av, &bbv, &bv) < 1e-13, "in-place solve");
}

static void test_factorizations(void) {
    sciport_error *err = NULL;
    double a[N * N], lu[N * N];
    int64_t piv[N];
    memcpy(a, A4, sizeof a);
    sciport_mat av = sciport_mat_c_order(a, N, N), luv = sciport_mat_c_order(lu, N, N);
    if (expect_ok(sciport_linalg_lu_factor(&av, true, &luv, piv, N, &err), &err, "lu_factor")) {
        int ok = 1;
        for (size_t i = 0; i < N; i++) ok &= piv[i] >= (int64_t)i && piv[i] < N;
        CHECK(ok, "pivots are row interchanges");
        /* det(a) = prod(diag U) * (-1)^swaps, and det of the integer matrix A4 is 238 (cofactor expansion) */
        double d = 0;
        expect_ok(sciport_linalg_det(&av, true, &d, &err), &err, "det");
        CHECK(fabs(d - 238.0) < 1e-12, "det = %.17g, expected 238", d);
        double b[N] = {1, 2, 3, 4}, x[N];
        sciport_mat bv = sciport_mat_c_order(b, N, 1), xv = sciport_mat_c_order(x, N, 1);
        for (int trans = 0; trans <= 2; trans++) {
            expect_ok(sciport_linalg_lu_solve(&luv, piv, N, &bv, trans, true, &xv, &err), &err, "lu_solve");
            sciport_mat use = trans ? (sciport_mat){a, N, N, 1, N} : av;
            CHECK(product_residual(&use, &xv, &bv) < 1e-13, "lu_solve trans %d", trans);
        }
    }
    /* cholesky of [[4,2],[2,5]] is [[2,1],[0,2]] (upper, SciPy's default);
     * [[4,2],[2,5]] x = [8,9] has x = [1.375, 1.25] (Cramer's rule) */
    double p[4] = {4, 2, 2, 5}, c[4];
    sciport_mat pv = sciport_mat_c_order(p, 2, 2), cv = sciport_mat_c_order(c, 2, 2);
    if (expect_ok(sciport_linalg_cholesky(&pv, false, true, &cv, &err), &err, "cholesky"))
        CHECK(c[0] == 2 && c[1] == 1 && c[2] == 0 && c[3] == 2, "U = %g %g %g %g", c[0], c[1], c[2], c[3]);
    if (expect_ok(sciport_linalg_cho_factor(&pv, true, true, &cv, &err), &err, "cho_factor lower"))
        CHECK(c[0] == 2 && c[1] == 2 && c[2] == 1 && c[3] == 2, "c keeps a's upper entry: %g %g %g %g",
              c[0], c[1], c[2], c[3]);
    double b2[2] = {8, 9}, x2[2];
    sciport_mat b2v = sciport_mat_c_order(b2, 2, 1), x2v = sciport_mat_c_order(x2, 2, 1);
    if (expect_ok(sciport_linalg_cho_solve(&cv, true, &b2v, true, &x2v, &err), &err, "cho_solve"))
        CHECK(fabs(x2[0] - 1.375) < 1e-15 && fabs(x2[1] - 1.25) < 1e-15, "x = %g %g", x2[0], x2[1]);
    /* inverse of [[4,7],[2,6]] is [[0.6,-0.7],[-0.2,0.4]] */
    double m[4] = {4, 7, 2, 6}, mi[4];
    sciport_mat mv = sciport_mat_c_order(m, 2, 2), miv = sciport_mat_c_order(mi, 2, 2);
    if (expect_ok(sciport_linalg_inv(&mv, true, &miv, &err), &err, "inv"))
        CHECK(fabs(mi[0] - 0.6) < 1e-15 && fabs(mi[1] + 0.7) < 1e-15 && fabs(mi[2] + 0.2) < 1e-15 &&
                  fabs(mi[3] - 0.4) < 1e-15,
              "inv = %g %g %g %g", mi[0], mi[1], mi[2], mi[3]);
    /* solve_triangular on the upper triangle of [[2,1],[9,4]] (9 is ignored) */
    double t[4] = {2, 1, 9, 4}, tb[2] = {4, 8}, tx[2];
    sciport_mat tv = sciport_mat_c_order(t, 2, 2), tbv = sciport_mat_c_order(tb, 2, 1),
                txv = sciport_mat_c_order(tx, 2, 1);
    if (expect_ok(sciport_linalg_solve_triangular(&tv, &tbv, 0, false, false, true, &txv, &err), &err,
                  "solve_triangular"))
        CHECK(tx[0] == 1 && tx[1] == 2, "x = %g %g", tx[0], tx[1]);
    if (expect_ok(sciport_linalg_solve_triangular(&tv, &tbv, 0, false, true, true, &txv, &err), &err,
                  "solve_triangular unit"))
        CHECK(tx[0] == -4 && tx[1] == 8, "unit x = %g %g", tx[0], tx[1]);
}

static void test_spectral(void) {
    sciport_error *err = NULL;
    /* svd of diag(3, -2) padded to 3x2: singular values 3, 2 */
    double a[6] = {0, -2, 3, 0, 0, 0}, s[2], u[9], vh[4];
    sciport_mat av = sciport_mat_c_order(a, 3, 2), uv = sciport_mat_c_order(u, 3, 3),
                vhv = sciport_mat_c_order(vh, 2, 2);
    if (expect_ok(sciport_linalg_svd(&av, true, true, NULL, s, 2, &uv, &vhv, &err), &err, "svd"))
        CHECK(fabs(s[0] - 3) < 1e-15 && fabs(s[1] - 2) < 1e-15, "s = %g %g", s[0], s[1]);
    double s2[2];
    if (expect_ok(sciport_linalg_svdvals(&av, true, s2, 2, &err), &err, "svdvals"))
        CHECK(s2[0] == s[0] && s2[1] == s[1], "svdvals = svd's s");
    /* eigh of [[2,1],[1,2]]: eigenvalues 1, 3 */
    double h[4] = {2, 1, 1, 2}, w[2], v[4];
    size_t m = 0;
    sciport_mat hv = sciport_mat_c_order(h, 2, 2), vv = sciport_mat_c_order(v, 2, 2);
    if (expect_ok(sciport_linalg_eigh(&hv, NULL, w, 2, &vv, &m, &err), &err, "eigh"))
        CHECK(m == 2 && fabs(w[0] - 1) < 1e-15 && fabs(w[1] - 3) < 1e-15 && fabs(fabs(v[0]) - sqrt(0.5)) < 1e-15,
              "m=%zu w = %g %g", m, w[0], w[1]);
    sciport_linalg_eigh_options o = sciport_linalg_eigh_options_default();
    o.subset_by_value[0] = 2;
    o.subset_by_value[1] = INFINITY;
    if (expect_ok(sciport_linalg_eigvalsh(&hv, &o, w, 2, &m, &err), &err, "eigvalsh by value"))
        CHECK(m == 1 && w[0] == 3, "m=%zu w0=%g", m, w[0]);
    o = sciport_linalg_eigh_options_default();
    o.subset_by_index[0] = 0;
    o.subset_by_index[1] = 0;
    if (expect_ok(sciport_linalg_eigvalsh(&hv, &o, w, 2, &m, &err), &err, "eigvalsh by index"))
        CHECK(m == 1 && fabs(w[0] - 1) < 1e-15, "m=%zu w0=%g", m, w[0]);
}

/* Each bad call must fail with `code`, a message containing `needle`, and
 * leave the output buffer `out` (n doubles) at SENTINEL. */
static void expect_untouched(sciport_status st, sciport_error **err, sciport_status code, const char *needle,
                             const double *out, size_t n, const char *what) {
    expect_error(st, err, code, needle, what);
    CHECK(all_equal(out, n, SENTINEL), "%s: output written on failure", what);
}

static void test_errors(void) {
    sciport_error *err = NULL;
    double sing[4] = {1, 2, 2, 4}, out[16], b[4] = {1, 2, 3, 4}, d;
    int64_t piv[4] = {0, 1, 2, 3};
    sciport_mat sv = sciport_mat_c_order(sing, 2, 2), ov = sciport_mat_c_order(out, 2, 2),
                bv = sciport_mat_c_order(b, 2, 1), o1 = sciport_mat_c_order(out, 2, 1);
    fill(out, 16, SENTINEL);
    expect_untouched(sciport_linalg_solve(&sv, &bv, NULL, &o1, NULL, &err), &err, SCIPORT_ERR_SINGULAR,
                     "singular matrix detected", out, 16, "solve singular");
    expect_untouched(sciport_linalg_inv(&sv, true, &ov, &err), &err, SCIPORT_ERR_SINGULAR, "singular matrix detected",
                     out, 16, "inv singular");
    expect_untouched(sciport_linalg_cholesky(&sv, false, true, &ov, &err), &err, SCIPORT_ERR_SINGULAR,
                     "2-th leading minor", out, 16, "cholesky not PD");
    expect_untouched(sciport_linalg_cho_factor(&sv, true, true, &ov, &err), &err, SCIPORT_ERR_SINGULAR,
                     "leading minor", out, 16, "cho_factor not PD");
    double z[4] = {0, 1, 0, 1};
    sciport_mat zv = sciport_mat_c_order(z, 2, 2);
    expect_untouched(sciport_linalg_solve_triangular(&zv, &bv, 0, false, false, true, &o1, &err), &err,
                     SCIPORT_ERR_SINGULAR, "diagonal 0", out, 16, "solve_triangular zero diagonal");
    /* non-finite input with check_finite */
    double nanm[4] = {1, NAN, 0, 1};
    sciport_mat nv = sciport_mat_c_order(nanm, 2, 2);
    expect_untouched(sciport_linalg_solve(&nv, &bv, NULL, &o1, NULL, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "infs or NaNs", out, 16, "solve NaN");
    expect_untouched(sciport_linalg_svdvals(&nv, true, out, 2, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "infs or NaNs", out, 16, "svdvals NaN");
    expect_untouched(sciport_linalg_lu_factor(&nv, true, &ov, piv, 2, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "infs or NaNs", out, 16, "lu_factor NaN");
    /* shapes */
    double r6[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat rv = sciport_mat_c_order(r6, 2, 3), b3 = sciport_mat_c_order(b, 3, 1);
    expect_untouched(sciport_linalg_solve(&rv, &bv, NULL, &o1, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                     "square", out, 16, "solve non-square");
    double good[4] = {2, 0, 0, 2};
    sciport_mat gv = sciport_mat_c_order(good, 2, 2), o3 = sciport_mat_c_order(out, 3, 1);
    expect_untouched(sciport_linalg_solve(&gv, &b3, NULL, &o3, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                     "rows", out, 16, "solve b rows");
    expect_untouched(sciport_linalg_solve(&gv, &bv, NULL, &ov, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                     "x", out, 16, "solve x shape");
    sciport_mat o23 = sciport_mat_c_order(out, 2, 3);
    expect_untouched(sciport_linalg_inv(&rv, true, &o23, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "square",
                     out, 16, "inv non-square");
    expect_untouched(sciport_linalg_svdvals(&rv, true, out, 3, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                     "s", out, 16, "svdvals s_len");
    expect_untouched(sciport_linalg_lu_solve(&gv, piv, 3, &bv, 0, true, &o1, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "piv", out, 16, "lu_solve piv_len");
    int64_t badpiv[2] = {1, 2};
    expect_untouched(sciport_linalg_lu_solve(&gv, badpiv, 2, &bv, 0, true, &o1, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "piv[1]", out, 16, "lu_solve bad pivot");
    expect_untouched(sciport_linalg_lu_solve(&gv, piv, 2, &bv, 3, true, &o1, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "trans", out, 16, "lu_solve trans 3");
    /* names and options */
    sciport_linalg_solve_options so = sciport_linalg_solve_options_default();
    so.assume_a = "banana";
    expect_untouched(sciport_linalg_solve(&gv, &bv, &so, &o1, NULL, &err), &err, SCIPORT_ERR_UNKNOWN_NAME,
                     "tridiagonal", out, 16, "solve unknown assume_a");
    so = sciport_linalg_solve_options_default();
    so.struct_size = 3;
    expect_untouched(sciport_linalg_solve(&gv, &bv, &so, &o1, NULL, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "struct_size", out, 16, "solve bad struct_size");
    expect_untouched(sciport_linalg_svd(&gv, true, true, "gesvj", out, 2, NULL, NULL, &err), &err,
                     SCIPORT_ERR_UNKNOWN_NAME, "gesdd", out, 16, "svd unknown driver");
    expect_untouched(sciport_linalg_svd(&gv, true, true, NULL, out, 2, &ov, NULL, &err), &err,
                     SCIPORT_ERR_NULL_POINTER, "vh", out, 16, "svd u without vh");
    sciport_linalg_eigh_options eo = sciport_linalg_eigh_options_default();
    size_t m = 99;
    eo.subset_by_index[0] = 1;
    eo.subset_by_index[1] = 5;
    expect_untouched(sciport_linalg_eigvalsh(&gv, &eo, out, 2, &m, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "indices are not valid", out, 16, "eigvalsh bad index subset");
    eo = sciport_linalg_eigh_options_default();
    eo.driver = "evd";
    eo.subset_by_value[0] = 0;
    eo.subset_by_value[1] = 1;
    expect_untouched(sciport_linalg_eigvalsh(&gv, &eo, out, 2, &m, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "subset", out, 16, "eigvalsh evd with subset");
    eo = sciport_linalg_eigh_options_default();
    eo.driver = "gvd";
    expect_untouched(sciport_linalg_eigvalsh(&gv, &eo, out, 2, &m, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "generalized", out, 16, "eigvalsh generalized driver");
    CHECK(m == 99, "m untouched on failure");
    /* NULLs */
    expect_untouched(sciport_linalg_solve(NULL, &bv, NULL, &o1, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "a",
                     out, 16, "solve a NULL");
    expect_error(sciport_linalg_det(&gv, true, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "det", "det NULL out");
    expect_error(sciport_linalg_eigh(&gv, NULL, out, 2, NULL, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "m",
                 "eigh m NULL");
    sciport_mat nulldata = {NULL, 2, 2, 2, 1};
    expect_untouched(sciport_linalg_inv(&nulldata, true, &ov, &err), &err, SCIPORT_ERR_NULL_POINTER, "a.data", out,
                     16, "inv NULL data");
    /* an output whose elements overlap */
    sciport_mat overlapping = {out, 2, 2, 1, 1};
    expect_untouched(sciport_linalg_inv(&gv, true, &overlapping, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "share memory", out, 16, "inv overlapping output");
    /* det of the empty matrix is 1; check_finite=false lets NaN through */
    sciport_mat empty = {NULL, 0, 0, 0, 1};
    if (expect_ok(sciport_linalg_det(&empty, true, &d, &err), &err, "det 0x0")) CHECK(d == 1.0, "det 0x0 = %g", d);
    if (expect_ok(sciport_linalg_det(&nv, false, &d, &err), &err, "det NaN unchecked"))
        CHECK(isnan(d), "det of NaN matrix is NaN without check_finite");
}

/* qr / lstsq / pinv / norm: values from mathematics, and bad input. */
static void test_orthogonal(void) {
    sciport_error *err = NULL;
    double a[N * N], q[N * N], r[N * N], x[N], b[N] = {1, 2, 3, 4};
    for (int i = 0; i < N * N; i++) a[i] = A4[i];
    sciport_mat av = sciport_mat_c_order(a, N, N), qv = sciport_mat_f_order(q, N, N);
    sciport_mat rv = sciport_mat_c_order(r, N, N);
    if (expect_ok(sciport_linalg_qr(&av, NULL, false, true, &qv, &rv, NULL, 0, &err), &err, "qr")) {
        CHECK(product_residual(&qv, &rv, &av) < 1e-13, "Q R = A");
        for (size_t i = 1; i < N; i++)
            for (size_t j = 0; j < i; j++) CHECK(at(&rv, i, j) == 0.0, "R upper at (%zu,%zu)", i, j);
    }
    int64_t p[N];
    if (expect_ok(sciport_linalg_qr(&av, "economic", true, true, &qv, &rv, p, N, &err), &err,
                  "qr pivoting")) {
        int seen = 0;
        for (int j = 0; j < N; j++) seen |= 1 << p[j];
        CHECK(seen == (1 << N) - 1, "p is a permutation");
    }
    /* A square nonsingular system: lstsq solves it exactly, rank N, no residues. */
    sciport_mat bv = sciport_mat_f_order(b, N, 1), xv = sciport_mat_f_order(x, N, 1);
    size_t rank = 0, nres = 99;
    double res[1], s[N];
    if (expect_ok(sciport_linalg_lstsq(&av, &bv, NAN, true, NULL, &xv, res, 1, &nres, &rank, s, N,
                                       &err),
                  &err, "lstsq")) {
        CHECK(product_residual(&av, &xv, &bv) < 1e-13, "lstsq solves the square system");
        CHECK(rank == N && nres == 0, "rank %zu, %zu residues", rank, nres);
        CHECK(s[0] >= s[N - 1] && s[N - 1] > 0, "singular values descending");
    }
    double pi[N * N];
    sciport_mat piv = sciport_mat_c_order(pi, N, N);
    if (expect_ok(sciport_linalg_pinv(&av, NAN, NAN, true, &piv, &rank, &err), &err, "pinv")) {
        double eye[N * N] = {0};
        for (int i = 0; i < N; i++) eye[i * N + i] = 1;
        sciport_mat ev = sciport_mat_c_order(eye, N, N);
        CHECK(product_residual(&av, &piv, &ev) < 1e-13, "pinv of a nonsingular matrix is its inverse");
    }
    double nrm = 0, v[3] = {3, 0, -4};
    sciport_vec vv = sciport_vec_contiguous(v, 3);
    if (expect_ok(sciport_linalg_vector_norm(&vv, 2.0, true, &nrm, &err), &err, "vector_norm"))
        CHECK(nrm == 5.0, "|(3, 0, -4)| = %g", nrm);
    if (expect_ok(sciport_linalg_norm(&av, "inf", true, &nrm, &err), &err, "norm inf"))
        CHECK(nrm == 9.0, "max row sum %g", nrm);
    /* Errors: bad names, a NaN, raw through the wrong entry point; outputs untouched. */
    fill(r, N * N, SENTINEL);
    expect_error(sciport_linalg_qr(&av, "thin", false, true, &qv, &rv, NULL, 0, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "thin", "qr mode");
    expect_error(sciport_linalg_qr(&av, "raw", false, true, &qv, &rv, NULL, 0, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "sciport_linalg_qr_raw", "qr raw");
    expect_error(sciport_linalg_qr(&av, NULL, true, true, &qv, &rv, NULL, 0, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "p", "qr pivoting without p");
    CHECK(all_equal(r, N * N, SENTINEL), "r untouched on error");
    a[5] = NAN;
    expect_error(sciport_linalg_lstsq(&av, &bv, NAN, true, NULL, &xv, NULL, 0, NULL, NULL, NULL, 0,
                                      &err),
                 &err, SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", "lstsq NaN");
    expect_error(sciport_linalg_norm(&av, "fro", true, &nrm, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", "norm NaN");
    expect_error(sciport_linalg_pinv(&av, -1.0, NAN, false, &piv, NULL, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "must be positive", "pinv negative atol");
}

/* Dense n x n matrix (row-major) of the band ab[u + i - j][j] (n <= N). */
static void dense_of_band(const double *ab, size_t l, size_t u, size_t n, double *a) {
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            a[i * n + j] = (i + u >= j && j + l >= i) ? ab[(u + i - j) * n + j] : 0.0;
}

static void test_structured(void) {
    sciport_error *err = NULL;
    /* The 4 x 4 band of A4's shape (l = 1, u = 2), unused corners garbage. */
    double ab[4 * N] = {99, 99, 1, 2, 99, 1, 1, 1, 4, 5, 6, 3, 1, 2, 1, 99};
    double a[N * N], b[N] = {1, 2, 3, 4}, x[N];
    dense_of_band(ab, 1, 2, N, a);
    sciport_mat abv = sciport_mat_c_order(ab, 4, N), av = sciport_mat_c_order(a, N, N);
    sciport_mat bv = sciport_mat_f_order(b, N, 1), xv = sciport_mat_f_order(x, N, 1);
    if (expect_ok(sciport_linalg_solve_banded(1, 2, &abv, &bv, true, &xv, &err), &err, "solve_banded"))
        CHECK(product_residual(&av, &xv, &bv) < 1e-14, "band a x = b");
    /* SPD tridiagonal in upper form: diag 4, off-diagonal 1. */
    double hb[2 * N] = {0, 1, 1, 1, 4, 4, 4, 4}, t[N * N];
    sciport_mat hbv = sciport_mat_c_order(hb, 2, N), tv = sciport_mat_c_order(t, N, N);
    double c[N] = {4, 1, 0, 0};
    sciport_vec cv = sciport_vec_contiguous(c, N);
    if (expect_ok(sciport_linalg_solveh_banded(&hbv, &bv, false, true, &xv, &err), &err, "solveh_banded") &&
        expect_ok(sciport_linalg_toeplitz(&cv, NULL, &tv, &err), &err, "toeplitz"))
        CHECK(product_residual(&tv, &xv, &bv) < 1e-14, "spd band a x = b");
    /* The same matrix is symmetric Toeplitz: Levinson gives the same x. */
    if (expect_ok(sciport_linalg_solve_toeplitz(&cv, NULL, &bv, true, &xv, &err), &err, "solve_toeplitz"))
        CHECK(product_residual(&tv, &xv, &bv) < 1e-14, "toeplitz a x = b");
    double cc[N] = {5, 1, 0, 2}, cm[N * N];
    sciport_vec ccv = sciport_vec_contiguous(cc, N);
    sciport_mat cmv = sciport_mat_f_order(cm, N, N);
    if (expect_ok(sciport_linalg_solve_circulant(&ccv, &bv, NULL, NAN, &xv, &err), &err, "solve_circulant") &&
        expect_ok(sciport_linalg_circulant(&ccv, &cmv, &err), &err, "circulant")) {
        CHECK(product_residual(&cmv, &xv, &bv) < 1e-14, "circulant a x = b");
        CHECK(at(&cmv, 0, 1) == 2 && at(&cmv, 1, 0) == 1, "circulant column 0 is c");
    }
    double h[9], k[N * N];
    sciport_mat hv = sciport_mat_c_order(h, 3, 3), kv = sciport_mat_c_order(k, N, N);
    if (expect_ok(sciport_linalg_hilbert(3, &hv, &err), &err, "hilbert"))
        CHECK(h[0] == 1.0 && h[4] == 1.0 / 3 && h[8] == 1.0 / 5, "hilbert entries");
    double two[4] = {1, 2, 3, 4}, eye2[4] = {1, 0, 0, 1};
    sciport_mat twov = sciport_mat_c_order(two, 2, 2), eyev = sciport_mat_c_order(eye2, 2, 2);
    if (expect_ok(sciport_linalg_kron(&twov, &eyev, &kv, &err), &err, "kron"))
        CHECK(k[0] == 1 && k[2] == 2 && k[5] == 1 && k[10] == 4 && k[1] == 0, "kron(a, I) blocks");
    sciport_mat blocks[2] = {twov, eyev};
    if (expect_ok(sciport_linalg_block_diag(blocks, 2, &kv, &err), &err, "block_diag"))
        CHECK(k[0] == 1 && k[5] == 4 && k[10] == 1 && k[15] == 1 && k[2] == 0, "block_diag layout");
    /* Errors, outputs untouched. */
    fill(x, N, SENTINEL);
    expect_untouched(sciport_linalg_solve_banded(2, 2, &abv, &bv, true, &xv, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "l+u+1", x, N, "solve_banded l, u");
    double zb[3 * N] = {0, 1, 1, 1, 0, 4, 4, 4, 0, 1, 1, 0};
    sciport_mat zbv = sciport_mat_c_order(zb, 3, N);
    expect_untouched(sciport_linalg_solve_banded(1, 1, &zbv, &bv, true, &xv, &err), &err,
                     SCIPORT_ERR_SINGULAR, "singular matrix", x, N, "solve_banded singular");
    hb[4 + 2] = -4;
    expect_untouched(sciport_linalg_solveh_banded(&hbv, &bv, false, true, &xv, &err), &err,
                     SCIPORT_ERR_SINGULAR, "3th leading minor", x, N, "solveh_banded not pd");
    double c0[N] = {0, 1, 0, 0};
    sciport_vec c0v = sciport_vec_contiguous(c0, N);
    expect_untouched(sciport_linalg_solve_toeplitz(&c0v, NULL, &bv, true, &xv, &err), &err,
                     SCIPORT_ERR_SINGULAR, "Singular principal minor", x, N, "solve_toeplitz minor");
    double cs[N] = {1, 1, 0, 0};
    sciport_vec csv = sciport_vec_contiguous(cs, N);
    expect_untouched(sciport_linalg_solve_circulant(&csv, &bv, "raise", NAN, &xv, &err), &err,
                     SCIPORT_ERR_SINGULAR, "near singular", x, N, "solve_circulant singular");
    expect_untouched(sciport_linalg_solve_circulant(&csv, &bv, "warn", NAN, &xv, &err), &err,
                     SCIPORT_ERR_UNKNOWN_NAME, "warn", x, N, "solve_circulant name");
    if (expect_ok(sciport_linalg_solve_circulant(&csv, &bv, "lstsq", NAN, &xv, &err), &err,
                  "solve_circulant lstsq"))
        CHECK(isfinite(x[0]) && isfinite(x[3]), "least-squares solution is finite");
    b[2] = NAN;
    fill(x, N, SENTINEL);
    expect_untouched(sciport_linalg_solve_toeplitz(&cv, NULL, &bv, true, &xv, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", x, N, "solve_toeplitz NaN");
    expect_untouched(sciport_linalg_block_diag(NULL, 2, &xv, &err), &err, SCIPORT_ERR_NULL_POINTER,
                     "blocks", x, N, "block_diag NULL");
}

/* max |a - P L U| with P given as row indices: (P L U)[idx[i], :] = (L U)[i, :] */
static double plu_residual(const sciport_mat *a, const int64_t *idx, const sciport_mat *l, const sciport_mat *u) {
    double worst = 0;
    for (size_t i = 0; i < a->nrows; i++)
        for (size_t j = 0; j < a->ncols; j++) {
            double s = 0;
            for (size_t k = 0; k < l->ncols; k++) s += at(l, i, k) * at(u, k, j);
            worst = fmax(worst, fabs(s - at(a, (size_t)idx[i], j)));
        }
    return worst;
}

/* L unit lower trapezoidal with |multipliers| <= 1 (partial pivoting), U upper trapezoidal */
static int lu_shapes_hold(const sciport_mat *l, const sciport_mat *u) {
    int ok = 1;
    for (size_t i = 0; i < l->nrows; i++)
        for (size_t j = 0; j < l->ncols; j++)
            ok &= j > i ? at(l, i, j) == 0 : j == i ? at(l, i, j) == 1 : fabs(at(l, i, j)) <= 1;
    for (size_t i = 0; i < u->nrows; i++)
        for (size_t j = 0; j < i && j < u->ncols; j++) ok &= at(u, i, j) == 0;
    return ok;
}

/* lu on a 3 x 5 sub-view (stride 7) of a column-major buffer and on A4:
 * a = P L U in both permutation forms, P agrees with lu_factor's pivots,
 * permute_l gives P L. */
static void test_lu(void) {
    sciport_error *err = NULL;
    double buf[7 * 5], p[9], l[9], u[15], pl[9];
    int64_t idx[3];
    for (size_t i = 0; i < 7 * 5; i++) buf[i] = sin(1.0 + 3.0 * (double)i);
    sciport_mat av = {buf + 2, 3, 5, 1, 7};
    sciport_mat pv = sciport_mat_c_order(p, 3, 3), lv = sciport_mat_f_order(l, 3, 3),
                uv = sciport_mat_c_order(u, 3, 5), plv = sciport_mat_c_order(pl, 3, 3);
    if (expect_ok(sciport_linalg_lu(&av, false, true, &pv, idx, 3, &lv, &uv, &err), &err, "lu 3x5")) {
        CHECK(plu_residual(&av, idx, &lv, &uv) < 1e-15, "a = L[p] U");
        CHECK(lu_shapes_hold(&lv, &uv), "L unit lower, U upper");
        int ok = 1;
        for (size_t i = 0; i < 3; i++)
            for (size_t j = 0; j < 3; j++) ok &= p[i * 3 + j] == ((int64_t)i == idx[j] ? 1.0 : 0.0);
        CHECK(ok, "p is the matrix of p_indices");
    }
    if (expect_ok(sciport_linalg_lu(&av, true, true, NULL, NULL, 0, &plv, &uv, &err), &err, "lu permute_l")) {
        int ok = 1;
        for (size_t i = 0; i < 3; i++)
            for (size_t j = 0; j < 3; j++) ok &= pl[(size_t)idx[i] * 3 + j] == at(&lv, i, j);
        CHECK(ok, "permute_l gives P L");
    }
    double a[N * N], lu[N * N], l4[N * N], u4[N * N];
    int64_t piv[N], idx4[N], rows[N] = {0, 1, 2, 3};
    memcpy(a, A4, sizeof a);
    sciport_mat a4 = sciport_mat_c_order(a, N, N), luv = sciport_mat_c_order(lu, N, N),
                l4v = sciport_mat_c_order(l4, N, N), u4v = sciport_mat_c_order(u4, N, N);
    if (expect_ok(sciport_linalg_lu(&a4, false, true, NULL, idx4, N, &l4v, &u4v, &err), &err, "lu 4x4") &&
        expect_ok(sciport_linalg_lu_factor(&a4, true, &luv, piv, N, &err), &err, "lu_factor 4x4")) {
        /* lu_factor's interchanges applied to the identity order */
        for (size_t i = 0; i < N; i++) {
            int64_t t = rows[i];
            rows[i] = rows[piv[i]];
            rows[piv[i]] = t;
        }
        /* the swaps take a's row rows[i] to row i of L U, and a = L[p_indices] U: inverses */
        int inverse = 1;
        for (size_t i = 0; i < N; i++) inverse &= idx4[rows[i]] == (int64_t)i;
        CHECK(inverse, "p_indices inverts lu_factor's interchanges");
        int same = 1;
        for (size_t i = 0; i < N * N; i++) {
            size_t r = i / N, c = i % N;
            same &= c >= r ? u4[i] == lu[i] : l4[i] == lu[i];
        }
        CHECK(same, "L and U are lu_factor's packed factors");
    }
}

static void test_lu_errors(void) {
    sciport_error *err = NULL;
    double a[4] = {1, 2, 3, 4}, out[16], pm[4];
    int64_t idx[2];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), lv = sciport_mat_c_order(out, 2, 2),
                uv = sciport_mat_c_order(out + 4, 2, 2), pv = sciport_mat_c_order(pm, 2, 2),
                bad = sciport_mat_c_order(out + 8, 2, 3);
    fill(out, 16, SENTINEL);
    expect_untouched(sciport_linalg_lu(&av, true, true, &pv, NULL, 0, &lv, &uv, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "permute_l", out, 16, "lu permute_l with p");
    expect_untouched(sciport_linalg_lu(&av, true, true, NULL, idx, 2, &lv, &uv, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "permute_l", out, 16, "lu permute_l with p_indices");
    expect_untouched(sciport_linalg_lu(&av, false, true, NULL, NULL, 0, &lv, &bad, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, NULL, out, 16, "lu u shape");
    expect_untouched(sciport_linalg_lu(&av, false, true, NULL, idx, 3, &lv, &uv, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, NULL, out, 16, "lu p_indices_len");
    expect_untouched(sciport_linalg_lu(NULL, false, true, NULL, NULL, 0, &lv, &uv, &err), &err,
                     SCIPORT_ERR_NULL_POINTER, NULL, out, 16, "lu NULL a");
    a[1] = NAN;
    expect_untouched(sciport_linalg_lu(&av, false, true, NULL, NULL, 0, &lv, &uv, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", out, 16, "lu NaN");
    /* SciPy's empty permutation: a 3 x 0 matrix has p 0 x 0, L 3 x 0, U 0 x 0 */
    sciport_mat e = {out, 3, 0, 1, 3}, l30 = {out, 3, 0, 1, 3}, u00 = {out, 0, 0, 1, 1}, p00 = {pm, 0, 0, 1, 1};
    expect_ok(sciport_linalg_lu(&e, false, true, &p00, idx, 0, &l30, &u00, &err), &err, "lu 3x0");
    sciport_mat p33 = sciport_mat_c_order(out, 3, 3);
    expect_error(sciport_linalg_lu(&e, false, true, &p33, NULL, 0, &l30, &u00, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "lu 3x0 with a 3x3 p");
}

static double cabs2(sciport_complex z) { return sqrt(z.re * z.re + z.im * z.im); }

/* z * w for the C99-free complex struct */
static sciport_complex cmul(sciport_complex z, sciport_complex w) {
    return (sciport_complex){z.re * w.re - z.im * w.im, z.re * w.im + z.im * w.re};
}

/* max over columns of |a v - w v| for a real row-major n x n a and complex vectors in view v */
static double eig_residual(const double *a, size_t n, const sciport_complex *w, const sciport_cmat *v) {
    double worst = 0;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++) {
            sciport_complex s = {0, 0};
            for (size_t k = 0; k < n; k++) {
                sciport_complex x = v->data[(ptrdiff_t)k * v->row_stride + (ptrdiff_t)j * v->col_stride];
                s.re += a[i * n + k] * x.re;
                s.im += a[i * n + k] * x.im;
            }
            sciport_complex wx = cmul(w[j], v->data[(ptrdiff_t)i * v->row_stride + (ptrdiff_t)j * v->col_stride]);
            worst = fmax(worst, cabs2((sciport_complex){s.re - wx.re, s.im - wx.im}));
        }
    return worst;
}

/* eig of a rotation (w = +-i, SciPy's docstring), of a triangular matrix
 * (its diagonal, in order), a generalized pencil with an infinite
 * eigenvalue, and the error paths. */
static void test_eig(void) {
    sciport_error *err = NULL;
    double rot[4] = {0, -1, 1, 0};
    sciport_complex w[6], vr[4], vl[4];
    sciport_mat rv = sciport_mat_c_order(rot, 2, 2);
    sciport_cmat vrv = sciport_cmat_f_order(vr, 2, 2), vlv = sciport_cmat_c_order(vl, 2, 2);
    if (expect_ok(sciport_linalg_eig(&rv, NULL, true, false, w, 2, &vlv, &vrv, &err), &err, "eig rotation")) {
        CHECK(fabs(w[0].re) < 1e-15 && fabs(w[0].im - 1) < 1e-15 && fabs(w[1].im + 1) < 1e-15,
              "w = %g%+gi, %g%+gi", w[0].re, w[0].im, w[1].re, w[1].im);
        CHECK(eig_residual(rot, 2, w, &vrv) < 1e-15, "a vr = w vr");
        /* unit norm, largest component real: SciPy's [[0.7071, 0.7071], [-0.7071i, 0.7071i]] up to sign */
        CHECK(fabs(cabs2(vr[0]) - sqrt(0.5)) < 1e-15 && vr[0].im == 0, "vr[0,0] = %g%+gi", vr[0].re, vr[0].im);
        /* a is orthogonal, so left and right vectors agree up to a unit factor */
        double dot = cabs2((sciport_complex){vl[0].re * vr[0].re + vl[0].im * vr[0].im + vl[2].re * vr[1].re +
                                                 vl[2].im * vr[1].im,
                                             vl[0].re * vr[0].im - vl[0].im * vr[0].re + vl[2].re * vr[1].im -
                                                 vl[2].im * vr[1].re});
        CHECK(fabs(dot - 1) < 1e-15, "|vl^H vr| = %g", dot);
    }
    double tri[9] = {3, 1, -2, 0, -1, 4, 0, 0, 0.5};
    sciport_mat tv = sciport_mat_c_order(tri, 3, 3);
    if (expect_ok(sciport_linalg_eigvals(&tv, NULL, true, true, w, 6, &err), &err, "eigvals triangular")) {
        CHECK(w[0].re == 3 && w[1].re == -1 && w[2].re == 0.5 && w[0].im == 0 && w[1].im == 0 && w[2].im == 0,
              "w = %g %g %g", w[0].re, w[1].re, w[2].re);
        CHECK(w[3].re == 1 && w[4].re == 1 && w[5].re == 1, "homogeneous beta = 1");
    }
    /* det(a - w b) = -2 - 4 w: w = -0.5, and b's rank 1 gives one infinite eigenvalue */
    double ga[4] = {1, 2, 3, 4}, gb[4] = {1, 0, 0, 0};
    sciport_mat gav = sciport_mat_c_order(ga, 2, 2), gbv = sciport_mat_c_order(gb, 2, 2);
    if (expect_ok(sciport_linalg_eigvals(&gav, &gbv, true, false, w, 2, &err), &err, "eigvals generalized")) {
        int finite0 = isfinite(w[0].re);
        sciport_complex fin = finite0 ? w[0] : w[1], inf = finite0 ? w[1] : w[0];
        CHECK(fabs(fin.re + 0.5) < 1e-14 && fin.im == 0, "finite w = %g%+gi", fin.re, fin.im);
        CHECK(isinf(inf.re) && inf.im == 0, "infinite w = %g%+gi", inf.re, inf.im);
    }
    /* errors leave every output untouched */
    for (size_t i = 0; i < 4; i++) vr[i] = (sciport_complex){SENTINEL, SENTINEL};
    w[0] = (sciport_complex){SENTINEL, SENTINEL};
    double r6[6] = {1, 2, 3, 4, 5, 6}, nanm[4] = {1, NAN, 0, 1};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3), nv = sciport_mat_c_order(nanm, 2, 2), t3 = tv;
    sciport_cmat v33 = sciport_cmat_c_order(vr, 1, 1);
    expect_error(sciport_linalg_eig(&r23, NULL, true, false, w, 2, NULL, &vrv, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "square", "eig 2x3");
    expect_error(sciport_linalg_eig(&rv, NULL, true, false, w, 3, NULL, &vrv, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "w", "eig w_len");
    expect_error(sciport_linalg_eig(&rv, NULL, true, true, w, 2, NULL, &vrv, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "w", "eig homogeneous w_len");
    expect_error(sciport_linalg_eig(&rv, NULL, true, false, w, 2, NULL, &v33, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "vr", "eig vr shape");
    expect_error(sciport_linalg_eig(&rv, &t3, true, false, w, 2, NULL, &vrv, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "same shape", "eig b shape");
    expect_error(sciport_linalg_eig(&nv, NULL, false, false, w, 2, NULL, &vrv, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", "eig NaN, check_finite off");
    expect_error(sciport_linalg_eigvals(&rv, &nv, true, false, w, 2, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                 "infs or NaNs", "eigvals NaN b");
    expect_error(sciport_linalg_eigvals(&rv, NULL, true, false, NULL, 2, &err), &err, SCIPORT_ERR_NULL_POINTER,
                 "w", "eigvals NULL w");
    int untouched = w[0].re == SENTINEL;
    for (size_t i = 0; i < 4; i++) untouched &= vr[i].re == SENTINEL && vr[i].im == SENTINEL;
    CHECK(untouched, "eig wrote an output on failure");
}

/* hessenberg: a = Q H Qᵀ with Q orthogonal and H zero below its subdiagonal,
 * on a column-major copy of A4; 2 x 2 input comes back unchanged (SciPy). */
static void test_hessenberg(void) {
    sciport_error *err = NULL;
    double a[N * N], h[N * N], q[N * N], qh[N * N];
    memcpy(a, A4, sizeof a);
    sciport_mat av = sciport_mat_c_order(a, N, N), hv = sciport_mat_f_order(h, N, N),
                qv = sciport_mat_c_order(q, N, N);
    if (expect_ok(sciport_linalg_hessenberg(&av, true, &hv, &qv, &err), &err, "hessenberg")) {
        int zero = 1;
        for (size_t i = 0; i < N; i++)
            for (size_t j = 0; j + 1 < i; j++) zero &= at(&hv, i, j) == 0;
        CHECK(zero, "H is zero below the subdiagonal");
        /* qh = Q H, then (Q H) Qᵀ against a */
        for (size_t i = 0; i < N; i++)
            for (size_t j = 0; j < N; j++) {
                double s = 0;
                for (size_t k = 0; k < N; k++) s += q[i * N + k] * at(&hv, k, j);
                qh[i * N + j] = s;
            }
        double worst = 0, orth = 0;
        for (size_t i = 0; i < N; i++)
            for (size_t j = 0; j < N; j++) {
                double s = 0, t = 0;
                for (size_t k = 0; k < N; k++) {
                    s += qh[i * N + k] * q[j * N + k];
                    t += q[k * N + i] * q[k * N + j];
                }
                worst = fmax(worst, fabs(s - a[i * N + j]));
                orth = fmax(orth, fabs(t - (i == j)));
            }
        CHECK(worst < 1e-14 && orth < 1e-15, "|a - Q H Qt| = %g, |Qt Q - I| = %g", worst, orth);
        CHECK(q[0] == 1 && q[1] == 0 && q[N] == 0, "Q's first row and column are e1");
    }
    double two[4] = {2, 1, 7, 12}, h2[4], q2[4];
    sciport_mat tv = sciport_mat_c_order(two, 2, 2), h2v = sciport_mat_c_order(h2, 2, 2),
                q2v = sciport_mat_c_order(q2, 2, 2);
    if (expect_ok(sciport_linalg_hessenberg(&tv, true, &h2v, &q2v, &err), &err, "hessenberg 2x2"))
        CHECK(memcmp(h2, two, sizeof two) == 0 && q2[0] == 1 && q2[1] == 0 && q2[2] == 0 && q2[3] == 1,
              "2 x 2: H = a, Q = I");
    double r6[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3);
    fill(h2, 4, SENTINEL);
    expect_untouched(sciport_linalg_hessenberg(&r23, true, &h2v, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                     "square", h2, 4, "hessenberg 2x3");
    two[1] = INFINITY;
    expect_untouched(sciport_linalg_hessenberg(&tv, true, &h2v, NULL, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                     "infs or NaNs", h2, 4, "hessenberg Inf");
}

/* expm: exp([[1, 4], [1, 1]]) in closed form (SciPy's test_2x2_input:
 * eigenvalues 3 and -1), a nilpotent matrix's finite series, and errors. */
static void test_expm(void) {
    sciport_error *err = NULL;
    double a[4] = {1, 4, 1, 1}, x[4];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), xv = sciport_mat_f_order(x, 2, 2);
    const double e = exp(1.0), aa = (pow(e, 4) + 1) / (2 * e), bb = (pow(e, 4) - 1) / e;
    if (expect_ok(sciport_linalg_expm(&av, &xv, &err), &err, "expm 2x2"))
        CHECK(fabs(at(&xv, 0, 0) - aa) < 1e-14 * aa && fabs(at(&xv, 0, 1) - bb) < 1e-14 * bb &&
                  fabs(at(&xv, 1, 0) - bb / 4) < 1e-14 * bb && fabs(at(&xv, 1, 1) - aa) < 1e-14 * aa,
              "expm = %g %g %g %g", at(&xv, 0, 0), at(&xv, 0, 1), at(&xv, 1, 0), at(&xv, 1, 1));
    /* N = 6 (superdiagonal), N^4 = 0: exp(N) = I + N + N^2/2 + N^3/6 */
    double nil[16] = {0, 6, 0, 0, 0, 0, 6, 0, 0, 0, 0, 6, 0, 0, 0, 0}, xn[16];
    const double want[16] = {1, 6, 18, 36, 0, 1, 6, 18, 0, 0, 1, 6, 0, 0, 0, 1};
    sciport_mat nv = sciport_mat_c_order(nil, 4, 4), xnv = sciport_mat_c_order(xn, 4, 4);
    if (expect_ok(sciport_linalg_expm(&nv, &xnv, &err), &err, "expm nilpotent")) {
        double worst = 0;
        for (size_t i = 0; i < 16; i++) worst = fmax(worst, fabs(xn[i] - want[i]));
        CHECK(worst < 1e-13, "nilpotent: max error %g", worst);
    }
    double r6[6] = {1, 2, 3, 4, 5, 6}, o[6];
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3), ov = sciport_mat_c_order(o, 2, 3), o22 = sciport_mat_c_order(o, 1, 1);
    fill(o, 6, SENTINEL);
    expect_untouched(sciport_linalg_expm(&r23, &ov, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "square", o, 6,
                     "expm 2x3");
    expect_untouched(sciport_linalg_expm(&av, &o22, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "expa", o, 6,
                     "expm output shape");
}

/* ldl of [[0, 1], [1, 0]] needs a 2 x 2 pivot (d = a, lu = I); of SPD A
 * (SPD above) a = lu d luᵀ with lu[perm] unit lower triangular; errors. */
static void test_ldl(void) {
    sciport_error *err = NULL;
    double swap2[4] = {0, 1, 1, 0}, l2[4], d2[4];
    int64_t p2[2];
    sciport_mat sv = sciport_mat_c_order(swap2, 2, 2), l2v = sciport_mat_c_order(l2, 2, 2),
                d2v = sciport_mat_f_order(d2, 2, 2);
    if (expect_ok(sciport_linalg_ldl(&sv, true, true, true, &l2v, &d2v, p2, 2, &err), &err, "ldl 2x2 pivot"))
        CHECK(l2[0] == 1 && l2[1] == 0 && l2[2] == 0 && l2[3] == 1 && memcmp(d2, swap2, sizeof d2) == 0 &&
                  p2[0] == 0 && p2[1] == 1,
              "lu = %g %g %g %g, d = %g %g %g %g", l2[0], l2[1], l2[2], l2[3], d2[0], d2[1], d2[2], d2[3]);
    double a[N * N], l[N * N], d[N * N];
    int64_t perm[N];
    memcpy(a, SPD, sizeof a);
    sciport_mat av = sciport_mat_c_order(a, N, N), lv = sciport_mat_c_order(l, N, N), dv = sciport_mat_c_order(d, N, N);
    for (int lower = 0; lower <= 1; lower++) {
        if (!expect_ok(sciport_linalg_ldl(&av, lower, true, true, &lv, &dv, perm, N, &err), &err, "ldl SPD")) continue;
        double worst = 0;
        int tri = 1;
        for (size_t i = 0; i < N; i++)
            for (size_t j = 0; j < N; j++) {
                double s = 0;
                for (size_t k = 0; k < N; k++)
                    for (size_t m = 0; m < N; m++) s += l[i * N + k] * d[k * N + m] * l[j * N + m];
                worst = fmax(worst, fabs(s - a[i * N + j]));
                double v = l[perm[i] * N + j];
                tri &= i == j ? v == 1 : ((j > i) == lower ? v == 0 : 1);
            }
        CHECK(worst < 1e-14 && tri, "lower %d: |a - L D Lt| = %g, lu[perm] unit triangular %d", lower, worst, tri);
    }
    double r6[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3);
    fill(l2, 4, SENTINEL);
    expect_untouched(sciport_linalg_ldl(&r23, true, true, true, &l2v, &d2v, p2, 2, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "square", l2, 4, "ldl 2x3");
    expect_untouched(sciport_linalg_ldl(&sv, true, true, true, &l2v, &d2v, p2, 3, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "perm", l2, 4, "ldl perm_len");
    swap2[1] = NAN;
    expect_untouched(sciport_linalg_ldl(&sv, true, true, true, &l2v, &d2v, p2, 2, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", l2, 4, "ldl NaN");
}

/* eigh with b: a = diag(2, 12), b = diag(1, 4) has type-1 eigenvalues 2 and 3
 * with v = e1 and e2 / 2 (vᵀ b v = I); type 2: a b has 2 and 48; errors. */
static void test_eigh_generalized(void) {
    sciport_error *err = NULL;
    double a[4] = {2, 0, 0, 12}, b[4] = {1, 0, 0, 4}, w[2], v[4];
    size_t m = 0;
    sciport_mat av = sciport_mat_c_order(a, 2, 2), bv = sciport_mat_c_order(b, 2, 2), vv = sciport_mat_f_order(v, 2, 2);
    sciport_linalg_eigh_options o = sciport_linalg_eigh_options_default();
    if (expect_ok(sciport_linalg_eigh_generalized(&av, &bv, 1, &o, w, 2, &vv, &m, &err), &err, "eigh b type 1"))
        CHECK(m == 2 && fabs(w[0] - 2) < 1e-15 && fabs(w[1] - 3) < 1e-15 && fabs(fabs(v[0]) - 1) < 1e-15 &&
                  fabs(fabs(v[3]) - 0.5) < 1e-15 && v[1] == 0 && v[2] == 0,
              "w = %g %g, v = %g %g %g %g", w[0], w[1], v[0], v[1], v[2], v[3]);
    if (expect_ok(sciport_linalg_eigh_generalized(&av, &bv, 2, &o, w, 2, NULL, &m, &err), &err, "eigh b type 2"))
        CHECK(m == 2 && fabs(w[0] - 2) < 1e-14 && fabs(w[1] - 48) < 1e-13, "w = %g %g", w[0], w[1]);
    double neg[4] = {1, 0, 0, -1}, r6[6] = {1, 0, 0, 1, 0, 0};
    sciport_mat nv = sciport_mat_c_order(neg, 2, 2), r23 = sciport_mat_c_order(r6, 2, 3);
    fill(v, 4, SENTINEL);
    expect_untouched(sciport_linalg_eigh_generalized(&av, &nv, 1, &o, w, 2, &vv, &m, &err), &err, SCIPORT_ERR_SINGULAR,
                     "leading minor of order 2 of B", v, 4, "eigh b not positive definite");
    expect_untouched(sciport_linalg_eigh_generalized(&av, &r23, 1, &o, w, 2, &vv, &m, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "square", v, 4, "eigh b not square");
    expect_untouched(sciport_linalg_eigh_generalized(&av, &bv, 4, &o, w, 2, &vv, &m, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "type", v, 4, "eigh b type 4");
    o.driver = "evr";
    expect_untouched(sciport_linalg_eigh_generalized(&av, &bv, 1, &o, w, 2, &vv, &m, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "does not accept input b", v, 4, "eigh b with evr");
    o.driver = NULL;
    expect_untouched(sciport_linalg_eigh_generalized(&av, NULL, 1, &o, w, 2, &vv, &m, &err), &err,
                     SCIPORT_ERR_NULL_POINTER, "b", v, 4, "eigh b NULL");
}

/* max |a x - b| for complex row-major a (n x n) and b, x in views */
static double csolve_residual(const sciport_complex *a, size_t n, const sciport_cmat *x, const sciport_complex *b,
                              size_t k) {
    double worst = 0;
    for (size_t c = 0; c < k; c++)
        for (size_t i = 0; i < n; i++) {
            sciport_complex s = {0, 0};
            for (size_t j = 0; j < n; j++) {
                sciport_complex p =
                    cmul(a[i * n + j], x->data[(ptrdiff_t)j * x->row_stride + (ptrdiff_t)c * x->col_stride]);
                s.re += p.re;
                s.im += p.im;
            }
            worst = fmax(worst, cabs2((sciport_complex){s.re - b[i * k + c].re, s.im - b[i * k + c].im}));
        }
    return worst;
}

/* entry (i, j) of x y for row-major n x n complex x and y */
static sciport_complex cmatmul_at(const sciport_complex *x, const sciport_complex *y, size_t n, size_t i, size_t j) {
    sciport_complex s = {0, 0};
    for (size_t l = 0; l < n; l++) {
        sciport_complex p = cmul(x[i * n + l], y[l * n + j]);
        s.re += p.re;
        s.im += p.im;
    }
    return s;
}

static int cuntouched(const sciport_complex *z, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (z[i].re != SENTINEL || z[i].im != SENTINEL) return 0;
    return 1;
}

static void cfill(sciport_complex *z, size_t n) {
    for (size_t i = 0; i < n; i++) z[i] = (sciport_complex){SENTINEL, SENTINEL};
}

/* The complex twins: solve (row- and column-major), inv, det, LU, Cholesky
 * of a Hermitian positive-definite matrix, and their error paths. */
static void test_complex(void) {
    sciport_error *err = NULL;
    /* a = [[2+i, 1], [-i, 3]] row-major; b = a @ [1, i]^T = [2+2i, 3i-i] */
    sciport_complex a[4] = {{2, 1}, {1, 0}, {0, -1}, {3, 0}}, b[2] = {{2, 2}, {0, 2}}, x[2], inv[4], lu[4];
    sciport_complex af[4] = {a[0], a[2], a[1], a[3]}; /* column-major copy */
    sciport_cmat av = sciport_cmat_c_order(a, 2, 2), afv = sciport_cmat_f_order(af, 2, 2),
                 bv = sciport_cmat_c_order(b, 2, 1), xv = sciport_cmat_c_order(x, 2, 1),
                 iv = sciport_cmat_c_order(inv, 2, 2), luv = sciport_cmat_c_order(lu, 2, 2);
    double rcond = -1;
    if (expect_ok(sciport_linalg_solve_complex(&av, &bv, NULL, &xv, &rcond, &err), &err, "solve_complex")) {
        CHECK(fabs(x[0].re - 1) < 1e-15 && fabs(x[0].im) < 1e-15 && fabs(x[1].re) < 1e-15 &&
                  fabs(x[1].im - 1) < 1e-15,
              "solve_complex: x = [1, i], got [%g%+gi, %g%+gi]", x[0].re, x[0].im, x[1].re, x[1].im);
        CHECK(rcond > 0.1 && rcond <= 1, "solve_complex rcond %g", rcond);
    }
    if (expect_ok(sciport_linalg_solve_complex(&afv, &bv, NULL, &xv, NULL, &err), &err, "solve_complex F order"))
        CHECK(csolve_residual(a, 2, &xv, b, 1) < 1e-15, "solve_complex F order residual");
    if (expect_ok(sciport_linalg_inv_complex(&afv, true, &iv, &err), &err, "inv_complex")) {
        /* det = (2+i)*3 - 1*(-i) = 6 + 4i; inv[0][0] = 3 / det */
        sciport_complex want = {3.0 * 6 / 52, -3.0 * 4 / 52};
        CHECK(fabs(inv[0].re - want.re) < 1e-15 && fabs(inv[0].im - want.im) < 1e-15, "inv_complex [0,0]");
    }
    sciport_complex d = {0, 0};
    if (expect_ok(sciport_linalg_det_complex(&av, true, &d, &err), &err, "det_complex"))
        CHECK(fabs(d.re - 6) < 1e-14 && fabs(d.im - 4) < 1e-14, "det_complex = 6+4i, got %g%+gi", d.re, d.im);
    int64_t piv[2] = {-1, -1};
    if (expect_ok(sciport_linalg_lu_factor_complex(&av, true, &luv, piv, 2, &err), &err, "lu_factor_complex")) {
        CHECK(piv[0] == 0 && piv[1] == 1, "lu_factor_complex piv %lld %lld", (long long)piv[0], (long long)piv[1]);
        if (expect_ok(sciport_linalg_lu_solve_complex(&luv, piv, 2, &bv, 0, true, &xv, &err), &err,
                      "lu_solve_complex"))
            CHECK(csolve_residual(a, 2, &xv, b, 1) < 1e-15, "lu_solve_complex residual");
    }
    /* Hermitian PD h = [[4, 1-2i], [1+2i, 3]]: cholesky (upper) then cho_solve */
    sciport_complex h[4] = {{4, 0}, {1, -2}, {1, 2}, {3, 0}}, c[4];
    sciport_cmat hv = sciport_cmat_c_order(h, 2, 2), cv = sciport_cmat_c_order(c, 2, 2);
    if (expect_ok(sciport_linalg_cholesky_complex(&hv, false, true, &cv, &err), &err, "cholesky_complex")) {
        CHECK(fabs(c[0].re - 2) < 1e-15 && c[2].re == 0 && c[2].im == 0, "cholesky_complex U");
        CHECK(fabs(c[1].re - 0.5) < 1e-15 && fabs(c[1].im + 1) < 1e-15, "cholesky_complex U[0,1] = (1-2i)/2");
    }
    if (expect_ok(sciport_linalg_cho_factor_complex(&hv, true, true, &cv, &err), &err, "cho_factor_complex") &&
        expect_ok(sciport_linalg_cho_solve_complex(&cv, true, &bv, true, &xv, &err), &err, "cho_solve_complex"))
        CHECK(csolve_residual(h, 2, &xv, b, 1) < 1e-14, "cho_solve_complex residual");

    /* qr of a: q unitary, q r = a; svd: singular values of a */
    sciport_complex q[4], r[4];
    sciport_cmat qv = sciport_cmat_c_order(q, 2, 2), rv = sciport_cmat_c_order(r, 2, 2);
    if (expect_ok(sciport_linalg_qr_complex(&afv, NULL, false, true, &qv, &rv, NULL, 0, &err), &err, "qr_complex")) {
        double worst = 0;
        for (size_t i = 0; i < 2; i++)
            for (size_t j = 0; j < 2; j++) {
                sciport_complex s = cmatmul_at(q, r, 2, i, j);
                worst = fmax(worst, cabs2((sciport_complex){s.re - a[i * 2 + j].re, s.im - a[i * 2 + j].im}));
            }
        CHECK(worst < 1e-14 && r[2].re == 0 && r[2].im == 0, "qr_complex q r = a (%g)", worst);
    }
    double sval[2] = {-1, -1};
    if (expect_ok(sciport_linalg_svdvals_complex(&av, true, sval, 2, &err), &err, "svdvals_complex"))
        /* s0 s1 = |det| = |6+4i|, s0^2 + s1^2 = |a|_F^2 = 5 + 1 + 1 + 9 */
        CHECK(fabs(sval[0] * sval[1] - sqrt(52.0)) < 1e-13 && fabs(sval[0] * sval[0] + sval[1] * sval[1] - 16) < 1e-13,
              "svdvals_complex %g %g", sval[0], sval[1]);
    expect_error(sciport_linalg_svd_complex(&av, true, true, NULL, sval, 2, &qv, NULL, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "vh", "svd_complex u without vh");
    expect_error(sciport_linalg_qr_complex(&av, "thin", false, true, &qv, &rv, NULL, 0, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "thin", "qr_complex unknown mode");

    /* eigh of the Hermitian h: trace 7, det 12 - 5 = 7 */
    double ew[2] = {0, 0};
    size_t em = 0;
    if (expect_ok(sciport_linalg_eigh_complex(&hv, NULL, ew, 2, &qv, &em, &err), &err, "eigh_complex"))
        CHECK(em == 2 && ew[0] < ew[1] && fabs(ew[0] + ew[1] - 7) < 1e-14 && fabs(ew[0] * ew[1] - 7) < 1e-13,
              "eigh_complex eigenvalues %g %g", ew[0], ew[1]);
    if (expect_ok(sciport_linalg_eigvalsh_complex(&hv, NULL, ew, 2, &em, &err), &err, "eigvalsh_complex"))
        CHECK(em == 2 && fabs(ew[0] + ew[1] - 7) < 1e-14, "eigvalsh_complex");
    expect_error(sciport_linalg_eigvalsh_complex(&hv, NULL, ew, 2, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "m",
                 "eigvalsh_complex m NULL");

    /* eig of a: trace 5 + i, det 6 + 4i; a vr = w vr */
    sciport_complex cw[4];
    if (expect_ok(sciport_linalg_eig_complex(&av, NULL, true, false, cw, 2, NULL, &qv, &err), &err, "eig_complex")) {
        sciport_complex prod = cmul(cw[0], cw[1]);
        CHECK(fabs(cw[0].re + cw[1].re - 5) < 1e-14 && fabs(cw[0].im + cw[1].im - 1) < 1e-14 &&
                  fabs(prod.re - 6) < 1e-13 && fabs(prod.im - 4) < 1e-13,
              "eig_complex eigenvalues");
        double worst = 0;
        for (size_t j = 0; j < 2; j++)
            for (size_t i = 0; i < 2; i++) {
                sciport_complex s = cmatmul_at(a, q, 2, i, j);
                sciport_complex wx = cmul(cw[j], q[i * 2 + j]);
                worst = fmax(worst, cabs2((sciport_complex){s.re - wx.re, s.im - wx.im}));
            }
        CHECK(worst < 1e-14, "eig_complex a vr = w vr (%g)", worst);
    }
    if (expect_ok(sciport_linalg_eigvals_complex(&av, NULL, true, true, cw, 4, &err), &err, "eigvals_complex"))
        CHECK(cw[2].re == 1 && cw[2].im == 0 && cw[3].re == 1, "eigvals_complex homogeneous beta = 1");
    expect_error(sciport_linalg_eigvals_complex(&av, NULL, true, false, cw, 3, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "w", "eigvals_complex w_len");

    /* expm of the diagonal diag(i pi, 0): diag(-1, 1) */
    sciport_complex dg[4] = {{0, 3.141592653589793}, {0, 0}, {0, 0}, {0, 0}}, ex[4];
    sciport_cmat dgv = sciport_cmat_c_order(dg, 2, 2), exv = sciport_cmat_f_order(ex, 2, 2);
    if (expect_ok(sciport_linalg_expm_complex(&dgv, &exv, &err), &err, "expm_complex"))
        CHECK(fabs(ex[0].re + 1) < 1e-15 && fabs(ex[0].im) < 1e-15 && ex[3].re == 1 && ex[1].re == 0,
              "expm_complex diag(i pi, 0)");
    expect_error(sciport_linalg_expm_complex(&dgv, &xv, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "expa",
                 "expm_complex expa shape");

    /* errors: outputs untouched */
    sciport_complex sing[4] = {{1, 1}, {2, 2}, {1, 0}, {2, 0}}, out[4], nan[4] = {{1, 0}, {NAN, 0}, {0, 0}, {1, 0}};
    sciport_cmat sv = sciport_cmat_c_order(sing, 2, 2), ov = sciport_cmat_c_order(out, 2, 2),
                 o1 = sciport_cmat_c_order(out, 2, 1), nv = sciport_cmat_c_order(nan, 2, 2);
    cfill(out, 4);
    expect_error(sciport_linalg_solve_complex(&sv, &bv, NULL, &o1, NULL, &err), &err, SCIPORT_ERR_SINGULAR,
                 "singular matrix detected", "solve_complex singular");
    expect_error(sciport_linalg_inv_complex(&sv, true, &ov, &err), &err, SCIPORT_ERR_SINGULAR,
                 "singular matrix detected", "inv_complex singular");
    expect_error(sciport_linalg_cholesky_complex(&sv, false, true, &ov, &err), &err, SCIPORT_ERR_SINGULAR,
                 "2-th leading minor", "cholesky_complex not PD");
    expect_error(sciport_linalg_inv_complex(&nv, true, &ov, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                 "infs or NaNs", "inv_complex NaN");
    sciport_linalg_solve_options so = sciport_linalg_solve_options_default();
    so.transposed = true;
    expect_error(sciport_linalg_solve_complex(&av, &bv, &so, &o1, NULL, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                 "complex matrices", "solve_complex transposed");
    expect_error(sciport_linalg_det_complex(&av, true, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "det",
                 "det_complex NULL out");
    expect_error(sciport_linalg_lu_factor_complex(&av, true, &luv, piv, 1, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "piv", "lu_factor_complex piv_len");
    expect_error(sciport_linalg_eig_complex(&nv, NULL, false, false, out, 2, NULL, &ov, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "infs or NaNs", "eig_complex NaN");
    CHECK(cuntouched(out, 4), "complex outputs written on failure");
}

/* schur of the rotation-like [[1, -2], [2, 1]] (eigenvalues 1 ± 2i): one
 * standardized 2 x 2 block; z t zᵀ = a; sort "lhp" selects nothing, "rhp"
 * both; the complex form of the same matrix is triangular with 1 ± 2i. */
static void test_schur(void) {
    sciport_error *err = NULL;
    double a[4] = {1, -2, 2, 1}, t[4], z[4];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), tv = sciport_mat_c_order(t, 2, 2), zv = sciport_mat_f_order(z, 2, 2);
    size_t sdim = 99;
    if (expect_ok(sciport_linalg_schur(&av, "rhp", true, &tv, &zv, &sdim, &err), &err, "schur rhp")) {
        CHECK(sdim == 2, "schur rhp sdim = %zu", sdim);
        CHECK(t[0] == t[3] && t[1] * t[2] < 0 && fabs(t[1] * t[2] + 4) < 1e-13, "schur block %g %g %g %g", t[0],
              t[1], t[2], t[3]);
        double zt[4] = {0}, back[4] = {0};
        for (size_t i = 0; i < 2; i++)
            for (size_t j = 0; j < 2; j++)
                for (size_t k = 0; k < 2; k++) zt[2 * i + j] += at(&zv, i, k) * t[2 * k + j];
        for (size_t i = 0; i < 2; i++)
            for (size_t j = 0; j < 2; j++)
                for (size_t k = 0; k < 2; k++) back[2 * i + j] += zt[2 * i + k] * at(&zv, j, k);
        double worst = 0;
        for (size_t i = 0; i < 4; i++) worst = fmax(worst, fabs(back[i] - a[i]));
        CHECK(worst < 1e-14, "schur z t zT - a = %g", worst);
    }
    if (expect_ok(sciport_linalg_schur(&av, "lhp", true, &tv, NULL, &sdim, &err), &err, "schur lhp"))
        CHECK(sdim == 0, "schur lhp sdim = %zu", sdim);
    sciport_complex ca[4] = {{1, 0}, {-2, 0}, {2, 0}, {1, 0}}, ct[4], cz[4];
    sciport_cmat cav = sciport_cmat_c_order(ca, 2, 2), ctv = sciport_cmat_c_order(ct, 2, 2),
                 czv = sciport_cmat_c_order(cz, 2, 2);
    if (expect_ok(sciport_linalg_schur_complex(&cav, "iuc", true, &ctv, &czv, &sdim, &err), &err, "schur complex"))
        CHECK(sdim == 0 && ct[2].re == 0 && ct[2].im == 0 && fabs(ct[0].re - 1) < 1e-14 &&
                  fabs(fabs(ct[0].im) - 2) < 1e-14 && fabs(ct[0].im + ct[3].im) < 1e-14,
              "schur complex t = %g%+gi .. %g%+gi, sdim %zu", ct[0].re, ct[0].im, ct[3].re, ct[3].im, sdim);
    double r6[6] = {1, 2, 3, 4, 5, 6}, nan4[4] = {1, NAN, 0, 1};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3), nv = sciport_mat_c_order(nan4, 2, 2);
    fill(t, 4, SENTINEL);
    expect_untouched(sciport_linalg_schur(&r23, NULL, true, &tv, NULL, NULL, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "square", t, 4, "schur 2x3");
    expect_untouched(sciport_linalg_schur(&av, "lhq", true, &tv, NULL, NULL, &err), &err, SCIPORT_ERR_UNKNOWN_NAME,
                     "lhq", t, 4, "schur unknown sort");
    expect_untouched(sciport_linalg_schur(&nv, NULL, false, &tv, NULL, NULL, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "NaN", t, 4, "schur NaN");
    expect_untouched(sciport_linalg_schur(NULL, NULL, true, &tv, NULL, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER,
                     "a", t, 4, "schur NULL a");
}

/* Matrix equations with closed-form answers: a x + x b = q for diagonal a,
 * b (x_ij = q_ij / (a_i + b_j)); the scalar Lyapunov and Riccati equations
 * (2 a x = q; x a x - x + q = 0; the CARE 2 a x - x^2 b^2 / r + q = 0). */
static void test_equations(void) {
    sciport_error *err = NULL;
    double a[4] = {1, 0, 0, 2}, b[4] = {3, 0, 0, 5}, q[4] = {4, 6, 5, 7}, x[4];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), bv = sciport_mat_c_order(b, 2, 2), qv = sciport_mat_c_order(q, 2, 2),
                xv = sciport_mat_f_order(x, 2, 2);
    bool perturbed = true;
    if (expect_ok(sciport_linalg_solve_sylvester(&av, &bv, &qv, &xv, &perturbed, &err), &err, "sylvester"))
        CHECK(!perturbed && fabs(at(&xv, 0, 0) - 1) < 1e-15 && fabs(at(&xv, 0, 1) - 1) < 1e-15 &&
                  fabs(at(&xv, 1, 0) - 1) < 1e-15 && fabs(at(&xv, 1, 1) - 1) < 1e-15,
              "sylvester x = %g %g %g %g", at(&xv, 0, 0), at(&xv, 0, 1), at(&xv, 1, 0), at(&xv, 1, 1));
    double s1[1] = {-2}, s2[1] = {8}, s3[1], half[1] = {0.5}, one[1] = {1};
    sciport_mat sa = sciport_mat_c_order(s1, 1, 1), sq = sciport_mat_c_order(s2, 1, 1), sx = sciport_mat_c_order(s3, 1, 1),
                sh = sciport_mat_c_order(half, 1, 1), so = sciport_mat_c_order(one, 1, 1);
    if (expect_ok(sciport_linalg_solve_continuous_lyapunov(&sa, &sq, &sx, NULL, &err), &err, "lyapunov"))
        CHECK(fabs(s3[0] + 2) < 1e-15, "continuous lyapunov x = %g (want -2)", s3[0]);
    if (expect_ok(sciport_linalg_solve_discrete_lyapunov(&sh, &sq, "DIRECT", &sx, &err), &err, "discrete lyapunov"))
        CHECK(fabs(s3[0] - 8 / 0.75) < 1e-14, "discrete lyapunov x = %g (want %g)", s3[0], 8 / 0.75);
    /* CARE with a = -2, b = r = 1, q = 8: x^2 + 4x - 8 = 0, stabilizing x = -2 + sqrt(12) */
    if (expect_ok(sciport_linalg_solve_continuous_are(&sa, &so, &sq, &so, NULL, NULL, true, &sx, &err), &err, "care"))
        CHECK(fabs(s3[0] - (-2 + sqrt(12))) < 1e-14, "care x = %g", s3[0]);
    /* DARE with a = b = q = r = 1: x = 1 + x/(1+x) ... x^2 - x - 1 = 0, x = golden ratio */
    if (expect_ok(sciport_linalg_solve_discrete_are(&so, &so, &so, &so, NULL, NULL, false, &sx, &err), &err, "dare"))
        CHECK(fabs(s3[0] - (1 + sqrt(5)) / 2) < 1e-14, "dare x = %g", s3[0]);
    double q23[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat q23v = sciport_mat_c_order(q23, 2, 3);
    fill(x, 4, SENTINEL);
    expect_untouched(sciport_linalg_solve_sylvester(&av, &bv, &q23v, &xv, NULL, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "q", x, 4, "sylvester q shape");
    expect_untouched(sciport_linalg_solve_discrete_lyapunov(&av, &qv, "fast", &xv, &err), &err,
                     SCIPORT_ERR_UNKNOWN_NAME, "fast", x, 4, "discrete lyapunov method");
    double nsym[4] = {1, 2, 3, 1};
    sciport_mat nsv = sciport_mat_c_order(nsym, 2, 2);
    expect_untouched(sciport_linalg_solve_continuous_are(&av, &bv, &nsv, &bv, NULL, NULL, true, &xv, &err), &err,
                     SCIPORT_ERR_INVALID_ARGUMENT, "symmetric", x, 4, "care q not symmetric");
    expect_untouched(sciport_linalg_solve_discrete_are(&av, &q23v, &qv, &bv, NULL, NULL, true, &xv, &err), &err,
                     SCIPORT_ERR_DIMENSION_MISMATCH, "cols", x, 4, "dare b cols");
}

/* sqrtm: [[4, 0], [0, 9]] has the real root diag(2, 3); [[-4]] the complex
 * 2i; the complex [[2i, 4], [0, -2i]] the root [[1+i, 2], [0, 1-i]] (SciPy's
 * test_opposite_sign_complex_eigenvalues); a zero eigenvalue warns. */
static void test_sqrtm(void) {
    sciport_error *err = NULL;
    double a[4] = {4, 0, 0, 9}, m4[1] = {-4}, sing[4] = {1, 1, 1, 1};
    sciport_complex x[4];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), mv = sciport_mat_c_order(m4, 1, 1), sv = sciport_mat_c_order(sing, 2, 2);
    sciport_cmat xv = sciport_cmat_c_order(x, 2, 2), x1 = sciport_cmat_c_order(x, 1, 1);
    bool is_real = false;
    sciport_matfunc_warning w = SCIPORT_MATFUNC_ILL_CONDITIONED;
    if (expect_ok(sciport_linalg_sqrtm(&av, &xv, &is_real, &w, &err), &err, "sqrtm diag"))
        CHECK(is_real && w == SCIPORT_MATFUNC_OK && x[0].re == 2 && x[3].re == 3 && x[1].re == 0 && x[0].im == 0,
              "sqrtm diag: %g %g real %d warning %d", x[0].re, x[3].re, is_real, (int)w);
    if (expect_ok(sciport_linalg_sqrtm(&mv, &x1, &is_real, NULL, &err), &err, "sqrtm -4"))
        CHECK(!is_real && x[0].re == 0 && x[0].im == 2, "sqrtm -4 = %g%+gi", x[0].re, x[0].im);
    if (expect_ok(sciport_linalg_sqrtm(&sv, &xv, NULL, &w, &err), &err, "sqrtm singular"))
        CHECK(w == SCIPORT_MATFUNC_SINGULAR, "sqrtm singular warning %d", (int)w);
    sciport_complex c[4] = {{0, 2}, {4, 0}, {0, 0}, {0, -2}};
    sciport_cmat cv = sciport_cmat_c_order(c, 2, 2);
    if (expect_ok(sciport_linalg_sqrtm_complex(&cv, &xv, &w, &err), &err, "sqrtm complex"))
        CHECK(fabs(x[0].re - 1) < 1e-14 && fabs(x[0].im - 1) < 1e-14 && fabs(x[1].re - 2) < 1e-14 &&
                  fabs(x[3].re - 1) < 1e-14 && fabs(x[3].im + 1) < 1e-14 && x[2].re == 0 && x[2].im == 0,
              "sqrtm complex = %g%+gi %g%+gi / %g%+gi", x[0].re, x[0].im, x[1].re, x[1].im, x[3].re, x[3].im);
    double r6[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3);
    sciport_cmat x22 = sciport_cmat_c_order(x, 1, 2);
    expect_error(sciport_linalg_sqrtm(&r23, &xv, NULL, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "square",
                 "sqrtm 2x3");
    expect_error(sciport_linalg_sqrtm(&av, &x22, NULL, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH, "sqrtm",
                 "sqrtm output shape");
    expect_error(sciport_linalg_sqrtm(&av, NULL, NULL, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "sqrtm",
                 "sqrtm NULL output");
}

/* logm: SciPy's docstring example (values from scipy.linalg.logm 1.17.1),
 * log(-1) = i pi (SciPy: -2.9e-16 + i pi: no closed-form recompute on the
 * negative axis), the zero matrix's warning and infinite errest, errors. */
static void test_logm(void) {
    sciport_error *err = NULL;
    double a[4] = {1, 3, 1, 4}, m1[1] = {-1}, zero[4] = {0, 0, 0, 0}, bad[4] = {1, NAN, 0, 1};
    const double want[4] = {-1.02571087, 2.05142174, 0.68380725, 1.02571087};
    sciport_complex x[4];
    sciport_mat av = sciport_mat_c_order(a, 2, 2), mv = sciport_mat_c_order(m1, 1, 1);
    sciport_mat zv = sciport_mat_c_order(zero, 2, 2), bv = sciport_mat_c_order(bad, 2, 2);
    sciport_mat at = sciport_mat_f_order(a, 2, 2); /* the transpose */
    sciport_cmat xv = sciport_cmat_c_order(x, 2, 2), x1 = sciport_cmat_c_order(x, 1, 1);
    bool is_real = false;
    double errest = -1;
    sciport_logm_warning w = SCIPORT_LOGM_NEARLY_SINGULAR;
    if (expect_ok(sciport_linalg_logm(&av, &xv, &is_real, &errest, &w, &err), &err, "logm example")) {
        double worst = 0;
        for (int k = 0; k < 4; k++) worst = fmax(worst, fabs(x[k].re - want[k]) + fabs(x[k].im));
        CHECK(is_real && w == SCIPORT_LOGM_OK && worst < 1e-8 && errest >= 0 && errest < 1000 * 2.220446049250313e-16,
              "logm example: worst %g real %d warning %d errest %g", worst, is_real, (int)w, errest);
    }
    if (expect_ok(sciport_linalg_logm(&at, &xv, NULL, NULL, NULL, &err), &err, "logm transposed"))
        CHECK(fabs(x[1].re - want[2]) < 1e-8 && fabs(x[2].re - want[1]) < 1e-8, "logm transposed: %g %g", x[1].re,
              x[2].re);
    if (expect_ok(sciport_linalg_logm(&mv, &x1, &is_real, NULL, NULL, &err), &err, "logm -1"))
        CHECK(!is_real && fabs(x[0].re) < 1e-15 && fabs(x[0].im - 3.14159265358979323846) < 1e-15, "logm -1 = %g%+gi", x[0].re, x[0].im);
    if (expect_ok(sciport_linalg_logm(&zv, &xv, NULL, &errest, &w, &err), &err, "logm zero"))
        CHECK(w == SCIPORT_LOGM_EXACTLY_SINGULAR && isinf(errest) && fabs(x[0].re - log(1e-20)) < 1e-12,
              "logm zero: warning %d errest %g x00 %g", (int)w, errest, x[0].re);
    sciport_complex c[4] = {{0, 1}, {4, 0}, {0, 0}, {0, -1}};
    sciport_cmat cv = sciport_cmat_c_order(c, 2, 2);
    /* SciPy's test_opposite_sign_complex_eigenvalues: [[i pi/2, 2 pi], [0, -i pi/2]] */
    if (expect_ok(sciport_linalg_logm_complex(&cv, &xv, NULL, &w, &err), &err, "logm complex"))
        CHECK(fabs(x[0].im - 3.14159265358979323846 / 2) < 1e-14 && fabs(x[1].re - 2 * 3.14159265358979323846) < 1e-14 && fabs(x[3].im + 3.14159265358979323846 / 2) < 1e-14 &&
                  x[2].re == 0 && x[2].im == 0 && w == SCIPORT_LOGM_OK,
              "logm complex = %g%+gi %g%+gi / %g%+gi", x[0].re, x[0].im, x[1].re, x[1].im, x[3].re, x[3].im);
    double r6[6] = {1, 2, 3, 4, 5, 6};
    sciport_mat r23 = sciport_mat_c_order(r6, 2, 3);
    expect_error(sciport_linalg_logm(&r23, &xv, NULL, NULL, NULL, &err), &err, SCIPORT_ERR_DIMENSION_MISMATCH,
                 "square", "logm 2x3");
    expect_error(sciport_linalg_logm(&bv, &xv, NULL, NULL, NULL, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT, "NaN",
                 "logm NaN");
    expect_error(sciport_linalg_logm(&av, NULL, NULL, NULL, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "logm",
                 "logm NULL output");
}

int main(void) {
    test_solve_values();
    test_factorizations();
    test_spectral();
    test_errors();
    test_orthogonal();
    test_structured();
    test_lu();
    test_lu_errors();
    test_eig();
    test_hessenberg();
    test_expm();
    test_ldl();
    test_eigh_generalized();
    test_complex();
    test_schur();
    test_equations();
    test_sqrtm();
    test_logm();
    return finish("test_linalg");
}
