/*
 * A minimal C program built against sciport::sciport (CMake) or pkg-config.
 * x[k] = cos(2*pi*3k/16) + 0.5*sin(2*pi*5k/16), k = 0..15, so by the DFT's
 * definition rfft(x) is 8 at bin 3, -4i at bin 5 and 0 elsewhere. Prints
 * "consumer(c): ... OK" and exits 0 when sciport agrees, else exits 1.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <sciport.h>

#define N 16
#define NOUT (N / 2 + 1)

static int fail(const char *what, sciport_error *err) {
  printf("consumer(c): FAILED %s: %s\n", what, sciport_error_message(err));
  sciport_error_free(err);
  return 1;
}

/* The exact spectrum of the test signal. */
static sciport_complex expected_bin(size_t k) {
  sciport_complex z = {0.0, 0.0};
  if (k == 3) z.re = N / 2.0;
  if (k == 5) z.im = -N / 4.0;
  return z;
}

static int check_version(void) {
  char macro_version[32];
  sprintf(macro_version, "%d.%d.%d", SCIPORT_VERSION_MAJOR, SCIPORT_VERSION_MINOR,
          SCIPORT_VERSION_PATCH);
  if (strcmp(macro_version, sciport_version()) != 0) {
    printf("consumer(c): FAILED header %s != library %s\n", macro_version,
           sciport_version());
    return 1;
  }
  return 0;
}

int main(void) {
  const double pi = 3.14159265358979323846;
  double x[N];
  sciport_complex y[NOUT];
  size_t shape_x[1] = {N}, shape_y[1] = {NOUT};
  ptrdiff_t strides_x[1], strides_y[1];
  sciport_ndarray xv;
  sciport_cndarray yv;
  sciport_error *err = NULL;
  double max_err = 0.0;
  size_t k;

  if (check_version()) return 1;
  for (k = 0; k < N; ++k)
    x[k] = cos(2 * pi * 3 * k / N) + 0.5 * sin(2 * pi * 5 * k / N);
  if (sciport_ndarray_c_order(x, 1, shape_x, strides_x, &xv, &err) ||
      sciport_cndarray_c_order(y, 1, shape_y, strides_y, &yv, &err))
    return fail("view", err);
  if (sciport_fft_rfft(&xv, -1, -1, NULL, 0, &yv, &err) != SCIPORT_OK)
    return fail("rfft", err);
  for (k = 0; k < NOUT; ++k) {
    sciport_complex e = expected_bin(k);
    double d = hypot(y[k].re - e.re, y[k].im - e.im);
    if (d > max_err) max_err = d;
  }
  if (max_err > 1e-12) {
    printf("consumer(c): FAILED rfft max error %.3g\n", max_err);
    return 1;
  }
  printf("consumer(c): sciport %s rfft(16) max error %.1e OK\n", sciport_version(),
         max_err);
  return 0;
}
