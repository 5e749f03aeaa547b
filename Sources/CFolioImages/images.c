#include "folio_images.h"
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <poppler.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct folio_vector {
    RsvgHandle *svg;
    PopplerDocument *document;
    PopplerPage *page;
    double width, height;
};

static char *take_message(GError *error, const char *otherwise) {
    char *message = strdup(error && error->message ? error->message : otherwise);
    if (error) g_error_free(error);
    return message;
}

folio_vector *folio_svg_open(const unsigned char *data, size_t length, double *width, double *height, char **error) {
    GError *e = NULL;
    RsvgHandle *handle = rsvg_handle_new_from_data(data, length, &e);
    if (!handle) { *error = take_message(e, "librsvg cannot read it"); return NULL; }
    rsvg_handle_set_dpi(handle, 96);
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h)) {
        gboolean has_viewbox = FALSE;
        RsvgRectangle viewbox = {0, 0, 0, 0};
        rsvg_handle_get_intrinsic_dimensions(handle, NULL, NULL, NULL, NULL, &has_viewbox, &viewbox);
        if (has_viewbox) { w = viewbox.width; h = viewbox.height; }
    }
    if (!(w > 0 && h > 0)) {
        g_object_unref(handle);
        *error = strdup("the SVG has no size: give its root `width` and `height` or a `viewBox`");
        return NULL;
    }
    folio_vector *v = calloc(1, sizeof *v);
    v->svg = handle;
    v->width = w * 0.75;
    v->height = h * 0.75;
    *width = v->width;
    *height = v->height;
    return v;
}

folio_vector *folio_pdf_open(const unsigned char *data, size_t length, int page, int *page_count,
                             double *width, double *height, char **error) {
    GError *e = NULL;
    GBytes *bytes = g_bytes_new(data, length);
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &e);
    g_bytes_unref(bytes);
    *page_count = 0;
    if (!document) { *error = take_message(e, "poppler cannot read it"); return NULL; }
    *page_count = poppler_document_get_n_pages(document);
    PopplerPage *p = page >= 1 && page <= *page_count ? poppler_document_get_page(document, page - 1) : NULL;
    if (!p) {
        g_object_unref(document);
        *error = g_strdup_printf("it has %d page%s; page %d asked", *page_count, *page_count == 1 ? "" : "s", page);
        return NULL;
    }
    folio_vector *v = calloc(1, sizeof *v);
    v->document = document;
    v->page = p;
    poppler_page_get_size(p, &v->width, &v->height);
    *width = v->width;
    *height = v->height;
    return v;
}

int folio_vector_draw(folio_vector *v, cairo_t *cr, double x, double y, double width, double height) {
    if (v->svg) {
        RsvgRectangle viewport = {x, y, width, height};
        GError *e = NULL;
        gboolean ok = rsvg_handle_render_document(v->svg, cr, &viewport, &e);
        if (e) g_error_free(e);
        return ok ? 1 : 0;
    }
    if (!(v->width > 0 && v->height > 0)) return 0;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, width / v->width, height / v->height);
    poppler_page_render(v->page, cr);
    cairo_restore(cr);
    return 1;
}

void folio_vector_free(folio_vector *v) {
    if (!v) return;
    if (v->svg) g_object_unref(v->svg);
    if (v->page) g_object_unref(v->page);
    if (v->document) g_object_unref(v->document);
    free(v);
}

/// gdk-pixbuf's pixels (RGB or RGBA, not premultiplied) as Cairo's (premultiplied, native order).
static cairo_surface_t *surface_from_pixbuf(GdkPixbuf *pixbuf) {
    int width = gdk_pixbuf_get_width(pixbuf), height = gdk_pixbuf_get_height(pixbuf);
    int channels = gdk_pixbuf_get_n_channels(pixbuf), stride = gdk_pixbuf_get_rowstride(pixbuf);
    gboolean alpha = gdk_pixbuf_get_has_alpha(pixbuf);
    const guint8 *source = gdk_pixbuf_read_pixels(pixbuf);
    if (width <= 0 || height <= 0 || width > 32767 || height > 32767 || channels < 3 || !source) return NULL;
    cairo_surface_t *surface = cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) { cairo_surface_destroy(surface); return NULL; }
    cairo_surface_flush(surface);
    unsigned char *target = cairo_image_surface_get_data(surface);
    int target_stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; y++) {
        const guint8 *row = source + (size_t)y * stride;
        uint32_t *out = (uint32_t *)(target + (size_t)y * target_stride);
        for (int x = 0; x < width; x++) {
            const guint8 *p = row + (size_t)x * channels;
            uint32_t a = alpha ? p[3] : 255;
#define PRE(c) (alpha ? ((uint32_t)(c) * a + 127) / 255 : (uint32_t)(c))
            out[x] = a << 24 | PRE(p[0]) << 16 | PRE(p[1]) << 8 | PRE(p[2]);
#undef PRE
        }
    }
    cairo_surface_mark_dirty(surface);
    return surface;
}

cairo_surface_t *folio_jpeg_decode(const unsigned char *data, size_t length, int *turned, char **error) {
    GError *e = NULL;
    GdkPixbufLoader *loader = gdk_pixbuf_loader_new_with_type("jpeg", &e);
    if (!loader) { *error = take_message(e, "no JPEG decoder"); return NULL; }
    gboolean written = gdk_pixbuf_loader_write(loader, data, length, &e);
    gboolean closed = gdk_pixbuf_loader_close(loader, written ? &e : NULL);
    GdkPixbuf *loaded = written && closed ? gdk_pixbuf_loader_get_pixbuf(loader) : NULL;
    if (!loaded) { g_object_unref(loader); *error = take_message(e, "the JPEG data is damaged"); return NULL; }
    if (e) g_error_free(e);
    const char *orientation = gdk_pixbuf_get_option(loaded, "orientation");
    *turned = orientation && strcmp(orientation, "1") != 0;
    GdkPixbuf *upright = gdk_pixbuf_apply_embedded_orientation(loaded);
    cairo_surface_t *surface = upright ? surface_from_pixbuf(upright) : NULL;
    if (upright) g_object_unref(upright);
    g_object_unref(loader);
    if (!surface) *error = strdup("the JPEG is too large or has no pixels");
    return surface;
}

void folio_message_free(char *message) { free(message); }
