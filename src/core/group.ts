// Grouping keyed by tenancy strings (compartment ids, resource types): always a `Map`, never an
// object whose keys could be `__proto__`. Groups come out in first-seen order.

/** `items` in groups by `keyOf`, each group in the items' order, groups in first-seen order. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** `items` by compartment id (`''` for none: the tenancy-level rows). */
export function groupByCompartment<T extends { compartmentId: string | null }>(items: Iterable<T>): Map<string, T[]> {
  return groupBy(items, (item) => item.compartmentId ?? '');
}
