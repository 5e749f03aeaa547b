/* cairo_floor.c: the 13 release charts (ReportSpecs/release-charts-2023-24.yaml) drawn with raw Cairo and
 * Pango calls and hard-coded geometry. It is the floor for the chart benchmark: no chart library, no
 * layout engine, just rectangles, lines, circles and Pango text ("Inter") on a 1200x675 ARGB surface per
 * chart, written with cairo_surface_write_to_png.
 *
 * Data: read at run time from the CSVs in ReportSpecs/data with a small C parser ("1,149" -> 1149,
 * "$906,814" -> 906814, "$2,741025" -> 2741025, "–" -> NaN, a gap). The chart list (ids, titles, rows) is
 * hard-coded below, as are the page geometry and the styling. Axis ranges and ticks are computed from the data.
 *
 * Build: gcc -O2 cairo_floor.c -o cairo_floor $(pkg-config --cflags --libs pangocairo) -lm
 * Run:   bench/charts/cairo_floor OUTPUT_DIR [DATA_DIR]
 *        DATA_DIR defaults to <folder of this program>/../../ReportSpecs/data.
 * Exits non-zero if a CSV is missing or malformed or a PNG cannot be written.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#define WIDTH 1200
#define HEIGHT 675
#define MARGIN 34.0
#define MAXROWS 16
#define MAXCOLS 12

static const char *SOURCE = "Source: ALERT 2023-24 annual report figures.";
static const char *FISCAL = "Fiscal years 2021-22 to 2023-24; each panel has its own scale";
static const char *QUARTERS[] = {"Q1", "Q2", "Q3", "Q4"};
static const char *YEARS[] = {"2021-22", "2022-23", "2023-24"};

typedef struct { double r, g, b; } Colour;
static const Colour NAVY = {0x15 / 255.0, 0x28 / 255.0, 0x4b / 255.0};
static const Colour INK = {0x1f / 255.0, 0x29 / 255.0, 0x37 / 255.0};
static const Colour GREY = {0x6b / 255.0, 0x72 / 255.0, 0x80 / 255.0};
static const Colour RULE = {0x9c / 255.0, 0xa3 / 255.0, 0xaf / 255.0};
static const Colour GRID = {0xe5 / 255.0, 0xe7 / 255.0, 0xeb / 255.0};

typedef struct {
    const char *file, *q_id, *q_title, *q_subtitle, *metric, *y_id, *y_title, *y_subtitle;
} Unit;

static const Unit UNITS[] = {
    {"human-trafficking", "human-trafficking-victim-interventions-by-quarter",
     "Human trafficking victim interventions by quarter, 2023-24", "ALERT Human Trafficking units, Edmonton and Calgary",
     "VICTIM INTERVENTIONS", "human-trafficking-three-years", "Human trafficking, three years", NULL},
    {"ice", "ice-children-rescued-by-quarter", "Children rescued by quarter, 2023-24",
     "ALERT Internet Child Exploitation (ICE) teams", "CHILDREN RESCUED", "ice-three-years",
     "Internet Child Exploitation, three years", NULL},
    {"cisa", "cisa-intelligence-reports-by-quarter", "Intelligence reports by quarter, 2023-24",
     "Criminal Intelligence Service Alberta (CISA)", "INTELLIGENCE REPORTS", "cisa-three-years",
     "Criminal Intelligence Service Alberta, three years", NULL},
    {"organized-crime", "organized-crime-charges-by-quarter",
     "Organized crime and drugs charges laid by quarter, 2023-24", NULL, "CHARGES LAID",
     "organized-crime-three-years", "Organized crime and drugs, three years", NULL},
    {"stolen-vehicles", "stolen-vehicles-by-quarter", "Stolen vehicles recovered by quarter, 2023-24", NULL,
     "STOLEN VEHICLES", "stolen-vehicles-three-years", "Stolen vehicles and recovered assets, three years", NULL},
    {"firearms", "firearms-examinations-by-quarter", "Firearms examinations by quarter, 2023-24",
     "The firearms unit is new in 2023-24", "FIREARMS EXAMINATIONS", "firearms-three-years",
     "Firearms, three years", "The unit is new in 2023-24, so earlier years have no values"},
};

static const char *LOCATIONS[][2] = {
    {"CALGARY", "Calgary"}, {"EDMONTON", "Edmonton"}, {"FORT MCMURRAY", "Fort McMurray"},
    {"GRANDE PRAIRIE", "Grande Prairie"}, {"LETHBRIDGE", "Lethbridge"}, {"LLOYDMINSTER", "Lloydminster"},
    {"MEDICINE HAT", "Medicine Hat"}, {"RED DEER", "Red Deer"},
};

typedef struct {
    char name[64];
    double v[MAXCOLS];          /* NaN: no value */
    int currency;
} Row;

typedef struct {
    char head[MAXCOLS][32];
    int ncols;
    Row rows[MAXROWS];
    int nrows;
} Table;

static const char *data_dir;
static const char *out_dir;

static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("cairo_floor: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ------------------------------------------------------------------------------------------ CSV */

/* Splits one CSV line into fields (double quotes protect commas). Returns the field count. */
static int split_csv(char *line, char fields[][64], int max) {
    int n = 0, len = 0, quoted = 0;
    for (char *p = line;; p++) {
        char c = *p;
        if (c == '"') { quoted = !quoted; continue; }
        if ((c == ',' && !quoted) || c == '\0' || c == '\n' || c == '\r') {
            if (n == max) die("too many fields in \"%s\"", line);
            fields[n][len] = '\0';
            n++;
            len = 0;
            if (c != ',') break;
            continue;
        }
        if (len < 63) fields[n][len++] = c;
    }
    return n;
}

/* "1,149" -> 1149, "$906,814" -> 906814, "$2,741025" -> 2741025; "–" or empty -> NaN. */
static double number(const char *cell) {
    char digits[64];
    int n = 0;
    for (const char *p = cell; *p; p++)
        if (*p != '$' && *p != ',' && n < 63) digits[n++] = *p;
    digits[n] = '\0';
    if (n == 0) return NAN;
    char *end;
    double v = strtod(digits, &end);
    if (*end != '\0') return NAN;      /* "–" (an en dash) and anything else that is not a number */
    return v;
}

static void read_table(const char *name, Table *t) {
    char path[1024], line[1024], fields[MAXCOLS][64];
    snprintf(path, sizeof path, "%s/%s.csv", data_dir, name);
    FILE *f = fopen(path, "r");
    if (!f) die("cannot open %s: %s", path, strerror(errno));
    memset(t, 0, sizeof *t);
    if (!fgets(line, sizeof line, f)) die("%s is empty", path);
    t->ncols = split_csv(line, fields, MAXCOLS);
    for (int i = 0; i < t->ncols; i++) strcpy(t->head[i], fields[i]);
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '\n' || line[0] == '\r') continue;
        if (t->nrows == MAXROWS) die("too many rows in %s", path);
        Row *r = &t->rows[t->nrows++];
        int n = split_csv(line, fields, MAXCOLS);
        if (n != t->ncols) die("%s: a row has %d fields, the header %d", path, n, t->ncols);
        strcpy(r->name, fields[0]);
        r->currency = strchr(line, '$') != NULL;
        for (int i = 1; i < n; i++) r->v[i] = number(fields[i]);
    }
    fclose(f);
}

static int column(const Table *t, const char *name) {
    for (int i = 0; i < t->ncols; i++)
        if (strcmp(t->head[i], name) == 0) return i;
    die("no column %s", name);
    return -1;
}

static const Row *row_named(const Table *t, const char *name) {
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].name, name) == 0) return &t->rows[i];
    die("no row %s", name);
    return NULL;
}

/* --------------------------------------------------------------------------------------- labels */

static void commas(double v, char *buf, size_t size, const char *prefix) {
    char digits[32], grouped[48];
    snprintf(digits, sizeof digits, "%.0f", fabs(v));
    int len = (int)strlen(digits), n = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) grouped[n++] = ',';
        grouped[n++] = digits[i];
    }
    grouped[n] = '\0';
    snprintf(buf, size, "%s%s%s", v < 0 ? "-" : "", prefix, grouped);
}

/* $334.1M, $21.7M, $632K */
static void compact(double v, char *buf, size_t size) {
    static const struct { double size; const char *suffix; int digits; } units[] = {
        {1e9, "B", 1}, {1e6, "M", 1}, {1e3, "K", 0}};
    for (int i = 0; i < 3; i++) {
        if (fabs(v) >= units[i].size) {
            char s[32];
            snprintf(s, sizeof s, "%.*f", units[i].digits, v / units[i].size);
            size_t len = strlen(s);
            if (len > 2 && strcmp(s + len - 2, ".0") == 0) s[len - 2] = '\0';
            snprintf(buf, size, "$%s%s", s, units[i].suffix);
            return;
        }
    }
    commas(v, buf, size, "$");
}

static void metric_label(const char *metric, char *buf, size_t size) {
    snprintf(buf, size, "%s", metric);
    for (char *p = buf + 1; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
    if (strncmp(buf, "Ibis", 4) == 0) memcpy(buf, "IBIS", 4);
}

/* ----------------------------------------------------------------------------------- drawing */

static void colour(cairo_t *cr, Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

/* Draws text with its baseline at y; align 0 = left, 0.5 = centre, 1 = right. */
static void text(cairo_t *cr, PangoLayout *layout, const char *s, double x, double y, double px, int bold,
                 Colour c, double align) {
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, "Inter");
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, px * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, s, -1);
    int w, h;
    pango_layout_get_pixel_size(layout, &w, &h);
    double baseline = pango_layout_get_baseline(layout) / (double)PANGO_SCALE;
    colour(cr, c);
    cairo_move_to(cr, x - w * align, y - baseline);
    pango_cairo_show_layout(cr, layout);
}

static void hline(cairo_t *cr, double x0, double x1, double y, Colour c) {
    colour(cr, c);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, x0, floor(y) + 0.5);
    cairo_line_to(cr, x1, floor(y) + 0.5);
    cairo_stroke(cr);
}

static void vline(cairo_t *cr, double x, double y0, double y1, Colour c) {
    colour(cr, c);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, floor(x) + 0.5, y0);
    cairo_line_to(cr, floor(x) + 0.5, y1);
    cairo_stroke(cr);
}

/* A "nice" 1-2-5 tick step, and the range [lo, hi] widened to whole steps. */
static double ticks(double *lo, double *hi, int target) {
    double span = *hi - *lo;
    if (span <= 0) span = fabs(*hi) > 0 ? fabs(*hi) : 1;
    double raw = span / target, mag = pow(10, floor(log10(raw))), f = raw / mag;
    double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
    *lo = floor(*lo / step + 1e-9) * step;
    *hi = ceil(*hi / step - 1e-9) * step;
    if (*hi <= *lo) *hi = *lo + step;
    return step;
}

typedef struct {
    cairo_surface_t *surface;
    cairo_t *cr;
    PangoLayout *layout;
} Page;

static Page page_begin(const char *title, const char *subtitle) {
    Page p;
    p.surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
    p.cr = cairo_create(p.surface);
    p.layout = pango_cairo_create_layout(p.cr);
    cairo_set_source_rgb(p.cr, 1, 1, 1);
    cairo_paint(p.cr);
    text(p.cr, p.layout, title, MARGIN, 62, 30, 1, NAVY, 0);
    if (subtitle) text(p.cr, p.layout, subtitle, MARGIN, 95, 19, 0, INK, 0);
    text(p.cr, p.layout, SOURCE, MARGIN, 640, 15, 0, GREY, 0);
    text(p.cr, p.layout, "ALERT", WIDTH - MARGIN, 640, 15, 1, GREY, 1);
    return p;
}

static void page_end(Page *p, const char *id) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.png", out_dir, id);
    g_object_unref(p->layout);
    cairo_destroy(p->cr);
    cairo_status_t status = cairo_surface_write_to_png(p->surface, path);
    if (status != CAIRO_STATUS_SUCCESS) die("cannot write %s: %s", path, cairo_status_to_string(status));
    cairo_surface_destroy(p->surface);
}

/* ------------------------------------------------------------------------------------- charts */

static void quarterly(const Unit *u, const Table *t) {
    const Row *r = row_named(t, u->metric);
    double v[4], top = 0;
    for (int q = 0; q < 4; q++) {
        v[q] = r->v[column(t, QUARTERS[q])];
        if (!isnan(v[q]) && v[q] > top) top = v[q];
    }
    Page p = page_begin(u->q_title, u->q_subtitle);
    cairo_t *cr = p.cr;
    const double x0 = 90, x1 = WIDTH - MARGIN, y0 = 135, y1 = 585;
    double lo = 0, hi = top * 1.08;
    double step = ticks(&lo, &hi, 8);
    char buf[64];
    for (double tick = lo; tick <= hi + step / 2; tick += step) {
        double y = y1 - (tick - lo) / (hi - lo) * (y1 - y0);
        if (tick > lo) hline(cr, x0, x1, y, GRID);
        commas(tick, buf, sizeof buf, "");
        text(cr, p.layout, buf, x0 - 12, y + 5, 14, 0, GREY, 1);
    }
    double band = (x1 - x0) / 4;
    for (int q = 0; q < 4; q++) {
        double cx = x0 + band * (q + 0.5);
        text(cr, p.layout, QUARTERS[q], cx, y1 + 24, 14, 0, GREY, 0.5);
        if (isnan(v[q])) continue;
        double y = y1 - (v[q] - lo) / (hi - lo) * (y1 - y0);
        colour(cr, NAVY);
        cairo_rectangle(cr, cx - band * 0.36, y, band * 0.72, y1 - y);
        cairo_fill(cr);
        commas(v[q], buf, sizeof buf, "");
        text(cr, p.layout, buf, cx, y - 8, 15, 1, INK, 0.5);
    }
    hline(cr, x0, x1, y1, RULE);
    page_end(&p, u->q_id);
}

static void panel(Page *p, double x, double y, double w, double h, const Row *r, const int cols[3]) {
    cairo_t *cr = p->cr;
    char buf[64];
    metric_label(r->name, buf, sizeof buf);
    text(cr, p->layout, buf, x, y + 16, 15, 1, INK, 0);

    const double px0 = x + 60, px1 = x + w - 24, py0 = y + 52, py1 = y + h - 30;
    double v[3], lo = INFINITY, hi = -INFINITY;
    int count = 0;
    for (int i = 0; i < 3; i++) {
        v[i] = r->v[cols[i]];
        if (isnan(v[i])) continue;
        count++;
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    if (count == 0) { lo = 0; hi = 1; }
    else if (count == 1) lo = 0;
    double pad = (hi - lo) * 0.15;
    if (lo >= 0 && lo - pad < 0) lo = 0; else lo -= pad;
    hi += pad;
    double step = ticks(&lo, &hi, 4);
    for (double tick = lo; tick <= hi + step / 2; tick += step) {
        double ty = py1 - (tick - lo) / (hi - lo) * (py1 - py0);
        if (tick > lo) hline(cr, px0, px1, ty, GRID);
        if (r->currency) compact(tick, buf, sizeof buf); else commas(tick, buf, sizeof buf, "");
        text(cr, p->layout, buf, px0 - 10, ty + 5, 14, 0, GREY, 1);
    }
    hline(cr, px0, px1, py1, RULE);

    double band = (px1 - px0) / 3, xs[3], ys[3];
    for (int i = 0; i < 3; i++) {
        xs[i] = px0 + band * (i + 0.5);
        ys[i] = isnan(v[i]) ? NAN : py1 - (v[i] - lo) / (hi - lo) * (py1 - py0);
        text(cr, p->layout, YEARS[i], xs[i], py1 + 22, 14, 0, GREY, 0.5);
    }
    colour(cr, NAVY);
    cairo_set_line_width(cr, 3);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (int i = 0; i < 3; i++) {      /* a missing value breaks the line */
        if (isnan(ys[i])) continue;
        if (i > 0 && !isnan(ys[i - 1])) cairo_line_to(cr, xs[i], ys[i]);
        else cairo_move_to(cr, xs[i], ys[i]);
    }
    cairo_stroke(cr);
    for (int i = 0; i < 3; i++) {
        if (isnan(ys[i])) continue;
        colour(cr, NAVY);
        cairo_arc(cr, xs[i], ys[i], 4.5, 0, 2 * M_PI);
        cairo_fill(cr);
        if (r->currency) compact(v[i], buf, sizeof buf); else commas(v[i], buf, sizeof buf, "");
        text(cr, p->layout, buf, xs[i], ys[i] - 12, 14, 1, INK, 0.5);
    }
}

static void three_years(const Unit *u, const Table *t) {
    int n = t->nrows;
    int cols = n <= 4 ? n : (n <= 6 ? 3 : 4);
    int rows = (n + cols - 1) / cols;
    int year_cols[3];
    for (int i = 0; i < 3; i++) year_cols[i] = column(t, YEARS[i]);
    Page p = page_begin(u->y_title, u->y_subtitle ? u->y_subtitle : FISCAL);
    const double top = 120, bottom = HEIGHT - 52;
    double cell_w = (WIDTH - 2 * MARGIN) / cols, cell_h = (bottom - top) / rows;
    for (int i = 0; i < n; i++)
        panel(&p, MARGIN + (i % cols) * cell_w, top + (i / cols) * cell_h, cell_w, cell_h, &t->rows[i], year_cols);
    page_end(&p, u->y_id);
}

static void drugs_by_location(void) {
    Table t;
    read_table("regional-2023-24", &t);
    int drugs = column(&t, "drugs"), n = 0;
    const char *names[MAXROWS];
    double v[MAXROWS], top = 0;
    for (int i = 0; i < t.nrows; i++) {
        if (strcmp(t.rows[i].name, "TOTALS") == 0) continue;
        names[n] = t.rows[i].name;
        for (size_t k = 0; k < sizeof LOCATIONS / sizeof LOCATIONS[0]; k++)
            if (strcmp(LOCATIONS[k][0], t.rows[i].name) == 0) names[n] = LOCATIONS[k][1];
        v[n] = t.rows[i].v[drugs];
        if (!isnan(v[n]) && v[n] > top) top = v[n];
        n++;
    }
    Page p = page_begin("Estimated value of drugs seized by location, 2023-24", "ALERT organized crime and drugs teams");
    cairo_t *cr = p.cr;
    const double x0 = 150, x1 = WIDTH - MARGIN - 110, y0 = 125, y1 = 580;
    double lo = 0, hi = top;
    double step = ticks(&lo, &hi, 5);
    char buf[64];
    for (double tick = lo; tick <= hi + step / 2; tick += step) {
        double x = x0 + (tick - lo) / (hi - lo) * (x1 - x0);
        if (tick > lo) vline(cr, x, y0, y1, GRID);
        commas(tick, buf, sizeof buf, "$");
        text(cr, p.layout, buf, x, y1 + 24, 14, 0, GREY, 0.5);
    }
    double band = (y1 - y0) / n;
    for (int i = 0; i < n; i++) {
        double cy = y0 + band * (i + 0.5);
        text(cr, p.layout, names[i], x0 - 10, cy + 5, 14, 0, GREY, 1);
        if (isnan(v[i])) continue;
        double w = (v[i] - lo) / (hi - lo) * (x1 - x0);
        colour(cr, NAVY);
        cairo_rectangle(cr, x0, cy - band * 0.36, w, band * 0.72);
        cairo_fill(cr);
        commas(v[i], buf, sizeof buf, "$");
        text(cr, p.layout, buf, x0 + w + 6, cy + 5, 15, 1, INK, 0);
    }
    vline(cr, x0, y0, y1, RULE);
    page_end(&p, "organized-crime-drugs-by-location");
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: cairo_floor OUTPUT_DIR [DATA_DIR]\n");
        return 2;
    }
    out_dir = argv[1];
    if (mkdir(out_dir, 0777) != 0 && errno != EEXIST) die("cannot create %s: %s", out_dir, strerror(errno));
    static char default_data[1024];
    if (argc == 3) {
        data_dir = argv[2];
    } else {
        const char *slash = strrchr(argv[0], '/');
        int len = slash ? (int)(slash - argv[0]) : 1;
        snprintf(default_data, sizeof default_data, "%.*s/../../ReportSpecs/data", len, slash ? argv[0] : ".");
        data_dir = default_data;
    }
    for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
        Table t;
        read_table(UNITS[i].file, &t);
        quarterly(&UNITS[i], &t);
        three_years(&UNITS[i], &t);
    }
    drugs_by_location();
    return 0;
}
