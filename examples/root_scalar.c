/*
 * Root of cos(x) - x on [0, 1] with brentq (scipy.optimize.root_scalar), with a
 * user_data struct that the callback uses to count its calls and to stop the
 * search once a call budget is spent (a non-zero return aborts the solver,
 * which then reports SCIPORT_ERR_CALLBACK and the callback's code).
 *
 * Build: cc -std=c99 -Iinclude examples/root_scalar.c -Ltarget/release -lsciport -lm
 * Run:   examples/run.sh root_scalar
 */
#include <math.h>
#include <stdio.h>

#include <sciport.h>

/* What the callback needs besides x: a call counter and a budget. */
struct budget {
  long calls;
  long max_calls;
};

#define OVER_BUDGET 42 /* the callback's own error code */

/* f(x) = cos(x) - x; refuses to evaluate once the budget is spent. */
static int32_t cos_minus_x(double x, double *out, void *user_data) {
  struct budget *b = (struct budget *)user_data;
  if (b->calls >= b->max_calls) return OVER_BUDGET;
  b->calls += 1;
  *out = cos(x) - x;
  return 0;
}

/* Runs brentq on [0, 1] with the given call budget. */
static sciport_status solve(struct budget *b, sciport_root_results *r, sciport_error **err) {
  sciport_root_scalar_options opts = sciport_optimize_root_scalar_options_default();
  opts.method = "brentq";
  opts.bracket[0] = 0.0;
  opts.bracket[1] = 1.0;
  return sciport_optimize_root_scalar(cos_minus_x, b, &opts, r, err);
}

int main(void) {
  struct budget generous = {0, 100}, tight = {0, 3};
  sciport_root_results r;
  sciport_error *err = NULL;
  int32_t code;
  sciport_status status = solve(&generous, &r, &err);

  if (status != SCIPORT_OK) {
    printf("brentq failed: status %d (%s): %s\n", (int)status, sciport_status_str(status),
           sciport_error_message(err));
    sciport_error_free(err);
    return 1;
  }
  printf("brentq on cos(x) - x, bracket [0, 1]:\n");
  printf("  root %.12f, |cos(root) - root| = %.1e\n", r.root, fabs(cos(r.root) - r.root));
  printf("  %lld iterations, %lld function calls (the callback counted %ld), %s (flag \"%s\")\n",
         (long long)r.iterations, (long long)r.function_calls, generous.calls,
         r.converged ? "converged" : "not converged", r.flag);

  status = solve(&tight, &r, &err);
  code = sciport_error_callback_code(err);
  printf("with a budget of %ld calls: status %d (%s), callback code %d: %s\n",
         tight.max_calls, (int)status, sciport_status_str(status), (int)code,
         sciport_error_message(err));
  sciport_error_free(err);
  return status == SCIPORT_ERR_CALLBACK && code == OVER_BUDGET ? 0 : 1;
}
