// End to end: progress without a terminal. The bundled CLI runs against a slow emulator with
// stderr piped (not a TTY); heartbeat lines carry the counts and the log is never silent for
// much longer than the heartbeat period. With --json-logs every line is structured.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI_PATH } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

interface TimedRun {
  code: number | null;
  stdout: string;
  /** stderr lines with the time (ms) each arrived. */
  lines: Array<{ at: number; text: string }>;
}

function runTimed(fx: EmulatorFixture, args: string[], env: Record<string, string>): Promise<TimedRun> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) base[k] = v;
  const child = spawn(
    process.execPath,
    [CLI_PATH, 'run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), ...args],
    { env: { ...base, OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let partial = '';
  const lines: TimedRun['lines'] = [];
  child.stdout.on('data', (c) => (stdout += String(c)));
  child.stderr.on('data', (c) => {
    partial += String(c);
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ at: Date.now(), text });
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, lines })));
}

const HEARTBEAT_MS = 1000;

test('without a TTY: heartbeat lines with counts, no long silence, throttling announced', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, {
    seed: 9,
    size: 'tiny',
    // Well under the 20 req/s the pace starts at: slow start meets a burst of 429s (at 25 req/s
    // the learned tenancy-wide pace now keeps 429s under the warning's threshold).
    faults: { latencyMs: 60, rateLimit: { rps: 4, retryAfterSeconds: 1 } },
  });
  const started = Date.now();
  const run = await runTimed(fx, ['--workers-enrich', '4'], { OCI_INV_HEARTBEAT_MS: String(HEARTBEAT_MS) });
  const all = run.lines.map((l) => l.text).join('\n');
  assert.equal(run.code, 0, all);
  assert.ok(Date.now() - started > 3 * HEARTBEAT_MS, 'the run lasted several heartbeat periods');
  const beats = run.lines.filter((l) => l.text.includes('progress:'));
  assert.ok(beats.length >= 2, `heartbeat lines appear:\n${all}`);
  assert.ok(
    beats.some((b) => /regions \d+\/\d+ searched, \d+ pages, [\d,]+ records/.test(b.text) && /api [\d,]+ calls, [\d,]+ retries, [\d,]+ × 429/.test(b.text)),
    `a heartbeat carries search and API counts:\n${beats.map((b) => b.text).join('\n')}`,
  );
  assert.ok(beats.some((b) => /enrich [\d,]+\/[\d,]+ \d+%/.test(b.text)), 'a heartbeat carries enrichment done/total');
  assert.ok(run.lines.some((l) => /is throttling: \d+ of \d+ calls answered 429/.test(l.text)), `hard throttling is announced:\n${all}`);
  assert.ok(run.lines.some((l) => l.text.includes('phases:')), 'a closing summary of the phases');
  // Generous slack for a noisy machine: the point is no long silence, not exact timing.
  const times = [started, ...run.lines.map((l) => l.at)];
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, (times[i] ?? 0) - (times[i - 1] ?? 0));
  assert.ok(longest < HEARTBEAT_MS + 4_000, `longest silence ${longest} ms`);
});

test('--json-logs: every line has phase, counts and duration_ms; region lines name the region', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 10, size: 'small', faults: { latencyMs: 20 } });
  const run = await runTimed(fx, ['--json-logs'], { OCI_INV_HEARTBEAT_MS: String(HEARTBEAT_MS) });
  assert.equal(run.code, 0, run.lines.map((l) => l.text).join('\n'));
  assert.ok(run.lines.length > 3);
  const entries = run.lines.map((l) => JSON.parse(l.text) as { phase?: unknown; region?: unknown; counts?: unknown; duration_ms?: unknown; message: string });
  for (const e of entries) {
    assert.equal(typeof e.phase, 'string', e.message);
    assert.equal(typeof e.counts, 'object', e.message);
    assert.equal(typeof e.duration_ms, 'number', e.message);
  }
  const regions = fx.emulator.tenancy.regions;
  for (const region of regions) {
    const found = entries.find((e) => e.phase === 'discovery' && e.region === region);
    assert.ok(found, `a discovery line for ${region}`);
    assert.equal(typeof (found.counts as { records?: unknown }).records, 'number');
  }
  assert.ok(entries.some((e) => e.phase === 'enrich' && typeof e.region === 'string'));
  assert.ok(entries.some((e) => e.phase === 'export'));
});

test('heartbeats start before the first answer: a slow connection is not silent', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 12, size: 'tiny', faults: { latencyMs: 1500 } });
  const run = await runTimed(fx, ['--no-enrich'], { OCI_INV_HEARTBEAT_MS: '300' });
  const texts = run.lines.map((l) => l.text);
  assert.equal(run.code, 0, texts.join('\n'));
  const firstBeat = texts.findIndex((l) => l.includes('progress:'));
  const tenancyLine = texts.findIndex((l) => l.includes('home region'));
  assert.ok(firstBeat >= 0 && firstBeat < tenancyLine, `a heartbeat while connecting:\n${texts.join('\n')}`);
  assert.match(texts[firstBeat] ?? '', /phase connect/);
});
