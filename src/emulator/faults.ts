// Fault injection: latency, a tenancy-wide request rate above which OCI answers 429, 5xx
// bursts and random errors, connection resets, slow bodies and dead regions. Settings apply
// tenancy-wide and can be overridden per region. Random faults draw from a seeded stream.
import * as v from 'valibot';
import type { Rng } from './prng.js';

export interface FaultSettings {
  /** Added before every response. */
  latencyMs?: number;
  /** Token bucket (burst = one second's worth): above it, 429 TooManyRequests with Retry-After. */
  rateLimit?: { rps: number; retryAfterSeconds?: number };
  /** Share of requests (0-1) answered 500 InternalServerError / 503 ServiceUnavailable. */
  errorRate?: number;
  /** After `after` requests, the next `count` requests get 503 (then service resumes). */
  errorBurst?: { after: number; count: number };
  /** Share of requests (0-1) whose connection is destroyed half-way through the response body. */
  resetRate?: number;
  /** Spread the response body over this many milliseconds. */
  slowBodyMs?: number;
}

export interface FaultConfig extends FaultSettings {
  /** Regions whose every request has its socket destroyed at once, like an unreachable endpoint. */
  deadRegions?: string[];
  /**
   * Operations (SDK names, e.g. `getFunction`) that always fail with this status (400-599):
   * a permanent failure, for tests of what a run does with records it could not enrich.
   */
  failOperations?: Record<string, number>;
  /**
   * Endpoint service prefixes (`database`, `objectstorage`, …) that answer every signed request
   * 404 NotAuthorizedOrNotFound, as OCI does when no policy grants the caller that family.
   */
  deniedServices?: string[];
  /**
   * The caller has no policy at the tenancy (root) compartment, only below it: a list asked
   * for a compartment's whole subtree (`compartmentIdInSubtree`, `isCompartmentIdInSubtree`,
   * `includeSubcompartments` = true) answers 404 NotAuthorizedOrNotFound; per-compartment
   * lists and gets are served.
   */
  deniedSubtree?: boolean;
  /**
   * The emulator's clock runs this many seconds ahead (negative: behind) of the machine's: the
   * `Date` header shows it, and signatures are judged against it (more than 5 minutes off: 401).
   */
  clockSkewSeconds?: number;
  /** Per-region settings; each field overrides the tenancy-wide one. */
  regions?: Record<string, FaultSettings>;
}

const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const NonNegative = v.pipe(v.number(), v.minValue(0));
const FaultSettingsEntries = {
  latencyMs: v.optional(NonNegative),
  rateLimit: v.optional(v.object({ rps: v.pipe(v.number(), v.minValue(0.001)), retryAfterSeconds: v.optional(NonNegative) })),
  errorRate: v.optional(Fraction),
  errorBurst: v.optional(v.object({ after: v.pipe(NonNegative, v.integer()), count: v.pipe(NonNegative, v.integer()) })),
  resetRate: v.optional(Fraction),
  slowBodyMs: v.optional(NonNegative),
};
export const FaultConfigSchema = v.strictObject({
  ...FaultSettingsEntries,
  deadRegions: v.optional(v.array(v.string())),
  failOperations: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)))),
  deniedServices: v.optional(v.array(v.string())),
  deniedSubtree: v.optional(v.boolean()),
  clockSkewSeconds: v.optional(v.number()),
  regions: v.optional(v.record(v.string(), v.strictObject(FaultSettingsEntries))),
});

/** The query parameters (REST spelling) OCI's lists use to widen to a compartment's subtree. */
const SUBTREE_PARAMS = ['compartmentIdInSubtree', 'isCompartmentIdInSubtree', 'includeSubcompartments'];

/**
 * Every key `--faults` accepts, read from the schema so the help cannot drift from it:
 * `latencyMs, rateLimit{rps,retryAfterSeconds}, …, regions{<region>:{latencyMs,…}}`.
 */
export function faultKeysHelp(): string {
  const describe = (entries: Record<string, unknown>): string[] =>
    Object.entries(entries).map(([key, schema]) => {
      const inner = unwrap(schema);
      if (key === 'regions') return `${key}{<region>:{${Object.keys(FaultSettingsEntries).join(',')}}}`;
      const nested = inner && typeof inner === 'object' && 'entries' in inner ? (inner.entries as Record<string, unknown>) : undefined;
      return nested ? `${key}{${Object.keys(nested).join(',')}}` : key;
    });
  return describe(FaultConfigSchema.entries).join(', ');
}

function unwrap(schema: unknown): unknown {
  return schema && typeof schema === 'object' && 'wrapped' in schema ? schema.wrapped : schema;
}

export function parseFaultConfig(input: unknown): FaultConfig {
  const parsed = v.safeParse(FaultConfigSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`invalid fault config: ${v.getDotPath(issue) ?? ''} ${issue.message}`.trim());
  }
  return parsed.output;
}

export type FailureDecision = { kind: 'none' } | { kind: 'error'; status: 500 | 503; code: string } | { kind: 'reset' };

class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rps: number,
    nowMs: number,
  ) {
    this.tokens = Math.max(1, rps);
    this.last = nowMs;
  }

  take(nowMs: number): boolean {
    const capacity = Math.max(1, this.rps);
    this.tokens = Math.min(capacity, this.tokens + ((nowMs - this.last) / 1000) * this.rps);
    this.last = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export class FaultInjector {
  private config: FaultConfig = {};
  private buckets = new Map<string, TokenBucket>();
  private counters = new Map<string, number>();

  constructor(
    private readonly rng: Rng,
    config: FaultConfig = {},
  ) {
    this.set(config);
  }

  /** Replace the configuration; buckets and burst counters start afresh. */
  set(config: FaultConfig): void {
    this.config = parseFaultConfig(config);
    this.buckets.clear();
    this.counters.clear();
  }

  get current(): FaultConfig {
    return this.config;
  }

  private setting<K extends keyof FaultSettings>(region: string, key: K): { value: FaultSettings[K]; regional: boolean } {
    const regional = this.config.regions?.[region]?.[key];
    if (regional !== undefined) return { value: regional, regional: true };
    return { value: this.config[key], regional: false };
  }

  /** The emulator's idea of now (the machine's clock plus the configured skew). */
  now(machineNowMs: number): number {
    return machineNowMs + (this.config.clockSkewSeconds ?? 0) * 1000;
  }

  isDenied(service: string): boolean {
    return this.config.deniedServices?.includes(service) ?? false;
  }

  /** A subtree-wide list the caller is refused (`deniedSubtree`). */
  isSubtreeDenied(query: URLSearchParams): boolean {
    return (this.config.deniedSubtree ?? false) && SUBTREE_PARAMS.some((param) => query.get(param) === 'true');
  }

  isDead(region: string): boolean {
    return this.config.deadRegions?.includes(region) ?? false;
  }

  latencyMs(region: string): number {
    return this.setting(region, 'latencyMs').value ?? 0;
  }

  slowBodyMs(region: string): number {
    return this.setting(region, 'slowBodyMs').value ?? 0;
  }

  /** Undefined when the request may go on; otherwise the Retry-After seconds of a 429. */
  throttle(region: string, nowMs: number): number | undefined {
    const { value: limit, regional } = this.setting(region, 'rateLimit');
    if (!limit) return undefined;
    const key = regional ? `region:${region}` : 'tenancy';
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limit.rps, nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket.take(nowMs) ? undefined : (limit.retryAfterSeconds ?? 1);
  }

  /** The status an operation is configured to always fail with, if any. */
  failedOperation(operation: string | null): number | undefined {
    return operation === null ? undefined : this.config.failOperations?.[operation];
  }

  failure(region: string): FailureDecision {
    const burst = this.setting(region, 'errorBurst');
    if (burst.value) {
      const key = burst.regional ? `region:${region}` : 'tenancy';
      const n = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, n);
      if (n > burst.value.after && n <= burst.value.after + burst.value.count) {
        return { kind: 'error', status: 503, code: 'ServiceUnavailable' };
      }
    }
    const errorRate = this.setting(region, 'errorRate').value ?? 0;
    if (errorRate > 0 && this.rng() < errorRate) {
      return this.rng() < 0.5
        ? { kind: 'error', status: 500, code: 'InternalServerError' }
        : { kind: 'error', status: 503, code: 'ServiceUnavailable' };
    }
    const resetRate = this.setting(region, 'resetRate').value ?? 0;
    if (resetRate > 0 && this.rng() < resetRate) return { kind: 'reset' };
    return { kind: 'none' };
  }
}
