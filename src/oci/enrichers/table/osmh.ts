// Rows for OS Management Hub (oci-osmanagementhub, endpoint `osmh`): lifecycle environments,
// managed instance groups, registration profiles, scheduled jobs and software sources. Each
// resource family has its own SDK client class on the one endpoint.
import { getById, rel } from './build.js';
import { listCollection } from './collections.js';
import type { EnricherRow } from './types.js';

const lifecycleEnvironments = () => import('oci-osmanagementhub').then((m) => m.LifecycleEnvironmentClient);
const groups = () => import('oci-osmanagementhub').then((m) => m.ManagedInstanceGroupClient);
const onboarding = () => import('oci-osmanagementhub').then((m) => m.OnboardingClient);
const scheduledJobs = () => import('oci-osmanagementhub').then((m) => m.ScheduledJobClient);
const softwareSources = () => import('oci-osmanagementhub').then((m) => m.SoftwareSourceClient);

export const OSMH_ROWS: EnricherRow[] = [
  {
    resourceType: 'OsmhLifecycleEnvironment',
    service: 'osmh',
    client: lifecycleEnvironments,
    get: getById('getLifecycleEnvironment', 'lifecycleEnvironmentId', 'lifecycleEnvironment'),
    list: listCollection('listLifecycleEnvironments', 'lifecycleEnvironmentCollection'),
    relations: rel({ 'stages.*.softwareSourceId.id': 'USES_SOFTWARE_SOURCE' }),
  },
  {
    // The summary lacks softwareSourceIds and managedInstanceIds: read by get.
    resourceType: 'OsmhManagedInstanceGroup',
    service: 'osmh',
    client: groups,
    get: getById('getManagedInstanceGroup', 'managedInstanceGroupId', 'managedInstanceGroup'),
    relations: rel({ 'softwareSourceIds.*.id': 'USES_SOFTWARE_SOURCE', managedInstanceIds: 'HAS_MEMBER', notificationTopicId: 'NOTIFIES_TOPIC' }),
  },
  {
    // The summary lacks the profile's software sources: read by get.
    resourceType: 'OsmhProfile',
    service: 'osmh',
    client: onboarding,
    get: getById('getProfile', 'profileId', 'profile'),
    relations: rel({ 'softwareSources.*.id': 'USES_SOFTWARE_SOURCE' }),
  },
  {
    resourceType: 'OsmhScheduledJob',
    service: 'osmh',
    client: scheduledJobs,
    get: getById('getScheduledJob', 'scheduledJobId', 'scheduledJob'),
    list: listCollection('listScheduledJobs', 'scheduledJobCollection'),
    relations: rel({
      managedInstanceIds: 'TARGETS',
      managedInstanceGroupIds: 'TARGETS',
      managedCompartmentIds: 'TARGETS',
      lifecycleStageIds: 'TARGETS',
      'operations.*.softwareSourceIds': 'USES_SOFTWARE_SOURCE',
    }),
  },
  {
    resourceType: 'OsmhSoftwareSource',
    service: 'osmh',
    client: softwareSources,
    get: getById('getSoftwareSource', 'softwareSourceId', 'softwareSource'),
    list: listCollection('listSoftwareSources', 'softwareSourceCollection'),
    relations: rel({ 'vendorSoftwareSources.*.id': 'DERIVED_FROM' }),
  },
];
