// `oci-inv doctor`: the checks of docs/doctor.md in order, each a line with its fix, stopping
// only where later checks cannot run. Read-only: every call is a get, list or search, and the
// probes are unsigned GETs. Returns the report; the CLI and the action render it.
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { RunConfig } from '../pipeline/config.js';
import { sourceOf } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import type { RegionInfo } from '../pipeline/ports.js';
import { checkOutdir, resolveRegionSelectors } from '../pipeline/preflight.js';
import { AuthError, defaultConfigFile, pickAutoMethod, readProfile, type ResolvedAuth, resolveAuth } from '../oci/auth.js';
import { proxyAwareFetch } from '../oci/http.js';
import { createOciClients, type OciClients } from '../oci/clients.js';
import { sdkRegionKeys } from '../oci/connect.js';
import { createOciDiscovery } from '../oci/discovery.js';
import { checkConfig, checkFingerprint, checkKey, checkNode, checkToken, describeDuration } from './local.js';
import { grantFor, mergePolicy, type PolicyGrant } from './policy.js';
import { probeEndpoint, serviceEndpoint } from './probe.js';
import { type CheckResult, type DoctorReport, exitCodeOf } from './types.js';

export interface DoctorOptions {
  config: RunConfig;
  log: Logger;
  env?: NodeJS.ProcessEnv;
  /** The group named in policy statements (default `<group>`, to be replaced). */
  group?: string;
  /** Resource Search pages read per region for the type counts (1000 records each). */
  searchPages?: number;
  fetchImpl?: typeof fetch;
}

/** Clock skew thresholds: OCI refuses signatures more than 5 minutes off. */
export const SKEW_WARN_MS = 60_000;
export const SKEW_FAIL_MS = 5 * 60_000;
/** Bytes a record takes on disk across jsonl, csv, graph and the run's temporary spill, enriched. */
export const BYTES_PER_RECORD = 12 * 1024;

const DOCTOR_POLICY = { maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 1000, maxRetryAfterMs: 2000, requestTimeoutMs: 15_000, deadlineMs: 20_000 };

function statusOf(error: unknown): number | undefined {
  const code = error && typeof error === 'object' ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof code === 'number' ? code : undefined;
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { statusCode?: unknown; serviceCode?: unknown; message?: unknown };
    if (typeof e.statusCode === 'number') return `${e.statusCode}${typeof e.serviceCode === 'string' ? ` ${e.serviceCode}` : ''}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/** A failed OCI call as a check: 401 auth, 403/404 authorization, else the network. */
function callFailure(id: string, what: string, error: unknown, extra: Partial<CheckResult> = {}): CheckResult {
  const status = statusOf(error);
  if (status === 401) {
    return { id, status: 'fail', kind: 'auth', detail: `${what}: 401 NotAuthenticated`, fix: 'the signature was refused: check user, tenancy, fingerprint and key (the checks above), and the clock', ...extra };
  }
  if (status === 403 || status === 404) return { id, status: 'fail', kind: 'auth', detail: `${what}: ${reasonOf(error)} (no policy lets this user read it)`, ...extra };
  if (status !== undefined) return { id, status: 'warn', detail: `${what}: ${reasonOf(error)}`, fix: 'a service error, not a permission: try again later', ...extra };
  const name = error instanceof Error ? error.name : '';
  if (name === 'OciSigningError' || name === 'AuthError') return { id, status: 'fail', kind: 'auth', detail: `${what}: ${reasonOf(error)}`, fix: 'see the key and token checks above', ...extra };
  return { id, status: 'fail', kind: 'network', detail: `${what}: ${reasonOf(error)}`, fix: 'see the reachability checks', ...extra };
}

export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const { config, log } = options;
  const env = options.env ?? process.env;
  const group = options.group ?? '<group>';
  const checks: CheckResult[] = [];
  const grants: PolicyGrant[] = [];
  const add = (c: CheckResult) => {
    checks.push(c);
    log.debug(`doctor: ${c.id} ${c.status}`);
  };
  const skip = (id: string, why: string) => add({ id, status: 'skip', detail: `skipped: ${why}` });

  add(checkNode());

  // 1-3: the configuration, the key, the fingerprint, the token.
  const configFile = config.ociConfig || defaultConfigFile(env);
  // `auto` without a usable profile would fall through to instance principal and time out:
  // the doctor reports the missing file or profile instead (the likelier mistake), unless a
  // resource principal's environment is there.
  const picked = config.auth === 'auto' ? pickAutoMethod(configFile, config.profile, env) : config.auth;
  const method = config.auth === 'auto' && picked === 'instance_principal' ? 'api_key' : picked;
  if (method === 'api_key' || method === 'security_token') {
    const config0 = checkConfig(configFile, config.profile, config.ociConfig ? sourceOf(config, 'ociConfig') : 'the default location');
    add(config0);
    if (config0.status === 'pass') {
      const key = checkKey(configFile, config.profile);
      add(key);
      if (key.status !== 'fail') {
        if (method === 'api_key') add(checkFingerprint(configFile, config.profile));
        else add(checkToken(configFile, config.profile));
      }
    }
  } else {
    add({ id: 'config', status: 'pass', detail: `auth ${method}: no config file or key to check` });
  }

  let estimate: number | undefined;
  const localProblem = checks.some((c) => c.status === 'fail' && c.kind === 'local');
  if (localProblem) {
    skip('sign-in', 'the local configuration above must work first');
  } else {
    estimate = await remoteChecks();
  }

  // 7: the output directory.
  add(await checkOutput(config, estimate));

  const policy = mergePolicy(grants, group);
  return { exitCode: exitCodeOf(checks), checks, policy };

  /** 4-6; returns the record count Resource Search reported (for the disk estimate). */
  async function remoteChecks(): Promise<number | undefined> {
    let auth: ResolvedAuth;
    try {
      auth = await resolveAuth({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env, instancePrincipalTimeoutMs: 5_000 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      add({ id: 'sign-in', status: 'fail', kind: error instanceof AuthError ? 'auth' : 'local', detail: message, fix: 'see docs/auth.md for what each method needs' });
      return undefined;
    }
    const tenancyId = config.tenancy ?? auth.tenancyId;
    const bootstrap = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => sdkRegionKeys().get(r.toLowerCase()) ?? r)[0];
    if (!bootstrap) {
      add({ id: 'sign-in', status: 'fail', kind: 'local', detail: 'no region known', fix: 'set region in the OCI config profile, or pass --region' });
      return undefined;
    }

    // 4: clock skew, from the Date header of the identity endpoint's (unsigned) answer.
    const identityProbe = await probeEndpoint(serviceEndpoint('identity', bootstrap, config.endpointTemplate), { env, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
    if (!identityProbe.reached) {
      add({ id: 'reach', region: bootstrap, status: 'fail', kind: 'network', detail: identityProbe.problem ?? 'unreachable', ...(identityProbe.fix ? { fix: identityProbe.fix } : {}), latencyMs: identityProbe.latencyMs });
      skip('sign-in', `identity in ${bootstrap} cannot be reached`);
      return undefined;
    }
    const clockResult = (serverMs: number, localMs: number, where: string): CheckResult => {
      const skew = serverMs - localMs;
      const size = Math.abs(skew);
      const words = `this machine's clock is ${describeDuration(size)} ${skew > 0 ? 'behind' : 'ahead of'} OCI's (${where})`;
      const fix = 'synchronize the system clock (timedatectl set-ntp true, or w32tm /resync); OCI refuses signatures more than 5 minutes off';
      if (size >= SKEW_FAIL_MS) return { id: 'clock', status: 'fail', kind: 'auth', detail: words, fix };
      if (size >= SKEW_WARN_MS) return { id: 'clock', status: 'warn', detail: words, fix };
      return { id: 'clock', status: 'pass', detail: `clock within ${describeDuration(size)} of OCI's (${where})` };
    };
    if (identityProbe.serverTimeMs !== undefined) add(clockResult(identityProbe.serverTimeMs, identityProbe.localMidpointMs, `Date of identity in ${bootstrap}`));

    // Without a Date on the probe's answer, the signed calls' answers are measured instead.
    let signedDate: { server: number; local: number } | undefined;
    const baseFetch = options.fetchImpl ?? proxyAwareFetch(env);
    const recordingFetch: typeof fetch = async (input, init) => {
      const started = Date.now();
      const response = await baseFetch(input, init);
      const server = Date.parse(response.headers.get('date') ?? '');
      if (signedDate === undefined && !Number.isNaN(server)) signedDate = { server, local: Math.round((started + Date.now()) / 2) };
      return response;
    };

    const clients: OciClients = createOciClients({
      auth: auth.provider,
      endpointTemplate: config.endpointTemplate,
      sdkSigner: auth.method !== 'api_key' && auth.method !== 'security_token',
      policy: DOCTOR_POLICY,
      log: { debug: (m) => log.debug(m) },
      fetchImpl: recordingFetch,
    });
    const clockFromSignedCall = () => {
      if (checks.some((c) => c.id === 'clock')) return;
      if (signedDate) add(clockResult(signedDate.server, signedDate.local, `Date of listRegionSubscriptions in ${bootstrap}`));
      else add({ id: 'clock', status: 'warn', detail: `identity in ${bootstrap} sent no Date header: clock skew not measured`, fix: 'make sure the system clock is synchronized (NTP)' });
    };
    try {
      const discovery = createOciDiscovery({ auth: { ...auth, tenancyId }, clients, bootstrapRegion: bootstrap });
      // The first signed call: who we are and where.
      let subscribed: RegionInfo[];
      try {
        subscribed = await discovery.listRegions();
        clockFromSignedCall();
        add({ id: 'sign-in', status: 'pass', detail: `signed in as ${auth.principal} (${auth.method}) to tenancy ${tenancyId}; ${subscribed.length} subscribed region(s)` });
      } catch (error) {
        clockFromSignedCall();
        const result = callFailure('sign-in', `identity listRegionSubscriptions in ${bootstrap}`, error);
        if (statusOf(error) === 404) {
          result.fix = `check tenancy in the profile (${tenancyId}); the user must be in that tenancy`;
        } else if (statusOf(error) === 401) {
          const cause = checks.find((c) => c.status === 'fail' && (c.id === 'fingerprint' || c.id === 'token' || c.id === 'clock'));
          if (cause) result.fix = `the ${cause.id} check above is why: ${cause.fix ?? ''}`;
          else if (auth.method === 'api_key') result.fix = apiKey401Fix(configFile, config.profile, tenancyId);
        }
        add(result);
        skip('regions', 'needs a working sign-in');
        return undefined;
      }
      let regions: string[];
      try {
        regions = config.regions.length > 0 ? resolveRegionSelectors(config.regions, subscribed, sdkRegionKeys(), sourceOf(config, 'regions')) : subscribed.map((r) => r.name);
      } catch (error) {
        add({ id: 'regions', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: 'name subscribed regions (oci-inv list-regions)' });
        return undefined;
      }

      // 5: reachability of each region's Resource Search endpoint.
      const reachable: string[] = [];
      for (const region of regions) {
        const p = await probeEndpoint(serviceEndpoint('query', region, config.endpointTemplate), { env, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
        if (p.reached) {
          reachable.push(region);
          add({ id: 'reach', region, status: 'pass', detail: `${region}: reachable in ${p.latencyMs} ms`, latencyMs: p.latencyMs });
        } else {
          add({ id: 'reach', region, status: 'fail', kind: 'network', detail: `${region}: ${p.problem ?? 'unreachable'}`, ...(p.fix ? { fix: p.fix } : {}), latencyMs: p.latencyMs });
        }
      }

      // 6: permissions. Resource Search per region, with the type counts.
      const counts = new Map<string, { count: number; sample: { ocid: string; compartmentId: string | null; displayName: string | null; availabilityDomain: string | null; region: string } }>();
      let total = 0;
      let truncated = false;
      const pages = options.searchPages ?? 5;
      for (const region of reachable) {
        let read = 0;
        let n = 0;
        try {
          await discovery.search(region, config.query, (page) => {
            read++;
            n += page.items.length;
            for (const item of page.items) {
              const entry = counts.get(item.resourceType);
              if (entry) entry.count++;
              else counts.set(item.resourceType, { count: 1, sample: { ocid: item.identifier, compartmentId: item.compartmentId, displayName: item.displayName, availabilityDomain: item.availabilityDomain, region } });
            }
            if (read >= pages) throw new SearchCapReached();
          });
          add({ id: 'search', region, status: 'pass', detail: `${region}: Resource Search answered, ${n} resource(s)` });
        } catch (error) {
          if (error instanceof SearchCapReached) {
            truncated = true;
            add({ id: 'search', region, status: 'pass', detail: `${region}: Resource Search answered, more than ${n} resource(s) (counted the first ${pages} pages)` });
          } else {
            add(callFailure('search', `${region}: Resource Search`, error, { region, fix: 'Resource Search returns only what policies let the user inspect; a refusal here means the credentials or tenancy are wrong' }));
          }
        }
        total += n;
      }

      try {
        const compartments = await discovery.listCompartments();
        add({ id: 'compartments', status: 'pass', detail: `inspect compartments: ${compartments.length} compartment(s)` });
      } catch (error) {
        const grant: PolicyGrant = { verb: 'inspect', resource: 'compartments' };
        const result = callFailure('compartments', 'identity listCompartments', error, { family: 'compartments' });
        if (result.kind === 'auth' && statusOf(error) !== 401) {
          grants.push(grant);
          result.fix = `add: Allow group ${group} to inspect compartments in tenancy`;
        }
        add(result);
      }

      // One cheap read per IAM family the tenancy uses, on a resource Resource Search found.
      await familyChecks(clients, counts);
      return truncated ? Math.max(total, 1) : total;
    } finally {
      clients.closeAll();
    }
  }

  async function familyChecks(
    clients: OciClients,
    counts: Map<string, { count: number; sample: { ocid: string; compartmentId: string | null; displayName: string | null; availabilityDomain: string | null; region: string } }>,
  ): Promise<void> {
    const { rowFor } = await import('../oci/enrichers/index.js');
    const { RegionContext, callOperation } = await import('../oci/enrichers/context.js');
    const byFamily = new Map<string, { grant: PolicyGrant & { guessed: boolean }; types: string[] }>();
    // Most common types first: the sample is the type the run will call most.
    for (const [type] of [...counts.entries()].sort((a, b) => b[1].count - a[1].count)) {
      const row = rowFor(type);
      // Special rows (a Key, read at its vault's own endpoint) are left to their family's
      // other types; compartments have their own check above.
      if (!row?.get || row.special) continue;
      const grant = grantFor(type, row.service);
      if (grant.resource === 'compartments') continue;
      const family = byFamily.get(grant.resource) ?? { grant, types: [] };
      family.types.push(type);
      byFamily.set(grant.resource, family);
    }
    const contexts = new Map<string, InstanceType<typeof RegionContext>>();
    for (const [resource, { grant, types }] of [...byFamily.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const type = types[0] as string;
      const row = rowFor(type);
      const entry = counts.get(type);
      if (!row?.get || !entry) continue;
      const { sample } = entry;
      let ctx = contexts.get(sample.region);
      if (!ctx) {
        ctx = new RegionContext(sample.region, clients, log, new Map());
        contexts.set(sample.region, ctx);
      }
      const what = `${grant.verb} ${resource}: ${row.service} ${row.get.method} (${types.join(', ')})`;
      try {
        const client = await ctx.clientFor(row);
        const request = row.get.request(sample, await ctx.env(row));
        await callOperation(client, row.get.method, request);
        add({ id: 'permission', family: resource, status: 'pass', detail: what });
      } catch (error) {
        const result = callFailure('permission', what, error, { family: resource, region: sample.region });
        if (result.kind === 'auth' && statusOf(error) !== 401) {
          grants.push(grant);
          result.fix = `add: Allow group ${group} to ${grant.verb} ${resource} in tenancy${grant.guessed ? ' (family name guessed from the service; check the IAM docs)' : ''}`;
        }
        add(result);
      }
    }
    if (byFamily.size === 0) add({ id: 'permission', status: 'pass', detail: 'no enriched resource types found: nothing more to check' });
  }
}

class SearchCapReached extends Error {}

/** A 401 the local checks do not explain: the key OCI was shown is not the user's. */
function apiKey401Fix(configFile: string, profile: string, tenancyId: string): string {
  const values = readProfile(configFile, profile);
  const fingerprint = values?.get('fingerprint') ?? '?';
  const user = values?.get('user') ?? '?';
  return `OCI does not know key ${fingerprint} for user ${user} in tenancy ${tenancyId}: upload that public key to the user (Identity > Users > API keys; its fingerprint must read ${fingerprint}), or fix user / tenancy in [${profile}]`;
}

/** The output directory: writable (preflight's probe), with room for the estimated run. */
async function checkOutput(config: RunConfig, records: number | undefined): Promise<CheckResult> {
  const source = sourceOf(config, 'outdir');
  try {
    await checkOutdir(config.outdir, source);
  } catch (error) {
    return { id: 'outdir', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: `pick a directory you can write with --outdir, or fix its permissions` };
  }
  let free: number | undefined;
  for (let dir = resolve(config.outdir); ; dir = dirname(dir)) {
    try {
      const s = await statfs(dir);
      free = s.bavail * s.bsize;
      break;
    } catch {
      if (dirname(dir) === dir) break;
    }
  }
  const need = records === undefined ? undefined : Math.max(records * BYTES_PER_RECORD, 1024 * 1024);
  const freeText = free === undefined ? 'free space unknown' : `${formatBytes(free)} free`;
  if (need === undefined || free === undefined) return { id: 'outdir', status: 'pass', detail: `${config.outdir}: writable, ${freeText}` };
  const detail = `${config.outdir}: writable, ${freeText}; a run of ${records} record(s) needs about ${formatBytes(need)}`;
  if (free < need) return { id: 'outdir', status: 'fail', kind: 'local', detail, fix: 'free some space or pick another --outdir' };
  if (free < need * 2) return { id: 'outdir', status: 'warn', detail, fix: 'little room to spare: free some space or pick another --outdir' };
  return { id: 'outdir', status: 'pass', detail };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
