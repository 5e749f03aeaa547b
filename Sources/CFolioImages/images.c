// Placed images: librsvg (SVG) and poppler-glib (a PDF page) drawn as vectors, gdk-pixbuf decoding JPEG.
// The three libraries (and the twenty-odd they pull in: poppler's NSS, ICU, TIFF…) are opened with dlopen
// the first time a spec places such an image, not at start: a report without one starts 9 ms sooner.
// Only their stable C ABI is used, declared here; glib and Cairo are linked already (through Pango).
#define _GNU_SOURCE
#include "folio_images.h"
#include <cairo.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int gbool;
typedef struct { uint32_t domain; int code; char *message; } GErrorABI;
typedef struct { double x, y, width, height; } RsvgRect;

static struct {
    void *(*rsvg_new)(const unsigned char *, size_t, GErrorABI **);
    void (*rsvg_set_dpi)(void *, double);
    gbool (*rsvg_size_in_pixels)(void *, double *, double *);
    void (*rsvg_dimensions)(void *, gbool *, void *, gbool *, void *, gbool *, RsvgRect *);
    gbool (*rsvg_render)(void *, cairo_t *, const RsvgRect *, GErrorABI **);
    void *(*poppler_open)(void *, const char *, GErrorABI **);
    int (*poppler_pages)(void *);
    void *(*poppler_page)(void *, int);
    void (*poppler_page_size)(void *, double *, double *);
    void (*poppler_render)(void *, cairo_t *);
    void *(*loader_new)(const char *, GErrorABI **);
    gbool (*loader_write)(void *, const unsigned char *, size_t, GErrorABI **);
    gbool (*loader_close)(void *, GErrorABI **);
    void *(*loader_pixbuf)(void *);
    const char *(*pixbuf_option)(void *, const char *);
    void *(*pixbuf_upright)(void *);
    int (*pixbuf_width)(void *), (*pixbuf_height)(void *), (*pixbuf_channels)(void *), (*pixbuf_stride)(void *);
    gbool (*pixbuf_alpha)(void *);
    const unsigned char *(*pixbuf_pixels)(void *);
    void *(*bytes_new)(const void *, size_t);
    void (*bytes_unref)(void *);
    void (*error_free)(GErrorABI *);
    void (*object_unref)(void *);
    int svg, pdf, jpeg;
} lib;

static void *open_first(const char *a, const char *b) {
    void *h = dlopen(a, RTLD_NOW | RTLD_LOCAL);
    return h ? h : dlopen(b, RTLD_NOW | RTLD_LOCAL);
}

#define FIND(handle, field, name) (lib.field = (__typeof__(lib.field))dlsym(handle, name))

static void load(void) {
    FIND(RTLD_DEFAULT, bytes_new, "g_bytes_new"); FIND(RTLD_DEFAULT, bytes_unref, "g_bytes_unref");
    FIND(RTLD_DEFAULT, error_free, "g_error_free"); FIND(RTLD_DEFAULT, object_unref, "g_object_unref");
    int glib = lib.bytes_new && lib.bytes_unref && lib.error_free && lib.object_unref;
    void *rsvg = open_first("librsvg-2.so.2", "librsvg-2.so");
    lib.svg = glib && rsvg && FIND(rsvg, rsvg_new, "rsvg_handle_new_from_data") && FIND(rsvg, rsvg_set_dpi, "rsvg_handle_set_dpi")
        && FIND(rsvg, rsvg_size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels")
        && FIND(rsvg, rsvg_dimensions, "rsvg_handle_get_intrinsic_dimensions") && FIND(rsvg, rsvg_render, "rsvg_handle_render_document");
    void *poppler = open_first("libpoppler-glib.so.8", "libpoppler-glib.so");
    lib.pdf = glib && poppler && FIND(poppler, poppler_open, "poppler_document_new_from_bytes")
        && FIND(poppler, poppler_pages, "poppler_document_get_n_pages") && FIND(poppler, poppler_page, "poppler_document_get_page")
        && FIND(poppler, poppler_page_size, "poppler_page_get_size") && FIND(poppler, poppler_render, "poppler_page_render");
    void *pixbuf = open_first("libgdk_pixbuf-2.0.so.0", "libgdk_pixbuf-2.0.so");
    lib.jpeg = glib && pixbuf && FIND(pixbuf, loader_new, "gdk_pixbuf_loader_new_with_type") && FIND(pixbuf, loader_write, "gdk_pixbuf_loader_write")
        && FIND(pixbuf, loader_close, "gdk_pixbuf_loader_close") && FIND(pixbuf, loader_pixbuf, "gdk_pixbuf_loader_get_pixbuf")
        && FIND(pixbuf, pixbuf_option, "gdk_pixbuf_get_option") && FIND(pixbuf, pixbuf_upright, "gdk_pixbuf_apply_embedded_orientation")
        && FIND(pixbuf, pixbuf_width, "gdk_pixbuf_get_width") && FIND(pixbuf, pixbuf_height, "gdk_pixbuf_get_height")
        && FIND(pixbuf, pixbuf_channels, "gdk_pixbuf_get_n_channels") && FIND(pixbuf, pixbuf_stride, "gdk_pixbuf_get_rowstride")
        && FIND(pixbuf, pixbuf_alpha, "gdk_pixbuf_get_has_alpha") && FIND(pixbuf, pixbuf_pixels, "gdk_pixbuf_read_pixels");
}

static int ready(int which, const char *package, char **error) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, load);
    int ok = which == 0 ? lib.svg : which == 1 ? lib.pdf : lib.jpeg;
    if (!ok) {
        size_t n = strlen(package) + 64;
        *error = malloc(n);
        if (*error) snprintf(*error, n, "the library that reads it is not installed (Debian package %s)", package);
    }
    return ok;
}

struct folio_vector {
    void *svg;
    void *document;
    void *page;
    double width, height;
};

static char *take_message(GErrorABI *error, const char *otherwise) {
    char *message = strdup(error && error->message ? error->message : otherwise);
    if (error) lib.error_free(error);
    return message;
}

folio_vector *folio_svg_open(const unsigned char *data, size_t length, double *width, double *height, char **error) {
    if (!ready(0, "librsvg2-2", error)) return NULL;
    GErrorABI *e = NULL;
    void *handle = lib.rsvg_new(data, length, &e);
    if (!handle) { *error = take_message(e, "librsvg cannot read it"); return NULL; }
    lib.rsvg_set_dpi(handle, 96);
    double w = 0, h = 0;
    if (!lib.rsvg_size_in_pixels(handle, &w, &h)) {
        gbool has_viewbox = 0;
        RsvgRect viewbox = {0, 0, 0, 0};
        lib.rsvg_dimensions(handle, NULL, NULL, NULL, NULL, &has_viewbox, &viewbox);
        if (has_viewbox) { w = viewbox.width; h = viewbox.height; }
    }
    if (!(w > 0 && h > 0)) {
        lib.object_unref(handle);
        *error = strdup("the SVG has no size: give its root `width` and `height` or a `viewBox`");
        return NULL;
    }
    folio_vector *v = calloc(1, sizeof *v);
    if (!v) { lib.object_unref(handle); *error = strdup("out of memory"); return NULL; }
    v->svg = handle;
    v->width = w * 0.75;
    v->height = h * 0.75;
    *width = v->width;
    *height = v->height;
    return v;
}

folio_vector *folio_pdf_open(const unsigned char *data, size_t length, int page, int *page_count,
                             double *width, double *height, char **error) {
    *page_count = 0;
    if (!ready(1, "libpoppler-glib8", error)) return NULL;
    GErrorABI *e = NULL;
    void *bytes = lib.bytes_new(data, length);
    void *document = lib.poppler_open(bytes, NULL, &e);
    lib.bytes_unref(bytes);
    if (!document) { *error = take_message(e, "poppler cannot read it"); return NULL; }
    *page_count = lib.poppler_pages(document);
    void *p = page >= 1 && page <= *page_count ? lib.poppler_page(document, page - 1) : NULL;
    if (!p) {
        lib.object_unref(document);
        char buffer[96];
        snprintf(buffer, sizeof buffer, "it has %d page%s; page %d asked", *page_count, *page_count == 1 ? "" : "s", page);
        *error = strdup(buffer);
        return NULL;
    }
    folio_vector *v = calloc(1, sizeof *v);
    if (!v) { lib.object_unref(p); lib.object_unref(document); *error = strdup("out of memory"); return NULL; }
    v->document = document;
    v->page = p;
    lib.poppler_page_size(p, &v->width, &v->height);
    *width = v->width;
    *height = v->height;
    return v;
}

int folio_vector_draw(folio_vector *v, cairo_t *cr, double x, double y, double width, double height) {
    if (v->svg) {
        RsvgRect viewport = {x, y, width, height};
        GErrorABI *e = NULL;
        gbool ok = lib.rsvg_render(v->svg, cr, &viewport, &e);
        if (e) lib.error_free(e);
        return ok ? 1 : 0;
    }
    if (!(v->width > 0 && v->height > 0)) return 0;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, width / v->width, height / v->height);
    lib.poppler_render(v->page, cr);
    cairo_restore(cr);
    return 1;
}

void folio_vector_free(folio_vector *v) {
    if (!v) return;
    if (v->svg) lib.object_unref(v->svg);
    if (v->page) lib.object_unref(v->page);
    if (v->document) lib.object_unref(v->document);
    free(v);
}

/// gdk-pixbuf's pixels (RGB or RGBA, not premultiplied) as Cairo's (premultiplied, native order).
static cairo_surface_t *surface_from_pixbuf(void *pixbuf) {
    int width = lib.pixbuf_width(pixbuf), height = lib.pixbuf_height(pixbuf);
    int channels = lib.pixbuf_channels(pixbuf), stride = lib.pixbuf_stride(pixbuf);
    int alpha = lib.pixbuf_alpha(pixbuf);
    const unsigned char *source = lib.pixbuf_pixels(pixbuf);
    if (width <= 0 || height <= 0 || width > 32767 || height > 32767 || channels < 3 || !source) return NULL;
    cairo_surface_t *surface = cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) { cairo_surface_destroy(surface); return NULL; }
    cairo_surface_flush(surface);
    unsigned char *target = cairo_image_surface_get_data(surface);
    int target_stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; y++) {
        const unsigned char *row = source + (size_t)y * stride;
        uint32_t *out = (uint32_t *)(target + (size_t)y * target_stride);
        for (int x = 0; x < width; x++) {
            const unsigned char *p = row + (size_t)x * channels;
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
    if (!ready(2, "libgdk-pixbuf-2.0-0", error)) return NULL;
    GErrorABI *e = NULL;
    void *loader = lib.loader_new("jpeg", &e);
    if (!loader) { *error = take_message(e, "no JPEG decoder"); return NULL; }
    gbool written = lib.loader_write(loader, data, length, &e);
    gbool closed = lib.loader_close(loader, written ? &e : NULL);
    void *loaded = written && closed ? lib.loader_pixbuf(loader) : NULL;
    if (!loaded) { lib.object_unref(loader); *error = take_message(e, "the JPEG data is damaged"); return NULL; }
    if (e) lib.error_free(e);
    const char *orientation = lib.pixbuf_option(loaded, "orientation");
    *turned = orientation && strcmp(orientation, "1") != 0;
    void *upright = lib.pixbuf_upright(loaded);
    cairo_surface_t *surface = upright ? surface_from_pixbuf(upright) : NULL;
    if (upright) lib.object_unref(upright);
    lib.object_unref(loader);
    if (!surface) *error = strdup("the JPEG is too large or has no pixels");
    return surface;
}

void folio_message_free(char *message) { free(message); }
