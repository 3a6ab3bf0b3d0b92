// One place that turns an error into a message and an exit code (SPEC §3). Commands throw;
// only this sets process.exitCode.
import { EXIT } from '../pipeline/exit.js';
import type { Logger } from '../pipeline/log.js';
import { FILESYSTEM_ERRORS } from '../pipeline/preflight.js';

const USAGE_ERRORS = new Set(['ConfigError', 'RunInputError', 'InventoryInputError', 'CACError', 'UsageError', 'OutputError', 'KeyFileError', 'OciConfigError', 'StateInputError', 'IacIgnoreError']);
const AUTH_ERRORS = new Set(['AuthError', 'RunAuthError', 'OciSigningError']);
const UNREACHABLE_ERRORS = new Set(['OciTransportError', 'OciUnreachableError']);

/** A bad flag or argument noticed by a command itself. */
export class UsageError extends Error {
  override name = 'UsageError';
}


function fsProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || typeof e.path !== 'string' || typeof e.syscall !== 'string') return undefined;
  const why = FILESYSTEM_ERRORS.get(e.code);
  return why ? `cannot ${e.syscall} ${e.path}: ${why}` : undefined;
}

export function exitCodeFor(error: unknown): number {
  const interrupted = interruptExitCode(error);
  if (interrupted !== undefined) return interrupted;
  const name = error instanceof Error ? error.name : '';
  if (USAGE_ERRORS.has(name)) return EXIT.USAGE;
  if (AUTH_ERRORS.has(name)) return EXIT.AUTH;
  if (UNREACHABLE_ERRORS.has(name)) return EXIT.UNREACHABLE;
  if (fsProblem(error)) return EXIT.USAGE;
  return EXIT.INTERNAL;
}

/** A command stopped by Ctrl-C / SIGTERM (src/cli/interrupt.ts): its exit code is 130 / 143, not a bug's. */
function interruptExitCode(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.name !== 'RunInterruptedError') return undefined;
  const code = (error as Error & { exitCode?: unknown }).exitCode;
  return code === EXIT.SIGINT || code === EXIT.SIGTERM ? code : undefined;
}

export function handleError(error: unknown, log: Pick<Logger, 'error' | 'debug'> & Partial<Pick<Logger, 'warn'>>): number {
  const interrupted = interruptExitCode(error);
  if (interrupted !== undefined) {
    (log.warn ?? log.error)(error instanceof Error ? error.message : String(error));
    return interrupted;
  }
  const code = exitCodeFor(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === EXIT.UNREACHABLE) {
    // Not a bug: an endpoint that cannot be reached (network, proxy, wrong --endpoint-template).
    log.error(`cannot reach OCI: ${message}`);
  } else if (code === EXIT.INTERNAL) {
    log.error(`internal error: ${message} (a bug: please report it; --log-level debug shows the stack)`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
  } else if (code === EXIT.AUTH) {
    // A newcomer's first error is usually this one: point at the command that explains it.
    log.error(`${message} (oci-inv doctor checks config, key, token and permissions one by one and says how to fix each; oci-inv demo needs no OCI account)`);
  } else {
    log.error(fsProblem(error) ?? message);
  }
  return code;
}
