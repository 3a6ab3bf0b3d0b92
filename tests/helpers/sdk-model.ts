// Test helper: the OCI SDK's own model declarations (`node_modules/oci-*/lib/model/*.d.ts`,
// `lib/response/*.d.ts`) read as data, so tests can hold the enrichment table and the
// emulator's wire objects to the SDK: which model an operation returns, which fields it has,
// and whether a dotted relation path exists in it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface ModelDecl {
  fields: Map<string, string>;
  parent: string | undefined;
}

const require = createRequire(import.meta.url);
const packages = new Map<string, { dir: string; models: Map<string, ModelDecl> }>();

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** Properties of an interface body: `    "name"?: type;`, map types folded onto one line. */
function parseInterfaces(source: string): Map<string, ModelDecl> {
  const out = new Map<string, ModelDecl>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^export interface (\w+)(?: extends model\.(\w+))? \{/.exec(lines[i] ?? '');
    if (!head?.[1]) continue;
    const fields = new Map<string, string>();
    for (i++; i < lines.length && lines[i] !== '}'; i++) {
      const prop = /^ {4}"(\w+)"\??: (.*)$/.exec(lines[i] ?? '');
      if (!prop?.[1]) continue;
      let type = prop[2] ?? '';
      while (type.endsWith('{') && i + 1 < lines.length) type += ` ${(lines[++i] ?? '').trim()}`;
      fields.set(prop[1], type);
    }
    out.set(head[1], { fields, parent: head[2] });
  }
  return out;
}

function modelsOf(pkg: string) {
  let entry = packages.get(pkg);
  if (!entry) {
    const dir = packageDir(pkg);
    const models = new Map<string, ModelDecl>();
    const modelDir = join(dir, 'lib', 'model');
    for (const file of readdirSync(modelDir)) {
      if (!file.endsWith('.d.ts')) continue;
      for (const [name, decl] of parseInterfaces(readFileSync(join(modelDir, file), 'utf8'))) models.set(name, decl);
    }
    entry = { dir, models };
    packages.set(pkg, entry);
  }
  return entry;
}

/** The response declaration file of an operation, found through the package's response index. */
function responseFile(pkg: string, method: string): string {
  const dir = join(modelsOf(pkg).dir, 'lib', 'response');
  const typeName = `${method[0]?.toUpperCase() ?? ''}${method.slice(1)}Response`;
  const index = readFileSync(join(dir, 'index.d.ts'), 'utf8');
  const match = new RegExp(`import \\* as ${typeName} from "\\./([\\w-]+)"`).exec(index);
  if (!match?.[1]) throw new Error(`${pkg} declares no ${typeName}`);
  return join(dir, `${match[1]}.d.ts`);
}

/** The model name held under `key` of an operation's response (`getInstance`, `instance` → `Instance`). */
export function responseModel(pkg: string, method: string, key: string): string | undefined {
  const decl = parseInterfaces(readFileSync(responseFile(pkg, method), 'utf8'));
  for (const { fields } of decl.values()) {
    const type = fields.get(key);
    if (type) return modelNames(type)[0];
  }
  return undefined;
}

/** Model names a declared type mentions: `model.X`, `Array<model.X>`, `{ [key: string]: model.X; }`. */
function modelNames(type: string): string[] {
  return [...type.matchAll(/model\.(\w+)/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Every field of a model, its ancestors' included (a polymorphic subtype's own, too). */
export function modelFields(pkg: string, model: string): Map<string, string> {
  const { models } = modelsOf(pkg);
  const out = new Map<string, string>();
  for (let name: string | undefined = model; name; name = models.get(name)?.parent) {
    for (const [field, type] of models.get(name)?.fields ?? []) if (!out.has(field)) out.set(field, type);
  }
  return out;
}

/** Fields an object of this model may carry: its own, its ancestors' and its subtypes'. */
export function possibleFields(pkg: string, model: string): Set<string> {
  return new Set(withSubtypes(pkg, model).flatMap((name) => [...modelFields(pkg, name).keys()]));
}

/** The model and its subtypes (`InstanceSourceDetails` → `InstanceSourceViaImageDetails`, …). */
function withSubtypes(pkg: string, model: string): string[] {
  const { models } = modelsOf(pkg);
  const out = [model];
  for (const [name, decl] of models) if (decl.parent === model) out.push(...withSubtypes(pkg, name));
  return out;
}

/**
 * Whether a dotted relation path exists in the model: each segment a field of the current model
 * or one of its subtypes, `*` stepping into the element model of an array or map.
 */
export function pathExists(pkg: string, model: string, path: string): boolean {
  let current = [model];
  const segments = path.split('.');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    if (segment === '*') continue;
    const next: string[] = [];
    let found = false;
    for (const name of current.flatMap((m) => withSubtypes(pkg, m))) {
      const type = modelFields(pkg, name).get(segment);
      if (type === undefined) continue;
      found = true;
      next.push(...modelNames(type));
    }
    if (!found) return false;
    current = next;
    if (current.length === 0 && i < segments.length - 1) return false;
  }
  return true;
}

/** The oci-* package that declares an SDK client class (`ComputeClient` → `oci-core`). */
export function packageOfClient(className: string): string {
  const root = join(packageDir('oci-common'), '..');
  for (const name of readdirSync(root)) {
    if (!name.startsWith('oci-')) continue;
    let declarations: string;
    try {
      declarations = readFileSync(join(root, name, 'lib', 'client.d.ts'), 'utf8');
    } catch {
      continue;
    }
    if (declarations.includes(`export declare class ${className} `)) return name;
  }
  throw new Error(`no installed oci-* package declares ${className}`);
}

/** The model of a list's items: `items` of the response, or `items` inside a `*Collection`. */
export function listItemModel(pkg: string, method: string, itemsPath: readonly string[]): string | undefined {
  const [key, ...inner] = itemsPath;
  if (!key) return undefined;
  let model = responseModel(pkg, method, key);
  for (const field of inner) model = model ? modelNames(modelFields(pkg, model).get(field) ?? '')[0] : undefined;
  return model;
}
