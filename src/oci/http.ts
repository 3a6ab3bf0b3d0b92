// The HTTP client every OCI SDK client is given. It signs each attempt with the SDK's own
// signer, then owns what the SDK's retrier and circuit breaker would have done: retries with
// Retry-After and jittered backoff, adaptive concurrency, per-attempt timeouts, and counts.
import type * as common from 'oci-common';
import type { ApiCallStats } from '../pipeline/ports.js';
import {
  type AdaptiveLimiter,
  backoffDelay,
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

  total(): number {
    let n = 0;
    for (const ops of Object.values(this.stats)) for (const s of Object.values(ops)) n += s.calls;
    return n;
  }
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
  limiter: AdaptiveLimiter;
  /** The region's budget of throttled retries; without one, throttling counts as an attempt. */
  budget?: RetryBudget;
  recorder: ApiCallRecorder;
  log: HttpLog;
  fetchImpl?: typeof fetch;
  random?: () => number;
}

export class OciHttpClient implements common.HttpClient {
  constructor(private readonly opts: OciHttpClientOptions) {}

  async send(
    req: common.HttpRequest,
    forceExcludeBody = false,
    _targetService = '',
    operationName = '',
  ): Promise<Response> {
    const { service, policy, limiter, recorder, log, budget } = this.opts;
    const doFetch = this.opts.fetchImpl ?? fetch;
    const stats = recorder.entry(service, operationName);
    const firstStarted = Date.now();
    // Restarted after each throttled retry: waiting out throttling does not use up the deadline.
    let started = firstStarted;
    let throttles = 0;
    let retrying = false;
    const body: string | undefined =
      forceExcludeBody || req.body === undefined || req.body === null
        ? undefined
        : typeof req.body === 'string'
          ? req.body
          : JSON.stringify(req.body);
    let lastProblem = '';
    for (let attempt = 0; attempt < policy.maxAttempts; attempt++) {
      if (retrying) stats.retries++;
      retrying = true;
      // Each attempt is signed afresh: the signature covers x-date.
      req.headers.delete('x-date');
      req.headers.delete('authorization');
      try {
        await this.opts.signer.signHttpRequest({ method: req.method, headers: req.headers, uri: req.uri, body }, forceExcludeBody);
      } catch (error) {
        throw new OciSigningError(`${service} ${operationName || 'request'}: ${SIGNING_FAILED}: ${sanitizeSdkMessage(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      }
      await limiter.acquire();
      stats.calls++;
      let response: Response | undefined;
      try {
        const received = await doFetch(req.uri, {
          method: req.method,
          headers: req.headers,
          body,
          signal: AbortSignal.timeout(policy.requestTimeoutMs),
        });
        // Read the whole body here: a connection reset mid-body must be retried like any other
        // transport failure, not surface later inside the SDK's JSON parsing.
        response = new Response(received.status === 204 ? null : await received.arrayBuffer(), {
          status: received.status,
          statusText: received.statusText,
          headers: received.headers,
        });
      } catch (error) {
        lastProblem = describeTransportError(error);
      } finally {
        limiter.release();
      }
      const elapsed = Date.now() - started;
      if (response) {
        if (!isRetryableStatus(response.status)) {
          limiter.onSuccess();
          if (response.status >= 400) stats.errors++;
          return response;
        }
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        const throttled = response.status === 429 || (response.status === 503 && retryAfter !== undefined);
        if (throttled) {
          stats.throttled++;
          limiter.onThrottle(retryAfter === undefined ? undefined : Math.min(retryAfter, policy.maxRetryAfterMs));
        }
        lastProblem = `HTTP ${response.status}`;
        if (throttled && budget?.take()) {
          // Not an attempt: wait as told (or back off) and send again.
          const wait = Math.min(retryAfter ?? backoffDelay(policy, Math.min(throttles, 5), this.opts.random), policy.maxRetryAfterMs);
          throttles++;
          await response.body?.cancel();
          log.debug(`${service} ${operationName}: ${lastProblem} (throttled), retry in ${wait} ms`);
          await sleep(wait);
          started = Date.now();
          attempt--;
          continue;
        }
        const wait = Math.min(retryAfter ?? backoffDelay(policy, attempt, this.opts.random), policy.maxRetryAfterMs);
        if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) {
          stats.errors++;
          return response; // the SDK turns it into an OciError with status and code
        }
        await response.body?.cancel();
        log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
        await sleep(wait);
        continue;
      }
      const wait = backoffDelay(policy, attempt, this.opts.random);
      if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) break;
      log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
      await sleep(wait);
    }
    stats.errors++;
    throw new OciTransportError(
      `${hostOf(req.uri)}: ${service} ${operationName || 'request'} failed after ${Math.round((Date.now() - firstStarted) / 1000)} s: ${lastProblem}`,
      service,
      operationName,
    );
  }
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
    return error.message;
  }
  return String(error);
}
