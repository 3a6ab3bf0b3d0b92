// Changes the emulated tenancy between runs the way real tenancies change: resources appear,
// get deleted or terminated, renamed, retagged, reconfigured. Returns exactly what changed, so
// tests can hold the product's diff against ground truth.
import type { JsonObject, JsonValue } from './json.js';
import type { CatalogEntry, GeneratedResource } from './catalog/types.js';
import { isTerminatedState, ResourceFactory } from './generator.js';
import { createRng, type Rng } from './prng.js';

export interface DriftOptions {
  /** Seed for this drift's choices; default continues the emulator's own drift stream. */
  seed?: number;
  add?: number;
  /** Deleted outright: gone from every list and search. */
  remove?: number;
  /** Moved to the type's terminated state (TERMINATED/DELETED), still visible. */
  terminate?: number;
  rename?: number;
  retag?: number;
  changeAttrs?: number;
}

export interface FieldChange<T> {
  ocid: string;
  resourceType: string;
  before: T;
  after: T;
}

export interface DriftResult {
  added: GeneratedResource[];
  removed: GeneratedResource[];
  terminated: FieldChange<string>[];
  renamed: FieldChange<string>[];
  retagged: FieldChange<Pick<GeneratedResource, 'freeformTags' | 'definedTags'>>[];
  attrsChanged: Array<{ ocid: string; resourceType: string; keys: string[] }>;
}

/** Attribute keys that point at other resources: drift keeps them so references stay valid. */
function isReference(key: string, value: JsonValue): boolean {
  return /Ids?$/.test(key) || (typeof value === 'string' && value.startsWith('ocid1.'));
}

function referencedOcids(resources: readonly GeneratedResource[]): Set<string> {
  const out = new Set<string>();
  const walk = (value: JsonValue) => {
    if (typeof value === 'string') {
      if (value.startsWith('ocid1.')) out.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const r of resources) {
    out.add(r.compartmentId);
    walk(r.attrs);
  }
  return out;
}

function takeRandom<T>(rng: Rng, pool: T[], n: number): T[] {
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const i = Math.floor(rng() * pool.length);
    out.push(pool[i] as T);
    pool[i] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return out;
}

export function applyDrift(
  defaultFactory: ResourceFactory,
  catalog: readonly CatalogEntry[],
  options: DriftOptions,
  protectedOcid: string,
): DriftResult {
  const store = defaultFactory.store;
  const rng = options.seed !== undefined ? createRng(options.seed).fork('drift') : createRng(store.version).fork('drift');
  const factory = options.seed !== undefined ? new ResourceFactory(store, rng) : defaultFactory;
  const byType = new Map(catalog.map((e) => [e.resourceType, e]));
  const all = store.all();
  const scale = Math.max(1, Math.round(all.length * 0.01));
  const want = (n: number | undefined) => Math.max(0, n ?? scale);
  const result: DriftResult = { added: [], removed: [], terminated: [], renamed: [], retagged: [], attrsChanged: [] };

  // Every resource changes in at most one way, so the ground truth is unambiguous.
  const referenced = referencedOcids(all);
  const pool = all.filter((r) => r.ocid !== protectedOcid && !isTerminatedState(r.lifecycleState));

  const removable = pool.filter((r) => r.resourceType !== 'Compartment' && !referenced.has(r.ocid));
  for (const r of takeRandom(rng, removable, want(options.remove))) {
    store.remove(r.ocid);
    result.removed.push(r);
  }
  const gone = new Set(result.removed.map((r) => r.ocid));
  const remaining = () => pool.filter((r) => !gone.has(r.ocid));

  const terminable = remaining().filter((r) => r.resourceType !== 'Compartment' && byType.get(r.resourceType)?.lifecycleStates?.terminated);
  for (const r of takeRandom(rng, terminable, want(options.terminate))) {
    const after = byType.get(r.resourceType)?.lifecycleStates?.terminated as string;
    result.terminated.push({ ocid: r.ocid, resourceType: r.resourceType, before: r.lifecycleState, after });
    r.lifecycleState = after;
    gone.add(r.ocid);
  }

  for (const r of takeRandom(rng, remaining(), want(options.rename))) {
    const before = r.displayName;
    r.displayName = r.resourceType === 'Compartment' ? factory.compartmentName() : `${before.slice(0, 60)} (renamed)`;
    result.renamed.push({ ocid: r.ocid, resourceType: r.resourceType, before, after: r.displayName });
    gone.add(r.ocid);
  }

  for (const r of takeRandom(rng, remaining(), want(options.retag))) {
    const before = structuredClone({ freeformTags: r.freeformTags, definedTags: r.definedTags });
    r.freeformTags = { ...r.freeformTags, env: r.freeformTags.env === 'prod' ? 'dev' : 'prod', drift: `change-${rng.int(1, 9999)}` };
    r.definedTags = { ...r.definedTags, Operations: { ...(r.definedTags.Operations ?? {}), CostCenter: String(rng.int(10000, 99999)) } };
    result.retagged.push({ ocid: r.ocid, resourceType: r.resourceType, before, after: { freeformTags: r.freeformTags, definedTags: r.definedTags } });
    gone.add(r.ocid);
  }

  for (const r of takeRandom(rng, remaining(), want(options.changeAttrs))) {
    const entry = byType.get(r.resourceType);
    if (!entry) continue;
    const ctx = factory.context(undefined);
    const { attrs: _old, ...base } = r;
    let next: JsonObject;
    if (entry.mutate) next = entry.mutate(r, ctx);
    else {
      const regenerated = entry.generate(base, ctx);
      next = { ...regenerated };
      for (const [key, value] of Object.entries(r.attrs)) if (isReference(key, value)) next[key] = value;
    }
    const keys = [...new Set([...Object.keys(r.attrs), ...Object.keys(next)])].filter(
      (k) => JSON.stringify(r.attrs[k]) !== JSON.stringify(next[k]),
    );
    if (keys.length === 0) continue;
    r.attrs = next;
    result.attrsChanged.push({ ocid: r.ocid, resourceType: r.resourceType, keys: keys.sort() });
  }

  // New resources last, so they are not picked for other changes; lookups must see the
  // removals and terminations above.
  factory.invalidate();
  const population = store.all().filter((r) => r.resourceType !== 'Compartment' && byType.has(r.resourceType));
  for (let i = 0; i < want(options.add) && population.length > 0; i++) {
    const entry = byType.get(rng.pick(population).resourceType) as CatalogEntry;
    const parent = factory.pickParent(entry);
    if (parent === null) continue;
    const resource = factory.build(entry, { ...(parent ? { parent } : {}), terminated: false, timeCreated: new Date().toISOString() });
    factory.add(resource);
    result.added.push(resource);
  }

  store.touch();
  factory.invalidate();
  defaultFactory.invalidate();
  return result;
}
