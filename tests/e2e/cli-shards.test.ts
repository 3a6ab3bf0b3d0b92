// End to end: the documented region-matrix workflow. One `run --regions R` per region (a shard
// without the home region among them), then `merge`: every global IAM resource is enriched in
// each shard through the home region's identity endpoint, and the merge holds each once.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { GLOBAL_RESOURCE_TYPES } from '../../src/core/record.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';
import { runCli } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';

interface Line {
  ocid: string;
  resourceType: string;
  region: string;
  enrichStatus: string;
}

async function readJsonl(path: string): Promise<Line[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

const ENRICHED_TYPES = new Set(ENRICHER_TABLE.map((row) => row.resourceType));

test('a shard without the home region enriches the global IAM records; merge keeps each once, enriched', { timeout: 240_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 21, size: 'small' });
  const home = fx.emulator.tenancy.homeRegion;
  const regions = fx.emulator.tenancy.regions;
  assert.ok(regions.length >= 2 && regions.includes(home));
  const env = { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
  const shardDirs: string[] = [];
  for (const region of regions) {
    const result = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--regions', region, '--outdir', join(fx.dir, 'shards', region)], env);
    assert.equal(result.code, 0, result.stderr);
    const dir = result.stdout.trim();
    shardDirs.push(dir);
    const globals = (await readJsonl(join(dir, 'inventory.jsonl'))).filter((l) => GLOBAL_RESOURCE_TYPES.has(l.resourceType));
    assert.ok(globals.length > 0, `shard ${region} holds the global resources`);
    for (const g of globals) {
      assert.equal(g.region, home, `${g.ocid} attributed to the home region`);
      if (ENRICHED_TYPES.has(g.resourceType)) assert.equal(g.enrichStatus, 'OK', `${g.resourceType} ${g.ocid} enriched in shard ${region}`);
    }
  }
  const merged = await runCli(['merge', ...shardDirs, '--outdir', join(fx.dir, 'merged')]);
  assert.equal(merged.code, 0, merged.stderr);
  const lines = await readJsonl(join(merged.stdout.trim(), 'inventory.jsonl'));
  const ocids = lines.map((l) => l.ocid);
  assert.equal(new Set(ocids).size, ocids.length, 'each resource once');
  const truth = fx.emulator.tenancy.resources.filter((r) => r.lifecycleState !== 'TERMINATED' && r.lifecycleState !== 'DELETED');
  assert.deepEqual(new Set(ocids), new Set(truth.map((r) => r.ocid)));
  const globals = lines.filter((l) => GLOBAL_RESOURCE_TYPES.has(l.resourceType));
  for (const g of globals) if (ENRICHED_TYPES.has(g.resourceType)) assert.equal(g.enrichStatus, 'OK', `${g.ocid} enriched after merge`);
  const summary = JSON.parse(await readFile(join(merged.stdout.trim(), 'run_summary.json'), 'utf8')) as { regions: Array<{ count: number }>; global?: { count: number }; total_discovered: number };
  assert.ok((summary.global?.count ?? 0) > 0, 'the global IAM records are counted once, under global');
  assert.equal(summary.regions.reduce((n, r) => n + r.count, 0) + (summary.global?.count ?? 0), summary.total_discovered, 'per-region counts plus the global ones add up to the total');
});
