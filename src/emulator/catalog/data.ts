// Emulated storage and databases: Object Storage buckets (namespace-addressed, no API
// version), File Storage, Database (ADB, DB systems, databases, nodes) and MySQL.
import { badRequest, defineEntry, notFound, paged, parentId, parentOf, privateIp } from './service-kit.js';
import type { CatalogEntry } from './types.js';

const bucket = defineEntry({
  resourceType: 'Bucket',
  ocidKind: 'bucket',
  service: 'objectstorage',
  basePath: '/n/{namespaceName}/b',
  getOperation: 'getBucket',
  names: { name: 'name', noState: true },
  weight: 1.5,
  lifecycleStates: { active: 'ACTIVE' },
  generate: (_base, ctx) => ({
    namespace: ctx.namespace,
    createdBy: ctx.tenancyId,
    etag: `etag-${ctx.int(1, 1_000_000)}`,
    publicAccessType: 'NoPublicAccess',
    storageTier: ctx.pick(['Standard', 'Archive']),
    objectEventsEnabled: false,
    versioning: 'Disabled',
    kmsKeyId: null,
    replicationEnabled: false,
    isReadOnly: false,
    autoTiering: 'Disabled',
  }),
});
// Buckets are addressed by namespace and name, not by ocid.
bucket.routes = [
  {
    service: 'objectstorage',
    method: 'GET',
    pattern: '/n/{namespaceName}/b/{bucketName}',
    operation: 'getBucket',
    handle(req, view) {
      if (req.params.namespaceName !== view.namespace) return notFound();
      const found = view.list('Bucket', { region: req.region }).find((b) => b.displayName === req.params.bucketName);
      if (!found) return notFound();
      return { status: 200, body: bucket.toWire(found, view) };
    },
  },
  {
    // BucketSummary: namespace, name, compartmentId, createdBy, timeCreated, etag; tags only
    // with `fields=tags` (the one field OCI lets the list add).
    service: 'objectstorage',
    method: 'GET',
    pattern: '/n/{namespaceName}/b',
    operation: 'listBuckets',
    handle(req, view) {
      if (req.params.namespaceName !== view.namespace) return notFound();
      const compartmentId = req.query.get('compartmentId');
      if (!compartmentId) return badRequest('compartmentId is required', 'MissingParameter');
      const fields = (req.query.get('fields') ?? '').split(',').filter((f) => f !== '');
      if (fields.some((f) => f !== 'tags')) return badRequest('fields may only be tags');
      const items = view
        .list('Bucket', { region: req.region, compartmentId })
        .sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0))
        .map((b) => ({
          namespace: view.namespace,
          name: b.displayName,
          compartmentId: b.compartmentId,
          createdBy: String(b.attrs.createdBy ?? ''),
          timeCreated: b.timeCreated,
          etag: String(b.attrs.etag ?? ''),
          ...(fields.includes('tags') ? { freeformTags: b.freeformTags, definedTags: b.definedTags } : {}),
        }));
      return paged(req, items);
    },
  },
  {
    service: 'objectstorage',
    method: 'GET',
    pattern: '/n',
    operation: 'getNamespace',
    handle: (_req, view) => ({ status: 200, body: view.namespace }),
  },
];

const fileSystem = defineEntry({
  resourceType: 'FileSystem',
  ocidKind: 'filesystem',
  service: 'filestorage',
  basePath: '/20171215/fileSystems',
  getOperation: 'getFileSystem',
  weight: 0.6,
  adScoped: true,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (_b, ctx) => ({ meteredBytes: ctx.int(1, 1000) * 1024 * 1024, kmsKeyId: '', isCloneParent: false, isHydrated: true, isTargetable: true }),
});

const mountTarget = defineEntry({
  resourceType: 'MountTarget',
  ocidKind: 'mounttarget',
  service: 'filestorage',
  basePath: '/20171215/mountTargets',
  getOperation: 'getMountTarget',
  dependsOn: ['Subnet'],
  weight: 0.4,
  adScoped: true,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    subnetId: parentId(ctx, 'Subnet', base),
    nsgIds: [],
    privateIpIds: [ctx.ocid('privateip', base.region)],
    exportSetId: ctx.ocid('exportset', base.region),
    lifecycleDetails: '',
  }),
});

const autonomousDatabase = defineEntry({
  resourceType: 'AutonomousDatabase',
  ocidKind: 'autonomousdatabase',
  service: 'database',
  basePath: '/20160918/autonomousDatabases',
  getOperation: 'getAutonomousDatabase',
  list: { operation: 'listAutonomousDatabases' },
  weight: 1,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate: (base, ctx) => ({
    dbName: `adb${ctx.int(100, 999)}`,
    dbWorkload: ctx.pick(['OLTP', 'DW', 'AJD']),
    computeModel: 'ECPU',
    computeCount: ctx.pick([2, 4, 8]),
    dataStorageSizeInTBs: 1,
    isFreeTier: false,
    licenseModel: 'LICENSE_INCLUDED',
    dbVersion: '19c',
    subnetId: ctx.rng() < 0.5 ? parentId(ctx, 'Subnet', base) : null,
    nsgIds: [],
    // Present in the real model; the enricher must redact them.
    connectionStrings: { high: 'adb_high', low: 'adb_low', medium: 'adb_medium', allConnectionStrings: { HIGH: 'tcps://adb.example:1522/high' } },
    connectionUrls: { sqlDevWebUrl: 'https://adb.example/ords/sql-developer' },
  }),
});

const dbSystem = defineEntry({
  resourceType: 'DbSystem',
  ocidKind: 'dbsystem',
  service: 'database',
  basePath: '/20160918/dbSystems',
  getOperation: 'getDbSystem',
  list: { operation: 'listDbSystems', filters: ['availabilityDomain'] },
  dependsOn: ['Subnet'],
  weight: 0.5,
  adScoped: true,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate: (base, ctx) => ({
    shape: ctx.pick(['VM.Standard.E4.Flex', 'VM.Standard2.2']),
    cpuCoreCount: ctx.pick([2, 4]),
    databaseEdition: 'ENTERPRISE_EDITION',
    subnetId: parentId(ctx, 'Subnet', base),
    nsgIds: [],
    sshPublicKeys: ['ssh-rsa AAAAB3NzaC1yc2E emulator'],
    hostname: `db${ctx.int(1, 999)}`,
    domain: 'sub.vcn.oraclevcn.com',
    dataStorageSizeInGBs: 256,
    licenseModel: 'LICENSE_INCLUDED',
    nodeCount: 1,
    version: '19.20.0.0',
  }),
});

const database = defineEntry({
  resourceType: 'Database',
  ocidKind: 'database',
  service: 'database',
  basePath: '/20160918/databases',
  getOperation: 'getDatabase',
  names: { name: 'dbName' },
  dependsOn: ['DbSystem'],
  weight: 0.5,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate: (base, ctx) => ({
    dbSystemId: parentId(ctx, 'DbSystem', base),
    dbHomeId: ctx.ocid('dbhome', base.region),
    dbUniqueName: `db_${ctx.int(1000, 9999)}`,
    characterSet: 'AL32UTF8',
    ncharacterSet: 'AL16UTF16',
    dbWorkload: 'OLTP',
    isCdb: true,
    connectionStrings: { cdbDefault: 'db.example:1521/cdb', allConnectionStrings: { cdbDefault: 'db.example:1521/cdb' } },
  }),
});

const dbNode = defineEntry({
  resourceType: 'DbNode',
  ocidKind: 'dbnode',
  service: 'database',
  basePath: '/20160918/dbNodes',
  getOperation: 'getDbNode',
  list: { operation: 'listDbNodes', filters: ['dbSystemId'] },
  names: { name: 'hostname' },
  dependsOn: ['DbSystem'],
  weight: 0.5,
  lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
  generate(base, ctx) {
    const system = parentOf(ctx, 'DbSystem', base);
    return {
      dbSystemId: system?.ocid ?? null,
      vnicId: ctx.ocid('vnic', base.region),
      hostIpId: ctx.ocid('privateip', base.region),
      faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`,
      softwareStorageSizeInGB: 200,
      cpuCoreCount: 2,
    };
  },
});

const mysql = defineEntry({
  resourceType: 'MysqlDbSystem',
  ocidKind: 'mysqldbsystem',
  service: 'mysql',
  basePath: '/20190415/dbSystems',
  getOperation: 'getDbSystem',
  dependsOn: ['Subnet'],
  weight: 0.5,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    subnetId: parentId(ctx, 'Subnet', base),
    nsgIds: [],
    shapeName: ctx.pick(['MySQL.2', 'MySQL.4']),
    mysqlVersion: '8.4.2',
    dataStorageSizeInGBs: 50,
    isHighlyAvailable: ctx.rng() < 0.3,
    ipAddress: privateIp(ctx),
    port: 3306,
    portX: 33060,
    configurationId: ctx.ocid('mysqlconfiguration', null),
    faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`,
  }),
});

// The DbNode model has no compartmentId (lists filter on the node's DB system compartment).
const dbNodeWire = dbNode.toWire;
dbNode.toWire = (r, v) => {
  const wire = dbNodeWire(r, v);
  delete wire.compartmentId;
  return wire;
};

export const DATA_CATALOG: CatalogEntry[] = [bucket, fileSystem, mountTarget, autonomousDatabase, dbSystem, database, dbNode, mysql];
