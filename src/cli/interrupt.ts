// Ctrl-C and SIGTERM at the CLI's edge (the pipeline knows only an AbortSignal). The first
// signal aborts the run: no new API call starts, what is complete is written as an INTERRUPTED
// run, and the command exits 130 (SIGINT) or 143 (SIGTERM). A second signal, or a signal while
// no command is listening, exits at once; a run directory without run_summary.json is then
// removed so that nothing half-written looks like a run.
import { setMaxListeners } from 'node:events';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../pipeline/exit.js';

const controller = new AbortController();
// Every retry wait listens on it for a moment: many at once are expected, not a leak (and
// Node's leak warning would land in the middle of the live progress display).
setMaxListeners(0, controller.signal);
let claimed = false;
let runDirOf: () => string | null = () => null;

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
