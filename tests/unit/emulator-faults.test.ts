// Fault injection seen through the real SDK: throttling with Retry-After, 5xx bursts and
// rates, connection resets, slow bodies, dead regions, and per-region overrides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFaultConfig } from '../../src/emulator/faults.js';
import { ociError, sdkClients, withEmulator } from '../helpers/emulator.js';

test('above the tenancy-wide rate the emulator answers 429 TooManyRequests with Retry-After', async (t) => {
  // A bucket refilling once in ~17 minutes: the first call passes, the next ones cannot.
  const fixture = await withEmulator(t, { seed: 1, faults: { rateLimit: { rps: 0.001, retryAfterSeconds: 7 } } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const identity = clients.identity(tenancy.homeRegion);
  await identity.getTenancy({ tenancyId: tenancy.tenancyId });
  assert.deepEqual(await ociError(identity.getTenancy({ tenancyId: tenancy.tenancyId })), { statusCode: 429, serviceCode: 'TooManyRequests' });

  const raw = await fetch(`${fixture.endpoint('identity', tenancy.homeRegion)}/20160918/regions`);
  assert.equal(raw.status, 429);
  assert.equal(raw.headers.get('retry-after'), '7');
  assert.equal(fixture.emulator.requests.filter((r) => r.fault === 'throttle').length, 2);

  fixture.emulator.setFaults({});
  await identity.getTenancy({ tenancyId: tenancy.tenancyId });
});

test('an error burst fails exactly the configured requests with 503, then service resumes', async (t) => {
  const fixture = await withEmulator(t, { seed: 2, faults: { errorBurst: { after: 1, count: 2 } } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const identity = clients.identity(tenancy.homeRegion);
  const outcomes: number[] = [];
  for (let i = 0; i < 5; i++) {
    try {
      await identity.getTenancy({ tenancyId: tenancy.tenancyId });
      outcomes.push(200);
    } catch (error) {
      outcomes.push(Number((error as { statusCode: number }).statusCode));
    }
  }
  assert.deepEqual(outcomes, [200, 503, 503, 200, 200]);
});

test('errorRate 1 fails every request with a 5xx; a reset drops the connection mid-body', async (t) => {
  const fixture = await withEmulator(t, { seed: 3, faults: { errorRate: 1 } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const { tenancy } = fixture.emulator;
  const identity = clients.identity(tenancy.homeRegion);
  for (let i = 0; i < 4; i++) {
    const { statusCode, serviceCode } = await ociError(identity.listRegions({}));
    assert.ok(
      (statusCode === 500 && serviceCode === 'InternalServerError') || (statusCode === 503 && serviceCode === 'ServiceUnavailable'),
      `${statusCode} ${serviceCode}`,
    );
  }
  fixture.emulator.setFaults({ resetRate: 1 });
  await assert.rejects(identity.listRegions({}));
  assert.equal(fixture.emulator.requests.at(-1)?.fault, 'reset');
});

test('a dead region drops every connection at once; other regions keep working', async (t) => {
  const fixture = await withEmulator(t, { seed: 4, size: { regions: 2, compartments: 2, resources: 30 } });
  const { tenancy } = fixture.emulator;
  const dead = tenancy.regions[1] as string;
  fixture.emulator.setFaults({ deadRegions: [dead] });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  // A transport failure ('fetch failed'), not an HTTP answer: the error has no status code.
  await assert.rejects(clients.identity(dead).listRegionSubscriptions({ tenancyId: tenancy.tenancyId }), (error: unknown) => {
    assert.ok(error && typeof error === 'object' && !('statusCode' in error));
    return true;
  });
  await assert.rejects(fetch(`${fixture.endpoint('query', dead)}/20180409/resources`, { method: 'POST' }), TypeError);
  const subs = await clients.identity(tenancy.homeRegion).listRegionSubscriptions({ tenancyId: tenancy.tenancyId });
  assert.equal(subs.items.length, 2);
  const deadLog = fixture.emulator.requests.filter((r) => r.region === dead);
  assert.ok(deadLog.length >= 2 && deadLog.every((r) => r.fault === 'dead-region' && r.status === 0));
});

test('per-region settings override the tenancy-wide ones; slow bodies still arrive whole', async (t) => {
  const fixture = await withEmulator(t, { seed: 5, size: { regions: 2, compartments: 3, resources: 80 } });
  const { tenancy } = fixture.emulator;
  const [home, other] = tenancy.regions as [string, string];
  fixture.emulator.setFaults({ slowBodyMs: 20, latencyMs: 1, regions: { [other]: { errorRate: 1 } } });
  const clients = sdkClients(fixture);
  t.after(() => clients.closeAll());
  const users = await clients.identity(home).listUsers({ compartmentId: tenancy.tenancyId, limit: 1000 });
  assert.equal(users.items.length, tenancy.resources.filter((r) => r.resourceType === 'User').length);
  const failed = await ociError(clients.identity(other).listUsers({ compartmentId: tenancy.tenancyId }));
  assert.ok(failed.statusCode >= 500);
});

test('fault configs are validated with the offending field named', () => {
  assert.throws(() => parseFaultConfig({ errorRate: 2 }), /errorRate/);
  assert.throws(() => parseFaultConfig({ rateLimit: { rps: 0 } }), /rateLimit\.rps/);
  assert.throws(() => parseFaultConfig({ latency: 5 }), /latency/);
  assert.deepEqual(parseFaultConfig({ deadRegions: ['uk-london-1'] }), { deadRegions: ['uk-london-1'] });
});
