// Ctrl-C and SIGTERM at the CLI's edge (the pipeline knows only an AbortSignal). The first
// signal aborts the run: no new API call starts, what is complete is written as an INTERRUPTED
// run, and the command exits 130 (SIGINT) or 143 (SIGTERM). A second signal, or a signal while
// no command is listening, exits at once; a run directory without run_summary.json is then
// removed so that nothing half-written looks like a run, and this process's temporary files
// (src/export/atomic.ts) in the directories a command writes to are deleted (guardOutputs).
import { setMaxListeners } from 'node:events';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT } from '../pipeline/exit.js';

const controller = new AbortController();
// Every retry wait listens on it for a moment: many at once are expected, not a leak (and
// Node's leak warning would land in the middle of the live progress display).
setMaxListeners(0, controller.signal);
let claimed = false;
let runDirOf: () => string | null = () => null;
/** Directories whose temporary files from this process go on a hard exit. */
const guardedDirs = new Set<string>();
/** Parents of run directories a command may create (merge): what it created and left half-written goes. */
const guardedRunParents = new Map<string, Set<string>>();

/**
 * For a command that writes files but stops at once on a signal (doctor --policy-out, iac,
 * summarize, diff --outdir, check, init, merge): the files it writes are atomic (temporary name,
 * then rename), so only the temporary file of a write cut short can be left; on a hard exit it
 * is deleted. Give the files (or directories) the command writes.
 */
export function guardOutputs(...paths: Array<string | undefined>): void {
  for (const path of paths) {
    if (!path) continue;
    const full = resolve(path);
    guardedDirs.add(isDirectory(full) ? full : dirname(full));
  }
}

/** For a command that creates a run directory under `parent` (merge): one it leaves without run_summary.json goes on a hard exit. */
export function guardNewRunDirs(parent: string): void {
  const full = resolve(parent);
  let before: string[] = [];
  try {
    before = readdirSync(full);
  } catch {
    // not there yet: everything in it will be new
  }
  guardedRunParents.set(full, new Set(before));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** For a command that stops gracefully on the first signal: the signal to thread through. */
export function claimInterrupt(runDir: () => string | null = () => null): AbortSignal {
  claimed = true;
  runDirOf = runDir;
  return controller.signal;
}

export interface InterruptTarget {
  on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): never;
}

export function installInterruptHandlers(target: InterruptTarget = process, stderr: NodeJS.WritableStream = process.stderr): void {
  let received = 0;
  const handle = (signal: 'SIGINT' | 'SIGTERM') => {
    const exitCode = signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM;
    received++;
    if (!claimed || received > 1) {
      removeHalfWritten(runDirOf());
      removeGuarded();
      if (!claimed) stderr.write(`\n${signal === 'SIGINT' ? 'interrupted' : 'terminated'}: stopped; no half-written file left (exit ${exitCode})\n`);
      target.exit(exitCode);
    }
    stderr.write(`\n${signal === 'SIGINT' ? 'interrupted' : 'terminated'}: no new API calls; writing what is complete (press Ctrl-C again to quit at once)\n`);
    controller.abort({ exitCode, signal });
  };
  target.on('SIGINT', () => handle('SIGINT'));
  target.on('SIGTERM', () => handle('SIGTERM'));
}

/** On a hard exit: no directory without run_summary.json, no temporary file left behind. */
export function removeHalfWritten(runDir: string | null): void {
  if (!runDir || !existsSync(runDir)) return;
  try {
    if (!existsSync(join(runDir, 'run_summary.json'))) {
      rmSync(runDir, { recursive: true, force: true });
      return;
    }
    for (const name of readdirSync(runDir)) if (name.startsWith('.') && name.endsWith('.tmp')) rmSync(join(runDir, name), { force: true });
  } catch {
    // Exiting anyway: nothing better to do.
  }
}

/** This process's temporary files (`.<name>.<pid>.<random>.tmp`, src/export/atomic.ts) in the guarded directories, and half-written new run directories. */
export function removeGuarded(pid: number = process.pid): void {
  const mine = new RegExp(`^\\..+\\.${pid}\\.[0-9a-f]+\\.tmp$`);
  for (const dir of guardedDirs) {
    try {
      for (const name of readdirSync(dir)) if (mine.test(name)) rmSync(join(dir, name), { force: true });
    } catch {
      // Exiting anyway.
    }
  }
  for (const [parent, before] of guardedRunParents) {
    try {
      for (const name of readdirSync(parent)) if (!before.has(name) && isDirectory(join(parent, name))) removeHalfWritten(join(parent, name));
    } catch {
      // Exiting anyway.
    }
  }
}
