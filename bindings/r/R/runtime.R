# Library version and thread control.

# Version of the loaded sciport library, "MAJOR.MINOR.PATCH".
sciport_version <- function() .Call(C_sp_version)

# Caps the threads any later sciport call may use; 0 removes the cap.
set_num_threads <- function(n) {
  n <- .opt_int(n, "n")
  if (is.null(n) || n < 0) .arg_error("n must be a non-negative whole number")
  invisible(.Call(C_sp_set_num_threads, n))
}

# The current thread cap (the number of cores when no cap is set).
get_num_threads <- function() .Call(C_sp_get_num_threads)
