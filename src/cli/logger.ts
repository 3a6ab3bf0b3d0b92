// The CLI's logger: consola on stderr (stdout stays clean for what scripts pipe on), or JSON
// lines with --json-logs (every line: time, level, message, phase, region where it applies,
// counts, duration_ms). A run's progress shows as a live block on a terminal and as heartbeat
// lines elsewhere (src/cli/progress.ts).
import { createConsola } from 'consola';
import type { LogLevel } from '../pipeline/config.js';
import type { LogFields, Logger, RunProgress } from '../pipeline/log.js';
import { heartbeatMsFrom, ProgressRenderer } from './progress.js';

const LEVELS: Record<LogLevel, number> = { silent: -999, error: 0, warn: 1, info: 3, debug: 4, trace: 5 };

export interface CliLoggerOptions {
  level: LogLevel;
  json: boolean;
  stream?: NodeJS.WriteStream;
  /** Heartbeat period without a terminal; default from OCI_INV_HEARTBEAT_MS or 10 s. */
  heartbeatMs?: number;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}

type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVEL_OF: Record<Level, number> = { error: 0, warn: 1, info: 3, debug: 4 };

export function createCliLogger(options: CliLoggerOptions): Logger {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const createdAt = now();
  const threshold = LEVELS[options.level];
  const consola = createConsola({ level: threshold, stdout: stream, stderr: stream });
  let progress: RunProgress | undefined;
  let renderer: ProgressRenderer | undefined;

  const jsonLine = (level: Level, message: string, fields: LogFields = {}) => {
    const phase = fields.phase ?? progress?.phase ?? 'cli';
    const line: Record<string, unknown> = { time: new Date(now()).toISOString(), level, message, phase };
    if (fields.region !== undefined) line.region = fields.region;
    line.counts = fields.counts ?? progress?.counts() ?? {};
    line.duration_ms = fields.duration_ms ?? now() - (progress ? progress.phaseStartedAt : createdAt);
    stream.write(`${JSON.stringify(line)}\n`);
  };

  const print = (level: Level, message: string, fields?: LogFields) => {
    if (LEVEL_OF[level] > threshold) return;
    if (options.json) return jsonLine(level, message, fields);
    renderer?.clear();
    consola[level](message);
    renderer?.redraw();
  };

  return {
    debug: (m, f) => print('debug', m, f),
    info: (m, f) => print('info', m, f),
    warn: (m, f) => print('warn', m, f),
    error: (m, f) => print('error', m, f),
    track(p) {
      progress = p;
      if (threshold < LEVELS.info) return;
      renderer?.stop();
      renderer = new ProgressRenderer({
        stream,
        mode: !options.json && stream.isTTY === true ? 'live' : 'heartbeat',
        heartbeatMs: options.heartbeatMs ?? heartbeatMsFrom(options.env ?? process.env),
        emit: (level, message, fields) => print(level, message, fields),
      });
      renderer.attach(p);
    },
  };
}
