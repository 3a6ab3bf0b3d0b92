// Wires the OCI adapters from a run configuration: auth, the client factory, discovery, and
// the enricher. The only place the CLI and the action reach into `src/oci/`.
import * as common from 'oci-common';
import type { RunConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import type { DiscoveryPort, EnrichPort } from '../pipeline/ports.js';
import { OciConfigError, type ResolvedAuth, resolveAuth } from './auth.js';
import { createOciClients, type OciClients } from './clients.js';
import { createOciDiscovery } from './discovery.js';

export interface OciConnection {
  auth: ResolvedAuth;
  clients: OciClients;
  discovery: DiscoveryPort;
  /** Built lazily: enrichment loads per-service SDK packages only when a run needs them. */
  enricher(homeRegion: string): Promise<EnrichPort>;
  close(): void;
}

export async function connectOci(config: RunConfig, log: Logger, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<OciConnection> {
  const auth = await resolveAuth({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env });
  const tenancyId = config.tenancy ?? auth.tenancyId;
  const resolved = { ...auth, tenancyId };
  // Without a region in the profile, the first --regions entry that names one region (a name
  // or a key, not a wildcard) says where identity is asked.
  const bootstrapRegion = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => sdkRegionKeys().get(r.toLowerCase()) ?? r)[0];
  if (!bootstrapRegion) {
    throw new OciConfigError('no region known: set `region` in the OCI config profile or pass --region');
  }
  const clients = createOciClients({
    auth: auth.provider,
    endpointTemplate: config.endpointTemplate,
    sdkSigner: auth.method !== 'api_key' && auth.method !== 'security_token',
    retryBudget: config.retryBudget,
    log: { debug: (m) => log.debug(m) },
    ...(signal ? { signal } : {}),
  });
  const discovery = createOciDiscovery({ auth: resolved, clients, bootstrapRegion });
  return {
    auth: resolved,
    clients,
    discovery,
    async enricher(homeRegion: string) {
      const { createEnricher } = await import('./enrichers/engine.js');
      return createEnricher({ clients, tenancyId, homeRegion, workers: config.workersEnrich, log, detail: config.enrichDetail });
    },
    close: () => clients.closeAll(),
  };
}

let regionKeys: Map<string, string> | undefined;

/** Region keys the SDK knows (`iad` → `us-ashburn-1`), from oci-common's built-in table: no network. */
export function sdkRegionKeys(): ReadonlyMap<string, string> {
  if (!regionKeys) {
    regionKeys = new Map();
    for (const region of common.Region.values()) {
      if (region.regionCode) regionKeys.set(region.regionCode.toLowerCase(), region.regionId);
    }
  }
  return regionKeys;
}
