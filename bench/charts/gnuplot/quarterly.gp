# One unit's metric by quarter, as bars with value labels.
#   call "quarterly.gp" "TMP/ice" "CHILDREN RESCUED" "title" "subtitle" "out.png"
unit = ARG1; wanted = ARG2; chart_title = ARG3; chart_subtitle = ARG4; png = ARG5
reset
load unit.".vars"
k = 0
do for [i = 1:n] { if (metric[i] eq wanted) { k = i } }
if (k == 0) { exit error "no row ".wanted." in ".unit }

set output png
call lib."/page.gp" chart_title chart_subtitle
set lmargin at screen 0.07
set rmargin at screen 0.972
set tmargin at screen 0.80
set bmargin at screen 0.15
unset key
set border 1 linecolor rgb RULE
set grid ytics back linecolor rgb GRID linewidth 1 dashtype solid
set xtics nomirror scale 0 textcolor rgb GREY font "Inter,12"
set ytics nomirror scale 0 textcolor rgb GREY font "Inter,11" format "%.0f"
set style fill solid 1.0 noborder
set boxwidth 0.72
set xrange [-0.6:3.6]
set yrange [0:*]
set offsets 0, 0, graph 0.06, 0
plot sprintf("%s-%d.q", unit, k) using 0:2:xtic(1) with boxes linecolor rgb NAVY, \
     "" using 0:2:3 with labels offset 0, 0.9 font "Inter Bold,12" textcolor rgb INK
set output
