# Estimated value of drugs seized by location: horizontal bars (boxxyerror) with value labels.
#   call "location.gp" "TMP/regional.dat" "out.png"
file = ARG1; png = ARG2
reset
stats file using 2 nooutput
set output png
call lib."/page.gp" "Estimated value of drugs seized by location, 2023-24" "ALERT organized crime and drugs teams"
set lmargin at screen 0.125
set rmargin at screen 0.94
set tmargin at screen 0.82
set bmargin at screen 0.15
unset key
set border 2 linecolor rgb RULE
set grid xtics back linecolor rgb GRID linewidth 1 dashtype solid
set xtics nomirror scale 0 textcolor rgb GREY font "Inter,11" format "$%.1s%c"
set ytics nomirror scale 0 textcolor rgb GREY font "Inter,12"
set style fill solid 1.0 noborder
set yrange [STATS_records - 0.5:-0.5]
set xrange [0:STATS_max * 1.12]
plot file using (0):0:(0):2:($0 - 0.36):($0 + 0.36):ytic(1) with boxxyerror linecolor rgb NAVY, \
     "" using 2:0:3 with labels left offset 0.5, 0 font "Inter Bold,12" textcolor rgb INK
set output
