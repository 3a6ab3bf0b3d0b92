// Retry policy and throttling that oci-inv owns instead of the SDK's (SPEC §2, §9): honour
// Retry-After, back off with jitter, stay bounded, and pace each service family at a rate
// learned from its 429s, tenancy-wide (OCI's limits are per tenancy, not per region).

export interface RetryPolicy {
  /** Attempts per request, first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we are willing to honour; longer waits are clamped. */
  maxRetryAfterMs: number;
  /** Per attempt; a hung connection fails after this. */
  requestTimeoutMs: number;
  /** Total time budget for one request including retries. */
  deadlineMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  requestTimeoutMs: 20_000,
  deadlineMs: 50_000,
};

/**
 * Throttled retries one region may spend in a run (429, and 503 with Retry-After). While it
 * lasts, a throttled request waits and tries again without counting against its attempts or
 * its deadline: throttling slows a run down, it never fails a record. Spent, throttling is
 * treated like any other retryable status (bounded attempts and deadline).
 */
export class RetryBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }

  get spent(): number {
    return this.used;
  }
}

export const DEFAULT_RETRY_BUDGET = 10_000;

/** Status codes worth another attempt. 429 regardless of body (the SDK wants `TooManyRequests`). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 409 || status === 500 || status === 502 || status === 503 || status === 504;
}

/** Parse Retry-After (delta seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const when = Date.parse(trimmed);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, when - now);
}

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^attempt)]. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** What the transport needs from a limiter: a slot to send in, and what became of the call. */
export interface Limiter {
  /** Rejects (taking no slot) when `signal` aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void>;
  release(): void;
  onSuccess(): void;
  onThrottle(retryAfterMs: number | undefined): void;
}

export interface RateLearningOptions {
  /** Rate before anything is learned, requests/s. */
  initialRate: number;
  /** Never paced faster than this (requests/s); also the ceiling slow start climbs to. */
  maxRate: number;
  minRate: number;
  /**
   * Growth per second of sending while no 429 has been seen yet (slow start), paid in steps of
   * at least 100 ms, and only while callers wait and no 429 came back in the last half
   * second (SLOW_START_HOLD_MS).
   */
  slowStartGrowth: number;
  /** Growth per second of sending once a limit has been learned (probing). */
  probeGrowth: number;
  /** After a 429, the rate becomes this share of the success rate measured just before. */
  backoffShare: number;
  /** Longest a burst may be, in seconds of the current rate. */
  burstSeconds: number;
  now: () => number;
}

export const DEFAULT_RATE_LEARNING: RateLearningOptions = {
  initialRate: 20,
  maxRate: 2_000,
  minRate: 0.2,
  slowStartGrowth: 16,
  probeGrowth: 1.01,
  backoffShare: 0.97,
  burstSeconds: 0.25,
  now: () => performance.now(),
};

const WINDOW_SLOTS = 20;
const SLOT_MS = 100;
/**
 * In slow start, no growth for this long after any 429 this learner hears of, its own or one
 * judged another's: growth follows what was accepted, not the clock. A 429 judged a family's
 * own does not end the tenancy's slow start, but it must not keep doubling past it while the
 * judgement stands.
 */
const SLOW_START_HOLD_MS = 500;
/** Growth is paid in steps of at least this long. */
const GROWTH_STEP_MS = 100;

/**
 * The pace of one service family across every region: a token bucket whose rate is learned.
 * It starts at `initialRate` and grows fourfold a second while no 429 comes back (slow start);
 * the first 429 sets the rate to a share of the success rate of the last two seconds (which,
 * once the service's bucket is saturated, is the service's limit), and from then on it
 * creeps up by 1 % a second and comes back down on the next 429. One decrease per second at
 * most: a burst of 429s from requests already in flight is one signal, not twenty.
 */
export class RateLearner {
  rate: number;
  private tokens: number;
  private last: number;
  private learned = false;
  private lastDecrease = -Infinity;
  /** Answers (successes and 429s) counted at the last decrease, and how many calls were then in flight. */
  private answeredAtDecrease = 0;
  private inFlightAtDecrease = 0;
  /** The last decrease was made on less than a second of answers (leaving slow start early). */
  private decreaseUntrusted = false;
  private lastGrowth: number;
  private pausedUntil = 0;
  /** When the last 429 was heard of (own or noted). */
  private lastRefused = -Infinity;
  private readonly slots = new Float64Array(WINDOW_SLOTS);
  private slotStart = 0;
  private slotIndex = 0;
  private readonly queue: Array<{ resolve: () => void; reject: (reason: unknown) => void; signal: AbortSignal | undefined; onAbort: (() => void) | undefined }> = [];
  private timer: NodeJS.Timeout | undefined;
  private firstAnswer: number | undefined;
  /** The state before the last decrease, so a decrease blamed on the wrong learner can be undone. */
  private beforeDecrease: { at: number; rate: number; learned: boolean; pausedUntil: number; lastDecrease: number } | undefined;
  /** Calls admitted, successes and 429s: for tests and the bench. */
  readonly counts = { admitted: 0, successes: 0, throttled: 0 };

  constructor(private readonly o: RateLearningOptions = DEFAULT_RATE_LEARNING) {
    this.rate = Math.min(o.maxRate, Math.max(o.minRate, o.initialRate));
    this.last = o.now();
    this.lastGrowth = this.last;
    this.slotStart = this.last;
    this.tokens = 1;
  }

  get hasLearned(): boolean {
    return this.learned;
  }

  private capacity(): number {
    return Math.max(1, this.rate * this.o.burstSeconds);
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity(), this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
    }
  }

  /** Waits for a token; requests are served in order. */
  take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const now = this.o.now();
    this.refill(now);
    if (this.queue.length === 0 && now >= this.pausedUntil && this.tokens >= 1) {
      this.tokens -= 1;
      this.counts.admitted++;
      return Promise.resolve();
    }
    // In slow start, growth is for time callers spent waiting: a queue forming after an idle
    // spell (discovery's few calls before enrichment) earns one step, not ×16 at once. (Once a
    // limit is learned, the 1 % a second probe keeps counting time: at the limit the queue
    // empties and forms again all the time, and resetting it there held the pace low for
    // seconds after each decrease.)
    if (this.queue.length === 0 && !this.learned) this.lastGrowth = Math.max(this.lastGrowth, now - GROWTH_STEP_MS);
    return new Promise<void>((resolve, reject) => {
      const waiter = { resolve, reject, signal, onAbort: undefined as (() => void) | undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    const now = this.o.now();
    this.refill(now);
    const wait = Math.max(this.pausedUntil - now, this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.rate) * 1000);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, Math.max(0, Math.ceil(wait)));
  }

  private drain(): void {
    const now = this.o.now();
    this.refill(now);
    while (this.queue.length > 0 && now >= this.pausedUntil && this.tokens >= 1) {
      this.tokens -= 1;
      this.counts.admitted++;
      const waiter = this.queue.shift();
      if (waiter?.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter?.resolve();
    }
    this.grow(now);
    this.schedule();
  }

  /** Successes per second over the last two seconds (or since the first call, if sooner). */
  private measure(now: number): void {
    while (now - this.slotStart >= SLOT_MS) {
      this.slotStart += SLOT_MS;
      this.slotIndex = (this.slotIndex + 1) % WINDOW_SLOTS;
      this.slots[this.slotIndex] = 0;
      if (now - this.slotStart > WINDOW_SLOTS * SLOT_MS) {
        this.slots.fill(0);
        this.slotStart = now;
      }
    }
  }

  private successRate(now: number): number {
    let sum = 0;
    for (const n of this.slots) sum += n;
    const span = Math.min(WINDOW_SLOTS * SLOT_MS, Math.max(SLOT_MS, now - (this.firstAnswer ?? now)));
    return (sum * 1000) / span;
  }

  /** Growth is paid per second in which calls were waiting on the bucket (the rate was the limit). */
  private grow(now: number): void {
    const seconds = (now - this.lastGrowth) / 1000;
    if (seconds < GROWTH_STEP_MS / 1000) return;
    this.lastGrowth = now;
    if (this.queue.length === 0) return;
    if (!this.learned && now - this.lastRefused < SLOW_START_HOLD_MS) return;
    const factor = (this.learned ? this.o.probeGrowth : this.o.slowStartGrowth) ** Math.min(seconds, 1);
    this.rate = Math.min(this.o.maxRate, this.rate * factor);
  }

  onSuccess(): void {
    const now = this.o.now();
    this.firstAnswer ??= now;
    this.counts.successes++;
    this.measure(now);
    this.slots[this.slotIndex] = (this.slots[this.slotIndex] ?? 0) + 1;
  }

  /**
   * A 429 this learner answers for. `pacedAt` is the rate the calls were actually held to when
   * another learner paced them tighter (a family unpaced so far, behind the tenancy's pace):
   * a decrease starts from there, not from this learner's own ceiling. `provisional`: the 429
   * was judged this learner's on weak evidence (not yet confirmed): at most a halving, since
   * a family that has only just taken over the work measures a success rate far below the
   * pace it was sent at.
   */
  onThrottle(retryAfterMs: number | undefined, pacedAt = Infinity, provisional = false): void {
    const now = this.o.now();
    this.firstAnswer ??= now;
    this.counts.throttled++;
    this.lastRefused = now;
    this.measure(now);
    // One decrease a second: the 429s of calls already in flight at a decrease are one signal.
    // Leaving slow start on under a second of answers, the decrease is only a guess (at most
    // a halving): then a 429 for a call sent after it counts at once.
    const answered = this.counts.successes + this.counts.throttled;
    const sentSince = answered - this.answeredAtDecrease > this.inFlightAtDecrease;
    if (now - this.lastDecrease < 1000 && !(this.decreaseUntrusted && sentSince)) return;
    this.answeredAtDecrease = answered;
    this.inFlightAtDecrease = Math.max(0, this.counts.admitted - answered);
    this.beforeDecrease = { at: now, rate: this.rate, learned: this.learned, pausedUntil: this.pausedUntil, lastDecrease: this.lastDecrease };
    this.lastDecrease = now;
    const measured = this.successRate(now);
    // A window of under a second or a handful of successes is not a measurement of the
    // limit: then never more than halve at once.
    const trusted = now - (this.firstAnswer ?? now) >= 1000 && measured >= 5;
    this.decreaseUntrusted = !trusted;
    const from = Math.min(this.rate, pacedAt);
    const next = trusted && !provisional ? Math.min(from * 0.9, measured * this.o.backoffShare) : Math.max(from / 2, Math.min(from * 0.9, measured * this.o.backoffShare));
    this.rate = Math.max(this.o.minRate, next);
    this.learned = true;
    this.tokens = Math.min(this.tokens, 0);
    // A long Retry-After is the service asking everyone to hold off, not only this request.
    if (retryAfterMs !== undefined && retryAfterMs > 1000) this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    this.lastGrowth = now;
  }

  /** Counts a 429 that another learner answers for: no decrease here. */
  noteThrottle(): void {
    const now = this.o.now();
    this.firstAnswer ??= now;
    this.counts.throttled++;
    this.lastRefused = now;
    this.measure(now);
  }

  /**
   * Takes back a decrease made at or after `since` (it was blamed on this learner, and the
   * 429s turned out to be the tenancy's): the rate, pause and learned state before it return.
   */
  undoDecreaseSince(since: number): void {
    const before = this.beforeDecrease;
    if (!before || before.at < since) return;
    this.beforeDecrease = undefined;
    this.rate = Math.max(this.rate, before.rate);
    this.learned = before.learned;
    this.pausedUntil = before.pausedUntil;
    this.lastDecrease = before.lastDecrease;
    if (this.queue.length > 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.schedule();
    }
  }

  /** Milliseconds of the learner's clock; the judge reads the same clock. */
  now(): number {
    return this.o.now();
  }
}

/** How long 429s of different families count as one episode. */
const EPISODE_MS = 2_000;
/** Another family answered this recently, while this one is refused: evidence of a limit of its own. */
const ANSWERED_MS = 300;
/**
 * A family slowed for a 429 judged its own keeps that pace only if another such 429, a second
 * or more later (not the in-flight calls of the same burst), confirms it within this; else
 * the decrease is undone. A light tenancy-wide overshoot can refuse one family alone.
 */
const SOLO_CONFIRM_MS = 3_000;

/**
 * The tenancy's pace, and the judge of whom a 429 is about. OCI does not say which limit a 429
 * is for; the families' answers do. A tenancy-wide limit refuses every family once its bucket
 * is empty, so 429s from two families within an episode (2 s) are the tenancy's: the tenancy
 * slows down and no family does. A 429 for one family while another was answered in the last
 * 300 ms looks like that family's own limit: the family slows down, the tenancy does not —
 * provisionally: unless another such 429 confirms it 1–3 s later, or if 429s of other
 * families show it was the tenancy's after all, the family gets its rate back (else a family
 * that happened to be small at that moment would be held to its share long after, regrowing
 * 10 % a second). With no other family answered there is no telling: both slow down.
 */
export class TenancyPace extends RateLearner {
  private readonly lastSuccess = new Map<RateLearner, number>();
  private readonly lastThrottle = new Map<RateLearner, number>();
  /** Families slowed for a 429 judged their own, not yet confirmed: when. */
  private readonly soloBlamed = new Map<RateLearner, number>();

  successFrom(family: RateLearner): void {
    const now = this.now();
    this.lastSuccess.set(family, now);
    if (this.soloBlamed.size > 0) {
      for (const [other, at] of this.soloBlamed) {
        if (now - at < SOLO_CONFIRM_MS) continue;
        other.undoDecreaseSince(at);
        this.soloBlamed.delete(other);
      }
    }
    this.onSuccess();
  }

  throttleFrom(family: RateLearner, retryAfterMs: number | undefined): void {
    const now = this.now();
    const since = now - EPISODE_MS;
    let othersThrottled = false;
    let othersAnswered = false;
    for (const [other, at] of this.lastThrottle) if (other !== family && at >= since) othersThrottled = true;
    // Answered just now, not at some point of the episode: an answer from before the bucket
    // ran dry says nothing about whose bucket it is.
    for (const [other, at] of this.lastSuccess) if (other !== family && at >= now - ANSWERED_MS) othersAnswered = true;
    this.lastThrottle.set(family, now);
    if (othersThrottled) {
      // The tenancy's limit: families slowed for it were blamed wrongly.
      for (const [other, at] of this.soloBlamed) other.undoDecreaseSince(at);
      this.soloBlamed.clear();
      family.noteThrottle();
      this.onThrottle(retryAfterMs);
    } else if (othersAnswered) {
      const pending = this.soloBlamed.get(family);
      family.onThrottle(retryAfterMs, this.rate, pending === undefined || now - pending >= SOLO_CONFIRM_MS || now - pending < 1000);
      if (pending === undefined || now - pending >= SOLO_CONFIRM_MS) this.soloBlamed.set(family, now);
      else if (now - pending >= 1000) this.soloBlamed.delete(family); // confirmed: its own limit
      this.noteThrottle();
    } else {
      family.onThrottle(retryAfterMs, this.rate);
      this.onThrottle(retryAfterMs);
    }
  }
}

/** Once a family has a rate, it regrows 10 % a second: the tenancy's pace holds the total. */
export const FAMILY_PROBE_GROWTH = 1.1;

/**
 * A family's learner until its first 429 of its own: unpaced (at `maxRate`), since the
 * tenancy's pace already holds every family's total and does the slow start. Starting each
 * family at the tenancy's first guess made a family met late in the run climb from 20 req/s
 * again while the tenancy had room.
 */
export function familyRateLearning(base: RateLearningOptions): RateLearningOptions {
  return { ...base, initialRate: base.maxRate, probeGrowth: FAMILY_PROBE_GROWTH };
}

/**
 * What one (service, region) client sends through: a concurrency cap of its own, a token from
 * its service family's RateLearner (shared by every region: OCI limits a service per tenancy),
 * and, when given, a token from the tenancy's pace (shared by every family), which learns a
 * limit that spans services, as the emulator's does, and judges which of the two a 429 is for.
 */
export class FamilyLimiter implements Limiter {
  private active = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(
    readonly family: RateLearner,
    readonly maxConcurrency: number,
    readonly tenancy?: TenancyPace,
  ) {}

  async acquire(signal?: AbortSignal): Promise<void> {
    while (this.active >= this.maxConcurrency) {
      if (signal?.aborted) throw signal.reason;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.active++;
    try {
      await this.family.take(signal);
      if (this.tenancy) await this.tenancy.take(signal);
    } catch (error) {
      this.release();
      throw error;
    }
  }

  release(): void {
    this.active--;
    this.waiters.shift()?.();
  }

  onSuccess(): void {
    this.family.onSuccess();
    this.tenancy?.successFrom(this.family);
  }

  onThrottle(retryAfterMs: number | undefined): void {
    if (this.tenancy) this.tenancy.throttleFrom(this.family, retryAfterMs);
    else this.family.onThrottle(retryAfterMs);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
