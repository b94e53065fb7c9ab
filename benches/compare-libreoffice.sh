#!/usr/bin/env bash
# Compares `allianssi export --annex all` of a generated 1 000-risk plan with LibreOffice
# converting the same risk register, written as an HTML table, to PDF
# (`soffice --headless --convert-to pdf`). Both are measured in turn, as whole processes, after
# one warm-up run each; prints every run's wall and CPU time and the medians.
#
#   benches/compare-libreoffice.sh [RUNS]      (default 5 runs each)
#
# Needs a release build (`cargo build --release --locked`; the script builds it when missing),
# LibreOffice (`apt-get install libreoffice-writer-nogui`), python3 and GNU time (/usr/bin/time).
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release/allianssi
[ -x "$bin" ] || (cd "$root" && cargo build --release --locked --bin allianssi)
command -v soffice >/dev/null || { echo "soffice is missing: apt-get install libreoffice-writer-nogui" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plan=$work/riskit.ron
"$bin" generate --parties 12 --services 40 --risks 1000 --budget-lines 240 --seed 1 "$plan" >/dev/null
"$bin" export-csv --kind risks "$plan" --out "$work/riskit.csv" >/dev/null

# The register as one HTML table: every column of the CSV export, one row per risk.
python3 - "$work/riskit.csv" "$work/riskit.html" <<'PY'
import csv, html, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig"), delimiter=";"))
out = ['<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Riskirekisteri</title>',
       '<style>@page{size:A4 landscape}body{font-family:"DejaVu Sans";font-size:7pt}',
       'table{border-collapse:collapse}td,th{border:0.5pt solid #888;padding:1pt}</style></head><body>',
       '<h1>Riskirekisteri</h1><table><thead><tr>']
out += ["<th>%s</th>" % html.escape(c) for c in rows[0]]
out.append("</tr></thead><tbody>")
for r in rows[1:]:
    out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
out.append("</tbody></table></body></html>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY

profile="file://$work/lo-profile"
a_cmd=("$bin" export "$plan" --annex all --lang fi --out "$work/liitteet.pdf" --date 2026-11-22)
l_cmd=(soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/riskit.html")
# One run of a command: prints "wall cpu" in seconds.
timed() {
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1
    awk '{printf "%.3f %.3f\n", $1, $2 + $3}' "$work/t"
}
"${a_cmd[@]}" >/dev/null
"${l_cmd[@]}" >/dev/null 2>&1 # the first run also creates LibreOffice's profile
[ -s "$work/lo/riskit.pdf" ] || { echo "LibreOffice wrote no PDF" >&2; exit 1; }

: >"$work/a"
: >"$work/l"
for i in $(seq 1 "$runs"); do
    a=$(timed "${a_cmd[@]}")
    l=$(timed "${l_cmd[@]}")
    echo "run $i: allianssi ${a% *} s wall, ${a#* } s CPU; LibreOffice ${l% *} s wall, ${l#* } s CPU"
    echo "$a" >>"$work/a"
    echo "$l" >>"$work/l"
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
aw=$(cut -d' ' -f1 "$work/a" | median)
ac=$(cut -d' ' -f2 "$work/a" | median)
lw=$(cut -d' ' -f1 "$work/l" | median)
lc=$(cut -d' ' -f2 "$work/l" | median)
pages() { python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$1"; }
echo "allianssi, all annexes ($(pages "$work/liitteet.pdf") pages): median $aw s wall, $ac s CPU"
echo "LibreOffice, the register as HTML ($(pages "$work/lo/riskit.pdf") pages): median $lw s wall, $lc s CPU"
awk -v a="$aw" -v l="$lw" -v ac="$ac" -v lc="$lc" \
    'BEGIN {printf "allianssi is %.1f times faster (wall), %.1f times (CPU)\n", l / a, lc / ac}'
