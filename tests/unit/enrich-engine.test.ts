// The generic enricher against a fake SDK client: which calls it makes (list per group, get
// for singletons and leftovers, none for unknown types), paging, and stable error reasons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InventoryRecord } from '../../src/core/record.js';
import type { OciClients, SdkClientCtor } from '../../src/oci/clients.js';
import { createEnricher } from '../../src/oci/enrichers/engine.js';
import { getById, listByCompartment, rel } from '../../src/oci/enrichers/table/build.js';
import type { EnricherRow } from '../../src/oci/enrichers/table/types.js';
import { ApiCallRecorder } from '../../src/oci/http.js';
import { silentLogger } from '../../src/pipeline/log.js';

interface Thing {
  id: string;
  compartmentId: string;
  vcnId: string;
  adminPassword: string;
}

function fakeService(things: Thing[], pageSize: number, failGet = new Set<string>()) {
  const calls: string[] = [];
  class FakeClient {
    async getThing(req: { thingId: string }) {
      calls.push(`getThing ${req.thingId}`);
      if (failGet.has(req.thingId)) throw Object.assign(new Error('boom opc-request-id=ABC at 12:00'), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
      const thing = things.find((t) => t.id === req.thingId);
      if (!thing) throw Object.assign(new Error('nope'), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
      return { thing: { ...thing, timeCreated: new Date('2024-01-01T00:00:00Z') } };
    }
    async listThings(req: { compartmentId: string; page?: string }) {
      calls.push(`listThings ${req.compartmentId} ${req.page ?? ''}`);
      const all = things.filter((t) => t.compartmentId === req.compartmentId);
      const offset = Number(req.page ?? 0);
      const next = offset + pageSize < all.length ? String(offset + pageSize) : undefined;
      return { items: all.slice(offset, offset + pageSize), opcNextPage: next };
    }
  }
  const clients: OciClients = {
    get<C extends object>(ctor: SdkClientCtor<C>): C {
      return new ctor({ httpClient: undefined as never });
    },
    endpointFor: () => undefined,
    recorder: new ApiCallRecorder(),
    closeAll() {},
  };
  const row: EnricherRow = {
    resourceType: 'Thing',
    service: 'things',
    client: async () => FakeClient,
    get: getById('getThing', 'thingId', 'thing'),
    list: listByCompartment('listThings'),
    relations: rel({ vcnId: 'IN_VCN' }),
  };
  return { calls, clients, row };
}

function record(ocid: string, compartmentId: string, resourceType = 'Thing'): InventoryRecord {
  return {
    ocid,
    resourceType,
    displayName: ocid,
    compartmentId,
    region: 'us-ashburn-1',
    lifecycleState: 'ACTIVE',
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

const thing = (n: number, compartmentId: string): Thing => ({ id: `ocid1.thing.oc1..${n}`, compartmentId, vcnId: `ocid1.vcn.oc1..v${n % 2}`, adminPassword: 'hunter2' });

test('a group is served by one paged list; a singleton by one get; unknown types cost nothing', async () => {
  const things = [...Array.from({ length: 5 }, (_, i) => thing(i, 'c1')), thing(9, 'c2')];
  const { calls, clients, row } = fakeService(things, 2);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'us-ashburn-1', workers: 3, log: silentLogger, table: [row] });
  const records = [...things.map((t) => record(t.id, t.compartmentId)), record('ocid1.other.oc1..x', 'c1', 'Unknown')];
  let lastProgress = 0;
  await enricher.enrichRegion('us-ashburn-1', records, (done) => {
    lastProgress = done;
  });
  assert.deepEqual([...calls].sort(), ['getThing ocid1.thing.oc1..9', 'listThings c1 ', 'listThings c1 2', 'listThings c1 4'].sort());
  assert.equal(lastProgress, 6);
  for (const r of records.slice(0, 6)) {
    assert.equal(r.enrichStatus, 'OK', r.ocid);
    assert.equal(r.details.metadata?.id, r.ocid);
    assert.equal(r.relationships.length, 1);
    assert.equal(r.relationships[0]?.relation_type, 'IN_VCN');
  }
  assert.equal(records[5]?.details.metadata?.timeCreated, '2024-01-01T00:00:00.000Z');
  assert.equal(records[6]?.enrichStatus, 'NOT_IMPLEMENTED');
  assert.equal(records[6]?.details.metadata, undefined);
});

test('records a list misses are read by get; a failed get gives a stable reason and the rest go on', async () => {
  const things = [thing(1, 'c1'), thing(2, 'c1')];
  const { calls, clients, row } = fakeService(things, 10, new Set(['ocid1.thing.oc1..gone']));
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'us-ashburn-1', workers: 2, log: silentLogger, table: [row] });
  const records = [record(things[0]?.id ?? '', 'c1'), record(things[1]?.id ?? '', 'c1'), record('ocid1.thing.oc1..gone', 'c1')];
  await enricher.enrichRegion('us-ashburn-1', records);
  assert.deepEqual(calls.sort(), ['getThing ocid1.thing.oc1..gone', 'listThings c1 '].sort());
  assert.equal(records[0]?.enrichStatus, 'OK');
  assert.equal(records[1]?.enrichStatus, 'OK');
  assert.equal(records[2]?.enrichStatus, 'ERROR');
  assert.equal(records[2]?.enrichError, 'getThing: 404 NotAuthorizedOrNotFound');
});

test('a failed list fails its group with the list reason, without a get per record', async () => {
  const { calls, clients, row } = fakeService([], 10);
  const failing: EnricherRow = { ...row, list: { ...listByCompartment('listThings'), request: () => ({ compartmentId: 'c1' }) } };
  // Make the list throw like a transport failure after retries.
  const broken = { ...clients, get<C extends object>(ctor: SdkClientCtor<C>): C {
    const client = clients.get(ctor, 'things', 'r');
    Object.assign(client, { listThings: async () => { calls.push('listThings'); throw new Error('things listThings failed after 31 s: connection error ECONNRESET'); } });
    return client;
  } } as OciClients;
  const enricher = createEnricher({ clients: broken, tenancyId: 't', homeRegion: 'r', workers: 2, log: silentLogger, table: [failing] });
  const records = [record('ocid1.thing.oc1..1', 'c1'), record('ocid1.thing.oc1..2', 'c1')];
  await enricher.enrichRegion('r', records);
  assert.deepEqual(calls, ['listThings']);
  for (const r of records) assert.equal(r.enrichError, 'listThings: connection error ECONNRESET');
});
