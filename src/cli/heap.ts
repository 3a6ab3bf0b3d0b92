// V8's heap growth, set at start-up (docs/benchmarks.md, "Toward 1M" and "CPU per call:
// allocation and start-up"). A run's live heap stays under ~100 MB (one batch per region
// worker), but by default V8 lets the old generation grow to several times what survived the
// last full collection before the next one, more so when its concurrent marking gets little
// CPU: a 15k-resource run peaked at 636 MB RSS. With the growth factor at 1.25 the same run
// peaked at 325 MB in the same wall time (side by side).
//
// A flat 1.25 is costly while the live heap is small, though: at 6k resources (≈ 57 MB live)
// it left 14 MB between full collections, 21 of them, ≈ 0.6 s of the run's 6 s of CPU (most
// of it V8's concurrent marking threads). So the factor follows the live heap measured after
// each full collection: at least `HEAP_HEADROOM_BYTES` of room above it (at most 4×), never
// less than 1.25×. Above 128 MB live it is the flat 1.25 of before, so a big run's peak is
// unchanged; below, the heap may be up to 32 MB larger than with the flat factor.
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** The smallest growth, in percent above the live heap: what bounds a big run's RSS. */
export const HEAP_GROWING_PERCENT = 25;
/** The room a small live heap gets above it before the next full collection. */
export const HEAP_HEADROOM_BYTES = 32 << 20;
/** The largest growth (a tiny live heap, e.g. right after start-up). */
export const HEAP_GROWING_PERCENT_MAX = 300;

/** The growth, in percent, for a live heap of `liveBytes` after a full collection. */
export function heapGrowingPercent(liveBytes: number): number {
  const wanted = Math.ceil((100 * HEAP_HEADROOM_BYTES) / Math.max(1, liveBytes));
  return Math.max(HEAP_GROWING_PERCENT, Math.min(HEAP_GROWING_PERCENT_MAX, wanted));
}

/**
 * Keeps the growth flag in step with the live heap: `afterMajorGc` with the heap used after a
 * full collection sets the factor V8 applies from then on (it reads the flag at each
 * collection's end). `setFlags` is `v8.setFlagsFromString` (a parameter for tests).
 */
export class HeapGrowthPolicy {
  private current: number | undefined;
  constructor(private readonly setFlags: (flags: string) => void = setFlagsFromString) {}

  /** The percent in force (undefined before the first call). */
  get percent(): number | undefined {
    return this.current;
  }

  set(percent: number): void {
    if (percent === this.current) return;
    this.current = percent;
    this.setFlags(`--heap-growing-percent=${percent}`);
  }

  afterMajorGc(liveBytes: number): void {
    this.set(heapGrowingPercent(liveBytes));
  }
}

/**
 * Sets V8's heap growing factor and keeps it following the live heap, unless node was started
 * with its own; true when set. The observer holds no handle: it never keeps the process alive.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) return false;
  const policy = new HeapGrowthPolicy();
  policy.set(HEAP_GROWING_PERCENT_MAX);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        policy.afterMajorGc(getHeapStatistics().used_heap_size);
        return;
      }
    }
  }).observe({ entryTypes: ['gc'] });
  return true;
}
