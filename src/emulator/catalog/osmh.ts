// Emulated OS Management Hub (endpoint `osmh`, API 20220901): software sources, lifecycle
// environments, managed instance groups, registration profiles and scheduled jobs. Lists
// return `*Collection`s.
import { firstInRegion, firstOrChance } from './first-of-kind.js';
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './types.js';

const SERVICE = 'osmh';
const V = '/20220901';
const TAGS = ['freeformTags', 'definedTags'];
const OS = { osFamily: 'ORACLE_LINUX_8', archType: 'X86_64', vendorName: 'ORACLE' };

/** The `SoftwareSourceDetails` other OSMH objects use to point at a software source. */
function sourceDetails(source: GeneratedResource): { id: string; displayName: string; softwareSourceType: string } {
  const type = source.attrs.softwareSourceType;
  return { id: source.ocid, displayName: source.displayName, softwareSourceType: typeof type === 'string' ? type : 'VENDOR' };
}

/** Live software sources near a resource (same compartment first), at most `n`. */
function sourcesNear(ctx: GenContext, base: { region: string; compartmentId: string }, n: number): GeneratedResource[] {
  const live = (where: { region: string; compartmentId?: string }) => ctx.find('OsmhSoftwareSource', where).filter((s) => s.lifecycleState === 'ACTIVE');
  const near = live({ region: base.region, compartmentId: base.compartmentId });
  const pool = near.length > 0 ? near : live({ region: base.region });
  const out = new Map<string, GeneratedResource>();
  for (let i = 0; i < n && pool.length > 0; i++) {
    const source = ctx.pick(pool);
    out.set(source.ocid, source);
  }
  return [...out.values()];
}

const softwareSource = defineEntry({
  resourceType: 'OsmhSoftwareSource',
  ocidKind: 'osmhsoftwaresource',
  service: SERVICE,
  basePath: `${V}/softwareSources`,
  getOperation: 'getSoftwareSource',
  list: { operation: 'listSoftwareSources', collection: true },
  weight: 0.4,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'repoId', 'url', 'timeCreated', 'description', 'availability', 'availabilityAtOci', 'osFamily', 'archType', 'packageCount', 'lifecycleState', 'size', 'softwareSourceType', 'vendorName', 'isMandatoryForAutonomousLinux', 'vendorSoftwareSources', 'softwareSourceSubType', ...TAGS],
  generate(base, ctx) {
    // A custom source built from vendor sources already there, or a vendor mirror.
    const vendors = ctx.find('OsmhSoftwareSource', { region: base.region }).filter((s) => s.attrs.softwareSourceType === 'VENDOR');
    const noCustomYet = ctx.find('OsmhSoftwareSource', { region: base.region }).every((s) => s.attrs.softwareSourceType !== 'CUSTOM');
    const custom = vendors.length > 0 && (noCustomYet || ctx.rng() < 0.4);
    const repoId = custom ? `custom-${ctx.int(1, 9999)}` : ctx.pick(['ol8_baseos_latest-x86_64', 'ol8_appstream-x86_64', 'ol8_uekr7-x86_64']);
    const common = {
      description: custom ? 'emulated custom software source' : 'Oracle Linux 8 vendor repository',
      availability: 'SELECTED',
      availabilityAtOci: 'SELECTED',
      repoId,
      osFamily: OS.osFamily,
      archType: OS.archType,
      packageCount: ctx.int(200, 30000),
      url: `https://osmh.${base.region}.oci.oraclecloud.com/repos/${repoId}`,
      checksumType: 'SHA256',
      gpgKeyUrl: 'https://yum.oracle.com/RPM-GPG-KEY-oracle-ol8',
      gpgKeyId: '82562EA9AD986DA3',
      gpgKeyFingerprint: '76FD3DB13AB67410B89DB10E82562EA9AD986DA3',
      size: ctx.int(1_000_000, 90_000_000_000),
    };
    if (!custom) return { ...common, softwareSourceType: 'VENDOR', vendorName: OS.vendorName, isMandatoryForAutonomousLinux: false };
    const picked = new Map(Array.from({ length: 2 }, () => ctx.pick(vendors)).map((v) => [v.ocid, v]));
    return {
      ...common,
      softwareSourceType: 'CUSTOM',
      vendorSoftwareSources: [...picked.values()].map((v) => ({ id: v.ocid, displayName: v.displayName })),
      isAutomaticallyUpdated: true,
      isAutoResolveDependencies: false,
      isCreatedFromPackageList: false,
      isLatestContentOnly: true,
      softwareSourceSubType: 'FILTER',
    };
  },
});

// SoftwareSourceSummary has a timeUpdated the full model lacks.
const softwareSourceSummary = softwareSource.toSummary;
if (softwareSourceSummary) softwareSource.toSummary = (r, v) => ({ ...softwareSourceSummary(r, v), timeUpdated: r.timeCreated });

const lifecycleEnvironment = defineEntry({
  resourceType: 'OsmhLifecycleEnvironment',
  ocidKind: 'osmhlifecycleenvironment',
  service: SERVICE,
  basePath: `${V}/lifecycleEnvironments`,
  getOperation: 'getLifecycleEnvironment',
  list: { operation: 'listLifecycleEnvironments', collection: true },
  dependsOn: ['OsmhSoftwareSource'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'stages', 'lifecycleState', 'archType', 'osFamily', 'vendorName', 'location', 'timeCreated', 'timeModified', ...TAGS],
  generate(base, ctx) {
    const sources = sourcesNear(ctx, base, 2);
    const stages = ['dev', 'prod'].map((name, rank) => {
      const source = sources[rank % Math.max(1, sources.length)];
      return {
        id: ctx.ocid('osmhlifecyclestage', base.region),
        compartmentId: base.compartmentId,
        displayName: name,
        lifecycleEnvironmentId: base.ocid,
        rank: rank + 1,
        ...OS,
        location: 'OCI_COMPUTE',
        ...(source ? { softwareSourceId: sourceDetails(source) } : {}),
        timeCreated: base.timeCreated,
        lifecycleState: 'ACTIVE',
      };
    });
    return { description: 'emulated lifecycle environment', stages, managedInstanceIds: [], ...OS, location: 'OCI_COMPUTE', timeModified: base.timeCreated };
  },
});

const group = defineEntry({
  resourceType: 'OsmhManagedInstanceGroup',
  ocidKind: 'osmhmanagedinstancegroup',
  service: SERVICE,
  basePath: `${V}/managedInstanceGroups`,
  getOperation: 'getManagedInstanceGroup',
  list: { operation: 'listManagedInstanceGroups', collection: true },
  dependsOn: ['OsmhSoftwareSource', 'OnsTopic', 'Instance'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'managedInstanceCount', 'location', 'timeCreated', 'timeModified', 'lifecycleState', 'osFamily', 'archType', 'vendorName', 'notificationTopicId', 'isManagedByAutonomousLinux', ...TAGS],
  generate(base, ctx) {
    // Members are compute instances of the group's compartment (a managed instance's ocid is
    // its instance's).
    const running = (where: { region: string; compartmentId?: string }) => ctx.find('Instance', where).filter((i) => i.lifecycleState === 'RUNNING');
    const near = running({ region: base.region, compartmentId: base.compartmentId });
    const pool = near.length > 0 ? near : running({ region: base.region });
    const members = pool.slice(0, ctx.int(firstInRegion(ctx, 'OsmhManagedInstanceGroup', base.region) ? 1 : 0, 3)).map((i) => i.ocid);
    return {
      description: 'emulated managed instance group',
      timeModified: base.timeCreated,
      ...OS,
      softwareSourceIds: sourcesNear(ctx, base, 2).map(sourceDetails),
      managedInstanceIds: members,
      managedInstanceCount: members.length,
      location: 'OCI_COMPUTE',
      pendingJobCount: 0,
      notificationTopicId: parentId(ctx, 'OnsTopic', base),
      isManagedByAutonomousLinux: false,
    };
  },
});

const profile = defineEntry({
  resourceType: 'OsmhProfile',
  ocidKind: 'osmhprofile',
  service: SERVICE,
  basePath: `${V}/profiles`,
  getOperation: 'getProfile',
  list: { operation: 'listProfiles', collection: true },
  dependsOn: ['OsmhSoftwareSource', 'OsmhManagedInstanceGroup'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'description', 'compartmentId', 'managementStationId', 'profileType', 'registrationType', 'vendorName', 'osFamily', 'archType', 'timeCreated', 'lifecycleState', 'isDefaultProfile', 'isServiceProvidedProfile', ...TAGS],
  generate(base, ctx) {
    const groupRef = !firstInRegion(ctx, 'OsmhProfile', base.region) && ctx.rng() < 0.3 ? parentOf(ctx, 'OsmhManagedInstanceGroup', base) : undefined;
    const common = { description: 'emulated registration profile', ...OS, timeModified: base.timeCreated, profileVersion: '1', registrationType: 'OCI_LINUX', isDefaultProfile: false, isServiceProvidedProfile: false };
    return groupRef
      ? { ...common, profileType: 'GROUP', managedInstanceGroup: { id: groupRef.ocid, displayName: groupRef.displayName } }
      : { ...common, profileType: 'SOFTWARESOURCE', softwareSources: sourcesNear(ctx, base, 2).map(sourceDetails) };
  },
});

const scheduledJob = defineEntry({
  resourceType: 'OsmhScheduledJob',
  ocidKind: 'osmhscheduledjob',
  service: SERVICE,
  basePath: `${V}/scheduledJobs`,
  getOperation: 'getScheduledJob',
  list: { operation: 'listScheduledJobs', collection: true },
  dependsOn: ['OsmhManagedInstanceGroup', 'OsmhSoftwareSource'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'compartmentId', 'scheduleType', 'locations', 'timeCreated', 'timeUpdated', 'timeNextExecution', 'timeLastExecution', 'managedInstanceIds', 'managedInstanceGroupIds', 'managedCompartmentIds', 'lifecycleStageIds', 'dynamicSetIds', 'operations', 'lifecycleState', 'isManagedByAutonomousLinux', 'isRestricted', 'retryIntervals', ...TAGS],
  generate(base, ctx) {
    const target = ctx.parent?.resourceType === 'OsmhManagedInstanceGroup' ? ctx.parent : parentOf(ctx, 'OsmhManagedInstanceGroup', base);
    const attach = firstOrChance(ctx, 'OsmhScheduledJob', base.region, 0.4);
    return {
      description: 'emulated scheduled job',
      scheduleType: 'RECURRING',
      locations: ['OCI_COMPUTE'],
      timeNextExecution: '2025-06-02T03:00:00.000Z',
      timeLastExecution: '2025-06-01T03:00:00.000Z',
      recurringRule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3',
      managedInstanceGroupIds: target ? [target.ocid] : [],
      operations: attach
        ? [{ operationType: 'ATTACH_SOFTWARE_SOURCES', softwareSourceIds: sourcesNear(ctx, base, 1).map((s) => s.ocid) }]
        : [{ operationType: ctx.pick(['UPDATE_ALL', 'UPDATE_SECURITY']) }],
      timeUpdated: base.timeCreated,
      isManagedByAutonomousLinux: false,
      isRestricted: false,
      retryIntervals: [1, 5, 15],
    };
  },
});

export const OSMH_CATALOG: CatalogEntry[] = [softwareSource, lifecycleEnvironment, group, profile, scheduledJob];
