// Retry policy and adaptive concurrency that oci-inv owns instead of the SDK's (SPEC §2, §9):
// honour Retry-After, back off with jitter, stay bounded, and lower concurrency per
// service/region when throttled (AIMD) rather than fail.

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

/**
 * A concurrency gate whose limit grows by one after a window of successes and halves on
 * throttling (additive increase, multiplicative decrease), with a pause honouring Retry-After.
 */
export class AdaptiveLimiter {
  private active = 0;
  private readonly waiters: Array<() => void> = [];
  private successes = 0;
  private pausedUntil = 0;
  limit: number;

  constructor(
    initial: number,
    private readonly max: number,
    private readonly min = 1,
  ) {
    this.limit = Math.max(min, Math.min(initial, max));
  }

  /** Rejects (taking no slot) when `signal` aborts during a Retry-After pause. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const pause = this.pausedUntil - Date.now();
      if (pause > 0) await sleep(pause, signal);
      if (this.active < this.limit) {
        this.active++;
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  release(): void {
    this.active--;
    this.waiters.shift()?.();
  }

  onSuccess(): void {
    if (++this.successes >= this.limit && this.limit < this.max) {
      this.successes = 0;
      this.limit++;
      this.waiters.shift()?.();
    }
  }

  onThrottle(retryAfterMs: number | undefined): void {
    this.successes = 0;
    this.limit = Math.max(this.min, Math.floor(this.limit / 2));
    if (retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfterMs);
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
