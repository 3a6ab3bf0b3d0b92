// The bundles' slimmed SDK (scripts/sdk-slim.ts): which packages lose their models, that the
// stubs behave like the real models on the bodies we read, and that what our own code reads
// from `models`/`requests` at run time is kept.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import * as common from 'oci-common';
import { canonicalJson, type JsonObject } from '../../src/core/record.js';
import { CATALOG, resolveSize } from '../../src/emulator/index.js';
import { generateTenancy } from '../../src/emulator/generator.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { decide, KEEP_PARTS, type ModelMeta, nonIdentityReason, scanModelFile, type SdkPart, stubSource, writeOverlay } from '../../scripts/sdk-slim.js';
import { listItemModel, packageOfClient, responseModel } from '../helpers/sdk-model.js';

const require = createRequire(import.meta.url);
const pkgDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

interface Serializers {
  getJsonObj(o: unknown): unknown;
  getDeserializedJsonObj(o: unknown): unknown;
}

/** A stub module as the bundle would evaluate it. */
function loadStub(pkg: string, part: SdkPart, meta?: ReadonlyMap<string, ModelMeta>): Record<string, Serializers> {
  const module = { exports: {} as Record<string, Serializers> };
  runInNewContext(stubSource(pkg, part, meta), { module, exports: module.exports, Proxy, Map, Error, JSON, Object });
  return module.exports;
}

const wrap = (name: string, body: string) => `"use strict";\nvar X;\n(function (X) {\n    function ${name}(obj, isParentJsonObj) {\n${body}\n    }\n    X.${name} = ${name};\n})(X = exports.X || (exports.X = {}));\n`;
const both = (body: string) => wrap('getJsonObj', body.replaceAll('FN', 'getJsonObj')) + wrap('getDeserializedJsonObj', body.replaceAll('FN', 'getDeserializedJsonObj'));

test('the scan accepts the SDK generator\'s copying serializers and nothing else', () => {
  const nested = `        const jsonObj = Object.assign(Object.assign({}, obj), {
            "shapeConfig": obj.shapeConfig
                ? model.ShapeConfig.FN(obj.shapeConfig)
                : undefined,
            "items": obj.items
                ? obj.items.map(item => {
                    return model.Item.FN(item);
                })
                : undefined,
            "byName": obj.byName ? common.mapContainer(obj.byName, model.Item.FN) : undefined
        });
        return jsonObj;`;
  const scan = scanModelFile(both(nested));
  assert.ok('meta' in scan);
  assert.deepEqual(scan.meta.get('X'), { f: [['shapeConfig', 0, 'ShapeConfig'], ['items', 1, 'Item'], ['byName', 2, 'Item']] });
  const polymorphic = `        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "sourceType" in obj && obj.sourceType) {
            switch (obj.sourceType) {
                case "image":
                    return model.ViaImage.FN(jsonObj, true);
                default:
                    if (common.LOG.logger)
                        common.LOG.logger.info(\`Unknown value for: \${obj.sourceType}\`);
            }
        }
        return jsonObj;`;
  assert.deepEqual((scanModelFile(both(polymorphic)) as { meta: Map<string, ModelMeta> }).meta.get('X'), { d: 'sourceType', c: { image: 'ViaImage' } });
  assert.deepEqual((scanModelFile(both('        const jsonObj = Object.assign(Object.assign({}, (isParentJsonObj ? obj : model.Parent.FN(obj))), {});\n        return jsonObj;')) as { meta: Map<string, ModelMeta> }).meta.get('X'), { p: 'Parent' });
  assert.equal((scanModelFile(both('        return obj;')) as { meta: Map<string, ModelMeta> }).meta.get('X'), 0);

  // A renamed key (what oci-apigateway's JsonWebKey does), a nested field under another key, a
  // conversion, an unknown layout: all keep the package's models.
  assert.match(nonIdentityReason(both('        const jsonObj = Object.assign(Object.assign({}, obj), { "keyOps": obj["key_ops"] });\n        delete jsonObj["key_ops"];\n        return jsonObj;')) ?? '', /key_ops/);
  assert.ok(nonIdentityReason(both('        const jsonObj = Object.assign(Object.assign({}, obj), { "a": obj.b ? model.Y.FN(obj.b) : undefined });\n        return jsonObj;')));
  assert.ok(nonIdentityReason(both('        return Object.assign({}, obj, { "when": new Date(obj.when) });')));
  assert.match(nonIdentityReason(`function getJsonObj(obj) { return obj; }\n${wrap('getDeserializedJsonObj', '        return obj;')}`) ?? '', /not in the expected layout/);
});

test('the tests compare against the real SDK, not a stale overlay from an interrupted build', () => {
  assert.doesNotMatch(require.resolve('oci-core'), /build[\\/]node_modules/, 'remove build/node_modules (scripts/build-dist.mjs left it)');
});

test('models are stubbed in the service packages whose serializers are all copies; the others and KEEP_PARTS stay', () => {
  const core = decide('oci-core', pkgDir('oci-core'));
  assert.deepEqual(core.stubbed, ['model', 'request', 'response']);
  assert.deepEqual(core.kept, []);
  // JsonWebKey renames key_ops ↔ keyOps; NodeError renames opc-request-id ↔ opcRequestId.
  for (const [pkg, file] of [['oci-apigateway', 'json-web-key.js'], ['oci-containerengine', 'node-error.js']] as const) {
    const d = decide(pkg, pkgDir(pkg));
    assert.deepEqual(d.stubbed, ['request', 'response'], pkg);
    assert.match(d.kept.find((k) => k.part === 'model')?.why ?? '', new RegExp(file.replace('.', '\\.')), pkg);
  }
  assert.deepEqual(decide('oci-resourcesearch', pkgDir('oci-resourcesearch')).stubbed, ['request', 'response']);
  assert.deepEqual(decide('oci-identity', pkgDir('oci-identity')).stubbed, ['model', 'response']);
  // Why the rename matters: the real model answers a different record than the wire object.
  const apigw = require('oci-apigateway') as { models: Record<string, Serializers> };
  assert.deepEqual(apigw.models.JsonWebKey?.getDeserializedJsonObj({ kid: 'k', key_ops: ['verify'] }), { kid: 'k', keyOps: ['verify'] });
});

test('a stubbed model does what the real one does; anything else read from it throws, naming the package', () => {
  const models = loadStub('oci-core', 'model', decide('oci-core', pkgDir('oci-core')).meta);
  const real = (require('oci-core') as { models: Record<string, Serializers> }).models;
  // A nested model that is null is dropped by the real deserializer, a plain field kept; a
  // polymorphic field goes through its subtype.
  const body = { id: 'ocid1.instance.oc1..x', launchOptions: null, description: null, sourceDetails: { sourceType: 'image', imageId: 'ocid1.image.oc1..y', instanceSourceImageFilterDetails: null }, freeformTags: { a: '1' } };
  const expected = canonicalJson(common.ObjectSerializer.deserialize(structuredClone(body), 'model.Instance', real.Instance));
  assert.doesNotMatch(expected, /launchOptions|instanceSourceImageFilterDetails/);
  assert.match(expected, /"description":null/);
  assert.equal(canonicalJson(common.ObjectSerializer.deserialize(structuredClone(body), 'model.Instance', models.Instance)), expected);
  assert.equal(canonicalJson(common.ObjectSerializer.deserialize([structuredClone(body)], 'Array<model.Instance>', models.Instance)), `[${expected}]`);
  const update = { displayName: 'x', shapeConfig: null, agentConfig: { pluginsConfig: [{ name: 'p', desiredState: 'ENABLED' }] } };
  assert.equal(
    common.ObjectSerializer.serialize(update, 'UpdateInstanceDetails', models.UpdateInstanceDetails?.getJsonObj as (o: unknown) => object),
    common.ObjectSerializer.serialize(update, 'UpdateInstanceDetails', real.UpdateInstanceDetails?.getJsonObj as (o: unknown) => object),
  );
  assert.equal(models.Instance, models.Instance, 'one object per model name');
  assert.throws(() => (models.Instance as unknown as Record<string, Record<string, string>>).LifecycleState?.Running, /oci-core's models are not bundled.*Instance\.LifecycleState/);
  const requests = loadStub('oci-core', 'request') as unknown as Record<string, unknown>;
  assert.equal(requests.__esModule, true);
  assert.throws(() => requests.ListInstancesRequest, /oci-core's requests are not bundled.*ListInstancesRequest/);
});

test('for every row we enrich, the stub and the real models make the same record of the emulator\'s bodies, nulls included', async () => {
  const { store } = generateTenancy({ seed: 5, size: resolveSize({ regions: 1, compartments: 3, resources: 600 }), catalog: CATALOG });
  const checked = new Set<string>();
  const stubs = new Map<string, Record<string, Serializers>>();
  let bodies = 0;
  for (const row of ENRICHER_TABLE.filter((r) => !r.summaryOnly)) {
    const pkg = packageOfClient((await row.client()).name);
    const decision = decide(pkg, pkgDir(pkg));
    if (!decision.stubbed.includes('model')) continue;
    let stub = stubs.get(pkg);
    if (!stub) {
      stub = loadStub(pkg, 'model', decision.meta);
      stubs.set(pkg, stub);
    }
    const names = [
      row.get ? responseModel(pkg, row.get.method, row.get.responseKey) : undefined,
      row.list ? listItemModel(pkg, row.list.method, row.list.itemsPath) : undefined,
    ].filter((n): n is string => Boolean(n));
    const models = (require(pkg) as { models: Record<string, Serializers> }).models;
    const entry = CATALOG.find((e) => e.resourceType === row.resourceType);
    assert.ok(entry, row.resourceType);
    for (const resource of store.list(row.resourceType)) {
      const wire: JsonObject = entry.toWire(resource, store);
      const summary: JsonObject | undefined = entry.toSummary?.(resource, store);
      // Each body as served, and with every object-valued field null (what the real
      // deserializer drops when the field is a model).
      const variants: JsonObject[] = [wire, ...(summary ? [summary] : [])].flatMap((b) => [b, Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v !== null && typeof v === 'object' ? null : v]))]);
      for (const name of names) {
        const model = models[name];
        assert.ok(model, `${pkg} has no model ${name}`);
        for (const body of variants) {
          const real = canonicalJson(model.getDeserializedJsonObj(structuredClone(body)));
          assert.equal(canonicalJson(stub[name]?.getDeserializedJsonObj(structuredClone(body))), real, `${row.resourceType} through ${pkg} ${name}`);
          bodies++;
        }
      }
      checked.add(row.resourceType);
    }
  }
  assert.ok(checked.size >= 100, `only ${checked.size} types checked`);
  assert.ok(bodies > checked.size * 2);
});

/** Every .ts file under a directory. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('what src/ reads from an SDK package\'s models or requests at run time is in KEEP_PARTS', () => {
  // `models.X.Y` / `ns.requests.X.Y`: a member of a model or request read as a value (an enum),
  // not a type (`models.X`). getJsonObj and getDeserializedJsonObj are what the stub gives.
  const root = fileURLToPath(new URL('../../../src', import.meta.url));
  const uses: string[] = [];
  for (const file of sources(root).filter((f) => !f.includes(`${join('src', 'emulator')}`))) {
    const text = readFileSync(file, 'utf8');
    const imports = new Map<string, string>();
    for (const m of text.matchAll(/import (?:\* as (\w+)|\{([^}]*)\}) from '(oci-[a-z0-9]+)'/g)) {
      if (m[1] && m[3]) imports.set(m[1], m[3]);
      for (const name of (m[2] ?? '').split(',').map((s) => s.trim().replace(/^type /, ''))) if (name && m[3]) imports.set(name, m[3]);
    }
    for (const m of text.matchAll(/\b(?:(\w+)\.)?(models|requests)\.(\w+)\.(\w+)/g)) {
      if (m[4] === 'getJsonObj' || m[4] === 'getDeserializedJsonObj') continue;
      const pkg = imports.get(m[1] ?? m[2] ?? '');
      if (!pkg) continue;
      const part: SdkPart = m[2] === 'models' ? 'model' : 'request';
      uses.push(`${pkg} ${part} ${m[3]}.${m[4]}`);
      assert.ok(KEEP_PARTS.get(pkg)?.includes(part), `${file}: ${m[0]} reads ${pkg}'s ${part}s at run time: add it to KEEP_PARTS in scripts/sdk-slim.ts`);
    }
  }
  // The scan finds the two we know of, so it is not vacuous.
  assert.ok(uses.includes('oci-resourcesearch model SearchDetails.MatchingContextType'), uses.join('\n'));
  assert.ok(uses.includes('oci-identity request ListCompartmentsRequest.AccessLevel'), uses.join('\n'));
});

test('the overlay holds each service package\'s JavaScript with the stubbed parts replaced, and nothing for the rest', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'oci-inv-slim-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const model = both('        const jsonObj = Object.assign(Object.assign({}, obj), { "shapeConfig": obj.shapeConfig ? model.ShapeConfig.FN(obj.shapeConfig) : undefined });\n        return jsonObj;');
  for (const pkg of ['oci-plain', 'oci-renames']) {
    put(`nm/${pkg}/package.json`, '{"main":"index.js"}');
    put(`nm/${pkg}/index.js`, 'module.exports = require("./lib/client");');
    put(`nm/${pkg}/index.d.ts`, 'export {};');
    put(`nm/${pkg}/lib/client.js`, 'const model = require("./model");');
    put(`nm/${pkg}/lib/client.js.map`, '{}');
    put(`nm/${pkg}/lib/model/index.js`, 'exports.X = require("./x").X;');
    put(`nm/${pkg}/lib/request/index.js`, '');
    put(`nm/${pkg}/lib/request/list-x-request.js`, '');
  }
  put('nm/oci-plain/lib/model/x.js', model);
  put('nm/oci-renames/lib/model/x.js', both('        const jsonObj = Object.assign(Object.assign({}, obj), { "keyOps": obj["key_ops"] });\n        delete jsonObj["key_ops"];\n        return jsonObj;'));
  put('nm/oci-common/lib/model/index.js', '');
  put('nm/oci-nomodels/index.js', '');
  put('nm/other/lib/model/index.js', '');

  const decisions = writeOverlay(join(root, 'nm'), join(root, 'overlay'));
  assert.deepEqual(decisions.map((d) => [d.pkg, d.stubbed]), [['oci-plain', ['model', 'request']], ['oci-renames', ['request']]]);
  assert.deepEqual(readdirSync(join(root, 'overlay')).sort(), ['oci-plain', 'oci-renames'], 'nothing for oci-common, packages without models or not oci-*');
  const plain = join(root, 'overlay', 'oci-plain');
  assert.ok(existsSync(join(plain, 'package.json')) && existsSync(join(plain, 'index.js')) && existsSync(join(plain, 'lib', 'client.js')));
  assert.ok(!existsSync(join(plain, 'index.d.ts')) && !existsSync(join(plain, 'lib', 'client.js.map')), 'JavaScript and JSON only');
  assert.deepEqual(readdirSync(join(plain, 'lib', 'model')), ['index.js']);
  assert.deepEqual(readdirSync(join(plain, 'lib', 'request')), ['index.js']);
  assert.ok(readFileSync(join(plain, 'lib', 'model', 'index.js'), 'utf8').includes(JSON.stringify(JSON.stringify({ X: { f: [['shapeConfig', 0, 'ShapeConfig']] } }))), 'the table in the stub');
  const renames = join(root, 'overlay', 'oci-renames');
  assert.deepEqual(readdirSync(join(renames, 'lib', 'model')).sort(), ['index.js', 'x.js'], 'models kept as they are');
  assert.equal(readFileSync(join(renames, 'lib', 'model', 'x.js'), 'utf8'), readFileSync(join(root, 'nm/oci-renames/lib/model/x.js'), 'utf8'));
});
