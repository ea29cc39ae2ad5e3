/*
 * The fft area through the C ABI, checked against mathematics: naive O(n^2)
 * DFT/DCT/DST sums, analytic spectra (a pure cosine has two spikes of n/2),
 * round trips (fft/ifft, rfft/irfft, hfft/ihfft, dct/idct, dst/idst and their
 * N-D forms) on C-order and Fortran-order 2-D and 3-D arrays, fftfreq and
 * fftshift by their formulas, next_fast_len by brute force, in-place and
 * negative-stride views, and worker counts.
 */
#include "check.h"

#include <stdint.h>

#define TOL 1e-12
#define MAXD 4

static const char *const NORMS[] = {NULL, "backward", "ortho", "forward"};
#define NNORMS 4

/* An owned complex array with a view built by sciport's C/F-order constructors. */
typedef struct {
    sciport_complex *buf;
    size_t shape[MAXD];
    ptrdiff_t strides[MAXD];
    sciport_cndarray v;
} carr;

/* An owned real array with its view. */
typedef struct {
    double *buf;
    size_t shape[MAXD];
    ptrdiff_t strides[MAXD];
    sciport_ndarray v;
} rarr;

static void carr_init(carr *a, size_t ndim, const size_t *shape, int fortran) {
    sciport_error *err = NULL;
    sciport_status st;
    size_t n = total_size(ndim, shape);
    memcpy(a->shape, shape, ndim * sizeof *shape);
    a->buf = (sciport_complex *)calloc(n ? n : 1, sizeof *a->buf);
    st = fortran ? sciport_cndarray_f_order(a->buf, ndim, a->shape, a->strides, &a->v, &err)
                 : sciport_cndarray_c_order(a->buf, ndim, a->shape, a->strides, &a->v, &err);
    expect_ok(st, &err, "cndarray constructor");
}

static void rarr_init(rarr *a, size_t ndim, const size_t *shape, int fortran) {
    sciport_error *err = NULL;
    sciport_status st;
    size_t n = total_size(ndim, shape);
    memcpy(a->shape, shape, ndim * sizeof *shape);
    a->buf = (double *)calloc(n ? n : 1, sizeof *a->buf);
    st = fortran ? sciport_ndarray_f_order(a->buf, ndim, a->shape, a->strides, &a->v, &err)
                 : sciport_ndarray_c_order(a->buf, ndim, a->shape, a->strides, &a->v, &err);
    expect_ok(st, &err, "ndarray constructor");
}

/* Shape of `a` with the extent of `axis` replaced by m (a fresh array). */
static void carr_like(carr *out, const sciport_cndarray *a, size_t axis, size_t m, int fortran) {
    size_t shape[MAXD];
    memcpy(shape, a->shape, a->ndim * sizeof *shape);
    shape[axis] = m;
    carr_init(out, a->ndim, shape, fortran);
}

static void rarr_like(rarr *out, size_t ndim, const size_t *shape_in, size_t axis, size_t m,
                      int fortran) {
    size_t shape[MAXD];
    memcpy(shape, shape_in, ndim * sizeof *shape);
    shape[axis] = m;
    rarr_init(out, ndim, shape, fortran);
}

/* Fills a complex array with values that depend only on the logical index. */
static void carr_fill(carr *a, unsigned long long seed) {
    size_t idx[8] = {0};
    do {
        sciport_complex *p = a->v.data + offset_of(a->v.ndim, idx, a->v.strides);
        p->re = test_random(&seed);
        p->im = test_random(&seed);
    } while (next_index(a->v.ndim, a->v.shape, idx));
}

static void rarr_fill(rarr *a, unsigned long long seed) {
    size_t idx[8] = {0};
    do {
        a->v.data[offset_of(a->v.ndim, idx, a->v.strides)] = test_random(&seed);
    } while (next_index(a->v.ndim, a->v.shape, idx));
}

/* Copies the real view r into the complex array c (imaginary parts 0). */
static void real_to_complex(const sciport_ndarray *r, const sciport_cndarray *c) {
    size_t idx[8] = {0};
    do {
        sciport_complex *p = c->data + offset_of(c->ndim, idx, c->strides);
        p->re = r->data[offset_of(r->ndim, idx, r->strides)];
        p->im = 0.0;
    } while (next_index(r->ndim, r->shape, idx));
}

/* Logical copy of a complex view into another of the same shape. */
static void ccopy(const sciport_cndarray *src, const sciport_cndarray *dst) {
    size_t idx[8] = {0};
    do {
        dst->data[offset_of(dst->ndim, idx, dst->strides)] =
            src->data[offset_of(src->ndim, idx, src->strides)];
    } while (next_index(src->ndim, src->shape, idx));
}

/* Logical copy of a real view into another of the same shape. */
static void rcopy(const sciport_ndarray *src, const sciport_ndarray *dst) {
    size_t idx[8] = {0};
    do {
        dst->data[offset_of(dst->ndim, idx, dst->strides)] =
            src->data[offset_of(src->ndim, idx, src->strides)];
    } while (next_index(src->ndim, src->shape, idx));
}

/* Naive N-D DFT of x over `axes` with output lengths `lens` (NULL = x's
 * lengths; x is zero-padded or truncated), normalisation `norm`, into the
 * fresh array `out` (C order). */
static void naive_dftn(const sciport_cndarray *x, const size_t *axes, size_t naxes,
                       const size_t *lens, int sign, const char *norm, carr *out) {
    carr cur;
    size_t k;
    carr_init(&cur, x->ndim, x->shape, 0);
    ccopy(x, &cur.v);
    for (k = 0; k < naxes; k++) {
        size_t m = lens ? lens[k] : x->shape[axes[k]];
        carr next;
        carr_like(&next, &cur.v, axes[k], m, 0);
        naive_dft_axis(&cur.v, &next.v, axes[k], sign, norm_factor(norm, m, sign > 0));
        free(cur.buf);
        cur = next;
        cur.v.shape = cur.shape; /* the view must point into the moved struct */
        cur.v.strides = cur.strides;
    }
    *out = cur;
    out->v.shape = out->shape;
    out->v.strides = out->strides;
}

/* ---------------------------------------------------------------- analytic */

static void test_cosine_spikes(void) {
    enum { N = 16, K = 3 };
    size_t shape[1] = {N}, rshape[1] = {N / 2 + 1}, j;
    carr x, y, ry;
    rarr rx;
    sciport_error *err = NULL;
    carr_init(&x, 1, shape, 0);
    carr_init(&y, 1, shape, 0);
    rarr_init(&rx, 1, shape, 0);
    carr_init(&ry, 1, rshape, 0);
    for (j = 0; j < N; j++) {
        x.buf[j].re = rx.buf[j] = cos(2.0 * TEST_PI * K * (double)j / N);
    }
    if (expect_ok(sciport_fft_fft(&x.v, -1, -1, NULL, 0, &y.v, &err), &err, "fft cosine")) {
        for (j = 0; j < N; j++) {
            double want = (j == K || j == N - K) ? N / 2.0 : 0.0;
            CHECK(fabs(y.buf[j].re - want) < 1e-12 * N && fabs(y.buf[j].im) < 1e-12 * N,
                  "fft(cos)[%zu] = %g%+gi, expected %g", j, y.buf[j].re, y.buf[j].im, want);
        }
    }
    err = NULL;
    if (expect_ok(sciport_fft_rfft(&rx.v, -1, 0, "backward", 0, &ry.v, &err), &err,
                  "rfft cosine")) {
        for (j = 0; j <= N / 2; j++) {
            double want = j == K ? N / 2.0 : 0.0;
            CHECK(fabs(ry.buf[j].re - want) < 1e-12 * N && fabs(ry.buf[j].im) < 1e-12 * N,
                  "rfft(cos)[%zu] = %g%+gi, expected %g", j, ry.buf[j].re, ry.buf[j].im, want);
        }
    }
    free(x.buf);
    free(y.buf);
    free(rx.buf);
    free(ry.buf);
}

static void test_dct_of_constant(void) {
    enum { N = 8 };
    size_t shape[1] = {N}, j;
    rarr x, y;
    sciport_error *err = NULL;
    rarr_init(&x, 1, shape, 0);
    rarr_init(&y, 1, shape, 1);
    for (j = 0; j < N; j++) {
        x.buf[j] = 1.0;
    }
    /* DCT-II of ones: y_0 = 2N, every other coefficient 0. */
    if (expect_ok(sciport_fft_dct(&x.v, 2, -1, -1, NULL, 0, -1, &y.v, &err), &err, "dct ones")) {
        for (j = 0; j < N; j++) {
            double want = j == 0 ? 2.0 * N : 0.0;
            CHECK(fabs(y.buf[j] - want) < 1e-12 * N, "dct(ones)[%zu] = %g, expected %g", j,
                  y.buf[j], want);
        }
    }
    free(x.buf);
    free(y.buf);
}

/* ------------------------------------------------------------- 1-D vs naive */

static void check_fft_1d(size_t len, long long n, const char *norm, int inverse) {
    size_t shape[1] = {len}, m = n < 0 ? len : (size_t)n;
    carr x, y, want;
    sciport_error *err = NULL;
    sciport_status st;
    carr_init(&x, 1, shape, 0);
    carr_like(&y, &x.v, 0, m, 0);
    carr_like(&want, &x.v, 0, m, 0);
    carr_fill(&x, 1000 + len);
    st = inverse ? sciport_fft_ifft(&x.v, n, 0, norm, 0, &y.v, &err)
                 : sciport_fft_fft(&x.v, n, 0, norm, 0, &y.v, &err);
    if (expect_ok(st, &err, inverse ? "ifft 1-D" : "fft 1-D")) {
        double d;
        naive_dft_axis(&x.v, &want.v, 0, inverse ? 1 : -1, norm_factor(norm, m, inverse));
        d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "%s len %zu n %lld norm %s: rel diff %g", inverse ? "ifft" : "fft", len, n,
              norm ? norm : "NULL", d);
    }
    free(x.buf);
    free(y.buf);
    free(want.buf);
}

static void test_fft_1d_vs_naive(void) {
    static const size_t lens[] = {1, 2, 7, 12, 17};
    size_t i, k;
    for (i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        for (k = 0; k < NNORMS; k++) {
            check_fft_1d(lens[i], -1, NORMS[k], 0);
            check_fft_1d(lens[i], -1, NORMS[k], 1);
        }
        check_fft_1d(lens[i], (long long)lens[i] + 3, NULL, 0);
        check_fft_1d(lens[i], (long long)lens[i] + 3, "ortho", 1);
        if (lens[i] > 1) {
            check_fft_1d(lens[i], (long long)lens[i] - 1, "forward", 0);
        }
    }
}

/* ------------------------------------------------------- N-D, both layouts */

static void check_fft_axis(const carr *x, size_t axis, int fortran) {
    long long neg = (long long)axis - (long long)x->v.ndim;
    carr y, want;
    sciport_error *err = NULL;
    carr_like(&y, &x->v, axis, x->shape[axis], !fortran);
    carr_like(&want, &x->v, axis, x->shape[axis], 0);
    naive_dft_axis(&x->v, &want.v, axis, -1, 1.0);
    if (expect_ok(sciport_fft_fft(&x->v, -1, (int64_t)axis, NULL, 0, &y.v, &err), &err,
                  "fft axis")) {
        double d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "fft ndim %zu axis %zu fortran %d: rel diff %g", x->v.ndim, axis, fortran,
              d);
    }
    err = NULL;
    if (expect_ok(sciport_fft_fft(&x->v, -1, neg, NULL, 0, &y.v, &err), &err, "fft neg axis")) {
        double d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "fft ndim %zu axis %lld fortran %d: rel diff %g", x->v.ndim, neg, fortran,
              d);
    }
    free(y.buf);
    free(want.buf);
}

static void check_fft_round_trip_axis(const carr *x, size_t axis, int fortran) {
    carr y, back;
    sciport_error *err = NULL;
    carr_like(&y, &x->v, axis, x->shape[axis], fortran);
    carr_like(&back, &x->v, axis, x->shape[axis], !fortran);
    if (expect_ok(sciport_fft_fft(&x->v, -1, (int64_t)axis, "ortho", 0, &y.v, &err), &err,
                  "fft rt") &&
        expect_ok(sciport_fft_ifft(&y.v, -1, (int64_t)axis, "ortho", 0, &back.v, &err), &err,
                  "ifft rt")) {
        double d = cview_rel_diff(&back.v, &x->v);
        CHECK(d < TOL, "ifft(fft(x)) axis %zu fortran %d: rel diff %g", axis, fortran, d);
    }
    free(y.buf);
    free(back.buf);
}

/* fftn over `axes` (NULL = all) vs the naive transform, then ifftn back. */
static void check_fftn(const carr *x, const int64_t *axes, size_t naxes, const char *norm,
                       int fortran) {
    size_t all[MAXD], use[MAXD], k, nuse = naxes ? naxes : x->v.ndim;
    carr y, want, back;
    sciport_error *err = NULL;
    for (k = 0; k < x->v.ndim; k++) {
        all[k] = k;
    }
    for (k = 0; k < nuse; k++) {
        use[k] = naxes ? (size_t)(axes[k] < 0 ? axes[k] + (int64_t)x->v.ndim : axes[k]) : all[k];
    }
    carr_init(&y, x->v.ndim, x->shape, fortran);
    carr_init(&back, x->v.ndim, x->shape, !fortran);
    naive_dftn(&x->v, use, nuse, NULL, -1, norm, &want);
    if (expect_ok(sciport_fft_fftn(&x->v, NULL, 0, axes, naxes, norm, 0, &y.v, &err), &err,
                  "fftn")) {
        double d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "fftn ndim %zu naxes %zu norm %s fortran %d: rel diff %g", x->v.ndim,
              naxes, norm ? norm : "NULL", fortran, d);
        err = NULL;
        if (expect_ok(sciport_fft_ifftn(&y.v, NULL, 0, axes, naxes, norm, 0, &back.v, &err), &err,
                      "ifftn")) {
            d = cview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "ifftn(fftn(x)) ndim %zu fortran %d: rel diff %g", x->v.ndim, fortran,
                  d);
        }
    }
    free(y.buf);
    free(want.buf);
    free(back.buf);
}

/* fftn with s (axis 0 zero-padded by 2, the last axis truncated by 1), norm
 * "ortho" and two workers, against the naive transform. */
static void check_fftn_s(const carr *x, int fortran) {
    size_t nd = x->v.ndim, k, use[MAXD], lens[MAXD];
    int64_t s[MAXD];
    carr y, want;
    sciport_error *err = NULL;
    for (k = 0; k < nd; k++) {
        use[k] = k;
        lens[k] = x->shape[k] + (k == 0 ? 2 : 0) - (k == nd - 1 ? 1 : 0);
        s[k] = (int64_t)lens[k];
    }
    carr_init(&y, nd, lens, fortran);
    naive_dftn(&x->v, use, nd, lens, -1, "ortho", &want);
    if (expect_ok(sciport_fft_fftn(&x->v, s, nd, NULL, 0, "ortho", 2, &y.v, &err), &err,
                  "fftn s")) {
        double d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "fftn s ndim %zu fortran %d: rel diff %g", nd, fortran, d);
    }
    free(y.buf);
    free(want.buf);
}

/* fft2 (default axes -2, -1) against the naive transform over the last two axes. */
static void check_fft2(const carr *x, int fortran) {
    size_t nd = x->v.ndim, use[2];
    carr y, want, back;
    sciport_error *err = NULL;
    use[0] = nd - 2;
    use[1] = nd - 1;
    carr_init(&y, nd, x->shape, fortran);
    carr_init(&back, nd, x->shape, fortran);
    naive_dftn(&x->v, use, 2, NULL, -1, NULL, &want);
    if (expect_ok(sciport_fft_fft2(&x->v, NULL, 0, NULL, 0, NULL, 0, &y.v, &err), &err, "fft2")) {
        double d = cview_rel_diff(&y.v, &want.v);
        CHECK(d < TOL, "fft2 ndim %zu fortran %d: rel diff %g", nd, fortran, d);
        err = NULL;
        if (expect_ok(sciport_fft_ifft2(&y.v, NULL, 0, NULL, 0, NULL, 0, &back.v, &err), &err,
                      "ifft2")) {
            d = cview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "ifft2(fft2(x)) ndim %zu fortran %d: rel diff %g", nd, fortran, d);
        }
    }
    free(y.buf);
    free(want.buf);
    free(back.buf);
}

/* rfft along `axis` equals the first n/2+1 entries of the complex fft, and
 * irfft(n = len) brings x back; likewise ihfft/hfft. */
static void check_rfft_axis(const rarr *x, size_t axis, int fortran) {
    size_t nd = x->v.ndim, len = x->shape[axis], h = len / 2 + 1;
    carr cx, full, half, want;
    rarr back;
    sciport_error *err = NULL;
    carr_init(&cx, nd, x->shape, 0);
    real_to_complex(&x->v, &cx.v);
    carr_like(&full, &cx.v, axis, len, 0);
    naive_dft_axis(&cx.v, &full.v, axis, -1, 1.0);
    carr_like(&want, &cx.v, axis, h, 0);
    {
        /* want = the complex spectrum truncated to h entries along the axis */
        size_t idx[8] = {0};
        do {
            want.v.data[offset_of(nd, idx, want.v.strides)] =
                full.v.data[offset_of(nd, idx, full.v.strides)];
        } while (next_index(nd, want.v.shape, idx));
    }
    carr_like(&half, &cx.v, axis, h, !fortran);
    rarr_like(&back, nd, x->shape, axis, len, fortran);
    if (expect_ok(sciport_fft_rfft(&x->v, -1, (int64_t)axis, NULL, 0, &half.v, &err), &err,
                  "rfft")) {
        double d = cview_rel_diff(&half.v, &want.v);
        CHECK(d < TOL, "rfft axis %zu fortran %d: rel diff %g", axis, fortran, d);
        err = NULL;
        if (expect_ok(sciport_fft_irfft(&half.v, (int64_t)len, (int64_t)axis, NULL, 0, &back.v,
                                        &err),
                      &err, "irfft")) {
            d = rview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "irfft(rfft(x)) axis %zu fortran %d: rel diff %g", axis, fortran, d);
        }
    }
    err = NULL;
    if (expect_ok(sciport_fft_ihfft(&x->v, -1, (int64_t)axis, "ortho", 0, &half.v, &err), &err,
                  "ihfft")) {
        err = NULL;
        if (expect_ok(sciport_fft_hfft(&half.v, (int64_t)len, (int64_t)axis, "ortho", 0, &back.v,
                                       &err),
                      &err, "hfft")) {
            double d = rview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "hfft(ihfft(x)) axis %zu fortran %d: rel diff %g", axis, fortran, d);
        }
    }
    free(cx.buf);
    free(full.buf);
    free(want.buf);
    free(half.buf);
    free(back.buf);
}

/* rfftn -> irfftn (s = x's shape) and rfft2 -> irfft2 round trips. */
static void check_rfftn(const rarr *x, int fortran) {
    size_t nd = x->v.ndim, k;
    int64_t s[MAXD];
    carr y;
    rarr back;
    sciport_error *err = NULL;
    for (k = 0; k < nd; k++) {
        s[k] = (int64_t)x->shape[k];
    }
    rarr_like(&back, nd, x->shape, nd - 1, x->shape[nd - 1] / 2 + 1, 0);
    carr_init(&y, nd, back.shape, fortran); /* x's shape, last axis n/2 + 1 */
    free(back.buf);
    rarr_init(&back, nd, x->shape, !fortran);
    if (expect_ok(sciport_fft_rfftn(&x->v, NULL, 0, NULL, 0, "forward", 0, &y.v, &err), &err,
                  "rfftn")) {
        err = NULL;
        if (expect_ok(sciport_fft_irfftn(&y.v, s, nd, NULL, 0, "forward", 0, &back.v, &err), &err,
                      "irfftn")) {
            double d = rview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "irfftn(rfftn(x)) ndim %zu fortran %d: rel diff %g", nd, fortran, d);
        }
    }
    err = NULL;
    if (expect_ok(sciport_fft_rfft2(&x->v, NULL, 0, NULL, 0, NULL, 0, &y.v, &err), &err,
                  "rfft2")) {
        err = NULL;
        if (expect_ok(sciport_fft_irfft2(&y.v, s + nd - 2, 2, NULL, 0, NULL, 0, &back.v, &err),
                      &err, "irfft2")) {
            double d = rview_rel_diff(&back.v, &x->v);
            CHECK(d < TOL, "irfft2(rfft2(x)) ndim %zu fortran %d: rel diff %g", nd, fortran, d);
        }
    }
    free(y.buf);
    free(back.buf);
}

typedef sciport_status (*trig1d)(const sciport_ndarray *, int32_t, int64_t, int64_t,
                                 const char *, int32_t, int32_t, const sciport_ndarray *,
                                 sciport_error **);
typedef sciport_status (*trignd)(const sciport_ndarray *, int32_t, const int64_t *, size_t,
                                 const int64_t *, size_t, const char *, int32_t, int32_t,
                                 const sciport_ndarray *, sciport_error **);

/* dct/dst of every type along `axis` vs the naive sum; inverse round trips for
 * every norm and orthogonalize setting. */
static void check_trig_axis(const rarr *x, size_t axis, int fortran, int dst) {
    trig1d fwd = dst ? sciport_fft_dst : sciport_fft_dct;
    trig1d inv = dst ? sciport_fft_idst : sciport_fft_idct;
    const char *name = dst ? "dst" : "dct";
    rarr y, want, back;
    int type, k, orth;
    rarr_init(&y, x->v.ndim, x->shape, !fortran);
    rarr_init(&want, x->v.ndim, x->shape, 0);
    rarr_init(&back, x->v.ndim, x->shape, fortran);
    for (type = 1; type <= 4; type++) {
        sciport_error *err = NULL;
        naive_trig_axis(&x->v, &want.v, axis, dst, type);
        if (expect_ok(fwd(&x->v, type, -1, (int64_t)axis, NULL, 0, -1, &y.v, &err), &err, name)) {
            double d = rview_rel_diff(&y.v, &want.v);
            CHECK(d < TOL, "%s type %d axis %zu fortran %d: rel diff %g", name, type, axis,
                  fortran, d);
        }
        for (k = 0; k < NNORMS; k++) {
            for (orth = -1; orth <= 1; orth++) {
                err = NULL;
                if (!expect_ok(fwd(&x->v, type, -1, (int64_t)axis, NORMS[k], 0, orth, &y.v, &err),
                               &err, name)) {
                    continue;
                }
                err = NULL;
                if (expect_ok(inv(&y.v, type, -1, (int64_t)axis, NORMS[k], 0, orth, &back.v, &err),
                              &err, name)) {
                    double d = rview_rel_diff(&back.v, &x->v);
                    CHECK(d < TOL, "i%s(%s(x)) type %d norm %s orth %d axis %zu: rel diff %g",
                          name, name, type, NORMS[k] ? NORMS[k] : "NULL", orth, axis, d);
                }
            }
        }
    }
    free(y.buf);
    free(want.buf);
    free(back.buf);
}

/* dctn/dstn over all axes vs naive sums applied axis by axis, and round trips. */
static void check_trig_nd(const rarr *x, int fortran, int dst) {
    trignd fwd = dst ? sciport_fft_dstn : sciport_fft_dctn;
    trignd inv = dst ? sciport_fft_idstn : sciport_fft_idctn;
    const char *name = dst ? "dstn" : "dctn";
    size_t nd = x->v.ndim, k;
    rarr y, a, b, back;
    int type;
    rarr_init(&y, nd, x->shape, fortran);
    rarr_init(&a, nd, x->shape, 0);
    rarr_init(&b, nd, x->shape, 0);
    rarr_init(&back, nd, x->shape, !fortran);
    for (type = 1; type <= 4; type++) {
        sciport_error *err = NULL;
        rcopy(&x->v, &a.v);
        for (k = 0; k < nd; k++) {
            naive_trig_axis(&a.v, &b.v, k, dst, type);
            rcopy(&b.v, &a.v);
        }
        if (expect_ok(fwd(&x->v, type, NULL, 0, NULL, 0, NULL, 0, -1, &y.v, &err), &err, name)) {
            double d = rview_rel_diff(&y.v, &b.v);
            CHECK(d < TOL, "%s type %d ndim %zu fortran %d: rel diff %g", name, type, nd, fortran,
                  d);
            err = NULL;
            if (expect_ok(inv(&y.v, type, NULL, 0, NULL, 0, NULL, 0, -1, &back.v, &err), &err,
                          name)) {
                d = rview_rel_diff(&back.v, &x->v);
                CHECK(d < TOL, "i%s(%s(x)) type %d fortran %d: rel diff %g", name, name, type,
                      fortran, d);
            }
        }
    }
    free(y.buf);
    free(a.buf);
    free(b.buf);
    free(back.buf);
}

static void test_layouts(void) {
    static const size_t shapes[2][3] = {{6, 5, 0}, {3, 4, 5}};
    static const int64_t axes_20[2] = {2, 0};
    static const int64_t axes_m1[1] = {-1};
    int s, fortran;
    for (s = 0; s < 2; s++) {
        size_t nd = (size_t)s + 2, axis;
        for (fortran = 0; fortran <= 1; fortran++) {
            carr x;
            rarr r;
            carr_init(&x, nd, shapes[s], fortran);
            rarr_init(&r, nd, shapes[s], fortran);
            carr_fill(&x, 42 + (unsigned long long)s);
            rarr_fill(&r, 7 + (unsigned long long)s);
            for (axis = 0; axis < nd; axis++) {
                check_fft_axis(&x, axis, fortran);
                check_fft_round_trip_axis(&x, axis, fortran);
                check_rfft_axis(&r, axis, fortran);
                check_trig_axis(&r, axis, fortran, 0);
                check_trig_axis(&r, axis, fortran, 1);
            }
            check_fftn(&x, NULL, 0, NULL, fortran);
            check_fftn(&x, NULL, 0, "ortho", fortran);
            check_fftn(&x, axes_m1, 1, "forward", fortran);
            if (nd == 3) {
                check_fftn(&x, axes_20, 2, NULL, fortran);
            }
            check_fft2(&x, fortran);
            check_fftn_s(&x, fortran);
            check_rfftn(&r, fortran);
            check_trig_nd(&r, fortran, 0);
            check_trig_nd(&r, fortran, 1);
            free(x.buf);
            free(r.buf);
        }
    }
}

/* ------------------------------------------------------ views and workers */

static void test_inplace_negative_stride_workers(void) {
    enum { N = 12 };
    size_t shape[1] = {N}, j;
    ptrdiff_t neg_stride[1] = {-1};
    carr x, ref, y, rev;
    sciport_cndarray reversed;
    sciport_error *err = NULL;
    int w;
    carr_init(&x, 1, shape, 0);
    carr_init(&ref, 1, shape, 0);
    carr_init(&y, 1, shape, 0);
    carr_init(&rev, 1, shape, 0);
    carr_fill(&x, 99);
    if (!expect_ok(sciport_fft_fft(&x.v, -1, -1, NULL, 0, &ref.v, &err), &err, "fft ref")) {
        goto done;
    }
    for (w = -1; w <= 2; w++) {
        err = NULL;
        if (w != 0 && expect_ok(sciport_fft_fft(&x.v, -1, -1, NULL, w, &y.v, &err), &err,
                                "fft workers")) {
            CHECK(cview_rel_diff(&y.v, &ref.v) == 0.0, "workers %d changes the result", w);
        }
    }
    /* A reversed view over rev.buf holds x; its fft equals fft(x). */
    for (j = 0; j < N; j++) {
        rev.buf[N - 1 - j] = x.buf[j];
    }
    reversed.data = rev.buf + (N - 1);
    reversed.ndim = 1;
    reversed.shape = shape;
    reversed.strides = neg_stride;
    err = NULL;
    if (expect_ok(sciport_fft_fft(&reversed, -1, 0, NULL, 0, &y.v, &err), &err, "fft reversed")) {
        CHECK(cview_rel_diff(&y.v, &ref.v) < TOL, "negative-stride input: rel diff %g",
              cview_rel_diff(&y.v, &ref.v));
    }
    /* In place: out is x itself. */
    err = NULL;
    if (expect_ok(sciport_fft_fft(&x.v, -1, 0, NULL, 0, &x.v, &err), &err, "fft in place")) {
        CHECK(cview_rel_diff(&x.v, &ref.v) < TOL, "in-place fft: rel diff %g",
              cview_rel_diff(&x.v, &ref.v));
    }
done:
    free(x.buf);
    free(ref.buf);
    free(y.buf);
    free(rev.buf);
}

/* Sub-views: every other column of a C-order buffer as input, a strided
 * view with gaps as output (the gaps stay untouched), and a view with a
 * negative row stride. */
static void test_subviews(void) {
    enum { R = 6, C = 10 };
    static sciport_complex big[R * C], out[R * C];
    size_t shape[2] = {R, C / 2}, full[2] = {R, C}, axis, i;
    ptrdiff_t in_strides[2] = {C, 2}, out_strides[2] = {2, 2 * R}, rev_strides[2] = {-C, 1};
    sciport_cndarray x, y, rev;
    unsigned long long seed = 5;
    carr want;
    sciport_error *err = NULL;
    for (i = 0; i < R * C; i++) {
        big[i].re = test_random(&seed);
        big[i].im = test_random(&seed);
    }
    x.data = big;
    x.ndim = 2;
    x.shape = shape;
    x.strides = in_strides;
    y.data = out;
    y.ndim = 2;
    y.shape = shape;
    y.strides = out_strides;
    for (axis = 0; axis < 2; axis++) {
        for (i = 0; i < R * C; i++) {
            out[i].re = out[i].im = -99.0;
        }
        carr_init(&want, 2, shape, 0);
        naive_dft_axis(&x, &want.v, axis, -1, 1.0);
        if (expect_ok(sciport_fft_fft(&x, -1, (int64_t)axis, NULL, 0, &y, &err), &err,
                      "fft sub-view")) {
            int gaps_ok = 1;
            CHECK(cview_rel_diff(&y, &want.v) < TOL, "fft of sub-views along axis %zu: %g", axis,
                  cview_rel_diff(&y, &want.v));
            for (i = 0; i < R * C; i++) {
                int used = i % 2 == 0 && (i % (2 * R)) / 2 < R && i / (2 * R) < C / 2;
                if (!used && (out[i].re != -99.0 || out[i].im != -99.0)) {
                    gaps_ok = 0;
                }
            }
            CHECK(gaps_ok, "fft wrote outside the output view (axis %zu)", axis);
        }
        free(want.buf);
    }
    /* rows in reverse order: element (i, j) is big[(R - 1 - i) * C + j] */
    rev.data = big + (R - 1) * C;
    rev.ndim = 2;
    rev.shape = full;
    rev.strides = rev_strides;
    carr_init(&want, 2, full, 0);
    {
        carr got;
        carr_init(&got, 2, full, 1);
        naive_dft_axis(&rev, &want.v, 0, 1, 1.0 / R);
        if (expect_ok(sciport_fft_ifft(&rev, -1, 0, NULL, 0, &got.v, &err), &err,
                      "ifft negative stride")) {
            CHECK(cview_rel_diff(&got.v, &want.v) < TOL, "ifft of a negative-stride view: %g",
                  cview_rel_diff(&got.v, &want.v));
        }
        free(got.buf);
    }
    free(want.buf);
}

/* ------------------------------------------------------ helpers (1-D only) */

static void test_fftfreq(void) {
    static const size_t ns[] = {1, 7, 8};
    const double d = 0.1;
    size_t i, j;
    for (i = 0; i < sizeof ns / sizeof ns[0]; i++) {
        size_t n = ns[i], h = n / 2 + 1;
        double f[8], rf[5];
        sciport_error *err = NULL;
        if (expect_ok(sciport_fft_fftfreq(n, d, f, n, &err), &err, "fftfreq")) {
            for (j = 0; j < n; j++) {
                /* k / (n d) with k = 0 .. (n-1)/2, then -(n/2) .. -1 */
                double k = j < (n + 1) / 2 ? (double)j : (double)j - (double)n;
                CHECK(fabs(f[j] - k / ((double)n * d)) < 1e-15 * n,
                      "fftfreq(%zu)[%zu] = %.17g, expected %.17g", n, j, f[j],
                      k / ((double)n * d));
            }
        }
        err = NULL;
        if (expect_ok(sciport_fft_rfftfreq(n, d, rf, h, &err), &err, "rfftfreq")) {
            for (j = 0; j < h; j++) {
                CHECK(fabs(rf[j] - (double)j / ((double)n * d)) < 1e-15 * n,
                      "rfftfreq(%zu)[%zu] = %.17g", n, j, rf[j]);
            }
        }
    }
}

static void test_fftshift(void) {
    enum { R = 3, C = 4 };
    size_t shape1[1] = {5}, shape2[2] = {R, C}, i, j;
    static const int64_t axis1[1] = {1};
    rarr x, y, m, ms;
    carr cx, cy;
    sciport_error *err = NULL;
    rarr_init(&x, 1, shape1, 0);
    rarr_init(&y, 1, shape1, 0);
    carr_init(&cx, 1, shape1, 0);
    carr_init(&cy, 1, shape1, 0);
    for (i = 0; i < 5; i++) {
        x.buf[i] = (double)i;
        cx.buf[i].im = (double)i;
    }
    /* fftshift of 0..4 rolls by n/2 = 2: element i goes to (i + 2) mod 5. */
    if (expect_ok(sciport_fft_fftshift(&x.v, NULL, 0, &y.v, &err), &err, "fftshift")) {
        for (i = 0; i < 5; i++) {
            CHECK(y.buf[(i + 2) % 5] == (double)i, "fftshift[%zu] = %g", (i + 2) % 5,
                  y.buf[(i + 2) % 5]);
        }
        err = NULL;
        if (expect_ok(sciport_fft_ifftshift(&y.v, NULL, 0, &y.v, &err), &err, "ifftshift")) {
            CHECK(rview_rel_diff(&y.v, &x.v) == 0.0, "ifftshift(fftshift(x)) != x");
        }
    }
    err = NULL;
    if (expect_ok(sciport_fft_ifftshift_complex(&cx.v, NULL, 0, &cy.v, &err), &err,
                  "ifftshift complex")) {
        /* ifftshift rolls by -(n/2) = -2 */
        for (i = 0; i < 5; i++) {
            CHECK(cy.buf[(i + 3) % 5].im == (double)i && cy.buf[(i + 3) % 5].re == 0.0,
                  "ifftshift complex[%zu]", (i + 3) % 5);
        }
        err = NULL;
        if (expect_ok(sciport_fft_fftshift_complex(&cy.v, NULL, 0, &cy.v, &err), &err,
                      "fftshift complex")) {
            CHECK(cview_rel_diff(&cy.v, &cx.v) == 0.0, "fftshift(ifftshift(x)) != x");
        }
    }
    /* 2-D Fortran-order array shifted along axis 1 only. */
    rarr_init(&m, 2, shape2, 1);
    rarr_init(&ms, 2, shape2, 0);
    for (i = 0; i < R; i++) {
        for (j = 0; j < C; j++) {
            size_t idx[2];
            idx[0] = i;
            idx[1] = j;
            m.buf[offset_of(2, idx, m.strides)] = (double)(10 * i + j);
        }
    }
    err = NULL;
    if (expect_ok(sciport_fft_fftshift(&m.v, axis1, 1, &ms.v, &err), &err, "fftshift axis 1")) {
        for (i = 0; i < R; i++) {
            for (j = 0; j < C; j++) {
                CHECK(ms.buf[i * C + (j + C / 2) % C] == (double)(10 * i + j),
                      "fftshift axis 1 at (%zu, %zu)", i, j);
            }
        }
    }
    free(x.buf);
    free(y.buf);
    free(cx.buf);
    free(cy.buf);
    free(m.buf);
    free(ms.buf);
}

/* True when n has no prime factor above `limit`. */
static int is_smooth(size_t n, size_t limit) {
    size_t p;
    for (p = 2; p <= limit; p++) {
        while (n % p == 0) {
            n /= p;
        }
    }
    return n == 1;
}

static void check_next_fast_len(size_t target, int real) {
    size_t limit = real ? 5 : 11, got = 0, want = target;
    sciport_error *err = NULL;
    while (!is_smooth(want, limit)) {
        want++;
    }
    if (expect_ok(sciport_fft_next_fast_len(target, real != 0, &got, &err), &err,
                  "next_fast_len")) {
        CHECK(got == want, "next_fast_len(%zu, real=%d) = %zu, expected %zu", target, real, got,
              want);
    }
}

static void test_next_fast_len(void) {
    static const size_t big[] = {1021, 4099, 65537, 100003, 1000003};
    size_t t, i, zero = 99;
    sciport_error *err = NULL;
    /* scipy.fft.next_fast_len(0) is 0 (SciPy 1.17), for both kinds */
    if (expect_ok(sciport_fft_next_fast_len(0, false, &zero, &err), &err, "next_fast_len(0)")) {
        CHECK(zero == 0, "next_fast_len(0) = %zu", zero);
    }
    for (t = 1; t <= 300; t++) {
        check_next_fast_len(t, 0);
        check_next_fast_len(t, 1);
    }
    for (i = 0; i < sizeof big / sizeof big[0]; i++) {
        check_next_fast_len(big[i], 0);
        check_next_fast_len(big[i], 1);
    }
}

int main(void) {
    test_cosine_spikes();
    test_dct_of_constant();
    test_fft_1d_vs_naive();
    test_layouts();
    test_inplace_negative_stride_workers();
    test_subviews();
    test_fftfreq();
    test_fftshift();
    test_next_fast_len();
    return finish("test_fft");
}
