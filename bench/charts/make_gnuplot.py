"""Writes one gnuplot script drawing the 13 release charts (pngcairo, 1200×675, Inter) with the data inline,
so the timed run is a single `gnuplot` process. Usage: make_gnuplot.py SCRIPT (the output folder is passed
to gnuplot as `-e "out='DIR'"`)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import alert_data  # noqa: E402

lines = ['set terminal pngcairo size 1200,675 font "Inter,12" enhanced', 'set style fill solid 1.0 noborder',
         'set border 3', 'set xtics nomirror', 'set ytics nomirror', 'set grid ytics lc rgb "#dddddd"', 'set key off']


def block(name, rows):
    out = [f"${name} << EOD"]
    for label, value in rows:
        out.append(f'"{label}" {"NaN" if value is None else value:.0f}' if value is not None else f'"{label}" NaN')
    out.append("EOD")
    return out


for n, (chart_id, kind, title, payload) in enumerate(alert_data.charts()):
    lines.append(f'set output out."/{chart_id}.png"')
    if kind == "bars":
        labels, values = payload
        lines += block(f"d{n}", zip(labels, values))
        lines += [f'set title "{title}" left font ",18"', "set yrange [0:*]", "set boxwidth 0.7",
                  f'set label 1 "{alert_data.SOURCE}" at screen 0.02,0.02 font ",10"',
                  'set label 2 "ALERT" at screen 0.98,0.02 right font ",10"',
                  f'plot $d{n} using 0:2:xtic(1) with boxes lc rgb "#14284B", '
                  f'$d{n} using 0:2:(sprintf("%.0f",$2)) with labels offset 0,0.8 font ",11"',
                  "unset label", "unset title", "set yrange [*:*]"]
    elif kind == "hbars":
        lines += block(f"d{n}", payload)
        lines += [f'set title "{title}" left font ",18"', "set xrange [0:*]", "set yrange [-0.6:7.6] reverse",
                  'set grid xtics lc rgb "#dddddd"', "set format x \"$%'.0f\"", "set decimalsign locale",
                  f'plot $d{n} using (0):0:(0):2:($0-0.35):($0+0.35):ytic(1) with boxxyerror lc rgb "#14284B", '
                  f'$d{n} using 2:0:(sprintf("$%.0f",$2)) with labels left offset 0.5,0 font ",11"',
                  "unset title", "set xrange [*:*]", "set yrange [*:*] noreverse", 'set format x "% h"', "set grid noxtics"]
    else:
        count = len(payload)
        cols = 3 if count in (3, 5, 6) else 4
        rows = (count + cols - 1) // cols
        lines.append(f'set multiplot layout {rows},{cols} title "{title}" font ",18"')
        for i, (name, values) in enumerate(payload):
            lines += block(f"d{n}_{i}", zip(alert_data.YEARS, values))
            lines += [f'set title "{name}" font ",11"', "set offsets 0.3,0.3,0,0",
                      f'plot $d{n}_{i} using 0:2:xtic(1) with linespoints pt 7 lw 2 lc rgb "#14284B", '
                      f'$d{n}_{i} using 0:2:(sprintf("%.0f",$2)) with labels offset 0,1 font ",9"']
        lines += ["unset multiplot", "unset title", "set offsets 0,0,0,0"]
with open(sys.argv[1], "w") as f:
    f.write("\n".join(lines) + "\n")
