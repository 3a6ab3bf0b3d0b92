// Diff benchmark (SPEC §8): two generated inventory.jsonl files of N records (default 1M,
// BENCH_DIFF_RECORDS to shrink), ~600 bytes a line, ~1% each changed, added and removed.
// Prints (a) the time to merely read and JSON.parse both, (b) the diff's time, their ratio
// (target ≤ 1.2×, issue 11; wall time, with the CPU-time ratio beside it because the machine
// is shared) and the diff's peak RSS (target < 512 MB), each measured in a child process so
// one does not warm or bloat the other. BENCH_DIFF_PATH=slow and BENCH_DIFF_PREPARE=1|run
// measure the field walk and the prepareBaseline modes (docs/benchmarks.md#diff).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson, type InventoryRecord } from '../src/core/record.js';

const TYPES = ['Instance', 'Vcn', 'Subnet', 'Volume', 'BootVolume', 'Bucket', 'NetworkSecurityGroup', 'AutonomousDatabase'];

/** A deterministic pseudo-random record of about 600 bytes. */
function benchRecord(index: number, version: 'prev' | 'curr'): InventoryRecord {
  const type = TYPES[index % TYPES.length] as string;
  const changed = version === 'curr' && index % 100 === 7;
  return {
    ocid: `ocid1.${type.toLowerCase()}.oc1.eu-frankfurt-1.aaaaaaaa${index.toString(36).padStart(12, '0')}`,
    resourceType: type,
    displayName: `${type.toLowerCase()}-${index}${changed ? '-renamed' : ''}`,
    compartmentId: `ocid1.compartment.oc1..aaaaaaaa${(index % 97).toString(36).padStart(8, '0')}`,
    region: 'eu-frankfurt-1',
    lifecycleState: 'AVAILABLE',
    timeCreated: new Date(1_700_000_000_000 + index * 1000).toISOString(),
    definedTags: { 'Oracle-Tags': { CreatedBy: 'oracleidentitycloudservice/ops@example.com', CreatedOn: '2024-03-04T05:06:07.890Z' } },
    freeformTags: { env: index % 3 === 0 ? 'prod' : 'dev', team: `team-${index % 11}`, ...(changed ? { owner: 'alice' } : {}) },
    collectedAt: version === 'prev' ? '2025-01-01T00:00:00.000Z' : '2025-01-02T00:00:00.000Z',
    enrichStatus: 'OK',
    enrichError: null,
    details: {
      metadata: {
        shape: 'VM.Standard.E4.Flex',
        shapeConfig: { ocpus: changed ? 4 : 2, memoryInGBs: 16 },
        faultDomain: `FAULT-DOMAIN-${(index % 3) + 1}`,
        timeUpdated: version === 'prev' ? '2025-01-01T00:00:00Z' : '2025-01-02T00:00:00Z',
      },
    },
    relationships: [{ relation_type: 'IN_SUBNET', target_ocid: `ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaa${(index % 500).toString(36)}` }],
  };
}

export async function writeInventory(path: string, records: number, version: 'prev' | 'curr'): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  // The product writes inventories sorted by ocid: type prefix first, then the padded index.
  const typeOrder = TYPES.map((type, slot) => ({ prefix: type.toLowerCase(), slot })).sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
  for (const { slot } of typeOrder) {
    for (let i = slot; i < records; i += TYPES.length) {
      // 1% removed (in prev only) and 1% added (in curr only).
      if (version === 'curr' && i % 100 === 3) continue;
      if (version === 'prev' && i % 100 === 5) continue;
      chunk += `${canonicalJson(benchRecord(i, version))}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
}

interface ChildReport {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  detail: unknown;
}

/** Runs one measured task in a fresh node process (this file with a task argument). */
function runChild(task: 'read' | 'diff', dir: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), task, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as ChildReport) : reject(new Error(`bench child ${task} exited ${code}`))));
  });
}

async function childTask(task: string, dir: string): Promise<void> {
  const started = performance.now();
  let detail: unknown;
  if (task === 'read') {
    // The same line reader as the diff (batches of lines per read chunk), so the ratio
    // measures what the diff adds to reading and parsing, not a difference in reading.
    const { readLineBatches } = await import('../src/core/inventory-reader.js');
    let records = 0;
    for (const name of ['prev.jsonl', 'curr.jsonl']) {
      for await (const batch of readLineBatches(join(dir, name))) for (const line of batch.lines) if (JSON.parse(line)) records++;
    }
    detail = { records };
  } else {
    const { diffInventories } = await import('../src/core/diff.js');
    const { loadIgnoreRules } = await import('../src/core/ignore.js');
    const ignore = await loadIgnoreRules({ cwd: dir });
    // BENCH_DIFF_PATH=slow measures the field walk for every pair (the pre-fast-path engine);
    // BENCH_DIFF_PREPARE=1 passes a prepareBaseline hook (a redaction policy), which the fast
    // path must verify leaves the current record as it is.
    const prepare = process.env.BENCH_DIFF_PREPARE;
    let prepareBaseline: ((r: InventoryRecord) => InventoryRecord) | undefined;
    if (prepare) {
      const { Redactor } = await import('../src/core/redact.js');
      const redactor = new Redactor({ tenancyId: 'ocid1.tenancy.oc1..bench' });
      prepareBaseline = (r) => redactor.redactRecord(r);
    }
    const result = await diffInventories(join(dir, 'prev.jsonl'), join(dir, 'curr.jsonl'), {
      outdir: dir,
      ignore,
      fastPath: process.env.BENCH_DIFF_PATH !== 'slow',
      ...(prepareBaseline ? { prepareBaseline } : {}),
      // BENCH_DIFF_PREPARE=run: as a run calls it, the current inventory written under the policy.
      ...(prepare === 'run' ? { currentPrepared: true } : {}),
    });
    detail = { ...result.counts, sortedInMemory: result.sortedInMemory };
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, detail }));
}

export interface DiffBenchResult {
  records: number;
  readMs: number;
  diffMs: number;
  ratio: number;
  cpuRatio: number;
  peakRssMb: number;
  counts: unknown;
  ok: boolean;
}

export async function main(): Promise<DiffBenchResult> {
  const records = Number(process.env.BENCH_DIFF_RECORDS ?? 1_000_000);
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-bench-diff-'));
  try {
    console.log(`generating two inventories of ${records} records in ${dir} …`);
    await Promise.all([writeInventory(join(dir, 'prev.jsonl'), records, 'prev'), writeInventory(join(dir, 'curr.jsonl'), records, 'curr')]);
    const read = await runChild('read', dir);
    const diff = await runChild('diff', dir);
    const result: DiffBenchResult = {
      records,
      readMs: read.ms,
      diffMs: diff.ms,
      ratio: diff.ms / read.ms,
      cpuRatio: diff.cpuMs / read.cpuMs,
      peakRssMb: diff.maxRssKb / 1024,
      counts: diff.detail,
      ok: false,
    };
    result.ok = result.ratio <= 1.2 && result.peakRssMb < 512;
    console.log(`read + JSON.parse both   ${(read.ms / 1000).toFixed(2)} s (CPU ${(read.cpuMs / 1000).toFixed(2)} s)`);
    console.log(
      `diff                     ${(diff.ms / 1000).toFixed(2)} s (CPU ${(diff.cpuMs / 1000).toFixed(2)} s); ratio ${result.ratio.toFixed(2)} (target ≤ 1.2), CPU ratio ${result.cpuRatio.toFixed(2)}`,
    );
    console.log(`diff peak RSS            ${result.peakRssMb.toFixed(0)} MB (target < 512)`);
    console.log(`counts                   ${JSON.stringify(diff.detail)}`);
    if (!result.ok) {
      console.log('diff target missed');
      process.exitCode = 1;
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [, script, task, dir] = process.argv;
if (script === fileURLToPath(import.meta.url)) {
  if (task && dir) await childTask(task, dir);
  else await main();
}
