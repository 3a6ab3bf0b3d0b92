// Slims the OCI SDK service packages for the bundles (scripts/build-dist.mjs): each `oci-*`
// package we bundle is copied into an overlay `node_modules` the bundler resolves first, with
// `lib/model`, `lib/request` and `lib/response` replaced by small stubs where that is faithful.
//
// Why: a run meets ~60 services, and their packages are ~50 MB of JavaScript, mostly models
// (oci-core: 2.3 MB of model code beside a 2.1 MB client), all compiled and evaluated when
// the package loads. The generated clients reach a model only as `model.X.getJsonObj`
// (request bodies) and `bodyModel: model.X` → `bodyModel.getDeserializedJsonObj` (responses).
// Those functions are generated to one pattern: copy the object, map nested model fields
// with the nested model's function (a null or absent one becomes `undefined`, so its key is
// dropped), and dispatch a polymorphic type on its discriminator. The build reads that
// pattern out of every model file into a small table (ModelMeta) and the stub interprets it,
// so a record is what the real models make of it (tests/unit/sdk-slim.test.ts compares them
// on every row's bodies). Where a package has a model outside the pattern (oci-apigateway's
// JsonWebKey renames `key_ops` ↔ `keyOps`), its models stay real.
// Requests and responses are interfaces plus enums: stubbed unless our code reads an enum.
//
// The stubs throw, naming the package, on any other access (an enum, say), so a model our
// code needs at run time fails loudly in the e2e suites instead of reading `undefined`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SdkPart = 'model' | 'request' | 'response';

/**
 * Parts our own code reads at run time (enums), kept real whatever the scan says. A unit test
 * (tests/unit/sdk-slim.test.ts) holds src/ to this list.
 */
export const KEEP_PARTS: ReadonlyMap<string, readonly SdkPart[]> = new Map<string, readonly SdkPart[]>([
  ['oci-resourcesearch', ['model']], // SearchDetails.MatchingContextType (src/oci/discovery.ts)
  ['oci-identity', ['request']], // ListCompartmentsRequest.AccessLevel (src/oci/discovery.ts)
]);

const SERIALIZERS = ['getJsonObj', 'getDeserializedJsonObj'] as const;

/** How a nested field is mapped: one model, an array of them, a string-keyed map of them. */
export type NestedKind = 0 | 1 | 2;

/**
 * What a model's generated serializers do, as data the stub interprets (the same for
 * getJsonObj and getDeserializedJsonObj, else the package keeps its models):
 * - `0`: `return obj;` (the object as it is);
 * - `p`: a polymorphic subtype's parent, applied first unless called by the parent;
 * - `f`: nested fields `[key, kind, model]`: a truthy value mapped by the model's function,
 *   anything else (null, absent) becomes `undefined`, i.e. the key is dropped;
 * - `d`/`c`: the discriminator field and its values' subtypes.
 * A model absent from the table copies the object (`Object.assign({}, obj)`).
 */
export type ModelMeta = 0 | { p?: string; f?: [string, NestedKind, string][]; d?: string; c?: Record<string, string> };

type Scan = { meta: Map<string, ModelMeta> } | { reason: string };

/** One serializer body (comments stripped, whitespace collapsed) as ModelMeta, or why not. */
function parseBody(raw: string, fn: string): ModelMeta | string {
  const body = raw.replace(/^\s*\/\/.*$/gm, '').replace(/\s+/g, ' ').trim();
  if (body === 'return obj;') return 0;
  const nested = `model\\.(\\w+)\\.${fn}`;
  const steps = {
    head: /^const jsonObj = Object\.assign\(Object\.assign\(\{\}, obj\), \{ ?/y,
    headSub: new RegExp(`^const jsonObj = Object\\.assign\\(Object\\.assign\\(\\{\\}, \\(isParentJsonObj \\? obj : ${nested}\\(obj\\)\\)\\), \\{ ?`, 'y'),
    one: new RegExp(`"(\\w+)": obj\\.\\1 \\? ${nested}\\(obj\\.\\1\\) : undefined,? ?`, 'y'),
    array: new RegExp(`"(\\w+)": obj\\.\\1 \\? obj\\.\\1\\.map\\(item => \\{ return ${nested}\\(item\\); \\}\\) : undefined,? ?`, 'y'),
    map: new RegExp(`"(\\w+)": obj\\.\\1 \\? common\\.mapContainer\\(obj\\.\\1, ${nested}\\) : undefined,? ?`, 'y'),
    close: /\}\); ?/y,
    switch: /if \(obj && "(\w+)" in obj && obj\.\1\) \{ switch \(obj\.\1\) \{ /y,
    case: new RegExp(`case "([^"\\\\]*)": return ${nested}\\(jsonObj, true\\); `, 'y'),
    default: /default: if \(common\.LOG\.logger\) common\.LOG\.logger\.info\(`Unknown value for: \$\{obj\.(\w+)\}`\); \} \} /y,
    end: /return jsonObj;$/y,
  };
  let at = 0;
  const eat = (re: RegExp) => {
    re.lastIndex = at;
    const m = re.exec(body);
    if (m) at = re.lastIndex;
    return m;
  };
  const meta: Exclude<ModelMeta, 0> = {};
  const sub = eat(steps.headSub);
  if (sub) meta.p = sub[1];
  else if (!eat(steps.head)) return `unexpected head: ${body.slice(0, 120)}`;
  const fields: [string, NestedKind, string][] = [];
  for (;;) {
    const one = eat(steps.one);
    const field = one ? [one, 0] as const : ((m) => (m ? [m, 1] as const : ((n) => (n ? [n, 2] as const : undefined))(eat(steps.map))))(eat(steps.array));
    if (!field) break;
    fields.push([field[0][1] ?? '', field[1], field[0][2] ?? '']);
  }
  if (fields.length) meta.f = fields;
  if (!eat(steps.close)) return `unexpected field: ${body.slice(at, at + 120)}`;
  const sw = eat(steps.switch);
  if (sw) {
    meta.d = sw[1];
    const cases: Record<string, string> = {};
    for (let c = eat(steps.case); c; c = eat(steps.case)) cases[c[1] ?? ''] = c[2] ?? '';
    meta.c = cases;
    const dflt = eat(steps.default);
    if (!dflt || dflt[1] !== meta.d) return `unexpected switch: ${body.slice(at, at + 120)}`;
  }
  if (!eat(steps.end)) return `unexpected tail: ${body.slice(at, at + 120)}`;
  return meta;
}

/**
 * A model file's serializers as ModelMeta per model, or why the stub could not reproduce them.
 * Recognized: the object spread, nested fields mapped by another model's function of the same
 * name under the same key (objects, arrays, `common.mapContainer` maps), a polymorphic parent's
 * discriminator switch to its subtypes, and a subtype's `isParentJsonObj` head. Anything else
 * (a renamed key, a `delete`, a conversion) keeps the package's models.
 */
export function scanModelFile(source: string): Scan {
  const namespaces = [...source.matchAll(/\nvar (\w+);\n\(function \(\1\) \{/g)].map((m) => ({ name: m[1] ?? '', at: m.index ?? 0 }));
  const meta = new Map<string, ModelMeta>();
  const seen = new Map<string, string>();
  for (const fn of SERIALIZERS) {
    const declared = source.split(`function ${fn}(`).length - 1;
    const re = new RegExp(`\\n([ \\t]*)function ${fn}\\(([^)]*)\\) \\{\\n([\\s\\S]*?)\\n\\1\\}`, 'g');
    let found = 0;
    for (const m of source.matchAll(re)) {
      found++;
      const name = namespaces.filter((n) => n.at < (m.index ?? 0)).pop()?.name;
      if (!name) return { reason: `${fn} outside a model namespace` };
      const parsed = parseBody(m[3] ?? '', fn);
      if (typeof parsed === 'string') return { reason: `${name}.${fn}: ${parsed}` };
      const text = JSON.stringify(parsed);
      const other = seen.get(name);
      if (other !== undefined && other !== text) return { reason: `${name}: getJsonObj and getDeserializedJsonObj differ` };
      seen.set(name, text);
      if (parsed === 0 || Object.keys(parsed).length) meta.set(name, parsed);
    }
    if (found !== declared) return { reason: `${fn}: ${declared - found} of ${declared} not in the expected layout` };
  }
  return { meta };
}

/** Why a model file's serializers cannot be stubbed, or undefined if they can. */
export function nonIdentityReason(source: string): string | undefined {
  const scan = scanModelFile(source);
  return 'reason' in scan ? scan.reason : undefined;
}

/** The package's models as ModelMeta, or the first file the stub cannot reproduce, with why. */
export function scanPackageModels(pkgDir: string): Scan {
  const dir = join(pkgDir, 'lib', 'model');
  const index = readFileSync(join(dir, 'index.js'), 'utf8');
  for (const m of index.matchAll(/exports\.(\w+) = \w+\.(\w+);/g)) {
    if (m[1] !== m[2]) return { reason: `index.js exports ${m[2]} as ${m[1]}` };
  }
  const meta = new Map<string, ModelMeta>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.js') || file === 'index.js') continue;
    const scan = scanModelFile(readFileSync(join(dir, file), 'utf8'));
    if ('reason' in scan) return { reason: `${file}: ${scan.reason}` };
    for (const [name, m] of scan.meta) meta.set(name, m);
  }
  return { meta };
}

/** The module written in place of a stubbed `lib/<part>/index.js` (`meta` for models). */
export function stubSource(pkg: string, part: SdkPart, meta: ReadonlyMap<string, ModelMeta> = new Map()): string {
  const where = `${pkg}'s ${part}s are not bundled (scripts/sdk-slim.ts)`;
  const head = `"use strict";\n// Written by scripts/sdk-slim.ts in place of ${pkg}/lib/${part}: ${part === 'model' ? "the generated models' serializers as data (sdk-slim.ts ModelMeta)" : 'interfaces and enums oci-inv does not read'}.\n`;
  if (part !== 'model') {
    return `${head}module.exports = new Proxy({}, { get(t, k) { if (k === "__esModule") return true; if (typeof k !== "string") return undefined; throw new Error(${JSON.stringify(where)} + ": " + k + " was read; add it to KEEP_PARTS"); } });\n`;
  }
  const table = JSON.stringify(Object.fromEntries([...meta].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return `${head}const META = JSON.parse(${JSON.stringify(table)});
const has = Object.prototype.hasOwnProperty;
// What model.<name>.getJsonObj / getDeserializedJsonObj do, for every model of the package.
function convert(name, obj, isParent) {
  const m = has.call(META, name) ? META[name] : undefined;
  if (m === 0) return obj;
  if (m === undefined) return Object.assign({}, obj);
  const json = Object.assign({}, m.p !== undefined && !isParent ? convert(m.p, obj, false) : obj);
  if (m.f !== undefined) {
    for (const [key, kind, sub] of m.f) {
      const v = obj[key];
      if (!v) json[key] = undefined;
      else if (kind === 0) json[key] = convert(sub, v, false);
      else if (kind === 1) json[key] = v.map((item) => convert(sub, item, false));
      else {
        const out = {};
        for (const k in v) out[k] = convert(sub, v[k], false);
        json[key] = out;
      }
    }
  }
  if (m.d !== undefined && obj && m.d in obj && obj[m.d] && has.call(m.c, obj[m.d])) return convert(m.c[obj[m.d]], json, true);
  return json;
}
const made = new Map();
const model = (name) => {
  let m = made.get(name);
  if (!m) {
    const fns = { getJsonObj: (obj, isParent) => convert(name, obj, isParent === true), getDeserializedJsonObj: (obj, isParent) => convert(name, obj, isParent === true) };
    m = new Proxy(fns, { get(t, k) { if (k in t || typeof k !== "string") return t[k]; throw new Error(${JSON.stringify(where)} + ": " + name + "." + k + " was read; add it to KEEP_PARTS"); } });
    made.set(name, m);
  }
  return m;
};
module.exports = new Proxy({}, { get(t, k) { if (k === "__esModule") return true; return typeof k === "string" ? model(k) : undefined; } });
`;
}

export interface SlimDecision {
  pkg: string;
  stubbed: SdkPart[];
  kept: { part: SdkPart; why: string }[];
  /** The models' serializers as data, when the models are stubbed. */
  meta: Map<string, ModelMeta>;
}

/** Which parts of a package are stubbed, and why the others are kept. */
export function decide(pkg: string, pkgDir: string): SlimDecision {
  const decision: SlimDecision = { pkg, stubbed: [], kept: [], meta: new Map() };
  for (const part of ['model', 'request', 'response'] as const) {
    if (!existsSync(join(pkgDir, 'lib', part, 'index.js'))) continue;
    if (KEEP_PARTS.get(pkg)?.includes(part)) {
      decision.kept.push({ part, why: 'read by oci-inv (KEEP_PARTS)' });
      continue;
    }
    if (part === 'model') {
      const scan = scanPackageModels(pkgDir);
      if ('reason' in scan) {
        decision.kept.push({ part, why: scan.reason });
        continue;
      }
      decision.meta = scan.meta;
    }
    decision.stubbed.push(part);
  }
  return decision;
}

function copyTree(from: string, to: string, skip: ReadonlySet<string>): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort()) {
    const src = join(from, name);
    if (skip.has(src)) continue;
    if (statSync(src).isDirectory()) {
      if (name === 'node_modules' || name === 'tests') continue;
      copyTree(src, join(to, name), skip);
    } else if (name.endsWith('.js') || name.endsWith('.json')) {
      copyFileSync(src, join(to, name));
    }
  }
}

/**
 * Writes `<overlay>/<pkg>` for every `oci-*` service package in `nodeModules` (those with a
 * `lib/model`): its JavaScript and package.json, the stubbed parts replaced. oci-common and
 * packages without models are left to the real node_modules.
 */
export function writeOverlay(nodeModules: string, overlay: string): SlimDecision[] {
  const decisions: SlimDecision[] = [];
  for (const pkg of readdirSync(nodeModules).sort()) {
    const pkgDir = join(nodeModules, pkg);
    // oci-common stays one real module every package shares.
    if (!pkg.startsWith('oci-') || pkg === 'oci-common' || !existsSync(join(pkgDir, 'lib', 'model', 'index.js'))) continue;
    const decision = decide(pkg, pkgDir);
    decisions.push(decision);
    if (decision.stubbed.length === 0) continue;
    const out = join(overlay, pkg);
    copyTree(pkgDir, out, new Set(decision.stubbed.map((part) => join(pkgDir, 'lib', part))));
    for (const part of decision.stubbed) {
      mkdirSync(join(out, 'lib', part), { recursive: true });
      writeFileSync(join(out, 'lib', part, 'index.js'), stubSource(pkg, part, decision.meta));
    }
  }
  return decisions;
}
