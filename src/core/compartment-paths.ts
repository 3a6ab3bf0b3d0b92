// Compartment paths (`root/a/b`) from the Compartment records inventories carry, for reports
// made from files alone (`oci-inv diff`, `check`): a run names compartments by the paths
// discovery built, and a diff of two files should read the same.
import { parseInventoryLine, readLines, resolveInventoryFile, scanInventory } from './inventory-reader.js';
import type { InventoryRecord } from './record.js';

interface Node {
  name: string;
  parent: string | null;
}

/**
 * Compartment ocid → path from the Compartment records of `inventories` (files or run
 * directories), the first inventory's record winning when both hold one (pass the current
 * inventory first: a renamed compartment reads as it is now; one since deleted still gets a
 * path from the baseline). A chain ends at the tenancy (not a Compartment record) as `root`.
 * Names are tenancy data and returned as they are: every renderer escapes them.
 */
export async function compartmentPathsOf(inventories: readonly string[]): Promise<Map<string, string>> {
  const nodes = new Map<string, Node>();
  const add = (record: InventoryRecord) => {
    if (record.resourceType !== 'Compartment' || nodes.has(record.ocid)) return;
    nodes.set(record.ocid, { name: record.displayName ?? record.ocid, parent: record.compartmentId });
  };
  for (const inventory of inventories) {
    const file = await resolveInventoryFile(inventory);
    if (file.endsWith('.json')) {
      for await (const entry of scanInventory(file)) add(entry.record);
      continue;
    }
    // Only lines that can be a Compartment record are parsed: the rest of the file is skipped
    // unparsed (the diff has already read and validated it).
    for await (const [text, line] of readLines(file)) {
      if (!text.includes('Compartment')) continue;
      const record = parseInventoryLine(text, file, line);
      if (record) add(record);
    }
  }
  return pathsOf(nodes);
}

/** `root/…/name` for every node; a parent chain with a loop (hostile data) or past 64 levels ends at `root`. */
export function pathsOf(nodes: ReadonlyMap<string, Node>): Map<string, string> {
  const paths = new Map<string, string>();
  const pathOf = (ocid: string, seen: Set<string>): string => {
    const known = paths.get(ocid);
    if (known !== undefined) return known;
    const node = nodes.get(ocid);
    if (!node) return 'root';
    if (seen.has(ocid) || seen.size >= 64) return `root/${node.name}`;
    seen.add(ocid);
    const path = `${node.parent === null ? 'root' : pathOf(node.parent, seen)}/${node.name}`;
    paths.set(ocid, path);
    return path;
  };
  for (const ocid of nodes.keys()) pathOf(ocid, new Set());
  // The tenancy itself (the parent no Compartment record describes, where resources in the
  // root compartment point) reads as `root`.
  for (const node of nodes.values()) if (node.parent !== null && !nodes.has(node.parent)) paths.set(node.parent, 'root');
  return paths;
}
