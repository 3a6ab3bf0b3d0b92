// Emulated second-wave infrastructure types: FastConnect cross-connects and groups, DRG route
// tables and distributions (listed per DRG), private IPs (listed per subnet, VNIC or VLAN),
// remote peering connections (iaas 20160918); volume backup policies and volume group backups
// (Block Storage, iaas); DNS resolvers and views (dns 20180115); Email Delivery domains, DKIM
// keys (listed per domain) and approved senders (ctrl.email 20170907).
import type { JsonObject } from '../json.js';
import { parentScopedList, summarize } from './reshape.js';
import { defineEntry, type EntrySpec, parentId, parentOf, privateIp } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const V = '/20160918';
const DNS = '/20180115';
const EMAIL_V = '/20170907';
const EMAIL = 'ctrl.email';

// ---- FastConnect ---------------------------------------------------------------------------
const crossConnectGroup = defineEntry({
  resourceType: 'CrossConnectGroup',
  ocidKind: 'crossconnectgroup',
  service: 'iaas',
  basePath: `${V}/crossConnectGroups`,
  getOperation: 'getCrossConnectGroup',
  list: { operation: 'listCrossConnectGroups' },
  weight: 0.3,
  lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
  generate: (_base, ctx) => ({ customerReferenceName: `CKT-${ctx.int(1000, 9999)}`, minimumLinks: 1, isInterfaceHoldTimerEnabled: false, isQosEnabled: false }),
});

const crossConnect = defineEntry({
  resourceType: 'CrossConnect',
  ocidKind: 'crossconnect',
  service: 'iaas',
  basePath: `${V}/crossConnects`,
  getOperation: 'getCrossConnect',
  list: { operation: 'listCrossConnects', filters: ['crossConnectGroupId'] },
  dependsOn: ['CrossConnectGroup'],
  weight: 0.3,
  lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
  generate: (base, ctx) => ({
    crossConnectGroupId: ctx.parent?.ocid ?? parentId(ctx, 'CrossConnectGroup', base),
    locationName: ctx.pick(['Equinix DC2', 'CoreSite VA1', 'Digital Realty PHX']),
    portName: `P${ctx.int(1, 48)}`,
    portSpeedShapeName: ctx.pick(['1 Gbps', '10 Gbps', '100 Gbps']),
    customerReferenceName: `CKT-${ctx.int(1000, 9999)}`,
    isQosEnabled: false,
  }),
});

// ---- DRG route tables and distributions (listed per DRG) -----------------------------------
const distributionSpec: EntrySpec = {
  resourceType: 'DrgRouteDistribution',
  ocidKind: 'drgroutedistribution',
  service: 'iaas',
  basePath: `${V}/drgRouteDistributions`,
  getOperation: 'getDrgRouteDistribution',
  list: { operation: 'listDrgRouteDistributions' },
  dependsOn: ['Drg'],
  weight: 0.45,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate: (base, ctx) => ({ drgId: ctx.parent?.ocid ?? parentId(ctx, 'Drg', base), distributionType: ctx.pick(['IMPORT', 'EXPORT']) }),
};
const drgRouteDistribution = parentScopedList(defineEntry(distributionSpec), distributionSpec, 'listDrgRouteDistributions', ['drgId']);

const routeTableSpec: EntrySpec = {
  resourceType: 'DrgRouteTable',
  ocidKind: 'drgroutetable',
  service: 'iaas',
  basePath: `${V}/drgRouteTables`,
  getOperation: 'getDrgRouteTable',
  list: { operation: 'listDrgRouteTables' },
  dependsOn: ['Drg', 'DrgRouteDistribution'],
  weight: 0.6,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const drgId = ctx.parent?.ocid ?? parentId(ctx, 'Drg', base);
    const imports = ctx.find('DrgRouteDistribution', { region: base.region }).filter((d) => d.attrs.drgId === drgId && d.attrs.distributionType === 'IMPORT');
    return { drgId, importDrgRouteDistributionId: imports.length > 0 ? ctx.pick(imports).ocid : null, isEcmpEnabled: false };
  },
};
const drgRouteTable = parentScopedList(defineEntry(routeTableSpec), routeTableSpec, 'listDrgRouteTables', ['drgId']);

// ---- Private IPs (many per VNIC; listed per subnet, VNIC or VLAN) --------------------------
const privateIpSpec: EntrySpec = {
  resourceType: 'PrivateIp',
  ocidKind: 'privateip',
  service: 'iaas',
  basePath: `${V}/privateIps`,
  getOperation: 'getPrivateIp',
  list: { operation: 'listPrivateIps' },
  // PrivateIp has no lifecycleState; search reports it AVAILABLE.
  names: { noState: true },
  dependsOn: ['Vnic'],
  // One of the dominant types: every VNIC has a primary private IP, many have secondaries.
  weight: 4,
  lifecycleStates: { active: 'AVAILABLE' },
  generate(base, ctx) {
    const vnic = ctx.parent ?? parentOf(ctx, 'Vnic', base);
    const subnetId = typeof vnic?.attrs.subnetId === 'string' ? vnic.attrs.subnetId : parentId(ctx, 'Subnet', base);
    // A VNIC has one primary private IP: once vnic-world.ts has chosen it, a private IP made
    // later (drift) is secondary. (Generation draws the same either way.)
    const primary = ctx.rng() < 0.4 && !vnic?.attrs.primaryPrivateIpId;
    return {
      subnetId,
      vnicId: vnic?.ocid ?? null,
      ipAddress: primary && typeof vnic?.attrs.privateIp === 'string' ? vnic.attrs.privateIp : privateIp(ctx),
      isPrimary: primary,
      hostnameLabel: `host${ctx.int(1, 9999)}`,
      ipState: 'ASSIGNED',
      lifetime: 'EPHEMERAL',
    };
  },
};
const privateIpEntry = parentScopedList(defineEntry(privateIpSpec), privateIpSpec, 'listPrivateIps', ['subnetId', 'vnicId', 'vlanId']);

// ---- Remote peering ------------------------------------------------------------------------
const remotePeering = defineEntry({
  resourceType: 'RemotePeeringConnection',
  ocidKind: 'remotepeeringconnection',
  service: 'iaas',
  basePath: `${V}/remotePeeringConnections`,
  getOperation: 'getRemotePeeringConnection',
  list: { operation: 'listRemotePeeringConnections', filters: ['drgId'] },
  dependsOn: ['Drg'],
  weight: 0.3,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate(base, ctx) {
    // Peer with a connection made earlier in another region, as a pair across regions is.
    const others = ctx.find('RemotePeeringConnection').filter((r) => r.region !== base.region);
    const peer = others.length > 0 && ctx.rng() < 0.6 ? ctx.pick(others) : undefined;
    return {
      drgId: ctx.parent?.ocid ?? parentId(ctx, 'Drg', base),
      isCrossTenancyPeering: false,
      peeringStatus: peer ? 'PEERED' : 'NEW',
      ...(peer ? { peerId: peer.ocid, peerRegionName: peer.region, peerTenancyId: ctx.tenancyId } : {}),
    };
  },
});

// ---- Block Storage -------------------------------------------------------------------------
const volumeBackupPolicy = defineEntry({
  resourceType: 'VolumeBackupPolicy',
  ocidKind: 'volumebackuppolicy',
  service: 'iaas',
  basePath: `${V}/volumeBackupPolicies`,
  getOperation: 'getVolumeBackupPolicy',
  list: { operation: 'listVolumeBackupPolicies' },
  // VolumeBackupPolicy has no lifecycleState: a deleted policy is gone.
  names: { noState: true },
  weight: 0.3,
  lifecycleStates: { active: 'AVAILABLE' },
  generate: (_base, ctx) => ({
    schedules: [
      { backupType: 'INCREMENTAL', period: 'ONE_DAY', hourOfDay: ctx.int(0, 23), offsetType: 'STRUCTURED', retentionSeconds: 7 * 86400, timeZone: 'UTC' } as JsonObject,
      { backupType: 'FULL', period: 'ONE_WEEK', dayOfWeek: 'SUNDAY', offsetType: 'STRUCTURED', retentionSeconds: 30 * 86400, timeZone: 'UTC' },
    ],
    destinationRegion: null,
  }),
});

const volumeGroupBackup = defineEntry({
  resourceType: 'VolumeGroupBackup',
  ocidKind: 'volumegroupbackup',
  service: 'iaas',
  basePath: `${V}/volumeGroupBackups`,
  getOperation: 'getVolumeGroupBackup',
  list: { operation: 'listVolumeGroupBackups', filters: ['volumeGroupId'] },
  dependsOn: ['VolumeGroup', 'VolumeBackup'],
  weight: 0.3,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const group = ctx.parent ?? parentOf(ctx, 'VolumeGroup', base);
    const volumeIds = new Set(Array.isArray(group?.attrs.volumeIds) ? group.attrs.volumeIds.filter((id): id is string => typeof id === 'string') : []);
    const backups = volumeIds.size > 0 ? ctx.find('VolumeBackup', { region: base.region }).filter((b) => typeof b.attrs.volumeId === 'string' && volumeIds.has(b.attrs.volumeId)) : [];
    const earlier = ctx.find('VolumeGroupBackup', { region: base.region }).filter((b) => b.attrs.volumeGroupId === group?.ocid);
    const copyOf = earlier.length > 0 && ctx.rng() < 0.2 ? ctx.pick(earlier).ocid : null;
    const size = ctx.pick([100, 200, 500]);
    return {
      volumeGroupId: group?.ocid ?? null,
      volumeBackupIds: backups.slice(0, 4).map((b) => b.ocid),
      type: ctx.pick(['FULL', 'INCREMENTAL']),
      sourceType: ctx.pick(['MANUAL', 'SCHEDULED']),
      sizeInGBs: size,
      uniqueSizeInGbs: ctx.int(1, size),
      sourceVolumeGroupBackupId: copyOf,
    };
  },
});

// ---- DNS -----------------------------------------------------------------------------------
const view = defineEntry({
  resourceType: 'DnsView',
  ocidKind: 'dnsview',
  service: 'dns',
  basePath: `${DNS}/views`,
  getOperation: 'getView',
  list: { operation: 'listViews' },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base) => ({ self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/views/${base.ocid}`, isProtected: false, timeUpdated: base.timeCreated }),
});

const resolver = defineEntry({
  resourceType: 'DnsResolver',
  ocidKind: 'dnsresolver',
  service: 'dns',
  basePath: `${DNS}/resolvers`,
  getOperation: 'getResolver',
  dependsOn: ['Vcn', 'DnsView', 'Subnet'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const defaultViewId = ctx.ocid('dnsview', base.region);
    const extraView = parentId(ctx, 'DnsView', base);
    const subnetId = parentId(ctx, 'Subnet', base);
    const listening = subnetId && ctx.rng() < 0.5;
    const endpoints: JsonObject[] = listening
      ? [
          {
            name: `listener${ctx.int(1, 99)}`,
            endpointType: 'VNIC',
            isForwarding: false,
            isListening: true,
            listeningAddress: privateIp(ctx),
            subnetId,
            id: ctx.ocid('dnsresolverendpoint', base.region),
            resolverId: base.ocid,
            compartmentId: base.compartmentId,
            timeCreated: base.timeCreated,
            timeUpdated: base.timeCreated,
            lifecycleState: 'ACTIVE',
            self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/resolvers/${base.ocid}/endpoints/listener`,
            freeformTags: {},
            definedTags: {},
          },
        ]
      : [];
    return {
      attachedVcnId: ctx.parent?.ocid ?? parentId(ctx, 'Vcn', base),
      defaultViewId,
      attachedViews: [{ viewId: defaultViewId }, ...(extraView ? [{ viewId: extraView }] : [])],
      endpoints,
      rules: [],
      isProtected: true,
      self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/resolvers/${base.ocid}`,
      timeUpdated: base.timeCreated,
    };
  },
});

// ---- Email Delivery (ctrl.email) -----------------------------------------------------------
const emailDomain = defineEntry({
  resourceType: 'EmailDomain',
  ocidKind: 'emaildomain',
  service: EMAIL,
  basePath: `${EMAIL_V}/emailDomains`,
  getOperation: 'getEmailDomain',
  list: { operation: 'listEmailDomains', collection: true },
  names: { name: 'name' },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (_base, ctx) => ({ description: 'emulated email domain', isSpf: ctx.rng() < 0.7, domainVerificationStatus: 'DOMAINID', domainVerificationId: `oci-domain-verification=${ctx.int(100000, 999999)}` }),
  // The domain's active DKIM key is whichever of its keys is active now.
  extraWire: (r, v): JsonObject => {
    const active = v
      .list('EmailDkim', { region: r.region })
      .filter((d) => d.attrs.emailDomainId === r.ocid && d.lifecycleState === 'ACTIVE')
      .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))[0];
    return active ? { activeDkimId: active.ocid } : {};
  },
});
summarize(emailDomain, ['isSpf', 'domainVerificationStatus', 'domainVerificationId']);

const dkimSpec: EntrySpec = {
  resourceType: 'EmailDkim',
  ocidKind: 'emaildkim',
  service: EMAIL,
  basePath: `${EMAIL_V}/dkims`,
  getOperation: 'getDkim',
  list: { operation: 'listDkims', collection: true },
  names: { name: 'name' },
  dependsOn: ['EmailDomain'],
  weight: 0.45,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const domain = ctx.parent ?? parentOf(ctx, 'EmailDomain', base);
    const selector = `sel${ctx.int(1000, 9999)}`;
    return {
      emailDomainId: domain?.ocid ?? null,
      description: 'emulated DKIM key',
      dnsSubdomainName: `${selector}._domainkey`,
      cnameRecordValue: `${selector}.${base.region}.dkim.oracleemaildelivery.com`,
      isImported: false,
      keyLength: 2048,
      timeUpdated: base.timeCreated,
    };
  },
};
const emailDkim = parentScopedList(summarize(defineEntry(dkimSpec), ['lifecycleDetails', 'dnsSubdomainName', 'cnameRecordValue', 'txtRecordValue']), dkimSpec, 'listDkims', ['emailDomainId'], true);

const emailSender = defineEntry({
    resourceType: 'EmailSender',
    ocidKind: 'emailsender',
    service: EMAIL,
    basePath: `${EMAIL_V}/senders`,
    getOperation: 'getSender',
    names: { name: 'emailAddress' },
    dependsOn: ['EmailDomain'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ emailDomainId: ctx.parent?.ocid ?? parentId(ctx, 'EmailDomain', base), isSpf: ctx.rng() < 0.7 }),
});

export const INFRA_CATALOG: CatalogEntry[] = [
  crossConnectGroup,
  crossConnect,
  drgRouteDistribution,
  drgRouteTable,
  privateIpEntry,
  remotePeering,
  volumeBackupPolicy,
  volumeGroupBackup,
  view,
  resolver,
  emailDomain,
  emailDkim,
  emailSender,
];
