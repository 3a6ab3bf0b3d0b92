// Rows for database services of the second wave: pluggable databases, Database Tools private
// endpoints, MySQL backups, PostgreSQL configurations, NoSQL tables, and Recovery Service
// protected databases and subnets. Metadata only: no table rows, no backup content.
import { getById, listByCompartment, rel } from './build.js';
import type { EnricherRow, ListSpec } from './types.js';

const database = () => import('oci-database').then((m) => m.DatabaseClient);
const dbTools = () => import('oci-databasetools').then((m) => m.DatabaseToolsClient);
const mysqlBackups = () => import('oci-mysql').then((m) => m.DbBackupsClient);
const postgresql = () => import('oci-psql').then((m) => m.PostgresqlClient);
const nosql = () => import('oci-nosql').then((m) => m.NosqlClient);
const recovery = () => import('oci-recovery').then((m) => m.DatabaseRecoveryClient);

/** A per-compartment list whose response is a `*Collection` holding `items`. */
function listCollection(method: string, collectionKey: string): ListSpec {
  return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}

export const DATABASE_SERVICES_ROWS: EnricherRow[] = [
  {
    resourceType: 'PluggableDatabase',
    service: 'database',
    client: database,
    get: getById('getPluggableDatabase', 'pluggableDatabaseId', 'pluggableDatabase'),
    list: listByCompartment('listPluggableDatabases'),
    relations: rel({ containerDatabaseId: 'IN_DATABASE', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
  {
    resourceType: 'DatabaseToolsPrivateEndpoint',
    service: 'dbtools',
    client: dbTools,
    get: getById('getDatabaseToolsPrivateEndpoint', 'databaseToolsPrivateEndpointId', 'databaseToolsPrivateEndpoint'),
    list: listCollection('listDatabaseToolsPrivateEndpoints', 'databaseToolsPrivateEndpointCollection'),
    relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', privateEndpointVnicId: 'HAS_VNIC' }),
  },
  {
    resourceType: 'MysqlBackup',
    service: 'mysql',
    client: mysqlBackups,
    get: getById('getBackup', 'backupId', 'backup'),
    list: listByCompartment('listBackups'),
    relations: rel({ dbSystemId: 'BACKUP_OF', immediateSourceBackupId: 'COPY_OF' }),
  },
  {
    // ConfigurationSummary lacks configurationDetails, the settings themselves: read by get
    // so a changed setting shows as drift.
    resourceType: 'PostgresqlConfiguration',
    service: 'postgresql',
    client: postgresql,
    get: getById('getConfiguration', 'configurationId', 'configuration'),
    relations: [],
  },
  {
    resourceType: 'NoSqlTable',
    service: 'nosql',
    client: nosql,
    get: {
      method: 'getTable',
      responseKey: 'table',
      request: (ref) => ({ tableNameOrId: ref.ocid, ...(ref.compartmentId ? { compartmentId: ref.compartmentId } : {}) }),
    },
    list: listCollection('listTables', 'tableCollection'),
    relations: [],
  },
  {
    resourceType: 'ProtectedDatabase',
    service: 'recovery',
    client: recovery,
    get: getById('getProtectedDatabase', 'protectedDatabaseId', 'protectedDatabase'),
    list: listCollection('listProtectedDatabases', 'protectedDatabaseCollection'),
    relations: rel({
      databaseId: 'PROTECTS',
      protectionPolicyId: 'USES_PROTECTION_POLICY',
      'recoveryServiceSubnets.*.recoveryServiceSubnetId': 'USES_RECOVERY_SUBNET',
    }),
  },
  {
    resourceType: 'RecoveryServiceSubnet',
    service: 'recovery',
    client: recovery,
    get: getById('getRecoveryServiceSubnet', 'recoveryServiceSubnetId', 'recoveryServiceSubnet'),
    list: listCollection('listRecoveryServiceSubnets', 'recoveryServiceSubnetCollection'),
    relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET', subnets: 'IN_SUBNET', nsgIds: 'IN_NSG' }),
  },
];
