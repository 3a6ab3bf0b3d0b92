// V8's optimizing compiler, tuned at start-up for a process that lives seconds to minutes
// (docs/benchmarks.md, "CPU per call at 6k (branch `cpu6k`)"). TurboFan compiles each hot
// function on V8's helper threads with its callees inlined into it, up to a budget of callee
// bytecode per function (920 bytes by default). oci-inv's profile is wide and flat (the SDK's
// generated clients, the signer, the wire client, the per-record pipeline, none dominant):
// with the budget at 300 bytes, a 6k-resource run spent ≈ 0.18 s less helper-thread CPU
// compiling, the main thread the same. Inlining off altogether saved more on the helpers but
// cost the main thread ≈ 5 % at 30k. A setting given to node (or in NODE_OPTIONS) wins.
import { setFlagsFromString } from 'node:v8';

/** Callee bytecode TurboFan may inline into one function, in bytes (V8's default: 920). */
export const INLINE_BUDGET_BYTES = 300;
export const JIT_FLAGS = [`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET_BYTES}`] as const;

/**
 * Sets `JIT_FLAGS` unless node was started with an inlining setting of its own (`-` or `_`
 * spelling); true when set. Call first thing, before the hot code is compiled: V8 reads the
 * flag per compilation job, so code optimized later follows it. `setFlags` is a parameter for
 * tests.
 */
export function tuneJit(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((arg) => arg.replace(/_/g, '-'));
  if (given.some((arg) => /^--(?:no-)?(?:turbo-inlining|max-inlined-bytecode-size-cumulative)(?:=|$)/.test(arg))) return false;
  for (const flag of JIT_FLAGS) setFlags(flag);
  return true;
}
