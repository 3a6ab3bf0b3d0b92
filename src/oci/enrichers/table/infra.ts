// Rows for the second wave of infrastructure types: FastConnect cross-connects, DRG route
// tables and distributions, private IPs, remote peering (oci-core VirtualNetworkClient);
// volume backup policies and volume group backups (BlockstorageClient); DNS resolvers and
// views; Email Delivery domains, DKIM keys and approved senders.
import { getById, listByCompartment, listByParent, rel } from './build.js';
import type { EnricherRow } from './types.js';

const vnet = () => import('oci-core').then((m) => m.VirtualNetworkClient);
const blockstorage = () => import('oci-core').then((m) => m.BlockstorageClient);
const dns = () => import('oci-dns').then((m) => m.DnsClient);
const email = () => import('oci-email').then((m) => m.EmailClient);

/** Email Delivery's control plane is `ctrl.email.<region>`: its endpoint prefix is two labels. */
const EMAIL = 'ctrl.email';

export const INFRA_ROWS: EnricherRow[] = [
  {
    resourceType: 'CrossConnectGroup',
    service: 'iaas',
    client: vnet,
    get: getById('getCrossConnectGroup', 'crossConnectGroupId', 'crossConnectGroup'),
    list: listByCompartment('listCrossConnectGroups'),
    relations: [],
  },
  {
    resourceType: 'CrossConnect',
    service: 'iaas',
    client: vnet,
    get: getById('getCrossConnect', 'crossConnectId', 'crossConnect'),
    list: listByCompartment('listCrossConnects'),
    relations: rel({ crossConnectGroupId: 'IN_CROSS_CONNECT_GROUP' }),
  },
  {
    // listDrgRouteDistributions takes a DRG, not a compartment: one list per DRG.
    resourceType: 'DrgRouteDistribution',
    service: 'iaas',
    client: vnet,
    get: getById('getDrgRouteDistribution', 'drgRouteDistributionId', 'drgRouteDistribution'),
    list: listByParent('listDrgRouteDistributions', 'Drg', 'drgId', false),
    relations: rel({ drgId: 'IN_DRG' }),
  },
  {
    resourceType: 'DrgRouteTable',
    service: 'iaas',
    client: vnet,
    get: getById('getDrgRouteTable', 'drgRouteTableId', 'drgRouteTable'),
    list: listByParent('listDrgRouteTables', 'Drg', 'drgId', false),
    relations: rel({ drgId: 'IN_DRG', importDrgRouteDistributionId: 'USES_ROUTE_DISTRIBUTION' }),
  },
  {
    // Many per VNIC, so never a get each when it can be helped: listPrivateIps takes a subnet
    // (or a VNIC or VLAN), not a compartment, and one list per subnet returns every private IP
    // in it. A private IP whose subnet sits in another compartment (a shared network
    // compartment) is missed by the per-compartment parents and read by get.
    resourceType: 'PrivateIp',
    service: 'iaas',
    client: vnet,
    get: getById('getPrivateIp', 'privateIpId', 'privateIp'),
    list: listByParent('listPrivateIps', 'Subnet', 'subnetId', false),
    relations: rel({ subnetId: 'IN_SUBNET', vnicId: 'ASSIGNED_TO', vlanId: 'IN_VLAN', routeTableId: 'USES_ROUTE_TABLE' }),
  },
  {
    resourceType: 'RemotePeeringConnection',
    service: 'iaas',
    client: vnet,
    get: getById('getRemotePeeringConnection', 'remotePeeringConnectionId', 'remotePeeringConnection'),
    list: listByCompartment('listRemotePeeringConnections'),
    relations: rel({ drgId: 'ATTACHED_TO_DRG', peerId: 'PEERS_WITH' }),
  },
  {
    // With a compartment the list returns that compartment's own policies (without one, the
    // Oracle-defined gold/silver/bronze, which search does not report).
    resourceType: 'VolumeBackupPolicy',
    service: 'iaas',
    client: blockstorage,
    get: getById('getVolumeBackupPolicy', 'policyId', 'volumeBackupPolicy'),
    list: listByCompartment('listVolumeBackupPolicies'),
    relations: [],
  },
  {
    resourceType: 'VolumeGroupBackup',
    service: 'iaas',
    client: blockstorage,
    get: getById('getVolumeGroupBackup', 'volumeGroupBackupId', 'volumeGroupBackup'),
    list: listByCompartment('listVolumeGroupBackups'),
    relations: rel({ volumeGroupId: 'BACKUP_OF', volumeBackupIds: 'CONTAINS_BACKUP', sourceVolumeGroupBackupId: 'COPY_OF' }),
  },
  {
    // ResolverSummary lacks the attached views and endpoints: a get per resolver (one per VCN).
    resourceType: 'DnsResolver',
    service: 'dns',
    client: dns,
    get: getById('getResolver', 'resolverId', 'resolver'),
    relations: rel({ attachedVcnId: 'IN_VCN', defaultViewId: 'USES_DNS_VIEW', 'attachedViews.*.viewId': 'USES_DNS_VIEW', 'endpoints.*.subnetId': 'IN_SUBNET' }),
  },
  {
    resourceType: 'DnsView',
    service: 'dns',
    client: dns,
    get: getById('getView', 'viewId', 'view'),
    list: listByCompartment('listViews'),
    relations: [],
  },
  {
    resourceType: 'EmailDomain',
    service: EMAIL,
    client: email,
    get: getById('getEmailDomain', 'emailDomainId', 'emailDomain'),
    list: { ...listByCompartment('listEmailDomains'), itemsPath: ['emailDomainCollection', 'items'] },
    relations: rel({ activeDkimId: 'USES_DKIM' }),
  },
  {
    // listDkims takes an email domain, not a compartment: one list per domain.
    resourceType: 'EmailDkim',
    service: EMAIL,
    client: email,
    get: getById('getDkim', 'dkimId', 'dkim'),
    list: { ...listByParent('listDkims', 'EmailDomain', 'emailDomainId', false), itemsPath: ['dkimCollection', 'items'] },
    relations: rel({ emailDomainId: 'IN_EMAIL_DOMAIN' }),
  },
  {
    // SenderSummary lacks emailDomainId: a get per sender keeps IN_EMAIL_DOMAIN.
    resourceType: 'EmailSender',
    service: EMAIL,
    client: email,
    get: getById('getSender', 'senderId', 'sender'),
    relations: rel({ emailDomainId: 'IN_EMAIL_DOMAIN' }),
  },
];
