// Rows for DevOps (oci-devops): projects, code repositories (metadata only: never a file,
// commit, diff or archive), build pipeline stages, build runs and deploy artifacts.
import { getById, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const devops = () => import('oci-devops').then((m) => m.DevopsClient);

export const DEVOPS_ROWS: EnricherRow[] = [
  {
    resourceType: 'DevOpsProject',
    service: 'devops',
    client: devops,
    get: getById('getProject', 'projectId', 'project'),
    list: listCollection('listProjects', 'projectCollection'),
    relations: rel({ 'notificationConfig.topicId': 'NOTIFIES_TOPIC' }),
  },
  {
    // getRepository is the repository's metadata (urls, default branch, counts); the row never
    // calls the content operations (getObjectContent, getRepositoryArchiveContent, …).
    resourceType: 'DevOpsRepository',
    service: 'devops',
    client: devops,
    get: getById('getRepository', 'repositoryId', 'repository'),
    list: listCollection('listRepositories', 'repositoryCollection'),
    relations: rel({ projectId: 'IN_PROJECT', parentRepositoryId: 'CLONE_OF' }),
  },
  {
    resourceType: 'DevOpsBuildPipelineStage',
    service: 'devops',
    client: devops,
    get: getById('getBuildPipelineStage', 'buildPipelineStageId', 'buildPipelineStage'),
    list: listCollection('listBuildPipelineStages', 'buildPipelineStageCollection'),
    relations: rel({ projectId: 'IN_PROJECT', buildPipelineId: 'IN_PIPELINE' }),
  },
  {
    // Build runs pile up by the hundred: the summary carries both relation fields, so groups
    // are read by one list.
    resourceType: 'DevOpsBuildRun',
    service: 'devops',
    client: devops,
    get: getById('getBuildRun', 'buildRunId', 'buildRun'),
    list: listCollection('listBuildRuns', 'buildRunSummaryCollection'),
    relations: rel({ projectId: 'IN_PROJECT', buildPipelineId: 'RUN_OF' }),
  },
  {
    resourceType: 'DevOpsDeployArtifact',
    service: 'devops',
    client: devops,
    get: getById('getDeployArtifact', 'deployArtifactId', 'deployArtifact'),
    list: listCollection('listDeployArtifacts', 'deployArtifactCollection'),
    relations: rel({ projectId: 'IN_PROJECT', 'deployArtifactSource.repositoryId': 'FROM_REPOSITORY' }),
  },
];
