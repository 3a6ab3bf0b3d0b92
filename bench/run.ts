// `npm run bench`: SPEC §8 targets as ratios against floors, run against the emulator.
//   1. full run on a generated tenancy (default 100k resources, 4 regions, 40 ms latency,
//      tenancy-wide 50 requests/s): wall time ÷ (calls ÷ rate), enrichment calls per resource,
//      records lost against the emulator's ground truth, peak RSS of the CLI process;
//   2. the 1M-vs-1M diff (bench/diff.ts): time ÷ read-and-parse time, peak RSS.
//   3. CPU per API call (benchCpuPerCall): the CLI's own CPU time ÷ its calls, against an
//      emulator without latency or rate limit; BENCH_CPU_RESOURCES (default 6,000);
//   4. the rate sweep (benchRateSweep): wall ÷ floor and 429s per successful call at
//      BENCH_SWEEP_RPS (default 10,50,200) req/s, each sized to a floor of about
//      BENCH_SWEEP_SECONDS (default 30) s;
//   5. cold start (benchColdStart): `oci-inv --help` ÷ `node -e 0`, medians of BENCH_COLD_RUNS.
//   6. memory scaling (benchMemory): peak RSS at 50k and 200k (BENCH_MEM_SMALL/LARGE), 1M with
//      BENCH_FULL=1.
//   7. enrichment call budget (bench/enrich-budget.ts): calls per resource on the `realistic`
//      (target ≤ 0.1) and `uniform` (≤ 0.3) profiles at BENCH_BUDGET_RESOURCES (default 100k),
//      no latency or rate limit, with the BENCH_BUDGET_TOP (default 10) rows spending most.
// Sizes scale down with BENCH_RESOURCES, BENCH_REGIONS, BENCH_RPS, BENCH_LATENCY_MS,
// BENCH_DIFF_RECORDS; BENCH_SKIP=run,memory,diff,cpu,sweep,cold,budget skips those; BENCH_CLI runs
// another copy of the CLI bundle; BENCH_NODE_ARGS adds node flags to the CLI's runs (e.g.
// `--cpu-prof --cpu-prof-dir=/tmp/prof`).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator/index.js';
import { ENRICHER_TABLE } from '../src/oci/enrichers/index.js';
import { DISCOVERY_OPERATIONS, type SweepTimeline, sweepTimeline } from './sweep-timeline.js';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

interface RunBench {
  resources: number;
  records: number;
  expected: number;
  lost: number;
  duplicates: number;
  calls: number;
  enrichCalls: number;
  enrichCallsPerResource: number;
  throttled: number;
  wallSeconds: number;
  floorSeconds: number;
  ratio: number;
  peakRssMb: number;
  exitCode: number;
}

const RSS_PRELOAD = `process.on('exit', () => { require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`;

/** One `oci-inv run` of the CLI bundle in a child process, with a preload that reports on exit. */
async function spawnCliRun(
  preload: string,
  configFile: string,
  outdir: string,
  extraArgs: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ runDir: string; exitCode: number; wallSeconds: number; spawnedAt: number; exitedAt: number }> {
  const started = performance.now();
  const spawnedAt = Date.now();
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), '--require', preload, process.env.BENCH_CLI ?? 'dist/cli/index.js', 'run', '--auth', 'api_key', '--oci-config', configFile, '--outdir', outdir, '--log-level', 'warn', ...extraArgs],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (c) => {
    stdout += c;
  });
  const exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return { runDir: stdout.trim().split('\n').pop() ?? '', exitCode, wallSeconds: (performance.now() - started) / 1000, spawnedAt, exitedAt: Date.now() };
}

async function benchFullRun(): Promise<RunBench> {
  const resources = num('BENCH_RESOURCES', 100_000);
  const regions = num('BENCH_REGIONS', 4);
  const rps = num('BENCH_RPS', 50);
  const latencyMs = num('BENCH_LATENCY_MS', 40);
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-bench-'));
  const emulator = await startEmulator({
    seed: 7,
    size: { regions, compartments: Math.max(8, Math.round(resources / 700)), resources },
    faults: { latencyMs, rateLimit: { rps, retryAfterSeconds: 1 } },
  });
  try {
    const auth = await emulator.writeAuthFiles(join(dir, 'auth'), {});
    const preload = join(dir, 'rss.cjs');
    await writeFile(preload, RSS_PRELOAD);
    const rssFile = join(dir, 'rss.txt');
    const outdir = join(dir, 'out');
    const { runDir, exitCode, wallSeconds } = await spawnCliRun(preload, auth.configFile, outdir, ['--workers-enrich', '16'], {
      OCI_INV_ENDPOINT_TEMPLATE: emulator.endpointTemplate,
      BENCH_RSS_FILE: rssFile,
    });
    const lines = (await readFile(join(runDir, 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean);
    const ocids = new Set(lines.map((l) => (JSON.parse(l) as { ocid: string }).ocid));
    const expected = new Set(
      emulator.tenancy.resources.filter((r) => !['TERMINATED', 'DELETED'].includes(r.lifecycleState)).map((r) => r.ocid),
    );
    let lost = 0;
    for (const id of expected) if (!ocids.has(id)) lost++;
    const enrichOps = new Set(ENRICHER_TABLE.flatMap((row) => [row.get?.method, row.list?.method].filter((m): m is string => Boolean(m))));
    const ok = emulator.requests.filter((r) => r.status !== 429);
    const calls = ok.length;
    const enrichCalls = ok.filter((r) => r.operation && enrichOps.has(r.operation) && r.service !== 'query').length;
    const floorSeconds = calls / rps;
    return {
      resources: emulator.tenancy.resources.length,
      records: lines.length,
      expected: expected.size,
      lost,
      duplicates: lines.length - ocids.size,
      calls,
      enrichCalls,
      enrichCallsPerResource: enrichCalls / Math.max(1, lines.length),
      throttled: emulator.requests.length - calls,
      wallSeconds,
      floorSeconds,
      ratio: wallSeconds / floorSeconds,
      peakRssMb: Number(await readFile(rssFile, 'utf8')) / 1024,
      exitCode,
    };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const CPU_PRELOAD = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify({ cpuUs: u.userCPUTime + u.systemCPUTime, systemUs: u.systemCPUTime, maxRssKb: u.maxRSS })); });\n`;

interface CliRun {
  wallSeconds: number;
  cpuSeconds: number;
  /** The system (kernel) part of cpuSeconds. */
  systemSeconds: number;
  calls: number;
  throttled: number;
  records: number;
  /** 429s per good call after the first 10 % of requests (slow start over). */
  steadyThrottledPerCall: number;
  exitCode: number;
  /** Where the wall time went (the rate sweep), from the emulator's request log. */
  timeline: (rps: number) => SweepTimeline;
}

/** One `oci-inv run` of the CLI bundle against an emulator, its CPU time read from inside. */
async function runCli(resources: number, regions: number, faults: NonNullable<Parameters<typeof startEmulator>[0]>['faults']): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-bench-'));
  const emulator = await startEmulator({ seed: 11, size: { regions, compartments: Math.max(4, Math.round(resources / 700)), resources }, faults });
  try {
    const auth = await emulator.writeAuthFiles(join(dir, 'auth'), {});
    const preload = join(dir, 'cpu.cjs');
    await writeFile(preload, CPU_PRELOAD);
    const cpuFile = join(dir, 'cpu.json');
    const { runDir, exitCode, wallSeconds, spawnedAt, exitedAt } = await spawnCliRun(preload, auth.configFile, join(dir, 'out'), ['--workers-enrich', '16'], {
      OCI_INV_ENDPOINT_TEMPLATE: emulator.endpointTemplate,
      BENCH_CPU_FILE: cpuFile,
    });
    const timed = emulator.requests.map((r) => ({ at: Date.parse(r.time), throttled: r.status === 429, discovery: DISCOVERY_OPERATIONS.has(r.operation ?? '') }));
    // BENCH_REQUEST_LOG=<file>: the emulator's request log of the last run, one JSON line each.
    if (process.env.BENCH_REQUEST_LOG) await writeFile(process.env.BENCH_REQUEST_LOG, `${emulator.requests.map((r) => JSON.stringify({ ...r, spawnedAt })).join('\n')}\n`);
    const records = (await readFile(join(runDir, 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean).length;
    const usage = JSON.parse(await readFile(cpuFile, 'utf8')) as { cpuUs: number; systemUs: number };
    const throttled = emulator.requests.filter((r) => r.status === 429).length;
    const steady = emulator.requests.slice(Math.floor(emulator.requests.length / 10));
    const steadyThrottled = steady.filter((r) => r.status === 429).length;
    const steadyThrottledPerCall = steadyThrottled / Math.max(1, steady.length - steadyThrottled);
    return {
      wallSeconds,
      cpuSeconds: usage.cpuUs / 1e6,
      systemSeconds: usage.systemUs / 1e6,
      calls: emulator.requests.length - throttled,
      throttled,
      records,
      steadyThrottledPerCall,
      exitCode,
      timeline: (rps) => sweepTimeline(timed, rps, spawnedAt, exitedAt),
    };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** CPU per API call: no latency, no rate limit, so the CLI runs as fast as its CPU allows. */
async function benchCpuPerCall(): Promise<boolean> {
  const resources = num('BENCH_CPU_RESOURCES', 6_000);
  const r = await runCli(resources, 2, {});
  const msPerCall = (r.cpuSeconds * 1000) / r.calls;
  console.log('\n== CPU per API call ==');
  console.log(`tenancy                   ${resources} resources, 2 regions, no latency, no rate limit; records ${r.records}, exit ${r.exitCode}`);
  console.log(`API calls                 ${r.calls} in ${r.wallSeconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU (CLI process, user+system; system ${r.systemSeconds.toFixed(2)} s)`);
  console.log(`CPU per call              ${msPerCall.toFixed(2)} ms (target ≤ 1.2); ${Math.round(1000 / msPerCall)} calls/s at 100% of one core`);
  return msPerCall <= 1.2 && r.exitCode === 0;
}

/** Wall time ÷ floor and 429s per good call at each tenancy-wide rate limit. */
async function benchRateSweep(): Promise<boolean> {
  const rates = (process.env.BENCH_SWEEP_RPS ?? '10,50,200').split(',').map(Number).filter((n) => n > 0);
  const seconds = num('BENCH_SWEEP_SECONDS', 30);
  const latencyMs = num('BENCH_SWEEP_LATENCY_MS', 20);
  console.log('\n== rate sweep (tenancy-wide limit, Retry-After 1 s) ==');
  console.log('limit   resources  calls   429s  429/call  steady   wall     floor    ratio  (targets: steady 429/call ≤ 0.05, ratio ≤ 1.05)');
  let ok = true;
  for (const rps of rates) {
    // About 0.55 calls per resource on the generated tenancies: size for a floor of `seconds`.
    const resources = Math.max(300, Math.round((rps * seconds) / 0.55));
    const r = await runCli(resources, 4, { latencyMs, rateLimit: { rps, retryAfterSeconds: 1 } });
    const floor = r.calls / rps;
    const ratio = r.wallSeconds / floor;
    const per = r.throttled / r.calls;
    console.log(
      `${String(rps).padEnd(7)} ${String(resources).padEnd(10)} ${String(r.calls).padEnd(7)} ${String(r.throttled).padEnd(5)} ${per.toFixed(3).padEnd(9)} ${r.steadyThrottledPerCall.toFixed(3).padEnd(8)} ${r.wallSeconds.toFixed(1).padStart(6)} s ${floor.toFixed(1).padStart(6)} s  ${ratio.toFixed(3)}${r.exitCode === 0 ? '' : `  exit ${r.exitCode}`}`,
    );
    ok &&= r.steadyThrottledPerCall <= 0.05 && ratio <= 1.05 && r.exitCode === 0;
    const t = r.timeline(rps);
    const s = (n: number) => `${n.toFixed(2)} s`;
    console.log(
      `        beyond the floor: start-up ${s(t.startupSeconds)}, slow start ${s(t.slowStartSeconds)} (${s(t.beforeEnrichSeconds)} before the first enrichment call; at the limit after ${s(t.rampSeconds)}), steady ${s(t.steadySeconds)} (${t.slowSecondsInSteady} s under 90 %), tail ${s(t.tailSeconds)}`,
    );
    if (process.env.BENCH_SWEEP_TIMELINE) {
      console.log(`        good calls per second: ${t.perSecond.join(' ')}`);
      console.log(`        429s per second:       ${t.throttledPerSecond.join(' ')}`);
    }
  }
  return ok;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** `oci-inv --help` against a bare `node -e 0`, interleaved, medians. */
function benchColdStart(): boolean {
  const runs = num('BENCH_COLD_RUNS', 15);
  const time = (args: string[]) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    return performance.now() - started;
  };
  const bare: number[] = [];
  const help: number[] = [];
  time([process.env.BENCH_CLI ?? 'dist/cli/index.js', '--help']); // warm the file cache
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    help.push(time([process.env.BENCH_CLI ?? 'dist/cli/index.js', '--help']));
  }
  const ratio = median(help) / median(bare);
  console.log('\n== cold start ==');
  console.log(`node -e 0                 ${median(bare).toFixed(0)} ms (median of ${runs})`);
  console.log(`oci-inv --help            ${median(help).toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target ≤ 2)`);
  return ratio <= 2;
}

// ---- memory scaling (issue 11 item 1) ----------------------------------------------------
// The CLI's peak RSS on tenancies of two sizes, emulator without rate limit or latency, every
// format on: the target is < 512 MB at 1M and at most 1.5× growth from 50k to 200k.
interface MemoryPoint {
  resources: number;
  records: number;
  peakRssMb: number;
  wallSeconds: number;
  exitCode: number;
}

/** One CLI run under the RSS preload; returns its peak RSS. Exported for ad-hoc measurements. */
export async function measureRunMemory(resources: number, regions = 4): Promise<MemoryPoint> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-bench-mem-'));
  const emulator = await startEmulator({
    seed: 7,
    size: { regions, compartments: Math.max(8, Math.round(resources / 700)), resources },
  });
  try {
    const auth = await emulator.writeAuthFiles(join(dir, 'auth'), {});
    const preload = join(dir, 'rss.cjs');
    await writeFile(preload, RSS_PRELOAD);
    const rssFile = join(dir, 'rss.txt');
    const { runDir, exitCode, wallSeconds } = await spawnCliRun(preload, auth.configFile, join(dir, 'out'), ['--format', 'jsonl,csv,parquet'], {
      OCI_INV_ENDPOINT_TEMPLATE: emulator.endpointTemplate,
      BENCH_RSS_FILE: rssFile,
    });
    let records = 0;
    await new Promise<void>((resolve, reject) => {
      createReadStream(join(runDir, 'inventory.jsonl'))
        .on('data', (chunk: Buffer | string) => {
          const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          for (const byte of buf) if (byte === 10) records++;
        })
        .on('end', resolve)
        .on('error', reject);
    });
    return { resources: emulator.tenancy.resources.length, records, peakRssMb: Number(await readFile(rssFile, 'utf8')) / 1024, wallSeconds, exitCode };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchMemory(): Promise<boolean> {
  const sizes = [num('BENCH_MEM_SMALL', 50_000), num('BENCH_MEM_LARGE', 200_000)];
  if (process.env.BENCH_FULL === '1') sizes.push(1_000_000);
  console.log('\n== memory scaling (no rate limit, no latency, jsonl+csv+parquet) ==');
  const points: MemoryPoint[] = [];
  for (const size of sizes) {
    const p = await measureRunMemory(size);
    points.push(p);
    console.log(`${String(size).padStart(9)} resources: ${p.records} records, peak RSS ${p.peakRssMb.toFixed(0)} MB, ${p.wallSeconds.toFixed(1)} s, exit ${p.exitCode}`);
  }
  const [small, large] = points;
  let failed = points.some((p) => p.exitCode !== 0);
  if (small && large) {
    const ratio = large.peakRssMb / small.peakRssMb;
    console.log(`growth ${sizes[0]} → ${sizes[1]}: ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
    failed ||= ratio > 1.5;
  }
  const full = points[2];
  if (full) {
    console.log(`1M peak RSS ${full.peakRssMb.toFixed(0)} MB (target < 512 MB)`);
    failed ||= full.peakRssMb >= 512;
  }
  return failed;
}

async function main(): Promise<void> {
  const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()));
  let failed = false;
  if (!skip.has('cold')) failed = !benchColdStart() || failed;
  if (!skip.has('cpu')) failed = !(await benchCpuPerCall()) || failed;
  if (!skip.has('sweep')) failed = !(await benchRateSweep()) || failed;
  if (!skip.has('run')) {
    const r = await benchFullRun();
    console.log('\n== full run ==');
    console.log(`resources in tenancy      ${r.resources} (expected in inventory: ${r.expected})`);
    console.log(`records written           ${r.records}  lost: ${r.lost}  duplicates: ${r.duplicates}  exit: ${r.exitCode}`);
    console.log(`API calls (non-429)       ${r.calls}  throttled answers: ${r.throttled}`);
    console.log(`enrichment calls/resource ${r.enrichCallsPerResource.toFixed(4)}  (target ≤ 0.1)`);
    console.log(`wall time                 ${r.wallSeconds.toFixed(1)} s; floor ${r.floorSeconds.toFixed(1)} s; ratio ${r.ratio.toFixed(3)} (target ≤ 1.25)`);
    console.log(`peak RSS (CLI process)    ${r.peakRssMb.toFixed(0)} MB`);
    failed ||= r.lost > 0 || r.duplicates > 0 || r.enrichCallsPerResource > 0.1 || r.ratio > 1.25;
  }
  if (!skip.has('budget')) {
    const { measureCallBudget, printCallBudget } = await import('./enrich-budget.js');
    const resources = num('BENCH_BUDGET_RESOURCES', 100_000);
    for (const [profile, target] of [['realistic', 0.1], ['uniform', 0.3]] as const) {
      const budget = await measureCallBudget({ resources, regions: num('BENCH_REGIONS', 4), profile });
      failed = !printCallBudget(budget, target, num('BENCH_BUDGET_TOP', 10)) || failed;
    }
    // The default level is held to the target; `lean` (buckets from their list) is reported.
    printCallBudget(await measureCallBudget({ resources, regions: num('BENCH_REGIONS', 4), profile: 'realistic', detail: 'lean' }), 0.1, num('BENCH_BUDGET_TOP', 10));
  }
  if (!skip.has('memory')) failed = (await benchMemory()) || failed;
  if (!skip.has('diff')) {
    const { main: benchDiff } = await import('./diff.js');
    console.log('\n== 1M vs 1M diff ==');
    await benchDiff();
  }
  if (failed) {
    console.log('\nsome target missed (see above)');
    process.exitCode = 1;
  }
}

await main();
