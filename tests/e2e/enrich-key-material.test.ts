// Rows whose get would hand over key material, and the read-only rule for the services the
// second wave added: through the real SDK against the emulator, whose gets return the key
// values exactly as OCI does (an install key's `key`, a CDN config's origin-auth and edge
// token keys), so a row that reads them would show here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../../src/core/record.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { BATCH_TYPES as BATCH } from '../helpers/batch-devops-dashboards.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';

/** Services whose rows came with the second wave's DevOps … dashboards batch. */
const SERVICES = ['devops', 'resourcemanager', 'osmh', 'dataflow', 'dataintegration', 'datalabeling-cp', 'analytics', 'datasafe', 'compute-containers', 'artifacts', 'mediaservices', 'management-agent', 'dashboard'];

function stringLeaves(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || value === undefined || typeof value !== 'object') return [];
  return (Array.isArray(value) ? value : Object.values(value)).flatMap(stringLeaves);
}

test('install keys and CDN configs are read by list only: no get, and no key value reaches a record', async (t) => {
  const fx = await withEmulator(t, { seed: 5, size: { regions: 1, compartments: 3, resources: 2000 } });
  const run = await discoverAndEnrich(fx);
  const store = fx.emulator.tenancy.store;

  const keys = store.list('ManagementAgentInstallKey').map((r) => r.attrs.key).filter((k): k is string => typeof k === 'string');
  const cdnSecrets = store.list('StreamCdnConfig').flatMap((r) => {
    const config = r.attrs.config;
    if (config === null || typeof config !== 'object' || Array.isArray(config)) return [];
    return ['originAuthSecretKeyA', 'originAuthSecretKeyB', 'edgeTokenKey'].flatMap((name) => stringLeaves(config[name]));
  });
  assert.ok(keys.length > 0 && cdnSecrets.length > 0, 'the tenancy has no key material to leak: the test would prove nothing');

  for (const type of ['ManagementAgentInstallKey', 'StreamCdnConfig']) {
    const records = run.records.filter((r) => r.resourceType === type);
    assert.ok(records.length > 0, type);
    assert.deepEqual(records.filter((r) => r.enrichStatus !== 'OK').map((r) => `${r.ocid}: ${r.enrichError}`), [], type);
  }
  const forbidden = new Set(['getManagementAgentInstallKey', 'getManagementAgentInstallKeyContent', 'getStreamCdnConfig']);
  assert.deepEqual(run.enrichRequests.filter((r) => r.operation !== null && forbidden.has(r.operation)).map((r) => r.path), []);

  const text = JSON.stringify(run.records);
  for (const secret of [...keys, ...cdnSecrets]) assert.ok(!text.includes(secret), 'a key value reached a record');
});

test('the batch services see only the get and list operations of their rows, all answered, and every relation they name yields edges', async (t) => {
  const fx = await withEmulator(t, { seed: 9, size: { regions: 2, compartments: 3, resources: 1500 } });
  const run = await discoverAndEnrich(fx);
  const allowed = new Map<string, Set<string>>();
  for (const row of ENRICHER_TABLE) {
    const ops = allowed.get(row.service) ?? new Set<string>();
    for (const op of [row.get?.method, row.list?.method]) if (op) ops.add(op);
    allowed.set(row.service, ops);
  }
  const seen = run.enrichRequests.filter((r) => SERVICES.includes(r.service));
  assert.ok(seen.length > 50, `only ${seen.length} requests to the batch's services`);
  const stray = seen.filter((r) => r.method !== 'GET' || r.status !== 200 || r.operation === null || !allowed.get(r.service)?.has(r.operation));
  assert.deepEqual(stray.map((r) => `${r.method} ${r.service} ${r.path} → ${r.status} ${r.operation ?? '(no route)'}`), []);
  // Every service of the batch was asked something: no row silently skipped.
  assert.deepEqual(SERVICES.filter((s) => !seen.some((r) => r.service === s)), []);

  // Every relation the batch's rows name shows up somewhere: none is a path nothing fills.
  const silent: string[] = [];
  for (const row of ENRICHER_TABLE.filter((r) => BATCH.has(r.resourceType))) {
    const edges = new Set(run.records.filter((r) => r.resourceType === row.resourceType).flatMap((r) => r.relationships.map((e) => e.relation_type)));
    for (const name of new Set(row.relations.map((spec) => spec.relation))) if (!edges.has(name)) silent.push(`${row.resourceType} ${name}`);
  }
  assert.deepEqual(silent, []);
});
