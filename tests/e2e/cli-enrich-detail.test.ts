// `--enrich-detail` through the built CLI against the emulator: a bad level is exit 2 naming
// the flag and the levels, before any call; the level is recorded in run_summary.json; and a
// run diffed against a baseline of another level says so instead of a silent mass "changed".
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';

test('a bad --enrich-detail: exit 2, the flag and the allowed levels named, no call made', async (t) => {
  const fx = await withEmulator(t, { seed: 3 });
  const before = fx.emulator.requests.length;
  const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--enrich-detail', 'full'], {
    OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate,
  });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--enrich-detail: must be one of standard, lean, complete/);
  assert.equal(r.stdout, '');
  assert.equal(fx.emulator.requests.length, before);
});

test('run_summary.json records the level; a baseline of another level is a warning', async (t) => {
  const fx = await withEmulator(t, { seed: 3, size: 'small' });
  const env = { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
  const common = ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out')];
  const lean = await runCli([...common, '--enrich-detail', 'lean'], env);
  assert.equal(lean.code, 0, lean.stderr);
  const leanDir = lean.stdout.trim();
  const leanSummary = JSON.parse(await readFile(join(leanDir, 'run_summary.json'), 'utf8')) as { enrich_detail: unknown; warnings: string[] };
  assert.equal(leanSummary.enrich_detail, 'lean');

  const standard = await runCli([...common, '--prev', leanDir], env);
  assert.equal(standard.code, 0, standard.stderr);
  const summary = JSON.parse(await readFile(join(standard.stdout.trim(), 'run_summary.json'), 'utf8')) as { enrich_detail: unknown; warnings: string[] };
  assert.equal(summary.enrich_detail, 'standard');
  assert.ok(
    summary.warnings.some((w) => /baseline was enriched at detail lean and this run at standard: Vnic and Bucket records/.test(w)),
    summary.warnings.join('\n'),
  );
  assert.match(standard.stderr, /detail lean and this run at standard/);
});
