/* Registers the .Call routines and disables dynamic symbol lookup. */
#include <R_ext/Rdynload.h>

#include "glue.h"

#define ENTRY(name, n) {#name, (DL_FUNC)&name, n}

static const R_CallMethodDef CALL_METHODS[] = {
    ENTRY(sp_fft1, 7),
    ENTRY(sp_fftn, 7),
    ENTRY(sp_trig1, 9),
    ENTRY(sp_trign, 9),
    ENTRY(sp_shift, 3),
    ENTRY(sp_freq, 3),
    ENTRY(sp_next_fast_len, 2),
    ENTRY(sp_root_scalar, 10),
    ENTRY(sp_minimize_scalar, 7),
    ENTRY(sp_version, 0),
    ENTRY(sp_status_str, 1),
    ENTRY(sp_set_num_threads, 1),
    ENTRY(sp_get_num_threads, 0),
    {NULL, NULL, 0},
};

/* Called by R when the package's shared object is loaded. */
void R_init_sciport(DllInfo *dll) {
    R_registerRoutines(dll, NULL, CALL_METHODS, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
    R_forceSymbols(dll, TRUE);
}
