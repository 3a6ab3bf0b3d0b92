// The enrichment detail levels (issue 12; docs/enrichment.md, "Detail levels") through the real
// SDK against the emulator: a `standard` VNIC assembled from lists carries exactly what getVnic
// says under the same names (private and public IP, hostname, NSGs, subnet, IPv6), a VNIC
// without an attachment read by getVnic has the same field set, `complete` keeps the whole
// getVnic object, and `lean` reads buckets without getBucket.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigFileAuthenticationDetailsProvider, NoRetryConfigurationDetails } from 'oci-common';
import { VirtualNetworkClient } from 'oci-core';
import type { InventoryRecord, JsonObject } from '../../src/core/record.js';
import type { GeneratorProfile } from '../../src/emulator/index.js';
import { toMetadataJson } from '../../src/oci/enrichers/metadata.js';
import { STANDARD_VNIC_FIELDS } from '../../src/oci/enrichers/vnic-assembly.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';

/** getVnic of each VNIC, as the SDK returns it, in plain JSON. */
async function truth(fx: EmulatorFixture, vnics: InventoryRecord[]): Promise<Map<string, JsonObject>> {
  const auth = new ConfigFileAuthenticationDetailsProvider(fx.auth.configFile, fx.auth.profile);
  const out = new Map<string, JsonObject>();
  const clients = new Map<string, VirtualNetworkClient>();
  try {
    for (const vnic of vnics) {
      let client = clients.get(vnic.region);
      if (!client) {
        client = new VirtualNetworkClient({ authenticationDetailsProvider: auth }, { retryConfiguration: NoRetryConfigurationDetails });
        client.endpoint = fx.endpoint('iaas', vnic.region);
        clients.set(vnic.region, client);
      }
      const response = await client.getVnic({ vnicId: vnic.ocid });
      out.set(vnic.ocid, toMetadataJson(response.vnic) as JsonObject);
    }
  } finally {
    for (const client of clients.values()) client.close();
  }
  return out;
}

const sorted = (value: unknown) => (Array.isArray(value) ? [...value].map(String).sort() : value);

for (const profile of ['realistic', 'uniform'] as GeneratorProfile[]) {
  test(`standard (${profile}): every VNIC's fields equal getVnic's of the same names, by lists or by the getVnic fallback, one field set`, async (t) => {
    const fx = await withEmulator(t, { seed: 23, profile, aliasSpellings: false, size: { regions: 2, compartments: 5, resources: 2500 } });
    // One subnet holding VNICs is kept out of the search (as one the principal cannot see):
    // its VNICs cannot be placed by the lists and take the getVnic fallback.
    const truthOf = new Map(fx.emulator.tenancy.resources.map((r) => [r.ocid, r]));
    let hidden: string | undefined;
    const run = await discoverAndEnrich(fx, {
      beforeEnrich(records) {
        // The subnet with the fewest VNICs.
        const perSubnet = new Map<string, number>();
        for (const r of records) {
          const subnetId = r.resourceType === 'Vnic' ? truthOf.get(r.ocid)?.attrs.subnetId : undefined;
          if (typeof subnetId === 'string') perSubnet.set(subnetId, (perSubnet.get(subnetId) ?? 0) + 1);
        }
        hidden = [...perSubnet].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
        const at = records.findIndex((r) => r.ocid === hidden);
        if (at >= 0) records.splice(at, 1);
      },
    });
    assert.ok(hidden, 'no subnet to hide');
    const vnics = run.records.filter((r) => r.resourceType === 'Vnic');
    assert.ok(vnics.length > 10, `only ${vnics.length} VNICs`);
    assert.deepEqual(vnics.filter((r) => r.enrichStatus !== 'OK').map((r) => `${r.ocid} ${r.enrichError}`), []);

    const expected = await truth(fx, vnics);
    const keySets = new Set<string>();
    let withPublic = 0;
    let withNsg = 0;
    for (const vnic of vnics) {
      const got = vnic.details.metadata as JsonObject;
      const want = expected.get(vnic.ocid) as JsonObject;
      keySets.add(Object.keys(got).sort().join(','));
      for (const field of STANDARD_VNIC_FIELDS) {
        if (!(field in want)) continue;
        assert.deepEqual(sorted(got[field]), sorted(want[field]), `${vnic.ocid} ${field}`);
      }
      // Fields getVnic leaves out are empty, not invented.
      if (!('publicIp' in want)) assert.equal(got.publicIp, null, `${vnic.ocid} publicIp`);
      if (!('ipv6Addresses' in want)) assert.deepEqual(got.ipv6Addresses, [], `${vnic.ocid} ipv6Addresses`);
      for (const dropped of ['macAddress', 'skipSourceDestCheck', 'isPrimary', 'routeTableId']) assert.ok(!(dropped in got), `${vnic.ocid} keeps ${dropped}`);
      if (got.publicIp) withPublic++;
      if (Array.isArray(got.nsgIds) && got.nsgIds.length > 0) withNsg++;
      // The edges are as they were: the subnet and NSGs.
      if (typeof want.subnetId === 'string') assert.ok(vnic.relationships.some((e) => e.relation_type === 'IN_SUBNET' && e.target_ocid === want.subnetId), `${vnic.ocid} IN_SUBNET`);
    }
    // One shape, whichever way a record was read.
    assert.equal(keySets.size, 1, [...keySets].join('\n'));
    assert.deepEqual([...keySets][0]?.split(','), [...STANDARD_VNIC_FIELDS].sort());
    assert.ok(withNsg > 0, 'no VNIC in an NSG');
    const withIpv6 = vnics.filter((v) => Array.isArray(v.details.metadata?.ipv6Addresses) && v.details.metadata.ipv6Addresses.length > 0).length;
    assert.ok(withIpv6 > 0, 'no VNIC with an IPv6 address');

    // Both paths ran: VNICs placed by the lists (with an instance attachment or by their
    // primary private IP alone), and by getVnic those of the hidden subnet.
    const resources = truthOf;
    // Public IPs of both lifetimes were assembled: ephemeral (per compartment and AD) and reserved.
    const ephemeral = vnics.filter((v) => v.details.metadata?.publicIp && typeof resources.get(v.ocid)?.attrs.ephemeralPublicIpId === 'string').length;
    // (Uniform's VNICs are read by getVnic, below: the lifetimes matter to the lists.)
    if (profile === 'realistic') assert.ok(ephemeral > 0 && withPublic > ephemeral, `${withPublic} public IPs, ${ephemeral} ephemeral: a lifetime is untested`);
    const attached = vnics.filter((v) => typeof resources.get(v.ocid)?.attrs.attachedInstanceId === 'string');
    const gets = run.enrichRequests.filter((q) => q.operation === 'getVnic').map((q) => q.path);
    const inHidden = vnics.filter((v) => resources.get(v.ocid)?.attrs.subnetId === hidden);
    assert.ok(inHidden.length > 0);
    for (const v of inHidden) assert.ok(gets.some((path) => path.endsWith(v.ocid)), `${v.ocid} (hidden subnet) not read by getVnic`);
    assert.equal(attached[0]?.details.metadata?.nicIndex, 0);
    if (profile === 'realistic') {
      assert.ok(attached.length > 0 && attached.length < vnics.length, `${attached.length} of ${vnics.length} attached`);
      assert.ok(gets.length - inHidden.length < vnics.length / 10, `${gets.length} getVnic calls for ${vnics.length} VNICs (${inHidden.length} hidden): the lists served few`);
      // A VNIC without an attachment, placed by its primary private IP, not by getVnic.
      const unattached = vnics.find((v) => !attached.includes(v) && !inHidden.includes(v));
      assert.ok(unattached);
      assert.equal(unattached.details.metadata?.nicIndex, null);
      assert.ok(!gets.some((path) => path.endsWith(unattached.ocid)), 'an unattached VNIC was read by getVnic');
    } else {
      // Uniform: a handful of VNICs over many subnets and NSGs: the lists would cost more
      // than a getVnic each, so the VNICs are read by get (and projected to the same fields).
      assert.equal(gets.length, vnics.length);
    }
  });
}

test('complete keeps the whole getVnic object (one call per VNIC); lean reads buckets by listBuckets only', async (t) => {
  const fx = await withEmulator(t, { seed: 22, profile: 'realistic', aliasSpellings: false, size: { regions: 1, compartments: 4, resources: 1500 } });
  const complete = await discoverAndEnrich(fx, { detail: 'complete' });
  const vnics = complete.records.filter((r) => r.resourceType === 'Vnic');
  assert.ok(vnics.length > 5);
  const expected = await truth(fx, vnics);
  for (const vnic of vnics) assert.deepEqual(vnic.details.metadata, expected.get(vnic.ocid), vnic.ocid);
  assert.equal(complete.enrichRequests.filter((q) => q.operation === 'getVnic').length, vnics.length);
  assert.ok(complete.enrichRequests.some((q) => q.operation === 'getBucket'));

  const lean = await discoverAndEnrich(fx, { detail: 'lean' });
  const buckets = lean.records.filter((r) => r.resourceType === 'Bucket');
  assert.ok(buckets.length > 1, `only ${buckets.length} buckets`);
  assert.equal(lean.enrichRequests.filter((q) => q.operation === 'getBucket').length, 0);
  assert.ok(lean.enrichRequests.some((q) => q.operation === 'listBuckets'));
  for (const bucket of buckets) {
    assert.equal(bucket.enrichStatus, 'OK', `${bucket.ocid} ${bucket.enrichError}`);
    const m = bucket.details.metadata as JsonObject;
    assert.equal(m.name, bucket.displayName);
    assert.deepEqual(Object.keys(m).sort(), ['compartmentId', 'createdBy', 'definedTags', 'etag', 'freeformTags', 'name', 'namespace', 'timeCreated']);
    assert.deepEqual(m.freeformTags, bucket.freeformTags);
  }
});

test('after drift (new resources, changed attributes) the lists still agree with getVnic', async (t) => {
  const fx = await withEmulator(t, { seed: 23, profile: 'realistic', aliasSpellings: false, size: { regions: 1, compartments: 4, resources: 1500 } });
  const change = fx.emulator.drift({ seed: 5, add: 60, remove: 5, terminate: 5, rename: 5, retag: 5, changeAttrs: 200 });
  assert.ok(change.attrsChanged.some((c) => c.resourceType === 'Vnic'), 'no VNIC changed: the test proves nothing');
  const run = await discoverAndEnrich(fx);
  const vnics = run.records.filter((r) => r.resourceType === 'Vnic');
  const expected = await truth(fx, vnics);
  for (const vnic of vnics) {
    assert.equal(vnic.enrichStatus, 'OK', `${vnic.ocid} ${vnic.enrichError}`);
    const want = expected.get(vnic.ocid) as JsonObject;
    for (const field of STANDARD_VNIC_FIELDS) if (field in want) assert.deepEqual(sorted(vnic.details.metadata?.[field]), sorted(want[field]), `${vnic.ocid} ${field}`);
  }
});
