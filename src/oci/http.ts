// The HTTP client every OCI SDK client is given. It signs each attempt (signer.ts, or the SDK's
// signer for principals), then owns what the SDK's retrier and circuit breaker would have done:
// retries with Retry-After and jittered backoff, tenancy-wide pacing, per-attempt timeouts, counts.
// The wire is a socket-level HTTP/1.1 client (node-transport.ts over wire/), or fetch behind a proxy.
import type * as common from 'oci-common';
import type { TransportCounts, TransportView } from '../pipeline/log.js';
import type { ApiCallStats } from '../pipeline/ports.js';
import { nodeRequest } from './node-transport.js';
import {
  backoffDelay,
  type Limiter,
  isRetryableStatus,
  parseRetryAfter,
  type RetryBudget,
  type RetryPolicy,
  sleep,
} from './throttle.js';

export interface HttpLog {
  debug(message: string): void;
}

export class ApiCallRecorder {
  private readonly stats: ApiCallStats = {};
  private readonly total: TransportCounts = emptyCounts();
  private readonly regions = new Map<string, TransportCounts>();

  /** Live counters for one region (and the run's total), read by progress renderers. */
  regionEntry(region: string): { region: TransportCounts; total: TransportCounts } {
    let r = this.regions.get(region);
    if (!r) {
      r = emptyCounts();
      this.regions.set(region, r);
    }
    return { region: r, total: this.total };
  }

  /** The live counters themselves (not copies): cheap enough to read several times a second. */
  view(): TransportView {
    return { total: this.total, byRegion: this.regions };
  }

  entry(service: string, operation: string) {
    this.stats[service] ??= {};
    const byOp = this.stats[service];
    const op = operation || 'unknown';
    byOp[op] ??= { calls: 0, retries: 0, throttled: 0, errors: 0 };
    return byOp[op];
  }

  snapshot(): ApiCallStats {
    return structuredClone(this.stats);
  }

  totalCalls(): number {
    let n = 0;
    for (const ops of Object.values(this.stats)) for (const s of Object.values(ops)) n += s.calls;
    return n;
  }
}

function emptyCounts(): TransportCounts {
  return { calls: 0, retries: 0, throttled: 0, errors: 0, maxRetryAfterMs: 0 };
}

/** A transport failure after every attempt: carries no request detail that could hold secrets. */
export class OciTransportError extends Error {
  constructor(
    message: string,
    readonly service: string,
    readonly operation: string,
  ) {
    super(message);
    this.name = 'OciTransportError';
  }
}

/**
 * SDK and transport messages can quote request headers (`Headers.set: "Signature keyId="ST$…"`),
 * tokens or key material. Every message that leaves `src/oci` goes through this.
 */
export function sanitizeSdkMessage(message: string): string {
  return message
    .replace(/(Headers\.(?:set|append)|Header)(:\s*)"[\s\S]*?"(?= is an invalid header (?:value|name))/g, '$1$2"[header value withheld]"')
    .replace(/\b(keyId|signature|headers)="[^"]*"?/gi, '$1="[withheld]"')
    .replace(/ST\$[^\s",]+/g, 'ST$[token withheld]')
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 [withheld]')
    .replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[token withheld]');
}

/** The request could not be signed (a credential with a newline, a key that will not load): exit 3. */
export class OciSigningError extends Error {
  override name = 'OciSigningError';
}

const SIGNING_FAILED = 'request signing failed';

/**
 * The SDK's retrier catches what our transport throws and rethrows it as a plain
 * `{ code, message }` object. Every SDK call site turns it back into an Error with this.
 */
export function asOciError(error: unknown, operation: string, service = ''): unknown {
  if (error instanceof Error || error === null || typeof error !== 'object' || 'statusCode' in error) return error;
  const message = sanitizeSdkMessage('message' in error ? String((error as { message: unknown }).message) : String(error));
  if (message.includes(SIGNING_FAILED)) return new OciSigningError(message);
  const named = message.includes(operation) ? message : `${service ? `${service} ` : ''}${operation}: ${message}`;
  return new OciTransportError(named, service, operation);
}

export interface OciHttpClientOptions {
  service: string;
  signer: common.RequestSigner;
  policy: RetryPolicy;
  limiter: Limiter;
  /** The region's budget of throttled retries; without one, throttling counts as an attempt. */
  budget?: RetryBudget;
  recorder: ApiCallRecorder;
  log: HttpLog;
  /** Region the client talks to, for per-region counts ('' when unknown). */
  region?: string;
  /** Once aborted, no new attempt starts and waits end at once (an interrupted run). */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  random?: () => number;
}

export class OciHttpClient implements common.HttpClient {
  constructor(private readonly opts: OciHttpClientOptions) {}

  /** Wait before a retry; an interrupt ends the wait (and the request) at once. */
  private async pause(ms: number, interrupted: () => Error): Promise<void> {
    try {
      await sleep(ms, this.opts.signal);
    } catch {
      throw interrupted();
    }
  }

  /** One attempt through `fetch` (a proxy, or an injected fetch), its body read whole. */
  private async fetchAttempt(doFetch: typeof fetch, req: common.HttpRequest, body: string | undefined, timeoutMs: number): Promise<Response> {
    const signal = this.opts.signal;
    // One controller per attempt, aborted by its timeout or by an interrupt; the listener on
    // the run's signal is removed when the attempt ends, so listeners never pile up on it.
    const attemptAbort = new AbortController();
    const timer = setTimeout(() => attemptAbort.abort(new DOMException('request timed out', 'TimeoutError')), timeoutMs);
    const onInterrupt = () => attemptAbort.abort(signal?.reason);
    signal?.addEventListener('abort', onInterrupt, { once: true });
    try {
      const received = await doFetch(req.uri, { method: req.method, headers: req.headers, body, signal: attemptAbort.signal });
      // Read the whole body here: a connection reset mid-body must be retried like any other
      // transport failure, not surface later inside the SDK's JSON parsing.
      return new Response(received.status === 204 ? null : await received.arrayBuffer(), {
        status: received.status,
        statusText: received.statusText,
        headers: received.headers,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onInterrupt);
    }
  }

  async send(
    req: common.HttpRequest,
    forceExcludeBody = false,
    _targetService = '',
    operationName = '',
  ): Promise<Response> {
    const { service, policy, limiter, recorder, log, budget } = this.opts;
    // The socket-level client unless a fetch is injected (the doctor records Dates through one) or a proxy
    // variable is set (undici's EnvHttpProxyAgent tunnels and honours NO_PROXY).
    const doFetch = this.opts.fetchImpl ?? proxyAwareFetch();
    const direct = this.opts.fetchImpl === undefined && doFetch === fetch;
    const stats = recorder.entry(service, operationName);
    const firstStarted = Date.now();
    // Restarted after each throttled retry: waiting out throttling does not use up the deadline.
    let started = firstStarted;
    let throttles = 0;
    let retrying = false;
    const live = recorder.regionEntry(this.opts.region ?? '');
    const count = (key: 'calls' | 'retries' | 'throttled' | 'errors') => {
      live.region[key]++;
      live.total[key]++;
    };
    const signal = this.opts.signal;
    const interrupted = () => new OciTransportError(`${service} ${operationName || 'request'}: interrupted`, service, operationName);
    const body: string | undefined =
      forceExcludeBody || req.body === undefined || req.body === null
        ? undefined
        : typeof req.body === 'string'
          ? req.body
          : JSON.stringify(req.body);
    let lastProblem = '';
    for (let attempt = 0; attempt < policy.maxAttempts; attempt++) {
      if (signal?.aborted) throw interrupted();
      if (retrying) {
        stats.retries++;
        count('retries');
      }
      retrying = true;
      try {
        await limiter.acquire(signal);
      } catch {
        throw interrupted();
      }
      if (signal?.aborted) {
        limiter.release();
        throw interrupted();
      }
      // Each attempt is signed afresh, once it may go (the signature covers x-date, and a
      // wait for the rate limiter must not age it).
      req.headers.delete('x-date');
      req.headers.delete('date');
      req.headers.delete('authorization');
      try {
        await this.opts.signer.signHttpRequest({ method: req.method, headers: req.headers, uri: req.uri, body }, forceExcludeBody);
      } catch (error) {
        limiter.release();
        throw new OciSigningError(`${service} ${operationName || 'request'}: ${SIGNING_FAILED}: ${sanitizeSdkMessage(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      }
      stats.calls++;
      count('calls');
      let response: Response | undefined;
      try {
        response = direct
          ? (await nodeRequest(req.uri, { method: req.method, headers: req.headers, body, timeoutMs: policy.requestTimeoutMs, signal })).asResponse()
          : await this.fetchAttempt(doFetch, req, body, policy.requestTimeoutMs);
      } catch (error) {
        lastProblem = describeTransportError(error);
      } finally {
        limiter.release();
      }
      if (signal?.aborted) throw interrupted();
      const elapsed = Date.now() - started;
      if (response) {
        if (!isRetryableStatus(response.status)) {
          limiter.onSuccess();
          if (response.status >= 400) {
            stats.errors++;
            count('errors');
          }
          return response;
        }
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        const throttled = response.status === 429 || (response.status === 503 && retryAfter !== undefined);
        if (throttled) {
          stats.throttled++;
          count('throttled');
          if (retryAfter !== undefined) {
            live.region.maxRetryAfterMs = Math.max(live.region.maxRetryAfterMs, retryAfter);
            live.total.maxRetryAfterMs = Math.max(live.total.maxRetryAfterMs, retryAfter);
          }
          limiter.onThrottle(retryAfter === undefined ? undefined : Math.min(retryAfter, policy.maxRetryAfterMs));
        }
        lastProblem = `HTTP ${response.status}`;
        if (throttled && budget?.take()) {
          // Not an attempt: wait as told (or back off) and send again.
          const wait = Math.min(retryAfter ?? backoffDelay(policy, Math.min(throttles, 5), this.opts.random), policy.maxRetryAfterMs);
          throttles++;
          log.debug(`${service} ${operationName}: ${lastProblem} (throttled), retry in ${wait} ms`);
          await this.pause(wait, interrupted);
          started = Date.now();
          attempt--;
          continue;
        }
        const wait = Math.min(retryAfter ?? backoffDelay(policy, attempt, this.opts.random), policy.maxRetryAfterMs);
        if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) {
          stats.errors++;
          count('errors');
          return response; // the SDK turns it into an OciError with status and code
        }
        log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
        await this.pause(wait, interrupted);
        continue;
      }
      const wait = backoffDelay(policy, attempt, this.opts.random);
      if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) break;
      log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
      await this.pause(wait, interrupted);
    }
    stats.errors++;
    count('errors');
    throw new OciTransportError(
      `${hostOf(req.uri)}: ${service} ${operationName || 'request'} failed after ${Math.round((Date.now() - firstStarted) / 1000)} s: ${lastProblem}`,
      service,
      operationName,
    );
  }
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;
let envFetch: typeof fetch | undefined;

/**
 * `fetch` as curl and the OCI CLI would do it: through the proxy `HTTPS_PROXY` / `HTTP_PROXY`
 * name (either case, by the URL's scheme), except for hosts `NO_PROXY` lists; Node's own
 * fetch ignores them. Plain fetch when no proxy variable is set. Read once per process.
 */
export function proxyAwareFetch(env: NodeJS.ProcessEnv = process.env): typeof fetch {
  if (env === process.env && envFetch) return envFetch;
  let chosen: typeof fetch = fetch;
  if (PROXY_VARIABLES.some((name) => env[name])) {
    let agent: Promise<{ fetch: typeof fetch; dispatcher: object }> | undefined;
    const load = async () => {
      const undici = await import('undici');
      const dispatcher = new undici.EnvHttpProxyAgent({
        httpProxy: env.HTTP_PROXY || env.http_proxy || undefined,
        httpsProxy: env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined,
        noProxy: env.NO_PROXY ?? env.no_proxy ?? '',
      });
      return { fetch: undici.fetch as unknown as typeof fetch, dispatcher };
    };
    chosen = async (input, init) => {
      agent ??= load();
      const { fetch: viaProxy, dispatcher } = await agent;
      return viaProxy(input, { ...init, dispatcher } as RequestInit);
    };
  }
  if (env === process.env) envFetch = chosen;
  return chosen;
}

/** The host an unreachable endpoint is named by (never the path or query, which may carry ids). */
export function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return 'the OCI endpoint';
  }
}

function describeTransportError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'request timed out';
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    if (cause && typeof cause.code === 'string') return `connection error ${cause.code}`;
    if (cause && typeof cause.message === 'string') return `connection error: ${cause.message}`;
    // Socket and wire errors carry their code themselves (ECONNREFUSED, ECONNRESET, ENOTFOUND, HPE_…).
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return `connection error ${code}`;
    return error.message;
  }
  return String(error);
}
