// Rows served by one subtree list per region (issue 12, call budget): through the real SDK
// against the emulator, each such row lists once per region from the tenancy with its subtree
// flag, gives every record the fields a get would (projected to the row's field set where it
// has one), and a caller refused the subtree list falls back per compartment with the same
// records. The emulator's subtree flags and accessLevel values answer as OCI's do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArtifactsClient } from 'oci-artifacts';
import { CloudGuardClient, requests as cloudGuardRequests } from 'oci-cloudguard';
import * as common from 'oci-common';
import { ManagementAgentClient } from 'oci-managementagent';
import type { InventoryRecord } from '../../src/core/record.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import type { EnricherRow } from '../../src/oci/enrichers/table/types.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich, type EnrichRun } from '../helpers/enrich-run.js';

/** The rows this branch moved to subtree lists (LogGroup, Compartment, TagNamespace had them before). */
const MOVED = [
  'CloudGuardManagedList',
  'CloudGuardSavedQuery',
  'ContainerImage',
  'DataSafeUserAssessment',
  'Famsplatformconfiguration',
  'ManagementAgentInstallKey',
  'SecurityAttributeNamespace',
];

function rowOf(type: string): EnricherRow {
  const row = ENRICHER_TABLE.find((r) => r.resourceType === type);
  assert.ok(row, type);
  return row;
}

/** What a record ends with, comparable across runs. */
function outcome(record: InventoryRecord) {
  return {
    status: record.enrichStatus,
    error: record.enrichError,
    metadata: record.details.metadata ?? null,
    edges: record.relationships.map((e) => `${e.relation_type} ${e.target_ocid}`).sort(),
  };
}

function outcomes(run: EnrichRun, types: readonly string[]) {
  return new Map(run.records.filter((r) => types.includes(r.resourceType)).map((r) => [r.ocid, outcome(r)]));
}

async function tenancyWithSpread(t: Parameters<typeof withEmulator>[0]): Promise<EmulatorFixture> {
  return withEmulator(t, { seed: 5, size: { regions: 2, compartments: 10, resources: 6000 } });
}

test('rows with a subtree list: one list per region from the tenancy, records equal to the get’s', async (t) => {
  const fx = await tenancyWithSpread(t);
  const tenancyId = fx.emulator.tenancy.tenancyId;
  const table = MOVED.map(rowOf);
  const run = await discoverAndEnrich(fx, { table });

  // The same records read by get alone (the rows without their lists): the reference shape.
  const getOnly = table.filter((row) => row.get).map((row) => ({ ...row, list: undefined }));
  const byGet = await discoverAndEnrich(fx, { table: getOnly });
  const reference = outcomes(byGet, getOnly.map((r) => r.resourceType));

  for (const row of table) {
    await t.test(row.resourceType, () => {
      const list = row.list;
      assert.ok(list?.subtree, 'the row has a subtree list');
      const records = run.records.filter((r) => r.resourceType === row.resourceType);
      const regions = new Set(records.map((r) => r.region));
      const compartments = new Set(records.map((r) => `${r.region} ${r.compartmentId ?? ''}`));
      assert.ok(compartments.size > regions.size + 1, `${row.resourceType}: ${records.length} records in ${compartments.size} cells prove nothing`);

      const calls = run.enrichRequests.filter((r) => r.operation === list.method);
      assert.equal(calls.length, regions.size, `${list.method}: one call per region, got ${calls.map((c) => c.path).join(', ')}`);
      for (const call of calls) {
        const query = new URLSearchParams(call.query ?? '');
        assert.equal(query.get('compartmentId'), tenancyId, 'listed from the tenancy');
        assert.equal(query.get(list.subtree.param), 'true', `${list.subtree.param}=true`);
        for (const [key, value] of Object.entries(list.subtree.extra ?? {})) assert.equal(query.get(key), String(value));
        assert.equal(call.status, 200);
      }
      const gets = row.get ? run.enrichRequests.filter((r) => r.operation === row.get?.method) : [];
      assert.deepEqual(gets.map((g) => g.path), [], 'no record needed a get');

      for (const record of records) {
        assert.equal(record.enrichStatus, 'OK', `${record.ocid}: ${record.enrichError ?? ''}`);
        if (row.fields) assert.deepEqual(Object.keys(record.details.metadata ?? {}).filter((k) => !row.fields?.includes(k)), [], `${record.ocid}: only the row's fields`);
        if (row.get) assert.deepEqual(outcome(record), reference.get(record.ocid), `${record.ocid}: the list gives what the get gives`);
      }
    });
  }
});

test('a caller refused the subtree list falls back per compartment with the same records', async (t) => {
  const fx = await tenancyWithSpread(t);
  const table = MOVED.map(rowOf);
  const wide = await discoverAndEnrich(fx, { table });
  const refused = await discoverAndEnrich(fx, { table, beforeEnrich: () => fx.emulator.setFaults({ deniedSubtree: true }) });
  fx.emulator.setFaults({});

  assert.deepEqual(outcomes(refused, MOVED), outcomes(wide, MOVED));
  for (const row of table) {
    const list = row.list;
    assert.ok(list?.subtree);
    const calls = refused.enrichRequests.filter((r) => r.operation === list.method);
    const wideCalls = calls.filter((c) => new URLSearchParams(c.query ?? '').get(list.subtree?.param ?? '') === 'true');
    const regions = new Set(refused.records.filter((r) => r.resourceType === row.resourceType).map((r) => r.region));
    assert.equal(wideCalls.length, regions.size, `${row.resourceType}: one refused subtree list per region`);
    assert.deepEqual(
      wideCalls.map((c) => c.status),
      wideCalls.map(() => 404),
    );
    assert.ok(calls.length - wideCalls.length > 0, `${row.resourceType}: listed per compartment after the refusal`);
    assert.ok(
      calls.filter((c) => !wideCalls.includes(c)).every((c) => c.status === 200),
      `${row.resourceType}: per-compartment lists answered`,
    );
  }
  assert.ok(refused.log.lines.some((l) => l.level === 'debug' && l.message.includes('subtree list refused')));
});

test('the emulator holds subtree flags and accessLevel to OCI’s rules (through the SDK)', async (t) => {
  const fx = await withEmulator(t, { seed: 5 });
  const auth = new common.ConfigFileAuthenticationDetailsProvider(fx.auth.configFile, fx.auth.profile);
  const config = { retryConfiguration: common.NoRetryConfigurationDetails };
  const region = fx.emulator.tenancy.homeRegion;
  const tenancyId = fx.emulator.tenancy.tenancyId;
  const child = fx.emulator.tenancy.store.list('Compartment')[0]?.ocid;
  assert.ok(child);
  const artifacts = new ArtifactsClient({ authenticationDetailsProvider: auth }, config);
  artifacts.endpoint = fx.endpoint('artifacts', region);
  const agents = new ManagementAgentClient({ authenticationDetailsProvider: auth }, config);
  agents.endpoint = fx.endpoint('management-agent', region);
  const cloudGuard = new CloudGuardClient({ authenticationDetailsProvider: auth }, config);
  cloudGuard.endpoint = fx.endpoint('cloudguard-cp-api', region);
  t.after(() => {
    artifacts.close();
    agents.close();
    cloudGuard.close();
  });
  const status = (p: Promise<unknown>) =>
    p.then(
      () => 200,
      (e: { statusCode?: number }) => e.statusCode,
    );

  // Container images: compartmentIdInSubtree only from the tenancy.
  assert.equal(await status(artifacts.listContainerImages({ compartmentId: tenancyId, compartmentIdInSubtree: true })), 200);
  assert.equal(await status(artifacts.listContainerImages({ compartmentId: child, compartmentIdInSubtree: true })), 400);
  assert.equal(await status(artifacts.listContainerRepositories({ compartmentId: child, compartmentIdInSubtree: true })), 400);
  // Cloud Guard: from any compartment, accessLevel RESTRICTED or ACCESSIBLE.
  const restricted = cloudGuardRequests.ListManagedListsRequest.AccessLevel.Restricted;
  assert.equal(await status(cloudGuard.listManagedLists({ compartmentId: child, compartmentIdInSubtree: true, accessLevel: restricted })), 200);
  assert.equal(await status(cloudGuard.listDetectorRecipes({ compartmentId: tenancyId, compartmentIdInSubtree: true, accessLevel: cloudGuardRequests.ListDetectorRecipesRequest.AccessLevel.Accessible })), 200);
  // Install keys: accessLevel takes ACCESSIBLE only.
  assert.equal(await status(agents.listManagementAgentInstallKeys({ compartmentId: tenancyId, compartmentIdInSubtree: true, accessLevel: 'ACCESSIBLE' })), 200);
  assert.equal(await status(agents.listManagementAgentInstallKeys({ compartmentId: tenancyId, compartmentIdInSubtree: true, accessLevel: 'RESTRICTED' })), 400);
  // A caller without read at the root: the subtree list is refused, the compartment's own list is not.
  fx.emulator.setFaults({ deniedSubtree: true });
  assert.equal(await status(agents.listManagementAgentInstallKeys({ compartmentId: tenancyId, compartmentIdInSubtree: true, accessLevel: 'ACCESSIBLE' })), 404);
  assert.equal(await status(agents.listManagementAgentInstallKeys({ compartmentId: child })), 200);
});
