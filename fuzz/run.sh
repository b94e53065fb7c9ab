#!/bin/sh
# Runs one fuzz target, seeded with the fixtures: fuzz/run.sh load_plan|csv_import|sheet_import [SECONDS]
# Needs cargo-fuzz (cargo install cargo-fuzz); RUSTC_BOOTSTRAP lets the stable toolchain use
# the sanitizer flags cargo fuzz needs. New interesting inputs go to fuzz/corpus/TARGET, crashes
# to fuzz/artifacts/TARGET (each one becomes a regression test in tests/).
set -eu
target=${1:?"usage: fuzz/run.sh load_plan|csv_import|sheet_import [seconds]"}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
seeds="$here/seeds/$target"
mkdir -p "$here/corpus/$target" "$seeds"
case "$target" in
load_plan) cp "$root"/fixtures/*.ron "$seeds/" ;;
csv_import)
    # Each fixture's lists exported as CSV, behind the byte that picks the kind.
    bin="$root/target/debug/allianssi"
    (cd "$root" && cargo build --quiet --bin allianssi)
    n=0
    for kind in parties services budget risks metrics; do
        for plan in "$root"/fixtures/*.ron; do
            out="$seeds/$kind-$(basename "$plan" .ron).csv"
            if "$bin" export-csv --kind "$kind" "$plan" --out "$out.body" 2>/dev/null; then
                printf "\\$(printf %03o "$n")" | cat - "$out.body" >"$out"
            fi
            rm -f "$out.body"
        done
        n=$((n + 1))
    done
    ;;
sheet_import)
    # The Calc-made workbooks and each fixture as xlsx and ods.
    bin="$root/target/debug/allianssi"
    (cd "$root" && cargo build --quiet --bin allianssi)
    cp "$root"/fixtures/sheets/* "$seeds/"
    for plan in "$root"/fixtures/*.ron; do
        for ext in xlsx ods; do
            "$bin" export-sheet "$plan" --out "$seeds/$(basename "$plan" .ron).$ext" >/dev/null 2>&1 || true
        done
    done
    ;;
*) echo "unknown target $target" >&2; exit 2 ;;
esac
cd "$here"
RUSTC_BOOTSTRAP=1 exec cargo fuzz run --fuzz-dir "$here" "$target" "$here/corpus/$target" "$seeds" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
