# Turns one ALERT CSV into files gnuplot plots as they are: whitespace-separated, NaN for a missing value
# ("–"), quoted text, value labels already formatted ("1,149", "$906,814", compact "$334.1M" in panels).
#   awk -v out=DIR/ice -f prepare.awk ice.csv                  -> DIR/ice.vars, DIR/ice-N.q, DIR/ice-N.y
#   awk -v out=DIR/regional -v mode=regional -f prepare.awk regional-2023-24.csv   -> DIR/regional.dat
# ice.vars is gnuplot: n (rows), and arrays metric[] (CSV name), label[] (panel title), fmt[] (y tic
# format), count[] (how many of the three years have a value).

function split_csv(line, f,    n, i, c, field, quoted) {
    n = 0; field = ""; quoted = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (c == "\"") quoted = !quoted
        else if (c == "," && !quoted) { f[++n] = field; field = "" }
        else field = field c
    }
    f[++n] = field
    return n
}
# "1,149" -> 1149, "$2,741025" -> 2741025, "–" -> NaN
function number(s) { gsub(/[$,]/, "", s); return s ~ /^[0-9]+(\.[0-9]+)?$/ ? s : "NaN" }
function commas(v,    s, out) {
    s = sprintf("%.0f", v); out = ""
    while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    return s out
}
function short(v, size, suffix, digits,    s) { s = sprintf("%." digits "f", v / size); sub(/\.0$/, "", s); return s suffix }
function compact(v) {
    v = v + 0
    if (v >= 1e9) return "$" short(v, 1e9, "B", 1)
    if (v >= 1e6) return "$" short(v, 1e6, "M", 1)
    if (v >= 1e3) return "$" short(v, 1e3, "K", 0)
    return "$" commas(v)
}
function sentence(s) { s = toupper(substr(s, 1, 1)) tolower(substr(s, 2)); sub(/^Ibis/, "IBIS", s); return s }
function title_case(s,    w, n, i, r) {
    n = split(tolower(s), w, " "); r = ""
    for (i = 1; i <= n; i++) r = r (i > 1 ? " " : "") toupper(substr(w[i], 1, 1)) substr(w[i], 2)
    sub(/Mcm/, "McM", r)
    return r
}

{ sub(/\r$/, "") }

NR == 1 { ncol = split_csv($0, head); for (i = 1; i <= ncol; i++) col[head[i]] = i; next }

mode == "regional" {
    split_csv($0, f)
    if (f[1] == "TOTALS") next
    v = number(f[col["drugs"]])
    printf "\"%s\" %s \"$%s\"\n", title_case(f[1]), v, commas(v) > (out ".dat")
    next
}

{
    split_csv($0, f)
    n++
    metric[n] = f[1]
    currency[n] = ($0 ~ /\$/)
    quarters = out "-" n ".q"
    for (q = 1; q <= 4; q++) {
        v = number(f[col["Q" q]])
        printf "Q%d %s \"%s\"\n", q, v, (v == "NaN" ? "" : commas(v)) > quarters
    }
    close(quarters)
    years = out "-" n ".y"; count[n] = 0; top = 0
    split("2021-22 2022-23 2023-24", ys, " ")
    for (y = 1; y <= 3; y++) {
        v = number(f[col[ys[y]]])
        if (v != "NaN") { count[n]++; if (v + 0 > top) top = v + 0 }
        printf "%s %s \"%s\"\n", ys[y], v, (v == "NaN" ? "" : currency[n] ? compact(v) : commas(v)) > years
    }
    close(years)
    fmt[n] = currency[n] ? "$%.1s%c" : (top >= 10000 ? "%.1s%c" : "%.0f")
}

END {
    if (mode == "regional") exit
    vars = out ".vars"
    printf "n = %d\narray metric[%d]\narray label[%d]\narray fmt[%d]\narray count[%d]\n", n, n, n, n, n > vars
    for (i = 1; i <= n; i++)
        printf "metric[%d] = \"%s\"; label[%d] = \"%s\"; fmt[%d] = \"%s\"; count[%d] = %d\n",
               i, metric[i], i, sentence(metric[i]), i, fmt[i], i, count[i] > vars
}
