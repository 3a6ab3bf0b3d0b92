// Rows for platform services of the second wave: Functions applications spelled `App`, Access Governance, Budgets, Integration,
// Visual Builder, Digital Assistant, Network Path Analyzer, Resource Scheduler, Fleet
// Application Management, Streaming pools and Kafka Connect harnesses, API Gateway APIs.
// Read-only metadata: an API's specification content (getApiContent) is never read.
import { getById, inSubtree, listByCompartment, rel } from './build.js';
import type { EnricherRow, ListSpec } from './types.js';

const functions = () => import('oci-functions').then((m) => m.FunctionsManagementClient);
const governance = () => import('oci-accessgovernancecp').then((m) => m.AccessGovernanceCPClient);
const budget = () => import('oci-budget').then((m) => m.BudgetClient);
const integration = () => import('oci-integration').then((m) => m.IntegrationInstanceClient);
const visualBuilder = () => import('oci-visualbuilder').then((m) => m.VbInstanceClient);
const oda = () => import('oci-oda').then((m) => m.OdaClient);
const vnMonitoring = () => import('oci-vnmonitoring').then((m) => m.VnMonitoringClient);
const scheduler = () => import('oci-resourcescheduler').then((m) => m.ScheduleClient);
const famsAdmin = () => import('oci-fleetappsmanagement').then((m) => m.FleetAppsManagementAdminClient);
const streamAdmin = () => import('oci-streaming').then((m) => m.StreamAdminClient);
const apiGateway = () => import('oci-apigateway').then((m) => m.ApiGatewayClient);

/** A per-compartment list whose response is a `*Collection` holding `items`. */
function listCollection(method: string, collectionKey: string): ListSpec {
  return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}

/** Both ends of a path analysis, whichever endpoint kind each is. */
const PATH_ENDPOINT_FIELDS = ['instanceId', 'vnicId', 'subnetId', 'loadBalancerId', 'networkLoadBalancerId'];
const pathRelations = Object.fromEntries(
  PATH_ENDPOINT_FIELDS.flatMap((field) => [
    [`sourceEndpoint.${field}`, 'PATH_FROM'],
    [`destinationEndpoint.${field}`, 'PATH_TO'],
  ]),
);

export const PLATFORM_SERVICES_ROWS: EnricherRow[] = [
  {
    // Resource Search's other spelling of a Functions application (FunctionsApplication).
    resourceType: 'App',
    service: 'functions',
    client: functions,
    get: getById('getApplication', 'applicationId', 'application'),
    relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
  },
  {
    resourceType: 'AgcsGovernanceInstance',
    service: 'cp-prod.access-governance',
    client: governance,
    get: getById('getGovernanceInstance', 'governanceInstanceId', 'governanceInstance'),
    list: listCollection('listGovernanceInstances', 'governanceInstanceCollection'),
    relations: [],
  },
  {
    resourceType: 'Budget',
    service: 'usage',
    client: budget,
    get: getById('getBudget', 'budgetId', 'budget'),
    list: listByCompartment('listBudgets', { targetType: 'ALL' }),
    relations: rel({ targetCompartmentId: 'WATCHES_COMPARTMENT', targets: 'WATCHES_COMPARTMENT' }),
  },
  {
    resourceType: 'IntegrationInstance',
    service: 'integration',
    client: integration,
    get: getById('getIntegrationInstance', 'integrationInstanceId', 'integrationInstance'),
    list: listByCompartment('listIntegrationInstances'),
    relations: rel({
      'privateEndpointOutboundConnection.subnetId': 'IN_SUBNET',
      'privateEndpointOutboundConnection.nsgIds': 'IN_NSG',
      logGroupId: 'WRITES_LOG_GROUP',
      processAutomationLogGroupId: 'WRITES_LOG_GROUP',
    }),
  },
  {
    resourceType: 'VisualBuilderInstance',
    service: 'visualbuilder',
    client: visualBuilder,
    get: getById('getVbInstance', 'vbInstanceId', 'vbInstance'),
    list: listCollection('listVbInstances', 'vbInstanceSummaryCollection'),
    relations: rel({ 'networkEndpointDetails.subnetId': 'IN_SUBNET', 'networkEndpointDetails.networkSecurityGroupIds': 'IN_NSG' }),
  },
  {
    resourceType: 'OdaInstance',
    service: 'digitalassistant-api',
    client: oda,
    get: getById('getOdaInstance', 'odaInstanceId', 'odaInstance'),
    list: listByCompartment('listOdaInstances'),
    relations: [],
  },
  {
    resourceType: 'PathAnalyzerTest',
    service: 'vnca-api',
    client: vnMonitoring,
    get: getById('getPathAnalyzerTest', 'pathAnalyzerTestId', 'pathAnalyzerTest'),
    list: listCollection('listPathAnalyzerTests', 'pathAnalyzerTestCollection'),
    relations: rel(pathRelations),
  },
  {
    resourceType: 'ResourceSchedule',
    service: 'resource-scheduler',
    client: scheduler,
    get: getById('getSchedule', 'scheduleId', 'schedule'),
    list: listCollection('listSchedules', 'scheduleCollection'),
    relations: rel({ 'resources.*.id': 'SCHEDULES' }),
  },
  {
    resourceType: 'Famsplatformconfiguration',
    service: 'fams',
    client: famsAdmin,
    get: getById('getPlatformConfiguration', 'platformConfigurationId', 'platformConfiguration'),
    // compartmentIdInSubtree on any compartment: one list per region from the tenancy.
    list: inSubtree(listCollection('listPlatformConfigurations', 'platformConfigurationCollection'), 'compartmentIdInSubtree'),
    relations: [],
  },
  {
    resourceType: 'ConnectHarness',
    service: 'streaming',
    client: streamAdmin,
    get: getById('getConnectHarness', 'connectHarnessId', 'connectHarness'),
    list: listByCompartment('listConnectHarnesses'),
    relations: [],
  },
  {
    // StreamPoolSummary lacks the private endpoint and the encryption key: read by get.
    resourceType: 'StreamPool',
    service: 'streaming',
    client: streamAdmin,
    get: getById('getStreamPool', 'streamPoolId', 'streamPool'),
    relations: rel({
      'privateEndpointSettings.subnetId': 'IN_SUBNET',
      'privateEndpointSettings.nsgIds': 'IN_NSG',
      'customEncryptionKey.kmsKeyId': 'ENCRYPTED_BY_KEY',
    }),
  },
  {
    resourceType: 'ApiGatewayApi',
    service: 'apigateway',
    client: apiGateway,
    get: getById('getApi', 'apiId', 'api'),
    list: listCollection('listApis', 'apiCollection'),
    relations: [],
  },
];
