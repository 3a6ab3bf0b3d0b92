// Identity routes driven by the real oci-identity client: paging, subtree, tenancy facts,
// strict 404s for unknown paths and ids of the wrong type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IdentityClient } from 'oci-identity';
import { ociError, sdkClients, withEmulator } from '../helpers/emulator.js';

test('listCompartments pages cover every compartment of the subtree exactly once, never the root', async (t) => {
  const fixture = await withEmulator(t, { seed: 11, size: { regions: 2, compartments: 37, resources: 120 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const identity = clients.identity(fixture.emulator.tenancy.homeRegion);
  const seen: string[] = [];
  let page: string | undefined;
  let pages = 0;
  do {
    const response = await identity.listCompartments({
      compartmentId: fixture.auth.tenancyId,
      compartmentIdInSubtree: true,
      limit: 5,
      ...(page ? { page } : {}),
    });
    seen.push(...response.items.map((c) => c.id));
    page = response.opcNextPage;
    pages++;
  } while (page);
  const truth = fixture.emulator.tenancy.compartments.filter((c) => c.parentId !== null).map((c) => c.ocid);
  assert.equal(new Set(seen).size, seen.length, 'no compartment twice');
  assert.deepEqual([...seen].sort(), [...truth].sort());
  assert.ok(!seen.includes(fixture.auth.tenancyId), 'the root is not listed');
  assert.equal(pages, Math.ceil(truth.length / 5));
  const deepest = Math.max(...fixture.emulator.tenancy.compartments.map((c) => c.path.split('/').length - 1));
  assert.ok(deepest >= 3, `tree is several levels deep (got ${deepest})`);
});

test('listCompartments without subtree lists direct children only; subtree below the root is refused', async (t) => {
  const fixture = await withEmulator(t, { seed: 5, size: { regions: 1, compartments: 20, resources: 40 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const identity = clients.identity(fixture.emulator.tenancy.homeRegion);
  const children = await identity.listCompartments({ compartmentId: fixture.auth.tenancyId, limit: 1000 });
  const truth = fixture.emulator.tenancy.compartments.filter((c) => c.parentId === fixture.auth.tenancyId);
  assert.deepEqual(children.items.map((c) => c.id).sort(), truth.map((c) => c.ocid).sort());
  const nested = fixture.emulator.tenancy.compartments.find((c) => c.parentId && c.parentId !== fixture.auth.tenancyId);
  assert.ok(nested);
  const error = await ociError(identity.listCompartments({ compartmentId: nested.parentId as string, compartmentIdInSubtree: true }));
  assert.equal(error.statusCode, 400);
});

test('tenancy, region subscriptions and regions answer with the generated facts', async (t) => {
  const fixture = await withEmulator(t, { seed: 3, size: { regions: 3, compartments: 2, resources: 20 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const identity = clients.identity(tenancy.regions[1] as string);
  const got = await identity.getTenancy({ tenancyId: tenancy.tenancyId });
  assert.equal(got.tenancy.name, tenancy.tenancyName);
  assert.equal(got.tenancy.homeRegionKey, 'IAD');
  const subs = await identity.listRegionSubscriptions({ tenancyId: tenancy.tenancyId });
  assert.deepEqual(
    subs.items.map((s) => [s.regionName, s.isHomeRegion, s.status]),
    tenancy.regions.map((r) => [r, r === tenancy.homeRegion, 'READY']),
  );
  const regions = await identity.listRegions({});
  assert.ok(regions.items.some((r) => r.name === 'eu-frankfurt-1' && r.key === 'FRA'));
});

test('users, groups and policies page completely and get returns the same object', async (t) => {
  const fixture = await withEmulator(t, { seed: 9, size: { regions: 1, compartments: 3, resources: 60, iam: { users: 13, groups: 4, policies: 6 } } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const identity = clients.identity(fixture.emulator.tenancy.homeRegion);
  const users: string[] = [];
  let page: string | undefined;
  do {
    const response = await identity.listUsers({ compartmentId: fixture.auth.tenancyId, limit: 4, ...(page ? { page } : {}) });
    users.push(...response.items.map((u) => u.id));
    page = response.opcNextPage;
  } while (page);
  const truth = fixture.emulator.tenancy.resources.filter((r) => r.resourceType === 'User').map((r) => r.ocid);
  assert.equal(truth.length, 13);
  assert.deepEqual(users.sort(), truth.sort());
  const user = await identity.getUser({ userId: fixture.auth.userId });
  assert.equal(user.user.name, 'oci-inv-admin');
  assert.equal(user.user.compartmentId, fixture.auth.tenancyId);
  const policies = fixture.emulator.tenancy.resources.filter((r) => r.resourceType === 'Policy');
  for (const p of policies) {
    const got = await identity.getPolicy({ policyId: p.ocid });
    assert.equal(got.policy.name, p.displayName);
    assert.ok(got.policy.statements.length > 0);
  }
});

test('identity providers need protocol SAML2, like OCI', async (t) => {
  const fixture = await withEmulator(t, { seed: 2, size: 'tiny' });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const identity = clients.identity(fixture.emulator.tenancy.homeRegion);
  const idps = await identity.listIdentityProviders({ protocol: 'SAML2' as never, compartmentId: fixture.auth.tenancyId });
  const truth = fixture.emulator.tenancy.resources.filter((r) => r.resourceType === 'IdentityProvider');
  assert.equal(idps.items.length, truth.length);
  const error = await ociError(identity.listIdentityProviders({ protocol: 'OIDC' as never, compartmentId: fixture.auth.tenancyId }));
  assert.equal(error.statusCode, 400);
});

test('an id of the wrong type, an unknown id, an unknown path and an unknown region are 404 NotAuthorizedOrNotFound', async (t) => {
  const fixture = await withEmulator(t, { seed: 4, size: 'tiny' });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const home = fixture.emulator.tenancy.homeRegion;
  const identity = clients.identity(home);
  const group = fixture.emulator.tenancy.resources.find((r) => r.resourceType === 'Group');
  assert.ok(group);
  for (const call of [
    identity.getUser({ userId: group.ocid }),
    identity.getUser({ userId: `${fixture.auth.userId}x` }),
    identity.getTenancy({ tenancyId: group.ocid }),
  ]) {
    assert.deepEqual(await ociError(call), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
  }
  const wrongService = clients.identity(home);
  wrongService.endpoint = fixture.endpoint('nosuchservice', home);
  assert.deepEqual(await ociError(wrongService.getUser({ userId: fixture.auth.userId })), {
    statusCode: 404,
    serviceCode: 'NotAuthorizedOrNotFound',
  });
  const unsubscribed: IdentityClient = clients.identity(home);
  unsubscribed.endpoint = fixture.endpoint('identity', 'sa-saopaulo-1');
  assert.equal((await ociError(unsubscribed.getUser({ userId: fixture.auth.userId }))).statusCode, 404);
  const log = fixture.emulator.requests.filter((r) => r.status === 404);
  assert.ok(log.some((r) => r.service === 'nosuchservice' && r.operation === null));
  assert.equal(fixture.emulator.countCalls('getUser'), 3, 'matched routes are counted by operation');
});
