// Emulated platform services of the second wave: Access Governance, Budgets, Integration,
// Visual Builder, Digital Assistant, Network Path Analyzer, Resource Scheduler, Fleet
// Application Management platform configurations, Streaming pools and Connect harnesses,
// API Gateway APIs. Shaped like the SDK models; lists answer as the real ones do (bare
// arrays or `*Collection`s, `*Summary` fields).
import type { JsonObject } from '../json.js';
import { defineEntry, type EntrySpec, listed, paged, parentId, parentOf, privateIp } from './service-kit.js';
import type { CatalogEntry, GenContext } from './types.js';

const LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const COMMON_SUMMARY = ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags', 'systemTags'];

function ids(...values: Array<string | null>): string[] {
  return values.filter((v): v is string => v !== null);
}

const governanceInstance = defineEntry({
  resourceType: 'AgcsGovernanceInstance',
  ocidKind: 'agcsgovernanceinstance',
  service: 'cp-prod.access-governance',
  basePath: '/20220518/governanceInstances',
  getOperation: 'getGovernanceInstance',
  list: { operation: 'listGovernanceInstances', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'description', 'licenseType', 'instanceUrl'],
  generate: (base, ctx) => ({
    description: 'emulated access governance',
    licenseType: ctx.pick(['NEW_LICENSE', 'BRING_YOUR_OWN_LICENSE']),
    tenancyNamespace: ctx.namespace,
    instanceUrl: `https://ag${ctx.int(100, 999)}.accessgovernance.${base.region}.oci.oraclecloud.com`,
    timeUpdated: base.timeCreated,
  }),
});

function budgetTarget(base: { compartmentId: string }, ctx: GenContext): string {
  const compartments = ctx.find('Compartment');
  return compartments.length > 0 ? ctx.pick(compartments).ocid : base.compartmentId;
}

const budgetSpec: EntrySpec = {
  resourceType: 'Budget',
  ocidKind: 'budget',
  service: 'usage',
  basePath: '/20190111/budgets',
  getOperation: 'getBudget',
  list: { operation: 'listBudgets' },
  weight: 0.1,
  // Budgets have no deleted state the API shows: a deleted budget is gone.
  lifecycleStates: { active: 'ACTIVE' },
  generate: (base, ctx) => {
    const byTag = ctx.rng() < 0.2;
    const target = budgetTarget(base, ctx);
    return {
      description: 'emulated budget',
      amount: ctx.pick([100, 500, 1000, 5000]),
      resetPeriod: 'MONTHLY',
      processingPeriodType: 'MONTH',
      targetType: byTag ? 'TAG' : 'COMPARTMENT',
      targets: byTag ? ['CostCenter.Project.emulated'] : [target],
      ...(byTag ? {} : { targetCompartmentId: target }),
      alertRuleCount: ctx.int(0, 3),
      version: 1,
      actualSpend: ctx.int(0, 900),
      forecastedSpend: ctx.int(0, 1200),
      timeSpendComputed: base.timeCreated,
      timeUpdated: base.timeCreated,
    };
  },
};
const budget = defineEntry(budgetSpec);
budget.rootOnly = true;
// ListBudgets returns only COMPARTMENT-targeted budgets unless asked for targetType ALL or TAG.
const budgetList = budget.routes.find((r) => r.operation === 'listBudgets');
if (budgetList) {
  budgetList.handle = (req, view) => {
    const found = listed(budgetSpec, { operation: 'listBudgets' }, req, view);
    if (!Array.isArray(found)) return found;
    const targetType = req.query.get('targetType') ?? 'COMPARTMENT';
    return paged(req, found.filter((r) => targetType === 'ALL' || r.attrs.targetType === targetType).map((r) => budget.toWire(r, view)));
  };
}

const integrationInstance = defineEntry({
  resourceType: 'IntegrationInstance',
  ocidKind: 'integrationinstance',
  service: 'integration',
  basePath: '/20190131/integrationInstances',
  getOperation: 'getIntegrationInstance',
  list: { operation: 'listIntegrationInstances' },
  dependsOn: ['Subnet', 'LogGroup'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => {
    const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
    return {
      integrationInstanceType: ctx.pick(['STANDARD', 'ENTERPRISE']),
      isByol: false,
      instanceUrl: `https://oic-${ctx.int(1000, 9999)}.integration.${base.region}.ocp.oraclecloud.com`,
      messagePacks: ctx.int(1, 4),
      isFileServerEnabled: false,
      isVisualBuilderEnabled: true,
      consumptionModel: 'UCM',
      shape: 'PRODUCTION',
      privateEndpointOutboundConnection: {
        outboundConnectionType: 'PRIVATE_ENDPOINT',
        subnetId: subnet?.ocid ?? null,
        nsgIds: ids(parentId(ctx, 'NetworkSecurityGroup', base)),
        isAllOutboundTrafficPrivate: true,
      },
      isDisasterRecoveryEnabled: false,
      dataRetentionPeriod: 'MONTHS_1',
      logGroupId: parentId(ctx, 'LogGroup', base),
      timeUpdated: base.timeCreated,
    };
  },
});

const vbInstance = defineEntry({
  resourceType: 'VisualBuilderInstance',
  ocidKind: 'visualbuilderinstance',
  service: 'visualbuilder',
  basePath: '/20210601/vbInstances',
  getOperation: 'getVbInstance',
  list: { operation: 'listVbInstances', collection: true },
  dependsOn: ['Subnet'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'stateMessage', 'instanceUrl', 'nodeCount', 'isVisualBuilderEnabled', 'customEndpoint', 'alternateCustomEndpoints', 'consumptionModel', 'networkEndpointDetails'],
  generate: (base, ctx) => ({
    instanceUrl: `https://vb-${ctx.int(1000, 9999)}.builder.${base.region}.ocp.oraclecloud.com`,
    nodeCount: 1,
    isVisualBuilderEnabled: true,
    consumptionModel: 'UCM',
    networkEndpointDetails: {
      networkEndpointType: 'PRIVATE',
      subnetId: ctx.parent?.ocid ?? parentId(ctx, 'Subnet', base),
      networkSecurityGroupIds: ids(parentId(ctx, 'NetworkSecurityGroup', base)),
      privateEndpointIp: privateIp(ctx),
    },
    timeUpdated: base.timeCreated,
  }),
});

const odaInstance = defineEntry({
  resourceType: 'OdaInstance',
  ocidKind: 'odainstance',
  service: 'digitalassistant-api',
  basePath: '/20190506/odaInstances',
  getOperation: 'getOdaInstance',
  list: { operation: 'listOdaInstances' },
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'displayName', 'description', 'compartmentId', 'shapeName', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleSubState', 'stateMessage', 'freeformTags', 'definedTags', 'isRoleBasedAccess', 'identityDomain', 'importedPackageNames', 'attachmentTypes'],
  generate: (base, ctx) => {
    const host = `oda-${ctx.int(10000, 99999)}.data.digitalassistant.oci.oraclecloud.com`;
    return {
      description: 'emulated digital assistant',
      shapeName: ctx.pick(['DEVELOPMENT', 'PRODUCTION']),
      webAppUrl: `https://${host}/`,
      connectorUrl: `https://${host}/connectors/v2`,
      lifecycleSubState: 'ACTIVE',
      isRoleBasedAccess: true,
      identityDomain: 'Default',
      importedPackageNames: [],
      attachmentTypes: [],
      timeUpdated: base.timeCreated,
    };
  },
});

const pathAnalyzerTest = defineEntry({
  resourceType: 'PathAnalyzerTest',
  ocidKind: 'pathanalyzertest',
  service: 'vnca-api',
  basePath: '/20160918/pathAnalyzerTests',
  getOperation: 'getPathAnalyzerTest',
  list: { operation: 'listPathAnalyzerTests', collection: true },
  dependsOn: ['Instance', 'Subnet', 'Vnic'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => ({
    protocol: 6,
    sourceEndpoint: { type: 'COMPUTE_INSTANCE', address: privateIp(ctx), instanceId: ctx.parent?.ocid ?? parentId(ctx, 'Instance', base), vnicId: parentId(ctx, 'Vnic', base) },
    destinationEndpoint: { type: 'SUBNET', address: privateIp(ctx), subnetId: parentId(ctx, 'Subnet', base) },
    protocolParameters: { type: 'TCP', destinationPort: ctx.pick([22, 443, 1521]) },
    queryOptions: { isBiDirectionalAnalysis: false },
    timeUpdated: base.timeCreated,
  }),
});

const schedule = defineEntry({
  resourceType: 'ResourceSchedule',
  ocidKind: 'resourceschedule',
  service: 'resource-scheduler',
  basePath: '/20240430/schedules',
  getOperation: 'getSchedule',
  list: { operation: 'listSchedules', collection: true },
  dependsOn: ['Instance'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => ({
    description: 'emulated schedule',
    action: ctx.pick(['START_RESOURCE', 'STOP_RESOURCE']),
    recurrenceDetails: 'FREQ=DAILY;BYHOUR=19;BYMINUTE=0',
    recurrenceType: 'ICAL',
    resources: ids(ctx.parent?.ocid ?? parentId(ctx, 'Instance', base)).map((id) => ({ id })),
    timeStarts: base.timeCreated,
    localTimeZone: 'UTC',
    timeUpdated: base.timeCreated,
    lastRunStatus: 'SUCCEEDED',
  }),
});

const platformConfiguration = defineEntry({
  resourceType: 'Famsplatformconfiguration',
  ocidKind: 'famsplatformconfiguration',
  service: 'fams',
  basePath: '/20250228/platformConfigurations',
  getOperation: 'getPlatformConfiguration',
  // compartmentIdInSubtree from any compartment (the compartment and its descendants).
  list: { operation: 'listPlatformConfigurations', collection: true, subtree: { param: 'compartmentIdInSubtree' } },
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => ({
    description: 'emulated platform configuration',
    resourceRegion: base.region,
    type: 'USER_DEFINED',
    configCategoryDetails: ctx.pick<JsonObject>([
      { configCategory: 'ENVIRONMENT' },
      { configCategory: 'PRODUCT', versions: ['19c', '21c'], isSoftlink: false },
    ]),
    timeUpdated: base.timeCreated,
  }),
});

const connectHarness = defineEntry({
  resourceType: 'ConnectHarness',
  ocidKind: 'connectharness',
  service: 'streaming',
  basePath: '/20180418/connectharnesses',
  getOperation: 'getConnectHarness',
  list: { operation: 'listConnectHarnesses' },
  names: { name: 'name' },
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: () => ({}),
});

const streamPool = defineEntry({
  resourceType: 'StreamPool',
  ocidKind: 'streampool',
  service: 'streaming',
  basePath: '/20180418/streampools',
  getOperation: 'getStreamPool',
  list: { operation: 'listStreamPools' },
  names: { name: 'name' },
  dependsOn: ['Subnet'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'compartmentId', 'name', 'lifecycleState', 'timeCreated', 'isPrivate', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => {
    const isPrivate = ctx.rng() < 0.5;
    return {
      kafkaSettings: { bootstrapServers: `cell-1.streaming.${base.region}.oci.oraclecloud.com:9092`, autoCreateTopicsEnable: false, logRetentionHours: 24, numPartitions: 1 },
      customEncryptionKey: { kmsKeyId: parentId(ctx, 'Key', base), keyState: 'ACTIVE' },
      isPrivate,
      endpointFqdn: `cell-1.streaming.${base.region}.oci.oraclecloud.com`,
      ...(isPrivate
        ? { privateEndpointSettings: { subnetId: ctx.parent?.ocid ?? parentId(ctx, 'Subnet', base), privateEndpointIp: privateIp(ctx), nsgIds: ids(parentId(ctx, 'NetworkSecurityGroup', base)) } }
        : {}),
    };
  },
});

const api = defineEntry({
  resourceType: 'ApiGatewayApi',
  ocidKind: 'apigatewayapi',
  service: 'apigateway',
  basePath: '/20190501/apis',
  getOperation: 'getApi',
  list: { operation: 'listApis', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base) => ({ specificationType: 'OPENAPI', validationResults: [{ name: 'OpenAPI', result: 'OK' }], locks: [], timeUpdated: base.timeCreated }),
});

export const PLATFORM_SERVICES_CATALOG: CatalogEntry[] = [governanceInstance, budget, integrationInstance, vbInstance, odaInstance, pathAnalyzerTest, schedule, platformConfiguration, connectHarness, streamPool, api];
