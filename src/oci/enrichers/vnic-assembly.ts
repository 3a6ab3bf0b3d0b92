// The `standard` VNIC (issue 12; docs/enrichment.md, "Detail levels"): OCI has no list of
// VNICs, so a VNIC is assembled from lists the run reads anyway or reads once per region —
// the instance's VNIC attachment (instance-links.ts lists it per compartment), the primary
// private IP of the subnet's listing (shared with the PrivateIp row), the public IPs of
// listPublicIps (ephemeral per compartment and AD, reserved per compartment holding them),
// NSG membership (listNetworkSecurityGroupVnics per NSG) and IPv6 addresses (listIpv6s per
// subnet with an IPv6 prefix) — plus the search summary. A VNIC the lists do not find (no
// instance attachment: a service VNIC; a subnet not in the search; a VLAN) is read by getVnic and projected to the same
// field set, so a record's shape never depends on how it was read.
import type { InventoryRecord, JsonObject, JsonValue } from '../../core/record.js';
import { applyObject, callOperation, describeFailure, markError, type RegionContext } from './context.js';
import { GONE } from './instance-links.js';
import { toMetadataJson } from './metadata.js';
import { type PoolTask, runPool } from './pool.js';
import type { EnricherRow } from './table/types.js';

/** The fields of a `standard` VNIC record, whichever way it was read. */
export const STANDARD_VNIC_FIELDS = [
  'id',
  'compartmentId',
  'availabilityDomain',
  'displayName',
  'freeformTags',
  'definedTags',
  'lifecycleState',
  'timeCreated',
  'subnetId',
  'vlanId',
  'privateIp',
  'hostnameLabel',
  'publicIp',
  'nsgIds',
  'ipv6Addresses',
  // From the attachment (null for a VNIC without one): isPrimary is nicIndex 0.
  'nicIndex',
  'instanceId',
] as const;

const ARRAY_FIELDS = new Set(['nsgIds', 'ipv6Addresses']);

/** Fields of a `standard` VNIC that are not in the SDK's Vnic model: the attachment's. */
export const VNIC_ATTACHMENT_FIELDS: readonly string[] = ['nicIndex', 'instanceId'];

/** What a VNIC attachment tells about its VNIC. */
export interface AttachmentFacts {
  instanceId: string | null;
  subnetId: string | null;
  vlanId: string | null;
  nicIndex: number | null;
  availabilityDomain: string | null;
}

/** The facts of listed VNIC attachments, by VNIC ocid (detached ones left out). */
export function attachmentFacts(items: unknown[], into: Map<string, AttachmentFacts>): void {
  for (const raw of items) {
    if (raw === null || typeof raw !== 'object') continue;
    const a = raw as Record<string, unknown>;
    if (typeof a.vnicId !== 'string' || GONE.has(String(a.lifecycleState))) continue;
    into.set(a.vnicId, {
      instanceId: str(a.instanceId),
      subnetId: str(a.subnetId),
      vlanId: str(a.vlanId),
      nicIndex: typeof a.nicIndex === 'number' ? a.nicIndex : null,
      availabilityDomain: str(a.availabilityDomain),
    });
  }
}

/** A getVnic object projected to the `standard` field set (the attachment's facts added). */
export function projectVnic(object: unknown, attachment: AttachmentFacts | undefined): JsonObject | null {
  const json = toMetadataJson(object);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const out: JsonObject = {};
  for (const field of STANDARD_VNIC_FIELDS) {
    let value: JsonValue | undefined = (json as JsonObject)[field];
    if (field === 'nicIndex') value = attachment?.nicIndex ?? null;
    if (field === 'instanceId') value = attachment?.instanceId ?? null;
    if (ARRAY_FIELDS.has(field)) value = Array.isArray(value) ? [...value].sort() : [];
    out[field] = value ?? null;
  }
  return out;
}

interface PrimaryIp {
  vnicId: string;
  id: string;
  compartmentId: string | null;
  ipAddress: string;
  hostnameLabel: string | null;
  subnetId: string | null;
  availabilityDomain: string | null;
}

/** What the VNIC assembly needs of a subnet (an enriched one: whether it has IPv6 is known). */
interface SubnetFacts {
  ipv6: boolean;
  prohibitPublicIp: boolean;
}

/**
 * What the VNIC assembly reads of the types it waits for, kept per region from batch to batch
 * (docs/architecture.md, "Data flow"): the run enriches Instance, PrivateIp, Subnet,
 * NetworkSecurityGroup and PublicIp in the same or earlier batches of the region than Vnic
 * (`EnrichPort.typeOrder`) and spills their records; only these facts stay — a few hundred
 * bytes per instance, subnet and primary private IP instead of every record of the group.
 */
export class VnicFacts {
  /** Enriched subnets, by ocid. */
  readonly subnets = new Map<string, SubnetFacts>();
  readonly nsgIds = new Set<string>();
  /** Compartments holding PublicIp records (where reserved public IPs are listed). */
  readonly publicIpCompartments = new Set<string>();
  /** The instances' VNIC attachments, by VNIC ocid. */
  readonly attachments = new Map<string, AttachmentFacts>();
  /** The primary private IPs of each subnet the PrivateIp row listed (RegionContext.childrenOf). */
  readonly primaries = new Map<string, PrimaryIp[]>();

  /** Keeps what later VNICs need of one batch's enriched records, by type. */
  addRecords(byType: ReadonlyMap<string, readonly InventoryRecord[]>): void {
    for (const subnet of byType.get('Subnet') ?? []) {
      if (subnetUnknown(subnet)) continue;
      this.subnets.set(subnet.ocid, { ipv6: hasIpv6(subnet), prohibitPublicIp: subnet.details.metadata?.prohibitPublicIpOnVnic === true });
    }
    for (const nsg of byType.get('NetworkSecurityGroup') ?? []) this.nsgIds.add(nsg.ocid);
    for (const ip of byType.get('PublicIp') ?? []) if (ip.compartmentId) this.publicIpCompartments.add(ip.compartmentId);
  }

  /** Keeps the primary private IPs of one subnet's private IP listing. */
  addListing(subnetId: string, items: readonly unknown[]): PrimaryIp[] {
    const found = primaryIps(subnetId, items);
    this.primaries.set(subnetId, found);
    return found;
  }
}

function primaryIps(subnetId: string, items: readonly unknown[]): PrimaryIp[] {
  const out: PrimaryIp[] = [];
  for (const raw of items) {
    if (raw === null || typeof raw !== 'object') continue;
    const ip = raw as Record<string, unknown>;
    const vnicId = str(ip.vnicId);
    const id = str(ip.id);
    const address = str(ip.ipAddress);
    if (vnicId && id && address && ip.isPrimary === true) {
      out.push({
        vnicId,
        id,
        compartmentId: str(ip.compartmentId),
        ipAddress: address,
        hostnameLabel: str(ip.hostnameLabel),
        subnetId: str(ip.subnetId) ?? subnetId,
        availabilityDomain: str(ip.availabilityDomain),
      });
    }
  }
  return out;
}

interface Candidate {
  record: InventoryRecord;
  /** Null for a VNIC without an attachment: placed by its primary private IP, if listed. */
  attachment: AttachmentFacts | null;
  subnetId: string | null;
}

export interface VnicAssemblyDeps {
  ctx: RegionContext;
  /** The Vnic row (getVnic, relations). */
  row: EnricherRow;
  /** The PrivateIp row: its per-subnet listing is shared (RegionContext.childrenOf). */
  privateIpRow: EnricherRow | undefined;
  /** The region's facts so far: this batch's and earlier batches' (see VnicFacts). */
  facts: VnicFacts;
  workers: number;
  settle: (n: number) => void;
}

const vnet = { service: 'iaas', client: () => import('oci-core').then((m) => m.VirtualNetworkClient) };

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A subnet not in this batch's search, or not enriched: whether it has IPv6 is unknown. */
function subnetUnknown(subnet: InventoryRecord | undefined): boolean {
  return !subnet || subnet.enrichStatus !== 'OK';
}

/** A subnet with an IPv6 prefix: its VNICs' IPv6 addresses come from listIpv6s. */
function hasIpv6(subnet: InventoryRecord | undefined): boolean {
  const m = subnet?.details.metadata ?? {};
  const blocks = m.ipv6CidrBlocks;
  return str(m.ipv6CidrBlock) !== null || (Array.isArray(blocks) && blocks.length > 0);
}

export async function assembleVnics(deps: VnicAssemblyDeps, vnics: InventoryRecord[]): Promise<void> {
  const { ctx, row, settle, facts } = deps;
  const { attachments, subnets } = facts;
  const viaGet = new Set<InventoryRecord>();
  let candidates: Candidate[] = [];
  for (const record of vnics) {
    const attachment = attachments.get(record.ocid);
    const subnetId = attachment?.subnetId ?? null;
    if (!deps.privateIpRow || attachment?.vlanId) viaGet.add(record);
    else if (!attachment) candidates.push({ record, attachment: null, subnetId: null });
    else if (subnetId && subnets.has(subnetId)) candidates.push({ record, attachment, subnetId });
    else viaGet.add(record);
  }
  // Subnets to list: the attached VNICs' own; and, for VNICs without an attachment (a load
  // balancer's, a private endpoint's), every subnet of the region when they outnumber the
  // subnets (their primary private IP says where they are; the PrivateIp row has usually
  // listed every subnet of the region already, and that listing is shared).
  const attachedSubnets = new Set(candidates.map((c) => c.subnetId).filter((id): id is string => id !== null));
  const orphans = candidates.filter((c) => c.attachment === null);
  const otherSubnets = [...subnets.keys()].filter((id) => !attachedSubnets.has(id));
  const searchAll = orphans.length > otherSubnets.length;
  if (!searchAll) {
    for (const c of orphans) viaGet.add(c.record);
    candidates = candidates.filter((c) => c.attachment !== null);
  }
  const subnetIds = searchAll ? [...attachedSubnets, ...otherSubnets] : [...attachedSubnets];

  const nsgs = [...facts.nsgIds];
  const publicIpCompartments = [...facts.publicIpCompartments];
  // Lists cost at least one call each; when they would outnumber the VNICs, getVnic is cheaper.
  const domains = new Set(candidates.map((c) => `${c.record.compartmentId ?? ''}|${c.attachment?.availabilityDomain ?? c.record.availabilityDomain ?? ''}`));
  const ipv6 = subnetIds.filter((id) => subnets.get(id)?.ipv6 === true).length;
  const expectedLists = subnetIds.length + ipv6 + nsgs.length + publicIpCompartments.length + domains.size;
  if (candidates.length > 0 && expectedLists >= candidates.length) {
    for (const c of candidates) viaGet.add(c.record);
    candidates = [];
  }

  if (candidates.length > 0) {
    try {
      await assembleFromLists(deps, candidates, { subnets, subnetIds, nsgs, publicIpCompartments }, viaGet);
    } catch (error) {
      ctx.log.debug(`VNICs in ${ctx.region}: a list failed (${describeFailure('vnic assembly', error)}); reading them by getVnic`);
      for (const c of candidates) if (c.record.enrichStatus !== 'OK') viaGet.add(c.record);
    }
  }

  const tasks: PoolTask[] = [...viaGet].map((record) => async () => {
    try {
      const client = await ctx.clientFor(row);
      const response = await callOperation(client, 'getVnic', { vnicId: record.ocid });
      const projected = projectVnic(response.vnic, attachments.get(record.ocid));
      if (projected) applyObject(record, row, projected);
      else markError(record, 'getVnic: response had no object');
    } catch (error) {
      markError(record, describeFailure('getVnic', error));
    }
    settle(1);
    return undefined;
  });
  await runPool(deps.workers, tasks);
}

async function assembleFromLists(
  deps: VnicAssemblyDeps,
  candidates: Candidate[],
  scopes: { subnets: ReadonlyMap<string, SubnetFacts>; subnetIds: string[]; nsgs: string[]; publicIpCompartments: string[] },
  viaGet: Set<InventoryRecord>,
): Promise<void> {
  const { ctx, row, settle } = deps;
  const { subnets, subnetIds, nsgs, publicIpCompartments } = scopes;
  const privateIpRow = deps.privateIpRow as EnricherRow;
  const env = await ctx.env(privateIpRow);

  // Primary private IPs by VNIC, from each subnet's listing (the PrivateIp row's, in this
  // batch or an earlier one, when it listed).
  const primaryOf = new Map<string, PrimaryIp>();
  const listings: PoolTask[] = subnetIds.map((subnetId) => async () => {
    const listed = deps.facts.primaries.get(subnetId) ?? primaryIps(subnetId, await ctx.childrenOf(privateIpRow, { compartmentId: '', parentId: subnetId, env }));
    for (const ip of listed) primaryOf.set(ip.vnicId, ip);
    return undefined;
  });
  await runPool(deps.workers, listings);
  const ready: Array<Candidate & { primary: PrimaryIp; subnetId: string; availabilityDomain: string | null }> = [];
  for (const c of candidates) {
    const primary = primaryOf.get(c.record.ocid);
    const subnetId = c.subnetId ?? primary?.subnetId ?? null;
    // The attachment's subnet and the primary IP's agree; a VNIC placed only by its primary
    // IP needs that subnet known (whether it has IPv6, whether it allows public IPs).
    if (primary && subnetId && subnets.has(subnetId)) ready.push({ ...c, primary, subnetId, availabilityDomain: c.attachment?.availabilityDomain ?? primary.availabilityDomain ?? c.record.availabilityDomain ?? null });
    else viaGet.add(c.record);
  }
  if (ready.length === 0) return;

  const client = await ctx.clientFor(vnet);
  // NSG membership: the VNICs of every NSG of the region.
  const nsgsOf = new Map<string, string[]>();
  await runPool(
    deps.workers,
    nsgs.map((nsgId) => async () => {
      for (const raw of await ctx.listPaged(client, vnet.service, 'listNetworkSecurityGroupVnics', { networkSecurityGroupId: nsgId }, ['items'])) {
        const vnicId = str((raw as Record<string, unknown>).vnicId);
        if (vnicId) nsgsOf.set(vnicId, [...(nsgsOf.get(vnicId) ?? []), nsgId]);
      }
      return undefined;
    }),
  );

  // IPv6 addresses by VNIC, for the subnets with an IPv6 prefix.
  const ipv6Of = new Map<string, string[]>();
  const ipv6SubnetIds = [...new Set(ready.map((c) => c.subnetId))].filter((id) => subnets.get(id)?.ipv6 === true);
  await runPool(
    deps.workers,
    ipv6SubnetIds.map((subnetId) => async () => {
      for (const raw of await ctx.listPaged(client, vnet.service, 'listIpv6s', { subnetId }, ['items'])) {
        const ip = raw as Record<string, unknown>;
        const vnicId = str(ip.vnicId);
        const address = str(ip.ipAddress);
        if (vnicId && address) ipv6Of.set(vnicId, [...(ipv6Of.get(vnicId) ?? []), address]);
      }
      return undefined;
    }),
  );

  // Public IPs by the private IP they are assigned to, only for VNICs in subnets that allow
  // them (prohibitPublicIpOnVnic false): ephemeral ones live in the private IP's compartment
  // and AD; reserved ones in any compartment (those holding PublicIp records).
  const mayBePublic = ready.filter((c) => subnets.get(c.subnetId)?.prohibitPublicIp !== true);
  const publicOf = new Map<string, string>();
  const publicScopes = new Map<string, Record<string, unknown>>();
  for (const c of mayBePublic) {
    const compartmentId = c.primary.compartmentId ?? c.record.compartmentId ?? '';
    const availabilityDomain = c.availabilityDomain ?? '';
    if (compartmentId && availabilityDomain) publicScopes.set(`${compartmentId}|${availabilityDomain}`, { scope: 'AVAILABILITY_DOMAIN', lifetime: 'EPHEMERAL', compartmentId, availabilityDomain });
  }
  if (mayBePublic.length > 0) for (const compartmentId of publicIpCompartments) publicScopes.set(compartmentId, { scope: 'REGION', lifetime: 'RESERVED', compartmentId });
  await runPool(
    deps.workers,
    [...publicScopes.values()].map((request) => async () => {
      for (const raw of await ctx.listPaged(client, vnet.service, 'listPublicIps', request, ['items'])) {
        const p = raw as Record<string, unknown>;
        const target = str(p.privateIpId) ?? str(p.assignedEntityId);
        const address = str(p.ipAddress);
        if (target && address) publicOf.set(target, address);
      }
      return undefined;
    }),
  );

  for (const c of ready) {
    const r = c.record;
    const vnic: JsonObject = {
      id: r.ocid,
      compartmentId: r.compartmentId,
      availabilityDomain: c.availabilityDomain,
      displayName: r.displayName,
      freeformTags: r.freeformTags,
      definedTags: r.definedTags,
      lifecycleState: r.lifecycleState,
      timeCreated: r.timeCreated,
      subnetId: c.subnetId,
      vlanId: null,
      privateIp: c.primary.ipAddress,
      hostnameLabel: c.primary.hostnameLabel,
      publicIp: publicOf.get(c.primary.id) ?? null,
      nsgIds: [...(nsgsOf.get(r.ocid) ?? [])].sort(),
      ipv6Addresses: [...(ipv6Of.get(r.ocid) ?? [])].sort(),
      nicIndex: c.attachment?.nicIndex ?? null,
      instanceId: c.attachment?.instanceId ?? null,
    };
    applyObject(r, row, vnic);
    settle(1);
  }
}
