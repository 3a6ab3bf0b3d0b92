// One k-way merge for every sorted-stream merge of the tool (docs/architecture.md, "Data
// flow"): the run's spill merge (one source per run file, a few hundred at 1M resources) and
// `merge`'s shard merge (one source per shard inventory). The heads are kept in a binary
// min-heap, so each item costs O(log k) comparisons instead of a scan of every head.

/** One item of a merge and the index of the source it came from. */
export interface Merged<T> {
  value: T;
  source: number;
}

interface Head<T> {
  source: number;
  iterator: AsyncIterator<T>;
  current: T;
}

/**
 * Merges `sources`, each already in `compare` order, into one stream in that order. Items that
 * compare equal come from the lower source index first; a source is read one item ahead of
 * what was yielded. Every source's `return()` is called when the merge ends, however it ends.
 */
export async function* kWayMerge<T>(sources: ReadonlyArray<AsyncIterable<T>>, compare: (a: T, b: T) => number): AsyncGenerator<Merged<T>> {
  const before = (a: Head<T>, b: Head<T>): boolean => {
    const order = compare(a.current, b.current);
    return order < 0 || (order === 0 && a.source < b.source);
  };
  const siftDown = (heap: Array<Head<T>>, at: number): void => {
    const n = heap.length;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) return;
      const right = left + 1;
      const child = right < n && before(heap[right] as Head<T>, heap[left] as Head<T>) ? right : left;
      if (!before(heap[child] as Head<T>, heap[at] as Head<T>)) return;
      [heap[at], heap[child]] = [heap[child] as Head<T>, heap[at] as Head<T>];
      at = child;
    }
  };
  const heap: Array<Head<T>> = [];
  const iterators: Array<AsyncIterator<T>> = [];
  try {
    for (const [source, iterable] of sources.entries()) {
      const iterator = iterable[Symbol.asyncIterator]();
      iterators.push(iterator);
      const first = await iterator.next();
      if (!first.done) heap.push({ source, iterator, current: first.value });
    }
    for (let at = Math.floor(heap.length / 2) - 1; at >= 0; at--) siftDown(heap, at);
    while (heap.length > 0) {
      const head = heap[0] as Head<T>;
      yield { value: head.current, source: head.source };
      const next = await head.iterator.next();
      if (!next.done) head.current = next.value;
      else {
        const last = heap.pop() as Head<T>;
        if (heap.length === 0) break;
        heap[0] = last;
      }
      siftDown(heap, 0);
    }
  } finally {
    for (const iterator of iterators) await iterator.return?.();
  }
}
