// End to end: Ctrl-C / SIGTERM for the commands other than `run` (cli-interrupt.test.ts covers
// `run`). The bundled CLI against a slow emulator: each stops promptly with exit 130 / 143, says
// so on stderr, and leaves no half-written output (no temporary file, no run directory without
// run_summary.json, no expected file from an interrupted run).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { CLI_PATH } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(fx: EmulatorFixture, args: string[], cwd: string): Running {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) env[k] = v;
  env.OCI_INV_ENDPOINT_TEMPLATE = fx.emulator.endpointTemplate;
  const child = spawn(process.execPath, [CLI_PATH, ...args, '--auth', 'api_key', '--oci-config', fx.auth.configFile], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c) => (out += String(c)));
  child.stderr?.on('data', (c) => (err += String(c)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

async function listTree(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

test('doctor: SIGINT while it probes a slow endpoint stops at once with exit 130, a message, and no policy file', { timeout: 120_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 11, faults: { latencyMs: 3_000 } });
  const policyOut = join(fx.dir, 'policy', 'missing.txt');
  const run = start(fx, ['doctor', '--outdir', join(fx.dir, 'out'), '--policy-out', policyOut], fx.dir);
  await waitFor('the first request', () => fx.emulator.requests.length > 0);
  run.child.kill('SIGINT');
  const { code } = await run.exited;
  assert.equal(code, 130, run.stderr());
  assert.match(run.stderr(), /interrupted: stopped/, 'the user is told it stopped');
  assert.ok(!existsSync(policyOut), 'no policy file from a doctor that did not finish');
  assert.deepEqual((await listTree(fx.dir)).filter((f) => f.endsWith('.tmp')), []);
});

test('doctor: SIGTERM exits 143', { timeout: 120_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 12, faults: { latencyMs: 3_000 } });
  const run = start(fx, ['doctor', '--outdir', join(fx.dir, 'out')], fx.dir);
  await waitFor('the first request', () => fx.emulator.requests.length > 0);
  run.child.kill('SIGTERM');
  const { code } = await run.exited;
  assert.equal(code, 143, run.stderr());
  assert.match(run.stderr(), /terminated: stopped/);
});

test('check (live run): SIGINT during the run stops it like `run` does: exit 130, no expected file, no half-written run', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 13, size: 'small', faults: { latencyMs: 150 } });
  const outdir = join(fx.dir, 'out');
  const expected = join(fx.dir, 'expected.jsonl');
  const run = start(fx, ['check', '--expected', expected, '--write-expected', '--outdir', outdir, '--workers-enrich', '2'], fx.dir);
  await waitFor('the first search request', () => fx.emulator.requests.some((r) => r.path.includes('resources')));
  run.child.kill('SIGINT');
  const { code } = await run.exited;
  assert.equal(code, 130, run.stderr());
  assert.match(run.stderr(), /interrupted/);
  assert.ok(!existsSync(expected), 'an interrupted inventory is not written as the expected one');
  const dirs = existsSync(outdir) ? await readdir(outdir) : [];
  for (const d of dirs) {
    const files = await readdir(join(outdir, d));
    assert.ok(files.includes('run_summary.json'), `${d} is a whole (INTERRUPTED) run or absent: ${files.join(', ')}`);
    assert.ok(!files.some((f) => f.endsWith('.tmp') || f === '.spill'), `nothing temporary left in ${d}: ${files.join(', ')}`);
  }
  assert.deepEqual((await listTree(fx.dir)).filter((f) => f.endsWith('.tmp')), []);
});

test('demo: SIGINT during its first run stops like run does: exit 130, emulator key files removed, no half-written run', { timeout: 180_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-demo-int-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const privateTmp = join(dir, 'tmp');
  await mkdir(privateTmp);
  const outdir = join(dir, 'out');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) env[k] = v;
  // The demo's emulator writes its OCI config and private key under TMPDIR: here, a directory of our own.
  env.TMPDIR = privateTmp;
  const child = spawn(process.execPath, [CLI_PATH, 'demo', '--outdir', outdir, '--size', 'medium'], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (c) => (err += String(c)));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await waitFor('the first run to find resources', () => /resources found/.test(err), 120_000);
  child.kill('SIGINT');
  const code = await exited;
  assert.equal(code, 130, err);
  assert.match(err, /interrupted/);
  assert.deepEqual(await readdir(privateTmp), [], 'the emulator auth directory (with its private key) is removed');
  const dirs = existsSync(outdir) ? await readdir(outdir) : [];
  for (const d of dirs) {
    const files = await readdir(join(outdir, d));
    assert.ok(files.includes('run_summary.json'), `${d} is a whole (INTERRUPTED) run or absent: ${files.join(', ')}`);
  }
});
