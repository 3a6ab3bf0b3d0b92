// Emulated Networking (iaas 20160918; Load Balancer 20170115; Network Load Balancer on
// network-load-balancer-api 20200501): VCNs and everything hung on them.
import type { JsonObject } from '../json.js';
import { defineEntry, parentId, privateIp, publicIpAddress } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './types.js';
import { listIpv6sRoute, listNsgVnicsRoute, listPublicIpsRoute, publicIpOf, VNIC_HIDDEN_ATTRS } from './vnic-world.js';

const V = '/20160918';
type Base = Omit<GeneratedResource, 'attrs'>;

function vcnChild(resourceType: string, ocidKind: string, collection: string, noun: string, weight: number, generate: (b: Base, c: GenContext) => JsonObject, extraDeps: string[] = [], listOperation = `list${noun}s`): CatalogEntry {
  return defineEntry({
    resourceType,
    ocidKind,
    service: 'iaas',
    basePath: `${V}/${collection}`,
    getOperation: `get${noun}`,
    list: { operation: listOperation, filters: ['vcnId'] },
    dependsOn: ['Vcn', ...extraDeps],
    weight,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({ vcnId: parentId(ctx, 'Vcn', base), ...generate(base, ctx) }),
  });
}

const vcn = defineEntry({
  resourceType: 'Vcn',
  ocidKind: 'vcn',
  service: 'iaas',
  basePath: `${V}/vcns`,
  getOperation: 'getVcn',
  list: { operation: 'listVcns' },
  weight: 1,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const cidr = `10.${ctx.int(0, 255)}.0.0/16`;
    return {
      cidrBlock: cidr,
      cidrBlocks: [cidr],
      dnsLabel: `vcn${ctx.int(1, 9999)}`,
      vcnDomainName: `vcn.oraclevcn.com`,
      defaultRouteTableId: ctx.ocid('routetable', base.region),
      defaultSecurityListId: ctx.ocid('securitylist', base.region),
      defaultDhcpOptionsId: ctx.ocid('dhcpoptions', base.region),
    };
  },
});

const subnet = vcnChild('Subnet', 'subnet', 'subnets', 'Subnet', 2, (base, ctx) => ({
  cidrBlock: `10.${ctx.int(0, 255)}.${ctx.int(0, 255)}.0/24`,
  routeTableId: parentId(ctx, 'RouteTable', base),
  securityListIds: [parentId(ctx, 'SecurityList', base)].filter((x): x is string => x !== null),
  dhcpOptionsId: parentId(ctx, 'DHCPOptions', base),
  prohibitPublicIpOnVnic: ctx.rng() < 0.5,
  prohibitInternetIngress: false,
  virtualRouterIp: privateIp(ctx),
  virtualRouterMac: '00:00:17:00:00:01',
  dnsLabel: `sub${ctx.int(1, 9999)}`,
}), ['RouteTable', 'SecurityList', 'DHCPOptions']);

const rule = () => ({ protocol: '6', source: '0.0.0.0/0', isStateless: false, tcpOptions: { destinationPortRange: { min: 443, max: 443 } } });

export const NETWORK_CATALOG: CatalogEntry[] = [
  vcn,
  vcnChild('RouteTable', 'routetable', 'routeTables', 'RouteTable', 1, (base, ctx) => {
    const gateway = parentId(ctx, 'InternetGateway', base);
    return { routeRules: gateway ? [{ destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: gateway, routeType: 'STATIC' }] : [] };
  }, ['InternetGateway']),
  vcnChild('SecurityList', 'securitylist', 'securityLists', 'SecurityList', 1, () => ({
    ingressSecurityRules: [rule()],
    egressSecurityRules: [{ protocol: 'all', destination: '0.0.0.0/0', isStateless: false }],
  })),
  vcnChild('DHCPOptions', 'dhcpoptions', 'dhcps', 'DhcpOptions', 0.5, () => ({
    options: [{ type: 'DomainNameServer', serverType: 'VcnLocalPlusInternet' }],
    domainNameType: 'VCN_DOMAIN',
  }), [], 'listDhcpOptions'),
  subnet,
  vcnChild('NetworkSecurityGroup', 'networksecuritygroup', 'networkSecurityGroups', 'NetworkSecurityGroup', 1, () => ({})),
  vcnChild('InternetGateway', 'internetgateway', 'internetGateways', 'InternetGateway', 0.5, () => ({ isEnabled: true, routeTableId: null })),
  vcnChild('NatGateway', 'natgateway', 'natGateways', 'NatGateway', 0.5, (base, ctx) => ({
    blockTraffic: false,
    natIp: publicIpAddress(ctx),
    publicIpId: ctx.ocid('publicip', base.region),
    routeTableId: null,
  })),
  vcnChild('ServiceGateway', 'servicegateway', 'serviceGateways', 'ServiceGateway', 0.5, () => ({
    blockTraffic: false,
    services: [{ serviceId: 'ocid1.service.oc1..all-services', serviceName: 'All Services In Oracle Services Network' }],
    routeTableId: null,
  })),
  vcnChild('LocalPeeringGateway', 'localpeeringgateway', 'localPeeringGateways', 'LocalPeeringGateway', 0.3, (_b, ctx) => ({
    isCrossTenancyPeering: false,
    peeringStatus: ctx.pick(['NEW', 'PEERED']),
    peerId: null,
    routeTableId: null,
  })),
  defineEntry({
    resourceType: 'Drg',
    ocidKind: 'drg',
    service: 'iaas',
    basePath: `${V}/drgs`,
    getOperation: 'getDrg',
    list: { operation: 'listDrgs' },
    weight: 0.3,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({ defaultDrgRouteTables: { vcn: ctx.ocid('drgroutetable', base.region) }, defaultExportDrgRouteDistributionId: null }),
  }),
  defineEntry({
    resourceType: 'DrgAttachment',
    ocidKind: 'drgattachment',
    service: 'iaas',
    basePath: `${V}/drgAttachments`,
    getOperation: 'getDrgAttachment',
    list: { operation: 'listDrgAttachments', filters: ['drgId', 'vcnId'] },
    dependsOn: ['Drg', 'Vcn'],
    weight: 0.3,
    lifecycleStates: { active: 'ATTACHED', terminated: 'DETACHED' },
    generate(base, ctx) {
      const vcnId = parentId(ctx, 'Vcn', base);
      return { drgId: parentId(ctx, 'Drg', base), vcnId, networkDetails: vcnId ? { type: 'VCN', id: vcnId } : null, isCrossTenancy: false };
    },
  }),
  defineEntry({
    resourceType: 'Cpe',
    ocidKind: 'cpe',
    service: 'iaas',
    basePath: `${V}/cpes`,
    getOperation: 'getCpe',
    list: { operation: 'listCpes' },
    names: { noState: true },
    weight: 0.2,
    lifecycleStates: { active: 'AVAILABLE' },
    generate: (_b, ctx) => ({ ipAddress: publicIpAddress(ctx), isPrivate: false }),
  }),
  defineEntry({
    resourceType: 'IPSecConnection',
    ocidKind: 'ipsecconnection',
    service: 'iaas',
    basePath: `${V}/ipsecConnections`,
    getOperation: 'getIPSecConnection',
    list: { operation: 'listIPSecConnections', filters: ['drgId', 'cpeId'] },
    dependsOn: ['Drg', 'Cpe'],
    weight: 0.2,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({ drgId: parentId(ctx, 'Drg', base), cpeId: parentId(ctx, 'Cpe', base), staticRoutes: ['192.168.0.0/16'], cpeLocalIdentifierType: 'IP_ADDRESS' }),
  }),
  defineEntry({
    resourceType: 'VirtualCircuit',
    ocidKind: 'virtualcircuit',
    service: 'iaas',
    basePath: `${V}/virtualCircuits`,
    getOperation: 'getVirtualCircuit',
    list: { operation: 'listVirtualCircuits' },
    dependsOn: ['Drg'],
    weight: 0.2,
    lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({
      bandwidthShapeName: ctx.pick(['1 Gbps', '10 Gbps']),
      type: 'PRIVATE',
      serviceType: 'COLOCATED',
      gatewayId: parentId(ctx, 'Drg', base),
      bgpSessionState: 'UP',
      providerState: 'ACTIVE',
      region: base.region,
      crossConnectMappings: [],
    }),
  }),
  defineEntry({
    resourceType: 'PublicIp',
    ocidKind: 'publicip',
    service: 'iaas',
    basePath: `${V}/publicIps`,
    getOperation: 'getPublicIp',
    weight: 0.5,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (_b, ctx) => ({ ipAddress: publicIpAddress(ctx), lifetime: 'RESERVED', scope: 'REGION', assignedEntityId: null, privateIpId: null }),
  }),
  defineEntry({
    resourceType: 'Vnic',
    ocidKind: 'vnic',
    service: 'iaas',
    basePath: `${V}/vnics`,
    getOperation: 'getVnic',
    dependsOn: ['Subnet', 'NetworkSecurityGroup'],
    weight: 0.5,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({
      subnetId: parentId(ctx, 'Subnet', base),
      nsgIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x): x is string => x !== null),
      privateIp: privateIp(ctx),
      macAddress: '02:00:17:00:00:02',
      isPrimary: true,
      skipSourceDestCheck: false,
    }),
  }),
  defineEntry({
    resourceType: 'LoadBalancer',
    ocidKind: 'loadbalancer',
    service: 'iaas',
    basePath: '/20170115/loadBalancers',
    getOperation: 'getLoadBalancer',
    list: { operation: 'listLoadBalancers' },
    dependsOn: ['Subnet', 'NetworkSecurityGroup'],
    weight: 0.6,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
      shapeName: 'flexible',
      shapeDetails: { minimumBandwidthInMbps: 10, maximumBandwidthInMbps: 100 },
      isPrivate: ctx.rng() < 0.3,
      subnetIds: [parentId(ctx, 'Subnet', base)].filter((x): x is string => x !== null),
      networkSecurityGroupIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x): x is string => x !== null),
      ipAddresses: [{ ipAddress: publicIpAddress(ctx), isPublic: true }],
      listeners: { http: { name: 'http', defaultBackendSetName: 'web', port: 80, protocol: 'HTTP' } },
      backendSets: { web: { name: 'web', policy: 'ROUND_ROBIN', backends: [{ name: `${privateIp(ctx)}:80`, ipAddress: privateIp(ctx), port: 80, weight: 1, drain: false, backup: false, offline: false }], healthChecker: { protocol: 'HTTP', port: 80, urlPath: '/' } } },
      certificates: {},
      hostnames: {},
    }),
  }),
  defineEntry({
    resourceType: 'NetworkLoadBalancer',
    ocidKind: 'networkloadbalancer',
    service: 'network-load-balancer-api',
    basePath: '/20200501/networkLoadBalancers',
    getOperation: 'getNetworkLoadBalancer',
    list: { operation: 'listNetworkLoadBalancers', collection: true },
    dependsOn: ['Subnet', 'Instance'],
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'lifecycleState', 'timeCreated', 'subnetId', 'isPrivate', 'ipAddresses', 'freeformTags', 'definedTags'],
    generate(base, ctx) {
      const target = parentId(ctx, 'Instance', base);
      return {
        subnetId: parentId(ctx, 'Subnet', base),
        networkSecurityGroupIds: [],
        isPrivate: true,
        isPreserveSourceDestination: false,
        ipAddresses: [{ ipAddress: privateIp(ctx), isPublic: false }],
        listeners: { tcp: { name: 'tcp', defaultBackendSetName: 'pool', port: 443, protocol: 'TCP' } },
        backendSets: {
          pool: {
            name: 'pool',
            policy: 'FIVE_TUPLE',
            healthChecker: { protocol: 'TCP', port: 443 },
            backends: target ? [{ name: `${target}:443`, ipAddress: privateIp(ctx), targetId: target, port: 443, weight: 1, isDrain: false, isBackup: false, isOffline: false }] : [],
          },
        },
      };
    },
  }),
];

// The VNIC world's lists (vnic-world.ts): public IPs by scope, an NSG's VNICs; and the Vnic's
// bookkeeping attrs kept off the wire.
for (const entry of NETWORK_CATALOG) {
  if (entry.resourceType === 'PublicIp') entry.routes.push(listPublicIpsRoute((r, v) => entry.toWire(r, v)));
  if (entry.resourceType === 'NetworkSecurityGroup') entry.routes.push(listNsgVnicsRoute);
  if (entry.resourceType === 'Subnet') entry.routes.push(listIpv6sRoute);
  if (entry.resourceType === 'Vnic') {
    // Drift changes a VNIC's NSG membership (what the lists show too), never its addresses,
    // which its primary private IP holds.
    entry.mutate = (r, ctx) => {
      const current = Array.isArray(r.attrs.nsgIds) ? r.attrs.nsgIds : [];
      const others = ctx.find('NetworkSecurityGroup', { region: r.region }).filter((n) => !current.includes(n.ocid) && !/^TERMINAT/.test(n.lifecycleState));
      if (others.length > 0) return { ...r.attrs, nsgIds: [ctx.pick(others).ocid] };
      return current.length > 0 ? { ...r.attrs, nsgIds: [] } : { ...r.attrs, skipSourceDestCheck: r.attrs.skipSourceDestCheck !== true };
    };
    const toWire = entry.toWire;
    entry.toWire = (r, v) => {
      const wire = toWire(r, v);
      for (const key of VNIC_HIDDEN_ATTRS) delete wire[key];
      const publicIp = publicIpOf(r, v);
      if (publicIp) wire.publicIp = publicIp;
      else delete wire.publicIp;
      return wire;
    };
  }
}
