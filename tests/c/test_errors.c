/*
 * Error paths of the C ABI: every status code the current API can produce
 * (null pointer, invalid argument, dimension mismatch, unknown name, callback,
 * allocation; internal errors cannot be triggered on purpose) is produced, each error
 * object carries that code and a non-empty message (naming the argument where
 * the wording is fixed by the boundary), err == NULL is accepted, and outputs
 * are left untouched on failure. Leaks of error objects are caught by ASan.
 */
#include "check.h"

#include <stdint.h>

#define SENTINEL 12345.0
#define N 8

static sciport_complex g_in[N], g_out[N];
static double g_rin[N], g_rout[N];
static size_t g_shape[1] = {N};
static ptrdiff_t g_stride[1] = {1};

static void reset_buffers(void) {
    size_t i;
    for (i = 0; i < N; i++) {
        g_in[i].re = (double)i;
        g_in[i].im = 0.5;
        g_rin[i] = (double)i;
        g_out[i].re = g_out[i].im = SENTINEL;
        g_rout[i] = SENTINEL;
    }
}

static int outputs_untouched(void) {
    size_t i;
    for (i = 0; i < N; i++) {
        if (g_out[i].re != SENTINEL || g_out[i].im != SENTINEL || g_rout[i] != SENTINEL) {
            return 0;
        }
    }
    return 1;
}

/* Checks the expected failure, that outputs are untouched, and frees the error. */
static void expect_fail(sciport_status st, sciport_error **err, sciport_status code,
                        const char *needle, const char *what) {
    expect_error(st, err, code, needle, what);
    CHECK(outputs_untouched(), "%s: output written on failure", what);
    reset_buffers();
}

/* A complex 1-D view of n elements at p (shape/stride from static storage). */
static sciport_cndarray cview(sciport_complex *p, size_t *shape) {
    sciport_cndarray v;
    v.data = p;
    v.ndim = 1;
    v.shape = shape;
    v.strides = g_stride;
    return v;
}

static sciport_ndarray rview(double *p, size_t *shape) {
    sciport_ndarray v;
    v.data = p;
    v.ndim = 1;
    v.shape = shape;
    v.strides = g_stride;
    return v;
}

static void test_null_pointers(void) {
    sciport_cndarray x = cview(g_in, g_shape), out = cview(g_out, g_shape);
    sciport_cndarray nodata = cview(NULL, g_shape);
    sciport_error *err = NULL;
    ptrdiff_t strides[1];
    sciport_ndarray v;
    reset_buffers();
    expect_fail(sciport_fft_fft(NULL, -1, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "x", "fft x NULL");
    expect_fail(sciport_fft_fft(&x, -1, -1, NULL, 0, NULL, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "out", "fft out NULL");
    expect_fail(sciport_fft_fft(&nodata, -1, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "x.data", "fft x.data NULL");
    expect_fail(sciport_fft_fftfreq(N, 1.0, NULL, N, &err), &err, SCIPORT_ERR_NULL_POINTER,
                "out", "fftfreq out NULL");
    expect_fail(sciport_fft_next_fast_len(10, false, NULL, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "out", "next_fast_len out NULL");
    expect_fail(sciport_ndarray_c_order(g_rout, 1, NULL, strides, &v, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "shape", "ndarray_c_order shape NULL");
    expect_fail(sciport_ndarray_f_order(g_rout, 1, g_shape, strides, NULL, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "out", "ndarray_f_order out NULL");
    expect_fail(sciport_fft_fftn(&x, NULL, 2, NULL, 0, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_NULL_POINTER, "s", "fftn s NULL with s_len 2");
}

static void test_invalid_arguments(void) {
    static const int64_t repeated[2] = {0, 0};
    static ptrdiff_t zero_stride[1] = {0};
    sciport_cndarray x = cview(g_in, g_shape), out = cview(g_out, g_shape);
    sciport_ndarray rx = rview(g_rin, g_shape), rout = rview(g_rout, g_shape);
    sciport_cndarray repeat = cview(g_out, g_shape);
    sciport_error *err = NULL;
    size_t fast = 0;
    ptrdiff_t strides[1];
    sciport_ndarray v;
    const char bad_utf8[] = {(char)0xff, (char)0xfe, 0};
    repeat.strides = zero_stride;
    reset_buffers();
    expect_fail(sciport_fft_fft(&x, 0, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fft n = 0");
    expect_fail(sciport_fft_fft(&x, -2, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fft n = -2");
    expect_fail(sciport_fft_fft(&x, -1, 1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fft axis 1 of 1-D");
    expect_fail(sciport_fft_fft(&x, -1, -2, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fft axis -2 of 1-D");
    expect_fail(sciport_fft_fft(&x, -1, -1, NULL, -1000000, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, "workers", "fft workers -1e6");
    expect_fail(sciport_fft_fft(&x, -1, -1, bad_utf8, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, "norm", "fft norm not UTF-8");
    expect_fail(sciport_fft_fft(&x, -1, -1, NULL, 0, &repeat, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, "out", "fft out zero stride");
    expect_fail(sciport_fft_dct(&rx, 5, -1, -1, NULL, 0, -1, &rout, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "dct type 5");
    expect_fail(sciport_fft_dst(&rx, 0, -1, -1, NULL, 0, -1, &rout, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "dst type 0");
    expect_fail(sciport_fft_idct(&rx, 2, -1, -1, NULL, 0, 2, &rout, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, "orthogonalize", "idct orthogonalize 2");
    expect_fail(sciport_fft_fftn(&x, NULL, 0, repeated, 2, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fftn repeated axes");
    expect_fail(sciport_fft_fftfreq(0, 1.0, g_rout, 0, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "fftfreq n = 0");
    expect_fail(sciport_fft_rfftfreq(N, 0.0, g_rout, N / 2 + 1, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "rfftfreq d = 0");
    expect_fail(sciport_fft_next_fast_len(SIZE_MAX, true, &fast, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, NULL, "next_fast_len SIZE_MAX");
    CHECK(fast == 0, "next_fast_len wrote %zu on failure", fast);
    expect_fail(sciport_ndarray_c_order(g_rout, 0, g_shape, strides, &v, &err), &err,
                SCIPORT_ERR_INVALID_ARGUMENT, "ndim", "ndarray_c_order ndim 0");
}

static void test_dimension_mismatch(void) {
    static size_t short_shape[1] = {N - 1}, half_shape[1] = {N / 2 + 1};
    static const int64_t s2[2] = {4, 4}, ax1[1] = {0};
    sciport_cndarray x = cview(g_in, g_shape), out = cview(g_out, g_shape);
    sciport_cndarray short_out = cview(g_out, short_shape), half = cview(g_out, half_shape);
    sciport_ndarray rx = rview(g_rin, g_shape), rshort = rview(g_rout, short_shape);
    sciport_error *err = NULL;
    reset_buffers();
    expect_fail(sciport_fft_fft(&x, -1, -1, NULL, 0, &short_out, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "fft out too short");
    expect_fail(sciport_fft_fft(&x, 4, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "fft n = 4, out 8");
    expect_fail(sciport_fft_rfft(&rx, -1, -1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "rfft out n instead of n/2+1");
    expect_fail(sciport_fft_irfft(&half, -1, -1, NULL, 0, &rshort, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "irfft out 7 instead of 8");
    expect_fail(sciport_fft_fftn(&x, s2, 2, ax1, 1, NULL, 0, &out, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "fftn len(s) != len(axes)");
    expect_fail(sciport_fft_fftfreq(N, 1.0, g_rout, N - 1, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "fftfreq out_len");
    expect_fail(sciport_fft_fftshift(&rx, NULL, 0, &rshort, &err), &err,
                SCIPORT_ERR_DIMENSION_MISMATCH, NULL, "fftshift shapes differ");
}

static void test_unknown_names(void) {
    sciport_cndarray x = cview(g_in, g_shape), out = cview(g_out, g_shape);
    sciport_ndarray rx = rview(g_rin, g_shape), rout = rview(g_rout, g_shape);
    sciport_error *err = NULL;
    reset_buffers();
    expect_fail(sciport_fft_fft(&x, -1, -1, "bogus", 0, &out, &err), &err,
                SCIPORT_ERR_UNKNOWN_NAME, "bogus", "fft norm bogus");
    expect_fail(sciport_fft_dctn(&rx, 2, NULL, 0, NULL, 0, "Ortho", 0, -1, &rout, &err), &err,
                SCIPORT_ERR_UNKNOWN_NAME, "norm", "dctn norm Ortho");
}

/* ------------------------------------------------------------ callbacks */

typedef struct {
    int calls;
    int fail_at;
    int32_t code;
} fail_state;

/* f(x) = x^2 - 2 that returns `code` on call number `fail_at`. */
static int32_t failing(double x, double *out, void *user_data) {
    fail_state *s = (fail_state *)user_data;
    if (++s->calls == s->fail_at) {
        return s->code;
    }
    *out = x * x - 2.0;
    return 0;
}

/* A derivative that always fails with code 99. */
static int32_t failing_derivative(double x, double *out, void *user_data) {
    (void)user_data;
    *out = x;
    return 99;
}

static int root_untouched(const sciport_root_results *r) {
    return r->root == SENTINEL && r->iterations == 77 && r->function_calls == 77 && r->flag == NULL;
}

static void test_root_scalar_errors(void) {
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    sciport_root_results r;
    sciport_error *err = NULL;
    fail_state s = {0, 3, 42};
    sciport_status st;
    r.root = SENTINEL;
    r.iterations = r.function_calls = 77;
    r.flag = NULL;
    o.method = "brentq";
    o.bracket[0] = 0.0;
    o.bracket[1] = 2.0;

    st = sciport_optimize_root_scalar(failing, &s, &o, &r, &err);
    CHECK(sciport_error_callback_code(err) == 42, "callback code %d, expected 42",
          (int)sciport_error_callback_code(err));
    CHECK(s.calls == 3, "solver went on after the callback failed: %d calls", s.calls);
    expect_error(st, &err, SCIPORT_ERR_CALLBACK, "42", "root_scalar callback 42");

    o.method = "newton";
    o.x0 = 1.0;
    o.fprime = failing_derivative;
    s.calls = 0;
    s.fail_at = 1000;
    st = sciport_optimize_root_scalar(failing, &s, &o, &r, &err);
    CHECK(sciport_error_callback_code(err) == 99, "fprime callback code %d, expected 99",
          (int)sciport_error_callback_code(err));
    expect_error(st, &err, SCIPORT_ERR_CALLBACK, "99", "root_scalar fprime 99");

    expect_error(sciport_optimize_root_scalar(NULL, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "f", "root_scalar f NULL");
    expect_error(sciport_optimize_root_scalar(failing, &s, &o, NULL, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "out", "root_scalar out NULL");
    o.method = "nope";
    expect_error(sciport_optimize_root_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "nope", "root_scalar method nope");
    o = sciport_optimize_root_scalar_options_default();
    o.bracket[0] = 2.0;
    o.bracket[1] = 3.0; /* f(2) = 2 and f(3) = 7: same sign */
    s.calls = 0;
    expect_error(sciport_optimize_root_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, NULL, "root_scalar bracket same sign");
    o.struct_size = 0;
    expect_error(sciport_optimize_root_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "struct_size", "root_scalar struct_size 0");
    expect_error(sciport_optimize_root_scalar(failing, &s, NULL, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, NULL, "root_scalar without bracket or x0");
    CHECK(root_untouched(&r), "root_scalar wrote its result on failure");
}

static void test_minimize_scalar_errors(void) {
    sciport_minimize_scalar_options o = sciport_optimize_minimize_scalar_options_default();
    sciport_minimize_scalar_result r;
    sciport_error *err = NULL;
    fail_state s = {0, 2, -5};
    sciport_status st;
    r.x = r.fun = SENTINEL;
    r.message = NULL;
    st = sciport_optimize_minimize_scalar(failing, &s, NULL, &r, &err);
    CHECK(sciport_error_callback_code(err) == -5, "callback code %d, expected -5",
          (int)sciport_error_callback_code(err));
    expect_error(st, &err, SCIPORT_ERR_CALLBACK, "-5", "minimize_scalar callback -5");
    o.method = "nope";
    expect_error(sciport_optimize_minimize_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_UNKNOWN_NAME, "nope", "minimize_scalar method nope");
    o.method = "bounded";
    expect_error(sciport_optimize_minimize_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, NULL, "minimize_scalar bounded without bounds");
    o.method = NULL;
    o.bracket_len = 4;
    expect_error(sciport_optimize_minimize_scalar(failing, &s, &o, &r, &err), &err,
                 SCIPORT_ERR_INVALID_ARGUMENT, "bracket_len", "minimize_scalar bracket_len 4");
    expect_error(sciport_optimize_minimize_scalar(NULL, &s, NULL, &r, &err), &err,
                 SCIPORT_ERR_NULL_POINTER, "f", "minimize_scalar f NULL");
    CHECK(r.x == SENTINEL && r.fun == SENTINEL && r.message == NULL,
          "minimize_scalar wrote its result on failure");
}

/* err == NULL is accepted: the status still comes back and nothing leaks. */
static void test_null_err_argument(void) {
    sciport_cndarray x = cview(g_in, g_shape), out = cview(g_out, g_shape);
    fail_state s = {0, 1, 7};
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    sciport_root_results r;
    reset_buffers();
    o.bracket[0] = 0.0;
    o.bracket[1] = 2.0;
    CHECK(sciport_fft_fft(NULL, -1, -1, NULL, 0, &out, NULL) == SCIPORT_ERR_NULL_POINTER,
          "NULL x with err NULL");
    CHECK(sciport_fft_fft(&x, -1, -1, "bogus", 0, &out, NULL) == SCIPORT_ERR_UNKNOWN_NAME,
          "bad norm with err NULL");
    CHECK(sciport_fft_fft(&x, 0, -1, NULL, 0, &out, NULL) == SCIPORT_ERR_INVALID_ARGUMENT,
          "n = 0 with err NULL");
    CHECK(sciport_optimize_root_scalar(failing, &s, &o, &r, NULL) == SCIPORT_ERR_CALLBACK,
          "callback failure with err NULL");
    CHECK(outputs_untouched(), "outputs written by failing calls with err NULL");
}

/* A successful call leaves *err untouched (NULL stays NULL). */
static void test_success_leaves_err_null(void) {
    sciport_error *err = NULL;
    size_t fast = 0;
    sciport_status st = sciport_fft_next_fast_len(7, false, &fast, &err);
    CHECK(st == SCIPORT_OK && err == NULL && fast == 7, "next_fast_len(7): status %d fast %zu",
          (int)st, fast);
    sciport_error_free(err);
}

/* An in-place call whose input copy cannot be allocated: a broadcast (stride 0)
 * input of 2^44 elements over the output's own buffer. */
static void test_allocation_failure(void) {
    static size_t huge[1] = {(size_t)1 << 44};
    static const ptrdiff_t zero[1] = {0};
    sciport_cndarray x = cview(g_out, huge), out = cview(g_out, g_shape);
    sciport_error *err = NULL;
    x.strides = zero;
    reset_buffers();
    expect_fail(sciport_fft_fft(&x, N, -1, NULL, 0, &out, &err), &err, SCIPORT_ERR_ALLOCATION,
                NULL, "fft in place with an unallocatable input copy");
}

int main(void) {
    test_allocation_failure();
    test_null_pointers();
    test_invalid_arguments();
    test_dimension_mismatch();
    test_unknown_names();
    test_root_scalar_errors();
    test_minimize_scalar_errors();
    test_null_err_argument();
    test_success_leaves_err_null();
    return finish("test_errors");
}
