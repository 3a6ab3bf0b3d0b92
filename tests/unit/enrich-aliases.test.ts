// Two spellings of one type (Resource Search's `BlockVolume` and `Volume`, …) are served by one
// row: one list for both, records keep the spelling search gave, and the run keeps both in
// one enrichment batch. Summary-only rows end OK without a call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InventoryRecord } from '../../src/core/record.js';
import type { OciClients, SdkClientCtor } from '../../src/oci/clients.js';
import { createEnricher } from '../../src/oci/enrichers/engine.js';
import { canonicalType, ENRICHER_TABLE, rowFor, supportedResourceTypes, TYPE_ALIASES } from '../../src/oci/enrichers/index.js';
import { getById, listByCompartment, rel } from '../../src/oci/enrichers/table/build.js';
import type { EnricherRow } from '../../src/oci/enrichers/table/types.js';
import { ApiCallRecorder } from '../../src/oci/http.js';
import { silentLogger } from '../../src/pipeline/log.js';
import { batchByType } from '../../src/pipeline/run.js';

function record(ocid: string, resourceType: string, compartmentId = 'c1'): InventoryRecord {
  return {
    ocid,
    resourceType,
    displayName: ocid,
    compartmentId,
    region: 'r',
    lifecycleState: 'AVAILABLE',
    timeCreated: null,
    definedTags: {},
    freeformTags: {},
    collectedAt: '2024-01-01T00:00:00Z',
    enrichStatus: 'NOT_IMPLEMENTED',
    enrichError: null,
    details: {},
    relationships: [],
  };
}

function fakeVolumes(ids: string[]) {
  const calls: string[] = [];
  class FakeBlockstorage {
    async listVolumes(req: { compartmentId: string }) {
      calls.push(`listVolumes ${req.compartmentId}`);
      return { items: ids.map((id) => ({ id, compartmentId: req.compartmentId, volumeGroupId: 'ocid1.volumegroup.oc1..g' })) };
    }
    async getVolume(req: { volumeId: string }) {
      calls.push(`getVolume ${req.volumeId}`);
      return { volume: { id: req.volumeId, volumeGroupId: 'ocid1.volumegroup.oc1..g' } };
    }
  }
  const clients: OciClients = {
    get: <C extends object>(ctor: SdkClientCtor<C>): C => new ctor({ httpClient: undefined as never }),
    endpointFor: () => undefined,
    recorder: new ApiCallRecorder(),
    closeAll() {},
  };
  const row: EnricherRow = {
    resourceType: 'Volume',
    service: 'iaas',
    client: async () => FakeBlockstorage,
    get: getById('getVolume', 'volumeId', 'volume'),
    list: listByCompartment('listVolumes'),
    relations: rel({ volumeGroupId: 'IN_VOLUME_GROUP' }),
  };
  return { calls, clients, row };
}

test('the four aliases map to the spelling our rows use', () => {
  assert.deepEqual(
    [...TYPE_ALIASES].sort(),
    [
      ['BlockVolume', 'Volume'],
      ['DhcpOptions', 'DHCPOptions'],
      ['DnsZone', 'CustomerDnsZone'],
      ['IpSecConnection', 'IPSecConnection'],
    ],
  );
  const rowTypes = new Set(ENRICHER_TABLE.map((r) => r.resourceType));
  for (const [alias, canonical] of TYPE_ALIASES) {
    assert.ok(rowTypes.has(canonical), `${canonical} has a row`);
    assert.ok(!rowTypes.has(alias), `${alias} has no row of its own`);
    assert.equal(rowFor(alias), rowFor(canonical));
    assert.equal(canonicalType(alias), canonical);
    assert.ok(supportedResourceTypes().has(alias), `${alias} counts as covered`);
  }
});

test('records of both spellings in one compartment are served by one list and keep their spelling', async () => {
  const { calls, clients, row } = fakeVolumes(['ocid1.volume.oc1..a', 'ocid1.volume.oc1..b']);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'r', workers: 2, log: silentLogger, table: [row] });
  assert.ok(enricher.supportedTypes().has('BlockVolume'));
  const records = [record('ocid1.volume.oc1..a', 'Volume'), record('ocid1.volume.oc1..b', 'BlockVolume')];
  let done = 0;
  await enricher.enrichRegion('r', records, (n) => {
    done = n;
  });
  // One of each alone would be below the list threshold: two gets. Together: one list.
  assert.deepEqual(calls, ['listVolumes c1']);
  assert.equal(done, 2);
  assert.deepEqual(
    records.map((r) => [r.resourceType, r.enrichStatus, r.relationships.map((e) => e.relation_type).join()]),
    [
      ['Volume', 'OK', 'IN_VOLUME_GROUP'],
      ['BlockVolume', 'OK', 'IN_VOLUME_GROUP'],
    ],
  );
});

test('a run batches both spellings together, so the one list still serves both', () => {
  const { clients, row } = fakeVolumes([]);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'r', workers: 2, log: silentLogger, table: [row] });
  const dependencies = enricher.typeDependencies?.();
  assert.ok(dependencies);
  assert.deepEqual(dependencies.get('BlockVolume'), ['Volume']);
  const records = [record('ocid1.volume.oc1..a', 'Volume'), record('ocid1.x.oc1..1', 'Aaa'), record('ocid1.x.oc1..2', 'Zzz'), record('ocid1.volume.oc1..b', 'BlockVolume')];
  const batches = batchByType(records, dependencies, 1);
  const withVolumes = batches.filter((b) => b.some((r) => r.resourceType === 'Volume' || r.resourceType === 'BlockVolume'));
  assert.equal(withVolumes.length, 1);
  assert.equal(withVolumes[0]?.length, 2);
});

test('summary-only types end OK with no call and no metadata', async () => {
  const summaryTypes = ['LimitsIncreaseRequest', 'ProcessAutomationInstance', 'QueryServiceProject'];
  for (const type of summaryTypes) assert.equal(rowFor(type)?.summaryOnly, true, type);
  const clients: OciClients = {
    get: () => {
      throw new Error('no client may be made for a summary-only row');
    },
    endpointFor: () => undefined,
    recorder: new ApiCallRecorder(),
    closeAll() {},
  };
  const table = ENRICHER_TABLE.filter((r) => summaryTypes.includes(r.resourceType));
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'r', workers: 2, log: silentLogger, table });
  const records = summaryTypes.flatMap((type, i) => [record(`ocid1.x.oc1..${i}a`, type), record(`ocid1.x.oc1..${i}b`, type, 'c2'), record(`ocid1.x.oc1..${i}c`, type, 'c2')]);
  let done = 0;
  await enricher.enrichRegion('r', records, (n) => {
    done = n;
  });
  assert.equal(done, records.length);
  for (const r of records) {
    assert.equal(r.enrichStatus, 'OK', r.ocid);
    assert.equal(r.enrichError, null);
    assert.equal(r.details.metadata, undefined);
  }
});

// ---- subtree lists (issue 12 call budget) ----------------------------------------------------

function fakeSubtreeService(refuse = false) {
  const calls: string[] = [];
  const items = [
    { id: 'ocid1.alarm.oc1..1', compartmentId: 'c1', destinations: ['ocid1.onstopic.oc1..t'] },
    { id: 'ocid1.alarm.oc1..2', compartmentId: 'c2', destinations: [] },
    { id: 'ocid1.alarm.oc1..3', compartmentId: 'c3', destinations: [] },
    { id: 'ocid1.alarm.oc1..4', compartmentId: 'c3', destinations: [] },
  ];
  class FakeMonitoring {
    async listAlarms(req: { compartmentId: string; compartmentIdInSubtree?: boolean }) {
      calls.push(`listAlarms ${req.compartmentId}${req.compartmentIdInSubtree ? ' subtree' : ''}`);
      if (req.compartmentIdInSubtree && refuse) throw Object.assign(new Error('no'), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
      return { items: items.filter((i) => req.compartmentIdInSubtree || i.compartmentId === req.compartmentId) };
    }
    async getAlarm(req: { alarmId: string }) {
      calls.push(`getAlarm ${req.alarmId}`);
      return { alarm: items.find((i) => i.id === req.alarmId) };
    }
  }
  const clients: OciClients = {
    get: <C extends object>(ctor: SdkClientCtor<C>): C => new ctor({ httpClient: undefined as never }),
    endpointFor: () => undefined,
    recorder: new ApiCallRecorder(),
    closeAll() {},
  };
  const row: EnricherRow = {
    resourceType: 'Alarm',
    service: 'telemetry',
    client: async () => FakeMonitoring,
    get: getById('getAlarm', 'alarmId', 'alarm'),
    list: { ...listByCompartment('listAlarms'), subtree: { param: 'compartmentIdInSubtree' } },
    relations: rel({ destinations: 'NOTIFIES_TOPIC' }),
  };
  return { calls, clients, row, items };
}

test('a row whose list covers a subtree lists once from the tenancy when that is cheaper than per compartment', async () => {
  const { calls, clients, row, items } = fakeSubtreeService();
  const enricher = createEnricher({ clients, tenancyId: 'tenancy', homeRegion: 'r', workers: 2, log: silentLogger, table: [row] });
  const records = items.map((i) => record(i.id, 'Alarm', i.compartmentId));
  await enricher.enrichRegion('r', records);
  // Per compartment: get, get, list = 3 calls; from the tenancy: 1.
  assert.deepEqual(calls, ['listAlarms tenancy subtree']);
  for (const r of records) assert.equal(r.enrichStatus, 'OK');
  assert.equal(records[0]?.relationships[0]?.relation_type, 'NOTIFIES_TOPIC');

  // One compartment with a pair: its own list is as cheap, so no subtree call.
  calls.length = 0;
  const pair = items.slice(2).map((i) => record(i.id, 'Alarm', i.compartmentId));
  await enricher.enrichRegion('r', pair);
  assert.deepEqual(calls, ['listAlarms c3']);
});

test('a refused subtree list (no tenancy-wide read) falls back to the per-compartment plan', async () => {
  const { calls, clients, row, items } = fakeSubtreeService(true);
  const enricher = createEnricher({ clients, tenancyId: 'tenancy', homeRegion: 'r', workers: 1, log: silentLogger, table: [row] });
  const records = items.map((i) => record(i.id, 'Alarm', i.compartmentId));
  await enricher.enrichRegion('r', records);
  assert.deepEqual([...calls].sort(), ['getAlarm ocid1.alarm.oc1..1', 'getAlarm ocid1.alarm.oc1..2', 'listAlarms c3', 'listAlarms tenancy subtree']);
  for (const r of records) assert.equal(r.enrichStatus, 'OK', `${r.ocid}: ${r.enrichError}`);
});

test('lists ask for 1000 items a page; a list that refuses the limit is asked again without it, once per run', async () => {
  const calls: string[] = [];
  const ids = Array.from({ length: 5 }, (_, i) => `ocid1.volume.oc1..${i}`);
  class PickyBlockstorage {
    async listVolumes(req: { compartmentId: string; limit?: number; page?: string }) {
      calls.push(`listVolumes ${req.compartmentId} limit=${req.limit ?? '-'}`);
      if (req.limit !== undefined && req.limit > 50) throw Object.assign(new Error('limit'), { statusCode: 400, serviceCode: 'InvalidParameter' });
      return { items: ids.map((id) => ({ id })) };
    }
  }
  const { clients } = fakeVolumes([]);
  const row: EnricherRow = { resourceType: 'Volume', service: 'iaas', client: async () => PickyBlockstorage, get: getById('getVolume', 'volumeId', 'volume'), list: listByCompartment('listVolumes'), relations: [] };
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'r', workers: 1, log: silentLogger, table: [row] });
  const records = ids.map((id) => record(id, 'Volume'));
  await enricher.enrichRegion('r', records);
  await enricher.enrichRegion('r2', ids.map((id) => record(id, 'Volume', 'c2')));
  assert.deepEqual(calls, ['listVolumes c1 limit=1000', 'listVolumes c1 limit=-', 'listVolumes c2 limit=-']);
  for (const r of records) assert.equal(r.enrichStatus, 'OK');
});
