// Emulated Container Instances (endpoint `compute-containers`, API 20210415) and Container
// Registry (endpoint `artifacts`, API 20160918): instances, their containers, repositories
// and images (metadata only: no layer or manifest routes).
import { firstOrChance } from './first-of-kind.js';
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const TAGS = ['freeformTags', 'definedTags'];

function hex(ctx: { int(min: number, max: number): number }, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += '0123456789abcdef'[ctx.int(0, 15)];
  return out;
}

const containerInstance = defineEntry({
  resourceType: 'ContainerInstance',
  ocidKind: 'computecontainerinstance',
  service: 'compute-containers',
  basePath: '/20210415/containerInstances',
  getOperation: 'getContainerInstance',
  adScoped: true,
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    faultDomain: ctx.pick(['FAULT-DOMAIN-1', 'FAULT-DOMAIN-2', 'FAULT-DOMAIN-3']),
    // Registry credentials from a vault secret (the API returns its id, never the secret), or
    // basic ones (the API returns neither username nor password).
    imagePullSecrets: firstOrChance(ctx, 'ContainerInstance', base.region, 0.4)
      ? [{ secretType: 'VAULT', registryEndpoint: `${base.region}.ocir.io`, secretId: parentId(ctx, 'VaultSecret', base) ?? ctx.ocid('vaultsecret', base.region) }]
      : [{ secretType: 'BASIC', registryEndpoint: 'registry.example.com' }],
    volumes: [],
    volumeCount: 0,
    shape: 'CI.Standard.E4.Flex',
    shapeConfig: { ocpus: 1, memoryInGBs: 4, processorDescription: '2.55 GHz AMD EPYC 7J13', networkingBandwidthInGbps: 1 },
    vnics: [{ vnicId: ctx.ocid('vnic', base.region) }],
    containerRestartPolicy: 'ALWAYS',
    gracefulShutdownTimeoutInSeconds: 0,
    timeUpdated: base.timeCreated,
  }),
  // Its containers are read from the store when asked, so a container that drift removes
  // leaves its instance too.
  extraWire(resource, view) {
    const containers = view
      .list('Container', { region: resource.region })
      .filter((c) => c.attrs.containerInstanceId === resource.ocid)
      .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0))
      .map((c) => ({ containerId: c.ocid, displayName: c.displayName }));
    return { containers, containerCount: containers.length };
  },
});

const container = defineEntry({
  resourceType: 'Container',
  ocidKind: 'computecontainer',
  service: 'compute-containers',
  basePath: '/20210415/containers',
  getOperation: 'getContainer',
  list: { operation: 'listContainers', collection: true, filters: ['containerInstanceId', 'availabilityDomain'] },
  adScoped: true,
  dependsOn: ['ContainerInstance'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'compartmentId', 'availabilityDomain', 'faultDomain', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeUpdated', 'containerInstanceId', 'resourceConfig', 'imageUrl', 'isResourcePrincipalDisabled', ...TAGS],
  generate(base, ctx) {
    const instance = ctx.parent?.resourceType === 'ContainerInstance' ? ctx.parent : parentOf(ctx, 'ContainerInstance', base);
    return {
      containerInstanceId: instance?.ocid ?? null,
      faultDomain: typeof instance?.attrs.faultDomain === 'string' ? instance.attrs.faultDomain : 'FAULT-DOMAIN-1',
      imageUrl: `${base.region}.ocir.io/${ctx.namespace}/svc/api:1.${ctx.int(0, 40)}.0`,
      resourceConfig: { vcpusLimit: 1, memoryLimitInGBs: 2 },
      isResourcePrincipalDisabled: false,
      containerRestartAttemptCount: 0,
      timeUpdated: base.timeCreated,
    };
  },
});

const repo = defineEntry({
  resourceType: 'ContainerRepo',
  ocidKind: 'containerrepo',
  service: 'artifacts',
  basePath: '/20160918/container/repositories',
  getOperation: 'getContainerRepository',
  list: { operation: 'listContainerRepositories', collection: true, subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
  weight: 0.3,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
  summaryFields: ['compartmentId', 'displayName', 'id', 'imageCount', 'isPublic', 'layerCount', 'layersSizeInBytes', 'lifecycleState', 'timeCreated', 'billableSizeInGBs', 'namespace', 'systemTags', ...TAGS],
  generate: (base, ctx) => ({
    createdBy: ctx.ocid('user', null),
    imageCount: ctx.int(1, 40),
    isImmutable: false,
    isPublic: ctx.rng() < 0.1,
    layerCount: ctx.int(5, 200),
    layersSizeInBytes: ctx.int(10_000_000, 9_000_000_000),
    billableSizeInGBs: ctx.int(1, 9),
    namespace: ctx.namespace,
    timeLastPushed: base.timeCreated,
    systemTags: {},
  }),
});

const image = defineEntry({
  resourceType: 'ContainerImage',
  ocidKind: 'containerimage',
  service: 'artifacts',
  basePath: '/20160918/container/images',
  getOperation: 'getContainerImage',
  // compartmentIdInSubtree only with the tenancy as compartmentId (the SDK's request docs).
  list: { operation: 'listContainerImages', collection: true, filters: ['repositoryId'], subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
  dependsOn: ['ContainerRepo'],
  weight: 0.6,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
  summaryFields: ['compartmentId', 'digest', 'displayName', 'id', 'lifecycleState', 'repositoryId', 'repositoryName', 'timeCreated', 'version', 'systemTags', ...TAGS],
  generate(base, ctx) {
    const repository = ctx.parent?.resourceType === 'ContainerRepo' ? ctx.parent : parentOf(ctx, 'ContainerRepo', base);
    const version = `1.${ctx.int(0, 60)}.${ctx.int(0, 9)}`;
    const createdBy = ctx.ocid('user', null);
    const size = ctx.int(1_000_000, 400_000_000);
    return {
      repositoryId: repository?.ocid ?? null,
      repositoryName: repository?.displayName ?? 'repo',
      digest: `sha256:${hex(ctx, 64)}`,
      createdBy,
      layers: [{ digest: `sha256:${hex(ctx, 64)}`, sizeInBytes: size, timeCreated: base.timeCreated }],
      layersSizeInBytes: size,
      manifestSizeInBytes: ctx.int(500, 4000),
      pullCount: ctx.int(0, 10_000),
      version,
      versions: [{ createdBy, timeCreated: base.timeCreated, version }],
      systemTags: {},
    };
  },
});

export const CONTAINER_CATALOG: CatalogEntry[] = [containerInstance, container, repo, image];
