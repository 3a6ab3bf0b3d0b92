// The export phase alone (issue 11; docs/benchmarks.md, "Memory"): a run's inventory.jsonl
// split into sorted run files as a run spills them, then the one-pass exports (all formats)
// over the same k-way merge a run uses, with process.memoryUsage() sampled every 100 ms and
// V8's heap growth set as the CLI sets it. Minutes instead of the hour a 1M run takes, so an
// export change can be measured on its own.
//   node build/bench/export-mem.js <inventory.jsonl> [runFiles=40]
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { limitHeapGrowth } from '../src/cli/heap.js';
import type { CompartmentInfo } from '../src/core/compartments.js';
import type { InventoryRecord } from '../src/core/record.js';
import { writeExportsFromStream } from '../src/export/exports.js';
import { mergeRuns } from '../src/export/spill.js';

async function main(): Promise<void> {
  limitHeapGrowth();
  const input = process.argv[2];
  if (!input) throw new Error('usage: export-mem <inventory.jsonl> [runFiles]');
  const files = Number(process.argv[3] ?? 40);
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-export-mem-'));
  try {
    // Run files: record i goes to file i mod n (each stays sorted); compartments kept for the graph.
    const streams: WriteStream[] = [];
    for (let i = 0; i < files; i++) streams.push(createWriteStream(join(dir, `part-${i}.jsonl`)));
    const compartments: CompartmentInfo[] = [];
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
      if (line === '') continue;
      const stream = streams[n++ % files] as WriteStream;
      if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      if (line.includes('"resourceType":"Compartment"')) {
        const r = JSON.parse(line) as InventoryRecord;
        compartments.push({ ocid: r.ocid, name: r.displayName ?? r.ocid, parentId: r.compartmentId, path: `root/${r.displayName ?? ''}`, lifecycleState: r.lifecycleState ?? 'ACTIVE' });
      }
    }
    await Promise.all(streams.map((s) => new Promise((resolve) => s.end(resolve))));
    const paths = streams.map((_, i) => join(dir, `part-${i}.jsonl`));
    globalThis.gc?.();
    const base = process.memoryUsage();
    const peak = { rss: 0, heapUsed: 0, heapTotal: 0, arrayBuffers: 0, external: 0 };
    const sample = () => {
      const m = process.memoryUsage();
      for (const k of Object.keys(peak) as Array<keyof typeof peak>) peak[k] = Math.max(peak[k], m[k]);
    };
    const timer = setInterval(sample, 100);
    const started = performance.now();
    const out = join(dir, 'out');
    await mkdir(out);
    if (process.env.EXPORT_MODE === 'merge') {
      let k = 0;
      for await (const item of mergeRuns(paths)) k += item.line.length;
      console.log(`merged only: ${k} chars`);
    } else await writeExportsFromStream(out, mergeRuns(paths), compartments, { formats: (process.env.EXPORT_FORMATS ?? 'jsonl,csv,parquet').split(','), ...(process.env.EXPORT_GROUP_BYTES ? { parquetGroupBytes: Number(process.env.EXPORT_GROUP_BYTES) } : {}) });
    clearInterval(timer);
    sample();
    const mb = (x: number) => `${(x / 1048576).toFixed(0)} MB`;
    console.log(`${n} records, ${files} run files, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`before: rss ${mb(base.rss)}, heapUsed ${mb(base.heapUsed)}`);
    console.log(`peak:   rss ${mb(peak.rss)}, heapTotal ${mb(peak.heapTotal)}, heapUsed ${mb(peak.heapUsed)}, external ${mb(peak.external)}, arrayBuffers ${mb(peak.arrayBuffers)}; maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
