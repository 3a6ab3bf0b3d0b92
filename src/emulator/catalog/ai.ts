// Emulated AI services: AI Data Platform, Language and Vision projects and models, and
// Generative AI Agents. Metadata only, shaped like the SDK models; list routes answer with
// the `*Summary` fields inside a `*Collection`, as the real APIs do.
import { defineEntry, parentId } from './service-kit.js';
import type { JsonObject } from '../json.js';
import type { CatalogEntry } from './types.js';

const LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const COMMON_SUMMARY = ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags', 'systemTags'];

const aiDataPlatform = defineEntry({
  resourceType: 'AiDataPlatform',
  ocidKind: 'aidataplatform',
  service: 'datalake',
  basePath: '/20240831/aiDataPlatforms',
  getOperation: 'getAiDataPlatform',
  list: { operation: 'listAiDataPlatforms', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'aiDataPlatformType', 'createdBy', 'aliasKey', 'aiFeatureStatus'],
  generate: (base, ctx) => ({
    aiDataPlatformType: 'STANDARD',
    createdBy: ctx.ocid('user', null),
    aliasKey: `adp${ctx.int(100, 999)}`,
    webSocketEndpoint: `wss://datalake.${base.region}.oci.oraclecloud.com/ws/${ctx.int(1000, 9999)}`,
    aiFeatureStatus: ctx.pick(['DISABLED', 'READY']),
    timeUpdated: base.timeCreated,
  }),
});

const languageProject = defineEntry({
  resourceType: 'AiLanguageProject',
  ocidKind: 'ailanguageproject',
  service: 'language.aiservice',
  basePath: '/20221001/projects',
  getOperation: 'getProject',
  list: { operation: 'listProjects', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base) => ({ description: 'emulated language project', timeUpdated: base.timeCreated }),
});

const visionProject = defineEntry({
  resourceType: 'AiVisionProject',
  ocidKind: 'aivisionproject',
  service: 'vision.aiservice',
  basePath: '/20220125/projects',
  getOperation: 'getProject',
  list: { operation: 'listProjects', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  // ProjectSummary has no description.
  summaryFields: COMMON_SUMMARY,
  generate: (base) => ({ description: 'emulated vision project', timeUpdated: base.timeCreated }),
});

const visionModel = defineEntry({
  resourceType: 'AiVisionModel',
  ocidKind: 'aivisionmodel',
  service: 'vision.aiservice',
  basePath: '/20220125/models',
  getOperation: 'getModel',
  list: { operation: 'listModels', collection: true, filters: ['projectId'] },
  dependsOn: ['AiVisionProject'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'description', 'modelType', 'modelVersion', 'projectId', 'precision', 'trainingDataset', 'testingDataset', 'validationDataset'],
  generate: (base, ctx) => ({
    description: 'emulated vision model',
    modelType: ctx.pick(['IMAGE_CLASSIFICATION', 'OBJECT_DETECTION']),
    isQuickMode: true,
    maxTrainingDurationInHours: 24,
    trainedDurationInHours: ctx.int(1, 24),
    trainingDataset: { datasetType: 'OBJECT_STORAGE', namespaceName: ctx.namespace, bucketName: 'vision-training', objectName: `labels-${ctx.int(1, 99)}.jsonl` },
    modelVersion: `1.${ctx.int(0, 9)}`,
    projectId: ctx.parent?.ocid ?? parentId(ctx, 'AiVisionProject', base),
    precision: 0.9,
    recall: 0.88,
    averagePrecision: 0.89,
    confidenceThreshold: 0.5,
    totalImageCount: ctx.int(100, 5000),
    testImageCount: ctx.int(10, 500),
    timeUpdated: base.timeCreated,
  }),
});

const knowledgeBase = defineEntry({
  resourceType: 'GenAiAgentKnowledgeBase',
  ocidKind: 'genaiagentknowledgebase',
  service: 'agent.generativeai',
  basePath: '/20240531/knowledgeBases',
  getOperation: 'getKnowledgeBase',
  list: { operation: 'listKnowledgeBases', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'description'],
  generate: (base, ctx) => ({
    description: 'emulated knowledge base',
    indexConfig: ctx.pick<JsonObject>([
      { indexConfigType: 'DEFAULT_INDEX_CONFIG', shouldEnableHybridSearch: false },
      {
        indexConfigType: 'OCI_DATABASE_CONFIG',
        databaseConnection: { connectionType: 'DATABASE_TOOL_CONNECTION', connectionId: ctx.ocid('databasetoolsconnection', base.region) },
        databaseFunctions: [{ name: 'retrieval_func' }],
      },
    ]),
    knowledgeBaseStatistics: { sizeInBytes: ctx.int(1_000, 50_000_000), totalIngestedFiles: ctx.int(1, 500) },
    timeUpdated: base.timeCreated,
  }),
});

const agent = defineEntry({
  resourceType: 'GenAiAgent',
  ocidKind: 'genaiagent',
  service: 'agent.generativeai',
  basePath: '/20240531/agents',
  getOperation: 'getAgent',
  list: { operation: 'listAgents', collection: true },
  dependsOn: ['GenAiAgentKnowledgeBase'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => ({
    description: 'emulated agent',
    knowledgeBaseIds: [ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentKnowledgeBase', base)].filter((id): id is string => id !== null),
    welcomeMessage: 'Hello! How can I help?',
    llmConfig: { runtimeVersion: '1.0' },
    timeUpdated: base.timeCreated,
  }),
});

const agentEndpoint = defineEntry({
  resourceType: 'GenAiAgentEndpoint',
  ocidKind: 'genaiagentendpoint',
  service: 'agent.generativeai',
  basePath: '/20240531/agentEndpoints',
  getOperation: 'getAgentEndpoint',
  list: { operation: 'listAgentEndpoints', collection: true, filters: ['agentId'] },
  dependsOn: ['GenAiAgent'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => ({
    description: 'emulated agent endpoint',
    agentId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgent', base),
    shouldEnableTrace: false,
    shouldEnableCitation: true,
    shouldEnableSession: true,
    sessionConfig: { idleTimeoutInSeconds: 3600 },
    timeUpdated: base.timeCreated,
  }),
});

const dataSource = defineEntry({
  resourceType: 'GenAiAgentDataSource',
  ocidKind: 'genaiagentdatasource',
  service: 'agent.generativeai',
  basePath: '/20240531/dataSources',
  getOperation: 'getDataSource',
  list: { operation: 'listDataSources', collection: true, filters: ['knowledgeBaseId'] },
  dependsOn: ['GenAiAgentKnowledgeBase'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: [...COMMON_SUMMARY, 'description', 'knowledgeBaseId'],
  generate: (base, ctx) => ({
    description: 'emulated data source',
    knowledgeBaseId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentKnowledgeBase', base),
    dataSourceConfig: {
      dataSourceConfigType: 'OCI_OBJECT_STORAGE',
      shouldEnableMultiModality: false,
      objectStoragePrefixes: [{ namespaceName: ctx.namespace, bucketName: 'agent-docs', prefix: `kb${ctx.int(1, 99)}/` }],
    },
    timeUpdated: base.timeCreated,
  }),
});

const ingestionJob = defineEntry({
  resourceType: 'GenAiAgentDataIngestionJob',
  ocidKind: 'genaiagentdataingestionjob',
  service: 'agent.generativeai',
  basePath: '/20240531/dataIngestionJobs',
  getOperation: 'getDataIngestionJob',
  list: { operation: 'listDataIngestionJobs', collection: true, filters: ['dataSourceId'] },
  dependsOn: ['GenAiAgentDataSource'],
  weight: 0.1,
  lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
  summaryFields: [...COMMON_SUMMARY, 'description', 'dataSourceId', 'dataIngestionJobType', 'dataIngestionJobStatistics'],
  generate: (base, ctx) => ({
    description: 'emulated ingestion',
    dataSourceId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentDataSource', base),
    knowledgeBaseId: (ctx.parent?.attrs.knowledgeBaseId as string | null | undefined) ?? null,
    dataIngestionJobType: { type: 'INGESTION' },
    dataIngestionJobStatistics: { numberOfFailedFiles: 0, numberOfIngestedFiles: ctx.int(1, 200), numberOfIgnoredFiles: 0, durationInSeconds: ctx.int(10, 3600) },
    timeUpdated: base.timeCreated,
  }),
});

export const AI_CATALOG: CatalogEntry[] = [aiDataPlatform, languageProject, visionProject, visionModel, knowledgeBase, agent, agentEndpoint, dataSource, ingestionJob];
