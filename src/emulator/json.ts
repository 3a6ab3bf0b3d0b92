// The emulator's own JSON and compartment types. It is the other side of the wire: it shares
// no code with the client (src/core, src/pipeline, src/oci), so a bug in the client cannot be
// agreed with by the emulator (tests/unit/emulator-imports.test.ts keeps it that way).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A compartment as the emulator's tenancy holds it, with its `root/a/b` path. */
export interface CompartmentInfo {
  ocid: string;
  name: string;
  parentId: string | null;
  path: string;
  lifecycleState: string;
}

/** Ocids in the subtree rooted at `root`, root included (compartmentIdInSubtree). */
export function subtreeOf(root: string, links: Iterable<{ id: string; parentId: string | null }>): Set<string> {
  const children = new Map<string, string[]>();
  for (const { id, parentId } of links) {
    if (!parentId) continue;
    const list = children.get(parentId);
    if (list) list.push(id);
    else children.set(parentId, [id]);
  }
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  return out;
}
