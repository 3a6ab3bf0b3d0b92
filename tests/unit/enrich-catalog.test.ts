// The emulator's service catalog routes, called directly: strict gets (wrong type or region is
// 404), paged lists filtered by compartment, and every entry serving its enricher's operations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GeneratedResource, RouteRequest, RouteResult, TenancyView } from '../../src/emulator/catalog/types.js';
import { SERVICE_CATALOG } from '../../src/emulator/catalog/services.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';

function resource(ocid: string, resourceType: string, region: string, compartmentId: string, attrs = {}): GeneratedResource {
  return { ocid, resourceType, region, compartmentId, displayName: ocid.slice(-3), lifecycleState: 'AVAILABLE', timeCreated: '2024-01-01T00:00:00.000Z', availabilityDomain: null, freeformTags: {}, definedTags: {}, attrs };
}

function viewOf(resources: GeneratedResource[]): TenancyView {
  return {
    tenancyId: 'ocid1.tenancy.oc1..t',
    tenancyName: 't',
    homeRegion: 'us-ashburn-1',
    regions: ['us-ashburn-1', 'us-phoenix-1'],
    availabilityDomains: (region) => [`Uocm:${region.toUpperCase()}-AD-1`],
    namespace: 'ns',
    get: (ocid) => resources.find((r) => r.ocid === ocid),
    list: (type, where) => resources.filter((r) => r.resourceType === type && (!where?.region || r.region === where.region) && (!where?.compartmentId || r.compartmentId === where.compartmentId)),
  };
}

function request(region: string, params: Record<string, string>, query: Record<string, string> = {}): RouteRequest {
  return { method: 'GET', region, params, query: new URLSearchParams(query), body: undefined };
}

const vcnEntry = SERVICE_CATALOG.find((e) => e.resourceType === 'Vcn');
const getVcn = vcnEntry?.routes.find((r) => r.operation === 'getVcn');
const listVcns = vcnEntry?.routes.find((r) => r.operation === 'listVcns');

test('get is strict about type and region', () => {
  assert.ok(getVcn);
  const view = viewOf([resource('ocid1.vcn.oc1.iad.a', 'Vcn', 'us-ashburn-1', 'c1', { cidrBlock: '10.0.0.0/16' }), resource('ocid1.subnet.oc1.iad.b', 'Subnet', 'us-ashburn-1', 'c1')]);
  const ok = getVcn.handle(request('us-ashburn-1', { id: 'ocid1.vcn.oc1.iad.a' }), view);
  assert.equal(ok.status, 200);
  assert.equal(ok.status === 200 && (ok.body as Record<string, unknown>).cidrBlock, '10.0.0.0/16');
  assert.equal(getVcn.handle(request('us-phoenix-1', { id: 'ocid1.vcn.oc1.iad.a' }), view).status, 404);
  assert.equal(getVcn.handle(request('us-ashburn-1', { id: 'ocid1.subnet.oc1.iad.b' }), view).status, 404);
});

test('lists page with limit/page/opc-next-page and require a compartment', () => {
  assert.ok(listVcns);
  const view = viewOf(Array.from({ length: 5 }, (_, i) => resource(`ocid1.vcn.oc1.iad.${i}`, 'Vcn', 'us-ashburn-1', i < 4 ? 'c1' : 'c2')));
  const seen: string[] = [];
  let page: string | undefined;
  let calls = 0;
  do {
    const result: RouteResult = listVcns.handle(request('us-ashburn-1', {}, { compartmentId: 'c1', limit: '3', ...(page ? { page } : {}) }), view);
    assert.equal(result.status, 200);
    if (result.status !== 200) break;
    seen.push(...(result.body as Array<{ id: string }>).map((v) => v.id));
    page = result.headers?.['opc-next-page'];
    calls++;
  } while (page);
  assert.equal(calls, 2);
  assert.deepEqual(seen, ['ocid1.vcn.oc1.iad.0', 'ocid1.vcn.oc1.iad.1', 'ocid1.vcn.oc1.iad.2', 'ocid1.vcn.oc1.iad.3']);
  assert.equal(listVcns.handle(request('us-ashburn-1', {}, {}), view).status, 400);
});

test('every non-IAM enricher row has a catalog entry serving the operations it calls', () => {
  const identityTypes = new Set(['Compartment', 'User', 'Group', 'Policy', 'DynamicResourceGroup', 'TagNamespace', 'TagDefault', 'IdentityProvider']);
  for (const row of ENRICHER_TABLE) {
    if (identityTypes.has(row.resourceType)) continue;
    const entry = SERVICE_CATALOG.find((e) => e.resourceType === row.resourceType);
    assert.ok(entry, `${row.resourceType} has no catalog entry`);
    const operations = new Set(entry.routes.map((r) => r.operation));
    for (const op of [row.get?.method, row.list?.listIsFull || row.special ? row.list?.method : undefined]) {
      if (op) assert.ok(operations.has(op), `${row.resourceType}: no route for ${op}`);
    }
    for (const route of entry.routes) assert.equal(route.service, row.service, `${row.resourceType} ${route.operation} on ${route.service}`);
  }
});

test('subtree lists: listAlarms widens to the subtree only from the tenancy; listLogGroups from any compartment', () => {
  const alarms = SERVICE_CATALOG.find((e) => e.resourceType === 'Alarm')?.routes.find((r) => r.operation === 'listAlarms');
  const logGroups = SERVICE_CATALOG.find((e) => e.resourceType === 'LogGroup')?.routes.find((r) => r.operation === 'listLogGroups');
  assert.ok(alarms && logGroups);
  const tenancy = 'ocid1.tenancy.oc1..t';
  const view = viewOf([
    resource('ocid1.compartment.oc1..a', 'Compartment', 'us-ashburn-1', tenancy),
    resource('ocid1.compartment.oc1..b', 'Compartment', 'us-ashburn-1', 'ocid1.compartment.oc1..a'),
    resource('ocid1.alarm.oc1.iad.1', 'Alarm', 'us-ashburn-1', tenancy, { destinations: [] }),
    resource('ocid1.alarm.oc1.iad.2', 'Alarm', 'us-ashburn-1', 'ocid1.compartment.oc1..b', { destinations: [] }),
    resource('ocid1.alarm.oc1.phx.3', 'Alarm', 'us-phoenix-1', 'ocid1.compartment.oc1..a', { destinations: [] }),
    resource('ocid1.loggroup.oc1.iad.1', 'LogGroup', 'us-ashburn-1', 'ocid1.compartment.oc1..b'),
  ]);
  const ids = (result: RouteResult) => (result.status === 200 ? (result.body as Array<{ id: string }>).map((x) => x.id) : result.status);
  assert.deepEqual(ids(alarms.handle(request('us-ashburn-1', {}, { compartmentId: tenancy, compartmentIdInSubtree: 'true' }), view)), ['ocid1.alarm.oc1.iad.1', 'ocid1.alarm.oc1.iad.2']);
  assert.deepEqual(ids(alarms.handle(request('us-ashburn-1', {}, { compartmentId: tenancy }), view)), ['ocid1.alarm.oc1.iad.1']);
  assert.equal(alarms.handle(request('us-ashburn-1', {}, { compartmentId: 'ocid1.compartment.oc1..a', compartmentIdInSubtree: 'true' }), view).status, 400);
  // AlarmSummary has no timeCreated.
  const first = alarms.handle(request('us-ashburn-1', {}, { compartmentId: tenancy }), view);
  assert.ok(first.status === 200 && !('timeCreated' in ((first.body as object[])[0] as object)));
  assert.deepEqual(ids(logGroups.handle(request('us-ashburn-1', {}, { compartmentId: 'ocid1.compartment.oc1..a', isCompartmentIdInSubtree: 'true' }), view)), ['ocid1.loggroup.oc1.iad.1']);
  assert.deepEqual(ids(logGroups.handle(request('us-ashburn-1', {}, { compartmentId: 'ocid1.compartment.oc1..a' }), view)), []);
});
