// The logging surface the pipeline writes to. The CLI backs it with consola on stderr, the
// action with @actions/core, tests with an array.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Progress of long work; a no-op where nobody watches. */
  progress?(phase: string, done: number, total: number): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Collects log lines: for tests and for the warnings section of report.md. */
export function memoryLogger(): Logger & { lines: Array<{ level: string; message: string }> } {
  const lines: Array<{ level: string; message: string }> = [];
  const push = (level: string) => (message: string) => {
    lines.push({ level, message });
  };
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}
