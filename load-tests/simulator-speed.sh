#!/bin/bash
# Before/after speed of the simulator: the same CompareRoutingPolicies command and seed on two builds, each run
# REPEATS times alternating; prints median wall and CPU seconds, their ratio, and whether every printed table is
# byte-identical to the first "before" run. Run it under /work/bin/measure (docs/simulation.md, "Simulator speed").
#
#   load-tests/simulator-speed.sh BEFORE_DIR AFTER_DIR [REPEATS]
#   BEFORE_DIR and AFTER_DIR each hold classes/ and test-classes/ (copies of target/ from the two commits);
#   the dependencies' classpath comes from CP_FILE (default /tmp/simulator-speed-cp.txt, written by
#   ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/simulator-speed-cp.txt -Dmdep.includeScope=test).
#   ARGS overrides the compared command's options.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BEFORE_DIR AFTER_DIR [REPEATS]" >&2; exit 2; }
before=$1; after=$2; repeats=${3:-3}
cp_file=${CP_FILE:-/tmp/simulator-speed-cp.txt}
args=${ARGS:-"--log january --replications 4 --policies longest-idle,attune --data ../shared/data/anonymous-bank"}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
declare -A wall cpu
one() { # label classes-dir repeat extra-options...
  local label=$1 dir=$2 i=$3; shift 3
  /usr/bin/time -f "%e %U %S" -o "$work/time" java -cp "$dir/classes:$dir/test-classes:$(cat "$cp_file")" \
    dev.attune.simulation.cli.CompareRoutingPolicies $args --out "$work/$label-$i" "$@" > /dev/null 2>&1
  read -r w u s < "$work/time"
  wall[$label]+="$w "; cpu[$label]+="$(echo "$u + $s" | bc) "
  cmp -s "$work/before-1/"*-table.txt "$work/$label-$i/"*-table.txt || echo "DIFFERENT printed table: $label run $i"
}
for i in $(seq 1 "$repeats"); do
  one before "$before" "$i"
  one after-1-thread "$after" "$i" --threads 1
  one after-2-threads "$after" "$i" --threads 2
done
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
printf "%-16s %14s %14s   %s\n" build "median wall s" "median CPU s" "CPU s of each run"
for label in before after-1-thread after-2-threads; do
  printf "%-16s %14s %14s   %s\n" "$label" "$(median "${wall[$label]}")" "$(median "${cpu[$label]}")" "${cpu[$label]}"
done
echo "after-1-thread / before, CPU: $(echo "scale=3; $(median "${cpu[after-1-thread]}") / $(median "${cpu[before]}")" | bc);" \
  "after-2-threads / before, wall: $(echo "scale=3; $(median "${wall[after-2-threads]}") / $(median "${wall[before]}")" | bc)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); printed tables identical to the first 'before' run unless listed above"
