// List builders for the services whose list operations return a `*Collection` model
// (`{ items }` under a response key) rather than a bare array, and for lists per parent that
// take no compartment (`listStreamCdnConfigs(distributionChannelId)`).
import type { ListSpec } from './types.js';

/** A per-compartment list whose response key holds a `*Collection` of full items. */
export function listCollection(method: string, collectionKey: string): ListSpec {
  return { method, itemsPath: [collectionKey, 'items'], listIsFull: true, request: (s) => ({ compartmentId: s.compartmentId }) };
}

/** A per-parent list (no compartment parameter) whose response key holds a `*Collection`. */
export function listCollectionByParent(method: string, collectionKey: string, parentType: string, parentParam: string): ListSpec {
  return { method, itemsPath: [collectionKey, 'items'], listIsFull: true, parentType, request: (s) => ({ [parentParam]: s.parentId }) };
}
