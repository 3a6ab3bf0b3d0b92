// Rows for storage and databases: Object Storage, File Storage, Database, MySQL.
import { getById, listByCompartment, listByParent, rel } from './build.js';
import type { EnricherRow } from './types.js';

const objectStorage = () => import('oci-objectstorage').then((m) => m.ObjectStorageClient);
const fileStorage = () => import('oci-filestorage').then((m) => m.FileStorageClient);
const database = () => import('oci-database').then((m) => m.DatabaseClient);
const mysql = () => import('oci-mysql').then((m) => m.DbSystemClient);

export const DATA_ROWS: EnricherRow[] = [
  {
    // Buckets are addressed by namespace and name; the search summary's displayName is the name.
    resourceType: 'Bucket',
    service: 'objectstorage',
    client: objectStorage,
    needsNamespace: true,
    get: {
      method: 'getBucket',
      responseKey: 'bucket',
      request: (ref, env) => ({ namespaceName: env.namespace, bucketName: ref.displayName ?? '' }),
    },
    relations: rel({ kmsKeyId: 'ENCRYPTED_BY_KEY' }),
  },
  {
    resourceType: 'FileSystem',
    service: 'filestorage',
    client: fileStorage,
    get: getById('getFileSystem', 'fileSystemId', 'fileSystem'),
    relations: rel({ kmsKeyId: 'ENCRYPTED_BY_KEY', 'sourceDetails.parentFileSystemId': 'CLONE_OF' }),
  },
  {
    resourceType: 'MountTarget',
    service: 'filestorage',
    client: fileStorage,
    get: getById('getMountTarget', 'mountTargetId', 'mountTarget'),
    relations: rel({ subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', privateIpIds: 'USES_PRIVATE_IP' }),
  },
  {
    resourceType: 'AutonomousDatabase',
    service: 'database',
    client: database,
    get: getById('getAutonomousDatabase', 'autonomousDatabaseId', 'autonomousDatabase'),
    // The summary carries every field of the full object.
    list: listByCompartment('listAutonomousDatabases'),
    relations: rel({ subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', kmsKeyId: 'ENCRYPTED_BY_KEY', vaultId: 'IN_VAULT' }),
  },
  {
    resourceType: 'DbSystem',
    service: 'database',
    client: database,
    get: getById('getDbSystem', 'dbSystemId', 'dbSystem'),
    list: listByCompartment('listDbSystems'),
    relations: rel({ subnetId: 'IN_SUBNET', backupSubnetId: 'USES_BACKUP_SUBNET', nsgIds: 'IN_NSG' }),
  },
  {
    // listDatabases needs a DB home, which search does not give: get by id.
    resourceType: 'Database',
    service: 'database',
    client: database,
    get: getById('getDatabase', 'databaseId', 'database'),
    relations: rel({ dbSystemId: 'IN_DB_SYSTEM', dbHomeId: 'IN_DB_HOME', kmsKeyId: 'ENCRYPTED_BY_KEY', vaultId: 'IN_VAULT' }),
  },
  {
    resourceType: 'DbNode',
    service: 'database',
    client: database,
    get: getById('getDbNode', 'dbNodeId', 'dbNode'),
    list: listByParent('listDbNodes', 'DbSystem', 'dbSystemId'),
    relations: rel({ dbSystemId: 'IN_DB_SYSTEM', vnicId: 'HAS_VNIC' }),
  },
  {
    resourceType: 'MysqlDbSystem',
    service: 'mysql',
    client: mysql,
    get: getById('getDbSystem', 'dbSystemId', 'dbSystem'),
    relations: rel({ subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', configurationId: 'USES_CONFIGURATION' }),
  },
];
