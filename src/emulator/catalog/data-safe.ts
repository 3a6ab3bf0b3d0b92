// Emulated Data Safe (endpoint `datasafe`, API 20181201): audit profiles, report definitions,
// security and user assessments. Target databases are not inventoried here: each resource
// points at a Data Safe target ocid of its own.
import { defineEntry, RESTRICTED_OR_ACCESSIBLE } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const SERVICE = 'datasafe';
const V = '/20181201';
const TAGS = ['freeformTags', 'definedTags'];
/** Data Safe's lists take compartmentIdInSubtree from any compartment, accessLevel RESTRICTED or ACCESSIBLE. */
const DATA_SAFE_SUBTREE = { param: 'compartmentIdInSubtree', accessLevels: RESTRICTED_OR_ACCESSIBLE };
const ASSESSMENT_SUMMARY = ['id', 'compartmentId', 'displayName', 'description', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeUpdated', 'timeLastAssessed', 'targetIds', 'targetType', 'isBaseline', 'isDeviatedFromBaseline', 'triggeredBy', 'type', 'schedule', ...TAGS];

const auditProfile = defineEntry({
  resourceType: 'DataSafeAuditProfile',
  ocidKind: 'datasafeauditprofile',
  service: SERVICE,
  basePath: `${V}/auditProfiles`,
  getOperation: 'getAuditProfile',
  list: { operation: 'listAuditProfiles', collection: true, filters: ['targetId'], subtree: DATA_SAFE_SUBTREE },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'timeCreated', 'timeUpdated', 'targetId', 'lifecycleState', 'description', 'lifecycleDetails', 'isPaidUsageEnabled', 'onlineMonths', 'offlineMonths', 'auditCollectedVolume', 'isOverrideGlobalRetentionSetting', 'isOverrideGlobalPaidUsage', 'targetType', ...TAGS],
  generate: (base, ctx) => ({
    description: 'emulated audit profile',
    timeUpdated: base.timeCreated,
    targetId: ctx.ocid('datasafetargetdatabase', base.region),
    targetType: 'TARGET_DATABASE',
    auditTrails: [],
    isPaidUsageEnabled: ctx.rng() < 0.5,
    onlineMonths: 12,
    offlineMonths: ctx.pick([0, 12, 60]),
    auditCollectedVolume: ctx.int(0, 5_000_000),
    isOverrideGlobalRetentionSetting: false,
    isOverrideGlobalPaidUsage: false,
  }),
});

const reportDefinition = defineEntry({
  resourceType: 'DataSafeReportDefinition',
  ocidKind: 'datasafereportdefinition',
  service: SERVICE,
  basePath: `${V}/reportDefinitions`,
  getOperation: 'getReportDefinition',
  list: { operation: 'listReportDefinitions', collection: true, subtree: DATA_SAFE_SUBTREE },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['displayName', 'id', 'category', 'description', 'isSeeded', 'displayOrder', 'timeCreated', 'timeUpdated', 'compartmentId', 'dataSource', 'lifecycleState', 'schedule', 'complianceStandards', ...TAGS],
  generate: (base, ctx) => ({
    description: 'emulated custom report',
    category: 'CUSTOM_REPORTS',
    dataSource: ctx.pick(['EVENTS', 'ALERTS']),
    isSeeded: false,
    displayOrder: ctx.int(1, 50),
    timeUpdated: base.timeCreated,
    scimFilter: 'operation eq "LOGIN"',
    columnInfo: [],
    columnFilters: [],
    columnSortings: [],
    summary: [],
    complianceStandards: [],
  }),
});

function assessment(resourceType: string, ocidKind: string, path: string, getOperation: string, listOperation: string): CatalogEntry {
  return defineEntry({
    resourceType,
    ocidKind,
    service: SERVICE,
    basePath: `${V}/${path}`,
    getOperation,
    list: { operation: listOperation, subtree: DATA_SAFE_SUBTREE },
    weight: 0.3,
    lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
    summaryFields: ASSESSMENT_SUMMARY,
    generate: (base, ctx) => ({
      description: 'emulated assessment',
      timeUpdated: base.timeCreated,
      timeLastAssessed: base.timeCreated,
      targetIds: [ctx.ocid('datasafetargetdatabase', base.region)],
      targetType: 'TARGET_DATABASE',
      isBaseline: false,
      isDeviatedFromBaseline: false,
      triggeredBy: ctx.pick(['USER', 'SYSTEM']),
      type: ctx.pick(['LATEST', 'SAVED']),
      schedule: 'v1;Sunday;02:00',
    }),
  });
}

export const DATA_SAFE_CATALOG: CatalogEntry[] = [
  auditProfile,
  reportDefinition,
  assessment('DataSafeSecurityAssessment', 'datasafesecurityassessment', 'securityAssessments', 'getSecurityAssessment', 'listSecurityAssessments'),
  assessment('DataSafeUserAssessment', 'datasafeuserassessment', 'userAssessments', 'getUserAssessment', 'listUserAssessments'),
];
