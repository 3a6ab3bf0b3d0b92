// Small builders so each table row reads as one line of facts, not a page of boilerplate.
import type { GetSpec, ListSpec, RelationSpec } from './types.js';

/** `getX({ xId: ocid })` returning `{ x: … }`. */
export function getById(method: string, idParam: string, responseKey: string): GetSpec {
  return { method, responseKey, request: (ref) => ({ [idParam]: ref.ocid }) };
}

/** A list per compartment whose items are the full objects. */
export function listByCompartment(method: string, extra: Record<string, unknown> = {}): ListSpec {
  return { method, itemsPath: ['items'], listIsFull: true, request: (s) => ({ compartmentId: s.compartmentId, ...extra }) };
}

/** A list per compartment and parent (`listDbNodes(compartmentId, dbSystemId)`). */
export function listByParent(method: string, parentType: string, parentParam: string, withCompartment = true): ListSpec {
  return {
    method,
    itemsPath: ['items'],
    listIsFull: true,
    parentType,
    request: (s) => ({ ...(withCompartment ? { compartmentId: s.compartmentId } : {}), [parentParam]: s.parentId }),
  };
}

/** Relations from `field → RELATION` pairs. */
export function rel(pairs: Record<string, string>): RelationSpec[] {
  return Object.entries(pairs).map(([field, relation]) => ({ field, relation }));
}

/** The same list, able to cover the tenancy's whole compartment tree in one call. */
export function inSubtree(list: ListSpec, param: string, extra?: Record<string, unknown>): ListSpec {
  return { ...list, subtree: { param, ...(extra ? { extra } : {}) } };
}
