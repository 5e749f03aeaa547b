#include "cfoliopng.h"
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned char *data; size_t length; size_t capacity; int failed; } buffer_t;

static void write_bytes(png_structp png, png_bytep data, png_size_t length) {
    buffer_t *b = (buffer_t *)png_get_io_ptr(png);
    if (b->failed) return;
    if (b->length + length > b->capacity) {
        size_t capacity = b->capacity ? b->capacity * 2 : 65536;
        while (capacity < b->length + length) capacity *= 2;
        unsigned char *grown = realloc(b->data, capacity);
        if (!grown) { b->failed = 1; png_error(png, "out of memory"); return; }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
}

static void flush_bytes(png_structp png) { (void)png; }

int folio_png_encode(const unsigned char *pixels, int width, int height, int stride, int level, int filters,
                     const char *title, const char *description, unsigned char **out, size_t *length) {
    if (!pixels || width <= 0 || height <= 0 || stride < width * 4 || !out || !length) return -1;
    buffer_t buffer = {0};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    png_bytep *rows = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(rows);
        free(buffer.data);
        return -1;
    }
    png_set_write_fn(png, &buffer, write_bytes, flush_bytes);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, level < 0 ? 0 : (level > 9 ? 9 : level));
    if (filters) png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    /* The image's alternative text travels with it: iTXt (UTF-8) Title and Description, uncompressed. */
    png_text text[2];
    int texts = 0;
    const char *keys[2] = {"Title", "Description"};
    const char *values[2] = {title, description};
    for (int i = 0; i < 2; i++) {
        if (!values[i] || !values[i][0]) continue;
        memset(&text[texts], 0, sizeof(png_text));
        text[texts].compression = PNG_ITXT_COMPRESSION_NONE;
        text[texts].key = (png_charp)keys[i];
        text[texts].text = (png_charp)values[i];
        text[texts].itxt_length = strlen(values[i]);
        text[texts].lang = (png_charp)"";
        text[texts].lang_key = (png_charp)"";
        texts++;
    }
    if (texts) png_set_text(png, info, text, texts);
    png_write_info(png, info);
    /* Cairo's RGB24 is a native-endian 32-bit xRGB word: B, G, R, x in memory on little-endian machines. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    rows = malloc(sizeof(png_bytep) * (size_t)height);
    if (!rows) png_error(png, "out of memory");
    for (int y = 0; y < height; y++) rows[y] = (png_bytep)(pixels + (size_t)y * (size_t)stride);
    png_write_image(png, rows);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    free(rows);
    *out = buffer.data;
    *length = buffer.length;
    return 0;
}

void folio_png_free(unsigned char *buffer) { free(buffer); }
