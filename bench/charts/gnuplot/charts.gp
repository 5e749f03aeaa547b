# All 13 release charts (ReportSpecs/release-charts-2023-24.yaml) in one gnuplot process.
#   gnuplot -e "lib='bench/charts/gnuplot'; tmp='DIR'; out='OUTPUT_DIR'" charts.gp
# tmp holds what prepare.awk made from the CSVs (gnuplot_charts.sh runs it first).
set terminal pngcairo size 1200,675 font "Inter,12" noenhanced background rgb "white"
NAVY = "#15284b"; INK = "#1f2937"; GREY = "#6b7280"; RULE = "#9ca3af"; GRID = "#e5e7eb"
SOURCE = "Source: ALERT 2023-24 annual report figures."
FISCAL = "Fiscal years 2021-22 to 2023-24; each panel has its own scale"
q = lib."/quarterly.gp"
y = lib."/three_years.gp"

call q tmp."/human-trafficking" "VICTIM INTERVENTIONS" "Human trafficking victim interventions by quarter, 2023-24" \
    "ALERT Human Trafficking units, Edmonton and Calgary" out."/human-trafficking-victim-interventions-by-quarter.png"
call q tmp."/ice" "CHILDREN RESCUED" "Children rescued by quarter, 2023-24" \
    "ALERT Internet Child Exploitation (ICE) teams" out."/ice-children-rescued-by-quarter.png"
call q tmp."/cisa" "INTELLIGENCE REPORTS" "Intelligence reports by quarter, 2023-24" \
    "Criminal Intelligence Service Alberta (CISA)" out."/cisa-intelligence-reports-by-quarter.png"
call q tmp."/organized-crime" "CHARGES LAID" "Organized crime and drugs charges laid by quarter, 2023-24" \
    "" out."/organized-crime-charges-by-quarter.png"
call q tmp."/stolen-vehicles" "STOLEN VEHICLES" "Stolen vehicles recovered by quarter, 2023-24" \
    "" out."/stolen-vehicles-by-quarter.png"
call q tmp."/firearms" "FIREARMS EXAMINATIONS" "Firearms examinations by quarter, 2023-24" \
    "The firearms unit is new in 2023-24" out."/firearms-examinations-by-quarter.png"

call y tmp."/human-trafficking" "Human trafficking, three years" FISCAL out."/human-trafficking-three-years.png"
call y tmp."/ice" "Internet Child Exploitation, three years" FISCAL out."/ice-three-years.png"
call y tmp."/cisa" "Criminal Intelligence Service Alberta, three years" FISCAL out."/cisa-three-years.png"
call y tmp."/organized-crime" "Organized crime and drugs, three years" FISCAL out."/organized-crime-three-years.png"
call y tmp."/stolen-vehicles" "Stolen vehicles and recovered assets, three years" FISCAL \
    out."/stolen-vehicles-three-years.png"
call y tmp."/firearms" "Firearms, three years" "The unit is new in 2023-24, so earlier years have no values" \
    out."/firearms-three-years.png"

call lib."/location.gp" tmp."/regional.dat" out."/organized-crime-drugs-by-location.png"
