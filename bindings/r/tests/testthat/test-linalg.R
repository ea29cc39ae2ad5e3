# scipy.linalg bindings: values against SciPy 1.17.1 (numbers computed with
# /work/venv/bin/python, numpy/scipy; each reference is commented with the
# exact SciPy call), the result shapes and names, and the error model.
# Matrices are written row by row (byrow = TRUE), as in numpy.

# ---- SciPy 1.17.1 inputs and references ---------------------------------
A <- matrix(c(
    1.0, 2.0, 0.5, 3.0,
    4.0, 1.0, 2.0, 0.0,
    2.0, 5.0, 1.0, 1.0,
    0.5, 1.0, 6.0, 2.0), 4, 4, byrow = TRUE)
S <- matrix(c(
    6.0, 2.0, 1.0, 0.5,
    2.0, 5.0, 2.0, 1.0,
    1.0, 2.0, 7.0, 3.0,
    0.5, 1.0, 3.0, 8.0), 4, 4, byrow = TRUE)
b <- c(1.0, -2.0, 3.0, 0.5)
B <- matrix(c(
    1.0, 0.0,
    2.0, 1.0,
    -1.0, 3.0,
    0.5, -2.0), 4, 2, byrow = TRUE)
R35 <- matrix(c(
    2.0, -1.0, 0.0, 3.0, 1.0,
    1.0, 4.0, -2.0, 0.0, 2.0,
    0.0, 1.0, 3.0, -1.0, 5.0), 3, 5, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.solve(A, b)
ref_solve_b <- c(-0.7243293246993525, 0.8936170212765957, 0.0018501387604070235, -0.021276595744680774)
# SciPy 1.17.1: scipy.linalg.solve(A, B)
ref_solve_B <- matrix(c(
    0.6595744680851064, 0.23866790009250693,
    -0.5531914893617021, 0.6595744680851063,
    -0.042553191489361715, -0.3071230342275671,
    0.48936170212765956, -0.4680851063829787), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.solve(A, B, transposed=True)
ref_solve_T <- matrix(c(
    0.22294172062904719, -1.211840888066605,
    0.050416281221091624, -0.05827937095282143,
    0.352913968547641, 0.5920444033302497,
    -0.2608695652173913, 0.5217391304347826), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.solve(S, B, assume_a='pos')
ref_solve_pos <- matrix(c(
    0.0492941448738718, -0.09164545244156448,
    0.49294144873871787, 0.08354547558435552,
    -0.3452904420273086, 0.6278639203887989,
    0.127285350613284, -0.49016431381624637), 4, 2, byrow = TRUE)
Slow <- matrix(c(
    6.0, 2.0, 0.5, 3.0,
    2.0, 5.0, 2.0, 0.0,
    1.0, 2.0, 7.0, 1.0,
    0.5, 1.0, 3.0, 8.0), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.solve(Slow, b, assume_a='sym', lower=True)
ref_solve_sym_lower <- c(0.32330479055774125, -0.7669520944225875, 0.6461467252950708, -0.10414255959268691)
# SciPy 1.17.1: scipy.linalg.solve(A, b, assume_a='diagonal')
ref_solve_diag <- c(1.0, -2.0, 3.0, 0.25)
# SciPy 1.17.1: scipy.linalg.lapack.dgecon(scipy.linalg.lu_factor(A)[0], numpy.linalg.norm(A, 1), norm='1')[0] (solve's LinAlgWarning rcond)
ref_rcond <- 0.15716778133178247
# SciPy 1.17.1: scipy.linalg.solve_triangular(A, b, lower=True)
ref_tri_lower <- c(1.0, -6.0, 31.0, -90.0)
# SciPy 1.17.1: scipy.linalg.solve_triangular(A, B, trans=1)
ref_tri_upper_T <- matrix(c(
    1.0, 0.0,
    0.0, 1.0,
    -1.5, 1.0,
    -0.5, -1.5), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.solve_triangular(A, b, lower=True, unit_diagonal=True, trans='T')
ref_tri_unit <- c(10.75, -2.5, 0.0, 0.5)
# SciPy 1.17.1: scipy.linalg.lu_factor(A)[0]
ref_lu <- matrix(c(
    4.0, 1.0, 2.0, 0.0,
    0.5, 4.5, 0.0, 1.0,
    0.125, 0.19444444444444442, 5.75, 1.8055555555555556,
    0.25, 0.38888888888888884, 0.0, 2.611111111111111), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.lu_factor(A)[1]
ref_piv <- c(1.0, 2.0, 3.0, 3.0)
# SciPy 1.17.1: scipy.linalg.lu_factor(R35)[0]
ref_lu35 <- matrix(c(
    2.0, -1.0, 0.0, 3.0, 1.0,
    0.5, 4.5, -2.0, -1.5, 1.5,
    0.0, 0.2222222222222222, 3.4444444444444446, -0.6666666666666667, 4.666666666666667), 3, 5, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.lu_factor(R35)[1]
ref_piv35 <- c(0.0, 1.0, 2.0)
# SciPy 1.17.1: scipy.linalg.lu_factor(R35.T)[0]
ref_lu53 <- matrix(c(
    3.0, 0.0, -1.0,
    -0.3333333333333333, 4.0, 0.6666666666666667,
    0.3333333333333333, 0.5, 5.0,
    0.6666666666666666, 0.25, 0.09999999999999999,
    0.0, -0.5, 0.6666666666666667), 5, 3, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.lu_factor(R35.T)[1]
ref_piv53 <- c(3.0, 1.0, 4.0)
# SciPy 1.17.1: scipy.linalg.lu_solve(scipy.linalg.lu_factor(A), B)
ref_lu_solve <- matrix(c(
    0.6595744680851064, 0.23866790009250693,
    -0.5531914893617021, 0.6595744680851063,
    -0.042553191489361715, -0.3071230342275671,
    0.48936170212765956, -0.4680851063829787), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.lu_solve(scipy.linalg.lu_factor(A), b, trans=1)
ref_lu_solve_T <- c(0.08233117483811288, 0.4833487511563367, -0.6165587419056429, 0.43478260869565216)
# SciPy 1.17.1: scipy.linalg.cho_factor(S)[0]
ref_cho_c <- matrix(c(
    2.449489742783178, 0.8164965809277261, 0.4082482904638631, 0.20412414523193154,
    2.0, 2.0816659994661326, 0.8006407690254357, 0.40032038451271784,
    1.0, 2.0, 2.488434787634125, 1.0432878768031268,
    0.5, 1.0, 3.0, 2.590294834414134), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.cho_factor(S, lower=True)[0]
ref_cho_c_lower <- matrix(c(
    2.449489742783178, 2.0, 1.0, 0.5,
    0.8164965809277261, 2.0816659994661326, 2.0, 1.0,
    0.4082482904638631, 0.8006407690254357, 2.488434787634125, 3.0,
    0.20412414523193154, 0.40032038451271784, 1.0432878768031268, 2.590294834414134), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.cho_solve(scipy.linalg.cho_factor(S), B)
ref_cho_solve <- matrix(c(
    0.0492941448738718, -0.09164545244156448,
    0.49294144873871787, 0.08354547558435552,
    -0.3452904420273086, 0.6278639203887989,
    0.127285350613284, -0.49016431381624637), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.cho_solve(scipy.linalg.cho_factor(S, lower=True), b)
ref_cho_solve_lower <- c(0.3233047905577414, -0.7669520944225874, 0.6461467252950706, -0.10414255959268687)
# SciPy 1.17.1: scipy.linalg.cholesky(S)
ref_chol_upper <- matrix(c(
    2.449489742783178, 0.8164965809277261, 0.4082482904638631, 0.20412414523193154,
    0.0, 2.0816659994661326, 0.8006407690254357, 0.40032038451271784,
    0.0, 0.0, 2.488434787634125, 1.0432878768031268,
    0.0, 0.0, 0.0, 2.590294834414134), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.cholesky(S, lower=True)
ref_chol_lower <- matrix(c(
    2.449489742783178, 0.0, 0.0, 0.0,
    0.8164965809277261, 2.0816659994661326, 0.0, 0.0,
    0.4082482904638631, 0.8006407690254357, 2.488434787634125, 0.0,
    0.20412414523193154, 0.40032038451271784, 1.0432878768031268, 2.590294834414134), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.inv(A)
ref_inv <- matrix(c(
    0.08140610545790934, 0.27567067530064754, -0.07030527289546715, -0.08695652173913043,
    -0.0851063829787234, -0.10638297872340424, 0.2553191489361702, 0.0,
    -0.12025901942645699, 0.0018501387604070337, 0.012950971322849211, 0.17391304347826086,
    0.3829787234042553, -0.021276595744680854, -0.14893617021276595, 0.0), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.det(A)
ref_det <- -270.25
# SciPy 1.17.1: scipy.linalg.det(S)
ref_det_S <- 1080.25
# SciPy 1.17.1: scipy.linalg.det([[1, 2], [2, 4]])
ref_det_singular <- 0.0
# SciPy 1.17.1: scipy.linalg.svd(R35)[1]
ref_svd_s <- c(6.343444739500149, 4.563845343717159, 3.8641977842158974)
# SciPy 1.17.1: scipy.linalg.svd(R35)[0]
ref_svd_u <- matrix(c(
    -0.0350591699344682, 0.07907308237513529, -0.996252127850777,
    -0.46451955721164784, -0.8839264558054138, -0.05381079534047986,
    -0.8848685979123686, 0.46089203548225427, 0.06772072103591222), 3, 3, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.svd(R35, full_matrices=False)[2]
ref_svd_vh <- matrix(c(
    -0.08428195074380239, -0.4268796794212895, -0.2720236007683392, 0.12291288410757106, -0.8494503373484423,
    -0.15902823965196197, -0.6910591031434379, 0.6903233525199933, -0.0490097213010885, 0.13490385887487608,
    -0.5295575343996689, 0.21963929253093079, 0.08042646136234434, -0.7909732563568687, -0.19804113456047145), 3, 5, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.svd(A)[0]
ref_svd_A_u <- matrix(c(
    -0.3421189381738391, -0.23971149623504007, -0.45553557133785705, -0.786117277485653,
    -0.4200616207940113, -0.10369697179269749, 0.8563732578546752, -0.2818155709117274,
    -0.542072971683655, -0.6324965282423615, -0.16912743023202426, 0.5267835869448889,
    -0.6423859900782122, 0.7292005748593066, -0.1746656772819833, 0.15842557418459435), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.svd(A)[1]
ref_svd_A_s <- c(8.30644605935823, 4.815923458891672, 3.354797079977632, 2.013745677398851)
# SciPy 1.17.1: scipy.linalg.svd(A)[2]
ref_svd_A_vh <- matrix(c(
    -0.41265594638931913, -0.5365772935606754, -0.6510090578070483, -0.3434924811372385,
    -0.32286479752706443, -0.626339279758709, 0.7092008953972438, 0.022170230420502757,
    0.7584273207346324, -0.32043688116907265, 0.0798430515261691, -0.5619014962365863,
    -0.3876356428279403, 0.4659443312811961, 0.2585466761416924, -0.7521888757568616), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.svdvals(R35.T)
ref_svdvals_T <- c(6.3434447395001525, 4.563845343717158, 3.8641977842158965)
# SciPy 1.17.1: scipy.linalg.eigh(S)[0]
ref_eigh_w <- c(3.086737802151043, 4.393241771432748, 6.7926332475750195, 11.72738717884118)
# SciPy 1.17.1: scipy.linalg.eigh(S)[1]
ref_eigh_v <- matrix(c(
    -0.4373011903932305, 0.4564391054612151, 0.7184317220232149, -0.29032201548829784,
    0.801894551190152, -0.1632351607893422, 0.4446629144182536, -0.36413500737320936,
    -0.38931989403537637, -0.6812167165169158, -0.05377178131563143, -0.6176426157417725,
    0.11900763740404108, 0.548599499111834, -0.5322023570653996, -0.6337479175096249), 4, 4, byrow = TRUE)
Sup <- matrix(c(
    6.0, 2.0, 1.0, 0.5,
    4.0, 5.0, 2.0, 1.0,
    2.0, 5.0, 7.0, 3.0,
    0.5, 1.0, 6.0, 8.0), 4, 4, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.eigh(Sup, lower=False)[0]
ref_eigh_upper_w <- c(3.086737802151045, 4.393241771432745, 6.79263324757502, 11.727387178841184)
# SciPy 1.17.1: scipy.linalg.eigh(S, subset_by_index=[1, 2])[0]
ref_eigh_idx_w <- c(4.393241771432748, 6.792633247575023)
# SciPy 1.17.1: scipy.linalg.eigh(S, subset_by_index=[1, 2])[1]
ref_eigh_idx_v <- matrix(c(
    0.45643910546121474, 0.7184317220232151,
    -0.1632351607893418, 0.4446629144182541,
    -0.6812167165169158, -0.05377178131563112,
    0.5485994991118345, -0.5322023570653986), 4, 2, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.eigh(S, subset_by_value=[4, 12])[0]
ref_eigh_val_w <- c(4.393241771432748, 6.792633247575023, 11.727387178841182)
# SciPy 1.17.1: scipy.linalg.eigh(S, subset_by_value=[4, 12])[1]
ref_eigh_val_v <- matrix(c(
    0.45643910546121474, 0.7184317220232151, -0.2903220154882969,
    -0.1632351607893418, 0.4446629144182541, -0.3641350073732088,
    -0.6812167165169158, -0.05377178131563112, -0.6176426157417729,
    0.5485994991118345, -0.5322023570653986, -0.6337479175096251), 4, 3, byrow = TRUE)
# SciPy 1.17.1: scipy.linalg.eigvalsh(S, subset_by_value=[-numpy.inf, 5])
ref_eigvalsh_inf <- c(3.086737802151042, 4.3932417714327485)

# ---- helpers ------------------------------------------------------------

# A sciport_error with the given status whose message matches `pattern`.
expect_linalg_error <- function(expr, status, pattern, fixed = FALSE) {
  cond <- catch_condition(expr)
  expect_s3_class(cond, "sciport_error")
  expect_identical(cond$status, as.integer(status))
  expect_match(conditionMessage(cond), pattern, fixed = fixed)
  invisible(cond)
}

# x with each column's sign chosen to agree with ref's column (singular
# vectors and eigenvectors are unique up to sign).
align_cols <- function(x, ref) {
  for (j in seq_len(ncol(ref))) if (sum(x[, j] * ref[, j]) < 0) x[, j] <- -x[, j]
  x
}

expect_orthonormal_cols <- function(q) {
  expect_close(crossprod(q), diag(ncol(q)), tol = 1e-13)
}

# ---- solve ----------------------------------------------------------------

test_that("linalg_solve matches scipy.linalg.solve", {
  x <- linalg_solve(A, b)
  expect_null(dim(x))
  expect_close(as.vector(x), ref_solve_b)
  expect_close(attr(x, "rcond"), ref_rcond, tol = 1e-12)
  X <- linalg_solve(A, B)
  expect_close(unname(X[, ]), ref_solve_B)
  expect_close(attr(X, "rcond"), ref_rcond, tol = 1e-12)
  expect_close(as.vector(linalg_solve(A, B, transposed = TRUE)), as.vector(ref_solve_T))
  expect_close(as.vector(linalg_solve(S, B, assume_a = "pos")), as.vector(ref_solve_pos))
  expect_close(as.vector(linalg_solve(S, B, assume_a = "positive definite")),
               as.vector(ref_solve_pos))
  expect_close(as.vector(linalg_solve(Slow, b, assume_a = "sym", lower = TRUE)),
               ref_solve_sym_lower)
  expect_close(as.vector(linalg_solve(A, b, assume_a = "diagonal")), ref_solve_diag)
  expect_close(as.vector(linalg_solve(A, b, assume_a = "gen")), ref_solve_b)
  for (kind in c("upper triangular", "lower triangular")) {
    expect_close(as.vector(linalg_solve(A, b, assume_a = kind)),
                 as.vector(solve_triangular(A, b, lower = kind == "lower triangular")))
  }
})

test_that("linalg_solve keeps b's shape and accepts integer and logical input", {
  x <- linalg_solve(diag(3), c(a = 1L, b = 2L, c = 3L))
  expect_identical(as.vector(x), c(1, 2, 3))
  expect_null(names(x))
  expect_identical(dim(linalg_solve(A, B[, 1, drop = FALSE])), c(4L, 1L))
  expect_identical(dim(linalg_solve(A, matrix(0, 4, 0))), c(4L, 0L))
  expect_identical(as.vector(linalg_solve(matrix(c(TRUE, FALSE, FALSE, TRUE), 2), c(2, 3))),
                   c(2, 3))
})

test_that("solve_triangular matches scipy.linalg.solve_triangular", {
  expect_close(solve_triangular(A, b, lower = TRUE), ref_tri_lower)
  expect_close(solve_triangular(A, B, trans = 1), ref_tri_upper_T)
  expect_close(solve_triangular(A, B, trans = "T"), ref_tri_upper_T)
  expect_close(solve_triangular(A, B, trans = 2), ref_tri_upper_T) # real: 'C' is 'T'
  expect_close(solve_triangular(A, b, lower = TRUE, unit_diagonal = TRUE, trans = "T"),
               ref_tri_unit)
  # trans = 0 / "N" is the default
  expect_identical(solve_triangular(A, b, trans = "N"), solve_triangular(A, b))
})

# ---- LU -------------------------------------------------------------------

test_that("lu_factor matches scipy.linalg.lu_factor, piv 0-based", {
  f <- lu_factor(A)
  expect_named(f, c("lu", "piv"))
  expect_close(f$lu, ref_lu)
  expect_identical(f$piv, as.integer(ref_piv))
  f35 <- lu_factor(R35)
  expect_close(f35$lu, ref_lu35)
  expect_identical(f35$piv, as.integer(ref_piv35))
  f53 <- lu_factor(t(R35))
  expect_identical(dim(f53$lu), c(5L, 3L))
  expect_close(f53$lu, ref_lu53)
  expect_identical(f53$piv, as.integer(ref_piv53))
})

test_that("lu_factor of a singular matrix is not an error", {
  f <- lu_factor(matrix(c(1, 2, 2, 4), 2))
  expect_identical(f$lu[2, 2], 0)
})

test_that("lu_solve matches scipy.linalg.lu_solve", {
  f <- lu_factor(A)
  expect_close(lu_solve(f, B), ref_lu_solve)
  expect_close(lu_solve(f, b, trans = 1), ref_lu_solve_T)
  expect_close(lu_solve(f, b, trans = "T"), ref_lu_solve_T)
  expect_close(lu_solve(list(f$lu, as.double(f$piv)), B), ref_lu_solve) # unnamed pair
})

# ---- Cholesky -------------------------------------------------------------

test_that("cho_factor, cho_solve and cholesky match SciPy", {
  f <- cho_factor(S)
  expect_named(f, c("c", "lower"))
  expect_false(f$lower)
  expect_close(f$c, ref_cho_c)
  fl <- cho_factor(S, lower = TRUE)
  expect_true(fl$lower)
  expect_close(fl$c, ref_cho_c_lower)
  expect_close(cho_solve(f, B), ref_cho_solve)
  expect_close(cho_solve(fl, b), ref_cho_solve_lower)
  expect_close(cho_solve(list(fl$c, TRUE), b), ref_cho_solve_lower)
  expect_close(cholesky(S), ref_chol_upper)
  expect_close(cholesky(S, lower = TRUE), ref_chol_lower)
  expect_close(cholesky(S), chol(S)) # base R's upper factor
})

# ---- inv, det -------------------------------------------------------------

test_that("inv and linalg_det match SciPy", {
  expect_close(inv(A), ref_inv)
  expect_close(linalg_det(A), ref_det)
  expect_close(linalg_det(S), ref_det_S)
  expect_identical(linalg_det(matrix(c(1, 2, 2, 4), 2)), ref_det_singular)
  expect_identical(linalg_det(matrix(0, 0, 0)), 1) # scipy.linalg.det(np.empty((0, 0)))
  expect_identical(linalg_det(matrix(3L, 1, 1)), 3)
})

# ---- SVD ------------------------------------------------------------------

test_that("linalg_svd matches scipy.linalg.svd up to the signs of singular vectors", {
  r <- linalg_svd(A)
  expect_named(r, c("u", "s", "vt"))
  expect_close(r$s, ref_svd_A_s)
  u <- align_cols(r$u, ref_svd_A_u)
  expect_close(u, ref_svd_A_u)
  expect_close(t(align_cols(t(r$vt), t(ref_svd_A_vh))), ref_svd_A_vh)
  expect_close(r$u %*% diag(r$s) %*% r$vt, A)

  full <- linalg_svd(R35) # 3 x 5: u 3x3, vt 5x5
  expect_identical(dim(full$u), c(3L, 3L))
  expect_identical(dim(full$vt), c(5L, 5L))
  expect_close(full$s, ref_svd_s)
  expect_close(align_cols(full$u, ref_svd_u), ref_svd_u)
  # rows 1..3 of vt are unique up to sign; rows 4..5 span the null space
  expect_close(t(align_cols(t(full$vt[1:3, ]), t(ref_svd_vh))), ref_svd_vh)
  expect_orthonormal_cols(t(full$vt))
  expect_lt(max(abs(R35 %*% t(full$vt[4:5, ]))), 1e-13 * max(abs(R35)))

  thin <- linalg_svd(R35, full_matrices = FALSE)
  expect_identical(dim(thin$vt), c(3L, 5L))
  expect_close(thin$u %*% diag(thin$s) %*% thin$vt, R35)
  tall <- linalg_svd(t(R35), full_matrices = FALSE)
  expect_identical(dim(tall$u), c(5L, 3L))
  expect_close(tall$u %*% diag(tall$s) %*% tall$vt, t(R35))

  expect_close(linalg_svd(R35, compute_uv = FALSE), ref_svd_s)
  g <- linalg_svd(R35, lapack_driver = "gesvd")
  expect_close(g$s, ref_svd_s)
  expect_close(align_cols(g$u, ref_svd_u), ref_svd_u)
})

test_that("svdvals matches scipy.linalg.svdvals", {
  expect_close(svdvals(t(R35)), ref_svdvals_T)
  expect_close(svdvals(R35), ref_svd_s)
  expect_identical(svdvals(matrix(0, 0, 3)), numeric(0))
})

# ---- eigh -----------------------------------------------------------------

test_that("eigh matches scipy.linalg.eigh up to the signs of eigenvectors", {
  r <- eigh(S)
  expect_named(r, c("w", "v"))
  expect_close(r$w, ref_eigh_w)
  expect_close(align_cols(r$v, ref_eigh_v), ref_eigh_v)
  expect_close(S %*% r$v, r$v %*% diag(r$w))
  expect_close(eigh(Sup, lower = FALSE)$w, ref_eigh_upper_w)
  expect_close(eigh(S, eigvals_only = TRUE), ref_eigh_w)
  expect_close(eigvalsh(S), ref_eigh_w)
  for (driver in c("ev", "evd", "evr", "evx")) {
    expect_close(eigh(S, driver = driver)$w, ref_eigh_w)
  }
})

test_that("eigh subsets select as SciPy's subset_by_index / subset_by_value", {
  r <- eigh(S, subset_by_index = c(1, 2))
  expect_close(r$w, ref_eigh_idx_w)
  expect_identical(dim(r$v), c(4L, 2L))
  expect_close(align_cols(r$v, ref_eigh_idx_v), ref_eigh_idx_v)
  r <- eigh(S, subset_by_value = c(4, 12))
  expect_close(r$w, ref_eigh_val_w)
  expect_identical(dim(r$v), c(4L, 3L))
  expect_close(align_cols(r$v, ref_eigh_val_v), ref_eigh_val_v)
  expect_close(eigvalsh(S, subset_by_value = c(-Inf, 5)), ref_eigvalsh_inf)
  expect_close(eigvalsh(S, subset_by_index = c(1, 2)), ref_eigh_idx_w)
  none <- eigh(S, subset_by_value = c(100, 200))
  expect_identical(none$w, numeric(0))
  expect_identical(dim(none$v), c(4L, 0L))
})

# ---- layout and inputs ------------------------------------------------------

test_that("inputs are not modified", {
  a0 <- A + 0; s0 <- S + 0; b0 <- b + 0; B0 <- B + 0
  invisible(list(linalg_solve(A, B), solve_triangular(A, b), lu_factor(A),
                 lu_solve(lu_factor(A), B), cho_factor(S), cholesky(S), inv(A),
                 linalg_det(A), linalg_svd(A), svdvals(A), eigh(S), eigvalsh(S)))
  expect_identical(A, a0); expect_identical(S, s0)
  expect_identical(b, b0); expect_identical(B, B0)
})

test_that("a[i, j] is SciPy's a[i-1, j-1]: a transposed input gives the transposed result", {
  expect_close(inv(t(A)), t(ref_inv))
  expect_close(linalg_solve(t(A), B), ref_solve_T)
})

test_that("empty matrices give SciPy's empty results", {
  z <- matrix(0, 0, 0)
  # SciPy 1.17.1: scipy.linalg.inv / cholesky / eigh / lu_factor / solve on np.empty((0, 0))
  expect_identical(dim(inv(z)), c(0L, 0L))
  expect_identical(dim(cholesky(z)), c(0L, 0L))
  expect_identical(eigh(z)$w, numeric(0))
  expect_identical(dim(eigh(z)$v), c(0L, 0L))
  expect_identical(lu_factor(z)$piv, integer(0))
  expect_identical(as.vector(linalg_solve(z, numeric(0))), numeric(0))
  # SciPy 1.17.1: scipy.linalg.svd(np.empty((0, 3))) -> u (0, 0), s (0,), vh eye(3)
  r <- linalg_svd(matrix(0, 0, 3))
  expect_identical(dim(r$u), c(0L, 0L))
  expect_identical(r$s, numeric(0))
  expect_identical(r$vt, diag(3))
})

# ---- errors -----------------------------------------------------------------

test_that("singular and indefinite matrices give status 6 with SciPy's message", {
  sing <- matrix(c(1, 2, 2, 4), 2)
  # SciPy 1.17.1: scipy.linalg.solve / inv raise LinAlgError (singular matrix)
  expect_linalg_error(linalg_solve(sing, c(1, 2)), 6L, "[Ss]ingular")
  expect_linalg_error(inv(sing), 6L, "[Ss]ingular")
  # SciPy 1.17.1: scipy.linalg.cholesky([[1, 2], [2, 1]])
  expect_linalg_error(cholesky(matrix(c(1, 2, 2, 1), 2)), 6L,
                      "2-th leading minor of the array is not positive definite", fixed = TRUE)
  expect_linalg_error(cho_factor(matrix(c(1, 2, 2, 1), 2)), 6L,
                      "2-th leading minor of the array is not positive definite", fixed = TRUE)
  # SciPy 1.17.1: scipy.linalg.cholesky([[-1, 0], [0, 1]])
  expect_linalg_error(cholesky(diag(c(-1, 1))), 6L,
                      "1-th leading minor of the array is not positive definite", fixed = TRUE)
  # SciPy 1.17.1: scipy.linalg.solve_triangular([[1, 0], [0, 0]], [1, 1])
  expect_linalg_error(solve_triangular(diag(c(1, 0)), c(1, 1)), 6L,
                      "singular matrix: resolution failed at diagonal 1", fixed = TRUE)
  cond <- catch_condition(inv(sing))
  expect_s3_class(cond, "error")
  expect_identical(cond$status_str, "singular or not positive definite matrix")
  expect_identical(deparse(conditionCall(cond)), "inv(sing)")
})

test_that("shape, finiteness and name errors carry sciport's status", {
  expect_linalg_error(linalg_solve(matrix(1, 2, 3), c(1, 2)), 3L, "square")
  expect_linalg_error(linalg_solve(A, c(1, 2, 3)), 3L, "\\bb\\b")
  expect_linalg_error(inv(matrix(1, 2, 3)), 3L, "square")
  expect_linalg_error(linalg_det(matrix(1, 2, 3)), 3L, "square")
  expect_linalg_error(eigh(matrix(1, 2, 3)), 3L, "square")
  expect_linalg_error(lu_solve(lu_factor(A), c(1, 2, 3)), 3L, "\\bb\\b")
  expect_linalg_error(lu_solve(lu_factor(R35), c(1, 2, 3)), 3L, "square|lu")
  expect_linalg_error(lu_solve(list(A, 0:2), b), 3L, "piv")
  # SciPy 1.17.1: scipy.linalg.inv([[1, nan], [0, 1]]) -> 'array must not contain infs or NaNs'
  nan_a <- matrix(c(1, NaN, 0, 1), 2)
  for (f in list(inv, linalg_det, svdvals, lu_factor, cholesky, eigvalsh)) {
    expect_linalg_error(f(nan_a), 2L, "array must not contain infs or NaNs", fixed = TRUE)
  }
  expect_linalg_error(linalg_solve(diag(2), c(1, Inf)), 2L, "infs or NaNs")
  expect_linalg_error(linalg_solve(A, b, assume_a = "bogus"), 4L, "bogus")
  expect_linalg_error(linalg_svd(A, lapack_driver = "bogus"), 4L, "bogus")
  expect_linalg_error(eigh(S, driver = "bogus"), 4L, "bogus")
  expect_linalg_error(solve_triangular(A, b, trans = 3), 2L, "trans")
  # SciPy 1.17.1: scipy.linalg.eigh(S, subset_by_index=[0, 4]) -> ValueError
  expect_linalg_error(eigh(S, subset_by_index = c(0, 4)), 2L, "eigenvalue indices")
  expect_linalg_error(eigh(S, subset_by_index = c(-1, 1)), 2L,
                      "Valid range is [0, 3] and start <= end, but start=-1, end=1 is given",
                      fixed = TRUE)
  expect_linalg_error(eigh(S, subset_by_index = c(0, 1), subset_by_value = c(0, 1)), 2L, "subset")
  expect_linalg_error(eigh(S, subset_by_index = c(0, 1), driver = "ev"), 2L, "ev")
})

test_that("arguments R cannot pass are rejected before calling sciport", {
  expect_linalg_error(inv(1:4), 2L, "\\ba\\b.*matrix")
  expect_linalg_error(inv(c(1i, 1i)), 2L, "\\ba\\b.*matrix")
  expect_linalg_error(inv(matrix("a", 1, 1)), 2L, "numeric")
  expect_linalg_error(linalg_solve(A, "b"), 2L, "\\bb\\b")
  expect_linalg_error(linalg_solve(A, array(0, c(4, 1, 1))), 2L, "\\bb\\b")
  expect_linalg_error(linalg_solve(A, b, lower = NA), 2L, "lower")
  expect_linalg_error(linalg_solve(A, b, assume_a = 1), 2L, "assume_a")
  expect_linalg_error(solve_triangular(A, b, trans = "X"), 2L, "trans")
  expect_linalg_error(solve_triangular(A, b, trans = 0.5), 2L, "trans")
  expect_linalg_error(solve_triangular(A, b, trans = NULL), 2L, "trans")
  expect_linalg_error(lu_solve(A, b), 2L, "lu_and_piv")
  expect_linalg_error(lu_solve(list(lu = A, piv = c(0.5, 1, 2, 3)), b), 2L, "piv")
  expect_linalg_error(cho_solve(list(c = S, lower = "no"), b), 2L, "lower")
  expect_linalg_error(cho_solve(list(x = S, y = TRUE), b), 2L, "c_and_lower")
  expect_linalg_error(linalg_svd(A, compute_uv = 1), 2L, "compute_uv")
  expect_linalg_error(eigh(S, subset_by_index = c(0, 1.5)), 2L, "subset_by_index")
  expect_linalg_error(eigh(S, subset_by_value = c(0, NA)), 2L, "subset_by_value")
  expect_linalg_error(eigvalsh(S, subset_by_value = 1), 2L, "subset_by_value")
})

test_that("errors are catchable by class and the package works afterwards", {
  for (i in 1:50) {
    res <- tryCatch(inv(matrix(0, 3, 3)), sciport_error = function(e) e$status)
    expect_identical(res, 6L)
  }
  expect_close(inv(A), ref_inv)
})

# ==== slice 2: qr, rq, lstsq, pinv, matrix_rank, null_space, orth, norm ====
# Expected values: ref$linalg_orth, SciPy's results written by
# gen_reference.py (SciPy version in ref$scipy_version).

orth_cases <- ref$linalg_orth

# Calls the case's R function on its inputs and arguments.
run_case <- function(c) {
  inputs <- if (is.null(c$b)) list(c$a) else list(c$a, c$b)
  do.call(getExportedValue("sciport", c$fun), c(inputs, c$args))
}

orth_label <- function(c) {
  args <- vapply(names(c$args), function(k) paste0(k, "=", format(c$args[[k]])), character(1))
  sprintf("%s(a[%s]%s)", c$fun, paste(if (is.null(dim(c$a))) length(c$a) else dim(c$a),
                                      collapse = "x"),
          if (length(args)) paste0(", ", paste(args, collapse = ", ")) else "")
}

# The orthogonal projector onto the span of q's columns (a basis-free
# comparison of null_space / orth results, which are unique only up to an
# orthogonal change of basis).
projector <- function(q) q %*% t(q)

# Q from LAPACK's packed Householder form (h below the diagonal, tau).
q_from_raw <- function(h, tau) {
  m <- nrow(h)
  q <- diag(m)
  for (i in rev(seq_along(tau))) {
    v <- numeric(m)
    v[i] <- 1
    if (i < m) v[(i + 1):m] <- h[(i + 1):m, i]
    q <- q - tau[i] * v %*% crossprod(v, q)
  }
  q
}

test_that("the slice-2 reference data is SciPy's and covers every function", {
  expect_identical(ref$scipy_version, "1.17.1")
  funs <- vapply(orth_cases, `[[`, "", "fun")
  expect_setequal(unique(funs), c("linalg_qr", "rq", "lstsq", "pinv", "matrix_rank",
                                  "null_space", "orth", "linalg_norm"))
  expect_gt(length(orth_cases), 200)
})

test_that("linalg_qr matches scipy.linalg.qr in every mode, with and without pivoting", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "linalg_qr" || is.null(c$expected)) next
    lab <- orth_label(c)
    res <- run_case(c)
    e <- c$expected
    expect_named(res, names(e))
    for (k in intersect(names(e), c("q", "r", "h", "tau"))) {
      expect_close(res[[k]], e[[k]], tol = 1e-12, label = paste(lab, k))
    }
    if (!is.null(e[["p"]]) || isTRUE(c$args$pivoting)) {
      expect_identical(res$p, as.integer(e$p), label = paste(lab, "p"))
    }
    # Invariants: a[, p + 1] = Q R with orthonormal Q and upper-triangular R.
    a <- c$a
    perm <- if (is.null(res$p)) seq_len(ncol(a)) else res$p + 1L
    q <- if (!is.null(res$q)) res$q else if (!is.null(res$h)) q_from_raw(res$h, res$tau) else NULL
    if (!is.null(q) && length(a) > 0) {
      expect_close(crossprod(q), diag(ncol(q)), tol = 1e-13, label = paste(lab, "Q'Q"))
      k <- min(dim(a))
      expect_close(q[, seq_len(k), drop = FALSE] %*% res$r[seq_len(k), , drop = FALSE],
                   a[, perm, drop = FALSE], tol = 1e-13, label = paste(lab, "QR"))
    }
    expect_true(all(res$r[lower.tri(res$r)] == 0), label = paste(lab, "R upper"))
    n_checked <- n_checked + 1
  }
  expect_gt(n_checked, 45)
})

test_that("linalg_qr's p is 0-based and a[, p + 1] = q %*% r on a random matrix", {
  set.seed(7)
  a <- matrix(rnorm(42), 7, 6)
  f <- linalg_qr(a, pivoting = TRUE)
  expect_identical(sort(f$p), 0:5)
  expect_true(all(diff(abs(diag(f$r))) <= 0)) # geqp3: non-increasing |diag(R)|
  expect_close(f$q %*% f$r, a[, f$p + 1])
  e <- linalg_qr(a, mode = "economic")
  expect_identical(dim(e$q), c(7L, 6L))
  expect_close(e$q %*% e$r, a)
  raw <- linalg_qr(a, mode = "raw")
  expect_named(raw, c("h", "tau", "r"))
  r_tri <- raw$h[1:6, ]
  r_tri[lower.tri(r_tri)] <- 0
  expect_identical(raw$r, r_tri)
  expect_close(abs(e$r), abs(qr.R(qr(a)))) # base R's (LINPACK) R, up to row signs
})

test_that("rq matches scipy.linalg.rq", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "rq" || is.null(c$expected)) next
    lab <- orth_label(c)
    res <- run_case(c)
    e <- c$expected
    if (identical(c$args$mode, "r")) {
      expect_close(res, e$r, tol = 1e-12, label = lab) # SciPy returns R alone
    } else {
      expect_named(res, c("r", "q"))
      expect_close(res$r, e$r, tol = 1e-12, label = paste(lab, "r"))
      expect_close(res$q, e$q, tol = 1e-12, label = paste(lab, "q"))
      expect_close(res$r %*% res$q, c$a, tol = 1e-13, label = paste(lab, "RQ"))
      expect_close(tcrossprod(res$q), diag(nrow(res$q)), tol = 1e-13, label = paste(lab, "QQ'"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 16)
})

test_that("lstsq matches scipy.linalg.lstsq (x, residues, rank, s)", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "lstsq" || is.null(c$expected)) next
    lab <- orth_label(c)
    res <- run_case(c)
    e <- c$expected
    expect_named(res, c("x", "residues", "rank", "s"))
    # SVD-based solvers: x agrees to ~cond(a) eps (cond(a) <= 1e3 here, or
    # the tiny singular values are cut).
    expect_close(res$x, e$x, tol = 1e-10, label = paste(lab, "x"))
    expect_close(res$residues, e$residues, tol = 1e-10, label = paste(lab, "residues"))
    expect_identical(res$rank, as.integer(e$rank), label = paste(lab, "rank"))
    if (is.null(e$s)) {
      expect_null(res$s, label = paste(lab, "s (gelsy: SciPy's None)"))
    } else {
      expect_close(res$s, e$s, tol = 1e-12, label = paste(lab, "s"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 22)
})

test_that("lstsq satisfies the normal equations and agrees with base R's qr.solve", {
  set.seed(11)
  a <- matrix(rnorm(40), 10, 4)
  b <- matrix(rnorm(20), 10, 2)
  r <- lstsq(a, b)
  expect_lt(max(abs(crossprod(a, a %*% r$x - b))), 1e-12 * max(abs(crossprod(a, b))))
  expect_close(r$x, qr.solve(a, b), tol = 1e-12)
  expect_close(r$residues, colSums((b - a %*% r$x)^2), tol = 1e-12)
  v <- lstsq(a, b[, 1])
  expect_null(dim(v$x))
  expect_length(v$residues, 1L) # SciPy: a scalar for a 1-D b
})

test_that("pinv matches scipy.linalg.pinv and satisfies the Penrose conditions", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "pinv" || is.null(c$expected)) next
    lab <- orth_label(c)
    res <- run_case(c)
    e <- c$expected
    if (isTRUE(c$args$return_rank)) {
      expect_named(res, c("b", "rank"))
      expect_identical(res$rank, as.integer(e$rank), label = paste(lab, "rank"))
      res <- res$b
      e <- e$b
    }
    expect_close(res, e, tol = 1e-10, label = lab)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 20)
  set.seed(3)
  a <- matrix(rnorm(15), 5, 3) %*% matrix(rnorm(12), 3, 4) # 5 x 4, rank 3
  p <- pinv(a)
  expect_identical(dim(p), c(4L, 5L))
  expect_close(a %*% p %*% a, a, tol = 1e-12)
  expect_close(p %*% a %*% p, p, tol = 1e-12)
  expect_close(t(a %*% p), a %*% p, tol = 1e-12)
  expect_identical(pinv(a, return_rank = TRUE)$rank, 3L)
})

test_that("matrix_rank matches numpy.linalg.matrix_rank", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "matrix_rank") next
    r <- run_case(c)
    expect_identical(r, as.integer(c$expected), label = orth_label(c))
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 16)
  expect_identical(matrix_rank(matrix(c(1, 2, 2, 4), 2)), qr(matrix(c(1, 2, 2, 4), 2))$rank)
})

test_that("null_space and orth match SciPy's subspaces", {
  n_checked <- 0
  for (c in orth_cases) {
    if (!(c$fun %in% c("null_space", "orth")) || is.null(c$expected)) next
    lab <- orth_label(c)
    q <- run_case(c)
    e <- c$expected
    expect_identical(dim(q), dim(e), label = paste(lab, "dim"))
    if (ncol(e) > 0) {
      expect_close(crossprod(q), diag(ncol(q)), tol = 1e-13, label = paste(lab, "Q'Q"))
      expect_close(projector(q), projector(e), tol = 1e-10, label = paste(lab, "span"))
    }
    if (c$fun == "null_space" && ncol(q) > 0) {
      # ||a q||_2 is at most the largest singular value cut off
      s_max <- max(svd(c$a)$d)
      cut <- s_max * (if (is.null(c$args$rcond)) max(dim(c$a)) * .Machine$double.eps else c$args$rcond)
      expect_lte(norm(c$a %*% q, "2"), cut + 1e-14 * s_max, label = paste(lab, "a q ~ 0"))
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 32)
})

test_that("linalg_norm matches scipy.linalg.norm for matrices and vectors", {
  n_checked <- 0
  for (c in orth_cases) {
    if (c$fun != "linalg_norm" || !is.null(c$error)) next
    lab <- orth_label(c)
    v <- run_case(c)
    # ord -2 is the smallest singular value: absolute accuracy ~eps * s_max,
    # so relative accuracy cond(a) * eps (Hilbert(6): cond 1.5e7).
    tol <- if (identical(c$args$ord, -2)) 1e-8 else 1e-12
    if (is.nan(c$expected)) expect_true(is.nan(v), label = lab) else
      expect_close(v, c$expected, tol = tol, label = lab)
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 77)
  m <- matrix(c(3, -1, 2, 0.5, 4, -2), 3)
  expect_close(linalg_norm(m, 1), norm(m, "O"))
  expect_close(linalg_norm(m, Inf), norm(m, "I"))
  expect_close(linalg_norm(m), norm(m, "F"))
  expect_close(linalg_norm(m, 2), norm(m, "2"))
  expect_identical(linalg_norm(c(3L, 4L)), 5)
  expect_identical(linalg_norm(c(TRUE, FALSE, TRUE), 0), 2)
})

test_that("slice-2 error cases signal SciPy's errors with sciport's status", {
  n_checked <- 0
  for (c in orth_cases) {
    if (is.null(c$error)) next
    lab <- orth_label(c)
    cond <- catch_condition(run_case(c))
    expect_s3_class(cond, "sciport_error")
    expect_identical(cond$status, as.integer(c$error$status), label = paste(lab, "status"))
    if (c$error$same_message) {
      expect_match(conditionMessage(cond), c$error$scipy_message, fixed = TRUE, label = lab)
    } else {
      # An unknown name: sciport's message names the argument and the value.
      arg <- setdiff(names(c$args), c("check_finite", "pivoting"))
      expect_match(conditionMessage(cond),
                   paste0(arg, ": unknown name \"", format(c$args[[arg]]), "\""),
                   fixed = TRUE, label = lab)
    }
    n_checked <- n_checked + 1
  }
  expect_identical(n_checked, 19)
})

test_that("slice-2 signatures mirror SciPy's (names and defaults)", {
  expect_identical(names(formals(linalg_qr)), c("a", "mode", "pivoting", "check_finite"))
  expect_identical(formals(linalg_qr)$mode, "full")
  expect_identical(formals(rq)$mode, "full")
  expect_identical(names(formals(lstsq)), c("a", "b", "cond", "check_finite", "lapack_driver"))
  expect_null(formals(lstsq)$cond)
  expect_null(formals(lstsq)$lapack_driver)
  expect_identical(names(formals(pinv)), c("a", "atol", "rtol", "return_rank", "check_finite"))
  expect_identical(names(formals(null_space)), c("a", "rcond", "check_finite"))
  expect_identical(names(formals(orth)), c("a", "rcond"))
  expect_identical(names(formals(linalg_norm)), c("a", "ord", "check_finite"))
  expect_identical(names(formals(matrix_rank)), c("a", "tol", "check_finite"))
  # defaults are SciPy's: mode "full" is mode NULL; lapack_driver NULL is "gelsd"
  a <- matrix(c(2, 1, 0, 1, 3, 1), 3)
  expect_identical(linalg_qr(a), linalg_qr(a, mode = NULL))
  expect_identical(lstsq(a, 1:3), lstsq(a, 1:3, lapack_driver = "gelsd"))
  expect_identical(linalg_norm(a), linalg_norm(a, "fro"))
  expect_identical(linalg_norm(1:3), linalg_norm(1:3, 2))
})

test_that("slice-2 functions accept integer and logical input and never modify inputs", {
  a <- matrix(1:6, 3)
  a0 <- a + 0L
  d <- matrix(c(1, 2, 0, 1, 3, 1), 3)
  d0 <- d + 0
  invisible(list(linalg_qr(d, pivoting = TRUE), linalg_qr(d, mode = "raw"), rq(d), lstsq(d, 1:3),
                 pinv(d), matrix_rank(d), null_space(d), orth(d), linalg_norm(d, "nuc"),
                 linalg_norm(as.vector(d), 3)))
  expect_identical(d, d0)
  expect_close(linalg_qr(a)$r, linalg_qr(a + 0)$r, tol = 0)
  expect_identical(a, a0)
  expect_identical(matrix_rank(matrix(TRUE, 2, 2)), 1L)
})

test_that("slice-2 arguments R cannot pass are rejected before calling sciport", {
  a <- diag(2)
  expect_linalg_error(linalg_qr(1:4), 2L, "\\ba\\b.*matrix")
  expect_linalg_error(linalg_qr(matrix(1i, 1, 1), mode = "raw"), 2L, "complex")
  expect_linalg_error(linalg_qr(a, mode = 1), 2L, "mode")
  expect_linalg_error(linalg_qr(a, pivoting = NA), 2L, "pivoting")
  expect_linalg_error(rq(a, check_finite = "yes"), 2L, "check_finite")
  expect_linalg_error(lstsq(a, c(1, 2), cond = "x"), 2L, "cond")
  expect_linalg_error(lstsq(a, "b"), 2L, "\\bb\\b")
  expect_linalg_error(pinv(a, atol = NA), 2L, "atol")
  expect_linalg_error(pinv(a, return_rank = NULL), 2L, "return_rank")
  expect_linalg_error(matrix_rank(a, tol = c(1, 2)), 2L, "tol")
  expect_linalg_error(null_space(a, rcond = NaN), 2L, "rcond")
  expect_linalg_error(linalg_norm("a"), 2L, "numeric")
  expect_linalg_error(linalg_norm(1i), 2L, "complex")
  expect_linalg_error(linalg_norm(a, ord = NA), 2L, "ord")
  expect_linalg_error(linalg_norm(a, ord = c(1, 2)), 2L, "ord")
  expect_linalg_error(linalg_norm(1:3, ord = NaN), 2L, "ord")
  expect_linalg_error(linalg_norm(a, ord = 0.5), 4L, "ord: unknown name \"0.5\"", fixed = TRUE)
})

test_that("slice-2 errors name the user's call and leave the package usable", {
  cond <- catch_condition(linalg_qr(diag(2), mode = "bogus"))
  expect_identical(deparse(conditionCall(cond)), "linalg_qr(diag(2), mode = \"bogus\")")
  expect_identical(cond$status_str, "unknown option name")
  # numpy.linalg.matrix_rank has no check_finite; sciport's rejects NaN by default
  expect_linalg_error(matrix_rank(matrix(c(1, NaN), 1)), 2L, "infs or NaNs")
  for (i in 1:30) {
    res <- tryCatch(lstsq(diag(3), 1:2), sciport_error = function(e) e$status)
    expect_identical(res, 3L)
  }
  expect_identical(lstsq(diag(3), 1:3)$x, c(1, 2, 3))
})
