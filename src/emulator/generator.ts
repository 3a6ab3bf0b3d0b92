// Builds a deterministic emulated tenancy from a seed and a size: regions, a compartment tree
// several levels deep, IAM, and resources of every catalog type spread by weight, each type
// after the types it depends on. Also builds single resources for drift.
import type { JsonValue } from './json.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './catalog/types.js';
import { NameSource } from './names.js';
import { createRng, type Rng } from './prng.js';
import { REGION_CATALOG, regionDef } from './regions.js';
import { type GeneratorProfile, REALISTIC_PROFILE, type TenancySize } from './sizes.js';
import { TenancyStore } from './store.js';
import { linkVnics } from './catalog/vnic-world.js';

/** Generated times end here, so a seed gives the same tenancy on any day. */
export const REFERENCE_TIME = Date.UTC(2025, 5, 1);
const THREE_YEARS_MS = 3 * 365 * 24 * 3600 * 1000;
const TERMINATED_SHARE = 0.03;
const MAX_COMPARTMENT_DEPTH = 5;
/** The user whose API keys the emulator registers (writeAuthFiles). */
export const ADMIN_USER_NAME = 'oci-inv-admin';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const TEAMS = ['platform', 'payments', 'search', 'identity', 'analytics', 'mobile'];
const ENVS = ['prod', 'dev', 'test', 'staging'];

export interface GeneratedTenancy {
  store: TenancyStore;
  adminUserId: string;
}

/** Makes single resources; generation and drift share it so both follow the same rules. */
export class ResourceFactory {
  private serial = 0;
  private readonly names: NameSource;
  /** Lookup groups per type: all, by region, by compartment, by both. Kept current by add(). */
  private readonly indexes = new Map<string, Map<string, GeneratedResource[]>>();
  private readonly activeCache = new Map<string, GeneratedResource[]>();
  private activeCompartmentIds: string[] | undefined;
  /** Realistic profile: compartment ocid → weight; absent means uniform. */
  private compartmentWeights: Map<string, number> | undefined;
  private weightedCompartments: { ids: readonly string[]; cumulative: number[] } | undefined;

  constructor(
    readonly store: TenancyStore,
    private readonly rng: Rng,
  ) {
    this.names = new NameSource(rng.fork('names'));
  }

  uniqueId(): string {
    this.serial++;
    let random = '';
    for (let i = 0; i < 20; i++) random += BASE32[Math.floor(this.rng() * 32)];
    return `aaaaaaaa${random}${this.serial.toString(32).padStart(6, '0')}`;
  }

  ocid(kind: string, region: string | null): string {
    const where = region ? (regionDef(region)?.key.toLowerCase() ?? region) : '';
    return `ocid1.${kind}.oc1.${where}.${this.uniqueId()}`;
  }

  /** Adds to the store and to the lookup indexes already built (rebuilding them would be quadratic). */
  add(resource: GeneratedResource): void {
    this.store.add(resource);
    const index = this.indexes.get(resource.resourceType);
    if (index) for (const key of indexKeys(resource)) pushTo(index, key, resource);
    if (!isTerminatedState(resource.lifecycleState)) this.activeCache.get(resource.resourceType)?.push(resource);
    if (resource.resourceType === 'Compartment') this.activeCompartmentIds = undefined;
  }

  /**
   * store.list, answered from a per-type index rebuilt only when the type changes: generate()
   * of 100k resources looks parents up by region and compartment constantly.
   */
  find(resourceType: string, where?: { region?: string; compartmentId?: string }): GeneratedResource[] {
    let index = this.indexes.get(resourceType);
    if (!index) {
      index = new Map();
      for (const r of this.store.list(resourceType)) for (const key of indexKeys(r)) pushTo(index, key, r);
      this.indexes.set(resourceType, index);
    }
    const region = where?.region;
    const compartmentId = where?.compartmentId;
    const key =
      region !== undefined && compartmentId !== undefined
        ? `rc:${region}|${compartmentId}`
        : region !== undefined
          ? `r:${region}`
          : compartmentId !== undefined
            ? `c:${compartmentId}`
            : '';
    return index.get(key) ?? [];
  }

  /** Forget cached lookups (drift changes resources outside add()). */
  invalidate(): void {
    this.activeCache.clear();
    this.indexes.clear();
    this.activeCompartmentIds = undefined;
  }

  context(parent: GeneratedResource | undefined): GenContext {
    const rng = this.rng;
    return {
      tenancyId: this.store.tenancyId,
      homeRegion: this.store.homeRegion,
      namespace: this.store.namespace,
      rng: () => rng(),
      pick: (items) => rng.pick(items),
      int: (min, max) => rng.int(min, max),
      availabilityDomains: (region) => this.store.availabilityDomains(region),
      ocid: (kind, region) => this.ocid(kind, region),
      find: (type, where) => this.find(type, where),
      parent,
    };
  }

  /** Non-terminated resources of a type, cached like find(). */
  private activeOf(resourceType: string): GeneratedResource[] {
    let items = this.activeCache.get(resourceType);
    if (!items) {
      items = this.store.list(resourceType).filter((r) => !isTerminatedState(r.lifecycleState));
      this.activeCache.set(resourceType, items);
    }
    return items;
  }

  /**
   * The tenancy and its active compartments, cached until a compartment is added (or drift
   * invalidates): a fresh copy per placed resource made generating 1M resources quadratic.
   * Callers must not change the array.
   */
  activeCompartments(): readonly string[] {
    this.activeCompartmentIds ??= [this.store.tenancyId, ...this.activeOf('Compartment').map((c) => c.ocid)];
    return this.activeCompartmentIds;
  }

  /** Heavy-tailed placement: compartments (root included) in a seeded order, weight rank^-exponent. */
  weightCompartments(exponent: number, rng: Rng): void {
    const ids = this.activeCompartments();
    const order = ids.map((id) => ({ id, key: rng() })).sort((a, b) => a.key - b.key);
    this.compartmentWeights = new Map(order.map((c, i) => [c.id, (i + 1) ** -exponent]));
    this.weightedCompartments = undefined;
  }

  /** A compartment for a resource placed by compartment: uniform, or by the profile's weights. */
  pickCompartment(): string {
    const weights = this.compartmentWeights;
    if (!weights) return this.rng.pick(this.activeCompartments());
    let table = this.weightedCompartments;
    const ids = this.activeCompartments();
    if (!table || table.ids.length !== ids.length) {
      // Compartments made after weighting (drift) weigh as the lightest.
      const floor = Math.min(...weights.values());
      let sum = 0;
      const cumulative = ids.map((id) => (sum += weights.get(id) ?? floor));
      table = { ids, cumulative };
      this.weightedCompartments = table;
    }
    const target = this.rng() * (table.cumulative[table.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = table.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((table.cumulative[mid] ?? 0) <= target) lo = mid + 1;
      else hi = mid;
    }
    return table.ids[lo] as string;
  }

  pickRegion(): string {
    const regions = this.store.regions;
    // The home region holds more than its share, as in most tenancies.
    return this.rng.chance(0.4) ? this.store.homeRegion : this.rng.pick(regions);
  }

  timeAfter(earliestMs: number, latestMs = REFERENCE_TIME): string {
    const span = Math.max(0, latestMs - earliestMs);
    return new Date(earliestMs + Math.floor(this.rng() * span)).toISOString();
  }

  tags(timeCreated: string): Pick<GeneratedResource, 'freeformTags' | 'definedTags'> {
    const rng = this.rng;
    const owner = `${rng.pick(TEAMS)}@example.com`;
    const freeformTags: Record<string, string> = { env: rng.pick(ENVS), team: rng.pick(TEAMS) };
    if (rng.chance(0.3)) freeformTags.ticket = `OPS-${rng.int(100, 9999)}`;
    const definedTags: Record<string, Record<string, JsonValue>> = {
      'Oracle-Tags': { CreatedBy: `oracleidentitycloudservice/${owner}`, CreatedOn: timeCreated },
    };
    if (rng.chance(0.5)) definedTags.Operations = { CostCenter: String(rng.int(1000, 9999)), Owner: owner };
    return { freeformTags, definedTags };
  }

  /** One resource of `entry`, placed by the rules of SPEC §7; not added to the store. */
  build(
    entry: CatalogEntry,
    options: {
      parent?: GeneratedResource;
      compartmentId?: string;
      displayName?: string;
      terminated?: boolean;
      /** Never terminated (the random draw still happens, so the seed's stream is unchanged). */
      live?: boolean;
      timeCreated?: string;
    } = {},
  ): GeneratedResource {
    const rng = this.rng;
    const parent = options.parent;
    let region: string;
    let compartmentId: string;
    if (entry.global) region = this.store.homeRegion;
    else if (parent) region = parent.region;
    else region = this.pickRegion();
    if (options.compartmentId) compartmentId = options.compartmentId;
    else if (entry.rootOnly) compartmentId = this.store.tenancyId;
    else if (parent && parent.resourceType !== 'Compartment' && rng.chance(0.8)) compartmentId = parent.compartmentId;
    else compartmentId = this.pickCompartment();
    const states = entry.lifecycleStates ?? { active: 'ACTIVE' };
    const terminated = options.terminated ?? (states.terminated !== undefined && rng.chance(TERMINATED_SHARE) && !options.live);
    const earliest = parent ? Date.parse(parent.timeCreated) : REFERENCE_TIME - THREE_YEARS_MS;
    const timeCreated = options.timeCreated ?? this.timeAfter(earliest);
    const base: Omit<GeneratedResource, 'attrs'> = {
      ocid: this.ocid(entry.ocidKind, entry.global ? null : region),
      resourceType: entry.resourceType,
      compartmentId,
      region,
      displayName: options.displayName ?? this.names.next(entry.resourceType),
      lifecycleState: terminated && states.terminated ? states.terminated : states.active,
      timeCreated,
      availabilityDomain: entry.adScoped ? rng.pick(this.store.availabilityDomains(region)) : null,
      ...this.tags(timeCreated),
    };
    return { ...base, attrs: entry.generate(base, this.context(parent)) };
  }

  /** A parent for a type with dependsOn: an active resource of the first dependency, if any. */
  pickParent(entry: CatalogEntry): GeneratedResource | undefined | null {
    const parentType = entry.dependsOn?.[0];
    if (!parentType) return undefined;
    const candidates = this.activeOf(parentType);
    return candidates.length > 0 ? this.rng.pick(candidates) : null;
  }

  compartmentName(): string {
    return this.names.compartment();
  }
}

function indexKeys(r: GeneratedResource): string[] {
  return ['', `r:${r.region}`, `c:${r.compartmentId}`, `rc:${r.region}|${r.compartmentId}`];
}

function pushTo(index: Map<string, GeneratedResource[]>, key: string, r: GeneratedResource): void {
  const group = index.get(key);
  if (group) group.push(r);
  else index.set(key, [r]);
}

export function isTerminatedState(state: string): boolean {
  return state === 'TERMINATED' || state === 'DELETED' || state === 'TERMINATING' || state === 'DELETING';
}

function randomLetters(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += BASE32[Math.floor(rng() * 26)];
  return out;
}

/** Catalog order, with every type after the types it depends on (unknown dependencies ignored). */
export function generationOrder(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const byType = new Map(catalog.map((e) => [e.resourceType, e]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: CatalogEntry[] = [];
  const visit = (entry: CatalogEntry) => {
    if (done.has(entry.resourceType)) return;
    if (visiting.has(entry.resourceType)) throw new Error(`dependency cycle at ${entry.resourceType}`);
    visiting.add(entry.resourceType);
    for (const dep of entry.dependsOn ?? []) {
      const parent = byType.get(dep);
      if (parent) visit(parent);
    }
    visiting.delete(entry.resourceType);
    done.add(entry.resourceType);
    out.push(entry);
  };
  for (const entry of catalog) visit(entry);
  return out;
}

/** How many of each type: IAM from the size, the rest of the budget by weight (largest remainder). */
export function planCounts(catalog: readonly CatalogEntry[], size: Required<TenancySize>, profile: GeneratorProfile = 'uniform', rng?: Rng): Map<string, number> {
  const counts = new Map<string, number>();
  const fixed: Record<string, number> = { User: size.iam.users, Group: size.iam.groups, Policy: size.iam.policies };
  let budget = size.resources - size.compartments;
  for (const entry of catalog) {
    if (entry.resourceType === 'Compartment') continue;
    const n = fixed[entry.resourceType];
    if (n !== undefined) {
      counts.set(entry.resourceType, n);
      budget -= n;
    }
  }
  budget = Math.max(0, budget);
  const flexible = catalog.filter((e) => e.resourceType !== 'Compartment' && fixed[e.resourceType] === undefined);
  const globalExtras = flexible.filter((e) => e.global);
  const regional = flexible.filter((e) => !e.global);
  // Tenancies have a handful of dynamic groups and tag namespaces, not thousands: grow with √budget.
  const scale = Math.sqrt(Math.max(1, budget));
  for (const entry of globalExtras) {
    const n = regional.length > 0 ? Math.max(1, Math.round((entry.weight ?? 1) * scale)) : 0;
    counts.set(entry.resourceType, n);
    budget -= n;
  }
  const shareOut = regional.length > 0 ? regional : globalExtras;
  if (profile === 'realistic' && regional.length > 0) distributeRealistic(regional, Math.max(0, budget), counts, rng ?? createRng(0));
  else distribute(shareOut, Math.max(0, budget), counts);
  // A type with dependencies needs at least one parent to hang from.
  const order = generationOrder(catalog);
  for (let i = order.length - 1; i >= 0; i--) {
    const entry = order[i] as CatalogEntry;
    if ((counts.get(entry.resourceType) ?? 0) === 0) continue;
    for (const dep of entry.dependsOn ?? []) {
      if (dep !== 'Compartment' && (counts.get(dep) ?? 0) === 0 && catalog.some((e) => e.resourceType === dep)) counts.set(dep, 1);
    }
  }
  return counts;
}

function distribute(entries: readonly CatalogEntry[], budget: number, counts: Map<string, number>): void {
  if (entries.length === 0 || budget === 0) return;
  const total = entries.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const shares = entries.map((e) => {
    const exact = (budget * (e.weight ?? 1)) / total;
    return { entry: e, whole: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = budget - shares.reduce((sum, s) => sum + s.whole, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    s.whole++;
    left--;
  }
  // Every type at least once when the budget holds one of each: a rare type (weight 0.1)
  // would otherwise vanish from small tenancies. The largest share pays.
  if (budget >= shares.length) {
    for (const s of shares.filter((x) => x.whole === 0)) {
      const largest = shares.reduce((a, b) => (b.whole > a.whole ? b : a));
      if (largest.whole <= 1) break;
      largest.whole--;
      s.whole = 1;
    }
  }
  for (const s of shares) counts.set(s.entry.resourceType, (counts.get(s.entry.resourceType) ?? 0) + s.whole);
}

/**
 * The realistic profile's counts (REALISTIC_PROFILE): the dominant types take their shares,
 * every other type a Zipf share of the rest in a seeded order weighted by catalog weight,
 * at least one each and at most `tailCap` of the budget; what the cap leaves goes to the
 * dominant types. Types added to the catalog later are placed by the same rules.
 */
function distributeRealistic(entries: readonly CatalogEntry[], budget: number, counts: Map<string, number>, rng: Rng): void {
  const p = REALISTIC_PROFILE;
  const dominant = entries.filter((e) => p.dominant[e.resourceType] !== undefined);
  const tail = entries.filter((e) => p.dominant[e.resourceType] === undefined);
  const dominantShare = dominant.length > 0 ? Object.values(p.dominant).reduce((a, b) => a + b, 0) : 0;
  // Weighted random order: an exponential key per type, smaller first (heavier types tend to lead).
  const order = tail
    .map((e) => ({ entry: e, key: -Math.log(1 - rng()) / Math.max(1e-6, e.weight ?? 1) }))
    .sort((a, b) => a.key - b.key || (a.entry.resourceType < b.entry.resourceType ? -1 : 1));
  const tailBudget = budget * (1 - dominantShare);
  const norm = order.reduce((sum, _o, i) => sum + (i + 1) ** -p.tailExponent, 0);
  const cap = Math.max(1, Math.floor(budget * p.tailCap));
  let spent = 0;
  order.forEach((o, i) => {
    const n = Math.min(cap, Math.max(1, Math.round((tailBudget * (i + 1) ** -p.tailExponent) / Math.max(norm, 1e-9))));
    counts.set(o.entry.resourceType, n);
    spent += n;
  });
  if (dominant.length === 0) return;
  const left = Math.max(0, budget - spent);
  const weights = new Map(dominant.map((e) => [e.resourceType, p.dominant[e.resourceType] ?? 0]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  let given = 0;
  dominant.forEach((e, i) => {
    const n = i === dominant.length - 1 ? left - given : Math.floor((left * (weights.get(e.resourceType) ?? 0)) / total);
    counts.set(e.resourceType, Math.max(1, n));
    given += n;
  });
}

export function generateTenancy(options: {
  seed: number;
  size: Required<TenancySize>;
  catalog: readonly CatalogEntry[];
  /** Default `uniform`. */
  profile?: GeneratorProfile;
}): GeneratedTenancy {
  const { seed, size, catalog } = options;
  const profile = options.profile ?? 'uniform';
  const rng = createRng(seed).fork('tenancy');
  const regions = REGION_CATALOG.slice(0, size.regions).map((r) => r.name);
  const homeRegion = regions[0] as string;
  const tenancyName = `acme-${randomLetters(rng, 6)}`;
  const store = new TenancyStore({
    tenancyId: `ocid1.tenancy.oc1..aaaaaaaa${randomLetters(rng, 26)}`,
    tenancyName,
    homeRegion,
    regions,
    namespace: randomLetters(rng, 12),
    adPrefix: `${randomLetters(rng, 1).toUpperCase()}${randomLetters(rng, 3)}`,
  });
  const factory = new ResourceFactory(store, rng);
  const compartmentEntry = catalog.find((e) => e.resourceType === 'Compartment');
  if (compartmentEntry) generateCompartments(factory, compartmentEntry, size.compartments, rng);
  // Forks, so the uniform profile draws exactly what it always drew.
  if (profile === 'realistic') factory.weightCompartments(REALISTIC_PROFILE.compartmentExponent, createRng(seed).fork('profile-compartments'));

  const counts = planCounts(catalog, size, profile, createRng(seed).fork('profile-types'));
  let adminUserId: string | undefined;
  for (const entry of generationOrder(catalog)) {
    if (entry.resourceType === 'Compartment') continue;
    const count = counts.get(entry.resourceType) ?? 0;
    for (let i = 0; i < count; i++) {
      const parent = factory.pickParent(entry);
      if (parent === null) break;
      const isAdmin = entry.resourceType === 'User' && adminUserId === undefined;
      // Realistic: a type of one or two may be the only parent of thousands; keep one alive.
      const keepAlive = profile === 'realistic' && i === 0;
      const resource = factory.build(entry, {
        ...(parent ? { parent } : {}),
        ...(isAdmin ? { displayName: ADMIN_USER_NAME, terminated: false } : {}),
        // A type's lone resource is live: search would not show a terminated one.
        ...(count === 1 ? { live: true } : {}),
        ...(keepAlive ? { terminated: false } : {}),
      });
      factory.add(resource);
      if (isAdmin) adminUserId = resource.ocid;
    }
  }
  if (!adminUserId) throw new Error('the catalog has no User type: the emulator needs a user to hold API keys');
  linkVnics(store);
  return { store, adminUserId };
}

function generateCompartments(factory: ResourceFactory, entry: CatalogEntry, count: number, rng: Rng): void {
  const depthOf = new Map<string, number>([[factory.store.tenancyId, 0]]);
  const parents: string[] = [factory.store.tenancyId];
  for (let i = 0; i < count; i++) {
    // A third hang off the root; the rest nest under any compartment not yet at the depth limit.
    const parentId = rng.chance(0.33) ? factory.store.tenancyId : rng.pick(parents);
    const parent = factory.store.get(parentId);
    const resource = factory.build(entry, {
      compartmentId: parentId,
      displayName: factory.compartmentName(),
      terminated: false,
      ...(parent ? { timeCreated: factory.timeAfter(Date.parse(parent.timeCreated)) } : {}),
    });
    factory.add(resource);
    const depth = (depthOf.get(parentId) ?? 0) + 1;
    depthOf.set(resource.ocid, depth);
    if (depth < MAX_COMPARTMENT_DEPTH) parents.push(resource.ocid);
  }
}
