/*
 * Minimal test harness shared by the C tests in tests/c/ (C99, header only).
 *
 * Every C test program counts its checks with CHECK, prints
 * "<name>: N passed, M failed" from finish() and exits non-zero on failure.
 * Helpers here also build strided views and compute reference transforms
 * straight from their mathematical definitions (naive O(n^2) sums).
 */
#ifndef SCIPORT_TESTS_CHECK_H
#define SCIPORT_TESTS_CHECK_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sciport.h"

static int g_passed = 0;
static int g_failed = 0;

/* CHECK(condition, printf-format, args...): counts one check; on failure prints
 * the location, the condition and the formatted detail to stderr. */
#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (cond) {                                                        \
            g_passed++;                                                    \
        } else {                                                           \
            g_failed++;                                                    \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
        }                                                                  \
    } while (0)

#define TEST_PI 3.14159265358979323846

/* Prints the summary line and returns the process exit code. */
static inline int finish(const char *name) {
    printf("%s: %d passed, %d failed\n", name, g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}

/* Checks a call succeeded; on failure prints the error's message. Frees *err
 * and resets it to NULL. `err` is passed by address so that it is read only
 * after the call that fills it (argument evaluation order is unspecified). */
static inline int expect_ok(sciport_status st, sciport_error **err, const char *what) {
    CHECK(st == SCIPORT_OK, "%s: status %d (%s): %s", what, (int)st,
          sciport_status_str(st), sciport_error_message(*err));
    CHECK(*err == NULL, "%s: error object set on success", what);
    sciport_error_free(*err);
    *err = NULL;
    return st == SCIPORT_OK;
}

/* Checks a call failed with `expected`, that the error object carries the same
 * code and a non-empty message containing `needle` (when not NULL); frees *err
 * and resets it to NULL. */
static inline void expect_error(sciport_status st, sciport_error **err, sciport_status expected,
                                const char *needle, const char *what) {
    const char *msg = sciport_error_message(*err);
    CHECK(st == expected, "%s: status %d, expected %d (message: %s)", what, (int)st,
          (int)expected, msg);
    CHECK(*err != NULL, "%s: no error object", what);
    CHECK(sciport_error_code(*err) == expected, "%s: error code %d, expected %d", what,
          (int)sciport_error_code(*err), (int)expected);
    CHECK(msg != NULL && msg[0] != '\0', "%s: empty message", what);
    if (needle != NULL) {
        CHECK(msg != NULL && strstr(msg, needle) != NULL, "%s: message \"%s\" lacks \"%s\"",
              what, msg, needle);
    }
    sciport_error_free(*err);
    *err = NULL;
}

/* Deterministic pseudo-random doubles in [-1, 1) (64-bit LCG). */
static inline double test_random(unsigned long long *state) {
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*state >> 11) / 4503599627370496.0 - 1.0;
}

/* Offset of the multi-index `idx` in a strided layout. */
static inline ptrdiff_t offset_of(size_t ndim, const size_t *idx, const ptrdiff_t *strides) {
    ptrdiff_t off = 0;
    size_t k;
    for (k = 0; k < ndim; k++) {
        off += (ptrdiff_t)idx[k] * strides[k];
    }
    return off;
}

/* Advances a C-order multi-index; returns 0 after the last element. */
static inline int next_index(size_t ndim, const size_t *shape, size_t *idx) {
    size_t k = ndim;
    while (k > 0) {
        k--;
        if (++idx[k] < shape[k]) {
            return 1;
        }
        idx[k] = 0;
    }
    return 0;
}

static inline size_t total_size(size_t ndim, const size_t *shape) {
    size_t n = 1, k;
    for (k = 0; k < ndim; k++) {
        n *= shape[k];
    }
    return n;
}

/* Largest |a - b| over all elements of two complex views of the same shape,
 * divided by max(1, largest |b|). */
static inline double cview_rel_diff(const sciport_cndarray *a, const sciport_cndarray *b) {
    size_t idx[8] = {0};
    double diff = 0.0, scale = 1.0;
    if (total_size(a->ndim, a->shape) == 0) {
        return 0.0;
    }
    do {
        const sciport_complex *p = a->data + offset_of(a->ndim, idx, a->strides);
        const sciport_complex *q = b->data + offset_of(b->ndim, idx, b->strides);
        double d = hypot(p->re - q->re, p->im - q->im);
        double m = hypot(q->re, q->im);
        diff = d > diff ? d : diff;
        scale = m > scale ? m : scale;
    } while (next_index(a->ndim, a->shape, idx));
    return diff / scale;
}

/* As cview_rel_diff for real views. */
static inline double rview_rel_diff(const sciport_ndarray *a, const sciport_ndarray *b) {
    size_t idx[8] = {0};
    double diff = 0.0, scale = 1.0;
    if (total_size(a->ndim, a->shape) == 0) {
        return 0.0;
    }
    do {
        double p = a->data[offset_of(a->ndim, idx, a->strides)];
        double q = b->data[offset_of(b->ndim, idx, b->strides)];
        diff = fabs(p - q) > diff ? fabs(p - q) : diff;
        scale = fabs(q) > scale ? fabs(q) : scale;
    } while (next_index(a->ndim, a->shape, idx));
    return diff / scale;
}

/* Scale factor of the forward (inverse = 0) or inverse (inverse = 1) transform
 * of length n under SciPy's norm ("backward", "ortho", "forward"). */
static inline double norm_factor(const char *norm, size_t n, int inverse) {
    if (norm == NULL || strcmp(norm, "backward") == 0) {
        return inverse ? 1.0 / (double)n : 1.0;
    }
    if (strcmp(norm, "ortho") == 0) {
        return 1.0 / sqrt((double)n);
    }
    return inverse ? 1.0 : 1.0 / (double)n;
}

/* Naive DFT along `axis` of a complex view `x` into the view `y` (same rank;
 * y's extent along the axis is the output length m; x is zero-padded or
 * truncated to m): y_k = scale * sum_j x_j exp(sign * 2 pi i j k / m). */
static inline void naive_dft_axis(const sciport_cndarray *x, const sciport_cndarray *y,
                                  size_t axis, int sign, double scale) {
    size_t idx[8] = {0}, src[8];
    size_t m = y->shape[axis], nin = x->shape[axis], j;
    do {
        double re = 0.0, im = 0.0;
        size_t k = idx[axis];
        memcpy(src, idx, sizeof idx);
        for (j = 0; j < m && j < nin; j++) {
            const sciport_complex *p;
            double ang = sign * 2.0 * TEST_PI * (double)((j * k) % m) / (double)m;
            src[axis] = j;
            p = x->data + offset_of(x->ndim, src, x->strides);
            re += p->re * cos(ang) - p->im * sin(ang);
            im += p->re * sin(ang) + p->im * cos(ang);
        }
        y->data[offset_of(y->ndim, idx, y->strides)].re = scale * re;
        y->data[offset_of(y->ndim, idx, y->strides)].im = scale * im;
    } while (next_index(y->ndim, y->shape, idx));
}

/* Term j of output k of the unnormalised ("backward") DCT (dst = 0) or DST
 * (dst = 1) of type 1-4 of length n, from the definitions in SciPy's docs. */
static inline double naive_trig_term(int dst, int type, size_t n, size_t k, size_t j, double xj) {
    double a = (double)k, b = (double)j, N = (double)n;
    if (!dst) {
        switch (type) {
        case 1:
            if (j == 0) return xj;
            if (j == n - 1) return (k % 2 == 0 ? 1.0 : -1.0) * xj;
            return 2.0 * xj * cos(TEST_PI * a * b / (N - 1.0));
        case 2: return 2.0 * xj * cos(TEST_PI * a * (2.0 * b + 1.0) / (2.0 * N));
        case 3:
            if (j == 0) return xj;
            return 2.0 * xj * cos(TEST_PI * b * (2.0 * a + 1.0) / (2.0 * N));
        default: return 2.0 * xj * cos(TEST_PI * (2.0 * a + 1.0) * (2.0 * b + 1.0) / (4.0 * N));
        }
    }
    switch (type) {
    case 1: return 2.0 * xj * sin(TEST_PI * (a + 1.0) * (b + 1.0) / (N + 1.0));
    case 2: return 2.0 * xj * sin(TEST_PI * (a + 1.0) * (2.0 * b + 1.0) / (2.0 * N));
    case 3:
        if (j == n - 1) return (k % 2 == 0 ? 1.0 : -1.0) * xj;
        return 2.0 * xj * sin(TEST_PI * (2.0 * a + 1.0) * (b + 1.0) / (2.0 * N));
    default: return 2.0 * xj * sin(TEST_PI * (2.0 * a + 1.0) * (2.0 * b + 1.0) / (4.0 * N));
    }
}

/* Naive unnormalised DCT/DST along `axis` of real view x into real view y of
 * the same shape. */
static inline void naive_trig_axis(const sciport_ndarray *x, const sciport_ndarray *y,
                                   size_t axis, int dst, int type) {
    size_t idx[8] = {0}, src[8];
    size_t n = x->shape[axis], j;
    do {
        double acc = 0.0;
        memcpy(src, idx, sizeof idx);
        for (j = 0; j < n; j++) {
            src[axis] = j;
            acc += naive_trig_term(dst, type, n, idx[axis], j,
                                   x->data[offset_of(x->ndim, src, x->strides)]);
        }
        y->data[offset_of(y->ndim, idx, y->strides)] = acc;
    } while (next_index(y->ndim, y->shape, idx));
}

#endif /* SCIPORT_TESTS_CHECK_H */
