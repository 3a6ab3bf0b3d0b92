// One place that makes OCI SDK clients: endpoint from the template (or the SDK's own region
// lookup), our HTTP client instead of the SDK's retrier and circuit breaker, cached per
// (class, service, region), all closed together.
import * as common from 'oci-common';
import { ApiCallRecorder, type HttpLog, OciHttpClient } from './http.js';
import { quietSdkConsole } from './sdk-console.js';
import { AdaptiveLimiter, DEFAULT_RETRY_BUDGET, DEFAULT_RETRY_POLICY, RetryBudget, type RetryPolicy } from './throttle.js';

/** An SDK client class. We pass only our httpClient: it signs, so the SDK needs no provider. */
export type SdkClientCtor<C> = new (params: { httpClient: common.HttpClient }, config?: common.ClientConfiguration) => C;

export interface OciClients {
  /**
   * Configured SDK client for (service, region): endpoint set from the template or region,
   * retries/throttling/call counting owned by oci-inv. Cached; closed by closeAll().
   * `endpoint` overrides the template for services addressed per resource (a vault's KMS
   * management endpoint); such clients share the (service, region) limiter.
   */
  get<C extends object>(ctor: SdkClientCtor<C>, service: string, region: string, endpoint?: string): C;
  /** The endpoint a service/region resolves to under the template, if one is set. */
  endpointFor(service: string, region: string): string | undefined;
  readonly recorder: ApiCallRecorder;
  closeAll(): void;
}

export interface OciClientsOptions {
  auth: common.AuthenticationDetailsProvider;
  endpointTemplate?: string | undefined;
  policy?: RetryPolicy;
  /** Starting concurrency per (service, region); it adapts between 1 and `maxConcurrency`. */
  concurrency?: number;
  maxConcurrency?: number;
  /** Throttled retries each region may spend (RetryBudget); default DEFAULT_RETRY_BUDGET. */
  retryBudget?: number;
  log: HttpLog;
  fetchImpl?: typeof fetch;
  /** Aborted on interrupt: every client stops sending. */
  signal?: AbortSignal;
}

interface Closable {
  close?: () => void;
  endpoint?: string;
  regionId?: string;
}

export function expandEndpointTemplate(template: string, service: string, region: string): string {
  return template.replaceAll('{service}', service).replaceAll('{region}', region);
}

export function createOciClients(options: OciClientsOptions): OciClients {
  const recorder = new ApiCallRecorder();
  const limiters = new Map<string, AdaptiveLimiter>();
  const clients = new Map<string, object>();
  const ctorIds = new Map<object, number>();
  const signer = new common.DefaultRequestSigner(options.auth);
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  // The SDK retries on its own unless told not to; ours wraps every attempt instead.
  const clientConfiguration: common.ClientConfiguration = { retryConfiguration: common.NoRetryConfigurationDetails };
  const restoreConsole = quietSdkConsole((m) => options.log.debug(m));

  const budgets = new Map<string, RetryBudget>();
  const budgetFor = (region: string) => {
    let budget = budgets.get(region);
    if (!budget) {
      budget = new RetryBudget(options.retryBudget ?? DEFAULT_RETRY_BUDGET);
      budgets.set(region, budget);
    }
    return budget;
  };

  const limiterFor = (service: string, region: string) => {
    const key = `${service}/${region}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = new AdaptiveLimiter(options.concurrency ?? 8, options.maxConcurrency ?? 32);
      limiters.set(key, limiter);
    }
    return limiter;
  };

  return {
    recorder,
    endpointFor(service, region) {
      return options.endpointTemplate ? expandEndpointTemplate(options.endpointTemplate, service, region) : undefined;
    },
    get<C extends object>(ctor: SdkClientCtor<C>, service: string, region: string, endpoint?: string): C {
      let id = ctorIds.get(ctor);
      if (id === undefined) {
        id = ctorIds.size + 1;
        ctorIds.set(ctor, id);
      }
      const key = `${id}|${service}|${region}|${endpoint ?? ''}`;
      const cached = clients.get(key);
      if (cached) return cached as C;
      const httpClient = new OciHttpClient({
        service,
        signer,
        policy,
        limiter: limiterFor(service, region),
        budget: budgetFor(region),
        recorder,
        log: options.log,
        region,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      });
      const client = new ctor({ httpClient }, clientConfiguration);
      const settable = client as Closable;
      if (endpoint) {
        settable.endpoint = endpoint;
      } else if (options.endpointTemplate) {
        // Setting region after endpoint would overwrite it: endpoint only.
        settable.endpoint = expandEndpointTemplate(options.endpointTemplate, service, region);
      } else {
        settable.regionId = region;
      }
      clients.set(key, client);
      return client;
    },
    closeAll() {
      for (const client of clients.values()) (client as Closable).close?.();
      clients.clear();
      restoreConsole();
    },
  };
}
