// The emulated lists a standard VNIC is assembled from, with OCI's required-parameter rules:
// listPublicIps (scope and compartment required, the AD with and only with the AD scope),
// listNetworkSecurityGroupVnics (per NSG), listIpv6s (by subnet or VNIC), listBuckets
// (fields=tags only); and a generated tenancy whose lists agree with getVnic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVICE_CATALOG } from '../../src/emulator/catalog/services.js';
import type { GeneratedResource, RouteRequest, TenancyView } from '../../src/emulator/catalog/types.js';
import { startEmulator } from '../../src/emulator/index.js';

const AD = 'Uocm:US-ASHBURN-AD-1';
function resource(ocid: string, resourceType: string, compartmentId: string, attrs = {}, availabilityDomain: string | null = null): GeneratedResource {
  return { ocid, resourceType, region: 'us-ashburn-1', compartmentId, displayName: ocid.slice(-3), lifecycleState: 'AVAILABLE', timeCreated: '2024-01-01T00:00:00.000Z', availabilityDomain, freeformTags: {}, definedTags: {}, attrs };
}
function viewOf(resources: GeneratedResource[]): TenancyView {
  return {
    tenancyId: 'ocid1.tenancy.oc1..t',
    tenancyName: 't',
    homeRegion: 'us-ashburn-1',
    regions: ['us-ashburn-1'],
    availabilityDomains: () => [AD],
    namespace: 'ns',
    get: (ocid) => resources.find((r) => r.ocid === ocid),
    list: (type, where) => resources.filter((r) => r.resourceType === type && (!where?.region || r.region === where.region) && (!where?.compartmentId || r.compartmentId === where.compartmentId)),
  };
}
const request = (query: Record<string, string>, params: Record<string, string> = {}): RouteRequest => ({ method: 'GET', region: 'us-ashburn-1', params, query: new URLSearchParams(query), body: undefined });
function route(resourceType: string, operation: string) {
  const found = SERVICE_CATALOG.find((e) => e.resourceType === resourceType)?.routes.find((r) => r.operation === operation);
  assert.ok(found, `${resourceType} ${operation}`);
  return found;
}
const ids = (result: ReturnType<ReturnType<typeof route>['handle']>, field = 'id') => {
  assert.equal(result.status, 200);
  return ((result as { body: Array<Record<string, unknown>> }).body ?? []).map((item) => item[field]);
};

const vnic = resource('ocid1.vnic.oc1.iad.v1', 'Vnic', 'app', { subnetId: 'ocid1.subnet.oc1.iad.s', nsgIds: ['ocid1.networksecuritygroup.oc1.iad.n'], ephemeralPublicIp: '129.1.1.1', ephemeralPublicIpId: 'ocid1.publicip.oc1.iad.e', primaryPrivateIpId: 'ocid1.privateip.oc1.iad.p', attachedInstanceId: 'ocid1.instance.oc1.iad.i', ipv6Addresses: ['2603::1'] }, AD);
const view = viewOf([
  vnic,
  resource('ocid1.subnet.oc1.iad.s', 'Subnet', 'net', { prohibitPublicIpOnVnic: false }),
  resource('ocid1.publicip.oc1.iad.r', 'PublicIp', 'net', { lifetime: 'RESERVED', scope: 'REGION', ipAddress: '130.1.1.1' }),
  resource('ocid1.networksecuritygroup.oc1.iad.n', 'NetworkSecurityGroup', 'net', {}),
]);

test('listPublicIps: scope and compartmentId required; the AD with, and only with, scope AVAILABILITY_DOMAIN', () => {
  const list = route('PublicIp', 'listPublicIps');
  assert.equal(list.handle(request({ compartmentId: 'app' }), view).status, 400);
  assert.equal(list.handle(request({ scope: 'REGION' }), view).status, 400);
  assert.equal(list.handle(request({ scope: 'AVAILABILITY_DOMAIN', compartmentId: 'app' }), view).status, 400);
  assert.equal(list.handle(request({ scope: 'REGION', compartmentId: 'net', availabilityDomain: AD }), view).status, 400);
  assert.equal(list.handle(request({ scope: 'GLOBAL', compartmentId: 'net' }), view).status, 400);
  assert.deepEqual(ids(list.handle(request({ scope: 'REGION', compartmentId: 'net', lifetime: 'RESERVED' }), view)), ['ocid1.publicip.oc1.iad.r']);
  assert.deepEqual(ids(list.handle(request({ scope: 'REGION', compartmentId: 'net', lifetime: 'EPHEMERAL' }), view)), []);
  const ephemeral = list.handle(request({ scope: 'AVAILABILITY_DOMAIN', compartmentId: 'app', availabilityDomain: AD, lifetime: 'EPHEMERAL' }), view);
  assert.deepEqual(ids(ephemeral), ['ocid1.publicip.oc1.iad.e']);
  assert.deepEqual(ids(ephemeral, 'privateIpId'), ['ocid1.privateip.oc1.iad.p']);
  assert.deepEqual(ids(list.handle(request({ scope: 'AVAILABILITY_DOMAIN', compartmentId: 'other', availabilityDomain: AD }), view)), []);
});

test('listNetworkSecurityGroupVnics: per NSG (404 for another id); listIpv6s: a subnet or a VNIC required', () => {
  const nsgVnics = route('NetworkSecurityGroup', 'listNetworkSecurityGroupVnics');
  assert.deepEqual(ids(nsgVnics.handle(request({}, { id: 'ocid1.networksecuritygroup.oc1.iad.n' }), view), 'vnicId'), [vnic.ocid]);
  assert.equal(nsgVnics.handle(request({}, { id: 'ocid1.networksecuritygroup.oc1.iad.x' }), view).status, 404);
  const ipv6 = route('Subnet', 'listIpv6s');
  assert.equal(ipv6.handle(request({}), view).status, 400);
  assert.deepEqual(ids(ipv6.handle(request({ subnetId: 'ocid1.subnet.oc1.iad.s' }), view), 'ipAddress'), ['2603::1']);
  assert.deepEqual(ids(ipv6.handle(request({ vnicId: vnic.ocid }), view), 'vnicId'), [vnic.ocid]);
  assert.deepEqual(ids(ipv6.handle(request({ subnetId: 'ocid1.subnet.oc1.iad.other' }), view)), []);
});

test('listBuckets: compartment required, fields may only be tags, tags only when asked', () => {
  const buckets = route('Bucket', 'listBuckets');
  const bview = viewOf([resource('ocid1.bucket.oc1.iad.b', 'Bucket', 'app', { createdBy: 'u', etag: 'e' })]);
  assert.equal(buckets.handle(request({}, { namespaceName: 'ns' }), bview).status, 400);
  assert.equal(buckets.handle(request({ compartmentId: 'app', fields: 'kmsKeyId' }, { namespaceName: 'ns' }), bview).status, 400);
  assert.equal(buckets.handle(request({ compartmentId: 'app' }, { namespaceName: 'other' }), bview).status, 404);
  const plain = buckets.handle(request({ compartmentId: 'app' }, { namespaceName: 'ns' }), bview) as { body: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(plain.body[0] ?? {}).sort(), ['compartmentId', 'createdBy', 'etag', 'name', 'namespace', 'timeCreated']);
  const tagged = buckets.handle(request({ compartmentId: 'app', fields: 'tags' }, { namespaceName: 'ns' }), bview) as { body: Array<Record<string, unknown>> };
  assert.ok('freeformTags' in (tagged.body[0] ?? {}) && 'definedTags' in (tagged.body[0] ?? {}));
});

test('a generated tenancy: attachments name real VNICs, each live VNIC has one primary private IP with its address', async () => {
  const emulator = await startEmulator({ seed: 23, profile: 'realistic', size: { regions: 2, compartments: 5, resources: 2500 } });
  try {
    const all = emulator.tenancy.resources;
    const byId = new Map(all.map((r) => [r.ocid, r]));
    const live = (r: GeneratedResource) => !/^TERMINAT/.test(r.lifecycleState);
    for (const instance of all.filter((r) => r.resourceType === 'Instance' && live(r))) {
      const target = byId.get(String(instance.attrs.vnicId));
      if (target) assert.equal(target.resourceType, 'Vnic');
    }
    const primaries = new Map<string, GeneratedResource[]>();
    for (const ip of all.filter((r) => r.resourceType === 'PrivateIp' && r.attrs.isPrimary === true)) primaries.set(String(ip.attrs.vnicId), [...(primaries.get(String(ip.attrs.vnicId)) ?? []), ip]);
    for (const v of all.filter((r) => r.resourceType === 'Vnic' && live(r))) {
      const mine = primaries.get(v.ocid) ?? [];
      assert.equal(mine.length, 1, `${v.ocid}: ${mine.length} primary private IPs`);
      assert.equal(mine[0]?.attrs.ipAddress, v.attrs.privateIp);
      assert.equal(mine[0]?.attrs.hostnameLabel, v.attrs.hostnameLabel);
      assert.equal(mine[0]?.attrs.subnetId, v.attrs.subnetId);
      assert.ok(v.availabilityDomain);
    }
  } finally {
    await emulator.close();
  }
});
