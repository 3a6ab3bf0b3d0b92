// Parent-scoped lists (private IPs per subnet, route tables per DRG) chosen by expected cost:
// no list per parent where the parents outnumber the records, and one region-wide pass over
// the parents where the misses outnumber them (children in an app compartment whose parents
// live in a network compartment), instead of a get per record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InventoryRecord } from '../../src/core/record.js';
import type { OciClients, SdkClientCtor } from '../../src/oci/clients.js';
import { createEnricher } from '../../src/oci/enrichers/engine.js';
import { getById, listByParent, rel } from '../../src/oci/enrichers/table/build.js';
import type { EnricherRow } from '../../src/oci/enrichers/table/types.js';
import { ApiCallRecorder } from '../../src/oci/http.js';
import { silentLogger } from '../../src/pipeline/log.js';

interface Ip {
  id: string;
  compartmentId: string;
  subnetId: string;
}

function fakeService(ips: Ip[]) {
  const calls: string[] = [];
  class FakeClient {
    async getIp(req: { ipId: string }) {
      calls.push(`getIp ${req.ipId}`);
      const ip = ips.find((i) => i.id === req.ipId);
      if (!ip) throw Object.assign(new Error('nope'), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
      return { ip };
    }
    async listIps(req: { subnetId: string }) {
      calls.push(`listIps ${req.subnetId}`);
      return { items: ips.filter((i) => i.subnetId === req.subnetId) };
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
    resourceType: 'Ip',
    service: 'things',
    client: async () => FakeClient,
    get: getById('getIp', 'ipId', 'ip'),
    list: listByParent('listIps', 'Net', 'subnetId', false),
    relations: rel({ subnetId: 'IN_SUBNET' }),
  };
  return { calls, clients, row };
}

function record(ocid: string, compartmentId: string, resourceType: string): InventoryRecord {
  return {
    ocid,
    resourceType,
    displayName: ocid,
    compartmentId,
    region: 'us-ashburn-1',
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

test('where the parents in a compartment outnumber its records, each record is read by get, not a list per parent', async () => {
  const ips: Ip[] = [
    { id: 'ocid1.ip.oc1..1', compartmentId: 'c1', subnetId: 'ocid1.net.oc1..a' },
    { id: 'ocid1.ip.oc1..2', compartmentId: 'c1', subnetId: 'ocid1.net.oc1..b' },
  ];
  const nets = ['a', 'b', 'c', 'd'].map((n) => record(`ocid1.net.oc1..${n}`, 'c1', 'Net'));
  const { calls, clients, row } = fakeService(ips);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'us-ashburn-1', workers: 2, log: silentLogger, table: [row] });
  const records = [...ips.map((i) => record(i.id, i.compartmentId, 'Ip')), ...nets];
  await enricher.enrichRegion('us-ashburn-1', records);
  assert.deepEqual(calls.sort(), ['getIp ocid1.ip.oc1..1', 'getIp ocid1.ip.oc1..2']);
  for (const r of records.slice(0, 2)) assert.equal(r.enrichStatus, 'OK', r.ocid);
});

test('records whose parents live in another compartment are found by one pass over the region parents, not a get each', async () => {
  // Five private IPs in an app compartment, their two subnets in a network compartment.
  const ips: Ip[] = Array.from({ length: 5 }, (_, i) => ({ id: `ocid1.ip.oc1..${i}`, compartmentId: 'app', subnetId: `ocid1.net.oc1..${i % 2}` }));
  const nets = [record('ocid1.net.oc1..0', 'network', 'Net'), record('ocid1.net.oc1..1', 'network', 'Net')];
  const { calls, clients, row } = fakeService(ips);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'us-ashburn-1', workers: 2, log: silentLogger, table: [row] });
  const records = [...ips.map((i) => record(i.id, i.compartmentId, 'Ip')), ...nets];
  await enricher.enrichRegion('us-ashburn-1', records);
  assert.deepEqual(calls.sort(), ['listIps ocid1.net.oc1..0', 'listIps ocid1.net.oc1..1']);
  for (const r of records.slice(0, 5)) {
    assert.equal(r.enrichStatus, 'OK', r.ocid);
    assert.equal(r.relationships[0]?.relation_type, 'IN_SUBNET');
  }
});

test('a few misses still fall back to gets when the region has more parents than misses', async () => {
  const ips: Ip[] = [
    { id: 'ocid1.ip.oc1..1', compartmentId: 'app', subnetId: 'ocid1.net.oc1..0' },
    { id: 'ocid1.ip.oc1..2', compartmentId: 'app', subnetId: 'ocid1.net.oc1..1' },
  ];
  const nets = ['0', '1', '2', '3'].map((n) => record(`ocid1.net.oc1..${n}`, 'network', 'Net'));
  const { calls, clients, row } = fakeService(ips);
  const enricher = createEnricher({ clients, tenancyId: 't', homeRegion: 'us-ashburn-1', workers: 2, log: silentLogger, table: [row] });
  const records = [...ips.map((i) => record(i.id, i.compartmentId, 'Ip')), ...nets];
  await enricher.enrichRegion('us-ashburn-1', records);
  assert.deepEqual(calls.sort(), ['getIp ocid1.ip.oc1..1', 'getIp ocid1.ip.oc1..2']);
});
