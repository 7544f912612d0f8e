#!/usr/bin/env bash
# Whole-process timing against the floor: a hello-world Rust release binary built here with our
# [profile.release] table copied from Cargo.toml (lto, codegen-units = 1, strip, opt-level = "s",
# panic = "abort"), timed in the same run as
#   target/release/vagvisare assess --format json --answer barn_utsatt=ja
# with hyperfine if installed (apt-get install -y hyperfine; it also times `vagvisare --version` and a
# second hello-world linked with the start-up options build.rs gives us, the static unwinder and
# packed relocations, so the ratio against a like-for-like floor shows too), else a loop of N runs timed
# with `date +%s%N`. Prints the medians and their ratio, the release binary size and the peak RSS of
# `vagvisare assess` (from /usr/bin/time -v if present).
#
# Usage: benches/process.sh [RUNS]      (default 1000 runs per command; run from anywhere)
set -euo pipefail

RUNS="${1:-1000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/target/release/vagvisare"
ARGS=(assess --format json --answer barn_utsatt=ja)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo | sed 's/^model name\s*: /cpu: /'
rustc --version

echo "== build"
(cd "$ROOT" && cargo build --release --quiet)
(
    cd "$WORK"
    cargo new --quiet --bin hello
    # Our [profile.release] table, copied verbatim, so the floor is built exactly like us.
    echo >> hello/Cargo.toml
    awk '/^\[/ { on = ($0 == "[profile.release]") } on' "$ROOT/Cargo.toml" >> hello/Cargo.toml
    echo "hello-world profile:"
    awk '/^\[profile.release\]/ { on = 1 } on && !/^#/ && NF' hello/Cargo.toml | sed 's/^/  /'
    cd hello && cargo build --release --quiet
    # The same program linked as build.rs links vagvisare on Linux/glibc (see start_up_link_options).
    cargo rustc --release --quiet --target-dir like-us -- -l static=gcc_eh -C link-arg=-Wl,-z,pack-relative-relocs
)
HELLO="$WORK/hello/target/release/hello"
HELLO_LIKE_US="$WORK/hello/like-us/release/hello"
INSTALLED="$WORK/vagvisare"
cp "$BIN" "$INSTALLED"

# How a binary's pages entered the page cache changes its start by ~5 %: paged in by exec (after a
# reboot, or as the linker left them) costs more than read in by a copy or install (larger folios,
# fewer per-page costs when mapped). As root, start from an empty cache so every binary is paged in by
# exec, the slower state, and read the installed copy once so it shows the other one.
if [ -w /proc/sys/vm/drop_caches ]; then
    sync
    echo 3 > /proc/sys/vm/drop_caches
    cat "$INSTALLED" > /dev/null
    echo "page cache dropped: binaries paged in by exec; the installed copy read in first"
else
    echo "not root: page cache left as it is (state of each binary unknown)"
fi
"$HELLO" > /dev/null
"$BIN" "${ARGS[@]}" > /dev/null

echo "== whole process, $RUNS runs each, same run"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 50 --runs "$RUNS" -N --export-json "$WORK/h.json" \
        "$HELLO" "$BIN ${ARGS[*]}" "$BIN --version" "$HELLO_LIKE_US" "$INSTALLED ${ARGS[*]}" \
        > "$WORK/h.txt"
    cat "$WORK/h.txt"
    # medians in ms, from hyperfine's JSON
    read -r H V VER HL VI < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(*(x["median"] * 1e3 for x in r))' "$WORK/h.json")
    printf 'median vagvisare --version: %.3f ms (%.2fx; start-up and argument parsing only)\n' \
        "$VER" "$(echo "$VER / $H" | bc -l)"
    printf 'median hello-world linked like vagvisare: %.3f ms; assess against it: %.2fx\n' \
        "$HL" "$(echo "$V / $HL" | bc -l)"
    printf 'median installed copy (read in), assess: %.3f ms (%.2fx hello-world)\n' \
        "$VI" "$(echo "$VI / $H" | bc -l)"
    TOOL="hyperfine $(hyperfine --version | cut -d" " -f2) -N --warmup 50 --runs $RUNS"
else
    # Interleaved so both see the same machine state; each sample is one process, in ns.
    : > "$WORK/h.ns"
    : > "$WORK/v.ns"
    for _ in $(seq 50); do "$HELLO" > /dev/null; "$BIN" "${ARGS[@]}" > /dev/null; done
    for _ in $(seq "$RUNS"); do
        t0=$(date +%s%N); "$HELLO" > /dev/null; t1=$(date +%s%N)
        "$BIN" "${ARGS[@]}" > /dev/null; t2=$(date +%s%N)
        echo $((t1 - t0)) >> "$WORK/h.ns"
        echo $((t2 - t1)) >> "$WORK/v.ns"
    done
    median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1e6}'; }
    H=$(median "$WORK/h.ns")
    V=$(median "$WORK/v.ns")
    TOOL="date +%s%N loop, $RUNS interleaved runs (includes the fork/exec of date itself)"
fi
printf 'median hello-world:        %.3f ms\n' "$H"
printf 'median vagvisare assess:   %.3f ms\n' "$V"
printf 'ratio:                     %.2fx  (budget 1.25x)\n' "$(echo "$V / $H" | bc -l)"
echo "timed with: $TOOL"

echo "== release binary"
SIZE=$(stat -c %s "$BIN")
printf 'size: %d bytes = %.2f MB (budget 2.5 MB = 2621440 bytes)\n' "$SIZE" "$(echo "$SIZE / 1048576" | bc -l)"
printf 'hello-world size: %d bytes\n' "$(stat -c %s "$HELLO")"

echo "== peak memory"
if [ -x /usr/bin/time ]; then
    for cmd in "$HELLO" "$BIN ${ARGS[*]}"; do
        # shellcheck disable=SC2086
        rss=$(/usr/bin/time -v $cmd 2>&1 > /dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
        echo "peak RSS of $(basename "${cmd%% *}")${cmd#"${cmd%% *}"}: ${rss} KB"
    done
else
    echo "/usr/bin/time not present; peak RSS not measured"
fi
