// Per-thread CPU and GC counts of a CLI run (docs/benchmarks.md, "CPU per call: allocation and
// start-up"): load with BENCH_NODE_ARGS="--require $PWD/bench/thread-cpu.cjs" (THREAD_CPU_OUT=<file>,
// default /tmp/thread-cpu.txt; THREAD_CPU_TAG=<label>). On exit it appends one line: CPU seconds
// of the main thread and of the others summed by thread name (V8's workers are `node`: concurrent
// marking, TurboFan, scavenge helpers; `libuv-worker` the thread pool), garbage collections by
// kind (count/pause ms, from perf_hooks) and the peak RSS. Linux only (/proc/self/task).
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const fs = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const { PerformanceObserver, constants } = require('node:perf_hooks');
const gc = new Map();
const kinds = new Map([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'scavenge'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'full'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
]);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const name = kinds.get(entry.detail?.kind) ?? 'weak';
    const g = gc.get(name) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += entry.duration;
    gc.set(name, g);
  }
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => {
  const byThread = new Map();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const comm = fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = tid === String(process.pid) ? 'main' : comm;
      // utime and stime (fields 14 and 15 of stat) in clock ticks of 10 ms
      byThread.set(name, (byThread.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // a thread that ended meanwhile
    }
  }
  const threads = [...byThread].map(([name, s]) => `${name}=${s.toFixed(2)}s`).join(' ');
  const gcs = [...gc].map(([name, g]) => `${name} ${g.n}/${g.ms.toFixed(0)}ms`).join(', ');
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  fs.appendFileSync(process.env.THREAD_CPU_OUT || '/tmp/thread-cpu.txt', `${process.env.THREAD_CPU_TAG || ''} ${threads} | gc ${gcs} | peak RSS ${rss} MB\n`);
});
