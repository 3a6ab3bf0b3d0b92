// Instance edges that live on attachment objects, not on the instance: VNICs (and through
// them subnets), boot volumes and block volumes. Read with one list per compartment (boot
// volume attachments: per compartment and availability domain), never per instance.
import type { InventoryRecord, RecordRelationship } from '../../core/record.js';
import { describeFailure, type RegionContext } from './context.js';
import { normalizeRelations } from './metadata.js';
import type { PoolTask } from './pool.js';

const compute = { service: 'iaas', client: () => import('oci-core').then((m) => m.ComputeClient) };

interface Attachment {
  instanceId?: unknown;
  lifecycleState?: unknown;
  [key: string]: unknown;
}

/** Attachment states that no longer link an instance to what they attached. */
export const GONE = new Set(['DETACHED', 'DETACHING']);

function linkFrom(items: unknown[], byId: Map<string, InventoryRecord>, pairs: Array<[field: string, relation: string]>): void {
  const additions = new Map<InventoryRecord, RecordRelationship[]>();
  for (const raw of items) {
    const item = raw as Attachment;
    if (typeof item.instanceId !== 'string' || GONE.has(String(item.lifecycleState))) continue;
    const instance = byId.get(item.instanceId);
    if (!instance) continue;
    const edges = additions.get(instance) ?? [];
    for (const [field, relation] of pairs) {
      const target = item[field];
      if (typeof target === 'string' && target.startsWith('ocid1.')) edges.push({ relation_type: relation, target_ocid: target });
    }
    additions.set(instance, edges);
  }
  for (const [instance, edges] of additions) instance.relationships = normalizeRelations([...instance.relationships, ...edges]);
}

/**
 * `onVnicAttachments` receives each compartment's VNIC attachments as listed (the VNIC
 * assembly reads them: one list serves both).
 */
export function instanceLinkTasks(ctx: RegionContext, compartmentId: string, instances: InventoryRecord[], onVnicAttachments?: (items: unknown[]) => void): PoolTask[] {
  const byId = new Map(instances.map((r) => [r.ocid, r]));
  const warn = (operation: string, error: unknown) =>
    ctx.log.warn(`instance attachments in ${ctx.region} (${compartmentId}) not read: ${describeFailure(operation, error)}`);
  const task = (operation: string, request: Record<string, unknown>, pairs: Array<[string, string]>, onItems?: (items: unknown[]) => void): PoolTask => async () => {
    try {
      const client = await ctx.clientFor(compute);
      const items = await ctx.listPaged(client, compute.service, operation, request, ['items']);
      linkFrom(items, byId, pairs);
      onItems?.(items);
    } catch (error) {
      warn(operation, error);
    }
    return undefined;
  };
  const tasks = [
    task('listVnicAttachments', { compartmentId }, [
      ['vnicId', 'HAS_VNIC'],
      ['subnetId', 'IN_SUBNET'],
    ], onVnicAttachments),
    task('listVolumeAttachments', { compartmentId }, [['volumeId', 'USES_VOLUME']]),
  ];
  const domains = new Set(instances.map((r) => r.availabilityDomain).filter((ad): ad is string => typeof ad === 'string' && ad !== ''));
  for (const availabilityDomain of [...domains].sort()) {
    tasks.push(task('listBootVolumeAttachments', { compartmentId, availabilityDomain }, [['bootVolumeId', 'USES_BOOT_VOLUME']]));
  }
  return tasks;
}
