// Emulated Logging saved searches (endpoint `logging`), Management Agent install keys
// (`management-agent`) and Console dashboards with their groups (`dashboard`). The install
// key's get returns the key value, as the real one does; the enricher only lists keys.
import { defineEntry, parentOf } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const TAGS = ['freeformTags', 'definedTags'];

const savedSearch = defineEntry({
  resourceType: 'LogSavedSearch',
  ocidKind: 'logsavedsearch',
  service: 'logging',
  basePath: '/20200531/logSavedSearches',
  getOperation: 'getLogSavedSearch',
  list: { operation: 'listLogSavedSearches', collection: true },
  names: { name: 'name' },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE' },
  generate: (base, ctx) => ({
    description: 'emulated saved search',
    query: `search "${base.compartmentId}" | where data.statusCode >= ${ctx.pick([400, 500])} | sort by datetime desc`,
    timeLastModified: base.timeCreated,
  }),
});

const installKey = defineEntry({
  resourceType: 'ManagementAgentInstallKey',
  ocidKind: 'managementagentinstallkey',
  service: 'management-agent',
  basePath: '/20200202/managementAgentInstallKeys',
  getOperation: 'getManagementAgentInstallKey',
  // compartmentIdInSubtree from any compartment; accessLevel takes ACCESSIBLE only.
  list: { operation: 'listManagementAgentInstallKeys', subtree: { param: 'compartmentIdInSubtree', accessLevels: ['ACCESSIBLE'] } },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'createdByPrincipalId', 'allowedKeyInstallCount', 'currentKeyInstallCount', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeExpires', 'compartmentId', 'isUnlimited', ...TAGS],
  generate(base, ctx) {
    const unlimited = ctx.rng() < 0.3;
    return {
      key: `emulated-install-key-${base.ocid.slice(-12)}`,
      createdByPrincipalId: ctx.ocid('user', null),
      allowedKeyInstallCount: unlimited ? null : ctx.pick([10, 100, 1000]),
      currentKeyInstallCount: ctx.int(0, 10),
      timeExpires: new Date(Date.parse(base.timeCreated) + 365 * 24 * 3600 * 1000).toISOString(),
      isUnlimited: unlimited,
      timeUpdated: base.timeCreated,
    };
  },
});

const dashboardGroup = defineEntry({
  resourceType: 'ConsoleDashboardGroup',
  ocidKind: 'managementdashboardgroup',
  service: 'dashboard',
  basePath: '/20210731/dashboardGroups',
  getOperation: 'getDashboardGroup',
  list: { operation: 'listDashboardGroups', collection: true },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base) => ({ description: 'emulated dashboard group', timeUpdated: base.timeCreated }),
});

const dashboard = defineEntry({
  resourceType: 'ConsoleDashboard',
  ocidKind: 'managementdashboard',
  service: 'dashboard',
  basePath: '/20210731/dashboards',
  getOperation: 'getDashboard',
  list: { operation: 'listDashboards', collection: true, noCompartment: true, required: ['dashboardGroupId'], filters: ['dashboardGroupId'] },
  dependsOn: ['ConsoleDashboardGroup'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'dashboardGroupId', 'displayName', 'description', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', ...TAGS],
  generate(base, ctx) {
    const group = ctx.parent?.resourceType === 'ConsoleDashboardGroup' ? ctx.parent : parentOf(ctx, 'ConsoleDashboardGroup', base);
    return {
      dashboardGroupId: group?.ocid ?? null,
      description: 'emulated dashboard',
      schemaVersion: 'V1',
      widgets: [],
      config: {},
      timeUpdated: base.timeCreated,
    };
  },
});

export const OBSERVABILITY_CATALOG: CatalogEntry[] = [savedSearch, installKey, dashboardGroup, dashboard];
