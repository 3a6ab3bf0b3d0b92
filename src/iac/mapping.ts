// What Terraform's OCI provider types mean for the inventory (docs/iac.md): which inventory
// resource type each `oci_*` type creates, where its OCID is when its `id` is composite, which
// other live resources it creates implicitly (an instance's boot volume), which types create
// no inventory record of their own, and which attributes are compared with which inventory
// field. Written from the provider's resource schemas; a table, so adding a type is one line.

/** `oci_*` resource type → the Resource Search type of the record it creates. */
export const TF_TYPE_TO_RESOURCE: ReadonlyMap<string, string> = new Map([
  // Core networking
  ['oci_core_vcn', 'Vcn'],
  ['oci_core_subnet', 'Subnet'],
  ['oci_core_route_table', 'RouteTable'],
  ['oci_core_default_route_table', 'RouteTable'],
  ['oci_core_security_list', 'SecurityList'],
  ['oci_core_default_security_list', 'SecurityList'],
  ['oci_core_dhcp_options', 'DHCPOptions'],
  ['oci_core_default_dhcp_options', 'DHCPOptions'],
  ['oci_core_network_security_group', 'NetworkSecurityGroup'],
  ['oci_core_internet_gateway', 'InternetGateway'],
  ['oci_core_nat_gateway', 'NatGateway'],
  ['oci_core_service_gateway', 'ServiceGateway'],
  ['oci_core_local_peering_gateway', 'LocalPeeringGateway'],
  ['oci_core_drg', 'Drg'],
  ['oci_core_drg_attachment', 'DrgAttachment'],
  ['oci_core_cpe', 'Cpe'],
  ['oci_core_ipsec', 'IPSecConnection'],
  ['oci_core_virtual_circuit', 'VirtualCircuit'],
  ['oci_core_public_ip', 'PublicIp'],
  ['oci_core_vnic', 'Vnic'],
  ['oci_load_balancer_load_balancer', 'LoadBalancer'],
  ['oci_load_balancer', 'LoadBalancer'],
  ['oci_network_load_balancer_network_load_balancer', 'NetworkLoadBalancer'],
  // Compute and storage
  ['oci_core_instance', 'Instance'],
  ['oci_core_image', 'Image'],
  ['oci_core_dedicated_vm_host', 'DedicatedVmHost'],
  ['oci_core_instance_configuration', 'InstanceConfiguration'],
  ['oci_core_instance_pool', 'InstancePool'],
  ['oci_core_volume', 'Volume'],
  ['oci_core_boot_volume', 'BootVolume'],
  ['oci_core_volume_backup', 'VolumeBackup'],
  ['oci_core_boot_volume_backup', 'BootVolumeBackup'],
  ['oci_core_volume_group', 'VolumeGroup'],
  ['oci_core_volume_group_backup', 'VolumeGroupBackup'],
  ['oci_objectstorage_bucket', 'Bucket'],
  ['oci_file_storage_file_system', 'FileSystem'],
  ['oci_file_storage_mount_target', 'MountTarget'],
  // Database
  ['oci_database_autonomous_database', 'AutonomousDatabase'],
  ['oci_database_db_system', 'DbSystem'],
  ['oci_database_db_home', 'DbHome'],
  ['oci_database_database', 'Database'],
  ['oci_mysql_mysql_db_system', 'MysqlDbSystem'],
  ['oci_nosql_table', 'NoSQLTable'],
  // Identity (global)
  ['oci_identity_compartment', 'Compartment'],
  ['oci_identity_user', 'User'],
  ['oci_identity_group', 'Group'],
  ['oci_identity_dynamic_group', 'DynamicResourceGroup'],
  ['oci_identity_policy', 'Policy'],
  ['oci_identity_tag_namespace', 'TagNamespace'],
  ['oci_identity_tag_default', 'TagDefault'],
  ['oci_identity_identity_provider', 'IdentityProvider'],
  ['oci_identity_network_source', 'NetworkSource'],
  ['oci_identity_domain', 'Domain'],
  // Platform services
  ['oci_containerengine_cluster', 'ClustersCluster'],
  ['oci_containerengine_node_pool', 'NodePool'],
  ['oci_functions_application', 'FunctionsApplication'],
  ['oci_functions_function', 'FunctionsFunction'],
  ['oci_apigateway_gateway', 'ApiGateway'],
  ['oci_apigateway_deployment', 'ApiDeployment'],
  ['oci_kms_vault', 'Vault'],
  ['oci_kms_key', 'Key'],
  ['oci_vault_secret', 'VaultSecret'],
  ['oci_bastion_bastion', 'Bastion'],
  ['oci_logging_log_group', 'LogGroup'],
  ['oci_logging_log', 'Log'],
  ['oci_ons_notification_topic', 'OnsTopic'],
  ['oci_ons_subscription', 'OnsSubscription'],
  ['oci_log_analytics_log_analytics_entity', 'LogAnalyticsEntity'],
  ['oci_resourcemanager_stack', 'OrmStack'],
  ['oci_events_rule', 'EventRule'],
  ['oci_streaming_stream', 'Stream'],
  ['oci_dns_zone', 'CustomerDnsZone'],
  ['oci_certificates_management_certificate', 'Certificate'],
]);

/**
 * Types whose `id` is not the OCID of what they create: the OCID attribute to match by
 * instead (`oci_objectstorage_bucket`'s id is `n/<namespace>/b/<name>`).
 */
export const OCID_ATTRIBUTE: ReadonlyMap<string, string> = new Map([
  ['oci_objectstorage_bucket', 'bucket_id'],
  ['oci_log_analytics_log_analytics_entity', 'id'],
  ['oci_nosql_table', 'id'],
]);

/**
 * Live resources a type creates besides its own record, by the attribute holding their OCID:
 * an instance's boot volume, the VNIC a VNIC attachment creates. They count as managed by the
 * resource's address (`oci_core_instance.web (boot_volume_id)`), and are never "missing" (the
 * provider may keep or drop them).
 */
export const DERIVED_OCIDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['oci_core_instance', ['boot_volume_id']],
  ['oci_core_vnic_attachment', ['vnic_id']],
  ['oci_core_volume_attachment', []],
  ['oci_core_private_ip', []],
]);

/**
 * `oci_*` types that create no inventory record of their own: attachments, rules, memberships,
 * keys of users, objects in buckets, listeners and backends. They are listed in iac.json
 * (`no_record`) and never counted as missing.
 */
export const NO_RECORD_TYPES: ReadonlySet<string> = new Set([
  'oci_core_vnic_attachment',
  'oci_core_volume_attachment',
  'oci_core_volume_backup_policy_assignment',
  'oci_core_network_security_group_security_rule',
  'oci_core_route_table_attachment',
  'oci_core_private_ip',
  'oci_core_drg_route_table',
  'oci_core_drg_route_table_route_rule',
  'oci_core_drg_route_distribution',
  'oci_core_drg_route_distribution_statement',
  'oci_core_instance_pool_instance',
  'oci_core_app_catalog_subscription',
  'oci_core_app_catalog_listing_resource_version_agreement',
  'oci_core_shape_management',
  'oci_core_ipsec_connection_tunnel_management',
  'oci_identity_user_group_membership',
  'oci_identity_api_key',
  'oci_identity_auth_token',
  'oci_identity_customer_secret_key',
  'oci_identity_smtp_credential',
  'oci_identity_ui_password',
  'oci_identity_user_capabilities_management',
  'oci_identity_tag',
  'oci_identity_authentication_policy',
  'oci_objectstorage_object',
  'oci_objectstorage_object_lifecycle_policy',
  'oci_objectstorage_namespace_metadata',
  'oci_objectstorage_preauthrequest',
  'oci_objectstorage_replication_policy',
  'oci_load_balancer_backend',
  'oci_load_balancer_backend_set',
  'oci_load_balancer_listener',
  'oci_load_balancer_certificate',
  'oci_load_balancer_hostname',
  'oci_load_balancer_path_route_set',
  'oci_load_balancer_rule_set',
  'oci_network_load_balancer_backend',
  'oci_network_load_balancer_backend_set',
  'oci_network_load_balancer_listener',
  'oci_kms_key_version',
  'oci_kms_encrypted_data',
  'oci_file_storage_export',
  'oci_file_storage_export_set',
  'oci_file_storage_snapshot',
  'oci_dns_rrset',
  'oci_dns_record',
  'oci_containerengine_addon',
  'oci_database_autonomous_database_wallet',
  'oci_database_autonomous_database_backup',
  'oci_functions_invoke_function',
]);

/** One row of the drift mapping table: a Terraform attribute path → an inventory field path. */
export interface FieldMapping {
  /** Dotted path into the state attributes; a number steps into a list (`shape_config.0.ocpus`). */
  attribute: string;
  /** Dotted path into the inventory record (`displayName`, `details.metadata.cidrBlock`). */
  field: string;
  /** How values are compared: `tags` flattens defined tags, `number` compares "50" and 50 equal, `set` ignores order. */
  compare?: 'value' | 'number' | 'set' | 'freeform-tags' | 'defined-tags';
  /** Only for these `oci_*` types (default: any type that has the attribute). */
  types?: readonly string[];
}

/** Types whose name attribute is `name`, shown by OCI as the display name. */
const NAMED_BY_NAME = [
  'oci_objectstorage_bucket',
  'oci_identity_compartment',
  'oci_identity_user',
  'oci_identity_group',
  'oci_identity_dynamic_group',
  'oci_identity_policy',
  'oci_identity_tag_namespace',
  'oci_identity_identity_provider',
  'oci_identity_network_source',
  'oci_containerengine_cluster',
  'oci_containerengine_node_pool',
  'oci_ons_notification_topic',
  'oci_streaming_stream',
  'oci_dns_zone',
  'oci_nosql_table',
  'oci_log_analytics_log_analytics_entity',
  'oci_certificates_management_certificate',
];

/** The drift mapping table (docs/iac.md repeats it). */
export const FIELD_MAPPINGS: readonly FieldMapping[] = [
  { attribute: 'display_name', field: 'displayName' },
  { attribute: 'name', field: 'displayName', types: NAMED_BY_NAME },
  { attribute: 'compartment_id', field: 'compartmentId' },
  { attribute: 'availability_domain', field: 'availabilityDomain' },
  { attribute: 'freeform_tags', field: 'freeformTags', compare: 'freeform-tags' },
  { attribute: 'defined_tags', field: 'definedTags', compare: 'defined-tags' },
  { attribute: 'cidr_block', field: 'details.metadata.cidrBlock' },
  { attribute: 'cidr_blocks', field: 'details.metadata.cidrBlocks', compare: 'set' },
  { attribute: 'ipv6cidr_blocks', field: 'details.metadata.ipv6CidrBlocks', compare: 'set' },
  { attribute: 'dns_label', field: 'details.metadata.dnsLabel' },
  { attribute: 'prohibit_public_ip_on_vnic', field: 'details.metadata.prohibitPublicIpOnVnic' },
  { attribute: 'route_table_id', field: 'details.metadata.routeTableId' },
  { attribute: 'security_list_ids', field: 'details.metadata.securityListIds', compare: 'set' },
  { attribute: 'shape', field: 'details.metadata.shape' },
  { attribute: 'shape_config.0.ocpus', field: 'details.metadata.shapeConfig.ocpus', compare: 'number' },
  { attribute: 'shape_config.0.memory_in_gbs', field: 'details.metadata.shapeConfig.memoryInGBs', compare: 'number' },
  { attribute: 'size_in_gbs', field: 'details.metadata.sizeInGBs', compare: 'number' },
  { attribute: 'size_in_mbs', field: 'details.metadata.sizeInMBs', compare: 'number' },
  { attribute: 'vpus_per_gb', field: 'details.metadata.vpusPerGB', compare: 'number' },
  { attribute: 'storage_tier', field: 'details.metadata.storageTier' },
  { attribute: 'access_type', field: 'details.metadata.publicAccessType', types: ['oci_objectstorage_bucket'] },
  { attribute: 'versioning', field: 'details.metadata.versioning', types: ['oci_objectstorage_bucket'] },
  { attribute: 'kms_key_id', field: 'details.metadata.kmsKeyId' },
  { attribute: 'cpu_core_count', field: 'details.metadata.cpuCoreCount', compare: 'number' },
  { attribute: 'compute_count', field: 'details.metadata.computeCount', compare: 'number' },
  { attribute: 'data_storage_size_in_tbs', field: 'details.metadata.dataStorageSizeInTBs', compare: 'number' },
  { attribute: 'data_storage_size_in_gb', field: 'details.metadata.dataStorageSizeInGBs', compare: 'number' },
  { attribute: 'db_name', field: 'details.metadata.dbName' },
  { attribute: 'db_version', field: 'details.metadata.dbVersion' },
  { attribute: 'db_workload', field: 'details.metadata.dbWorkload' },
  { attribute: 'is_free_tier', field: 'details.metadata.isFreeTier' },
  { attribute: 'node_count', field: 'details.metadata.nodeCount', compare: 'number' },
  { attribute: 'kubernetes_version', field: 'details.metadata.kubernetesVersion' },
  { attribute: 'node_shape', field: 'details.metadata.nodeShape' },
  { attribute: 'description', field: 'details.metadata.description' },
  { attribute: 'statements', field: 'details.metadata.statements', compare: 'set' },
  { attribute: 'matching_rule', field: 'details.metadata.matchingRule' },
  { attribute: 'email', field: 'details.metadata.email', types: ['oci_identity_user'] },
  { attribute: 'memory_in_mbs', field: 'details.metadata.memoryInMBs', compare: 'number' },
  { attribute: 'timeout_in_seconds', field: 'details.metadata.timeoutInSeconds', compare: 'number' },
  { attribute: 'retention_in_hours', field: 'details.metadata.retentionInHours', compare: 'number' },
  { attribute: 'retention_duration', field: 'details.metadata.retentionDuration', compare: 'number' },
  { attribute: 'is_enabled', field: 'details.metadata.isEnabled' },
  { attribute: 'enabled', field: 'details.metadata.isEnabled', types: ['oci_core_internet_gateway'] },
];

/** Top-level attribute names the reader keeps: the OCID sources and the mapped attributes. */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  ...OCID_ATTRIBUTE.values(),
  ...[...DERIVED_OCIDS.values()].flat(),
  ...FIELD_MAPPINGS.map((m) => m.attribute.split('.')[0] as string),
]);

/** A mapping row with its paths split once. */
export interface CompiledMapping extends FieldMapping {
  path: readonly string[];
  fieldPath: readonly string[];
}

const COMPILED: readonly CompiledMapping[] = FIELD_MAPPINGS.map((m) => ({ ...m, path: m.attribute.split('.'), fieldPath: m.field.split('.') }));
const MAPPINGS_BY_TYPE = new Map<string, CompiledMapping[]>();

/** The mapping rows that apply to an `oci_*` type. */
export function mappingsFor(type: string): readonly CompiledMapping[] {
  let rows = MAPPINGS_BY_TYPE.get(type);
  if (!rows) {
    const byName = NAMED_BY_NAME.includes(type);
    rows = COMPILED.filter((m) => (m.types ? m.types.includes(type) : !(m.attribute === 'display_name' && byName)));
    if (MAPPINGS_BY_TYPE.size < 10_000) MAPPINGS_BY_TYPE.set(type, rows);
  }
  return rows;
}

const OCID = /^ocid1\.[a-z0-9_-]+\.[a-z0-9_-]*\.[a-z0-9_-]*\.[a-z0-9_.-]+$/i;

export function isOcid(value: unknown): value is string {
  return typeof value === 'string' && OCID.test(value);
}

/** The region segment of an OCID (`iad`, `us-ashburn-1`, or '' for a global one). */
export function ocidRegion(ocid: string): string {
  return ocid.split('.')[3] ?? '';
}

/** Defined-tag namespaces OCI writes itself (Oracle-Tags.CreatedBy/CreatedOn): never drift. */
export const SYSTEM_TAG_NAMESPACES: ReadonlySet<string> = new Set(['Oracle-Tags']);
