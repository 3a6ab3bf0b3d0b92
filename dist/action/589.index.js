export const id = 589;
export const ids = [589];
export const modules = {

/***/ 89589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEnricher: () => (/* binding */ createEnricher)
});

// UNUSED EXPORTS: DEFAULT_LIST_THRESHOLD

// EXTERNAL MODULE: ./build/src/oci/http.js
var http = __webpack_require__(13207);
// EXTERNAL MODULE: ./build/src/oci/json.js
var json = __webpack_require__(85373);
;// CONCATENATED MODULE: ./build/src/oci/enrichers/metadata.js

/** Plain JSON of an SDK value (redaction happens once, in the pipeline). */
function toMetadataJson(value) {
    return (0,json/* toPlainJson */.S)(value);
}
/** Every string value at a dotted path (`*` walks all children; arrays at the end flatten). */
function valuesAt(value, path) {
    const segments = path.split('.');
    let current = value === undefined ? [] : [value];
    for (const segment of segments) {
        const next = [];
        for (const item of current) {
            if (item === null || typeof item !== 'object')
                continue;
            if (segment === '*')
                next.push(...(Array.isArray(item) ? item : Object.values(item)));
            else if (!Array.isArray(item) && segment in item)
                next.push(item[segment]);
        }
        current = next;
    }
    const out = [];
    for (const item of current) {
        if (typeof item === 'string' && item)
            out.push(item);
        else if (Array.isArray(item))
            for (const inner of item)
                if (typeof inner === 'string' && inner)
                    out.push(inner);
    }
    return out;
}
/** Edges from a row's relation fields: only ocids, never the record itself. */
function relationsFrom(metadata, specs, selfOcid) {
    const edges = [];
    for (const spec of specs) {
        for (const target of valuesAt(metadata, spec.field)) {
            if (target.startsWith('ocid1.') && target !== selfOcid)
                edges.push({ relation_type: spec.relation, target_ocid: target });
        }
    }
    return edges;
}
/** Deduplicated, sorted by (relation, target): stable output across runs. */
function normalizeRelations(edges) {
    const seen = new Map();
    for (const edge of edges)
        seen.set(`${edge.relation_type}\u0000${edge.target_ocid}`, edge);
    return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, edge]) => edge);
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/context.js


class RegionContext {
    region;
    clients;
    log;
    byType;
    namespacePromise;
    regionWide = new Map();
    constructor(region, clients, log, 
    /** Every record of the region, by type: parents for scoped lists (log groups, vaults). */
    byType) {
        this.region = region;
        this.clients = clients;
        this.log = log;
        this.byType = byType;
    }
    async clientFor(row) {
        const ctor = await row.client();
        return this.clients.get(ctor, row.service, this.region);
    }
    /** Only rows that need it pay for the namespace lookup: one call per region. */
    async env(row) {
        if (!row.needsNamespace)
            return { namespace: '' };
        this.namespacePromise ??= this.fetchNamespace();
        return { namespace: await this.namespacePromise };
    }
    /** A region-wide read shared by every compartment group of a type: made once, on first need. */
    regionWideChildren(row, read) {
        let pending = this.regionWide.get(row.resourceType);
        if (!pending) {
            pending = read();
            this.regionWide.set(row.resourceType, pending);
        }
        return pending;
    }
    async fetchNamespace() {
        const { ObjectStorageClient } = await __webpack_require__.e(/* import() */ 388).then(__webpack_require__.t.bind(__webpack_require__, 22284, 19));
        const client = this.clients.get(ObjectStorageClient, 'objectstorage', this.region);
        const response = await client.getNamespace({});
        return response.value;
    }
}
/** Call an SDK operation by name; the table names operations as strings. */
async function callOperation(client, method, request) {
    const fn = client[method];
    if (typeof fn !== 'function')
        throw new Error(`${method}: no such operation on ${client.constructor.name}`);
    let response;
    try {
        response = await fn.call(client, request);
    }
    catch (error) {
        throw (0,http/* asOciError */.Uf)(error, method);
    }
    if (response === null || typeof response !== 'object')
        throw new Error(`${method}: empty response`);
    return response;
}
/** Every item of a paged list, paging with the request we built (`page` ← `opcNextPage`). */
async function listAll(client, method, request, itemsPath) {
    const items = [];
    const seenPages = new Set();
    let page;
    do {
        const response = await callOperation(client, method, page ? { ...request, page } : request);
        let node = response;
        for (const key of itemsPath)
            node = node !== null && typeof node === 'object' ? node[key] : undefined;
        if (Array.isArray(node))
            items.push(...node);
        const next = response.opcNextPage;
        page = typeof next === 'string' && next ? next : undefined;
        // A server that repeats a page token would loop forever.
        if (page && seenPages.has(page))
            throw new Error(`${method}: page token repeated`);
        if (page)
            seenPages.add(page);
    } while (page);
    return items;
}
/** Store an SDK object on the record and derive the row's edges. */
function applyObject(record, row, object) {
    const metadata = toMetadataJson(object);
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
        markError(record, `${row.get?.method ?? row.list?.method ?? 'enrich'}: response had no object`);
        return;
    }
    record.details = { ...record.details, metadata: metadata };
    record.enrichStatus = 'OK';
    record.enrichError = null;
    record.relationships = normalizeRelations([...record.relationships, ...relationsFrom(metadata, row.relations, record.ocid)]);
}
function markError(record, reason) {
    record.enrichStatus = 'ERROR';
    record.enrichError = reason;
}
/**
 * `<operation>: <status> <code>` for service errors, `<operation>: <problem>` for transport
 * failures: no request ids, timestamps or durations, so the same failure reads the same in
 * every run and diffs stay quiet.
 */
function describeFailure(operation, error) {
    if (error !== null && typeof error === 'object') {
        const { statusCode, serviceCode } = error;
        if (typeof statusCode === 'number') {
            return `${operation}: ${statusCode}${typeof serviceCode === 'string' && serviceCode ? ` ${serviceCode}` : ''}`;
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    const problem = message.replace(/^.*? failed after \d+ s: /, '').replace(/ocid1\.[\w.-]+/g, '<ocid>');
    return `${operation}: ${problem}`;
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/instance-links.js


const compute = { service: 'iaas', client: () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 3267, 19)).then((m) => m.ComputeClient) };
const GONE = new Set(['DETACHED', 'DETACHING']);
function linkFrom(items, byId, pairs) {
    const additions = new Map();
    for (const raw of items) {
        const item = raw;
        if (typeof item.instanceId !== 'string' || GONE.has(String(item.lifecycleState)))
            continue;
        const instance = byId.get(item.instanceId);
        if (!instance)
            continue;
        const edges = additions.get(instance) ?? [];
        for (const [field, relation] of pairs) {
            const target = item[field];
            if (typeof target === 'string' && target.startsWith('ocid1.'))
                edges.push({ relation_type: relation, target_ocid: target });
        }
        additions.set(instance, edges);
    }
    for (const [instance, edges] of additions)
        instance.relationships = normalizeRelations([...instance.relationships, ...edges]);
}
function instanceLinkTasks(ctx, compartmentId, instances) {
    const byId = new Map(instances.map((r) => [r.ocid, r]));
    const warn = (operation, error) => ctx.log.warn(`instance attachments in ${ctx.region} (${compartmentId}) not read: ${describeFailure(operation, error)}`);
    const task = (operation, request, pairs) => async () => {
        try {
            const client = await ctx.clientFor(compute);
            linkFrom(await listAll(client, operation, request, ['items']), byId, pairs);
        }
        catch (error) {
            warn(operation, error);
        }
        return undefined;
    };
    const tasks = [
        task('listVnicAttachments', { compartmentId }, [
            ['vnicId', 'HAS_VNIC'],
            ['subnetId', 'IN_SUBNET'],
        ]),
        task('listVolumeAttachments', { compartmentId }, [['volumeId', 'USES_VOLUME']]),
    ];
    const domains = new Set(instances.map((r) => r.availabilityDomain).filter((ad) => typeof ad === 'string' && ad !== ''));
    for (const availabilityDomain of [...domains].sort()) {
        tasks.push(task('listBootVolumeAttachments', { compartmentId, availabilityDomain }, [['bootVolumeId', 'USES_BOOT_VOLUME']]));
    }
    return tasks;
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/pool.js
async function runPool(workers, initial) {
    const queue = [...initial];
    const size = Math.max(1, Math.floor(workers));
    let active = 0;
    let failure;
    await new Promise((resolve) => {
        const pump = () => {
            if (failure !== undefined && active === 0)
                return resolve();
            while (failure === undefined && active < size && queue.length > 0) {
                const task = queue.shift();
                active++;
                task()
                    .then((more) => {
                    if (more)
                        queue.push(...more);
                })
                    .catch((error) => {
                    // Tasks catch per-record failures themselves; one that throws is a bug: stop.
                    failure ??= error;
                })
                    .finally(() => {
                    active--;
                    pump();
                });
            }
            if (active === 0 && (queue.length === 0 || failure !== undefined))
                resolve();
        };
        pump();
    });
    if (failure !== undefined)
        throw failure;
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/build.js
/** `getX({ xId: ocid })` returning `{ x: … }`. */
function getById(method, idParam, responseKey) {
    return { method, responseKey, request: (ref) => ({ [idParam]: ref.ocid }) };
}
/** A list per compartment whose items are the full objects. */
function listByCompartment(method, extra = {}) {
    return { method, itemsPath: ['items'], listIsFull: true, request: (s) => ({ compartmentId: s.compartmentId, ...extra }) };
}
/** A list per compartment and parent (`listDbNodes(compartmentId, dbSystemId)`). */
function listByParent(method, parentType, parentParam, withCompartment = true) {
    return {
        method,
        itemsPath: ['items'],
        listIsFull: true,
        parentType,
        request: (s) => ({ ...(withCompartment ? { compartmentId: s.compartmentId } : {}), [parentParam]: s.parentId }),
    };
}
/** Relations from `field → RELATION` pairs. */
function rel(pairs) {
    return Object.entries(pairs).map(([field, relation]) => ({ field, relation }));
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/compute.js
// Rows for Compute and Block Volume (oci-core: ComputeClient, ComputeManagementClient,
// BlockstorageClient), all on the `iaas` endpoint.

const compute_compute = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 3267, 19)).then((m) => m.ComputeClient);
const computeManagement = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 3267, 19)).then((m) => m.ComputeManagementClient);
const blockstorage = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 3267, 19)).then((m) => m.BlockstorageClient);
const COMPUTE_ROWS = [
    {
        resourceType: 'Instance',
        service: 'iaas',
        client: compute_compute,
        get: getById('getInstance', 'instanceId', 'instance'),
        list: listByCompartment('listInstances'),
        relations: rel({
            imageId: 'USES_IMAGE',
            'sourceDetails.imageId': 'USES_IMAGE',
            dedicatedVmHostId: 'ON_DEDICATED_VM_HOST',
            instanceConfigurationId: 'FROM_INSTANCE_CONFIGURATION',
        }),
    },
    {
        resourceType: 'Image',
        service: 'iaas',
        client: compute_compute,
        get: getById('getImage', 'imageId', 'image'),
        list: listByCompartment('listImages'),
        relations: rel({ baseImageId: 'BASED_ON_IMAGE' }),
    },
    {
        resourceType: 'DedicatedVmHost',
        service: 'iaas',
        client: compute_compute,
        get: getById('getDedicatedVmHost', 'dedicatedVmHostId', 'dedicatedVmHost'),
        relations: [],
    },
    {
        resourceType: 'InstancePool',
        service: 'iaas',
        client: computeManagement,
        get: getById('getInstancePool', 'instancePoolId', 'instancePool'),
        relations: rel({
            instanceConfigurationId: 'USES_INSTANCE_CONFIGURATION',
            'placementConfigurations.*.primarySubnetId': 'IN_SUBNET',
            'loadBalancers.*.loadBalancerId': 'BEHIND_LOAD_BALANCER',
        }),
    },
    {
        resourceType: 'InstanceConfiguration',
        service: 'iaas',
        client: computeManagement,
        get: getById('getInstanceConfiguration', 'instanceConfigurationId', 'instanceConfiguration'),
        // The model keeps no link to an instance it was made from; its references are in the
        // launch details it would use.
        relations: rel({
            'instanceDetails.launchDetails.sourceDetails.imageId': 'USES_IMAGE',
            'instanceDetails.launchDetails.createVnicDetails.subnetId': 'IN_SUBNET',
            'instanceDetails.launchDetails.createVnicDetails.nsgIds': 'IN_NSG',
            'instanceDetails.launchDetails.dedicatedVmHostId': 'ON_DEDICATED_VM_HOST',
        }),
    },
    {
        resourceType: 'BootVolume',
        service: 'iaas',
        client: blockstorage,
        get: getById('getBootVolume', 'bootVolumeId', 'bootVolume'),
        // The SDK's ListBootVolumesRequest has availabilityDomain optional: one list per compartment.
        list: listByCompartment('listBootVolumes'),
        relations: rel({ imageId: 'USES_IMAGE', volumeGroupId: 'IN_VOLUME_GROUP', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
    },
    {
        resourceType: 'Volume',
        service: 'iaas',
        client: blockstorage,
        get: getById('getVolume', 'volumeId', 'volume'),
        list: listByCompartment('listVolumes'),
        relations: rel({ volumeGroupId: 'IN_VOLUME_GROUP', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
    },
    {
        resourceType: 'VolumeGroup',
        service: 'iaas',
        client: blockstorage,
        get: getById('getVolumeGroup', 'volumeGroupId', 'volumeGroup'),
        list: listByCompartment('listVolumeGroups'),
        relations: rel({ volumeIds: 'CONTAINS_VOLUME' }),
    },
    {
        resourceType: 'VolumeBackup',
        service: 'iaas',
        client: blockstorage,
        get: getById('getVolumeBackup', 'volumeBackupId', 'volumeBackup'),
        list: listByCompartment('listVolumeBackups'),
        relations: rel({ volumeId: 'BACKUP_OF', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
    },
    {
        resourceType: 'BootVolumeBackup',
        service: 'iaas',
        client: blockstorage,
        get: getById('getBootVolumeBackup', 'bootVolumeBackupId', 'bootVolumeBackup'),
        list: listByCompartment('listBootVolumeBackups'),
        relations: rel({ bootVolumeId: 'BACKUP_OF', imageId: 'USES_IMAGE', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/data.js
// Rows for storage and databases: Object Storage, File Storage, Database, MySQL.

const objectStorage = () => __webpack_require__.e(/* import() */ 388).then(__webpack_require__.t.bind(__webpack_require__, 22284, 19)).then((m) => m.ObjectStorageClient);
const fileStorage = () => __webpack_require__.e(/* import() */ 231).then(__webpack_require__.t.bind(__webpack_require__, 67231, 19)).then((m) => m.FileStorageClient);
const database = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(461)]).then(__webpack_require__.t.bind(__webpack_require__, 57461, 19)).then((m) => m.DatabaseClient);
const mysql = () => __webpack_require__.e(/* import() */ 850).then(__webpack_require__.t.bind(__webpack_require__, 46850, 19)).then((m) => m.DbSystemClient);
const DATA_ROWS = [
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/identity.js
// Rows for IAM (oci-identity). These resources are global: the pipeline hands them to the
// home region, whose identity endpoint serves them.

const identity = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 65606, 19)).then((m) => m.IdentityClient);
const IDENTITY_ROWS = [
    {
        // A compartment's compartmentId is its parent, so one list of the parent's children
        // serves every sibling at once.
        resourceType: 'Compartment',
        service: 'identity',
        client: identity,
        get: getById('getCompartment', 'compartmentId', 'compartment'),
        list: listByCompartment('listCompartments'),
        relations: rel({ compartmentId: 'CHILD_OF' }),
    },
    {
        resourceType: 'User',
        service: 'identity',
        client: identity,
        get: getById('getUser', 'userId', 'user'),
        list: listByCompartment('listUsers'),
        relations: rel({ identityProviderId: 'FEDERATED_BY' }),
    },
    {
        resourceType: 'Group',
        service: 'identity',
        client: identity,
        get: getById('getGroup', 'groupId', 'group'),
        list: listByCompartment('listGroups'),
        relations: [],
    },
    {
        resourceType: 'Policy',
        service: 'identity',
        client: identity,
        get: getById('getPolicy', 'policyId', 'policy'),
        list: listByCompartment('listPolicies'),
        relations: [],
    },
    {
        resourceType: 'DynamicResourceGroup',
        service: 'identity',
        client: identity,
        get: getById('getDynamicGroup', 'dynamicGroupId', 'dynamicGroup'),
        list: listByCompartment('listDynamicGroups'),
        relations: [],
    },
    {
        resourceType: 'TagNamespace',
        service: 'identity',
        client: identity,
        get: getById('getTagNamespace', 'tagNamespaceId', 'tagNamespace'),
        relations: [],
    },
    {
        resourceType: 'TagDefault',
        service: 'identity',
        client: identity,
        get: getById('getTagDefault', 'tagDefaultId', 'tagDefault'),
        relations: rel({ tagNamespaceId: 'IN_TAG_NAMESPACE', tagDefinitionId: 'DEFAULTS_TAG' }),
    },
    {
        resourceType: 'IdentityProvider',
        service: 'identity',
        client: identity,
        get: getById('getIdentityProvider', 'identityProviderId', 'identityProvider'),
        list: listByCompartment('listIdentityProviders', { protocol: 'SAML2' }),
        relations: [],
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/network.js
// Rows for Networking (oci-core VirtualNetworkClient, Load Balancer, Network Load Balancer).

const vnet = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 3267, 19)).then((m) => m.VirtualNetworkClient);
const loadBalancer = () => __webpack_require__.e(/* import() */ 946).then(__webpack_require__.t.bind(__webpack_require__, 17946, 19)).then((m) => m.LoadBalancerClient);
const networkLoadBalancer = () => __webpack_require__.e(/* import() */ 376).then(__webpack_require__.t.bind(__webpack_require__, 65376, 19)).then((m) => m.NetworkLoadBalancerClient);
/** A VCN-scoped network object: get by id, list per compartment, IN_VCN. */
function vcnChild(resourceType, noun, idParam, responseKey, extra = {}) {
    return {
        resourceType,
        service: 'iaas',
        client: vnet,
        get: getById(`get${noun}`, idParam, responseKey),
        list: listByCompartment(`list${noun}s`),
        relations: rel({ vcnId: 'IN_VCN', ...extra }),
    };
}
const NETWORK_ROWS = [
    {
        resourceType: 'Vcn',
        service: 'iaas',
        client: vnet,
        get: getById('getVcn', 'vcnId', 'vcn'),
        list: listByCompartment('listVcns'),
        relations: rel({
            defaultRouteTableId: 'USES_ROUTE_TABLE',
            defaultSecurityListId: 'USES_SECURITY_LIST',
            defaultDhcpOptionsId: 'USES_DHCP_OPTIONS',
        }),
    },
    vcnChild('Subnet', 'Subnet', 'subnetId', 'subnet', {
        routeTableId: 'USES_ROUTE_TABLE',
        securityListIds: 'USES_SECURITY_LIST',
        dhcpOptionsId: 'USES_DHCP_OPTIONS',
    }),
    vcnChild('NetworkSecurityGroup', 'NetworkSecurityGroup', 'networkSecurityGroupId', 'networkSecurityGroup'),
    vcnChild('SecurityList', 'SecurityList', 'securityListId', 'securityList'),
    vcnChild('RouteTable', 'RouteTable', 'rtId', 'routeTable', { 'routeRules.*.networkEntityId': 'ROUTES_TO' }),
    vcnChild('InternetGateway', 'InternetGateway', 'igId', 'internetGateway', { routeTableId: 'USES_ROUTE_TABLE' }),
    vcnChild('NatGateway', 'NatGateway', 'natGatewayId', 'natGateway', { routeTableId: 'USES_ROUTE_TABLE', publicIpId: 'USES_PUBLIC_IP' }),
    vcnChild('ServiceGateway', 'ServiceGateway', 'serviceGatewayId', 'serviceGateway', { routeTableId: 'USES_ROUTE_TABLE' }),
    vcnChild('LocalPeeringGateway', 'LocalPeeringGateway', 'localPeeringGatewayId', 'localPeeringGateway', {
        peerId: 'PEERS_WITH',
        routeTableId: 'USES_ROUTE_TABLE',
    }),
    {
        resourceType: 'DHCPOptions',
        service: 'iaas',
        client: vnet,
        get: getById('getDhcpOptions', 'dhcpId', 'dhcpOptions'),
        list: listByCompartment('listDhcpOptions'),
        relations: rel({ vcnId: 'IN_VCN' }),
    },
    {
        resourceType: 'Drg',
        service: 'iaas',
        client: vnet,
        get: getById('getDrg', 'drgId', 'drg'),
        list: listByCompartment('listDrgs'),
        relations: rel({ 'defaultDrgRouteTables.vcn': 'USES_DRG_ROUTE_TABLE' }),
    },
    {
        resourceType: 'DrgAttachment',
        service: 'iaas',
        client: vnet,
        get: getById('getDrgAttachment', 'drgAttachmentId', 'drgAttachment'),
        list: listByCompartment('listDrgAttachments'),
        relations: rel({ drgId: 'ATTACHED_TO_DRG', vcnId: 'ATTACHES_VCN', 'networkDetails.id': 'ATTACHES_NETWORK', routeTableId: 'USES_ROUTE_TABLE' }),
    },
    {
        resourceType: 'IPSecConnection',
        service: 'iaas',
        client: vnet,
        get: getById('getIPSecConnection', 'ipscId', 'iPSecConnection'),
        list: listByCompartment('listIPSecConnections'),
        relations: rel({ drgId: 'ATTACHED_TO_DRG', cpeId: 'CONNECTS_CPE' }),
    },
    {
        resourceType: 'Cpe',
        service: 'iaas',
        client: vnet,
        get: getById('getCpe', 'cpeId', 'cpe'),
        list: listByCompartment('listCpes'),
        relations: [],
    },
    {
        resourceType: 'VirtualCircuit',
        service: 'iaas',
        client: vnet,
        get: getById('getVirtualCircuit', 'virtualCircuitId', 'virtualCircuit'),
        list: listByCompartment('listVirtualCircuits'),
        relations: rel({ gatewayId: 'ATTACHED_TO_DRG' }),
    },
    {
        // listPublicIps needs scope and lifetime and still misses some: get is simpler and exact.
        resourceType: 'PublicIp',
        service: 'iaas',
        client: vnet,
        get: getById('getPublicIp', 'publicIpId', 'publicIp'),
        relations: rel({ assignedEntityId: 'ASSIGNED_TO', privateIpId: 'MAPS_TO_PRIVATE_IP', publicIpPoolId: 'FROM_PUBLIC_IP_POOL' }),
    },
    {
        resourceType: 'Vnic',
        service: 'iaas',
        client: vnet,
        get: getById('getVnic', 'vnicId', 'vnic'),
        relations: rel({ subnetId: 'IN_SUBNET', nsgIds: 'IN_NSG', vlanId: 'IN_VLAN' }),
    },
    {
        resourceType: 'LoadBalancer',
        service: 'iaas',
        client: loadBalancer,
        get: getById('getLoadBalancer', 'loadBalancerId', 'loadBalancer'),
        list: listByCompartment('listLoadBalancers'),
        relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
    },
    {
        resourceType: 'NetworkLoadBalancer',
        service: 'network-load-balancer-api',
        client: networkLoadBalancer,
        get: getById('getNetworkLoadBalancer', 'networkLoadBalancerId', 'networkLoadBalancer'),
        // The summary lacks backend sets, which carry the ROUTES_TO edges.
        relations: rel({
            subnetId: 'IN_SUBNET',
            networkSecurityGroupIds: 'IN_NSG',
            'backendSets.*.backends.*.targetId': 'ROUTES_TO',
        }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/platform.js
// Rows for platform services: containers, functions, API gateway, security, observability,
// messaging, DNS and media.

const containerEngine = () => __webpack_require__.e(/* import() */ 641).then(__webpack_require__.t.bind(__webpack_require__, 9641, 19)).then((m) => m.ContainerEngineClient);
const functions = () => __webpack_require__.e(/* import() */ 953).then(__webpack_require__.t.bind(__webpack_require__, 15953, 19)).then((m) => m.FunctionsManagementClient);
const gateway = () => __webpack_require__.e(/* import() */ 202).then(__webpack_require__.t.bind(__webpack_require__, 23202, 19)).then((m) => m.GatewayClient);
const deployment = () => __webpack_require__.e(/* import() */ 202).then(__webpack_require__.t.bind(__webpack_require__, 23202, 19)).then((m) => m.DeploymentClient);
const kmsVault = () => __webpack_require__.e(/* import() */ 292).then(__webpack_require__.t.bind(__webpack_require__, 18292, 19)).then((m) => m.KmsVaultClient);
const kmsManagement = () => __webpack_require__.e(/* import() */ 292).then(__webpack_require__.t.bind(__webpack_require__, 18292, 19)).then((m) => m.KmsManagementClient);
const vaults = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(372)]).then(__webpack_require__.t.bind(__webpack_require__, 13372, 19)).then((m) => m.VaultsClient);
const bastion = () => __webpack_require__.e(/* import() */ 420).then(__webpack_require__.t.bind(__webpack_require__, 95420, 19)).then((m) => m.BastionClient);
const logging = () => __webpack_require__.e(/* import() */ 313).then(__webpack_require__.t.bind(__webpack_require__, 96313, 19)).then((m) => m.LoggingManagementClient);
const onsControl = () => __webpack_require__.e(/* import() */ 58).then(__webpack_require__.t.bind(__webpack_require__, 76058, 19)).then((m) => m.NotificationControlPlaneClient);
const onsData = () => __webpack_require__.e(/* import() */ 58).then(__webpack_require__.t.bind(__webpack_require__, 76058, 19)).then((m) => m.NotificationDataPlaneClient);
const events = () => __webpack_require__.e(/* import() */ 225).then(__webpack_require__.t.bind(__webpack_require__, 76225, 19)).then((m) => m.EventsClient);
const monitoring = () => __webpack_require__.e(/* import() */ 14).then(__webpack_require__.t.bind(__webpack_require__, 6014, 19)).then((m) => m.MonitoringClient);
const sch = () => __webpack_require__.e(/* import() */ 310).then(__webpack_require__.t.bind(__webpack_require__, 50310, 19)).then((m) => m.ServiceConnectorClient);
const streamAdmin = () => __webpack_require__.e(/* import() */ 856).then(__webpack_require__.t.bind(__webpack_require__, 67856, 19)).then((m) => m.StreamAdminClient);
const dns = () => Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(307)]).then(__webpack_require__.t.bind(__webpack_require__, 1307, 19)).then((m) => m.DnsClient);
const logAnalytics = () => __webpack_require__.e(/* import() */ 430).then(__webpack_require__.t.bind(__webpack_require__, 15430, 19)).then((m) => m.LogAnalyticsClient);
const media = () => __webpack_require__.e(/* import() */ 612).then(__webpack_require__.t.bind(__webpack_require__, 92612, 19)).then((m) => m.MediaServicesClient);
const PLATFORM_ROWS = [
    {
        resourceType: 'ClustersCluster',
        service: 'containerengine',
        client: containerEngine,
        // ClusterSummary lacks kmsKeyId: a get per cluster keeps the ENCRYPTED_BY_KEY edge.
        get: getById('getCluster', 'clusterId', 'cluster'),
        relations: rel({
            vcnId: 'IN_VCN',
            'endpointConfig.subnetId': 'IN_SUBNET',
            'endpointConfig.nsgIds': 'IN_NSG',
            'options.serviceLbSubnetIds': 'USES_LB_SUBNET',
            kmsKeyId: 'ENCRYPTED_BY_KEY',
        }),
    },
    {
        resourceType: 'NodePool',
        service: 'containerengine',
        client: containerEngine,
        // NodePoolSummary lacks `nodes`: a get per pool keeps the HAS_NODE edges to its instances.
        get: getById('getNodePool', 'nodePoolId', 'nodePool'),
        relations: rel({
            clusterId: 'IN_CLUSTER',
            subnetIds: 'IN_SUBNET',
            'nodeConfigDetails.placementConfigs.*.subnetId': 'IN_SUBNET',
            'nodeConfigDetails.nsgIds': 'IN_NSG',
            'nodes.*.id': 'HAS_NODE',
        }),
    },
    {
        resourceType: 'FunctionsApplication',
        service: 'functions',
        client: functions,
        get: getById('getApplication', 'applicationId', 'application'),
        relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
    },
    {
        resourceType: 'FunctionsFunction',
        service: 'functions',
        client: functions,
        get: getById('getFunction', 'functionId', 'function'),
        relations: rel({ applicationId: 'IN_APPLICATION' }),
    },
    {
        resourceType: 'ApiGateway',
        service: 'apigateway',
        client: gateway,
        get: getById('getGateway', 'gatewayId', 'gateway'),
        relations: rel({ subnetId: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG', certificateId: 'USES_CERTIFICATE' }),
    },
    {
        resourceType: 'ApiDeployment',
        service: 'apigateway',
        client: deployment,
        get: getById('getDeployment', 'deploymentId', 'deployment'),
        relations: rel({ gatewayId: 'ON_GATEWAY' }),
    },
    {
        resourceType: 'Vault',
        service: 'kms',
        client: kmsVault,
        get: getById('getVault', 'vaultId', 'vault'),
        relations: rel({ wrappingkeyId: 'WRAPPED_BY_KEY' }),
    },
    {
        // Keys live behind their vault's own management endpoint; see enrichers/vault-keys.ts.
        resourceType: 'Key',
        service: 'kms',
        client: kmsManagement,
        get: getById('getKey', 'keyId', 'key'),
        list: { ...listByCompartment('listKeys'), listIsFull: false },
        relations: rel({ vaultId: 'IN_VAULT' }),
        after: ['Vault'],
        special: 'vaultKey',
    },
    {
        resourceType: 'VaultSecret',
        service: 'vaults',
        client: vaults,
        get: getById('getSecret', 'secretId', 'secret'),
        relations: rel({ vaultId: 'IN_VAULT', keyId: 'ENCRYPTED_BY_KEY' }),
    },
    {
        resourceType: 'Bastion',
        service: 'bastion',
        client: bastion,
        get: getById('getBastion', 'bastionId', 'bastion'),
        relations: rel({ targetVcnId: 'IN_VCN', targetSubnetId: 'IN_SUBNET' }),
    },
    {
        resourceType: 'LogGroup',
        service: 'logging',
        client: logging,
        get: getById('getLogGroup', 'logGroupId', 'logGroup'),
        list: listByCompartment('listLogGroups'),
        relations: [],
    },
    {
        // getLog needs the log group, which search does not give: logs are read through
        // listLogs of the log groups in their compartment.
        resourceType: 'Log',
        service: 'logging',
        client: logging,
        list: listByParent('listLogs', 'LogGroup', 'logGroupId', false),
        relations: rel({ logGroupId: 'IN_LOG_GROUP', 'configuration.source.resource': 'LOGS_FOR' }),
    },
    {
        resourceType: 'OnsTopic',
        service: 'notification',
        client: onsControl,
        get: getById('getTopic', 'topicId', 'notificationTopic'),
        list: { ...listByCompartment('listTopics'), idField: 'topicId' },
        relations: [],
    },
    {
        resourceType: 'OnsSubscription',
        service: 'notification',
        client: onsData,
        get: getById('getSubscription', 'subscriptionId', 'subscription'),
        list: listByCompartment('listSubscriptions'),
        relations: rel({ topicId: 'SUBSCRIBES_TO' }),
    },
    {
        resourceType: 'EventRule',
        service: 'events',
        client: events,
        get: getById('getRule', 'ruleId', 'rule'),
        relations: rel({
            'actions.actions.*.topicId': 'NOTIFIES_TOPIC',
            'actions.actions.*.functionId': 'INVOKES_FUNCTION',
            'actions.actions.*.streamId': 'WRITES_STREAM',
        }),
    },
    {
        resourceType: 'Alarm',
        service: 'telemetry',
        client: monitoring,
        get: getById('getAlarm', 'alarmId', 'alarm'),
        relations: rel({ destinations: 'NOTIFIES_TOPIC', metricCompartmentId: 'WATCHES_COMPARTMENT' }),
    },
    {
        resourceType: 'ServiceConnector',
        service: 'service-connector-hub',
        client: sch,
        get: getById('getServiceConnector', 'serviceConnectorId', 'serviceConnector'),
        relations: rel({
            'source.logSources.*.logGroupId': 'READS_LOG_GROUP',
            'source.streamId': 'READS_STREAM',
            'target.topicId': 'NOTIFIES_TOPIC',
            'target.streamId': 'WRITES_STREAM',
            'target.functionId': 'INVOKES_FUNCTION',
            'target.logGroupId': 'WRITES_LOG_GROUP',
        }),
    },
    {
        resourceType: 'Stream',
        service: 'streaming',
        client: streamAdmin,
        get: getById('getStream', 'streamId', 'stream'),
        relations: rel({ streamPoolId: 'IN_STREAM_POOL' }),
    },
    {
        resourceType: 'CustomerDnsZone',
        service: 'dns',
        client: dns,
        get: getById('getZone', 'zoneNameOrId', 'zone'),
        relations: rel({ viewId: 'IN_DNS_VIEW' }),
    },
    {
        resourceType: 'LogAnalyticsEntity',
        service: 'loganalytics',
        client: logAnalytics,
        needsNamespace: true,
        get: {
            method: 'getLogAnalyticsEntity',
            responseKey: 'logAnalyticsEntity',
            request: (ref, env) => ({ namespaceName: env.namespace, logAnalyticsEntityId: ref.ocid }),
        },
        relations: rel({ managementAgentId: 'MONITORED_BY_AGENT', cloudResourceId: 'DESCRIBES' }),
    },
    {
        resourceType: 'MediaAsset',
        service: 'mediaservices',
        client: media,
        get: getById('getMediaAsset', 'mediaAssetId', 'mediaAsset'),
        relations: rel({ parentMediaAssetId: 'DERIVED_FROM', masterMediaAssetId: 'DERIVED_FROM', sourceMediaWorkflowId: 'FROM_WORKFLOW' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/index.js
// The enrichment table: one row per Resource Search type we enrich.





const ENRICHER_TABLE = [...COMPUTE_ROWS, ...NETWORK_ROWS, ...DATA_ROWS, ...IDENTITY_ROWS, ...PLATFORM_ROWS];
const BY_TYPE = new Map(ENRICHER_TABLE.map((row) => [row.resourceType, row]));
function rowFor(resourceType) {
    return BY_TYPE.get(resourceType);
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/vault-keys.js

/**
 * The management endpoint of a vault. Under an endpoint template (emulator, proxy) it is the
 * template's `kms` endpoint plus the vault id; otherwise the vault's own managementEndpoint.
 */
function vaultManagementEndpoint(ctx, vault) {
    const templated = ctx.clients.endpointFor('kms', ctx.region);
    if (templated)
        return `${templated.replace(/\/+$/, '')}/${vault.ocid}`;
    const fromMetadata = vault.details.metadata?.managementEndpoint;
    return typeof fromMetadata === 'string' && fromMetadata ? fromMetadata : undefined;
}
/** The row's client addressed at one vault: cached per endpoint, sharing the region's limiter. */
async function clientAt(ctx, row, endpoint) {
    return ctx.clients.get(await row.client(), row.service, ctx.region, endpoint);
}
function vaultKeyTasks(ctx, row, compartmentId, keys, settle) {
    return [
        async () => {
            const vaults = [...(ctx.byType.get('Vault') ?? [])].sort((a, b) => Number(b.compartmentId === compartmentId) - Number(a.compartmentId === compartmentId));
            const keyEndpoint = new Map();
            const listMethod = row.list?.method ?? 'listKeys';
            let listFailure;
            for (const vault of vaults) {
                if (keys.every((key) => keyEndpoint.has(key.ocid)))
                    break;
                const endpoint = vaultManagementEndpoint(ctx, vault);
                if (!endpoint)
                    continue;
                try {
                    const items = await listAll(await clientAt(ctx, row, endpoint), listMethod, { compartmentId }, ['items']);
                    for (const item of items) {
                        const id = item !== null && typeof item === 'object' ? item.id : undefined;
                        if (typeof id === 'string')
                            keyEndpoint.set(id, endpoint);
                    }
                }
                catch (error) {
                    listFailure ??= describeFailure(listMethod, error);
                }
            }
            const getMethod = row.get?.method ?? 'getKey';
            return keys.map((key) => async () => {
                const endpoint = keyEndpoint.get(key.ocid);
                if (!endpoint) {
                    markError(key, listFailure ?? `${listMethod}: key not found in any vault of ${ctx.region}`);
                }
                else {
                    try {
                        const response = await callOperation(await clientAt(ctx, row, endpoint), getMethod, { keyId: key.ocid });
                        applyObject(key, row, response[row.get?.responseKey ?? 'key']);
                    }
                    catch (error) {
                        markError(key, describeFailure(getMethod, error));
                    }
                }
                settle(1);
                return undefined;
            });
        },
    ];
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/engine.js





const DEFAULT_LIST_THRESHOLD = 2;
function createEnricher(deps) {
    const table = deps.table ?? ENRICHER_TABLE;
    const rows = new Map(table.map((row) => [row.resourceType, row]));
    const supported = new Set(rows.keys());
    const threshold = Math.max(1, deps.listThreshold ?? DEFAULT_LIST_THRESHOLD);
    const dependencies = new Map(table.map((row) => [row.resourceType, [...(row.after ?? []), ...(row.list?.parentType ? [row.list.parentType] : [])]]));
    return {
        supportedTypes: () => supported,
        typeDependencies: () => dependencies,
        async enrichRegion(region, records, progress) {
            const byType = new Map();
            for (const record of records) {
                const list = byType.get(record.resourceType);
                if (list)
                    list.push(record);
                else
                    byType.set(record.resourceType, [record]);
            }
            const ctx = new RegionContext(region, deps.clients, deps.log, byType);
            const total = records.filter((r) => rows.has(r.resourceType)).length;
            let done = 0;
            const settle = (n) => {
                done += n;
                progress?.(done, total);
            };
            // Rows that read another type's enriched fields (a Key its Vault's endpoint) go second.
            const first = [];
            const second = [];
            for (const [type, ofType] of byType) {
                const row = rows.get(type);
                if (!row)
                    continue;
                for (const [compartmentId, group] of groupByCompartment(ofType)) {
                    (row.after?.length ? second : first).push(...groupTasks(ctx, row, compartmentId, group, threshold, settle));
                }
            }
            await runPool(deps.workers, first);
            await runPool(deps.workers, second);
            const instances = byType.get('Instance');
            if (instances && rows.has('Instance')) {
                const links = [];
                for (const [compartmentId, group] of groupByCompartment(instances))
                    links.push(...instanceLinkTasks(ctx, compartmentId, group));
                await runPool(deps.workers, links);
            }
        },
    };
}
function groupByCompartment(records) {
    const groups = new Map();
    for (const record of records) {
        const key = record.compartmentId ?? '';
        const group = groups.get(key);
        if (group)
            group.push(record);
        else
            groups.set(key, [record]);
    }
    return groups;
}
function groupTasks(ctx, row, compartmentId, group, threshold, settle) {
    if (row.special === 'vaultKey')
        return vaultKeyTasks(ctx, row, compartmentId, group, settle);
    const list = row.list;
    const useList = list?.listIsFull && compartmentId !== '' && (group.length >= threshold || !row.get);
    if (!useList)
        return group.map((record) => getTask(ctx, row, record, settle));
    return [() => listGroup(ctx, row, compartmentId, group, settle)];
}
function getTask(ctx, row, record, settle) {
    return async () => {
        const get = row.get;
        if (!get) {
            markError(record, `${row.list?.method ?? 'enrich'}: not found by list`);
        }
        else {
            try {
                const client = await ctx.clientFor(row);
                const request = get.request(refOf(record), await ctx.env(row));
                const response = await callOperation(client, get.method, request);
                applyObject(record, row, response[get.responseKey]);
            }
            catch (error) {
                markError(record, describeFailure(get.method, error));
            }
        }
        settle(1);
        return undefined;
    };
}
async function listGroup(ctx, row, compartmentId, group, settle) {
    const list = row.list;
    if (!list)
        return [];
    const scopes = await listScopes(ctx, row, compartmentId);
    const found = new Map();
    const idField = list.idField ?? 'id';
    try {
        const client = await ctx.clientFor(row);
        for (const scope of scopes) {
            for (const item of await listAll(client, list.method, list.request(scope), list.itemsPath)) {
                const id = item !== null && typeof item === 'object' ? item[idField] : undefined;
                if (typeof id === 'string')
                    found.set(id, item);
            }
        }
    }
    catch (error) {
        // One failed list fails its group: retrying each record by get would hammer a service
        // that just refused us.
        const reason = describeFailure(list.method, error);
        for (const record of group)
            markError(record, reason);
        settle(group.length);
        return [];
    }
    const leftovers = [];
    const missing = [];
    for (const record of group) {
        const item = found.get(record.ocid);
        if (item !== undefined) {
            applyObject(record, row, item);
            settle(1);
        }
        else {
            missing.push(record);
        }
    }
    if (missing.length > 0 && list.parentType && !row.get) {
        // No get to fall back on (a Log): look under every parent of the region, once per region.
        // Search may place a child apart from its parent while its index catches up with a move.
        let regionWide;
        try {
            regionWide = await ctx.regionWideChildren(row, () => listUnderEveryParent(ctx, row));
        }
        catch (error) {
            const reason = describeFailure(list.method, error);
            for (const record of missing)
                markError(record, reason);
            settle(missing.length);
            return [];
        }
        for (const record of missing.splice(0)) {
            const item = regionWide.get(record.ocid);
            if (item === undefined) {
                missing.push(record);
            }
            else {
                applyObject(record, row, item);
                settle(1);
            }
        }
    }
    // Not in the list: changed since search, in another scope, or a deleted resource.
    for (const record of missing)
        leftovers.push(getTask(ctx, row, record, settle));
    return leftovers;
}
/** Every child of a parent-scoped list, under every parent of the region, by ocid. */
async function listUnderEveryParent(ctx, row) {
    const list = row.list;
    const found = new Map();
    if (!list?.parentType)
        return found;
    const env = await ctx.env(row);
    const client = await ctx.clientFor(row);
    const idField = list.idField ?? 'id';
    for (const parent of ctx.byType.get(list.parentType) ?? []) {
        const scope = { compartmentId: parent.compartmentId ?? '', parentId: parent.ocid, env };
        for (const item of await listAll(client, list.method, list.request(scope), list.itemsPath)) {
            const id = item !== null && typeof item === 'object' ? item[idField] : undefined;
            if (typeof id === 'string')
                found.set(id, item);
        }
    }
    return found;
}
async function listScopes(ctx, row, compartmentId) {
    const env = await ctx.env(row);
    const list = row.list;
    if (list?.parentType) {
        const parents = (ctx.byType.get(list.parentType) ?? []).filter((p) => p.compartmentId === compartmentId);
        return parents.map((parent) => ({ compartmentId, parentId: parent.ocid, env }));
    }
    return [{ compartmentId, env }];
}
function refOf(record) {
    return {
        ocid: record.ocid,
        displayName: record.displayName,
        compartmentId: record.compartmentId,
        availabilityDomain: record.availabilityDomain ?? null,
    };
}


/***/ })

};
