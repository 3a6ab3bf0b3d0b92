// Emulated Resource Manager (endpoint `resourcemanager`, API 20180917) other than stacks
// (resource-manager-stack.ts): configuration source providers, jobs, private endpoints and
// templates. Metadata only: no job logs, state or configuration content routes.
import type { JsonObject } from '../json.js';
import { firstOrChance, nsgOfVcn } from './first-of-kind.js';
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const SERVICE = 'resourcemanager';
const V = '/20180917';
const TAGS = ['freeformTags', 'definedTags'];

const privateEndpoint = defineEntry({
  resourceType: 'OrmPrivateEndpoint',
  ocidKind: 'ormprivateendpoint',
  service: SERVICE,
  basePath: `${V}/privateEndpoints`,
  getOperation: 'getPrivateEndpoint',
  list: { operation: 'listPrivateEndpoints', collection: true, filters: ['vcnId'] },
  dependsOn: ['Subnet'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'vcnId', 'isUsedWithConfigurationSourceProvider', 'dnsZones', 'timeCreated', 'lifecycleState', ...TAGS],
  generate(base, ctx) {
    const subnet = ctx.parent?.resourceType === 'Subnet' ? ctx.parent : parentOf(ctx, 'Subnet', base);
    const vcnId = typeof subnet?.attrs.vcnId === 'string' ? subnet.attrs.vcnId : parentId(ctx, 'Vcn', base);
    return {
      description: 'emulated Resource Manager private endpoint',
      vcnId,
      subnetId: subnet?.ocid ?? null,
      sourceIps: [],
      nsgIdList: firstOrChance(ctx, 'OrmPrivateEndpoint', base.region, 0.5) ? nsgOfVcn(ctx, base.region, vcnId) : [],
      isUsedWithConfigurationSourceProvider: ctx.rng() < 0.5,
      dnsZones: ['example.internal'],
    };
  },
});

const configSourceProvider = defineEntry({
  resourceType: 'OrmConfigSourceProvider',
  ocidKind: 'ormconfigsourceprovider',
  service: SERVICE,
  basePath: `${V}/configurationSourceProviders`,
  getOperation: 'getConfigurationSourceProvider',
  list: { operation: 'listConfigurationSourceProviders', collection: true },
  dependsOn: ['OrmPrivateEndpoint', 'VaultSecret'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'timeCreated', 'lifecycleState', 'privateServerConfigDetails', 'isMigrationRequired', 'configSourceProviderType', 'apiEndpoint', ...TAGS],
  generate(base, ctx) {
    // A self-hosted GitLab behind a private endpoint, or github.com; the token itself lives in
    // a vault secret and is never returned (the API takes it on create only).
    const selfHosted = firstOrChance(ctx, 'OrmConfigSourceProvider', base.region, 0.5);
    const endpointId = ctx.parent?.resourceType === 'OrmPrivateEndpoint' ? ctx.parent.ocid : parentId(ctx, 'OrmPrivateEndpoint', base);
    return {
      description: 'emulated configuration source provider',
      configSourceProviderType: selfHosted ? 'GITLAB_ACCESS_TOKEN' : 'GITHUB_ACCESS_TOKEN',
      apiEndpoint: selfHosted ? 'https://gitlab.example.internal/' : 'https://github.com/',
      // A self-hosted server with its own CA: the certificate the service trusts for it.
      privateServerConfigDetails: selfHosted && endpointId ? { privateEndpointId: endpointId, certificateId: ctx.ocid('certificate', base.region) } : null,
      secretId: parentId(ctx, 'VaultSecret', base),
      isMigrationRequired: false,
    };
  },
});

const job = defineEntry({
  resourceType: 'OrmJob',
  ocidKind: 'ormjob',
  service: SERVICE,
  basePath: `${V}/jobs`,
  getOperation: 'getJob',
  list: { operation: 'listJobs', filters: ['stackId'] },
  weight: 0.5,
  lifecycleStates: { active: 'SUCCEEDED' },
  summaryFields: ['id', 'stackId', 'compartmentId', 'displayName', 'operation', 'jobOperationDetails', 'applyJobPlanResolution', 'resolvedPlanJobId', 'timeCreated', 'timeFinished', 'lifecycleState', ...TAGS],
  generate(base, ctx) {
    const apply = ctx.rng() < 0.5;
    const jobOperationDetails: JsonObject = apply ? { operation: 'APPLY', executionPlanStrategy: 'AUTO_APPROVED' } : { operation: 'PLAN' };
    return {
      // Stacks are the IaC work's type (resource-manager-stack.ts); a job points at one when
      // the catalog has them, else at a stack ocid of its own.
      stackId: parentId(ctx, 'OrmStack', base) ?? ctx.ocid('ormstack', base.region),
      operation: apply ? 'APPLY' : 'PLAN',
      jobOperationDetails,
      ...(apply ? { applyJobPlanResolution: { isAutoApproved: true } } : {}),
      isThirdPartyProviderExperienceEnabled: false,
      isProviderUpgradeRequired: false,
      timeFinished: new Date(Date.parse(base.timeCreated) + ctx.int(30, 900) * 1000).toISOString(),
      workingDirectory: '',
      configSource: { configSourceRecordType: 'ZIP_UPLOAD' },
    };
  },
});

const template = defineEntry({
  resourceType: 'OrmTemplate',
  ocidKind: 'ormtemplate',
  service: SERVICE,
  basePath: `${V}/templates`,
  getOperation: 'getTemplate',
  list: { operation: 'listTemplates', collection: true },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'isFreeTier', 'timeCreated', 'lifecycleState', ...TAGS],
  generate: (_base, ctx) => ({
    categoryId: 'private',
    description: 'emulated private template',
    longDescription: 'A private template the tenancy published for its teams.',
    isFreeTier: ctx.rng() < 0.3,
    templateConfigSource: { templateConfigSourceType: 'ZIP_UPLOAD' },
  }),
});

export const RESOURCE_MANAGER_CATALOG: CatalogEntry[] = [privateEndpoint, configSourceProvider, job, template];
