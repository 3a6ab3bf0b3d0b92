// End to end: `oci-inv check` without --curr runs the inventory live; its diff files belong to
// that run, as `run --expected` puts them, not loose in --outdir (the parent of the runs, where
// each check would overwrite the last one's and nothing says which run they compare).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';

test('a live check writes diff.json and diff_summary.json into its run directory, not into --outdir', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 31, size: 'tiny' });
  const env = { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
  const conn = ['--auth', 'api_key', '--oci-config', fx.auth.configFile];
  const outdir = join(fx.dir, 'out');
  const expected = join(fx.dir, 'inventory.expected.jsonl');
  const first = await runCli(['run', ...conn, '--outdir', join(fx.dir, 'first'), '--no-enrich'], env);
  assert.equal(first.code, 0, first.stderr);
  const written = await runCli(['check', '--curr', first.stdout.trim(), '--expected', expected, '--write-expected'], env);
  assert.equal(written.code, 0, written.stderr);

  const live = await runCli(['check', ...conn, '--expected', expected, '--outdir', outdir, '--no-enrich', '--fail-on', 'none'], env);
  assert.equal(live.code, 0, live.stderr);
  const entries = await readdir(outdir);
  assert.ok(!entries.includes('diff.json') && !entries.includes('diff_summary.json'), `no loose diff files in --outdir: ${entries.join(', ')}`);
  const runs = entries.filter((e) => /^\d{8}T\d{6}Z/.test(e));
  assert.equal(runs.length, 1, entries.join(', '));
  const runDir = join(outdir, runs[0] ?? '');
  for (const f of ['run_summary.json', 'diff.json', 'diff_summary.json']) assert.ok(existsSync(join(runDir, f)), `${f} in the live run's directory`);
  assert.match(live.stderr, new RegExp(`wrote ${runDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/diff\\.json`));
});
