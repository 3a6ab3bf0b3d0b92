// Rows for the AI services: AI Data Platform, Language and Vision projects and models, and
// Generative AI Agents (agents, endpoints, knowledge bases, data sources, ingestion jobs).
// Only metadata: no model artefacts, documents or chat content are ever read.
import { getById, listByCompartment, rel } from './build.js';
import type { EnricherRow, ListSpec } from './types.js';

const aiDataPlatform = () => import('oci-aidataplatform').then((m) => m.AiDataPlatformClient);
const language = () => import('oci-ailanguage').then((m) => m.AIServiceLanguageClient);
const vision = () => import('oci-aivision').then((m) => m.AIServiceVisionClient);
const agents = () => import('oci-generativeaiagent').then((m) => m.GenerativeAiAgentClient);

/** A per-compartment list whose response is a `*Collection` holding `items`. */
function listCollection(method: string, collectionKey: string): ListSpec {
  return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}

export const AI_ROWS: EnricherRow[] = [
  {
    resourceType: 'AiDataPlatform',
    service: 'datalake',
    client: aiDataPlatform,
    get: getById('getAiDataPlatform', 'aiDataPlatformId', 'aiDataPlatform'),
    list: listCollection('listAiDataPlatforms', 'aiDataPlatformCollection'),
    relations: [],
  },
  {
    resourceType: 'AiLanguageProject',
    service: 'language.aiservice',
    client: language,
    get: getById('getProject', 'projectId', 'project'),
    list: listCollection('listProjects', 'projectCollection'),
    relations: [],
  },
  {
    resourceType: 'AiVisionProject',
    service: 'vision.aiservice',
    client: vision,
    get: getById('getProject', 'projectId', 'project'),
    list: listCollection('listProjects', 'projectCollection'),
    relations: [],
  },
  {
    resourceType: 'AiVisionModel',
    service: 'vision.aiservice',
    client: vision,
    get: getById('getModel', 'modelId', 'model'),
    list: listCollection('listModels', 'modelCollection'),
    relations: rel({ projectId: 'IN_PROJECT' }),
  },
  {
    resourceType: 'GenAiAgent',
    service: 'agent.generativeai',
    client: agents,
    get: getById('getAgent', 'agentId', 'agent'),
    list: listCollection('listAgents', 'agentCollection'),
    relations: rel({ knowledgeBaseIds: 'USES_KNOWLEDGE_BASE' }),
  },
  {
    resourceType: 'GenAiAgentEndpoint',
    service: 'agent.generativeai',
    client: agents,
    get: getById('getAgentEndpoint', 'agentEndpointId', 'agentEndpoint'),
    list: listCollection('listAgentEndpoints', 'agentEndpointCollection'),
    relations: rel({ agentId: 'IN_AGENT' }),
  },
  {
    // KnowledgeBaseSummary lacks indexConfig: a get per knowledge base keeps its index edges.
    resourceType: 'GenAiAgentKnowledgeBase',
    service: 'agent.generativeai',
    client: agents,
    get: getById('getKnowledgeBase', 'knowledgeBaseId', 'knowledgeBase'),
    relations: rel({ 'indexConfig.clusterId': 'USES_SEARCH_CLUSTER', 'indexConfig.databaseConnection.connectionId': 'USES_CONNECTION' }),
  },
  {
    resourceType: 'GenAiAgentDataSource',
    service: 'agent.generativeai',
    client: agents,
    get: getById('getDataSource', 'dataSourceId', 'dataSource'),
    list: listCollection('listDataSources', 'dataSourceCollection'),
    relations: rel({ knowledgeBaseId: 'IN_KNOWLEDGE_BASE' }),
  },
  {
    resourceType: 'GenAiAgentDataIngestionJob',
    service: 'agent.generativeai',
    client: agents,
    get: getById('getDataIngestionJob', 'dataIngestionJobId', 'dataIngestionJob'),
    list: listCollection('listDataIngestionJobs', 'dataIngestionJobCollection'),
    relations: rel({ dataSourceId: 'INGESTS_DATA_SOURCE' }),
  },
];
