#ifndef FOLIO_IMAGES_H
#define FOLIO_IMAGES_H
// Placed images behind a small C API: librsvg (SVG) and poppler-glib (a PDF page) drawn as vectors into a
// Cairo context, gdk-pixbuf decoding JPEG pixels into a Cairo image surface. Cairo's types are only named
// here (not included), so Swift sees the same opaque pointers as from CPangoCairo.
#include <stddef.h>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

/// An SVG document or a PDF page, ready to draw.
typedef struct folio_vector folio_vector;

/// Opens an SVG; its natural size in points (CSS pixels at 96 to the inch). NULL and a message on failure.
folio_vector *folio_svg_open(const unsigned char *data, size_t length, double *width, double *height, char **error);

/// Opens page `page` (from 1) of a PDF; its size in points and the page count. NULL and a message on failure
/// (`page_count` is still set when the file opened but the page does not exist).
folio_vector *folio_pdf_open(const unsigned char *data, size_t length, int page, int *page_count,
                             double *width, double *height, char **error);

/// Draws it scaled into the rectangle. Returns 0 on failure.
int folio_vector_draw(folio_vector *vector, cairo_t *cr, double x, double y, double width, double height);

void folio_vector_free(folio_vector *vector);

/// Decodes a JPEG into an ARGB32/RGB24 surface, turned by its EXIF orientation (`turned` says if it was).
/// NULL and a message on failure.
cairo_surface_t *folio_jpeg_decode(const unsigned char *data, size_t length, int *turned, char **error);

/// Frees a message returned by the functions above.
void folio_message_free(char *message);

#endif
