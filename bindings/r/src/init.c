/* Registers the .Call routines and disables dynamic symbol lookup. */
#include <R_ext/Rdynload.h>

#include "glue.h"

/* linalg.c */
SEXP sp_linalg_solve(SEXP a, SEXP b, SEXP lower, SEXP assume_a, SEXP transposed,
                     SEXP check_finite);
SEXP sp_linalg_solve_triangular(SEXP a, SEXP b, SEXP trans, SEXP lower, SEXP unit_diagonal,
                                SEXP check_finite);
SEXP sp_linalg_lu_factor(SEXP a, SEXP check_finite);
SEXP sp_linalg_lu(SEXP a, SEXP permute_l, SEXP check_finite, SEXP p_indices);
SEXP sp_linalg_ldl(SEXP a, SEXP lower, SEXP hermitian, SEXP check_finite);
SEXP sp_linalg_eig(SEXP a, SEXP b, SEXP values_only, SEXP left, SEXP right, SEXP check_finite,
                   SEXP homogeneous_eigvals);
SEXP sp_linalg_hessenberg(SEXP a, SEXP calc_q, SEXP check_finite);
SEXP sp_linalg_polar(SEXP a, SEXP side);
SEXP sp_linalg_expm(SEXP a);
SEXP sp_linalg_lu_solve(SEXP lu, SEXP piv, SEXP b, SEXP trans, SEXP check_finite);
SEXP sp_linalg_cho_factor(SEXP a, SEXP lower, SEXP check_finite);
SEXP sp_linalg_cho_solve(SEXP c, SEXP lower, SEXP b, SEXP check_finite);
SEXP sp_linalg_cholesky(SEXP a, SEXP lower, SEXP check_finite);
SEXP sp_linalg_inv(SEXP a, SEXP check_finite);
SEXP sp_linalg_det(SEXP a, SEXP check_finite);
SEXP sp_linalg_svd(SEXP a, SEXP full_matrices, SEXP compute_uv, SEXP check_finite,
                   SEXP lapack_driver);
SEXP sp_linalg_svdvals(SEXP a, SEXP check_finite);
SEXP sp_linalg_eigh(SEXP a, SEXP b, SEXP type, SEXP vectors, SEXP lower, SEXP check_finite,
                    SEXP subset_by_index, SEXP subset_by_value, SEXP driver);
SEXP sp_linalg_qr(SEXP a, SEXP mode, SEXP pivoting, SEXP check_finite);
SEXP sp_linalg_qr_raw(SEXP a, SEXP pivoting, SEXP check_finite);
SEXP sp_linalg_rq(SEXP a, SEXP mode, SEXP check_finite);
SEXP sp_linalg_lstsq(SEXP a, SEXP b, SEXP cond, SEXP check_finite, SEXP lapack_driver);
SEXP sp_linalg_pinv(SEXP a, SEXP atol, SEXP rtol, SEXP return_rank, SEXP check_finite);
SEXP sp_linalg_matrix_rank(SEXP a, SEXP tol, SEXP check_finite);
SEXP sp_linalg_null_orth(SEXP a, SEXP range, SEXP rcond, SEXP check_finite);
SEXP sp_linalg_norm(SEXP a, SEXP ord, SEXP check_finite);
SEXP sp_linalg_vector_norm(SEXP x, SEXP ord, SEXP check_finite);
SEXP sp_linalg_solve_banded(SEXP l, SEXP u, SEXP ab, SEXP b, SEXP check_finite);
SEXP sp_linalg_solveh_banded(SEXP ab, SEXP b, SEXP lower, SEXP check_finite);
SEXP sp_linalg_solve_toeplitz(SEXP c, SEXP r, SEXP b, SEXP check_finite);
SEXP sp_linalg_solve_circulant(SEXP c, SEXP b, SEXP singular, SEXP tol);
SEXP sp_linalg_toeplitz(SEXP c, SEXP r);
SEXP sp_linalg_circulant(SEXP c);
SEXP sp_linalg_hilbert(SEXP n);
SEXP sp_linalg_kron(SEXP a, SEXP b);
SEXP sp_linalg_block_diag(SEXP blocks);
SEXP sp_linalg_solve_complex(SEXP a, SEXP b, SEXP lower, SEXP assume_a, SEXP transposed,
                             SEXP check_finite);
SEXP sp_linalg_inv_complex(SEXP a, SEXP check_finite);
SEXP sp_linalg_det_complex(SEXP a, SEXP check_finite);
SEXP sp_linalg_lu_factor_complex(SEXP a, SEXP check_finite);
SEXP sp_linalg_lu_solve_complex(SEXP lu, SEXP piv, SEXP b, SEXP trans, SEXP check_finite);
SEXP sp_linalg_lu_complex(SEXP a, SEXP permute_l, SEXP check_finite, SEXP p_indices);
SEXP sp_linalg_cho_factor_complex(SEXP a, SEXP lower, SEXP check_finite);
SEXP sp_linalg_cho_solve_complex(SEXP c, SEXP lower, SEXP b, SEXP check_finite);
SEXP sp_linalg_cholesky_complex(SEXP a, SEXP lower, SEXP check_finite);
SEXP sp_linalg_qr_complex(SEXP a, SEXP mode, SEXP pivoting, SEXP check_finite);
SEXP sp_linalg_svd_complex(SEXP a, SEXP full_matrices, SEXP compute_uv, SEXP check_finite,
                           SEXP lapack_driver);
SEXP sp_linalg_svdvals_complex(SEXP a, SEXP check_finite);
SEXP sp_linalg_eigh_complex(SEXP a, SEXP vectors, SEXP lower, SEXP check_finite,
                            SEXP subset_by_index, SEXP subset_by_value, SEXP driver);
SEXP sp_linalg_expm_complex(SEXP a);
SEXP sp_linalg_schur(SEXP a, SEXP sort, SEXP check_finite);
SEXP sp_linalg_solve_sylvester(SEXP a, SEXP b, SEXP q);
SEXP sp_linalg_solve_continuous_lyapunov(SEXP a, SEXP q);
SEXP sp_linalg_solve_discrete_lyapunov(SEXP a, SEXP q, SEXP method);
SEXP sp_linalg_solve_are(SEXP discrete, SEXP a, SEXP b, SEXP q, SEXP r, SEXP e, SEXP s,
                         SEXP balanced);
SEXP sp_linalg_sqrtm(SEXP a);
SEXP sp_linalg_logm(SEXP a);
SEXP sp_special(SEXP name, SEXP args);
SEXP sp_logsumexp(SEXP a, SEXP axes, SEXP b, SEXP bdim, SEXP outdim, SEXP return_sign);
SEXP sp_softmax(SEXP x, SEXP axes, SEXP is_log);
/* special_comb.c */
SEXP sp_special_comb(SEXP N, SEXP k, SEXP repetition);
SEXP sp_special_exact(SEXP name, SEXP args, SEXP repetition);

/* stats.c */
SEXP sp_dist_new(SEXP name, SEXP shapes, SEXP loc, SEXP scale);
SEXP sp_dist_names(void);
SEXP sp_dist_family(SEXP name);
SEXP sp_dist_pointwise(SEXP ptr, SEXP which, SEXP x);
SEXP sp_dist_scalar(SEXP ptr, SEXP which);
SEXP sp_dist_moment(SEXP ptr, SEXP order);
SEXP sp_dist_stats(SEXP ptr);
SEXP sp_dist_ends(SEXP ptr, SEXP confidence);
SEXP sp_dist_fit(SEXP name, SEXP data, SEXP n_shapes, SEXP method, SEXP fixed_shapes, SEXP floc,
                 SEXP fscale, SEXP guess_shapes, SEXP loc, SEXP scale);

#define ENTRY(name, n) {#name, (DL_FUNC)&name, n}

static const R_CallMethodDef CALL_METHODS[] = {
    ENTRY(sp_fft1, 7),
    ENTRY(sp_special, 2),
    ENTRY(sp_logsumexp, 6),
    ENTRY(sp_softmax, 3),
    ENTRY(sp_special_comb, 3),
    ENTRY(sp_special_exact, 3),
    ENTRY(sp_dist_new, 4),
    ENTRY(sp_dist_names, 0),
    ENTRY(sp_dist_family, 1),
    ENTRY(sp_dist_pointwise, 3),
    ENTRY(sp_dist_scalar, 2),
    ENTRY(sp_dist_moment, 2),
    ENTRY(sp_dist_stats, 1),
    ENTRY(sp_dist_ends, 2),
    ENTRY(sp_dist_fit, 10),
    ENTRY(sp_dist_expect, 10),
    ENTRY(sp_fftn, 7),
    ENTRY(sp_trig1, 9),
    ENTRY(sp_trign, 9),
    ENTRY(sp_shift, 3),
    ENTRY(sp_freq, 3),
    ENTRY(sp_next_fast_len, 2),
    ENTRY(sp_root_scalar, 10),
    ENTRY(sp_minimize_scalar, 7),
    ENTRY(sp_linalg_solve, 6),
    ENTRY(sp_linalg_solve_triangular, 6),
    ENTRY(sp_linalg_lu_factor, 2),
    ENTRY(sp_linalg_lu, 4),
    ENTRY(sp_linalg_ldl, 4),
    ENTRY(sp_linalg_eig, 7),
    ENTRY(sp_linalg_hessenberg, 3),
    ENTRY(sp_linalg_polar, 2),
    ENTRY(sp_linalg_expm, 1),
    ENTRY(sp_linalg_lu_solve, 5),
    ENTRY(sp_linalg_cho_factor, 3),
    ENTRY(sp_linalg_cho_solve, 4),
    ENTRY(sp_linalg_cholesky, 3),
    ENTRY(sp_linalg_inv, 2),
    ENTRY(sp_linalg_det, 2),
    ENTRY(sp_linalg_svd, 5),
    ENTRY(sp_linalg_svdvals, 2),
    ENTRY(sp_linalg_eigh, 9),
    ENTRY(sp_linalg_qr, 4),
    ENTRY(sp_linalg_qr_raw, 3),
    ENTRY(sp_linalg_rq, 3),
    ENTRY(sp_linalg_lstsq, 5),
    ENTRY(sp_linalg_pinv, 5),
    ENTRY(sp_linalg_matrix_rank, 3),
    ENTRY(sp_linalg_null_orth, 4),
    ENTRY(sp_linalg_norm, 3),
    ENTRY(sp_linalg_vector_norm, 3),
    ENTRY(sp_linalg_solve_banded, 5),
    ENTRY(sp_linalg_solveh_banded, 4),
    ENTRY(sp_linalg_solve_toeplitz, 4),
    ENTRY(sp_linalg_solve_circulant, 4),
    ENTRY(sp_linalg_toeplitz, 2),
    ENTRY(sp_linalg_circulant, 1),
    ENTRY(sp_linalg_hilbert, 1),
    ENTRY(sp_linalg_kron, 2),
    ENTRY(sp_linalg_block_diag, 1),
    ENTRY(sp_linalg_solve_complex, 6),
    ENTRY(sp_linalg_inv_complex, 2),
    ENTRY(sp_linalg_det_complex, 2),
    ENTRY(sp_linalg_lu_factor_complex, 2),
    ENTRY(sp_linalg_lu_solve_complex, 5),
    ENTRY(sp_linalg_lu_complex, 4),
    ENTRY(sp_linalg_cho_factor_complex, 3),
    ENTRY(sp_linalg_cho_solve_complex, 4),
    ENTRY(sp_linalg_cholesky_complex, 3),
    ENTRY(sp_linalg_qr_complex, 4),
    ENTRY(sp_linalg_svd_complex, 5),
    ENTRY(sp_linalg_svdvals_complex, 2),
    ENTRY(sp_linalg_eigh_complex, 7),
    ENTRY(sp_linalg_expm_complex, 1),
    ENTRY(sp_linalg_schur, 3),
    ENTRY(sp_linalg_solve_sylvester, 3),
    ENTRY(sp_linalg_solve_continuous_lyapunov, 2),
    ENTRY(sp_linalg_solve_discrete_lyapunov, 3),
    ENTRY(sp_linalg_solve_are, 8),
    ENTRY(sp_linalg_sqrtm, 1),
    ENTRY(sp_linalg_logm, 1),
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
