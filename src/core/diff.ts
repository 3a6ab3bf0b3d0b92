// The diff's public surface: the engine (streaming merge-join), field comparison and record
// hash, --explain for one resource, and the --fail-on decision.
import type { IgnoreRules } from './ignore.js';
import { InventoryInputError, scanInventory } from './inventory-reader.js';
import type { InventoryRecord } from './record.js';
import { explainRecordVersions, type FieldChange, type HiddenChange, recordHash } from './diff/compare.js';
import type { DiffCounts } from './diff/engine.js';

export { compareRecordVersions, type FieldChange, type HiddenChange, hashableForm, jsonEqual, recordHash } from './diff/compare.js';
export {
  type ChangedResource,
  DEFAULT_SAMPLE_PER_TYPE,
  DIFF_SCHEMA,
  type DiffCounts,
  type DiffOptions,
  type DiffResult,
  diffInventories,
  diffSummary,
  type ResourceRef,
  searchView,
  type TypeCounts,
  type UnverifiedResource,
  UNSORTED_RECORD_LIMIT,
} from './diff/engine.js';

export const FAIL_ON = ['none', 'drift', 'added', 'removed', 'changed', 'degraded'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Whether `--fail-on` asks to fail (exit 5) given these counts. */
export function failOnTriggered(counts: Pick<DiffCounts, 'added' | 'removed' | 'changed'> & { unverified?: number }, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'drift':
      return counts.added + counts.removed + counts.changed > 0;
    case 'added':
      return counts.added > 0;
    case 'removed':
      return counts.removed > 0;
    case 'changed':
      return counts.changed > 0;
    case 'degraded':
      // Records the diff could not verify (their enrichment failed on one side).
      return (counts.unverified ?? 0) > 0;
  }
}

export interface Explanation {
  ocid: string;
  before: InventoryRecord | undefined;
  after: InventoryRecord | undefined;
  hashBefore: string | undefined;
  hashAfter: string | undefined;
  status: 'added' | 'removed' | 'changed' | 'unchanged' | 'absent';
  changes: FieldChange[];
  /** Paths that differ but an ignore rule hid, with the rule. */
  hidden: HiddenChange[];
}

async function findRecord(path: string, ocid: string): Promise<InventoryRecord | undefined> {
  let found: InventoryRecord | undefined;
  for await (const entry of scanInventory(path)) {
    if (entry.record.ocid !== ocid) continue;
    if (found) throw new InventoryInputError(entry.file, entry.line, `duplicate ocid ${ocid}`, 'ocid', entry.unit);
    found = entry.record;
  }
  return found;
}

/** Everything the diff decided about one resource, and why (`oci-inv diff --explain OCID`). */
export async function explainResource(prevPath: string, currPath: string, ocid: string, ignore?: IgnoreRules): Promise<Explanation> {
  const [before, after] = await Promise.all([findRecord(prevPath, ocid), findRecord(currPath, ocid)]);
  const hashBefore = before ? recordHash(before, ignore) : undefined;
  const hashAfter = after ? recordHash(after, ignore) : undefined;
  if (!before || !after) {
    const status = before ? 'removed' : after ? 'added' : 'absent';
    return { ocid, before, after, hashBefore, hashAfter, status, changes: [], hidden: [] };
  }
  const { changes, hidden } = explainRecordVersions(before, after, ignore);
  return { ocid, before, after, hashBefore, hashAfter, status: changes.length ? 'changed' : 'unchanged', changes, hidden };
}
