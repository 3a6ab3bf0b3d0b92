// inventory.jsonl (SPEC §4): one canonical-JSON record per line, in (ocid, resourceType)
// order, so two runs of the same tenancy produce byte-identical files that diff line by line.
import { canonicalJson, compareRecords, type InventoryRecord } from '../core/record.js';
import { withAtomicWriter } from './atomic.js';

/** Lines joined per write: keeps syscalls and awaits rare without building the whole file. */
const LINES_PER_WRITE = 1000;

/**
 * Returns the records in file order. Throws on a repeated ocid: the pipeline dedupes before
 * exporting, so a repeat here is a bug upstream that must not reach a file silently.
 */
export function sortRecordsForExport<T extends { ocid: string; resourceType: string }>(records: readonly T[]): T[] {
  const sorted = [...records].sort(compareRecords);
  let previous: T | undefined;
  for (const current of sorted) {
    if (previous !== undefined && previous.ocid === current.ocid) {
      throw new Error(
        `duplicate ocid ${current.ocid} (${previous.resourceType}, ${current.resourceType}): records must be deduplicated before export`,
      );
    }
    previous = current;
  }
  return sorted;
}

/** Writes inventory.jsonl; returns the number of records written. */
export async function writeInventoryJsonl(path: string, records: readonly InventoryRecord[]): Promise<number> {
  const sorted = sortRecordsForExport(records);
  await withAtomicWriter(path, async (writer) => {
    for (let start = 0; start < sorted.length; start += LINES_PER_WRITE) {
      let chunk = '';
      for (const record of sorted.slice(start, start + LINES_PER_WRITE)) chunk += `${canonicalJson(record)}\n`;
      await writer.write(chunk);
    }
  });
  return sorted.length;
}
