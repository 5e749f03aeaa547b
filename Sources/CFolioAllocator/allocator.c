#include "folio_allocator.h"

// Any libc header defines __GLIBC__ on glibc (through <features.h>); malloc.h and mallopt are glibc's.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int folio_use_one_malloc_arena(void) {
#if defined(__GLIBC__)
    return mallopt(M_ARENA_MAX, 1) == 1 ? 1 : 0;
#else
    return 0;
#endif
}

int folio_return_free_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}
