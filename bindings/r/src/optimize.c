/* .Call entry points of the scalar solvers and of a frozen distribution's
 * expect(), with R closures as callbacks.
 *
 * An R error (or interrupt) inside a user's closure must not longjmp through
 * sciport's Rust frames. Each evaluation therefore runs under R_UnwindProtect;
 * when R starts to unwind, the cleanup handler records it and longjmps back
 * into the trampoline's own frame, which returns a non-zero code to sciport.
 * sciport then returns SCIPORT_ERR_CALLBACK; the glue frees the sciport error
 * and resumes R's unwind with R_ContinueUnwind, so the caller sees the
 * original R error. */
#include <math.h>
#include <setjmp.h>
#include <string.h>

#include "glue.h"

enum { CB_F, CB_FPRIME, CB_FPRIME2, CB_COUNT };

static const char *const CB_NAMES[CB_COUNT] = {"f", "fprime", "fprime2"};

/* State shared by the trampolines of one solver call. */
typedef struct {
    SEXP fun[CB_COUNT]; /* the user's closures (R_NilValue when absent) */
    SEXP token;         /* continuation token from R_MakeUnwindCont */
    int unwound;        /* set when R unwound out of a closure */
    jmp_buf jump;       /* where the cleanup handler returns to */
} cb_state;

/* One evaluation: which closure, its argument, and the value it returned. */
typedef struct {
    cb_state *state;
    int which;
    double x;
    double value;
} cb_eval;

/* Evaluates fun(x) and checks the result is a single number (runs under
 * R_UnwindProtect, so R errors raised here are caught there). */
static SEXP cb_body(void *data) {
    cb_eval *ev = (cb_eval *)data;
    SEXP arg = PROTECT(Rf_ScalarReal(ev->x));
    SEXP call = PROTECT(Rf_lang2(ev->state->fun[ev->which], arg));
    SEXP res = PROTECT(Rf_eval(call, R_GlobalEnv));
    if (!(Rf_isReal(res) || Rf_isInteger(res) || Rf_isLogical(res)) || XLENGTH(res) != 1)
        Rf_error("%s must return a single number", CB_NAMES[ev->which]);
    ev->value = Rf_asReal(res);
    UNPROTECT(3);
    return R_NilValue;
}

/* Runs after cb_body; on an R unwind, jumps back into cb_invoke's frame. */
static void cb_cleanup(void *data, Rboolean jump) {
    cb_state *state = (cb_state *)data;
    if (jump) {
        state->unwound = 1;
        longjmp(state->jump, 1);
    }
}

static int32_t cb_invoke(cb_state *state, int which, double x, double *out) {
    cb_eval ev = {state, which, x, NAN};
    if (setjmp(state->jump)) return 1; /* R is unwinding: abort the solver */
    R_UnwindProtect(cb_body, &ev, cb_cleanup, state, state->token);
    *out = ev.value;
    return 0;
}

static int32_t tramp_f(double x, double *out, void *user_data) {
    return cb_invoke((cb_state *)user_data, CB_F, x, out);
}

static int32_t tramp_fprime(double x, double *out, void *user_data) {
    return cb_invoke((cb_state *)user_data, CB_FPRIME, x, out);
}

static int32_t tramp_fprime2(double x, double *out, void *user_data) {
    return cb_invoke((cb_state *)user_data, CB_FPRIME2, x, out);
}

/* Prepares the callback state; leaves the continuation token protected. */
static void cb_init(cb_state *state, SEXP f, SEXP fprime, SEXP fprime2) {
    memset(state, 0, sizeof *state);
    state->fun[CB_F] = f;
    state->fun[CB_FPRIME] = fprime;
    state->fun[CB_FPRIME2] = fprime2;
    state->token = PROTECT(R_MakeUnwindCont());
}

/* After the solver returned: resumes an R unwind, or signals a sciport error. */
static void cb_finish(cb_state *state, sciport_status status, sciport_error *err) {
    if (state->unwound) {
        sciport_error_free(err);
        R_ContinueUnwind(state->token);
    }
    sp_check(status, err);
}

static SEXP named_list(int n, const char **names) {
    SEXP out = PROTECT(Rf_allocVector(VECSXP, n));
    SEXP nms = PROTECT(Rf_allocVector(STRSXP, n));
    for (int i = 0; i < n; i++) SET_STRING_ELT(nms, i, Rf_mkChar(names[i]));
    Rf_setAttrib(out, R_NamesSymbol, nms);
    UNPROTECT(1);
    return out; /* protected; the caller UNPROTECTs */
}

static SEXP root_result(const sciport_root_results *r) {
    const char *names[] = {"root", "iterations", "function_calls", "converged", "flag"};
    SEXP out = named_list(5, names);
    SET_VECTOR_ELT(out, 0, Rf_ScalarReal(r->root));
    SET_VECTOR_ELT(out, 1, Rf_ScalarInteger((int)r->iterations));
    SET_VECTOR_ELT(out, 2, Rf_ScalarInteger((int)r->function_calls));
    SET_VECTOR_ELT(out, 3, Rf_ScalarLogical(r->converged));
    SET_VECTOR_ELT(out, 4, Rf_mkString(r->flag));
    UNPROTECT(1);
    return out;
}

static SEXP minimize_result(const sciport_minimize_scalar_result *r) {
    const char *names[] = {"x", "fun", "nit", "nfev", "success", "status", "message"};
    SEXP out = named_list(7, names);
    SET_VECTOR_ELT(out, 0, Rf_ScalarReal(r->x));
    SET_VECTOR_ELT(out, 1, Rf_ScalarReal(r->fun));
    SET_VECTOR_ELT(out, 2, Rf_ScalarInteger((int)r->nit));
    SET_VECTOR_ELT(out, 3, Rf_ScalarInteger((int)r->nfev));
    SET_VECTOR_ELT(out, 4, Rf_ScalarLogical(r->success));
    SET_VECTOR_ELT(out, 5, Rf_ScalarInteger(r->status));
    SET_VECTOR_ELT(out, 6, Rf_mkString(r->message));
    UNPROTECT(1);
    return out;
}

SEXP sp_root_scalar(SEXP f, SEXP fprime, SEXP fprime2, SEXP method, SEXP bracket,
                    SEXP x0, SEXP x1, SEXP xtol, SEXP rtol, SEXP maxiter) {
    sciport_root_scalar_options o = sciport_optimize_root_scalar_options_default();
    o.method = sp_string(method);
    if (bracket != R_NilValue) {
        o.bracket[0] = REAL(bracket)[0];
        o.bracket[1] = REAL(bracket)[1];
    }
    o.x0 = sp_double(x0, NAN);
    o.x1 = sp_double(x1, NAN);
    o.xtol = sp_double(xtol, NAN);
    o.rtol = sp_double(rtol, NAN);
    o.maxiter = sp_int64(maxiter, -1);
    o.fprime = fprime != R_NilValue ? tramp_fprime : NULL;
    o.fprime2 = fprime2 != R_NilValue ? tramp_fprime2 : NULL;
    cb_state state;
    cb_init(&state, f, fprime, fprime2);
    sciport_root_results r;
    sciport_error *err = NULL;
    sciport_status st = sciport_optimize_root_scalar(tramp_f, &state, &o, &r, &err);
    cb_finish(&state, st, err);
    UNPROTECT(1);
    return root_result(&r);
}

SEXP sp_minimize_scalar(SEXP f, SEXP method, SEXP bracket, SEXP bounds, SEXP tol,
                        SEXP xatol, SEXP maxiter) {
    sciport_minimize_scalar_options o = sciport_optimize_minimize_scalar_options_default();
    o.method = sp_string(method);
    if (bracket != R_NilValue) {
        o.bracket_len = (size_t)XLENGTH(bracket);
        for (size_t i = 0; i < o.bracket_len && i < 3; i++) o.bracket[i] = REAL(bracket)[i];
    }
    if (bounds != R_NilValue) {
        o.bounds[0] = REAL(bounds)[0];
        o.bounds[1] = REAL(bounds)[1];
    }
    o.tol = sp_double(tol, NAN);
    o.xatol = sp_double(xatol, o.xatol);
    o.maxiter = sp_int64(maxiter, -1);
    cb_state state;
    cb_init(&state, f, R_NilValue, R_NilValue);
    sciport_minimize_scalar_result r;
    sciport_error *err = NULL;
    sciport_status st = sciport_optimize_minimize_scalar(tramp_f, &state, &o, &r, &err);
    cb_finish(&state, st, err);
    UNPROTECT(1);
    return minimize_result(&r);
}

/* sp_dist_expect(ptr, f, lb, ub, conditional, epsabs, epsrel, limit,
 * maxcount, tolerance): E[f(X)] of the sciport_dist behind ptr; f NULL is
 * the identity, the others NULL are SciPy's defaults. */
SEXP sp_dist_expect(SEXP ptr, SEXP f, SEXP lb, SEXP ub, SEXP conditional, SEXP epsabs,
                    SEXP epsrel, SEXP limit, SEXP maxcount, SEXP tolerance) {
    const sciport_dist *d = sp_dist_of(ptr);
    sciport_dist_expect_options o = sciport_stats_dist_expect_options_default();
    o.lb = sp_double(lb, NAN);
    o.ub = sp_double(ub, NAN);
    o.conditional = Rf_asLogical(conditional) == TRUE;
    o.epsabs = sp_double(epsabs, o.epsabs);
    o.epsrel = sp_double(epsrel, o.epsrel);
    o.limit = (size_t)sp_int64(limit, (int64_t)o.limit);
    o.maxcount = (size_t)sp_int64(maxcount, (int64_t)o.maxcount);
    o.tolerance = sp_double(tolerance, o.tolerance);
    cb_state state;
    cb_init(&state, f, R_NilValue, R_NilValue);
    double out = NAN;
    sciport_error *err = NULL;
    sciport_status st =
        sciport_stats_dist_expect(d, f != R_NilValue ? tramp_f : NULL, &state, &o, &out, &err);
    cb_finish(&state, st, err);
    UNPROTECT(1);
    return Rf_ScalarReal(out);
}
