#!/usr/bin/env python3
"""CPU of the load test's processes and of the service's threads, from /proc, beside a run.

  load-tests/cpu-by-thread.py sample [SECONDS] > cpu.log      # one line per interval until stopped
  load-tests/cpu-by-thread.py sum cpu.log HH:MM:SS HH:MM:SS    # core-seconds per process and service thread

Each line: time, the machine's busy share, each process's share of the machine (broker, generator, postgres,
service; 100 = every core), then the threads of the service (s:), the broker (b:) and the generator (g:) by name
(numbers stripped, spaces as _), largest first. Linux only.
"""
import collections, os, re, sys, time

HZ = os.sysconf('SC_CLK_TCK')
# Thread names are kept per JVM: the service's (s:), the broker's (b:) and the generator's (g:).
PREFIX = {'service': 's:', 'broker': 'b:', 'generator': 'g:'}


def label(pid):
    try:
        line = open(f'/proc/{pid}/cmdline', 'rb').read().replace(b'\0', b' ').decode(errors='ignore')
    except OSError:
        return None
    if 'BrokerMain' in line:
        return 'broker'
    if 'load-test-classes' in line:
        return 'generator'
    if 'quarkus-run.jar' in line:  # before postgres: the service's command line names its database user
        return 'service'
    if 'postgres' in line:
        return 'postgres'
    return None


def ticks(path):
    try:
        stat = open(path).read()
    except OSError:
        return None, None
    close = stat.rfind(')')
    fields = stat[close + 2:].split()
    return int(fields[11]) + int(fields[12]), stat[stat.find('(') + 1:close]


def snapshot():
    procs, threads = collections.Counter(), collections.Counter()
    for pid in filter(str.isdigit, os.listdir('/proc')):
        name = label(pid)
        used, _ = ticks(f'/proc/{pid}/stat') if name else (None, None)
        if used is None:
            continue
        procs[name] += used
        if name in PREFIX:
            for tid in os.listdir(f'/proc/{pid}/task'):
                t, comm = ticks(f'/proc/{pid}/task/{tid}/stat')
                if t is not None:
                    threads[PREFIX[name] + re.sub(r'[-#]?\d+$', '', comm).replace(' ', '_')] += t
    cpu = list(map(int, open('/proc/stat').readline().split()[1:]))
    return procs, threads, sum(cpu) - cpu[3] - cpu[4], sum(cpu)


def sample(seconds):
    before = snapshot()
    while True:
        time.sleep(seconds)
        now = snapshot()
        all_ticks = (now[3] - before[3]) or 1
        share = lambda a, b, k: 100.0 * (a[k] - b.get(k, 0)) / all_ticks
        procs = ' '.join(f'{k}={share(now[0], before[0], k):.0f}' for k in sorted(now[0]))
        ranked = sorted(now[1], key=lambda k: -(now[1][k] - before[1].get(k, 0)))
        threads = ' '.join(f'{k}={share(now[1], before[1], k):.0f}' for k in ranked if now[1][k] > before[1].get(k, 0))
        busy = 100.0 * (now[2] - before[2]) / all_ticks
        print(time.strftime('%H:%M:%S'), f'busy={busy:.0f}%', procs, '|', threads, flush=True)
        before = now


def total(log, start, end):
    cores = os.cpu_count()
    sums = collections.Counter()
    for line in open(log):
        stamp = line[:8]
        if not start <= stamp < end:
            continue
        for key, value in re.findall(r'(\S+)=(-?\d+)', line[9:]):
            if 0 <= int(value) <= 100 and key != 'busy':
                sums[key] += int(value) * cores / 100
    interval = None  # seconds between lines
    stamps = [l[:8] for l in open(log) if start <= l[:8] < end]
    if len(stamps) > 1:
        t = lambda s: int(s[:2]) * 3600 + int(s[3:5]) * 60 + int(s[6:8])
        interval = (t(stamps[-1]) - t(stamps[0])) / (len(stamps) - 1)
    for key, value in sorted(sums.items(), key=lambda kv: -kv[1]):
        print(f'{key}\t{value * (interval or 1):.1f} core-s')


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'sample':
        sample(float(sys.argv[2]) if len(sys.argv) > 2 else 5)
    elif len(sys.argv) == 5 and sys.argv[1] == 'sum':
        total(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
