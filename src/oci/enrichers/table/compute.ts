// Rows for Compute and Block Volume (oci-core: ComputeClient, ComputeManagementClient,
// BlockstorageClient), all on the `iaas` endpoint.
import { getById, listByCompartment, rel } from './build.js';
import type { EnricherRow } from './types.js';

const compute = () => import('oci-core').then((m) => m.ComputeClient);
const computeManagement = () => import('oci-core').then((m) => m.ComputeManagementClient);
const blockstorage = () => import('oci-core').then((m) => m.BlockstorageClient);

export const COMPUTE_ROWS: EnricherRow[] = [
  {
    resourceType: 'Instance',
    service: 'iaas',
    client: compute,
    get: getById('getInstance', 'instanceId', 'instance'),
    list: listByCompartment('listInstances'),
    relations: rel({
      imageId: 'USES_IMAGE',
      'sourceDetails.imageId': 'USES_IMAGE',
      dedicatedVmHostId: 'ON_DEDICATED_VM_HOST',
      instanceConfigurationId: 'FROM_INSTANCE_CONFIGURATION',
    }),
  },
  {
    resourceType: 'Image',
    service: 'iaas',
    client: compute,
    get: getById('getImage', 'imageId', 'image'),
    list: listByCompartment('listImages'),
    relations: rel({ baseImageId: 'BASED_ON_IMAGE' }),
  },
  {
    resourceType: 'DedicatedVmHost',
    service: 'iaas',
    client: compute,
    get: getById('getDedicatedVmHost', 'dedicatedVmHostId', 'dedicatedVmHost'),
    relations: [],
  },
  {
    resourceType: 'InstancePool',
    service: 'iaas',
    client: computeManagement,
    get: getById('getInstancePool', 'instancePoolId', 'instancePool'),
    relations: rel({
      instanceConfigurationId: 'USES_INSTANCE_CONFIGURATION',
      'placementConfigurations.*.primarySubnetId': 'IN_SUBNET',
      'loadBalancers.*.loadBalancerId': 'BEHIND_LOAD_BALANCER',
    }),
  },
  {
    resourceType: 'InstanceConfiguration',
    service: 'iaas',
    client: computeManagement,
    get: getById('getInstanceConfiguration', 'instanceConfigurationId', 'instanceConfiguration'),
    // The model keeps no link to an instance it was made from; its references are in the
    // launch details it would use.
    relations: rel({
      'instanceDetails.launchDetails.sourceDetails.imageId': 'USES_IMAGE',
      'instanceDetails.launchDetails.createVnicDetails.subnetId': 'IN_SUBNET',
      'instanceDetails.launchDetails.createVnicDetails.nsgIds': 'IN_NSG',
      'instanceDetails.launchDetails.dedicatedVmHostId': 'ON_DEDICATED_VM_HOST',
    }),
  },
  {
    resourceType: 'BootVolume',
    service: 'iaas',
    client: blockstorage,
    get: getById('getBootVolume', 'bootVolumeId', 'bootVolume'),
    // The SDK's ListBootVolumesRequest has availabilityDomain optional: one list per compartment.
    list: listByCompartment('listBootVolumes'),
    relations: rel({ imageId: 'USES_IMAGE', volumeGroupId: 'IN_VOLUME_GROUP', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
  {
    resourceType: 'Volume',
    service: 'iaas',
    client: blockstorage,
    get: getById('getVolume', 'volumeId', 'volume'),
    list: listByCompartment('listVolumes'),
    relations: rel({ volumeGroupId: 'IN_VOLUME_GROUP', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
  {
    resourceType: 'VolumeGroup',
    service: 'iaas',
    client: blockstorage,
    get: getById('getVolumeGroup', 'volumeGroupId', 'volumeGroup'),
    list: listByCompartment('listVolumeGroups'),
    relations: rel({ volumeIds: 'CONTAINS_VOLUME' }),
  },
  {
    resourceType: 'VolumeBackup',
    service: 'iaas',
    client: blockstorage,
    get: getById('getVolumeBackup', 'volumeBackupId', 'volumeBackup'),
    list: listByCompartment('listVolumeBackups'),
    relations: rel({ volumeId: 'BACKUP_OF', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
  {
    resourceType: 'BootVolumeBackup',
    service: 'iaas',
    client: blockstorage,
    get: getById('getBootVolumeBackup', 'bootVolumeBackupId', 'bootVolumeBackup'),
    list: listByCompartment('listBootVolumeBackups'),
    relations: rel({ bootVolumeId: 'BACKUP_OF', imageId: 'USES_IMAGE', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
];
