# Error model: every failure of a sciport call, and every argument the R layer
# rejects before calling sciport, is signalled as a condition of class
# c("sciport_error", "error", "condition") carrying sciport's status code.

# Signals a sciport error. Called from the C glue (after it has freed the
# sciport error object) and from the argument checks below.
.sciport_stop <- function(status, status_str, message) {
  cond <- structure(
    class = c("sciport_error", "error", "condition"),
    list(
      message = sprintf("%s [sciport: %s]", message, status_str),
      call = .entry_call(),
      status = as.integer(status),
      status_str = status_str
    )
  )
  stop(cond)
}

# The call of the outermost sciport function on the stack (the one the user
# typed), for the condition's `call` field.
.entry_call <- function() {
  ns <- environment(.entry_call)
  frames <- sys.nframe() - 1L
  entry <- NULL
  for (i in rev(seq_len(max(frames - 1L, 0L)))) {
    if (!identical(environment(sys.function(i)), ns)) break
    entry <- sys.call(i)
  }
  entry
}

# SCIPORT_ERR_INVALID_ARGUMENT raised by the R layer's own argument checks.
.arg_error <- function(...) {
  .sciport_stop(2L, .Call(C_sp_status_str, 2L), paste0(...))
}
