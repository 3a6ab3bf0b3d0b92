// Details of the second-wave rows the table-driven e2e tests could miss: requests a real API
// needs (Budgets' targetType, NoSQL's compartment), and the App spelling sharing one get route
// with FunctionsApplication without loosening the router's clash check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG } from '../../src/emulator/catalog/index.js';
import type { GeneratedResource, Route, RouteRequest, TenancyView } from '../../src/emulator/catalog/types.js';
import { Router } from '../../src/emulator/router.js';
import { rowFor } from '../../src/oci/enrichers/table/index.js';

function resource(ocid: string, resourceType: string, compartmentId: string, attrs = {}): GeneratedResource {
  return { ocid, resourceType, region: 'us-ashburn-1', compartmentId, displayName: ocid.slice(-3), lifecycleState: 'ACTIVE', timeCreated: '2024-01-01T00:00:00.000Z', availabilityDomain: null, freeformTags: {}, definedTags: {}, attrs };
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

function request(params: Record<string, string>, query: Record<string, string> = {}): RouteRequest {
  return { method: 'GET', region: 'us-ashburn-1', params, query: new URLSearchParams(query), body: undefined };
}

function route(resourceType: string, operation: string): Route {
  const found = CATALOG.find((e) => e.resourceType === resourceType)?.routes.find((r) => r.operation === operation);
  assert.ok(found, `${resourceType} ${operation}`);
  return found;
}

test('budgets: the row asks for every target type, which the API lists only when asked', () => {
  const list = rowFor('Budget')?.list;
  assert.ok(list);
  const query = list.request({ compartmentId: 'ocid1.tenancy.oc1..t', env: { namespace: 'ns' } });
  assert.equal(query.targetType, 'ALL');
  const view = viewOf([
    resource('ocid1.budget.oc1.iad.a', 'Budget', 'ocid1.tenancy.oc1..t', { targetType: 'COMPARTMENT', targets: ['ocid1.compartment.oc1..c'] }),
    resource('ocid1.budget.oc1.iad.b', 'Budget', 'ocid1.tenancy.oc1..t', { targetType: 'TAG', targets: ['CostCenter.Project.x'] }),
  ]);
  const listBudgets = route('Budget', 'listBudgets');
  const ids = (q: Record<string, string>) => {
    const result = listBudgets.handle(request({}, { compartmentId: 'ocid1.tenancy.oc1..t', ...q }), view);
    assert.equal(result.status, 200);
    return result.status === 200 ? (result.body as Array<{ id: string }>).map((b) => b.id) : [];
  };
  assert.deepEqual(ids({}), ['ocid1.budget.oc1.iad.a']);
  assert.deepEqual(ids({ targetType: 'ALL' }), ['ocid1.budget.oc1.iad.a', 'ocid1.budget.oc1.iad.b']);
});

test('NoSQL tables: getTable carries the compartment with the ocid', () => {
  const get = rowFor('NoSqlTable')?.get;
  assert.ok(get);
  const ref = { ocid: 'ocid1.nosqltable.oc1.iad.a', displayName: 't', compartmentId: 'ocid1.compartment.oc1..c', availabilityDomain: null };
  assert.deepEqual(get.request(ref, { namespace: 'ns' }), { tableNameOrId: 'ocid1.nosqltable.oc1.iad.a', compartmentId: 'ocid1.compartment.oc1..c' });
});

test('App and FunctionsApplication share one getApplication route; distinct routes on one path still clash', () => {
  const shared = route('App', 'getApplication');
  assert.equal(route('FunctionsApplication', 'getApplication'), shared);
  const view = viewOf([resource('ocid1.fnapp.oc1.iad.a', 'App', 'c'), resource('ocid1.fnapp.oc1.iad.b', 'FunctionsApplication', 'c'), resource('ocid1.fnfunc.oc1.iad.c', 'FunctionsFunction', 'c')]);
  assert.equal(shared.handle(request({ id: 'ocid1.fnapp.oc1.iad.a' }), view).status, 200);
  assert.equal(shared.handle(request({ id: 'ocid1.fnapp.oc1.iad.b' }), view).status, 200);
  assert.equal(shared.handle(request({ id: 'ocid1.fnfunc.oc1.iad.c' }), view).status, 404);
  assert.doesNotThrow(() => new Router([shared, shared]));
  assert.throws(() => new Router([shared, { ...shared }]), /two routes for GET functions/);
});
