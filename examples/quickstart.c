/*
 * sciport quick start: find the two tones hidden in a noisy signal.
 *
 * One second of a 50 Hz sine (amplitude 1) plus a 120 Hz sine (amplitude 0.5)
 * plus uniform noise, sampled at 1000 Hz, goes through sciport_fft_rfft (SciPy's
 * scipy.fft.rfft); the two largest bins, located with sciport_fft_rfftfreq,
 * are the tones. Then a deliberately bad call shows how errors come back.
 *
 * Build: cc -std=c99 -Iinclude examples/quickstart.c -Ltarget/release -lsciport -lm
 * (examples/run.sh does this for you).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include <sciport.h>

#define N 1000              /* samples: one second */
#define FS 1000.0           /* sampling rate in Hz */
#define NBINS (N / 2 + 1)   /* length of rfft's output */

static const double PI = 3.14159265358979323846;

/* Reproducible uniform noise in [-1, 1) from a xorshift64 generator. */
static double noise(uint64_t *state) {
  *state ^= *state << 13;
  *state ^= *state >> 7;
  *state ^= *state << 17;
  return (double)(*state >> 11) / 4503599627370496.0 - 1.0; /* 2^52 */
}

static void make_signal(double *x) {
  uint64_t state = 88172645463325252ULL;
  size_t k;
  for (k = 0; k < N; ++k) {
    double t = (double)k / FS;
    x[k] = sin(2 * PI * 50 * t) + 0.5 * sin(2 * PI * 120 * t) + noise(&state);
  }
}

/* Indices of the two largest |spectrum[k]| for k >= 1 (skipping the mean). */
static void two_peaks(const sciport_complex *spectrum, size_t *first, size_t *second) {
  size_t k;
  *first = 1;
  *second = 2;
  for (k = 1; k < NBINS; ++k) {
    double m = hypot(spectrum[k].re, spectrum[k].im);
    if (m > hypot(spectrum[*first].re, spectrum[*first].im)) {
      *second = *first;
      *first = k;
    } else if (k != *first && m > hypot(spectrum[*second].re, spectrum[*second].im)) {
      *second = k;
    }
  }
}

/* Prints a failed call's status and message and releases the error. */
static int report(const char *call, sciport_status status, sciport_error *err) {
  printf("%s failed: status %d (%s): %s\n", call, (int)status, sciport_status_str(status),
         sciport_error_message(err));
  sciport_error_free(err);
  return 1;
}

int main(void) {
  static double x[N], freqs[NBINS];
  static sciport_complex spectrum[NBINS];
  const size_t x_shape[1] = {N}, spectrum_shape[1] = {NBINS};
  const ptrdiff_t unit_stride[1] = {1};
  /* 1-D strided views: data, number of dimensions, shape, strides (in elements). */
  sciport_ndarray xv = {x, 1, x_shape, unit_stride};
  sciport_cndarray sv = {spectrum, 1, spectrum_shape, unit_stride};
  sciport_error *err = NULL;
  sciport_status status;
  size_t lo, hi;

  make_signal(x);

  /* rfft(x) with SciPy's defaults: n = None (-1), axis = -1, norm = None, workers = None. */
  status = sciport_fft_rfft(&xv, -1, -1, NULL, 0, &sv, &err);
  if (status != SCIPORT_OK) return report("sciport_fft_rfft", status, err);
  status = sciport_fft_rfftfreq(N, 1.0 / FS, freqs, NBINS, &err);
  if (status != SCIPORT_OK) return report("sciport_fft_rfftfreq", status, err);

  two_peaks(spectrum, &lo, &hi);
  if (lo > hi) {
    size_t tmp = lo;
    lo = hi;
    hi = tmp;
  }
  printf("sciport %s: rfft of %d noisy samples at %.0f Hz\n", sciport_version(), N, FS);
  printf("  peaks at %.1f Hz (amplitude %.2f) and %.1f Hz (amplitude %.2f)\n", freqs[lo],
         2 * hypot(spectrum[lo].re, spectrum[lo].im) / N, freqs[hi],
         2 * hypot(spectrum[hi].re, spectrum[hi].im) / N);

  /* Errors: a misspelled norm is refused with a status and a message. */
  status = sciport_fft_rfft(&xv, -1, -1, "orthonormal", 0, &sv, &err);
  printf("  bad norm \"orthonormal\" -> status %d (%s): %s\n", (int)status,
         sciport_status_str(status), sciport_error_message(err));
  sciport_error_free(err);
  return status == SCIPORT_ERR_UNKNOWN_NAME ? 0 : 1;
}
