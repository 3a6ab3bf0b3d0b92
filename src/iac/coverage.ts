// IaC coverage (docs/iac.md): Terraform state against the live inventory. The states are
// read once into an index keyed by OCID (only the attributes the drift table maps are kept),
// then the inventory streams past once: each live record is managed (with its Terraform
// address(es), and field-level drift), unmanaged, or ignored by `iac.ignore`; what the states
// hold that no live record matched is missing. Pure: the caller hands in states and records.
import { GLOBAL_RESOURCE_TYPES, type InventoryRecord, type JsonValue } from '../core/record.js';
import type { IacIgnoreRules } from './ignore.js';
import { DERIVED_OCIDS, type CompiledMapping, isOcid, KEPT_ATTRIBUTES, mappingsFor, NO_RECORD_TYPES, OCID_ATTRIBUTE, ocidRegion, SYSTEM_TAG_NAMESPACES, TF_TYPE_TO_RESOURCE } from './mapping.js';
import type { StateInstance, StateSummary } from './state-reader.js';

/** Keeps what matching and drift read; everything else in a state is dropped as it is read. */
export const keepAttribute = (_type: string, name: string): boolean => KEPT_ATTRIBUTES.has(name);

const NO_SENSITIVE: ReadonlySet<string> = new Set();

interface IndexedInstance {
  address: string;
  type: string;
  source: string;
  attributes: Record<string, JsonValue>;
  sensitive: ReadonlySet<string>;
}

interface IndexEntry {
  ocid: string;
  /** The instances that manage it (two workspaces may both claim one resource). */
  owners: IndexedInstance[];
  /** Created implicitly (an instance's boot volume): never missing. */
  derived: boolean;
  seen: boolean;
}

export interface NoRecordEntry {
  address: string;
  type: string;
  source: string;
  reason: string;
}

/** The states, indexed by the OCID of what each managed instance created. */
export class StateIndex {
  readonly byOcid = new Map<string, IndexEntry>();
  readonly noRecord: NoRecordEntry[] = [];
  readonly summaries: StateSummary[] = [];
  instances = 0;

  /** Type and source names, one string each however many instances share them (100k-resource states). */
  private readonly interned = new Map<string, string>();

  private intern(text: string): string {
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    if (this.interned.size < 100_000) this.interned.set(text, text);
    return text;
  }

  add(instance: StateInstance): void {
    this.instances++;
    const { attributes } = instance;
    const type = this.intern(instance.type);
    const ocidAttribute = OCID_ATTRIBUTE.get(type) ?? 'id';
    // Only what drift compares is kept per instance: the ocid attributes are the index key.
    const kept: Record<string, JsonValue> = {};
    for (const mapping of mappingsFor(type)) {
      const name = mapping.path[0] as string;
      const value = attributes[name];
      if (value !== undefined && value !== null && name !== ocidAttribute) Object.defineProperty(kept, name, { value, enumerable: true, writable: true, configurable: true });
    }
    const indexed: IndexedInstance = { address: instance.address, type, source: this.intern(instance.source), attributes: kept, sensitive: instance.sensitive.size === 0 ? NO_SENSITIVE : instance.sensitive };
    for (const attribute of DERIVED_OCIDS.get(type) ?? []) {
      const ocid = attributes[attribute];
      if (isOcid(ocid)) this.claim(ocid, { ...indexed, address: `${instance.address} (${attribute})`, attributes: {} }, true);
    }
    if (NO_RECORD_TYPES.has(type)) {
      this.noRecord.push({ address: instance.address, type, source: instance.source, reason: 'creates no inventory record of its own' });
      return;
    }
    const ocid = attributes[ocidAttribute];
    if (!isOcid(ocid)) {
      this.noRecord.push({
        address: instance.address,
        type,
        source: instance.source,
        reason: TF_TYPE_TO_RESOURCE.has(type) ? `no OCID in ${ocidAttribute}` : 'not an OCI resource with an OCID id',
      });
      return;
    }
    this.claim(ocid, indexed, false);
  }

  private claim(ocid: string, owner: IndexedInstance, derived: boolean): void {
    const entry = this.byOcid.get(ocid);
    if (!entry) {
      this.byOcid.set(ocid, { ocid, owners: [owner], derived, seen: false });
      return;
    }
    if (!entry.owners.some((o) => o.address === owner.address && o.source === owner.source)) entry.owners.push(owner);
    // A resource some state manages directly is not merely derived.
    if (!derived) entry.derived = false;
  }
}

export interface DriftField {
  /** Terraform attribute (`display_name`, `freeform_tags["Owner"]`). */
  attribute: string;
  /** Inventory field (`displayName`, `freeformTags.Owner`). */
  field: string;
  state: JsonValue | null;
  live: JsonValue | null;
}

export type LiveStatus = 'managed' | 'unmanaged' | 'ignored';

export interface LiveEntry {
  ocid: string;
  resourceType: string;
  displayName: string | null;
  compartmentId: string | null;
  region: string;
  status: LiveStatus;
  addresses?: string[];
  ignoredBy?: string;
  drift?: DriftField[];
}

export interface MissingEntry {
  ocid: string;
  address: string;
  type: string;
  /** The inventory type it should have appeared as, when the provider type is known. */
  resourceType: string | null;
  source: string;
}

export interface GroupCounts {
  live: number;
  managed: number;
  unmanaged: number;
  ignored: number;
}

export interface IacCounts extends GroupCounts {
  missing: number;
  drifted: number;
  no_record: number;
  state_instances: number;
  /** managed ÷ (managed + unmanaged), in percent with one decimal; null when nothing counts. */
  coverage_percent: number | null;
}

export interface IacResult {
  counts: IacCounts;
  byType: Map<string, GroupCounts>;
  byCompartment: Map<string, GroupCounts>;
  live: LiveEntry[];
  missing: MissingEntry[];
  noRecord: NoRecordEntry[];
  states: StateSummary[];
  /** Compartment ocid → `root/a/b`, from the inventory's Compartment records. */
  compartmentPaths: Map<string, string>;
}

export interface MatchOptions {
  ignore: IacIgnoreRules;
  /** The redaction policy for state values, keyed like the live field (`cidrBlock`, a tag key). */
  redact: (key: string, value: JsonValue) => JsonValue;
  tenancyId?: string | undefined;
  /** The run's `--compartment`: state resources in another compartment are out of its scope, not missing. */
  scopeCompartment?: string | undefined;
  /**
   * The region scope (`--regions`, the config's `regions`), as `run` applies it: live regional
   * records elsewhere are left out (not unmanaged) and state resources whose OCID names another
   * region are out of scope (no_record), not missing. Global IAM records are always in scope.
   */
  regions?: ReadonlySet<string> | undefined;
  /** Region key (lower case, `iad`) → name, to read an OCID's region segment. */
  regionKeys?: ReadonlyMap<string, string> | undefined;
}

/** The region an OCID names (`ocid1.instance.oc1.iad.…` → us-ashburn-1); undefined for a global one or an unknown segment. */
export function regionOfOcid(ocid: string, regionKeys: ReadonlyMap<string, string> = new Map()): string | undefined {
  const segment = ocidRegion(ocid).toLowerCase();
  if (segment === '') return undefined;
  return regionKeys.get(segment) ?? (/^[a-z]+-[a-z]+-\d+$/.test(segment) ? segment : undefined);
}

const GONE_STATES = new Set(['TERMINATED', 'DELETED']);

/** Streams the inventory once against the index. */
export async function matchInventory(index: StateIndex, records: AsyncIterable<InventoryRecord>, options: MatchOptions): Promise<IacResult> {
  const live: LiveEntry[] = [];
  const vcnDefaults = new Set<string>();
  const kinds = new Set<string>();
  // Records the ignore rules need again once the whole inventory is seen (VCN defaults come later in ocid order).
  const pending: Array<{ entry: LiveEntry; record: Pick<InventoryRecord, 'ocid' | 'resourceType' | 'displayName' | 'details' | 'compartmentId'> }> = [];
  const compartments = new Map<string, { name: string; parent: string | null }>();
  for await (const record of records) {
    if (record.resourceType === 'Compartment') compartments.set(record.ocid, { name: record.displayName ?? record.ocid, parent: record.compartmentId });
    // Outside the region scope: not live for this report (neither managed nor unmanaged).
    if (options.regions && !GLOBAL_RESOURCE_TYPES.has(record.resourceType) && !options.regions.has(record.region)) continue;
    // A terminated resource is not live: a state that still holds it has it missing.
    if (record.lifecycleState && GONE_STATES.has(record.lifecycleState.toUpperCase())) continue;
    kinds.add(ocidKind(record.ocid));
    if (record.resourceType === 'Vcn') {
      const m = record.details.metadata;
      for (const key of ['defaultSecurityListId', 'defaultRouteTableId', 'defaultDhcpOptionsId']) {
        const id = m?.[key];
        if (typeof id === 'string') vcnDefaults.add(id);
      }
    }
    const base = {
      ocid: record.ocid,
      resourceType: record.resourceType,
      displayName: record.displayName,
      compartmentId: record.compartmentId,
      region: record.region,
    };
    const hit = index.byOcid.get(record.ocid);
    if (hit) {
      hit.seen = true;
      const drift: DriftField[] = [];
      // A derived owner (an instance's boot volume) carries no attributes: nothing to compare.
      for (const owner of hit.owners) driftOf(owner, record, options, drift);
      const entry: LiveEntry = { ...base, status: 'managed', addresses: hit.owners.map((o) => o.address) };
      if (drift.length > 0) entry.drift = drift;
      live.push(entry);
      continue;
    }
    const entry: LiveEntry = { ...base, status: 'unmanaged' };
    live.push(entry);
    pending.push({
      entry,
      record: { ocid: record.ocid, resourceType: record.resourceType, displayName: record.displayName, compartmentId: record.compartmentId, details: ignoreDetails(record) },
    });
  }
  const facts = { vcnDefaults, tenancyId: options.tenancyId };
  for (const { entry, record } of pending) {
    const rule = options.ignore.match(record, facts);
    if (rule) {
      entry.status = 'ignored';
      entry.ignoredBy = rule.text;
    }
  }
  pending.length = 0;

  const missing: MissingEntry[] = [];
  const noRecord = [...index.noRecord];
  const inScope = scopeTest(options.scopeCompartment, compartments);
  for (const entry of index.byOcid.values()) {
    if (entry.seen || entry.derived) continue;
    for (const owner of entry.owners) {
      const compartmentId = owner.attributes.compartment_id;
      const region = options.regions ? regionOfOcid(entry.ocid, options.regionKeys) : undefined;
      if (region !== undefined && options.regions && !options.regions.has(region)) {
        noRecord.push({ address: owner.address, type: owner.type, source: owner.source, reason: `outside the region scope (${region})` });
        continue;
      }
      if (typeof compartmentId === 'string' && !inScope(compartmentId)) {
        noRecord.push({ address: owner.address, type: owner.type, source: owner.source, reason: `outside the run's compartment scope (${compartmentId})` });
        continue;
      }
      const resourceType = TF_TYPE_TO_RESOURCE.get(owner.type) ?? null;
      // A provider type this table does not know counts as missing only when the inventory
      // holds resources of its OCID kind at all (else it may be a type search never returns).
      if (resourceType === null && !kinds.has(ocidKind(entry.ocid))) {
        noRecord.push({ address: owner.address, type: owner.type, source: owner.source, reason: `${entry.ocid} is of a kind the inventory does not hold` });
        continue;
      }
      missing.push({ ocid: entry.ocid, address: owner.address, type: owner.type, resourceType, source: owner.source });
    }
  }
  missing.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.source < b.source ? -1 : 1));

  const byType = new Map<string, GroupCounts>();
  const byCompartment = new Map<string, GroupCounts>();
  const totals: GroupCounts = { live: 0, managed: 0, unmanaged: 0, ignored: 0 };
  let drifted = 0;
  for (const e of live) {
    for (const counts of [group(byType, e.resourceType), group(byCompartment, e.compartmentId ?? ''), totals]) {
      counts.live++;
      counts[e.status]++;
    }
    if (e.drift) drifted++;
  }
  return {
    counts: {
      ...totals,
      missing: missing.length,
      drifted,
      no_record: noRecord.length,
      state_instances: index.instances,
      coverage_percent: coveragePercent(totals),
    },
    byType,
    byCompartment,
    live,
    missing,
    noRecord,
    states: index.summaries,
    compartmentPaths: compartmentPaths(compartments),
  };
}

/** Whether a compartment is the scope compartment or below it (no scope: everything is). */
function scopeTest(scope: string | undefined, compartments: ReadonlyMap<string, { parent: string | null }>): (id: string) => boolean {
  if (!scope) return () => true;
  const known = new Map<string, boolean>([[scope, true]]);
  return (id) => {
    const chain: string[] = [];
    let at: string | null = id;
    let answer = false;
    while (at !== null && chain.length < 64) {
      const cached = known.get(at);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      chain.push(at);
      at = compartments.get(at)?.parent ?? null;
    }
    for (const c of chain) known.set(c, answer);
    return answer;
  };
}

function compartmentPaths(compartments: ReadonlyMap<string, { name: string; parent: string | null }>): Map<string, string> {
  const paths = new Map<string, string>();
  const pathOf = (ocid: string, depth: number): string => {
    const known = paths.get(ocid);
    if (known !== undefined) return known;
    const c = compartments.get(ocid);
    // The parent chain ends at the tenancy (not a Compartment record), or at a loop in hostile data.
    const path = !c || depth > 64 ? 'root' : `${c.parent ? pathOf(c.parent, depth + 1) : 'root'}/${c.name}`;
    paths.set(ocid, path);
    return path;
  };
  for (const ocid of compartments.keys()) pathOf(ocid, 0);
  return paths;
}

export function coveragePercent(c: GroupCounts): number | null {
  const denominator = c.managed + c.unmanaged;
  return denominator === 0 ? null : Math.floor((1000 * c.managed) / denominator) / 10;
}

function group(map: Map<string, GroupCounts>, key: string): GroupCounts {
  let counts = map.get(key);
  if (!counts) {
    counts = { live: 0, managed: 0, unmanaged: 0, ignored: 0 };
    map.set(key, counts);
  }
  return counts;
}

function ocidKind(ocid: string): string {
  return ocid.split('.')[1] ?? '';
}

/** Only what the ignore qualifiers read of details is kept for later. */
function ignoreDetails(record: InventoryRecord): InventoryRecord['details'] {
  const m = record.details.metadata;
  if (record.resourceType !== 'User' || !m) return {};
  const metadata: Record<string, JsonValue> = {};
  if (m.identityProviderId !== undefined) metadata.identityProviderId = m.identityProviderId;
  if (m.externalIdentifier !== undefined) metadata.externalIdentifier = m.externalIdentifier;
  return { metadata };
}

// ---------------------------------------------------------------------------------------------
// Drift

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const step of path) {
    if (node === null || node === undefined) return undefined;
    if (Array.isArray(node)) {
      node = /^\d+$/.test(step) ? node[Number(step)] : undefined;
    } else if (typeof node === 'object') {
      node = Object.hasOwn(node, step) ? (node as Record<string, unknown>)[step] : undefined;
    } else return undefined;
  }
  return node;
}

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function sameScalar(a: unknown, b: unknown, numeric: boolean): boolean {
  if (numeric) {
    const x = typeof a === 'string' ? Number(a) : a;
    const y = typeof b === 'string' ? Number(b) : b;
    if (typeof x === 'number' && typeof y === 'number' && !Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  }
  if (a === b) return true;
  if (a !== null && b !== null && typeof a !== 'object' && typeof b !== 'object') return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function lastKey(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}

function driftOf(owner: IndexedInstance, record: InventoryRecord, options: MatchOptions, out: DriftField[]): void {
  for (const mapping of mappingsFor(owner.type)) {
    const path = mapping.path;
    if (owner.sensitive.size > 0 && owner.sensitive.has(path[0] as string)) continue;
    const state = at(owner.attributes, path);
    if (state === undefined || state === null) continue;
    const live = at(record, mapping.fieldPath);
    if (live === undefined || live === null) continue;
    compare(mapping, state as JsonValue, live as JsonValue, options, out);
  }
}

function compare(mapping: CompiledMapping, state: JsonValue, live: JsonValue, options: MatchOptions, out: DriftField[]): void {
  const kind = mapping.compare ?? 'value';
  if (kind === 'freeform-tags' || kind === 'defined-tags') {
    if (!isMap(state) || !isMap(live)) return;
    const stateTags = kind === 'defined-tags' ? flatDefinedTags(state, true) : stringMap(state);
    const liveTags = kind === 'defined-tags' ? flatDefinedTags(live, false) : stringMap(live);
    const keys = [...new Set([...stateTags.keys(), ...liveTags.keys()])].sort();
    for (const key of keys) {
      const tagKey = kind === 'defined-tags' ? key.slice(key.indexOf('.') + 1) : key;
      const s = stateTags.get(key);
      const l = liveTags.get(key);
      const redacted = s === undefined ? undefined : options.redact(tagKey, s);
      if (redacted !== undefined && l !== undefined && sameScalar(redacted, l, false)) continue;
      out.push({ attribute: `${mapping.attribute}[${JSON.stringify(key)}]`, field: `${mapping.field}.${key}`, state: redacted ?? null, live: l ?? null });
    }
    return;
  }
  const redacted = redactDeep(lastKey(mapping.field), state, options);
  let same: boolean;
  if (kind === 'set' && Array.isArray(redacted) && Array.isArray(live)) {
    const a = redacted.map((v) => JSON.stringify(v)).sort();
    const b = live.map((v) => JSON.stringify(v)).sort();
    same = a.length === b.length && a.every((v, i) => v === b[i]);
  } else {
    same = sameScalar(redacted, live, kind === 'number');
  }
  if (!same) out.push({ attribute: mapping.attribute, field: mapping.field, state: redacted, live });
}

function redactDeep(key: string, value: JsonValue, options: MatchOptions): JsonValue {
  // The redactor works in place: never on the index's own copy.
  return options.redact(key, value !== null && typeof value === 'object' ? structuredClone(value) : value);
}

function stringMap(value: Record<string, unknown>): Map<string, JsonValue> {
  const out = new Map<string, JsonValue>();
  for (const [k, v] of Object.entries(value)) out.set(k, v as JsonValue);
  return out;
}

/** Defined tags as `namespace.key` → value; Terraform writes them flat, the inventory nested. */
function flatDefinedTags(value: Record<string, unknown>, flat: boolean): Map<string, JsonValue> {
  const out = new Map<string, JsonValue>();
  for (const [k, v] of Object.entries(value)) {
    if (flat) {
      const ns = k.slice(0, k.indexOf('.'));
      if (!SYSTEM_TAG_NAMESPACES.has(ns)) out.set(k, v as JsonValue);
    } else if (isMap(v) && !SYSTEM_TAG_NAMESPACES.has(k)) {
      for (const [key, tagValue] of Object.entries(v)) out.set(`${k}.${key}`, tagValue as JsonValue);
    }
  }
  return out;
}
