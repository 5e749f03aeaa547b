set terminal pngcairo size 1200,675 font "Inter,12" enhanced
set style fill solid 1.0 noborder
set border 3
set xtics nomirror
set ytics nomirror
set grid ytics lc rgb "#dddddd"
set key off
set output out."/human-trafficking-victim-interventions-by-quarter.png"
$d0 << EOD
"Q1" 30
"Q2" 29
"Q3" 17
"Q4" 37
EOD
set title "Human trafficking victim interventions by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d0 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/ice-children-rescued-by-quarter.png"
$d1 << EOD
"Q1" 26
"Q2" 78
"Q3" 56
"Q4" 43
EOD
set title "Children rescued by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d1 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/cisa-intelligence-reports-by-quarter.png"
$d2 << EOD
"Q1" 409
"Q2" 296
"Q3" 327
"Q4" 442
EOD
set title "Intelligence reports by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d2 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/organized-crime-charges-by-quarter.png"
$d3 << EOD
"Q1" 176
"Q2" 156
"Q3" 237
"Q4" 231
EOD
set title "Organized crime and drugs charges laid by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d3 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d3 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/stolen-vehicles-by-quarter.png"
$d4 << EOD
"Q1" 23
"Q2" 15
"Q3" 1
"Q4" 6
EOD
set title "Stolen vehicles recovered by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d4 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d4 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/firearms-examinations-by-quarter.png"
$d5 << EOD
"Q1" 349
"Q2" 351
"Q3" 243
"Q4" 235
EOD
set title "Firearms examinations by quarter, 2023-24" left font ",18"
set yrange [0:*]
set boxwidth 0.7
set label 1 "Source: ALERT 2023-24 annual report figures." at screen 0.02,0.02 font ",10"
set label 2 "ALERT" at screen 0.98,0.02 right font ",10"
plot $d5 using 0:2:xtic(1) with boxes lc rgb "#14284B", $d5 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"
unset label
unset title
set yrange [*:*]
set output out."/human-trafficking-three-years.png"
set multiplot layout 1,3 title "Human trafficking, three years" font ",18"
$d6_0 << EOD
"2021-22" 76
"2022-23" 30
"2023-24" 34
EOD
set title "Suspects charged" font ",11"
set offsets 0.3,0.3,0,0
plot $d6_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d6_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d6_1 << EOD
"2021-22" 157
"2022-23" 96
"2023-24" 231
EOD
set title "Charges laid" font ",11"
set offsets 0.3,0.3,0,0
plot $d6_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d6_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d6_2 << EOD
"2021-22" 22
"2022-23" 28
"2023-24" 113
EOD
set title "Victim interventions" font ",11"
set offsets 0.3,0.3,0,0
plot $d6_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d6_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/ice-three-years.png"
set multiplot layout 2,3 title "Internet Child Exploitation, three years" font ",18"
$d7_0 << EOD
"2021-22" 2764
"2022-23" 2994
"2023-24" 3815
EOD
set title "File intakes" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d7_1 << EOD
"2021-22" 125
"2022-23" 81
"2023-24" 109
EOD
set title "Suspects charged" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d7_2 << EOD
"2021-22" 413
"2022-23" 351
"2023-24" 415
EOD
set title "Charges laid" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d7_3 << EOD
"2021-22" 100
"2022-23" 46
"2023-24" 203
EOD
set title "Children rescued" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_3 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_3 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d7_4 << EOD
"2021-22" 1845
"2022-23" 1243
"2023-24" 1724
EOD
set title "Exhibits seized" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_4 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_4 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d7_5 << EOD
"2021-22" 13260819
"2022-23" 2551921
"2023-24" 2754097
EOD
set title "Total photos/videos" font ",11"
set offsets 0.3,0.3,0,0
plot $d7_5 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d7_5 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/cisa-three-years.png"
set multiplot layout 1,3 title "Criminal Intelligence Service Alberta, three years" font ",18"
$d8_0 << EOD
"2021-22" 1318
"2022-23" 1560
"2023-24" 1474
EOD
set title "Intelligence reports" font ",11"
set offsets 0.3,0.3,0,0
plot $d8_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d8_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d8_1 << EOD
"2021-22" 25
"2022-23" 36
"2023-24" 27
EOD
set title "Training courses" font ",11"
set offsets 0.3,0.3,0,0
plot $d8_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d8_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d8_2 << EOD
"2021-22" 638
"2022-23" 933
"2023-24" 862
EOD
set title "Candidates trained" font ",11"
set offsets 0.3,0.3,0,0
plot $d8_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d8_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/organized-crime-three-years.png"
set multiplot layout 2,3 title "Organized crime and drugs, three years" font ",18"
$d9_0 << EOD
"2021-22" 168
"2022-23" 197
"2023-24" 141
EOD
set title "Suspects charged" font ",11"
set offsets 0.3,0.3,0,0
plot $d9_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d9_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d9_1 << EOD
"2021-22" 820
"2022-23" 1088
"2023-24" 800
EOD
set title "Charges laid" font ",11"
set offsets 0.3,0.3,0,0
plot $d9_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d9_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d9_2 << EOD
"2021-22" 126
"2022-23" 102
"2023-24" 232
EOD
set title "Firearms seized" font ",11"
set offsets 0.3,0.3,0,0
plot $d9_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d9_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d9_3 << EOD
"2021-22" 334093020
"2022-23" 10898269
"2023-24" 5334163
EOD
set title "Est. value of drugs seized" font ",11"
set offsets 0.3,0.3,0,0
plot $d9_3 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d9_3 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d9_4 << EOD
"2021-22" 21740617
"2022-23" 1432847
"2023-24" 632294
EOD
set title "Proceeds of crime seized" font ",11"
set offsets 0.3,0.3,0,0
plot $d9_4 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d9_4 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/stolen-vehicles-three-years.png"
set multiplot layout 1,4 title "Stolen vehicles and recovered assets, three years" font ",18"
$d10_0 << EOD
"2021-22" 10
"2022-23" 1
"2023-24" 2
EOD
set title "Suspects charged" font ",11"
set offsets 0.3,0.3,0,0
plot $d10_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d10_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d10_1 << EOD
"2021-22" 47
"2022-23" 11
"2023-24" NaN
EOD
set title "Charges laid" font ",11"
set offsets 0.3,0.3,0,0
plot $d10_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d10_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d10_2 << EOD
"2021-22" 118
"2022-23" 245
"2023-24" 45
EOD
set title "Stolen vehicles" font ",11"
set offsets 0.3,0.3,0,0
plot $d10_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d10_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d10_3 << EOD
"2021-22" 3919500
"2022-23" 8420500
"2023-24" 2741025
EOD
set title "Recovered assets" font ",11"
set offsets 0.3,0.3,0,0
plot $d10_3 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d10_3 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/firearms-three-years.png"
set multiplot layout 2,4 title "Firearms, three years" font ",18"
$d11_0 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 1178
EOD
set title "Firearms examinations" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_0 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_0 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_1 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 4715
EOD
set title "Exhibit examinations" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_1 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_1 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_2 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 108
EOD
set title "Serial number restorations" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_2 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_2 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_3 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 2402
EOD
set title "Ibis submissions" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_3 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_3 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_4 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 15
EOD
set title "Gun seizures" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_4 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_4 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_5 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 26
EOD
set title "Suspects charged" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_5 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_5 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
$d11_6 << EOD
"2021-22" NaN
"2022-23" NaN
"2023-24" 185
EOD
set title "Charges laid" font ",11"
set offsets 0.3,0.3,0,0
plot $d11_6 using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", $d11_6 using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"
unset multiplot
unset title
set offsets 0,0,0,0
set output out."/organized-crime-drugs-by-location.png"
$d12 << EOD
"Calgary" 937422
"Edmonton" 592839
"Fort Mcmurray" 352942
"Grande Prairie" 192145
"Lethbridge" 349773
"Lloydminster" 164134
"Medicine Hat" 293108
"Red Deer" 2451800
EOD
set title "Estimated value of drugs seized by location, 2023-24" left font ",18"
set xrange [0:*]
set yrange [-0.6:7.6] reverse
set grid xtics lc rgb "#dddddd"
set format x "$%'.0f"
set decimalsign locale
plot $d12 using (0):0:(0):2:($0-0.35):($0+0.35):ytic(1) with boxxyerror lc rgb "#14284B", $d12 using 2:0:(sprintf("$%.0f",$2)) with labels left offset 0.5,0 font ",11"
unset title
set xrange [*:*]
set yrange [*:*] noreverse
set format x "% h"
set grid noxtics
