// Rows for Resource Manager (oci-resourcemanager) other than stacks (resource-manager-stack.ts):
// configuration source providers, jobs, private endpoints and templates. Read-only metadata:
// never a job's logs, Terraform state or configuration content.
import { getById, listByCompartment, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const resourceManager = () => import('oci-resourcemanager').then((m) => m.ResourceManagerClient);

export const RESOURCE_MANAGER_ROWS: EnricherRow[] = [
  {
    // The summary lacks secretId: a get per provider (tenancies have a handful).
    resourceType: 'OrmConfigSourceProvider',
    service: 'resourcemanager',
    client: resourceManager,
    get: getById('getConfigurationSourceProvider', 'configurationSourceProviderId', 'configurationSourceProvider'),
    relations: rel({ 'privateServerConfigDetails.privateEndpointId': 'USES_PRIVATE_ENDPOINT', 'privateServerConfigDetails.certificateId': 'USES_CERTIFICATE', secretId: 'USES_SECRET' }),
  },
  {
    // Every plan and apply is a job: groups are read by one list (JobSummary has stackId).
    resourceType: 'OrmJob',
    service: 'resourcemanager',
    client: resourceManager,
    get: getById('getJob', 'jobId', 'job'),
    list: listByCompartment('listJobs'),
    relations: rel({ stackId: 'RUN_OF' }),
  },
  {
    // The summary lacks subnetId and nsgIdList: read by get.
    resourceType: 'OrmPrivateEndpoint',
    service: 'resourcemanager',
    client: resourceManager,
    get: getById('getPrivateEndpoint', 'privateEndpointId', 'privateEndpoint'),
    relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET', nsgIdList: 'IN_NSG' }),
  },
  {
    resourceType: 'OrmTemplate',
    service: 'resourcemanager',
    client: resourceManager,
    get: getById('getTemplate', 'templateId', 'template'),
    list: listCollection('listTemplates', 'templateSummaryCollection'),
    relations: [],
  },
];
