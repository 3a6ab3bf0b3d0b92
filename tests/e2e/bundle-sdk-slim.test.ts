// The bundled CLI's slimmed SDK (scripts/sdk-slim.ts: model stubs driven by a table of what
// each model's serializers do) against the real SDK models: every record the bundle writes
// carries the same metadata the unbundled pipeline, through the real models, makes of the
// same emulator — for every enrichment row.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { canonicalJson, type InventoryRecord } from '../../src/core/record.js';
import { Redactor } from '../../src/core/redact.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { runCli } from '../helpers/cli.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';

test('the bundle (SDK models stubbed) writes the metadata the real SDK models make, for every enrichment row', { timeout: 600_000 }, async (t) => {
  const fx = await withEmulator(t, { seed: 7, size: { regions: 2, compartments: 3, resources: 500 } });
  const result = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--log-level', 'warn'], {
    OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate,
  });
  assert.equal(result.code, 0, result.stderr);
  const lines = (await readFile(join(result.stdout.trim(), 'inventory.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as InventoryRecord);

  const real = await discoverAndEnrich(fx);
  const redactor = new Redactor({ tenancyId: fx.emulator.tenancy.tenancyId });
  const compared = new Set<string>();
  for (const line of lines) {
    const metadata = line.details.metadata;
    if (!metadata) continue;
    const expected = real.byOcid.get(line.ocid);
    assert.ok(expected, `${line.ocid}: not found by the in-process run`);
    const redacted = redactor.redactRecord(structuredClone(expected)).details.metadata;
    assert.equal(canonicalJson(metadata), canonicalJson(redacted), `${line.resourceType} ${line.ocid}`);
    compared.add(line.resourceType);
  }
  const enriched = new Set(ENRICHER_TABLE.filter((r) => !r.summaryOnly).map((r) => r.resourceType));
  const missing = [...enriched].filter((type) => !compared.has(type));
  assert.deepEqual(missing, [], 'every enriched type is compared at least once');
});
