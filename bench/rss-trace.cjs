// RSS/heap trace for memory investigations (docs/benchmarks.md, "Toward 1M"): load with
// NODE_OPTIONS="--require $PWD/bench/rss-trace.cjs" and M_TRACE_DIR=<dir>; every process whose
// argv names cli/index.js appends process.memoryUsage() (MB) every 2 s to <dir>/<pid>.tsv.
'use strict';
if (process.env.M_TRACE_DIR && process.argv.some((a) => a.includes('cli/index.js'))) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
  const fs = require('node:fs');
  const file = `${process.env.M_TRACE_DIR}/${process.pid}.tsv`;
  const started = Date.now();
  const mb = (n) => (n / 1048576).toFixed(0);
  fs.writeFileSync(file, 'sec\trss\theapTotal\theapUsed\texternal\tarrayBuffers\n');
  const sample = () => {
    const m = process.memoryUsage();
    fs.appendFileSync(file, `${((Date.now() - started) / 1000).toFixed(1)}\t${mb(m.rss)}\t${mb(m.heapTotal)}\t${mb(m.heapUsed)}\t${mb(m.external)}\t${mb(m.arrayBuffers)}\n`);
  };
  setInterval(sample, 2000).unref();
  process.on('exit', sample);
}
