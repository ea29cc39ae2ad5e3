/*
 * scipy.special's C face used as a C program would: 1-D arrays, a
 * broadcast scalar parameter, a C-order matrix written in place, and the
 * argument errors (NULL view, unbroadcastable shapes) leaving `out`
 * untouched. Expected values are exact mathematical identities (erf(0) = 0,
 * Γ(n) = (n−1)!, Φ(0) = ½, expit(0) = ½, P(1, x) = 1 − e^(−x), ...).
 */
#include "check.h"

#include <string.h>

#define SENTINEL 12345.0

static sciport_ndarray vec1(double *p, size_t *shape, ptrdiff_t *stride) {
    sciport_ndarray v;
    v.data = p;
    v.ndim = 1;
    v.shape = shape;
    v.strides = stride;
    return v;
}

static void unary_identities(void) {
    double x[5] = {0.0, 1.0, 2.0, 5.0, -INFINITY};
    double out[5];
    size_t n[1] = {5};
    ptrdiff_t one[1] = {1};
    sciport_ndarray xv = vec1(x, n, one), ov = vec1(out, n, one);
    sciport_error *err = NULL;

    if (expect_ok(sciport_special_gamma(&xv, &ov, &err), &err, "gamma")) {
        CHECK(isinf(out[0]) && out[0] > 0, "gamma(0) = %g", out[0]);
        CHECK(out[1] == 1.0 && out[2] == 1.0 && out[3] == 24.0, "gamma(1, 2, 5) = %g %g %g",
              out[1], out[2], out[3]);
        CHECK(isnan(out[4]), "gamma(-inf) = %g", out[4]);
    }
    if (expect_ok(sciport_special_erf(&xv, &ov, &err), &err, "erf")) {
        CHECK(out[0] == 0.0 && out[4] == -1.0, "erf(0), erf(-inf) = %g %g", out[0], out[4]);
    }
    if (expect_ok(sciport_special_ndtr(&xv, &ov, &err), &err, "ndtr")) {
        CHECK(out[0] == 0.5 && out[4] == 0.0, "ndtr(0), ndtr(-inf) = %g %g", out[0], out[4]);
    }
    if (expect_ok(sciport_special_expit(&xv, &ov, &err), &err, "expit")) {
        CHECK(out[0] == 0.5 && out[4] == 0.0, "expit(0), expit(-inf) = %g %g", out[0], out[4]);
    }
    if (expect_ok(sciport_special_gammaln(&xv, &ov, &err), &err, "gammaln")) {
        CHECK(fabs(out[3] - log(24.0)) <= 4e-16 * log(24.0), "gammaln(5) = %.17g", out[3]);
    }
}

static void broadcast_scalar_parameter(void) {
    double a[1] = {1.0};
    double x[4] = {0.0, 0.5, 2.0, 10.0};
    double p[4], q[4];
    size_t n1[1] = {1}, n4[1] = {4};
    ptrdiff_t one[1] = {1};
    sciport_ndarray av = vec1(a, n1, one), xv = vec1(x, n4, one);
    sciport_ndarray pv = vec1(p, n4, one), qv = vec1(q, n4, one);
    sciport_error *err = NULL;
    size_t i;

    expect_ok(sciport_special_gammainc(&av, &xv, &pv, &err), &err, "gammainc(1, x)");
    expect_ok(sciport_special_gammaincc(&av, &xv, &qv, &err), &err, "gammaincc(1, x)");
    for (i = 0; i < 4; i++) {
        double q_exact = exp(-x[i]);
        CHECK(fabs(q[i] - q_exact) <= 4e-16 * q_exact, "Q(1, %g) = %.17g", x[i], q[i]);
        CHECK(fabs(p[i] - (1.0 - q_exact)) <= 4e-16, "P(1, %g) = %.17g", x[i], p[i]);
    }
}

static void matrix_in_place(void) {
    double m[6] = {0.0, 0.25, 0.5, 0.75, 1.0, 0.125};
    size_t shape[2] = {2, 3};
    ptrdiff_t strides[2];
    sciport_ndarray mv;
    sciport_error *err = NULL;

    expect_ok(sciport_ndarray_c_order(m, 2, shape, strides, &mv, &err), &err, "c_order view");
    expect_ok(sciport_special_logit(&mv, &mv, &err), &err, "logit in place");
    CHECK(m[0] == -INFINITY && m[2] == 0.0 && m[4] == INFINITY, "logit(0, .5, 1) = %g %g %g",
          m[0], m[2], m[4]);
    expect_ok(sciport_special_expit(&mv, &mv, &err), &err, "expit in place");
    CHECK(m[0] == 0.0 && m[2] == 0.5 && m[4] == 1.0 && fabs(m[1] - 0.25) < 1e-16,
          "expit(logit(p)) = %g %g %g %g", m[0], m[1], m[2], m[4]);
}

static void errors_leave_out_untouched(void) {
    double x[3] = {1.0, 2.0, 3.0}, y[2] = {1.0, 2.0};
    double out[3] = {SENTINEL, SENTINEL, SENTINEL};
    size_t n3[1] = {3}, n2[1] = {2};
    ptrdiff_t one[1] = {1};
    sciport_ndarray xv = vec1(x, n3, one), yv = vec1(y, n2, one), ov = vec1(out, n3, one);
    sciport_error *err = NULL;

    expect_error(sciport_special_xlogy(&xv, &yv, &ov, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "cannot be broadcast", "xlogy shapes");
    expect_error(sciport_special_erfc(NULL, &ov, &err), &err, SCIPORT_ERR_NULL_POINTER, "x",
                 "erfc NULL x");
    expect_error(sciport_special_polygamma(&xv, &xv, NULL, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "out", "polygamma NULL out");
    CHECK(sciport_special_digamma(NULL, &ov, NULL) == SCIPORT_ERR_NULL_POINTER,
          "err == NULL accepted");
    CHECK(out[0] == SENTINEL && out[1] == SENTINEL && out[2] == SENTINEL,
          "out written on failure");
}

static void reductions_over_axes(void) {
    /* rows of a 2 x 3 C-order matrix: [0, 0, 0] and [ln 1, ln 2, ln 3] */
    double a[6] = {0.0, 0.0, 0.0, 0.0, log(2.0), log(3.0)};
    double b[3] = {1.0, -1.0, -1.0};
    double out[2], sign[2], soft[6];
    size_t shape[2] = {2, 3}, n2[1] = {2};
    ptrdiff_t strides[2], one[1] = {1};
    int64_t last[1] = {-1}, bad[1] = {2};
    sciport_ndarray av, bv, ov = vec1(out, n2, one), sv = vec1(sign, n2, one), tv;
    size_t n3[1] = {3};
    sciport_error *err = NULL;

    expect_ok(sciport_ndarray_c_order(a, 2, shape, strides, &av, &err), &err, "a view");
    expect_ok(sciport_ndarray_c_order(soft, 2, shape, strides, &tv, &err), &err, "soft view");
    bv = vec1(b, n3, one);
    if (expect_ok(sciport_special_logsumexp(&av, last, 1, NULL, &ov, NULL, &err), &err,
                  "logsumexp rows")) {
        CHECK(fabs(out[0] - log(3.0)) <= 4e-16 * log(3.0) && fabs(out[1] - log(6.0)) <= 8e-16,
              "logsumexp rows = %.17g %.17g", out[0], out[1]);
    }
    /* row 1 with b: 1 - 2 - 3 = -4 -> log 4, sign -1; row 0: 1 - 1 - 1 = -1 -> 0, -1 */
    if (expect_ok(sciport_special_logsumexp(&av, last, 1, &bv, &ov, &sv, &err), &err,
                  "logsumexp b, sign")) {
        CHECK(sign[0] == -1.0 && sign[1] == -1.0, "signs %g %g", sign[0], sign[1]);
        CHECK(fabs(out[0]) <= 4e-16 && fabs(out[1] - log(4.0)) <= 8e-16,
              "log|sum| = %.17g %.17g", out[0], out[1]);
    }
    if (expect_ok(sciport_special_softmax(&av, last, 1, &tv, &err), &err, "softmax rows")) {
        CHECK(fabs(soft[0] - 1.0 / 3.0) <= 4e-16 && fabs(soft[5] - 0.5) <= 4e-16,
              "softmax = %.17g %.17g", soft[0], soft[5]);
    }
    expect_error(sciport_special_log_softmax(&av, bad, 1, &tv, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "out of bounds", "log_softmax axis 2");
}

static void exact_integers(void) {
    char digits[64];
    size_t len = 0;
    sciport_error *err = NULL;

    if (expect_ok(sciport_special_comb_exact(100, 50, false, digits, sizeof digits, &len, &err),
                  &err, "comb_exact(100, 50)")) {
        CHECK(strcmp(digits, "100891344545564193334812497256") == 0 && len == 30,
              "comb(100, 50) = %s", digits);
    }
    if (expect_ok(sciport_special_factorial_exact(1000, NULL, 0, &len, &err), &err,
                  "factorial_exact length query")) {
        CHECK(len == 2568, "1000! has %zu digits", len);
    }
    expect_error(sciport_special_factorial_exact(30, digits, 10, &len, &err), &err,
                 SCIPORT_ERR_DIMENSION_MISMATCH, "needs 34 bytes", "factorial_exact small buffer");
}

int main(void) {
    unary_identities();
    reductions_over_axes();
    exact_integers();
    broadcast_scalar_parameter();
    matrix_in_place();
    errors_leave_out_untouched();
    return finish("test_special");
}
