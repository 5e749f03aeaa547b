/* The floor: the same 13 release charts drawn with raw Cairo and Pango calls and hard-coded geometry
 * (no layout engine, no measuring beyond what drawing needs), written with cairo_surface_write_to_png.
 * The numbers come from cairo_data.h, generated from the CSVs by make_cairo_data.py.
 * Build: gcc -O2 cairo_floor.c -o cairo_floor $(pkg-config --cflags --libs pangocairo) -lm
 * Usage: cairo_floor OUTDIR */
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>
#include <math.h>
#include "cairo_data.h"

static void text(cairo_t *cr, PangoLayout *layout, const char *s, double x, double y, int bold, double size, double align) {
    char font[64];
    snprintf(font, sizeof font, "Inter %s %gpx", bold ? "Bold" : "", size);
    PangoFontDescription *d = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, d);
    pango_font_description_free(d);
    pango_layout_set_text(layout, s, -1);
    int w, h;
    pango_layout_get_pixel_size(layout, &w, &h);
    cairo_move_to(cr, x - align * w, y);
    pango_cairo_show_layout(cr, layout);
}

static void fmt(char *buf, double v, int money) {
    if (v < 0) { snprintf(buf, 32, "–"); return; }
    long n = (long)v; char raw[32]; snprintf(raw, sizeof raw, "%ld", n);
    int len = (int)strlen(raw), o = 0;
    if (money) buf[o++] = '$';
    for (int i = 0; i < len; i++) { if (i && (len - i) % 3 == 0) buf[o++] = ','; buf[o++] = raw[i]; }
    buf[o] = 0;
}

static void bars(cairo_t *cr, PangoLayout *l, const double *v, int n, const char *const *labels, double x0, double y0, double w, double h) {
    double max = 0; for (int i = 0; i < n; i++) if (v[i] > max) max = v[i];
    if (max <= 0) max = 1;
    double band = w / n; char buf[32];
    cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
    for (int i = 0; i < n; i++) {
        double bh = v[i] < 0 ? 0 : v[i] / max * (h - 20);
        cairo_rectangle(cr, x0 + i * band + band * 0.15, y0 + h - bh, band * 0.7, bh);
        cairo_fill(cr);
        fmt(buf, v[i], 0);
        text(cr, l, buf, x0 + i * band + band / 2, y0 + h - bh - 16, 1, 11, 0.5);
        text(cr, l, labels[i], x0 + i * band + band / 2, y0 + h + 4, 0, 11, 0.5);
        cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
    }
}

static void line(cairo_t *cr, PangoLayout *l, const double *v, int n, const char *const *labels, double x0, double y0, double w, double h) {
    double max = 0, min = 1e300; for (int i = 0; i < n; i++) if (v[i] >= 0) { if (v[i] > max) max = v[i]; if (v[i] < min) min = v[i]; }
    if (min > max) return;
    if (max == min) { max += 1; min -= 1; }
    double band = w / n; char buf[32]; int open = 0;
    cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
    cairo_set_line_width(cr, 2);
    for (int i = 0; i < n; i++) {
        if (v[i] < 0) { open = 0; continue; }
        double x = x0 + (i + 0.5) * band, y = y0 + 16 + (h - 32) * (1 - (v[i] - min) / (max - min));
        if (open) cairo_line_to(cr, x, y); else cairo_move_to(cr, x, y);
        open = 1;
    }
    cairo_stroke(cr);
    for (int i = 0; i < n; i++) {
        text(cr, l, labels[i], x0 + (i + 0.5) * band, y0 + h + 2, 0, 10, 0.5);
        cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
        if (v[i] < 0) continue;
        double x = x0 + (i + 0.5) * band, y = y0 + 16 + (h - 32) * (1 - (v[i] - min) / (max - min));
        cairo_arc(cr, x, y, 4, 0, 2 * M_PI); cairo_fill(cr);
        fmt(buf, v[i], 0);
        text(cr, l, buf, x, y - 18, 1, 10, 0.5);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: cairo_floor OUTDIR\n"); return 2; }
    for (size_t c = 0; c < sizeof charts / sizeof charts[0]; c++) {
        const chart_t *ch = &charts[c];
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1200, 675);
        cairo_t *cr = cairo_create(s);
        PangoLayout *l = pango_cairo_create_layout(cr);
        cairo_set_source_rgb(cr, 1, 1, 1); cairo_paint(cr);
        cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
        text(cr, l, ch->title, 40, 30, 1, 28, 0);
        cairo_set_source_rgb(cr, 0.36, 0.4, 0.45);
        text(cr, l, "Source: ALERT 2023-24 annual report figures.", 40, 640, 0, 12, 0);
        text(cr, l, "ALERT", 1160, 640, 1, 12, 1);
        if (ch->kind == 0) {
            bars(cr, l, ch->values[0], ch->count, ch->labels, 60, 100, 1100, 500);
        } else if (ch->kind == 2) {
            double max = 0; char buf[32];
            for (int i = 0; i < ch->count; i++) if (ch->values[0][i] > max) max = ch->values[0][i];
            for (int i = 0; i < ch->count; i++) {
                double y = 100 + i * 62, w = ch->values[0][i] / max * 800;
                cairo_set_source_rgb(cr, 0.36, 0.4, 0.45);
                text(cr, l, ch->labels[i], 220, y + 14, 0, 12, 1);
                cairo_set_source_rgb(cr, 0.08, 0.16, 0.29);
                cairo_rectangle(cr, 230, y + 8, w, 40); cairo_fill(cr);
                fmt(buf, ch->values[0][i], 1);
                text(cr, l, buf, 236 + w, y + 16, 1, 12, 0);
            }
        } else {
            int n = ch->series, cols = (n == 3 || n == 5 || n == 6) ? 3 : 4, rows = (n + cols - 1) / cols;
            double pw = 1120.0 / cols, ph = 500.0 / rows;
            for (int i = 0; i < n; i++) {
                double x = 40 + (i % cols) * pw, y = 100 + (i / cols) * ph;
                cairo_set_source_rgb(cr, 0.11, 0.14, 0.19);
                text(cr, l, ch->names[i], x, y, 1, 13, 0);
                line(cr, l, ch->values[i], ch->count, ch->labels, x, y + 20, pw - 30, ph - 50);
            }
        }
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.png", argv[1], ch->id);
        if (cairo_surface_write_to_png(s, path) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cannot write %s\n", path); return 1; }
        g_object_unref(l); cairo_destroy(cr); cairo_surface_destroy(s);
    }
    return 0;
}
