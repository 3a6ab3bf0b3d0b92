// Keys are served by their vault's own management endpoint, not a regional one. Search does
// not say which vault holds a key, so vaults of the region list the keys of the group's
// compartment (the group's own compartment's vaults first, where keys usually are, stopping
// once every key is placed), and each key is then read from the vault that listed it.
import type { InventoryRecord } from '../../core/record.js';
import { applyObject, callOperation, describeFailure, listAll, markError, type RegionContext } from './context.js';
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

/** The row's client addressed at one vault: cached per endpoint, sharing the region's limiter. */
async function clientAt(ctx: RegionContext, row: EnricherRow, endpoint: string): Promise<object> {
  return ctx.clients.get(await row.client(), row.service, ctx.region, endpoint);
}

export function vaultKeyTasks(ctx: RegionContext, row: EnricherRow, compartmentId: string, keys: InventoryRecord[], settle: (n: number) => void): PoolTask[] {
  return [
    async () => {
      const vaults = [...(ctx.byType.get('Vault') ?? [])].sort((a, b) => Number(b.compartmentId === compartmentId) - Number(a.compartmentId === compartmentId));
      const keyEndpoint = new Map<string, string>();
      const listMethod = row.list?.method ?? 'listKeys';
      let listFailure: string | undefined;
      for (const vault of vaults) {
        if (keys.every((key) => keyEndpoint.has(key.ocid))) break;
        const endpoint = vaultManagementEndpoint(ctx, vault);
        if (!endpoint) continue;
        try {
          const items = await listAll(await clientAt(ctx, row, endpoint), listMethod, { compartmentId }, ['items']);
          for (const item of items) {
            const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
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
            const response = await callOperation(await clientAt(ctx, row, endpoint), getMethod, { keyId: key.ocid });
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
