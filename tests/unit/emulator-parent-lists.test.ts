// Emulated lists that take a parent instead of a compartment, as OCI's do: listPrivateIps
// needs a subnet, VNIC or VLAN (never a compartment), listDrgRouteTables a DRG, listDkims an
// email domain; each returns the parent's children whatever their compartment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVICE_CATALOG } from '../../src/emulator/catalog/services.js';
import type { GeneratedResource, RouteRequest, TenancyView } from '../../src/emulator/catalog/types.js';

function resource(ocid: string, resourceType: string, compartmentId: string, attrs = {}): GeneratedResource {
  return { ocid, resourceType, region: 'us-ashburn-1', compartmentId, displayName: ocid.slice(-3), lifecycleState: 'AVAILABLE', timeCreated: '2024-01-01T00:00:00.000Z', availabilityDomain: null, freeformTags: {}, definedTags: {}, attrs };
}

function viewOf(resources: GeneratedResource[]): TenancyView {
  return {
    tenancyId: 'ocid1.tenancy.oc1..t',
    tenancyName: 't',
    homeRegion: 'us-ashburn-1',
    regions: ['us-ashburn-1'],
    availabilityDomains: () => ['Uocm:US-ASHBURN-AD-1'],
    namespace: 'ns',
    get: (ocid) => resources.find((r) => r.ocid === ocid),
    list: (type, where) => resources.filter((r) => r.resourceType === type && (!where?.region || r.region === where.region) && (!where?.compartmentId || r.compartmentId === where.compartmentId)),
  };
}

const request = (query: Record<string, string>): RouteRequest => ({ method: 'GET', region: 'us-ashburn-1', params: {}, query: new URLSearchParams(query), body: undefined });

function route(resourceType: string, operation: string) {
  const found = SERVICE_CATALOG.find((e) => e.resourceType === resourceType)?.routes.find((r) => r.operation === operation);
  assert.ok(found, `${resourceType} ${operation}`);
  return found;
}

test('listPrivateIps takes a subnet, VNIC or VLAN, not a compartment, and returns the children across compartments', () => {
  const list = route('PrivateIp', 'listPrivateIps');
  const view = viewOf([
    resource('ocid1.privateip.oc1.iad.1', 'PrivateIp', 'app', { subnetId: 'ocid1.subnet.oc1.iad.a', vnicId: 'ocid1.vnic.oc1.iad.x' }),
    resource('ocid1.privateip.oc1.iad.2', 'PrivateIp', 'other', { subnetId: 'ocid1.subnet.oc1.iad.a', vnicId: 'ocid1.vnic.oc1.iad.y' }),
    resource('ocid1.privateip.oc1.iad.3', 'PrivateIp', 'app', { subnetId: 'ocid1.subnet.oc1.iad.b', vnicId: 'ocid1.vnic.oc1.iad.x' }),
  ]);
  const ids = (query: Record<string, string>) => {
    const result = list.handle(request(query), view);
    assert.equal(result.status, 200);
    return result.status === 200 ? (result.body as Array<{ id: string }>).map((i) => i.id) : [];
  };
  assert.deepEqual(ids({ subnetId: 'ocid1.subnet.oc1.iad.a' }), ['ocid1.privateip.oc1.iad.1', 'ocid1.privateip.oc1.iad.2']);
  assert.deepEqual(ids({ vnicId: 'ocid1.vnic.oc1.iad.x' }), ['ocid1.privateip.oc1.iad.1', 'ocid1.privateip.oc1.iad.3']);
  const missing = list.handle(request({ compartmentId: 'app' }), view);
  assert.equal(missing.status, 400);
});

test('listDrgRouteTables needs a DRG and listDkims an email domain (a collection)', () => {
  const view = viewOf([
    resource('ocid1.drgroutetable.oc1.iad.1', 'DrgRouteTable', 'net', { drgId: 'ocid1.drg.oc1.iad.d' }),
    resource('ocid1.emaildkim.oc1.iad.1', 'EmailDkim', 'mail', { emailDomainId: 'ocid1.emaildomain.oc1.iad.e' }),
  ]);
  const tables = route('DrgRouteTable', 'listDrgRouteTables');
  assert.equal(tables.handle(request({ compartmentId: 'net' }), view).status, 400);
  const byDrg = tables.handle(request({ drgId: 'ocid1.drg.oc1.iad.d' }), view);
  assert.ok(byDrg.status === 200 && Array.isArray(byDrg.body) && byDrg.body.length === 1);
  const dkims = route('EmailDkim', 'listDkims');
  assert.equal(dkims.handle(request({ compartmentId: 'mail' }), view).status, 400);
  const byDomain = dkims.handle(request({ emailDomainId: 'ocid1.emaildomain.oc1.iad.e' }), view);
  assert.equal(byDomain.status, 200);
  const items = byDomain.status === 200 ? (byDomain.body as { items: Array<Record<string, unknown>> }).items : [];
  assert.equal(items.length, 1);
  // DkimSummary has no DNS record values; the get's Dkim does.
  assert.equal('cnameRecordValue' in (items[0] ?? {}), false);
});
