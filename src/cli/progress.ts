// Progress a person and a CI log can follow (docs/progress.md). On a terminal: a live status
// block redrawn in place (phase, per-region search pages and records, enrichment with rate and
// ETA, retries and 429s, export step) that is erased when the run ends and leaves a one-line
// summary. Without a terminal: a heartbeat line every few seconds with the same counts. Either
// way a region answered with many 429s gets a warning. The renderer reads the pipeline's
// RunProgress on its own clock: the pipeline never waits for the screen.
import type { LogFields, RegionProgress, RunProgress, TransportCounts } from '../pipeline/log.js';

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export type ProgressEmit = (level: 'info' | 'warn', message: string, fields: LogFields) => void;

export interface ProgressRendererOptions {
  stream: ProgressStream;
  /** `live` redraws a block on a terminal; `heartbeat` prints lines through `emit`. */
  mode: 'live' | 'heartbeat';
  /** Prints a log line (the logger's own formatting: text or JSON). */
  emit: ProgressEmit;
  /** Heartbeat period, and how often throttling is checked (ms). */
  heartbeatMs: number;
  /** Live redraw period (ms). */
  frameMs?: number;
  /** Start timers (false in tests that drive frames by hand). */
  timers?: boolean;
}

/** Default heartbeat: well under the 15 s a CI log may stay silent (SPEC: never > 20 s). */
export const DEFAULT_HEARTBEAT_MS = 10_000;

/** Heartbeat period from OCI_INV_HEARTBEAT_MS (meant for tests), else the default. */
export function heartbeatMsFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.OCI_INV_HEARTBEAT_MS;
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n >= 50 ? Math.floor(n) : DEFAULT_HEARTBEAT_MS;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Region lines shown in the live block; the rest are summed up in one line. */
const MAX_REGION_LINES = 12;
/** A region is "throttled hard" when at least this many 429s … */
const THROTTLE_MIN = 5;
/** … make at least this share of its calls in one check period. */
const THROTTLE_SHARE = 0.1;
/** … counted over at most this long. */
const THROTTLE_WINDOW_MS = 30_000;
/** One warning per region per minute at most: the live counts show the rest. */
const THROTTLE_REPEAT_MS = 60_000;

const fmt = (n: number) => n.toLocaleString('en-US');

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function apiText(t: TransportCounts | undefined): string {
  if (!t) return '';
  return `api ${fmt(t.calls)} calls, ${fmt(t.retries)} retries, ${fmt(t.throttled)} × 429`;
}

/** Enrichment done/total with percentage, rate and ETA, e.g. `5,000/9,000 55% · 410/s · ETA 10 s`. */
export function enrichText(progress: RunProgress, now: number): string {
  const { enrichDone: done, enrichTotal: total } = progress;
  const pct = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : '';
  let tail = '';
  const since = progress.enrichStartedAt;
  if (since !== undefined && done > 0 && now > since) {
    const rate = (done * 1000) / (now - since);
    tail = ` · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`;
    if (total > done && rate > 0) tail += ` · ETA ${seconds(((total - done) / rate) * 1000)}`;
  }
  return `${fmt(done)}/${fmt(total)}${pct}${tail}`;
}

function regionLine(r: RegionProgress, width: number, phase: string, throttled: TransportCounts | undefined): string {
  const mark = r.search === 'done' ? '✓' : r.search === 'failed' ? '✗' : r.search === 'interrupted' ? '■' : r.search === 'running' ? '…' : ' ';
  let line = `  ${mark} ${r.region.padEnd(width)}  search ${fmt(r.pages)} pages, ${fmt(r.records)} records`;
  if ((phase === 'enrich' || r.enrichDone > 0) && r.enrichTotal > 0) line += ` · enrich ${fmt(r.enrichDone)}/${fmt(r.enrichTotal)}`;
  if (throttled && (throttled.throttled > 0 || throttled.retries > 0)) line += ` · ${fmt(throttled.retries)} retries, ${fmt(throttled.throttled)} × 429`;
  return line;
}

/** The live block for one moment: pure, so tests assert frames without a terminal. */
export function renderFrame(progress: RunProgress, now: number, tick = 0): string[] {
  const transport = progress.transport();
  const head = [`${SPINNER[tick % SPINNER.length]} ${progress.phase}`, seconds(now - progress.startedAt)];
  const api = apiText(transport?.total);
  if (api) head.push(api);
  const lines = [head.join(' · ')];
  const regions = [...progress.regions.values()];
  const width = Math.max(0, ...regions.map((r) => r.region.length));
  for (const r of regions.slice(0, MAX_REGION_LINES)) lines.push(regionLine(r, width, progress.phase, transport?.byRegion.get(r.region)));
  if (regions.length > MAX_REGION_LINES) {
    const rest = regions.slice(MAX_REGION_LINES);
    lines.push(`  … ${rest.length} more regions: ${fmt(rest.reduce((n, r) => n + r.records, 0))} records`);
  }
  if (progress.phase === 'enrich' || progress.enrichDone > 0) lines.push(`  enrich ${enrichText(progress, now)}`);
  if (progress.phase === 'export' && progress.exportStep) lines.push(`  export: writing ${progress.exportStep}`);
  return lines;
}

/** One heartbeat line (no terminal): the same counts as the live block, on one line. */
export function heartbeatLine(progress: RunProgress, now: number): string {
  const regions = [...progress.regions.values()];
  const searched = regions.filter((r) => r.search !== 'waiting' && r.search !== 'running').length;
  const parts = [`${seconds(now - progress.startedAt)}, phase ${progress.phase}`];
  if (regions.length > 0) {
    parts.push(
      `regions ${searched}/${regions.length} searched, ${fmt(regions.reduce((n, r) => n + r.pages, 0))} pages, ${fmt(regions.reduce((n, r) => n + r.records, 0))} records`,
    );
  }
  if (progress.phase === 'enrich' || progress.enrichDone > 0) parts.push(`enrich ${enrichText(progress, now)}`);
  if (progress.phase === 'export' && progress.exportStep) parts.push(`export ${progress.exportStep}`);
  const api = apiText(progress.transport()?.total);
  if (api) parts.push(api);
  return `progress: ${parts.join(' · ')}`;
}

/** A live block or heartbeat for one run; `stop()` when it finishes. */
export class ProgressRenderer {
  private progress: RunProgress | undefined;
  private drawn = 0;
  private tick = 0;
  private timers: NodeJS.Timeout[] = [];
  private lastThrottle = new Map<string, { calls: number; throttled: number; at: number }>();
  private startedCheckAt = 0;
  private readonly lastWarned = new Map<string, number>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: ProgressRendererOptions) {}

  get live(): boolean {
    return this.options.mode === 'live';
  }

  attach(progress: RunProgress): void {
    this.stop();
    this.progress = progress;
    this.lastThrottle.clear();
    this.lastWarned.clear();
    this.startedCheckAt = progress.now();
    this.unsubscribe = progress.onChange(() => {
      if (progress.finished) this.finish();
      else if (this.live) this.redraw();
    });
    if (this.options.timers === false) return;
    const every = (ms: number, fn: () => void) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      this.timers.push(timer);
    };
    if (this.live) {
      every(this.options.frameMs ?? 120, () => this.redraw());
      every(this.options.heartbeatMs, () => this.checkThrottling());
    } else {
      every(this.options.heartbeatMs, () => this.beat());
    }
  }

  /** Erase the live block (before a log line is printed above it). */
  clear(): void {
    if (this.drawn > 0) {
      this.options.stream.write(`\x1b[${this.drawn}A\x1b[0J`);
      this.drawn = 0;
    }
  }

  /** Draw the live block again at the bottom. */
  redraw(): void {
    const progress = this.progress;
    if (!this.live || !progress || progress.finished) return;
    const columns = this.options.stream.columns ?? 80;
    const lines = renderFrame(progress, progress.now(), this.tick++).map((l) => truncate(l, Math.max(20, columns - 1)));
    const erase = this.drawn > 0 ? `\x1b[${this.drawn}A\x1b[0J` : '';
    this.options.stream.write(`${erase}${lines.join('\n')}\n`);
    this.drawn = lines.length;
  }

  /** One heartbeat: the counts line, then any throttling warning. */
  beat(): void {
    const progress = this.progress;
    if (!progress || progress.finished) return;
    const now = progress.now();
    this.options.emit('info', heartbeatLine(progress, now), { phase: progress.phase, counts: progress.counts(), duration_ms: now - progress.startedAt });
    this.checkThrottling();
  }

  /**
   * Warn about a region answered with many 429s: counted since its last warning, over at most
   * THROTTLE_WINDOW_MS, so a steady trickle across checks adds up.
   */
  checkThrottling(): void {
    const progress = this.progress;
    if (!progress) return;
    const view = progress.transport();
    if (!view) return;
    const now = progress.now();
    for (const [region, c] of view.byRegion) {
      const base = this.lastThrottle.get(region) ?? { calls: 0, throttled: 0, at: this.startedCheckAt };
      if (now - base.at > THROTTLE_WINDOW_MS) {
        this.lastThrottle.set(region, { calls: c.calls, throttled: c.throttled, at: now });
        continue;
      }
      const throttled = c.throttled - base.throttled;
      const calls = c.calls - base.calls;
      const window = Math.max(1, now - base.at);
      if (throttled >= THROTTLE_MIN && throttled >= THROTTLE_SHARE * Math.max(1, calls)) {
        this.lastThrottle.set(region, { calls: c.calls, throttled: c.throttled, at: now });
        const warned = this.lastWarned.get(region);
        if (warned !== undefined && now - warned < THROTTLE_REPEAT_MS) continue;
        this.lastWarned.set(region, now);
        const wait = c.maxRetryAfterMs > 0 ? `, honouring Retry-After up to ${seconds(c.maxRetryAfterMs)}` : '';
        this.clear();
        this.options.emit(
          'warn',
          `${region || 'OCI'} is throttling: ${fmt(throttled)} of ${fmt(calls)} calls answered 429 in the last ${seconds(window)} (${(throttled / (window / 1000)).toFixed(1)}/s); slowing down${wait}`,
          { phase: progress.phase, ...(region ? { region } : {}), counts: { throttled, calls }, duration_ms: window },
        );
        this.redraw();
      }
    }
  }

  private finish(): void {
    const progress = this.progress;
    this.stop();
    // No summary for a run that never got a directory (a failed connection, a bad flag): the
    // error says it all.
    if (!progress?.runDir) return;
    const parts: string[] = [];
    for (const [phase, ms] of progress.phaseDurations) if (phase !== 'done' && ms > 0) parts.push(`${phase} ${seconds(ms)}`);
    const api = apiText(progress.transport()?.total);
    this.options.emit('info', `${progress.interrupted ? 'interrupted after' : 'phases:'} ${parts.join(', ')}${api ? ` · ${api}` : ''}`, {
      phase: 'done',
      counts: progress.counts(),
      duration_ms: progress.now() - progress.startedAt,
    });
  }

  /** Stop timers and erase the block. */
  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.clear();
  }
}

function truncate(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, width - 1).join('')}…`;
}
