// Resource Search driven by the real oci-resourcesearch client: per-region coverage, global IAM
// resources in every region, the structured query language, paging limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, QueryError } from '../../src/emulator/search/query.js';
import { ociError, sdkClients, searchAll, withEmulator } from '../helpers/emulator.js';

const GLOBAL = new Set(['Compartment', 'User', 'Group', 'Policy', 'DynamicResourceGroup', 'TagNamespace', 'TagDefault', 'IdentityProvider']);

test('each region returns its own resources once and every global resource, across pages', async (t) => {
  const fixture = await withEmulator(t, { seed: 21, size: { regions: 3, compartments: 8, resources: 700 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const globals = tenancy.resources.filter((r) => GLOBAL.has(r.resourceType));
  assert.ok(globals.length > 0);
  for (const region of tenancy.regions) {
    const items = await searchAll(clients.search(region), 'query all resources', 37);
    const ids = items.map((i) => i.identifier);
    assert.equal(new Set(ids).size, ids.length, `${region}: no resource twice`);
    const expected = tenancy.resources.filter((r) => r.region === region || GLOBAL.has(r.resourceType)).map((r) => r.ocid);
    assert.deepEqual([...ids].sort(), [...expected].sort(), `${region}: exactly its resources plus the global ones`);
    for (const g of globals) assert.ok(ids.includes(g.ocid));
  }
  const terminated = tenancy.resources.filter((r) => r.lifecycleState === 'TERMINATED' || r.lifecycleState === 'DELETED');
  assert.ok(terminated.length > 0, 'some resources are terminated, and search still shows them');
});

test('search summaries carry the fields of the SDK model, matching the generated truth', async (t) => {
  const fixture = await withEmulator(t, { seed: 8, size: 'small' });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const home = fixture.emulator.tenancy.homeRegion;
  const items = await searchAll(clients.search(home), 'query all resources');
  const byId = new Map(fixture.emulator.tenancy.resources.map((r) => [r.ocid, r]));
  for (const item of items) {
    const truth = byId.get(item.identifier);
    assert.ok(truth, `search returned unknown ${item.identifier}`);
    assert.equal(item.resourceType, truth.resourceType);
    assert.equal(item.compartmentId, truth.compartmentId);
    assert.equal(item.displayName, truth.displayName);
    assert.equal(item.lifecycleState, truth.lifecycleState);
    assert.equal(String(item.timeCreated), truth.timeCreated);
    assert.deepEqual(item.freeformTags, truth.freeformTags);
    assert.deepEqual(item.definedTags, truth.definedTags);
    assert.equal(item.availabilityDomain ?? null, truth.availabilityDomain);
  }
});

test('typed queries, where clauses and sorting select what they say', async (t) => {
  const fixture = await withEmulator(t, { seed: 13, size: 'small' });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const home = tenancy.homeRegion;
  const search = clients.search(home);
  const visible = tenancy.resources.filter((r) => r.region === home || GLOBAL.has(r.resourceType));

  const usersAndGroups = await searchAll(search, 'query user, GROUP resources');
  assert.deepEqual(
    usersAndGroups.map((i) => i.identifier).sort(),
    visible.filter((r) => r.resourceType === 'User' || r.resourceType === 'Group').map((r) => r.ocid).sort(),
  );

  const compartment = tenancy.compartments[1];
  assert.ok(compartment);
  const inCompartment = await searchAll(
    search,
    `query all resources where compartmentId = '${compartment.ocid}' && lifecycleState != 'DELETED'`,
  );
  assert.deepEqual(
    inCompartment.map((i) => i.identifier).sort(),
    visible.filter((r) => r.compartmentId === compartment.ocid && r.lifecycleState !== 'DELETED').map((r) => r.ocid).sort(),
  );

  const sorted = await searchAll(search, 'query all resources sorted by timeCreated desc', 50);
  const times = sorted.map((i) => String(i.timeCreated));
  assert.deepEqual(times, [...times].sort().reverse());

  const admin = await searchAll(search, "query user resources where displayName =~ 'INV-ADM' || displayName = 'nobody'");
  assert.deepEqual(
    admin.map((i) => i.identifier),
    [fixture.auth.userId],
  );
});

test('an unparsable query or a limit above 1000 is 400 InvalidParameter', async (t) => {
  const fixture = await withEmulator(t, { seed: 1, size: 'tiny' });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const search = clients.search(fixture.emulator.tenancy.homeRegion);
  for (const query of ['query all', 'select * from resources', "query all resources where color = 'red'", "query all resources where displayName = 'x"]) {
    assert.deepEqual(await ociError(searchAll(search, query)), { statusCode: 400, serviceCode: 'InvalidParameter' }, query);
  }
  assert.deepEqual(await ociError(searchAll(search, 'query all resources', 1001)), { statusCode: 400, serviceCode: 'InvalidParameter' });
});

test('the query parser understands precedence and parentheses', () => {
  const q = parseQuery("QUERY instance, vcn RESOURCES where lifecycleState = 'RUNNING' || (displayName =~ a && compartmentId != b) sorted by displayName asc");
  assert.deepEqual([...(q.types ?? [])], ['instance', 'vcn']);
  assert.equal(q.where?.kind, 'or');
  assert.deepEqual(q.sort, { field: 'displayName', descending: false });
  assert.throws(() => parseQuery('query all resources sorted by color'), QueryError);
  assert.throws(() => parseQuery('query all resources where (displayName = a'), QueryError);
});
