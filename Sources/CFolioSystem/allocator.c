#include <malloc.h>

#include "cfoliosystem.h"

void folio_tune_allocator(void) {
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}
