// Emulated platform services: Kubernetes (containerengine), Functions, API Gateway, Vault and
// Key Management (keys behind a per-vault `kms` route), Bastion, Logging, Notifications,
// Events, Monitoring, Service Connector Hub, Streaming, DNS, Log Analytics, Media Services.
import type { JsonObject } from '../json.js';
import { defineEntry, type EntrySpec, findOwn, listed, type ListRouteSpec, notFound, paged, parentId, parentOf, privateIp } from './service-kit.js';
import type { CatalogEntry, Route, TenancyView } from './types.js';

const cluster = defineEntry({
  resourceType: 'ClustersCluster',
  ocidKind: 'cluster',
  service: 'containerengine',
  basePath: '/20180222/clusters',
  getOperation: 'getCluster',
  list: { operation: 'listClusters' },
  names: { name: 'name' },
  dependsOn: ['Vcn', 'Subnet'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    vcnId: parentId(ctx, 'Vcn', base),
    kubernetesVersion: ctx.pick(['v1.30.1', 'v1.31.1']),
    endpointConfig: { subnetId: parentId(ctx, 'Subnet', base), nsgIds: [], isPublicIpEnabled: false },
    options: { serviceLbSubnetIds: [], kubernetesNetworkConfig: { podsCidr: '10.244.0.0/16', servicesCidr: '10.96.0.0/16' } },
    type: ctx.pick(['BASIC_CLUSTER', 'ENHANCED_CLUSTER']),
    endpoints: { privateEndpoint: `${privateIp(ctx)}:6443` },
  }),
});

// Cluster has no top-level timeCreated: creation time lives in its `metadata`.
const clusterWire = cluster.toWire;
cluster.toWire = (r, v) => {
  const { timeCreated, ...wire } = clusterWire(r, v);
  return { ...wire, metadata: { timeCreated: timeCreated ?? r.timeCreated } };
};

const nodePool = defineEntry({
  resourceType: 'NodePool',
  ocidKind: 'nodepool',
  service: 'containerengine',
  basePath: '/20180222/nodePools',
  getOperation: 'getNodePool',
  list: { operation: 'listNodePools', filters: ['clusterId'] },
  names: { name: 'name', time: 'timeCreatedUnused' },
  dependsOn: ['ClustersCluster', 'Subnet'],
  weight: 0.8,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const parent = parentOf(ctx, 'ClustersCluster', base);
    const subnetId = parentId(ctx, 'Subnet', base);
    return {
      clusterId: parent?.ocid ?? null,
      kubernetesVersion: typeof parent?.attrs.kubernetesVersion === 'string' ? parent.attrs.kubernetesVersion : 'v1.31.1',
      nodeShape: 'VM.Standard.E4.Flex',
      nodeShapeConfig: { ocpus: 2, memoryInGBs: 32 },
      nodeConfigDetails: { size: 3, placementConfigs: subnetId ? [{ availabilityDomain: ctx.availabilityDomains(base.region)[0] ?? '', subnetId }] : [], nsgIds: [] },
      sshPublicKey: 'ssh-rsa AAAAB3NzaC1yc2E emulator',
    };
  },
});
// NodePool has no timeCreated in the model; drop the placeholder the common fields added.
// Its nodes are the pool's size in running instances of its compartment, read from the store when
// asked, so drift that removes an instance shows on the pool too.
/** Node pool ocid → its member instances, per emulated tenancy (fixed at the pool's first read). */
const POOL_MEMBERS = new WeakMap<TenancyView, Map<string, Set<string>>>();
function poolMembers(view: TenancyView): Map<string, Set<string>> {
  let members = POOL_MEMBERS.get(view);
  if (!members) POOL_MEMBERS.set(view, (members = new Map()));
  return members;
}
const nodePoolWire = nodePool.toWire;
nodePool.toWire = (r, v) => {
  const wire = nodePoolWire(r, v);
  delete wire.timeCreatedUnused;
  const details = r.attrs.nodeConfigDetails;
  const size = details !== null && typeof details === 'object' && !Array.isArray(details) && typeof details.size === 'number' ? details.size : 0;
  const running = v.list('Instance', { region: r.region, compartmentId: r.compartmentId }).filter((node) => node.lifecycleState === 'RUNNING');
  // Membership is fixed at the first read: an instance created later by hand never joins a pool
  // (as in OCI), while a member that is terminated or removed leaves it.
  let members = poolMembers(v).get(r.ocid);
  if (!members) {
    members = new Set(running.map((node) => node.ocid).sort().slice(0, size));
    poolMembers(v).set(r.ocid, members);
  }
  const kept = members;
  wire.nodes = running
    .filter((node) => kept.has(node.ocid))
    .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0))
    .map((node) => ({ id: node.ocid, name: node.displayName, availabilityDomain: node.availabilityDomain, lifecycleState: 'ACTIVE', nodePoolId: r.ocid }));
  return wire;
};
// NodePoolSummary, what listNodePools returns, has no nodes.
nodePool.toSummary = (r, v) => {
  const { nodes: _omitted, ...summary } = nodePool.toWire(r, v);
  return summary;
};

const applicationSpec = {
  resourceType: 'FunctionsApplication',
  ocidKind: 'fnapp',
  service: 'functions',
  basePath: '/20181201/applications',
  getOperation: 'getApplication',
  dependsOn: ['Subnet'],
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    subnetIds: [parentId(ctx, 'Subnet', base)].filter((x): x is string => x !== null),
    networkSecurityGroupIds: [],
    shape: ctx.pick(['GENERIC_X86', 'GENERIC_ARM']),
    config: { LOG_LEVEL: 'info', DB_PASSWORD: 'emulated-secret-value' },
    timeUpdated: '2024-01-01T00:00:00.000Z',
  }),
} satisfies EntrySpec;
const application = defineEntry(applicationSpec);
// Resource Search also spells a Functions application `App`: same model, and one get route
// object serving both types (the router takes a route shared by two entries once).
const app = defineEntry({ ...applicationSpec, resourceType: 'App', weight: 0.1 });
const getApplication: Route = {
  service: 'functions',
  method: 'GET',
  pattern: '/20181201/applications/{id}',
  operation: 'getApplication',
  handle(req, view) {
    const found = findOwn(view, req.params.id, 'FunctionsApplication', req.region) ?? findOwn(view, req.params.id, 'App', req.region);
    return found ? { status: 200, body: application.toWire(found, view) } : notFound();
  },
};
application.routes = [getApplication];
app.routes = [getApplication];

const fn = defineEntry({
  resourceType: 'FunctionsFunction',
  ocidKind: 'fnfunc',
  service: 'functions',
  basePath: '/20181201/functions',
  getOperation: 'getFunction',
  dependsOn: ['FunctionsApplication'],
  weight: 0.8,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    applicationId: parentId(ctx, 'FunctionsApplication', base),
    image: `iad.ocir.io/${ctx.namespace}/fn/hello:0.0.${ctx.int(1, 99)}`,
    memoryInMBs: ctx.pick([128, 256, 512]),
    timeoutInSeconds: 30,
    invokeEndpoint: `https://fn.${base.region}.oci.oraclecloud.com`,
  }),
});

const gateway = defineEntry({
  resourceType: 'ApiGateway',
  ocidKind: 'apigateway',
  service: 'apigateway',
  basePath: '/20190501/gateways',
  getOperation: 'getGateway',
  dependsOn: ['Subnet'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ endpointType: ctx.pick(['PUBLIC', 'PRIVATE']), subnetId: parentId(ctx, 'Subnet', base), networkSecurityGroupIds: [], hostname: `gw${ctx.int(1, 999)}.apigateway.${base.region}.oci.customer-oci.com`, ipAddresses: [{ ipAddress: privateIp(ctx) }] }),
});

const deployment = defineEntry({
  resourceType: 'ApiDeployment',
  ocidKind: 'apideployment',
  service: 'apigateway',
  basePath: '/20190501/deployments',
  getOperation: 'getDeployment',
  dependsOn: ['ApiGateway'],
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ gatewayId: parentId(ctx, 'ApiGateway', base), pathPrefix: `/v${ctx.int(1, 3)}`, endpoint: 'https://gw.example/v1', specification: { routes: [] } }),
});

const vault = defineEntry({
  resourceType: 'Vault',
  ocidKind: 'vault',
  service: 'kms',
  basePath: '/20180608/vaults',
  getOperation: 'getVault',
  list: { operation: 'listVaults' },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => {
    const unique = ctx.ocid('x', null).slice(-12);
    return {
      vaultType: 'DEFAULT',
      cryptoEndpoint: `https://${unique}-crypto.kms.${base.region}.oraclecloud.com`,
      managementEndpoint: `https://${unique}-management.kms.${base.region}.oraclecloud.com`,
      wrappingkeyId: null,
      isPrimary: true,
      isVaultReplicable: false,
    };
  },
});

const keySpec = {
  resourceType: 'Key',
  ocidKind: 'key',
  service: 'kms',
  basePath: '/{vaultId}/20180608/keys',
  getOperation: 'getKey',
  dependsOn: ['Vault'],
  weight: 0.6,
  lifecycleStates: { active: 'ENABLED', terminated: 'DELETED' },
  generate: (base: { region: string; compartmentId: string }, ctx: Parameters<CatalogEntry['generate']>[1]) => ({
    vaultId: parentId(ctx, 'Vault', base),
    keyShape: { algorithm: 'AES', length: 32 },
    protectionMode: ctx.pick(['HSM', 'SOFTWARE']),
    currentKeyVersion: ctx.ocid('keyversion', base.region),
    isPrimary: true,
    isAutoRotationEnabled: false,
  }),
};
const key = defineEntry(keySpec);
const keyFields = ['id', 'compartmentId', 'displayName', 'lifecycleState', 'timeCreated', 'vaultId', 'protectionMode', 'algorithm', 'freeformTags', 'definedTags'];
// Keys are served per vault, under the vault's management endpoint: `/kms/<region>/<vaultId>`.
key.routes = [
  {
    service: 'kms',
    method: 'GET',
    pattern: '/{vaultId}/20180608/keys/{id}',
    operation: 'getKey',
    handle(req, view) {
      const found = findOwn(view, req.params.id, 'Key', req.region);
      if (!found || found.attrs.vaultId !== req.params.vaultId) return notFound();
      return { status: 200, body: key.toWire(found, view) };
    },
  },
  {
    service: 'kms',
    method: 'GET',
    pattern: '/{vaultId}/20180608/keys',
    operation: 'listKeys',
    handle(req, view) {
      if (!findOwn(view, req.params.vaultId, 'Vault', req.region)) return notFound();
      const found = listed(keySpec, { operation: 'listKeys' }, req, view, { vaultId: req.params.vaultId ?? '' });
      if (!Array.isArray(found)) return found;
      return paged(req, found.map((r) => {
        const wire = key.toWire(r, view);
        const summary: JsonObject = { algorithm: (wire.keyShape as JsonObject).algorithm ?? 'AES' };
        for (const field of keyFields) if (field in wire) summary[field] = wire[field] ?? null;
        return summary;
      }));
    },
  },
];

/** A vault secret's entry; `Secret`, the other spelling, reuses it (security.ts). */
export const VAULT_SECRET_SPEC = {
  resourceType: 'VaultSecret',
  ocidKind: 'vaultsecret',
  service: 'vaults',
  basePath: '/20180608/secrets',
  getOperation: 'getSecret',
  names: { name: 'secretName' },
  dependsOn: ['Vault', 'Key'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ vaultId: parentId(ctx, 'Vault', base), keyId: parentId(ctx, 'Key', base), currentVersionNumber: ctx.int(1, 5), description: 'emulated secret', isAutoGenerationEnabled: false }),
} satisfies EntrySpec;
const secret = defineEntry(VAULT_SECRET_SPEC);

const bastion = defineEntry({
  resourceType: 'Bastion',
  ocidKind: 'bastion',
  service: 'bastion',
  basePath: '/20210331/bastions',
  getOperation: 'getBastion',
  names: { name: 'name' },
  dependsOn: ['Vcn', 'Subnet'],
  weight: 0.2,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ bastionType: 'STANDARD', targetVcnId: parentId(ctx, 'Vcn', base), targetSubnetId: parentId(ctx, 'Subnet', base), clientCidrBlockAllowList: ['0.0.0.0/0'], maxSessionTtlInSeconds: 10800, privateEndpointIpAddress: privateIp(ctx) }),
});

const logGroup = defineEntry({
  resourceType: 'LogGroup',
  ocidKind: 'loggroup',
  service: 'logging',
  basePath: '/20200531/logGroups',
  getOperation: 'getLogGroup',
  // Logging's subtree flag is `isCompartmentIdInSubtree`, accepted on any compartment.
  list: { operation: 'listLogGroups', subtree: { param: 'isCompartmentIdInSubtree' } },
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: () => ({ description: 'emulated log group', timeLastModified: '2024-01-01T00:00:00.000Z' }),
});

const logSpec = {
  resourceType: 'Log',
  ocidKind: 'log',
  service: 'logging',
  basePath: '/20200531/logGroups/{logGroupId}/logs',
  getOperation: 'getLog',
  dependsOn: ['LogGroup'],
  weight: 1.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base: { region: string; compartmentId: string }, ctx: Parameters<CatalogEntry['generate']>[1]): JsonObject {
    // Logs live in their log group's compartment; when the generator placed this one where no
    // group is, it stays in the group it was made under, as a move that search has yet to
    // catch up with would leave it.
    // A deleted group takes its logs with it: only live groups hold logs.
    const group = ctx.find('LogGroup', { region: base.region, compartmentId: base.compartmentId }).filter((g) => g.lifecycleState === 'ACTIVE');
    return {
      logGroupId: group.length > 0 ? ctx.pick(group).ocid : (ctx.parent?.ocid ?? null),
      logType: ctx.pick(['SERVICE', 'CUSTOM']),
      isEnabled: true,
      retentionDuration: 30,
      tenancyId: ctx.tenancyId,
      timeLastModified: '2024-01-01T00:00:00.000Z',
    };
  },
};
const log = defineEntry(logSpec);
log.routes = [
  {
    service: 'logging',
    method: 'GET',
    pattern: '/20200531/logGroups/{logGroupId}/logs/{id}',
    operation: 'getLog',
    handle(req, view) {
      const found = findOwn(view, req.params.id, 'Log', req.region);
      return found && found.attrs.logGroupId === req.params.logGroupId ? { status: 200, body: log.toWire(found, view) } : notFound();
    },
  },
  {
    service: 'logging',
    method: 'GET',
    pattern: '/20200531/logGroups/{logGroupId}/logs',
    operation: 'listLogs',
    handle(req, view) {
      const group = findOwn(view, req.params.logGroupId, 'LogGroup', req.region);
      if (!group) return notFound();
      const found = listed(logSpec, { operation: 'listLogs', noCompartment: true }, req, view, { logGroupId: group.ocid });
      if (!Array.isArray(found)) return found;
      // LogSummary is the Log without tenancyId.
      return paged(req, found.map((r) => {
        const { tenancyId: _omitted, ...summary } = log.toWire(r, view);
        return summary;
      }));
    },
  },
];

const topic = defineEntry({
  resourceType: 'OnsTopic',
  ocidKind: 'onstopic',
  service: 'notification',
  basePath: '/20181201/topics',
  getOperation: 'getTopic',
  list: { operation: 'listTopics' },
  names: { id: 'topicId', name: 'name' },
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETING' },
  generate: (base, ctx) => ({ description: 'emulated topic', shortTopicId: `t${ctx.int(1000, 9999)}`, apiEndpoint: `https://cell1.notification.${base.region}.oci.oraclecloud.com`, etag: `e${ctx.int(1, 99999)}` }),
});

const subscription = defineEntry({
  resourceType: 'OnsSubscription',
  ocidKind: 'onssubscription',
  service: 'notification',
  basePath: '/20181201/subscriptions',
  getOperation: 'getSubscription',
  list: { operation: 'listSubscriptions', filters: ['topicId'] },
  names: { time: 'createdTimeIso' },
  dependsOn: ['OnsTopic'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ topicId: parentId(ctx, 'OnsTopic', base), protocol: 'EMAIL', endpoint: `ops${ctx.int(1, 99)}@example.com`, etag: `e${ctx.int(1, 99999)}` }),
});
// The Subscription model has `createdTime` as epoch milliseconds and no displayName.
const subscriptionWire = subscription.toWire;
subscription.toWire = (r, v) => {
  const wire = subscriptionWire(r, v);
  delete wire.createdTimeIso;
  delete wire.displayName;
  wire.createdTime = Date.parse(r.timeCreated);
  return wire;
};

function simple(resourceType: string, ocidKind: string, service: string, basePath: string, getOperation: string, weight: number, generate: CatalogEntry['generate'], extra: { dependsOn?: string[]; name?: string; list?: ListRouteSpec; summaryFields?: string[] } = {}): CatalogEntry {
  return defineEntry({
    resourceType,
    ocidKind,
    service,
    basePath,
    getOperation,
    weight,
    ...(extra.dependsOn ? { dependsOn: extra.dependsOn } : {}),
    ...(extra.name ? { names: { name: extra.name } } : {}),
    ...(extra.list ? { list: extra.list } : {}),
    ...(extra.summaryFields ? { summaryFields: extra.summaryFields } : {}),
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate,
  });
}

const logAnalyticsSpec = {
  resourceType: 'LogAnalyticsEntity',
  ocidKind: 'loganalyticsentity',
  service: 'loganalytics',
  basePath: '/20200601/namespaces/{namespaceName}/logAnalyticsEntities',
  getOperation: 'getLogAnalyticsEntity',
  names: { name: 'name' },
  dependsOn: ['Instance'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base: { region: string; compartmentId: string }, ctx: Parameters<CatalogEntry['generate']>[1]) => ({
    entityTypeName: 'Host (Linux)',
    entityTypeInternalName: 'omc_host_linux',
    managementAgentId: ctx.ocid('managementagent', base.region),
    cloudResourceId: parentId(ctx, 'Instance', base),
    timezoneRegion: 'UTC',
    areLogsCollected: true,
    properties: {},
  }),
};
const logAnalyticsEntity = defineEntry(logAnalyticsSpec);
const laRoute: Route = {
  service: 'loganalytics',
  method: 'GET',
  pattern: '/20200601/namespaces/{namespaceName}/logAnalyticsEntities/{id}',
  operation: 'getLogAnalyticsEntity',
  handle(req, view) {
    if (req.params.namespaceName !== view.namespace) return notFound();
    const found = findOwn(view, req.params.id, 'LogAnalyticsEntity', req.region);
    return found ? { status: 200, body: logAnalyticsEntity.toWire(found, view) } : notFound();
  },
};
logAnalyticsEntity.routes = [laRoute];

export const PLATFORM_CATALOG: CatalogEntry[] = [
  cluster,
  nodePool,
  application,
  app,
  fn,
  gateway,
  deployment,
  vault,
  key,
  secret,
  bastion,
  logGroup,
  log,
  topic,
  subscription,
  simple('EventRule', 'eventrule', 'events', '/20181201/rules', 'getRule', 0.4, (base, ctx) => ({
    condition: '{"eventType":"com.oraclecloud.objectstorage.createobject"}',
    isEnabled: true,
    description: 'emulated rule',
    actions: { actions: [{ actionType: 'ONS', id: ctx.ocid('eventaction', base.region), topicId: parentId(ctx, 'OnsTopic', base), isEnabled: true, lifecycleState: 'ACTIVE' }] },
  }), { dependsOn: ['OnsTopic'] }),
  simple('Alarm', 'alarm', 'telemetry', '/20180401/alarms', 'getAlarm', 0.6, (base, ctx) => ({
    metricCompartmentId: base.compartmentId,
    namespace: 'oci_computeagent',
    query: 'CpuUtilization[1m].mean() > 90',
    severity: ctx.pick(['CRITICAL', 'WARNING']),
    destinations: [parentId(ctx, 'OnsTopic', base)].filter((x): x is string => x !== null),
    isEnabled: true,
  }), {
    dependsOn: ['OnsTopic'],
    // listAlarms: AlarmSummary (no timeCreated); compartmentIdInSubtree only from the tenancy.
    list: { operation: 'listAlarms', subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
    summaryFields: ['id', 'displayName', 'compartmentId', 'metricCompartmentId', 'namespace', 'query', 'severity', 'destinations', 'isEnabled', 'freeformTags', 'definedTags', 'lifecycleState'],
  }),
  simple('ServiceConnector', 'serviceconnector', 'service-connector-hub', '/20200909/serviceConnectors', 'getServiceConnector', 0.2, (base, ctx) => ({
    source: { kind: 'logging', logSources: [{ compartmentId: base.compartmentId, logGroupId: parentId(ctx, 'LogGroup', base) }] },
    target: { kind: 'notifications', topicId: parentId(ctx, 'OnsTopic', base) },
    tasks: [],
  }), { dependsOn: ['LogGroup', 'OnsTopic'] }),
  simple('Stream', 'stream', 'streaming', '/20180418/streams', 'getStream', 0.3, (base, ctx) => ({
    partitions: ctx.pick([1, 3, 5]),
    retentionInHours: 24,
    streamPoolId: parentId(ctx, 'StreamPool', base) ?? ctx.ocid('streampool', base.region),
    messagesEndpoint: `https://cell-1.streaming.${base.region}.oci.oraclecloud.com`,
  }), { name: 'name', dependsOn: ['StreamPool'] }),
  simple('CustomerDnsZone', 'dns-zone', 'dns', '/20180115/zones', 'getZone', 0.3, (base, ctx) => ({
    zoneType: 'PRIMARY',
    scope: 'GLOBAL',
    serial: ctx.int(1, 100),
    version: String(ctx.int(1, 100)),
    self: `https://dns.${base.region}.oraclecloud.com/20180115/zones/${base.ocid}`,
    isProtected: false,
    nameservers: [{ hostname: 'ns1.p68.dns.oraclecloud.net' }],
    externalMasters: [],
    externalDownstreams: [],
    viewId: null,
  }), { name: 'name' }),
  logAnalyticsEntity,
  simple('MediaAsset', 'mediaasset', 'mediaservices', '/20211101/mediaAssets', 'getMediaAsset', 0.2, (_base, ctx) => ({
    type: ctx.pick(['VIDEO', 'AUDIO']),
    bucketName: 'media',
    namespaceName: ctx.namespace,
    objectName: `clip-${ctx.int(1, 999)}.mp4`,
    parentMediaAssetId: null,
    masterMediaAssetId: null,
  })),
];
