// The progress renderer driven by hand: a fake TTY stream (isTTY, columns) receives the live
// frames; a fake clock and fake transport counters stand in for a run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heartbeatLine, heartbeatMsFrom, ProgressRenderer, renderFrame } from '../../src/cli/progress.js';
import { type LogFields, RunProgress, type TransportCounts } from '../../src/pipeline/log.js';

function counts(partial: Partial<TransportCounts> = {}): TransportCounts {
  return { calls: 0, retries: 0, throttled: 0, errors: 0, maxRetryAfterMs: 0, ...partial };
}

function fixture() {
  let now = 1_000_000;
  const byRegion = new Map<string, TransportCounts>([
    ['us-ashburn-1', counts({ calls: 40, retries: 2, throttled: 1 })],
    ['eu-frankfurt-1', counts({ calls: 10 })],
  ]);
  const total = counts({ calls: 50, retries: 2, throttled: 1 });
  const progress = new RunProgress(() => now, () => ({ total, byRegion }));
  const stream = { isTTY: true, columns: 100, chunks: [] as string[], write(chunk: string) {
    this.chunks.push(chunk);
    return true;
  } };
  const emitted: Array<{ level: string; message: string; fields: LogFields }> = [];
  return {
    progress,
    stream,
    emitted,
    byRegion,
    total,
    advance: (ms: number) => {
      now += ms;
    },
    emit: (level: 'info' | 'warn', message: string, fields: LogFields) => {
      emitted.push({ level, message, fields });
    },
  };
}

test('live frame: phase, elapsed, API counts, one line per region with pages and records', () => {
  const f = fixture();
  f.progress.setPhase('discovery');
  const a = f.progress.region('us-ashburn-1');
  a.search = 'done';
  a.pages = 3;
  a.records = 2500;
  const b = f.progress.region('eu-frankfurt-1');
  b.search = 'running';
  b.pages = 1;
  b.records = 1000;
  f.advance(4200);
  const frame = renderFrame(f.progress, f.progress.now());
  assert.match(frame[0] ?? '', /^. discovery · 4\.2 s · api 50 calls, 2 retries, 1 × 429$/);
  assert.equal(frame[1], '  ✓ us-ashburn-1    search 3 pages, 2,500 records · 2 retries, 1 × 429');
  assert.equal(frame[2], '  … eu-frankfurt-1  search 1 pages, 1,000 records');
  assert.equal(frame.length, 3);
});

test('live frame in enrichment: done/total, percentage, rate and ETA', () => {
  const f = fixture();
  f.progress.region('us-ashburn-1').records = 10;
  f.progress.setPhase('enrich');
  f.progress.enrichTotal = 1000;
  f.advance(10_000);
  f.progress.enrichDone = 400;
  const frame = renderFrame(f.progress, f.progress.now());
  assert.equal(frame.at(-1), '  enrich 400/1,000 40% · 40/s · ETA 15 s');
});

test('heartbeat line carries the same counts on one line', () => {
  const f = fixture();
  f.progress.region('us-ashburn-1').search = 'done';
  f.progress.region('us-ashburn-1').pages = 2;
  f.progress.region('us-ashburn-1').records = 1500;
  f.progress.region('eu-frankfurt-1');
  f.progress.setPhase('enrich');
  f.progress.enrichTotal = 10;
  f.advance(2000);
  assert.equal(
    heartbeatLine(f.progress, f.progress.now()),
    'progress: 2.0 s, phase enrich · regions 1/2 searched, 2 pages, 1,500 records · enrich 0/10 0% · api 50 calls, 2 retries, 1 × 429',
  );
});

test('on a TTY the block is redrawn in place, erased before a log line, and gone at the end with a summary', () => {
  const f = fixture();
  const renderer = new ProgressRenderer({ stream: f.stream, mode: 'live', emit: f.emit, heartbeatMs: 1000, timers: false });
  renderer.attach(f.progress);
  f.progress.region('us-ashburn-1').search = 'running';
  f.progress.setPhase('discovery');
  assert.equal(f.stream.chunks.length, 1, 'a phase change draws at once');
  const first = f.stream.chunks[0] ?? '';
  assert.ok(!first.startsWith('\x1b['), 'first frame draws without erasing');
  const height = first.split('\n').length - 1;
  renderer.redraw();
  assert.ok((f.stream.chunks.at(-1) ?? '').startsWith(`\x1b[${height}A\x1b[0J`), 'next frame erases the previous one first');
  renderer.clear();
  assert.equal(f.stream.chunks.at(-1), `\x1b[${height}A\x1b[0J`);
  renderer.clear();
  assert.equal(f.stream.chunks.at(-1), `\x1b[${height}A\x1b[0J`, 'clearing twice erases once');
  f.advance(1500);
  f.progress.runDir = '/out/20260101T000000Z';
  f.progress.finish();
  const summary = f.emitted.at(-1);
  assert.match(summary?.message ?? '', /^phases: connect 0\.0 s|^phases: discovery 1\.5 s/);
  assert.match(summary?.message ?? '', /api 50 calls/);
  const before = f.stream.chunks.length;
  renderer.redraw();
  assert.equal(f.stream.chunks.length, before, 'nothing is drawn after the run finished');
});

test('long lines are cut to the terminal width', () => {
  const f = fixture();
  f.stream.columns = 30;
  const renderer = new ProgressRenderer({ stream: f.stream, mode: 'live', emit: f.emit, heartbeatMs: 1000, timers: false });
  renderer.attach(f.progress);
  f.progress.region('a-very-long-region-name-indeed-1').records = 123456;
  renderer.redraw();
  for (const line of (f.stream.chunks.at(-1) ?? '').split('\n')) assert.ok([...line].length <= 29, line);
});

test('heartbeat mode prints through the logger and warns about a region throttled hard', () => {
  const f = fixture();
  const renderer = new ProgressRenderer({ stream: f.stream, mode: 'heartbeat', emit: f.emit, heartbeatMs: 1000, timers: false });
  renderer.attach(f.progress);
  f.progress.setPhase('enrich');
  renderer.beat();
  assert.equal(f.emitted.length, 1, 'no warning: one 429 in 50 calls');
  assert.match(f.emitted[0]?.message ?? '', /^progress: 0\.0 s, phase enrich/);
  assert.equal(f.emitted[0]?.fields.phase, 'enrich');
  assert.equal(typeof f.emitted[0]?.fields.duration_ms, 'number');
  assert.equal(f.emitted[0]?.fields.counts?.api_calls, 50);
  // 30 more calls in eu-frankfurt-1, 12 of them 429 with Retry-After 5 s.
  f.byRegion.set('eu-frankfurt-1', counts({ calls: 25, throttled: 3, maxRetryAfterMs: 5000 }));
  f.advance(5_000);
  renderer.beat();
  assert.equal(f.emitted.filter((e) => e.level === 'warn').length, 0, 'three 429s are not hard throttling yet');
  f.byRegion.set('eu-frankfurt-1', counts({ calls: 40, throttled: 12, maxRetryAfterMs: 5000 }));
  f.advance(10_000);
  renderer.beat();
  const warning = f.emitted.find((e) => e.level === 'warn');
  assert.ok(warning, 'a warning');
  assert.equal(warning.message, 'eu-frankfurt-1 is throttling: 12 of 40 calls answered 429 in the last 15 s (0.8/s); slowing down, honouring Retry-After up to 5.0 s');
  assert.equal(warning.fields.region, 'eu-frankfurt-1');
  // A few 429s among many calls are not "hard".
  f.byRegion.set('us-ashburn-1', counts({ calls: 400, throttled: 4 }));
  f.advance(10_000);
  const n = f.emitted.filter((e) => e.level === 'warn').length;
  renderer.beat();
  assert.equal(f.emitted.filter((e) => e.level === 'warn').length, n);
  // Throttled on and on, one beat every 10 s: no second warning within a minute, then one more.
  const warnings = () => f.emitted.filter((e) => e.level === 'warn').length;
  const seen: number[] = [];
  for (let beat = 1; beat <= 5; beat++) {
    f.byRegion.set('eu-frankfurt-1', counts({ calls: 40 + 20 * beat, throttled: 12 + 10 * beat, maxRetryAfterMs: 5000 }));
    f.advance(10_000);
    renderer.beat();
    seen.push(warnings());
  }
  assert.deepEqual(seen, [1, 1, 1, 1, 2], 'one warning a minute per region');
  assert.equal(f.stream.chunks.length, 0, 'heartbeat mode never draws on the stream');
});

test('OCI_INV_HEARTBEAT_MS sets the period; nonsense falls back to 10 s', () => {
  assert.equal(heartbeatMsFrom({ OCI_INV_HEARTBEAT_MS: '500' }), 500);
  assert.equal(heartbeatMsFrom({ OCI_INV_HEARTBEAT_MS: 'soon' }), 10_000);
  assert.equal(heartbeatMsFrom({}), 10_000);
});
