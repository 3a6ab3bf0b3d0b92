// Emulated DevOps (endpoint `devops`, API 20210630): projects, code repositories (metadata
// only), build pipeline stages, build runs and deploy artifacts. Lists return `*Collection`s.
import type { JsonObject } from '../json.js';
import { firstOrChance } from './first-of-kind.js';
import { defineEntry, parentId } from './service-kit.js';
import type { CatalogEntry, GenContext } from './types.js';

const SERVICE = 'devops';
const V = '/20210630';

/** The project a child hangs from: the one it was placed under, else any near it. */
function projectOf(ctx: GenContext, base: { region: string; compartmentId: string }): string | null {
  return ctx.parent?.resourceType === 'DevOpsProject' ? ctx.parent.ocid : parentId(ctx, 'DevOpsProject', base);
}

/** Build pipelines are not inventoried here: one per project, its ocid derived from the project's. */
function pipelineOf(projectId: string | null, region: string, ctx: GenContext): string {
  return projectId ? projectId.replace('ocid1.devopsproject.', 'ocid1.devopsbuildpipeline.') : ctx.ocid('devopsbuildpipeline', region);
}

function projectName(ctx: GenContext, projectId: string | null): string {
  const project = projectId ? ctx.find('DevOpsProject').find((p) => p.ocid === projectId) : undefined;
  return project?.displayName ?? 'project';
}

const project = defineEntry({
  resourceType: 'DevOpsProject',
  ocidKind: 'devopsproject',
  service: SERVICE,
  basePath: `${V}/projects`,
  getOperation: 'getProject',
  list: { operation: 'listProjects', collection: true },
  names: { name: 'name' },
  dependsOn: ['OnsTopic'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    description: 'emulated DevOps project',
    namespace: ctx.namespace,
    notificationConfig: { topicId: ctx.parent?.ocid ?? parentId(ctx, 'OnsTopic', base) ?? ctx.ocid('onstopic', base.region) },
    timeUpdated: base.timeCreated,
  }),
});

const repository = defineEntry({
  resourceType: 'DevOpsRepository',
  ocidKind: 'devopsrepository',
  service: SERVICE,
  basePath: `${V}/repositories`,
  getOperation: 'getRepository',
  list: { operation: 'listRepositories', collection: true, filters: ['projectId'] },
  names: { name: 'name' },
  dependsOn: ['DevOpsProject'],
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'name', 'compartmentId', 'projectId', 'parentRepositoryId', 'namespace', 'projectName', 'description', 'defaultBranch', 'repositoryType', 'sshUrl', 'httpUrl', 'mirrorRepositoryConfig', 'timeCreated', 'timeUpdated', 'lifecycleState', 'freeformTags', 'definedTags'],
  generate(base, ctx) {
    const projectId = projectOf(ctx, base);
    // Now and then a fork of a repository already there.
    const existing = ctx.find('DevOpsRepository', { region: base.region });
    const forks = existing.every((r) => r.attrs.parentRepositoryId === null) || ctx.rng() < 0.2 ? existing : [];
    const slug = `repo-${ctx.int(1, 9999)}`;
    return {
      projectId,
      projectName: projectName(ctx, projectId),
      parentRepositoryId: forks.length > 0 ? ctx.pick(forks).ocid : null,
      namespace: ctx.namespace,
      description: 'emulated code repository',
      defaultBranch: 'refs/heads/main',
      repositoryType: 'HOSTED',
      sshUrl: `ssh://devops.scmservice.${base.region}.oci.oraclecloud.com/namespaces/${ctx.namespace}/projects/p/repositories/${slug}`,
      httpUrl: `https://devops.scmservice.${base.region}.oci.oraclecloud.com/namespaces/${ctx.namespace}/projects/p/repositories/${slug}`,
      timeUpdated: base.timeCreated,
      branchCount: ctx.int(1, 12),
      commitCount: ctx.int(1, 4000),
      sizeInBytes: ctx.int(10_000, 90_000_000),
    };
  },
});

const stage = defineEntry({
  resourceType: 'DevOpsBuildPipelineStage',
  ocidKind: 'devopsbuildpipelinestage',
  service: SERVICE,
  basePath: `${V}/buildPipelineStages`,
  getOperation: 'getBuildPipelineStage',
  list: { operation: 'listBuildPipelineStages', collection: true, filters: ['buildPipelineId'] },
  dependsOn: ['DevOpsProject'],
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const projectId = projectOf(ctx, base);
    return {
      description: 'emulated wait stage',
      projectId,
      buildPipelineId: pipelineOf(projectId, base.region, ctx),
      timeUpdated: base.timeCreated,
      buildPipelineStagePredecessorCollection: { items: [] },
      buildPipelineStageType: 'WAIT',
      waitCriteria: { waitType: 'ABSOLUTE_WAIT', waitDuration: `PT${ctx.int(1, 30)}M` },
    };
  },
});

const buildRun = defineEntry({
  resourceType: 'DevOpsBuildRun',
  ocidKind: 'devopsbuildrun',
  service: SERVICE,
  basePath: `${V}/buildRuns`,
  getOperation: 'getBuildRun',
  list: { operation: 'listBuildRuns', collection: true, filters: ['buildPipelineId', 'projectId'] },
  dependsOn: ['DevOpsProject'],
  weight: 0.6,
  lifecycleStates: { active: 'SUCCEEDED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'projectId', 'buildPipelineId', 'buildRunSource', 'buildRunArguments', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'commitInfo', 'freeformTags', 'definedTags'],
  generate(base, ctx) {
    const projectId = projectOf(ctx, base);
    const finished = new Date(Date.parse(base.timeCreated) + ctx.int(60, 1800) * 1000).toISOString();
    return {
      projectId,
      buildPipelineId: pipelineOf(projectId, base.region, ctx),
      buildRunSource: { sourceType: 'MANUAL' },
      buildRunArguments: { items: [] },
      timeUpdated: finished,
      buildRunProgress: { timeStarted: base.timeCreated, timeFinished: finished },
      commitInfo: { repositoryUrl: 'https://example.invalid/repo.git', repositoryBranch: 'main', commitHash: ctx.ocid('x', null).slice(-40) },
    };
  },
});

const deployArtifact = defineEntry({
  resourceType: 'DevOpsDeployArtifact',
  ocidKind: 'devopsdeployartifact',
  service: SERVICE,
  basePath: `${V}/deployArtifacts`,
  getOperation: 'getDeployArtifact',
  list: { operation: 'listDeployArtifacts', collection: true, filters: ['projectId'] },
  dependsOn: ['DevOpsProject'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const projectId = projectOf(ctx, base);
    const generic = firstOrChance(ctx, 'DevOpsDeployArtifact', base.region, 0.5);
    const deployArtifactSource: JsonObject = generic
      ? { deployArtifactSourceType: 'GENERIC_ARTIFACT', repositoryId: ctx.ocid('artifactrepository', base.region), deployArtifactPath: 'app/config.yaml', deployArtifactVersion: `1.${ctx.int(0, 40)}.0` }
      : { deployArtifactSourceType: 'OCIR', imageUri: `${base.region}.ocir.io/${ctx.namespace}/app:1.${ctx.int(0, 40)}` };
    return {
      description: 'emulated deploy artifact',
      projectId,
      deployArtifactType: generic ? 'GENERIC_FILE' : 'DOCKER_IMAGE',
      argumentSubstitutionMode: 'NONE',
      deployArtifactSource,
      timeUpdated: base.timeCreated,
    };
  },
});

export const DEVOPS_CATALOG: CatalogEntry[] = [project, repository, stage, buildRun, deployArtifact];
