/* Shared declarations of the sciport R glue (C over .Call). */
#ifndef SCIPORT_R_GLUE_H
#define SCIPORT_R_GLUE_H

#include <stddef.h>
#include <stdint.h>

#include <R.h>
#include <Rinternals.h>

#include "sciport.h"

/* Signals a failed sciport call as an R condition of class "sciport_error":
 * copies the message, frees `err`, then raises (never returns). */
void sp_fail(sciport_status status, sciport_error *err);

/* Returns normally when `status` is SCIPORT_OK, else calls sp_fail. */
void sp_check(sciport_status status, sciport_error *err);

/* Shape of an R vector/array: its dim attribute, or its length when it has
 * none. Stores the rank in *ndim; the buffer lives until .Call returns. */
size_t *sp_shape_of(SEXP x, size_t *ndim);

/* Copies an R integer/double vector of extents into an R_alloc'd size_t buffer. */
size_t *sp_shape_from(SEXP dims, size_t *ndim);

/* An R_alloc'd int64 copy of an integer/double vector; NULL for R's NULL. */
int64_t *sp_int64s(SEXP v, size_t *len);

/* A single int64 from an integer/double scalar, or `dflt` for R's NULL. */
int64_t sp_int64(SEXP v, int64_t dflt);

/* A single double from a numeric scalar, or `dflt` for R's NULL. */
double sp_double(SEXP v, double dflt);

/* The first string of a character vector, or NULL for R's NULL. */
const char *sp_string(SEXP v);

/* Fortran-order (column-major) views of R data; strides are R_alloc'd. */
sciport_ndarray sp_real_view(double *data, size_t ndim, const size_t *shape);
sciport_cndarray sp_complex_view(Rcomplex *data, size_t ndim, const size_t *shape);

/* A fresh, protected R vector of `type` holding prod(shape) elements, with a
 * dim attribute when `with_dim` is true. The caller UNPROTECTs it. */
SEXP sp_alloc_result(SEXPTYPE type, size_t ndim, const size_t *shape, int with_dim);

/* .Call entry points (see init.c for arities). */
SEXP sp_fft1(SEXP name, SEXP x, SEXP n, SEXP axis, SEXP norm, SEXP workers, SEXP outdim);
SEXP sp_fftn(SEXP name, SEXP x, SEXP s, SEXP axes, SEXP norm, SEXP workers, SEXP outdim);
SEXP sp_trig1(SEXP name, SEXP x, SEXP type, SEXP n, SEXP axis, SEXP norm, SEXP workers,
              SEXP orthogonalize, SEXP outdim);
SEXP sp_trign(SEXP name, SEXP x, SEXP type, SEXP s, SEXP axes, SEXP norm, SEXP workers,
              SEXP orthogonalize, SEXP outdim);
SEXP sp_shift(SEXP inverse, SEXP x, SEXP axes);
SEXP sp_freq(SEXP real, SEXP n, SEXP d);
SEXP sp_next_fast_len(SEXP target, SEXP real);
SEXP sp_root_scalar(SEXP f, SEXP fprime, SEXP fprime2, SEXP method, SEXP bracket,
                    SEXP x0, SEXP x1, SEXP xtol, SEXP rtol, SEXP maxiter);
SEXP sp_minimize_scalar(SEXP f, SEXP method, SEXP bracket, SEXP bounds, SEXP tol,
                        SEXP xatol, SEXP maxiter);
SEXP sp_version(void);
/* The sciport_dist behind an external pointer made by sp_dist_new (NULL after
 * a save/load round trip; errors for anything else). */
const sciport_dist *sp_dist_of(SEXP ptr);
SEXP sp_dist_expect(SEXP ptr, SEXP f, SEXP lb, SEXP ub, SEXP conditional, SEXP epsabs,
                    SEXP epsrel, SEXP limit, SEXP maxcount, SEXP tolerance);
SEXP sp_status_str(SEXP code);
SEXP sp_set_num_threads(SEXP n);
SEXP sp_get_num_threads(void);

#endif
