// Emulated Data Flow (applications, runs), Data Integration workspaces, Data Labeling
// datasets and Analytics Cloud instances.
import type { JsonObject } from '../json.js';
import { firstInRegion, firstOrChance, nsgOfVcn } from './first-of-kind.js';
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry, GenContext } from './types.js';

const TAGS = ['freeformTags', 'definedTags'];

/** A subnet near the resource and its VCN. */
function network(ctx: GenContext, base: { region: string; compartmentId: string }): { vcnId: string | null; subnetId: string | null } {
  const subnet = ctx.parent?.resourceType === 'Subnet' ? ctx.parent : parentOf(ctx, 'Subnet', base);
  return { vcnId: typeof subnet?.attrs.vcnId === 'string' ? subnet.attrs.vcnId : null, subnetId: subnet?.ocid ?? null };
}

const dataFlowApplication = defineEntry({
  resourceType: 'DataFlowApplication',
  ocidKind: 'dataflowapplication',
  service: 'dataflow',
  basePath: '/20200129/applications',
  getOperation: 'getApplication',
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const first = firstInRegion(ctx, 'DataFlowApplication', base.region);
    const isPrivate = first || ctx.rng() < 0.4;
    return {
      description: 'emulated Spark application',
      driverShape: 'VM.Standard.E4.Flex',
      driverShapeConfig: { ocpus: 1, memoryInGBs: 16 },
      executorShape: 'VM.Standard.E4.Flex',
      executorShapeConfig: { ocpus: 2, memoryInGBs: 32 },
      fileUri: `oci://dataflow-apps@${ctx.namespace}/etl-${ctx.int(1, 99)}.py`,
      language: 'PYTHON',
      numExecutors: ctx.int(1, 8),
      ownerPrincipalId: ctx.ocid('user', null),
      ownerUserName: 'data-engineer@example.com',
      arguments: [],
      parameters: [],
      sparkVersion: '3.2.1',
      timeUpdated: base.timeCreated,
      type: 'BATCH',
      logsBucketUri: `oci://dataflow-logs@${ctx.namespace}/`,
      privateEndpointId: isPrivate ? ctx.ocid('dataflowprivateendpoint', base.region) : null,
      poolId: first || ctx.rng() < 0.3 ? ctx.ocid('dataflowpool', base.region) : null,
    };
  },
});

const dataFlowRun = defineEntry({
  resourceType: 'DataFlowRun',
  ocidKind: 'dataflowrun',
  service: 'dataflow',
  basePath: '/20200129/runs',
  getOperation: 'getRun',
  list: { operation: 'listRuns', filters: ['applicationId'] },
  dependsOn: ['DataFlowApplication'],
  weight: 0.6,
  lifecycleStates: { active: 'SUCCEEDED' },
  summaryFields: ['applicationId', 'compartmentId', 'dataReadInBytes', 'dataWrittenInBytes', 'displayName', 'id', 'language', 'lifecycleDetails', 'lifecycleState', 'ownerPrincipalId', 'ownerUserName', 'poolId', 'runDurationInMilliseconds', 'totalOCpu', 'timeCreated', 'timeUpdated', 'type', ...TAGS],
  generate(base, ctx) {
    const app = ctx.parent?.resourceType === 'DataFlowApplication' ? ctx.parent : parentOf(ctx, 'DataFlowApplication', base);
    // A run takes its application's pool, or one of its own (a pool can be set per run).
    const ownPool = firstOrChance(ctx, 'DataFlowRun', base.region, 0.3) ? ctx.ocid('dataflowpool', base.region) : null;
    const a = app?.attrs ?? {};
    const duration = ctx.int(30, 3600) * 1000;
    return {
      applicationId: app?.ocid ?? null,
      driverShape: a.driverShape ?? 'VM.Standard.E4.Flex',
      executorShape: a.executorShape ?? 'VM.Standard.E4.Flex',
      fileUri: a.fileUri ?? `oci://dataflow-apps@${ctx.namespace}/etl.py`,
      language: a.language ?? 'PYTHON',
      numExecutors: a.numExecutors ?? 2,
      sparkVersion: a.sparkVersion ?? '3.2.1',
      type: 'BATCH',
      arguments: [],
      parameters: [],
      ownerPrincipalId: a.ownerPrincipalId ?? ctx.ocid('user', null),
      ownerUserName: 'data-engineer@example.com',
      poolId: a.poolId ?? ownPool,
      privateEndpointId: a.privateEndpointId ?? null,
      dataReadInBytes: ctx.int(0, 5_000_000_000),
      dataWrittenInBytes: ctx.int(0, 1_000_000_000),
      runDurationInMilliseconds: duration,
      totalOCpu: 3,
      lifecycleDetails: 'Run completed',
      timeUpdated: new Date(Date.parse(base.timeCreated) + duration).toISOString(),
    };
  },
});

const workspace = defineEntry({
  resourceType: 'DISWorkspace',
  ocidKind: 'disworkspace',
  service: 'dataintegration',
  basePath: '/20200430/workspaces',
  getOperation: 'getWorkspace',
  dependsOn: ['Subnet'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const isPrivate = firstOrChance(ctx, 'DISWorkspace', base.region, 0.6);
    return {
      description: 'emulated Data Integration workspace',
      isPrivateNetworkEnabled: isPrivate,
      ...(isPrivate ? network(ctx, base) : {}),
      timeUpdated: base.timeCreated,
      stateMessage: '',
    };
  },
});

const dataset = defineEntry({
  resourceType: 'DataLabelingDataset',
  ocidKind: 'datalabelingdataset',
  service: 'datalabeling-cp',
  basePath: '/20211001/datasets',
  getOperation: 'getDataset',
  list: { operation: 'listDatasets', collection: true },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'annotationFormat', 'datasetFormatDetails', ...TAGS],
  generate: (base, ctx) => ({
    description: 'emulated labeling dataset',
    timeUpdated: base.timeCreated,
    annotationFormat: 'BOUNDING_BOX',
    datasetSourceDetails: { sourceType: 'OBJECT_STORAGE', namespace: ctx.namespace, bucket: 'labeling-images', prefix: `set-${ctx.int(1, 99)}/` },
    datasetFormatDetails: { formatType: 'IMAGE' },
    labelSet: { items: [{ name: 'defect' }, { name: 'ok' }] },
  }),
});

const analyticsInstance = defineEntry({
  resourceType: 'AnalyticsInstance',
  ocidKind: 'analyticsinstance',
  service: 'analytics',
  basePath: '/20190331/analyticsInstances',
  getOperation: 'getAnalyticsInstance',
  names: { name: 'name' },
  dependsOn: ['Subnet', 'Key'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const first = firstInRegion(ctx, 'AnalyticsInstance', base.region);
    const isPrivate = first || ctx.rng() < 0.6;
    const { vcnId, subnetId } = network(ctx, base);
    const networkEndpointDetails: JsonObject =
      isPrivate && vcnId && subnetId
        ? { networkEndpointType: 'PRIVATE', vcnId, subnetId, networkSecurityGroupIds: nsgOfVcn(ctx, base.region, vcnId) }
        : { networkEndpointType: 'PUBLIC', whitelistedIps: ['203.0.113.0/24'] };
    return {
      description: 'emulated Analytics Cloud instance',
      featureSet: 'ENTERPRISE_ANALYTICS',
      capacity: { capacityType: 'OLPU_COUNT', capacityValue: ctx.pick([2, 4, 8]) },
      licenseType: 'LICENSE_INCLUDED',
      emailNotification: 'analytics-admins@example.com',
      networkEndpointDetails,
      serviceUrl: `https://oac${ctx.int(1, 9999)}-${ctx.namespace}.analytics.ocp.oraclecloud.com`,
      kmsKeyId: first || ctx.rng() < 0.3 ? parentId(ctx, 'Key', base) : null,
      timeUpdated: base.timeCreated,
    };
  },
});

export const ANALYTICS_CATALOG: CatalogEntry[] = [dataFlowApplication, dataFlowRun, workspace, dataset, analyticsInstance];
