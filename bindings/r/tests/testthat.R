library(testthat)
library(sciport)

test_check("sciport")
