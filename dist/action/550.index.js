export const id = 550;
export const ids = [550,5432];
export const modules = {

/***/ 5432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   RegionContext: () => (/* binding */ RegionContext),
/* harmony export */   Z8: () => (/* binding */ LIST_PAGE_LIMIT),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   callOperation: () => (/* binding */ callOperation),
/* harmony export */   qi: () => (/* binding */ applyObject),
/* harmony export */   wI: () => (/* binding */ markError)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15211);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31406);


/**
 * Items asked per list page. OCI lists answer 100 or fewer items a page unless asked for
 * more; most accept up to 1000. A list that rejects the limit (400) is asked again without
 * it, and not asked with it again in the run.
 */
const LIST_PAGE_LIMIT = 1000;
/** Each row's client class, loaded once: `row.client()` is a dynamic import, once per record otherwise. */
const clientClasses = new WeakMap();
function clientClass(load) {
    let pending = clientClasses.get(load);
    if (!pending) {
        pending = load();
        clientClasses.set(load, pending);
        // A failed load is not kept: the next record asks again (and fails on its own).
        pending.catch(() => clientClasses.delete(load));
    }
    return pending;
}
class RegionContext {
    region;
    clients;
    log;
    byType;
    limitRefused;
    namespacePromise;
    regionWide = new Map();
    /** One listing per (row, parent) in this batch: the VNIC assembly reads the private IP rows' lists. */
    underParent = new Map();
    /** Hears every listing `childrenOf` made, once it arrived (the engine keeps VNIC facts from them). */
    onChildren;
    constructor(region, clients, log, 
    /** Every record of the region, by type: parents for scoped lists (log groups, vaults). */
    byType, 
    /** `service operation` of lists that refused LIST_PAGE_LIMIT; shared by the run's regions. */
    limitRefused = new Set()) {
        this.region = region;
        this.clients = clients;
        this.log = log;
        this.byType = byType;
        this.limitRefused = limitRefused;
    }
    /** Every item of a list, in pages of LIST_PAGE_LIMIT where the service accepts it. */
    async listPaged(client, service, method, request, itemsPath) {
        const key = `${service} ${method}`;
        if (!this.limitRefused.has(key)) {
            try {
                return await listAll(client, method, { ...request, limit: LIST_PAGE_LIMIT }, itemsPath);
            }
            catch (error) {
                if (error?.statusCode !== 400)
                    throw error;
                this.limitRefused.add(key);
                this.log.debug(`${method}: limit ${LIST_PAGE_LIMIT} refused; paging at the service's default`);
            }
        }
        return listAll(client, method, request, itemsPath);
    }
    async clientFor(row) {
        return this.clients.get(await clientClass(row.client), row.service, this.region);
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
    /** Every item of a parent-scoped row's list under one parent, listed once per batch. */
    childrenOf(row, scope) {
        const list = row.list;
        if (!list?.parentType || !scope.parentId)
            return Promise.resolve([]);
        const key = `${row.resourceType} ${scope.parentId}`;
        let pending = this.underParent.get(key);
        if (!pending) {
            const parentId = scope.parentId;
            pending = this.clientFor(row)
                .then((client) => this.listPaged(client, row.service, list.method, list.request(scope), list.itemsPath))
                .then((items) => {
                this.onChildren?.(row, parentId, items);
                return items;
            });
            // A failed listing is not kept: the next reader asks again (and fails on its own).
            pending.catch(() => this.underParent.delete(key));
            this.underParent.set(key, pending);
        }
        return pending;
    }
    async fetchNamespace() {
        const { ObjectStorageClient } = await __webpack_require__.e(/* import() */ 2058).then(__webpack_require__.t.bind(__webpack_require__, 32757, 19));
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
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .asOciError */ .Uf)(error, method);
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
    const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .toMetadataJson */ .hj)(object);
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
        markError(record, `${row.get?.method ?? row.list?.method ?? 'enrich'}: response had no object`);
        return;
    }
    const kept = row.fields ? project(metadata, row.fields) : metadata;
    // `metadata` first: with `searchSummary` after it the details are in canonical key order, so
    // canonicalJson can leave the whole record to JSON.stringify (src/core/record.ts).
    const { metadata: _replaced, ...others } = record.details;
    record.details = { metadata: kept, ...others };
    record.enrichStatus = 'OK';
    record.enrichError = null;
    record.relationships = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRelations */ .LD)([...record.relationships, ...(0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .relationsFrom */ .kQ)(kept, row.relations, record.ocid)]);
}
/** The row's field set of an object, whichever call returned it (`EnricherRow.fields`). */
function project(object, fields) {
    const out = {};
    for (const field of fields) {
        const value = object[field];
        if (value !== undefined && Object.hasOwn(object, field))
            out[field] = value;
    }
    return out;
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


/***/ }),

/***/ 10550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEnricher: () => (/* binding */ createEnricher)
});

// UNUSED EXPORTS: DEFAULT_LIST_THRESHOLD, atDetail

// EXTERNAL MODULE: ./build/src/core/group.js
var core_group = __webpack_require__(27954);
// EXTERNAL MODULE: ./build/src/oci/enrichers/context.js
var context = __webpack_require__(5432);
// EXTERNAL MODULE: ./build/src/oci/enrichers/metadata.js
var metadata = __webpack_require__(31406);
;// CONCATENATED MODULE: ./build/src/oci/enrichers/instance-links.js


const compute = { service: 'iaas', client: () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.ComputeClient) };
/** Attachment states that no longer link an instance to what they attached. */
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
        instance.relationships = (0,metadata/* normalizeRelations */.LD)([...instance.relationships, ...edges]);
}
/**
 * `onVnicAttachments` receives each compartment's VNIC attachments as listed (the VNIC
 * assembly reads them: one list serves both).
 */
function instanceLinkTasks(ctx, compartmentId, instances, onVnicAttachments) {
    const byId = new Map(instances.map((r) => [r.ocid, r]));
    const warn = (operation, error) => ctx.log.warn(`instance attachments in ${ctx.region} (${compartmentId}) not read: ${(0,context/* describeFailure */.Ic)(operation, error)}`);
    const task = (operation, request, pairs, onItems) => async () => {
        try {
            const client = await ctx.clientFor(compute);
            const items = await ctx.listPaged(client, compute.service, operation, request, ['items']);
            linkFrom(items, byId, pairs);
            onItems?.(items);
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
        ], onVnicAttachments),
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/vnic-assembly.js




/** The fields of a `standard` VNIC record, whichever way it was read. */
const STANDARD_VNIC_FIELDS = [
    'id',
    'compartmentId',
    'availabilityDomain',
    'displayName',
    'freeformTags',
    'definedTags',
    'lifecycleState',
    'timeCreated',
    'subnetId',
    'vlanId',
    'privateIp',
    'hostnameLabel',
    'publicIp',
    'nsgIds',
    'ipv6Addresses',
    // From the attachment (null for a VNIC without one): isPrimary is nicIndex 0.
    'nicIndex',
    'instanceId',
];
const ARRAY_FIELDS = new Set(['nsgIds', 'ipv6Addresses']);
/** Fields of a `standard` VNIC that are not in the SDK's Vnic model: the attachment's. */
const VNIC_ATTACHMENT_FIELDS = (/* unused pure expression or super */ null && (['nicIndex', 'instanceId']));
/** The facts of listed VNIC attachments, by VNIC ocid (detached ones left out). */
function attachmentFacts(items, into) {
    for (const raw of items) {
        if (raw === null || typeof raw !== 'object')
            continue;
        const a = raw;
        if (typeof a.vnicId !== 'string' || GONE.has(String(a.lifecycleState)))
            continue;
        into.set(a.vnicId, {
            instanceId: str(a.instanceId),
            subnetId: str(a.subnetId),
            vlanId: str(a.vlanId),
            nicIndex: typeof a.nicIndex === 'number' ? a.nicIndex : null,
            availabilityDomain: str(a.availabilityDomain),
        });
    }
}
/** A getVnic object projected to the `standard` field set (the attachment's facts added). */
function projectVnic(object, attachment) {
    const json = (0,metadata/* toMetadataJson */.hj)(object);
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        return null;
    const out = {};
    for (const field of STANDARD_VNIC_FIELDS) {
        let value = json[field];
        if (field === 'nicIndex')
            value = attachment?.nicIndex ?? null;
        if (field === 'instanceId')
            value = attachment?.instanceId ?? null;
        if (ARRAY_FIELDS.has(field))
            value = Array.isArray(value) ? [...value].sort() : [];
        out[field] = value ?? null;
    }
    return out;
}
/**
 * What the VNIC assembly reads of the types it waits for, kept per region from batch to batch
 * (docs/architecture.md, "Data flow"): the run enriches Instance, PrivateIp, Subnet,
 * NetworkSecurityGroup and PublicIp in the same or earlier batches of the region than Vnic
 * (`EnrichPort.typeOrder`) and spills their records; only these facts stay — a few hundred
 * bytes per instance, subnet and primary private IP instead of every record of the group.
 */
class VnicFacts {
    /** Enriched subnets, by ocid. */
    subnets = new Map();
    nsgIds = new Set();
    /** Compartments holding PublicIp records (where reserved public IPs are listed). */
    publicIpCompartments = new Set();
    /** The instances' VNIC attachments, by VNIC ocid. */
    attachments = new Map();
    /** The primary private IPs of each subnet the PrivateIp row listed (RegionContext.childrenOf). */
    primaries = new Map();
    /** Keeps what later VNICs need of one batch's enriched records, by type. */
    addRecords(byType) {
        for (const subnet of byType.get('Subnet') ?? []) {
            if (subnetUnknown(subnet))
                continue;
            this.subnets.set(subnet.ocid, { ipv6: hasIpv6(subnet), prohibitPublicIp: subnet.details.metadata?.prohibitPublicIpOnVnic === true });
        }
        for (const nsg of byType.get('NetworkSecurityGroup') ?? [])
            this.nsgIds.add(nsg.ocid);
        for (const ip of byType.get('PublicIp') ?? [])
            if (ip.compartmentId)
                this.publicIpCompartments.add(ip.compartmentId);
    }
    /** Keeps the primary private IPs of one subnet's private IP listing. */
    addListing(subnetId, items) {
        const found = primaryIps(subnetId, items);
        this.primaries.set(subnetId, found);
        return found;
    }
}
function primaryIps(subnetId, items) {
    const out = [];
    for (const raw of items) {
        if (raw === null || typeof raw !== 'object')
            continue;
        const ip = raw;
        const vnicId = str(ip.vnicId);
        const id = str(ip.id);
        const address = str(ip.ipAddress);
        if (vnicId && id && address && ip.isPrimary === true) {
            out.push({
                vnicId,
                id,
                compartmentId: str(ip.compartmentId),
                ipAddress: address,
                hostnameLabel: str(ip.hostnameLabel),
                subnetId: str(ip.subnetId) ?? subnetId,
                availabilityDomain: str(ip.availabilityDomain),
            });
        }
    }
    return out;
}
const vnet = { service: 'iaas', client: () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.VirtualNetworkClient) };
function str(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
/** A subnet not in this batch's search, or not enriched: whether it has IPv6 is unknown. */
function subnetUnknown(subnet) {
    return !subnet || subnet.enrichStatus !== 'OK';
}
/** A subnet with an IPv6 prefix: its VNICs' IPv6 addresses come from listIpv6s. */
function hasIpv6(subnet) {
    const m = subnet?.details.metadata ?? {};
    const blocks = m.ipv6CidrBlocks;
    return str(m.ipv6CidrBlock) !== null || (Array.isArray(blocks) && blocks.length > 0);
}
async function assembleVnics(deps, vnics) {
    const { ctx, row, settle, facts } = deps;
    const { attachments, subnets } = facts;
    const viaGet = new Set();
    let candidates = [];
    for (const record of vnics) {
        const attachment = attachments.get(record.ocid);
        const subnetId = attachment?.subnetId ?? null;
        if (!deps.privateIpRow || attachment?.vlanId)
            viaGet.add(record);
        else if (!attachment)
            candidates.push({ record, attachment: null, subnetId: null });
        else if (subnetId && subnets.has(subnetId))
            candidates.push({ record, attachment, subnetId });
        else
            viaGet.add(record);
    }
    // Subnets to list: the attached VNICs' own; and, for VNICs without an attachment (a load
    // balancer's, a private endpoint's), every subnet of the region when they outnumber the
    // subnets (their primary private IP says where they are; the PrivateIp row has usually
    // listed every subnet of the region already, and that listing is shared).
    const attachedSubnets = new Set(candidates.map((c) => c.subnetId).filter((id) => id !== null));
    const orphans = candidates.filter((c) => c.attachment === null);
    const otherSubnets = [...subnets.keys()].filter((id) => !attachedSubnets.has(id));
    const searchAll = orphans.length > otherSubnets.length;
    if (!searchAll) {
        for (const c of orphans)
            viaGet.add(c.record);
        candidates = candidates.filter((c) => c.attachment !== null);
    }
    const subnetIds = searchAll ? [...attachedSubnets, ...otherSubnets] : [...attachedSubnets];
    const nsgs = [...facts.nsgIds];
    const publicIpCompartments = [...facts.publicIpCompartments];
    // Lists cost at least one call each; when they would outnumber the VNICs, getVnic is cheaper.
    const domains = new Set(candidates.map((c) => `${c.record.compartmentId ?? ''}|${c.attachment?.availabilityDomain ?? c.record.availabilityDomain ?? ''}`));
    const ipv6 = subnetIds.filter((id) => subnets.get(id)?.ipv6 === true).length;
    const expectedLists = subnetIds.length + ipv6 + nsgs.length + publicIpCompartments.length + domains.size;
    if (candidates.length > 0 && expectedLists >= candidates.length) {
        for (const c of candidates)
            viaGet.add(c.record);
        candidates = [];
    }
    if (candidates.length > 0) {
        try {
            await assembleFromLists(deps, candidates, { subnets, subnetIds, nsgs, publicIpCompartments }, viaGet);
        }
        catch (error) {
            ctx.log.debug(`VNICs in ${ctx.region}: a list failed (${(0,context/* describeFailure */.Ic)('vnic assembly', error)}); reading them by getVnic`);
            for (const c of candidates)
                if (c.record.enrichStatus !== 'OK')
                    viaGet.add(c.record);
        }
    }
    const tasks = [...viaGet].map((record) => async () => {
        try {
            const client = await ctx.clientFor(row);
            const response = await (0,context.callOperation)(client, 'getVnic', { vnicId: record.ocid });
            const projected = projectVnic(response.vnic, attachments.get(record.ocid));
            if (projected)
                (0,context/* applyObject */.qi)(record, row, projected);
            else
                (0,context/* markError */.wI)(record, 'getVnic: response had no object');
        }
        catch (error) {
            (0,context/* markError */.wI)(record, (0,context/* describeFailure */.Ic)('getVnic', error));
        }
        settle(1);
        return undefined;
    });
    await runPool(deps.workers, tasks);
}
async function assembleFromLists(deps, candidates, scopes, viaGet) {
    const { ctx, row, settle } = deps;
    const { subnets, subnetIds, nsgs, publicIpCompartments } = scopes;
    const privateIpRow = deps.privateIpRow;
    const env = await ctx.env(privateIpRow);
    // Primary private IPs by VNIC, from each subnet's listing (the PrivateIp row's, in this
    // batch or an earlier one, when it listed).
    const primaryOf = new Map();
    const listings = subnetIds.map((subnetId) => async () => {
        const listed = deps.facts.primaries.get(subnetId) ?? primaryIps(subnetId, await ctx.childrenOf(privateIpRow, { compartmentId: '', parentId: subnetId, env }));
        for (const ip of listed)
            primaryOf.set(ip.vnicId, ip);
        return undefined;
    });
    await runPool(deps.workers, listings);
    const ready = [];
    for (const c of candidates) {
        const primary = primaryOf.get(c.record.ocid);
        const subnetId = c.subnetId ?? primary?.subnetId ?? null;
        // The attachment's subnet and the primary IP's agree; a VNIC placed only by its primary
        // IP needs that subnet known (whether it has IPv6, whether it allows public IPs).
        if (primary && subnetId && subnets.has(subnetId))
            ready.push({ ...c, primary, subnetId, availabilityDomain: c.attachment?.availabilityDomain ?? primary.availabilityDomain ?? c.record.availabilityDomain ?? null });
        else
            viaGet.add(c.record);
    }
    if (ready.length === 0)
        return;
    const client = await ctx.clientFor(vnet);
    // NSG membership: the VNICs of every NSG of the region.
    const nsgsOf = new Map();
    await runPool(deps.workers, nsgs.map((nsgId) => async () => {
        for (const raw of await ctx.listPaged(client, vnet.service, 'listNetworkSecurityGroupVnics', { networkSecurityGroupId: nsgId }, ['items'])) {
            const vnicId = str(raw.vnicId);
            if (vnicId)
                nsgsOf.set(vnicId, [...(nsgsOf.get(vnicId) ?? []), nsgId]);
        }
        return undefined;
    }));
    // IPv6 addresses by VNIC, for the subnets with an IPv6 prefix.
    const ipv6Of = new Map();
    const ipv6SubnetIds = [...new Set(ready.map((c) => c.subnetId))].filter((id) => subnets.get(id)?.ipv6 === true);
    await runPool(deps.workers, ipv6SubnetIds.map((subnetId) => async () => {
        for (const raw of await ctx.listPaged(client, vnet.service, 'listIpv6s', { subnetId }, ['items'])) {
            const ip = raw;
            const vnicId = str(ip.vnicId);
            const address = str(ip.ipAddress);
            if (vnicId && address)
                ipv6Of.set(vnicId, [...(ipv6Of.get(vnicId) ?? []), address]);
        }
        return undefined;
    }));
    // Public IPs by the private IP they are assigned to, only for VNICs in subnets that allow
    // them (prohibitPublicIpOnVnic false): ephemeral ones live in the private IP's compartment
    // and AD; reserved ones in any compartment (those holding PublicIp records).
    const mayBePublic = ready.filter((c) => subnets.get(c.subnetId)?.prohibitPublicIp !== true);
    const publicOf = new Map();
    const publicScopes = new Map();
    for (const c of mayBePublic) {
        const compartmentId = c.primary.compartmentId ?? c.record.compartmentId ?? '';
        const availabilityDomain = c.availabilityDomain ?? '';
        if (compartmentId && availabilityDomain)
            publicScopes.set(`${compartmentId}|${availabilityDomain}`, { scope: 'AVAILABILITY_DOMAIN', lifetime: 'EPHEMERAL', compartmentId, availabilityDomain });
    }
    if (mayBePublic.length > 0)
        for (const compartmentId of publicIpCompartments)
            publicScopes.set(compartmentId, { scope: 'REGION', lifetime: 'RESERVED', compartmentId });
    await runPool(deps.workers, [...publicScopes.values()].map((request) => async () => {
        for (const raw of await ctx.listPaged(client, vnet.service, 'listPublicIps', request, ['items'])) {
            const p = raw;
            const target = str(p.privateIpId) ?? str(p.assignedEntityId);
            const address = str(p.ipAddress);
            if (target && address)
                publicOf.set(target, address);
        }
        return undefined;
    }));
    for (const c of ready) {
        const r = c.record;
        const vnic = {
            id: r.ocid,
            compartmentId: r.compartmentId,
            availabilityDomain: c.availabilityDomain,
            displayName: r.displayName,
            freeformTags: r.freeformTags,
            definedTags: r.definedTags,
            lifecycleState: r.lifecycleState,
            timeCreated: r.timeCreated,
            subnetId: c.subnetId,
            vlanId: null,
            privateIp: c.primary.ipAddress,
            hostnameLabel: c.primary.hostnameLabel,
            publicIp: publicOf.get(c.primary.id) ?? null,
            nsgIds: [...(nsgsOf.get(r.ocid) ?? [])].sort(),
            ipv6Addresses: [...(ipv6Of.get(r.ocid) ?? [])].sort(),
            nicIndex: c.attachment?.nicIndex ?? null,
            instanceId: c.attachment?.instanceId ?? null,
        };
        (0,context/* applyObject */.qi)(r, row, vnic);
        settle(1);
    }
}

// EXTERNAL MODULE: ./build/src/pipeline/enrich-detail.js
var enrich_detail = __webpack_require__(66301);
// EXTERNAL MODULE: ./build/src/oci/enrichers/table/index.js + 25 modules
var enrichers_table = __webpack_require__(35960);
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
                    const items = await (0,context/* listAll */._w)(await clientAt(ctx, row, endpoint), listMethod, { compartmentId }, ['items']);
                    for (const item of items) {
                        const id = item !== null && typeof item === 'object' ? item.id : undefined;
                        if (typeof id === 'string')
                            keyEndpoint.set(id, endpoint);
                    }
                }
                catch (error) {
                    listFailure ??= (0,context/* describeFailure */.Ic)(listMethod, error);
                }
            }
            const getMethod = row.get?.method ?? 'getKey';
            return keys.map((key) => async () => {
                const endpoint = keyEndpoint.get(key.ocid);
                if (!endpoint) {
                    (0,context/* markError */.wI)(key, listFailure ?? `${listMethod}: key not found in any vault of ${ctx.region}`);
                }
                else {
                    try {
                        const response = await (0,context.callOperation)(await clientAt(ctx, row, endpoint), getMethod, { keyId: key.ocid });
                        (0,context/* applyObject */.qi)(key, row, response[row.get?.responseKey ?? 'key']);
                    }
                    catch (error) {
                        (0,context/* markError */.wI)(key, (0,context/* describeFailure */.Ic)(getMethod, error));
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
    const table = atDetail(deps.table ?? enrichers_table/* ENRICHER_TABLE */.Yp, deps.detail ?? enrich_detail/* DEFAULT_ENRICH_DETAIL */.wE);
    const rows = rowsByType(table);
    const supported = new Set(rows.keys());
    const threshold = Math.max(1, deps.listThreshold ?? DEFAULT_LIST_THRESHOLD);
    const dependencies = dependenciesOf(rows);
    const order = orderOf(rows);
    const splittable = splittableOf(rows, dependencies);
    const limitRefused = new Set();
    const vnicRow = rows.get('Vnic');
    const assembling = vnicRow?.special === 'vnic';
    // Per region, what the VNIC assembly needs of earlier batches (see VnicFacts).
    const regionFacts = new Map();
    const factsOf = (region) => {
        let facts = regionFacts.get(region);
        if (!facts) {
            facts = new VnicFacts();
            regionFacts.set(region, facts);
        }
        return facts;
    };
    return {
        supportedTypes: () => supported,
        typeDependencies: () => dependencies,
        typeOrder: () => order,
        splittableTypes: () => splittable,
        regionDone: (region) => {
            regionFacts.delete(region);
        },
        async enrichRegion(region, records, progress) {
            // By the row's spelling: one list serves both spellings of a type, and a parent spelled
            // either way is found.
            const byType = (0,core_group/* groupBy */.$)(records, (record) => rows.get(record.resourceType)?.resourceType ?? record.resourceType);
            const ctx = new context.RegionContext(region, deps.clients, deps.log, byType, limitRefused);
            const privateIpRow = rows.get('PrivateIp');
            if (assembling && privateIpRow) {
                // The PrivateIp row's listings per subnet: their primary IPs place this region's VNICs.
                ctx.onChildren = (row, parentId, items) => {
                    if (row === privateIpRow)
                        factsOf(region).addListing(parentId, items);
                };
            }
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
                if (row.special === 'vnic')
                    continue;
                const cells = (0,core_group/* groupByCompartment */.j)(ofType);
                const queue = row.after?.length ? second : first;
                if (parentsOnceIsCheaper(ctx, row, ofType)) {
                    queue.push(() => serveFromRegionParents(ctx, row, ofType, settle));
                    continue;
                }
                if (subtreeIsCheaper(row, cells, threshold)) {
                    // A principal without tenancy-wide read is refused the subtree list: then per compartment.
                    const perCompartment = () => [...cells].flatMap(([compartmentId, group]) => groupTasks(ctx, row, compartmentId, group, threshold, settle));
                    queue.push(() => listGroup(ctx, row, deps.tenancyId, ofType, settle, perCompartment));
                    continue;
                }
                for (const [compartmentId, group] of cells)
                    queue.push(...groupTasks(ctx, row, compartmentId, group, threshold, settle));
            }
            await runPool(deps.workers, first);
            await runPool(deps.workers, second);
            const instances = byType.get('Instance');
            if (instances && rows.has('Instance')) {
                const links = [];
                const collect = assembling ? (items) => attachmentFacts(items, factsOf(region).attachments) : undefined;
                for (const [compartmentId, group] of (0,core_group/* groupByCompartment */.j)(instances))
                    links.push(...instanceLinkTasks(ctx, compartmentId, group, collect));
                await runPool(deps.workers, links);
            }
            if (assembling && (byType.has('Subnet') || byType.has('NetworkSecurityGroup') || byType.has('PublicIp')))
                factsOf(region).addRecords(byType);
            const vnics = byType.get('Vnic');
            if (vnics && vnicRow && assembling) {
                await assembleVnics({ ctx, row: vnicRow, privateIpRow, facts: factsOf(region), workers: deps.workers, settle }, vnics);
                // Every VNIC of the region is in this batch (Vnic is never split): nothing later reads the facts.
                regionFacts.delete(region);
            }
        },
    };
}
/**
 * The table at a detail level: below `complete`, the Vnic row is assembled from lists, after
 * the types whose records it reads facts of (`after`: the same batch or an earlier one, see
 * `orderOf`); at `lean`, buckets come from listBuckets.
 */
function atDetail(table, detail) {
    if (detail === 'complete')
        return [...table];
    return table.map((row) => {
        if (row.resourceType === 'Vnic')
            return { ...row, special: 'vnic', after: ['Instance', 'PrivateIp', 'Subnet', 'NetworkSecurityGroup', 'PublicIp'] };
        if (row.resourceType === 'Bucket' && detail === 'lean')
            return leanBucket(row);
        return row;
    });
}
/** A bucket from its listBuckets summary (`fields=tags`): name, namespace, creator, etag, tags. */
function leanBucket(row) {
    const { get: _get, ...rest } = row;
    return {
        ...rest,
        list: {
            method: 'listBuckets',
            itemsPath: ['items'],
            listIsFull: true,
            idField: 'name',
            matchBy: 'displayName',
            request: (s) => ({ namespaceName: s.env.namespace, compartmentId: s.compartmentId, fields: ['tags'] }),
        },
        relations: [],
    };
}
/** Rows by every spelling search may give their type. */
function rowsByType(table) {
    const rows = new Map(table.map((row) => [row.resourceType, row]));
    for (const [alias, canonical] of enrichers_table/* TYPE_ALIASES */.c2) {
        const row = rows.get(canonical);
        if (row && !rows.has(alias))
            rows.set(alias, row);
    }
    return rows;
}
function spellingsOf(rows) {
    const spellings = new Map();
    for (const [type, row] of rows)
        spellings.set(row.resourceType, [...(spellings.get(row.resourceType) ?? []), type]);
    return spellings;
}
/**
 * Types a type's enrichment reads: its row's `after` and list parent, and the row's other
 * spellings. The assembled VNIC's `after` types are not among them: it reads only the facts
 * kept from them (VnicFacts), so they only go first (`orderOf`).
 */
function dependenciesOf(rows) {
    const spellings = spellingsOf(rows);
    const dependencies = new Map();
    for (const [type, row] of rows) {
        const direct = [...(row.special === 'vnic' ? [] : (row.after ?? [])), ...(row.list?.parentType ? [row.list.parentType] : [])];
        const all = new Set(direct.flatMap((dep) => spellings.get(dep) ?? [dep]));
        for (const spelling of spellings.get(row.resourceType) ?? [])
            if (spelling !== type)
                all.add(spelling);
        dependencies.set(type, [...all]);
    }
    return dependencies;
}
/** The assembled VNIC's `after` types (every spelling), which are enriched in the same batch or an earlier one. */
/**
 * Types that may be enriched a few compartments at a time: their row lists per compartment or
 * gets (no subtree or per-parent list, which serve a whole region at once), reads no other
 * type's records, is read by none (a Vault its Keys, a Subnet its private IPs), and is not the
 * VNIC assembly (it needs the region's VNICs together). An instance's attachments are listed
 * per compartment and kept per region for the VNICs, so instances split.
 */
function splittableOf(rows, dependencies) {
    const readByOthers = new Set();
    for (const [type, deps] of dependencies)
        for (const dependency of deps)
            if (dependency !== type)
                readByOthers.add(dependency);
    const out = new Set();
    for (const [type, row] of rows) {
        if (row.special || row.after?.length || row.list?.parentType || row.list?.subtree || readByOthers.has(type))
            continue;
        if ((dependencies.get(type) ?? []).length > 0)
            continue;
        out.add(type);
    }
    return out;
}
function orderOf(rows) {
    const spellings = spellingsOf(rows);
    const order = new Map();
    for (const [type, row] of rows) {
        if (row.special !== 'vnic' || !row.after?.length)
            continue;
        order.set(type, [...new Set(row.after.flatMap((dep) => spellings.get(dep) ?? [dep]))]);
    }
    return order;
}
const PARENT_LISTS_AT_ONCE = 4;
/** Items a list page is expected to hold. */
const EXPECTED_PAGE = context/* LIST_PAGE_LIMIT */.Z8;
/**
 * The expected-cost choice for a row whose list covers a subtree: one list from the tenancy
 * costs about a page per EXPECTED_PAGE records of the region; the per-compartment plan costs
 * a list per compartment with a group (a page per EXPECTED_PAGE each) and a get per lone
 * record. Subtree wins when it is cheaper.
 */
function subtreeIsCheaper(row, cells, threshold) {
    const list = row.list;
    if (!list?.subtree || !list.listIsFull || list.parentType || row.special || row.summaryOnly)
        return false;
    let perCompartment = 0;
    let records = 0;
    for (const [compartmentId, group] of cells) {
        records += group.length;
        const listed = compartmentId !== '' && (group.length >= threshold || !row.get);
        perCompartment += listed ? Math.ceil(group.length / EXPECTED_PAGE) : group.length;
    }
    return Math.ceil(records / EXPECTED_PAGE) < perCompartment;
}
function groupTasks(ctx, row, compartmentId, group, threshold, settle) {
    if (row.summaryOnly) {
        for (const record of group) {
            record.enrichStatus = 'OK';
            record.enrichError = null;
        }
        settle(group.length);
        return [];
    }
    if (row.special === 'vaultKey')
        return vaultKeyTasks(ctx, row, compartmentId, group, settle);
    const list = row.list;
    // A parent-scoped list costs a call per parent in the compartment: with a get to fall back
    // on, it is worth it only when the group outnumbers the parents (private IPs per subnet).
    const parents = list?.parentType && row.get ? (ctx.byType.get(list.parentType) ?? []).filter((p) => p.compartmentId === compartmentId).length : 0;
    const useList = list?.listIsFull && compartmentId !== '' && (group.length >= threshold || !row.get) && (parents === 0 || parents < group.length);
    if (!useList)
        return group.map((record) => getTask(ctx, row, record, settle));
    return [() => listGroup(ctx, row, compartmentId, group, settle)];
}
function getTask(ctx, row, record, settle) {
    return async () => {
        const get = row.get;
        if (!get) {
            (0,context/* markError */.wI)(record, `${row.list?.method ?? 'enrich'}: not found by list`);
        }
        else {
            try {
                const client = await ctx.clientFor(row);
                const request = get.request(refOf(record), await ctx.env(row));
                const response = await (0,context.callOperation)(client, get.method, request);
                (0,context/* applyObject */.qi)(record, row, response[get.responseKey]);
            }
            catch (error) {
                (0,context/* markError */.wI)(record, (0,context/* describeFailure */.Ic)(get.method, error));
            }
        }
        settle(1);
        return undefined;
    };
}
async function listGroup(ctx, row, compartmentId, group, settle, subtreeFallback) {
    const list = row.list;
    if (!list)
        return [];
    const scopes = await listScopes(ctx, row, compartmentId);
    const extra = subtreeFallback && list.subtree ? { [list.subtree.param]: true, ...list.subtree.extra } : {};
    const found = new Map();
    const idField = list.idField ?? 'id';
    try {
        const client = await ctx.clientFor(row);
        for (const scope of scopes) {
            const items = list.parentType ? await ctx.childrenOf(row, scope) : await ctx.listPaged(client, row.service, list.method, { ...list.request(scope), ...extra }, list.itemsPath);
            for (const item of items) {
                const id = item !== null && typeof item === 'object' ? item[idField] : undefined;
                if (typeof id === 'string')
                    found.set(id, item);
            }
        }
    }
    catch (error) {
        if (subtreeFallback) {
            ctx.log.debug(`${row.resourceType} in ${ctx.region}: subtree list refused (${(0,context/* describeFailure */.Ic)(list.method, error)}); listing per compartment`);
            return subtreeFallback();
        }
        // One failed list fails its group: retrying each record by get would hammer a service
        // that just refused us.
        const reason = (0,context/* describeFailure */.Ic)(list.method, error);
        for (const record of group)
            (0,context/* markError */.wI)(record, reason);
        settle(group.length);
        return [];
    }
    const leftovers = [];
    const missing = [];
    for (const record of group) {
        const item = found.get(list.matchBy === 'displayName' ? (record.displayName ?? '') : record.ocid);
        if (item !== undefined) {
            (0,context/* applyObject */.qi)(record, row, item);
            settle(1);
        }
        else {
            missing.push(record);
        }
    }
    // No get to fall back on (a Log), or more misses than the region has parents (private IPs
    // of an app compartment whose subnets live in a network compartment): look under every
    // parent of the region, once per region. Search may also place a child apart from its
    // parent while its index catches up with a move.
    const regionParents = list.parentType ? (ctx.byType.get(list.parentType)?.length ?? 0) : 0;
    if (missing.length > 0 && list.parentType && (!row.get || missing.length > regionParents))
        return serveFromRegionParents(ctx, row, missing, settle);
    // Not in the list: changed since search, in another scope, or a deleted resource.
    for (const record of missing)
        leftovers.push(getTask(ctx, row, record, settle));
    return leftovers;
}
/**
 * A parent-scoped row (private IPs per subnet) lists each parent of the region once, serving
 * every compartment, when the region holds fewer parents than records of the type: that
 * costs a call per parent instead of a get per record (or a list per parent per compartment).
 */
function parentsOnceIsCheaper(ctx, row, records) {
    const list = row.list;
    if (!list?.parentType || !list.listIsFull || !row.get || row.special || row.summaryOnly)
        return false;
    const parents = ctx.byType.get(list.parentType)?.length ?? 0;
    return parents > 0 && parents < records.length;
}
/**
 * Records of a parent-scoped row served from the region's listing under every parent (listed
 * once per region); a record under no parent is read by get.
 */
async function serveFromRegionParents(ctx, row, group, settle) {
    let found;
    try {
        found = await ctx.regionWideChildren(row, () => listUnderEveryParent(ctx, row));
    }
    catch (error) {
        const reason = (0,context/* describeFailure */.Ic)(row.list?.method ?? 'list', error);
        for (const record of group)
            (0,context/* markError */.wI)(record, reason);
        settle(group.length);
        return [];
    }
    const leftovers = [];
    for (const record of group) {
        const item = found.get(record.ocid);
        if (item === undefined) {
            // Not under any parent of the search: moved, deleted, or its parent is not visible.
            leftovers.push(getTask(ctx, row, record, settle));
        }
        else {
            (0,context/* applyObject */.qi)(record, row, item);
            settle(1);
        }
    }
    return leftovers;
}
/** Every child of a parent-scoped list, under every parent of the region, by ocid. */
async function listUnderEveryParent(ctx, row) {
    const list = row.list;
    const found = new Map();
    if (!list?.parentType)
        return found;
    const env = await ctx.env(row);
    const idField = list.idField ?? 'id';
    const parents = ctx.byType.get(list.parentType) ?? [];
    // A few parents at once: a region may hold hundreds of subnets.
    await runPool(PARENT_LISTS_AT_ONCE, parents.map((parent) => async () => {
        const scope = { compartmentId: parent.compartmentId ?? '', parentId: parent.ocid, env };
        for (const item of await ctx.childrenOf(row, scope)) {
            const id = item !== null && typeof item === 'object' ? item[idField] : undefined;
            if (typeof id === 'string')
                found.set(id, item);
        }
        return undefined;
    }));
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


/***/ }),

/***/ 31406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ normalizeRelations),
/* harmony export */   hj: () => (/* binding */ toMetadataJson),
/* harmony export */   kQ: () => (/* binding */ relationsFrom)
/* harmony export */ });
/* unused harmony export valuesAt */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85373);

/** Plain JSON of an SDK value (redaction happens once, in the pipeline). */
function toMetadataJson(value) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlainJson */ .S)(value);
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
    if (edges.length < 2)
        return [...edges];
    const seen = new Map();
    for (const edge of edges)
        seen.set(`${edge.relation_type}\u0000${edge.target_ocid}`, edge);
    // Indexing, not destructuring: a destructured parameter walks an iterator per comparison.
    const keyed = [...seen.entries()];
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return keyed.map((entry) => entry[1]);
}


/***/ }),

/***/ 35960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yp: () => (/* binding */ ENRICHER_TABLE),
  c2: () => (/* reexport */ TYPE_ALIASES),
  QW: () => (/* binding */ rowFor)
});

// UNUSED EXPORTS: canonicalType

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
/** The same list, able to cover the tenancy's whole compartment tree in one call. */
function inSubtree(list, param, extra) {
    return { ...list, subtree: { param, ...(extra ? { extra } : {}) } };
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/ai.js
// Rows for the AI services: AI Data Platform, Language and Vision projects and models, and
// Generative AI Agents (agents, endpoints, knowledge bases, data sources, ingestion jobs).
// Only metadata: no model artefacts, documents or chat content are ever read.

const aiDataPlatform = () => __webpack_require__.e(/* import() */ 9338).then(__webpack_require__.t.bind(__webpack_require__, 59338, 19)).then((m) => m.AiDataPlatformClient);
const language = () => __webpack_require__.e(/* import() */ 3731).then(__webpack_require__.t.bind(__webpack_require__, 93731, 19)).then((m) => m.AIServiceLanguageClient);
const vision = () => __webpack_require__.e(/* import() */ 109).then(__webpack_require__.t.bind(__webpack_require__, 109, 19)).then((m) => m.AIServiceVisionClient);
const agents = () => __webpack_require__.e(/* import() */ 7712).then(__webpack_require__.t.bind(__webpack_require__, 97712, 19)).then((m) => m.GenerativeAiAgentClient);
/** A per-compartment list whose response is a `*Collection` holding `items`. */
function listCollection(method, collectionKey) {
    return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}
const AI_ROWS = [
    {
        resourceType: 'AiDataPlatform',
        service: 'datalake',
        client: aiDataPlatform,
        get: getById('getAiDataPlatform', 'aiDataPlatformId', 'aiDataPlatform'),
        list: listCollection('listAiDataPlatforms', 'aiDataPlatformCollection'),
        relations: [],
    },
    {
        resourceType: 'AiLanguageProject',
        service: 'language.aiservice',
        client: language,
        get: getById('getProject', 'projectId', 'project'),
        list: listCollection('listProjects', 'projectCollection'),
        relations: [],
    },
    {
        resourceType: 'AiVisionProject',
        service: 'vision.aiservice',
        client: vision,
        get: getById('getProject', 'projectId', 'project'),
        list: listCollection('listProjects', 'projectCollection'),
        relations: [],
    },
    {
        resourceType: 'AiVisionModel',
        service: 'vision.aiservice',
        client: vision,
        get: getById('getModel', 'modelId', 'model'),
        list: listCollection('listModels', 'modelCollection'),
        relations: rel({ projectId: 'IN_PROJECT' }),
    },
    {
        resourceType: 'GenAiAgent',
        service: 'agent.generativeai',
        client: agents,
        get: getById('getAgent', 'agentId', 'agent'),
        list: listCollection('listAgents', 'agentCollection'),
        relations: rel({ knowledgeBaseIds: 'USES_KNOWLEDGE_BASE' }),
    },
    {
        resourceType: 'GenAiAgentEndpoint',
        service: 'agent.generativeai',
        client: agents,
        get: getById('getAgentEndpoint', 'agentEndpointId', 'agentEndpoint'),
        list: listCollection('listAgentEndpoints', 'agentEndpointCollection'),
        relations: rel({ agentId: 'IN_AGENT' }),
    },
    {
        // KnowledgeBaseSummary lacks indexConfig: a get per knowledge base keeps its index edges.
        resourceType: 'GenAiAgentKnowledgeBase',
        service: 'agent.generativeai',
        client: agents,
        get: getById('getKnowledgeBase', 'knowledgeBaseId', 'knowledgeBase'),
        relations: rel({ 'indexConfig.clusterId': 'USES_SEARCH_CLUSTER', 'indexConfig.databaseConnection.connectionId': 'USES_CONNECTION' }),
    },
    {
        resourceType: 'GenAiAgentDataSource',
        service: 'agent.generativeai',
        client: agents,
        get: getById('getDataSource', 'dataSourceId', 'dataSource'),
        list: listCollection('listDataSources', 'dataSourceCollection'),
        relations: rel({ knowledgeBaseId: 'IN_KNOWLEDGE_BASE' }),
    },
    {
        resourceType: 'GenAiAgentDataIngestionJob',
        service: 'agent.generativeai',
        client: agents,
        get: getById('getDataIngestionJob', 'dataIngestionJobId', 'dataIngestionJob'),
        list: listCollection('listDataIngestionJobs', 'dataIngestionJobCollection'),
        relations: rel({ dataSourceId: 'INGESTS_DATA_SOURCE' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/aliases.js
// Resource Search spells some types two ways (a tenancy's older resources keep the old
// spelling). Both spellings are served by one row; records keep the spelling search gave.
/** Other spelling → the `resourceType` of the row that serves it. */
const TYPE_ALIASES = new Map([
    ['BlockVolume', 'Volume'],
    ['DhcpOptions', 'DHCPOptions'],
    ['IpSecConnection', 'IPSecConnection'],
    ['DnsZone', 'CustomerDnsZone'],
]);
/** The row's spelling of a type (the type itself when it has no alias). */
function canonicalType(resourceType) {
    return TYPE_ALIASES.get(resourceType) ?? resourceType;
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/collections.js
/** A per-compartment list whose response key holds a `*Collection` of full items. */
function collections_listCollection(method, collectionKey) {
    return { method, itemsPath: [collectionKey, 'items'], listIsFull: true, request: (s) => ({ compartmentId: s.compartmentId }) };
}
/** A per-parent list (no compartment parameter) whose response key holds a `*Collection`. */
function listCollectionByParent(method, collectionKey, parentType, parentParam) {
    return { method, itemsPath: [collectionKey, 'items'], listIsFull: true, parentType, request: (s) => ({ [parentParam]: s.parentId }) };
}

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/analytics.js
// Rows for Data Flow (applications, runs), Data Integration workspaces, Data Labeling datasets
// and Analytics Cloud instances.


const dataFlow = () => __webpack_require__.e(/* import() */ 3247).then(__webpack_require__.t.bind(__webpack_require__, 3247, 19)).then((m) => m.DataFlowClient);
const dataIntegration = () => __webpack_require__.e(/* import() */ 779).then(__webpack_require__.t.bind(__webpack_require__, 70779, 19)).then((m) => m.DataIntegrationClient);
const dataLabeling = () => __webpack_require__.e(/* import() */ 904).then(__webpack_require__.t.bind(__webpack_require__, 80904, 19)).then((m) => m.DataLabelingManagementClient);
const analytics = () => __webpack_require__.e(/* import() */ 9165).then(__webpack_require__.t.bind(__webpack_require__, 89165, 19)).then((m) => m.AnalyticsClient);
const ANALYTICS_ROWS = [
    {
        // ApplicationSummary lacks privateEndpointId: read by get.
        resourceType: 'DataFlowApplication',
        service: 'dataflow',
        client: dataFlow,
        get: getById('getApplication', 'applicationId', 'application'),
        relations: rel({ privateEndpointId: 'USES_PRIVATE_ENDPOINT', poolId: 'IN_POOL' }),
    },
    {
        // Runs pile up: RunSummary carries both relation fields, so groups are read by one list.
        // A run's private endpoint is its application's: the application row has that edge.
        resourceType: 'DataFlowRun',
        service: 'dataflow',
        client: dataFlow,
        get: getById('getRun', 'runId', 'run'),
        list: listByCompartment('listRuns'),
        relations: rel({ applicationId: 'RUN_OF', poolId: 'IN_POOL' }),
    },
    {
        // WorkspaceSummary lacks vcnId and subnetId: read by get.
        resourceType: 'DISWorkspace',
        service: 'dataintegration',
        client: dataIntegration,
        get: getById('getWorkspace', 'workspaceId', 'workspace'),
        relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET' }),
    },
    {
        // The source bucket is named, not an ocid: no edges; the summary keeps the rest.
        resourceType: 'DataLabelingDataset',
        service: 'datalabeling-cp',
        client: dataLabeling,
        get: getById('getDataset', 'datasetId', 'dataset'),
        list: collections_listCollection('listDatasets', 'datasetCollection'),
        relations: [],
    },
    {
        // AnalyticsInstanceSummary lacks kmsKeyId: read by get.
        resourceType: 'AnalyticsInstance',
        service: 'analytics',
        client: analytics,
        get: getById('getAnalyticsInstance', 'analyticsInstanceId', 'analyticsInstance'),
        relations: rel({
            'networkEndpointDetails.vcnId': 'IN_VCN',
            'networkEndpointDetails.subnetId': 'IN_SUBNET',
            'networkEndpointDetails.networkSecurityGroupIds': 'IN_NSG',
            kmsKeyId: 'ENCRYPTED_BY_KEY',
        }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/compute.js
// Rows for Compute and Block Volume (oci-core: ComputeClient, ComputeManagementClient,
// BlockstorageClient), all on the `iaas` endpoint.

const compute = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.ComputeClient);
const computeManagement = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.ComputeManagementClient);
const blockstorage = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.BlockstorageClient);
const COMPUTE_ROWS = [
    {
        resourceType: 'Instance',
        service: 'iaas',
        client: compute,
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
        client: compute,
        get: getById('getImage', 'imageId', 'image'),
        list: listByCompartment('listImages'),
        relations: rel({ baseImageId: 'BASED_ON_IMAGE' }),
    },
    {
        resourceType: 'DedicatedVmHost',
        service: 'iaas',
        client: compute,
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/containers.js
// Rows for Container Instances (oci-containerinstances: instances and their containers) and
// the Container Registry (oci-artifacts: repositories and images; metadata only, never a layer
// or manifest).


const containerInstances = () => __webpack_require__.e(/* import() */ 7238).then(__webpack_require__.t.bind(__webpack_require__, 37238, 19)).then((m) => m.ContainerInstanceClient);
const artifacts = () => __webpack_require__.e(/* import() */ 6394).then(__webpack_require__.t.bind(__webpack_require__, 66394, 19)).then((m) => m.ArtifactsClient);
const CONTAINER_ROWS = [
    {
        // ContainerInstanceSummary lacks vnics, containers and pull secrets: read by get.
        resourceType: 'ContainerInstance',
        service: 'compute-containers',
        client: containerInstances,
        get: getById('getContainerInstance', 'containerInstanceId', 'containerInstance'),
        relations: rel({ 'vnics.*.vnicId': 'HAS_VNIC', 'containers.*.containerId': 'HAS_CONTAINER', 'imagePullSecrets.*.secretId': 'USES_SECRET' }),
    },
    {
        resourceType: 'Container',
        service: 'compute-containers',
        client: containerInstances,
        get: getById('getContainer', 'containerId', 'container'),
        list: collections_listCollection('listContainers', 'containerCollection'),
        relations: rel({ containerInstanceId: 'IN_CONTAINER_INSTANCE' }),
    },
    {
        resourceType: 'ContainerRepo',
        service: 'artifacts',
        client: artifacts,
        get: getById('getContainerRepository', 'repositoryId', 'containerRepository'),
        list: collections_listCollection('listContainerRepositories', 'containerRepositoryCollection'),
        relations: [],
    },
    {
        // Images outnumber repositories: the summary has repositoryId, so groups are read by one list.
        resourceType: 'ContainerImage',
        service: 'artifacts',
        client: artifacts,
        get: getById('getContainerImage', 'imageId', 'containerImage'),
        // One list per region from the tenancy (compartmentIdInSubtree: tenancy only). The record
        // is ContainerImageSummary's fields for every image, by get or list: the get's layers,
        // versions, pull count and last pull (which change on every pull) are given up.
        list: inSubtree(collections_listCollection('listContainerImages', 'containerImageCollection'), 'compartmentIdInSubtree'),
        fields: ['compartmentId', 'digest', 'displayName', 'id', 'lifecycleState', 'repositoryId', 'repositoryName', 'timeCreated', 'version', 'freeformTags', 'definedTags', 'systemTags'],
        relations: rel({ repositoryId: 'IN_REPOSITORY' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/data-safe.js
// Rows for Data Safe (oci-datasafe): audit profiles, report definitions, security and user
// assessments. Every summary carries the target fields, so groups are read by one list.


const dataSafe = () => __webpack_require__.e(/* import() */ 2670).then(__webpack_require__.t.bind(__webpack_require__, 32670, 19)).then((m) => m.DataSafeClient);
const DATA_SAFE_ROWS = [
    {
        resourceType: 'DataSafeAuditProfile',
        service: 'datasafe',
        client: dataSafe,
        get: getById('getAuditProfile', 'auditProfileId', 'auditProfile'),
        list: collections_listCollection('listAuditProfiles', 'auditProfileCollection'),
        relations: rel({ targetId: 'TARGETS' }),
    },
    {
        resourceType: 'DataSafeReportDefinition',
        service: 'datasafe',
        client: dataSafe,
        get: getById('getReportDefinition', 'reportDefinitionId', 'reportDefinition'),
        list: collections_listCollection('listReportDefinitions', 'reportDefinitionCollection'),
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/data.js
// Rows for storage and databases: Object Storage, File Storage, Database, MySQL.

const objectStorage = () => __webpack_require__.e(/* import() */ 2058).then(__webpack_require__.t.bind(__webpack_require__, 32757, 19)).then((m) => m.ObjectStorageClient);
const fileStorage = () => __webpack_require__.e(/* import() */ 1462).then(__webpack_require__.t.bind(__webpack_require__, 51462, 19)).then((m) => m.FileStorageClient);
const database = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(5934)]).then(__webpack_require__.t.bind(__webpack_require__, 75934, 19)).then((m) => m.DatabaseClient);
const mysql = () => __webpack_require__.e(/* import() */ 2915).then(__webpack_require__.t.bind(__webpack_require__, 92915, 19)).then((m) => m.DbSystemClient);
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/database-services.js
// Rows for database services of the second wave: pluggable databases, Database Tools private
// endpoints, MySQL backups, PostgreSQL configurations, NoSQL tables, and Recovery Service
// protected databases and subnets. Metadata only: no table rows, no backup content.

const database_services_database = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(5934)]).then(__webpack_require__.t.bind(__webpack_require__, 75934, 19)).then((m) => m.DatabaseClient);
const dbTools = () => __webpack_require__.e(/* import() */ 4325).then(__webpack_require__.t.bind(__webpack_require__, 4325, 19)).then((m) => m.DatabaseToolsClient);
const mysqlBackups = () => __webpack_require__.e(/* import() */ 2915).then(__webpack_require__.t.bind(__webpack_require__, 92915, 19)).then((m) => m.DbBackupsClient);
const postgresql = () => __webpack_require__.e(/* import() */ 6899).then(__webpack_require__.t.bind(__webpack_require__, 56899, 19)).then((m) => m.PostgresqlClient);
const nosql = () => __webpack_require__.e(/* import() */ 5336).then(__webpack_require__.t.bind(__webpack_require__, 35336, 19)).then((m) => m.NosqlClient);
const recovery = () => __webpack_require__.e(/* import() */ 484).then(__webpack_require__.t.bind(__webpack_require__, 10484, 19)).then((m) => m.DatabaseRecoveryClient);
/** A per-compartment list whose response is a `*Collection` holding `items`. */
function database_services_listCollection(method, collectionKey) {
    return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}
const DATABASE_SERVICES_ROWS = [
    {
        resourceType: 'PluggableDatabase',
        service: 'database',
        client: database_services_database,
        get: getById('getPluggableDatabase', 'pluggableDatabaseId', 'pluggableDatabase'),
        list: listByCompartment('listPluggableDatabases'),
        relations: rel({ containerDatabaseId: 'IN_DATABASE', kmsKeyId: 'ENCRYPTED_BY_KEY' }),
    },
    {
        resourceType: 'DatabaseToolsPrivateEndpoint',
        service: 'dbtools',
        client: dbTools,
        get: getById('getDatabaseToolsPrivateEndpoint', 'databaseToolsPrivateEndpointId', 'databaseToolsPrivateEndpoint'),
        list: database_services_listCollection('listDatabaseToolsPrivateEndpoints', 'databaseToolsPrivateEndpointCollection'),
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
        list: database_services_listCollection('listTables', 'tableCollection'),
        relations: [],
    },
    {
        resourceType: 'ProtectedDatabase',
        service: 'recovery',
        client: recovery,
        get: getById('getProtectedDatabase', 'protectedDatabaseId', 'protectedDatabase'),
        list: database_services_listCollection('listProtectedDatabases', 'protectedDatabaseCollection'),
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
        list: database_services_listCollection('listRecoveryServiceSubnets', 'recoveryServiceSubnetCollection'),
        relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET', subnets: 'IN_SUBNET', nsgIds: 'IN_NSG' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/datascience.js
// Rows for Data Science: projects, notebook sessions, jobs and job runs, models, model version
// sets and model deployments. Metadata only: no model artefacts, notebooks or job logs.

const dataScience = () => __webpack_require__.e(/* import() */ 2255).then(__webpack_require__.t.bind(__webpack_require__, 22255, 19)).then((m) => m.DataScienceClient);
const MODEL_CONFIG = 'modelDeploymentConfigurationDetails.modelConfigurationDetails';
const DATA_SCIENCE_ROWS = [
    {
        resourceType: 'DataScienceProject',
        service: 'datascience',
        client: dataScience,
        get: getById('getProject', 'projectId', 'project'),
        list: listByCompartment('listProjects'),
        relations: [],
    },
    {
        resourceType: 'DataScienceNotebookSession',
        service: 'datascience',
        client: dataScience,
        get: getById('getNotebookSession', 'notebookSessionId', 'notebookSession'),
        list: listByCompartment('listNotebookSessions'),
        relations: rel({ projectId: 'IN_PROJECT', 'notebookSessionConfigurationDetails.subnetId': 'IN_SUBNET', 'notebookSessionConfigDetails.subnetId': 'IN_SUBNET' }),
    },
    {
        // JobSummary lacks the infrastructure (subnet) and log configuration: read by get.
        resourceType: 'DataScienceJob',
        service: 'datascience',
        client: dataScience,
        get: getById('getJob', 'jobId', 'job'),
        relations: rel({ projectId: 'IN_PROJECT', 'jobInfrastructureConfigurationDetails.subnetId': 'IN_SUBNET', 'jobLogConfigurationDetails.logGroupId': 'WRITES_LOG_GROUP' }),
    },
    {
        resourceType: 'DataScienceJobRun',
        service: 'datascience',
        client: dataScience,
        get: getById('getJobRun', 'jobRunId', 'jobRun'),
        list: listByCompartment('listJobRuns'),
        relations: rel({ jobId: 'RUN_OF', projectId: 'IN_PROJECT' }),
    },
    {
        resourceType: 'DataScienceModel',
        service: 'datascience',
        client: dataScience,
        get: getById('getModel', 'modelId', 'model'),
        list: listByCompartment('listModels'),
        relations: rel({ projectId: 'IN_PROJECT', modelVersionSetId: 'IN_MODEL_VERSION_SET' }),
    },
    {
        resourceType: 'DataScienceModelVersionSet',
        service: 'datascience',
        client: dataScience,
        get: getById('getModelVersionSet', 'modelVersionSetId', 'modelVersionSet'),
        list: listByCompartment('listModelVersionSets'),
        relations: rel({ projectId: 'IN_PROJECT' }),
    },
    {
        resourceType: 'DataScienceModelDeployment',
        service: 'datascience',
        client: dataScience,
        get: getById('getModelDeployment', 'modelDeploymentId', 'modelDeployment'),
        list: listByCompartment('listModelDeployments'),
        relations: rel({
            projectId: 'IN_PROJECT',
            [`${MODEL_CONFIG}.modelId`]: 'DEPLOYS_MODEL',
            [`${MODEL_CONFIG}.instanceConfiguration.subnetId`]: 'IN_SUBNET',
            'categoryLogDetails.access.logGroupId': 'WRITES_LOG_GROUP',
            'categoryLogDetails.predict.logGroupId': 'WRITES_LOG_GROUP',
        }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/devops.js
// Rows for DevOps (oci-devops): projects, code repositories (metadata only: never a file,
// commit, diff or archive), build pipeline stages, build runs and deploy artifacts.


const devops = () => __webpack_require__.e(/* import() */ 4290).then(__webpack_require__.t.bind(__webpack_require__, 4290, 19)).then((m) => m.DevopsClient);
const DEVOPS_ROWS = [
    {
        resourceType: 'DevOpsProject',
        service: 'devops',
        client: devops,
        get: getById('getProject', 'projectId', 'project'),
        list: collections_listCollection('listProjects', 'projectCollection'),
        relations: rel({ 'notificationConfig.topicId': 'NOTIFIES_TOPIC' }),
    },
    {
        // getRepository is the repository's metadata (urls, default branch, counts); the row never
        // calls the content operations (getObjectContent, getRepositoryArchiveContent, …).
        resourceType: 'DevOpsRepository',
        service: 'devops',
        client: devops,
        get: getById('getRepository', 'repositoryId', 'repository'),
        list: collections_listCollection('listRepositories', 'repositoryCollection'),
        relations: rel({ projectId: 'IN_PROJECT', parentRepositoryId: 'CLONE_OF' }),
    },
    {
        resourceType: 'DevOpsBuildPipelineStage',
        service: 'devops',
        client: devops,
        get: getById('getBuildPipelineStage', 'buildPipelineStageId', 'buildPipelineStage'),
        list: collections_listCollection('listBuildPipelineStages', 'buildPipelineStageCollection'),
        relations: rel({ projectId: 'IN_PROJECT', buildPipelineId: 'IN_PIPELINE' }),
    },
    {
        // Build runs pile up by the hundred: the summary carries both relation fields, so groups
        // are read by one list.
        resourceType: 'DevOpsBuildRun',
        service: 'devops',
        client: devops,
        get: getById('getBuildRun', 'buildRunId', 'buildRun'),
        list: collections_listCollection('listBuildRuns', 'buildRunSummaryCollection'),
        relations: rel({ projectId: 'IN_PROJECT', buildPipelineId: 'RUN_OF' }),
    },
    {
        resourceType: 'DevOpsDeployArtifact',
        service: 'devops',
        client: devops,
        get: getById('getDeployArtifact', 'deployArtifactId', 'deployArtifact'),
        list: collections_listCollection('listDeployArtifacts', 'deployArtifactCollection'),
        relations: rel({ projectId: 'IN_PROJECT', 'deployArtifactSource.repositoryId': 'FROM_REPOSITORY' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/identity.js
// Rows for IAM (oci-identity). These resources are global: the pipeline hands them to the
// home region, whose identity endpoint serves them.

const identity = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 79041, 19)).then((m) => m.IdentityClient);
const IDENTITY_ROWS = [
    {
        // A compartment's compartmentId is its parent, so one list of the parent's children
        // serves every sibling at once.
        resourceType: 'Compartment',
        service: 'identity',
        client: identity,
        get: getById('getCompartment', 'compartmentId', 'compartment'),
        // From the tenancy, compartmentIdInSubtree (with accessLevel ANY) lists every compartment at once.
        list: inSubtree(listByCompartment('listCompartments'), 'compartmentIdInSubtree', { accessLevel: 'ANY' }),
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
        // No relations: the summary serves; includeSubcompartments from the tenancy reads them all.
        list: inSubtree(listByCompartment('listTagNamespaces'), 'includeSubcompartments'),
        relations: [],
    },
    {
        resourceType: 'TagDefault',
        service: 'identity',
        client: identity,
        get: getById('getTagDefault', 'tagDefaultId', 'tagDefault'),
        // TagDefaultSummary carries both relation fields.
        list: listByCompartment('listTagDefaults'),
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/infra.js
// Rows for the second wave of infrastructure types: FastConnect cross-connects, DRG route
// tables and distributions, private IPs, remote peering (oci-core VirtualNetworkClient);
// volume backup policies and volume group backups (BlockstorageClient); DNS resolvers and
// views; Email Delivery domains, DKIM keys and approved senders.

const vnet = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.VirtualNetworkClient);
const infra_blockstorage = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.BlockstorageClient);
const dns = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(4478)]).then(__webpack_require__.t.bind(__webpack_require__, 94478, 19)).then((m) => m.DnsClient);
const email = () => __webpack_require__.e(/* import() */ 8701).then(__webpack_require__.t.bind(__webpack_require__, 88701, 19)).then((m) => m.EmailClient);
/** Email Delivery's control plane is `ctrl.email.<region>`: its endpoint prefix is two labels. */
const EMAIL = 'ctrl.email';
const INFRA_ROWS = [
    {
        resourceType: 'CrossConnectGroup',
        service: 'iaas',
        client: vnet,
        get: getById('getCrossConnectGroup', 'crossConnectGroupId', 'crossConnectGroup'),
        list: listByCompartment('listCrossConnectGroups'),
        relations: [],
    },
    {
        resourceType: 'CrossConnect',
        service: 'iaas',
        client: vnet,
        get: getById('getCrossConnect', 'crossConnectId', 'crossConnect'),
        list: listByCompartment('listCrossConnects'),
        relations: rel({ crossConnectGroupId: 'IN_CROSS_CONNECT_GROUP' }),
    },
    {
        // listDrgRouteDistributions takes a DRG, not a compartment: one list per DRG.
        resourceType: 'DrgRouteDistribution',
        service: 'iaas',
        client: vnet,
        get: getById('getDrgRouteDistribution', 'drgRouteDistributionId', 'drgRouteDistribution'),
        list: listByParent('listDrgRouteDistributions', 'Drg', 'drgId', false),
        relations: rel({ drgId: 'IN_DRG' }),
    },
    {
        resourceType: 'DrgRouteTable',
        service: 'iaas',
        client: vnet,
        get: getById('getDrgRouteTable', 'drgRouteTableId', 'drgRouteTable'),
        list: listByParent('listDrgRouteTables', 'Drg', 'drgId', false),
        relations: rel({ drgId: 'IN_DRG', importDrgRouteDistributionId: 'USES_ROUTE_DISTRIBUTION' }),
    },
    {
        // Many per VNIC, so never a get each when it can be helped: listPrivateIps takes a subnet
        // (or a VNIC or VLAN), not a compartment, and one list per subnet returns every private IP
        // in it. A private IP whose subnet sits in another compartment (a shared network
        // compartment) is missed by the per-compartment parents and read by get.
        resourceType: 'PrivateIp',
        service: 'iaas',
        client: vnet,
        get: getById('getPrivateIp', 'privateIpId', 'privateIp'),
        list: listByParent('listPrivateIps', 'Subnet', 'subnetId', false),
        relations: rel({ subnetId: 'IN_SUBNET', vnicId: 'ASSIGNED_TO', vlanId: 'IN_VLAN', routeTableId: 'USES_ROUTE_TABLE' }),
    },
    {
        resourceType: 'RemotePeeringConnection',
        service: 'iaas',
        client: vnet,
        get: getById('getRemotePeeringConnection', 'remotePeeringConnectionId', 'remotePeeringConnection'),
        list: listByCompartment('listRemotePeeringConnections'),
        relations: rel({ drgId: 'ATTACHED_TO_DRG', peerId: 'PEERS_WITH' }),
    },
    {
        // With a compartment the list returns that compartment's own policies (without one, the
        // Oracle-defined gold/silver/bronze, which search does not report).
        resourceType: 'VolumeBackupPolicy',
        service: 'iaas',
        client: infra_blockstorage,
        get: getById('getVolumeBackupPolicy', 'policyId', 'volumeBackupPolicy'),
        list: listByCompartment('listVolumeBackupPolicies'),
        relations: [],
    },
    {
        resourceType: 'VolumeGroupBackup',
        service: 'iaas',
        client: infra_blockstorage,
        get: getById('getVolumeGroupBackup', 'volumeGroupBackupId', 'volumeGroupBackup'),
        list: listByCompartment('listVolumeGroupBackups'),
        relations: rel({ volumeGroupId: 'BACKUP_OF', volumeBackupIds: 'CONTAINS_BACKUP', sourceVolumeGroupBackupId: 'COPY_OF' }),
    },
    {
        // ResolverSummary lacks the attached views and endpoints: a get per resolver (one per VCN).
        resourceType: 'DnsResolver',
        service: 'dns',
        client: dns,
        get: getById('getResolver', 'resolverId', 'resolver'),
        relations: rel({ attachedVcnId: 'IN_VCN', defaultViewId: 'USES_DNS_VIEW', 'attachedViews.*.viewId': 'USES_DNS_VIEW', 'endpoints.*.subnetId': 'IN_SUBNET' }),
    },
    {
        resourceType: 'DnsView',
        service: 'dns',
        client: dns,
        get: getById('getView', 'viewId', 'view'),
        list: listByCompartment('listViews'),
        relations: [],
    },
    {
        resourceType: 'EmailDomain',
        service: EMAIL,
        client: email,
        get: getById('getEmailDomain', 'emailDomainId', 'emailDomain'),
        list: { ...listByCompartment('listEmailDomains'), itemsPath: ['emailDomainCollection', 'items'] },
        relations: rel({ activeDkimId: 'USES_DKIM' }),
    },
    {
        // listDkims takes an email domain, not a compartment: one list per domain.
        resourceType: 'EmailDkim',
        service: EMAIL,
        client: email,
        get: getById('getDkim', 'dkimId', 'dkim'),
        list: { ...listByParent('listDkims', 'EmailDomain', 'emailDomainId', false), itemsPath: ['dkimCollection', 'items'] },
        relations: rel({ emailDomainId: 'IN_EMAIL_DOMAIN' }),
    },
    {
        // SenderSummary lacks emailDomainId: a get per sender keeps IN_EMAIL_DOMAIN.
        resourceType: 'EmailSender',
        service: EMAIL,
        client: email,
        get: getById('getSender', 'senderId', 'sender'),
        relations: rel({ emailDomainId: 'IN_EMAIL_DOMAIN' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/list-shape.js
// Rows whose list item is not the get's object: the SDK's summary model lacks fields the get
// returns, or carries fields the get does not. Enriched by such a list, a record's shape would
// depend on how many of its kind share its compartment (a list for two, a get for one), and a
// record read by get in one run and by list in the next would show as changed with nothing
// changed. These rows are read by get, one call per record: complete and the same every run;
// tests/unit/enrich-list-shape.test.ts holds every other list-served row to one field set.
// A row may instead keep, by get and list alike, only the fields both models share
// (`EnricherRow.fields`), to be served by a subtree list: CloudGuardSavedQuery, ContainerImage,
// DataSafeUserAssessment (docs/enrichment.md, Call budget, says why each).
const SUMMARY_LIST_TYPES = new Set([
    'AgcsGovernanceInstance',
    'AiDataPlatform',
    'AiVisionModel',
    'AiVisionProject',
    'AutonomousDatabase',
    'Certificate',
    'CertificateAuthority',
    'CloudGuardDetectorRecipe',
    'CloudGuardResponderRecipe',
    'ConnectHarness',
    'ConsoleDashboard',
    'Container',
    'ContainerRepo',
    'DataFlowRun',
    'DataLabelingDataset',
    'DataSafeAuditProfile',
    'DataSafeReportDefinition',
    'DataSafeSecurityAssessment',
    'DataScienceJobRun',
    'DataScienceModel',
    'DataScienceModelDeployment',
    'DataScienceModelVersionSet',
    'DataScienceNotebookSession',
    'DbSystem',
    'DevOpsBuildRun',
    'DevOpsRepository',
    'EmailDkim',
    'EmailDomain',
    'GenAiAgentDataIngestionJob',
    'GenAiAgentDataSource',
    'IntegrationInstance',
    'KmsHsmCluster',
    'MysqlBackup',
    'NetworkFirewallPolicy',
    'NoSqlTable',
    'OdaInstance',
    'OnsSubscription',
    'OrmJob',
    'OrmTemplate',
    'OsmhLifecycleEnvironment',
    'OsmhScheduledJob',
    'OsmhSoftwareSource',
    'ProtectedDatabase',
    'Secret',
    'SecurityZonesSecurityZone',
    'VisualBuilderInstance',
    'VssHostScanTarget',
]);

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/media.js
// Rows for Media Services streaming and workflows (oci-mediaservices): workflows, distribution
// channels, their packaging configs and CDN configs.


const media = () => __webpack_require__.e(/* import() */ 617).then(__webpack_require__.t.bind(__webpack_require__, 10617, 19)).then((m) => m.MediaServicesClient);
const MEDIA_ROWS = [
    {
        // MediaWorkflowSummary lacks the configuration ids: read by get.
        resourceType: 'MediaWorkflow',
        service: 'mediaservices',
        client: media,
        get: getById('getMediaWorkflow', 'mediaWorkflowId', 'mediaWorkflow'),
        relations: rel({ mediaWorkflowConfigurationIds: 'USES_CONFIGURATION' }),
    },
    {
        resourceType: 'StreamDistributionChannel',
        service: 'mediaservices',
        client: media,
        get: getById('getStreamDistributionChannel', 'streamDistributionChannelId', 'streamDistributionChannel'),
        list: collections_listCollection('listStreamDistributionChannels', 'streamDistributionChannelCollection'),
        relations: [],
    },
    {
        // The summary lacks `encryption` (its kmsKeyId): read by get.
        resourceType: 'StreamPackagingConfig',
        service: 'mediaservices',
        client: media,
        get: getById('getStreamPackagingConfig', 'streamPackagingConfigId', 'streamPackagingConfig'),
        relations: rel({ distributionChannelId: 'IN_DISTRIBUTION_CHANNEL', 'encryption.kmsKeyId': 'ENCRYPTED_BY_KEY' }),
    },
    {
        // No get on purpose: a CDN config's `config` carries origin-auth keys and edge token keys
        // under names the redaction rule cannot know. The summary has everything else; it is listed
        // per distribution channel (the list takes no compartment).
        resourceType: 'StreamCdnConfig',
        service: 'mediaservices',
        client: media,
        list: listCollectionByParent('listStreamCdnConfigs', 'streamCdnConfigCollection', 'StreamDistributionChannel', 'distributionChannelId'),
        relations: rel({ distributionChannelId: 'IN_DISTRIBUTION_CHANNEL' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/network.js
// Rows for Networking (oci-core VirtualNetworkClient, Load Balancer, Network Load Balancer).

const network_vnet = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(8484)]).then(__webpack_require__.t.bind(__webpack_require__, 68484, 19)).then((m) => m.VirtualNetworkClient);
const loadBalancer = () => __webpack_require__.e(/* import() */ 9493).then(__webpack_require__.t.bind(__webpack_require__, 19493, 19)).then((m) => m.LoadBalancerClient);
const networkLoadBalancer = () => __webpack_require__.e(/* import() */ 5885).then(__webpack_require__.t.bind(__webpack_require__, 15885, 19)).then((m) => m.NetworkLoadBalancerClient);
/** A VCN-scoped network object: get by id, list per compartment, IN_VCN. */
function vcnChild(resourceType, noun, idParam, responseKey, extra = {}) {
    return {
        resourceType,
        service: 'iaas',
        client: network_vnet,
        get: getById(`get${noun}`, idParam, responseKey),
        list: listByCompartment(`list${noun}s`),
        relations: rel({ vcnId: 'IN_VCN', ...extra }),
    };
}
const NETWORK_ROWS = [
    {
        resourceType: 'Vcn',
        service: 'iaas',
        client: network_vnet,
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
        client: network_vnet,
        get: getById('getDhcpOptions', 'dhcpId', 'dhcpOptions'),
        list: listByCompartment('listDhcpOptions'),
        relations: rel({ vcnId: 'IN_VCN' }),
    },
    {
        resourceType: 'Drg',
        service: 'iaas',
        client: network_vnet,
        get: getById('getDrg', 'drgId', 'drg'),
        list: listByCompartment('listDrgs'),
        relations: rel({ 'defaultDrgRouteTables.vcn': 'USES_DRG_ROUTE_TABLE' }),
    },
    {
        resourceType: 'DrgAttachment',
        service: 'iaas',
        client: network_vnet,
        get: getById('getDrgAttachment', 'drgAttachmentId', 'drgAttachment'),
        list: listByCompartment('listDrgAttachments'),
        relations: rel({ drgId: 'ATTACHED_TO_DRG', vcnId: 'ATTACHES_VCN', 'networkDetails.id': 'ATTACHES_NETWORK', routeTableId: 'USES_ROUTE_TABLE' }),
    },
    {
        resourceType: 'IPSecConnection',
        service: 'iaas',
        client: network_vnet,
        get: getById('getIPSecConnection', 'ipscId', 'iPSecConnection'),
        list: listByCompartment('listIPSecConnections'),
        relations: rel({ drgId: 'ATTACHED_TO_DRG', cpeId: 'CONNECTS_CPE' }),
    },
    {
        resourceType: 'Cpe',
        service: 'iaas',
        client: network_vnet,
        get: getById('getCpe', 'cpeId', 'cpe'),
        list: listByCompartment('listCpes'),
        relations: [],
    },
    {
        resourceType: 'VirtualCircuit',
        service: 'iaas',
        client: network_vnet,
        get: getById('getVirtualCircuit', 'virtualCircuitId', 'virtualCircuit'),
        list: listByCompartment('listVirtualCircuits'),
        relations: rel({ gatewayId: 'ATTACHED_TO_DRG' }),
    },
    {
        // listPublicIps needs scope and lifetime and still misses some: get is simpler and exact.
        resourceType: 'PublicIp',
        service: 'iaas',
        client: network_vnet,
        get: getById('getPublicIp', 'publicIpId', 'publicIp'),
        relations: rel({ assignedEntityId: 'ASSIGNED_TO', privateIpId: 'MAPS_TO_PRIVATE_IP', publicIpPoolId: 'FROM_PUBLIC_IP_POOL' }),
    },
    {
        resourceType: 'Vnic',
        service: 'iaas',
        client: network_vnet,
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

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/observability.js
// Rows for Logging saved searches, Management Agent install keys (never the key value) and
// Console dashboards with their groups.


const logging = () => __webpack_require__.e(/* import() */ 4336).then(__webpack_require__.t.bind(__webpack_require__, 4336, 19)).then((m) => m.LoggingManagementClient);
const managementAgent = () => __webpack_require__.e(/* import() */ 4981).then(__webpack_require__.t.bind(__webpack_require__, 24981, 19)).then((m) => m.ManagementAgentClient);
const dashboards = () => __webpack_require__.e(/* import() */ 5552).then(__webpack_require__.t.bind(__webpack_require__, 75552, 19)).then((m) => m.DashboardClient);
const dashboardGroups = () => __webpack_require__.e(/* import() */ 5552).then(__webpack_require__.t.bind(__webpack_require__, 75552, 19)).then((m) => m.DashboardGroupClient);
const OBSERVABILITY_ROWS = [
    {
        resourceType: 'LogSavedSearch',
        service: 'logging',
        client: logging,
        get: getById('getLogSavedSearch', 'logSavedSearchId', 'logSavedSearch'),
        list: collections_listCollection('listLogSavedSearches', 'logSavedSearchSummaryCollection'),
        relations: [],
    },
    {
        // No get on purpose: getManagementAgentInstallKey returns the key value itself, which a
        // holder can use to register agents. The summary is everything but the key.
        resourceType: 'ManagementAgentInstallKey',
        service: 'management-agent',
        client: managementAgent,
        // compartmentIdInSubtree with accessLevel ACCESSIBLE (its only value): one list per region.
        list: inSubtree(listByCompartment('listManagementAgentInstallKeys'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
        relations: [],
    },
    {
        resourceType: 'ConsoleDashboardGroup',
        service: 'dashboard',
        client: dashboardGroups,
        get: getById('getDashboardGroup', 'dashboardGroupId', 'dashboardGroup'),
        list: collections_listCollection('listDashboardGroups', 'dashboardGroupCollection'),
        relations: [],
    },
    {
        // Dashboards are listed per group (the list takes no compartment); the summary has the group.
        resourceType: 'ConsoleDashboard',
        service: 'dashboard',
        client: dashboards,
        get: getById('getDashboard', 'dashboardId', 'dashboard'),
        list: listCollectionByParent('listDashboards', 'dashboardCollection', 'ConsoleDashboardGroup', 'dashboardGroupId'),
        relations: rel({ dashboardGroupId: 'IN_DASHBOARD_GROUP' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/osmh.js
// Rows for OS Management Hub (oci-osmanagementhub, endpoint `osmh`): lifecycle environments,
// managed instance groups, registration profiles, scheduled jobs and software sources. Each
// resource family has its own SDK client class on the one endpoint.


const lifecycleEnvironments = () => __webpack_require__.e(/* import() */ 1009).then(__webpack_require__.t.bind(__webpack_require__, 71009, 19)).then((m) => m.LifecycleEnvironmentClient);
const groups = () => __webpack_require__.e(/* import() */ 1009).then(__webpack_require__.t.bind(__webpack_require__, 71009, 19)).then((m) => m.ManagedInstanceGroupClient);
const onboarding = () => __webpack_require__.e(/* import() */ 1009).then(__webpack_require__.t.bind(__webpack_require__, 71009, 19)).then((m) => m.OnboardingClient);
const scheduledJobs = () => __webpack_require__.e(/* import() */ 1009).then(__webpack_require__.t.bind(__webpack_require__, 71009, 19)).then((m) => m.ScheduledJobClient);
const softwareSources = () => __webpack_require__.e(/* import() */ 1009).then(__webpack_require__.t.bind(__webpack_require__, 71009, 19)).then((m) => m.SoftwareSourceClient);
const OSMH_ROWS = [
    {
        resourceType: 'OsmhLifecycleEnvironment',
        service: 'osmh',
        client: lifecycleEnvironments,
        get: getById('getLifecycleEnvironment', 'lifecycleEnvironmentId', 'lifecycleEnvironment'),
        list: collections_listCollection('listLifecycleEnvironments', 'lifecycleEnvironmentCollection'),
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
        list: collections_listCollection('listScheduledJobs', 'scheduledJobCollection'),
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
        list: collections_listCollection('listSoftwareSources', 'softwareSourceCollection'),
        relations: rel({ 'vendorSoftwareSources.*.id': 'DERIVED_FROM' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/platform-services.js
// Rows for platform services of the second wave: Functions applications spelled `App`, Access Governance, Budgets, Integration,
// Visual Builder, Digital Assistant, Network Path Analyzer, Resource Scheduler, Fleet
// Application Management, Streaming pools and Kafka Connect harnesses, API Gateway APIs.
// Read-only metadata: an API's specification content (getApiContent) is never read.

const functions = () => __webpack_require__.e(/* import() */ 5196).then(__webpack_require__.t.bind(__webpack_require__, 85196, 19)).then((m) => m.FunctionsManagementClient);
const governance = () => __webpack_require__.e(/* import() */ 9214).then(__webpack_require__.t.bind(__webpack_require__, 29214, 19)).then((m) => m.AccessGovernanceCPClient);
const budget = () => __webpack_require__.e(/* import() */ 150).then(__webpack_require__.t.bind(__webpack_require__, 60150, 19)).then((m) => m.BudgetClient);
const integration = () => __webpack_require__.e(/* import() */ 9075).then(__webpack_require__.t.bind(__webpack_require__, 9075, 19)).then((m) => m.IntegrationInstanceClient);
const visualBuilder = () => __webpack_require__.e(/* import() */ 6462).then(__webpack_require__.t.bind(__webpack_require__, 66462, 19)).then((m) => m.VbInstanceClient);
const oda = () => __webpack_require__.e(/* import() */ 4035).then(__webpack_require__.t.bind(__webpack_require__, 74035, 19)).then((m) => m.OdaClient);
const vnMonitoring = () => __webpack_require__.e(/* import() */ 7529).then(__webpack_require__.t.bind(__webpack_require__, 97529, 19)).then((m) => m.VnMonitoringClient);
const scheduler = () => __webpack_require__.e(/* import() */ 424).then(__webpack_require__.t.bind(__webpack_require__, 60424, 19)).then((m) => m.ScheduleClient);
const famsAdmin = () => __webpack_require__.e(/* import() */ 1942).then(__webpack_require__.t.bind(__webpack_require__, 91942, 19)).then((m) => m.FleetAppsManagementAdminClient);
const streamAdmin = () => __webpack_require__.e(/* import() */ 7617).then(__webpack_require__.t.bind(__webpack_require__, 87617, 19)).then((m) => m.StreamAdminClient);
const apiGateway = () => __webpack_require__.e(/* import() */ 5537).then(__webpack_require__.t.bind(__webpack_require__, 15537, 19)).then((m) => m.ApiGatewayClient);
/** A per-compartment list whose response is a `*Collection` holding `items`. */
function platform_services_listCollection(method, collectionKey) {
    return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}
/** Both ends of a path analysis, whichever endpoint kind each is. */
const PATH_ENDPOINT_FIELDS = ['instanceId', 'vnicId', 'subnetId', 'loadBalancerId', 'networkLoadBalancerId'];
const pathRelations = Object.fromEntries(PATH_ENDPOINT_FIELDS.flatMap((field) => [
    [`sourceEndpoint.${field}`, 'PATH_FROM'],
    [`destinationEndpoint.${field}`, 'PATH_TO'],
]));
const PLATFORM_SERVICES_ROWS = [
    {
        // Resource Search's other spelling of a Functions application (FunctionsApplication).
        resourceType: 'App',
        service: 'functions',
        client: functions,
        get: getById('getApplication', 'applicationId', 'application'),
        relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
    },
    {
        resourceType: 'AgcsGovernanceInstance',
        service: 'cp-prod.access-governance',
        client: governance,
        get: getById('getGovernanceInstance', 'governanceInstanceId', 'governanceInstance'),
        list: platform_services_listCollection('listGovernanceInstances', 'governanceInstanceCollection'),
        relations: [],
    },
    {
        resourceType: 'Budget',
        service: 'usage',
        client: budget,
        get: getById('getBudget', 'budgetId', 'budget'),
        list: listByCompartment('listBudgets', { targetType: 'ALL' }),
        relations: rel({ targetCompartmentId: 'WATCHES_COMPARTMENT', targets: 'WATCHES_COMPARTMENT' }),
    },
    {
        resourceType: 'IntegrationInstance',
        service: 'integration',
        client: integration,
        get: getById('getIntegrationInstance', 'integrationInstanceId', 'integrationInstance'),
        list: listByCompartment('listIntegrationInstances'),
        relations: rel({
            'privateEndpointOutboundConnection.subnetId': 'IN_SUBNET',
            'privateEndpointOutboundConnection.nsgIds': 'IN_NSG',
            logGroupId: 'WRITES_LOG_GROUP',
            processAutomationLogGroupId: 'WRITES_LOG_GROUP',
        }),
    },
    {
        resourceType: 'VisualBuilderInstance',
        service: 'visualbuilder',
        client: visualBuilder,
        get: getById('getVbInstance', 'vbInstanceId', 'vbInstance'),
        list: platform_services_listCollection('listVbInstances', 'vbInstanceSummaryCollection'),
        relations: rel({ 'networkEndpointDetails.subnetId': 'IN_SUBNET', 'networkEndpointDetails.networkSecurityGroupIds': 'IN_NSG' }),
    },
    {
        resourceType: 'OdaInstance',
        service: 'digitalassistant-api',
        client: oda,
        get: getById('getOdaInstance', 'odaInstanceId', 'odaInstance'),
        list: listByCompartment('listOdaInstances'),
        relations: [],
    },
    {
        resourceType: 'PathAnalyzerTest',
        service: 'vnca-api',
        client: vnMonitoring,
        get: getById('getPathAnalyzerTest', 'pathAnalyzerTestId', 'pathAnalyzerTest'),
        list: platform_services_listCollection('listPathAnalyzerTests', 'pathAnalyzerTestCollection'),
        relations: rel(pathRelations),
    },
    {
        resourceType: 'ResourceSchedule',
        service: 'resource-scheduler',
        client: scheduler,
        get: getById('getSchedule', 'scheduleId', 'schedule'),
        list: platform_services_listCollection('listSchedules', 'scheduleCollection'),
        relations: rel({ 'resources.*.id': 'SCHEDULES' }),
    },
    {
        resourceType: 'Famsplatformconfiguration',
        service: 'fams',
        client: famsAdmin,
        get: getById('getPlatformConfiguration', 'platformConfigurationId', 'platformConfiguration'),
        // compartmentIdInSubtree on any compartment: one list per region from the tenancy.
        list: inSubtree(platform_services_listCollection('listPlatformConfigurations', 'platformConfigurationCollection'), 'compartmentIdInSubtree'),
        relations: [],
    },
    {
        resourceType: 'ConnectHarness',
        service: 'streaming',
        client: streamAdmin,
        get: getById('getConnectHarness', 'connectHarnessId', 'connectHarness'),
        list: listByCompartment('listConnectHarnesses'),
        relations: [],
    },
    {
        // StreamPoolSummary lacks the private endpoint and the encryption key: read by get.
        resourceType: 'StreamPool',
        service: 'streaming',
        client: streamAdmin,
        get: getById('getStreamPool', 'streamPoolId', 'streamPool'),
        relations: rel({
            'privateEndpointSettings.subnetId': 'IN_SUBNET',
            'privateEndpointSettings.nsgIds': 'IN_NSG',
            'customEncryptionKey.kmsKeyId': 'ENCRYPTED_BY_KEY',
        }),
    },
    {
        resourceType: 'ApiGatewayApi',
        service: 'apigateway',
        client: apiGateway,
        get: getById('getApi', 'apiId', 'api'),
        list: platform_services_listCollection('listApis', 'apiCollection'),
        relations: [],
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/platform.js
// Rows for platform services: containers, functions, API gateway, security, observability,
// messaging, DNS and media.

const containerEngine = () => __webpack_require__.e(/* import() */ 9056).then(__webpack_require__.t.bind(__webpack_require__, 29056, 19)).then((m) => m.ContainerEngineClient);
const platform_functions = () => __webpack_require__.e(/* import() */ 5196).then(__webpack_require__.t.bind(__webpack_require__, 85196, 19)).then((m) => m.FunctionsManagementClient);
const gateway = () => __webpack_require__.e(/* import() */ 5537).then(__webpack_require__.t.bind(__webpack_require__, 15537, 19)).then((m) => m.GatewayClient);
const deployment = () => __webpack_require__.e(/* import() */ 5537).then(__webpack_require__.t.bind(__webpack_require__, 15537, 19)).then((m) => m.DeploymentClient);
const kmsVault = () => __webpack_require__.e(/* import() */ 5261).then(__webpack_require__.t.bind(__webpack_require__, 95261, 19)).then((m) => m.KmsVaultClient);
const kmsManagement = () => __webpack_require__.e(/* import() */ 5261).then(__webpack_require__.t.bind(__webpack_require__, 95261, 19)).then((m) => m.KmsManagementClient);
const vaults = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(9401)]).then(__webpack_require__.t.bind(__webpack_require__, 29401, 19)).then((m) => m.VaultsClient);
const bastion = () => __webpack_require__.e(/* import() */ 6701).then(__webpack_require__.t.bind(__webpack_require__, 46701, 19)).then((m) => m.BastionClient);
const platform_logging = () => __webpack_require__.e(/* import() */ 4336).then(__webpack_require__.t.bind(__webpack_require__, 4336, 19)).then((m) => m.LoggingManagementClient);
const onsControl = () => __webpack_require__.e(/* import() */ 9855).then(__webpack_require__.t.bind(__webpack_require__, 79855, 19)).then((m) => m.NotificationControlPlaneClient);
const onsData = () => __webpack_require__.e(/* import() */ 9855).then(__webpack_require__.t.bind(__webpack_require__, 79855, 19)).then((m) => m.NotificationDataPlaneClient);
const events = () => __webpack_require__.e(/* import() */ 9246).then(__webpack_require__.t.bind(__webpack_require__, 9246, 19)).then((m) => m.EventsClient);
const monitoring = () => __webpack_require__.e(/* import() */ 6729).then(__webpack_require__.t.bind(__webpack_require__, 36729, 19)).then((m) => m.MonitoringClient);
const sch = () => __webpack_require__.e(/* import() */ 2195).then(__webpack_require__.t.bind(__webpack_require__, 42195, 19)).then((m) => m.ServiceConnectorClient);
const platform_streamAdmin = () => __webpack_require__.e(/* import() */ 7617).then(__webpack_require__.t.bind(__webpack_require__, 87617, 19)).then((m) => m.StreamAdminClient);
const platform_dns = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(4478)]).then(__webpack_require__.t.bind(__webpack_require__, 94478, 19)).then((m) => m.DnsClient);
const logAnalytics = () => __webpack_require__.e(/* import() */ 8813).then(__webpack_require__.t.bind(__webpack_require__, 18813, 19)).then((m) => m.LogAnalyticsClient);
const platform_media = () => __webpack_require__.e(/* import() */ 617).then(__webpack_require__.t.bind(__webpack_require__, 10617, 19)).then((m) => m.MediaServicesClient);
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
        client: platform_functions,
        get: getById('getApplication', 'applicationId', 'application'),
        relations: rel({ subnetIds: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG' }),
    },
    {
        resourceType: 'FunctionsFunction',
        service: 'functions',
        client: platform_functions,
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
        client: platform_logging,
        get: getById('getLogGroup', 'logGroupId', 'logGroup'),
        list: inSubtree(listByCompartment('listLogGroups'), 'isCompartmentIdInSubtree'),
        relations: [],
    },
    {
        // getLog needs the log group, which search does not give: logs are read through
        // listLogs of the log groups in their compartment.
        resourceType: 'Log',
        service: 'logging',
        client: platform_logging,
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
        // AlarmSummary carries both relation fields and listAlarms takes compartmentIdInSubtree,
        // but the summary lacks fields the get has (timeCreated, …): a record switching between
        // list and get as its compartment fills would show as changed. Get until the engine can
        // keep one source per type.
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
        client: platform_streamAdmin,
        get: getById('getStream', 'streamId', 'stream'),
        relations: rel({ streamPoolId: 'IN_STREAM_POOL' }),
    },
    {
        resourceType: 'CustomerDnsZone',
        service: 'dns',
        client: platform_dns,
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
        client: platform_media,
        get: getById('getMediaAsset', 'mediaAssetId', 'mediaAsset'),
        relations: rel({ parentMediaAssetId: 'DERIVED_FROM', masterMediaAssetId: 'DERIVED_FROM', sourceMediaWorkflowId: 'FROM_WORKFLOW' }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/resource-manager-stack.js
// The Resource Manager stack row (its Terraform state is read by `--orm-stacks`, docs/iac.md).

const resourceManager = () => __webpack_require__.e(/* import() */ 2126).then(__webpack_require__.t.bind(__webpack_require__, 62126, 19)).then((m) => m.ResourceManagerClient);
const ORM_STACK_ROWS = [
    {
        resourceType: 'OrmStack',
        service: 'resourcemanager',
        client: resourceManager,
        get: getById('getStack', 'stackId', 'stack'),
        relations: [],
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/resource-manager.js
// Rows for Resource Manager (oci-resourcemanager) other than stacks (resource-manager-stack.ts):
// configuration source providers, jobs, private endpoints and templates. Read-only metadata:
// never a job's logs, Terraform state or configuration content.


const resource_manager_resourceManager = () => __webpack_require__.e(/* import() */ 2126).then(__webpack_require__.t.bind(__webpack_require__, 62126, 19)).then((m) => m.ResourceManagerClient);
const RESOURCE_MANAGER_ROWS = [
    {
        // The summary lacks secretId: a get per provider (tenancies have a handful).
        resourceType: 'OrmConfigSourceProvider',
        service: 'resourcemanager',
        client: resource_manager_resourceManager,
        get: getById('getConfigurationSourceProvider', 'configurationSourceProviderId', 'configurationSourceProvider'),
        relations: rel({ 'privateServerConfigDetails.privateEndpointId': 'USES_PRIVATE_ENDPOINT', 'privateServerConfigDetails.certificateId': 'USES_CERTIFICATE', secretId: 'USES_SECRET' }),
    },
    {
        // Every plan and apply is a job: groups are read by one list (JobSummary has stackId).
        resourceType: 'OrmJob',
        service: 'resourcemanager',
        client: resource_manager_resourceManager,
        get: getById('getJob', 'jobId', 'job'),
        list: listByCompartment('listJobs'),
        relations: rel({ stackId: 'RUN_OF' }),
    },
    {
        // The summary lacks subnetId and nsgIdList: read by get.
        resourceType: 'OrmPrivateEndpoint',
        service: 'resourcemanager',
        client: resource_manager_resourceManager,
        get: getById('getPrivateEndpoint', 'privateEndpointId', 'privateEndpoint'),
        relations: rel({ vcnId: 'IN_VCN', subnetId: 'IN_SUBNET', nsgIdList: 'IN_NSG' }),
    },
    {
        resourceType: 'OrmTemplate',
        service: 'resourcemanager',
        client: resource_manager_resourceManager,
        get: getById('getTemplate', 'templateId', 'template'),
        list: collections_listCollection('listTemplates', 'templateSummaryCollection'),
        relations: [],
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/security.js
// Rows for security services: Vault secrets (metadata only), Network Firewall, WAF, WAAS,
// Security Zones and Cloud Guard, security attributes, ZPR, dedicated KMS (HSM clusters),
// Certificates, Vulnerability Scanning.
//
// Never a content operation: `getSecret` is the secret's metadata; its bundle
// (oci-secrets `getSecretBundle`) is never called, nor any key material or certificate
// private key. A list is used only where its item model carries every relation field and
// the settings worth keeping; thin summaries are read by get (noted per row).

const security_vaults = () => Promise.all(/* import() */[__webpack_require__.e(6732), __webpack_require__.e(9401)]).then(__webpack_require__.t.bind(__webpack_require__, 29401, 19)).then((m) => m.VaultsClient);
const networkFirewall = () => __webpack_require__.e(/* import() */ 787).then(__webpack_require__.t.bind(__webpack_require__, 40787, 19)).then((m) => m.NetworkFirewallClient);
const waf = () => __webpack_require__.e(/* import() */ 5091).then(__webpack_require__.t.bind(__webpack_require__, 25091, 19)).then((m) => m.WafClient);
const waasRedirect = () => __webpack_require__.e(/* import() */ 1475).then(__webpack_require__.t.bind(__webpack_require__, 91475, 19)).then((m) => m.RedirectClient);
const waas = () => __webpack_require__.e(/* import() */ 1475).then(__webpack_require__.t.bind(__webpack_require__, 91475, 19)).then((m) => m.WaasClient);
const cloudGuard = () => __webpack_require__.e(/* import() */ 3393).then(__webpack_require__.t.bind(__webpack_require__, 43393, 19)).then((m) => m.CloudGuardClient);
const securityAttribute = () => __webpack_require__.e(/* import() */ 167).then(__webpack_require__.t.bind(__webpack_require__, 70167, 19)).then((m) => m.SecurityAttributeClient);
const zpr = () => __webpack_require__.e(/* import() */ 6005).then(__webpack_require__.t.bind(__webpack_require__, 66005, 19)).then((m) => m.ZprClient);
const hsm = () => __webpack_require__.e(/* import() */ 5261).then(__webpack_require__.t.bind(__webpack_require__, 95261, 19)).then((m) => m.KmsHsmClusterClient);
const certificates = () => __webpack_require__.e(/* import() */ 596).then(__webpack_require__.t.bind(__webpack_require__, 70596, 19)).then((m) => m.CertificatesManagementClient);
const vss = () => __webpack_require__.e(/* import() */ 1960).then(__webpack_require__.t.bind(__webpack_require__, 61960, 19)).then((m) => m.VulnerabilityScanningClient);
/** A per-compartment list returning a `*Collection` whose `items` are the objects. */
function security_listCollection(method, collectionKey) {
    return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}
const secretFacts = {
    service: 'vaults',
    client: security_vaults,
    get: getById('getSecret', 'secretId', 'secret'),
    relations: rel({ vaultId: 'IN_VAULT', keyId: 'ENCRYPTED_BY_KEY' }),
};
const CLOUD_GUARD = 'cloudguard-cp-api';
const SECURITY_ROWS = [
    {
        // The other spelling of VaultSecret. SecretSummary carries vaultId and keyId.
        resourceType: 'Secret',
        ...secretFacts,
        list: listByCompartment('listSecrets'),
    },
    {
        // NetworkFirewallSummary lacks networkSecurityGroupIds: a get per firewall keeps IN_NSG.
        resourceType: 'NetworkFirewall',
        service: 'network-firewall',
        client: networkFirewall,
        get: getById('getNetworkFirewall', 'networkFirewallId', 'networkFirewall'),
        relations: rel({ subnetId: 'IN_SUBNET', networkSecurityGroupIds: 'IN_NSG', networkFirewallPolicyId: 'USES_POLICY' }),
    },
    {
        resourceType: 'NetworkFirewallPolicy',
        service: 'network-firewall',
        client: networkFirewall,
        get: getById('getNetworkFirewallPolicy', 'networkFirewallPolicyId', 'networkFirewallPolicy'),
        list: security_listCollection('listNetworkFirewallPolicies', 'networkFirewallPolicySummaryCollection'),
        relations: [],
    },
    {
        // loadBalancerId is the WebAppFirewallLoadBalancer subtype's, in the summary's subtype too.
        resourceType: 'WebAppFirewall',
        service: 'waf',
        client: waf,
        get: getById('getWebAppFirewall', 'webAppFirewallId', 'webAppFirewall'),
        list: security_listCollection('listWebAppFirewalls', 'webAppFirewallCollection'),
        relations: rel({ webAppFirewallPolicyId: 'USES_POLICY', loadBalancerId: 'PROTECTS' }),
    },
    {
        // The summary lacks the policy's rules (actions, access control, rate limiting).
        resourceType: 'WebAppFirewallPolicy',
        service: 'waf',
        client: waf,
        get: getById('getWebAppFirewallPolicy', 'webAppFirewallPolicyId', 'webAppFirewallPolicy'),
        relations: [],
    },
    {
        resourceType: 'HttpRedirect',
        service: 'waas',
        client: waasRedirect,
        get: getById('getHttpRedirect', 'httpRedirectId', 'httpRedirect'),
        list: listByCompartment('listHttpRedirects'),
        relations: [],
    },
    {
        // CertificateSummary has no issuer, subject or serial number: read by get. The model's
        // certificateData is the public certificate, never a private key.
        resourceType: 'WaasCertificate',
        service: 'waas',
        client: waas,
        get: getById('getCertificate', 'certificateId', 'certificate'),
        relations: [],
    },
    {
        resourceType: 'SecurityZonesSecurityRecipe',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getSecurityRecipe', 'securityRecipeId', 'securityRecipe'),
        list: security_listCollection('listSecurityRecipes', 'securityRecipeCollection'),
        relations: [],
    },
    {
        // The zone's Cloud Guard target is the target's MONITORS edge; the summary lacks it.
        resourceType: 'SecurityZonesSecurityZone',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getSecurityZone', 'securityZoneId', 'securityZone'),
        list: security_listCollection('listSecurityZones', 'securityZoneCollection'),
        relations: rel({ securityZoneRecipeId: 'USES_RECIPE' }),
    },
    {
        resourceType: 'SecurityAttributeNamespace',
        service: 'security-attribute',
        client: securityAttribute,
        get: getById('getSecurityAttributeNamespace', 'securityAttributeNamespaceId', 'securityAttributeNamespace'),
        // compartmentIdInSubtree on any compartment: from the tenancy, one list per region.
        list: inSubtree(listByCompartment('listSecurityAttributeNamespaces'), 'compartmentIdInSubtree'),
        relations: [],
    },
    {
        resourceType: 'ZprPolicy',
        service: 'zpr',
        client: zpr,
        get: getById('getZprPolicy', 'zprPolicyId', 'zprPolicy'),
        list: security_listCollection('listZprPolicies', 'zprPolicyCollection'),
        relations: [],
    },
    {
        resourceType: 'KmsHsmCluster',
        service: 'kms',
        client: hsm,
        get: getById('getHsmCluster', 'hsmClusterId', 'hsmCluster'),
        list: security_listCollection('listHsmClusters', 'hsmClusterCollection'),
        relations: [],
    },
    {
        // getHsmPartition needs the cluster, which search does not give: partitions are read
        // through listHsmPartitions of the clusters in their compartment (like logs).
        resourceType: 'KmsHsmPartition',
        service: 'kms',
        client: hsm,
        list: { ...listByParent('listHsmPartitions', 'KmsHsmCluster', 'hsmClusterId', false), itemsPath: ['hsmPartitionCollection', 'items'] },
        relations: rel({ hsmClusterId: 'IN_HSM_CLUSTER' }),
    },
    {
        resourceType: 'Certificate',
        service: 'certificatesmanagement',
        client: certificates,
        get: getById('getCertificate', 'certificateId', 'certificate'),
        list: security_listCollection('listCertificates', 'certificateCollection'),
        relations: rel({ issuerCertificateAuthorityId: 'ISSUED_BY' }),
    },
    {
        resourceType: 'CertificateAuthority',
        service: 'certificatesmanagement',
        client: certificates,
        get: getById('getCertificateAuthority', 'certificateAuthorityId', 'certificateAuthority'),
        list: security_listCollection('listCertificateAuthorities', 'certificateAuthorityCollection'),
        relations: rel({ issuerCertificateAuthorityId: 'ISSUED_BY', kmsKeyId: 'USES_KEY' }),
    },
    {
        // The summary lacks the recipe's settings (ports, agent, schedule): read by get.
        resourceType: 'VssHostScanRecipe',
        service: 'vss-cp-api',
        client: vss,
        get: getById('getHostScanRecipe', 'hostScanRecipeId', 'hostScanRecipe'),
        relations: [],
    },
    {
        resourceType: 'VssHostScanTarget',
        service: 'vss-cp-api',
        client: vss,
        get: getById('getHostScanTarget', 'hostScanTargetId', 'hostScanTarget'),
        list: security_listCollection('listHostScanTargets', 'hostScanTargetSummaryCollection'),
        relations: rel({ hostScanRecipeId: 'USES_RECIPE', targetCompartmentId: 'WATCHES_COMPARTMENT', instanceIds: 'SCANS' }),
    },
    {
        // A user recipe is a clone of an Oracle-managed one (sourceDetectorRecipeId).
        resourceType: 'CloudGuardDetectorRecipe',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getDetectorRecipe', 'detectorRecipeId', 'detectorRecipe'),
        list: security_listCollection('listDetectorRecipes', 'detectorRecipeCollection'),
        relations: rel({ sourceDetectorRecipeId: 'CLONE_OF' }),
    },
    {
        resourceType: 'CloudGuardManagedList',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getManagedList', 'managedListId', 'managedList'),
        // ManagedListSummary is the get's model: one subtree list per region from the tenancy
        // (accessLevel ACCESSIBLE: a principal with partial rights gets what it may see, the
        // rest falls back to gets).
        list: inSubtree(security_listCollection('listManagedLists', 'managedListCollection'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
        relations: rel({ sourceManagedListId: 'CLONE_OF' }),
    },
    {
        resourceType: 'CloudGuardResponderRecipe',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getResponderRecipe', 'responderRecipeId', 'responderRecipe'),
        list: security_listCollection('listResponderRecipes', 'responderRecipeCollection'),
        relations: rel({ sourceResponderRecipeId: 'CLONE_OF' }),
    },
    {
        resourceType: 'CloudGuardSavedQuery',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getSavedQuery', 'savedQueryId', 'savedQuery'),
        // SavedQuerySummary has every field of SavedQuery (plus locks, lifecycleDetails): the
        // record keeps the get's fields whichever call read it, so the subtree list serves.
        list: inSubtree(security_listCollection('listSavedQueries', 'savedQueryCollection'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
        fields: ['id', 'description', 'displayName', 'compartmentId', 'query', 'lifecycleState', 'timeCreated', 'timeUpdated', 'freeformTags', 'definedTags', 'systemTags'],
        relations: [],
    },
    {
        // TargetSummary lacks the attached recipes: a get per target keeps USES_RECIPE.
        resourceType: 'CloudGuardTarget',
        service: CLOUD_GUARD,
        client: cloudGuard,
        get: getById('getTarget', 'targetId', 'target'),
        relations: rel({
            targetResourceId: 'MONITORS',
            'targetDetectorRecipes.*.detectorRecipeId': 'USES_RECIPE',
            'targetResponderRecipes.*.responderRecipeId': 'USES_RECIPE',
        }),
    },
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/summary.js
/** A row that makes no call: `client` is never loaded. */
function summaryOnly(resourceType, service) {
    return {
        resourceType,
        service,
        client: () => Promise.reject(new Error(`${resourceType}: summary-only row has no client`)),
        relations: [],
        summaryOnly: true,
    };
}
const SUMMARY_ROWS = [
    summaryOnly('LimitsIncreaseRequest', 'limits'),
    summaryOnly('ProcessAutomationInstance', 'process'),
    summaryOnly('QueryServiceProject', 'queryservice'),
];

;// CONCATENATED MODULE: ./build/src/oci/enrichers/table/index.js
// The enrichment table: one row per Resource Search type we enrich.























const ROWS = [
    ...COMPUTE_ROWS,
    ...NETWORK_ROWS,
    ...DATA_ROWS,
    ...IDENTITY_ROWS,
    ...PLATFORM_ROWS,
    ...AI_ROWS,
    ...ANALYTICS_ROWS,
    ...CONTAINER_ROWS,
    ...DATABASE_SERVICES_ROWS,
    ...DATA_SAFE_ROWS,
    ...DATA_SCIENCE_ROWS,
    ...DEVOPS_ROWS,
    ...MEDIA_ROWS,
    ...OBSERVABILITY_ROWS,
    ...OSMH_ROWS,
    ...PLATFORM_SERVICES_ROWS,
    ...RESOURCE_MANAGER_ROWS,
    ...SECURITY_ROWS,
    ...SUMMARY_ROWS,
    ...ORM_STACK_ROWS,
    ...INFRA_ROWS,
];
/** A row whose list item is a thinner summary is read by get (table/list-shape.ts). */
function getWhereListIsThin(row) {
    return row.list?.listIsFull && row.get && SUMMARY_LIST_TYPES.has(row.resourceType) ? { ...row, list: { ...row.list, listIsFull: false } } : row;
}
const ENRICHER_TABLE = ROWS.map(getWhereListIsThin);
const BY_TYPE = new Map(ENRICHER_TABLE.map((row) => [row.resourceType, row]));
function rowFor(resourceType) {
    return BY_TYPE.get(canonicalType(resourceType));
}



/***/ })

};
