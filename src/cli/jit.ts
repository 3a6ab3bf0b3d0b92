// V8's optimizing compiler, tuned at start-up for a process that lives seconds to minutes
// (docs/benchmarks.md, "CPU per call at 6k (branch `cpu6k`)"). TurboFan compiles each hot
// function on V8's helper threads with its callees inlined into it; for oci-inv (a wide, flat
// profile: the SDK's generated clients, the signer, the wire client, the per-record pipeline,
// none dominant) that inlining was ≈ 0.3 s of helper-thread CPU at 6k resources, ≈ 0.4 s at
// 30k, and bought nothing measurable on the main thread. Off by default; a flag given to node
// (or through NODE_OPTIONS) wins.
import { setFlagsFromString } from 'node:v8';

export const JIT_FLAGS = ['--no-turbo-inlining'] as const;

/**
 * Sets `JIT_FLAGS` unless node was started with any of them (either sign, `-` or `_`); true
 * when set. Call first thing, before the hot code is compiled: V8 reads the flag per
 * compilation job, so code optimized later follows it. `setFlags` is a parameter for tests.
 */
export function tuneJit(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((arg) => arg.replace(/_/g, '-'));
  if (given.some((arg) => /^--(?:no-)?turbo-inlining(?:=|$)/.test(arg))) return false;
  for (const flag of JIT_FLAGS) setFlags(flag);
  return true;
}
