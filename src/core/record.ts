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
 * same text as `JSON.stringify(sortKeys(value))` for JSON values, written without a sorted
 * copy, and a hostile `__proto__` key is serialized like any other.
 *
 * A subtree whose objects are all plain and already in canonical key order (what
 * `toPlainJson` builds, and every record read back from a file) is left to the native
 * `JSON.stringify`, which writes it byte for byte the same (it lists own keys in
 * `Object.keys` order); only the objects around it are assembled here. Getters would run
 * twice: records hold data properties only.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalValue(value);
  // JSON.stringify gives undefined for undefined, functions and symbols at the top level.
  return (text === true ? JSON.stringify(value) : text) as string;
}

/**
 * `true`: the value's canonical text is `JSON.stringify(value)` (a primitive, or a subtree in
 * canonical order); `undefined`: omitted (undefined, a function, a symbol); otherwise the text.
 */
function canonicalValue(value: unknown): string | true | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint': // JSON.stringify throws on a bigint, as the canonical text always did.
      return true;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return true;
  return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
}

/** An element's text once the array is being assembled: undefined and functions are `null`. */
function elementText(element: unknown, result: string | true | undefined): string {
  if (result === undefined) return 'null';
  return result === true ? (JSON.stringify(element) as string) : result;
}

function canonicalArray(array: unknown[]): string | true {
  // A toJSON would make JSON.stringify write something else.
  let out = typeof (array as { toJSON?: unknown }).toJSON === 'function' ? '[' : undefined;
  for (let i = 0; i < array.length; i++) {
    const element = array[i];
    const result = canonicalValue(element);
    if (out === undefined) {
      if (result !== true && result !== undefined) {
        out = '[';
        // The elements before were canonical as they are (or undefined, written `null`).
        for (let j = 0; j < i; j++) out += `${j > 0 ? ',' : ''}${JSON.stringify(array[j]) ?? 'null'}`;
      } else {
        continue;
      }
    }
    out += `${i > 0 ? ',' : ''}${elementText(element, result)}`;
  }
  return out === undefined ? true : `${out}]`;
}

function canonicalObject(object: Record<string, unknown>): string | true {
  const keys = Object.keys(object);
  const inOrder = keys.length < 2 || sortLikeSortKeys(keys);
  // JSON.stringify would call a toJSON (a Date's) or unwrap a boxed primitive: not plain.
  const proto = Object.getPrototypeOf(object) as unknown;
  const plain = (proto === Object.prototype || proto === null) && typeof object.toJSON !== 'function';
  let out = inOrder && plain ? undefined : '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const child = object[key];
    const result = canonicalValue(child);
    if (out === undefined) {
      if (result === true || result === undefined) continue;
      out = '{';
      for (let j = 0; j < i; j++) {
        const before = keys[j] as string;
        const text = JSON.stringify(object[before]);
        if (text === undefined) continue;
        out += first ? `${JSON.stringify(before)}:${text}` : `,${JSON.stringify(before)}:${text}`;
        first = false;
      }
    }
    if (result === undefined) continue;
    const text = result === true ? JSON.stringify(child) : result;
    out += first ? `${JSON.stringify(key)}:${text}` : `,${JSON.stringify(key)}:${text}`;
    first = false;
  }
  return out === undefined ? true : `${out}}`;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** An array-index key ("0", "10"; at most 2^32 - 2), which JavaScript enumerates first. */
function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) <= 4294967294;
}

/** Keys up to this many are sorted by insertion, in place: Array#sort allocates a work copy. */
const INSERTION_SORT_MAX = 24;

/**
 * Puts `keys` (as `Object.keys` lists them) in the key order of `sortKeys`' copies, in place,
 * and says whether they were in that order already. Those copies get their keys inserted in
 * sorted order, but JavaScript enumerates array-index keys ("0", "10") first, ascending;
 * `Object.keys` already lists those first in that order, so only the keys after them are
 * sorted, by UTF-16 code units as `Array#sort` compares strings.
 */
export function sortLikeSortKeys(keys: string[]): boolean {
  let from = 0;
  // A key that does not start with a digit is no index (most keys): no RegExp for those.
  while (from < keys.length && isIndexKey(keys[from] as string)) from++;
  // With no index keys, sortKeys' plain sort() is the order (index-like keys cannot follow others).
  let sorted = true;
  for (let i = from + 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return true;
  if (keys.length - from > INSERTION_SORT_MAX) {
    const rest = keys.slice(from).sort();
    for (let i = 0; i < rest.length; i++) keys[from + i] = rest[i] as string;
    return false;
  }
  for (let i = from + 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= from && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return false;
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
