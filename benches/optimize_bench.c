/*
 * C side of benches/optimize_bench.py: sciport's scalar root finders and
 * minimizers called from C with C callbacks, timed inside C.
 *
 * The Python script compiles this file with gcc -O2 against
 * target/release/libsciport.so (rpath), loads it with ctypes and calls
 * bench_case() / run_case(). The case table here and CASES in the script
 * list the same problems in the same order; the script checks the names.
 */
#define _POSIX_C_SOURCE 199309L

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sciport.h"

/* cos(x) - x: one root near 0.739 in [0, 1]. */
static int32_t f_cos(double x, double *out, void *user_data) {
    (void)user_data;
    *out = cos(x) - x;
    return 0;
}

/* x^3 - 2x - 5: Newton's classic, one real root near 2.0946. */
static int32_t f_cubic(double x, double *out, void *user_data) {
    (void)user_data;
    *out = (x * x - 2.0) * x - 5.0;
    return 0;
}

/* Derivative of f_cubic. */
static int32_t f_cubic_d1(double x, double *out, void *user_data) {
    (void)user_data;
    *out = 3.0 * x * x - 2.0;
    return 0;
}

/* Second derivative of f_cubic. */
static int32_t f_cubic_d2(double x, double *out, void *user_data) {
    (void)user_data;
    *out = 6.0 * x;
    return 0;
}

/* (x - 2)^2: minimum 0 at x = 2. */
static int32_t f_quad(double x, double *out, void *user_data) {
    (void)user_data;
    *out = (x - 2.0) * (x - 2.0);
    return 0;
}

/* One benchmark problem: a root_scalar or a minimize_scalar call. */
typedef struct {
    const char *name;   /* label printed by the script */
    int is_min;         /* 1 = minimize_scalar, 0 = root_scalar */
    const char *method; /* sciport method name, NULL = SciPy's default choice */
} bench_case_t;

static const bench_case_t CASES[] = {
    {"root brentq", 0, "brentq"},
    {"root brenth", 0, "brenth"},
    {"root ridder", 0, "ridder"},
    {"root bisect", 0, "bisect"},
    {"root toms748", 0, "toms748"},
    {"root newton", 0, "newton"},
    {"root secant", 0, "secant"},
    {"root halley", 0, "halley"},
    {"min brent (default)", 1, NULL},
    {"min golden", 1, "golden"},
    {"min bounded", 1, "bounded"},
};

#define N_CASES ((int)(sizeof CASES / sizeof CASES[0]))

/* Number of cases in the table. */
int n_cases(void) { return N_CASES; }

/* Label of case `id` ("" when out of range). */
const char *case_name(int id) { return (id >= 0 && id < N_CASES) ? CASES[id].name : ""; }

/* The arguments of one case, built once before timing. */
typedef struct {
    const bench_case_t *c;
    sciport_scalar_func f;
    sciport_root_scalar_options root;
    sciport_minimize_scalar_options min;
} prepared_t;

/* Root options: bracket [0, 1] for the bracketing methods on cos(x) - x,
 * x0 = 2 (and x1 = 3 for secant, fprime/fprime2 for newton/halley) on the cubic. */
static void prepare_root(prepared_t *p) {
    p->root = sciport_optimize_root_scalar_options_default();
    p->root.method = p->c->method;
    if (strcmp(p->c->method, "newton") && strcmp(p->c->method, "secant") &&
        strcmp(p->c->method, "halley")) {
        p->f = f_cos;
        p->root.bracket[0] = 0.0;
        p->root.bracket[1] = 1.0;
        return;
    }
    p->f = f_cubic;
    p->root.x0 = 2.0;
    if (!strcmp(p->c->method, "secant")) p->root.x1 = 3.0;
    if (strcmp(p->c->method, "secant")) p->root.fprime = f_cubic_d1;
    if (!strcmp(p->c->method, "halley")) p->root.fprime2 = f_cubic_d2;
}

/* Minimizer options on (x - 2)^2: default bracket for brent/golden, bounds
 * [0, 5] for bounded. */
static void prepare_min(prepared_t *p) {
    p->f = f_quad;
    p->min = sciport_optimize_minimize_scalar_options_default();
    p->min.method = p->c->method;
    if (p->c->method && !strcmp(p->c->method, "bounded")) {
        p->min.bounds[0] = 0.0;
        p->min.bounds[1] = 5.0;
    }
}

/* Fills `p` for case `id`; returns 0, or -1 when `id` is out of range. */
static int prepare(int id, prepared_t *p) {
    if (id < 0 || id >= N_CASES) return -1;
    memset(p, 0, sizeof *p);
    p->c = &CASES[id];
    if (p->c->is_min)
        prepare_min(p);
    else
        prepare_root(p);
    return 0;
}

/* Runs the prepared case once; writes x, iterations and function calls. */
static sciport_status run_once(const prepared_t *p, double *x, int64_t *nit, int64_t *nfev,
                               sciport_error **err) {
    sciport_status s;
    if (p->c->is_min) {
        sciport_minimize_scalar_result r;
        s = sciport_optimize_minimize_scalar(p->f, NULL, &p->min, &r, err);
        if (s == SCIPORT_OK) *x = r.x, *nit = r.nit, *nfev = r.nfev;
    } else {
        sciport_root_results r;
        s = sciport_optimize_root_scalar(p->f, NULL, &p->root, &r, err);
        if (s == SCIPORT_OK) *x = r.root, *nit = r.iterations, *nfev = r.function_calls;
    }
    return s;
}

/*
 * Runs case `id` once and reports its result: x (root or minimizer),
 * iterations and function calls. Returns the sciport status (-1 for a bad
 * id); on failure copies the error message into msg[0..msg_len).
 */
int run_case(int id, double *x, int64_t *nit, int64_t *nfev, char *msg, size_t msg_len) {
    prepared_t p;
    sciport_error *err = NULL;
    if (prepare(id, &p)) return -1;
    sciport_status s = run_once(&p, x, nit, nfev, &err);
    if (s != SCIPORT_OK && msg && msg_len) snprintf(msg, msg_len, "%s", sciport_error_message(err));
    sciport_error_free(err);
    return (int)s;
}

/* Monotonic clock in seconds. */
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/*
 * Seconds per call of case `id`, averaged over `reps` back-to-back calls
 * (options built once, outside the timed loop; errors not requested, as a
 * caller who checks only the status would do). Returns a negative value when
 * `id` is out of range, reps < 1 or a call fails.
 */
double bench_case(int id, long reps) {
    prepared_t p;
    double x = 0.0, sink = 0.0;
    int64_t nit = 0, nfev = 0;
    if (prepare(id, &p) || reps < 1) return -1.0;
    double t0 = now();
    for (long i = 0; i < reps; i++) {
        if (run_once(&p, &x, &nit, &nfev, NULL) != SCIPORT_OK) return -2.0;
        sink += x;
    }
    double t1 = now();
    volatile double keep = sink; /* the results are used */
    (void)keep;
    return (t1 - t0) / (double)reps;
}
