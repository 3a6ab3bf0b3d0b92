// Edges that take more than one object to draw, checked against the emulator's ground truth:
// instance → VNIC and subnet (from VNIC attachments) → VCN, instance → boot volume and block
// volumes (from attachments), node pool → cluster and its node instances, network load
// balancer → backend instances.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { InventoryRecord, JsonObject } from '../../src/core/record.js';
import type { GeneratedResource } from '../../src/emulator/index.js';
import { CATALOG } from '../../src/emulator/index.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich, type EnrichRun } from '../helpers/enrich-run.js';

function targets(record: InventoryRecord | undefined, relation: string): string[] {
  return (record?.relationships ?? []).filter((e) => e.relation_type === relation).map((e) => e.target_ocid).sort();
}

function ocids(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.startsWith('ocid1.')))].sort();
}

describe('follow-up edges against ground truth', () => {
  let run: EnrichRun;
  let truth: (ocid: string) => GeneratedResource | undefined;
  let wire: (resource: GeneratedResource) => JsonObject;

  before(async () => {
    const hooks: Array<() => Promise<void> | void> = [];
    const fx = await withEmulator({ after: (fn: () => Promise<void> | void) => hooks.push(fn) }, { seed: 21, size: { regions: 2, compartments: 4, resources: 900 } });
    try {
      run = await discoverAndEnrich(fx);
    } finally {
      for (const hook of hooks) await hook();
    }
    const store = fx.emulator.tenancy.store;
    truth = (ocid) => store.get(ocid);
    wire = (resource) => {
      const entry = CATALOG.find((e) => e.resourceType === resource.resourceType);
      assert.ok(entry);
      return entry.toWire(resource, store);
    };
  });

  const ofType = (type: string) => run.records.filter((r) => r.resourceType === type);

  test('instance → VNIC and subnet → VCN, boot volume and block volumes, from attachment lists', () => {
    const instances = ofType('Instance');
    assert.ok(instances.length > 20);
    let chained = 0;
    let withVolume = 0;
    for (const instance of instances) {
      const attrs = truth(instance.ocid)?.attrs;
      assert.ok(attrs, instance.ocid);
      assert.deepEqual(targets(instance, 'HAS_VNIC'), ocids([attrs.vnicId]), `${instance.ocid} HAS_VNIC`);
      assert.deepEqual(targets(instance, 'IN_SUBNET'), ocids([attrs.subnetId]), `${instance.ocid} IN_SUBNET`);
      assert.deepEqual(targets(instance, 'USES_BOOT_VOLUME'), ocids([attrs.bootVolumeId]), `${instance.ocid} USES_BOOT_VOLUME`);
      assert.deepEqual(targets(instance, 'USES_VOLUME'), ocids([attrs.volumeId]), `${instance.ocid} USES_VOLUME`);
      if (typeof attrs.volumeId === 'string') withVolume++;

      // The subnet the VNIC sits in is itself in the inventory, with its VCN edge.
      const [subnetId] = targets(instance, 'IN_SUBNET');
      const subnet = subnetId ? run.byOcid.get(subnetId) : undefined;
      if (subnet) {
        const [vcnId] = targets(subnet, 'IN_VCN');
        assert.equal(vcnId, truth(subnet.ocid)?.attrs.vcnId, `${subnet.ocid} IN_VCN`);
        assert.equal(vcnId ? run.byOcid.get(vcnId)?.resourceType : undefined, 'Vcn');
        chained++;
      }
    }
    assert.ok(chained > instances.length / 2, `only ${chained} instances chain to a subnet and VCN in the inventory`);
    assert.ok(withVolume > 0, 'some instance has a block volume attached');
  });

  test('node pool → cluster and the instances that are its nodes', () => {
    const pools = ofType('NodePool');
    assert.ok(pools.length > 0);
    let nodes = 0;
    for (const pool of pools) {
      const resource = truth(pool.ocid);
      assert.ok(resource);
      assert.deepEqual(targets(pool, 'IN_CLUSTER'), ocids([resource.attrs.clusterId]));
      const [clusterId] = targets(pool, 'IN_CLUSTER');
      if (clusterId) assert.equal(run.byOcid.get(clusterId)?.resourceType, 'ClustersCluster');
      const expected = ocids(((wire(resource).nodes ?? []) as JsonObject[]).map((n) => n.id));
      assert.deepEqual(targets(pool, 'HAS_NODE'), expected, `${pool.ocid} HAS_NODE`);
      for (const node of expected) assert.equal(run.byOcid.get(node)?.resourceType, 'Instance', `node ${node} is an inventoried instance`);
      nodes += expected.length;
    }
    assert.ok(nodes > 0, 'some node pool has nodes');
  });

  test('network load balancer → its backend instances', () => {
    const balancers = ofType('NetworkLoadBalancer');
    assert.ok(balancers.length > 0);
    let backends = 0;
    for (const nlb of balancers) {
      const resource = truth(nlb.ocid);
      assert.ok(resource);
      const sets = Object.values((resource.attrs.backendSets ?? {}) as Record<string, JsonObject>);
      const expected = ocids(sets.flatMap((set) => ((set.backends ?? []) as JsonObject[]).map((b) => b.targetId)));
      assert.deepEqual(targets(nlb, 'ROUTES_TO'), expected, `${nlb.ocid} ROUTES_TO`);
      assert.deepEqual(targets(nlb, 'IN_SUBNET'), ocids([resource.attrs.subnetId]));
      backends += expected.length;
    }
    assert.ok(backends > 0, 'some network load balancer has a backend instance');
  });
});
