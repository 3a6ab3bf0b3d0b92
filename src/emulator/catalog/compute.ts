// Emulated Compute and Block Volume (iaas, API 20160918): instances with their VNIC, boot and
// block volume attachments, images, pools, configurations, dedicated hosts, volumes, backups.
import type { JsonObject } from '../json.js';
import { defineEntry, listed, paged, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry, GeneratedResource, Route, TenancyView } from './types.js';

const V = '/20160918';
const SHAPES = ['VM.Standard.E4.Flex', 'VM.Standard.E5.Flex', 'VM.Standard3.Flex', 'VM.Standard.A1.Flex'] as const;

const instance = defineEntry({
  resourceType: 'Instance',
  ocidKind: 'instance',
  service: 'iaas',
  basePath: `${V}/instances`,
  getOperation: 'getInstance',
  list: { operation: 'listInstances', filters: ['availabilityDomain'] },
  dependsOn: ['Subnet', 'Image', 'BootVolume', 'Volume'],
  weight: 6,
  adScoped: true,
  lifecycleStates: { active: 'RUNNING', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const ocpus = ctx.pick([1, 2, 4, 8]);
    const imageId = parentId(ctx, 'Image', base);
    return {
      region: base.region,
      shape: ctx.pick(SHAPES),
      shapeConfig: { ocpus, memoryInGBs: ocpus * 16, networkingBandwidthInGbps: ocpus, maxVnicAttachments: Math.max(2, ocpus) },
      faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`,
      imageId,
      sourceDetails: { sourceType: 'image', imageId },
      launchMode: 'PARAVIRTUALIZED',
      metadata: { ssh_authorized_keys: 'ssh-rsa AAAAB3NzaC1yc2E emulator' },
      // Attachment targets, served by the attachment lists below.
      subnetId: parentId(ctx, 'Subnet', base),
      vnicId: ctx.ocid('vnic', base.region),
      bootVolumeId: parentId(ctx, 'BootVolume', base),
      volumeId: ctx.rng() < 0.5 ? parentId(ctx, 'Volume', base) : null,
    };
  },
});

// The attachment targets live on attachment objects, not on the real Instance.
const instanceToWire = instance.toWire;
instance.toWire = (resource, view) => {
  const wire = instanceToWire(resource, view);
  for (const key of ['subnetId', 'vnicId', 'bootVolumeId', 'volumeId']) delete wire[key];
  return wire;
};

function attachmentRoute(operation: string, path: string, build: (r: GeneratedResource) => JsonObject | null, requireAd = false): Route {
  return {
    service: 'iaas',
    method: 'GET',
    pattern: `${V}/${path}`,
    operation,
    handle(req, view: TenancyView) {
      const found = listed(
        { ...instanceSpecForLists, resourceType: 'Instance' },
        { operation, filters: ['availabilityDomain', 'instanceId'], ...(requireAd ? { required: ['availabilityDomain'] } : {}) },
        req,
        view,
      );
      if (!Array.isArray(found)) return found;
      const instanceId = req.query.get('instanceId');
      const items = found.filter((r) => !instanceId || r.ocid === instanceId).map(build).filter((a): a is JsonObject => a !== null);
      return paged(req, items);
    },
  };
}

// Attachment lists filter instances by compartment/AD; `instanceId` is matched on the ocid.
const instanceSpecForLists = {
  resourceType: 'Instance',
  ocidKind: 'instance',
  service: 'iaas',
  basePath: `${V}/instances`,
  getOperation: 'getInstance',
  lifecycleStates: { active: 'RUNNING' },
  generate: () => ({}),
};

function attachmentBase(r: GeneratedResource, kind: string): JsonObject {
  return {
    id: `${r.ocid.replace('.instance.', `.${kind}.`)}`,
    availabilityDomain: r.availabilityDomain,
    compartmentId: r.compartmentId,
    instanceId: r.ocid,
    timeCreated: r.timeCreated,
    lifecycleState: r.lifecycleState === 'TERMINATED' ? 'DETACHED' : 'ATTACHED',
  };
}

instance.routes.push(
  attachmentRoute('listVnicAttachments', 'vnicAttachments', (r) =>
    typeof r.attrs.vnicId === 'string'
      ? { ...attachmentBase(r, 'vnicattachment'), vnicId: r.attrs.vnicId, subnetId: r.attrs.subnetId ?? null, nicIndex: 0, vlanTag: 0 }
      : null,
  ),
  attachmentRoute('listVolumeAttachments', 'volumeAttachments', (r) =>
    typeof r.attrs.volumeId === 'string'
      ? { ...attachmentBase(r, 'volumeattachment'), attachmentType: 'paravirtualized', volumeId: r.attrs.volumeId, isReadOnly: false, device: '/dev/oracleoci/oraclevdb' }
      : null,
  ),
  attachmentRoute(
    'listBootVolumeAttachments',
    'bootVolumeAttachments',
    (r) => (typeof r.attrs.bootVolumeId === 'string' ? { ...attachmentBase(r, 'bootvolumeattachment'), bootVolumeId: r.attrs.bootVolumeId } : null),
    true,
  ),
);

const image = defineEntry({
  resourceType: 'Image',
  ocidKind: 'image',
  service: 'iaas',
  basePath: `${V}/images`,
  getOperation: 'getImage',
  list: { operation: 'listImages' },
  weight: 1,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
  generate(_base, ctx) {
    const os = ctx.pick(['Oracle Linux', 'Canonical Ubuntu'] as const);
    return {
      operatingSystem: os,
      operatingSystemVersion: os === 'Oracle Linux' ? ctx.pick(['8', '9']) : ctx.pick(['22.04', '24.04']),
      baseImageId: null,
      createImageAllowed: true,
      launchMode: 'PARAVIRTUALIZED',
      sizeInMBs: ctx.int(40, 60) * 1024,
      billableSizeInGBs: ctx.int(1, 9),
    };
  },
});

const dedicatedVmHost = defineEntry({
  resourceType: 'DedicatedVmHost',
  ocidKind: 'dedicatedvmhost',
  service: 'iaas',
  basePath: `${V}/dedicatedVmHosts`,
  getOperation: 'getDedicatedVmHost',
  weight: 0.2,
  adScoped: true,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(_base, ctx) {
    const total = ctx.pick([64, 128]);
    return { dedicatedVmHostShape: 'DVH.Standard.E4.128', faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`, totalOcpus: total, remainingOcpus: ctx.int(0, total), totalMemoryInGBs: total * 16, remainingMemoryInGBs: ctx.int(0, total * 16) };
  },
});

const instanceConfiguration = defineEntry({
  resourceType: 'InstanceConfiguration',
  ocidKind: 'instanceconfiguration',
  service: 'iaas',
  basePath: `${V}/instanceConfigurations`,
  getOperation: 'getInstanceConfiguration',
  names: { noState: true },
  dependsOn: ['Instance'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE' },
  generate(base, ctx) {
    // Made from an instance: launch details that would recreate it (same image and subnet).
    const source = ctx.parent ?? parentOf(ctx, 'Instance', base);
    const imageId = typeof source?.attrs.imageId === 'string' ? source.attrs.imageId : null;
    const subnetId = typeof source?.attrs.subnetId === 'string' ? source.attrs.subnetId : null;
    return {
      instanceDetails: {
        instanceType: 'compute',
        launchDetails: {
          compartmentId: base.compartmentId,
          shape: typeof source?.attrs.shape === 'string' ? source.attrs.shape : ctx.pick(SHAPES),
          sourceDetails: { sourceType: 'image', imageId },
          createVnicDetails: { subnetId, assignPublicIp: false },
        },
      },
      deferredFields: [],
    };
  },
});

const instancePool = defineEntry({
  resourceType: 'InstancePool',
  ocidKind: 'instancepool',
  service: 'iaas',
  basePath: `${V}/instancePools`,
  getOperation: 'getInstancePool',
  dependsOn: ['InstanceConfiguration', 'Subnet'],
  weight: 0.5,
  lifecycleStates: { active: 'RUNNING', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const size = ctx.int(1, 6);
    return {
      instanceConfigurationId: parentId(ctx, 'InstanceConfiguration', base),
      placementConfigurations: [{ availabilityDomain: base.availabilityDomain ?? '', primarySubnetId: parentId(ctx, 'Subnet', base), faultDomains: [] }],
      size,
      currentSize: size,
      loadBalancers: [],
    };
  },
});

function volumeLike(resourceType: string, ocidKind: string, collection: string, noun: string, weight: number, extra: (b: Omit<GeneratedResource, 'attrs'>, c: Parameters<CatalogEntry['generate']>[1]) => JsonObject, dependsOn?: string[], filters?: string[]): CatalogEntry {
  return defineEntry({
    resourceType,
    ocidKind,
    service: 'iaas',
    basePath: `${V}/${collection}`,
    getOperation: `get${noun}`,
    list: { operation: `list${noun}s`, filters: ['availabilityDomain', ...(filters ?? [])] },
    ...(dependsOn ? { dependsOn } : {}),
    weight,
    adScoped: true,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: extra,
  });
}

const bootVolume = volumeLike('BootVolume', 'bootvolume', 'bootVolumes', 'BootVolume', 5, (base, ctx) => ({
  sizeInGBs: ctx.pick([47, 50, 100, 200]),
  sizeInMBs: 0,
  vpusPerGB: 10,
  imageId: parentId(ctx, 'Image', base),
  isHydrated: true,
  volumeGroupId: null,
  kmsKeyId: null,
}), ['Image']);

const volume = volumeLike('Volume', 'volume', 'volumes', 'Volume', 4, (_base, ctx) => ({
  sizeInGBs: ctx.pick([50, 100, 500, 1024]),
  sizeInMBs: 0,
  vpusPerGB: ctx.pick([0, 10, 20]),
  isHydrated: true,
  volumeGroupId: null,
  kmsKeyId: null,
}));

const volumeGroup = volumeLike('VolumeGroup', 'volumegroup', 'volumeGroups', 'VolumeGroup', 0.5, (base, ctx) => {
  const volumes = ctx.find('Volume', { region: base.region, compartmentId: base.compartmentId }).slice(0, 3).map((v) => v.ocid);
  return { volumeIds: volumes, sizeInGBs: volumes.length * 100, sizeInMBs: 0, isHydrated: true };
}, ['Volume']);

function backup(resourceType: string, ocidKind: string, collection: string, noun: string, sourceType: string, sourceField: string): CatalogEntry {
  return defineEntry({
    resourceType,
    ocidKind,
    service: 'iaas',
    basePath: `${V}/${collection}`,
    getOperation: `get${noun}`,
    list: { operation: `list${noun}s`, filters: [sourceField] },
    dependsOn: [sourceType],
    weight: 1,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate(base, ctx) {
      const source = parentOf(ctx, sourceType, base);
      return {
        [sourceField]: source?.ocid ?? null,
        type: ctx.pick(['FULL', 'INCREMENTAL']),
        sourceType: ctx.pick(['MANUAL', 'SCHEDULED']),
        sizeInGBs: ctx.pick([50, 100]),
        uniqueSizeInGBs: ctx.int(1, 50),
        kmsKeyId: null,
      };
    },
  });
}

export const COMPUTE_CATALOG: CatalogEntry[] = [
  image,
  bootVolume,
  volume,
  volumeGroup,
  instance,
  instanceConfiguration,
  instancePool,
  dedicatedVmHost,
  backup('VolumeBackup', 'volumebackup', 'volumeBackups', 'VolumeBackup', 'Volume', 'volumeId'),
  backup('BootVolumeBackup', 'bootvolumebackup', 'bootVolumeBackups', 'BootVolumeBackup', 'BootVolume', 'bootVolumeId'),
];

