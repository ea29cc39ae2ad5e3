/* Sizes and field offsets of the C structs in include/sciport.h, for
 * test_sciport.f90 to compare with its bind(C) derived types. */
#include <stddef.h>
#include "sciport.h"

#define PUT(v) (out[k++] = (size_t)(v))

/* Writes the layout table into out (at least 69 entries); returns its length.
 * Order: see expected_layout in test_sciport.f90. */
size_t sciport_test_c_layout(size_t *out) {
    size_t k = 0;
    PUT(sizeof(sciport_ndarray));
    PUT(offsetof(sciport_ndarray, ndim));
    PUT(offsetof(sciport_ndarray, shape));
    PUT(offsetof(sciport_ndarray, strides));
    PUT(sizeof(sciport_cndarray));
    PUT(sizeof(sciport_complex));
    PUT(sizeof(sciport_vec));
    PUT(offsetof(sciport_vec, stride));
    PUT(sizeof(sciport_mat));
    PUT(offsetof(sciport_mat, col_stride));
    PUT(sizeof(sciport_root_scalar_options));
    PUT(offsetof(sciport_root_scalar_options, method));
    PUT(offsetof(sciport_root_scalar_options, bracket));
    PUT(offsetof(sciport_root_scalar_options, x0));
    PUT(offsetof(sciport_root_scalar_options, x1));
    PUT(offsetof(sciport_root_scalar_options, fprime));
    PUT(offsetof(sciport_root_scalar_options, fprime2));
    PUT(offsetof(sciport_root_scalar_options, xtol));
    PUT(offsetof(sciport_root_scalar_options, rtol));
    PUT(offsetof(sciport_root_scalar_options, maxiter));
    PUT(sizeof(sciport_root_results));
    PUT(offsetof(sciport_root_results, iterations));
    PUT(offsetof(sciport_root_results, function_calls));
    PUT(offsetof(sciport_root_results, converged));
    PUT(offsetof(sciport_root_results, flag));
    PUT(sizeof(sciport_minimize_scalar_options));
    PUT(offsetof(sciport_minimize_scalar_options, method));
    PUT(offsetof(sciport_minimize_scalar_options, bracket));
    PUT(offsetof(sciport_minimize_scalar_options, bracket_len));
    PUT(offsetof(sciport_minimize_scalar_options, bounds));
    PUT(offsetof(sciport_minimize_scalar_options, tol));
    PUT(offsetof(sciport_minimize_scalar_options, xatol));
    PUT(offsetof(sciport_minimize_scalar_options, maxiter));
    PUT(sizeof(sciport_minimize_scalar_result));
    PUT(offsetof(sciport_minimize_scalar_result, fun));
    PUT(offsetof(sciport_minimize_scalar_result, nit));
    PUT(offsetof(sciport_minimize_scalar_result, nfev));
    PUT(offsetof(sciport_minimize_scalar_result, success));
    PUT(offsetof(sciport_minimize_scalar_result, status));
    PUT(offsetof(sciport_minimize_scalar_result, message));
    PUT(sizeof(ptrdiff_t));
    /* linalg options structs (entries 42-52) */
    PUT(sizeof(sciport_linalg_solve_options));
    PUT(offsetof(sciport_linalg_solve_options, assume_a));
    PUT(offsetof(sciport_linalg_solve_options, lower));
    PUT(offsetof(sciport_linalg_solve_options, transposed));
    PUT(offsetof(sciport_linalg_solve_options, check_finite));
    PUT(sizeof(sciport_linalg_eigh_options));
    PUT(offsetof(sciport_linalg_eigh_options, lower));
    PUT(offsetof(sciport_linalg_eigh_options, check_finite));
    PUT(offsetof(sciport_linalg_eigh_options, subset_by_index));
    PUT(offsetof(sciport_linalg_eigh_options, subset_by_value));
    PUT(offsetof(sciport_linalg_eigh_options, driver));
    /* stats options structs (entries 53-69) */
    PUT(sizeof(sciport_dist_fit_options));
    PUT(offsetof(sciport_dist_fit_options, method));
    PUT(offsetof(sciport_dist_fit_options, fixed_shapes));
    PUT(offsetof(sciport_dist_fit_options, floc));
    PUT(offsetof(sciport_dist_fit_options, fscale));
    PUT(offsetof(sciport_dist_fit_options, guess_shapes));
    PUT(offsetof(sciport_dist_fit_options, loc));
    PUT(offsetof(sciport_dist_fit_options, scale));
    PUT(sizeof(sciport_dist_expect_options));
    PUT(offsetof(sciport_dist_expect_options, lb));
    PUT(offsetof(sciport_dist_expect_options, ub));
    PUT(offsetof(sciport_dist_expect_options, conditional));
    PUT(offsetof(sciport_dist_expect_options, epsabs));
    PUT(offsetof(sciport_dist_expect_options, epsrel));
    PUT(offsetof(sciport_dist_expect_options, limit));
    PUT(offsetof(sciport_dist_expect_options, maxcount));
    PUT(offsetof(sciport_dist_expect_options, tolerance));
    return k;
}
