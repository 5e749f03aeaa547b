#ifndef FOLIO_ALLOCATOR_H
#define FOLIO_ALLOCATOR_H

/// Asks glibc's malloc to keep one arena for every thread (mallopt M_ARENA_MAX 1); returns 1 when it took
/// the setting, 0 otherwise (another C library: nothing is done).
int folio_use_one_malloc_arena(void);

#endif
