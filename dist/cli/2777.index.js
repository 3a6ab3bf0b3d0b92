export const id = 2777;
export const ids = [2777];
export const modules = {

/***/ 62777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GENERATOR_PROFILES: () => (/* reexport */ GENERATOR_PROFILES),
  SIZE_PRESETS: () => (/* reexport */ SIZE_PRESETS),
  parseFaultConfig: () => (/* reexport */ emulator_faults/* parseFaultConfig */.Gt),
  runStandaloneEmulator: () => (/* reexport */ runStandaloneEmulator),
  startEmulator: () => (/* reexport */ startEmulator)
});

// UNUSED EXPORTS: CATALOG, NASTY_NAME_KINDS, REALISTIC_PROFILE, REGION_CATALOG, plantSecrets, resolveProfile, resolveSize, secretCorpus

;// CONCATENATED MODULE: ./build/src/emulator/json.js
// The emulator's own JSON and compartment types. It is the other side of the wire: it shares
// no code with the client (src/core, src/pipeline, src/oci), so a bug in the client cannot be
// agreed with by the emulator (tests/unit/emulator-imports.test.ts keeps it that way).
/** Ocids in the subtree rooted at `root`, root included (compartmentIdInSubtree). */
function subtreeOf(root, links) {
    const children = new Map();
    for (const { id, parentId } of links) {
        if (!parentId)
            continue;
        const list = children.get(parentId);
        if (list)
            list.push(id);
        else
            children.set(parentId, [id]);
    }
    const out = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const id = stack.pop();
        if (out.has(id))
            continue;
        out.add(id);
        for (const child of children.get(id) ?? [])
            stack.push(child);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/emulator/regions.js
const REGION_CATALOG = [
    { name: 'us-ashburn-1', key: 'IAD', adCount: 3 },
    { name: 'us-phoenix-1', key: 'PHX', adCount: 3 },
    { name: 'eu-frankfurt-1', key: 'FRA', adCount: 3 },
    { name: 'uk-london-1', key: 'LHR', adCount: 3 },
    { name: 'ap-tokyo-1', key: 'NRT', adCount: 1 },
    { name: 'ca-toronto-1', key: 'YYZ', adCount: 1 },
    { name: 'ap-sydney-1', key: 'SYD', adCount: 1 },
    { name: 'sa-saopaulo-1', key: 'GRU', adCount: 1 },
];
const MAX_REGIONS = REGION_CATALOG.length;
function regionDef(name) {
    return REGION_CATALOG.find((r) => r.name === name);
}
/** AD names as OCI shows them: `<tenancy prefix>:<REGION>-AD-<n>`. */
function availabilityDomainNames(region, prefix) {
    const def = regionDef(region);
    const count = def?.adCount ?? 1;
    const upper = region.toUpperCase();
    return Array.from({ length: count }, (_, i) => `${prefix}:${upper}-AD-${i + 1}`);
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/helpers.js
const DEFAULT_PAGE_LIMIT = 100;
const MAX_PAGE_LIMIT = 1000;
function invalidParameter(message) {
    return { status: 400, code: 'InvalidParameter', message };
}
/** Page tokens are opaque to clients, as in OCI; inside they are an offset. */
function encodePageToken(offset) {
    return Buffer.from(`offset:${offset}`).toString('base64url');
}
function decodePageToken(token) {
    const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    return match ? Number(match[1]) : undefined;
}
/**
 * One page of `items` per the request's `limit` and `page`, `opc-next-page` while more remain.
 * `strictLimit` rejects limits above the maximum instead of clamping (Resource Search does).
 */
function paged(items, query, toItem, options = {}) {
    const rawLimit = query.get('limit');
    let limit = DEFAULT_PAGE_LIMIT;
    if (rawLimit !== null) {
        limit = Number(rawLimit);
        if (!Number.isInteger(limit) || limit < 1)
            return invalidParameter(`limit must be a positive integer, got "${rawLimit}"`);
        if (limit > MAX_PAGE_LIMIT) {
            if (options.strictLimit)
                return invalidParameter(`limit must be between 1 and ${MAX_PAGE_LIMIT}`);
            limit = MAX_PAGE_LIMIT;
        }
    }
    const rawPage = query.get('page');
    let offset = 0;
    if (rawPage !== null) {
        const decoded = decodePageToken(rawPage);
        if (decoded === undefined || decoded > items.length)
            return invalidParameter('page token is not valid');
        offset = decoded;
    }
    const slice = items.slice(offset, offset + limit).map(toItem);
    const next = offset + limit < items.length ? encodePageToken(offset + limit) : undefined;
    return {
        status: 200,
        body: options.wrap ? options.wrap(slice) : slice,
        ...(next ? { headers: { 'opc-next-page': next } } : {}),
    };
}
/** A resource the request may see: right type, and for regional types the request's region. */
function visibleResource(view, id, resourceType, region, global) {
    if (!id)
        return undefined;
    const resource = view.get(id);
    if (!resource || resource.resourceType !== resourceType)
        return undefined;
    if (!global && resource.region !== region)
        return undefined;
    return resource;
}
/** Adds `GET /<version>/<collection>/{id}` and `GET /<version>/<collection>?compartmentId=…` routes. */
function standardRoutes(entry, spec) {
    const global = entry.global === true;
    const routes = [];
    if (spec.getOperation) {
        routes.push({
            service: spec.service,
            method: 'GET',
            pattern: `${spec.version}/${spec.collection}/{${spec.idParam}}`,
            operation: spec.getOperation,
            handle(req, view) {
                const resource = visibleResource(view, req.params[spec.idParam], entry.resourceType, req.region, global);
                return resource ? { status: 200, body: entry.toWire(resource, view) } : { status: 404 };
            },
        });
    }
    if (spec.listOperation) {
        routes.push({
            service: spec.service,
            method: 'GET',
            pattern: `${spec.version}/${spec.collection}`,
            operation: spec.listOperation,
            handle(req, view) {
                const compartmentId = req.query.get('compartmentId');
                if (!compartmentId)
                    return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
                const state = req.query.get('lifecycleState');
                const name = spec.nameParam ? req.query.get(spec.nameParam) : null;
                const items = view
                    .list(entry.resourceType, global ? { compartmentId } : { compartmentId, region: req.region })
                    .filter((r) => (state === null || r.lifecycleState === state) &&
                    (name === null || r.displayName === name) &&
                    (spec.filter ? spec.filter(r, req) : true));
                const toItem = entry.toSummary ?? entry.toWire;
                return paged(items, req.query, (r) => toItem(r, view));
            },
        });
    }
    return routes;
}
/** Tags and common fields every wire object carries. */
function tagFields(resource) {
    return { freeformTags: resource.freeformTags, definedTags: resource.definedTags };
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/identity.js
// IAM resource types (global: they live in the home region and every region's search sees them)
// and the identity routes that are not a resource's get/list: tenancy, regions, subscriptions,
// availability domains. Paths and query names follow oci-identity's client exactly.



const SERVICE = 'identity';
const VERSION = '/20160918';
const IAM_STATES = { active: 'ACTIVE', terminated: 'DELETED' };
function iamCommon(r) {
    return {
        id: r.ocid,
        compartmentId: r.compartmentId,
        name: r.displayName,
        timeCreated: r.timeCreated,
        lifecycleState: r.lifecycleState,
        ...tagFields(r),
    };
}
function describe(kind, r) {
    return `${kind} ${r.displayName.slice(0, 40)}`;
}
const compartmentBase = {
    resourceType: 'Compartment',
    global: true,
    ocidKind: 'compartment',
    lifecycleStates: IAM_STATES,
    generate: (base) => ({ description: describe('compartment', base), isAccessible: true }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
};
function compartmentWire(id, view) {
    if (id === view.tenancyId) {
        return {
            id,
            compartmentId: id,
            name: view.tenancyName,
            description: 'root compartment',
            timeCreated: '2019-01-01T00:00:00.000Z',
            lifecycleState: 'ACTIVE',
            isAccessible: true,
            freeformTags: {},
            definedTags: {},
        };
    }
    const r = visibleResource(view, id, 'Compartment', view.homeRegion, true);
    return r ? compartmentBase.toWire(r, view) : undefined;
}
function compartmentSubtreeOf(view, rootId) {
    return subtreeOf(rootId, view.list('Compartment').map((c) => ({ id: c.ocid, parentId: c.compartmentId })));
}
const compartmentRoutes = [
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/compartments/{compartmentId}`,
        operation: 'getCompartment',
        handle(req, view) {
            const body = compartmentWire(req.params.compartmentId ?? '', view);
            return body ? { status: 200, body } : { status: 404 };
        },
    },
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/compartments`,
        operation: 'listCompartments',
        handle(req, view) {
            const compartmentId = req.query.get('compartmentId');
            if (!compartmentId)
                return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
            if (!compartmentWire(compartmentId, view))
                return { status: 404 };
            const inSubtree = req.query.get('compartmentIdInSubtree') === 'true';
            if (inSubtree && compartmentId !== view.tenancyId) {
                return invalidParameter('compartmentIdInSubtree is only supported on the tenancy (root compartment)');
            }
            const state = req.query.get('lifecycleState');
            const name = req.query.get('name');
            const scope = inSubtree ? compartmentSubtreeOf(view, compartmentId) : undefined;
            const items = view
                .list('Compartment')
                .filter((c) => (scope ? scope.has(c.compartmentId) : c.compartmentId === compartmentId) &&
                (state === null || c.lifecycleState === state) &&
                (name === null || c.displayName === name));
            return paged(items, req.query, (c) => compartmentBase.toWire(c, view));
        },
    },
];
const compartmentEntry = { ...compartmentBase, routes: compartmentRoutes };
function entry(base, collection, idParam, operations) {
    return {
        ...base,
        routes: standardRoutes(base, {
            service: SERVICE,
            version: VERSION,
            collection,
            idParam,
            getOperation: operations.get,
            listOperation: operations.list,
            nameParam: 'name',
        }),
    };
}
const userEntry = entry({
    resourceType: 'User',
    global: true,
    rootOnly: true,
    ocidKind: 'user',
    weight: 2,
    lifecycleStates: IAM_STATES,
    generate: (base, ctx) => ({
        description: describe('user', base),
        email: `user${ctx.int(1, 99999)}@example.com`,
        emailVerified: ctx.rng() < 0.8,
        isMfaActivated: ctx.rng() < 0.5,
        capabilities: {
            canUseConsolePassword: true,
            canUseApiKeys: true,
            canUseAuthTokens: ctx.rng() < 0.5,
            canUseSmtpCredentials: false,
            canUseCustomerSecretKeys: ctx.rng() < 0.3,
            canUseOAuth2ClientCredentials: false,
            canUseDbCredentials: false,
        },
    }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
}, 'users', 'userId', { get: 'getUser', list: 'listUsers' });
const groupEntry = entry({
    resourceType: 'Group',
    global: true,
    rootOnly: true,
    ocidKind: 'group',
    lifecycleStates: IAM_STATES,
    generate: (base) => ({ description: describe('group', base) }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
}, 'groups', 'groupId', { get: 'getGroup', list: 'listGroups' });
const dynamicGroupEntry = entry({
    resourceType: 'DynamicResourceGroup',
    global: true,
    rootOnly: true,
    ocidKind: 'dynamicgroup',
    weight: 0.5,
    lifecycleStates: IAM_STATES,
    generate: (base, ctx) => {
        const compartments = ctx.find('Compartment');
        const target = compartments.length > 0 ? ctx.pick(compartments).ocid : ctx.tenancyId;
        return {
            description: describe('dynamic group', base),
            matchingRule: `ALL {instance.compartment.id = '${target}'}`,
        };
    },
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
}, 'dynamicGroups', 'dynamicGroupId', { get: 'getDynamicGroup', list: 'listDynamicGroups' });
const policyEntry = entry({
    resourceType: 'Policy',
    global: true,
    ocidKind: 'policy',
    lifecycleStates: IAM_STATES,
    generate: (base, ctx) => {
        const groups = ctx.find('Group');
        const verbs = ['inspect', 'read', 'use', 'manage'];
        const families = ['all-resources', 'virtual-network-family', 'instance-family', 'object-family', 'database-family'];
        const statements = Array.from({ length: ctx.int(1, 4) }, () => {
            const group = groups.length > 0 ? ctx.pick(groups).displayName : 'Administrators';
            return `Allow group '${group}' to ${ctx.pick(verbs)} ${ctx.pick(families)} in tenancy`;
        });
        return { description: describe('policy', base), statements, versionDate: null };
    },
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
}, 'policies', 'policyId', { get: 'getPolicy', list: 'listPolicies' });
const tagNamespaceBase = {
    resourceType: 'TagNamespace',
    global: true,
    ocidKind: 'tagnamespace',
    weight: 0.5,
    lifecycleStates: IAM_STATES,
    generate: (base) => ({ description: describe('tag namespace', base), isRetired: false }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
};
const tagNamespaceEntry = {
    ...tagNamespaceBase,
    routes: [
        ...standardRoutes(tagNamespaceBase, {
            service: SERVICE,
            version: VERSION,
            collection: 'tagNamespaces',
            idParam: 'tagNamespaceId',
            getOperation: 'getTagNamespace',
        }),
        {
            service: SERVICE,
            method: 'GET',
            pattern: `${VERSION}/tagNamespaces`,
            operation: 'listTagNamespaces',
            handle(req, view) {
                const compartmentId = req.query.get('compartmentId');
                if (!compartmentId)
                    return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
                const scope = req.query.get('includeSubcompartments') === 'true' ? compartmentSubtreeOf(view, compartmentId) : new Set([compartmentId]);
                const state = req.query.get('lifecycleState');
                const items = view
                    .list('TagNamespace')
                    .filter((r) => scope.has(r.compartmentId) && (state === null || r.lifecycleState === state));
                return paged(items, req.query, (r) => tagNamespaceBase.toWire(r, view));
            },
        },
    ],
};
const tagDefaultBase = {
    resourceType: 'TagDefault',
    global: true,
    ocidKind: 'tagdefault',
    weight: 0.3,
    dependsOn: ['TagNamespace'],
    lifecycleStates: { active: 'ACTIVE' },
    generate: (_base, ctx) => ({
        tagNamespaceId: ctx.parent?.ocid ?? ctx.ocid('tagnamespace', null),
        tagDefinitionId: ctx.ocid('tagdefinition', null),
        tagDefinitionName: ctx.pick(['CostCenter', 'Owner', 'Environment', 'Project']),
        // OCI tag defaults may hold a variable that OCI expands at tagging time.
        value: ctx.pick(['42', '${iam.principal.name}', 'unset', 'prod']),
        isRequired: ctx.rng() < 0.2,
    }),
    toWire: (r) => ({
        id: r.ocid,
        compartmentId: r.compartmentId,
        timeCreated: r.timeCreated,
        lifecycleState: r.lifecycleState,
        ...r.attrs,
    }),
};
const tagDefaultEntry = {
    ...tagDefaultBase,
    routes: [
        ...standardRoutes(tagDefaultBase, {
            service: SERVICE,
            version: VERSION,
            collection: 'tagDefaults',
            idParam: 'tagDefaultId',
            getOperation: 'getTagDefault',
        }),
        {
            service: SERVICE,
            method: 'GET',
            pattern: `${VERSION}/tagDefaults`,
            operation: 'listTagDefaults',
            handle(req, view) {
                const compartmentId = req.query.get('compartmentId');
                const id = req.query.get('id');
                const definitionId = req.query.get('tagDefinitionId');
                const state = req.query.get('lifecycleState');
                const items = view
                    .list('TagDefault')
                    .filter((r) => (compartmentId === null || r.compartmentId === compartmentId) &&
                    (id === null || r.ocid === id) &&
                    (definitionId === null || r.attrs.tagDefinitionId === definitionId) &&
                    (state === null || r.lifecycleState === state));
                return paged(items, req.query, (r) => tagDefaultBase.toWire(r, view));
            },
        },
    ],
};
const identityProviderBase = {
    resourceType: 'IdentityProvider',
    global: true,
    rootOnly: true,
    ocidKind: 'saml2idp',
    weight: 0.1,
    lifecycleStates: IAM_STATES,
    generate: (base, ctx) => ({
        description: describe('identity provider', base),
        productType: ctx.pick(['IDCS', 'ADFS']),
        protocol: 'SAML2',
        metadataUrl: `https://idp${ctx.int(1, 999)}.example.com/metadata`,
        signingCertificate: 'MIIC-not-a-real-certificate',
        redirectUrl: 'https://login.example.com/saml',
        freeformAttributes: {},
    }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
};
const identityProviderEntry = {
    ...identityProviderBase,
    routes: [
        ...standardRoutes(identityProviderBase, {
            service: SERVICE,
            version: VERSION,
            collection: 'identityProviders',
            idParam: 'identityProviderId',
            getOperation: 'getIdentityProvider',
        }),
        {
            service: SERVICE,
            method: 'GET',
            pattern: `${VERSION}/identityProviders`,
            operation: 'listIdentityProviders',
            handle(req, view) {
                if (req.query.get('protocol') !== 'SAML2')
                    return invalidParameter('protocol must be SAML2');
                const compartmentId = req.query.get('compartmentId');
                if (!compartmentId)
                    return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
                const state = req.query.get('lifecycleState');
                const items = view
                    .list('IdentityProvider', { compartmentId })
                    .filter((r) => state === null || r.lifecycleState === state);
                return paged(items, req.query, (r) => identityProviderBase.toWire(r, view));
            },
        },
    ],
};
/** Identity routes that are not a resource type's get/list. */
const IDENTITY_ROUTES = [
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/tenancies/{tenancyId}`,
        operation: 'getTenancy',
        handle(req, view) {
            if (req.params.tenancyId !== view.tenancyId)
                return { status: 404 };
            return {
                status: 200,
                body: {
                    id: view.tenancyId,
                    name: view.tenancyName,
                    description: `emulated tenancy ${view.tenancyName}`,
                    homeRegionKey: regionDef(view.homeRegion)?.key ?? null,
                    freeformTags: {},
                    definedTags: {},
                },
            };
        },
    },
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/tenancies/{tenancyId}/regionSubscriptions`,
        operation: 'listRegionSubscriptions',
        handle(req, view) {
            if (req.params.tenancyId !== view.tenancyId)
                return { status: 404 };
            return {
                status: 200,
                body: view.regions.map((name) => ({
                    regionKey: regionDef(name)?.key ?? name.toUpperCase(),
                    regionName: name,
                    status: 'READY',
                    isHomeRegion: name === view.homeRegion,
                })),
            };
        },
    },
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/regions`,
        operation: 'listRegions',
        handle: () => ({ status: 200, body: REGION_CATALOG.map((r) => ({ key: r.key, name: r.name })) }),
    },
    {
        service: SERVICE,
        method: 'GET',
        pattern: `${VERSION}/availabilityDomains`,
        operation: 'listAvailabilityDomains',
        handle(req, view) {
            const compartmentId = req.query.get('compartmentId');
            if (!compartmentId)
                return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
            return {
                status: 200,
                body: view.availabilityDomains(req.region).map((name, i) => ({
                    name,
                    id: `ocid1.availabilitydomain.oc1..${req.region}-ad-${i + 1}`,
                    compartmentId,
                })),
            };
        },
    },
];
/** Generation order matters: groups before the policies that name them. */
const IDENTITY_CATALOG = [
    compartmentEntry,
    userEntry,
    groupEntry,
    dynamicGroupEntry,
    policyEntry,
    tagNamespaceEntry,
    tagDefaultEntry,
    identityProviderEntry,
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/service-kit.js
/** Default and largest page the emulated lists serve. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
/** Cloud Guard's and Data Safe's accessLevel values. */
const RESTRICTED_OR_ACCESSIBLE = ['RESTRICTED', 'ACCESSIBLE'];
/** Ocids of `rootId` and every compartment below it. */
function compartmentSubtree(view, rootId) {
    const children = new Map();
    for (const c of view.list('Compartment'))
        children.set(c.compartmentId, [...(children.get(c.compartmentId) ?? []), c.ocid]);
    const out = new Set([rootId]);
    const stack = [rootId];
    while (stack.length > 0) {
        for (const child of children.get(stack.pop()) ?? []) {
            if (!out.has(child)) {
                out.add(child);
                stack.push(child);
            }
        }
    }
    return out;
}
function commonWire(resource, names = {}) {
    const out = {
        [names.id ?? 'id']: resource.ocid,
        compartmentId: resource.compartmentId,
        [names.name ?? 'displayName']: resource.displayName,
        [names.time ?? 'timeCreated']: resource.timeCreated,
    };
    if (!names.noState)
        out.lifecycleState = resource.lifecycleState;
    if (!names.noTags) {
        out.freeformTags = resource.freeformTags;
        out.definedTags = resource.definedTags;
    }
    if (resource.availabilityDomain)
        out.availabilityDomain = resource.availabilityDomain;
    return out;
}
function notFound() {
    return { status: 404 };
}
function badRequest(message, code = 'InvalidParameter') {
    return { status: 400, code, message };
}
/** The resource behind an id, only when it is of the type and in the region asked. */
function findOwn(view, id, resourceType, region) {
    if (!id)
        return undefined;
    const resource = view.get(id);
    if (!resource || resource.resourceType !== resourceType || resource.region !== region)
        return undefined;
    return resource;
}
/** One page of items; `page` is the offset the previous page handed out. */
function service_kit_paged(req, items, collection = false) {
    const rawLimit = req.query.get('limit');
    const limit = rawLimit === null ? DEFAULT_PAGE_SIZE : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
        return badRequest(`limit must be 1..${MAX_PAGE_SIZE}`);
    const rawPage = req.query.get('page');
    const offset = rawPage === null ? 0 : Number(rawPage);
    if (!Number.isInteger(offset) || offset < 0 || offset > items.length)
        return badRequest('invalid page token');
    const slice = items.slice(offset, offset + limit);
    const next = offset + limit < items.length ? String(offset + limit) : undefined;
    return {
        status: 200,
        body: collection ? { items: slice } : slice,
        ...(next ? { headers: { 'opc-next-page': next } } : {}),
    };
}
function wireOf(spec, resource, view) {
    return { ...commonWire(resource, spec.names), ...resource.attrs, ...(spec.extraWire?.(resource, view) ?? {}) };
}
function pick(object, fields) {
    const out = {};
    for (const field of fields)
        if (field in object)
            out[field] = object[field];
    return out;
}
function getRoute(spec, pattern, toWire) {
    return {
        service: spec.service,
        method: 'GET',
        pattern,
        operation: spec.getOperation,
        handle(req, view) {
            const resource = findOwn(view, req.params.id, spec.resourceType, req.region);
            return resource ? { status: 200, body: toWire(resource, view) } : notFound();
        },
    };
}
/** Resources a list route returns: region, compartment and attr filters applied, by ocid. */
function listed(spec, list, req, view, extra = {}) {
    const compartmentId = req.query.get('compartmentId');
    if (!list.noCompartment && !compartmentId)
        return badRequest('compartmentId is required', 'MissingParameter');
    for (const name of list.required ?? [])
        if (!req.query.get(name))
            return badRequest(`${name} is required`, 'MissingParameter');
    const filters = { ...extra };
    for (const name of list.filters ?? []) {
        const value = req.query.get(name);
        if (value)
            filters[name] = value;
    }
    const accessLevel = req.query.get('accessLevel');
    if (accessLevel !== null && list.subtree?.accessLevels && !list.subtree.accessLevels.includes(accessLevel)) {
        return badRequest(`accessLevel must be one of ${list.subtree.accessLevels.join(', ')}`);
    }
    const wide = list.subtree && compartmentId && req.query.get(list.subtree.param) === 'true';
    if (wide && list.subtree?.tenancyOnly && compartmentId !== view.tenancyId) {
        return badRequest(`${list.subtree.param} can only be true when compartmentId is the tenancy`);
    }
    const scope = wide && compartmentId ? compartmentSubtree(view, compartmentId) : undefined;
    return view
        .list(spec.resourceType, { region: req.region, ...(compartmentId && !scope ? { compartmentId } : {}) })
        .filter((r) => !scope || scope.has(r.compartmentId))
        .filter((r) => Object.entries(filters).every(([key, value]) => (key === 'availabilityDomain' ? r.availabilityDomain === value : r.attrs[key] === value)))
        .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
}
/**
 * A catalog entry from a spec: get at `{basePath}/{id}`, list at `{basePath}`. The routes read
 * `toWire`/`toSummary` from the entry when they answer, so a service file that wraps them
 * afterwards (dropping fields the real model lacks) changes every route, lists included.
 */
function defineEntry(spec) {
    const toWire = (resource, view) => wireOf(spec, resource, view);
    const summaryFields = spec.summaryFields;
    const entry = {
        resourceType: spec.resourceType,
        ocidKind: spec.ocidKind,
        ...(spec.dependsOn ? { dependsOn: spec.dependsOn } : {}),
        ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
        ...(spec.adScoped ? { adScoped: true } : {}),
        lifecycleStates: spec.lifecycleStates,
        generate: spec.generate,
        toWire,
        ...(summaryFields ? { toSummary: (resource, view) => pick(entry.toWire(resource, view), summaryFields) } : {}),
        routes: [],
    };
    entry.routes.push(getRoute(spec, `${spec.basePath}/{id}`, (r, v) => entry.toWire(r, v)));
    const list = spec.list;
    if (list) {
        entry.routes.push({
            service: spec.service,
            method: 'GET',
            pattern: spec.basePath,
            operation: list.operation,
            handle(req, view) {
                const found = listed(spec, list, req, view);
                if (!Array.isArray(found))
                    return found;
                const toItem = entry.toSummary ?? entry.toWire;
                return service_kit_paged(req, found.map((r) => toItem(r, view)), list.collection);
            },
        });
    }
    return entry;
}
const GONE_STATES = new Set(['TERMINATED', 'DELETED', 'DELETING', 'DETACHED']);
/**
 * A live parent of the given type: same compartment first, then anywhere in the region. Only
 * live ones: OCI takes a vault's keys and a log group's logs with it, and a child reachable
 * only through its parent (a key, a log) would otherwise be unreadable.
 */
function parentOf(ctx, resourceType, base) {
    const live = (where) => ctx.find(resourceType, where).filter((r) => !GONE_STATES.has(r.lifecycleState));
    const near = live({ region: base.region, compartmentId: base.compartmentId });
    if (near.length > 0)
        return ctx.pick(near);
    const anywhere = live({ region: base.region });
    return anywhere.length > 0 ? ctx.pick(anywhere) : undefined;
}
function parentId(ctx, resourceType, base) {
    return parentOf(ctx, resourceType, base)?.ocid ?? null;
}
/** A private IPv4 in 10.x. */
function privateIp(ctx) {
    return `10.${ctx.int(0, 255)}.${ctx.int(0, 255)}.${ctx.int(2, 254)}`;
}
function publicIpAddress(ctx) {
    return `${ctx.pick([129, 130, 132, 140, 141, 150, 152, 158])}.${ctx.int(0, 255)}.${ctx.int(0, 255)}.${ctx.int(1, 254)}`;
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/ai.js
// Emulated AI services: AI Data Platform, Language and Vision projects and models, and
// Generative AI Agents. Metadata only, shaped like the SDK models; list routes answer with
// the `*Summary` fields inside a `*Collection`, as the real APIs do.

const LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const COMMON_SUMMARY = ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags', 'systemTags'];
const aiDataPlatform = defineEntry({
    resourceType: 'AiDataPlatform',
    ocidKind: 'aidataplatform',
    service: 'datalake',
    basePath: '/20240831/aiDataPlatforms',
    getOperation: 'getAiDataPlatform',
    list: { operation: 'listAiDataPlatforms', collection: true },
    weight: 0.1,
    lifecycleStates: LIVE,
    summaryFields: [...COMMON_SUMMARY, 'aiDataPlatformType', 'createdBy', 'aliasKey', 'aiFeatureStatus'],
    generate: (base, ctx) => ({
        aiDataPlatformType: 'STANDARD',
        createdBy: ctx.ocid('user', null),
        aliasKey: `adp${ctx.int(100, 999)}`,
        webSocketEndpoint: `wss://datalake.${base.region}.oci.oraclecloud.com/ws/${ctx.int(1000, 9999)}`,
        aiFeatureStatus: ctx.pick(['DISABLED', 'READY']),
        timeUpdated: base.timeCreated,
    }),
});
const languageProject = defineEntry({
    resourceType: 'AiLanguageProject',
    ocidKind: 'ailanguageproject',
    service: 'language.aiservice',
    basePath: '/20221001/projects',
    getOperation: 'getProject',
    list: { operation: 'listProjects', collection: true },
    weight: 0.1,
    lifecycleStates: LIVE,
    generate: (base) => ({ description: 'emulated language project', timeUpdated: base.timeCreated }),
});
const visionProject = defineEntry({
    resourceType: 'AiVisionProject',
    ocidKind: 'aivisionproject',
    service: 'vision.aiservice',
    basePath: '/20220125/projects',
    getOperation: 'getProject',
    list: { operation: 'listProjects', collection: true },
    weight: 0.1,
    lifecycleStates: LIVE,
    // ProjectSummary has no description.
    summaryFields: COMMON_SUMMARY,
    generate: (base) => ({ description: 'emulated vision project', timeUpdated: base.timeCreated }),
});
const visionModel = defineEntry({
    resourceType: 'AiVisionModel',
    ocidKind: 'aivisionmodel',
    service: 'vision.aiservice',
    basePath: '/20220125/models',
    getOperation: 'getModel',
    list: { operation: 'listModels', collection: true, filters: ['projectId'] },
    dependsOn: ['AiVisionProject'],
    weight: 0.1,
    lifecycleStates: LIVE,
    summaryFields: [...COMMON_SUMMARY, 'description', 'modelType', 'modelVersion', 'projectId', 'precision', 'trainingDataset', 'testingDataset', 'validationDataset'],
    generate: (base, ctx) => ({
        description: 'emulated vision model',
        modelType: ctx.pick(['IMAGE_CLASSIFICATION', 'OBJECT_DETECTION']),
        isQuickMode: true,
        maxTrainingDurationInHours: 24,
        trainedDurationInHours: ctx.int(1, 24),
        trainingDataset: { datasetType: 'OBJECT_STORAGE', namespaceName: ctx.namespace, bucketName: 'vision-training', objectName: `labels-${ctx.int(1, 99)}.jsonl` },
        modelVersion: `1.${ctx.int(0, 9)}`,
        projectId: ctx.parent?.ocid ?? parentId(ctx, 'AiVisionProject', base),
        precision: 0.9,
        recall: 0.88,
        averagePrecision: 0.89,
        confidenceThreshold: 0.5,
        totalImageCount: ctx.int(100, 5000),
        testImageCount: ctx.int(10, 500),
        timeUpdated: base.timeCreated,
    }),
});
const knowledgeBase = defineEntry({
    resourceType: 'GenAiAgentKnowledgeBase',
    ocidKind: 'genaiagentknowledgebase',
    service: 'agent.generativeai',
    basePath: '/20240531/knowledgeBases',
    getOperation: 'getKnowledgeBase',
    list: { operation: 'listKnowledgeBases', collection: true },
    weight: 0.1,
    lifecycleStates: LIVE,
    summaryFields: [...COMMON_SUMMARY, 'description'],
    generate: (base, ctx) => ({
        description: 'emulated knowledge base',
        indexConfig: ctx.pick([
            { indexConfigType: 'DEFAULT_INDEX_CONFIG', shouldEnableHybridSearch: false },
            {
                indexConfigType: 'OCI_DATABASE_CONFIG',
                databaseConnection: { connectionType: 'DATABASE_TOOL_CONNECTION', connectionId: ctx.ocid('databasetoolsconnection', base.region) },
                databaseFunctions: [{ name: 'retrieval_func' }],
            },
        ]),
        knowledgeBaseStatistics: { sizeInBytes: ctx.int(1_000, 50_000_000), totalIngestedFiles: ctx.int(1, 500) },
        timeUpdated: base.timeCreated,
    }),
});
const agent = defineEntry({
    resourceType: 'GenAiAgent',
    ocidKind: 'genaiagent',
    service: 'agent.generativeai',
    basePath: '/20240531/agents',
    getOperation: 'getAgent',
    list: { operation: 'listAgents', collection: true },
    dependsOn: ['GenAiAgentKnowledgeBase'],
    weight: 0.1,
    lifecycleStates: LIVE,
    generate: (base, ctx) => ({
        description: 'emulated agent',
        knowledgeBaseIds: [ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentKnowledgeBase', base)].filter((id) => id !== null),
        welcomeMessage: 'Hello! How can I help?',
        llmConfig: { runtimeVersion: '1.0' },
        timeUpdated: base.timeCreated,
    }),
});
const agentEndpoint = defineEntry({
    resourceType: 'GenAiAgentEndpoint',
    ocidKind: 'genaiagentendpoint',
    service: 'agent.generativeai',
    basePath: '/20240531/agentEndpoints',
    getOperation: 'getAgentEndpoint',
    list: { operation: 'listAgentEndpoints', collection: true, filters: ['agentId'] },
    dependsOn: ['GenAiAgent'],
    weight: 0.1,
    lifecycleStates: LIVE,
    generate: (base, ctx) => ({
        description: 'emulated agent endpoint',
        agentId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgent', base),
        shouldEnableTrace: false,
        shouldEnableCitation: true,
        shouldEnableSession: true,
        sessionConfig: { idleTimeoutInSeconds: 3600 },
        timeUpdated: base.timeCreated,
    }),
});
const dataSource = defineEntry({
    resourceType: 'GenAiAgentDataSource',
    ocidKind: 'genaiagentdatasource',
    service: 'agent.generativeai',
    basePath: '/20240531/dataSources',
    getOperation: 'getDataSource',
    list: { operation: 'listDataSources', collection: true, filters: ['knowledgeBaseId'] },
    dependsOn: ['GenAiAgentKnowledgeBase'],
    weight: 0.1,
    lifecycleStates: LIVE,
    summaryFields: [...COMMON_SUMMARY, 'description', 'knowledgeBaseId'],
    generate: (base, ctx) => ({
        description: 'emulated data source',
        knowledgeBaseId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentKnowledgeBase', base),
        dataSourceConfig: {
            dataSourceConfigType: 'OCI_OBJECT_STORAGE',
            shouldEnableMultiModality: false,
            objectStoragePrefixes: [{ namespaceName: ctx.namespace, bucketName: 'agent-docs', prefix: `kb${ctx.int(1, 99)}/` }],
        },
        timeUpdated: base.timeCreated,
    }),
});
const ingestionJob = defineEntry({
    resourceType: 'GenAiAgentDataIngestionJob',
    ocidKind: 'genaiagentdataingestionjob',
    service: 'agent.generativeai',
    basePath: '/20240531/dataIngestionJobs',
    getOperation: 'getDataIngestionJob',
    list: { operation: 'listDataIngestionJobs', collection: true, filters: ['dataSourceId'] },
    dependsOn: ['GenAiAgentDataSource'],
    weight: 0.1,
    lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
    summaryFields: [...COMMON_SUMMARY, 'description', 'dataSourceId', 'dataIngestionJobType', 'dataIngestionJobStatistics'],
    generate: (base, ctx) => ({
        description: 'emulated ingestion',
        dataSourceId: ctx.parent?.ocid ?? parentId(ctx, 'GenAiAgentDataSource', base),
        knowledgeBaseId: ctx.parent?.attrs.knowledgeBaseId ?? null,
        dataIngestionJobType: { type: 'INGESTION' },
        dataIngestionJobStatistics: { numberOfFailedFiles: 0, numberOfIngestedFiles: ctx.int(1, 200), numberOfIgnoredFiles: 0, durationInSeconds: ctx.int(10, 3600) },
        timeUpdated: base.timeCreated,
    }),
});
const AI_CATALOG = [aiDataPlatform, languageProject, visionProject, visionModel, knowledgeBase, agent, agentEndpoint, dataSource, ingestionJob];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/first-of-kind.js
/** No resource of this type exists yet in the region. */
function firstInRegion(ctx, resourceType, region) {
    return ctx.find(resourceType, { region }).length === 0;
}
/** True for the first of its type in the region, else with probability `p`. */
function firstOrChance(ctx, resourceType, region, p) {
    return firstInRegion(ctx, resourceType, region) || ctx.rng() < p;
}
/** An NSG of the VCN, if it has any. */
function nsgOfVcn(ctx, region, vcnId) {
    if (!vcnId)
        return [];
    const nsgs = ctx.find('NetworkSecurityGroup', { region }).filter((n) => n.attrs.vcnId === vcnId);
    return nsgs.length > 0 ? [ctx.pick(nsgs).ocid] : [];
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/analytics.js


const TAGS = ['freeformTags', 'definedTags'];
/** A subnet near the resource and its VCN. */
function network(ctx, base) {
    const subnet = ctx.parent?.resourceType === 'Subnet' ? ctx.parent : parentOf(ctx, 'Subnet', base);
    return { vcnId: typeof subnet?.attrs.vcnId === 'string' ? subnet.attrs.vcnId : null, subnetId: subnet?.ocid ?? null };
}
const dataFlowApplication = defineEntry({
    resourceType: 'DataFlowApplication',
    ocidKind: 'dataflowapplication',
    service: 'dataflow',
    basePath: '/20200129/applications',
    getOperation: 'getApplication',
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const first = firstInRegion(ctx, 'DataFlowApplication', base.region);
        const isPrivate = first || ctx.rng() < 0.4;
        return {
            description: 'emulated Spark application',
            driverShape: 'VM.Standard.E4.Flex',
            driverShapeConfig: { ocpus: 1, memoryInGBs: 16 },
            executorShape: 'VM.Standard.E4.Flex',
            executorShapeConfig: { ocpus: 2, memoryInGBs: 32 },
            fileUri: `oci://dataflow-apps@${ctx.namespace}/etl-${ctx.int(1, 99)}.py`,
            language: 'PYTHON',
            numExecutors: ctx.int(1, 8),
            ownerPrincipalId: ctx.ocid('user', null),
            ownerUserName: 'data-engineer@example.com',
            arguments: [],
            parameters: [],
            sparkVersion: '3.2.1',
            timeUpdated: base.timeCreated,
            type: 'BATCH',
            logsBucketUri: `oci://dataflow-logs@${ctx.namespace}/`,
            privateEndpointId: isPrivate ? ctx.ocid('dataflowprivateendpoint', base.region) : null,
            poolId: first || ctx.rng() < 0.3 ? ctx.ocid('dataflowpool', base.region) : null,
        };
    },
});
const dataFlowRun = defineEntry({
    resourceType: 'DataFlowRun',
    ocidKind: 'dataflowrun',
    service: 'dataflow',
    basePath: '/20200129/runs',
    getOperation: 'getRun',
    list: { operation: 'listRuns', filters: ['applicationId'] },
    dependsOn: ['DataFlowApplication'],
    weight: 0.6,
    lifecycleStates: { active: 'SUCCEEDED' },
    summaryFields: ['applicationId', 'compartmentId', 'dataReadInBytes', 'dataWrittenInBytes', 'displayName', 'id', 'language', 'lifecycleDetails', 'lifecycleState', 'ownerPrincipalId', 'ownerUserName', 'poolId', 'runDurationInMilliseconds', 'totalOCpu', 'timeCreated', 'timeUpdated', 'type', ...TAGS],
    generate(base, ctx) {
        const app = ctx.parent?.resourceType === 'DataFlowApplication' ? ctx.parent : parentOf(ctx, 'DataFlowApplication', base);
        // A run takes its application's pool, or one of its own (a pool can be set per run).
        const ownPool = firstOrChance(ctx, 'DataFlowRun', base.region, 0.3) ? ctx.ocid('dataflowpool', base.region) : null;
        const a = app?.attrs ?? {};
        const duration = ctx.int(30, 3600) * 1000;
        return {
            applicationId: app?.ocid ?? null,
            driverShape: a.driverShape ?? 'VM.Standard.E4.Flex',
            executorShape: a.executorShape ?? 'VM.Standard.E4.Flex',
            fileUri: a.fileUri ?? `oci://dataflow-apps@${ctx.namespace}/etl.py`,
            language: a.language ?? 'PYTHON',
            numExecutors: a.numExecutors ?? 2,
            sparkVersion: a.sparkVersion ?? '3.2.1',
            type: 'BATCH',
            arguments: [],
            parameters: [],
            ownerPrincipalId: a.ownerPrincipalId ?? ctx.ocid('user', null),
            ownerUserName: 'data-engineer@example.com',
            poolId: a.poolId ?? ownPool,
            privateEndpointId: a.privateEndpointId ?? null,
            dataReadInBytes: ctx.int(0, 5_000_000_000),
            dataWrittenInBytes: ctx.int(0, 1_000_000_000),
            runDurationInMilliseconds: duration,
            totalOCpu: 3,
            lifecycleDetails: 'Run completed',
            timeUpdated: new Date(Date.parse(base.timeCreated) + duration).toISOString(),
        };
    },
});
const workspace = defineEntry({
    resourceType: 'DISWorkspace',
    ocidKind: 'disworkspace',
    service: 'dataintegration',
    basePath: '/20200430/workspaces',
    getOperation: 'getWorkspace',
    dependsOn: ['Subnet'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const isPrivate = firstOrChance(ctx, 'DISWorkspace', base.region, 0.6);
        return {
            description: 'emulated Data Integration workspace',
            isPrivateNetworkEnabled: isPrivate,
            ...(isPrivate ? network(ctx, base) : {}),
            timeUpdated: base.timeCreated,
            stateMessage: '',
        };
    },
});
const dataset = defineEntry({
    resourceType: 'DataLabelingDataset',
    ocidKind: 'datalabelingdataset',
    service: 'datalabeling-cp',
    basePath: '/20211001/datasets',
    getOperation: 'getDataset',
    list: { operation: 'listDatasets', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'annotationFormat', 'datasetFormatDetails', ...TAGS],
    generate: (base, ctx) => ({
        description: 'emulated labeling dataset',
        timeUpdated: base.timeCreated,
        annotationFormat: 'BOUNDING_BOX',
        datasetSourceDetails: { sourceType: 'OBJECT_STORAGE', namespace: ctx.namespace, bucket: 'labeling-images', prefix: `set-${ctx.int(1, 99)}/` },
        datasetFormatDetails: { formatType: 'IMAGE' },
        labelSet: { items: [{ name: 'defect' }, { name: 'ok' }] },
    }),
});
const analyticsInstance = defineEntry({
    resourceType: 'AnalyticsInstance',
    ocidKind: 'analyticsinstance',
    service: 'analytics',
    basePath: '/20190331/analyticsInstances',
    getOperation: 'getAnalyticsInstance',
    names: { name: 'name' },
    dependsOn: ['Subnet', 'Key'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const first = firstInRegion(ctx, 'AnalyticsInstance', base.region);
        const isPrivate = first || ctx.rng() < 0.6;
        const { vcnId, subnetId } = network(ctx, base);
        const networkEndpointDetails = isPrivate && vcnId && subnetId
            ? { networkEndpointType: 'PRIVATE', vcnId, subnetId, networkSecurityGroupIds: nsgOfVcn(ctx, base.region, vcnId) }
            : { networkEndpointType: 'PUBLIC', whitelistedIps: ['203.0.113.0/24'] };
        return {
            description: 'emulated Analytics Cloud instance',
            featureSet: 'ENTERPRISE_ANALYTICS',
            capacity: { capacityType: 'OLPU_COUNT', capacityValue: ctx.pick([2, 4, 8]) },
            licenseType: 'LICENSE_INCLUDED',
            emailNotification: 'analytics-admins@example.com',
            networkEndpointDetails,
            serviceUrl: `https://oac${ctx.int(1, 9999)}-${ctx.namespace}.analytics.ocp.oraclecloud.com`,
            kmsKeyId: first || ctx.rng() < 0.3 ? parentId(ctx, 'Key', base) : null,
            timeUpdated: base.timeCreated,
        };
    },
});
const ANALYTICS_CATALOG = [dataFlowApplication, dataFlowRun, workspace, dataset, analyticsInstance];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/compute.js

const V = '/20160918';
const SHAPES = ['VM.Standard.E4.Flex', 'VM.Standard.E5.Flex', 'VM.Standard3.Flex', 'VM.Standard.A1.Flex'];
const instance = defineEntry({
    resourceType: 'Instance',
    ocidKind: 'instance',
    service: 'iaas',
    basePath: `${V}/instances`,
    getOperation: 'getInstance',
    list: { operation: 'listInstances', filters: ['availabilityDomain'] },
    dependsOn: ['Subnet', 'Image', 'BootVolume', 'Volume'],
    weight: 6,
    adScoped: true,
    lifecycleStates: { active: 'RUNNING', terminated: 'TERMINATED' },
    generate(base, ctx) {
        const ocpus = ctx.pick([1, 2, 4, 8]);
        const imageId = parentId(ctx, 'Image', base);
        return {
            region: base.region,
            shape: ctx.pick(SHAPES),
            shapeConfig: { ocpus, memoryInGBs: ocpus * 16, networkingBandwidthInGbps: ocpus, maxVnicAttachments: Math.max(2, ocpus) },
            faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`,
            imageId,
            sourceDetails: { sourceType: 'image', imageId },
            launchMode: 'PARAVIRTUALIZED',
            metadata: { ssh_authorized_keys: 'ssh-rsa AAAAB3NzaC1yc2E emulator' },
            // Attachment targets, served by the attachment lists below.
            subnetId: parentId(ctx, 'Subnet', base),
            vnicId: ctx.ocid('vnic', base.region),
            bootVolumeId: parentId(ctx, 'BootVolume', base),
            volumeId: ctx.rng() < 0.5 ? parentId(ctx, 'Volume', base) : null,
        };
    },
});
// The attachment targets live on attachment objects, not on the real Instance.
const instanceToWire = instance.toWire;
instance.toWire = (resource, view) => {
    const wire = instanceToWire(resource, view);
    for (const key of ['subnetId', 'vnicId', 'bootVolumeId', 'volumeId'])
        delete wire[key];
    return wire;
};
function attachmentRoute(operation, path, build, requireAd = false) {
    return {
        service: 'iaas',
        method: 'GET',
        pattern: `${V}/${path}`,
        operation,
        handle(req, view) {
            const found = listed({ ...instanceSpecForLists, resourceType: 'Instance' }, { operation, filters: ['availabilityDomain', 'instanceId'], ...(requireAd ? { required: ['availabilityDomain'] } : {}) }, req, view);
            if (!Array.isArray(found))
                return found;
            const instanceId = req.query.get('instanceId');
            const items = found.filter((r) => !instanceId || r.ocid === instanceId).map(build).filter((a) => a !== null);
            return service_kit_paged(req, items);
        },
    };
}
// Attachment lists filter instances by compartment/AD; `instanceId` is matched on the ocid.
const instanceSpecForLists = {
    resourceType: 'Instance',
    ocidKind: 'instance',
    service: 'iaas',
    basePath: `${V}/instances`,
    getOperation: 'getInstance',
    lifecycleStates: { active: 'RUNNING' },
    generate: () => ({}),
};
function attachmentBase(r, kind) {
    return {
        id: `${r.ocid.replace('.instance.', `.${kind}.`)}`,
        availabilityDomain: r.availabilityDomain,
        compartmentId: r.compartmentId,
        instanceId: r.ocid,
        timeCreated: r.timeCreated,
        lifecycleState: r.lifecycleState === 'TERMINATED' ? 'DETACHED' : 'ATTACHED',
    };
}
instance.routes.push(attachmentRoute('listVnicAttachments', 'vnicAttachments', (r) => typeof r.attrs.vnicId === 'string'
    ? { ...attachmentBase(r, 'vnicattachment'), vnicId: r.attrs.vnicId, subnetId: r.attrs.subnetId ?? null, nicIndex: 0, vlanTag: 0 }
    : null), attachmentRoute('listVolumeAttachments', 'volumeAttachments', (r) => typeof r.attrs.volumeId === 'string'
    ? { ...attachmentBase(r, 'volumeattachment'), attachmentType: 'paravirtualized', volumeId: r.attrs.volumeId, isReadOnly: false, device: '/dev/oracleoci/oraclevdb' }
    : null), attachmentRoute('listBootVolumeAttachments', 'bootVolumeAttachments', (r) => (typeof r.attrs.bootVolumeId === 'string' ? { ...attachmentBase(r, 'bootvolumeattachment'), bootVolumeId: r.attrs.bootVolumeId } : null), true));
const compute_image = defineEntry({
    resourceType: 'Image',
    ocidKind: 'image',
    service: 'iaas',
    basePath: `${V}/images`,
    getOperation: 'getImage',
    list: { operation: 'listImages' },
    weight: 1,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
    generate(_base, ctx) {
        const os = ctx.pick(['Oracle Linux', 'Canonical Ubuntu']);
        return {
            operatingSystem: os,
            operatingSystemVersion: os === 'Oracle Linux' ? ctx.pick(['8', '9']) : ctx.pick(['22.04', '24.04']),
            baseImageId: null,
            createImageAllowed: true,
            launchMode: 'PARAVIRTUALIZED',
            sizeInMBs: ctx.int(40, 60) * 1024,
            billableSizeInGBs: ctx.int(1, 9),
        };
    },
});
const dedicatedVmHost = defineEntry({
    resourceType: 'DedicatedVmHost',
    ocidKind: 'dedicatedvmhost',
    service: 'iaas',
    basePath: `${V}/dedicatedVmHosts`,
    getOperation: 'getDedicatedVmHost',
    weight: 0.2,
    adScoped: true,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(_base, ctx) {
        const total = ctx.pick([64, 128]);
        return { dedicatedVmHostShape: 'DVH.Standard.E4.128', faultDomain: `FAULT-DOMAIN-${ctx.int(1, 3)}`, totalOcpus: total, remainingOcpus: ctx.int(0, total), totalMemoryInGBs: total * 16, remainingMemoryInGBs: ctx.int(0, total * 16) };
    },
});
const instanceConfiguration = defineEntry({
    resourceType: 'InstanceConfiguration',
    ocidKind: 'instanceconfiguration',
    service: 'iaas',
    basePath: `${V}/instanceConfigurations`,
    getOperation: 'getInstanceConfiguration',
    names: { noState: true },
    dependsOn: ['Instance'],
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE' },
    generate(base, ctx) {
        // Made from an instance: launch details that would recreate it (same image and subnet).
        const source = ctx.parent ?? parentOf(ctx, 'Instance', base);
        const imageId = typeof source?.attrs.imageId === 'string' ? source.attrs.imageId : null;
        const subnetId = typeof source?.attrs.subnetId === 'string' ? source.attrs.subnetId : null;
        return {
            instanceDetails: {
                instanceType: 'compute',
                launchDetails: {
                    compartmentId: base.compartmentId,
                    shape: typeof source?.attrs.shape === 'string' ? source.attrs.shape : ctx.pick(SHAPES),
                    sourceDetails: { sourceType: 'image', imageId },
                    createVnicDetails: { subnetId, assignPublicIp: false },
                },
            },
            deferredFields: [],
        };
    },
});
const instancePool = defineEntry({
    resourceType: 'InstancePool',
    ocidKind: 'instancepool',
    service: 'iaas',
    basePath: `${V}/instancePools`,
    getOperation: 'getInstancePool',
    dependsOn: ['InstanceConfiguration', 'Subnet'],
    weight: 0.5,
    lifecycleStates: { active: 'RUNNING', terminated: 'TERMINATED' },
    generate(base, ctx) {
        const size = ctx.int(1, 6);
        return {
            instanceConfigurationId: parentId(ctx, 'InstanceConfiguration', base),
            placementConfigurations: [{ availabilityDomain: base.availabilityDomain ?? '', primarySubnetId: parentId(ctx, 'Subnet', base), faultDomains: [] }],
            size,
            currentSize: size,
            loadBalancers: [],
        };
    },
});
function volumeLike(resourceType, ocidKind, collection, noun, weight, extra, dependsOn, filters) {
    return defineEntry({
        resourceType,
        ocidKind,
        service: 'iaas',
        basePath: `${V}/${collection}`,
        getOperation: `get${noun}`,
        list: { operation: `list${noun}s`, filters: ['availabilityDomain', ...(filters ?? [])] },
        ...(dependsOn ? { dependsOn } : {}),
        weight,
        adScoped: true,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: extra,
    });
}
const bootVolume = volumeLike('BootVolume', 'bootvolume', 'bootVolumes', 'BootVolume', 5, (base, ctx) => ({
    sizeInGBs: ctx.pick([47, 50, 100, 200]),
    sizeInMBs: 0,
    vpusPerGB: 10,
    imageId: parentId(ctx, 'Image', base),
    isHydrated: true,
    volumeGroupId: null,
    kmsKeyId: null,
}), ['Image']);
const volume = volumeLike('Volume', 'volume', 'volumes', 'Volume', 4, (_base, ctx) => ({
    sizeInGBs: ctx.pick([50, 100, 500, 1024]),
    sizeInMBs: 0,
    vpusPerGB: ctx.pick([0, 10, 20]),
    isHydrated: true,
    volumeGroupId: null,
    kmsKeyId: null,
}));
const volumeGroup = volumeLike('VolumeGroup', 'volumegroup', 'volumeGroups', 'VolumeGroup', 0.5, (base, ctx) => {
    const volumes = ctx.find('Volume', { region: base.region, compartmentId: base.compartmentId }).slice(0, 3).map((v) => v.ocid);
    return { volumeIds: volumes, sizeInGBs: volumes.length * 100, sizeInMBs: 0, isHydrated: true };
}, ['Volume']);
function backup(resourceType, ocidKind, collection, noun, sourceType, sourceField) {
    return defineEntry({
        resourceType,
        ocidKind,
        service: 'iaas',
        basePath: `${V}/${collection}`,
        getOperation: `get${noun}`,
        list: { operation: `list${noun}s`, filters: [sourceField] },
        dependsOn: [sourceType],
        weight: 1,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate(base, ctx) {
            const source = parentOf(ctx, sourceType, base);
            return {
                [sourceField]: source?.ocid ?? null,
                type: ctx.pick(['FULL', 'INCREMENTAL']),
                sourceType: ctx.pick(['MANUAL', 'SCHEDULED']),
                sizeInGBs: ctx.pick([50, 100]),
                uniqueSizeInGBs: ctx.int(1, 50),
                kmsKeyId: null,
            };
        },
    });
}
const COMPUTE_CATALOG = [
    compute_image,
    bootVolume,
    volume,
    volumeGroup,
    instance,
    instanceConfiguration,
    instancePool,
    dedicatedVmHost,
    backup('VolumeBackup', 'volumebackup', 'volumeBackups', 'VolumeBackup', 'Volume', 'volumeId'),
    backup('BootVolumeBackup', 'bootvolumebackup', 'bootVolumeBackups', 'BootVolumeBackup', 'BootVolume', 'bootVolumeId'),
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/containers.js
// Emulated Container Instances (endpoint `compute-containers`, API 20210415) and Container
// Registry (endpoint `artifacts`, API 20160918): instances, their containers, repositories
// and images (metadata only: no layer or manifest routes).


const containers_TAGS = ['freeformTags', 'definedTags'];
function hex(ctx, n) {
    let out = '';
    for (let i = 0; i < n; i++)
        out += '0123456789abcdef'[ctx.int(0, 15)];
    return out;
}
const containerInstance = defineEntry({
    resourceType: 'ContainerInstance',
    ocidKind: 'computecontainerinstance',
    service: 'compute-containers',
    basePath: '/20210415/containerInstances',
    getOperation: 'getContainerInstance',
    adScoped: true,
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        faultDomain: ctx.pick(['FAULT-DOMAIN-1', 'FAULT-DOMAIN-2', 'FAULT-DOMAIN-3']),
        // Registry credentials from a vault secret (the API returns its id, never the secret), or
        // basic ones (the API returns neither username nor password).
        imagePullSecrets: firstOrChance(ctx, 'ContainerInstance', base.region, 0.4)
            ? [{ secretType: 'VAULT', registryEndpoint: `${base.region}.ocir.io`, secretId: parentId(ctx, 'VaultSecret', base) ?? ctx.ocid('vaultsecret', base.region) }]
            : [{ secretType: 'BASIC', registryEndpoint: 'registry.example.com' }],
        volumes: [],
        volumeCount: 0,
        shape: 'CI.Standard.E4.Flex',
        shapeConfig: { ocpus: 1, memoryInGBs: 4, processorDescription: '2.55 GHz AMD EPYC 7J13', networkingBandwidthInGbps: 1 },
        vnics: [{ vnicId: ctx.ocid('vnic', base.region) }],
        containerRestartPolicy: 'ALWAYS',
        gracefulShutdownTimeoutInSeconds: 0,
        timeUpdated: base.timeCreated,
    }),
    // Its containers are read from the store when asked, so a container that drift removes
    // leaves its instance too.
    extraWire(resource, view) {
        const containers = view
            .list('Container', { region: resource.region })
            .filter((c) => c.attrs.containerInstanceId === resource.ocid)
            .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0))
            .map((c) => ({ containerId: c.ocid, displayName: c.displayName }));
        return { containers, containerCount: containers.length };
    },
});
const container = defineEntry({
    resourceType: 'Container',
    ocidKind: 'computecontainer',
    service: 'compute-containers',
    basePath: '/20210415/containers',
    getOperation: 'getContainer',
    list: { operation: 'listContainers', collection: true, filters: ['containerInstanceId', 'availabilityDomain'] },
    adScoped: true,
    dependsOn: ['ContainerInstance'],
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'compartmentId', 'availabilityDomain', 'faultDomain', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeUpdated', 'containerInstanceId', 'resourceConfig', 'imageUrl', 'isResourcePrincipalDisabled', ...containers_TAGS],
    generate(base, ctx) {
        const instance = ctx.parent?.resourceType === 'ContainerInstance' ? ctx.parent : parentOf(ctx, 'ContainerInstance', base);
        return {
            containerInstanceId: instance?.ocid ?? null,
            faultDomain: typeof instance?.attrs.faultDomain === 'string' ? instance.attrs.faultDomain : 'FAULT-DOMAIN-1',
            imageUrl: `${base.region}.ocir.io/${ctx.namespace}/svc/api:1.${ctx.int(0, 40)}.0`,
            resourceConfig: { vcpusLimit: 1, memoryLimitInGBs: 2 },
            isResourcePrincipalDisabled: false,
            containerRestartAttemptCount: 0,
            timeUpdated: base.timeCreated,
        };
    },
});
const repo = defineEntry({
    resourceType: 'ContainerRepo',
    ocidKind: 'containerrepo',
    service: 'artifacts',
    basePath: '/20160918/container/repositories',
    getOperation: 'getContainerRepository',
    list: { operation: 'listContainerRepositories', collection: true, subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
    weight: 0.3,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
    summaryFields: ['compartmentId', 'displayName', 'id', 'imageCount', 'isPublic', 'layerCount', 'layersSizeInBytes', 'lifecycleState', 'timeCreated', 'billableSizeInGBs', 'namespace', 'systemTags', ...containers_TAGS],
    generate: (base, ctx) => ({
        createdBy: ctx.ocid('user', null),
        imageCount: ctx.int(1, 40),
        isImmutable: false,
        isPublic: ctx.rng() < 0.1,
        layerCount: ctx.int(5, 200),
        layersSizeInBytes: ctx.int(10_000_000, 9_000_000_000),
        billableSizeInGBs: ctx.int(1, 9),
        namespace: ctx.namespace,
        timeLastPushed: base.timeCreated,
        systemTags: {},
    }),
});
const containers_image = defineEntry({
    resourceType: 'ContainerImage',
    ocidKind: 'containerimage',
    service: 'artifacts',
    basePath: '/20160918/container/images',
    getOperation: 'getContainerImage',
    // compartmentIdInSubtree only with the tenancy as compartmentId (the SDK's request docs).
    list: { operation: 'listContainerImages', collection: true, filters: ['repositoryId'], subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
    dependsOn: ['ContainerRepo'],
    weight: 0.6,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'DELETED' },
    summaryFields: ['compartmentId', 'digest', 'displayName', 'id', 'lifecycleState', 'repositoryId', 'repositoryName', 'timeCreated', 'version', 'systemTags', ...containers_TAGS],
    generate(base, ctx) {
        const repository = ctx.parent?.resourceType === 'ContainerRepo' ? ctx.parent : parentOf(ctx, 'ContainerRepo', base);
        const version = `1.${ctx.int(0, 60)}.${ctx.int(0, 9)}`;
        const createdBy = ctx.ocid('user', null);
        const size = ctx.int(1_000_000, 400_000_000);
        return {
            repositoryId: repository?.ocid ?? null,
            repositoryName: repository?.displayName ?? 'repo',
            digest: `sha256:${hex(ctx, 64)}`,
            createdBy,
            layers: [{ digest: `sha256:${hex(ctx, 64)}`, sizeInBytes: size, timeCreated: base.timeCreated }],
            layersSizeInBytes: size,
            manifestSizeInBytes: ctx.int(500, 4000),
            pullCount: ctx.int(0, 10_000),
            version,
            versions: [{ createdBy, timeCreated: base.timeCreated, version }],
            systemTags: {},
        };
    },
});
const CONTAINER_CATALOG = [containerInstance, container, repo, containers_image];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/data-safe.js
// Emulated Data Safe (endpoint `datasafe`, API 20181201): audit profiles, report definitions,
// security and user assessments. Target databases are not inventoried here: each resource
// points at a Data Safe target ocid of its own.

const data_safe_SERVICE = 'datasafe';
const data_safe_V = '/20181201';
const data_safe_TAGS = ['freeformTags', 'definedTags'];
/** Data Safe's lists take compartmentIdInSubtree from any compartment, accessLevel RESTRICTED or ACCESSIBLE. */
const DATA_SAFE_SUBTREE = { param: 'compartmentIdInSubtree', accessLevels: RESTRICTED_OR_ACCESSIBLE };
const ASSESSMENT_SUMMARY = ['id', 'compartmentId', 'displayName', 'description', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeUpdated', 'timeLastAssessed', 'targetIds', 'targetType', 'isBaseline', 'isDeviatedFromBaseline', 'triggeredBy', 'type', 'schedule', ...data_safe_TAGS];
const auditProfile = defineEntry({
    resourceType: 'DataSafeAuditProfile',
    ocidKind: 'datasafeauditprofile',
    service: data_safe_SERVICE,
    basePath: `${data_safe_V}/auditProfiles`,
    getOperation: 'getAuditProfile',
    list: { operation: 'listAuditProfiles', collection: true, filters: ['targetId'], subtree: DATA_SAFE_SUBTREE },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'timeCreated', 'timeUpdated', 'targetId', 'lifecycleState', 'description', 'lifecycleDetails', 'isPaidUsageEnabled', 'onlineMonths', 'offlineMonths', 'auditCollectedVolume', 'isOverrideGlobalRetentionSetting', 'isOverrideGlobalPaidUsage', 'targetType', ...data_safe_TAGS],
    generate: (base, ctx) => ({
        description: 'emulated audit profile',
        timeUpdated: base.timeCreated,
        targetId: ctx.ocid('datasafetargetdatabase', base.region),
        targetType: 'TARGET_DATABASE',
        auditTrails: [],
        isPaidUsageEnabled: ctx.rng() < 0.5,
        onlineMonths: 12,
        offlineMonths: ctx.pick([0, 12, 60]),
        auditCollectedVolume: ctx.int(0, 5_000_000),
        isOverrideGlobalRetentionSetting: false,
        isOverrideGlobalPaidUsage: false,
    }),
});
const reportDefinition = defineEntry({
    resourceType: 'DataSafeReportDefinition',
    ocidKind: 'datasafereportdefinition',
    service: data_safe_SERVICE,
    basePath: `${data_safe_V}/reportDefinitions`,
    getOperation: 'getReportDefinition',
    list: { operation: 'listReportDefinitions', collection: true, subtree: DATA_SAFE_SUBTREE },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['displayName', 'id', 'category', 'description', 'isSeeded', 'displayOrder', 'timeCreated', 'timeUpdated', 'compartmentId', 'dataSource', 'lifecycleState', 'schedule', 'complianceStandards', ...data_safe_TAGS],
    generate: (base, ctx) => ({
        description: 'emulated custom report',
        category: 'CUSTOM_REPORTS',
        dataSource: ctx.pick(['EVENTS', 'ALERTS']),
        isSeeded: false,
        displayOrder: ctx.int(1, 50),
        timeUpdated: base.timeCreated,
        scimFilter: 'operation eq "LOGIN"',
        columnInfo: [],
        columnFilters: [],
        columnSortings: [],
        summary: [],
        complianceStandards: [],
    }),
});
function assessment(resourceType, ocidKind, path, getOperation, listOperation) {
    return defineEntry({
        resourceType,
        ocidKind,
        service: data_safe_SERVICE,
        basePath: `${data_safe_V}/${path}`,
        getOperation,
        list: { operation: listOperation, subtree: DATA_SAFE_SUBTREE },
        weight: 0.3,
        lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
        summaryFields: ASSESSMENT_SUMMARY,
        generate: (base, ctx) => ({
            description: 'emulated assessment',
            timeUpdated: base.timeCreated,
            timeLastAssessed: base.timeCreated,
            targetIds: [ctx.ocid('datasafetargetdatabase', base.region)],
            targetType: 'TARGET_DATABASE',
            isBaseline: false,
            isDeviatedFromBaseline: false,
            triggeredBy: ctx.pick(['USER', 'SYSTEM']),
            type: ctx.pick(['LATEST', 'SAVED']),
            schedule: 'v1;Sunday;02:00',
        }),
    });
}
const DATA_SAFE_CATALOG = [
    auditProfile,
    reportDefinition,
    assessment('DataSafeSecurityAssessment', 'datasafesecurityassessment', 'securityAssessments', 'getSecurityAssessment', 'listSecurityAssessments'),
    assessment('DataSafeUserAssessment', 'datasafeuserassessment', 'userAssessments', 'getUserAssessment', 'listUserAssessments'),
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/data.js
// Emulated storage and databases: Object Storage buckets (namespace-addressed, no API
// version), File Storage, Database (ADB, DB systems, databases, nodes) and MySQL.

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
            if (req.params.namespaceName !== view.namespace)
                return notFound();
            const found = view.list('Bucket', { region: req.region }).find((b) => b.displayName === req.params.bucketName);
            if (!found)
                return notFound();
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
            if (req.params.namespaceName !== view.namespace)
                return notFound();
            const compartmentId = req.query.get('compartmentId');
            if (!compartmentId)
                return badRequest('compartmentId is required', 'MissingParameter');
            const fields = (req.query.get('fields') ?? '').split(',').filter((f) => f !== '');
            if (fields.some((f) => f !== 'tags'))
                return badRequest('fields may only be tags');
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
            return service_kit_paged(req, items);
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
const DATA_CATALOG = [bucket, fileSystem, mountTarget, autonomousDatabase, dbSystem, database, dbNode, mysql];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/database-services.js
// Emulated database services of the second wave: pluggable databases, Database Tools private
// endpoints, MySQL backups, PostgreSQL configurations, NoSQL tables, Recovery Service
// protected databases and subnets. Shaped like the SDK models; lists answer as the real
// ones do (bare arrays or `*Collection`s, `*Summary` fields).

const database_services_LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
function ids(...values) {
    return values.filter((v) => v !== null);
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
    lifecycleStates: database_services_LIVE,
    generate: (base, ctx) => {
        const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
        const ip = privateIp(ctx);
        return {
            description: 'emulated Database Tools private endpoint',
            endpointServiceId: ctx.ocid('databasetoolsendpointservice', base.region),
            timeUpdated: base.timeCreated,
            vcnId: subnet?.attrs.vcnId ?? null,
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
    lifecycleStates: database_services_LIVE,
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
    lifecycleStates: database_services_LIVE,
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
    lifecycleStates: database_services_LIVE,
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
    lifecycleStates: database_services_LIVE,
    generate: (base, ctx) => {
        const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
        return {
            vcnId: subnet?.attrs.vcnId ?? null,
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
    lifecycleStates: database_services_LIVE,
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
const DATABASE_SERVICES_CATALOG = [pluggableDatabase, dbToolsPrivateEndpoint, mysqlBackup, postgresqlConfiguration, nosqlTable, recoveryServiceSubnet, protectedDatabase];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/datascience.js
// Emulated Data Science: projects, notebook sessions, jobs and job runs, models, model
// version sets and model deployments, shaped like the SDK models. Lists answer with the
// `*Summary` fields as the real API does.

const datascience_LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const datascience_SERVICE = 'datascience';
const BASE = '/20190101';
/** The project a child belongs to: its parent's project, or a project nearby. */
function projectOf(ctx, base) {
    const fromParent = ctx.parent?.resourceType === 'DataScienceProject' ? ctx.parent.ocid : ctx.parent?.attrs.projectId;
    return fromParent ?? parentId(ctx, 'DataScienceProject', base);
}
function creator(ctx) {
    const users = ctx.find('User');
    return users.length > 0 ? ctx.pick(users).ocid : ctx.ocid('user', null);
}
function subnetOf(ctx, base) {
    return parentOf(ctx, 'Subnet', base);
}
const project = defineEntry({
    resourceType: 'DataScienceProject',
    ocidKind: 'datascienceproject',
    service: datascience_SERVICE,
    basePath: `${BASE}/projects`,
    getOperation: 'getProject',
    list: { operation: 'listProjects' },
    weight: 0.2,
    lifecycleStates: datascience_LIVE,
    generate: (_base, ctx) => ({ description: 'emulated data science project', createdBy: creator(ctx) }),
});
const notebookSession = defineEntry({
    resourceType: 'DataScienceNotebookSession',
    ocidKind: 'datasciencenotebooksession',
    service: datascience_SERVICE,
    basePath: `${BASE}/notebookSessions`,
    getOperation: 'getNotebookSession',
    list: { operation: 'listNotebookSessions', filters: ['projectId'] },
    dependsOn: ['DataScienceProject', 'Subnet'],
    weight: 0.1,
    lifecycleStates: datascience_LIVE,
    summaryFields: ['id', 'timeCreated', 'displayName', 'projectId', 'createdBy', 'compartmentId', 'notebookSessionConfigurationDetails', 'notebookSessionConfigDetails', 'notebookSessionUrl', 'lifecycleState', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => {
        const config = { shape: 'VM.Standard.E4.Flex', blockStorageSizeInGBs: 100, subnetId: subnetOf(ctx, base)?.ocid ?? null, notebookSessionShapeConfigDetails: { ocpus: 2, memoryInGBs: 32 } };
        return {
            projectId: projectOf(ctx, base),
            createdBy: creator(ctx),
            notebookSessionConfigurationDetails: config,
            notebookSessionConfigDetails: config,
            notebookSessionUrl: `https://notebook.${base.region}.oci.oraclecloud.com/${ctx.int(100000, 999999)}`,
            lifecycleDetails: 'Notebook session is active',
        };
    },
});
const job = defineEntry({
    resourceType: 'DataScienceJob',
    ocidKind: 'datasciencejob',
    service: datascience_SERVICE,
    basePath: `${BASE}/jobs`,
    getOperation: 'getJob',
    list: { operation: 'listJobs', filters: ['projectId'] },
    dependsOn: ['DataScienceProject', 'Subnet', 'LogGroup'],
    weight: 0.1,
    lifecycleStates: datascience_LIVE,
    summaryFields: ['id', 'timeCreated', 'createdBy', 'projectId', 'compartmentId', 'displayName', 'lifecycleState', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => ({
        projectId: projectOf(ctx, base),
        createdBy: creator(ctx),
        description: 'emulated job',
        jobConfigurationDetails: { jobType: 'DEFAULT', environmentVariables: { MODEL_NAME: 'churn' }, commandLineArguments: '--epochs 10', maximumRuntimeInMinutes: 120 },
        jobInfrastructureConfigurationDetails: { jobInfrastructureType: 'STANDALONE', shapeName: 'VM.Standard.E4.Flex', subnetId: subnetOf(ctx, base)?.ocid ?? null, blockStorageSizeInGBs: 100, jobShapeConfigDetails: { ocpus: 2, memoryInGBs: 32 } },
        jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: false, logGroupId: parentId(ctx, 'LogGroup', base) },
    }),
});
const jobRun = defineEntry({
    resourceType: 'DataScienceJobRun',
    ocidKind: 'datasciencejobrun',
    service: datascience_SERVICE,
    basePath: `${BASE}/jobRuns`,
    getOperation: 'getJobRun',
    list: { operation: 'listJobRuns', filters: ['jobId'] },
    names: { time: 'timeAccepted' },
    dependsOn: ['DataScienceJob'],
    weight: 0.2,
    lifecycleStates: { active: 'SUCCEEDED', terminated: 'DELETED' },
    summaryFields: ['id', 'timeAccepted', 'timeStarted', 'timeFinished', 'createdBy', 'projectId', 'compartmentId', 'jobId', 'displayName', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => {
        const parent = ctx.parent;
        return {
            timeStarted: base.timeCreated,
            timeFinished: base.timeCreated,
            createdBy: creator(ctx),
            projectId: projectOf(ctx, base),
            jobId: parent?.ocid ?? parentId(ctx, 'DataScienceJob', base),
            jobConfigurationOverrideDetails: { jobType: 'DEFAULT', environmentVariables: {} },
            jobInfrastructureConfigurationDetails: (parent?.attrs.jobInfrastructureConfigurationDetails ?? { jobInfrastructureType: 'ME_STANDALONE', shapeName: 'VM.Standard.E4.Flex', blockStorageSizeInGBs: 100 }),
            lifecycleDetails: 'Job run succeeded',
        };
    },
});
const modelVersionSet = defineEntry({
    resourceType: 'DataScienceModelVersionSet',
    ocidKind: 'datasciencemodelversionset',
    service: datascience_SERVICE,
    basePath: `${BASE}/modelVersionSets`,
    getOperation: 'getModelVersionSet',
    list: { operation: 'listModelVersionSets', filters: ['projectId'] },
    names: { name: 'name' },
    dependsOn: ['DataScienceProject'],
    weight: 0.1,
    lifecycleStates: datascience_LIVE,
    summaryFields: ['id', 'compartmentId', 'projectId', 'name', 'lifecycleState', 'timeCreated', 'timeUpdated', 'createdBy', 'category', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => ({ projectId: projectOf(ctx, base), description: 'emulated model version set', timeUpdated: base.timeCreated, createdBy: creator(ctx), category: 'USER' }),
});
const model = defineEntry({
    resourceType: 'DataScienceModel',
    ocidKind: 'datasciencemodel',
    service: datascience_SERVICE,
    basePath: `${BASE}/models`,
    getOperation: 'getModel',
    list: { operation: 'listModels', filters: ['projectId'] },
    dependsOn: ['DataScienceModelVersionSet'],
    weight: 0.2,
    lifecycleStates: datascience_LIVE,
    summaryFields: ['compartmentId', 'projectId', 'id', 'displayName', 'createdBy', 'timeCreated', 'lifecycleState', 'lifecycleDetails', 'modelVersionSetId', 'modelVersionSetName', 'versionId', 'versionLabel', 'category', 'isModelByReference', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => {
        const set = ctx.parent;
        const version = ctx.int(1, 20);
        return {
            projectId: projectOf(ctx, base),
            description: 'emulated model',
            lifecycleDetails: 'Model is active',
            createdBy: creator(ctx),
            modelVersionSetId: set?.ocid ?? null,
            modelVersionSetName: set?.displayName ?? null,
            versionId: version,
            versionLabel: `v${version}`,
            category: 'USER',
            isModelByReference: false,
            retentionSetting: { archiveAfterDays: 90, customerNotificationType: 'NONE' },
            backupSetting: { isBackupEnabled: false, customerNotificationType: 'NONE' },
        };
    },
});
const modelDeployment = defineEntry({
    resourceType: 'DataScienceModelDeployment',
    ocidKind: 'datasciencemodeldeployment',
    service: datascience_SERVICE,
    basePath: `${BASE}/modelDeployments`,
    getOperation: 'getModelDeployment',
    list: { operation: 'listModelDeployments', filters: ['projectId'] },
    dependsOn: ['DataScienceModel', 'Subnet', 'LogGroup'],
    weight: 0.1,
    lifecycleStates: datascience_LIVE,
    summaryFields: ['id', 'timeCreated', 'displayName', 'description', 'projectId', 'createdBy', 'compartmentId', 'modelDeploymentConfigurationDetails', 'categoryLogDetails', 'modelDeploymentUrl', 'lifecycleState', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => {
        const logGroupId = parentId(ctx, 'LogGroup', base);
        return {
            description: 'emulated model deployment',
            projectId: projectOf(ctx, base),
            createdBy: creator(ctx),
            modelDeploymentConfigurationDetails: {
                deploymentType: 'SINGLE_MODEL',
                modelConfigurationDetails: {
                    modelId: ctx.parent?.ocid ?? parentId(ctx, 'DataScienceModel', base),
                    instanceConfiguration: { instanceShapeName: 'VM.Standard.E4.Flex', subnetId: subnetOf(ctx, base)?.ocid ?? null },
                    scalingPolicy: { policyType: 'FIXED_SIZE', instanceCount: ctx.int(1, 3) },
                    bandwidthMbps: 10,
                },
            },
            categoryLogDetails: logGroupId ? { access: { logGroupId, logId: ctx.ocid('log', base.region) }, predict: { logGroupId, logId: ctx.ocid('log', base.region) } } : null,
            modelDeploymentUrl: `https://modeldeployment.${base.region}.oci.customer-oci.com/${base.ocid}`,
            lifecycleDetails: 'Model deployment is active',
        };
    },
});
const DATA_SCIENCE_CATALOG = [project, notebookSession, job, jobRun, modelVersionSet, model, modelDeployment];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/devops.js


const devops_SERVICE = 'devops';
const devops_V = '/20210630';
/** The project a child hangs from: the one it was placed under, else any near it. */
function devops_projectOf(ctx, base) {
    return ctx.parent?.resourceType === 'DevOpsProject' ? ctx.parent.ocid : parentId(ctx, 'DevOpsProject', base);
}
/** Build pipelines are not inventoried here: one per project, its ocid derived from the project's. */
function pipelineOf(projectId, region, ctx) {
    return projectId ? projectId.replace('ocid1.devopsproject.', 'ocid1.devopsbuildpipeline.') : ctx.ocid('devopsbuildpipeline', region);
}
function projectName(ctx, projectId) {
    const project = projectId ? ctx.find('DevOpsProject').find((p) => p.ocid === projectId) : undefined;
    return project?.displayName ?? 'project';
}
const devops_project = defineEntry({
    resourceType: 'DevOpsProject',
    ocidKind: 'devopsproject',
    service: devops_SERVICE,
    basePath: `${devops_V}/projects`,
    getOperation: 'getProject',
    list: { operation: 'listProjects', collection: true },
    names: { name: 'name' },
    dependsOn: ['OnsTopic'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        description: 'emulated DevOps project',
        namespace: ctx.namespace,
        notificationConfig: { topicId: ctx.parent?.ocid ?? parentId(ctx, 'OnsTopic', base) ?? ctx.ocid('onstopic', base.region) },
        timeUpdated: base.timeCreated,
    }),
});
const repository = defineEntry({
    resourceType: 'DevOpsRepository',
    ocidKind: 'devopsrepository',
    service: devops_SERVICE,
    basePath: `${devops_V}/repositories`,
    getOperation: 'getRepository',
    list: { operation: 'listRepositories', collection: true, filters: ['projectId'] },
    names: { name: 'name' },
    dependsOn: ['DevOpsProject'],
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'name', 'compartmentId', 'projectId', 'parentRepositoryId', 'namespace', 'projectName', 'description', 'defaultBranch', 'repositoryType', 'sshUrl', 'httpUrl', 'mirrorRepositoryConfig', 'timeCreated', 'timeUpdated', 'lifecycleState', 'freeformTags', 'definedTags'],
    generate(base, ctx) {
        const projectId = devops_projectOf(ctx, base);
        // Now and then a fork of a repository already there.
        const existing = ctx.find('DevOpsRepository', { region: base.region });
        const forks = existing.every((r) => r.attrs.parentRepositoryId === null) || ctx.rng() < 0.2 ? existing : [];
        const slug = `repo-${ctx.int(1, 9999)}`;
        return {
            projectId,
            projectName: projectName(ctx, projectId),
            parentRepositoryId: forks.length > 0 ? ctx.pick(forks).ocid : null,
            namespace: ctx.namespace,
            description: 'emulated code repository',
            defaultBranch: 'refs/heads/main',
            repositoryType: 'HOSTED',
            sshUrl: `ssh://devops.scmservice.${base.region}.oci.oraclecloud.com/namespaces/${ctx.namespace}/projects/p/repositories/${slug}`,
            httpUrl: `https://devops.scmservice.${base.region}.oci.oraclecloud.com/namespaces/${ctx.namespace}/projects/p/repositories/${slug}`,
            timeUpdated: base.timeCreated,
            branchCount: ctx.int(1, 12),
            commitCount: ctx.int(1, 4000),
            sizeInBytes: ctx.int(10_000, 90_000_000),
        };
    },
});
const stage = defineEntry({
    resourceType: 'DevOpsBuildPipelineStage',
    ocidKind: 'devopsbuildpipelinestage',
    service: devops_SERVICE,
    basePath: `${devops_V}/buildPipelineStages`,
    getOperation: 'getBuildPipelineStage',
    list: { operation: 'listBuildPipelineStages', collection: true, filters: ['buildPipelineId'] },
    dependsOn: ['DevOpsProject'],
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const projectId = devops_projectOf(ctx, base);
        return {
            description: 'emulated wait stage',
            projectId,
            buildPipelineId: pipelineOf(projectId, base.region, ctx),
            timeUpdated: base.timeCreated,
            buildPipelineStagePredecessorCollection: { items: [] },
            buildPipelineStageType: 'WAIT',
            waitCriteria: { waitType: 'ABSOLUTE_WAIT', waitDuration: `PT${ctx.int(1, 30)}M` },
        };
    },
});
const buildRun = defineEntry({
    resourceType: 'DevOpsBuildRun',
    ocidKind: 'devopsbuildrun',
    service: devops_SERVICE,
    basePath: `${devops_V}/buildRuns`,
    getOperation: 'getBuildRun',
    list: { operation: 'listBuildRuns', collection: true, filters: ['buildPipelineId', 'projectId'] },
    dependsOn: ['DevOpsProject'],
    weight: 0.6,
    lifecycleStates: { active: 'SUCCEEDED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'projectId', 'buildPipelineId', 'buildRunSource', 'buildRunArguments', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'commitInfo', 'freeformTags', 'definedTags'],
    generate(base, ctx) {
        const projectId = devops_projectOf(ctx, base);
        const finished = new Date(Date.parse(base.timeCreated) + ctx.int(60, 1800) * 1000).toISOString();
        return {
            projectId,
            buildPipelineId: pipelineOf(projectId, base.region, ctx),
            buildRunSource: { sourceType: 'MANUAL' },
            buildRunArguments: { items: [] },
            timeUpdated: finished,
            buildRunProgress: { timeStarted: base.timeCreated, timeFinished: finished },
            commitInfo: { repositoryUrl: 'https://example.invalid/repo.git', repositoryBranch: 'main', commitHash: ctx.ocid('x', null).slice(-40) },
        };
    },
});
const deployArtifact = defineEntry({
    resourceType: 'DevOpsDeployArtifact',
    ocidKind: 'devopsdeployartifact',
    service: devops_SERVICE,
    basePath: `${devops_V}/deployArtifacts`,
    getOperation: 'getDeployArtifact',
    list: { operation: 'listDeployArtifacts', collection: true, filters: ['projectId'] },
    dependsOn: ['DevOpsProject'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const projectId = devops_projectOf(ctx, base);
        const generic = firstOrChance(ctx, 'DevOpsDeployArtifact', base.region, 0.5);
        const deployArtifactSource = generic
            ? { deployArtifactSourceType: 'GENERIC_ARTIFACT', repositoryId: ctx.ocid('artifactrepository', base.region), deployArtifactPath: 'app/config.yaml', deployArtifactVersion: `1.${ctx.int(0, 40)}.0` }
            : { deployArtifactSourceType: 'OCIR', imageUri: `${base.region}.ocir.io/${ctx.namespace}/app:1.${ctx.int(0, 40)}` };
        return {
            description: 'emulated deploy artifact',
            projectId,
            deployArtifactType: generic ? 'GENERIC_FILE' : 'DOCKER_IMAGE',
            argumentSubstitutionMode: 'NONE',
            deployArtifactSource,
            timeUpdated: base.timeCreated,
        };
    },
});
const DEVOPS_CATALOG = [devops_project, repository, stage, buildRun, deployArtifact];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/reshape.js

/** The list item: the wire object reshaped as the SDK's summary model (fields it lacks dropped). */
function summarize(entry, drop, rename = {}) {
    entry.toSummary = (r, v) => {
        const out = {};
        for (const [key, value] of Object.entries(entry.toWire(r, v))) {
            if (drop.includes(key))
                continue;
            out[rename[key] ?? key] = value;
        }
        return out;
    };
    return entry;
}
/** Drop wire fields the model lacks (placeholders the common fields added). */
function withoutFields(entry, fields) {
    const toWire = entry.toWire;
    entry.toWire = (r, v) => {
        const wire = toWire(r, v);
        for (const field of fields)
            delete wire[field];
        return wire;
    };
    return entry;
}
/**
 * A list that takes a parent instead of a compartment (`listDrgRouteTables?drgId=`,
 * `listPrivateIps?subnetId=`): at least one of `parents` is required, each given one filters.
 */
function parentScopedList(entry, spec, operation, parents, collection = false) {
    const route = entry.routes.find((r) => r.operation === operation);
    if (!route)
        throw new Error(`${spec.resourceType}: no ${operation} route`);
    route.handle = (req, view) => {
        if (!parents.some((name) => req.query.get(name)))
            return badRequest(`one of ${parents.join(', ')} is required`, 'MissingParameter');
        const found = listed(spec, { operation, noCompartment: true, filters: parents }, req, view);
        if (!Array.isArray(found))
            return found;
        const toItem = entry.toSummary ?? entry.toWire;
        return service_kit_paged(req, found.map((r) => toItem(r, view)), collection);
    };
    return entry;
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/infra.js


const infra_V = '/20160918';
const DNS = '/20180115';
const EMAIL_V = '/20170907';
const EMAIL = 'ctrl.email';
// ---- FastConnect ---------------------------------------------------------------------------
const crossConnectGroup = defineEntry({
    resourceType: 'CrossConnectGroup',
    ocidKind: 'crossconnectgroup',
    service: 'iaas',
    basePath: `${infra_V}/crossConnectGroups`,
    getOperation: 'getCrossConnectGroup',
    list: { operation: 'listCrossConnectGroups' },
    weight: 0.3,
    lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
    generate: (_base, ctx) => ({ customerReferenceName: `CKT-${ctx.int(1000, 9999)}`, minimumLinks: 1, isInterfaceHoldTimerEnabled: false, isQosEnabled: false }),
});
const crossConnect = defineEntry({
    resourceType: 'CrossConnect',
    ocidKind: 'crossconnect',
    service: 'iaas',
    basePath: `${infra_V}/crossConnects`,
    getOperation: 'getCrossConnect',
    list: { operation: 'listCrossConnects', filters: ['crossConnectGroupId'] },
    dependsOn: ['CrossConnectGroup'],
    weight: 0.3,
    lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({
        crossConnectGroupId: ctx.parent?.ocid ?? parentId(ctx, 'CrossConnectGroup', base),
        locationName: ctx.pick(['Equinix DC2', 'CoreSite VA1', 'Digital Realty PHX']),
        portName: `P${ctx.int(1, 48)}`,
        portSpeedShapeName: ctx.pick(['1 Gbps', '10 Gbps', '100 Gbps']),
        customerReferenceName: `CKT-${ctx.int(1000, 9999)}`,
        isQosEnabled: false,
    }),
});
// ---- DRG route tables and distributions (listed per DRG) -----------------------------------
const distributionSpec = {
    resourceType: 'DrgRouteDistribution',
    ocidKind: 'drgroutedistribution',
    service: 'iaas',
    basePath: `${infra_V}/drgRouteDistributions`,
    getOperation: 'getDrgRouteDistribution',
    list: { operation: 'listDrgRouteDistributions' },
    dependsOn: ['Drg'],
    weight: 0.45,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate: (base, ctx) => ({ drgId: ctx.parent?.ocid ?? parentId(ctx, 'Drg', base), distributionType: ctx.pick(['IMPORT', 'EXPORT']) }),
};
const drgRouteDistribution = parentScopedList(defineEntry(distributionSpec), distributionSpec, 'listDrgRouteDistributions', ['drgId']);
const routeTableSpec = {
    resourceType: 'DrgRouteTable',
    ocidKind: 'drgroutetable',
    service: 'iaas',
    basePath: `${infra_V}/drgRouteTables`,
    getOperation: 'getDrgRouteTable',
    list: { operation: 'listDrgRouteTables' },
    dependsOn: ['Drg', 'DrgRouteDistribution'],
    weight: 0.6,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate(base, ctx) {
        const drgId = ctx.parent?.ocid ?? parentId(ctx, 'Drg', base);
        const imports = ctx.find('DrgRouteDistribution', { region: base.region }).filter((d) => d.attrs.drgId === drgId && d.attrs.distributionType === 'IMPORT');
        return { drgId, importDrgRouteDistributionId: imports.length > 0 ? ctx.pick(imports).ocid : null, isEcmpEnabled: false };
    },
};
const drgRouteTable = parentScopedList(defineEntry(routeTableSpec), routeTableSpec, 'listDrgRouteTables', ['drgId']);
// ---- Private IPs (many per VNIC; listed per subnet, VNIC or VLAN) --------------------------
const privateIpSpec = {
    resourceType: 'PrivateIp',
    ocidKind: 'privateip',
    service: 'iaas',
    basePath: `${infra_V}/privateIps`,
    getOperation: 'getPrivateIp',
    list: { operation: 'listPrivateIps' },
    // PrivateIp has no lifecycleState; search reports it AVAILABLE.
    names: { noState: true },
    dependsOn: ['Vnic'],
    // One of the dominant types: every VNIC has a primary private IP, many have secondaries.
    weight: 4,
    lifecycleStates: { active: 'AVAILABLE' },
    generate(base, ctx) {
        const vnic = ctx.parent ?? parentOf(ctx, 'Vnic', base);
        const subnetId = typeof vnic?.attrs.subnetId === 'string' ? vnic.attrs.subnetId : parentId(ctx, 'Subnet', base);
        // A VNIC has one primary private IP: once vnic-world.ts has chosen it, a private IP made
        // later (drift) is secondary. (Generation draws the same either way.)
        const primary = ctx.rng() < 0.4 && !vnic?.attrs.primaryPrivateIpId;
        return {
            subnetId,
            vnicId: vnic?.ocid ?? null,
            ipAddress: primary && typeof vnic?.attrs.privateIp === 'string' ? vnic.attrs.privateIp : privateIp(ctx),
            isPrimary: primary,
            hostnameLabel: `host${ctx.int(1, 9999)}`,
            ipState: 'ASSIGNED',
            lifetime: 'EPHEMERAL',
        };
    },
};
const privateIpEntry = parentScopedList(defineEntry(privateIpSpec), privateIpSpec, 'listPrivateIps', ['subnetId', 'vnicId', 'vlanId']);
// ---- Remote peering ------------------------------------------------------------------------
const remotePeering = defineEntry({
    resourceType: 'RemotePeeringConnection',
    ocidKind: 'remotepeeringconnection',
    service: 'iaas',
    basePath: `${infra_V}/remotePeeringConnections`,
    getOperation: 'getRemotePeeringConnection',
    list: { operation: 'listRemotePeeringConnections', filters: ['drgId'] },
    dependsOn: ['Drg'],
    weight: 0.3,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate(base, ctx) {
        // Peer with a connection made earlier in another region, as a pair across regions is.
        const others = ctx.find('RemotePeeringConnection').filter((r) => r.region !== base.region);
        const peer = others.length > 0 && ctx.rng() < 0.6 ? ctx.pick(others) : undefined;
        return {
            drgId: ctx.parent?.ocid ?? parentId(ctx, 'Drg', base),
            isCrossTenancyPeering: false,
            peeringStatus: peer ? 'PEERED' : 'NEW',
            ...(peer ? { peerId: peer.ocid, peerRegionName: peer.region, peerTenancyId: ctx.tenancyId } : {}),
        };
    },
});
// ---- Block Storage -------------------------------------------------------------------------
const volumeBackupPolicy = defineEntry({
    resourceType: 'VolumeBackupPolicy',
    ocidKind: 'volumebackuppolicy',
    service: 'iaas',
    basePath: `${infra_V}/volumeBackupPolicies`,
    getOperation: 'getVolumeBackupPolicy',
    list: { operation: 'listVolumeBackupPolicies' },
    // VolumeBackupPolicy has no lifecycleState: a deleted policy is gone.
    names: { noState: true },
    weight: 0.3,
    lifecycleStates: { active: 'AVAILABLE' },
    generate: (_base, ctx) => ({
        schedules: [
            { backupType: 'INCREMENTAL', period: 'ONE_DAY', hourOfDay: ctx.int(0, 23), offsetType: 'STRUCTURED', retentionSeconds: 7 * 86400, timeZone: 'UTC' },
            { backupType: 'FULL', period: 'ONE_WEEK', dayOfWeek: 'SUNDAY', offsetType: 'STRUCTURED', retentionSeconds: 30 * 86400, timeZone: 'UTC' },
        ],
        destinationRegion: null,
    }),
});
const volumeGroupBackup = defineEntry({
    resourceType: 'VolumeGroupBackup',
    ocidKind: 'volumegroupbackup',
    service: 'iaas',
    basePath: `${infra_V}/volumeGroupBackups`,
    getOperation: 'getVolumeGroupBackup',
    list: { operation: 'listVolumeGroupBackups', filters: ['volumeGroupId'] },
    dependsOn: ['VolumeGroup', 'VolumeBackup'],
    weight: 0.3,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate(base, ctx) {
        const group = ctx.parent ?? parentOf(ctx, 'VolumeGroup', base);
        const volumeIds = new Set(Array.isArray(group?.attrs.volumeIds) ? group.attrs.volumeIds.filter((id) => typeof id === 'string') : []);
        const backups = volumeIds.size > 0 ? ctx.find('VolumeBackup', { region: base.region }).filter((b) => typeof b.attrs.volumeId === 'string' && volumeIds.has(b.attrs.volumeId)) : [];
        const earlier = ctx.find('VolumeGroupBackup', { region: base.region }).filter((b) => b.attrs.volumeGroupId === group?.ocid);
        const copyOf = earlier.length > 0 && ctx.rng() < 0.2 ? ctx.pick(earlier).ocid : null;
        const size = ctx.pick([100, 200, 500]);
        return {
            volumeGroupId: group?.ocid ?? null,
            volumeBackupIds: backups.slice(0, 4).map((b) => b.ocid),
            type: ctx.pick(['FULL', 'INCREMENTAL']),
            sourceType: ctx.pick(['MANUAL', 'SCHEDULED']),
            sizeInGBs: size,
            uniqueSizeInGbs: ctx.int(1, size),
            sourceVolumeGroupBackupId: copyOf,
        };
    },
});
// ---- DNS -----------------------------------------------------------------------------------
const view = defineEntry({
    resourceType: 'DnsView',
    ocidKind: 'dnsview',
    service: 'dns',
    basePath: `${DNS}/views`,
    getOperation: 'getView',
    list: { operation: 'listViews' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base) => ({ self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/views/${base.ocid}`, isProtected: false, timeUpdated: base.timeCreated }),
});
const resolver = defineEntry({
    resourceType: 'DnsResolver',
    ocidKind: 'dnsresolver',
    service: 'dns',
    basePath: `${DNS}/resolvers`,
    getOperation: 'getResolver',
    dependsOn: ['Vcn', 'DnsView', 'Subnet'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const defaultViewId = ctx.ocid('dnsview', base.region);
        const extraView = parentId(ctx, 'DnsView', base);
        const subnetId = parentId(ctx, 'Subnet', base);
        const listening = subnetId && ctx.rng() < 0.5;
        const endpoints = listening
            ? [
                {
                    name: `listener${ctx.int(1, 99)}`,
                    endpointType: 'VNIC',
                    isForwarding: false,
                    isListening: true,
                    listeningAddress: privateIp(ctx),
                    subnetId,
                    id: ctx.ocid('dnsresolverendpoint', base.region),
                    resolverId: base.ocid,
                    compartmentId: base.compartmentId,
                    timeCreated: base.timeCreated,
                    timeUpdated: base.timeCreated,
                    lifecycleState: 'ACTIVE',
                    self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/resolvers/${base.ocid}/endpoints/listener`,
                    freeformTags: {},
                    definedTags: {},
                },
            ]
            : [];
        return {
            attachedVcnId: ctx.parent?.ocid ?? parentId(ctx, 'Vcn', base),
            defaultViewId,
            attachedViews: [{ viewId: defaultViewId }, ...(extraView ? [{ viewId: extraView }] : [])],
            endpoints,
            rules: [],
            isProtected: true,
            self: `https://dns.${base.region}.oci.oraclecloud.com${DNS}/resolvers/${base.ocid}`,
            timeUpdated: base.timeCreated,
        };
    },
});
// ---- Email Delivery (ctrl.email) -----------------------------------------------------------
const emailDomain = defineEntry({
    resourceType: 'EmailDomain',
    ocidKind: 'emaildomain',
    service: EMAIL,
    basePath: `${EMAIL_V}/emailDomains`,
    getOperation: 'getEmailDomain',
    list: { operation: 'listEmailDomains', collection: true },
    names: { name: 'name' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (_base, ctx) => ({ description: 'emulated email domain', isSpf: ctx.rng() < 0.7, domainVerificationStatus: 'DOMAINID', domainVerificationId: `oci-domain-verification=${ctx.int(100000, 999999)}` }),
    // The domain's active DKIM key is whichever of its keys is active now.
    extraWire: (r, v) => {
        const active = v
            .list('EmailDkim', { region: r.region })
            .filter((d) => d.attrs.emailDomainId === r.ocid && d.lifecycleState === 'ACTIVE')
            .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))[0];
        return active ? { activeDkimId: active.ocid } : {};
    },
});
summarize(emailDomain, ['isSpf', 'domainVerificationStatus', 'domainVerificationId']);
const dkimSpec = {
    resourceType: 'EmailDkim',
    ocidKind: 'emaildkim',
    service: EMAIL,
    basePath: `${EMAIL_V}/dkims`,
    getOperation: 'getDkim',
    list: { operation: 'listDkims', collection: true },
    names: { name: 'name' },
    dependsOn: ['EmailDomain'],
    weight: 0.45,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const domain = ctx.parent ?? parentOf(ctx, 'EmailDomain', base);
        const selector = `sel${ctx.int(1000, 9999)}`;
        return {
            emailDomainId: domain?.ocid ?? null,
            description: 'emulated DKIM key',
            dnsSubdomainName: `${selector}._domainkey`,
            cnameRecordValue: `${selector}.${base.region}.dkim.oracleemaildelivery.com`,
            isImported: false,
            keyLength: 2048,
            timeUpdated: base.timeCreated,
        };
    },
};
const emailDkim = parentScopedList(summarize(defineEntry(dkimSpec), ['lifecycleDetails', 'dnsSubdomainName', 'cnameRecordValue', 'txtRecordValue']), dkimSpec, 'listDkims', ['emailDomainId'], true);
const emailSender = defineEntry({
    resourceType: 'EmailSender',
    ocidKind: 'emailsender',
    service: EMAIL,
    basePath: `${EMAIL_V}/senders`,
    getOperation: 'getSender',
    names: { name: 'emailAddress' },
    dependsOn: ['EmailDomain'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ emailDomainId: ctx.parent?.ocid ?? parentId(ctx, 'EmailDomain', base), isSpf: ctx.rng() < 0.7 }),
});
const INFRA_CATALOG = [
    crossConnectGroup,
    crossConnect,
    drgRouteDistribution,
    drgRouteTable,
    privateIpEntry,
    remotePeering,
    volumeBackupPolicy,
    volumeGroupBackup,
    view,
    resolver,
    emailDomain,
    emailDkim,
    emailSender,
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/media.js


const media_SERVICE = 'mediaservices';
const media_V = '/20211101';
const media_TAGS = ['freeformTags', 'definedTags'];
function channelOf(ctx, base) {
    return ctx.parent?.resourceType === 'StreamDistributionChannel' ? ctx.parent : parentOf(ctx, 'StreamDistributionChannel', base);
}
const workflow = defineEntry({
    resourceType: 'MediaWorkflow',
    ocidKind: 'mediaworkflow',
    service: media_SERVICE,
    basePath: `${media_V}/mediaWorkflows`,
    getOperation: 'getMediaWorkflow',
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        tasks: [
            { type: 'getFiles', version: 1, key: 'download', prerequisites: [] },
            { type: 'transcode', version: 1, key: 'transcode', prerequisites: ['download'] },
        ],
        mediaWorkflowConfigurationIds: [ctx.ocid('mediaworkflowconfiguration', base.region)],
        timeUpdated: base.timeCreated,
        version: ctx.int(1, 5),
    }),
});
const channel = defineEntry({
    resourceType: 'StreamDistributionChannel',
    ocidKind: 'mediastreamdistributionchannel',
    service: media_SERVICE,
    basePath: `${media_V}/streamDistributionChannels`,
    getOperation: 'getStreamDistributionChannel',
    list: { operation: 'listStreamDistributionChannels', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ domainName: `${ctx.ocid('x', null).slice(-16)}.mediastreams.${base.region}.oci.oraclecloud.com`, timeUpdated: base.timeCreated }),
});
const packaging = defineEntry({
    resourceType: 'StreamPackagingConfig',
    ocidKind: 'mediastreampackagingconfig',
    service: media_SERVICE,
    basePath: `${media_V}/streamPackagingConfigs`,
    getOperation: 'getStreamPackagingConfig',
    dependsOn: ['StreamDistributionChannel', 'Key'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const keyId = firstOrChance(ctx, 'StreamPackagingConfig', base.region, 0.5) ? parentId(ctx, 'Key', base) : null;
        const encryption = keyId ? { algorithm: 'AES128', kmsKeyId: keyId } : { algorithm: 'NONE' };
        return {
            distributionChannelId: channelOf(ctx, base)?.ocid ?? null,
            segmentTimeInSeconds: ctx.pick([4, 6, 10]),
            encryption,
            streamPackagingFormat: ctx.pick(['HLS', 'DASH']),
            timeUpdated: base.timeCreated,
        };
    },
});
const cdn = defineEntry({
    resourceType: 'StreamCdnConfig',
    ocidKind: 'mediastreamcdnconfig',
    service: media_SERVICE,
    basePath: `${media_V}/streamCdnConfigs`,
    getOperation: 'getStreamCdnConfig',
    list: { operation: 'listStreamCdnConfigs', collection: true, noCompartment: true, required: ['distributionChannelId'], filters: ['distributionChannelId'] },
    dependsOn: ['StreamDistributionChannel'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'compartmentId', 'distributionChannelId', 'isEnabled', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', ...media_TAGS],
    generate(base, ctx) {
        const akamai = firstOrChance(ctx, 'StreamCdnConfig', base.region, 0.5);
        const config = akamai
            ? {
                type: 'AKAMAI_MANUAL',
                originAuthSignType: 'ForwardURL',
                originAuthSignEncryption: 'SHA256-HMAC',
                originAuthSecretKeyA: `emulated-origin-key-a-${base.ocid.slice(-8)}`,
                originAuthSecretKeyNonceA: 'nonce-a',
                originAuthSecretKeyB: `emulated-origin-key-b-${base.ocid.slice(-8)}`,
                originAuthSecretKeyNonceB: 'nonce-b',
                edgeHostname: 'media.example.com',
                edgePathPrefix: '/live',
                isEdgeTokenAuth: true,
                edgeTokenKey: `emulated-edge-token-key-${base.ocid.slice(-8)}`,
                edgeTokenSalt: 'salt',
            }
            : { type: 'EDGE' };
        return {
            distributionChannelId: channelOf(ctx, base)?.ocid ?? null,
            isEnabled: true,
            config,
            timeUpdated: base.timeCreated,
        };
    },
});
const MEDIA_CATALOG = [workflow, channel, packaging, cdn];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/vnic-world.js

const vnic_world_V = '/20160918';
const GONE = new Set(['TERMINATED', 'DELETED', 'TERMINATING', 'DELETING']);
const live = (r) => !GONE.has(r.lifecycleState);
/** Attrs of a Vnic the lists need but getVnic's model does not have (never on the wire). */
const VNIC_HIDDEN_ATTRS = ['ephemeralPublicIp', 'ephemeralPublicIpId', 'ephemeralPublicIpCompartmentId', 'attachedInstanceId', 'primaryPrivateIpId'];
function hash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h;
}
function linkVnics(store) {
    const byRegion = (type) => {
        const out = new Map();
        for (const r of store.list(type))
            if (live(r))
                out.set(r.region, [...(out.get(r.region) ?? []), r]);
        return out;
    };
    const vnicsByRegion = byRegion('Vnic');
    if (vnicsByRegion.size === 0)
        return;
    const version = store.version;
    const instancesByRegion = byRegion('Instance');
    const publicIpsByRegion = byRegion('PublicIp');
    const subnets = new Map(store.list('Subnet').map((s) => [s.ocid, s]));
    const privateIpsByVnic = new Map();
    for (const ip of store.list('PrivateIp')) {
        const vnicId = ip.attrs.vnicId;
        if (typeof vnicId === 'string')
            privateIpsByVnic.set(vnicId, [...(privateIpsByVnic.get(vnicId) ?? []), ip]);
    }
    // Every third subnet of a region (the first included) has an IPv6 prefix; its attached VNICs an IPv6 address.
    const subnetsSeen = new Map();
    for (const subnet of subnets.values()) {
        const k = subnetsSeen.get(subnet.region) ?? 0;
        subnetsSeen.set(subnet.region, k + 1);
        if (k % 3 !== 0)
            continue;
        const h = hash(`${subnet.ocid}/ipv6`);
        const prefix = `2603:c020:${((h >>> 4) % 0x10000).toString(16)}:${((h >>> 12) % 0x10000).toString(16)}`;
        subnet.attrs.ipv6CidrBlock = `${prefix}::/64`;
        subnet.attrs.ipv6CidrBlocks = [`${prefix}::/64`];
    }
    for (const region of store.regions) {
        const vnics = vnicsByRegion.get(region) ?? [];
        const instances = instancesByRegion.get(region) ?? [];
        const domains = store.availabilityDomains(region);
        const primaries = [];
        vnics.forEach((vnic, k) => {
            const instance = instances[k];
            if (instance) {
                instance.attrs.vnicId = vnic.ocid;
                instance.attrs.subnetId = vnic.attrs.subnetId ?? null;
                vnic.availabilityDomain = instance.availabilityDomain;
                vnic.attrs.isPrimary = true;
                vnic.attrs.attachedInstanceId = instance.ocid;
            }
            else {
                // A service VNIC (a load balancer's, a private endpoint's): no instance attachment.
                vnic.availabilityDomain = domains.length > 0 ? domains[k % domains.length] : null;
                vnic.attrs.isPrimary = false;
            }
            const ips = privateIpsByVnic.get(vnic.ocid) ?? [];
            let primary = ips.find((ip) => ip.attrs.isPrimary === true) ?? ips[0];
            if (!primary) {
                primary = {
                    ocid: vnic.ocid.replace('.vnic.', '.privateip.'),
                    resourceType: 'PrivateIp',
                    compartmentId: vnic.compartmentId,
                    region,
                    displayName: typeof vnic.attrs.privateIp === 'string' ? vnic.attrs.privateIp : vnic.displayName,
                    lifecycleState: 'AVAILABLE',
                    timeCreated: vnic.timeCreated,
                    availabilityDomain: null,
                    freeformTags: { ...vnic.freeformTags },
                    definedTags: { ...vnic.definedTags },
                    attrs: {
                        subnetId: vnic.attrs.subnetId ?? null,
                        vnicId: vnic.ocid,
                        ipAddress: vnic.attrs.privateIp ?? null,
                        hostnameLabel: `host${hash(vnic.ocid) % 10000}`,
                        ipState: 'ASSIGNED',
                        lifetime: 'EPHEMERAL',
                    },
                };
                store.add(primary);
            }
            for (const ip of ips) {
                ip.attrs.isPrimary = ip === primary;
                ip.attrs.availabilityDomain = vnic.availabilityDomain;
            }
            primary.attrs.isPrimary = true;
            primary.attrs.availabilityDomain = vnic.availabilityDomain;
            primary.attrs.subnetId = vnic.attrs.subnetId ?? null;
            vnic.attrs.privateIp = primary.attrs.ipAddress ?? null;
            vnic.attrs.hostnameLabel = primary.attrs.hostnameLabel ?? null;
            vnic.attrs.primaryPrivateIpId = primary.ocid;
            delete vnic.attrs.publicIp;
            const subnet = typeof vnic.attrs.subnetId === 'string' ? subnets.get(vnic.attrs.subnetId) : undefined;
            if (instance && typeof subnet?.attrs.ipv6CidrBlock === 'string') {
                const h = hash(`${vnic.ocid}/ipv6`);
                vnic.attrs.ipv6Addresses = [subnet.attrs.ipv6CidrBlock.replace('::/64', `::${(h % 0xffff).toString(16)}`)];
            }
            else {
                delete vnic.attrs.ipv6Addresses;
            }
            if (live(primary))
                primaries.push({ vnic, ip: primary });
        });
        // Every third reserved public IP of the region is assigned to a primary private IP in a
        // subnet that allows public IPs.
        const capable = primaries.filter(({ vnic }) => {
            const subnet = typeof vnic.attrs.subnetId === 'string' ? subnets.get(vnic.attrs.subnetId) : undefined;
            return subnet?.attrs.prohibitPublicIpOnVnic === false;
        });
        const reserved = (publicIpsByRegion.get(region) ?? []).filter((p) => p.attrs.lifetime === 'RESERVED');
        let next = 0;
        reserved.forEach((publicIp, k) => {
            if (k % 3 !== 0 || next >= capable.length)
                return;
            const target = capable[next++];
            publicIp.attrs.assignedEntityId = target.ip.ocid;
            publicIp.attrs.assignedEntityType = 'PRIVATE_IP';
            publicIp.attrs.privateIpId = target.ip.ocid;
        });
        // Every other attached VNIC left, in a subnet that allows public IPs, has an ephemeral one.
        for (const { vnic, ip } of capable.slice(next)) {
            if (!vnic.attrs.attachedInstanceId || hash(vnic.ocid) % 2 !== 0)
                continue;
            const h = hash(`${vnic.ocid}/public`);
            vnic.attrs.ephemeralPublicIp = `${129 + (h % 30)}.${(h >>> 5) % 256}.${(h >>> 13) % 256}.${1 + ((h >>> 21) % 254)}`;
            vnic.attrs.ephemeralPublicIpId = vnic.ocid.replace('.vnic.', '.publicip.');
            vnic.attrs.ephemeralPublicIpCompartmentId = ip.compartmentId;
        }
    }
    // Part of generation: the store's version stays generation's (drift's default stream, and
    // so which resources a seed's drift picks, are as before).
    store.version = version;
}
/** Whether the VNIC's subnet allows public IPs now (drift may have changed it). */
function subnetAllowsPublic(vnic, view) {
    const subnet = typeof vnic.attrs.subnetId === 'string' ? view.get(vnic.attrs.subnetId) : undefined;
    return subnet !== undefined && live(subnet) && subnet.attrs.prohibitPublicIpOnVnic === false;
}
/**
 * The VNIC's public IP as getVnic shows it, read from the same facts the lists serve (so a
 * drifted public IP or subnet changes both): a live reserved PublicIp assigned to its primary
 * private IP, else its ephemeral one; none where the subnet prohibits public IPs.
 */
function publicIpOf(vnic, view) {
    if (!subnetAllowsPublic(vnic, view))
        return null;
    const primary = vnic.attrs.primaryPrivateIpId;
    if (typeof primary === 'string') {
        const reserved = view.list('PublicIp', { region: vnic.region }).find((p) => live(p) && p.attrs.assignedEntityId === primary && typeof p.attrs.ipAddress === 'string');
        if (reserved)
            return String(reserved.attrs.ipAddress);
    }
    return typeof vnic.attrs.ephemeralPublicIpId === 'string' && typeof vnic.attrs.ephemeralPublicIp === 'string' ? vnic.attrs.ephemeralPublicIp : null;
}
/** The ephemeral public IP object of a VNIC that has one (scope AVAILABILITY_DOMAIN). */
function ephemeralPublicIp(vnic, view) {
    const id = vnic.attrs.ephemeralPublicIpId;
    if (typeof id !== 'string' || typeof vnic.attrs.ephemeralPublicIp !== 'string' || !subnetAllowsPublic(vnic, view))
        return null;
    const privateIpId = String(vnic.attrs.primaryPrivateIpId);
    return {
        id,
        assignedEntityId: privateIpId,
        assignedEntityType: 'PRIVATE_IP',
        availabilityDomain: vnic.availabilityDomain,
        compartmentId: String(vnic.attrs.ephemeralPublicIpCompartmentId ?? vnic.compartmentId),
        displayName: `ephemeral-${vnic.attrs.ephemeralPublicIp}`,
        ipAddress: vnic.attrs.ephemeralPublicIp,
        lifecycleState: 'ASSIGNED',
        lifetime: 'EPHEMERAL',
        privateIpId,
        scope: 'AVAILABILITY_DOMAIN',
        timeCreated: vnic.timeCreated,
        freeformTags: {},
        definedTags: {},
    };
}
/**
 * `listPublicIps` as OCI serves it: `scope` (REGION or AVAILABILITY_DOMAIN) and
 * `compartmentId` required, `availabilityDomain` required with (and only with) scope
 * AVAILABILITY_DOMAIN; REGION lists reserved public IPs (and ephemeral ones of regional
 * entities, none here), AVAILABILITY_DOMAIN the ephemeral ones assigned to private IPs in
 * that AD; `lifetime` filters.
 */
function listPublicIpsRoute(toWire) {
    return {
        service: 'iaas',
        method: 'GET',
        pattern: `${vnic_world_V}/publicIps`,
        operation: 'listPublicIps',
        handle(req, view) {
            const scope = req.query.get('scope');
            const compartmentId = req.query.get('compartmentId');
            const domain = req.query.get('availabilityDomain');
            const lifetime = req.query.get('lifetime');
            if (!scope)
                return badRequest('scope is required', 'MissingParameter');
            if (scope !== 'REGION' && scope !== 'AVAILABILITY_DOMAIN')
                return badRequest('scope must be REGION or AVAILABILITY_DOMAIN');
            if (!compartmentId)
                return badRequest('compartmentId is required', 'MissingParameter');
            if (scope === 'AVAILABILITY_DOMAIN' && !domain)
                return badRequest('availabilityDomain is required when scope is AVAILABILITY_DOMAIN', 'MissingParameter');
            if (scope === 'REGION' && domain)
                return badRequest('availabilityDomain must not be set when scope is REGION');
            if (lifetime && lifetime !== 'EPHEMERAL' && lifetime !== 'RESERVED')
                return badRequest('lifetime must be EPHEMERAL or RESERVED');
            let items;
            if (scope === 'REGION') {
                items = view
                    .list('PublicIp', { region: req.region, compartmentId })
                    .filter((p) => p.attrs.scope === 'REGION' && (!lifetime || p.attrs.lifetime === lifetime))
                    .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))
                    .map((p) => toWire(p, view));
            }
            else {
                items =
                    lifetime === 'RESERVED'
                        ? []
                        : view
                            .list('Vnic', { region: req.region })
                            .filter((v) => live(v) && v.availabilityDomain === domain)
                            .map((v) => ephemeralPublicIp(v, view))
                            .filter((p) => p !== null && p.compartmentId === compartmentId)
                            .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
            }
            return service_kit_paged(req, items);
        },
    };
}
/** `listNetworkSecurityGroupVnics`: the VNICs in an NSG (no compartment), by vnicId. */
const listNsgVnicsRoute = {
    service: 'iaas',
    method: 'GET',
    pattern: `${vnic_world_V}/networkSecurityGroups/{id}/vnics`,
    operation: 'listNetworkSecurityGroupVnics',
    handle(req, view) {
        const nsg = findOwn(view, req.params.id, 'NetworkSecurityGroup', req.region);
        if (!nsg)
            return notFound();
        const items = view
            .list('Vnic', { region: req.region })
            .filter((v) => live(v) && Array.isArray(v.attrs.nsgIds) && v.attrs.nsgIds.includes(nsg.ocid))
            .sort((a, b) => (a.ocid < b.ocid ? -1 : 1))
            .map((v) => ({ vnicId: v.ocid, resourceId: typeof v.attrs.attachedInstanceId === 'string' ? v.attrs.attachedInstanceId : null, timeAssociated: v.timeCreated }));
        return service_kit_paged(req, items);
    },
};
/**
 * `listIpv6s` (`GET /ipv6`): by subnetId or vnicId (one is required here; OCI also takes an
 * ipAddress with a subnet), the IPv6 objects of live VNICs, no compartment.
 */
const listIpv6sRoute = {
    service: 'iaas',
    method: 'GET',
    pattern: `${vnic_world_V}/ipv6`,
    operation: 'listIpv6s',
    handle(req, view) {
        const subnetId = req.query.get('subnetId');
        const vnicId = req.query.get('vnicId');
        const ipAddress = req.query.get('ipAddress');
        if (!subnetId && !vnicId)
            return badRequest('one of subnetId, vnicId is required', 'MissingParameter');
        const items = [];
        for (const vnic of view.list('Vnic', { region: req.region })) {
            if (!live(vnic) || (subnetId && vnic.attrs.subnetId !== subnetId) || (vnicId && vnic.ocid !== vnicId))
                continue;
            const addresses = Array.isArray(vnic.attrs.ipv6Addresses) ? vnic.attrs.ipv6Addresses : [];
            addresses.forEach((address, i) => {
                if (typeof address !== 'string' || (ipAddress && address !== ipAddress))
                    return;
                items.push({
                    id: `${vnic.ocid.replace('.vnic.', '.ipv6.')}${i}`,
                    compartmentId: vnic.compartmentId,
                    displayName: `ipv6-${address}`,
                    ipAddress: address,
                    lifecycleState: 'AVAILABLE',
                    subnetId: String(vnic.attrs.subnetId ?? ''),
                    vnicId: vnic.ocid,
                    ipState: 'ASSIGNED',
                    lifetime: 'EPHEMERAL',
                    timeCreated: vnic.timeCreated,
                    freeformTags: {},
                    definedTags: {},
                });
            });
        }
        items.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
        return service_kit_paged(req, items);
    },
};

;// CONCATENATED MODULE: ./build/src/emulator/catalog/network.js


const network_V = '/20160918';
function vcnChild(resourceType, ocidKind, collection, noun, weight, generate, extraDeps = [], listOperation = `list${noun}s`) {
    return defineEntry({
        resourceType,
        ocidKind,
        service: 'iaas',
        basePath: `${network_V}/${collection}`,
        getOperation: `get${noun}`,
        list: { operation: listOperation, filters: ['vcnId'] },
        dependsOn: ['Vcn', ...extraDeps],
        weight,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: (base, ctx) => ({ vcnId: parentId(ctx, 'Vcn', base), ...generate(base, ctx) }),
    });
}
const vcn = defineEntry({
    resourceType: 'Vcn',
    ocidKind: 'vcn',
    service: 'iaas',
    basePath: `${network_V}/vcns`,
    getOperation: 'getVcn',
    list: { operation: 'listVcns' },
    weight: 1,
    lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
    generate(base, ctx) {
        const cidr = `10.${ctx.int(0, 255)}.0.0/16`;
        return {
            cidrBlock: cidr,
            cidrBlocks: [cidr],
            dnsLabel: `vcn${ctx.int(1, 9999)}`,
            vcnDomainName: `vcn.oraclevcn.com`,
            defaultRouteTableId: ctx.ocid('routetable', base.region),
            defaultSecurityListId: ctx.ocid('securitylist', base.region),
            defaultDhcpOptionsId: ctx.ocid('dhcpoptions', base.region),
        };
    },
});
const subnet = vcnChild('Subnet', 'subnet', 'subnets', 'Subnet', 2, (base, ctx) => ({
    cidrBlock: `10.${ctx.int(0, 255)}.${ctx.int(0, 255)}.0/24`,
    routeTableId: parentId(ctx, 'RouteTable', base),
    securityListIds: [parentId(ctx, 'SecurityList', base)].filter((x) => x !== null),
    dhcpOptionsId: parentId(ctx, 'DHCPOptions', base),
    prohibitPublicIpOnVnic: ctx.rng() < 0.5,
    prohibitInternetIngress: false,
    virtualRouterIp: privateIp(ctx),
    virtualRouterMac: '00:00:17:00:00:01',
    dnsLabel: `sub${ctx.int(1, 9999)}`,
}), ['RouteTable', 'SecurityList', 'DHCPOptions']);
const rule = () => ({ protocol: '6', source: '0.0.0.0/0', isStateless: false, tcpOptions: { destinationPortRange: { min: 443, max: 443 } } });
const NETWORK_CATALOG = [
    vcn,
    vcnChild('RouteTable', 'routetable', 'routeTables', 'RouteTable', 1, (base, ctx) => {
        const gateway = parentId(ctx, 'InternetGateway', base);
        return { routeRules: gateway ? [{ destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: gateway, routeType: 'STATIC' }] : [] };
    }, ['InternetGateway']),
    vcnChild('SecurityList', 'securitylist', 'securityLists', 'SecurityList', 1, () => ({
        ingressSecurityRules: [rule()],
        egressSecurityRules: [{ protocol: 'all', destination: '0.0.0.0/0', isStateless: false }],
    })),
    vcnChild('DHCPOptions', 'dhcpoptions', 'dhcps', 'DhcpOptions', 0.5, () => ({
        options: [{ type: 'DomainNameServer', serverType: 'VcnLocalPlusInternet' }],
        domainNameType: 'VCN_DOMAIN',
    }), [], 'listDhcpOptions'),
    subnet,
    vcnChild('NetworkSecurityGroup', 'networksecuritygroup', 'networkSecurityGroups', 'NetworkSecurityGroup', 1, () => ({})),
    vcnChild('InternetGateway', 'internetgateway', 'internetGateways', 'InternetGateway', 0.5, () => ({ isEnabled: true, routeTableId: null })),
    vcnChild('NatGateway', 'natgateway', 'natGateways', 'NatGateway', 0.5, (base, ctx) => ({
        blockTraffic: false,
        natIp: publicIpAddress(ctx),
        publicIpId: ctx.ocid('publicip', base.region),
        routeTableId: null,
    })),
    vcnChild('ServiceGateway', 'servicegateway', 'serviceGateways', 'ServiceGateway', 0.5, () => ({
        blockTraffic: false,
        services: [{ serviceId: 'ocid1.service.oc1..all-services', serviceName: 'All Services In Oracle Services Network' }],
        routeTableId: null,
    })),
    vcnChild('LocalPeeringGateway', 'localpeeringgateway', 'localPeeringGateways', 'LocalPeeringGateway', 0.3, (_b, ctx) => ({
        isCrossTenancyPeering: false,
        peeringStatus: ctx.pick(['NEW', 'PEERED']),
        peerId: null,
        routeTableId: null,
    })),
    defineEntry({
        resourceType: 'Drg',
        ocidKind: 'drg',
        service: 'iaas',
        basePath: `${network_V}/drgs`,
        getOperation: 'getDrg',
        list: { operation: 'listDrgs' },
        weight: 0.3,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: (base, ctx) => ({ defaultDrgRouteTables: { vcn: ctx.ocid('drgroutetable', base.region) }, defaultExportDrgRouteDistributionId: null }),
    }),
    defineEntry({
        resourceType: 'DrgAttachment',
        ocidKind: 'drgattachment',
        service: 'iaas',
        basePath: `${network_V}/drgAttachments`,
        getOperation: 'getDrgAttachment',
        list: { operation: 'listDrgAttachments', filters: ['drgId', 'vcnId'] },
        dependsOn: ['Drg', 'Vcn'],
        weight: 0.3,
        lifecycleStates: { active: 'ATTACHED', terminated: 'DETACHED' },
        generate(base, ctx) {
            const vcnId = parentId(ctx, 'Vcn', base);
            return { drgId: parentId(ctx, 'Drg', base), vcnId, networkDetails: vcnId ? { type: 'VCN', id: vcnId } : null, isCrossTenancy: false };
        },
    }),
    defineEntry({
        resourceType: 'Cpe',
        ocidKind: 'cpe',
        service: 'iaas',
        basePath: `${network_V}/cpes`,
        getOperation: 'getCpe',
        list: { operation: 'listCpes' },
        names: { noState: true },
        weight: 0.2,
        lifecycleStates: { active: 'AVAILABLE' },
        generate: (_b, ctx) => ({ ipAddress: publicIpAddress(ctx), isPrivate: false }),
    }),
    defineEntry({
        resourceType: 'IPSecConnection',
        ocidKind: 'ipsecconnection',
        service: 'iaas',
        basePath: `${network_V}/ipsecConnections`,
        getOperation: 'getIPSecConnection',
        list: { operation: 'listIPSecConnections', filters: ['drgId', 'cpeId'] },
        dependsOn: ['Drg', 'Cpe'],
        weight: 0.2,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: (base, ctx) => ({ drgId: parentId(ctx, 'Drg', base), cpeId: parentId(ctx, 'Cpe', base), staticRoutes: ['192.168.0.0/16'], cpeLocalIdentifierType: 'IP_ADDRESS' }),
    }),
    defineEntry({
        resourceType: 'VirtualCircuit',
        ocidKind: 'virtualcircuit',
        service: 'iaas',
        basePath: `${network_V}/virtualCircuits`,
        getOperation: 'getVirtualCircuit',
        list: { operation: 'listVirtualCircuits' },
        dependsOn: ['Drg'],
        weight: 0.2,
        lifecycleStates: { active: 'PROVISIONED', terminated: 'TERMINATED' },
        generate: (base, ctx) => ({
            bandwidthShapeName: ctx.pick(['1 Gbps', '10 Gbps']),
            type: 'PRIVATE',
            serviceType: 'COLOCATED',
            gatewayId: parentId(ctx, 'Drg', base),
            bgpSessionState: 'UP',
            providerState: 'ACTIVE',
            region: base.region,
            crossConnectMappings: [],
        }),
    }),
    defineEntry({
        resourceType: 'PublicIp',
        ocidKind: 'publicip',
        service: 'iaas',
        basePath: `${network_V}/publicIps`,
        getOperation: 'getPublicIp',
        weight: 0.5,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: (_b, ctx) => ({ ipAddress: publicIpAddress(ctx), lifetime: 'RESERVED', scope: 'REGION', assignedEntityId: null, privateIpId: null }),
    }),
    defineEntry({
        resourceType: 'Vnic',
        ocidKind: 'vnic',
        service: 'iaas',
        basePath: `${network_V}/vnics`,
        getOperation: 'getVnic',
        dependsOn: ['Subnet', 'NetworkSecurityGroup'],
        weight: 0.5,
        lifecycleStates: { active: 'AVAILABLE', terminated: 'TERMINATED' },
        generate: (base, ctx) => ({
            subnetId: parentId(ctx, 'Subnet', base),
            nsgIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x) => x !== null),
            privateIp: privateIp(ctx),
            macAddress: '02:00:17:00:00:02',
            isPrimary: true,
            skipSourceDestCheck: false,
        }),
    }),
    defineEntry({
        resourceType: 'LoadBalancer',
        ocidKind: 'loadbalancer',
        service: 'iaas',
        basePath: '/20170115/loadBalancers',
        getOperation: 'getLoadBalancer',
        list: { operation: 'listLoadBalancers' },
        dependsOn: ['Subnet', 'NetworkSecurityGroup'],
        weight: 0.6,
        lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
        generate: (base, ctx) => ({
            shapeName: 'flexible',
            shapeDetails: { minimumBandwidthInMbps: 10, maximumBandwidthInMbps: 100 },
            isPrivate: ctx.rng() < 0.3,
            subnetIds: [parentId(ctx, 'Subnet', base)].filter((x) => x !== null),
            networkSecurityGroupIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x) => x !== null),
            ipAddresses: [{ ipAddress: publicIpAddress(ctx), isPublic: true }],
            listeners: { http: { name: 'http', defaultBackendSetName: 'web', port: 80, protocol: 'HTTP' } },
            backendSets: { web: { name: 'web', policy: 'ROUND_ROBIN', backends: [{ name: `${privateIp(ctx)}:80`, ipAddress: privateIp(ctx), port: 80, weight: 1, drain: false, backup: false, offline: false }], healthChecker: { protocol: 'HTTP', port: 80, urlPath: '/' } } },
            certificates: {},
            hostnames: {},
        }),
    }),
    defineEntry({
        resourceType: 'NetworkLoadBalancer',
        ocidKind: 'networkloadbalancer',
        service: 'network-load-balancer-api',
        basePath: '/20200501/networkLoadBalancers',
        getOperation: 'getNetworkLoadBalancer',
        list: { operation: 'listNetworkLoadBalancers', collection: true },
        dependsOn: ['Subnet', 'Instance'],
        weight: 0.4,
        lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
        summaryFields: ['id', 'compartmentId', 'displayName', 'lifecycleState', 'timeCreated', 'subnetId', 'isPrivate', 'ipAddresses', 'freeformTags', 'definedTags'],
        generate(base, ctx) {
            const target = parentId(ctx, 'Instance', base);
            return {
                subnetId: parentId(ctx, 'Subnet', base),
                networkSecurityGroupIds: [],
                isPrivate: true,
                isPreserveSourceDestination: false,
                ipAddresses: [{ ipAddress: privateIp(ctx), isPublic: false }],
                listeners: { tcp: { name: 'tcp', defaultBackendSetName: 'pool', port: 443, protocol: 'TCP' } },
                backendSets: {
                    pool: {
                        name: 'pool',
                        policy: 'FIVE_TUPLE',
                        healthChecker: { protocol: 'TCP', port: 443 },
                        backends: target ? [{ name: `${target}:443`, ipAddress: privateIp(ctx), targetId: target, port: 443, weight: 1, isDrain: false, isBackup: false, isOffline: false }] : [],
                    },
                },
            };
        },
    }),
];
// The VNIC world's lists (vnic-world.ts): public IPs by scope, an NSG's VNICs; and the Vnic's
// bookkeeping attrs kept off the wire.
for (const entry of NETWORK_CATALOG) {
    if (entry.resourceType === 'PublicIp')
        entry.routes.push(listPublicIpsRoute((r, v) => entry.toWire(r, v)));
    if (entry.resourceType === 'NetworkSecurityGroup')
        entry.routes.push(listNsgVnicsRoute);
    if (entry.resourceType === 'Subnet')
        entry.routes.push(listIpv6sRoute);
    if (entry.resourceType === 'Vnic') {
        // Drift changes a VNIC's NSG membership (what the lists show too), never its addresses,
        // which its primary private IP holds.
        entry.mutate = (r, ctx) => {
            const current = Array.isArray(r.attrs.nsgIds) ? r.attrs.nsgIds : [];
            const others = ctx.find('NetworkSecurityGroup', { region: r.region }).filter((n) => !current.includes(n.ocid) && !/^TERMINAT/.test(n.lifecycleState));
            if (others.length > 0)
                return { ...r.attrs, nsgIds: [ctx.pick(others).ocid] };
            return current.length > 0 ? { ...r.attrs, nsgIds: [] } : { ...r.attrs, skipSourceDestCheck: r.attrs.skipSourceDestCheck !== true };
        };
        const toWire = entry.toWire;
        entry.toWire = (r, v) => {
            const wire = toWire(r, v);
            for (const key of VNIC_HIDDEN_ATTRS)
                delete wire[key];
            const publicIp = publicIpOf(r, v);
            if (publicIp)
                wire.publicIp = publicIp;
            else
                delete wire.publicIp;
            return wire;
        };
    }
}

;// CONCATENATED MODULE: ./build/src/emulator/catalog/observability.js
// Emulated Logging saved searches (endpoint `logging`), Management Agent install keys
// (`management-agent`) and Console dashboards with their groups (`dashboard`). The install
// key's get returns the key value, as the real one does; the enricher only lists keys.

const observability_TAGS = ['freeformTags', 'definedTags'];
const savedSearch = defineEntry({
    resourceType: 'LogSavedSearch',
    ocidKind: 'logsavedsearch',
    service: 'logging',
    basePath: '/20200531/logSavedSearches',
    getOperation: 'getLogSavedSearch',
    list: { operation: 'listLogSavedSearches', collection: true },
    names: { name: 'name' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE' },
    generate: (base, ctx) => ({
        description: 'emulated saved search',
        query: `search "${base.compartmentId}" | where data.statusCode >= ${ctx.pick([400, 500])} | sort by datetime desc`,
        timeLastModified: base.timeCreated,
    }),
});
const installKey = defineEntry({
    resourceType: 'ManagementAgentInstallKey',
    ocidKind: 'managementagentinstallkey',
    service: 'management-agent',
    basePath: '/20200202/managementAgentInstallKeys',
    getOperation: 'getManagementAgentInstallKey',
    // compartmentIdInSubtree from any compartment; accessLevel takes ACCESSIBLE only.
    list: { operation: 'listManagementAgentInstallKeys', subtree: { param: 'compartmentIdInSubtree', accessLevels: ['ACCESSIBLE'] } },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'createdByPrincipalId', 'allowedKeyInstallCount', 'currentKeyInstallCount', 'lifecycleState', 'lifecycleDetails', 'timeCreated', 'timeExpires', 'compartmentId', 'isUnlimited', ...observability_TAGS],
    generate(base, ctx) {
        const unlimited = ctx.rng() < 0.3;
        return {
            key: `emulated-install-key-${base.ocid.slice(-12)}`,
            createdByPrincipalId: ctx.ocid('user', null),
            allowedKeyInstallCount: unlimited ? null : ctx.pick([10, 100, 1000]),
            currentKeyInstallCount: ctx.int(0, 10),
            timeExpires: new Date(Date.parse(base.timeCreated) + 365 * 24 * 3600 * 1000).toISOString(),
            isUnlimited: unlimited,
            timeUpdated: base.timeCreated,
        };
    },
});
const dashboardGroup = defineEntry({
    resourceType: 'ConsoleDashboardGroup',
    ocidKind: 'managementdashboardgroup',
    service: 'dashboard',
    basePath: '/20210731/dashboardGroups',
    getOperation: 'getDashboardGroup',
    list: { operation: 'listDashboardGroups', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base) => ({ description: 'emulated dashboard group', timeUpdated: base.timeCreated }),
});
const dashboard = defineEntry({
    resourceType: 'ConsoleDashboard',
    ocidKind: 'managementdashboard',
    service: 'dashboard',
    basePath: '/20210731/dashboards',
    getOperation: 'getDashboard',
    list: { operation: 'listDashboards', collection: true, noCompartment: true, required: ['dashboardGroupId'], filters: ['dashboardGroupId'] },
    dependsOn: ['ConsoleDashboardGroup'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'dashboardGroupId', 'displayName', 'description', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', ...observability_TAGS],
    generate(base, ctx) {
        const group = ctx.parent?.resourceType === 'ConsoleDashboardGroup' ? ctx.parent : parentOf(ctx, 'ConsoleDashboardGroup', base);
        return {
            dashboardGroupId: group?.ocid ?? null,
            description: 'emulated dashboard',
            schemaVersion: 'V1',
            widgets: [],
            config: {},
            timeUpdated: base.timeCreated,
        };
    },
});
const OBSERVABILITY_CATALOG = [savedSearch, installKey, dashboardGroup, dashboard];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/osmh.js
// Emulated OS Management Hub (endpoint `osmh`, API 20220901): software sources, lifecycle
// environments, managed instance groups, registration profiles and scheduled jobs. Lists
// return `*Collection`s.


const osmh_SERVICE = 'osmh';
const osmh_V = '/20220901';
const osmh_TAGS = ['freeformTags', 'definedTags'];
const OS = { osFamily: 'ORACLE_LINUX_8', archType: 'X86_64', vendorName: 'ORACLE' };
/** The `SoftwareSourceDetails` other OSMH objects use to point at a software source. */
function sourceDetails(source) {
    const type = source.attrs.softwareSourceType;
    return { id: source.ocid, displayName: source.displayName, softwareSourceType: typeof type === 'string' ? type : 'VENDOR' };
}
/** Live software sources near a resource (same compartment first), at most `n`. */
function sourcesNear(ctx, base, n) {
    const live = (where) => ctx.find('OsmhSoftwareSource', where).filter((s) => s.lifecycleState === 'ACTIVE');
    const near = live({ region: base.region, compartmentId: base.compartmentId });
    const pool = near.length > 0 ? near : live({ region: base.region });
    const out = new Map();
    for (let i = 0; i < n && pool.length > 0; i++) {
        const source = ctx.pick(pool);
        out.set(source.ocid, source);
    }
    return [...out.values()];
}
const softwareSource = defineEntry({
    resourceType: 'OsmhSoftwareSource',
    ocidKind: 'osmhsoftwaresource',
    service: osmh_SERVICE,
    basePath: `${osmh_V}/softwareSources`,
    getOperation: 'getSoftwareSource',
    list: { operation: 'listSoftwareSources', collection: true },
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'repoId', 'url', 'timeCreated', 'description', 'availability', 'availabilityAtOci', 'osFamily', 'archType', 'packageCount', 'lifecycleState', 'size', 'softwareSourceType', 'vendorName', 'isMandatoryForAutonomousLinux', 'vendorSoftwareSources', 'softwareSourceSubType', ...osmh_TAGS],
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
        if (!custom)
            return { ...common, softwareSourceType: 'VENDOR', vendorName: OS.vendorName, isMandatoryForAutonomousLinux: false };
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
if (softwareSourceSummary)
    softwareSource.toSummary = (r, v) => ({ ...softwareSourceSummary(r, v), timeUpdated: r.timeCreated });
const lifecycleEnvironment = defineEntry({
    resourceType: 'OsmhLifecycleEnvironment',
    ocidKind: 'osmhlifecycleenvironment',
    service: osmh_SERVICE,
    basePath: `${osmh_V}/lifecycleEnvironments`,
    getOperation: 'getLifecycleEnvironment',
    list: { operation: 'listLifecycleEnvironments', collection: true },
    dependsOn: ['OsmhSoftwareSource'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'stages', 'lifecycleState', 'archType', 'osFamily', 'vendorName', 'location', 'timeCreated', 'timeModified', ...osmh_TAGS],
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
    service: osmh_SERVICE,
    basePath: `${osmh_V}/managedInstanceGroups`,
    getOperation: 'getManagedInstanceGroup',
    list: { operation: 'listManagedInstanceGroups', collection: true },
    dependsOn: ['OsmhSoftwareSource', 'OnsTopic', 'Instance'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'managedInstanceCount', 'location', 'timeCreated', 'timeModified', 'lifecycleState', 'osFamily', 'archType', 'vendorName', 'notificationTopicId', 'isManagedByAutonomousLinux', ...osmh_TAGS],
    generate(base, ctx) {
        // Members are compute instances of the group's compartment (a managed instance's ocid is
        // its instance's).
        const running = (where) => ctx.find('Instance', where).filter((i) => i.lifecycleState === 'RUNNING');
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
    service: osmh_SERVICE,
    basePath: `${osmh_V}/profiles`,
    getOperation: 'getProfile',
    list: { operation: 'listProfiles', collection: true },
    dependsOn: ['OsmhSoftwareSource', 'OsmhManagedInstanceGroup'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'description', 'compartmentId', 'managementStationId', 'profileType', 'registrationType', 'vendorName', 'osFamily', 'archType', 'timeCreated', 'lifecycleState', 'isDefaultProfile', 'isServiceProvidedProfile', ...osmh_TAGS],
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
    service: osmh_SERVICE,
    basePath: `${osmh_V}/scheduledJobs`,
    getOperation: 'getScheduledJob',
    list: { operation: 'listScheduledJobs', collection: true },
    dependsOn: ['OsmhManagedInstanceGroup', 'OsmhSoftwareSource'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'displayName', 'compartmentId', 'scheduleType', 'locations', 'timeCreated', 'timeUpdated', 'timeNextExecution', 'timeLastExecution', 'managedInstanceIds', 'managedInstanceGroupIds', 'managedCompartmentIds', 'lifecycleStageIds', 'dynamicSetIds', 'operations', 'lifecycleState', 'isManagedByAutonomousLinux', 'isRestricted', 'retryIntervals', ...osmh_TAGS],
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
const OSMH_CATALOG = [softwareSource, lifecycleEnvironment, group, profile, scheduledJob];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/platform-services.js

const platform_services_LIVE = { active: 'ACTIVE', terminated: 'DELETED' };
const platform_services_COMMON_SUMMARY = ['id', 'displayName', 'compartmentId', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', 'freeformTags', 'definedTags', 'systemTags'];
function platform_services_ids(...values) {
    return values.filter((v) => v !== null);
}
const governanceInstance = defineEntry({
    resourceType: 'AgcsGovernanceInstance',
    ocidKind: 'agcsgovernanceinstance',
    service: 'cp-prod.access-governance',
    basePath: '/20220518/governanceInstances',
    getOperation: 'getGovernanceInstance',
    list: { operation: 'listGovernanceInstances', collection: true },
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    summaryFields: [...platform_services_COMMON_SUMMARY, 'description', 'licenseType', 'instanceUrl'],
    generate: (base, ctx) => ({
        description: 'emulated access governance',
        licenseType: ctx.pick(['NEW_LICENSE', 'BRING_YOUR_OWN_LICENSE']),
        tenancyNamespace: ctx.namespace,
        instanceUrl: `https://ag${ctx.int(100, 999)}.accessgovernance.${base.region}.oci.oraclecloud.com`,
        timeUpdated: base.timeCreated,
    }),
});
function budgetTarget(base, ctx) {
    const compartments = ctx.find('Compartment');
    return compartments.length > 0 ? ctx.pick(compartments).ocid : base.compartmentId;
}
const budgetSpec = {
    resourceType: 'Budget',
    ocidKind: 'budget',
    service: 'usage',
    basePath: '/20190111/budgets',
    getOperation: 'getBudget',
    list: { operation: 'listBudgets' },
    weight: 0.1,
    // Budgets have no deleted state the API shows: a deleted budget is gone.
    lifecycleStates: { active: 'ACTIVE' },
    generate: (base, ctx) => {
        const byTag = ctx.rng() < 0.2;
        const target = budgetTarget(base, ctx);
        return {
            description: 'emulated budget',
            amount: ctx.pick([100, 500, 1000, 5000]),
            resetPeriod: 'MONTHLY',
            processingPeriodType: 'MONTH',
            targetType: byTag ? 'TAG' : 'COMPARTMENT',
            targets: byTag ? ['CostCenter.Project.emulated'] : [target],
            ...(byTag ? {} : { targetCompartmentId: target }),
            alertRuleCount: ctx.int(0, 3),
            version: 1,
            actualSpend: ctx.int(0, 900),
            forecastedSpend: ctx.int(0, 1200),
            timeSpendComputed: base.timeCreated,
            timeUpdated: base.timeCreated,
        };
    },
};
const budget = defineEntry(budgetSpec);
budget.rootOnly = true;
// ListBudgets returns only COMPARTMENT-targeted budgets unless asked for targetType ALL or TAG.
const budgetList = budget.routes.find((r) => r.operation === 'listBudgets');
if (budgetList) {
    budgetList.handle = (req, view) => {
        const found = listed(budgetSpec, { operation: 'listBudgets' }, req, view);
        if (!Array.isArray(found))
            return found;
        const targetType = req.query.get('targetType') ?? 'COMPARTMENT';
        return service_kit_paged(req, found.filter((r) => targetType === 'ALL' || r.attrs.targetType === targetType).map((r) => budget.toWire(r, view)));
    };
}
const integrationInstance = defineEntry({
    resourceType: 'IntegrationInstance',
    ocidKind: 'integrationinstance',
    service: 'integration',
    basePath: '/20190131/integrationInstances',
    getOperation: 'getIntegrationInstance',
    list: { operation: 'listIntegrationInstances' },
    dependsOn: ['Subnet', 'LogGroup'],
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: (base, ctx) => {
        const subnet = ctx.parent ?? parentOf(ctx, 'Subnet', base);
        return {
            integrationInstanceType: ctx.pick(['STANDARD', 'ENTERPRISE']),
            isByol: false,
            instanceUrl: `https://oic-${ctx.int(1000, 9999)}.integration.${base.region}.ocp.oraclecloud.com`,
            messagePacks: ctx.int(1, 4),
            isFileServerEnabled: false,
            isVisualBuilderEnabled: true,
            consumptionModel: 'UCM',
            shape: 'PRODUCTION',
            privateEndpointOutboundConnection: {
                outboundConnectionType: 'PRIVATE_ENDPOINT',
                subnetId: subnet?.ocid ?? null,
                nsgIds: platform_services_ids(parentId(ctx, 'NetworkSecurityGroup', base)),
                isAllOutboundTrafficPrivate: true,
            },
            isDisasterRecoveryEnabled: false,
            dataRetentionPeriod: 'MONTHS_1',
            logGroupId: parentId(ctx, 'LogGroup', base),
            timeUpdated: base.timeCreated,
        };
    },
});
const vbInstance = defineEntry({
    resourceType: 'VisualBuilderInstance',
    ocidKind: 'visualbuilderinstance',
    service: 'visualbuilder',
    basePath: '/20210601/vbInstances',
    getOperation: 'getVbInstance',
    list: { operation: 'listVbInstances', collection: true },
    dependsOn: ['Subnet'],
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    summaryFields: [...platform_services_COMMON_SUMMARY, 'stateMessage', 'instanceUrl', 'nodeCount', 'isVisualBuilderEnabled', 'customEndpoint', 'alternateCustomEndpoints', 'consumptionModel', 'networkEndpointDetails'],
    generate: (base, ctx) => ({
        instanceUrl: `https://vb-${ctx.int(1000, 9999)}.builder.${base.region}.ocp.oraclecloud.com`,
        nodeCount: 1,
        isVisualBuilderEnabled: true,
        consumptionModel: 'UCM',
        networkEndpointDetails: {
            networkEndpointType: 'PRIVATE',
            subnetId: ctx.parent?.ocid ?? parentId(ctx, 'Subnet', base),
            networkSecurityGroupIds: platform_services_ids(parentId(ctx, 'NetworkSecurityGroup', base)),
            privateEndpointIp: privateIp(ctx),
        },
        timeUpdated: base.timeCreated,
    }),
});
const odaInstance = defineEntry({
    resourceType: 'OdaInstance',
    ocidKind: 'odainstance',
    service: 'digitalassistant-api',
    basePath: '/20190506/odaInstances',
    getOperation: 'getOdaInstance',
    list: { operation: 'listOdaInstances' },
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    summaryFields: ['id', 'displayName', 'description', 'compartmentId', 'shapeName', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleSubState', 'stateMessage', 'freeformTags', 'definedTags', 'isRoleBasedAccess', 'identityDomain', 'importedPackageNames', 'attachmentTypes'],
    generate: (base, ctx) => {
        const host = `oda-${ctx.int(10000, 99999)}.data.digitalassistant.oci.oraclecloud.com`;
        return {
            description: 'emulated digital assistant',
            shapeName: ctx.pick(['DEVELOPMENT', 'PRODUCTION']),
            webAppUrl: `https://${host}/`,
            connectorUrl: `https://${host}/connectors/v2`,
            lifecycleSubState: 'ACTIVE',
            isRoleBasedAccess: true,
            identityDomain: 'Default',
            importedPackageNames: [],
            attachmentTypes: [],
            timeUpdated: base.timeCreated,
        };
    },
});
const pathAnalyzerTest = defineEntry({
    resourceType: 'PathAnalyzerTest',
    ocidKind: 'pathanalyzertest',
    service: 'vnca-api',
    basePath: '/20160918/pathAnalyzerTests',
    getOperation: 'getPathAnalyzerTest',
    list: { operation: 'listPathAnalyzerTests', collection: true },
    dependsOn: ['Instance', 'Subnet', 'Vnic'],
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: (base, ctx) => ({
        protocol: 6,
        sourceEndpoint: { type: 'COMPUTE_INSTANCE', address: privateIp(ctx), instanceId: ctx.parent?.ocid ?? parentId(ctx, 'Instance', base), vnicId: parentId(ctx, 'Vnic', base) },
        destinationEndpoint: { type: 'SUBNET', address: privateIp(ctx), subnetId: parentId(ctx, 'Subnet', base) },
        protocolParameters: { type: 'TCP', destinationPort: ctx.pick([22, 443, 1521]) },
        queryOptions: { isBiDirectionalAnalysis: false },
        timeUpdated: base.timeCreated,
    }),
});
const schedule = defineEntry({
    resourceType: 'ResourceSchedule',
    ocidKind: 'resourceschedule',
    service: 'resource-scheduler',
    basePath: '/20240430/schedules',
    getOperation: 'getSchedule',
    list: { operation: 'listSchedules', collection: true },
    dependsOn: ['Instance'],
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: (base, ctx) => ({
        description: 'emulated schedule',
        action: ctx.pick(['START_RESOURCE', 'STOP_RESOURCE']),
        recurrenceDetails: 'FREQ=DAILY;BYHOUR=19;BYMINUTE=0',
        recurrenceType: 'ICAL',
        resources: platform_services_ids(ctx.parent?.ocid ?? parentId(ctx, 'Instance', base)).map((id) => ({ id })),
        timeStarts: base.timeCreated,
        localTimeZone: 'UTC',
        timeUpdated: base.timeCreated,
        lastRunStatus: 'SUCCEEDED',
    }),
});
const platformConfiguration = defineEntry({
    resourceType: 'Famsplatformconfiguration',
    ocidKind: 'famsplatformconfiguration',
    service: 'fams',
    basePath: '/20250228/platformConfigurations',
    getOperation: 'getPlatformConfiguration',
    // compartmentIdInSubtree from any compartment (the compartment and its descendants).
    list: { operation: 'listPlatformConfigurations', collection: true, subtree: { param: 'compartmentIdInSubtree' } },
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: (base, ctx) => ({
        description: 'emulated platform configuration',
        resourceRegion: base.region,
        type: 'USER_DEFINED',
        configCategoryDetails: ctx.pick([
            { configCategory: 'ENVIRONMENT' },
            { configCategory: 'PRODUCT', versions: ['19c', '21c'], isSoftlink: false },
        ]),
        timeUpdated: base.timeCreated,
    }),
});
const connectHarness = defineEntry({
    resourceType: 'ConnectHarness',
    ocidKind: 'connectharness',
    service: 'streaming',
    basePath: '/20180418/connectharnesses',
    getOperation: 'getConnectHarness',
    list: { operation: 'listConnectHarnesses' },
    names: { name: 'name' },
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: () => ({}),
});
const streamPool = defineEntry({
    resourceType: 'StreamPool',
    ocidKind: 'streampool',
    service: 'streaming',
    basePath: '/20180418/streampools',
    getOperation: 'getStreamPool',
    list: { operation: 'listStreamPools' },
    names: { name: 'name' },
    dependsOn: ['Subnet'],
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    summaryFields: ['id', 'compartmentId', 'name', 'lifecycleState', 'timeCreated', 'isPrivate', 'freeformTags', 'definedTags'],
    generate: (base, ctx) => {
        const isPrivate = ctx.rng() < 0.5;
        return {
            kafkaSettings: { bootstrapServers: `cell-1.streaming.${base.region}.oci.oraclecloud.com:9092`, autoCreateTopicsEnable: false, logRetentionHours: 24, numPartitions: 1 },
            customEncryptionKey: { kmsKeyId: parentId(ctx, 'Key', base), keyState: 'ACTIVE' },
            isPrivate,
            endpointFqdn: `cell-1.streaming.${base.region}.oci.oraclecloud.com`,
            ...(isPrivate
                ? { privateEndpointSettings: { subnetId: ctx.parent?.ocid ?? parentId(ctx, 'Subnet', base), privateEndpointIp: privateIp(ctx), nsgIds: platform_services_ids(parentId(ctx, 'NetworkSecurityGroup', base)) } }
                : {}),
        };
    },
});
const api = defineEntry({
    resourceType: 'ApiGatewayApi',
    ocidKind: 'apigatewayapi',
    service: 'apigateway',
    basePath: '/20190501/apis',
    getOperation: 'getApi',
    list: { operation: 'listApis', collection: true },
    weight: 0.1,
    lifecycleStates: platform_services_LIVE,
    generate: (base) => ({ specificationType: 'OPENAPI', validationResults: [{ name: 'OpenAPI', result: 'OK' }], locks: [], timeUpdated: base.timeCreated }),
});
const PLATFORM_SERVICES_CATALOG = [governanceInstance, budget, integrationInstance, vbInstance, odaInstance, pathAnalyzerTest, schedule, platformConfiguration, connectHarness, streamPool, api];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/platform.js

const cluster = defineEntry({
    resourceType: 'ClustersCluster',
    ocidKind: 'cluster',
    service: 'containerengine',
    basePath: '/20180222/clusters',
    getOperation: 'getCluster',
    list: { operation: 'listClusters' },
    names: { name: 'name' },
    dependsOn: ['Vcn', 'Subnet'],
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        vcnId: parentId(ctx, 'Vcn', base),
        kubernetesVersion: ctx.pick(['v1.30.1', 'v1.31.1']),
        endpointConfig: { subnetId: parentId(ctx, 'Subnet', base), nsgIds: [], isPublicIpEnabled: false },
        options: { serviceLbSubnetIds: [], kubernetesNetworkConfig: { podsCidr: '10.244.0.0/16', servicesCidr: '10.96.0.0/16' } },
        type: ctx.pick(['BASIC_CLUSTER', 'ENHANCED_CLUSTER']),
        endpoints: { privateEndpoint: `${privateIp(ctx)}:6443` },
    }),
});
// Cluster has no top-level timeCreated: creation time lives in its `metadata`.
const clusterWire = cluster.toWire;
cluster.toWire = (r, v) => {
    const { timeCreated, ...wire } = clusterWire(r, v);
    return { ...wire, metadata: { timeCreated: timeCreated ?? r.timeCreated } };
};
const nodePool = defineEntry({
    resourceType: 'NodePool',
    ocidKind: 'nodepool',
    service: 'containerengine',
    basePath: '/20180222/nodePools',
    getOperation: 'getNodePool',
    list: { operation: 'listNodePools', filters: ['clusterId'] },
    names: { name: 'name', time: 'timeCreatedUnused' },
    dependsOn: ['ClustersCluster', 'Subnet'],
    weight: 0.8,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const parent = parentOf(ctx, 'ClustersCluster', base);
        const subnetId = parentId(ctx, 'Subnet', base);
        return {
            clusterId: parent?.ocid ?? null,
            kubernetesVersion: typeof parent?.attrs.kubernetesVersion === 'string' ? parent.attrs.kubernetesVersion : 'v1.31.1',
            nodeShape: 'VM.Standard.E4.Flex',
            nodeShapeConfig: { ocpus: 2, memoryInGBs: 32 },
            nodeConfigDetails: { size: 3, placementConfigs: subnetId ? [{ availabilityDomain: ctx.availabilityDomains(base.region)[0] ?? '', subnetId }] : [], nsgIds: [] },
            sshPublicKey: 'ssh-rsa AAAAB3NzaC1yc2E emulator',
        };
    },
});
// NodePool has no timeCreated in the model; drop the placeholder the common fields added.
// Its nodes are the pool's size in running instances of its compartment, read from the store when
// asked, so drift that removes an instance shows on the pool too.
/** Node pool ocid → its member instances, per emulated tenancy (fixed at the pool's first read). */
const POOL_MEMBERS = new WeakMap();
function poolMembers(view) {
    let members = POOL_MEMBERS.get(view);
    if (!members)
        POOL_MEMBERS.set(view, (members = new Map()));
    return members;
}
const nodePoolWire = nodePool.toWire;
nodePool.toWire = (r, v) => {
    const wire = nodePoolWire(r, v);
    delete wire.timeCreatedUnused;
    const details = r.attrs.nodeConfigDetails;
    const size = details !== null && typeof details === 'object' && !Array.isArray(details) && typeof details.size === 'number' ? details.size : 0;
    const running = v.list('Instance', { region: r.region, compartmentId: r.compartmentId }).filter((node) => node.lifecycleState === 'RUNNING');
    // Membership is fixed at the first read: an instance created later by hand never joins a pool
    // (as in OCI), while a member that is terminated or removed leaves it.
    let members = poolMembers(v).get(r.ocid);
    if (!members) {
        members = new Set(running.map((node) => node.ocid).sort().slice(0, size));
        poolMembers(v).set(r.ocid, members);
    }
    const kept = members;
    wire.nodes = running
        .filter((node) => kept.has(node.ocid))
        .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0))
        .map((node) => ({ id: node.ocid, name: node.displayName, availabilityDomain: node.availabilityDomain, lifecycleState: 'ACTIVE', nodePoolId: r.ocid }));
    return wire;
};
// NodePoolSummary, what listNodePools returns, has no nodes.
nodePool.toSummary = (r, v) => {
    const { nodes: _omitted, ...summary } = nodePool.toWire(r, v);
    return summary;
};
const applicationSpec = {
    resourceType: 'FunctionsApplication',
    ocidKind: 'fnapp',
    service: 'functions',
    basePath: '/20181201/applications',
    getOperation: 'getApplication',
    dependsOn: ['Subnet'],
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        subnetIds: [parentId(ctx, 'Subnet', base)].filter((x) => x !== null),
        networkSecurityGroupIds: [],
        shape: ctx.pick(['GENERIC_X86', 'GENERIC_ARM']),
        config: { LOG_LEVEL: 'info', DB_PASSWORD: 'emulated-secret-value' },
        timeUpdated: '2024-01-01T00:00:00.000Z',
    }),
};
const application = defineEntry(applicationSpec);
// Resource Search also spells a Functions application `App`: same model, and one get route
// object serving both types (the router takes a route shared by two entries once).
const app = defineEntry({ ...applicationSpec, resourceType: 'App', weight: 0.1 });
const getApplication = {
    service: 'functions',
    method: 'GET',
    pattern: '/20181201/applications/{id}',
    operation: 'getApplication',
    handle(req, view) {
        const found = findOwn(view, req.params.id, 'FunctionsApplication', req.region) ?? findOwn(view, req.params.id, 'App', req.region);
        return found ? { status: 200, body: application.toWire(found, view) } : notFound();
    },
};
application.routes = [getApplication];
app.routes = [getApplication];
const fn = defineEntry({
    resourceType: 'FunctionsFunction',
    ocidKind: 'fnfunc',
    service: 'functions',
    basePath: '/20181201/functions',
    getOperation: 'getFunction',
    dependsOn: ['FunctionsApplication'],
    weight: 0.8,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        applicationId: parentId(ctx, 'FunctionsApplication', base),
        image: `iad.ocir.io/${ctx.namespace}/fn/hello:0.0.${ctx.int(1, 99)}`,
        memoryInMBs: ctx.pick([128, 256, 512]),
        timeoutInSeconds: 30,
        invokeEndpoint: `https://fn.${base.region}.oci.oraclecloud.com`,
    }),
});
const gateway = defineEntry({
    resourceType: 'ApiGateway',
    ocidKind: 'apigateway',
    service: 'apigateway',
    basePath: '/20190501/gateways',
    getOperation: 'getGateway',
    dependsOn: ['Subnet'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ endpointType: ctx.pick(['PUBLIC', 'PRIVATE']), subnetId: parentId(ctx, 'Subnet', base), networkSecurityGroupIds: [], hostname: `gw${ctx.int(1, 999)}.apigateway.${base.region}.oci.customer-oci.com`, ipAddresses: [{ ipAddress: privateIp(ctx) }] }),
});
const deployment = defineEntry({
    resourceType: 'ApiDeployment',
    ocidKind: 'apideployment',
    service: 'apigateway',
    basePath: '/20190501/deployments',
    getOperation: 'getDeployment',
    dependsOn: ['ApiGateway'],
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ gatewayId: parentId(ctx, 'ApiGateway', base), pathPrefix: `/v${ctx.int(1, 3)}`, endpoint: 'https://gw.example/v1', specification: { routes: [] } }),
});
const vault = defineEntry({
    resourceType: 'Vault',
    ocidKind: 'vault',
    service: 'kms',
    basePath: '/20180608/vaults',
    getOperation: 'getVault',
    list: { operation: 'listVaults' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => {
        const unique = ctx.ocid('x', null).slice(-12);
        return {
            vaultType: 'DEFAULT',
            cryptoEndpoint: `https://${unique}-crypto.kms.${base.region}.oraclecloud.com`,
            managementEndpoint: `https://${unique}-management.kms.${base.region}.oraclecloud.com`,
            wrappingkeyId: null,
            isPrimary: true,
            isVaultReplicable: false,
        };
    },
});
const keySpec = {
    resourceType: 'Key',
    ocidKind: 'key',
    service: 'kms',
    basePath: '/{vaultId}/20180608/keys',
    getOperation: 'getKey',
    dependsOn: ['Vault'],
    weight: 0.6,
    lifecycleStates: { active: 'ENABLED', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        vaultId: parentId(ctx, 'Vault', base),
        keyShape: { algorithm: 'AES', length: 32 },
        protectionMode: ctx.pick(['HSM', 'SOFTWARE']),
        currentKeyVersion: ctx.ocid('keyversion', base.region),
        isPrimary: true,
        isAutoRotationEnabled: false,
    }),
};
const key = defineEntry(keySpec);
const keyFields = ['id', 'compartmentId', 'displayName', 'lifecycleState', 'timeCreated', 'vaultId', 'protectionMode', 'algorithm', 'freeformTags', 'definedTags'];
// Keys are served per vault, under the vault's management endpoint: `/kms/<region>/<vaultId>`.
key.routes = [
    {
        service: 'kms',
        method: 'GET',
        pattern: '/{vaultId}/20180608/keys/{id}',
        operation: 'getKey',
        handle(req, view) {
            const found = findOwn(view, req.params.id, 'Key', req.region);
            if (!found || found.attrs.vaultId !== req.params.vaultId)
                return notFound();
            return { status: 200, body: key.toWire(found, view) };
        },
    },
    {
        service: 'kms',
        method: 'GET',
        pattern: '/{vaultId}/20180608/keys',
        operation: 'listKeys',
        handle(req, view) {
            if (!findOwn(view, req.params.vaultId, 'Vault', req.region))
                return notFound();
            const found = listed(keySpec, { operation: 'listKeys' }, req, view, { vaultId: req.params.vaultId ?? '' });
            if (!Array.isArray(found))
                return found;
            return service_kit_paged(req, found.map((r) => {
                const wire = key.toWire(r, view);
                const summary = { algorithm: wire.keyShape.algorithm ?? 'AES' };
                for (const field of keyFields)
                    if (field in wire)
                        summary[field] = wire[field] ?? null;
                return summary;
            }));
        },
    },
];
/** A vault secret's entry; `Secret`, the other spelling, reuses it (security.ts). */
const VAULT_SECRET_SPEC = {
    resourceType: 'VaultSecret',
    ocidKind: 'vaultsecret',
    service: 'vaults',
    basePath: '/20180608/secrets',
    getOperation: 'getSecret',
    names: { name: 'secretName' },
    dependsOn: ['Vault', 'Key'],
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ vaultId: parentId(ctx, 'Vault', base), keyId: parentId(ctx, 'Key', base), currentVersionNumber: ctx.int(1, 5), description: 'emulated secret', isAutoGenerationEnabled: false }),
};
const secret = defineEntry(VAULT_SECRET_SPEC);
const bastion = defineEntry({
    resourceType: 'Bastion',
    ocidKind: 'bastion',
    service: 'bastion',
    basePath: '/20210331/bastions',
    getOperation: 'getBastion',
    names: { name: 'name' },
    dependsOn: ['Vcn', 'Subnet'],
    weight: 0.2,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ bastionType: 'STANDARD', targetVcnId: parentId(ctx, 'Vcn', base), targetSubnetId: parentId(ctx, 'Subnet', base), clientCidrBlockAllowList: ['0.0.0.0/0'], maxSessionTtlInSeconds: 10800, privateEndpointIpAddress: privateIp(ctx) }),
});
const logGroup = defineEntry({
    resourceType: 'LogGroup',
    ocidKind: 'loggroup',
    service: 'logging',
    basePath: '/20200531/logGroups',
    getOperation: 'getLogGroup',
    // Logging's subtree flag is `isCompartmentIdInSubtree`, accepted on any compartment.
    list: { operation: 'listLogGroups', subtree: { param: 'isCompartmentIdInSubtree' } },
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: () => ({ description: 'emulated log group', timeLastModified: '2024-01-01T00:00:00.000Z' }),
});
const logSpec = {
    resourceType: 'Log',
    ocidKind: 'log',
    service: 'logging',
    basePath: '/20200531/logGroups/{logGroupId}/logs',
    getOperation: 'getLog',
    dependsOn: ['LogGroup'],
    weight: 1.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        // Logs live in their log group's compartment; when the generator placed this one where no
        // group is, it stays in the group it was made under, as a move that search has yet to
        // catch up with would leave it.
        // A deleted group takes its logs with it: only live groups hold logs.
        const group = ctx.find('LogGroup', { region: base.region, compartmentId: base.compartmentId }).filter((g) => g.lifecycleState === 'ACTIVE');
        return {
            logGroupId: group.length > 0 ? ctx.pick(group).ocid : (ctx.parent?.ocid ?? null),
            logType: ctx.pick(['SERVICE', 'CUSTOM']),
            isEnabled: true,
            retentionDuration: 30,
            tenancyId: ctx.tenancyId,
            timeLastModified: '2024-01-01T00:00:00.000Z',
        };
    },
};
const log = defineEntry(logSpec);
log.routes = [
    {
        service: 'logging',
        method: 'GET',
        pattern: '/20200531/logGroups/{logGroupId}/logs/{id}',
        operation: 'getLog',
        handle(req, view) {
            const found = findOwn(view, req.params.id, 'Log', req.region);
            return found && found.attrs.logGroupId === req.params.logGroupId ? { status: 200, body: log.toWire(found, view) } : notFound();
        },
    },
    {
        service: 'logging',
        method: 'GET',
        pattern: '/20200531/logGroups/{logGroupId}/logs',
        operation: 'listLogs',
        handle(req, view) {
            const group = findOwn(view, req.params.logGroupId, 'LogGroup', req.region);
            if (!group)
                return notFound();
            const found = listed(logSpec, { operation: 'listLogs', noCompartment: true }, req, view, { logGroupId: group.ocid });
            if (!Array.isArray(found))
                return found;
            // LogSummary is the Log without tenancyId.
            return service_kit_paged(req, found.map((r) => {
                const { tenancyId: _omitted, ...summary } = log.toWire(r, view);
                return summary;
            }));
        },
    },
];
const topic = defineEntry({
    resourceType: 'OnsTopic',
    ocidKind: 'onstopic',
    service: 'notification',
    basePath: '/20181201/topics',
    getOperation: 'getTopic',
    list: { operation: 'listTopics' },
    names: { id: 'topicId', name: 'name' },
    weight: 0.4,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETING' },
    generate: (base, ctx) => ({ description: 'emulated topic', shortTopicId: `t${ctx.int(1000, 9999)}`, apiEndpoint: `https://cell1.notification.${base.region}.oci.oraclecloud.com`, etag: `e${ctx.int(1, 99999)}` }),
});
const subscription = defineEntry({
    resourceType: 'OnsSubscription',
    ocidKind: 'onssubscription',
    service: 'notification',
    basePath: '/20181201/subscriptions',
    getOperation: 'getSubscription',
    list: { operation: 'listSubscriptions', filters: ['topicId'] },
    names: { time: 'createdTimeIso' },
    dependsOn: ['OnsTopic'],
    weight: 0.5,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ topicId: parentId(ctx, 'OnsTopic', base), protocol: 'EMAIL', endpoint: `ops${ctx.int(1, 99)}@example.com`, etag: `e${ctx.int(1, 99999)}` }),
});
// The Subscription model has `createdTime` as epoch milliseconds and no displayName.
const subscriptionWire = subscription.toWire;
subscription.toWire = (r, v) => {
    const wire = subscriptionWire(r, v);
    delete wire.createdTimeIso;
    delete wire.displayName;
    wire.createdTime = Date.parse(r.timeCreated);
    return wire;
};
function simple(resourceType, ocidKind, service, basePath, getOperation, weight, generate, extra = {}) {
    return defineEntry({
        resourceType,
        ocidKind,
        service,
        basePath,
        getOperation,
        weight,
        ...(extra.dependsOn ? { dependsOn: extra.dependsOn } : {}),
        ...(extra.name ? { names: { name: extra.name } } : {}),
        ...(extra.list ? { list: extra.list } : {}),
        ...(extra.summaryFields ? { summaryFields: extra.summaryFields } : {}),
        lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
        generate,
    });
}
const logAnalyticsSpec = {
    resourceType: 'LogAnalyticsEntity',
    ocidKind: 'loganalyticsentity',
    service: 'loganalytics',
    basePath: '/20200601/namespaces/{namespaceName}/logAnalyticsEntities',
    getOperation: 'getLogAnalyticsEntity',
    names: { name: 'name' },
    dependsOn: ['Instance'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        entityTypeName: 'Host (Linux)',
        entityTypeInternalName: 'omc_host_linux',
        managementAgentId: ctx.ocid('managementagent', base.region),
        cloudResourceId: parentId(ctx, 'Instance', base),
        timezoneRegion: 'UTC',
        areLogsCollected: true,
        properties: {},
    }),
};
const logAnalyticsEntity = defineEntry(logAnalyticsSpec);
const laRoute = {
    service: 'loganalytics',
    method: 'GET',
    pattern: '/20200601/namespaces/{namespaceName}/logAnalyticsEntities/{id}',
    operation: 'getLogAnalyticsEntity',
    handle(req, view) {
        if (req.params.namespaceName !== view.namespace)
            return notFound();
        const found = findOwn(view, req.params.id, 'LogAnalyticsEntity', req.region);
        return found ? { status: 200, body: logAnalyticsEntity.toWire(found, view) } : notFound();
    },
};
logAnalyticsEntity.routes = [laRoute];
const PLATFORM_CATALOG = [
    cluster,
    nodePool,
    application,
    app,
    fn,
    gateway,
    deployment,
    vault,
    key,
    secret,
    bastion,
    logGroup,
    log,
    topic,
    subscription,
    simple('EventRule', 'eventrule', 'events', '/20181201/rules', 'getRule', 0.4, (base, ctx) => ({
        condition: '{"eventType":"com.oraclecloud.objectstorage.createobject"}',
        isEnabled: true,
        description: 'emulated rule',
        actions: { actions: [{ actionType: 'ONS', id: ctx.ocid('eventaction', base.region), topicId: parentId(ctx, 'OnsTopic', base), isEnabled: true, lifecycleState: 'ACTIVE' }] },
    }), { dependsOn: ['OnsTopic'] }),
    simple('Alarm', 'alarm', 'telemetry', '/20180401/alarms', 'getAlarm', 0.6, (base, ctx) => ({
        metricCompartmentId: base.compartmentId,
        namespace: 'oci_computeagent',
        query: 'CpuUtilization[1m].mean() > 90',
        severity: ctx.pick(['CRITICAL', 'WARNING']),
        destinations: [parentId(ctx, 'OnsTopic', base)].filter((x) => x !== null),
        isEnabled: true,
    }), {
        dependsOn: ['OnsTopic'],
        // listAlarms: AlarmSummary (no timeCreated); compartmentIdInSubtree only from the tenancy.
        list: { operation: 'listAlarms', subtree: { param: 'compartmentIdInSubtree', tenancyOnly: true } },
        summaryFields: ['id', 'displayName', 'compartmentId', 'metricCompartmentId', 'namespace', 'query', 'severity', 'destinations', 'isEnabled', 'freeformTags', 'definedTags', 'lifecycleState'],
    }),
    simple('ServiceConnector', 'serviceconnector', 'service-connector-hub', '/20200909/serviceConnectors', 'getServiceConnector', 0.2, (base, ctx) => ({
        source: { kind: 'logging', logSources: [{ compartmentId: base.compartmentId, logGroupId: parentId(ctx, 'LogGroup', base) }] },
        target: { kind: 'notifications', topicId: parentId(ctx, 'OnsTopic', base) },
        tasks: [],
    }), { dependsOn: ['LogGroup', 'OnsTopic'] }),
    simple('Stream', 'stream', 'streaming', '/20180418/streams', 'getStream', 0.3, (base, ctx) => ({
        partitions: ctx.pick([1, 3, 5]),
        retentionInHours: 24,
        streamPoolId: parentId(ctx, 'StreamPool', base) ?? ctx.ocid('streampool', base.region),
        messagesEndpoint: `https://cell-1.streaming.${base.region}.oci.oraclecloud.com`,
    }), { name: 'name', dependsOn: ['StreamPool'] }),
    simple('CustomerDnsZone', 'dns-zone', 'dns', '/20180115/zones', 'getZone', 0.3, (base, ctx) => ({
        zoneType: 'PRIMARY',
        scope: 'GLOBAL',
        serial: ctx.int(1, 100),
        version: String(ctx.int(1, 100)),
        self: `https://dns.${base.region}.oraclecloud.com/20180115/zones/${base.ocid}`,
        isProtected: false,
        nameservers: [{ hostname: 'ns1.p68.dns.oraclecloud.net' }],
        externalMasters: [],
        externalDownstreams: [],
        viewId: null,
    }), { name: 'name' }),
    logAnalyticsEntity,
    simple('MediaAsset', 'mediaasset', 'mediaservices', '/20211101/mediaAssets', 'getMediaAsset', 0.2, (_base, ctx) => ({
        type: ctx.pick(['VIDEO', 'AUDIO']),
        bucketName: 'media',
        namespaceName: ctx.namespace,
        objectName: `clip-${ctx.int(1, 999)}.mp4`,
        parentMediaAssetId: null,
        masterMediaAssetId: null,
    })),
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/resource-manager-stack.js

const resource_manager_stack_V = '/20180917';
/** Suffix the stack's state gives the first subnet's display name: that subnet is drifted. */
const ORM_DRIFT_SUFFIX = '-tf';
function resource(type, name, attributes, indexKey) {
    return {
        mode: 'managed',
        type,
        name,
        provider: 'provider["registry.terraform.io/oracle/oci"]',
        instances: [{ ...(indexKey === undefined ? {} : { index_key: indexKey }), schema_version: 0, attributes, sensitive_attributes: [] }],
    };
}
function stackState(base, ctx) {
    const vcn = ctx.parent;
    const resources = [];
    if (vcn) {
        resources.push(resource('oci_core_vcn', 'main', {
            id: vcn.ocid,
            compartment_id: vcn.compartmentId,
            display_name: vcn.displayName,
            cidr_block: vcn.attrs.cidrBlock ?? null,
            freeform_tags: vcn.freeformTags,
        }));
        const subnets = ctx
            .find('Subnet', { region: base.region })
            .filter((s) => s.attrs.vcnId === vcn.ocid && s.lifecycleState === 'AVAILABLE')
            .slice(0, 3);
        subnets.forEach((s, i) => {
            resources.push(resource('oci_core_subnet', 'app', { id: s.ocid, vcn_id: vcn.ocid, compartment_id: s.compartmentId, display_name: i === 0 ? `${s.displayName}${ORM_DRIFT_SUFFIX}` : s.displayName, cidr_block: s.attrs.cidrBlock ?? null }, i));
        });
    }
    resources.push(resource('oci_core_instance', 'ghost', { id: ctx.ocid('instance', base.region), compartment_id: base.compartmentId, display_name: 'deleted-by-hand', shape: 'VM.Standard.E4.Flex' }));
    resources.push(resource('oci_core_network_security_group_security_rule', 'https', { id: 'ABC123', direction: 'INGRESS', protocol: '6' }));
    resources.push(resource('oci_identity_user_group_membership', 'ops', { id: ctx.ocid('groupmembership', null), group_id: 'ocid1.group.oc1..x', user_id: 'ocid1.user.oc1..y' }));
    return { version: 4, terraform_version: '1.5.7', serial: 7, lineage: `lineage-${base.ocid.slice(-8)}`, outputs: {}, resources, check_results: null };
}
const spec = {
    resourceType: 'OrmStack',
    ocidKind: 'ormstack',
    service: 'resourcemanager',
    basePath: `${resource_manager_stack_V}/stacks`,
    getOperation: 'getStack',
    list: { operation: 'listStacks' },
    dependsOn: ['Vcn', 'Subnet'],
    weight: 0.2,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        description: 'emulated stack',
        terraformVersion: '1.5.x',
        configSource: { configSourceType: 'ZIP_UPLOAD', workingDirectory: null },
        variables: { region: base.region },
        stackDriftStatus: 'NOT_CHECKED',
        tfState: stackState(base, ctx),
    }),
};
const stack = defineEntry(spec);
const fullWire = stack.toWire;
// The state lives in attrs for the tfState route; the Stack model has no such field.
stack.toWire = (r, view) => {
    const { tfState: _state, ...wire } = fullWire(r, view);
    return wire;
};
stack.routes.push({
    service: 'resourcemanager',
    method: 'GET',
    pattern: `${resource_manager_stack_V}/stacks/{id}/tfState`,
    operation: 'getStackTfState',
    handle(req, view) {
        const found = findOwn(view, req.params.id, 'OrmStack', req.region);
        const state = found?.attrs.tfState;
        return found && state ? { status: 200, body: state } : notFound();
    },
});
const ORM_STACK_CATALOG = [stack];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/resource-manager.js


const resource_manager_SERVICE = 'resourcemanager';
const resource_manager_V = '/20180917';
const resource_manager_TAGS = ['freeformTags', 'definedTags'];
const privateEndpoint = defineEntry({
    resourceType: 'OrmPrivateEndpoint',
    ocidKind: 'ormprivateendpoint',
    service: resource_manager_SERVICE,
    basePath: `${resource_manager_V}/privateEndpoints`,
    getOperation: 'getPrivateEndpoint',
    list: { operation: 'listPrivateEndpoints', collection: true, filters: ['vcnId'] },
    dependsOn: ['Subnet'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'vcnId', 'isUsedWithConfigurationSourceProvider', 'dnsZones', 'timeCreated', 'lifecycleState', ...resource_manager_TAGS],
    generate(base, ctx) {
        const subnet = ctx.parent?.resourceType === 'Subnet' ? ctx.parent : parentOf(ctx, 'Subnet', base);
        const vcnId = typeof subnet?.attrs.vcnId === 'string' ? subnet.attrs.vcnId : parentId(ctx, 'Vcn', base);
        return {
            description: 'emulated Resource Manager private endpoint',
            vcnId,
            subnetId: subnet?.ocid ?? null,
            sourceIps: [],
            nsgIdList: firstOrChance(ctx, 'OrmPrivateEndpoint', base.region, 0.5) ? nsgOfVcn(ctx, base.region, vcnId) : [],
            isUsedWithConfigurationSourceProvider: ctx.rng() < 0.5,
            dnsZones: ['example.internal'],
        };
    },
});
const configSourceProvider = defineEntry({
    resourceType: 'OrmConfigSourceProvider',
    ocidKind: 'ormconfigsourceprovider',
    service: resource_manager_SERVICE,
    basePath: `${resource_manager_V}/configurationSourceProviders`,
    getOperation: 'getConfigurationSourceProvider',
    list: { operation: 'listConfigurationSourceProviders', collection: true },
    dependsOn: ['OrmPrivateEndpoint', 'VaultSecret'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'timeCreated', 'lifecycleState', 'privateServerConfigDetails', 'isMigrationRequired', 'configSourceProviderType', 'apiEndpoint', ...resource_manager_TAGS],
    generate(base, ctx) {
        // A self-hosted GitLab behind a private endpoint, or github.com; the token itself lives in
        // a vault secret and is never returned (the API takes it on create only).
        const selfHosted = firstOrChance(ctx, 'OrmConfigSourceProvider', base.region, 0.5);
        const endpointId = ctx.parent?.resourceType === 'OrmPrivateEndpoint' ? ctx.parent.ocid : parentId(ctx, 'OrmPrivateEndpoint', base);
        return {
            description: 'emulated configuration source provider',
            configSourceProviderType: selfHosted ? 'GITLAB_ACCESS_TOKEN' : 'GITHUB_ACCESS_TOKEN',
            apiEndpoint: selfHosted ? 'https://gitlab.example.internal/' : 'https://github.com/',
            // A self-hosted server with its own CA: the certificate the service trusts for it.
            privateServerConfigDetails: selfHosted && endpointId ? { privateEndpointId: endpointId, certificateId: ctx.ocid('certificate', base.region) } : null,
            secretId: parentId(ctx, 'VaultSecret', base),
            isMigrationRequired: false,
        };
    },
});
const resource_manager_job = defineEntry({
    resourceType: 'OrmJob',
    ocidKind: 'ormjob',
    service: resource_manager_SERVICE,
    basePath: `${resource_manager_V}/jobs`,
    getOperation: 'getJob',
    list: { operation: 'listJobs', filters: ['stackId'] },
    weight: 0.5,
    lifecycleStates: { active: 'SUCCEEDED' },
    summaryFields: ['id', 'stackId', 'compartmentId', 'displayName', 'operation', 'jobOperationDetails', 'applyJobPlanResolution', 'resolvedPlanJobId', 'timeCreated', 'timeFinished', 'lifecycleState', ...resource_manager_TAGS],
    generate(base, ctx) {
        const apply = ctx.rng() < 0.5;
        const jobOperationDetails = apply ? { operation: 'APPLY', executionPlanStrategy: 'AUTO_APPROVED' } : { operation: 'PLAN' };
        return {
            // Stacks are the IaC work's type (resource-manager-stack.ts); a job points at one when
            // the catalog has them, else at a stack ocid of its own.
            stackId: parentId(ctx, 'OrmStack', base) ?? ctx.ocid('ormstack', base.region),
            operation: apply ? 'APPLY' : 'PLAN',
            jobOperationDetails,
            ...(apply ? { applyJobPlanResolution: { isAutoApproved: true } } : {}),
            isThirdPartyProviderExperienceEnabled: false,
            isProviderUpgradeRequired: false,
            timeFinished: new Date(Date.parse(base.timeCreated) + ctx.int(30, 900) * 1000).toISOString(),
            workingDirectory: '',
            configSource: { configSourceRecordType: 'ZIP_UPLOAD' },
        };
    },
});
const template = defineEntry({
    resourceType: 'OrmTemplate',
    ocidKind: 'ormtemplate',
    service: resource_manager_SERVICE,
    basePath: `${resource_manager_V}/templates`,
    getOperation: 'getTemplate',
    list: { operation: 'listTemplates', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE' },
    summaryFields: ['id', 'compartmentId', 'displayName', 'description', 'isFreeTier', 'timeCreated', 'lifecycleState', ...resource_manager_TAGS],
    generate: (_base, ctx) => ({
        categoryId: 'private',
        description: 'emulated private template',
        longDescription: 'A private template the tenancy published for its teams.',
        isFreeTier: ctx.rng() < 0.3,
        templateConfigSource: { templateConfigSourceType: 'ZIP_UPLOAD' },
    }),
});
const RESOURCE_MANAGER_CATALOG = [privateEndpoint, configSourceProvider, resource_manager_job, template];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/security.js



const ORACLE_RECIPE = (kind, ctx) => ctx.ocid(kind, null);
const timeUpdated = (base) => base.timeCreated;
// ---- Vault secrets, second spelling ---------------------------------------------------------
// Resource Search spells a vault secret `VaultSecret` or `Secret`; both are the same object
// behind one getSecret path. The get and list routes here serve both spellings and are shared
// by the two entries (the server registers a shared route once).
const SECRET_TYPES = new Set(['VaultSecret', 'Secret']);
const vaultSecret = PLATFORM_CATALOG.find((e) => e.resourceType === 'VaultSecret');
const secretSpec = {
    ...VAULT_SECRET_SPEC,
    resourceType: 'Secret',
    weight: 0.3,
    generate: (base, ctx) => ({ ...VAULT_SECRET_SPEC.generate(base, ctx), rotationStatus: 'NOT_ENABLED' }),
};
const security_secret = summarize(defineEntry(secretSpec), ['currentVersionNumber', 'metadata', 'secretRules']);
const wireOfSecret = (r, v) => (r.resourceType === 'Secret' ? security_secret : (vaultSecret ?? security_secret)).toWire(r, v);
const secretGet = {
    service: 'vaults',
    method: 'GET',
    pattern: '/20180608/secrets/{id}',
    operation: 'getSecret',
    handle(req, view) {
        const found = req.params.id ? view.get(req.params.id) : undefined;
        if (!found || !SECRET_TYPES.has(found.resourceType) || found.region !== req.region)
            return notFound();
        return { status: 200, body: wireOfSecret(found, view) };
    },
};
const secretList = {
    service: 'vaults',
    method: 'GET',
    pattern: '/20180608/secrets',
    operation: 'listSecrets',
    handle(req, view) {
        const found = [];
        for (const type of SECRET_TYPES) {
            const some = listed({ ...secretSpec, resourceType: type }, { operation: 'listSecrets', filters: ['vaultId'] }, req, view);
            if (!Array.isArray(some))
                return some;
            found.push(...some);
        }
        found.sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
        return service_kit_paged(req, found.map((r) => {
            const { currentVersionNumber: _n, metadata: _m, secretRules: _r, ...summary } = wireOfSecret(r, view);
            return summary;
        }));
    },
};
security_secret.routes = [secretGet, secretList];
// Should VaultSecret's entry gain a list too, it shares this one (a second would clash).
if (vaultSecret)
    vaultSecret.routes = vaultSecret.routes.map((route) => (route.operation === 'getSecret' ? secretGet : route.operation === 'listSecrets' ? secretList : route));
// ---- Network Firewall ---------------------------------------------------------------------
const NF = '/20230501';
const firewallPolicy = summarize(defineEntry({
    resourceType: 'NetworkFirewallPolicy',
    ocidKind: 'networkfirewallpolicy',
    service: 'network-firewall',
    basePath: `${NF}/networkFirewallPolicies`,
    getOperation: 'getNetworkFirewallPolicy',
    list: { operation: 'listNetworkFirewallPolicies', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ description: 'emulated firewall policy', attachedNetworkFirewallCount: ctx.int(0, 2), timeUpdated: timeUpdated(base) }),
}), ['attachedNetworkFirewallCount']);
const firewall = defineEntry({
    resourceType: 'NetworkFirewall',
    ocidKind: 'networkfirewall',
    service: 'network-firewall',
    basePath: `${NF}/networkFirewalls`,
    getOperation: 'getNetworkFirewall',
    dependsOn: ['NetworkFirewallPolicy', 'Subnet', 'NetworkSecurityGroup'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        subnetId: parentId(ctx, 'Subnet', base),
        networkFirewallPolicyId: ctx.parent?.ocid ?? parentId(ctx, 'NetworkFirewallPolicy', base),
        networkSecurityGroupIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x) => x !== null),
        ipv4Address: privateIp(ctx),
        shape: 'Default',
        timeUpdated: timeUpdated(base),
    }),
});
// ---- WAF ----------------------------------------------------------------------------------
const WAF = '/20210930';
const wafPolicy = defineEntry({
    resourceType: 'WebAppFirewallPolicy',
    ocidKind: 'webappfirewallpolicy',
    service: 'waf',
    basePath: `${WAF}/webAppFirewallPolicies`,
    getOperation: 'getWebAppFirewallPolicy',
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base) => ({
        timeUpdated: timeUpdated(base),
        systemTags: {},
        actions: [{ name: 'defaultAction', type: 'ALLOW' }, { name: 'block403', type: 'RETURN_HTTP_RESPONSE', code: 403 }],
        requestAccessControl: { defaultActionName: 'defaultAction', rules: [] },
    }),
});
const webAppFirewall = defineEntry({
    resourceType: 'WebAppFirewall',
    ocidKind: 'webappfirewall',
    service: 'waf',
    basePath: `${WAF}/webAppFirewalls`,
    getOperation: 'getWebAppFirewall',
    list: { operation: 'listWebAppFirewalls', filters: ['webAppFirewallPolicyId'], collection: true },
    dependsOn: ['WebAppFirewallPolicy', 'LoadBalancer'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        backendType: 'LOAD_BALANCER',
        webAppFirewallPolicyId: ctx.parent?.ocid ?? parentId(ctx, 'WebAppFirewallPolicy', base),
        loadBalancerId: parentId(ctx, 'LoadBalancer', base),
        timeUpdated: timeUpdated(base),
        systemTags: {},
    }),
});
// ---- WAAS ---------------------------------------------------------------------------------
const WAAS = '/20181116';
const httpRedirect = defineEntry({
    resourceType: 'HttpRedirect',
    ocidKind: 'httpredirect',
    service: 'waas',
    basePath: `${WAAS}/httpRedirects`,
    getOperation: 'getHttpRedirect',
    list: { operation: 'listHttpRedirects' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (_base, ctx) => ({
        domain: `www${ctx.int(1, 99)}.example.com`,
        target: { protocol: 'HTTPS', host: 'example.com', port: 443, path: '/{path}', query: '{query}' },
        responseCode: ctx.pick([301, 302]),
    }),
});
const subjectName = (commonName) => ({ country: 'US', stateProvince: 'TX', locality: 'Austin', organization: 'Example Corp', organizationalUnit: 'Web', commonName });
const waasCertificate = defineEntry({
    resourceType: 'WaasCertificate',
    ocidKind: 'waascertificate',
    service: 'waas',
    basePath: `${WAAS}/certificates`,
    getOperation: 'getCertificate',
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => {
        const host = `www${ctx.int(1, 99)}.example.com`;
        const notAfter = new Date(Date.parse(base.timeCreated) + 365 * 24 * 3600 * 1000).toISOString();
        return {
            issuedBy: 'Example Issuing CA',
            subjectName: subjectName(host),
            issuerName: subjectName('Example Issuing CA'),
            serialNumber: String(ctx.int(100000, 999999)),
            version: 3,
            signatureAlgorithm: 'SHA256withRSA',
            timeNotValidBefore: base.timeCreated,
            timeNotValidAfter: notAfter,
            publicKeyInfo: { algorithm: 'RSA', exponent: 65537, keySize: 2048 },
            extensions: [],
            isTrustVerificationDisabled: false,
        };
    },
});
// ---- Security Zones and Cloud Guard (cloudguard-cp-api 20200131) ----------------------------
const CG = '/20200131';
const CLOUD_GUARD = 'cloudguard-cp-api';
function cloudGuardEntry(resourceType, ocidKind, collection, noun, weight, generate, extra = {}) {
    // Cloud Guard's subtree lists: compartmentIdInSubtree from any compartment, accessLevel RESTRICTED or ACCESSIBLE.
    const subtree = extra.subtree ? { subtree: { param: 'compartmentIdInSubtree', accessLevels: RESTRICTED_OR_ACCESSIBLE } } : {};
    return defineEntry({
        resourceType,
        ocidKind,
        service: CLOUD_GUARD,
        basePath: `${CG}/${collection}`,
        getOperation: `get${noun}`,
        ...(extra.list === false ? {} : { list: { operation: extra.listOperation ?? `list${noun}s`, collection: true, ...subtree } }),
        ...(extra.dependsOn ? { dependsOn: extra.dependsOn } : {}),
        weight,
        lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
        generate,
    });
}
const securityRecipe = cloudGuardEntry('SecurityZonesSecurityRecipe', 'securityzonessecurityrecipe', 'securityRecipes', 'SecurityRecipe', 0.3, (base, ctx) => ({
    description: 'emulated security zone recipe',
    owner: 'CUSTOMER',
    securityPolicies: [ctx.ocid('securityzonessecuritypolicy', null), ctx.ocid('securityzonessecuritypolicy', null)],
    timeUpdated: timeUpdated(base),
}));
const securityZone = summarize(cloudGuardEntry('SecurityZonesSecurityZone', 'securityzonessecurityzone', 'securityZones', 'SecurityZone', 0.3, (base, ctx) => ({
    description: 'emulated security zone',
    securityZoneRecipeId: ctx.parent?.ocid ?? parentId(ctx, 'SecurityZonesSecurityRecipe', base),
    securityZoneTargetId: parentId(ctx, 'CloudGuardTarget', base),
    inheritedByCompartments: [],
    isInheritanceAfterDeleteEnabled: false,
    timeUpdated: timeUpdated(base),
}), { dependsOn: ['SecurityZonesSecurityRecipe', 'CloudGuardTarget'] }), ['securityZoneTargetId', 'inheritedByCompartments']);
const detectorRecipe = summarize(cloudGuardEntry('CloudGuardDetectorRecipe', 'cloudguarddetectorrecipe', 'detectorRecipes', 'DetectorRecipe', 0.3, (base, ctx) => ({
    description: 'emulated detector recipe',
    sourceDetectorRecipeId: ORACLE_RECIPE('cloudguarddetectorrecipe', ctx),
    owner: 'CUSTOMER',
    detector: ctx.pick(['IAAS_CONFIGURATION_DETECTOR', 'IAAS_ACTIVITY_DETECTOR', 'IAAS_THREAT_DETECTOR']),
    detectorRecipeType: 'STANDARD',
    detectorRules: [],
    effectiveDetectorRules: [],
    sourceDataRetention: 30,
    timeUpdated: timeUpdated(base),
    targetIds: [],
}), { subtree: true }), ['effectiveDetectorRules', 'targetIds']);
const responderRecipe = summarize(cloudGuardEntry('CloudGuardResponderRecipe', 'cloudguardresponderrecipe', 'responderRecipes', 'ResponderRecipe', 0.3, (base, ctx) => ({
    description: 'emulated responder recipe',
    owner: 'CUSTOMER',
    responderRules: [],
    effectiveResponderRules: [],
    sourceResponderRecipeId: ORACLE_RECIPE('cloudguardresponderrecipe', ctx),
    timeUpdated: timeUpdated(base),
}), { subtree: true }), ['effectiveResponderRules']);
const managedList = cloudGuardEntry('CloudGuardManagedList', 'cloudguardmanagedlist', 'managedLists', 'ManagedList', 0.3, (base, ctx) => ({
    description: 'emulated managed list',
    sourceManagedListId: ctx.rng() < 0.5 ? ORACLE_RECIPE('cloudguardmanagedlist', ctx) : null,
    listType: 'CIDR_BLOCK',
    listItems: ['10.0.0.0/8', '192.168.0.0/16'],
    feedProvider: 'CUSTOMER',
    isEditable: true,
    timeUpdated: timeUpdated(base),
}), { subtree: true });
const savedQuery = cloudGuardEntry('CloudGuardSavedQuery', 'cloudguardsavedquery', 'savedQueries', 'SavedQuery', 0.3, (base) => ({ description: 'emulated saved query', query: "select * from problems where riskLevel = 'HIGH'", timeUpdated: timeUpdated(base) }), { listOperation: 'listSavedQueries', subtree: true });
const target = cloudGuardEntry('CloudGuardTarget', 'cloudguardtarget', 'targets', 'Target', 0.3, (base, ctx) => {
    const detector = parentOf(ctx, 'CloudGuardDetectorRecipe', base);
    const responder = parentOf(ctx, 'CloudGuardResponderRecipe', base);
    const detectorRecipes = detector
        ? [{ id: ctx.ocid('cloudguardtargetdetectorrecipe', base.region), displayName: detector.displayName, compartmentId: base.compartmentId, detectorRecipeId: detector.ocid, owner: 'CUSTOMER', detector: detector.attrs.detector ?? 'IAAS_CONFIGURATION_DETECTOR', detectorRules: [] }]
        : [];
    const responderRecipes = responder
        ? [{ id: ctx.ocid('cloudguardtargetresponderrecipe', base.region), responderRecipeId: responder.ocid, compartmentId: base.compartmentId, displayName: responder.displayName, description: 'attached responder recipe', owner: 'CUSTOMER', responderRules: [] }]
        : [];
    return {
        description: 'emulated Cloud Guard target',
        targetResourceType: 'COMPARTMENT',
        targetResourceId: base.compartmentId,
        recipeCount: detectorRecipes.length + responderRecipes.length,
        targetDetectorRecipes: detectorRecipes,
        targetResponderRecipes: responderRecipes,
        inheritedByCompartments: [],
        timeUpdated: timeUpdated(base),
    };
}, { dependsOn: ['CloudGuardDetectorRecipe', 'CloudGuardResponderRecipe'], list: false });
// ---- Security attributes, ZPR --------------------------------------------------------------
const securityAttributeNamespace = defineEntry({
    resourceType: 'SecurityAttributeNamespace',
    ocidKind: 'securityattributenamespace',
    service: 'security-attribute',
    basePath: '/20240815/securityAttributeNamespaces',
    getOperation: 'getSecurityAttributeNamespace',
    // compartmentIdInSubtree from any compartment; no accessLevel.
    list: { operation: 'listSecurityAttributeNamespaces', subtree: { param: 'compartmentIdInSubtree' } },
    names: { name: 'name' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: () => ({ description: 'emulated security attribute namespace', isRetired: false, mode: ['ENFORCE'] }),
});
const zprPolicy = defineEntry({
    resourceType: 'ZprPolicy',
    ocidKind: 'zprpolicy',
    service: 'zpr',
    basePath: '/20240301/zprPolicies',
    getOperation: 'getZprPolicy',
    list: { operation: 'listZprPolicies', collection: true },
    names: { name: 'name' },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base) => ({ description: 'emulated ZPR policy', statements: ['in networks:app allow app:web endpoints to connect to app:db endpoints with protocol=tcp/1521'], timeUpdated: timeUpdated(base) }),
});
// ---- Dedicated KMS: HSM clusters and partitions (kms, no version in the endpoint) -----------
const hsmCluster = defineEntry({
    resourceType: 'KmsHsmCluster',
    ocidKind: 'hsmcluster',
    service: 'kms',
    basePath: '/20180608/hsmClusters',
    getOperation: 'getHsmCluster',
    list: { operation: 'listHsmClusters', collection: true },
    weight: 0.1,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ dnsName: `hsm${ctx.int(1, 999)}.kms.${base.region}.oraclecloud.com`, timeUpdated: timeUpdated(base) }),
});
// HsmPartition has no displayName and no tags; the summary adds the cluster's id, the get
// model does not carry it.
const hsmPartitionSpec = {
    resourceType: 'KmsHsmPartition',
    ocidKind: 'hsmpartition',
    service: 'kms',
    basePath: '/20180608/hsmClusters/{hsmClusterId}/hsmPartitions',
    getOperation: 'getHsmPartition',
    names: { name: 'displayNameUnused', noTags: true },
    dependsOn: ['KmsHsmCluster'],
    // A dedicated KMS cluster has three partitions.
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        hsmClusterId: ctx.parent?.ocid ?? parentId(ctx, 'KmsHsmCluster', base),
        portInformation: [
            { portNumber: 2223, portType: 'CLIENTUTILITY' },
            { portNumber: 2224, portType: 'MANAGEMENTUTILITY' },
        ],
        timeUpdated: timeUpdated(base),
    }),
};
const hsmPartition = withoutFields(defineEntry(hsmPartitionSpec), ['displayNameUnused']);
hsmPartition.routes = [
    {
        service: 'kms',
        method: 'GET',
        pattern: '/20180608/hsmClusters/{hsmClusterId}/hsmPartitions/{id}',
        operation: 'getHsmPartition',
        handle(req, view) {
            const found = findOwn(view, req.params.id, 'KmsHsmPartition', req.region);
            if (!found || found.attrs.hsmClusterId !== req.params.hsmClusterId)
                return notFound();
            const { hsmClusterId: _omitted, ...wire } = hsmPartition.toWire(found, view);
            return { status: 200, body: wire };
        },
    },
    {
        service: 'kms',
        method: 'GET',
        pattern: '/20180608/hsmClusters/{hsmClusterId}/hsmPartitions',
        operation: 'listHsmPartitions',
        handle(req, view) {
            const cluster = findOwn(view, req.params.hsmClusterId, 'KmsHsmCluster', req.region);
            if (!cluster)
                return notFound();
            const found = listed(hsmPartitionSpec, { operation: 'listHsmPartitions', noCompartment: true }, req, view, { hsmClusterId: cluster.ocid });
            if (!Array.isArray(found))
                return found;
            return service_kit_paged(req, found.map((r) => hsmPartition.toWire(r, view)), true);
        },
    },
];
// ---- Certificates management (certificatesmanagement 20210224) -----------------------------
const CM = '/20210224';
function validity(base) {
    return { timeOfValidityNotBefore: base.timeCreated, timeOfValidityNotAfter: new Date(Date.parse(base.timeCreated) + 365 * 24 * 3600 * 1000).toISOString() };
}
const certificateAuthority = summarize(defineEntry({
    resourceType: 'CertificateAuthority',
    ocidKind: 'certificateauthority',
    service: 'certificatesmanagement',
    basePath: `${CM}/certificateAuthorities`,
    getOperation: 'getCertificateAuthority',
    list: { operation: 'listCertificateAuthorities', collection: true },
    names: { name: 'name' },
    dependsOn: ['Key'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const issuers = ctx.find('CertificateAuthority', { region: base.region }).filter((ca) => ca.lifecycleState === 'ACTIVE');
        const issuer = issuers.length > 0 && ctx.rng() < 0.5 ? ctx.pick(issuers) : undefined;
        return {
            description: 'emulated certificate authority',
            ...(issuer ? { issuerCertificateAuthorityId: issuer.ocid } : {}),
            kmsKeyId: ctx.parent?.ocid ?? parentId(ctx, 'Key', base),
            configType: issuer ? 'SUBORDINATE_CA_ISSUED_BY_INTERNAL_CA' : 'ROOT_CA_GENERATED_INTERNALLY',
            subject: { commonName: `Example ${issuer ? 'Issuing' : 'Root'} CA ${ctx.int(1, 99)}`, organization: 'Example Corp' },
            signingAlgorithm: 'SHA256_WITH_RSA',
            currentVersion: { certificateAuthorityId: base.ocid, versionNumber: 1, serialNumber: String(ctx.int(100000, 999999)), timeCreated: base.timeCreated, validity: validity(base), stages: ['CURRENT', 'LATEST'] },
        };
    },
}), ['lifecycleDetails', 'externalKeyDescription', 'certificateRevocationListDetails'], { currentVersion: 'currentVersionSummary' });
const certificate = summarize(defineEntry({
    resourceType: 'Certificate',
    ocidKind: 'certificate',
    service: 'certificatesmanagement',
    basePath: `${CM}/certificates`,
    getOperation: 'getCertificate',
    list: { operation: 'listCertificates', collection: true },
    names: { name: 'name' },
    dependsOn: ['CertificateAuthority'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const imported = ctx.rng() < 0.3;
        const issuer = imported ? undefined : (ctx.parent?.ocid ?? parentId(ctx, 'CertificateAuthority', base));
        return {
            description: 'emulated certificate',
            ...(issuer ? { issuerCertificateAuthorityId: issuer } : {}),
            configType: issuer ? 'ISSUED_BY_INTERNAL_CA' : 'IMPORTED',
            subject: { commonName: `app${ctx.int(1, 99)}.example.com` },
            keyAlgorithm: 'RSA2048',
            signatureAlgorithm: 'SHA256_WITH_RSA',
            certificateProfileType: 'TLS_SERVER_OR_CLIENT',
            currentVersion: { certificateId: base.ocid, versionNumber: 1, serialNumber: String(ctx.int(100000, 999999)), timeCreated: base.timeCreated, validity: validity(base), stages: ['CURRENT', 'LATEST'] },
        };
    },
}), ['lifecycleDetails', 'certificateRevocationListDetails'], { currentVersion: 'currentVersionSummary' });
// ---- Vulnerability Scanning (vss-cp-api 20210215) ------------------------------------------
const VSS = '/20210215';
const hostScanRecipe = defineEntry({
    resourceType: 'VssHostScanRecipe',
    ocidKind: 'vsshostscanrecipe',
    service: 'vss-cp-api',
    basePath: `${VSS}/hostScanRecipes`,
    getOperation: 'getHostScanRecipe',
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({
        portSettings: { scanLevel: ctx.pick(['LIGHT', 'STANDARD']) },
        agentSettings: { scanLevel: 'STANDARD' },
        schedule: ctx.rng() < 0.5 ? { type: 'DAILY' } : { type: 'WEEKLY', dayOfWeek: 'SUNDAY' },
        timeUpdated: timeUpdated(base),
    }),
});
const hostScanTarget = summarize(defineEntry({
    resourceType: 'VssHostScanTarget',
    ocidKind: 'vsshostscantarget',
    service: 'vss-cp-api',
    basePath: `${VSS}/hostScanTargets`,
    getOperation: 'getHostScanTarget',
    list: { operation: 'listHostScanTargets', collection: true },
    dependsOn: ['VssHostScanRecipe'],
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate(base, ctx) {
        const instances = ctx.find('Instance', { region: base.region, compartmentId: base.compartmentId }).slice(0, 2);
        return {
            description: 'emulated host scan target',
            targetCompartmentId: base.compartmentId,
            instanceIds: instances.map((i) => i.ocid),
            hostScanRecipeId: ctx.parent?.ocid ?? parentId(ctx, 'VssHostScanRecipe', base),
            timeUpdated: timeUpdated(base),
        };
    },
}), ['description']);
const SECURITY_CATALOG = [
    security_secret,
    firewallPolicy,
    firewall,
    wafPolicy,
    webAppFirewall,
    httpRedirect,
    waasCertificate,
    securityRecipe,
    detectorRecipe,
    responderRecipe,
    managedList,
    savedQuery,
    target,
    securityZone,
    securityAttributeNamespace,
    zprPolicy,
    hsmCluster,
    hsmPartition,
    certificateAuthority,
    certificate,
    hostScanRecipe,
    hostScanTarget,
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/summary-only.js
// Types the inventory keeps as search summaries only (issue 12): the emulator generates them
// so search returns them, and serves no route, so any enrichment call would show as a 404.

function searchOnly(resourceType, ocidKind, active) {
    return {
        resourceType,
        ocidKind,
        weight: 0.1,
        lifecycleStates: { active },
        generate: () => ({}),
        toWire: (resource) => commonWire(resource),
        routes: [],
    };
}
const SUMMARY_ONLY_CATALOG = [
    searchOnly('LimitsIncreaseRequest', 'limitsincreaserequest', 'SUCCEEDED'),
    searchOnly('ProcessAutomationInstance', 'opainstance', 'ACTIVE'),
    searchOnly('QueryServiceProject', 'queryserviceproject', 'ACTIVE'),
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/services.js
// Catalog entries for every non-IAM resource type the emulator serves (compute, network,
// storage, database, platform services). Owned by the enrichment work: each enricher row has
// its entry here, split by service.




















const SERVICE_CATALOG = [
    ...NETWORK_CATALOG,
    ...COMPUTE_CATALOG,
    ...DATA_CATALOG,
    ...PLATFORM_CATALOG,
    ...AI_CATALOG,
    ...ANALYTICS_CATALOG,
    ...CONTAINER_CATALOG,
    ...DATABASE_SERVICES_CATALOG,
    ...DATA_SAFE_CATALOG,
    ...DATA_SCIENCE_CATALOG,
    ...DEVOPS_CATALOG,
    ...MEDIA_CATALOG,
    ...OBSERVABILITY_CATALOG,
    ...OSMH_CATALOG,
    ...PLATFORM_SERVICES_CATALOG,
    // Stacks before their jobs: a job points at a generated stack.
    ...ORM_STACK_CATALOG,
    ...RESOURCE_MANAGER_CATALOG,
    ...SECURITY_CATALOG,
    ...SUMMARY_ONLY_CATALOG,
    ...INFRA_CATALOG,
];

;// CONCATENATED MODULE: ./build/src/emulator/catalog/index.js
// The registry of every resource type the emulator knows: IAM plus the services enrichers call.


const CATALOG = [...IDENTITY_CATALOG, ...SERVICE_CATALOG];
/** Routes that belong to no single resource type (tenancy, regions, availability domains). */
const EXTRA_ROUTES = [...IDENTITY_ROUTES];
function catalogEntry(resourceType, catalog = CATALOG) {
    return catalog.find((e) => e.resourceType === resourceType);
}

// EXTERNAL MODULE: ./build/src/emulator/faults.js
var emulator_faults = __webpack_require__(84068);
;// CONCATENATED MODULE: ./build/src/emulator/names.js
const LONG_NAME = `long-${'abcdefghij'.repeat(40)}-end`;
const NASTY_NAME_KINDS = [
    { kind: 'comma', sample: 'web, api, and db', test: (n) => n.includes(',') },
    { kind: 'double-quote', sample: 'the "prod" box', test: (n) => n.includes('"') },
    { kind: 'newline', sample: 'line one\nline two', test: (n) => n.includes('\n') },
    { kind: 'leading-equals', sample: '=HYPERLINK("http://example.com","click")', test: (n) => n.startsWith('=') },
    { kind: 'leading-plus', sample: '+1+2', test: (n) => n.startsWith('+') },
    { kind: 'leading-minus', sample: '-2+3', test: (n) => n.startsWith('-') },
    { kind: 'leading-at', sample: '@SUM(A1:A2)', test: (n) => n.startsWith('@') },
    { kind: 'emoji', sample: 'rocket 🚀 launch', test: (n) => /\p{Extended_Pictographic}/u.test(n) },
    { kind: 'cjk', sample: '東京のサーバー', test: (n) => /\p{Script=Han}/u.test(n) },
    { kind: 'very-long', sample: LONG_NAME, test: (n) => n.length > 255 },
    { kind: 'empty', sample: '', test: (n) => n === '' },
    { kind: 'null-ish', sample: 'null', test: (n) => n === 'null' },
];
const WORDS = ['alpha', 'bravo', 'core', 'edge', 'falcon', 'orion', 'atlas', 'nova', 'delta', 'ember', 'lumen', 'vega'];
const COMPARTMENT_WORDS = ['prod', 'dev', 'test', 'shared', 'network', 'security', 'apps', 'data', 'sandbox', 'finance', 'ops'];
/** Hands out names: hostile ones first (so even a tiny tenancy has each), then a sprinkle. */
class NameSource {
    rng;
    nastyShare;
    nastyIndex = 0;
    serial = 0;
    constructor(rng, nastyShare = 0.02) {
        this.rng = rng;
        this.nastyShare = nastyShare;
    }
    next(resourceType) {
        // A bucket's name is its address (`/n/{ns}/b/{name}`) and OCI allows only [A-Za-z0-9._-].
        if (resourceType === 'Bucket')
            return `bucket-${this.rng.pick(WORDS)}-${++this.serial}`;
        if (this.nastyIndex < NASTY_NAME_KINDS.length) {
            const kind = NASTY_NAME_KINDS[this.nastyIndex++];
            return kind.sample;
        }
        this.serial++;
        if (this.rng.chance(this.nastyShare)) {
            const kind = this.rng.pick(NASTY_NAME_KINDS);
            // Vary the hostile names so they are not all identical, keeping their kind.
            return kind.kind === 'empty' || kind.kind === 'null-ish' ? kind.sample : `${kind.sample} ${this.serial}`;
        }
        const slug = resourceType.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
        return `${slug}-${this.rng.pick(WORDS)}-${this.serial}`;
    }
    /** Compartment names stay within OCI's charset (they form paths); unique per call. */
    compartment() {
        this.serial++;
        return `${this.rng.pick(COMPARTMENT_WORDS)}-${this.serial}`;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/src/emulator/auth/keys.js
// API signing keys: generation, OCI's fingerprint (MD5 over the DER public key, colon hex) and
// the registry of public keys per user the emulator checks signatures against.


const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
function fingerprintOf(publicKey) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return ((0,external_node_crypto_.createHash)('md5').update(der).digest('hex').match(/../g) ?? []).join(':');
}
async function generateSigningKey() {
    const { publicKey, privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        publicKey,
        fingerprint: fingerprintOf(publicKey),
    };
}
/** Public API keys uploaded per user, looked up by the keyId `<tenancy>/<user>/<fingerprint>`. */
class ApiKeyRegistry {
    keys = new Map();
    register(userId, publicKey) {
        const fingerprint = fingerprintOf(publicKey);
        this.keys.set(`${userId}/${fingerprint}`, publicKey);
        return fingerprint;
    }
    lookup(userId, fingerprint) {
        return this.keys.get(`${userId}/${fingerprint}`);
    }
}

;// CONCATENATED MODULE: ./build/src/emulator/auth/files.js
// Writes what a client needs to authenticate against the emulator, as OCI tooling lays it out:
// an OCI CLI config file and key PEMs (mode 0600), a session token file for a session
// profile, or the environment of a v2.2 resource principal.



const PRIVATE = { mode: 0o600 };
async function writeAuthFiles(ctx, dirInput, options = {}) {
    const dir = (0,external_node_path_.resolve)(dirInput);
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const profile = options.profile ?? 'DEFAULT';
    const ttl = options.expiredToken ? -60 : (options.tokenTtlSeconds ?? 3600);
    const key = await generateSigningKey();
    const keyFile = (0,external_node_path_.join)(dir, 'oci_api_key.pem');
    await (0,promises_.writeFile)(keyFile, key.privateKeyPem, PRIVATE);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci_api_key_public.pem'), key.publicKeyPem, PRIVATE);
    const lines = [`[${profile}]`];
    let tokenFile;
    if (options.sessionToken) {
        // A session profile signs with the session key; the token vouches for it.
        const token = ctx.issuer.issue({ sub: ctx.adminUserId, tenant: ctx.tenancyId, ptype: 'user' }, key.publicKey, ttl);
        tokenFile = (0,external_node_path_.join)(dir, 'token');
        // The SDK reads the file verbatim into the keyId: no trailing newline.
        await (0,promises_.writeFile)(tokenFile, token, PRIVATE);
        lines.push(`fingerprint=${key.fingerprint}`, `key_file=${keyFile}`, `tenancy=${ctx.tenancyId}`, `region=${ctx.homeRegion}`);
        lines.push(`security_token_file=${tokenFile}`);
    }
    else {
        if (!options.wrongKey)
            ctx.registry.register(ctx.adminUserId, key.publicKey);
        lines.push(`user=${ctx.adminUserId}`, `fingerprint=${key.fingerprint}`, `key_file=${keyFile}`, `tenancy=${ctx.tenancyId}`, `region=${ctx.homeRegion}`);
    }
    const configFile = (0,external_node_path_.join)(dir, 'config');
    await (0,promises_.writeFile)(configFile, `${lines.join('\n')}\n`, PRIVATE);
    const env = { OCI_CONFIG_FILE: configFile };
    if (options.resourcePrincipal) {
        const rpKey = await generateSigningKey();
        const rpKeyFile = (0,external_node_path_.join)(dir, 'rp_private.pem');
        const rpTokenFile = (0,external_node_path_.join)(dir, 'rpst');
        const rpst = ctx.issuer.issue({
            sub: `ocid1.fnfunc.oc1.${ctx.homeRegion}.emulated`,
            tenant: ctx.tenancyId,
            ptype: 'resource',
            res_tenant: ctx.tenancyId,
            res_compartment: ctx.tenancyId,
            res_type: 'fnfunc',
        }, rpKey.publicKey, ttl);
        await (0,promises_.writeFile)(rpKeyFile, rpKey.privateKeyPem, PRIVATE);
        await (0,promises_.writeFile)(rpTokenFile, rpst, PRIVATE);
        env.OCI_RESOURCE_PRINCIPAL_VERSION = '2.2';
        env.OCI_RESOURCE_PRINCIPAL_RPST = rpTokenFile;
        env.OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM = rpKeyFile;
        env.OCI_RESOURCE_PRINCIPAL_REGION = ctx.homeRegion;
    }
    return {
        dir,
        configFile,
        profile,
        keyFile,
        fingerprint: key.fingerprint,
        userId: ctx.adminUserId,
        tenancyId: ctx.tenancyId,
        region: ctx.homeRegion,
        ...(tokenFile ? { tokenFile } : {}),
        env,
    };
}

;// CONCATENATED MODULE: ./build/src/emulator/auth/signature.js
// Verifies OCI request signatures (draft-cavage-http-signatures, rsa-sha256) the way OCI does:
// rebuilds the signing string from the headers the client listed, insists on the headers OCI
// requires, checks the body hash on requests with a body, and resolves the keyId to a key.

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
function parseAuthorization(header) {
    const match = /^Signature\s+(.*)$/is.exec(header.trim());
    if (!match)
        return undefined;
    const params = new Map();
    for (const m of (match[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g))
        params.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
    return params;
}
function headerValue(headers, name) {
    const value = headers[name];
    if (value === undefined)
        return undefined;
    return Array.isArray(value) ? value.join(', ') : value;
}
function keyKindOf(keyId) {
    return keyId.startsWith('ST$') ? 'session_token' : 'api_key';
}
function verifyRequest(request, resolveKey, nowMs = Date.now()) {
    const authorization = headerValue(request.headers, 'authorization');
    if (!authorization)
        return { ok: false, kind: 'none', reason: 'the request is not signed (no authorization header)' };
    const params = parseAuthorization(authorization);
    const keyId = params?.get('keyid');
    const signature = params?.get('signature');
    if (!params || !keyId || !signature)
        return { ok: false, kind: 'none', reason: 'the authorization header is not a valid Signature' };
    const kind = keyKindOf(keyId);
    const fail = (reason) => ({ ok: false, kind, reason });
    if (params.get('version') !== '1')
        return fail('signature version must be "1"');
    if ((params.get('algorithm') ?? '').toLowerCase() !== 'rsa-sha256')
        return fail('signature algorithm must be rsa-sha256');
    const signed = (params.get('headers') ?? 'date').toLowerCase().split(/\s+/).filter(Boolean);
    const signedSet = new Set(signed);
    const required = ['(request-target)', 'host'];
    if (BODY_METHODS.has(request.method.toUpperCase()))
        required.push('x-content-sha256', 'content-type', 'content-length');
    for (const name of required)
        if (!signedSet.has(name))
            return fail(`the signature must cover the ${name} header`);
    const dateHeader = signedSet.has('x-date') ? 'x-date' : signedSet.has('date') ? 'date' : undefined;
    if (!dateHeader)
        return fail('the signature must cover the date or x-date header');
    const date = Date.parse(headerValue(request.headers, dateHeader) ?? '');
    if (Number.isNaN(date))
        return fail(`the ${dateHeader} header is not a date`);
    if (Math.abs(nowMs - date) > MAX_CLOCK_SKEW_MS)
        return fail(`the ${dateHeader} header is more than 5 minutes off`);
    if (BODY_METHODS.has(request.method.toUpperCase())) {
        const digest = (0,external_node_crypto_.createHash)('sha256').update(request.body).digest('base64');
        if (headerValue(request.headers, 'x-content-sha256') !== digest)
            return fail('x-content-sha256 does not match the body');
        if (Number(headerValue(request.headers, 'content-length')) !== request.body.length) {
            return fail('content-length does not match the body');
        }
    }
    const lines = [];
    for (const name of signed) {
        if (name === '(request-target)') {
            lines.push(`(request-target): ${request.method.toLowerCase()} ${request.target}`);
            continue;
        }
        const value = headerValue(request.headers, name);
        if (value === undefined)
            return fail(`signed header ${name} is missing from the request`);
        lines.push(`${name}: ${value}`);
    }
    const resolved = resolveKey(keyId);
    if (!resolved.ok)
        return fail(resolved.reason);
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)('sha256', Buffer.from(lines.join('\n')), resolved.key, Buffer.from(signature, 'base64'));
    }
    catch {
        valid = false;
    }
    if (!valid)
        return fail('the signature does not verify with the key');
    return { ok: true, kind: resolved.kind, principal: resolved.principal };
}

;// CONCATENATED MODULE: ./build/src/emulator/auth/tokens.js
// Security tokens the emulator issues (session tokens and resource principal session tokens):
// JWTs signed HS256 with a per-emulator secret, carrying the session public key as a `jwk`
// claim the way OCI's tokens do, so a request signed with `ST$<token>` can be verified.

function b64url(data) {
    return Buffer.from(data).toString('base64url');
}
class TokenIssuer {
    secret;
    constructor(secret = (0,external_node_crypto_.randomBytes)(32)) {
        this.secret = secret;
    }
    issue(claims, publicKey, ttlSeconds, nowMs = Date.now()) {
        const iat = Math.floor(nowMs / 1000);
        const jwk = JSON.stringify({ ...publicKey.export({ format: 'jwk' }), kid: 'session', use: 'sig', alg: 'RS256' });
        const payload = { ...claims, jwk, iat, exp: iat + ttlSeconds };
        const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}`;
        return `${head}.${this.mac(head)}`;
    }
    verify(token, nowMs = Date.now()) {
        const parts = token.split('.');
        if (parts.length !== 3)
            return { ok: false, reason: 'security token is not a JWT' };
        const [header, payload, signature] = parts;
        const expected = Buffer.from(this.mac(`${header}.${payload}`));
        const given = Buffer.from(signature);
        if (expected.length !== given.length || !(0,external_node_crypto_.timingSafeEqual)(expected, given)) {
            return { ok: false, reason: 'security token signature is not valid' };
        }
        let claims;
        try {
            claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        }
        catch {
            return { ok: false, reason: 'security token payload is not JSON' };
        }
        if (!isClaims(claims))
            return { ok: false, reason: 'security token lacks required claims' };
        if (claims.exp <= Math.floor(nowMs / 1000))
            return { ok: false, reason: 'security token has expired' };
        try {
            const publicKey = (0,external_node_crypto_.createPublicKey)({ key: JSON.parse(claims.jwk), format: 'jwk' });
            return { ok: true, claims, publicKey };
        }
        catch {
            return { ok: false, reason: 'security token jwk is not a valid public key' };
        }
    }
    mac(data) {
        return (0,external_node_crypto_.createHmac)('sha256', this.secret).update(data).digest('base64url');
    }
}
function isClaims(value) {
    if (!value || typeof value !== 'object')
        return false;
    const c = value;
    return (typeof c.sub === 'string' &&
        typeof c.tenant === 'string' &&
        (c.ptype === 'user' || c.ptype === 'resource') &&
        typeof c.jwk === 'string' &&
        typeof c.exp === 'number');
}

;// CONCATENATED MODULE: ./build/src/emulator/prng.js
/** sfc32: small, fast, good enough statistics for test data. */
function createRng(seed) {
    let a = 0x9e3779b9 ^ seed;
    let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
    let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
    let d = 1;
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Warm up so nearby seeds diverge.
    for (let i = 0; i < 16; i++)
        next();
    const rng = next;
    rng.int = (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1));
    rng.pick = (items) => {
        if (items.length === 0)
            throw new Error('pick from an empty list');
        return items[Math.floor(next() * items.length)];
    };
    rng.chance = (probability) => next() < probability;
    rng.fork = (label) => createRng(hashSeed(`${seed}:${label}`));
    return rng;
}
function hashSeed(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 16777619);
    }
    return h >>> 0;
}

// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
;// CONCATENATED MODULE: ./build/src/emulator/sizes.js
// How big a generated tenancy is: named presets and the explicit shape behind them.


const SIZE_PRESETS = {
    tiny: { regions: 1, compartments: 4, resources: 60, iam: { users: 3, groups: 2, policies: 3 } },
    small: { regions: 2, compartments: 12, resources: 400, iam: { users: 8, groups: 4, policies: 8 } },
    medium: { regions: 3, compartments: 40, resources: 5_000, iam: { users: 30, groups: 12, policies: 25 } },
    large: { regions: 4, compartments: 150, resources: 100_000, iam: { users: 200, groups: 50, policies: 150 } },
};
const TenancySizeSchema = dist/* object */.Ikc({
    regions: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(1), dist/* maxValue */.cGV(MAX_REGIONS)),
    compartments: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(0)),
    resources: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(0)),
    iam: dist/* optional */.lqM(dist/* object */.Ikc({
        users: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(1)),
        groups: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(0)),
        policies: dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(0)),
    })),
});
/** A preset name or an explicit size, validated; throws with the offending field. */
function resolveSize(size) {
    if (size === undefined)
        return resolveSize('small');
    if (typeof size === 'string') {
        if (!(size in SIZE_PRESETS)) {
            throw new Error(`unknown tenancy size "${size}" (expected ${Object.keys(SIZE_PRESETS).join(', ')})`);
        }
        return resolveSize(SIZE_PRESETS[size]);
    }
    const parsed = dist/* safeParse */.xLC(TenancySizeSchema, size);
    if (!parsed.success) {
        const issue = parsed.issues[0];
        throw new Error(`invalid tenancy size: ${dist/* getDotPath */.BuJ(issue) ?? ''} ${issue.message}`.trim());
    }
    const s = parsed.output;
    const iam = s.iam ?? {
        users: Math.max(1, Math.round(s.resources * 0.01)),
        groups: Math.max(1, Math.round(s.resources * 0.004)),
        policies: Math.max(1, Math.round(s.resources * 0.008)),
    };
    return { regions: s.regions, compartments: s.compartments, resources: s.resources, iam };
}
/**
 * How resources spread over types and compartments.
 * - `uniform` (default, the stress case): every type by its catalog weight, compartments
 *   picked uniformly, so every type has a few resources in nearly every (region, compartment).
 * - `realistic`: heavy-tailed, as real tenancies are (parameters in REALISTIC_PROFILE,
 *   documented in docs/emulator.md).
 */
const GENERATOR_PROFILES = ['uniform', 'realistic'];
function resolveProfile(profile) {
    if (profile === undefined)
        return 'uniform';
    if (!GENERATOR_PROFILES.includes(profile)) {
        throw new Error(`unknown generator profile "${profile}" (expected ${GENERATOR_PROFILES.join(', ')})`);
    }
    return profile;
}
/** The `realistic` profile's parameters. */
const REALISTIC_PROFILE = {
    /**
     * Shares of the regional budget (resources less compartments, IAM and global types) taken
     * by the types that dominate real tenancies. A type missing from the catalog gives its
     * share to the others in proportion.
     */
    dominant: {
        PrivateIp: 0.12,
        Vnic: 0.1,
        Instance: 0.08,
        BootVolume: 0.09,
        Volume: 0.11,
        Log: 0.12,
        Bucket: 0.05,
    },
    /**
     * Every other regional type, in a seeded order weighted by its catalog weight, gets the
     * rest by a Zipf law of this exponent (rank k ∝ k^-s): a few types with thousands, most
     * with a handful, the last ones with one (every type gets at least one).
     */
    tailExponent: 2.2,
    /** No tail type gets more than this share of the regional budget (the excess goes to the dominant types). */
    tailCap: 0.02,
    /**
     * Compartments, in a seeded order, take resources by a Zipf law of this exponent: with
     * 150 compartments the first five hold about half of what is placed by compartment.
     */
    compartmentExponent: 1.1,
};

;// CONCATENATED MODULE: ./build/src/emulator/store.js
// The emulated tenancy's state: every generated resource indexed by ocid and by type, plus the
// tenancy facts routes need. Routes read it through TenancyView; drift writes to it.


class TenancyStore {
    tenancyId;
    tenancyName;
    homeRegion;
    regions;
    namespace;
    adPrefix;
    /** Bumped on every change, so cached search results know they are stale. */
    version = 0;
    byId = new Map();
    byType = new Map();
    /**
     * Per type, the resources by `r:<region>`, `c:<compartment>` and `rc:<region>|<compartment>`,
     * in creation order; built on first use and rebuilt after any change (`version`). Without it
     * every list page filtered the whole type: regions × compartments × types list calls over
     * n resources, quadratic in the tenancy (docs/benchmarks.md, "Memory").
     */
    listIndex = new Map();
    constructor(facts) {
        this.tenancyId = facts.tenancyId;
        this.tenancyName = facts.tenancyName;
        this.homeRegion = facts.homeRegion;
        this.regions = facts.regions;
        this.namespace = facts.namespace;
        this.adPrefix = facts.adPrefix;
    }
    add(resource) {
        if (this.byId.has(resource.ocid))
            throw new Error(`duplicate ocid ${resource.ocid}`);
        this.byId.set(resource.ocid, resource);
        let list = this.byType.get(resource.resourceType);
        if (!list) {
            list = [];
            this.byType.set(resource.resourceType, list);
        }
        list.push(resource);
        this.version++;
    }
    remove(ocid) {
        const resource = this.byId.get(ocid);
        if (!resource)
            return undefined;
        this.byId.delete(ocid);
        const list = this.byType.get(resource.resourceType);
        if (list) {
            const index = list.indexOf(resource);
            if (index >= 0)
                list.splice(index, 1);
        }
        this.version++;
        return resource;
    }
    /** Call after changing a resource in place. */
    touch() {
        this.version++;
    }
    availabilityDomains(region) {
        return this.regions.includes(region) ? availabilityDomainNames(region, this.adPrefix) : [];
    }
    get(ocid) {
        return this.byId.get(ocid);
    }
    list(resourceType, where) {
        const all = this.byType.get(resourceType) ?? [];
        if (!where || (where.region === undefined && where.compartmentId === undefined))
            return all.slice();
        let index = this.listIndex.get(resourceType);
        if (!index || index.version !== this.version) {
            const byKey = new Map();
            const push = (key, r) => {
                const bucket = byKey.get(key);
                if (bucket)
                    bucket.push(r);
                else
                    byKey.set(key, [r]);
            };
            for (const r of all) {
                push(`r:${r.region}`, r);
                push(`c:${r.compartmentId}`, r);
                push(`rc:${r.region}|${r.compartmentId}`, r);
            }
            index = { version: this.version, byKey };
            this.listIndex.set(resourceType, index);
        }
        const key = where.region !== undefined && where.compartmentId !== undefined
            ? `rc:${where.region}|${where.compartmentId}`
            : where.region !== undefined
                ? `r:${where.region}`
                : `c:${where.compartmentId}`;
        return index.byKey.get(key)?.slice() ?? [];
    }
    /** Every resource in creation order (a stable order for search paging). */
    all() {
        return [...this.byId.values()];
    }
    get size() {
        return this.byId.size;
    }
    types() {
        return [...this.byType.keys()];
    }
    /** The compartment tree with `root/a/b` paths, root first, as the product's CompartmentInfo. */
    compartments() {
        const flat = this.byType.get('Compartment') ?? [];
        const byId = new Map(flat.map((c) => [c.ocid, c]));
        const paths = new Map([[this.tenancyId, 'root']]);
        const pathOf = (id) => {
            const known = paths.get(id);
            if (known !== undefined)
                return known;
            const c = byId.get(id);
            // Generated trees have no cycles and no orphans; a dangling parent means a bug upstream.
            if (!c)
                throw new Error(`compartment ${id} has no known parent chain`);
            const path = `${pathOf(c.compartmentId)}/${c.displayName}`;
            paths.set(id, path);
            return path;
        };
        const out = [
            { ocid: this.tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' },
        ];
        for (const c of flat) {
            out.push({ ocid: c.ocid, name: c.displayName, parentId: c.compartmentId, path: pathOf(c.ocid), lifecycleState: c.lifecycleState });
        }
        return out;
    }
    /** Ids of the compartment and every compartment below it. */
    subtree(compartmentId) {
        return subtreeOf(compartmentId, (this.byType.get('Compartment') ?? []).map((c) => ({ id: c.ocid, parentId: c.compartmentId })));
    }
    /** True when the id is the tenancy or an existing compartment. */
    isCompartment(id) {
        return id === this.tenancyId || this.byId.get(id)?.resourceType === 'Compartment';
    }
}

;// CONCATENATED MODULE: ./build/src/emulator/generator.js






/** Generated times end here, so a seed gives the same tenancy on any day. */
const REFERENCE_TIME = Date.UTC(2025, 5, 1);
const THREE_YEARS_MS = 3 * 365 * 24 * 3600 * 1000;
const TERMINATED_SHARE = 0.03;
const MAX_COMPARTMENT_DEPTH = 5;
/** The user whose API keys the emulator registers (writeAuthFiles). */
const ADMIN_USER_NAME = 'oci-inv-admin';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const TEAMS = ['platform', 'payments', 'search', 'identity', 'analytics', 'mobile'];
const ENVS = ['prod', 'dev', 'test', 'staging'];
/** Makes single resources; generation and drift share it so both follow the same rules. */
class ResourceFactory {
    store;
    rng;
    serial = 0;
    names;
    /** Lookup groups per type: all, by region, by compartment, by both. Kept current by add(). */
    indexes = new Map();
    activeCache = new Map();
    activeCompartmentIds;
    /** Realistic profile: compartment ocid → weight; absent means uniform. */
    compartmentWeights;
    weightedCompartments;
    constructor(store, rng) {
        this.store = store;
        this.rng = rng;
        this.names = new NameSource(rng.fork('names'));
    }
    uniqueId() {
        this.serial++;
        let random = '';
        for (let i = 0; i < 20; i++)
            random += BASE32[Math.floor(this.rng() * 32)];
        return `aaaaaaaa${random}${this.serial.toString(32).padStart(6, '0')}`;
    }
    ocid(kind, region) {
        const where = region ? (regionDef(region)?.key.toLowerCase() ?? region) : '';
        return `ocid1.${kind}.oc1.${where}.${this.uniqueId()}`;
    }
    /** Adds to the store and to the lookup indexes already built (rebuilding them would be quadratic). */
    add(resource) {
        this.store.add(resource);
        const index = this.indexes.get(resource.resourceType);
        if (index)
            for (const key of indexKeys(resource))
                pushTo(index, key, resource);
        if (!isTerminatedState(resource.lifecycleState))
            this.activeCache.get(resource.resourceType)?.push(resource);
        if (resource.resourceType === 'Compartment')
            this.activeCompartmentIds = undefined;
    }
    /**
     * store.list, answered from a per-type index rebuilt only when the type changes: generate()
     * of 100k resources looks parents up by region and compartment constantly.
     */
    find(resourceType, where) {
        let index = this.indexes.get(resourceType);
        if (!index) {
            index = new Map();
            for (const r of this.store.list(resourceType))
                for (const key of indexKeys(r))
                    pushTo(index, key, r);
            this.indexes.set(resourceType, index);
        }
        const region = where?.region;
        const compartmentId = where?.compartmentId;
        const key = region !== undefined && compartmentId !== undefined
            ? `rc:${region}|${compartmentId}`
            : region !== undefined
                ? `r:${region}`
                : compartmentId !== undefined
                    ? `c:${compartmentId}`
                    : '';
        return index.get(key) ?? [];
    }
    /** Forget cached lookups (drift changes resources outside add()). */
    invalidate() {
        this.activeCache.clear();
        this.indexes.clear();
        this.activeCompartmentIds = undefined;
    }
    context(parent) {
        const rng = this.rng;
        return {
            tenancyId: this.store.tenancyId,
            homeRegion: this.store.homeRegion,
            namespace: this.store.namespace,
            rng: () => rng(),
            pick: (items) => rng.pick(items),
            int: (min, max) => rng.int(min, max),
            availabilityDomains: (region) => this.store.availabilityDomains(region),
            ocid: (kind, region) => this.ocid(kind, region),
            find: (type, where) => this.find(type, where),
            parent,
        };
    }
    /** Non-terminated resources of a type, cached like find(). */
    activeOf(resourceType) {
        let items = this.activeCache.get(resourceType);
        if (!items) {
            items = this.store.list(resourceType).filter((r) => !isTerminatedState(r.lifecycleState));
            this.activeCache.set(resourceType, items);
        }
        return items;
    }
    /**
     * The tenancy and its active compartments, cached until a compartment is added (or drift
     * invalidates): a fresh copy per placed resource made generating 1M resources quadratic.
     * Callers must not change the array.
     */
    activeCompartments() {
        this.activeCompartmentIds ??= [this.store.tenancyId, ...this.activeOf('Compartment').map((c) => c.ocid)];
        return this.activeCompartmentIds;
    }
    /** Heavy-tailed placement: compartments (root included) in a seeded order, weight rank^-exponent. */
    weightCompartments(exponent, rng) {
        const ids = this.activeCompartments();
        const order = ids.map((id) => ({ id, key: rng() })).sort((a, b) => a.key - b.key);
        this.compartmentWeights = new Map(order.map((c, i) => [c.id, (i + 1) ** -exponent]));
        this.weightedCompartments = undefined;
    }
    /** A compartment for a resource placed by compartment: uniform, or by the profile's weights. */
    pickCompartment() {
        const weights = this.compartmentWeights;
        if (!weights)
            return this.rng.pick(this.activeCompartments());
        let table = this.weightedCompartments;
        const ids = this.activeCompartments();
        if (!table || table.ids.length !== ids.length) {
            // Compartments made after weighting (drift) weigh as the lightest.
            const floor = Math.min(...weights.values());
            let sum = 0;
            const cumulative = ids.map((id) => (sum += weights.get(id) ?? floor));
            table = { ids, cumulative };
            this.weightedCompartments = table;
        }
        const target = this.rng() * (table.cumulative[table.cumulative.length - 1] ?? 0);
        let lo = 0;
        let hi = table.cumulative.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((table.cumulative[mid] ?? 0) <= target)
                lo = mid + 1;
            else
                hi = mid;
        }
        return table.ids[lo];
    }
    pickRegion() {
        const regions = this.store.regions;
        // The home region holds more than its share, as in most tenancies.
        return this.rng.chance(0.4) ? this.store.homeRegion : this.rng.pick(regions);
    }
    timeAfter(earliestMs, latestMs = REFERENCE_TIME) {
        const span = Math.max(0, latestMs - earliestMs);
        return new Date(earliestMs + Math.floor(this.rng() * span)).toISOString();
    }
    tags(timeCreated) {
        const rng = this.rng;
        const owner = `${rng.pick(TEAMS)}@example.com`;
        const freeformTags = { env: rng.pick(ENVS), team: rng.pick(TEAMS) };
        if (rng.chance(0.3))
            freeformTags.ticket = `OPS-${rng.int(100, 9999)}`;
        const definedTags = {
            'Oracle-Tags': { CreatedBy: `oracleidentitycloudservice/${owner}`, CreatedOn: timeCreated },
        };
        if (rng.chance(0.5))
            definedTags.Operations = { CostCenter: String(rng.int(1000, 9999)), Owner: owner };
        return { freeformTags, definedTags };
    }
    /** One resource of `entry`, placed by the rules of SPEC §7; not added to the store. */
    build(entry, options = {}) {
        const rng = this.rng;
        const parent = options.parent;
        let region;
        let compartmentId;
        if (entry.global)
            region = this.store.homeRegion;
        else if (parent)
            region = parent.region;
        else
            region = this.pickRegion();
        if (options.compartmentId)
            compartmentId = options.compartmentId;
        else if (entry.rootOnly)
            compartmentId = this.store.tenancyId;
        else if (parent && parent.resourceType !== 'Compartment' && rng.chance(0.8))
            compartmentId = parent.compartmentId;
        else
            compartmentId = this.pickCompartment();
        const states = entry.lifecycleStates ?? { active: 'ACTIVE' };
        const terminated = options.terminated ?? (states.terminated !== undefined && rng.chance(TERMINATED_SHARE) && !options.live);
        const earliest = parent ? Date.parse(parent.timeCreated) : REFERENCE_TIME - THREE_YEARS_MS;
        const timeCreated = options.timeCreated ?? this.timeAfter(earliest);
        const base = {
            ocid: this.ocid(entry.ocidKind, entry.global ? null : region),
            resourceType: entry.resourceType,
            compartmentId,
            region,
            displayName: options.displayName ?? this.names.next(entry.resourceType),
            lifecycleState: terminated && states.terminated ? states.terminated : states.active,
            timeCreated,
            availabilityDomain: entry.adScoped ? rng.pick(this.store.availabilityDomains(region)) : null,
            ...this.tags(timeCreated),
        };
        return { ...base, attrs: entry.generate(base, this.context(parent)) };
    }
    /** A parent for a type with dependsOn: an active resource of the first dependency, if any. */
    pickParent(entry) {
        const parentType = entry.dependsOn?.[0];
        if (!parentType)
            return undefined;
        const candidates = this.activeOf(parentType);
        return candidates.length > 0 ? this.rng.pick(candidates) : null;
    }
    compartmentName() {
        return this.names.compartment();
    }
}
function indexKeys(r) {
    return ['', `r:${r.region}`, `c:${r.compartmentId}`, `rc:${r.region}|${r.compartmentId}`];
}
function pushTo(index, key, r) {
    const group = index.get(key);
    if (group)
        group.push(r);
    else
        index.set(key, [r]);
}
function isTerminatedState(state) {
    return state === 'TERMINATED' || state === 'DELETED' || state === 'TERMINATING' || state === 'DELETING';
}
function randomLetters(rng, n) {
    let out = '';
    for (let i = 0; i < n; i++)
        out += BASE32[Math.floor(rng() * 26)];
    return out;
}
/** Catalog order, with every type after the types it depends on (unknown dependencies ignored). */
function generationOrder(catalog) {
    const byType = new Map(catalog.map((e) => [e.resourceType, e]));
    const done = new Set();
    const visiting = new Set();
    const out = [];
    const visit = (entry) => {
        if (done.has(entry.resourceType))
            return;
        if (visiting.has(entry.resourceType))
            throw new Error(`dependency cycle at ${entry.resourceType}`);
        visiting.add(entry.resourceType);
        for (const dep of entry.dependsOn ?? []) {
            const parent = byType.get(dep);
            if (parent)
                visit(parent);
        }
        visiting.delete(entry.resourceType);
        done.add(entry.resourceType);
        out.push(entry);
    };
    for (const entry of catalog)
        visit(entry);
    return out;
}
/** How many of each type: IAM from the size, the rest of the budget by weight (largest remainder). */
function planCounts(catalog, size, profile = 'uniform', rng) {
    const counts = new Map();
    const fixed = { User: size.iam.users, Group: size.iam.groups, Policy: size.iam.policies };
    let budget = size.resources - size.compartments;
    for (const entry of catalog) {
        if (entry.resourceType === 'Compartment')
            continue;
        const n = fixed[entry.resourceType];
        if (n !== undefined) {
            counts.set(entry.resourceType, n);
            budget -= n;
        }
    }
    budget = Math.max(0, budget);
    const flexible = catalog.filter((e) => e.resourceType !== 'Compartment' && fixed[e.resourceType] === undefined);
    const globalExtras = flexible.filter((e) => e.global);
    const regional = flexible.filter((e) => !e.global);
    // Tenancies have a handful of dynamic groups and tag namespaces, not thousands: grow with √budget.
    const scale = Math.sqrt(Math.max(1, budget));
    for (const entry of globalExtras) {
        const n = regional.length > 0 ? Math.max(1, Math.round((entry.weight ?? 1) * scale)) : 0;
        counts.set(entry.resourceType, n);
        budget -= n;
    }
    const shareOut = regional.length > 0 ? regional : globalExtras;
    if (profile === 'realistic' && regional.length > 0)
        distributeRealistic(regional, Math.max(0, budget), counts, rng ?? createRng(0));
    else
        distribute(shareOut, Math.max(0, budget), counts);
    // A type with dependencies needs at least one parent to hang from.
    const order = generationOrder(catalog);
    for (let i = order.length - 1; i >= 0; i--) {
        const entry = order[i];
        if ((counts.get(entry.resourceType) ?? 0) === 0)
            continue;
        for (const dep of entry.dependsOn ?? []) {
            if (dep !== 'Compartment' && (counts.get(dep) ?? 0) === 0 && catalog.some((e) => e.resourceType === dep))
                counts.set(dep, 1);
        }
    }
    return counts;
}
function distribute(entries, budget, counts) {
    if (entries.length === 0 || budget === 0)
        return;
    const total = entries.reduce((sum, e) => sum + (e.weight ?? 1), 0);
    const shares = entries.map((e) => {
        const exact = (budget * (e.weight ?? 1)) / total;
        return { entry: e, whole: Math.floor(exact), rest: exact - Math.floor(exact) };
    });
    let left = budget - shares.reduce((sum, s) => sum + s.whole, 0);
    for (const s of [...shares].sort((a, b) => b.rest - a.rest)) {
        if (left <= 0)
            break;
        s.whole++;
        left--;
    }
    // Every type at least once when the budget holds one of each: a rare type (weight 0.1)
    // would otherwise vanish from small tenancies. The largest share pays.
    if (budget >= shares.length) {
        for (const s of shares.filter((x) => x.whole === 0)) {
            const largest = shares.reduce((a, b) => (b.whole > a.whole ? b : a));
            if (largest.whole <= 1)
                break;
            largest.whole--;
            s.whole = 1;
        }
    }
    for (const s of shares)
        counts.set(s.entry.resourceType, (counts.get(s.entry.resourceType) ?? 0) + s.whole);
}
/**
 * The realistic profile's counts (REALISTIC_PROFILE): the dominant types take their shares,
 * every other type a Zipf share of the rest in a seeded order weighted by catalog weight,
 * at least one each and at most `tailCap` of the budget; what the cap leaves goes to the
 * dominant types. Types added to the catalog later are placed by the same rules.
 */
function distributeRealistic(entries, budget, counts, rng) {
    const p = REALISTIC_PROFILE;
    const dominant = entries.filter((e) => p.dominant[e.resourceType] !== undefined);
    const tail = entries.filter((e) => p.dominant[e.resourceType] === undefined);
    const dominantShare = dominant.length > 0 ? Object.values(p.dominant).reduce((a, b) => a + b, 0) : 0;
    // Weighted random order: an exponential key per type, smaller first (heavier types tend to lead).
    const order = tail
        .map((e) => ({ entry: e, key: -Math.log(1 - rng()) / Math.max(1e-6, e.weight ?? 1) }))
        .sort((a, b) => a.key - b.key || (a.entry.resourceType < b.entry.resourceType ? -1 : 1));
    const tailBudget = budget * (1 - dominantShare);
    const norm = order.reduce((sum, _o, i) => sum + (i + 1) ** -p.tailExponent, 0);
    const cap = Math.max(1, Math.floor(budget * p.tailCap));
    let spent = 0;
    order.forEach((o, i) => {
        const n = Math.min(cap, Math.max(1, Math.round((tailBudget * (i + 1) ** -p.tailExponent) / Math.max(norm, 1e-9))));
        counts.set(o.entry.resourceType, n);
        spent += n;
    });
    if (dominant.length === 0)
        return;
    const left = Math.max(0, budget - spent);
    const weights = new Map(dominant.map((e) => [e.resourceType, p.dominant[e.resourceType] ?? 0]));
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    let given = 0;
    dominant.forEach((e, i) => {
        const n = i === dominant.length - 1 ? left - given : Math.floor((left * (weights.get(e.resourceType) ?? 0)) / total);
        counts.set(e.resourceType, Math.max(1, n));
        given += n;
    });
}
function generateTenancy(options) {
    const { seed, size, catalog } = options;
    const profile = options.profile ?? 'uniform';
    const rng = createRng(seed).fork('tenancy');
    const regions = REGION_CATALOG.slice(0, size.regions).map((r) => r.name);
    const homeRegion = regions[0];
    const tenancyName = `acme-${randomLetters(rng, 6)}`;
    const store = new TenancyStore({
        tenancyId: `ocid1.tenancy.oc1..aaaaaaaa${randomLetters(rng, 26)}`,
        tenancyName,
        homeRegion,
        regions,
        namespace: randomLetters(rng, 12),
        adPrefix: `${randomLetters(rng, 1).toUpperCase()}${randomLetters(rng, 3)}`,
    });
    const factory = new ResourceFactory(store, rng);
    const compartmentEntry = catalog.find((e) => e.resourceType === 'Compartment');
    if (compartmentEntry)
        generateCompartments(factory, compartmentEntry, size.compartments, rng);
    // Forks, so the uniform profile draws exactly what it always drew.
    if (profile === 'realistic')
        factory.weightCompartments(REALISTIC_PROFILE.compartmentExponent, createRng(seed).fork('profile-compartments'));
    const counts = planCounts(catalog, size, profile, createRng(seed).fork('profile-types'));
    let adminUserId;
    for (const entry of generationOrder(catalog)) {
        if (entry.resourceType === 'Compartment')
            continue;
        const count = counts.get(entry.resourceType) ?? 0;
        for (let i = 0; i < count; i++) {
            const parent = factory.pickParent(entry);
            if (parent === null)
                break;
            const isAdmin = entry.resourceType === 'User' && adminUserId === undefined;
            // Realistic: a type of one or two may be the only parent of thousands; keep one alive.
            const keepAlive = profile === 'realistic' && i === 0;
            const resource = factory.build(entry, {
                ...(parent ? { parent } : {}),
                ...(isAdmin ? { displayName: ADMIN_USER_NAME, terminated: false } : {}),
                // A type's lone resource is live: search would not show a terminated one.
                ...(count === 1 ? { live: true } : {}),
                ...(keepAlive ? { terminated: false } : {}),
            });
            factory.add(resource);
            if (isAdmin)
                adminUserId = resource.ocid;
        }
    }
    if (!adminUserId)
        throw new Error('the catalog has no User type: the emulator needs a user to hold API keys');
    linkVnics(store);
    return { store, adminUserId };
}
function generateCompartments(factory, entry, count, rng) {
    const depthOf = new Map([[factory.store.tenancyId, 0]]);
    const parents = [factory.store.tenancyId];
    for (let i = 0; i < count; i++) {
        // A third hang off the root; the rest nest under any compartment not yet at the depth limit.
        const parentId = rng.chance(0.33) ? factory.store.tenancyId : rng.pick(parents);
        const parent = factory.store.get(parentId);
        const resource = factory.build(entry, {
            compartmentId: parentId,
            displayName: factory.compartmentName(),
            terminated: false,
            ...(parent ? { timeCreated: factory.timeAfter(Date.parse(parent.timeCreated)) } : {}),
        });
        factory.add(resource);
        const depth = (depthOf.get(parentId) ?? 0) + 1;
        depthOf.set(resource.ocid, depth);
        if (depth < MAX_COMPARTMENT_DEPTH)
            parents.push(resource.ocid);
    }
}

;// CONCATENATED MODULE: ./build/src/emulator/drift.js


/** Attribute keys that point at other resources: drift keeps them so references stay valid. */
function isReference(key, value) {
    return /Ids?$/.test(key) || (typeof value === 'string' && value.startsWith('ocid1.'));
}
function referencedOcids(resources) {
    const out = new Set();
    const walk = (value) => {
        if (typeof value === 'string') {
            if (value.startsWith('ocid1.'))
                out.add(value);
        }
        else if (Array.isArray(value))
            value.forEach(walk);
        else if (value && typeof value === 'object')
            Object.values(value).forEach(walk);
    };
    for (const r of resources) {
        out.add(r.compartmentId);
        walk(r.attrs);
    }
    return out;
}
function takeRandom(rng, pool, n) {
    const out = [];
    while (out.length < n && pool.length > 0) {
        const i = Math.floor(rng() * pool.length);
        out.push(pool[i]);
        pool[i] = pool[pool.length - 1];
        pool.pop();
    }
    return out;
}
function applyDrift(defaultFactory, catalog, options, protectedOcid) {
    const store = defaultFactory.store;
    const rng = options.seed !== undefined ? createRng(options.seed).fork('drift') : createRng(store.version).fork('drift');
    const factory = options.seed !== undefined ? new ResourceFactory(store, rng) : defaultFactory;
    const byType = new Map(catalog.map((e) => [e.resourceType, e]));
    const all = store.all();
    const scale = Math.max(1, Math.round(all.length * 0.01));
    const want = (n) => Math.max(0, n ?? scale);
    const result = { added: [], removed: [], terminated: [], renamed: [], retagged: [], attrsChanged: [] };
    // Every resource changes in at most one way, so the ground truth is unambiguous.
    const referenced = referencedOcids(all);
    const pool = all.filter((r) => r.ocid !== protectedOcid && !isTerminatedState(r.lifecycleState));
    const removable = pool.filter((r) => r.resourceType !== 'Compartment' && !referenced.has(r.ocid));
    for (const r of takeRandom(rng, removable, want(options.remove))) {
        store.remove(r.ocid);
        result.removed.push(r);
    }
    const gone = new Set(result.removed.map((r) => r.ocid));
    const remaining = () => pool.filter((r) => !gone.has(r.ocid));
    const terminable = remaining().filter((r) => r.resourceType !== 'Compartment' && byType.get(r.resourceType)?.lifecycleStates?.terminated);
    for (const r of takeRandom(rng, terminable, want(options.terminate))) {
        const after = byType.get(r.resourceType)?.lifecycleStates?.terminated;
        result.terminated.push({ ocid: r.ocid, resourceType: r.resourceType, before: r.lifecycleState, after });
        r.lifecycleState = after;
        gone.add(r.ocid);
    }
    for (const r of takeRandom(rng, remaining(), want(options.rename))) {
        const before = r.displayName;
        r.displayName = r.resourceType === 'Compartment' ? factory.compartmentName() : `${before.slice(0, 60)} (renamed)`;
        result.renamed.push({ ocid: r.ocid, resourceType: r.resourceType, before, after: r.displayName });
        gone.add(r.ocid);
    }
    for (const r of takeRandom(rng, remaining(), want(options.retag))) {
        const before = structuredClone({ freeformTags: r.freeformTags, definedTags: r.definedTags });
        r.freeformTags = { ...r.freeformTags, env: r.freeformTags.env === 'prod' ? 'dev' : 'prod', drift: `change-${rng.int(1, 9999)}` };
        r.definedTags = { ...r.definedTags, Operations: { ...(r.definedTags.Operations ?? {}), CostCenter: String(rng.int(10000, 99999)) } };
        result.retagged.push({ ocid: r.ocid, resourceType: r.resourceType, before, after: { freeformTags: r.freeformTags, definedTags: r.definedTags } });
        gone.add(r.ocid);
    }
    for (const r of takeRandom(rng, remaining(), want(options.changeAttrs))) {
        const entry = byType.get(r.resourceType);
        if (!entry)
            continue;
        const ctx = factory.context(undefined);
        const { attrs: _old, ...base } = r;
        let next;
        if (entry.mutate)
            next = entry.mutate(r, ctx);
        else {
            const regenerated = entry.generate(base, ctx);
            next = { ...regenerated };
            for (const [key, value] of Object.entries(r.attrs))
                if (isReference(key, value))
                    next[key] = value;
        }
        const keys = [...new Set([...Object.keys(r.attrs), ...Object.keys(next)])].filter((k) => JSON.stringify(r.attrs[k]) !== JSON.stringify(next[k]));
        if (keys.length === 0)
            continue;
        r.attrs = next;
        result.attrsChanged.push({ ocid: r.ocid, resourceType: r.resourceType, keys: keys.sort() });
    }
    // New resources last, so they are not picked for other changes; lookups must see the
    // removals and terminations above.
    factory.invalidate();
    const population = store.all().filter((r) => r.resourceType !== 'Compartment' && byType.has(r.resourceType));
    for (let i = 0; i < want(options.add) && population.length > 0; i++) {
        const entry = byType.get(rng.pick(population).resourceType);
        const parent = factory.pickParent(entry);
        if (parent === null)
            continue;
        const resource = factory.build(entry, { ...(parent ? { parent } : {}), terminated: false, timeCreated: new Date().toISOString() });
        factory.add(resource);
        result.added.push(resource);
    }
    store.touch();
    factory.invalidate();
    defaultFactory.invalidate();
    return result;
}

;// CONCATENATED MODULE: ./build/src/emulator/genai.js
const GENAI_INFERENCE_SERVICE = 'inference.generativeai';
const GENAI_MANAGEMENT_SERVICE = 'generativeai';
const API = '/20231130';
const DEFAULT_GENAI_MODELS = [
    { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaacohere0000000001', name: 'cohere.command-r-plus-08-2024', vendor: 'cohere', version: '1.7', capabilities: ['CHAT'] },
    { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaameta00000000000002', name: 'meta.llama-3.3-70b-instruct', vendor: 'meta', version: '1.0.0', capabilities: ['CHAT'] },
    { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaacohere0000000003', name: 'cohere.embed-english-v3.0', vendor: 'cohere', version: '3.0', capabilities: ['TEXT_EMBEDDINGS'] },
];
/** The deterministic answer to a prompt: its counts restated, the first compartment placeholder named. */
function answerFor(prompt) {
    const resources = /Resources: (\d+) in (\d+) region/.exec(prompt);
    const status = /Run status: ([A-Z]+)/.exec(prompt);
    const changes = /Changes: (\d+) added, (\d+) removed, (\d+) changed/.exec(prompt);
    const byCompartment = /Changes by compartment: compartment #(\d+)/.exec(prompt);
    const first = `The tenancy holds ${resources?.[1] ?? 'an unknown number of'} resources in ${resources?.[2] ?? 'some'} region(s); the run ended ${status?.[1] ?? 'UNKNOWN'}.`;
    if (!changes)
        return `${first}\n\nThis is the first inventory: there is no baseline to compare with yet.`;
    const where = byCompartment ? ` Most of the change is in compartment #${byCompartment[1]}.` : '';
    const removed = Number(changes[2]) > 0 ? 'Review the removed resources first: a removal is the change most likely to hurt.' : 'Nothing was removed.';
    return `${first}\n\nSince the baseline, ${changes[1]} resources were added, ${changes[2]} removed and ${changes[3]} changed.${where}\n\n${removed}`;
}
function promptOf(body) {
    if (!body || typeof body !== 'object')
        return undefined;
    const b = body;
    if (typeof b.compartmentId !== 'string' || !b.chatRequest || !b.servingMode)
        return undefined;
    const modelId = typeof b.servingMode.modelId === 'string' ? b.servingMode.modelId : typeof b.servingMode.endpointId === 'string' ? b.servingMode.endpointId : '';
    const apiFormat = String(b.chatRequest.apiFormat ?? '');
    if (apiFormat === 'COHERE')
        return typeof b.chatRequest.message === 'string' ? { modelId, apiFormat, text: b.chatRequest.message } : undefined;
    const messages = b.chatRequest.messages;
    if (apiFormat !== 'GENERIC' || !Array.isArray(messages))
        return undefined;
    const text = messages
        .flatMap((m) => (Array.isArray(m.content) ? m.content : []))
        .map((c) => (typeof c.text === 'string' ? c.text : ''))
        .join('\n');
    return { modelId, apiFormat, text };
}
const error = (status, code, message, headers) => ({
    status,
    body: { code, message },
    ...(headers ? { headers } : {}),
});
class GenAiService {
    compartments;
    models;
    requests = [];
    faults = {};
    constructor(compartments, models = DEFAULT_GENAI_MODELS) {
        this.compartments = compartments;
        this.models = models;
    }
    /** Every chat body received, as received. */
    get chatBodies() {
        return this.requests.filter((r) => r.operation === 'chat').map((r) => r.body);
    }
    serves(service) {
        return service === GENAI_INFERENCE_SERVICE || service === GENAI_MANAGEMENT_SERVICE;
    }
    async handle(service, method, path, query, rawBody) {
        if (service === GENAI_INFERENCE_SERVICE && method === 'POST' && path === `${API}/actions/chat`) {
            // Recorded on arrival: a slow answer (or a client that gave up) still shows what was sent.
            const record = { operation: 'chat', body: rawBody, status: 0 };
            this.requests.push(record);
            const answer = await this.chat(rawBody);
            record.status = answer.status;
            return { operation: 'chat', ...answer };
        }
        if (service === GENAI_MANAGEMENT_SERVICE && method === 'GET' && path === `${API}/models`) {
            const answer = this.listModels(query);
            this.requests.push({ operation: 'listModels', body: rawBody, status: answer.status });
            return { operation: 'listModels', ...answer };
        }
        return { operation: null, ...error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.') };
    }
    async chat(rawBody) {
        if (this.faults.slowMs)
            await new Promise((resolve) => setTimeout(resolve, this.faults.slowMs).unref());
        if (this.faults.throttleRetryAfterSeconds !== undefined) {
            return error(429, 'TooManyRequests', 'Too many requests for the tenancy', { 'retry-after': String(this.faults.throttleRetryAfterSeconds) });
        }
        let parsed;
        try {
            parsed = JSON.parse(rawBody);
        }
        catch {
            return error(400, 'InvalidParameter', 'The request body is not valid JSON');
        }
        const prompt = promptOf(parsed);
        if (!prompt)
            return error(400, 'InvalidParameter', 'chatDetails: compartmentId, servingMode and chatRequest (GENERIC messages or COHERE message) are required');
        const compartmentId = parsed.compartmentId;
        const model = this.models.find((m) => m.id === prompt.modelId || m.name === prompt.modelId);
        if (this.faults.modelNotFound || !model || !model.capabilities.includes('CHAT') || !this.compartments().has(compartmentId)) {
            return error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
        }
        const cohere = model.vendor === 'cohere';
        if (cohere !== (prompt.apiFormat === 'COHERE'))
            return error(400, 'InvalidParameter', `model ${model.name} takes apiFormat ${cohere ? 'COHERE' : 'GENERIC'}`);
        const text = answerFor(prompt.text);
        const chatResponse = cohere
            ? { apiFormat: 'COHERE', text, finishReason: 'COMPLETE' }
            : {
                apiFormat: 'GENERIC',
                timeCreated: '2025-06-01T00:00:00.000Z',
                choices: [{ index: 0, message: { role: 'ASSISTANT', content: [{ type: 'TEXT', text }] }, finishReason: 'stop' }],
            };
        return { status: 200, body: { modelId: model.name, modelVersion: model.version, chatResponse } };
    }
    listModels(query) {
        const compartmentId = query.get('compartmentId') ?? '';
        if (!this.compartments().has(compartmentId))
            return error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
        const capability = query.getAll('capability');
        const items = this.models
            .filter((m) => capability.length === 0 || capability.some((c) => m.capabilities.includes(c)))
            .map((m) => ({
            id: m.id,
            compartmentId,
            capabilities: m.capabilities,
            lifecycleState: 'ACTIVE',
            displayName: m.name,
            vendor: m.vendor,
            version: m.version,
            timeCreated: '2025-01-01T00:00:00.000Z',
        }));
        return { status: 200, body: { items } };
    }
}

;// CONCATENATED MODULE: ./build/src/emulator/hostile.js
const SKIP_TYPES = new Set(['Bucket', 'Compartment']);
/** Fixed samples of each kind; combined with the tenancy's own OCIDs. */
const HOSTILE_SAMPLES = {
    ipv4: '10.42.17.201',
    cidr: '172.31.240.0/20',
    ipv6: '2001:db8:acme::17',
    email: 'jane.doe@acme-payments.example',
    url: 'https://wiki.acme-payments.example/runbooks/db-failover?team=sre',
    hostname: 'db-primary-07.prod.acme-payments.example',
    name: 'AcmePaymentsLedger',
    compartment: 'acme-payments-prod',
};
function plantHostileIdentifiers(store) {
    const values = new Set(Object.values(HOSTILE_SAMPLES));
    const ocids = [];
    const targets = store
        .all()
        .filter((r) => !SKIP_TYPES.has(r.resourceType) && r.lifecycleState !== 'TERMINATED' && r.lifecycleState !== 'DELETED')
        .slice(0, 16);
    const s = HOSTILE_SAMPLES;
    targets.forEach((resource, i) => {
        const other = targets[(i + 1) % targets.length]?.ocid ?? resource.ocid;
        const names = [
            `${s.name} ${other}`,
            `web ${s.ipv4} (${s.hostname})`,
            `owner ${s.email}`,
            `see ${s.url}`,
            `net ${s.cidr} / ${s.ipv6}`,
            `${s.name}-${i}`,
        ];
        resource.displayName = names[i % names.length];
        resource.freeformTags = {
            ...resource.freeformTags,
            owner_email: s.email,
            runbook: s.url,
            [`host-${s.hostname}`]: s.ipv4,
            peer: other,
        };
        resource.attrs.description = `Serves ${s.hostname} at ${s.ipv4}, network ${s.cidr}; contact ${s.email}; docs ${s.url}; depends on ${other}`;
        values.add(resource.displayName);
        values.add(other);
        values.add(`host-${s.hostname}`);
        ocids.push(resource.ocid);
    });
    const compartment = store.all().find((r) => r.resourceType === 'Compartment');
    if (compartment) {
        compartment.displayName = s.compartment;
        if (typeof compartment.attrs.name === 'string')
            compartment.attrs.name = s.compartment;
        ocids.push(compartment.ocid);
    }
    store.touch();
    return { values: [...values], ocids };
}

;// CONCATENATED MODULE: ./build/src/emulator/secrets.js

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;
function chars(rng, alphabet, n) {
    let out = '';
    for (let i = 0; i < n; i++)
        out += alphabet[Math.floor(rng() * alphabet.length)];
    return out;
}
/** At least 40 distinct shapes; the same seed gives the same corpus. */
function secretCorpus(seed = 1) {
    const rng = createRng(seed).fork('secret-corpus');
    const samples = [];
    const add = (kind, make, needle, shaped = true) => {
        samples.push({ kind, value: make(needle), needle, shaped });
    };
    const alnum = (n) => chars(rng, ALNUM, n);
    const hex = (n) => chars(rng, HEX, n);
    const pem = (label) => {
        const body = alnum(40);
        const lines = [body, chars(rng, B64, 64), chars(rng, B64, 64), `${chars(rng, B64, 30)}==`];
        add(label, (n) => `-----BEGIN ${label}-----\n${lines.join('\n').replace(body, n)}\n-----END ${label}-----\n`, body);
    };
    pem('RSA PRIVATE KEY');
    pem('PRIVATE KEY');
    pem('EC PRIVATE KEY');
    pem('OPENSSH PRIVATE KEY');
    pem('ENCRYPTED PRIVATE KEY');
    add('JWT', (n) => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${n}In0.${chars(rng, URLSAFE, 43)}`, alnum(40));
    add('JWT (HS256)', (n) => `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi${n}.${chars(rng, URLSAFE, 43)}`, alnum(30));
    add('AWS access key id', (n) => `AKIA${n}`, chars(rng, UPPER_DIGITS, 16));
    add('AWS session key id', (n) => `ASIA${n}`, chars(rng, UPPER_DIGITS, 16));
    add('AWS secret access key', (n) => `${n}/${chars(rng, B64, 10)}+${alnum(4)}`, alnum(24));
    add('GitHub classic PAT', (n) => `ghp_${n}`, alnum(36));
    add('GitHub OAuth token', (n) => `gho_${n}`, alnum(36));
    add('GitHub app token', (n) => `ghs_${n}`, alnum(36));
    add('GitHub fine-grained PAT', (n) => `github_pat_11${alnum(20)}_${n}`, alnum(59));
    add('GitLab PAT', (n) => `glpat-${n}`, alnum(20));
    add('Slack bot token', (n) => `xoxb-${hex(6)}-${hex(6)}-${n}`, alnum(24));
    add('Slack user token', (n) => `xoxp-${hex(6)}-${hex(6)}-${n}`, alnum(32));
    add('Slack webhook', (n) => `https://hooks.slack.com/services/T${alnum(8)}/B${alnum(8)}/${n}`, alnum(24));
    add('Stripe live secret key', (n) => `sk_live_${n}`, alnum(24));
    add('Stripe restricted key', (n) => `rk_live_${n}`, alnum(24));
    add('Stripe webhook secret', (n) => `whsec_${n}`, alnum(32));
    add('Google API key', (n) => `AIza${n}${chars(rng, URLSAFE, 35 - n.length)}`, alnum(24));
    add('Google OAuth access token', (n) => `ya29.${n}`, alnum(60));
    add('OpenAI project key', (n) => `sk-proj-${n}`, alnum(48));
    add('Anthropic key', (n) => `sk-ant-api03-${n}-${alnum(8)}AA`, alnum(80));
    add('SendGrid key', (n) => `SG.${alnum(22)}.${n}`, alnum(43));
    add('npm token', (n) => `npm_${n}`, alnum(36));
    add('PyPI token', (n) => `pypi-AgEIcHlwaS5vcmc${n}`, alnum(50));
    add('Twilio API key', (n) => `SK${n}`, hex(32));
    add('Mailgun key', (n) => `key-${n}`, hex(32));
    add('Shopify access token', (n) => `shpat_${n}`, hex(32));
    add('HashiCorp Vault token', (n) => `hvs.${n}`, alnum(24));
    add('Databricks token', (n) => `dapi${n}`, hex(32));
    add('DigitalOcean token', (n) => `dop_v1_${n}`, hex(64));
    add('Hugging Face token', (n) => `hf_${n}`, alnum(34));
    add('age secret key', (n) => `AGE-SECRET-KEY-1${n}`, chars(rng, UPPER_DIGITS, 58));
    add('Azure storage connection string', (n) => `DefaultEndpointsProtocol=https;AccountName=acct${hex(4)};AccountKey=${n}==;EndpointSuffix=core.windows.net`, alnum(40));
    add('PostgreSQL URL', (n) => `postgres://app:${n}@db.internal:5432/app`, alnum(20));
    add('MongoDB SRV URL', (n) => `mongodb+srv://admin:${n}@cluster0.example.mongodb.net/prod`, alnum(20));
    add('Redis URL (password only)', (n) => `redis://:${n}@cache.internal:6379/0`, alnum(20));
    add('HTTPS basic-auth URL', (n) => `https://deploy:${n}@git.example.com/org/repo.git`, alnum(20));
    add('Bearer header', (n) => `Bearer ${n}`, alnum(40));
    add('Basic auth header', (n) => `Basic ${n}`, alnum(32));
    add('ADO.NET connection string', (n) => `Server=db;Database=app;User Id=sa;Password=${n};`, alnum(20));
    add('GCP service account JSON', (n) => `{"type":"service_account","private_key_id":"${hex(40)}","private_key":"${n}"}`, alnum(40));
    add('Datadog API key (hex)', (n) => n, hex(32));
    add('random base62 token', (n) => n, alnum(48));
    // Caught only by where it sits or the key it sits under: an OCI auth token has no shape.
    add('OCI auth token', (n) => `(${n})<;`, alnum(16), false);
    add('plain password', (n) => `Winter-${n}!`, alnum(16), false);
    return samples;
}
/** Keys the issue saw holding secrets, used as configuration variable names. */
const NAMED_KEYS = ['API_KEY', 'AWS_SECRET_ACCESS_KEY', 'DATABASE_URL', 'GITHUB_PAT', 'PRIVATE_KEY_PEM', 'ADMIN_PWD'];
function firstActive(store, type, skip = new Set()) {
    const found = store.list(type).find((r) => r.lifecycleState !== 'TERMINATED' && r.lifecycleState !== 'DELETED' && !skip.has(r.ocid));
    if (!found)
        throw new Error(`the emulated tenancy has no active ${type} to carry the secret corpus`);
    return found;
}
/**
 * Puts every sample in every place: the first active Instance's user data (a cloud-init
 * script holding all of them), its metadata and extendedMetadata under neutral keys, the first
 * Functions application's and function's configuration under neutral and named keys, and
 * the first Bucket's freeform tags under secret-looking keys and, for shaped samples, under
 * neutral keys (where only the shape gives them away).
 */
function plantSecrets(store, corpus) {
    const instance = firstActive(store, 'Instance');
    const application = firstActive(store, 'FunctionsApplication');
    const fn = firstActive(store, 'FunctionsFunction');
    const tagged = firstActive(store, 'Bucket');
    const userData = ['#cloud-config', 'write_files:', ...corpus.map((s, i) => `  - path: /etc/app/secret${i}\n    content: ${JSON.stringify(s.value)}`)].join('\n');
    const metadata = { ssh_authorized_keys: 'ssh-rsa AAAAB3NzaC1yc2E emulator', user_data: userData };
    const extended = { app: {} };
    const config = { LOG_LEVEL: 'info' };
    corpus.forEach((s, i) => {
        metadata[`setting_${i}`] = s.value;
        extended.app[`value${i}`] = s.value;
        config[i < NAMED_KEYS.length ? NAMED_KEYS[i] : `SETTING_${i}`] = s.value;
    });
    instance.attrs.metadata = metadata;
    instance.attrs.extendedMetadata = { ...extended, pwd: corpus[corpus.length - 1]?.value ?? '' };
    application.attrs.config = { ...config };
    fn.attrs.config = { ...config };
    const tags = { ...tagged.freeformTags };
    corpus.forEach((s, i) => {
        tags[`db_password_${i}`] = s.value;
        if (s.shaped)
            tags[`note${i}`] = s.value;
    });
    tagged.freeformTags = tags;
    return { instance, application, fn, tagged, corpus };
}

;// CONCATENATED MODULE: ./build/src/emulator/router.js
class Router {
    byService = new Map();
    constructor(routes) {
        for (const route of routes) {
            const segments = route.pattern
                .split('/')
                .filter(Boolean)
                .map((s) => {
                const param = /^\{(\w+)\}$/.exec(s);
                return param ? { param: param[1] } : { literal: s };
            });
            const list = this.byService.get(route.service) ?? [];
            const clash = list.find((c) => c.route.method === route.method && c.route.pattern === route.pattern);
            if (clash?.route === route)
                continue;
            if (clash)
                throw new Error(`two routes for ${route.method} ${route.service}${route.pattern}: ${clash.route.operation}, ${route.operation}`);
            list.push({ route, segments });
            this.byService.set(route.service, list);
        }
        // Literal segments win over parameters (`/tenancies/{id}/regionSubscriptions` vs a get).
        for (const list of this.byService.values()) {
            list.sort((a, b) => literalScore(b) - literalScore(a));
        }
    }
    match(service, method, path) {
        const routes = this.byService.get(service);
        if (!routes)
            return undefined;
        let parts;
        try {
            parts = path.split('/').filter(Boolean).map(decodeURIComponent);
        }
        catch {
            return undefined;
        }
        for (const { route, segments } of routes) {
            if (route.method !== method || segments.length !== parts.length)
                continue;
            const params = {};
            let ok = true;
            for (let i = 0; i < segments.length; i++) {
                const seg = segments[i];
                const part = parts[i];
                if (seg && 'literal' in seg) {
                    if (seg.literal !== part) {
                        ok = false;
                        break;
                    }
                }
                else if (seg) {
                    params[seg.param] = part;
                }
            }
            if (ok)
                return { route, params };
        }
        return undefined;
    }
    services() {
        return [...this.byService.keys()];
    }
}
function literalScore(c) {
    return c.segments.filter((s) => 'literal' in s).length;
}

;// CONCATENATED MODULE: ./build/src/emulator/search/query.js
class QueryError extends Error {
}
const QUERY_FIELDS = ['compartmentId', 'lifecycleState', 'resourceType', 'displayName'];
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === "'" || c === '"') {
            let j = i + 1;
            let value = '';
            while (j < text.length && text[j] !== c) {
                if (text[j] === '\\' && j + 1 < text.length)
                    j++;
                value += text[j];
                j++;
            }
            if (j >= text.length)
                throw new QueryError('unterminated string in query');
            tokens.push({ t: 'str', v: value });
            i = j + 1;
            continue;
        }
        const two = text.slice(i, i + 2);
        if (['&&', '||', '!=', '=~', '!~'].includes(two)) {
            tokens.push({ t: 'op', v: two });
            i += 2;
            continue;
        }
        if ('=,()'.includes(c)) {
            tokens.push({ t: 'op', v: c });
            i++;
            continue;
        }
        const word = /^[A-Za-z0-9_.\-:$]+/.exec(text.slice(i));
        if (!word)
            throw new QueryError(`unexpected character "${c}" in query`);
        tokens.push({ t: 'word', v: word[0] });
        i += word[0].length;
    }
    return tokens;
}
function parseQuery(text) {
    const tokens = tokenize(text);
    let pos = 0;
    const peek = () => tokens[pos];
    const isWord = (tok, word) => tok?.t === 'word' && tok.v.toLowerCase() === word;
    const expectWord = (word) => {
        if (!isWord(peek(), word))
            throw new QueryError(`expected "${word}" in query`);
        pos++;
    };
    expectWord('query');
    let types;
    if (isWord(peek(), 'all')) {
        pos++;
    }
    else {
        types = new Set();
        for (;;) {
            const tok = peek();
            if (tok?.t !== 'word' || isWord(tok, 'resources'))
                throw new QueryError('expected a resource type in query');
            types.add(tok.v.toLowerCase());
            pos++;
            if (peek()?.t === 'op' && peek()?.v === ',') {
                pos++;
                continue;
            }
            break;
        }
    }
    expectWord('resources');
    const parseCmp = () => {
        const tok = peek();
        if (tok?.t === 'op' && tok.v === '(') {
            pos++;
            const inner = parseOr();
            const close = peek();
            if (close?.t !== 'op' || close.v !== ')')
                throw new QueryError('expected ")" in query');
            pos++;
            return inner;
        }
        if (tok?.t !== 'word')
            throw new QueryError('expected a field name in query');
        const field = QUERY_FIELDS.find((f) => f.toLowerCase() === tok.v.toLowerCase());
        if (!field)
            throw new QueryError(`unsupported field "${tok.v}" in query`);
        pos++;
        const op = peek();
        if (op?.t !== 'op' || !['=', '!=', '=~', '!~'].includes(op.v))
            throw new QueryError(`expected an operator after ${field}`);
        pos++;
        const value = peek();
        if (value?.t !== 'str' && value?.t !== 'word')
            throw new QueryError(`expected a value after ${field} ${op.v}`);
        pos++;
        return { kind: 'cmp', field, op: op.v, value: value.v };
    };
    const parseAnd = () => {
        let left = parseCmp();
        while (peek()?.t === 'op' && peek()?.v === '&&') {
            pos++;
            left = { kind: 'and', left, right: parseCmp() };
        }
        return left;
    };
    const parseOr = () => {
        let left = parseAnd();
        while (peek()?.t === 'op' && peek()?.v === '||') {
            pos++;
            left = { kind: 'or', left, right: parseAnd() };
        }
        return left;
    };
    let where;
    if (isWord(peek(), 'where')) {
        pos++;
        where = parseOr();
    }
    let sort;
    if (isWord(peek(), 'sorted')) {
        pos++;
        expectWord('by');
        const field = peek();
        const name = field?.t === 'word' ? field.v.toLowerCase() : '';
        if (name !== 'timecreated' && name !== 'displayname')
            throw new QueryError('can only sort by timeCreated or displayName');
        pos++;
        let descending = false;
        if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) {
            descending = isWord(peek(), 'desc');
            pos++;
        }
        sort = { field: name === 'timecreated' ? 'timeCreated' : 'displayName', descending };
    }
    if (isWord(peek(), 'return')) {
        pos++;
        expectWord('allAdditionalFields'.toLowerCase());
    }
    if (pos < tokens.length)
        throw new QueryError(`unexpected "${tokens[pos]?.v}" in query`);
    return { types, where, sort };
}
function fieldValue(resource, field) {
    switch (field) {
        case 'compartmentId':
            return resource.compartmentId;
        case 'lifecycleState':
            return resource.lifecycleState;
        case 'resourceType':
            return resource.resourceType;
        case 'displayName':
            return resource.displayName;
    }
}
function matchesCondition(resource, condition) {
    switch (condition.kind) {
        case 'and':
            return matchesCondition(resource, condition.left) && matchesCondition(resource, condition.right);
        case 'or':
            return matchesCondition(resource, condition.left) || matchesCondition(resource, condition.right);
        case 'cmp': {
            const actual = fieldValue(resource, condition.field);
            // Ids and enum values compare case-insensitively in Search, as do types.
            const equal = condition.field === 'displayName' ? actual === condition.value : actual.toLowerCase() === condition.value.toLowerCase();
            const contains = actual.toLowerCase().includes(condition.value.toLowerCase());
            if (condition.op === '=')
                return equal;
            if (condition.op === '!=')
                return !equal;
            if (condition.op === '=~')
                return contains;
            return !contains;
        }
    }
}
function matchesQuery(resource, query) {
    if (query.types && !query.types.has(resource.resourceType.toLowerCase()))
        return false;
    return query.where ? matchesCondition(resource, query.where) : true;
}

;// CONCATENATED MODULE: ./build/src/emulator/search/route.js


const CACHE_LIMIT = 64;
/**
 * Types Resource Search spells two ways in one tenancy (older resources keep the old
 * spelling): the catalog's spelling → the other. With `aliasSpellings` on, about half of
 * the resources of these types (chosen by ocid, so the same every run) are reported with
 * the other spelling, and a typed query matches either spelling.
 */
const SEARCH_TYPE_ALIASES = new Map([
    ['Volume', 'BlockVolume'],
    ['DHCPOptions', 'DhcpOptions'],
    ['IPSecConnection', 'IpSecConnection'],
    ['CustomerDnsZone', 'DnsZone'],
]);
/** The spelling search reports for a resource. */
function searchTypeOf(r, aliasSpellings) {
    if (!aliasSpellings)
        return r.resourceType;
    const alias = SEARCH_TYPE_ALIASES.get(r.resourceType);
    if (!alias)
        return r.resourceType;
    let hash = 0;
    for (let i = 0; i < r.ocid.length; i++)
        hash = (hash * 31 + r.ocid.charCodeAt(i)) | 0;
    return (hash & 1) === 1 ? alias : r.resourceType;
}
function toResourceSummary(r, aliasSpellings = false) {
    return {
        resourceType: searchTypeOf(r, aliasSpellings),
        identifier: r.ocid,
        compartmentId: r.compartmentId,
        timeCreated: r.timeCreated,
        displayName: r.displayName,
        availabilityDomain: r.availabilityDomain,
        lifecycleState: r.lifecycleState,
        freeformTags: r.freeformTags,
        definedTags: r.definedTags,
        systemTags: {},
        searchContext: null,
        identityContext: {},
        additionalDetails: {},
    };
}
function parseSearchDetails(body) {
    if (!body || typeof body !== 'object')
        return { status: 400, code: 'InvalidParameter', message: 'search details are required' };
    const details = body;
    if (details.type === 'Structured') {
        if (typeof details.query !== 'string')
            return { status: 400, code: 'InvalidParameter', message: 'query is required' };
        try {
            const parsed = parseQuery(details.query);
            return { key: `S:${details.query}`, matcher: (r) => matchesQuery(r, parsed), sort: parsed.sort };
        }
        catch (error) {
            if (error instanceof QueryError)
                return { status: 400, code: 'InvalidParameter', message: `Unable to parse query: ${error.message}` };
            throw error;
        }
    }
    if (details.type === 'FreeText') {
        if (typeof details.text !== 'string')
            return { status: 400, code: 'InvalidParameter', message: 'text is required' };
        const text = details.text.toLowerCase();
        return { key: `F:${text}`, matcher: (r) => r.displayName.toLowerCase().includes(text) || r.ocid === details.text };
    }
    return { status: 400, code: 'InvalidParameter', message: 'search details type must be Structured or FreeText' };
}
/** `globalTypes`: IAM types every region's search returns (they live in the home region). */
function createSearchRoutes(store, globalTypes, options = {}) {
    const aliasSpellings = options.aliasSpellings === true;
    // A query matches the spelling the summary shows (the catalog's, or the other one).
    const asSearched = (r) => {
        const type = searchTypeOf(r, aliasSpellings);
        return type === r.resourceType ? r : { ...r, resourceType: type };
    };
    // Paging a 100k-resource region 1000 at a time must not filter the whole tenancy per page.
    const cache = new Map();
    return [
        {
            service: 'query',
            method: 'POST',
            pattern: '/20180409/resources',
            operation: 'searchResources',
            handle(req) {
                const tenantId = req.query.get('tenantId');
                if (tenantId !== null && tenantId !== store.tenancyId)
                    return { status: 404 };
                const details = parseSearchDetails(req.body);
                if ('status' in details)
                    return details;
                const key = `${req.region}|${details.key}`;
                let entry = cache.get(key);
                if (!entry || entry.version !== store.version) {
                    const items = store
                        .all()
                        .filter((r) => (r.region === req.region || globalTypes.has(r.resourceType)) && details.matcher(asSearched(r)));
                    const sort = details.sort;
                    if (sort) {
                        const dir = sort.descending ? -1 : 1;
                        items.sort((a, b) => dir * (a[sort.field] < b[sort.field] ? -1 : a[sort.field] > b[sort.field] ? 1 : 0) || (a.ocid < b.ocid ? -1 : 1));
                    }
                    entry = { version: store.version, items };
                    if (cache.size >= CACHE_LIMIT)
                        cache.delete(cache.keys().next().value);
                    cache.set(key, entry);
                }
                return paged(entry.items, req.query, (r) => toResourceSummary(r, aliasSpellings), { strictLimit: true, wrap: (items) => ({ items }) });
            },
        },
    ];
}

;// CONCATENATED MODULE: ./build/src/emulator/server.js
// The OCI API emulator: a loopback HTTP server the real OCI SDK talks to. Every request is
// signature-checked, routed by `/<service>/<region>/<path>` to a catalog route, subjected to
// the configured faults, and written to the request log.

















const NOT_FOUND_MESSAGE = 'Authorization failed or requested resource not found.';
async function startEmulator(options = {}) {
    const seed = options.seed ?? 1;
    const catalog = options.catalog ?? CATALOG;
    const profile = options.profile ?? 'uniform';
    const { store, adminUserId } = generateTenancy({ seed, size: resolveSize(options.size), catalog, profile });
    const planted = options.secrets === undefined ? undefined : plantSecrets(store, secretCorpus(options.secrets));
    const hostile = options.hostile ? plantHostileIdentifiers(store) : undefined;
    const genai = new GenAiService(() => new Set([store.tenancyId, ...store.compartments().map((c) => c.ocid)]));
    const rootRng = createRng(seed);
    const faults = new emulator_faults/* FaultInjector */.LW(rootRng.fork('faults'), options.faults ?? {});
    const factory = new ResourceFactory(store, rootRng.fork('drift'));
    const registry = new ApiKeyRegistry();
    const issuer = new TokenIssuer((0,external_node_crypto_.randomBytes)(32));
    const globalTypes = new Set(catalog.filter((e) => e.global).map((e) => e.resourceType));
    // A route two entries share (one type, two Resource Search spellings) is registered once.
    const router = new Router([...new Set(catalog.flatMap((e) => e.routes)), ...EXTRA_ROUTES, ...createSearchRoutes(store, globalTypes, { aliasSpellings: options.aliasSpellings ?? profile === 'realistic' })]);
    const requests = [];
    let requestSerial = 0;
    const resolveKey = (keyId) => {
        if (keyKindOf(keyId) === 'session_token') {
            const check = issuer.verify(keyId.slice(3));
            if (!check.ok)
                return { ok: false, reason: check.reason };
            if (check.claims.tenant !== store.tenancyId)
                return { ok: false, reason: 'security token is for another tenancy' };
            return {
                ok: true,
                key: check.publicKey,
                kind: check.claims.ptype === 'resource' ? 'resource_principal' : 'session_token',
                principal: check.claims.sub,
            };
        }
        const [tenancy, user, fingerprint, ...rest] = keyId.split('/');
        if (rest.length > 0 || !tenancy || !user || !fingerprint)
            return { ok: false, reason: 'keyId is not <tenancy>/<user>/<fingerprint>' };
        if (tenancy !== store.tenancyId)
            return { ok: false, reason: 'keyId names another tenancy' };
        const key = registry.lookup(user, fingerprint);
        return key ? { ok: true, key, kind: 'api_key', principal: user } : { ok: false, reason: 'no such API key for the user' };
    };
    const opcRequestId = () => `${(0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()}/${(++requestSerial).toString(16).toUpperCase()}`;
    const send = async (res, status, body, headers, region) => {
        const text = Buffer.from(JSON.stringify(body));
        res.writeHead(status, {
            'content-type': 'application/json',
            'content-length': String(text.length),
            'opc-request-id': opcRequestId(),
            date: new Date(faults.now(Date.now())).toUTCString(),
            ...headers,
        });
        const slowMs = faults.slowBodyMs(region);
        if (slowMs <= 0 || text.length < 2) {
            res.end(text);
            return;
        }
        const chunks = Math.min(10, text.length);
        const size = Math.ceil(text.length / chunks);
        for (let i = 0; i < text.length; i += size) {
            if (res.destroyed)
                return;
            res.write(text.subarray(i, i + size));
            await sleep(slowMs / chunks);
        }
        res.end();
    };
    const sendError = (res, status, code, message, region, extra = {}) => send(res, status, { code, message }, extra, region);
    const handle = async (req, res) => {
        const method = (req.method ?? 'GET').toUpperCase();
        const target = req.url ?? '/';
        const url = new URL(target, 'http://emulator.invalid');
        const [, service = '', region = '', ...restParts] = url.pathname.split('/');
        const path = `/${restParts.join('/')}`;
        const entry = { method, service, region, path, query: url.search, operation: null, status: 0, keyKind: 'none', time: new Date().toISOString() };
        requests.push(entry);
        if (faults.isDead(region)) {
            entry.fault = 'dead-region';
            req.socket.destroy();
            return;
        }
        const body = await readBody(req);
        const latency = faults.latencyMs(region);
        if (latency > 0)
            await sleep(latency);
        const match = router.match(service, method, path);
        entry.operation = match?.route.operation ?? null;
        const retryAfter = faults.throttle(region, Date.now());
        if (retryAfter !== undefined) {
            entry.status = 429;
            entry.fault = 'throttle';
            await sendError(res, 429, 'TooManyRequests', 'Too many requests for the tenancy', region, { 'retry-after': String(retryAfter) });
            return;
        }
        const auth = verifyRequest({ method, target, headers: req.headers, body }, resolveKey, faults.now(Date.now()));
        entry.keyKind = auth.kind;
        if (!auth.ok) {
            entry.status = 401;
            await sendError(res, 401, 'NotAuthenticated', `The required information to complete authentication was not provided or was incorrect: ${auth.reason}`, region);
            return;
        }
        if (faults.isDenied(service) || faults.isSubtreeDenied(url.searchParams)) {
            // What OCI answers when no policy lets the caller see the family: the same as not found.
            entry.status = 404;
            entry.fault = 'error';
            await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
            return;
        }
        if (genai.serves(service) && store.regions.includes(region)) {
            const answer = await genai.handle(service, method, path, url.searchParams, body.toString('utf8'));
            entry.operation = answer.operation;
            entry.status = answer.status;
            await send(res, answer.status, answer.body, answer.headers ?? {}, region);
            return;
        }
        if (!match || !store.regions.includes(region)) {
            entry.status = 404;
            await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
            return;
        }
        const forced = faults.failedOperation(entry.operation);
        if (forced !== undefined) {
            entry.status = forced;
            entry.fault = 'error';
            await sendError(res, forced, forced === 429 ? 'TooManyRequests' : forced >= 500 ? 'InternalServerError' : 'InvalidParameter', 'Forced failure', region);
            return;
        }
        const failure = faults.failure(region);
        if (failure.kind === 'error') {
            entry.status = failure.status;
            entry.fault = 'error';
            await sendError(res, failure.status, failure.code, 'The service is having trouble; try again', region);
            return;
        }
        let parsedBody;
        if (body.length > 0) {
            try {
                parsedBody = JSON.parse(body.toString('utf8'));
            }
            catch {
                entry.status = 400;
                await sendError(res, 400, 'InvalidParameter', 'The request body is not valid JSON', region);
                return;
            }
        }
        let result;
        try {
            result = match.route.handle({ method, region, params: match.params, query: url.searchParams, body: parsedBody }, store);
        }
        catch (error) {
            entry.status = 500;
            await sendError(res, 500, 'InternalServerError', `emulator route ${match.route.operation} failed: ${String(error)}`, region);
            return;
        }
        if (failure.kind === 'reset') {
            entry.fault = 'reset';
            const text = Buffer.from(JSON.stringify(result.status === 200 ? result.body : { code: 'x', message: 'x' }));
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length), 'opc-request-id': opcRequestId() });
            res.write(text.subarray(0, Math.floor(text.length / 2)));
            // Let the half body reach the client before the connection dies under it.
            await sleep(5);
            res.socket?.destroy();
            return;
        }
        entry.status = result.status;
        if (result.status === 200)
            await send(res, 200, result.body, result.headers ?? {}, region);
        else if (result.status === 404)
            await sendError(res, 404, 'NotAuthorizedOrNotFound', NOT_FOUND_MESSAGE, region);
        else
            await sendError(res, result.status, result.code, result.message, region);
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            if (!res.headersSent) {
                res.writeHead(500, { 'content-type': 'application/json', 'opc-request-id': opcRequestId() });
                res.end(JSON.stringify({ code: 'InternalServerError', message: `emulator failure: ${String(error)}` }));
            }
            else {
                res.destroy();
            }
        });
    });
    // Clients drop idle connections first (undici after 4 s); a server closing them at Node's
    // default 5 s would race reused sockets and cause resets no fault asked for.
    server.keepAliveTimeout = 65_000;
    const host = options.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const url = `http://${host}:${address.port}`;
    const tenancy = {
        tenancyId: store.tenancyId,
        tenancyName: store.tenancyName,
        homeRegion: store.homeRegion,
        regions: [...store.regions],
        namespace: store.namespace,
        adminUserId,
        get compartments() {
            return store.compartments();
        },
        get resources() {
            return store.all();
        },
        store,
        ...(planted ? { secrets: planted } : {}),
        ...(hostile ? { hostile } : {}),
    };
    return {
        url,
        endpointTemplate: `${url}/{service}/{region}`,
        tenancy,
        requests,
        genai,
        countCalls(operation) {
            return operation === undefined ? requests.length : requests.filter((r) => r.operation === operation).length;
        },
        setFaults(config) {
            faults.set(config);
        },
        drift(driftOptions = {}) {
            return applyDrift(factory, catalog, driftOptions, adminUserId);
        },
        writeAuthFiles(dir, authOptions = {}) {
            return writeAuthFiles({ tenancyId: store.tenancyId, homeRegion: store.homeRegion, adminUserId, registry, issuer }, dir, authOptions);
        },
        close() {
            return new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
        },
    };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./build/src/emulator/standalone.js

async function runStandaloneEmulator(options) {
    const emulator = await startEmulator({
        port: options.port ?? 8123,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.size !== undefined ? { size: options.size } : {}),
        ...(options.profile !== undefined ? { profile: options.profile } : {}),
        ...(options.faults ? { faults: options.faults } : {}),
    });
    const auth = await emulator.writeAuthFiles(options.authDir);
    const out = options.out ?? process.stderr;
    const t = emulator.tenancy;
    out.write([
        `OCI emulator listening on ${emulator.url}`,
        `tenancy ${t.tenancyName} (${t.tenancyId}), home ${t.homeRegion}, regions ${t.regions.join(', ')}`,
        `${t.resources.length} resources in ${t.compartments.length - 1} compartments (${options.profile ?? 'uniform'} profile)`,
        `auth files in ${auth.dir}`,
        '',
        'Use it with:',
        `  OCI_INV_ENDPOINT_TEMPLATE='${emulator.endpointTemplate}' oci-inv run --oci-config ${auth.configFile}`,
        '',
        'Stop with Ctrl-C.',
        '',
    ].join('\n'));
    // Ctrl-C closes the server; with nothing left listening the process ends on its own.
    const stop = () => {
        void emulator.close();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const close = emulator.close;
    return {
        ...emulator,
        close: () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            return close();
        },
    };
}

;// CONCATENATED MODULE: ./build/src/emulator/index.js










/***/ })

};
