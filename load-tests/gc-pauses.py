#!/usr/bin/env python3
"""GC pauses of a window of a JVM's GC log, counted back from its last line, by kind.

  load-tests/gc-pauses.py service.gc [FROM_END_S TO_END_S]    # default: 95 to 30 s before the log's last line

The log is the unified GC log with uptime decorations: -Xlog:gc:file=service.gc:uptime (for the load test:
--service-jvm-option "-Xlog:gc:file=<path>:uptime"). The load test's last step ends 25-30 s before its service
stops, so the default window is the last step's minute. Prints the pauses, the time paused, median and p90, then
each kind of pause, and how many concurrent cycles a humongous allocation started.
"""
import re, statistics, sys

PAUSE = re.compile(r'\[([\d.]+)s\] GC\(\d+\) (Pause \S+(?: \([^)]*\))?)(.*) ([\d.]+)ms$')


def main(path, from_end=95.0, to_end=30.0):
    rows = []
    for line in open(path, errors='ignore'):
        m = PAUSE.match(line.strip())
        if m:
            rows.append((float(m.group(1)), m.group(2), m.group(3), float(m.group(4))))
    if not rows:
        sys.exit(f'{path}: no pauses (was it written with -Xlog:gc:...:uptime?)')
    end = rows[-1][0]
    window = [r for r in rows if end - from_end <= r[0] <= end - to_end]
    if not window:
        sys.exit(f'{path}: no pause from {from_end:.0f} to {to_end:.0f} s before the end')
    ms = sorted(r[3] for r in window)
    print(f'{path}: {from_end:.0f}-{to_end:.0f} s before the end: {len(ms)} pauses, {sum(ms):.0f} ms paused, '
          f'median {statistics.median(ms):.1f} ms, p90 {ms[min(len(ms) - 1, int(0.9 * len(ms)))]:.1f} ms')
    kinds = {}
    for r in window:
        kinds.setdefault(r[1], []).append(r[3])
    for kind, pauses in sorted(kinds.items()):
        print(f'  {kind:34s} {len(pauses):4d}  {sum(pauses):7.0f} ms  median {statistics.median(pauses):6.1f} ms')
    starts = [r for r in window if r[1] == 'Pause Young (Concurrent Start)']
    humongous = sum(1 for r in starts if 'Humongous Allocation' in r[2])
    print(f'  concurrent cycles started: {len(starts)}, by a humongous allocation: {humongous}')


if __name__ == '__main__':
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__)
    main(sys.argv[1], *(float(a) for a in sys.argv[2:]))
