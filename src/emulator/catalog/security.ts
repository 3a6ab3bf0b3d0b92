// Emulated security services: Vault secrets under their second spelling (`Secret`, metadata
// only: no secret content exists anywhere in the emulator), Network Firewall, WAF, WAAS
// (redirects and certificates), Security Zones and Cloud Guard (cloudguard-cp-api), security
// attributes, ZPR, dedicated KMS HSM clusters and partitions, Certificates management and
// Vulnerability Scanning (vss-cp-api). Paths and fields are the oci-* SDK's at 2.139.1.
import type { JsonObject } from '../json.js';
import { PLATFORM_CATALOG, VAULT_SECRET_SPEC } from './platform.js';
import { summarize, withoutFields } from './reshape.js';
import { defineEntry, findOwn, listed, notFound, paged, parentId, parentOf, privateIp, RESTRICTED_OR_ACCESSIBLE } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource, Route } from './types.js';

type Base = Omit<GeneratedResource, 'attrs'>;

const ORACLE_RECIPE = (kind: string, ctx: GenContext) => ctx.ocid(kind, null);
const timeUpdated = (base: Base) => base.timeCreated;

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
  generate: (base: Base, ctx: GenContext): JsonObject => ({ ...VAULT_SECRET_SPEC.generate(base, ctx), rotationStatus: 'NOT_ENABLED' }),
};
const secret = summarize(defineEntry(secretSpec), ['currentVersionNumber', 'metadata', 'secretRules']);
const wireOfSecret = (r: GeneratedResource, v: Parameters<CatalogEntry['toWire']>[1]) => (r.resourceType === 'Secret' ? secret : (vaultSecret ?? secret)).toWire(r, v);
const secretGet: Route = {
  service: 'vaults',
  method: 'GET',
  pattern: '/20180608/secrets/{id}',
  operation: 'getSecret',
  handle(req, view) {
    const found = req.params.id ? view.get(req.params.id) : undefined;
    if (!found || !SECRET_TYPES.has(found.resourceType) || found.region !== req.region) return notFound();
    return { status: 200, body: wireOfSecret(found, view) };
  },
};
const secretList: Route = {
  service: 'vaults',
  method: 'GET',
  pattern: '/20180608/secrets',
  operation: 'listSecrets',
  handle(req, view) {
    const found: GeneratedResource[] = [];
    for (const type of SECRET_TYPES) {
      const some = listed({ ...secretSpec, resourceType: type }, { operation: 'listSecrets', filters: ['vaultId'] }, req, view);
      if (!Array.isArray(some)) return some;
      found.push(...some);
    }
    found.sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
    return paged(req, found.map((r) => {
      const { currentVersionNumber: _n, metadata: _m, secretRules: _r, ...summary } = wireOfSecret(r, view);
      return summary;
    }));
  },
};
secret.routes = [secretGet, secretList];
// Should VaultSecret's entry gain a list too, it shares this one (a second would clash).
if (vaultSecret) vaultSecret.routes = vaultSecret.routes.map((route) => (route.operation === 'getSecret' ? secretGet : route.operation === 'listSecrets' ? secretList : route));

// ---- Network Firewall ---------------------------------------------------------------------
const NF = '/20230501';
const firewallPolicy = summarize(
  defineEntry({
    resourceType: 'NetworkFirewallPolicy',
    ocidKind: 'networkfirewallpolicy',
    service: 'network-firewall',
    basePath: `${NF}/networkFirewallPolicies`,
    getOperation: 'getNetworkFirewallPolicy',
    list: { operation: 'listNetworkFirewallPolicies', collection: true },
    weight: 0.3,
    lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
    generate: (base, ctx) => ({ description: 'emulated firewall policy', attachedNetworkFirewallCount: ctx.int(0, 2), timeUpdated: timeUpdated(base) }),
  }),
  ['attachedNetworkFirewallCount'],
);

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
    networkSecurityGroupIds: [parentId(ctx, 'NetworkSecurityGroup', base)].filter((x): x is string => x !== null),
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
    actions: [{ name: 'defaultAction', type: 'ALLOW' } as JsonObject, { name: 'block403', type: 'RETURN_HTTP_RESPONSE', code: 403 }],
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

const subjectName = (commonName: string) => ({ country: 'US', stateProvince: 'TX', locality: 'Austin', organization: 'Example Corp', organizationalUnit: 'Web', commonName });
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

function cloudGuardEntry(
  resourceType: string,
  ocidKind: string,
  collection: string,
  noun: string,
  weight: number,
  generate: CatalogEntry['generate'],
  extra: { dependsOn?: string[]; list?: boolean; listOperation?: string; subtree?: boolean } = {},
): CatalogEntry {
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

const securityZone = summarize(
  cloudGuardEntry(
    'SecurityZonesSecurityZone',
    'securityzonessecurityzone',
    'securityZones',
    'SecurityZone',
    0.3,
    (base, ctx) => ({
      description: 'emulated security zone',
      securityZoneRecipeId: ctx.parent?.ocid ?? parentId(ctx, 'SecurityZonesSecurityRecipe', base),
      securityZoneTargetId: parentId(ctx, 'CloudGuardTarget', base),
      inheritedByCompartments: [],
      isInheritanceAfterDeleteEnabled: false,
      timeUpdated: timeUpdated(base),
    }),
    { dependsOn: ['SecurityZonesSecurityRecipe', 'CloudGuardTarget'] },
  ),
  ['securityZoneTargetId', 'inheritedByCompartments'],
);

const detectorRecipe = summarize(
  cloudGuardEntry('CloudGuardDetectorRecipe', 'cloudguarddetectorrecipe', 'detectorRecipes', 'DetectorRecipe', 0.3, (base, ctx) => ({
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
  }), { subtree: true }),
  ['effectiveDetectorRules', 'targetIds'],
);

const responderRecipe = summarize(
  cloudGuardEntry('CloudGuardResponderRecipe', 'cloudguardresponderrecipe', 'responderRecipes', 'ResponderRecipe', 0.3, (base, ctx) => ({
    description: 'emulated responder recipe',
    owner: 'CUSTOMER',
    responderRules: [],
    effectiveResponderRules: [],
    sourceResponderRecipeId: ORACLE_RECIPE('cloudguardresponderrecipe', ctx),
    timeUpdated: timeUpdated(base),
  }), { subtree: true }),
  ['effectiveResponderRules'],
);

const managedList = cloudGuardEntry('CloudGuardManagedList', 'cloudguardmanagedlist', 'managedLists', 'ManagedList', 0.3, (base, ctx) => ({
  description: 'emulated managed list',
  sourceManagedListId: ctx.rng() < 0.5 ? ORACLE_RECIPE('cloudguardmanagedlist', ctx) : null,
  listType: 'CIDR_BLOCK',
  listItems: ['10.0.0.0/8', '192.168.0.0/16'],
  feedProvider: 'CUSTOMER',
  isEditable: true,
  timeUpdated: timeUpdated(base),
}), { subtree: true });

const savedQuery = cloudGuardEntry(
  'CloudGuardSavedQuery',
  'cloudguardsavedquery',
  'savedQueries',
  'SavedQuery',
  0.3,
  (base) => ({ description: 'emulated saved query', query: "select * from problems where riskLevel = 'HIGH'", timeUpdated: timeUpdated(base) }),
  { listOperation: 'listSavedQueries', subtree: true },
);

const target = cloudGuardEntry(
  'CloudGuardTarget',
  'cloudguardtarget',
  'targets',
  'Target',
  0.3,
  (base, ctx) => {
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
  },
  { dependsOn: ['CloudGuardDetectorRecipe', 'CloudGuardResponderRecipe'], list: false },
);

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
  generate: (base: Base, ctx: GenContext): JsonObject => ({
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
      if (!found || found.attrs.hsmClusterId !== req.params.hsmClusterId) return notFound();
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
      if (!cluster) return notFound();
      const found = listed(hsmPartitionSpec, { operation: 'listHsmPartitions', noCompartment: true }, req, view, { hsmClusterId: cluster.ocid });
      if (!Array.isArray(found)) return found;
      return paged(req, found.map((r) => hsmPartition.toWire(r, view)), true);
    },
  },
];

// ---- Certificates management (certificatesmanagement 20210224) -----------------------------
const CM = '/20210224';
function validity(base: Base) {
  return { timeOfValidityNotBefore: base.timeCreated, timeOfValidityNotAfter: new Date(Date.parse(base.timeCreated) + 365 * 24 * 3600 * 1000).toISOString() };
}

const certificateAuthority = summarize(
  defineEntry({
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
  }),
  ['lifecycleDetails', 'externalKeyDescription', 'certificateRevocationListDetails'],
  { currentVersion: 'currentVersionSummary' },
);

const certificate = summarize(
  defineEntry({
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
  }),
  ['lifecycleDetails', 'certificateRevocationListDetails'],
  { currentVersion: 'currentVersionSummary' },
);

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
    schedule: ctx.rng() < 0.5 ? ({ type: 'DAILY' } as JsonObject) : { type: 'WEEKLY', dayOfWeek: 'SUNDAY' },
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

export const SECURITY_CATALOG: CatalogEntry[] = [
  secret,
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
