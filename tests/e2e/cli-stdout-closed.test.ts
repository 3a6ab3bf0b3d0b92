// A reader that closes the CLI's stdout early (`oci-inv run | head -1`, a killed parent): the
// run finishes, writes its files and exits with its own code, without an EPIPE stack trace.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI_PATH } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';

test('run with its stdout closed by the reader: completes, exit 0, no EPIPE crash', async (t) => {
  const fx = await withEmulator(t, { seed: 5, size: { regions: 1, compartments: 3, resources: 60 } });
  const outdir = await mkdtemp(join(tmpdir(), 'oci-inv-epipe-'));
  t.after(() => rm(outdir, { recursive: true, force: true }));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) env[k] = v;
  env.OCI_INV_ENDPOINT_TEMPLATE = fx.emulator.endpointTemplate;
  const child = spawn(process.execPath, [CLI_PATH, 'run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', outdir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The reading end goes away before the run prints anything.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += String(c)));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.doesNotMatch(stderr, /EPIPE|Unhandled 'error' event/, stderr);
  assert.equal(code, 0, stderr);
  const runs = await readdir(outdir);
  assert.equal(runs.length, 1);
  assert.ok(existsSync(join(outdir, runs[0] as string, 'inventory.jsonl')));
  assert.ok(existsSync(join(outdir, runs[0] as string, 'run_summary.json')));
});
