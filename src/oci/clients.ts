// One place that makes OCI SDK clients: endpoint from the template (or the SDK's own region
// lookup), our HTTP client instead of the SDK's retrier and circuit breaker, cached per
// (class, service, region), all closed together. Requests are signed with a cached key
// (signer.ts) and paced per service family, tenancy-wide (throttle.ts RateLearner).
import * as common from 'oci-common';
import { ApiCallRecorder, type HttpLog, OciHttpClient } from './http.js';
import { quietSdkConsole } from './sdk-console.js';
import { CachedKeySigner, type SigningKeySource } from './signer.js';
import { DEFAULT_RATE_LEARNING, DEFAULT_RETRY_BUDGET, DEFAULT_RETRY_POLICY, FamilyLimiter, familyRateLearning, RateLearner, type RateLearningOptions, RetryBudget, type RetryPolicy, TenancyPace } from './throttle.js';

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
  /** Requests in flight per (service, region) at most. */
  maxConcurrency?: number;
  /** How each service family learns its tenancy-wide rate (tests shorten it). */
  rateLearning?: Partial<RateLearningOptions>;
  /**
   * Sign with the SDK's own signer instead of the cached-key one. Principals (instance,
   * resource) need it: their keys and tokens rotate inside the SDK's provider.
   */
  sdkSigner?: boolean;
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

/** A ClientConfiguration.circuitBreaker that tells every generated SDK client to build none. */
export const NO_CIRCUIT_BREAKER = { circuit: null, noCircuit: true } as const satisfies Pick<common.CircuitBreaker, 'circuit' | 'noCircuit'>;

export function expandEndpointTemplate(template: string, service: string, region: string): string {
  return template.replaceAll('{service}', service).replaceAll('{region}', region);
}

export function createOciClients(options: OciClientsOptions): OciClients {
  const recorder = new ApiCallRecorder();
  const limiters = new Map<string, FamilyLimiter>();
  const families = new Map<string, RateLearner>();
  const clients = new Map<string, object>();
  const ctorIds = new Map<object, number>();
  // A config profile with an authentication_type (Cloud Shell delegation) signs with an
  // opc-obo-token the SDK's signer adds: leave those to it too.
  const delegated = Boolean((options.auth as { getAuthType?: () => unknown }).getAuthType?.());
  const signer: common.RequestSigner = options.sdkSigner || delegated
    ? new common.DefaultRequestSigner(options.auth)
    : new CachedKeySigner(options.auth as common.AuthenticationDetailsProvider & SigningKeySource);
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const rateLearning = { ...DEFAULT_RATE_LEARNING, ...options.rateLearning };
  // The SDK retries on its own unless told not to; ours wraps every attempt instead. Without
  // `noCircuit` every client also builds an opossum circuit breaker (timers, rolling stats)
  // that our httpClient never uses.
  const clientConfiguration: common.ClientConfiguration = {
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: NO_CIRCUIT_BREAKER,
  };
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

  // OCI limits a service per tenancy: one pace per service family, whatever the region.
  // And one pace for the tenancy as a whole, for limits that span services.
  const tenancy = new TenancyPace(rateLearning);
  const familyFor = (service: string) => {
    let family = families.get(service);
    if (!family) {
      family = new RateLearner(familyRateLearning(rateLearning));
      families.set(service, family);
    }
    return family;
  };
  const limiterFor = (service: string, region: string) => {
    const key = `${service}/${region}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = new FamilyLimiter(familyFor(service), options.maxConcurrency ?? 32, tenancy);
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
