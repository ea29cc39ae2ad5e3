/*
 * scipy.stats distributions from C: freeze norm(loc=1.5, scale=2.5), evaluate
 * its cdf and ppf over an array, its interval and moments, fit it to data,
 * take an expectation through a callback, and see the error an unknown
 * family name gives.
 *
 * Build: cc -std=c99 -Iinclude examples/distributions.c -Ltarget/release -lsciport -lm
 * Run:   examples/run.sh distributions
 */
#include <stdio.h>

#include <sciport.h>

/* g(x) = x^2, for E[X^2]. */
static int32_t square(double x, double *out, void *user_data) {
  (void)user_data;
  *out = x * x;
  return 0;
}

int main(void) {
  sciport_dist *d = NULL;
  sciport_error *err = NULL;
  double x[3] = {-1.0, 1.5, 4.0}, q[3] = {0.025, 0.5, 0.975}, p[3], xq[3];
  size_t three[1] = {3};
  ptrdiff_t unit[1] = {1};
  sciport_ndarray xv = {x, 1, three, unit}, qv = {q, 1, three, unit};
  sciport_ndarray pv = {p, 1, three, unit}, xqv = {xq, 1, three, unit};
  double lo, hi, mean, var, e2, data[6] = {2.1, 0.4, 3.3, 1.8, 2.9, 1.1}, loc, scale;

  /* scipy.stats.norm(loc=1.5, scale=2.5) */
  if (sciport_stats_dist_new("norm", NULL, 0, 1.5, 2.5, &d, &err) != SCIPORT_OK ||
      sciport_stats_dist_cdf(d, &xv, &pv, &err) != SCIPORT_OK ||
      sciport_stats_dist_ppf(d, &qv, &xqv, &err) != SCIPORT_OK ||
      sciport_stats_dist_interval(d, 0.95, &lo, &hi, &err) != SCIPORT_OK ||
      sciport_stats_dist_stats(d, &mean, &var, NULL, NULL, &err) != SCIPORT_OK ||
      sciport_stats_dist_expect(d, square, NULL, NULL, &e2, &err) != SCIPORT_OK) {
    fprintf(stderr, "error: %s\n", sciport_error_message(err));
    sciport_error_free(err);
    sciport_stats_dist_free(d);
    return 1;
  }
  printf("cdf(%g, %g, %g) = %.6f %.6f %.6f\n", x[0], x[1], x[2], p[0], p[1], p[2]);
  printf("ppf(%g, %g, %g) = %.6f %.6f %.6f\n", q[0], q[1], q[2], xq[0], xq[1], xq[2]);
  printf("interval(0.95) = [%.6f, %.6f], mean %g, var %g, E[X^2] %.6f\n", lo, hi, mean, var, e2);
  sciport_stats_dist_free(d);

  /* scipy.stats.norm.fit(data): the sample mean and RMS deviation */
  if (sciport_stats_dist_fit("norm", data, 6, NULL, NULL, 0, &loc, &scale, &err) == SCIPORT_OK) {
    printf("fit: loc %.6f, scale %.6f\n", loc, scale);
  }

  /* An unknown family is an error whose message lists the accepted names. */
  sciport_status st = sciport_stats_dist_new("gaussian", NULL, 0, 0.0, 1.0, &d, &err);
  printf("status %d (%s): %s\n", (int)st, sciport_status_str(st), sciport_error_message(err));
  sciport_error_free(err);
  return 0;
}
