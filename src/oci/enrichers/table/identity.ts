// Rows for IAM (oci-identity). These resources are global: the pipeline hands them to the
// home region, whose identity endpoint serves them.
import { getById, inSubtree, listByCompartment, rel } from './build.js';
import type { EnricherRow } from './types.js';

const identity = () => import('oci-identity').then((m) => m.IdentityClient);

export const IDENTITY_ROWS: EnricherRow[] = [
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
