// Rows for Data Safe (oci-datasafe): audit profiles, report definitions, security and user
// assessments. Every summary carries the target fields, so groups are read by one list.
import { getById, inSubtree, listByCompartment, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const dataSafe = () => import('oci-datasafe').then((m) => m.DataSafeClient);

export const DATA_SAFE_ROWS: EnricherRow[] = [
  {
    resourceType: 'DataSafeAuditProfile',
    service: 'datasafe',
    client: dataSafe,
    get: getById('getAuditProfile', 'auditProfileId', 'auditProfile'),
    list: listCollection('listAuditProfiles', 'auditProfileCollection'),
    relations: rel({ targetId: 'TARGETS' }),
  },
  {
    resourceType: 'DataSafeReportDefinition',
    service: 'datasafe',
    client: dataSafe,
    get: getById('getReportDefinition', 'reportDefinitionId', 'reportDefinition'),
    list: listCollection('listReportDefinitions', 'reportDefinitionCollection'),
    relations: [],
  },
  {
    resourceType: 'DataSafeSecurityAssessment',
    service: 'datasafe',
    client: dataSafe,
    get: getById('getSecurityAssessment', 'securityAssessmentId', 'securityAssessment'),
    list: listByCompartment('listSecurityAssessments'),
    relations: rel({ targetIds: 'TARGETS' }),
  },
  {
    resourceType: 'DataSafeUserAssessment',
    service: 'datasafe',
    client: dataSafe,
    get: getById('getUserAssessment', 'userAssessmentId', 'userAssessment'),
    // UserAssessmentSummary lacks only systemTags: the record keeps the summary's fields by
    // get or list, and one subtree list per region from the tenancy serves the type.
    list: inSubtree(listByCompartment('listUserAssessments'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
    fields: [
      'compartmentId', 'description', 'displayName', 'id', 'ignoredTargets', 'ignoredAssessmentIds', 'isBaseline', 'isDeviatedFromBaseline',
      'lastComparedBaselineId', 'targetDatabaseGroupId', 'targetType', 'lifecycleState', 'lifecycleDetails', 'scheduleAssessmentId',
      'isAssessmentScheduled', 'schedule', 'statistics', 'targetIds', 'timeCreated', 'timeUpdated', 'timeLastAssessed', 'triggeredBy', 'type',
      'freeformTags', 'definedTags',
    ],
    relations: rel({ targetIds: 'TARGETS' }),
  },
];
