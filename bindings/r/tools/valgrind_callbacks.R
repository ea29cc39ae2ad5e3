# Repeated R errors through callbacks and sciport errors, for
#   R -d "valgrind --leak-check=full" --vanilla -f tools/valgrind_callbacks.R
# (run by run_tests.sh when SCIPORT_R_VALGRIND=1). Leaves nothing allocated
# by the glue: sciport error objects are freed before R unwinds.
library(sciport)
for (i in 1:100) {
  r <- tryCatch(root_scalar(function(x) stop("boom"), bracket = c(0, 1)),
                error = function(e) conditionMessage(e))
  stopifnot(identical(r, "boom"))
  r <- tryCatch(minimize_scalar(function(x) if (x > 0.5) stop("late") else x^2),
                error = function(e) conditionMessage(e))
  stopifnot(identical(r, "late"))
  r <- tryCatch(sciport::fft(1:4, norm = "bad"), error = function(e) e$status)
  stopifnot(r == 4L)
  r <- tryCatch(root_scalar(function(x) x, bracket = c(1, 2)), error = function(e) e$status)
  stopifnot(r == 2L)
}
print(root_scalar(function(x) x^2 - 2, bracket = c(0, 2))$root)
print(sum(Mod(sciport::fftn(array(1:60, c(3, 4, 5))))))
