# Small multiples: one line panel per row of a unit's CSV over three fiscal years, each with its own
# y scale; a NaN (missing value) breaks the line.
#   call "three_years.gp" "TMP/ice" "title" "subtitle" "out.png"
unit = ARG1; chart_title = ARG2; chart_subtitle = ARG3; png = ARG4
reset
load unit.".vars"
cols = n <= 4 ? n : (n <= 6 ? 3 : 4)
rows = (n + cols - 1) / cols
page_left = 0.028; page_right = 0.972; page_top = 0.80; page_bottom = 0.11
cell_w = (page_right - page_left) / cols
cell_h = (page_top - page_bottom) / rows
# A 1-2-5 tic step of about span/4, so small panels get four or five tics rather than gnuplot's ten.
nice(x) = (m = 10 ** floor(log10(x)), f = x / m, (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * m)

set output png
set multiplot
call lib."/page.gp" chart_title chart_subtitle
unset key
set border 1 linecolor rgb RULE
set grid ytics back linecolor rgb GRID linewidth 1 dashtype solid
set xtics nomirror scale 0 textcolor rgb GREY font "Inter,11"
set ytics nomirror scale 0 textcolor rgb GREY font "Inter,11"
set xrange [-0.35:2.35]
set offsets 0, 0, graph 0.25, graph 0.08
do for [i = 1:n] {
    x0 = page_left + ((i - 1) % cols) * cell_w
    y1 = page_top - ((i - 1) / cols) * cell_h
    set lmargin at screen x0 + 0.055
    set rmargin at screen x0 + cell_w - 0.03
    set tmargin at screen y1 - 0.065
    set bmargin at screen y1 - cell_h + 0.065
    set label 10 label[i] at screen x0, screen y1 - 0.02 left font "Inter Bold,12" textcolor rgb INK
    set format y fmt[i]
    file = sprintf("%s-%d.y", unit, i)
    if (count[i] == 0) {
        set yrange [0:1]; set ytics 1
    } else {
        stats file using 2 nooutput
        if (count[i] == 1) { set yrange [0:*]; span = STATS_max } else { set yrange [*:*]; span = STATS_max - STATS_min }
        set ytics nice(span > 0 ? span / 4 : 1)
    }
    plot file using 0:2:xtic(1) with linespoints linewidth 2.5 pointtype 7 \
             pointsize 1 linecolor rgb NAVY, \
         "" using 0:2:3 with labels offset 0, 1.1 font "Inter Bold,11" textcolor rgb INK
    if (i == 1) { unset label 1; unset label 2; unset label 3; unset label 4 }
}
unset multiplot
set output
