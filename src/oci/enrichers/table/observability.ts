// Rows for Logging saved searches, Management Agent install keys (never the key value) and
// Console dashboards with their groups.
import { getById, inSubtree, listByCompartment, rel } from './build.js';
import { listCollection, listCollectionByParent } from './collections.js';
import type { EnricherRow } from './types.js';

const logging = () => import('oci-logging').then((m) => m.LoggingManagementClient);
const managementAgent = () => import('oci-managementagent').then((m) => m.ManagementAgentClient);
const dashboards = () => import('oci-dashboardservice').then((m) => m.DashboardClient);
const dashboardGroups = () => import('oci-dashboardservice').then((m) => m.DashboardGroupClient);

export const OBSERVABILITY_ROWS: EnricherRow[] = [
  {
    resourceType: 'LogSavedSearch',
    service: 'logging',
    client: logging,
    get: getById('getLogSavedSearch', 'logSavedSearchId', 'logSavedSearch'),
    list: listCollection('listLogSavedSearches', 'logSavedSearchSummaryCollection'),
    relations: [],
  },
  {
    // No get on purpose: getManagementAgentInstallKey returns the key value itself, which a
    // holder can use to register agents. The summary is everything but the key.
    resourceType: 'ManagementAgentInstallKey',
    service: 'management-agent',
    client: managementAgent,
    // compartmentIdInSubtree with accessLevel ACCESSIBLE (its only value): one list per region.
    list: inSubtree(listByCompartment('listManagementAgentInstallKeys'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
    relations: [],
  },
  {
    resourceType: 'ConsoleDashboardGroup',
    service: 'dashboard',
    client: dashboardGroups,
    get: getById('getDashboardGroup', 'dashboardGroupId', 'dashboardGroup'),
    list: listCollection('listDashboardGroups', 'dashboardGroupCollection'),
    relations: [],
  },
  {
    // Dashboards are listed per group (the list takes no compartment); the summary has the group.
    resourceType: 'ConsoleDashboard',
    service: 'dashboard',
    client: dashboards,
    get: getById('getDashboard', 'dashboardId', 'dashboard'),
    list: listCollectionByParent('listDashboards', 'dashboardCollection', 'ConsoleDashboardGroup', 'dashboardGroupId'),
    relations: rel({ dashboardGroupId: 'IN_DASHBOARD_GROUP' }),
  },
];
