// Rows for Networking (oci-core VirtualNetworkClient, Load Balancer, Network Load Balancer).
import { getById, listByCompartment, rel } from './build.js';
import type { EnricherRow } from './types.js';

const vnet = () => import('oci-core').then((m) => m.VirtualNetworkClient);
const loadBalancer = () => import('oci-loadbalancer').then((m) => m.LoadBalancerClient);
const networkLoadBalancer = () => import('oci-networkloadbalancer').then((m) => m.NetworkLoadBalancerClient);

/** A VCN-scoped network object: get by id, list per compartment, IN_VCN. */
function vcnChild(resourceType: string, noun: string, idParam: string, responseKey: string, extra: Record<string, string> = {}): EnricherRow {
  return {
    resourceType,
    service: 'iaas',
    client: vnet,
    get: getById(`get${noun}`, idParam, responseKey),
    list: listByCompartment(`list${noun}s`),
    relations: rel({ vcnId: 'IN_VCN', ...extra }),
  };
}

export const NETWORK_ROWS: EnricherRow[] = [
  {
    resourceType: 'Vcn',
    service: 'iaas',
    client: vnet,
    get: getById('getVcn', 'vcnId', 'vcn'),
    list: listByCompartment('listVcns'),
    relations: rel({
      defaultRouteTableId: 'USES_ROUTE_TABLE',
      defaultSecurityListId: 'USES_SECURITY_LIST',
      defaultDhcpOptionsId: 'USES_DHCP_OPTIONS',
    }),
  },
  vcnChild('Subnet', 'Subnet', 'subnetId', 'subnet', {
    routeTableId: 'USES_ROUTE_TABLE',
    securityListIds: 'USES_SECURITY_LIST',
    dhcpOptionsId: 'USES_DHCP_OPTIONS',
  }),
  vcnChild('NetworkSecurityGroup', 'NetworkSecurityGroup', 'networkSecurityGroupId', 'networkSecurityGroup'),
  vcnChild('SecurityList', 'SecurityList', 'securityListId', 'securityList'),
  vcnChild('RouteTable', 'RouteTable', 'rtId', 'routeTable', { 'routeRules.*.networkEntityId': 'ROUTES_TO' }),
  vcnChild('InternetGateway', 'InternetGateway', 'igId', 'internetGateway', { routeTableId: 'USES_ROUTE_TABLE' }),
  vcnChild('NatGateway', 'NatGateway', 'natGatewayId', 'natGateway', { routeTableId: 'USES_ROUTE_TABLE', publicIpId: 'USES_PUBLIC_IP' }),
  vcnChild('ServiceGateway', 'ServiceGateway', 'serviceGatewayId', 'serviceGateway', { routeTableId: 'USES_ROUTE_TABLE' }),
  vcnChild('LocalPeeringGateway', 'LocalPeeringGateway', 'localPeeringGatewayId', 'localPeeringGateway', {
    peerId: 'PEERS_WITH',
    routeTableId: 'USES_ROUTE_TABLE',
  }),
  {
    resourceType: 'DHCPOptions',
    service: 'iaas',
    client: vnet,
    get: getById('getDhcpOptions', 'dhcpId', 'dhcpOptions'),
    list: listByCompartment('listDhcpOptions'),
    relations: rel({ vcnId: 'IN_VCN' }),
  },
  {
    resourceType: 'Drg',
    service: 'iaas',
    client: vnet,
    get: getById('getDrg', 'drgId', 'drg'),
    list: listByCompartment('listDrgs'),
    relations: rel({ 'defaultDrgRouteTables.vcn': 'USES_DRG_ROUTE_TABLE' }),
  },
  {
    resourceType: 'DrgAttachment',
    service: 'iaas',
    client: vnet,
    get: getById('getDrgAttachment', 'drgAttachmentId', 'drgAttachment'),
    list: listByCompartment('listDrgAttachments'),
    relations: rel({ drgId: 'ATTACHED_TO_DRG', vcnId: 'ATTACHES_VCN', 'networkDetails.id': 'ATTACHES_NETWORK', routeTableId: 'USES_ROUTE_TABLE' }),
  },
  {
    resourceType: 'IPSecConnection',
    service: 'iaas',
    client: vnet,
    get: getById('getIPSecConnection', 'ipscId', 'iPSecConnection'),
    list: listByCompartment('listIPSecConnections'),
    relations: rel({ drgId: 'ATTACHED_TO_DRG', cpeId: 'CONNECTS_CPE' }),
  },
  {
    resourceType: 'Cpe',
    service: 'iaas',
    client: vnet,
    get: getById('getCpe', 'cpeId', 'cpe'),
    list: listByCompartment('listCpes'),
    relations: [],
  },
  {
    resourceType: 'VirtualCircuit',
    service: 'iaas',
    client: vnet,
    get: getById('getVirtualCircuit', 'virtualCircuitId', 'virtualCircuit'),
    list: listByCompartment('listVirtualCircuits'),
    relations: rel({ gatewayId: 'ATTACHED_TO_DRG' }),
  },
  {
    // listPublicIps needs scope and lifetime and still misses some: get is simpler and exact.
    resourceType: 'PublicIp',
    service: 'iaas',
    client: vnet,
    get: getById('getPublicIp', 'publicIpId', 'publicIp'),
    relations: rel({ assignedEntityId: 'ASSIGNED_TO', privateIpId: 'MAPS_TO_PRIVATE_IP', publicIpPoolId: 'FROM_PUBLIC_IP_POOL' }),
  },
  {
    resourceType: 'Vnic',
    service: 'iaas',
    client: vnet,
    get: getById('getVnic', 'vnicId', 'vnic'),
    relations: rel({ subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', vlanId: 'IN_VLAN' }),
  },
  {
    resourceType: 'LoadBalancer',
    service: 'iaas',
    client: loadBalancer,
    get: getById('getLoadBalancer', 'loadBalancerId', 'loadBalancer'),
    list: listByCompartment('listLoadBalancers'),
    relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
  },
  {
    resourceType: 'NetworkLoadBalancer',
    service: 'network-load-balancer-api',
    client: networkLoadBalancer,
    get: getById('getNetworkLoadBalancer', 'networkLoadBalancerId', 'networkLoadBalancer'),
    // The summary lacks backend sets, which carry the ROUTES_TO edges.
    relations: rel({
      subnetId: 'IN_SUBNET',
      networkSecurityGroupIds: 'IN_NSG',
      'backendSets.*.backends.*.targetId': 'ROUTES_TO',
    }),
  },
];
