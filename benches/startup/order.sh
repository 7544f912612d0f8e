#!/usr/bin/env bash
# Regenerates benches/startup/startup.order, the functions the release binary runs when it starts the
# common commands, in the order they first run; build.rs hands it to the linker so they sit together in
# .text (see start_up_order in build.rs, and BENCHMARKS.md for what it saves). The list's first line
# stamps the compiler and Cargo.lock it was made for: build.rs skips a list made for others and
# tests/linking.rs fails until this script is run again.
#
# How: build the release binary exactly as `cargo build --release` does, plus a link map
# (VAGVISARE_LINK_MAP), run each command under valgrind's callgrind, and name every executed address
# by the input section (`.text.<symbol>`) the map puts it in. The names carry the build's symbol
# hashes, so run this again after a compiler or dependency update, or a large change to start-up code;
# a stale list only costs speed.
#
# Needs valgrind and python3. Usage: benches/startup/order.sh   (from anywhere; about a minute)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v valgrind > /dev/null || { echo "order.sh: valgrind is needed" >&2; exit 1; }

cd "$ROOT"
VAGVISARE_LINK_MAP="$WORK/map.txt" cargo build --release --quiet
BIN="$ROOT/target/release/vagvisare"

# The commands whose start-up counts, the budgeted one first (issue 10). The navigator needs a
# terminal, so it is not profiled here; its start shares the parsing and loading code.
n=0
while IFS= read -r args; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$n" "$BIN" $args > /dev/null 2>&1 || true
done << 'EOF'
assess --format json --answer barn_utsatt=ja
assess --answer barn_utsatt=ja
assess --format markdown
--version
steps
questions
contacts
law
search polis
show akut
timeline
EOF

[ -s "$WORK/map.txt" ] || {
    echo "order.sh: no link map: build.rs found no linker that takes a symbol order" >&2
    exit 1
}
# callgrind names a stripped program's code by its link-time address, position-independent or not.
python3 - "$WORK" "$n" > "$WORK/startup.order" << 'EOF'
import bisect, re, sys
work, n = sys.argv[1], int(sys.argv[2])
# Input sections of .text from the link map: "VMA LMA Size Align  file:(.text.<symbol>)".
sections = []
for line in open(f"{work}/map.txt"):
    m = re.match(r"\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S*\(\.text\.(\S+)\)\s*$", line)
    if m:
        sections.append((int(m.group(1), 16), int(m.group(2), 16), m.group(3)))
sections.sort()
starts = [s[0] for s in sections]
seen, order = set(), []
for i in range(1, n + 1):
    try:
        text = open(f"{work}/cg.{i}").read()
    except FileNotFoundError:
        continue
    # Executed code of the stripped binary appears as "fn=(id) 0x<address>".
    for addr in re.findall(r"^c?fn=\(\d+\) 0x([0-9a-f]+)", text, re.M):
        a = int(addr, 16)
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and a < sections[k][0] + sections[k][1]:
            # Section names may carry LLVM's prefixes (".text.unlikely.<symbol>"); the order names symbols.
            name = re.sub(r"^(unlikely|hot|startup|exit|split)\.", "", sections[k][2])
            if name not in seen:
                seen.add(name)
                order.append(name)
print("\n".join(order))
EOF
# Only a plausible list replaces the committed one.
count=$(wc -l < "$WORK/startup.order")
# The stamp build.rs compares (see order_stamp there): the compiler and Cargo.lock's FNV-1a 64.
stamp=$(python3 - "$ROOT/Cargo.lock" "$(rustc -V)" << 'EOF'
import sys
h = 0xcbf29ce484222325
for b in open(sys.argv[1], "rb").read():
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
print(f"# for {sys.argv[2]}, Cargo.lock {h:016x}")
EOF
)
if [ "$count" -lt 50 ]; then
    echo "order.sh: only $count functions found; benches/startup/startup.order left as it was" >&2
    exit 1
fi
{
    echo "$stamp"
    echo "# Made by benches/startup/order.sh: the functions a start-up runs, in order. Do not edit."
    cat "$WORK/startup.order"
} > "$ROOT/benches/startup/startup.order"
echo "benches/startup/startup.order: $count functions"
