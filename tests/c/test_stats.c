/*
 * scipy.stats' frozen distributions used from C: a located and scaled
 * normal distribution's pointwise methods over a strided view, its
 * statistics, fit and expect (with a callback), and every argument error
 * leaving the outputs untouched. Expected values are exact identities of
 * the normal distribution (cdf(loc) = 1/2, pdf(loc) = 1/(scale √(2π)),
 * E[X²] = loc² + scale², the sample mean and RMS deviation as MLE, ...).
 */
#include "check.h"

#include <stddef.h>

#define SENTINEL 12345.0

static sciport_ndarray vec1(double *p, size_t *shape, ptrdiff_t *stride) {
    sciport_ndarray v;
    v.data = p;
    v.ndim = 1;
    v.shape = shape;
    v.strides = stride;
    return v;
}

static int close_to(double got, double want, double rtol) {
    return fabs(got - want) <= rtol * fabs(want);
}

static sciport_dist *make_norm(double loc, double scale) {
    sciport_dist *d = NULL;
    sciport_error *err = NULL;
    expect_ok(sciport_stats_dist_new("norm", NULL, 0, loc, scale, &d, &err), &err, "new norm");
    return d;
}

static void pointwise_methods(void) {
    /* Every other element of x: a strided input view. */
    double x[6] = {1.5, -1.0, -INFINITY, -1.0, NAN, -1.0};
    double out[3];
    size_t n[1] = {3};
    ptrdiff_t two[1] = {2}, one[1] = {1};
    sciport_ndarray xv = vec1(x, n, two), ov = vec1(out, n, one);
    sciport_error *err = NULL;
    sciport_dist *d = make_norm(1.5, 2.5);

    if (expect_ok(sciport_stats_dist_cdf(d, &xv, &ov, &err), &err, "cdf")) {
        CHECK(out[0] == 0.5 && out[1] == 0.0 && isnan(out[2]), "cdf = %g %g %g", out[0], out[1],
              out[2]);
    }
    if (expect_ok(sciport_stats_dist_pdf(d, &xv, &ov, &err), &err, "pdf")) {
        CHECK(close_to(out[0], 1.0 / (2.5 * sqrt(2 * TEST_PI)), 1e-15), "pdf(loc) = %.17g",
              out[0]);
    }
    if (expect_ok(sciport_stats_dist_sf(d, &xv, &ov, &err), &err, "sf")) {
        CHECK(out[0] == 0.5 && out[1] == 1.0, "sf = %g %g", out[0], out[1]);
    }
    {
        double q[3] = {0.5, 0.0, 1.0};
        sciport_ndarray qv = vec1(q, n, one);
        if (expect_ok(sciport_stats_dist_ppf(d, &qv, &ov, &err), &err, "ppf")) {
            CHECK(out[0] == 1.5 && isinf(out[1]) && out[1] < 0 && isinf(out[2]) && out[2] > 0,
                  "ppf = %g %g %g", out[0], out[1], out[2]);
        }
    }
    /* In place: x and out share memory. */
    {
        double y[2] = {1.5, INFINITY};
        size_t n2[1] = {2};
        sciport_ndarray yv = vec1(y, n2, one);
        if (expect_ok(sciport_stats_dist_logcdf(d, &yv, &yv, &err), &err, "logcdf in place")) {
            CHECK(close_to(y[0], log(0.5), 1e-15) && y[1] == 0.0, "logcdf = %g %g", y[0], y[1]);
        }
    }
    sciport_stats_dist_free(d);
}

static void statistics(void) {
    sciport_dist *d = make_norm(1.5, 2.5);
    sciport_error *err = NULL;
    double m = SENTINEL, v = SENTINEL, k = SENTINEL, lo, hi, value;

    if (expect_ok(sciport_stats_dist_stats(d, &m, &v, NULL, &k, &err), &err, "stats")) {
        CHECK(m == 1.5 && v == 6.25 && k == 0.0, "stats = %g %g %g", m, v, k);
    }
    if (expect_ok(sciport_stats_dist_std(d, &value, &err), &err, "std")) {
        CHECK(value == 2.5, "std = %g", value);
    }
    if (expect_ok(sciport_stats_dist_moment(d, 2, &value, &err), &err, "moment")) {
        CHECK(close_to(value, 1.5 * 1.5 + 6.25, 1e-15), "moment(2) = %.17g", value);
    }
    if (expect_ok(sciport_stats_dist_entropy(d, &value, &err), &err, "entropy")) {
        CHECK(close_to(value, 0.5 * (log(2 * TEST_PI) + 1) + log(2.5), 1e-15), "entropy = %.17g",
              value);
    }
    if (expect_ok(sciport_stats_dist_interval(d, 0.0, &lo, &hi, &err), &err, "interval")) {
        CHECK(lo == 1.5 && hi == 1.5, "interval(0) = %g %g", lo, hi);
    }
    if (expect_ok(sciport_stats_dist_support(d, &lo, &hi, &err), &err, "support")) {
        CHECK(isinf(lo) && lo < 0 && isinf(hi) && hi > 0, "support = %g %g", lo, hi);
    }
    sciport_stats_dist_free(d);
}

static int32_t square(double x, double *out, void *user_data) {
    (void)user_data;
    *out = x * x;
    return 0;
}

static int32_t refuse(double x, double *out, void *user_data) {
    (void)x;
    (void)out;
    ++*(int *)user_data;
    return 42;
}

static void fit_and_expect(void) {
    double data[4] = {1.0, 2.0, 3.0, 4.0}, bad[2] = {1.0, NAN};
    double loc = SENTINEL, scale = SENTINEL, value = SENTINEL;
    sciport_error *err = NULL;
    sciport_dist *d = make_norm(1.5, 2.5);
    sciport_dist_fit_options fo = sciport_stats_dist_fit_options_default();
    sciport_dist_expect_options eo = sciport_stats_dist_expect_options_default();
    int calls = 0;

    if (expect_ok(sciport_stats_dist_fit("norm", data, 4, NULL, NULL, 0, &loc, &scale, &err), &err,
                  "fit")) {
        CHECK(loc == 2.5 && close_to(scale, sqrt(1.25), 1e-15), "fit = %g %g", loc, scale);
    }
    fo.floc = 0.0;
    if (expect_ok(sciport_stats_dist_fit("norm", data, 4, &fo, NULL, 0, &loc, &scale, &err), &err,
                  "fit floc")) {
        CHECK(loc == 0.0 && close_to(scale, sqrt(7.5), 1e-15), "fit floc=0: %g %g", loc, scale);
    }
    fo.fscale = 1.0;
    loc = scale = SENTINEL;
    expect_error(sciport_stats_dist_fit("norm", data, 4, &fo, NULL, 0, &loc, &scale, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "All parameters fixed", "fit all fixed");
    expect_error(sciport_stats_dist_fit("norm", bad, 2, NULL, NULL, 0, &loc, &scale, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "non-finite", "fit NaN data");
    fo = sciport_stats_dist_fit_options_default();
    fo.method = "moments";
    expect_error(sciport_stats_dist_fit("norm", data, 4, &fo, NULL, 0, &loc, &scale, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "MLE", "fit unknown method");
    CHECK(loc == SENTINEL && scale == SENTINEL, "fit outputs touched on error: %g %g", loc, scale);
    /* An older, shorter options struct is read up to its size; a size that
     * cuts a field in two is refused. */
    fo = sciport_stats_dist_fit_options_default();
    fo.floc = 0.0; /* beyond the shortened struct: ignored */
    fo.struct_size = offsetof(sciport_dist_fit_options, floc);
    if (expect_ok(sciport_stats_dist_fit("norm", data, 4, &fo, NULL, 0, &loc, &scale, &err), &err,
                  "fit short options")) {
        CHECK(loc == 2.5, "fit with a prefix of the options: loc %g", loc);
    }
    fo.struct_size = offsetof(sciport_dist_fit_options, floc) + 4;
    expect_error(sciport_stats_dist_fit("norm", data, 4, &fo, NULL, 0, &loc, &scale, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "struct_size", "fit torn options");

    if (expect_ok(sciport_stats_dist_expect(d, square, NULL, NULL, &value, &err), &err,
                  "expect x^2")) {
        CHECK(close_to(value, 1.5 * 1.5 + 6.25, 1e-10), "E[X^2] = %.17g", value);
    }
    eo.lb = 1.5;
    eo.conditional = true;
    if (expect_ok(sciport_stats_dist_expect(d, NULL, NULL, &eo, &value, &err), &err,
                  "expect conditional")) {
        /* E[X | X > loc] = loc + scale sqrt(2/pi). */
        CHECK(close_to(value, 1.5 + 2.5 * sqrt(2 / TEST_PI), 1e-10), "E[X|X>loc] = %.17g", value);
    }
    value = SENTINEL;
    expect_error(sciport_stats_dist_expect(d, refuse, &calls, NULL, &value, &err), &err,
                 SCIPORT_ERR_CALLBACK, "42", "expect failing callback");
    CHECK(calls == 1 && value == SENTINEL, "callback calls %d, out %g", calls, value);
    sciport_stats_dist_free(d);
}

static void argument_errors(void) {
    double x[2] = {0.0, 1.0}, out[2] = {SENTINEL, SENTINEL}, shape = 1.0, value = SENTINEL;
    size_t n[1] = {2};
    ptrdiff_t one[1] = {1};
    sciport_ndarray xv = vec1(x, n, one), ov = vec1(out, n, one);
    sciport_error *err = NULL;
    sciport_dist *d = NULL;
    const char *shapes = NULL;
    size_t count = 99;
    bool discrete = true;

    expect_error(sciport_stats_dist_new(NULL, NULL, 0, 0.0, 1.0, &d, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "name", "new NULL name");
    expect_error(sciport_stats_dist_new("gauss", NULL, 0, 0.0, 1.0, &d, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "norm", "new unknown name");
    expect_error(sciport_stats_dist_new("norm", &shape, 1, 0.0, 1.0, &d, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "shape", "new wrong shape count");
    CHECK(d == NULL, "dist written on error");
    if (expect_ok(sciport_stats_dist_family("norm", &shapes, &count, &discrete, &err), &err,
                  "family")) {
        CHECK(strcmp(shapes, "") == 0 && count == 0 && !discrete, "family = \"%s\" %zu %d",
              shapes, count, (int)discrete);
    }
    CHECK(strstr(sciport_stats_dist_names(), "norm") != NULL, "names = %s",
          sciport_stats_dist_names());

    d = make_norm(0.0, 1.0);
    expect_error(sciport_stats_dist_pmf(d, &xv, &ov, &err), &err, SCIPORT_ERR_INVALID_ARGUMENT,
                 "pdf", "pmf on norm");
    expect_error(sciport_stats_dist_cdf(NULL, &xv, &ov, &err), &err, SCIPORT_ERR_NULL_POINTER,
                 "dist", "cdf NULL dist");
    expect_error(sciport_stats_dist_cdf(d, NULL, &ov, &err), &err, SCIPORT_ERR_NULL_POINTER, "x",
                 "cdf NULL x");
    CHECK(out[0] == SENTINEL && out[1] == SENTINEL, "out touched on error");
    expect_error(sciport_stats_dist_moment(d, -1, &value, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "Moment must be positive", "moment(-1)");
    expect_error(sciport_stats_dist_interval(d, 1.5, &value, &value, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "between 0 and 1", "interval(1.5)");
    expect_error(sciport_stats_dist_mean(d, NULL, &err), &err, SCIPORT_ERR_NULL_POINTER, "out",
                 "mean NULL out");
    CHECK(value == SENTINEL, "value touched on error");
    sciport_stats_dist_free(d);
    sciport_stats_dist_free(NULL);

    /* Invalid parameters are values: NaN everywhere, as in SciPy. */
    d = make_norm(0.0, -1.0);
    if (expect_ok(sciport_stats_dist_cdf(d, &xv, &ov, &err), &err, "cdf scale<0")) {
        CHECK(isnan(out[0]) && isnan(out[1]), "cdf with scale -1 = %g %g", out[0], out[1]);
    }
    sciport_stats_dist_free(d);
}

int main(void) {
    pointwise_methods();
    statistics();
    fit_and_expect();
    argument_errors();
    return finish("test_stats");
}
