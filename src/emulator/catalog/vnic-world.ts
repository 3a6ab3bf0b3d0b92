// A coherent VNIC world, made after generation (no random draws, so every seed's other
// resources stay exactly as they were): each live instance's VNIC attachment names a real
// Vnic record of its region, every live VNIC has one primary private IP whose address and
// hostname label are the VNIC's, some reserved public IPs are assigned to primary private IPs,
// and some attached VNICs in subnets that allow it carry an ephemeral public IP. The lists
// OCI serves these from (listVnicAttachments, listPrivateIps, listPublicIps,
// listNetworkSecurityGroupVnics) then agree with getVnic, as they do in a real tenancy.
import type { JsonObject } from '../json.js';
import { badRequest, findOwn, notFound, paged } from './service-kit.js';
import type { GeneratedResource, Route, RouteRequest, TenancyView } from './types.js';

const V = '/20160918';
const GONE = new Set(['TERMINATED', 'DELETED', 'TERMINATING', 'DELETING']);
const live = (r: GeneratedResource) => !GONE.has(r.lifecycleState);

/** Attrs of a Vnic the lists need but getVnic's model does not have (never on the wire). */
export const VNIC_HIDDEN_ATTRS = ['ephemeralPublicIp', 'ephemeralPublicIpId', 'ephemeralPublicIpCompartmentId', 'attachedInstanceId', 'primaryPrivateIpId'] as const;

export interface VnicWorldStore {
  /** Generation's last version stands: drift seeds its default stream from it. */
  version: number;
  regions: string[];
  tenancyId: string;
  availabilityDomains(region: string): string[];
  list(resourceType: string): GeneratedResource[];
  add(resource: GeneratedResource): void;
  touch(): void;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function linkVnics(store: VnicWorldStore): void {
  const byRegion = (type: string) => {
    const out = new Map<string, GeneratedResource[]>();
    for (const r of store.list(type)) if (live(r)) out.set(r.region, [...(out.get(r.region) ?? []), r]);
    return out;
  };
  const vnicsByRegion = byRegion('Vnic');
  if (vnicsByRegion.size === 0) return;
  const version = store.version;
  const instancesByRegion = byRegion('Instance');
  const publicIpsByRegion = byRegion('PublicIp');
  const subnets = new Map(store.list('Subnet').map((s) => [s.ocid, s]));
  const privateIpsByVnic = new Map<string, GeneratedResource[]>();
  for (const ip of store.list('PrivateIp')) {
    const vnicId = ip.attrs.vnicId;
    if (typeof vnicId === 'string') privateIpsByVnic.set(vnicId, [...(privateIpsByVnic.get(vnicId) ?? []), ip]);
  }
  // Every third subnet of a region (the first included) has an IPv6 prefix; its attached VNICs an IPv6 address.
  const subnetsSeen = new Map<string, number>();
  for (const subnet of subnets.values()) {
    const k = subnetsSeen.get(subnet.region) ?? 0;
    subnetsSeen.set(subnet.region, k + 1);
    if (k % 3 !== 0) continue;
    const h = hash(`${subnet.ocid}/ipv6`);
    const prefix = `2603:c020:${((h >>> 4) % 0x10000).toString(16)}:${((h >>> 12) % 0x10000).toString(16)}`;
    subnet.attrs.ipv6CidrBlock = `${prefix}::/64`;
    subnet.attrs.ipv6CidrBlocks = [`${prefix}::/64`];
  }
  for (const region of store.regions) {
    const vnics = vnicsByRegion.get(region) ?? [];
    const instances = instancesByRegion.get(region) ?? [];
    const domains = store.availabilityDomains(region);
    const primaries: Array<{ vnic: GeneratedResource; ip: GeneratedResource }> = [];
    vnics.forEach((vnic, k) => {
      const instance = instances[k];
      if (instance) {
        instance.attrs.vnicId = vnic.ocid;
        instance.attrs.subnetId = vnic.attrs.subnetId ?? null;
        vnic.availabilityDomain = instance.availabilityDomain;
        vnic.attrs.isPrimary = true;
        vnic.attrs.attachedInstanceId = instance.ocid;
      } else {
        // A service VNIC (a load balancer's, a private endpoint's): no instance attachment.
        vnic.availabilityDomain = domains.length > 0 ? (domains[k % domains.length] as string) : null;
        vnic.attrs.isPrimary = false;
      }
      const ips = privateIpsByVnic.get(vnic.ocid) ?? [];
      let primary = ips.find((ip) => ip.attrs.isPrimary === true) ?? ips[0];
      if (!primary) {
        primary = {
          ocid: vnic.ocid.replace('.vnic.', '.privateip.'),
          resourceType: 'PrivateIp',
          compartmentId: vnic.compartmentId,
          region,
          displayName: typeof vnic.attrs.privateIp === 'string' ? vnic.attrs.privateIp : vnic.displayName,
          lifecycleState: 'AVAILABLE',
          timeCreated: vnic.timeCreated,
          availabilityDomain: null,
          freeformTags: { ...vnic.freeformTags },
          definedTags: { ...vnic.definedTags },
          attrs: {
            subnetId: vnic.attrs.subnetId ?? null,
            vnicId: vnic.ocid,
            ipAddress: vnic.attrs.privateIp ?? null,
            hostnameLabel: `host${hash(vnic.ocid) % 10000}`,
            ipState: 'ASSIGNED',
            lifetime: 'EPHEMERAL',
          },
        };
        store.add(primary);
      }
      for (const ip of ips) {
        ip.attrs.isPrimary = ip === primary;
        ip.attrs.availabilityDomain = vnic.availabilityDomain;
      }
      primary.attrs.isPrimary = true;
      primary.attrs.availabilityDomain = vnic.availabilityDomain;
      primary.attrs.subnetId = vnic.attrs.subnetId ?? null;
      vnic.attrs.privateIp = primary.attrs.ipAddress ?? null;
      vnic.attrs.hostnameLabel = primary.attrs.hostnameLabel ?? null;
      vnic.attrs.primaryPrivateIpId = primary.ocid;
      delete vnic.attrs.publicIp;
      const subnet = typeof vnic.attrs.subnetId === 'string' ? subnets.get(vnic.attrs.subnetId) : undefined;
      if (instance && typeof subnet?.attrs.ipv6CidrBlock === 'string') {
        const h = hash(`${vnic.ocid}/ipv6`);
        vnic.attrs.ipv6Addresses = [subnet.attrs.ipv6CidrBlock.replace('::/64', `::${(h % 0xffff).toString(16)}`)];
      } else {
        delete vnic.attrs.ipv6Addresses;
      }
      if (live(primary)) primaries.push({ vnic, ip: primary });
    });
    // Every third reserved public IP of the region is assigned to a primary private IP in a
    // subnet that allows public IPs.
    const capable = primaries.filter(({ vnic }) => {
      const subnet = typeof vnic.attrs.subnetId === 'string' ? subnets.get(vnic.attrs.subnetId) : undefined;
      return subnet?.attrs.prohibitPublicIpOnVnic === false;
    });
    const reserved = (publicIpsByRegion.get(region) ?? []).filter((p) => p.attrs.lifetime === 'RESERVED');
    let next = 0;
    reserved.forEach((publicIp, k) => {
      if (k % 3 !== 0 || next >= capable.length) return;
      const target = capable[next++] as { vnic: GeneratedResource; ip: GeneratedResource };
      publicIp.attrs.assignedEntityId = target.ip.ocid;
      publicIp.attrs.assignedEntityType = 'PRIVATE_IP';
      publicIp.attrs.privateIpId = target.ip.ocid;
    });
    // Every other attached VNIC left, in a subnet that allows public IPs, has an ephemeral one.
    for (const { vnic, ip } of capable.slice(next)) {
      if (!vnic.attrs.attachedInstanceId || hash(vnic.ocid) % 2 !== 0) continue;
      const h = hash(`${vnic.ocid}/public`);
      vnic.attrs.ephemeralPublicIp = `${129 + (h % 30)}.${(h >>> 5) % 256}.${(h >>> 13) % 256}.${1 + ((h >>> 21) % 254)}`;
      vnic.attrs.ephemeralPublicIpId = vnic.ocid.replace('.vnic.', '.publicip.');
      vnic.attrs.ephemeralPublicIpCompartmentId = ip.compartmentId;
    }
  }
  // Part of generation: the store's version stays generation's (drift's default stream, and
  // so which resources a seed's drift picks, are as before).
  store.version = version;
}

/** Whether the VNIC's subnet allows public IPs now (drift may have changed it). */
function subnetAllowsPublic(vnic: GeneratedResource, view: TenancyView): boolean {
  const subnet = typeof vnic.attrs.subnetId === 'string' ? view.get(vnic.attrs.subnetId) : undefined;
  return subnet !== undefined && live(subnet) && subnet.attrs.prohibitPublicIpOnVnic === false;
}

/**
 * The VNIC's public IP as getVnic shows it, read from the same facts the lists serve (so a
 * drifted public IP or subnet changes both): a live reserved PublicIp assigned to its primary
 * private IP, else its ephemeral one; none where the subnet prohibits public IPs.
 */
export function publicIpOf(vnic: GeneratedResource, view: TenancyView): string | null {
  if (!subnetAllowsPublic(vnic, view)) return null;
  const primary = vnic.attrs.primaryPrivateIpId;
  if (typeof primary === 'string') {
    const reserved = view.list('PublicIp', { region: vnic.region }).find((p) => live(p) && p.attrs.assignedEntityId === primary && typeof p.attrs.ipAddress === 'string');
    if (reserved) return String(reserved.attrs.ipAddress);
  }
  return typeof vnic.attrs.ephemeralPublicIpId === 'string' && typeof vnic.attrs.ephemeralPublicIp === 'string' ? vnic.attrs.ephemeralPublicIp : null;
}

/** The ephemeral public IP object of a VNIC that has one (scope AVAILABILITY_DOMAIN). */
function ephemeralPublicIp(vnic: GeneratedResource, view: TenancyView): JsonObject | null {
  const id = vnic.attrs.ephemeralPublicIpId;
  if (typeof id !== 'string' || typeof vnic.attrs.ephemeralPublicIp !== 'string' || !subnetAllowsPublic(vnic, view)) return null;
  const privateIpId = String(vnic.attrs.primaryPrivateIpId);
  return {
    id,
    assignedEntityId: privateIpId,
    assignedEntityType: 'PRIVATE_IP',
    availabilityDomain: vnic.availabilityDomain,
    compartmentId: String(vnic.attrs.ephemeralPublicIpCompartmentId ?? vnic.compartmentId),
    displayName: `ephemeral-${vnic.attrs.ephemeralPublicIp}`,
    ipAddress: vnic.attrs.ephemeralPublicIp,
    lifecycleState: 'ASSIGNED',
    lifetime: 'EPHEMERAL',
    privateIpId,
    scope: 'AVAILABILITY_DOMAIN',
    timeCreated: vnic.timeCreated,
    freeformTags: {},
    definedTags: {},
  };
}

/**
 * `listPublicIps` as OCI serves it: `scope` (REGION or AVAILABILITY_DOMAIN) and
 * `compartmentId` required, `availabilityDomain` required with (and only with) scope
 * AVAILABILITY_DOMAIN; REGION lists reserved public IPs (and ephemeral ones of regional
 * entities, none here), AVAILABILITY_DOMAIN the ephemeral ones assigned to private IPs in
 * that AD; `lifetime` filters.
 */
export function listPublicIpsRoute(toWire: (r: GeneratedResource, v: TenancyView) => JsonObject): Route {
  return {
    service: 'iaas',
    method: 'GET',
    pattern: `${V}/publicIps`,
    operation: 'listPublicIps',
    handle(req: RouteRequest, view: TenancyView) {
      const scope = req.query.get('scope');
      const compartmentId = req.query.get('compartmentId');
      const domain = req.query.get('availabilityDomain');
      const lifetime = req.query.get('lifetime');
      if (!scope) return badRequest('scope is required', 'MissingParameter');
      if (scope !== 'REGION' && scope !== 'AVAILABILITY_DOMAIN') return badRequest('scope must be REGION or AVAILABILITY_DOMAIN');
      if (!compartmentId) return badRequest('compartmentId is required', 'MissingParameter');
      if (scope === 'AVAILABILITY_DOMAIN' && !domain) return badRequest('availabilityDomain is required when scope is AVAILABILITY_DOMAIN', 'MissingParameter');
      if (scope === 'REGION' && domain) return badRequest('availabilityDomain must not be set when scope is REGION');
      if (lifetime && lifetime !== 'EPHEMERAL' && lifetime !== 'RESERVED') return badRequest('lifetime must be EPHEMERAL or RESERVED');
      let items: JsonObject[];
      if (scope === 'REGION') {
        items = view
          .list('PublicIp', { region: req.region, compartmentId })
          .filter((p) => p.attrs.scope === 'REGION' && (!lifetime || p.attrs.lifetime === lifetime))
          .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))
          .map((p) => toWire(p, view));
      } else {
        items =
          lifetime === 'RESERVED'
            ? []
            : view
                .list('Vnic', { region: req.region })
                .filter((v) => live(v) && v.availabilityDomain === domain)
                .map((v) => ephemeralPublicIp(v, view))
                .filter((p): p is JsonObject => p !== null && p.compartmentId === compartmentId)
                .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      }
      return paged(req, items);
    },
  };
}

/** `listNetworkSecurityGroupVnics`: the VNICs in an NSG (no compartment), by vnicId. */
export const listNsgVnicsRoute: Route = {
  service: 'iaas',
  method: 'GET',
  pattern: `${V}/networkSecurityGroups/{id}/vnics`,
  operation: 'listNetworkSecurityGroupVnics',
  handle(req: RouteRequest, view: TenancyView) {
    const nsg = findOwn(view, req.params.id, 'NetworkSecurityGroup', req.region);
    if (!nsg) return notFound();
    const items = view
      .list('Vnic', { region: req.region })
      .filter((v) => live(v) && Array.isArray(v.attrs.nsgIds) && v.attrs.nsgIds.includes(nsg.ocid))
      .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))
      .map((v): JsonObject => ({ vnicId: v.ocid, resourceId: typeof v.attrs.attachedInstanceId === 'string' ? v.attrs.attachedInstanceId : null, timeAssociated: v.timeCreated }));
    return paged(req, items);
  },
};

/**
 * `listIpv6s` (`GET /ipv6`): by subnetId or vnicId (one is required here; OCI also takes an
 * ipAddress with a subnet), the IPv6 objects of live VNICs, no compartment.
 */
export const listIpv6sRoute: Route = {
  service: 'iaas',
  method: 'GET',
  pattern: `${V}/ipv6`,
  operation: 'listIpv6s',
  handle(req: RouteRequest, view: TenancyView) {
    const subnetId = req.query.get('subnetId');
    const vnicId = req.query.get('vnicId');
    const ipAddress = req.query.get('ipAddress');
    if (!subnetId && !vnicId) return badRequest('one of subnetId, vnicId is required', 'MissingParameter');
    const items: JsonObject[] = [];
    for (const vnic of view.list('Vnic', { region: req.region })) {
      if (!live(vnic) || (subnetId && vnic.attrs.subnetId !== subnetId) || (vnicId && vnic.ocid !== vnicId)) continue;
      const addresses = Array.isArray(vnic.attrs.ipv6Addresses) ? vnic.attrs.ipv6Addresses : [];
      addresses.forEach((address, i) => {
        if (typeof address !== 'string' || (ipAddress && address !== ipAddress)) return;
        items.push({
          id: `${vnic.ocid.replace('.vnic.', '.ipv6.')}${i}`,
          compartmentId: vnic.compartmentId,
          displayName: `ipv6-${address}`,
          ipAddress: address,
          lifecycleState: 'AVAILABLE',
          subnetId: String(vnic.attrs.subnetId ?? ''),
          vnicId: vnic.ocid,
          ipState: 'ASSIGNED',
          lifetime: 'EPHEMERAL',
          timeCreated: vnic.timeCreated,
          freeformTags: {},
          definedTags: {},
        });
      });
    }
    items.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    return paged(req, items);
  },
};
