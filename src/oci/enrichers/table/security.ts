// Rows for security services: Vault secrets (metadata only), Network Firewall, WAF, WAAS,
// Security Zones and Cloud Guard, security attributes, ZPR, dedicated KMS (HSM clusters),
// Certificates, Vulnerability Scanning.
//
// Never a content operation: `getSecret` is the secret's metadata; its bundle
// (oci-secrets `getSecretBundle`) is never called, nor any key material or certificate
// private key. A list is used only where its item model carries every relation field and
// the settings worth keeping; thin summaries are read by get (noted per row).
import { getById, inSubtree, listByCompartment, listByParent, rel } from './build.js';
import type { EnricherRow, ListSpec } from './types.js';

const vaults = () => import('oci-vault').then((m) => m.VaultsClient);
const networkFirewall = () => import('oci-networkfirewall').then((m) => m.NetworkFirewallClient);
const waf = () => import('oci-waf').then((m) => m.WafClient);
const waasRedirect = () => import('oci-waas').then((m) => m.RedirectClient);
const waas = () => import('oci-waas').then((m) => m.WaasClient);
const cloudGuard = () => import('oci-cloudguard').then((m) => m.CloudGuardClient);
const securityAttribute = () => import('oci-securityattribute').then((m) => m.SecurityAttributeClient);
const zpr = () => import('oci-zpr').then((m) => m.ZprClient);
const hsm = () => import('oci-keymanagement').then((m) => m.KmsHsmClusterClient);
const certificates = () => import('oci-certificatesmanagement').then((m) => m.CertificatesManagementClient);
const vss = () => import('oci-vulnerabilityscanning').then((m) => m.VulnerabilityScanningClient);

/** A per-compartment list returning a `*Collection` whose `items` are the objects. */
function listCollection(method: string, collectionKey: string): ListSpec {
  return { ...listByCompartment(method), itemsPath: [collectionKey, 'items'] };
}

const secretFacts = {
  service: 'vaults',
  client: vaults,
  get: getById('getSecret', 'secretId', 'secret'),
  relations: rel({ vaultId: 'IN_VAULT', keyId: 'ENCRYPTED_BY_KEY' }),
};

const CLOUD_GUARD = 'cloudguard-cp-api';

export const SECURITY_ROWS: EnricherRow[] = [
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
    list: listCollection('listNetworkFirewallPolicies', 'networkFirewallPolicySummaryCollection'),
    relations: [],
  },
  {
    // loadBalancerId is the WebAppFirewallLoadBalancer subtype's, in the summary's subtype too.
    resourceType: 'WebAppFirewall',
    service: 'waf',
    client: waf,
    get: getById('getWebAppFirewall', 'webAppFirewallId', 'webAppFirewall'),
    list: listCollection('listWebAppFirewalls', 'webAppFirewallCollection'),
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
    list: listCollection('listSecurityRecipes', 'securityRecipeCollection'),
    relations: [],
  },
  {
    // The zone's Cloud Guard target is the target's MONITORS edge; the summary lacks it.
    resourceType: 'SecurityZonesSecurityZone',
    service: CLOUD_GUARD,
    client: cloudGuard,
    get: getById('getSecurityZone', 'securityZoneId', 'securityZone'),
    list: listCollection('listSecurityZones', 'securityZoneCollection'),
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
    list: listCollection('listZprPolicies', 'zprPolicyCollection'),
    relations: [],
  },
  {
    resourceType: 'KmsHsmCluster',
    service: 'kms',
    client: hsm,
    get: getById('getHsmCluster', 'hsmClusterId', 'hsmCluster'),
    list: listCollection('listHsmClusters', 'hsmClusterCollection'),
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
    list: listCollection('listCertificates', 'certificateCollection'),
    relations: rel({ issuerCertificateAuthorityId: 'ISSUED_BY' }),
  },
  {
    resourceType: 'CertificateAuthority',
    service: 'certificatesmanagement',
    client: certificates,
    get: getById('getCertificateAuthority', 'certificateAuthorityId', 'certificateAuthority'),
    list: listCollection('listCertificateAuthorities', 'certificateAuthorityCollection'),
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
    list: listCollection('listHostScanTargets', 'hostScanTargetSummaryCollection'),
    relations: rel({ hostScanRecipeId: 'USES_RECIPE', targetCompartmentId: 'WATCHES_COMPARTMENT', instanceIds: 'SCANS' }),
  },
  {
    // A user recipe is a clone of an Oracle-managed one (sourceDetectorRecipeId).
    resourceType: 'CloudGuardDetectorRecipe',
    service: CLOUD_GUARD,
    client: cloudGuard,
    get: getById('getDetectorRecipe', 'detectorRecipeId', 'detectorRecipe'),
    list: listCollection('listDetectorRecipes', 'detectorRecipeCollection'),
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
    list: inSubtree(listCollection('listManagedLists', 'managedListCollection'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
    relations: rel({ sourceManagedListId: 'CLONE_OF' }),
  },
  {
    resourceType: 'CloudGuardResponderRecipe',
    service: CLOUD_GUARD,
    client: cloudGuard,
    get: getById('getResponderRecipe', 'responderRecipeId', 'responderRecipe'),
    list: listCollection('listResponderRecipes', 'responderRecipeCollection'),
    relations: rel({ sourceResponderRecipeId: 'CLONE_OF' }),
  },
  {
    resourceType: 'CloudGuardSavedQuery',
    service: CLOUD_GUARD,
    client: cloudGuard,
    get: getById('getSavedQuery', 'savedQueryId', 'savedQuery'),
    // SavedQuerySummary has every field of SavedQuery (plus locks, lifecycleDetails): the
    // record keeps the get's fields whichever call read it, so the subtree list serves.
    list: inSubtree(listCollection('listSavedQueries', 'savedQueryCollection'), 'compartmentIdInSubtree', { accessLevel: 'ACCESSIBLE' }),
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
