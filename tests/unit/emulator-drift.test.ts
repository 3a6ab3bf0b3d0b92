// Drift between runs: the ground truth drift() returns is exactly what the emulator now serves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sdkClients, searchAll, withEmulator } from '../helpers/emulator.js';

test('after drift, search and get serve exactly the changes drift() reports', async (t) => {
  const fixture = await withEmulator(t, { seed: 17, size: { regions: 1, compartments: 6, resources: 300 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { emulator } = fixture;
  const home = emulator.tenancy.homeRegion;
  const search = clients.search(home);
  const before = new Map((await searchAll(search, 'query all resources')).map((i) => [i.identifier, i]));

  const change = emulator.drift({ seed: 99, add: 5, remove: 4, terminate: 3, rename: 3, retag: 2, changeAttrs: 2 });
  assert.equal(change.added.length, 5);
  assert.equal(change.removed.length, 4);
  assert.equal(change.terminated.length, 3);
  assert.equal(change.renamed.length, 3);
  assert.equal(change.retagged.length, 2);
  const touched = [
    ...change.added.map((r) => r.ocid),
    ...change.removed.map((r) => r.ocid),
    ...change.terminated.map((c) => c.ocid),
    ...change.renamed.map((c) => c.ocid),
    ...change.retagged.map((c) => c.ocid),
    ...change.attrsChanged.map((c) => c.ocid),
  ];
  assert.equal(new Set(touched).size, touched.length, 'each resource changes one way');
  assert.ok(!change.removed.some((r) => r.ocid === fixture.auth.userId), 'the key holder survives');

  const after = new Map((await searchAll(search, 'query all resources')).map((i) => [i.identifier, i]));
  for (const r of change.added) {
    assert.ok(!before.has(r.ocid));
    assert.equal(after.get(r.ocid)?.displayName, r.displayName);
  }
  for (const r of change.removed) {
    assert.ok(before.has(r.ocid));
    assert.ok(!after.has(r.ocid), `${r.ocid} still served`);
  }
  for (const c of change.terminated) {
    assert.equal(before.get(c.ocid)?.lifecycleState, c.before);
    assert.equal(after.get(c.ocid)?.lifecycleState, c.after);
  }
  for (const c of change.renamed) {
    assert.equal(before.get(c.ocid)?.displayName, c.before);
    assert.equal(after.get(c.ocid)?.displayName, c.after);
    assert.notEqual(c.before, c.after);
  }
  for (const c of change.retagged) {
    assert.deepEqual(after.get(c.ocid)?.freeformTags, c.after.freeformTags);
    assert.notDeepEqual(c.before.freeformTags, c.after.freeformTags);
  }
  // Nothing else moved.
  const changed = new Set(touched);
  for (const [ocid, item] of after) {
    if (changed.has(ocid)) continue;
    assert.deepEqual(item, before.get(ocid), `${ocid} changed without being reported`);
  }
  assert.equal(after.size, before.size + 5 - 4);
  assert.deepEqual(
    emulator.tenancy.resources.map((r) => r.ocid).sort(),
    [...after.keys()].sort(),
    'tenancy.resources is the served truth',
  );

  const renamedUser = change.renamed.find((c) => c.resourceType === 'User');
  if (renamedUser) {
    const got = await clients.identity(home).getUser({ userId: renamedUser.ocid });
    assert.equal(got.user.name, renamedUser.after);
  }
});

test('drift with the same seed on the same tenancy makes the same changes', async (t) => {
  const a = await withEmulator(t, { seed: 23, size: 'small' });
  const b = await withEmulator(t, { seed: 23, size: 'small' });
  const ca = a.emulator.drift({ seed: 5 });
  const cb = b.emulator.drift({ seed: 5 });
  const summary = (c: typeof ca) => [c.added.map((r) => r.resourceType), c.removed.map((r) => r.ocid), c.renamed, c.terminated];
  assert.deepEqual(summary(ca), summary(cb));
  assert.ok(ca.removed.length > 0 && ca.added.length > 0, 'defaults change something');
});
