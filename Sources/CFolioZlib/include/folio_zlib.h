#ifndef FOLIO_ZLIB_H
#define FOLIO_ZLIB_H
#include <stddef.h>
#include <stdint.h>

/// Inflates a zlib stream (a PDF's /FlateDecode). Returns 0 and a malloc'd buffer the caller frees with
/// folio_zlib_free, or nonzero (out untouched) when the data is not a complete zlib stream.
int folio_zlib_inflate(const uint8_t *in, size_t in_length, uint8_t **out, size_t *out_length);

/// Deflates at `level` (0-9); the same input and level give the same bytes with the same zlib.
int folio_zlib_deflate(const uint8_t *in, size_t in_length, int level, uint8_t **out, size_t *out_length);

void folio_zlib_free(uint8_t *buffer);
#endif
