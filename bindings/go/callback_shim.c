// C side of the Go callbacks: sciport_scalar_func trampolines that forward to
// the exported Go function with the cgo.Handle carried in user_data, and the
// solver (and expect) entry points that install them (C function pointers cannot be
// taken from Go).
#include "sciport.h"
#include "_cgo_export.h"

static int32_t sciport_go_f(double x, double *out, void *user_data) {
    return sciportGoScalarCall(x, out, (uintptr_t)user_data, 0);
}

static int32_t sciport_go_fprime(double x, double *out, void *user_data) {
    return sciportGoScalarCall(x, out, (uintptr_t)user_data, 1);
}

static int32_t sciport_go_fprime2(double x, double *out, void *user_data) {
    return sciportGoScalarCall(x, out, (uintptr_t)user_data, 2);
}

sciport_status sciport_go_root_scalar(int has_f, uintptr_t handle,
                                      sciport_root_scalar_options *options,
                                      int has_fprime, int has_fprime2,
                                      sciport_root_results *out, sciport_error **err) {
    options->fprime = has_fprime ? sciport_go_fprime : NULL;
    options->fprime2 = has_fprime2 ? sciport_go_fprime2 : NULL;
    return sciport_optimize_root_scalar(has_f ? sciport_go_f : NULL, (void *)handle,
                                        options, out, err);
}

sciport_status sciport_go_minimize_scalar(int has_f, uintptr_t handle,
                                          const sciport_minimize_scalar_options *options,
                                          sciport_minimize_scalar_result *out,
                                          sciport_error **err) {
    return sciport_optimize_minimize_scalar(has_f ? sciport_go_f : NULL, (void *)handle,
                                            options, out, err);
}

sciport_status sciport_go_dist_expect(int has_f, uintptr_t handle, const sciport_dist *dist,
                                      const sciport_dist_expect_options *options, double *out,
                                      sciport_error **err) {
    return sciport_stats_dist_expect(dist, has_f ? sciport_go_f : NULL, (void *)handle, options,
                                     out, err);
}
