// A downloaded baseline is checked before the run uses it: a corrupt or hand-mangled
// artifact must turn into "no baseline" up front, not into a failed diff after the inventory
// has been collected.
import { readInventory } from '../core/inventory-reader.js';

/** Reads every record (validated, no repeated ocid); returns how many there are. */
export async function validateBaselineInventory(path: string): Promise<number> {
  let count = 0;
  for await (const _record of readInventory(path)) count++;
  return count;
}
