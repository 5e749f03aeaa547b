# The page around every chart: title, subtitle, source line, ALERT. Labels 1-4, in screen coordinates.
#   call "page.gp" "title" "subtitle or empty"
set label 1 ARG1 at screen 0.028, screen 0.905 left font "Inter Bold,23" textcolor rgb NAVY
if (strlen(ARG2) > 0) { set label 2 ARG2 at screen 0.028, screen 0.855 left font "Inter,14" textcolor rgb INK }
set label 3 SOURCE at screen 0.028, screen 0.055 left font "Inter,11" textcolor rgb GREY
set label 4 "ALERT" at screen 0.972, screen 0.055 right font "Inter Bold,11" textcolor rgb GREY
