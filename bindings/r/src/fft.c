/* .Call entry points of the fft area. Inputs are R vectors/arrays passed to
 * sciport as Fortran-order views (no copies); the R wrappers have already
 * coerced x to the element type the transform reads and computed the result's
 * shape (outdim), so this file only builds views, calls, and signals errors. */
#include <string.h>

#include "glue.h"

typedef enum { C2C, R2C, C2R } kind_t;

typedef sciport_status (*c2c_1d)(const sciport_cndarray *, int64_t, int64_t, const char *,
                                 int32_t, const sciport_cndarray *, sciport_error **);
typedef sciport_status (*r2c_1d)(const sciport_ndarray *, int64_t, int64_t, const char *,
                                 int32_t, const sciport_cndarray *, sciport_error **);
typedef sciport_status (*c2r_1d)(const sciport_cndarray *, int64_t, int64_t, const char *,
                                 int32_t, const sciport_ndarray *, sciport_error **);
typedef sciport_status (*c2c_nd)(const sciport_cndarray *, const int64_t *, size_t,
                                 const int64_t *, size_t, const char *, int32_t,
                                 const sciport_cndarray *, sciport_error **);
typedef sciport_status (*r2c_nd)(const sciport_ndarray *, const int64_t *, size_t,
                                 const int64_t *, size_t, const char *, int32_t,
                                 const sciport_cndarray *, sciport_error **);
typedef sciport_status (*c2r_nd)(const sciport_cndarray *, const int64_t *, size_t,
                                 const int64_t *, size_t, const char *, int32_t,
                                 const sciport_ndarray *, sciport_error **);
typedef sciport_status (*trig_1d)(const sciport_ndarray *, int32_t, int64_t, int64_t,
                                  const char *, int32_t, int32_t, const sciport_ndarray *,
                                  sciport_error **);
typedef sciport_status (*trig_nd)(const sciport_ndarray *, int32_t, const int64_t *, size_t,
                                  const int64_t *, size_t, const char *, int32_t, int32_t,
                                  const sciport_ndarray *, sciport_error **);

/* One transform: its name, element kinds, and the typed function pointer. */
typedef struct {
    const char *name;
    kind_t kind;
    c2c_1d c2c;
    r2c_1d r2c;
    c2r_1d c2r;
} entry_1d;

typedef struct {
    const char *name;
    kind_t kind;
    c2c_nd c2c;
    r2c_nd r2c;
    c2r_nd c2r;
} entry_nd;

static const entry_1d TABLE_1D[] = {
    {"fft", C2C, sciport_fft_fft, NULL, NULL},
    {"ifft", C2C, sciport_fft_ifft, NULL, NULL},
    {"rfft", R2C, NULL, sciport_fft_rfft, NULL},
    {"ihfft", R2C, NULL, sciport_fft_ihfft, NULL},
    {"irfft", C2R, NULL, NULL, sciport_fft_irfft},
    {"hfft", C2R, NULL, NULL, sciport_fft_hfft},
};

static const entry_nd TABLE_ND[] = {
    {"fft2", C2C, sciport_fft_fft2, NULL, NULL},
    {"ifft2", C2C, sciport_fft_ifft2, NULL, NULL},
    {"fftn", C2C, sciport_fft_fftn, NULL, NULL},
    {"ifftn", C2C, sciport_fft_ifftn, NULL, NULL},
    {"rfft2", R2C, NULL, sciport_fft_rfft2, NULL},
    {"rfftn", R2C, NULL, sciport_fft_rfftn, NULL},
    {"irfft2", C2R, NULL, NULL, sciport_fft_irfft2},
    {"irfftn", C2R, NULL, NULL, sciport_fft_irfftn},
};

static const struct {
    const char *name;
    trig_1d f1;
    trig_nd fn;
} TABLE_TRIG[] = {
    {"dct", sciport_fft_dct, sciport_fft_dctn},
    {"idct", sciport_fft_idct, sciport_fft_idctn},
    {"dst", sciport_fft_dst, sciport_fft_dstn},
    {"idst", sciport_fft_idst, sciport_fft_idstn},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const entry_1d *find_1d(SEXP name) {
    const char *s = CHAR(STRING_ELT(name, 0));
    for (size_t i = 0; i < COUNT(TABLE_1D); i++)
        if (strcmp(TABLE_1D[i].name, s) == 0) return &TABLE_1D[i];
    Rf_error("internal: unknown transform '%s'", s);
    return NULL;
}

static const entry_nd *find_nd(SEXP name) {
    const char *s = CHAR(STRING_ELT(name, 0));
    for (size_t i = 0; i < COUNT(TABLE_ND); i++)
        if (strcmp(TABLE_ND[i].name, s) == 0) return &TABLE_ND[i];
    Rf_error("internal: unknown transform '%s'", s);
    return NULL;
}

static size_t find_trig(SEXP name) {
    const char *s = CHAR(STRING_ELT(name, 0));
    for (size_t i = 0; i < COUNT(TABLE_TRIG); i++)
        if (strcmp(TABLE_TRIG[i].name, s) == 0) return i;
    Rf_error("internal: unknown transform '%s'", s);
    return 0;
}

/* The element type a kind reads and writes. */
static SEXPTYPE input_type(kind_t kind) { return kind == R2C ? REALSXP : CPLXSXP; }
static SEXPTYPE output_type(kind_t kind) { return kind == C2R ? REALSXP : CPLXSXP; }

/* Input and output views of one call (output freshly allocated, protected). */
typedef struct {
    sciport_ndarray rin, rout;
    sciport_cndarray cin, cout;
    SEXP result;
} views_t;

static views_t make_views(SEXP x, SEXPTYPE in_type, SEXPTYPE out_type, SEXP outdim) {
    views_t v;
    memset(&v, 0, sizeof v);
    if ((SEXPTYPE)TYPEOF(x) != in_type) Rf_error("internal: x has the wrong storage type");
    size_t nd_in, nd_out;
    size_t *in_shape = sp_shape_of(x, &nd_in);
    size_t *out_shape = sp_shape_from(outdim, &nd_out);
    int with_dim = Rf_getAttrib(x, R_DimSymbol) != R_NilValue;
    v.result = sp_alloc_result(out_type, nd_out, out_shape, with_dim);
    if (in_type == REALSXP) v.rin = sp_real_view(REAL(x), nd_in, in_shape);
    else v.cin = sp_complex_view(COMPLEX(x), nd_in, in_shape);
    if (out_type == REALSXP) v.rout = sp_real_view(REAL(v.result), nd_out, out_shape);
    else v.cout = sp_complex_view(COMPLEX(v.result), nd_out, out_shape);
    return v;
}

SEXP sp_fft1(SEXP name, SEXP x, SEXP n, SEXP axis, SEXP norm, SEXP workers, SEXP outdim) {
    const entry_1d *e = find_1d(name);
    views_t v = make_views(x, input_type(e->kind), output_type(e->kind), outdim);
    int64_t len = sp_int64(n, -1), ax = sp_int64(axis, -1);
    int32_t w = (int32_t)sp_int64(workers, 0);
    const char *nm = sp_string(norm);
    sciport_error *err = NULL;
    sciport_status st;
    if (e->kind == C2C) st = e->c2c(&v.cin, len, ax, nm, w, &v.cout, &err);
    else if (e->kind == R2C) st = e->r2c(&v.rin, len, ax, nm, w, &v.cout, &err);
    else st = e->c2r(&v.cin, len, ax, nm, w, &v.rout, &err);
    sp_check(st, err);
    UNPROTECT(1);
    return v.result;
}

SEXP sp_fftn(SEXP name, SEXP x, SEXP s, SEXP axes, SEXP norm, SEXP workers, SEXP outdim) {
    const entry_nd *e = find_nd(name);
    views_t v = make_views(x, input_type(e->kind), output_type(e->kind), outdim);
    size_t s_len, axes_len;
    int64_t *sv = sp_int64s(s, &s_len), *av = sp_int64s(axes, &axes_len);
    int32_t w = (int32_t)sp_int64(workers, 0);
    const char *nm = sp_string(norm);
    sciport_error *err = NULL;
    sciport_status st;
    if (e->kind == C2C) st = e->c2c(&v.cin, sv, s_len, av, axes_len, nm, w, &v.cout, &err);
    else if (e->kind == R2C) st = e->r2c(&v.rin, sv, s_len, av, axes_len, nm, w, &v.cout, &err);
    else st = e->c2r(&v.cin, sv, s_len, av, axes_len, nm, w, &v.rout, &err);
    sp_check(st, err);
    UNPROTECT(1);
    return v.result;
}

SEXP sp_trig1(SEXP name, SEXP x, SEXP type, SEXP n, SEXP axis, SEXP norm, SEXP workers,
              SEXP orthogonalize, SEXP outdim) {
    size_t i = find_trig(name);
    views_t v = make_views(x, REALSXP, REALSXP, outdim);
    sciport_error *err = NULL;
    sciport_status st = TABLE_TRIG[i].f1(
        &v.rin, (int32_t)sp_int64(type, 2), sp_int64(n, -1), sp_int64(axis, -1),
        sp_string(norm), (int32_t)sp_int64(workers, 0),
        (int32_t)sp_int64(orthogonalize, -1), &v.rout, &err);
    sp_check(st, err);
    UNPROTECT(1);
    return v.result;
}

SEXP sp_trign(SEXP name, SEXP x, SEXP type, SEXP s, SEXP axes, SEXP norm, SEXP workers,
              SEXP orthogonalize, SEXP outdim) {
    size_t i = find_trig(name);
    views_t v = make_views(x, REALSXP, REALSXP, outdim);
    size_t s_len, axes_len;
    int64_t *sv = sp_int64s(s, &s_len), *av = sp_int64s(axes, &axes_len);
    sciport_error *err = NULL;
    sciport_status st = TABLE_TRIG[i].fn(
        &v.rin, (int32_t)sp_int64(type, 2), sv, s_len, av, axes_len, sp_string(norm),
        (int32_t)sp_int64(workers, 0), (int32_t)sp_int64(orthogonalize, -1), &v.rout, &err);
    sp_check(st, err);
    UNPROTECT(1);
    return v.result;
}

SEXP sp_shift(SEXP inverse, SEXP x, SEXP axes) {
    int inv = Rf_asLogical(inverse) == TRUE;
    SEXPTYPE type = TYPEOF(x) == CPLXSXP ? CPLXSXP : REALSXP;
    size_t nd;
    size_t *shape = sp_shape_of(x, &nd);
    SEXP outdim = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)nd));
    for (size_t k = 0; k < nd; k++) REAL(outdim)[k] = (double)shape[k];
    views_t v = make_views(x, type, type, outdim);
    size_t axes_len;
    int64_t *av = sp_int64s(axes, &axes_len);
    sciport_error *err = NULL;
    sciport_status st;
    if (type == REALSXP)
        st = (inv ? sciport_fft_ifftshift : sciport_fft_fftshift)(&v.rin, av, axes_len, &v.rout,
                                                                  &err);
    else
        st = (inv ? sciport_fft_ifftshift_complex : sciport_fft_fftshift_complex)(
            &v.cin, av, axes_len, &v.cout, &err);
    sp_check(st, err);
    UNPROTECT(2);
    return v.result;
}

SEXP sp_freq(SEXP real, SEXP n, SEXP d) {
    int is_real = Rf_asLogical(real) == TRUE;
    double len = Rf_asReal(n);
    if (!(len >= 0) || len > (double)R_XLEN_T_MAX) Rf_error("n out of range");
    size_t nn = (size_t)len, m = is_real ? nn / 2 + 1 : nn;
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)m));
    sciport_error *err = NULL;
    sciport_status st = (is_real ? sciport_fft_rfftfreq : sciport_fft_fftfreq)(
        nn, Rf_asReal(d), REAL(out), m, &err);
    sp_check(st, err);
    UNPROTECT(1);
    return out;
}

SEXP sp_next_fast_len(SEXP target, SEXP real) {
    double t = Rf_asReal(target);
    if (!(t >= 0) || t > 9007199254740992.0) Rf_error("target out of range");
    size_t out = 0;
    sciport_error *err = NULL;
    sciport_status st = sciport_fft_next_fast_len((size_t)t, Rf_asLogical(real) == TRUE, &out, &err);
    sp_check(st, err); /* err read after the call: argument order is unspecified */
    return Rf_ScalarReal((double)out);
}
