#include "folio_zlib.h"
#include <stdlib.h>
#include <zlib.h>

int folio_zlib_inflate(const uint8_t *in, size_t in_length, uint8_t **out, size_t *out_length) {
    z_stream z = {0};
    if (inflateInit(&z) != Z_OK) return -1;
    size_t capacity = in_length * 4 + 1024, length = 0;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&z); return -1; }
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)in_length;
    int status;
    do {
        if (length == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); inflateEnd(&z); return -1; }
            buffer = grown;
        }
        z.next_out = buffer + length;
        z.avail_out = (uInt)(capacity - length);
        status = inflate(&z, Z_NO_FLUSH);
        length = capacity - z.avail_out;
    } while (status == Z_OK);
    inflateEnd(&z);
    if (status != Z_STREAM_END) { free(buffer); return -1; }
    *out = buffer;
    *out_length = length;
    return 0;
}

int folio_zlib_deflate(const uint8_t *in, size_t in_length, int level, uint8_t **out, size_t *out_length) {
    uLongf capacity = compressBound((uLong)in_length);
    uint8_t *buffer = malloc(capacity ? capacity : 1);
    if (!buffer) return -1;
    if (compress2(buffer, &capacity, in, (uLong)in_length, level) != Z_OK) { free(buffer); return -1; }
    *out = buffer;
    *out_length = capacity;
    return 0;
}

void folio_zlib_free(uint8_t *buffer) { free(buffer); }
