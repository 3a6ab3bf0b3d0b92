// One place that turns an error into a message and an exit code (SPEC §3). Commands throw;
// only this sets process.exitCode.
import { EXIT } from '../pipeline/run.js';
import type { Logger } from '../pipeline/log.js';

const USAGE_ERRORS = new Set(['ConfigError', 'RunInputError', 'InventoryInputError', 'CACError', 'UsageError']);
const AUTH_ERRORS = new Set(['AuthError', 'RunAuthError']);

/** A bad flag or argument noticed by a command itself. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function exitCodeFor(error: unknown): number {
  const name = error instanceof Error ? error.name : '';
  if (USAGE_ERRORS.has(name)) return EXIT.USAGE;
  if (AUTH_ERRORS.has(name)) return EXIT.AUTH;
  return EXIT.INTERNAL;
}

export function handleError(error: unknown, log: Pick<Logger, 'error' | 'debug'>): number {
  const code = exitCodeFor(error);
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'OciTransportError') {
    // Not a bug: an endpoint that cannot be reached (network, proxy, wrong --endpoint-template).
    log.error(`cannot reach OCI: ${message}`);
  } else if (code === EXIT.INTERNAL) {
    log.error(`internal error: ${message} (a bug: please report it; --log-level debug shows the stack)`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
  } else {
    log.error(message);
  }
  return code;
}
