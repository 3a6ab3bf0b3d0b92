// The inventory record (SPEC §4): the one shape every stage agrees on, with the valibot
// schema used wherever records cross a boundary (inventory files read back for diff/merge).
import * as v from 'valibot';

export const ENRICH_STATUSES = ['OK', 'NOT_IMPLEMENTED', 'ERROR', 'SKIPPED'] as const;
export type EnrichStatus = (typeof ENRICH_STATUSES)[number];

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** An edge kept on the record itself; `relationships.jsonl` adds the source ocid. */
export interface RecordRelationship {
  relation_type: string;
  target_ocid: string;
}

/** One line of relationships.jsonl / graph_edges.jsonl. */
export interface Edge {
  source_ocid: string;
  relation_type: string;
  target_ocid: string;
}

/** The Resource Search summary, normalized at the OCI edge (dates as ISO strings). */
export interface SearchSummary {
  identifier: string;
  resourceType: string;
  displayName: string | null;
  compartmentId: string | null;
  timeCreated: string | null;
  lifecycleState: string | null;
  availabilityDomain: string | null;
  definedTags: Record<string, Record<string, JsonValue>>;
  freeformTags: Record<string, string>;
  systemTags: Record<string, Record<string, JsonValue>>;
  identityContext: JsonObject;
  additionalDetails: JsonObject;
}

export interface InventoryRecord {
  ocid: string;
  resourceType: string;
  displayName: string | null;
  compartmentId: string | null;
  region: string;
  lifecycleState: string | null;
  timeCreated: string | null;
  availabilityDomain?: string | null;
  definedTags: Record<string, Record<string, JsonValue>>;
  freeformTags: Record<string, string>;
  collectedAt: string;
  enrichStatus: EnrichStatus;
  enrichError: string | null;
  details: { searchSummary?: JsonObject; metadata?: JsonObject; [key: string]: JsonValue | undefined };
  relationships: RecordRelationship[];
}

const jsonValue: v.GenericSchema<JsonValue> = v.lazy(() =>
  v.union([v.null(), v.boolean(), v.number(), v.string(), v.array(jsonValue), v.record(v.string(), jsonValue)]),
);
const jsonObject = v.record(v.string(), jsonValue);
const nullableString = v.optional(v.nullable(v.string()), null);

/**
 * Schema for a record read from a file. Only `ocid` and `resourceType` are required, so a
 * hand-written expected inventory can stay short; everything else gets the empty default.
 */
export const InventoryRecordSchema = v.object({
  ocid: v.pipe(v.string('ocid must be a string'), v.minLength(1, 'ocid must not be empty')),
  resourceType: v.pipe(v.string('resourceType must be a string'), v.minLength(1, 'resourceType must not be empty')),
  displayName: nullableString,
  compartmentId: nullableString,
  region: v.optional(v.string(), ''),
  lifecycleState: nullableString,
  timeCreated: nullableString,
  availabilityDomain: v.optional(v.nullable(v.string())),
  definedTags: v.optional(v.record(v.string(), jsonObject), {}),
  freeformTags: v.optional(v.record(v.string(), v.string()), {}),
  collectedAt: v.optional(v.string(), ''),
  enrichStatus: v.optional(v.picklist(ENRICH_STATUSES), 'NOT_IMPLEMENTED'),
  enrichError: nullableString,
  details: v.optional(jsonObject, {}),
  relationships: v.optional(
    v.array(v.object({ relation_type: v.string(), target_ocid: v.string() })),
    [],
  ),
});

/** Parse one record; throws a message naming the first bad field. */
export function parseRecord(input: unknown): InventoryRecord {
  const result = v.safeParse(InventoryRecordSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(path ? `field ${path}: ${issue.message}` : issue.message);
  }
  return result.output as InventoryRecord;
}

/**
 * JSON with object keys sorted recursively: the form records are written and hashed in. The
 * same text as `JSON.stringify(sortKeys(value))` for JSON values, written directly: no sorted
 * copy is built (defineProperty per key made that the costliest step of writing a record),
 * and a hostile `__proto__` key is serialized like any other.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalValue(value);
  // JSON.stringify gives undefined for undefined, functions and symbols at the top level.
  return text as string;
}

function canonicalValue(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    case 'bigint':
      // As JSON.stringify does.
      return JSON.stringify(value);
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalValue(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (keys.length > 1) sortLikeSortKeys(keys);
  let out = '{';
  let first = true;
  for (const key of keys) {
    const child = canonicalValue(object[key]);
    if (child === undefined) continue;
    out += first ? `${JSON.stringify(key)}:${child}` : `,${JSON.stringify(key)}:${child}`;
    first = false;
  }
  return `${out}}`;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The key order of `sortKeys`' copies: its keys are inserted in sorted order, but JavaScript
 * enumerates array-index keys ("0", "10") first, ascending. `Object.keys` already lists those
 * first in that order, so only the keys after them are sorted (in place).
 */
function sortLikeSortKeys(keys: string[]): void {
  let indices = 0;
  while (indices < keys.length && ARRAY_INDEX.test(keys[indices] as string) && Number(keys[indices]) <= 4294967294) indices++;
  if (indices === 0) {
    keys.sort();
    return;
  }
  if (keys.length - indices < 2) return;
  const rest = keys.slice(indices).sort();
  for (let i = 0; i < rest.length; i++) keys[indices + i] = rest[i] as string;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      // defineProperty, so a hostile "__proto__" key stays data instead of setting a prototype.
      Object.defineProperty(out, key, { value: sortKeys(child), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Order of inventory.jsonl lines: by ocid, then resourceType. */
export function compareRecords(a: { ocid: string; resourceType: string }, b: { ocid: string; resourceType: string }): number {
  if (a.ocid !== b.ocid) return a.ocid < b.ocid ? -1 : 1;
  if (a.resourceType !== b.resourceType) return a.resourceType < b.resourceType ? -1 : 1;
  return 0;
}

/**
 * IAM resource types that live in the home region but come back from every region's search.
 * A run keeps one copy of each, attributed to the home region.
 */
export const GLOBAL_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'Compartment',
  'User',
  'Group',
  'Policy',
  'DynamicResourceGroup',
  'TagNamespace',
  'TagDefault',
  'IdentityProvider',
  'NetworkSource',
  'AuthenticationPolicy',
  'Domain',
  'Tenancy',
]);
