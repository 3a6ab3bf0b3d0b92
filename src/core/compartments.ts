// Compartment tree arithmetic shared by the pipeline (--compartment scope), check scopes and
// the exports (graph, Mermaid): one walk, given child → parent pairs, and the compartment type
// the pipeline and the exports share.

/** A compartment as the pipeline and the exports see it. */
export interface CompartmentInfo {
  ocid: string;
  name: string;
  /** Parent compartment ocid; null for the tenancy root. */
  parentId: string | null;
  /** `root/a/b` style path from the tenancy root. */
  path: string;
  lifecycleState: string;
}

/** Ocids in the subtree rooted at `root`, root included. Cycles and unknown parents are harmless. */
export function subtreeOf(root: string, links: Iterable<{ id: string; parentId: string | null }>): Set<string> {
  const children = new Map<string, string[]>();
  for (const { id, parentId } of links) {
    if (!parentId) continue;
    const list = children.get(parentId) ?? [];
    list.push(id);
    children.set(parentId, list);
  }
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
