// End to end: run_summary.json's per-region counts on a generated tenancy. Global IAM resources
// come back from every region's search; the inventory keeps them once (home region). The
// per-region counts say what the inventory holds per region, the global records are counted
// once under `global`, and everything adds up to total_discovered.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { GLOBAL_RESOURCE_TYPES } from '../../src/core/record.js';
import { runCli } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';

interface Summary {
  total_discovered: number;
  home_region: string;
  regions: Array<{ region: string; count: number; search_count?: number }>;
  global?: { count: number; region: string };
}

test('run_summary.json: per-region counts exclude the global IAM records, counted once under global; they add up to the total', { timeout: 180_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 21, size: 'small' });
  const outdir = join(fx.dir, 'out');
  const result = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', outdir, '--no-enrich'], { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate });
  assert.equal(result.code, 0, result.stderr);
  const runDir = result.stdout.trim();
  const summary = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as Summary;
  const records = (await readFile(join(runDir, 'inventory.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { resourceType: string; region: string });
  assert.ok(summary.regions.length >= 2, 'a multi-region tenancy');
  const globals = records.filter((r) => GLOBAL_RESOURCE_TYPES.has(r.resourceType));
  assert.ok(globals.length > 0, 'the tenancy has global IAM resources');
  assert.deepEqual(summary.global, { count: globals.length, region: summary.home_region });
  for (const r of summary.regions) {
    const regional = records.filter((x) => x.region === r.region && !GLOBAL_RESOURCE_TYPES.has(x.resourceType)).length;
    assert.equal(r.count, regional, `${r.region}: its regional records, as the inventory holds them`);
    assert.ok((r.search_count ?? 0) >= globals.length, `${r.region}: search_count is what its search returned, global IAM records included`);
  }
  assert.equal(summary.regions.reduce((n, r) => n + r.count, 0) + globals.length, summary.total_discovered, 'regions + global = total');
});
