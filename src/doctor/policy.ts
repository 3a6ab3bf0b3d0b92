// Which IAM policy statement lets a read-only inventory see a resource type, and the merge of
// the statements doctor found missing into one minimal policy. The IAM resource-types are
// OCI's documented families (`instance-family`, `virtual-network-family`, …) or, where no
// family fits without granting more, the individual resource-type (`buckets`, `vaults`).

export type PolicyVerb = 'inspect' | 'read';

export interface PolicyGrant {
  verb: PolicyVerb;
  /** IAM resource-type or family, e.g. `instance-family`, `buckets`. */
  resource: string;
}

/** Resource Search type → the IAM resource-type its enrichment call needs. */
const BY_TYPE: ReadonlyMap<string, PolicyGrant> = new Map<string, PolicyGrant>([
  ...(['Instance', 'Image', 'DedicatedVmHost', 'InstancePool', 'InstanceConfiguration', 'ConsoleHistory'] as const).map(
    (t) => [t, { verb: 'read', resource: 'instance-family' }] as const,
  ),
  ...(['BootVolume', 'Volume', 'VolumeGroup', 'VolumeBackup', 'BootVolumeBackup', 'VolumeGroupBackup'] as const).map(
    (t) => [t, { verb: 'read', resource: 'volume-family' }] as const,
  ),
  ['Bucket', { verb: 'read', resource: 'buckets' }],
  ['FileSystem', { verb: 'read', resource: 'file-family' }],
  ['MountTarget', { verb: 'read', resource: 'file-family' }],
  ['AutonomousDatabase', { verb: 'read', resource: 'autonomous-database-family' }],
  ['DbSystem', { verb: 'read', resource: 'database-family' }],
  ['Database', { verb: 'read', resource: 'database-family' }],
  ['DbNode', { verb: 'read', resource: 'database-family' }],
  ['MysqlDbSystem', { verb: 'read', resource: 'mysql-family' }],
  ['Compartment', { verb: 'inspect', resource: 'compartments' }],
  ['User', { verb: 'inspect', resource: 'users' }],
  ['Group', { verb: 'inspect', resource: 'groups' }],
  ['Policy', { verb: 'read', resource: 'policies' }],
  ['DynamicResourceGroup', { verb: 'inspect', resource: 'dynamic-groups' }],
  ['TagNamespace', { verb: 'inspect', resource: 'tag-namespaces' }],
  ['TagDefault', { verb: 'inspect', resource: 'tag-defaults' }],
  ['IdentityProvider', { verb: 'inspect', resource: 'identity-providers' }],
  ['LoadBalancer', { verb: 'read', resource: 'load-balancers' }],
  ['NetworkLoadBalancer', { verb: 'read', resource: 'network-load-balancers' }],
  ['ClustersCluster', { verb: 'read', resource: 'cluster-family' }],
  ['NodePool', { verb: 'read', resource: 'cluster-family' }],
  ['FunctionsApplication', { verb: 'read', resource: 'functions-family' }],
  ['FunctionsFunction', { verb: 'read', resource: 'functions-family' }],
  ['ApiGateway', { verb: 'read', resource: 'api-gateway-family' }],
  ['ApiDeployment', { verb: 'read', resource: 'api-gateway-family' }],
  ['Vault', { verb: 'read', resource: 'vaults' }],
  ['Key', { verb: 'read', resource: 'keys' }],
  ['VaultSecret', { verb: 'read', resource: 'secrets' }],
  ['Bastion', { verb: 'read', resource: 'bastion-family' }],
  ['LogGroup', { verb: 'read', resource: 'log-groups' }],
  ['Log', { verb: 'read', resource: 'log-groups' }],
  ['OnsTopic', { verb: 'read', resource: 'ons-topics' }],
  ['OnsSubscription', { verb: 'read', resource: 'ons-subscriptions' }],
  ['EventRule', { verb: 'read', resource: 'cloudevents-rules' }],
  ['Alarm', { verb: 'read', resource: 'alarms' }],
  ['ServiceConnector', { verb: 'read', resource: 'serviceconnectors' }],
  ['Stream', { verb: 'read', resource: 'stream-family' }],
  ['CustomerDnsZone', { verb: 'read', resource: 'dns' }],
  ['LogAnalyticsEntity', { verb: 'read', resource: 'loganalytics-entity' }],
  ['MediaAsset', { verb: 'read', resource: 'media-family' }],
]);

/** Endpoint service prefix → IAM family, for types the list above does not name. */
const BY_SERVICE: ReadonlyMap<string, PolicyGrant> = new Map<string, PolicyGrant>([
  ['iaas', { verb: 'read', resource: 'virtual-network-family' }],
  ['database', { verb: 'read', resource: 'database-family' }],
  ['objectstorage', { verb: 'read', resource: 'buckets' }],
  ['identity', { verb: 'inspect', resource: 'compartments' }],
  ['containerengine', { verb: 'read', resource: 'cluster-family' }],
  ['functions', { verb: 'read', resource: 'functions-family' }],
  ['filestorage', { verb: 'read', resource: 'file-family' }],
  ['mysql', { verb: 'read', resource: 'mysql-family' }],
  ['apigateway', { verb: 'read', resource: 'api-gateway-family' }],
  ['logging', { verb: 'read', resource: 'log-groups' }],
  ['notification', { verb: 'read', resource: 'ons-family' }],
  ['streaming', { verb: 'read', resource: 'stream-family' }],
  ['kms', { verb: 'read', resource: 'vaults' }],
  ['vaults', { verb: 'read', resource: 'secret-family' }],
  ['events', { verb: 'read', resource: 'cloudevents-rules' }],
  ['telemetry', { verb: 'read', resource: 'alarms' }],
  ['dns', { verb: 'read', resource: 'dns' }],
  ['bastion', { verb: 'read', resource: 'bastion-family' }],
  // The second enrichment wave's services, by their documented aggregate resource-types.
  ['agent.generativeai', { verb: 'read', resource: 'genai-agent-family' }],
  ['ctrl.email', { verb: 'read', resource: 'email-family' }],
  ['compute-containers', { verb: 'read', resource: 'compute-container-family' }],
  ['resourcemanager', { verb: 'read', resource: 'orm-family' }],
  ['datascience', { verb: 'read', resource: 'data-science-family' }],
  ['datasafe', { verb: 'read', resource: 'data-safe-family' }],
  ['dataflow', { verb: 'read', resource: 'dataflow-family' }],
  ['dataintegration', { verb: 'read', resource: 'dis-family' }],
  ['cloudguard-cp-api', { verb: 'read', resource: 'cloud-guard-family' }],
  ['osmh', { verb: 'read', resource: 'osmh-family' }],
  ['artifacts', { verb: 'read', resource: 'repos' }],
  ['dashboard', { verb: 'read', resource: 'management-dashboard-family' }],
  ['usage', { verb: 'read', resource: 'usage-budgets' }],
  ['vss-cp-api', { verb: 'read', resource: 'vss-family' }],
  ['waas', { verb: 'read', resource: 'waas-family' }],
  ['nosql', { verb: 'read', resource: 'nosql-family' }],
  ['recovery', { verb: 'read', resource: 'recovery-service-family' }],
  ['dbtools', { verb: 'read', resource: 'database-tools-family' }],
  ['analytics', { verb: 'read', resource: 'analytics-instances' }],
  ['integration', { verb: 'read', resource: 'integration-instance' }],
  ['digitalassistant-api', { verb: 'read', resource: 'oda-family' }],
  ['language.aiservice', { verb: 'read', resource: 'ai-service-language-family' }],
  ['vision.aiservice', { verb: 'read', resource: 'ai-service-vision-family' }],
  ['mediaservices', { verb: 'read', resource: 'media-family' }],
  ['network-firewall', { verb: 'read', resource: 'network-firewall-family' }],
  ['devops', { verb: 'read', resource: 'devops-family' }],
  ['management-agent', { verb: 'read', resource: 'management-agent-install-keys' }],
]);

/**
 * The grant a resource type's enrichment needs: by type, else by its service, else the
 * service's own name as a family (`<service>-family`), which the policy text marks as a guess.
 */
export function grantFor(resourceType: string, service: string): PolicyGrant & { guessed: boolean } {
  const known = BY_TYPE.get(resourceType) ?? BY_SERVICE.get(service);
  return known ? { ...known, guessed: false } : { verb: 'read', resource: `${service}-family`, guessed: true };
}

/** `Allow group <group> to <verb> <resource> in tenancy` (or `in compartment <name>`). */
export function statementFor(grant: PolicyGrant, group: string, scope = 'tenancy'): string {
  return `Allow group ${group} to ${grant.verb} ${grant.resource} in ${scope}`;
}

/**
 * One minimal policy: each resource once, with the weakest verb that covers every need
 * (`read` includes `inspect`), in a stable order (by resource).
 */
export function mergePolicy(grants: readonly PolicyGrant[], group: string, scope = 'tenancy'): string[] {
  const strongest = new Map<string, PolicyVerb>();
  for (const g of grants) {
    const had = strongest.get(g.resource);
    strongest.set(g.resource, had === 'read' || g.verb === 'read' ? 'read' : 'inspect');
  }
  return [...strongest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([resource, verb]) => statementFor({ verb, resource }, group, scope));
}
