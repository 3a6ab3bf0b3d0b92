// Reads Terraform state in the forms people have (docs/iac.md): a v4 state file
// (terraform.tfstate, `terraform state pull`), and `terraform show -json` output of a state
// (`values.root_module` and its child modules) or of a plan (`prior_state`). One resource
// instance at a time comes out, already cut down to what the match and the drift check need:
// sensitive attributes are dropped here, before anything else sees them, and every other
// attribute outside the mapping table is never kept. A file of the wrong version or shape is
// a StateInputError naming the file and the path inside it (exit 2).
import { createReadStream } from 'node:fs';
import type { JsonValue } from '../core/record.js';
import { formatPath, type JsonHit, JsonStreamError, type PathStep, type Selection, streamJson } from './json-stream.js';

export class StateInputError extends Error {
  override name = 'StateInputError';
  constructor(
    readonly file: string,
    /** Path inside the document (`resources[3].instances[0]`), or '' for the whole file. */
    readonly where: string,
    readonly detail: string,
  ) {
    super(where ? `${file}: ${where}: ${detail}` : `${file}: ${detail}`);
  }
}

export type StateFormat = 'v4' | 'show-json' | 'plan-json';

/** One managed resource instance from a state. */
export interface StateInstance {
  /** Where it came from: the file, or `orm:<stack ocid>`. */
  source: string;
  /** Terraform address: `module.net.oci_core_vcn.main["a"]`. */
  address: string;
  type: string;
  /** Attributes with sensitive values removed; only those match and drift read are kept (see keep). */
  attributes: Record<string, JsonValue>;
  /** Top-level attribute names that were marked sensitive (their values are gone). */
  sensitive: ReadonlySet<string>;
}

export interface StateSummary {
  source: string;
  format: StateFormat;
  terraformVersion: string | null;
  /** Managed resource instances read (data sources are not counted). */
  instances: number;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Where resources sit in `terraform show -json` output: `values` or `prior_state.values`, any module depth. */
function moduleSelection(rest: readonly PathStep[]): Selection {
  // rest starts at root_module: [root_module, (child_modules, i)*, resources, i]
  if (rest.length === 0) return 'descend';
  if (rest[0] !== 'root_module') return 'skip';
  let i = 1;
  for (;;) {
    if (rest.length === i) return 'descend';
    const step = rest[i];
    if (step === 'resources') {
      if (rest.length === i + 1) return 'descend';
      return rest.length === i + 2 ? 'capture' : 'skip';
    }
    if (step === 'child_modules') {
      if (rest.length === i + 1 || rest.length === i + 2) return 'descend';
      i += 2;
      continue;
    }
    return 'skip';
  }
}

const ROOT_SCALARS = new Set(['version', 'format_version', 'terraform_version']);

function select(path: readonly PathStep[], kind: 'object' | 'array' | 'scalar'): Selection {
  if (path.length === 0) return 'descend';
  const top = path[0];
  if (path.length === 1 && typeof top === 'string' && ROOT_SCALARS.has(top)) return 'capture';
  if (top === 'resources') {
    if (path.length === 1) return kind === 'array' ? 'descend' : 'capture';
    return path.length === 2 ? 'capture' : 'skip';
  }
  if (top === 'values') {
    if (path.length === 1) return kind === 'object' ? 'descend' : 'capture';
    return moduleSelection(path.slice(1));
  }
  if (top === 'prior_state') {
    if (path.length === 1) return kind === 'object' ? 'descend' : 'capture';
    if (path[1] !== 'values') return 'skip';
    if (path.length === 2) return kind === 'object' ? 'descend' : 'capture';
    return moduleSelection(path.slice(2));
  }
  return 'skip';
}

async function* fileChunks(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) yield chunk;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StateInputError(file, '', code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a state file' : `cannot read (${code ?? String(error)})`);
  } finally {
    stream.destroy();
  }
}

export interface ReadStateOptions {
  /** Attribute names kept (besides what sensitivity removes); everything else is dropped on read. */
  keep: (type: string, name: string) => boolean;
  /** Called once the whole file has been read and checked. */
  onSummary?: (summary: StateSummary) => void;
}

/**
 * Managed resource instances of one state file, in file order. The file is checked as it is
 * read: its version, and the shape of every resource. The caller must not commit anything
 * before the generator finishes (a wrong version can be noticed after the first resources).
 */
export async function* readStateFile(file: string, options: ReadStateOptions, chunks?: AsyncIterable<string>): AsyncGenerator<StateInstance> {
  yield* readState(file, chunks ?? fileChunks(file), options);
}

export async function* readState(source: string, chunks: AsyncIterable<string>, options: ReadStateOptions): AsyncGenerator<StateInstance> {
  let version: unknown;
  let formatVersion: unknown;
  let terraformVersion: string | null = null;
  let sawResources = false;
  let sawValues = false;
  let sawPriorState = false;
  let instances = 0;
  const fail = (path: readonly PathStep[], detail: string) => new StateInputError(source, path.length ? formatPath(path) : '', detail);
  const tracked = (path: readonly PathStep[], kind: 'object' | 'array' | 'scalar'): Selection => {
    const choice = select(path, kind);
    if (path.length === 1) {
      if (path[0] === 'resources') {
        sawResources = true;
        if (kind !== 'array') throw fail(path, 'must be an array of resources');
      } else if (path[0] === 'values') {
        sawValues = true;
        if (kind !== 'object') throw fail(path, 'must be an object');
      } else if (path[0] === 'prior_state') {
        sawPriorState = true;
        if (kind !== 'object') throw fail(path, 'must be an object');
      }
    }
    return choice;
  };
  const checkVersion = () => {
    if (version !== undefined && version !== 4) {
      throw fail(['version'], `${JSON.stringify(version)} is not supported: oci-inv reads state format version 4 (Terraform ≥ 0.12) or \`terraform show -json\` output`);
    }
    if (formatVersion !== undefined && (typeof formatVersion !== 'string' || !/^[01]\.\d+$/.test(formatVersion))) {
      throw fail(['format_version'], `${JSON.stringify(formatVersion)} is not a supported JSON output format (expected 0.x or 1.x)`);
    }
  };
  let iterator: AsyncGenerator<JsonHit>;
  try {
    iterator = streamJson(chunks, tracked);
  } catch (error) {
    throw wrap(error);
  }
  function wrap(error: unknown): unknown {
    if (error instanceof JsonStreamError) return new StateInputError(source, `line ${error.line}`, error.detail);
    return error;
  }
  for (;;) {
    let next: IteratorResult<JsonHit>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw wrap(error);
    }
    if (next.done) break;
    const { path, value } = next.value;
    const top = path[0];
    if (path.length === 1) {
      if (top === 'version') version = value;
      else if (top === 'format_version') formatVersion = value;
      else if (top === 'terraform_version') terraformVersion = typeof value === 'string' ? value : null;
      else if (top === 'resources') throw fail(path, 'must be an array of resources');
      else throw fail(path, 'must be an object');
      checkVersion();
      continue;
    }
    if (top === 'resources') {
      if (version === undefined && formatVersion !== undefined) throw fail(path, 'a `terraform show -json` document has no top-level resources (is this a state file with a format_version?)');
      for (const instance of v4Resource(source, path, value, options)) {
        instances++;
        yield instance;
      }
    } else {
      const instance = showJsonResource(source, path, value, options);
      if (instance) {
        instances++;
        yield instance;
      }
    }
  }
  checkVersion();
  if (version === undefined && formatVersion === undefined) {
    throw fail([], 'not a Terraform state: no "version" (a v4 state file) or "format_version" (terraform show -json output) at the top level');
  }
  if (version !== undefined && !sawResources) throw fail(['resources'], 'missing: a v4 state file lists its resources there');
  if (version === undefined && !sawValues && !sawPriorState) {
    // A plan of an empty workspace has neither; nothing is managed yet.
  }
  const format: StateFormat = version !== undefined ? 'v4' : sawPriorState || !sawValues ? 'plan-json' : 'show-json';
  options.onSummary?.({ source, format, terraformVersion, instances });
}

/** `module.a.module.b.oci_core_vcn.main["k"]` from its parts. */
export function addressOf(module: string | undefined, type: string, name: string, indexKey: unknown, mode = 'managed'): string {
  const base = `${module ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  if (indexKey === undefined || indexKey === null) return base;
  return `${base}[${typeof indexKey === 'number' ? String(indexKey) : JSON.stringify(indexKey)}]`;
}

function v4Resource(source: string, path: readonly PathStep[], value: unknown, options: ReadStateOptions): StateInstance[] {
  const fail = (sub: PathStep[], detail: string) => new StateInputError(source, formatPath([...path, ...sub]), detail);
  if (!isObject(value)) throw fail([], 'must be an object (a resource)');
  const { mode, type, name, module } = value;
  if (typeof mode !== 'string') throw fail(['mode'], 'must be "managed" or "data"');
  if (typeof type !== 'string' || type === '') throw fail(['type'], 'must be a resource type name');
  if (typeof name !== 'string' || name === '') throw fail(['name'], 'must be a resource name');
  if (module !== undefined && typeof module !== 'string') throw fail(['module'], 'must be a module address');
  if (!Array.isArray(value.instances)) throw fail(['instances'], 'must be an array');
  if (mode !== 'managed') return [];
  const out: StateInstance[] = [];
  value.instances.forEach((instance: unknown, i: number) => {
    if (!isObject(instance)) throw fail(['instances', i], 'must be an object');
    if (instance.attributes === undefined && instance.attributes_flat !== undefined) {
      throw fail(['instances', i, 'attributes_flat'], 'flat attributes are the pre-0.12 form: run `terraform state pull` with Terraform ≥ 0.12 to get a v4 state');
    }
    if (!isObject(instance.attributes)) throw fail(['instances', i, 'attributes'], 'must be an object');
    const sensitive = sensitiveFromPaths(instance.sensitive_attributes, () => fail(['instances', i, 'sensitive_attributes'], 'must be an array of attribute paths'));
    out.push({
      source,
      address: addressOf(module, type, name, instance.index_key),
      type,
      attributes: keepAttributes(type, instance.attributes, sensitive, options),
      sensitive: new Set(sensitive.keys()),
    });
  });
  return out;
}

function showJsonResource(source: string, path: readonly PathStep[], value: unknown, options: ReadStateOptions): StateInstance | undefined {
  const fail = (sub: PathStep[], detail: string) => new StateInputError(source, formatPath([...path, ...sub]), detail);
  if (!isObject(value)) throw fail([], 'must be an object (a resource)');
  const { mode, type, address } = value;
  if (typeof address !== 'string' || address === '') throw fail(['address'], 'must be a resource address');
  if (typeof type !== 'string' || type === '') throw fail(['type'], 'must be a resource type name');
  if (mode !== 'managed' && mode !== 'data') throw fail(['mode'], 'must be "managed" or "data"');
  if (mode !== 'managed') return undefined;
  if (!isObject(value.values)) throw fail(['values'], 'must be an object (the resource attributes)');
  const sensitive = new Map<string, SensitiveTree>();
  if (value.sensitive_values !== undefined) {
    if (!isObject(value.sensitive_values)) throw fail(['sensitive_values'], 'must be an object');
    for (const [key, mark] of Object.entries(value.sensitive_values)) {
      const tree = sensitiveFromMarks(mark);
      if (tree) sensitive.set(key, tree);
    }
  }
  return { source, address, type, attributes: keepAttributes(type, value.values, sensitive, options), sensitive: new Set(sensitive.keys()) };
}

/** `true` where a whole value is sensitive; a map/array of sub-trees below. */
type SensitiveTree = true | Map<string, SensitiveTree>;

function sensitiveFromMarks(mark: unknown): SensitiveTree | undefined {
  if (mark === true) return true;
  if (Array.isArray(mark)) {
    const out = new Map<string, SensitiveTree>();
    mark.forEach((m, i) => {
      const t = sensitiveFromMarks(m);
      if (t) out.set(String(i), t);
    });
    return out.size > 0 ? out : undefined;
  }
  if (isObject(mark)) {
    const out = new Map<string, SensitiveTree>();
    for (const [k, m] of Object.entries(mark)) {
      const t = sensitiveFromMarks(m);
      if (t) out.set(k, t);
    }
    return out.size > 0 ? out : undefined;
  }
  return undefined;
}

/** v4 `sensitive_attributes`: a list of paths, each a list of `{type: get_attr|index, value}` steps. */
function sensitiveFromPaths(paths: unknown, fail: () => Error): Map<string, SensitiveTree> {
  const root = new Map<string, SensitiveTree>();
  if (paths === undefined || paths === null) return root;
  if (!Array.isArray(paths)) throw fail();
  for (const raw of paths) {
    // Terraform ≥ 1.x writes a list of steps; accept a bare step too.
    const steps = Array.isArray(raw) ? raw : [raw];
    const keys: string[] = [];
    for (const step of steps) {
      if (!isObject(step)) throw fail();
      const v = step.value;
      if (step.type === 'get_attr' && typeof v === 'string') keys.push(v);
      else if (step.type === 'index') keys.push(isObject(v) ? String(v.value) : String(v));
      else throw fail();
    }
    if (keys.length === 0) continue;
    let node = root;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (i === keys.length - 1) {
        node.set(key, true);
        break;
      }
      const child = node.get(key);
      if (child === true) break;
      const next = child ?? new Map<string, SensitiveTree>();
      node.set(key, next);
      node = next;
    }
  }
  return root;
}

/** A value with every sensitive part removed (a sensitive whole value → undefined). */
function withoutSensitive(value: unknown, tree: SensitiveTree | undefined): JsonValue | undefined {
  if (tree === true) return undefined;
  if (!tree) return value as JsonValue;
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    value.forEach((item, i) => {
      const kept = withoutSensitive(item, tree.get(String(i)));
      out.push(kept === undefined ? null : kept);
    });
    return out;
  }
  if (isObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutSensitive(v, tree.get(k));
      if (kept !== undefined) Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value as JsonValue;
}

function keepAttributes(type: string, attributes: Obj, sensitive: ReadonlyMap<string, SensitiveTree>, options: ReadStateOptions): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!options.keep(type, name)) continue;
    const kept = withoutSensitive(value, sensitive.get(name));
    if (kept !== undefined) Object.defineProperty(out, name, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
