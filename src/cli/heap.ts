// V8's heap growth, set at start-up (docs/benchmarks.md, "Toward 1M"). A run's live heap stays
// under ~100 MB (one batch per region worker), but by default V8 lets the old generation grow
// to several times what survived the last full collection before the next one, more so when
// its concurrent marking gets little CPU: a 15k-resource run peaked at 636 MB RSS. With the
// growth factor at 1.25 the same run peaked at 325 MB in the same wall time (side by side).
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 25;

/** Sets V8's heap growing factor, unless node was started with its own; true when set. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
