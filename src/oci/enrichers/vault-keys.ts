// Keys are served by their vault's own management endpoint, not a regional one. Search does
// not say which vault holds a key, so each vault in the region lists the keys of the group's
// compartment once, and each key is then read from the vault that listed it.
import type { InventoryRecord } from '../../core/record.js';
import { applyObject, callOperation, describeFailure, listAll, markError, type RegionContext, type SdkRequest } from './context.js';
import type { PoolTask } from './pool.js';
import type { EnricherRow } from './table/types.js';

/**
 * The management endpoint of a vault. Under an endpoint template (emulator, proxy) it is the
 * template's `kms` endpoint plus the vault id; otherwise the vault's own managementEndpoint.
 */
export function vaultManagementEndpoint(ctx: RegionContext, vault: InventoryRecord): string | undefined {
  const templated = ctx.clients.endpointFor('kms', ctx.region);
  if (templated) return `${templated.replace(/\/+$/, '')}/${vault.ocid}`;
  const fromMetadata = vault.details.metadata?.managementEndpoint;
  return typeof fromMetadata === 'string' && fromMetadata ? fromMetadata : undefined;
}

/**
 * One KmsManagementClient serves every vault: the SDK reads `endpoint` synchronously when
 * it builds the request, before its first await, so set-then-call cannot interleave.
 */
function callAt(client: object, endpoint: string, method: string, request: SdkRequest) {
  (client as { endpoint: string }).endpoint = endpoint;
  return callOperation(client, method, request);
}

export function vaultKeyTasks(ctx: RegionContext, row: EnricherRow, compartmentId: string, keys: InventoryRecord[], settle: (n: number) => void): PoolTask[] {
  return [
    async () => {
      const client = await ctx.clientFor(row);
      const vaults = ctx.byType.get('Vault') ?? [];
      const keyEndpoint = new Map<string, string>();
      const listMethod = row.list?.method ?? 'listKeys';
      let listFailure: string | undefined;
      for (const vault of vaults) {
        const endpoint = vaultManagementEndpoint(ctx, vault);
        if (!endpoint) continue;
        try {
          const items = await listAllAt(client, endpoint, listMethod, { compartmentId });
          for (const item of items) {
            const id = (item as { id?: unknown }).id;
            if (typeof id === 'string') keyEndpoint.set(id, endpoint);
          }
        } catch (error) {
          listFailure ??= describeFailure(listMethod, error);
        }
      }
      const getMethod = row.get?.method ?? 'getKey';
      return keys.map((key) => async () => {
        const endpoint = keyEndpoint.get(key.ocid);
        if (!endpoint) {
          markError(key, listFailure ?? `${listMethod}: key not found in any vault of ${ctx.region}`);
        } else {
          try {
            const response = await callAt(client, endpoint, getMethod, { keyId: key.ocid });
            applyObject(key, row, response[row.get?.responseKey ?? 'key']);
          } catch (error) {
            markError(key, describeFailure(getMethod, error));
          }
        }
        settle(1);
        return undefined;
      });
    },
  ];
}

async function listAllAt(client: object, endpoint: string, method: string, request: SdkRequest): Promise<unknown[]> {
  // Paging re-enters callOperation; pin the endpoint for each page the same way.
  const pinned = new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop === method && typeof value === 'function') {
        return (req: SdkRequest) => callAt(target, endpoint, method, req);
      }
      return value;
    },
  });
  return listAll(pinned, method, request, ['items']);
}
