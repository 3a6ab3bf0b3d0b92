// The shape of one enrichment table row: which SDK client and operations serve a Resource
// Search type, and which of its fields point at other resources. The engine executes rows;
// nothing here calls OCI.
import type { SdkClientCtor } from '../../clients.js';

/** A field of the SDK object that names another resource. */
export interface RelationSpec {
  /**
   * Dotted path into the SDK object. A segment `*` walks every value of an object or array;
   * array values at the end are taken element by element.
   */
  field: string;
  relation: string;
}

/** What a request builder may know about the record being enriched. */
export interface RecordRef {
  ocid: string;
  displayName: string | null;
  compartmentId: string | null;
  availabilityDomain: string | null;
}

/** Per-region facts a request builder may need, resolved once and only when a row asks. */
export interface RequestEnv {
  /** Object Storage namespace of the tenancy. */
  namespace: string;
}

export interface GetSpec {
  method: string;
  /** Build the request for one record. */
  request(ref: RecordRef, env: RequestEnv): Record<string, unknown>;
  /** The key of the SDK response holding the object (`instance`, `vcn`, …). */
  responseKey: string;
}

/** The scope one list call covers. */
export interface ListScope {
  compartmentId: string;
  /** Set when the list is scoped to a parent (`logGroupId`, `dbSystemId`, …). */
  parentId?: string;
  env: RequestEnv;
}

export interface ListSpec {
  method: string;
  request(scope: ListScope): Record<string, unknown>;
  /** Response key holding the items; a two-step path for lists that return a collection. */
  itemsPath: string[];
  /**
   * The list item carries the fields we want (it is the full object, or a summary as rich).
   * Thin lists are not used to enrich.
   */
  listIsFull: boolean;
  /** The list is per parent: one call per parent record of this type in the compartment. */
  parentType?: string;
  /** Field of a list item holding the ocid, when it is not `id` (a topic's `topicId`). */
  idField?: string;
  /** The record field `idField` matches, when it is not the ocid (a bucket's summary has only its name). */
  matchBy?: 'displayName';
  /**
   * The list can cover a compartment's whole subtree in one call: the request field (SDK
   * spelling: `compartmentIdInSubtree`, `isCompartmentIdInSubtree`, …) set true, with
   * `extra` fields beside it (`accessLevel`). The engine then lists once from the tenancy
   * (the root compartment) when that is cheaper than a list per compartment.
   */
  subtree?: { param: string; extra?: Record<string, unknown> };
}

export type ClientLoader = () => Promise<SdkClientCtor<object>>;

export interface EnricherRow {
  /** Resource Search resourceType (`Instance`, `Vcn`, `ClustersCluster`, …). */
  resourceType: string;
  /** Endpoint service prefix: the host prefix of the real endpoint, `{service}` of the template. */
  service: string;
  /** Lazy import of the SDK client class, so a run loads only the services it meets. */
  client: ClientLoader;
  /** Absent when the object can only be read through its parent's list (a Log). */
  get?: GetSpec;
  list?: ListSpec;
  relations: RelationSpec[];
  /** The row needs the Object Storage namespace to build requests. */
  needsNamespace?: boolean;
  /** Types enriched first because this row's calls depend on them (a Key on its Vault). */
  after?: string[];
  /**
   * The search summary is all we keep: records end OK with no call (`get`/`list` absent).
   * For types whose service offers nothing a summary lacks that is worth a call.
   */
  summaryOnly?: boolean;
  /**
   * The record keeps only these top-level fields of the SDK object, whichever call read it
   * (get, list per compartment, subtree list): the fields the list item and the get's object
   * share, for a row that gave up the get-only fields to be served by a subtree list (one
   * shape however it was read). tests/unit/enrich-list-shape.test.ts holds the set to the SDK.
   */
  fields?: readonly string[];
  /** A special case the generic executor hands over to (`vaultKey`; `vnic`: assembled from lists, vnic-assembly.ts). */
  special?: 'vaultKey' | 'vnic';
}
