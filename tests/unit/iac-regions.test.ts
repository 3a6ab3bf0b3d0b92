// `oci-inv iac --regions` (and `run --tf-state --regions`): the region scope `run` applies.
// Live regional records outside it are not counted (not unmanaged), state resources whose OCID
// names another region are out of scope (no_record), not missing; global IAM records always
// count. The scope is resolved like run's (names, keys, globs) against the regions the run read.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { iacRegionScope } from '../../src/app/iac-coverage.js';
import { regionOfOcid } from '../../src/iac/coverage.js';
import { IacIgnoreRules } from '../../src/iac/ignore.js';
import { loadStateIndex, runIac } from '../../src/iac/run-iac.js';
import { resolveConfig } from '../../src/pipeline/config.js';

const FIXTURES = 'tests/fixtures/iac';
const KEYS = new Map([
  ['iad', 'us-ashburn-1'],
  ['phx', 'us-phoenix-1'],
  ['fra', 'eu-frankfurt-1'],
]);

async function setup(t: { after(fn: () => Promise<void>): void }): Promise<{ inventory: string; state: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-iac-regions-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const lines = (await readFile(join(FIXTURES, 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean);
  const instance = JSON.parse(lines.find((l) => l.includes('"ocid1.instance.oc1.iad.i2"')) ?? '{}') as Record<string, unknown>;
  // One unmanaged instance in Phoenix, after the Ashburn ones (ocid order).
  const phx = { ...instance, ocid: 'ocid1.instance.oc1.phx.zz9', region: 'us-phoenix-1', displayName: 'phoenix-box', lifecycleState: 'RUNNING' };
  const inventory = join(dir, 'inventory.jsonl');
  await writeFile(inventory, `${[...lines, JSON.stringify(phx)].sort().join('\n')}\n`);
  // A state holding an Ashburn VCN that is live and a Phoenix instance that is not.
  const state = join(dir, 'terraform.tfstate');
  await writeFile(
    state,
    JSON.stringify({
      version: 4,
      resources: [
        { mode: 'managed', type: 'oci_core_vcn', name: 'v', instances: [{ attributes: { id: 'ocid1.vcn.oc1.iad.v1' } }] },
        { mode: 'managed', type: 'oci_core_instance', name: 'gone', instances: [{ attributes: { id: 'ocid1.instance.oc1.phx.gone1' } }] },
      ],
    }),
  );
  return { inventory, state };
}

const base = { outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: ['missing' as const, 'unmanaged' as const], tenancyId: undefined };

test('without a region scope, the Phoenix instance is unmanaged and the Phoenix state resource missing', async (t) => {
  const { inventory, state } = await setup(t);
  const { result } = await runIac(await loadStateIndex([state], []), { ...base, inventory });
  assert.ok(result.live.some((e) => e.ocid === 'ocid1.instance.oc1.phx.zz9' && e.status === 'unmanaged'));
  assert.deepEqual(result.missing.map((m) => m.ocid), ['ocid1.instance.oc1.phx.gone1']);
});

test('--regions us-ashburn-1: Phoenix is neither unmanaged nor missing; global IAM records still count', async (t) => {
  const { inventory, state } = await setup(t);
  const all = await runIac(await loadStateIndex([state], []), { ...base, inventory });
  const { result, failures } = await runIac(await loadStateIndex([state], []), { ...base, inventory, regions: new Set(['us-ashburn-1']), regionKeys: KEYS });
  assert.ok(!result.live.some((e) => e.ocid === 'ocid1.instance.oc1.phx.zz9'), 'the excluded region is not reported');
  assert.equal(result.counts.live, all.result.counts.live - 1);
  assert.equal(result.counts.unmanaged, all.result.counts.unmanaged - 1);
  assert.deepEqual(result.missing, []);
  assert.deepEqual(
    result.noRecord.filter((n) => n.reason.startsWith('outside the region scope')).map((n) => n.reason),
    ['outside the region scope (us-phoenix-1)'],
  );
  assert.ok(result.live.some((e) => e.ocid === 'ocid1.user.oc1..alice'), 'a global IAM record is in every region scope');
  assert.ok(result.live.some((e) => e.ocid === 'ocid1.vcn.oc1.iad.v1' && e.status === 'managed'));
  assert.ok(!failures.some((f) => f.includes('not live')), 'missing does not fail for a region left out');
});

test('regionOfOcid reads the region key or name of an OCID; global OCIDs have none', () => {
  assert.equal(regionOfOcid('ocid1.instance.oc1.phx.abc', KEYS), 'us-phoenix-1');
  assert.equal(regionOfOcid('ocid1.instance.oc1.eu-frankfurt-1.abc', KEYS), 'eu-frankfurt-1');
  assert.equal(regionOfOcid('ocid1.user.oc1..abc', KEYS), undefined);
});

test('iacRegionScope resolves --regions like run (keys, globs) against the regions the run read, and refuses one it did not', async () => {
  const facts = { regions: ['us-ashburn-1', 'us-phoenix-1'], homeRegion: 'us-ashburn-1' };
  const config = await resolveConfig({ flags: { regions: 'iad' } });
  assert.deepEqual([...(iacRegionScope(config, facts, KEYS) ?? [])], ['us-ashburn-1']);
  const glob = await resolveConfig({ flags: { regions: 'us-*' } });
  assert.deepEqual([...(iacRegionScope(glob, facts, KEYS) ?? [])].sort(), ['us-ashburn-1', 'us-phoenix-1']);
  assert.equal(iacRegionScope(await resolveConfig({ flags: {} }), facts, KEYS), undefined);
  await assert.rejects(async () => iacRegionScope(await resolveConfig({ flags: { regions: 'fra' } }), facts, KEYS), /--regions.*"fra" \(eu-frankfurt-1\) is not subscribed/);
});
