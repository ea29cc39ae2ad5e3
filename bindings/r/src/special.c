/* scipy.special for R: one .Call entry that runs any sciport_special_*
 * function (special_table.h, generated from the header) on double vectors,
 * broadcast as NumPy broadcasts 1-D operands (each of the common length or
 * of length 1). */
#include <string.h>

#include "glue.h"

typedef sciport_status (*ufunc1)(const sciport_ndarray *, const sciport_ndarray *,
                                 sciport_error **);
typedef sciport_status (*ufunc2)(const sciport_ndarray *, const sciport_ndarray *,
                                 const sciport_ndarray *, sciport_error **);
typedef sciport_status (*ufunc3)(const sciport_ndarray *, const sciport_ndarray *,
                                 const sciport_ndarray *, const sciport_ndarray *,
                                 sciport_error **);

/* One special function: its SciPy name, its arity and its C entry point. */
typedef struct {
    const char *name;
    int nargs;
    ufunc1 f1;
    ufunc2 f2;
    ufunc3 f3;
} special_entry;

#include "special_table.h"

static const special_entry *find_special(const char *name) {
    size_t i;
    for (i = 0; i < sizeof(SPECIAL_TABLE) / sizeof(SPECIAL_TABLE[0]); i++) {
        if (strcmp(SPECIAL_TABLE[i].name, name) == 0) {
            return &SPECIAL_TABLE[i];
        }
    }
    return NULL;
}

/* sp_special(name, args): `args` is a list of double vectors; returns the
 * function's values as a new double vector of the common length. */
SEXP sp_special(SEXP name, SEXP args) {
    const special_entry *e = find_special(sp_string(name));
    sciport_ndarray in[3], out;
    size_t lens[3], n = 1;
    int k, nargs, all_scalars = 1;
    sciport_error *err = NULL;
    sciport_status st;
    SEXP result;
    if (e == NULL || TYPEOF(args) != VECSXP || XLENGTH(args) != e->nargs) {
        Rf_error("sp_special: unknown function or wrong number of arguments");
    }
    nargs = e->nargs;
    for (k = 0; k < nargs; k++) {
        SEXP a = VECTOR_ELT(args, k);
        if (TYPEOF(a) != REALSXP) {
            Rf_error("sp_special: arguments must be double vectors");
        }
        lens[k] = (size_t)XLENGTH(a);
        in[k] = sp_real_view(REAL(a), 1, &lens[k]);
        if (lens[k] != 1) {
            n = all_scalars || lens[k] > n ? lens[k] : n;
            all_scalars = 0;
        }
    }
    result = sp_alloc_result(REALSXP, 1, &n, 0); /* returned protected */
    out = sp_real_view(REAL(result), 1, &n);
    switch (nargs) {
    case 1:
        st = e->f1(&in[0], &out, &err);
        break;
    case 2:
        st = e->f2(&in[0], &in[1], &out, &err);
        break;
    default:
        st = e->f3(&in[0], &in[1], &in[2], &out, &err);
        break;
    }
    if (st != SCIPORT_OK) {
        UNPROTECT(1);
        sp_fail(st, err);
    }
    UNPROTECT(1);
    return result;
}
