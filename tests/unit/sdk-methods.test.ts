// The bundles' SDK clients cut to the methods oci-inv can call (scripts/sdk-methods.ts): what
// stays, what goes, and that every operation of the enricher table stays in its client.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { keepSet, stripClientMethods } from '../../scripts/sdk-methods.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';

const CLIENT = `"use strict";
class ThingClient {
    constructor(params) {
        this._endpoint = params.endpoint;
    }
    get endpoint() {
        return this._endpoint;
    }
    close() {
        this.closeProvider();
    }
    closeProvider() {
    }
    /**
     * Gets a thing.
     */
    getThing(getThingRequest) {
        return __awaiter(this, void 0, void 0, function* () {
            const operationName = "getThing";
            return { operationName };
        });
    }
    /**
     * Deletes a thing.
     */
    deleteThing(deleteThingRequest) {
        return __awaiter(this, void 0, void 0, function* () {
            const text = \`gone\`;
            return text;
        });
    }
    /**
     * NOTE: paginator.
     */
    listAllThings(request) {
        return paginateRecords(request, req => this.listThings(req));
    }
    listThings(listThingsRequest) {
        return { items: [] };
    }
    listWidgets(listWidgetsRequest) {
        return { items: [] };
    }
}
exports.ThingClient = ThingClient;
class Helper {
    deleteThing() {
        return 1;
    }
}
exports.Helper = Helper;
`;

test('a client keeps its plumbing, the kept methods and what they call on this; the rest goes with its JSDoc', () => {
  const cut = stripClientMethods(CLIENT, new Set(['getThing', 'listAllThings']));
  assert.equal(cut.reason, undefined);
  assert.deepEqual(cut.kept.sort(), ['close', 'closeProvider', 'constructor', 'getThing', 'listAllThings', 'listThings']);
  assert.deepEqual(cut.removed.sort(), ['deleteThing', 'listWidgets']);
  assert.doesNotMatch(cut.code, /Deletes a thing|listWidgets|ThingClient#deleteThing/);
  assert.match(cut.code, /Gets a thing\.\n {5}\*\/\n {4}getThing\(/);
  assert.match(cut.code, /get endpoint\(\)/);
  // Another class's method of the same name is not a client's: it stays.
  assert.match(cut.code, /class Helper \{\n {4}deleteThing\(\) \{/);
  const exports: Record<string, unknown> = {};
  new Function('exports', 'paginateRecords', '__awaiter', cut.code)(exports, () => undefined, () => undefined);
  const Client = exports.ThingClient as new (p: { endpoint: string }) => Record<string, unknown>;
  const client = new Client({ endpoint: 'e' });
  assert.equal(typeof client.getThing, 'function');
  assert.equal(client.deleteThing, undefined);
});

test('a layout it does not recognize, or a cut that would not compile, leaves the file whole', () => {
  const unclosed = CLIENT.replace('    listWidgets(listWidgetsRequest) {\n        return { items: [] };\n    }', '    listWidgets(listWidgetsRequest) {\n        return { items: [] };');
  const trap = CLIENT.replace('const text = `gone`;', 'const text = `\n    }\n`;');
  for (const code of [unclosed, trap]) {
    const cut = stripClientMethods(code, new Set());
    assert.ok(cut.reason, 'a reason is given');
    assert.equal(cut.code, code);
  }
});

test('every operation of the enricher table stays in the client that serves it, and most of each client goes', async () => {
  const keep = keepSet('src', ENRICHER_TABLE.flatMap((row) => [row.get?.method, row.list?.method].filter((m): m is string => Boolean(m))));
  const packages = readdirSync('node_modules').filter((name) => name.startsWith('oci-'));
  const cutByClass = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const pkg of packages) {
    let code: string;
    try {
      code = readFileSync(join('node_modules', pkg, 'lib', 'client.js'), 'utf8');
    } catch {
      continue;
    }
    const cut = stripClientMethods(code, keep);
    assert.equal(cut.reason, undefined, `${pkg}: ${cut.reason}`);
    before += code.length;
    after += cut.code.length;
    for (const match of code.matchAll(/^class (\w+Client) \{$/gm)) cutByClass.set(match[1] as string, cut.code);
  }
  assert.ok(after < before / 3, `clients ${before} → ${after} bytes`);
  for (const row of ENRICHER_TABLE) {
    if (!row.get && !row.list) continue; // summary-only rows call nothing
    const ctor = (await row.client()) as unknown as { name: string };
    const code = cutByClass.get(ctor.name);
    assert.ok(code, `${row.resourceType}: class ${ctor.name} found`);
    for (const method of [row.get?.method, row.list?.method]) {
      if (method) assert.ok(code.includes(`\n    ${method}(`), `${row.resourceType}: ${ctor.name}.${method} kept`);
    }
  }
});
