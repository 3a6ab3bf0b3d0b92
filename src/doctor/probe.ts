// Unsigned probes of OCI endpoints: can the host be resolved and reached (through the proxy the
// environment names, as runs do), how long it takes, and what time the service thinks it is.
// An unsigned request is answered 401 by every OCI service: that answer is all a probe needs.
import * as common from 'oci-common';
import { expandEndpointTemplate } from '../oci/clients.js';
import { proxyAwareFetch } from '../oci/http.js';

export interface ProbeResult {
  /** The service answered (any HTTP status). */
  reached: boolean;
  status?: number;
  /** The service's clock, from its `Date` header. */
  serverTimeMs?: number;
  /** The local clock halfway through the request, to compare serverTimeMs with. */
  localMidpointMs: number;
  latencyMs: number;
  /** Why it was not reached: DNS, refused, TLS, timeout, proxy. */
  problem?: string;
  fix?: string;
}

/** The base URL of a service in a region: the template's, or OCI's public endpoint. */
export function serviceEndpoint(service: string, region: string, template: string | undefined): string {
  if (template) return expandEndpointTemplate(template, service, region);
  const known = common.Region.values().find((r) => r.regionId === region);
  const domain = known?.realm.secondLevelDomain ?? 'oraclecloud.com';
  return `https://${service}.${region}.oci.${domain}`;
}

/** The proxy a URL goes through under the environment (host:port, never credentials), or undefined. */
export function proxyFor(url: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  const proxy = target.protocol === 'https:' ? env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy : env.HTTP_PROXY || env.http_proxy;
  if (!proxy) return undefined;
  const host = target.hostname.toLowerCase();
  for (const raw of (env.NO_PROXY ?? env.no_proxy ?? '').split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase().replace(/:\d+$/, '');
    if (!entry) continue;
    if (entry === '*') return undefined;
    const bare = entry.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return undefined;
  }
  try {
    return new URL(proxy).host;
  } catch {
    return 'an unparsable proxy URL';
  }
}

function describe(error: unknown, host: string, proxy: string | undefined): { problem: string; fix: string } {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const message = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  const via = proxy ? ` through proxy ${proxy}` : '';
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { problem: `${host}: no answer in time${via}`, fix: proxy ? `check that proxy ${proxy} forwards to ${host}` : `check the network path to ${host} (firewall; set HTTPS_PROXY if a proxy is required)` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { problem: `${host}: DNS cannot resolve it${via}`, fix: `check DNS for ${host}; behind a proxy, set HTTPS_PROXY (and keep the host out of NO_PROXY)` };
  }
  if (code === 'ECONNREFUSED') return { problem: `${proxy && /proxy/i.test(message) ? `proxy ${proxy}` : host}: connection refused${via}`, fix: proxy ? `check that proxy ${proxy} is up` : `check that ${host} is the right endpoint and reachable from here` };
  if (/CERT|SSL|TLS|self.signed|UNABLE_TO_VERIFY/i.test(`${code} ${message}`)) {
    return { problem: `${host}: TLS failed (${code || message})${via}`, fix: 'a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS; check the system clock too' };
  }
  if (/proxy/i.test(message) || code.startsWith('UND_ERR_') && proxy) {
    return { problem: `${host}: the proxy refused the tunnel (${code || message})${via}`, fix: `check proxy ${proxy ?? ''} allows CONNECT to ${host}:443, or add the host to NO_PROXY`.trim() };
  }
  return { problem: `${host}: connection failed (${code || message})${via}`, fix: `check the network path to ${host}` };
}

/** One unsigned GET; never throws. */
export async function probeEndpoint(url: string, options: { timeoutMs?: number; fetchImpl?: typeof fetch; env?: NodeJS.ProcessEnv } = {}): Promise<ProbeResult> {
  const doFetch = options.fetchImpl ?? proxyAwareFetch();
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const proxy = proxyFor(url, options.env ?? process.env);
  const started = Date.now();
  try {
    const response = await doFetch(url, { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    const ended = Date.now();
    await response.arrayBuffer().catch(() => undefined);
    const date = Date.parse(response.headers.get('date') ?? '');
    return {
      reached: true,
      status: response.status,
      ...(Number.isNaN(date) ? {} : { serverTimeMs: date }),
      localMidpointMs: Math.round((started + ended) / 2),
      latencyMs: ended - started,
    };
  } catch (error) {
    const ended = Date.now();
    return { reached: false, localMidpointMs: Math.round((started + ended) / 2), latencyMs: ended - started, ...describe(error, host, proxy) };
  }
}
