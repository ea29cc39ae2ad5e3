/*
 * The header is self-contained and idempotent: this file includes it twice
 * (plus once through check.h) and is compiled both as C99 and as C++17 by
 * tests/c_api.rs, each time with -Wall -Wextra -Werror -pedantic. It also
 * checks the layout promises the bindings rely on.
 */
#include "sciport.h"
#include "sciport.h"

#include "check.h"

#include <stddef.h>

int main(void) {
    sciport_status ok = SCIPORT_OK;
    CHECK(sizeof(sciport_complex) == 2 * sizeof(double), "sizeof(sciport_complex) = %zu",
          sizeof(sciport_complex));
    CHECK(offsetof(sciport_complex, im) == sizeof(double), "im at offset %zu",
          offsetof(sciport_complex, im));
    CHECK(sizeof(sciport_status) == sizeof(int32_t), "sizeof(sciport_status) = %zu",
          sizeof(sciport_status));
    CHECK(ok == 0 && SCIPORT_ERR_INTERNAL == 9, "status values");
    CHECK(offsetof(sciport_root_scalar_options, struct_size) == 0 &&
              offsetof(sciport_minimize_scalar_options, struct_size) == 0,
          "struct_size is the first field");
#ifdef __cplusplus
    return finish("test_header (C++)");
#else
    return finish("test_header (C)");
#endif
}
