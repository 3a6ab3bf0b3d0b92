// The tenancy-wide pace (throttle.ts) against simulated services, on a simulated clock: the
// learners read it through their `now`, and node:test's mock timers run their waits on it, so
// a 30-second run takes well under a second and the figures are the same on any machine.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { DEFAULT_RATE_LEARNING, FamilyLimiter, familyRateLearning, RateLearner, TenancyPace } from '../../src/oci/throttle.js';

interface Answer {
  at: number;
  family: string;
  ok: boolean;
}

/** Token buckets as the emulator keeps them: capacity one second, full at the start. */
class Bucket {
  private tokens: number;
  private last = 0;
  constructor(private readonly rps: number) {
    this.tokens = rps;
  }
  /** Empties the bucket (another client of the tenancy spent it). */
  empty(): void {
    this.tokens = 0;
  }
  take(now: number): boolean {
    this.tokens = Math.min(this.rps, this.tokens + ((now - this.last) / 1000) * this.rps);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

interface SimFamily {
  name: string;
  /** The family's own limit, if any. */
  limit?: number;
  /** Phases of work: from `at` ms, `calls` calls by `workers` workers, each pausing `gapMs` after a call. */
  work: Array<{ at: number; calls: number; workers: number; gapMs?: number }>;
}

let clock = 0;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs the families against a tenancy-wide limit (if given) with 20 ms latency and Retry-After 1 s. */
async function simulate(opts: {
  tenancyLimit?: number;
  families: SimFamily[];
  untilMs: number;
  latencyMs?: number;
  /** Calls made before the work, one at a time (discovery's search pages), each taking this long. */
  prelude?: { calls: number; eachMs: number };
  /** When the tenancy's bucket is emptied once by someone else (a light overshoot follows). */
  emptyTenancyAt?: number;
}): Promise<{ answers: Answer[]; pace: TenancyPace; learners: Map<string, RateLearner> }> {
  const latency = opts.latencyMs ?? 20;
  const now = () => clock;
  const pace = new TenancyPace({ ...DEFAULT_RATE_LEARNING, now });
  const learners = new Map<string, RateLearner>();
  const tenancyBucket = opts.tenancyLimit ? new Bucket(opts.tenancyLimit) : undefined;
  const answers: Answer[] = [];
  const runs: Promise<void>[] = [];
  if (opts.prelude) {
    // Discovery: a few calls one after another through a family of their own, answered like any other.
    const prelude = opts.prelude;
    const limiter = new FamilyLimiter(new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now })), 32, pace);
    runs.push(
      (async () => {
        for (let i = 0; i < prelude.calls; i++) {
          await limiter.acquire();
          await sleep(prelude.eachMs);
          const ok = tenancyBucket?.take(clock) ?? true;
          limiter.release();
          answers.push({ at: clock, family: 'search', ok });
          if (ok) limiter.onSuccess();
          else limiter.onThrottle(1000);
        }
      })(),
    );
  }
  for (const family of opts.families) {
    const learner = new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now }));
    learners.set(family.name, learner);
    const limiter = new FamilyLimiter(learner, 32, pace);
    const own = family.limit ? new Bucket(family.limit) : undefined;
    for (const phase of family.work) {
      let left = phase.calls;
      const worker = async () => {
        while (left > 0) {
          left--;
          for (;;) {
            await limiter.acquire();
            await sleep(latency);
            // The server answers after its latency, like the emulator: own limit first, then the tenancy's.
            const ok = (own?.take(clock) ?? true) && (tenancyBucket?.take(clock) ?? true);
            limiter.release();
            answers.push({ at: clock, family: family.name, ok });
            if (ok) {
              limiter.onSuccess();
              break;
            }
            limiter.onThrottle(1000);
            await sleep(1000);
          }
          if (phase.gapMs) await sleep(phase.gapMs);
        }
      };
      runs.push(
        (async () => {
          await sleep(phase.at);
          await Promise.all(Array.from({ length: phase.workers }, worker));
        })(),
      );
    }
  }
  if (opts.emptyTenancyAt !== undefined) {
    const at = opts.emptyTenancyAt;
    runs.push(sleep(at).then(() => tenancyBucket?.empty()));
  }
  let finished = false;
  void Promise.all(runs).then(() => {
    finished = true;
  });
  while (!finished && clock < opts.untilMs) {
    clock += 1;
    mock.timers.tick(1);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  assert.ok(finished, `the simulated work did not finish in ${opts.untilMs} ms`);
  return { answers, pace, learners };
}

const good = (answers: Answer[], from: number, to: number, family?: string) =>
  answers.filter((a) => a.ok && a.at >= from && a.at < to && (family === undefined || a.family === family)).length;
const refused = (answers: Answer[], from: number, to: number, family?: string) =>
  answers.filter((a) => !a.ok && a.at >= from && a.at < to && (family === undefined || a.family === family)).length;

describe('tenancy-wide pace, simulated', () => {
  beforeEach(() => {
    clock = 0;
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => mock.timers.reset());

  test('slow start reaches a 200 req/s tenancy limit in 2.2 s, then holds ≥ 95 % of it with ≤ 0.05 429s per good call', async () => {
    const { answers } = await simulate({
      tenancyLimit: 200,
      families: [{ name: 'iaas', work: [{ at: 0, calls: 6_000, workers: 48 }] }],
      untilMs: 60_000,
    });
    // The first second in which the good calls reach 90 % of the limit.
    let reached = -1;
    for (let t = 1000; t <= 10_000; t += 100) {
      if (good(answers, t - 1000, t) >= 180) {
        reached = t;
        break;
      }
    }
    assert.ok(reached > 0 && reached <= 2_200, `at the limit after ${reached} ms`);
    const last = Math.max(...answers.map((a) => a.at));
    const steadyGood = good(answers, 3_000, last - 1000);
    const steadySeconds = (last - 1000 - 3_000) / 1000;
    assert.ok(steadyGood / steadySeconds >= 190, `${(steadyGood / steadySeconds).toFixed(1)} good calls/s in steady state`);
    assert.ok(refused(answers, 3_000, last) / steadyGood <= 0.05, `${refused(answers, 3_000, last)} 429s for ${steadyGood} good calls`);
  });

  test('a family small when the tenancy limit is hit is not held to that share once it has the work', async () => {
    // `identity` trickles along at ~10 calls/s while `iaas` saturates the tenancy; then `iaas`
    // is done and `identity` has 2,000 calls to make.
    const { answers } = await simulate({
      tenancyLimit: 200,
      families: [
        { name: 'iaas', work: [{ at: 0, calls: 2_400, workers: 48 }] },
        { name: 'identity', work: [{ at: 0, calls: 120, workers: 1, gapMs: 80 }, { at: 14_000, calls: 2_000, workers: 48 }] },
      ],
      untilMs: 60_000,
    });
    assert.ok(refused(answers, 0, 14_000, 'identity') > 0, 'identity saw some of the tenancy-wide 429s');
    const iaasDone = Math.max(...answers.filter((a) => a.family === 'iaas').map((a) => a.at));
    assert.ok(iaasDone < 14_000, `iaas done at ${iaasDone}`);
    // From a second after identity's big phase starts, it runs at the tenancy's pace.
    const rate = good(answers, 15_000, 20_000, 'identity') / 5;
    assert.ok(rate >= 180, `identity at ${rate} good calls/s`);
  });

  test("one family's own limit slows that family, not the tenancy's other families", async () => {
    // No tenancy-wide limit; `kms` allows 10 req/s; `iaas` is held by its 4 workers to ≤ 200/s.
    const { answers, learners } = await simulate({
      families: [
        { name: 'kms', limit: 10, work: [{ at: 0, calls: 300, workers: 8 }] },
        { name: 'iaas', work: [{ at: 0, calls: 4_000, workers: 4 }] },
      ],
      untilMs: 60_000,
    });
    assert.ok(learners.get('kms')?.hasLearned, 'kms learned its limit');
    const iaasRate = good(answers, 3_000, 15_000, 'iaas') / 12;
    assert.ok(iaasRate >= 180, `iaas at ${iaasRate} good calls/s beside a throttled kms`);
    const kmsGood = good(answers, 5_000, 25_000, 'kms');
    assert.ok(kmsGood >= 0.9 * 10 * 20, `kms ${kmsGood} good calls in 20 s at a limit of 10/s`);
    assert.ok(refused(answers, 5_000, 25_000, 'kms') / kmsGood <= 0.2, `kms ${refused(answers, 5_000, 25_000, 'kms')} 429s for ${kmsGood} good calls`);
  });

  test('a Retry-After over a second pauses the tenancy: nothing is admitted before it ends', async () => {
    const now = () => clock;
    const pace = new TenancyPace({ ...DEFAULT_RATE_LEARNING, now });
    const family = new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now }));
    const limiter = new FamilyLimiter(family, 8, pace);
    await limiter.acquire();
    limiter.release();
    limiter.onThrottle(3_000); // the only family: there is no telling, both pause
    let admitted = -1;
    void limiter.acquire().then(() => {
      admitted = clock;
    });
    while (admitted < 0 && clock < 10_000) {
      clock += 1;
      mock.timers.tick(1);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    assert.ok(admitted >= 3_000 && admitted < 3_100, `admitted at ${admitted} ms`);
  });
});

/** The first time (ms, in 50 ms steps from `from`) the good calls of the second before reach 90 % of `limit`. */
function reachedAt(answers: Answer[], limit: number, from: number): number {
  for (let t = from + 50; t <= from + 20_000; t += 50) if (good(answers, t - 1000, t) >= 0.9 * limit) return t - from;
  return Infinity;
}

describe('slow start, simulated: after a discovery prelude, at 10, 50 and 200 req/s', () => {
  beforeEach(() => {
    clock = 0;
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => mock.timers.reset());

  // Discovery's 15 sequential search pages (60 ms each) go first, then the enrichment's
  // workers: 12 of them at 20 ms a call can offer 600 calls/s, about what the CLI sends on
  // two cores. The bucket starts full, as OCI's and the emulator's do.
  const cases = [
    { limit: 10, calls: 300, reachMs: 1_000 },
    { limit: 50, calls: 1_500, reachMs: 900 },
    { limit: 200, calls: 6_000, reachMs: 1_300 },
  ];
  for (const { limit, calls, reachMs } of cases) {
    test(`${limit} req/s: at the limit within ${reachMs} ms of the work starting, then ≤ 0.05 429s per good call`, async () => {
      const { answers } = await simulate({
        tenancyLimit: limit,
        prelude: { calls: 15, eachMs: 60 },
        families: [{ name: 'iaas', work: [{ at: 1_000, calls, workers: 12 }] }],
        untilMs: 120_000,
      });
      const reached = reachedAt(answers, limit, 1_000);
      const last = Math.max(...answers.map((a) => a.at));
      const steady = answers.slice(Math.floor(answers.length / 10));
      const steadyRefused = steady.filter((a) => !a.ok).length;
      const goodCalls = answers.filter((a) => a.ok && a.family === 'iaas').length;
      // Seconds beyond the floor of the work (its good calls at the limit, less the second of burst the bucket gives).
      const excess = (last - 1_000) / 1000 - (goodCalls - limit) / limit;
      console.log(`${limit} req/s: at the limit after ${reached} ms, ${answers.length - answers.filter((a) => a.ok).length} 429s, steady ${(steadyRefused / (steady.length - steadyRefused)).toFixed(3)}, excess ${excess.toFixed(2)} s`);
      assert.ok(reached <= reachMs, `at the limit after ${reached} ms`);
      assert.ok(steadyRefused / (steady.length - steadyRefused) <= 0.05, `${steadyRefused} 429s for ${steady.length - steadyRefused} good calls in steady state`);
    });
  }

  test('a 429 judged one family\'s own holds the tenancy\'s slow start for half a second, then it grows again', async () => {
    const now = () => clock;
    const pace = new TenancyPace({ ...DEFAULT_RATE_LEARNING, now });
    const a = new FamilyLimiter(new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now })), 1_000, pace);
    const b = new FamilyLimiter(new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now })), 1_000, pace);
    // Plenty waiting on the tenancy's pace: slow start grows while callers wait.
    for (let i = 0; i < 500; i++) void a.acquire().then(() => a.release());
    const advance = async (ms: number) => {
      for (let i = 0; i < ms; i++) {
        clock += 1;
        mock.timers.tick(1);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await advance(300);
    const grown = pace.rate;
    assert.ok(grown > DEFAULT_RATE_LEARNING.initialRate, `grew to ${grown}`);
    a.onSuccess();
    b.onThrottle(1_000); // another family answered just now: judged b's own, the tenancy is not slowed
    assert.equal(pace.hasLearned, false);
    await advance(450);
    assert.equal(pace.rate, grown, 'no growth while the 429 is fresh');
    await advance(300);
    assert.ok(pace.rate > grown, `grows again after the hold: ${pace.rate}`);
  });
});

describe('a light tenancy-wide overshoot as a family takes over the work, simulated', () => {
  beforeEach(() => {
    clock = 0;
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => mock.timers.reset());

  test('the family refused alone keeps at least half the pace until the judgement is settled', async () => {
    // `iaas` saturates a 200 req/s tenancy, then hands over to `functions` at 8 s while it
    // still trickles (one call every ~50 ms), as the home region's last types do.
    const { answers } = await simulate({
      tenancyLimit: 200,
      families: [
        { name: 'iaas', work: [{ at: 0, calls: 1_500, workers: 48 }, { at: 0, calls: 200, workers: 1, gapMs: 50 }] },
        // A few calls early (other regions' functions): the family's answers span seconds.
        { name: 'functions', work: [{ at: 0, calls: 20, workers: 1, gapMs: 100 }, { at: 8_000, calls: 2_400, workers: 48 }] },
      ],
      emptyTenancyAt: 8_300,
      untilMs: 60_000,
    });
    const iaasDone = Math.max(...answers.filter((a) => a.family === 'iaas' && a.ok).map((a) => a.at));
    const refusedAlone = answers.filter((a) => !a.ok && a.family === 'functions' && a.at >= 8_000 && a.at < 12_000).length;
    const seconds = [];
    for (let t = 8_000; t < 14_000; t += 1000) seconds.push(good(answers, t, t + 1000));
    console.log(`iaas done ${iaasDone}, functions 429s 8-12 s: ${refusedAlone}, total good per second from 8 s: ${seconds.join(' ')}`);
    for (let t = 9_000; t < 13_000; t += 1000) assert.ok(good(answers, t, t + 1000) >= 0.5 * 200, `${good(answers, t, t + 1000)} good calls in [${t}, ${t + 1000})`);
  });
});
