#ifndef CFOLIOPNG_H
#define CFOLIOPNG_H
#include <stddef.h>

/// Encodes 32-bit xRGB pixels (Cairo's RGB24, native byte order) as an 8-bit RGB PNG in memory.
/// `level` is the zlib level (0-9); `filters` a libpng PNG_FILTER_* mask (0 = libpng's default choice).
/// Returns 0 on success with *out (malloc'ed, free with folio_png_free) and *length set; -1 on failure.
/// libpng reports errors by longjmp, which only C can catch: that is why this small file exists.
/// `title` and `description` (UTF-8, may be NULL) are written as iTXt chunks, the image's alternative text.
int folio_png_encode(const unsigned char *pixels, int width, int height, int stride, int level, int filters,
                     const char *title, const char *description, unsigned char **out, size_t *length);

void folio_png_free(unsigned char *buffer);
#endif
