/*
 * Scalar solvers from C with a user_data struct: every root_scalar method on
 * f(x) = x^2 - a (root sqrt(a)) and cos (root pi/2), minimize_scalar's three
 * methods on (x - c)^2 (minimum c), function-call counts against the calls the
 * callback saw (SciPy 1.17 counts derivative calls in function_calls for newton
 * and halley), and the options struct_size contract (older and newer structs).
 */
#include "check.h"

#include <stddef.h>
#include <stdint.h>

/* The user data every callback receives. */
typedef struct {
    double a;
    int f_calls;
    int d_calls;
    int d2_calls;
} problem;

static int32_t f_square(double x, double *out, void *user_data) {
    problem *p = (problem *)user_data;
    p->f_calls++;
    *out = x * x - p->a;
    return 0;
}

static int32_t d_square(double x, double *out, void *user_data) {
    problem *p = (problem *)user_data;
    p->d_calls++;
    *out = 2.0 * x;
    return 0;
}

static int32_t d2_square(double x, double *out, void *user_data) {
    problem *p = (problem *)user_data;
    (void)x;
    p->d2_calls++;
    *out = 2.0;
    return 0;
}

static int32_t f_cos(double x, double *out, void *user_data) {
    problem *p = (problem *)user_data;
    p->f_calls++;
    *out = cos(x);
    return 0;
}

/* (x - a)^2: minimum at a. */
static int32_t f_parabola(double x, double *out, void *user_data) {
    problem *p = (problem *)user_data;
    p->f_calls++;
    *out = (x - p->a) * (x - p->a);
    return 0;
}

static void check_root(const char *method, sciport_scalar_func f, sciport_scalar_func d1,
                       sciport_scalar_func d2, double a, const double bracket[2], double x0,
                       double x1, double want, double tol) {
    problem p = {0.0, 0, 0, 0};
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    sciport_root_results r;
    sciport_error *err = NULL;
    sciport_status st;
    p.a = a;
    o.method = method;
    o.fprime = d1;
    o.fprime2 = d2;
    if (bracket != NULL) {
        o.bracket[0] = bracket[0];
        o.bracket[1] = bracket[1];
    }
    o.x0 = x0;
    o.x1 = x1;
    st = sciport_optimize_root_scalar(f, &p, &o, &r, &err);
    if (!expect_ok(st, &err, method ? method : "default method")) {
        return;
    }
    CHECK(fabs(r.root - want) <= tol, "%s: root %.17g, expected %.17g (tol %g)",
          method ? method : "default", r.root, want, tol);
    CHECK(r.converged, "%s: not converged", method ? method : "default");
    CHECK(r.flag != NULL && strcmp(r.flag, "converged") == 0, "%s: flag %s",
          method ? method : "default", r.flag ? r.flag : "(null)");
    /* SciPy's newton without fprime and x1 differentiates numerically and
     * reports fewer calls than f sees; every other method's count is exact. */
    if (d1 != NULL || bracket != NULL || !isnan(x1)) {
        CHECK(r.function_calls == p.f_calls + p.d_calls + p.d2_calls,
              "%s: function_calls %lld, callbacks saw %d + %d + %d",
              method ? method : "default", (long long)r.function_calls, p.f_calls, p.d_calls,
              p.d2_calls);
    }
    CHECK(r.iterations >= 1 && r.iterations <= r.function_calls,
          "%s: iterations %lld", method ? method : "default", (long long)r.iterations);
}

static void test_root_methods(void) {
    static const char *const bracketing[] = {"brentq", "brenth", "bisect", "ridder", "toms748"};
    static const double b02[2] = {0.0, 2.0}, b12[2] = {1.0, 2.0};
    const double nan = sciport_optimize_root_scalar_options_default().x0;
    const double sqrt2 = sqrt(2.0);
    size_t i;
    for (i = 0; i < sizeof bracketing / sizeof bracketing[0]; i++) {
        /* default xtol 2e-12, rtol 4 eps: the root is within a few xtol */
        check_root(bracketing[i], f_square, NULL, NULL, 2.0, b02, nan, nan, sqrt2, 1e-11);
        check_root(bracketing[i], f_cos, NULL, NULL, 0.0, b12, nan, nan, TEST_PI / 2, 1e-11);
    }
    check_root(NULL, f_square, NULL, NULL, 2.0, b02, nan, nan, sqrt2, 1e-11);
    /* newton/secant/halley: default tol 1.48e-8 */
    check_root("newton", f_square, d_square, NULL, 2.0, NULL, 1.0, nan, sqrt2, 1.5e-8);
    check_root("halley", f_square, d_square, d2_square, 2.0, NULL, 1.0, nan, sqrt2, 1.5e-8);
    check_root("secant", f_square, NULL, NULL, 2.0, NULL, 1.0, 2.0, sqrt2, 1.5e-8);
    /* method NULL picks newton (fprime or x0 only) or halley (both derivatives) */
    check_root(NULL, f_square, d_square, NULL, 3.0, NULL, 1.0, nan, sqrt(3.0), 1.5e-8);
    check_root(NULL, f_square, d_square, d2_square, 3.0, NULL, 1.0, nan, sqrt(3.0), 1.5e-8);
    check_root(NULL, f_square, NULL, NULL, 3.0, NULL, 1.0, nan, sqrt(3.0), 1.5e-8);
}

/* brentq with maxiter: honoured in a full struct, ignored (default) when the
 * caller's struct is an "older" one that ends before maxiter, and a "newer"
 * caller struct (larger struct_size) is accepted. */
static void test_struct_size(void) {
    struct newer {
        sciport_root_scalar_options base;
        double appended_field;
    } big;
    problem p = {2.0, 0, 0, 0};
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    sciport_root_results r;
    sciport_error *err = NULL;
    o.method = "brentq";
    o.bracket[0] = 0.0;
    o.bracket[1] = 2.0;
    o.maxiter = 1;
    if (expect_ok(sciport_optimize_root_scalar(f_square, &p, &o, &r, &err), &err, "maxiter 1")) {
        CHECK(!r.converged && strcmp(r.flag, "convergence error") == 0,
              "maxiter 1: converged %d flag %s", (int)r.converged, r.flag);
        CHECK(r.iterations == 1, "maxiter 1: %lld iterations", (long long)r.iterations);
    }
    o.struct_size = offsetof(sciport_root_scalar_options, maxiter);
    if (expect_ok(sciport_optimize_root_scalar(f_square, &p, &o, &r, &err), &err, "older struct")) {
        CHECK(r.converged && fabs(r.root - sqrt(2.0)) < 1e-11,
              "older struct: maxiter was read past struct_size (converged %d)", (int)r.converged);
    }
    big.base = sciport_optimize_root_scalar_options_default();
    big.base.struct_size = sizeof big;
    big.base.method = "bisect";
    big.base.bracket[0] = 0.0;
    big.base.bracket[1] = 2.0;
    big.appended_field = 1.0;
    if (expect_ok(sciport_optimize_root_scalar(f_square, &p, &big.base, &r, &err), &err,
                  "newer struct")) {
        CHECK(r.converged && fabs(r.root - sqrt(2.0)) < 1e-11, "newer struct: root %.17g",
              r.root);
    }
    o.struct_size = sizeof(size_t) - 1;
    expect_error(sciport_optimize_root_scalar(f_square, &p, &o, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "struct_size", "struct_size too small");
}

static void check_minimum(const char *method, double c, const double *bracket, size_t bracket_len,
                          const double *bounds, double tol) {
    problem p = {0.0, 0, 0, 0};
    sciport_minimize_scalar_options o = sciport_optimize_minimize_scalar_options_default();
    sciport_minimize_scalar_result r;
    sciport_error *err = NULL;
    const char *name = method ? method : "default";
    size_t i;
    p.a = c;
    o.method = method;
    for (i = 0; i < bracket_len; i++) {
        o.bracket[i] = bracket[i];
    }
    o.bracket_len = bracket_len;
    if (bounds != NULL) {
        o.bounds[0] = bounds[0];
        o.bounds[1] = bounds[1];
    }
    if (!expect_ok(sciport_optimize_minimize_scalar(f_parabola, &p, &o, &r, &err), &err, name)) {
        return;
    }
    CHECK(fabs(r.x - c) <= tol, "%s: x %.17g, expected %.17g", name, r.x, c);
    CHECK(r.fun == (r.x - c) * (r.x - c), "%s: fun %.17g is not f(x)", name, r.fun);
    CHECK(r.success && r.status == 0, "%s: success %d status %d", name, (int)r.success,
          (int)r.status);
    CHECK(r.message != NULL && r.message[0] != '\0', "%s: empty message", name);
    CHECK(r.nfev == p.f_calls, "%s: nfev %lld, callback saw %d calls", name, (long long)r.nfev,
          p.f_calls);
    CHECK(r.nit >= 1 && r.nit <= r.nfev, "%s: nit %lld", name, (long long)r.nit);
    if (bounds != NULL) {
        CHECK(r.x >= bounds[0] && r.x <= bounds[1], "%s: x %g outside bounds", name, r.x);
    }
}

static void test_minimize_methods(void) {
    static const double br3[3] = {0.0, 1.0, 3.0}, br2[2] = {0.0, 1.0}, bounds[2] = {0.0, 3.0};
    sciport_minimize_scalar_result r;
    problem p = {1.5, 0, 0, 0};
    sciport_error *err = NULL;
    check_minimum(NULL, 1.5, NULL, 0, NULL, 1e-7);
    check_minimum("brent", 1.5, br3, 3, NULL, 1e-7);
    check_minimum("brent", -2.25, br2, 2, NULL, 1e-7);
    check_minimum("golden", 1.5, NULL, 0, NULL, 1e-7);
    check_minimum("golden", 0.75, br3, 3, NULL, 1e-7);
    check_minimum("bounded", 1.5, NULL, 0, bounds, 1e-5);
    check_minimum(NULL, 2.5, NULL, 0, bounds, 1e-5); /* bounds given: "bounded" */
    /* options NULL: SciPy's defaults (brent) */
    if (expect_ok(sciport_optimize_minimize_scalar(f_parabola, &p, NULL, &r, &err), &err,
                  "options NULL")) {
        CHECK(fabs(r.x - 1.5) < 1e-7 && r.nfev == p.f_calls, "options NULL: x %.17g", r.x);
    }
}

int main(void) {
    test_root_methods();
    test_struct_size();
    test_minimize_methods();
    return finish("test_optimize");
}
