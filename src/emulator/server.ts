// The OCI API emulator: a loopback HTTP server the real OCI SDK talks to. Every request is
// signature-checked, routed by `/<service>/<region>/<path>` to a catalog route, subjected to
// the configured faults, and written to the request log.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JsonValue } from './json.js';
import type { CompartmentInfo } from './json.js';
import { type AuthFiles, type WriteAuthOptions, writeAuthFiles } from './auth/files.js';
import { ApiKeyRegistry } from './auth/keys.js';
import { type KeyKind, type KeyResolution, keyKindOf, verifyRequest } from './auth/signature.js';
import { TokenIssuer } from './auth/tokens.js';
import { CATALOG, EXTRA_ROUTES } from './catalog/index.js';
import type { CatalogEntry, GeneratedResource, RouteResult } from './catalog/types.js';
import { applyDrift, type DriftOptions, type DriftResult } from './drift.js';
import { type FaultConfig, FaultInjector } from './faults.js';
import { GenAiService } from './genai.js';
import { generateTenancy, ResourceFactory } from './generator.js';
import { type HostileIdentifiers, plantHostileIdentifiers } from './hostile.js';
import { createRng } from './prng.js';
import { type PlantedSecrets, plantSecrets, secretCorpus } from './secrets.js';
import { Router } from './router.js';
import { createSearchRoutes } from './search/route.js';
import { type GeneratorProfile, resolveSize, type SizePreset, type TenancySize } from './sizes.js';
import type { TenancyStore } from './store.js';

export interface EmulatorOptions {
  seed?: number;
  size?: TenancySize | SizePreset;
  /** How resources spread over types and compartments (sizes.ts); default `uniform`. */
  profile?: GeneratorProfile;
  /**
   * Search reports about half of the resources of a two-spelling type with the other spelling
   * (`BlockVolume` for `Volume`, …), as real tenancies do. Default: on for `realistic`.
   */
  aliasSpellings?: boolean;
  faults?: FaultConfig;
  port?: number;
  host?: '127.0.0.1';
  /** Resource types to serve; default the full catalog. */
  catalog?: readonly CatalogEntry[];
  /** Plant the secret corpus (src/emulator/secrets.ts) generated from this seed. */
  secrets?: number;
  /** Fill names, tags and descriptions with identifiers: OCIDs, IPs, CIDRs, emails, URLs, hostnames (src/emulator/hostile.ts). */
  hostile?: boolean;
}

export interface RequestLogEntry {
  method: string;
  service: string;
  region: string;
  path: string;
  /** The query string (`?compartmentId=…&limit=1000`), empty when none. */
  query?: string;
  /** SDK operation of the matched route; null when nothing matched. */
  operation: string | null;
  /** HTTP status sent; 0 when the connection was destroyed instead. */
  status: number;
  keyKind: KeyKind;
  /** Which fault shaped the answer, if any. */
  fault?: 'dead-region' | 'throttle' | 'error' | 'reset';
  time: string;
}

/** Ground truth about the emulated tenancy; `resources` and `compartments` reflect drift. */
export interface EmulatedTenancy {
  tenancyId: string;
  tenancyName: string;
  homeRegion: string;
  regions: string[];
  namespace: string;
  adminUserId: string;
  readonly compartments: CompartmentInfo[];
  readonly resources: GeneratedResource[];
  store: TenancyStore;
  /** Where the secret corpus sits, when `secrets` was given. */
  secrets?: PlantedSecrets;
  /** The identifiers planted with `hostile`. */
  hostile?: HostileIdentifiers;
}

export interface Emulator {
  url: string;
  /** `${url}/{service}/{region}`, for `--endpoint-template`. */
  endpointTemplate: string;
  tenancy: EmulatedTenancy;
  requests: RequestLogEntry[];
  countCalls(operation?: string): number;
  /** OCI Generative AI: recorded request bodies and fault switches (src/emulator/genai.ts). */
  genai: GenAiService;
  setFaults(faults: FaultConfig): void;
  drift(options?: DriftOptions): DriftResult;
  writeAuthFiles(dir: string, options?: WriteAuthOptions): Promise<AuthFiles>;
  close(): Promise<void>;
}

const NOT_FOUND_MESSAGE = 'Authorization failed or requested resource not found.';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? 1;
  const catalog = options.catalog ?? CATALOG;
  const profile = options.profile ?? 'uniform';
  const { store, adminUserId } = generateTenancy({ seed, size: resolveSize(options.size), catalog, profile });
  const planted = options.secrets === undefined ? undefined : plantSecrets(store, secretCorpus(options.secrets));
  const hostile = options.hostile ? plantHostileIdentifiers(store) : undefined;
  const genai = new GenAiService(() => new Set([store.tenancyId, ...store.compartments().map((c) => c.ocid)]));
  const rootRng = createRng(seed);
  const faults = new FaultInjector(rootRng.fork('faults'), options.faults ?? {});
  const factory = new ResourceFactory(store, rootRng.fork('drift'));
  const registry = new ApiKeyRegistry();
  const issuer = new TokenIssuer(randomBytes(32));
  const globalTypes = new Set(catalog.filter((e) => e.global).map((e) => e.resourceType));
  // A route two entries share (one type, two Resource Search spellings) is registered once.
  const router = new Router([...new Set(catalog.flatMap((e) => e.routes)), ...EXTRA_ROUTES, ...createSearchRoutes(store, globalTypes, { aliasSpellings: options.aliasSpellings ?? profile === 'realistic' })]);
  const requests: RequestLogEntry[] = [];
  let requestSerial = 0;

  const resolveKey = (keyId: string): KeyResolution => {
    if (keyKindOf(keyId) === 'session_token') {
      const check = issuer.verify(keyId.slice(3));
      if (!check.ok) return { ok: false, reason: check.reason };
      if (check.claims.tenant !== store.tenancyId) return { ok: false, reason: 'security token is for another tenancy' };
      return {
        ok: true,
        key: check.publicKey,
        kind: check.claims.ptype === 'resource' ? 'resource_principal' : 'session_token',
        principal: check.claims.sub,
      };
    }
    const [tenancy, user, fingerprint, ...rest] = keyId.split('/');
    if (rest.length > 0 || !tenancy || !user || !fingerprint) return { ok: false, reason: 'keyId is not <tenancy>/<user>/<fingerprint>' };
    if (tenancy !== store.tenancyId) return { ok: false, reason: 'keyId names another tenancy' };
    const key = registry.lookup(user, fingerprint);
    return key ? { ok: true, key, kind: 'api_key', principal: user } : { ok: false, reason: 'no such API key for the user' };
  };

  const opcRequestId = () => `${randomBytes(8).toString('hex').toUpperCase()}/${(++requestSerial).toString(16).toUpperCase()}`;

  const send = async (res: ServerResponse, status: number, body: JsonValue, headers: Record<string, string>, region: string) => {
    const text = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(text.length),
      'opc-request-id': opcRequestId(),
      date: new Date(faults.now(Date.now())).toUTCString(),
      ...headers,
    });
    const slowMs = faults.slowBodyMs(region);
    if (slowMs <= 0 || text.length < 2) {
      res.end(text);
      return;
    }
    const chunks = Math.min(10, text.length);
    const size = Math.ceil(text.length / chunks);
    for (let i = 0; i < text.length; i += size) {
      if (res.destroyed) return;
      res.write(text.subarray(i, i + size));
      await sleep(slowMs / chunks);
    }
    res.end();
  };

  const sendError = (res: ServerResponse, status: number, code: string, message: string, region: string, extra: Record<string, string> = {}) =>
    send(res, status, { code, message }, extra, region);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const url = new URL(target, 'http://emulator.invalid');
    const [, service = '', region = '', ...restParts] = url.pathname.split('/');
    const path = `/${restParts.join('/')}`;
    const entry: RequestLogEntry = { method, service, region, path, query: url.search, operation: null, status: 0, keyKind: 'none', time: new Date().toISOString() };
    requests.push(entry);

    if (faults.isDead(region)) {
      entry.fault = 'dead-region';
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    const latency = faults.latencyMs(region);
    if (latency > 0) await sleep(latency);

    const match = router.match(service, method, path);
    entry.operation = match?.route.operation ?? null;

    const retryAfter = faults.throttle(region, Date.now());
    if (retryAfter !== undefined) {
      entry.status = 429;
      entry.fault = 'throttle';
      await sendError(res, 429, 'TooManyRequests', 'Too many requests for the tenancy', region, { 'retry-after': String(retryAfter) });
      return;
    }

    const auth = verifyRequest({ method, target, headers: req.headers, body }, resolveKey, faults.now(Date.now()));
    entry.keyKind = auth.kind;
    if (!auth.ok) {
      entry.status = 401;
      await sendError(res, 401, 'NotAuthenticated', `The required information to complete authentication was not provided or was incorrect: ${auth.reason}`, region);
      return;
    }

    if (faults.isDenied(service) || faults.isSubtreeDenied(url.searchParams)) {
      // What OCI answers when no policy lets the caller see the family: the same as not found.
      entry.status = 404;
      entry.fault = 'error';
      await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
      return;
    }

    if (genai.serves(service) && store.regions.includes(region)) {
      const answer = await genai.handle(service, method, path, url.searchParams, body.toString('utf8'));
      entry.operation = answer.operation;
      entry.status = answer.status;
      await send(res, answer.status, answer.body, answer.headers ?? {}, region);
      return;
    }

    if (!match || !store.regions.includes(region)) {
      entry.status = 404;
      await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
      return;
    }

    const forced = faults.failedOperation(entry.operation);
    if (forced !== undefined) {
      entry.status = forced;
      entry.fault = 'error';
      await sendError(res, forced, forced === 429 ? 'TooManyRequests' : forced >= 500 ? 'InternalServerError' : 'InvalidParameter', 'Forced failure', region);
      return;
    }

    const failure = faults.failure(region);
    if (failure.kind === 'error') {
      entry.status = failure.status;
      entry.fault = 'error';
      await sendError(res, failure.status, failure.code, 'The service is having trouble; try again', region);
      return;
    }

    let parsedBody: unknown;
    if (body.length > 0) {
      try {
        parsedBody = JSON.parse(body.toString('utf8'));
      } catch {
        entry.status = 400;
        await sendError(res, 400, 'InvalidParameter', 'The request body is not valid JSON', region);
        return;
      }
    }
    let result: RouteResult;
    try {
      result = match.route.handle({ method, region, params: match.params, query: url.searchParams, body: parsedBody }, store);
    } catch (error) {
      entry.status = 500;
      await sendError(res, 500, 'InternalServerError', `emulator route ${match.route.operation} failed: ${String(error)}`, region);
      return;
    }

    if (failure.kind === 'reset') {
      entry.fault = 'reset';
      const text = Buffer.from(JSON.stringify(result.status === 200 ? result.body : { code: 'x', message: 'x' }));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length), 'opc-request-id': opcRequestId() });
      res.write(text.subarray(0, Math.floor(text.length / 2)));
      // Let the half body reach the client before the connection dies under it.
      await sleep(5);
      res.socket?.destroy();
      return;
    }

    entry.status = result.status;
    if (result.status === 200) await send(res, 200, result.body, result.headers ?? {}, region);
    else if (result.status === 404) await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
    else await sendError(res, result.status, result.code, result.message, region);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'opc-request-id': opcRequestId() });
        res.end(JSON.stringify({ code: 'InternalServerError', message: `emulator failure: ${String(error)}` }));
      } else {
        res.destroy();
      }
    });
  });
  // Clients drop idle connections first (undici after 4 s); a server closing them at Node's
  // default 5 s would race reused sockets and cause resets no fault asked for.
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;

  const tenancy: EmulatedTenancy = {
    tenancyId: store.tenancyId,
    tenancyName: store.tenancyName,
    homeRegion: store.homeRegion,
    regions: [...store.regions],
    namespace: store.namespace,
    adminUserId,
    get compartments() {
      return store.compartments();
    },
    get resources() {
      return store.all();
    },
    store,
    ...(planted ? { secrets: planted } : {}),
    ...(hostile ? { hostile } : {}),
  };

  return {
    url,
    endpointTemplate: `${url}/{service}/{region}`,
    tenancy,
    requests,
    genai,
    countCalls(operation?: string) {
      return operation === undefined ? requests.length : requests.filter((r) => r.operation === operation).length;
    },
    setFaults(config: FaultConfig) {
      faults.set(config);
    },
    drift(driftOptions: DriftOptions = {}) {
      return applyDrift(factory, catalog, driftOptions, adminUserId);
    },
    writeAuthFiles(dir: string, authOptions: WriteAuthOptions = {}) {
      return writeAuthFiles({ tenancyId: store.tenancyId, homeRegion: store.homeRegion, adminUserId, registry, issuer }, dir, authOptions);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
