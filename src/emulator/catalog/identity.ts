// IAM resource types (global: they live in the home region and every region's search sees them)
// and the identity routes that are not a resource's get/list: tenancy, regions, subscriptions,
// availability domains. Paths and query names follow oci-identity's client exactly.
import { subtreeOf } from '../json.js';
import type { JsonObject } from '../json.js';
import { REGION_CATALOG, regionDef } from '../regions.js';
import { invalidParameter, paged, standardRoutes, tagFields, visibleResource } from './helpers.js';
import type { CatalogEntry, GeneratedResource, Route, TenancyView } from './types.js';

const SERVICE = 'identity';
const VERSION = '/20160918';
const IAM_STATES = { active: 'ACTIVE', terminated: 'DELETED' };

function iamCommon(r: GeneratedResource): JsonObject {
  return {
    id: r.ocid,
    compartmentId: r.compartmentId,
    name: r.displayName,
    timeCreated: r.timeCreated,
    lifecycleState: r.lifecycleState,
    ...tagFields(r),
  };
}

function describe(kind: string, r: { displayName: string }): string {
  return `${kind} ${r.displayName.slice(0, 40)}`;
}

const compartmentBase: Omit<CatalogEntry, 'routes'> = {
  resourceType: 'Compartment',
  global: true,
  ocidKind: 'compartment',
  lifecycleStates: IAM_STATES,
  generate: (base) => ({ description: describe('compartment', base), isAccessible: true }),
  toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
};

function compartmentWire(id: string, view: TenancyView): JsonObject | undefined {
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

function compartmentSubtreeOf(view: TenancyView, rootId: string): Set<string> {
  return subtreeOf(
    rootId,
    view.list('Compartment').map((c) => ({ id: c.ocid, parentId: c.compartmentId })),
  );
}

const compartmentRoutes: Route[] = [
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
      if (!compartmentId) return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
      if (!compartmentWire(compartmentId, view)) return { status: 404 };
      const inSubtree = req.query.get('compartmentIdInSubtree') === 'true';
      if (inSubtree && compartmentId !== view.tenancyId) {
        return invalidParameter('compartmentIdInSubtree is only supported on the tenancy (root compartment)');
      }
      const state = req.query.get('lifecycleState');
      const name = req.query.get('name');
      const scope = inSubtree ? compartmentSubtreeOf(view, compartmentId) : undefined;
      const items = view
        .list('Compartment')
        .filter(
          (c) =>
            (scope ? scope.has(c.compartmentId) : c.compartmentId === compartmentId) &&
            (state === null || c.lifecycleState === state) &&
            (name === null || c.displayName === name),
        );
      return paged(items, req.query, (c) => compartmentBase.toWire(c, view));
    },
  },
];

const compartmentEntry: CatalogEntry = { ...compartmentBase, routes: compartmentRoutes };

function entry(
  base: Omit<CatalogEntry, 'routes'>,
  collection: string,
  idParam: string,
  operations: { get: string; list: string },
): CatalogEntry {
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

const userEntry = entry(
  {
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
  },
  'users',
  'userId',
  { get: 'getUser', list: 'listUsers' },
);

const groupEntry = entry(
  {
    resourceType: 'Group',
    global: true,
    rootOnly: true,
    ocidKind: 'group',
    lifecycleStates: IAM_STATES,
    generate: (base) => ({ description: describe('group', base) }),
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
  },
  'groups',
  'groupId',
  { get: 'getGroup', list: 'listGroups' },
);

const dynamicGroupEntry = entry(
  {
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
  },
  'dynamicGroups',
  'dynamicGroupId',
  { get: 'getDynamicGroup', list: 'listDynamicGroups' },
);

const policyEntry = entry(
  {
    resourceType: 'Policy',
    global: true,
    ocidKind: 'policy',
    lifecycleStates: IAM_STATES,
    generate: (base, ctx) => {
      const groups = ctx.find('Group');
      const verbs = ['inspect', 'read', 'use', 'manage'] as const;
      const families = ['all-resources', 'virtual-network-family', 'instance-family', 'object-family', 'database-family'];
      const statements = Array.from({ length: ctx.int(1, 4) }, () => {
        const group = groups.length > 0 ? ctx.pick(groups).displayName : 'Administrators';
        return `Allow group '${group}' to ${ctx.pick(verbs)} ${ctx.pick(families)} in tenancy`;
      });
      return { description: describe('policy', base), statements, versionDate: null };
    },
    toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
  },
  'policies',
  'policyId',
  { get: 'getPolicy', list: 'listPolicies' },
);

const tagNamespaceBase: Omit<CatalogEntry, 'routes'> = {
  resourceType: 'TagNamespace',
  global: true,
  ocidKind: 'tagnamespace',
  weight: 0.5,
  lifecycleStates: IAM_STATES,
  generate: (base) => ({ description: describe('tag namespace', base), isRetired: false }),
  toWire: (r) => ({ ...iamCommon(r), ...r.attrs }),
};

const tagNamespaceEntry: CatalogEntry = {
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
        if (!compartmentId) return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
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

const tagDefaultBase: Omit<CatalogEntry, 'routes'> = {
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

const tagDefaultEntry: CatalogEntry = {
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
          .filter(
            (r) =>
              (compartmentId === null || r.compartmentId === compartmentId) &&
              (id === null || r.ocid === id) &&
              (definitionId === null || r.attrs.tagDefinitionId === definitionId) &&
              (state === null || r.lifecycleState === state),
          );
        return paged(items, req.query, (r) => tagDefaultBase.toWire(r, view));
      },
    },
  ],
};

const identityProviderBase: Omit<CatalogEntry, 'routes'> = {
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

const identityProviderEntry: CatalogEntry = {
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
        if (req.query.get('protocol') !== 'SAML2') return invalidParameter('protocol must be SAML2');
        const compartmentId = req.query.get('compartmentId');
        if (!compartmentId) return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
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
export const IDENTITY_ROUTES: Route[] = [
  {
    service: SERVICE,
    method: 'GET',
    pattern: `${VERSION}/tenancies/{tenancyId}`,
    operation: 'getTenancy',
    handle(req, view) {
      if (req.params.tenancyId !== view.tenancyId) return { status: 404 };
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
      if (req.params.tenancyId !== view.tenancyId) return { status: 404 };
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
      if (!compartmentId) return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
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
export const IDENTITY_CATALOG: CatalogEntry[] = [
  compartmentEntry,
  userEntry,
  groupEntry,
  dynamicGroupEntry,
  policyEntry,
  tagNamespaceEntry,
  tagDefaultEntry,
  identityProviderEntry,
];
