// Rows for Data Flow (applications, runs), Data Integration workspaces, Data Labeling datasets
// and Analytics Cloud instances.
import { getById, listByCompartment, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const dataFlow = () => import('oci-dataflow').then((m) => m.DataFlowClient);
const dataIntegration = () => import('oci-dataintegration').then((m) => m.DataIntegrationClient);
const dataLabeling = () => import('oci-datalabelingservice').then((m) => m.DataLabelingManagementClient);
const analytics = () => import('oci-analytics').then((m) => m.AnalyticsClient);

export const ANALYTICS_ROWS: EnricherRow[] = [
  {
    // ApplicationSummary lacks privateEndpointId: read by get.
    resourceType: 'DataFlowApplication',
    service: 'dataflow',
    client: dataFlow,
    get: getById('getApplication', 'applicationId', 'application'),
    relations: rel({ privateEndpointId: 'USES_PRIVATE_ENDPOINT', poolId: 'IN_POOL' }),
  },
  {
    // Runs pile up: RunSummary carries both relation fields, so groups are read by one list.
    // A run's private endpoint is its application's: the application row has that edge.
    resourceType: 'DataFlowRun',
    service: 'dataflow',
    client: dataFlow,
    get: getById('getRun', 'runId', 'run'),
    list: listByCompartment('listRuns'),
    relations: rel({ applicationId: 'RUN_OF', poolId: 'IN_POOL' }),
  },
  {
    // WorkspaceSummary lacks vcnId and subnetId: read by get.
    resourceType: 'DISWorkspace',
    service: 'dataintegration',
    client: dataIntegration,
    get: getById('getWorkspace', 'workspaceId', 'workspace'),
    relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET' }),
  },
  {
    // The source bucket is named, not an ocid: no edges; the summary keeps the rest.
    resourceType: 'DataLabelingDataset',
    service: 'datalabeling-cp',
    client: dataLabeling,
    get: getById('getDataset', 'datasetId', 'dataset'),
    list: listCollection('listDatasets', 'datasetCollection'),
    relations: [],
  },
  {
    // AnalyticsInstanceSummary lacks kmsKeyId: read by get.
    resourceType: 'AnalyticsInstance',
    service: 'analytics',
    client: analytics,
    get: getById('getAnalyticsInstance', 'analyticsInstanceId', 'analyticsInstance'),
    relations: rel({
      'networkEndpointDetails.vcnId': 'IN_VCN',
      'networkEndpointDetails.subnetId': 'IN_SUBNET',
      'networkEndpointDetails.networkSecurityGroupIds': 'IN_NSG',
      kmsKeyId: 'ENCRYPTED_BY_KEY',
    }),
  },
];
