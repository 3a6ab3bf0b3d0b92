// Emulated Data Science: projects, notebook sessions, jobs and job runs, models, model
// version sets and model deployments, shaped like the SDK models. Lists answer with the
// `*Summary` fields as the real API does.
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './types.js';

const LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const SERVICE = 'datascience';
const BASE = '/20190101';

/** The project a child belongs to: its parent's project, or a project nearby. */
function projectOf(ctx: GenContext, base: { region: string; compartmentId: string }): string | null {
  const fromParent = ctx.parent?.resourceType === 'DataScienceProject' ? ctx.parent.ocid : (ctx.parent?.attrs.projectId as string | null | undefined);
  return fromParent ?? parentId(ctx, 'DataScienceProject', base);
}

function creator(ctx: GenContext): string {
  const users = ctx.find('User');
  return users.length > 0 ? ctx.pick(users).ocid : ctx.ocid('user', null);
}

function subnetOf(ctx: GenContext, base: { region: string; compartmentId: string }): GeneratedResource | undefined {
  return parentOf(ctx, 'Subnet', base);
}

const project = defineEntry({
  resourceType: 'DataScienceProject',
  ocidKind: 'datascienceproject',
  service: SERVICE,
  basePath: `${BASE}/projects`,
  getOperation: 'getProject',
  list: { operation: 'listProjects' },
  weight: 0.2,
  lifecycleStates: LIVE,
  generate: (_base, ctx) => ({ description: 'emulated data science project', createdBy: creator(ctx) }),
});

const notebookSession = defineEntry({
  resourceType: 'DataScienceNotebookSession',
  ocidKind: 'datasciencenotebooksession',
  service: SERVICE,
  basePath: `${BASE}/notebookSessions`,
  getOperation: 'getNotebookSession',
  list: { operation: 'listNotebookSessions', filters: ['projectId'] },
  dependsOn: ['DataScienceProject', 'Subnet'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'timeCreated', 'displayName', 'projectId', 'createdBy', 'compartmentId', 'notebookSessionConfigurationDetails', 'notebookSessionConfigDetails', 'notebookSessionUrl', 'lifecycleState', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => {
    const config = { shape: 'VM.Standard.E4.Flex', blockStorageSizeInGBs: 100, subnetId: subnetOf(ctx, base)?.ocid ?? null, notebookSessionShapeConfigDetails: { ocpus: 2, memoryInGBs: 32 } };
    return {
      projectId: projectOf(ctx, base),
      createdBy: creator(ctx),
      notebookSessionConfigurationDetails: config,
      notebookSessionConfigDetails: config,
      notebookSessionUrl: `https://notebook.${base.region}.oci.oraclecloud.com/${ctx.int(100000, 999999)}`,
      lifecycleDetails: 'Notebook session is active',
    };
  },
});

const job = defineEntry({
  resourceType: 'DataScienceJob',
  ocidKind: 'datasciencejob',
  service: SERVICE,
  basePath: `${BASE}/jobs`,
  getOperation: 'getJob',
  list: { operation: 'listJobs', filters: ['projectId'] },
  dependsOn: ['DataScienceProject', 'Subnet', 'LogGroup'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'timeCreated', 'createdBy', 'projectId', 'compartmentId', 'displayName', 'lifecycleState', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => ({
    projectId: projectOf(ctx, base),
    createdBy: creator(ctx),
    description: 'emulated job',
    jobConfigurationDetails: { jobType: 'DEFAULT', environmentVariables: { MODEL_NAME: 'churn' }, commandLineArguments: '--epochs 10', maximumRuntimeInMinutes: 120 },
    jobInfrastructureConfigurationDetails: { jobInfrastructureType: 'STANDALONE', shapeName: 'VM.Standard.E4.Flex', subnetId: subnetOf(ctx, base)?.ocid ?? null, blockStorageSizeInGBs: 100, jobShapeConfigDetails: { ocpus: 2, memoryInGBs: 32 } },
    jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: false, logGroupId: parentId(ctx, 'LogGroup', base) },
  }),
});

const jobRun = defineEntry({
  resourceType: 'DataScienceJobRun',
  ocidKind: 'datasciencejobrun',
  service: SERVICE,
  basePath: `${BASE}/jobRuns`,
  getOperation: 'getJobRun',
  list: { operation: 'listJobRuns', filters: ['jobId'] },
  names: { time: 'timeAccepted' },
  dependsOn: ['DataScienceJob'],
  weight: 0.2,
  lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
  summaryFields: ['id', 'timeAccepted', 'timeStarted', 'timeFinished', 'createdBy', 'projectId', 'compartmentId', 'jobId', 'displayName', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => {
    const parent = ctx.parent;
    return {
      timeStarted: base.timeCreated,
      timeFinished: base.timeCreated,
      createdBy: creator(ctx),
      projectId: projectOf(ctx, base),
      jobId: parent?.ocid ?? parentId(ctx, 'DataScienceJob', base),
      jobConfigurationOverrideDetails: { jobType: 'DEFAULT', environmentVariables: {} },
      jobInfrastructureConfigurationDetails: (parent?.attrs.jobInfrastructureConfigurationDetails ?? { jobInfrastructureType: 'ME_STANDALONE', shapeName: 'VM.Standard.E4.Flex', blockStorageSizeInGBs: 100 }),
      lifecycleDetails: 'Job run succeeded',
    };
  },
});

const modelVersionSet = defineEntry({
  resourceType: 'DataScienceModelVersionSet',
  ocidKind: 'datasciencemodelversionset',
  service: SERVICE,
  basePath: `${BASE}/modelVersionSets`,
  getOperation: 'getModelVersionSet',
  list: { operation: 'listModelVersionSets', filters: ['projectId'] },
  names: { name: 'name' },
  dependsOn: ['DataScienceProject'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'compartmentId', 'projectId', 'name', 'lifecycleState', 'timeCreated', 'timeUpdated', 'createdBy', 'category', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => ({ projectId: projectOf(ctx, base), description: 'emulated model version set', timeUpdated: base.timeCreated, createdBy: creator(ctx), category: 'USER' }),
});

const model = defineEntry({
  resourceType: 'DataScienceModel',
  ocidKind: 'datasciencemodel',
  service: SERVICE,
  basePath: `${BASE}/models`,
  getOperation: 'getModel',
  list: { operation: 'listModels', filters: ['projectId'] },
  dependsOn: ['DataScienceModelVersionSet'],
  weight: 0.2,
  lifecycleStates: LIVE,
  summaryFields: ['compartmentId', 'projectId', 'id', 'displayName', 'createdBy', 'timeCreated', 'lifecycleState', 'lifecycleDetails', 'modelVersionSetId', 'modelVersionSetName', 'versionId', 'versionLabel', 'category', 'isModelByReference', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => {
    const set = ctx.parent;
    const version = ctx.int(1, 20);
    return {
      projectId: projectOf(ctx, base),
      description: 'emulated model',
      lifecycleDetails: 'Model is active',
      createdBy: creator(ctx),
      modelVersionSetId: set?.ocid ?? null,
      modelVersionSetName: set?.displayName ?? null,
      versionId: version,
      versionLabel: `v${version}`,
      category: 'USER',
      isModelByReference: false,
      retentionSetting: { archiveAfterDays: 90, customerNotificationType: 'NONE' },
      backupSetting: { isBackupEnabled: false, customerNotificationType: 'NONE' },
    };
  },
});

const modelDeployment = defineEntry({
  resourceType: 'DataScienceModelDeployment',
  ocidKind: 'datasciencemodeldeployment',
  service: SERVICE,
  basePath: `${BASE}/modelDeployments`,
  getOperation: 'getModelDeployment',
  list: { operation: 'listModelDeployments', filters: ['projectId'] },
  dependsOn: ['DataScienceModel', 'Subnet', 'LogGroup'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'timeCreated', 'displayName', 'description', 'projectId', 'createdBy', 'compartmentId', 'modelDeploymentConfigurationDetails', 'categoryLogDetails', 'modelDeploymentUrl', 'lifecycleState', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => {
    const logGroupId = parentId(ctx, 'LogGroup', base);
    return {
      description: 'emulated model deployment',
      projectId: projectOf(ctx, base),
      createdBy: creator(ctx),
      modelDeploymentConfigurationDetails: {
        deploymentType: 'SINGLE_MODEL',
        modelConfigurationDetails: {
          modelId: ctx.parent?.ocid ?? parentId(ctx, 'DataScienceModel', base),
          instanceConfiguration: { instanceShapeName: 'VM.Standard.E4.Flex', subnetId: subnetOf(ctx, base)?.ocid ?? null },
          scalingPolicy: { policyType: 'FIXED_SIZE', instanceCount: ctx.int(1, 3) },
          bandwidthMbps: 10,
        },
      },
      categoryLogDetails: logGroupId ? { access: { logGroupId, logId: ctx.ocid('log', base.region) }, predict: { logGroupId, logId: ctx.ocid('log', base.region) } } : null,
      modelDeploymentUrl: `https://modeldeployment.${base.region}.oci.customer-oci.com/${base.ocid}`,
      lifecycleDetails: 'Model deployment is active',
    };
  },
});

export const DATA_SCIENCE_CATALOG: CatalogEntry[] = [project, notebookSession, job, jobRun, modelVersionSet, model, modelDeployment];
