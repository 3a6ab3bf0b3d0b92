// Rows for Container Instances (oci-containerinstances: instances and their containers) and
// the Container Registry (oci-artifacts: repositories and images; metadata only, never a layer
// or manifest).
import { getById, inSubtree, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const containerInstances = () => import('oci-containerinstances').then((m) => m.ContainerInstanceClient);
const artifacts = () => import('oci-artifacts').then((m) => m.ArtifactsClient);

export const CONTAINER_ROWS: EnricherRow[] = [
  {
    // ContainerInstanceSummary lacks vnics, containers and pull secrets: read by get.
    resourceType: 'ContainerInstance',
    service: 'compute-containers',
    client: containerInstances,
    get: getById('getContainerInstance', 'containerInstanceId', 'containerInstance'),
    relations: rel({ 'vnics.*.vnicId': 'HAS_VNIC', 'containers.*.containerId': 'HAS_CONTAINER', 'imagePullSecrets.*.secretId': 'USES_SECRET' }),
  },
  {
    resourceType: 'Container',
    service: 'compute-containers',
    client: containerInstances,
    get: getById('getContainer', 'containerId', 'container'),
    list: listCollection('listContainers', 'containerCollection'),
    relations: rel({ containerInstanceId: 'IN_CONTAINER_INSTANCE' }),
  },
  {
    resourceType: 'ContainerRepo',
    service: 'artifacts',
    client: artifacts,
    get: getById('getContainerRepository', 'repositoryId', 'containerRepository'),
    list: listCollection('listContainerRepositories', 'containerRepositoryCollection'),
    relations: [],
  },
  {
    // Images outnumber repositories: the summary has repositoryId, so groups are read by one list.
    resourceType: 'ContainerImage',
    service: 'artifacts',
    client: artifacts,
    get: getById('getContainerImage', 'imageId', 'containerImage'),
    // One list per region from the tenancy (compartmentIdInSubtree: tenancy only). The record
    // is ContainerImageSummary's fields for every image, by get or list: the get's layers,
    // versions, pull count and last pull (which change on every pull) are given up.
    list: inSubtree(listCollection('listContainerImages', 'containerImageCollection'), 'compartmentIdInSubtree'),
    fields: ['compartmentId', 'digest', 'displayName', 'id', 'lifecycleState', 'repositoryId', 'repositoryName', 'timeCreated', 'version', 'freeformTags', 'definedTags', 'systemTags'],
    relations: rel({ repositoryId: 'IN_REPOSITORY' }),
  },
];
