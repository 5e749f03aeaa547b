/* cairo_floor.c: the ALERT annual report drawn with raw Pango and Cairo calls and hard-coded geometry. It is
 * the floor for the report benchmark: what any engine on this stack must spend to lay out the same text
 * with Pango and draw the same pages into a PDF with Cairo, with no spec to read, no data to check and no
 * layout decisions to make.
 *
 * The geometry is in report_floor.h, generated from Folio's laid-out pages by `folio-floor` (bench/setup.sh):
 * every paragraph as its runs (text, font, colour, OpenType features, letter spacing) and wrap width, every
 * drawn item as an operation at its final position. Each paragraph is laid out with Pango the way Folio's
 * text engine does it (72 dpi, no hinting, unrounded glyph positions), on two threads, each with its own
 * font map: the small sizes (table and chart labels) on one, the text on the other, so that each size is set
 * up once, as Folio shares out its blocks. Fontconfig gets Folio's own configuration (FontConfiguration.swift:
 * the system's font folders without its substitution rules), made current before the first font map. Then the pages are drawn on the main thread, each line with
 * pango_cairo_show_layout_line. No tags, links, outline or metadata: it only draws.
 *
 * Build: gcc -O2 -I GENERATED_DIR cairo_floor.c -o cairo_floor $(pkg-config --cflags --libs pangocairo fontconfig) -lpthread
 * Run:   cairo_floor OUTPUT.pdf
 * Exits non-zero if Cairo reports an error.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

typedef struct { double red, green, blue, alpha; } FloorColor;
typedef struct {
    const char *text, *family;
    double size;
    int weight, italic;
    FloorColor color;
    double tracking;
    int tabular, no_break;
} FloorRun;
typedef struct { int first_run, run_count; double width; /* < 0: no wrapping */ } FloorParagraph;
enum { FLOOR_TEXT, FLOOR_FILL, FLOOR_RULE, FLOOR_PATH };
typedef struct {
    int kind;
    int a, b;          /* text: paragraph, line; path: first element, element count */
    double geometry[4]; /* text: x, y, rotation; fill: x, y, w, h; rule: x1, y1, x2, y2 */
    double width;      /* rule and path stroke width (< 0: no stroke) */
    FloorColor fill, stroke; /* alpha < 0: none */
    int first_dash, dash_count;
} FloorOperation;
typedef struct { int kind; double p[6]; } FloorElement; /* 0 move, 1 line, 2 curve, 3 close */
typedef struct { double width, height; int first_operation, operation_count; } FloorPage;

#include "report_floor.h"

static PangoLayout *layouts[FLOOR_PARAGRAPHS];

static guint16 channel(double v) { return (guint16)((v < 0 ? 0 : v > 1 ? 1 : v) * 65535 + 0.5); }

static void add(PangoAttrList *list, PangoAttribute *attribute, int start, int end) {
    attribute->start_index = start;
    attribute->end_index = end;
    pango_attr_list_insert(list, attribute);
}

static PangoFontDescription *describe(const FloorRun *run) {
    PangoFontDescription *d = pango_font_description_new();
    pango_font_description_set_family(d, run->family);
    pango_font_description_set_absolute_size(d, run->size * PANGO_SCALE);
    pango_font_description_set_weight(d, run->weight);
    pango_font_description_set_style(d, run->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return d;
}

/* A Pango context set up as Folio's text engine sets up its own, with a font map of its own. */
static PangoContext *make_context(void) {
    PangoFontMap *font_map = pango_cairo_font_map_new();
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map), 72);
    PangoContext *context = pango_font_map_create_context(font_map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_language(context, pango_language_from_string("en"));
    return context;
}

/* Paragraph `index` laid out as Folio's text engine lays it out. */
static PangoLayout *lay_out(int index, PangoContext *context) {
    const FloorParagraph *p = &floor_paragraphs[index];
    GString *text = g_string_new(NULL);
    PangoAttrList *attributes = pango_attr_list_new();
    for (int r = 0; r < p->run_count; r++) {
        const FloorRun *run = &floor_runs[p->first_run + r];
        int start = (int)text->len;
        g_string_append(text, run->text);
        int end = (int)text->len;
        if (end == start) continue;
        PangoFontDescription *d = describe(run);
        add(attributes, pango_attr_font_desc_new(d), start, end);
        pango_font_description_free(d);
        add(attributes, pango_attr_foreground_new(channel(run->color.red), channel(run->color.green), channel(run->color.blue)), start, end);
        if (run->color.alpha < 1) add(attributes, pango_attr_foreground_alpha_new(channel(run->color.alpha)), start, end);
        if (run->tracking != 0) add(attributes, pango_attr_letter_spacing_new((int)(run->tracking * PANGO_SCALE + (run->tracking < 0 ? -0.5 : 0.5))), start, end);
        add(attributes, pango_attr_font_features_new(run->tabular ? "tnum, lnum" : "pnum"), start, end);
        if (run->no_break) add(attributes, pango_attr_allow_breaks_new(FALSE), start, end);
    }
    PangoLayout *layout = pango_layout_new(context);
    if (p->run_count > 0) {
        PangoFontDescription *d = describe(&floor_runs[p->first_run]);
        pango_layout_set_font_description(layout, d);
        pango_font_description_free(d);
    }
    pango_layout_set_text(layout, text->str, (int)text->len);
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
    if (p->width >= 0) {
        int width = (int)(p->width * PANGO_SCALE);
        pango_layout_set_width(layout, width < 1 ? 1 : width);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    g_string_free(text, TRUE);
    pango_layout_get_line_count(layout);
    return layout;
}

/* Which thread lays a paragraph out: 1 for the small sizes of table cells and chart labels, 0 for text. */
static long share_of(int index) {
    const FloorParagraph *p = &floor_paragraphs[index];
    return p->run_count > 0 && floor_runs[p->first_run].size < 9.25;
}

static void *lay_out_share(void *share) {
    PangoContext *context = make_context();
    for (int i = 0; i < FLOOR_PARAGRAPHS; i++)
        if (share_of(i) == (long)share) layouts[i] = lay_out(i, context);
    return NULL;
}

static void set_color(cairo_t *cr, FloorColor c) {
    if (c.alpha < 1) cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha);
    else cairo_set_source_rgb(cr, c.red, c.green, c.blue);
}

static void draw(cairo_t *cr, const FloorOperation *op) {
    switch (op->kind) {
    case FLOOR_TEXT: {
        PangoLayoutLine *line = pango_layout_get_line_readonly(layouts[op->a], op->b);
        if (!line) return;
        cairo_save(cr);
        cairo_translate(cr, op->geometry[0], op->geometry[1]);
        if (op->geometry[2] != 0) cairo_rotate(cr, op->geometry[2] * G_PI / 180);
        cairo_move_to(cr, 0, 0);
        pango_cairo_show_layout_line(cr, line);
        cairo_restore(cr);
        break;
    }
    case FLOOR_FILL:
        set_color(cr, op->fill);
        cairo_rectangle(cr, op->geometry[0], op->geometry[1], op->geometry[2], op->geometry[3]);
        cairo_fill(cr);
        break;
    case FLOOR_RULE:
        set_color(cr, op->stroke);
        cairo_set_line_width(cr, op->width);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        cairo_move_to(cr, op->geometry[0], op->geometry[1]);
        cairo_line_to(cr, op->geometry[2], op->geometry[3]);
        cairo_stroke(cr);
        break;
    case FLOOR_PATH:
        cairo_new_path(cr);
        for (int i = op->a; i < op->a + op->b; i++) {
            const double *p = floor_elements[i].p;
            switch (floor_elements[i].kind) {
            case 0: cairo_move_to(cr, p[0], p[1]); break;
            case 1: cairo_line_to(cr, p[0], p[1]); break;
            case 2: cairo_curve_to(cr, p[0], p[1], p[2], p[3], p[4], p[5]); break;
            default: cairo_close_path(cr); break;
            }
        }
        if (op->fill.alpha >= 0) {
            set_color(cr, op->fill);
            if (op->width >= 0) cairo_fill_preserve(cr); else cairo_fill(cr);
        }
        if (op->width >= 0) {
            set_color(cr, op->stroke);
            cairo_set_line_width(cr, op->width);
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
            cairo_set_dash(cr, floor_dashes + op->first_dash, op->dash_count, 0);
            cairo_stroke(cr);
            cairo_set_dash(cr, NULL, 0, 0);
        }
        cairo_new_path(cr);
        break;
    }
}

/* While the pages are drawn, the other CPU looks up the glyphs Cairo's PDF surface will ask FreeType for
 * (metrics at each size; the first time a face shows a glyph, its outline and its metrics in a one-unit copy
 * of the font), as Folio's GlyphPreloader does: the drawing thread then finds them in the scaled fonts'
 * caches, which Cairo shares between threads. */
static void preload_glyphs(cairo_t *cr, cairo_font_options_t *unit_options, GHashTable *outlined,
                           PangoGlyphItem *run) {
    cairo_scaled_font_t *scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(run->item->analysis.font));
    if (!scaled) return;
    cairo_font_face_t *face = cairo_scaled_font_get_font_face(scaled);
    int n = run->glyphs->num_glyphs, first_count = 0, later_count = 0;
    cairo_glyph_t *first = g_new(cairo_glyph_t, n > 0 ? n : 1), *later = g_new(cairo_glyph_t, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        PangoGlyph glyph = run->glyphs->glyphs[i].glyph;
        if (glyph == PANGO_GLYPH_EMPTY || (glyph & PANGO_GLYPH_UNKNOWN_FLAG)) continue;
        cairo_glyph_t entry = { glyph, 0, 0 };
        gpointer key = GSIZE_TO_POINTER(((gsize)(guintptr)face * 31) ^ glyph);
        /* A key per face and glyph (collisions only cost a lookup the drawing does itself). */
        if (!g_hash_table_contains(outlined, key)) { g_hash_table_add(outlined, key); first[first_count++] = entry; }
        else later[later_count++] = entry;
    }
    cairo_set_scaled_font(cr, scaled);
    cairo_text_extents_t extents;
    if (later_count) cairo_glyph_extents(cr, later, later_count, &extents);
    if (first_count) {
        cairo_glyph_path(cr, first, first_count);
        cairo_new_path(cr);
        cairo_matrix_t identity;
        cairo_matrix_init_identity(&identity);
        cairo_scaled_font_t *unit = cairo_scaled_font_create(face, &identity, &identity, unit_options);
        cairo_scaled_font_glyph_extents(unit, first, first_count, &extents);
        cairo_scaled_font_destroy(unit);
    }
    g_free(first);
    g_free(later);
}

static void *preload(void *unused) {
    (void)unused;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(NULL, NULL, 100, 100);
    cairo_t *cr = cairo_create(surface);
    cairo_font_options_t *unit_options = cairo_font_options_create();
    cairo_font_options_set_hint_style(unit_options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(unit_options, CAIRO_HINT_METRICS_OFF);
    GHashTable *outlined = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (int i = 0; i < FLOOR_OPERATIONS; i++) {
        const FloorOperation *op = &floor_operations[i];
        if (op->kind != FLOOR_TEXT) continue;
        PangoLayoutLine *line = pango_layout_get_line_readonly(layouts[op->a], op->b);
        if (!line) continue;
        cairo_save(cr);
        if (op->geometry[2] != 0) cairo_rotate(cr, op->geometry[2] * G_PI / 180);
        for (GSList *r = line->runs; r; r = r->next) preload_glyphs(cr, unit_options, outlined, r->data);
        cairo_restore(cr);
    }
    g_hash_table_destroy(outlined);
    cairo_font_options_destroy(unit_options);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: cairo_floor OUTPUT.pdf\n");
        return 64;
    }
    FcConfig *config = FcConfigCreate();
    if (!config || !FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)FLOOR_FONTCONFIG, FcTrue) ||
        !FcConfigBuildFonts(config) || !FcConfigSetCurrent(config)) {
        fprintf(stderr, "cairo_floor: cannot set up fontconfig\n");
        return 1;
    }
    /* The helper starts on another CPU than this thread's, as Folio's threads do (CFolioSystem): Linux may
     * otherwise queue it behind this busy thread for a scheduler tick. */
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    cpu_set_t allowed, elsewhere;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        elsewhere = allowed;
        int here = sched_getcpu();
        if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, &elsewhere);
        if (CPU_COUNT(&elsewhere) > 0) pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere);
    }
    pthread_t helper;
    if (pthread_create(&helper, &attributes, lay_out_share, (void *)1L) != 0) {
        fprintf(stderr, "cairo_floor: cannot start a thread\n");
        return 1;
    }
    lay_out_share((void *)0L);
    pthread_join(helper, NULL);

    pthread_t preloader;
    int preloading = pthread_create(&preloader, &attributes, preload, NULL) == 0;
    cairo_surface_t *surface = cairo_pdf_surface_create(argv[1], floor_pages[0].width, floor_pages[0].height);
    cairo_t *cr = cairo_create(surface);
    for (int page = 0; page < FLOOR_PAGES; page++) {
        const FloorPage *p = &floor_pages[page];
        cairo_pdf_surface_set_size(surface, p->width, p->height);
        for (int i = p->first_operation; i < p->first_operation + p->operation_count; i++) draw(cr, &floor_operations[i]);
        cairo_show_page(cr);
    }
    if (preloading) pthread_join(preloader, NULL);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "cairo_floor: %s\n", cairo_status_to_string(status));
        return 1;
    }
    return 0;
}
