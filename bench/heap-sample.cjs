// Sampled allocation profile of a CLI run, collected objects included (docs/benchmarks.md,
// "CPU per call: allocation and start-up"): load with BENCH_NODE_ARGS="--require
// $PWD/bench/heap-sample.cjs" (HEAP_SAMPLE_OUT=<file>, default /tmp/run.heapprofile), then sum
// it with `node build/bench/heapprofile.js <file>`. One sample per 32 KB allocated on average.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const inspector = require('node:inspector');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
process.on('exit', () => {
  // An in-process session answers synchronously.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (!error) fs.writeFileSync(process.env.HEAP_SAMPLE_OUT || '/tmp/run.heapprofile', JSON.stringify(result.profile));
  });
});
