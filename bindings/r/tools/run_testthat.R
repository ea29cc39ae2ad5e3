# Runs the testthat suite against the installed sciport package and prints
# "N passed, N failed" (a line CI recognises); exits non-zero on any failure.
# Usage: Rscript tools/run_testthat.R <tests/testthat dir>
args <- commandArgs(trailingOnly = TRUE)
library(testthat)
library(sciport)
results <- test_dir(args[[1]], package = "sciport", load_package = "none",
                    reporter = ProgressReporter$new(show_praise = FALSE),
                    stop_on_failure = FALSE)
kinds <- unlist(lapply(results, function(t) vapply(t$results, function(e) class(e)[1], "")))
passed <- sum(kinds == "expectation_success")
failed <- sum(kinds %in% c("expectation_failure", "expectation_error"))
cat(sprintf("\nR binding testthat: %d skipped, %d warnings\n",
            sum(kinds == "expectation_skip"), sum(kinds == "expectation_warning")))
cat(sprintf("%d passed, %d failed\n", passed, failed))
quit(status = if (failed > 0 || passed == 0) 1 else 0)
