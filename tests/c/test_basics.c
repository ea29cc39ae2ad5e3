/*
 * Runtime basics through the C ABI: version macros against sciport_version(),
 * sciport_status_str for every code, NULL-safe error accessors, the thread cap,
 * view constructors (C and Fortran order strides) and options defaults.
 */
#include "check.h"

#include <stdint.h>

static void test_version(void) {
    char expected[64];
    const char *v = sciport_version();
    snprintf(expected, sizeof expected, "%d.%d.%d", SCIPORT_VERSION_MAJOR, SCIPORT_VERSION_MINOR,
             SCIPORT_VERSION_PATCH);
    CHECK(v != NULL && strcmp(v, expected) == 0, "sciport_version() = %s, header says %s",
          v ? v : "(null)", expected);
}

static void test_status_strings(void) {
    static const int32_t codes[] = {
        SCIPORT_OK,           SCIPORT_ERR_NULL_POINTER, SCIPORT_ERR_INVALID_ARGUMENT,
        SCIPORT_ERR_DIMENSION_MISMATCH, SCIPORT_ERR_UNKNOWN_NAME, SCIPORT_ERR_DOMAIN,
        SCIPORT_ERR_SINGULAR, SCIPORT_ERR_CALLBACK,     SCIPORT_ERR_ALLOCATION,
        SCIPORT_ERR_INTERNAL, SCIPORT_ERR_FIT_FAILED};
    const size_t n = sizeof codes / sizeof codes[0];
    const char *unknown = sciport_status_str(1000);
    size_t i, j;
    CHECK(unknown != NULL && unknown[0] != '\0', "unknown code has no description");
    for (i = 0; i < n; i++) {
        const char *s = sciport_status_str(codes[i]);
        CHECK(codes[i] == (int32_t)i, "status codes are 0..10 in order; code %zu is %d", i,
              (int)codes[i]);
        CHECK(s != NULL && s[0] != '\0', "status %d has an empty description", (int)codes[i]);
        CHECK(s != NULL && strcmp(s, unknown) != 0, "status %d described as unknown",
              (int)codes[i]);
        for (j = 0; j < i; j++) {
            CHECK(strcmp(s, sciport_status_str(codes[j])) != 0,
                  "statuses %d and %d share the description \"%s\"", (int)codes[i],
                  (int)codes[j], s);
        }
    }
    CHECK(strcmp(sciport_status_str(-1), unknown) == 0, "-1 is not unknown");
    CHECK(strcmp(sciport_status_str(11), unknown) == 0, "11 is not unknown");
    CHECK(strcmp(sciport_status_str(INT32_MAX), unknown) == 0, "INT32_MAX is not unknown");
    CHECK(strcmp(sciport_status_str(INT32_MIN), unknown) == 0, "INT32_MIN is not unknown");
}

static void test_null_error_accessors(void) {
    const char *msg = sciport_error_message(NULL);
    sciport_error_free(NULL);
    CHECK(sciport_error_code(NULL) == SCIPORT_OK, "code(NULL) = %d",
          (int)sciport_error_code(NULL));
    CHECK(msg != NULL && msg[0] == '\0', "message(NULL) is not \"\"");
    CHECK(sciport_error_callback_code(NULL) == 0, "callback_code(NULL) = %d",
          (int)sciport_error_callback_code(NULL));
}

static void test_threads(void) {
    size_t initial = sciport_get_num_threads();
    CHECK(initial >= 1, "default thread cap %zu", initial);
    sciport_set_num_threads(3);
    CHECK(sciport_get_num_threads() == 3, "cap after set(3) is %zu", sciport_get_num_threads());
    sciport_set_num_threads(0);
    CHECK(sciport_get_num_threads() == initial, "cap after set(0) is %zu, expected %zu",
          sciport_get_num_threads(), initial);
}

static void test_nd_views(void) {
    static const size_t shape[3] = {2, 3, 4};
    double data[24];
    sciport_complex cdata[24];
    ptrdiff_t strides[3];
    sciport_ndarray v;
    sciport_cndarray cv;
    sciport_error *err = NULL;

    expect_ok(sciport_ndarray_c_order(data, 3, shape, strides, &v, &err), &err, "c_order");
    CHECK(strides[0] == 12 && strides[1] == 4 && strides[2] == 1, "C strides %td %td %td",
          strides[0], strides[1], strides[2]);
    CHECK(v.data == data && v.ndim == 3 && v.shape == shape && v.strides == strides,
          "C-order view fields");
    err = NULL;
    expect_ok(sciport_ndarray_f_order(data, 3, shape, strides, &v, &err), &err, "f_order");
    CHECK(strides[0] == 1 && strides[1] == 2 && strides[2] == 6, "F strides %td %td %td",
          strides[0], strides[1], strides[2]);
    err = NULL;
    expect_ok(sciport_cndarray_c_order(cdata, 3, shape, strides, &cv, &err), &err, "cc_order");
    CHECK(strides[0] == 12 && strides[1] == 4 && strides[2] == 1 && cv.data == cdata,
          "complex C strides %td %td %td", strides[0], strides[1], strides[2]);
    err = NULL;
    expect_ok(sciport_cndarray_f_order(cdata, 3, shape, strides, &cv, &err), &err, "cf_order");
    CHECK(strides[0] == 1 && strides[1] == 2 && strides[2] == 6 && cv.ndim == 3,
          "complex F strides %td %td %td", strides[0], strides[1], strides[2]);
}

static void test_small_views(void) {
    double data[6];
    sciport_complex cdata[6];
    sciport_mat m = sciport_mat_c_order(data, 2, 3);
    sciport_cmat cm = sciport_cmat_f_order(cdata, 2, 3);
    sciport_vec v = sciport_vec_contiguous(data, 6);
    sciport_cvec cv = sciport_cvec_contiguous(cdata, 6);
    CHECK(m.data == data && m.nrows == 2 && m.ncols == 3 && m.row_stride == 3 &&
              m.col_stride == 1,
          "mat_c_order strides %td %td", m.row_stride, m.col_stride);
    m = sciport_mat_f_order(data, 2, 3);
    CHECK(m.row_stride == 1 && m.col_stride == 2, "mat_f_order strides %td %td", m.row_stride,
          m.col_stride);
    CHECK(cm.data == cdata && cm.row_stride == 1 && cm.col_stride == 2,
          "cmat_f_order strides %td %td", cm.row_stride, cm.col_stride);
    cm = sciport_cmat_c_order(cdata, 2, 3);
    CHECK(cm.row_stride == 3 && cm.col_stride == 1, "cmat_c_order strides %td %td",
          cm.row_stride, cm.col_stride);
    CHECK(v.data == data && v.len == 6 && v.stride == 1, "vec_contiguous");
    CHECK(cv.data == cdata && cv.len == 6 && cv.stride == 1, "cvec_contiguous");
}

static void test_option_defaults(void) {
    sciport_root_scalar_options r = sciport_optimize_root_scalar_options_default();
    sciport_minimize_scalar_options m = sciport_optimize_minimize_scalar_options_default();
    CHECK(r.struct_size == sizeof r, "root options struct_size %zu != %zu", r.struct_size,
          sizeof r);
    CHECK(r.method == NULL && r.fprime == NULL && r.fprime2 == NULL, "root options pointers");
    CHECK(isnan(r.bracket[0]) && isnan(r.bracket[1]) && isnan(r.x0) && isnan(r.x1),
          "root options bracket/x0/x1 not NaN");
    CHECK(isnan(r.xtol) && isnan(r.rtol) && r.maxiter == -1, "root options tolerances");
    CHECK(m.struct_size == sizeof m, "minimize options struct_size %zu != %zu", m.struct_size,
          sizeof m);
    CHECK(m.method == NULL && m.bracket_len == 0, "minimize options method/bracket");
    CHECK(isnan(m.bounds[0]) && isnan(m.bounds[1]) && isnan(m.tol), "minimize options NaNs");
    CHECK(isnan(m.xatol) && m.maxiter == -1, "minimize options xatol %g maxiter %lld", m.xatol,
          (long long)m.maxiter);
}

int main(void) {
    test_version();
    test_status_strings();
    test_null_error_accessors();
    test_threads();
    test_nd_views();
    test_small_views();
    test_option_defaults();
    return finish("test_basics");
}
