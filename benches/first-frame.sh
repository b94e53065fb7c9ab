#!/usr/bin/env bash
# First frame: the time from starting a program to its first drawn window, for Allianssi with
# the largest template and for GNOME Planner (a native GTK planner, Debian's `planner`), in
# turn, in one Xvfb display. "Drawn" means the screen differs from the empty screen and then
# stays the same for two polls. Prints each run and the medians in milliseconds.
#
#   benches/first-frame.sh [RUNS]      (default 7; needs Xvfb, x11-apps (xwd), planner)
#
# Build Allianssi first: cargo build --release --locked
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
for tool in Xvfb xwd planner; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb x11-apps planner" >&2; exit 2; }
done
bin=${CARGO_TARGET_DIR:-target}/release/allianssi
[ -x "$bin" ] || { echo "build first: cargo build --release --locked" >&2; exit 2; }
largest=$(ls -S fixtures/tampere-startup.ron fixtures/etela-pohjanmaa.ron fixtures/tyollisyysalue.ron | head -1)
work=$(mktemp -d)
plan="$work/$(basename "$largest")"

disp=":$((300 + RANDOM % 300))"
Xvfb "$disp" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$disp
sleep 1
snap() { xwd -root -silent | md5sum | cut -d' ' -f1; }
empty=$(snap)

# Runs a command and prints the milliseconds until its first drawn, settled frame.
first_frame() {
    local start now shot last="" same=0
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    while :; do
        shot=$(snap)
        now=$(date +%s%N)
        if [ "$shot" != "$empty" ]; then
            if [ "$shot" = "$last" ]; then same=$((same + 1)); else same=0; fi
            last=$shot
            if [ "$same" -ge 1 ]; then break; fi
            [ -z "${drawn:-}" ] && drawn=$now
        fi
        if [ $(((now - start) / 1000000)) -gt 20000 ]; then echo "timeout" >&2; break; fi
    done
    echo $(((drawn - start) / 1000000))
    unset drawn
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 0.5
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
a=(); p=()
for i in $(seq 1 "$runs"); do
    cp "$largest" "$plan"
    a+=("$(first_frame "$bin" "$plan")")
    rm -f "$work"/*
    p+=("$(first_frame planner)")
    echo "run $i: allianssi ${a[-1]} ms, planner ${p[-1]} ms"
done
echo "median first frame: allianssi $(printf '%s\n' "${a[@]}" | median) ms ($largest), planner $(printf '%s\n' "${p[@]}" | median) ms"
