// The emulator's objects for the DevOps … dashboards batch carry every field the SDK model
// declares required (not `?`), in the get's model and in the list item's: a client that
// trusts the model (ours stores what it gets) never meets a hole the real service would not
// leave. Checked on a generated tenancy, without a server.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../../src/emulator/index.js';
import { generateTenancy } from '../../src/emulator/generator.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { BATCH_TYPES as BATCH } from '../helpers/batch-devops-dashboards.js';
import { listItemModel, packageOfClient, responseModel } from '../helpers/sdk-model.js';

const require = createRequire(import.meta.url);
const declared = new Map<string, Map<string, { parent: string | undefined; required: string[] }>>();

/** Required (non-`?`) properties of every interface a package's models declare. */
function modelsOf(pkg: string) {
  let models = declared.get(pkg);
  if (!models) {
    models = new Map();
    const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'lib', 'model');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^export interface (\w+)(?: extends model\.(\w+))? \{([\s\S]*?)^\}/gm)) {
        if (m[1]) models.set(m[1], { parent: m[2], required: [...(m[3] ?? '').matchAll(/^ {4}"(\w+)": /gm)].map((x) => x[1] ?? '') });
      }
    }
    declared.set(pkg, models);
  }
  return models;
}

function requiredFields(pkg: string, model: string): string[] {
  const models = modelsOf(pkg);
  const out: string[] = [];
  for (let name: string | undefined = model; name; name = models.get(name)?.parent) out.push(...(models.get(name)?.required ?? []));
  return out;
}

test("the batch's emulated objects carry every field their SDK model requires, in gets and list items", async () => {
  const { store } = generateTenancy({ seed: 3, size: { regions: 2, compartments: 4, resources: 3000, iam: { users: 5, groups: 3, policies: 3 } }, catalog: CATALOG });
  const rows = ENRICHER_TABLE.filter((r) => BATCH.has(r.resourceType));
  assert.equal(rows.length, BATCH.size);
  const holes: string[] = [];
  for (const row of rows) {
    const pkg = packageOfClient((await row.client()).name);
    const entry = CATALOG.find((e) => e.resourceType === row.resourceType);
    assert.ok(entry, row.resourceType);
    const resources = store.list(row.resourceType);
    assert.ok(resources.length > 0, `${row.resourceType}: none generated`);
    const shapes: Array<[string, string | undefined, (typeof entry)['toWire']]> = [];
    if (row.get) shapes.push(['get', responseModel(pkg, row.get.method, row.get.responseKey), entry.toWire]);
    if (row.list) shapes.push(['list', listItemModel(pkg, row.list.method, row.list.itemsPath), entry.toSummary ?? entry.toWire]);
    for (const [kind, model, toWire] of shapes) {
      assert.ok(model, `${row.resourceType} ${kind}: no model`);
      const missing = new Set<string>();
      for (const resource of resources) {
        const wire = toWire(resource, store);
        for (const field of requiredFields(pkg, model)) if (wire[field] === undefined || wire[field] === null) missing.add(field);
      }
      if (missing.size > 0) holes.push(`${row.resourceType} ${kind} (${model}): ${[...missing].join(', ')}`);
    }
  }
  assert.deepEqual(holes, []);
});
