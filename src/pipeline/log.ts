// The logging surface the pipeline writes to. The CLI backs it with consola on stderr (a live
// status on a terminal, heartbeat lines elsewhere), the action with @actions/core, tests with an
// array. The pipeline also keeps a RunProgress that a logger may watch: counts per phase and
// region, read by renderers on their own clock, so a renderer never slows the pipeline down.

/** Structured fields for a log line (`--json-logs` prints them; text logs may ignore them). */
export interface LogFields {
  phase?: string;
  region?: string;
  counts?: Record<string, number>;
  duration_ms?: number;
}

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Called once when a run starts: the logger may render `progress` until it is finished. */
  track?(progress: RunProgress): void;
  /** A phase begins (the action folds each into a `::group::`); any open group ends first. */
  group?(name: string): void;
  /** The last group ends. */
  groupEnd?(): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Collects log lines: for tests and for the warnings section of report.md. */
export function memoryLogger(): Logger & { lines: Array<{ level: string; message: string; fields?: LogFields }> } {
  const lines: Array<{ level: string; message: string; fields?: LogFields }> = [];
  const push = (level: string) => (message: string, fields?: LogFields) => {
    lines.push(fields ? { level, message, fields } : { level, message });
  };
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

/** Calls, retries and 429s seen by the transport (whole run, or one region). */
export interface TransportCounts {
  calls: number;
  retries: number;
  throttled: number;
  errors: number;
  /** The longest Retry-After (ms) the server asked for, if it asked. */
  maxRetryAfterMs: number;
}

export interface TransportView {
  total: TransportCounts;
  byRegion: ReadonlyMap<string, TransportCounts>;
}

export interface RegionProgress {
  region: string;
  search: 'waiting' | 'running' | 'done' | 'failed' | 'interrupted';
  pages: number;
  records: number;
  enrichDone: number;
  enrichTotal: number;
}

export type RunPhase = 'connect' | 'discovery' | 'enrich' | 'export' | 'diff' | 'report' | 'done';

/** Live counts of one run. Written by the pipeline, read by renderers. */
export class RunProgress {
  readonly startedAt: number;
  phase: RunPhase = 'connect';
  phaseStartedAt: number;
  readonly regions = new Map<string, RegionProgress>();
  enrichDone = 0;
  enrichTotal = 0;
  enrichStartedAt: number | undefined;
  exportStep: string | null = null;
  runDir: string | null = null;
  finished = false;
  interrupted = false;
  /** Phase name → milliseconds, filled as phases end. */
  readonly phaseDurations = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: () => number = Date.now,
    /** Counters from the transport, when the discovery port has them (the pipeline sets it). */
    public transport: () => TransportView | undefined = () => undefined,
  ) {
    this.startedAt = clock();
    this.phaseStartedAt = this.startedAt;
  }

  now(): number {
    return this.clock();
  }

  /** Notified on phase changes and when the run finishes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setPhase(phase: RunPhase): void {
    if (phase === this.phase) return;
    const now = this.clock();
    this.phaseDurations.set(this.phase, (this.phaseDurations.get(this.phase) ?? 0) + now - this.phaseStartedAt);
    this.phase = phase;
    this.phaseStartedAt = now;
    // Enrichment may start before its phase does (regions overlap): the rate counts from then.
    if (phase === 'enrich') this.enrichStartedAt ??= now;
    this.emit();
  }

  region(name: string): RegionProgress {
    let r = this.regions.get(name);
    if (!r) {
      r = { region: name, search: 'waiting', pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
      this.regions.set(name, r);
    }
    return r;
  }

  finish(): void {
    if (this.finished) return;
    this.setPhase('done');
    this.finished = true;
    this.emit();
  }

  /** Totals for log lines and heartbeats. */
  counts(): Record<string, number> {
    let pages = 0;
    let records = 0;
    let regionsDone = 0;
    for (const r of this.regions.values()) {
      pages += r.pages;
      records += r.records;
      if (r.search === 'done' || r.search === 'failed') regionsDone++;
    }
    const t = this.transport()?.total;
    return {
      regions: this.regions.size,
      regions_searched: regionsDone,
      search_pages: pages,
      search_records: records,
      enrich_done: this.enrichDone,
      enrich_total: this.enrichTotal,
      ...(t ? { api_calls: t.calls, retries: t.retries, throttled: t.throttled } : {}),
    };
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
