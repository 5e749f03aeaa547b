#ifndef FOLIO_ALLOCATOR_H
#define FOLIO_ALLOCATOR_H

/// Asks glibc's malloc to keep one arena for every thread (mallopt M_ARENA_MAX 1); returns 1 when it took
/// the setting, 0 otherwise (another C library: nothing is done).
int folio_use_one_malloc_arena(void);

/// Hands the free memory of every malloc arena back to the system (glibc's malloc_trim); returns 1 when
/// some was, 0 otherwise (or on another C library).
int folio_return_free_memory(void);

#endif
