// Test helper: the resource types the second enrichment wave's DevOps … dashboards batch
// added (issue 12), for tests that hold that batch to rules of its own.
export const BATCH_TYPES: ReadonlySet<string> = new Set([
  'DevOpsProject', 'DevOpsRepository', 'DevOpsBuildPipelineStage', 'DevOpsBuildRun', 'DevOpsDeployArtifact',
  'OrmConfigSourceProvider', 'OrmJob', 'OrmPrivateEndpoint', 'OrmTemplate',
  'OsmhLifecycleEnvironment', 'OsmhManagedInstanceGroup', 'OsmhProfile', 'OsmhScheduledJob', 'OsmhSoftwareSource',
  'DataFlowApplication', 'DataFlowRun', 'DISWorkspace', 'DataLabelingDataset', 'AnalyticsInstance',
  'DataSafeAuditProfile', 'DataSafeReportDefinition', 'DataSafeSecurityAssessment', 'DataSafeUserAssessment',
  'ContainerInstance', 'Container', 'ContainerRepo', 'ContainerImage',
  'MediaWorkflow', 'StreamDistributionChannel', 'StreamPackagingConfig', 'StreamCdnConfig',
  'LogSavedSearch', 'ManagementAgentInstallKey', 'ConsoleDashboardGroup', 'ConsoleDashboard',
]);
