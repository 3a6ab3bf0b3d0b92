// The CLI's logger: consola on stderr (stdout stays clean for what scripts pipe on), JSON lines
// with --json-logs, and a one-line progress display when stderr is a terminal.
import { createConsola, type LogObject } from 'consola';
import type { LogLevel } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';

const LEVELS: Record<LogLevel, number> = { silent: -999, error: 0, warn: 1, info: 3, debug: 4, trace: 5 };

export interface CliLoggerOptions {
  level: LogLevel;
  json: boolean;
  stream?: NodeJS.WriteStream;
}

export function createCliLogger(options: CliLoggerOptions): Logger {
  const stream = options.stream ?? process.stderr;
  const consola = createConsola({
    level: LEVELS[options.level],
    stdout: stream,
    stderr: stream,
    ...(options.json
      ? {
          reporters: [
            {
              log(entry: LogObject) {
                const message = entry.args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
                stream.write(`${JSON.stringify({ time: entry.date.toISOString(), level: entry.type, message })}\n`);
              },
            },
          ],
        }
      : {}),
  });
  const showProgress = !options.json && stream.isTTY === true && LEVELS[options.level] >= LEVELS.info;
  let lastDraw = 0;
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) {
      stream.write('\r\x1b[2K');
      progressShown = false;
    }
  };
  const around =
    (fn: (message: string) => void) =>
    (message: string): void => {
      clearProgress();
      fn(message);
    };
  return {
    debug: around((m) => consola.debug(m)),
    info: around((m) => consola.info(m)),
    warn: around((m) => consola.warn(m)),
    error: around((m) => consola.error(m)),
    progress(phase, done, total) {
      if (!showProgress) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done !== total) return;
      lastDraw = now;
      const pct = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : '';
      stream.write(`\r\x1b[2K${phase}: ${done}${total > 0 ? `/${total}` : ''}${pct}`);
      progressShown = true;
    },
  };
}
