// Emulated database services of the second wave: pluggable databases, Database Tools private
// endpoints, MySQL backups, PostgreSQL configurations, NoSQL tables, Recovery Service
// protected databases and subnets. Shaped like the SDK models; lists answer as the real
// ones do (bare arrays or `*Collection`s, `*Summary` fields).
import { defineEntry, parentId, parentOf, privateIp } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const LIVE = { active: 'ACTIVE', terminated: 'DELETED' };

function ids(...values: Array<string | null>): string[] {
  return values.filter((v): v is string => v !== null);
}

const pluggableDatabase = defineEntry({
  resourceType: 'PluggableDatabase',
  ocidKind: 'pluggabledatabase',
  service: 'database',
  basePath: '/20160918/pluggableDatabases',
  getOperation: 'getPluggableDatabase',
  list: { operation: 'listPluggableDatabases', filters: ['databaseId'] },
  names: { name: 'pdbName' },
  dependsOn: ['Database'],
  weight: 0.2,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate: (base, ctx) => {
    const name = `PDB${ctx.int(1, 99)}`;
    return {
      containerDatabaseId: ctx.parent?.ocid ?? parentId(ctx, 'Database', base),
      openMode: 'READ_WRITE',
      isRestricted: false,
      connectionStrings: { pdbDefault: `db.example:1521/${name.toLowerCase()}.example`, pdbIpDefault: `${privateIp(ctx)}:1521/${name.toLowerCase()}.example`, allConnectionStrings: {} },
      pluggableDatabaseManagementConfig: { managementStatus: 'DISABLED' },
      kmsKeyId: ctx.rng() < 0.5 ? parentId(ctx, 'Key', base) : null,
      patchVersion: '19.24.0.0.0',
    };
  },
});

const dbToolsPrivateEndpoint = defineEntry({
  resourceType: 'DatabaseToolsPrivateEndpoint',
  ocidKind: 'databasetoolsprivateendpoint',
  service: 'dbtools',
  basePath: '/20201005/databaseToolsPrivateEndpoints',
  getOperation: 'getDatabaseToolsPrivateEndpoint',
  list: { operation: 'listDatabaseToolsPrivateEndpoints', collection: true, filters: ['subnetId'] },
  dependsOn: ['Subnet', 'Vnic'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => {
    const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
    const ip = privateIp(ctx);
    return {
      description: 'emulated Database Tools private endpoint',
      endpointServiceId: ctx.ocid('databasetoolsendpointservice', base.region),
      timeUpdated: base.timeCreated,
      vcnId: (subnet?.attrs.vcnId as string | null | undefined) ?? null,
      subnetId: subnet?.ocid ?? null,
      privateEndpointVnicId: parentId(ctx, 'Vnic', base),
      privateEndpointIp: ip,
      endpointFqdn: `dbtools-${ctx.int(1000, 9999)}.${base.region}.oraclevcn.com`,
      additionalFqdns: [],
      nsgIds: ids(parentId(ctx, 'NetworkSecurityGroup', base)),
      locks: [],
    };
  },
});

const mysqlBackup = defineEntry({
  resourceType: 'MysqlBackup',
  ocidKind: 'mysqlbackup',
  service: 'mysql',
  basePath: '/20190415/backups',
  getOperation: 'getBackup',
  list: { operation: 'listBackups', filters: ['dbSystemId'] },
  dependsOn: ['MysqlDbSystem'],
  weight: 0.2,
  lifecycleStates: LIVE,
  // BackupSummary: no timeUpdated nor validation details.
  summaryFields: ['id', 'displayName', 'description', 'softDelete', 'timeCreated', 'lifecycleState', 'lifecycleDetails', 'backupType', 'creationType', 'dbSystemId', 'compartmentId', 'dataStorageSizeInGBs', 'backupSizeInGBs', 'retentionInDays', 'mysqlVersion', 'shapeName', 'freeformTags', 'definedTags', 'immediateSourceBackupId', 'originalSourceBackupId', 'timeCopyCreated'],
  generate: (base, ctx) => ({
    description: 'emulated MySQL backup',
    softDelete: 'DISABLED',
    timeUpdated: base.timeCreated,
    lifecycleDetails: 'Backup completed',
    backupType: ctx.pick(['FULL', 'INCREMENTAL']),
    creationType: ctx.pick(['MANUAL', 'AUTOMATIC']),
    dbSystemId: ctx.parent?.ocid ?? parentId(ctx, 'MysqlDbSystem', base),
    backupSizeInGBs: ctx.int(1, 200),
    retentionInDays: 7,
    dataStorageSizeInGBs: 50,
    mysqlVersion: '8.4.2',
    shapeName: 'MySQL.2',
    immediateSourceBackupId: null,
    originalSourceBackupId: null,
  }),
});

const postgresqlConfiguration = defineEntry({
  resourceType: 'PostgresqlConfiguration',
  ocidKind: 'postgresqlconfiguration',
  service: 'postgresql',
  basePath: '/20220915/configurations',
  getOperation: 'getConfiguration',
  list: { operation: 'listConfigurations', collection: true },
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'displayName', 'compartmentId', 'timeCreated', 'lifecycleState', 'lifecycleDetails', 'dbVersion', 'shape', 'isFlexible', 'instanceOcpuCount', 'instanceMemorySizeInGBs', 'compatibleShapes', 'defaultConfigId', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => ({
    description: 'emulated PostgreSQL configuration',
    dbVersion: ctx.pick(['14', '15', '16']),
    configType: 'CUSTOM',
    shape: 'PostgreSQL.VM.Standard.E5.Flex',
    isFlexible: true,
    instanceOcpuCount: 0,
    instanceMemorySizeInGBs: 0,
    compatibleShapes: ['PostgreSQL.VM.Standard.E5.Flex'],
    defaultConfigId: ctx.ocid('postgresqldefaultconfiguration', base.region),
    configurationDetails: {
      items: [
        { configKey: 'max_connections', defaultConfigValue: '200', overridenConfigValue: String(ctx.pick([200, 400, 800])), allowedValues: '100-5000', isRestartRequired: true, dataType: 'integer', isOverridable: true, description: 'Maximum number of concurrent connections' },
      ],
    },
  }),
});

const nosqlTable = defineEntry({
  resourceType: 'NoSqlTable',
  ocidKind: 'nosqltable',
  service: 'nosql',
  basePath: '/20190828/tables',
  getOperation: 'getTable',
  list: { operation: 'listTables', collection: true },
  names: { name: 'name' },
  weight: 0.2,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'compartmentId', 'name', 'timeCreated', 'timeUpdated', 'tableLimits', 'lifecycleState', 'lifecycleDetails', 'isAutoReclaimable', 'timeOfExpiration', 'schemaState', 'isMultiRegion', 'freeformTags', 'definedTags'],
  generate: (base, ctx) => ({
    timeUpdated: base.timeCreated,
    tableLimits: { maxReadUnits: ctx.pick([10, 50, 100]), maxWriteUnits: ctx.pick([10, 50]), maxStorageInGBs: ctx.pick([1, 5, 25]), capacityMode: 'PROVISIONED' },
    isAutoReclaimable: false,
    schema: { columns: [{ name: 'id', type: 'INTEGER', isNullable: false }, { name: 'payload', type: 'JSON', isNullable: true }], primaryKey: ['id'], shardKey: ['id'], ttl: 0 },
    ddlStatement: 'CREATE TABLE IF NOT EXISTS t (id INTEGER, payload JSON, PRIMARY KEY (id))',
    schemaState: 'MUTABLE',
    isMultiRegion: false,
  }),
});

const recoveryServiceSubnet = defineEntry({
  resourceType: 'RecoveryServiceSubnet',
  ocidKind: 'recoveryservicesubnet',
  service: 'recovery',
  basePath: '/20210216/recoveryServiceSubnets',
  getOperation: 'getRecoveryServiceSubnet',
  list: { operation: 'listRecoveryServiceSubnets', collection: true, filters: ['vcnId'] },
  dependsOn: ['Subnet'],
  weight: 0.1,
  lifecycleStates: LIVE,
  generate: (base, ctx) => {
    const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
    return {
      vcnId: (subnet?.attrs.vcnId as string | null | undefined) ?? null,
      subnetId: subnet?.ocid ?? null,
      subnets: ids(subnet?.ocid ?? null),
      nsgIds: ids(parentId(ctx, 'NetworkSecurityGroup', base)),
      timeUpdated: base.timeCreated,
    };
  },
});

const protectedDatabase = defineEntry({
  resourceType: 'ProtectedDatabase',
  ocidKind: 'protecteddatabase',
  service: 'recovery',
  basePath: '/20210216/protectedDatabases',
  getOperation: 'getProtectedDatabase',
  list: { operation: 'listProtectedDatabases', collection: true, filters: ['recoveryServiceSubnetId'] },
  dependsOn: ['RecoveryServiceSubnet', 'Database'],
  weight: 0.1,
  lifecycleStates: LIVE,
  summaryFields: ['id', 'displayName', 'compartmentId', 'dbUniqueName', 'vpcUserName', 'databaseSize', 'protectionPolicyId', 'policyLockedDateTime', 'recoveryServiceSubnets', 'databaseId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'health', 'lifecycleDetails', 'healthDetails', 'isReadOnlyResource', 'metrics', 'subscriptionId', 'freeformTags', 'definedTags', 'systemTags'],
  generate: (base, ctx) => ({
    dbUniqueName: `db_${ctx.int(1000, 9999)}`,
    vpcUserName: `vpcuser${ctx.int(10, 99)}`,
    databaseSize: ctx.pick(['XS', 'S', 'M', 'L']),
    protectionPolicyId: ctx.ocid('recoveryservicepolicy', base.region),
    recoveryServiceSubnets: ids(ctx.parent?.ocid ?? parentId(ctx, 'RecoveryServiceSubnet', base)).map((id) => ({ recoveryServiceSubnetId: id, lifecycleState: 'ACTIVE' })),
    databaseId: parentId(ctx, 'Database', base),
    databaseSizeInGBs: ctx.int(10, 2000),
    isRedoLogsShipped: true,
    timeUpdated: base.timeCreated,
    health: 'PROTECTED',
    isReadOnlyResource: false,
    metrics: { backupSpaceUsedInGBs: ctx.int(1, 500), dbSizeInGBs: ctx.int(10, 2000), isRedoLogsEnabled: true, retentionPeriodInDays: 14 },
  }),
});

export const DATABASE_SERVICES_CATALOG: CatalogEntry[] = [pluggableDatabase, dbToolsPrivateEndpoint, mysqlBackup, postgresqlConfiguration, nosqlTable, recoveryServiceSubnet, protectedDatabase];
