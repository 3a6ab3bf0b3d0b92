// Rows for Data Science: projects, notebook sessions, jobs and job runs, models, model version
// sets and model deployments. Metadata only: no model artefacts, notebooks or job logs.
import { getById, listByCompartment, rel } from './build.js';
import type { EnricherRow } from './types.js';

const dataScience = () => import('oci-datascience').then((m) => m.DataScienceClient);

const MODEL_CONFIG = 'modelDeploymentConfigurationDetails.modelConfigurationDetails';

export const DATA_SCIENCE_ROWS: EnricherRow[] = [
  {
    resourceType: 'DataScienceProject',
    service: 'datascience',
    client: dataScience,
    get: getById('getProject', 'projectId', 'project'),
    list: listByCompartment('listProjects'),
    relations: [],
  },
  {
    resourceType: 'DataScienceNotebookSession',
    service: 'datascience',
    client: dataScience,
    get: getById('getNotebookSession', 'notebookSessionId', 'notebookSession'),
    list: listByCompartment('listNotebookSessions'),
    relations: rel({ projectId: 'IN_PROJECT', 'notebookSessionConfigurationDetails.subnetId': 'IN_SUBNET', 'notebookSessionConfigDetails.subnetId': 'IN_SUBNET' }),
  },
  {
    // JobSummary lacks the infrastructure (subnet) and log configuration: read by get.
    resourceType: 'DataScienceJob',
    service: 'datascience',
    client: dataScience,
    get: getById('getJob', 'jobId', 'job'),
    relations: rel({ projectId: 'IN_PROJECT', 'jobInfrastructureConfigurationDetails.subnetId': 'IN_SUBNET', 'jobLogConfigurationDetails.logGroupId': 'WRITES_LOG_GROUP' }),
  },
  {
    resourceType: 'DataScienceJobRun',
    service: 'datascience',
    client: dataScience,
    get: getById('getJobRun', 'jobRunId', 'jobRun'),
    list: listByCompartment('listJobRuns'),
    relations: rel({ jobId: 'RUN_OF', projectId: 'IN_PROJECT' }),
  },
  {
    resourceType: 'DataScienceModel',
    service: 'datascience',
    client: dataScience,
    get: getById('getModel', 'modelId', 'model'),
    list: listByCompartment('listModels'),
    relations: rel({ projectId: 'IN_PROJECT', modelVersionSetId: 'IN_MODEL_VERSION_SET' }),
  },
  {
    resourceType: 'DataScienceModelVersionSet',
    service: 'datascience',
    client: dataScience,
    get: getById('getModelVersionSet', 'modelVersionSetId', 'modelVersionSet'),
    list: listByCompartment('listModelVersionSets'),
    relations: rel({ projectId: 'IN_PROJECT' }),
  },
  {
    resourceType: 'DataScienceModelDeployment',
    service: 'datascience',
    client: dataScience,
    get: getById('getModelDeployment', 'modelDeploymentId', 'modelDeployment'),
    list: listByCompartment('listModelDeployments'),
    relations: rel({
      projectId: 'IN_PROJECT',
      [`${MODEL_CONFIG}.modelId`]: 'DEPLOYS_MODEL',
      [`${MODEL_CONFIG}.instanceConfiguration.subnetId`]: 'IN_SUBNET',
      'categoryLogDetails.access.logGroupId': 'WRITES_LOG_GROUP',
      'categoryLogDetails.predict.logGroupId': 'WRITES_LOG_GROUP',
    }),
  },
];
