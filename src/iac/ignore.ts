// `iac.ignore`: live resources nobody manages with Terraform on purpose (docs/iac.md). A rule
// is a Resource Search type, optionally narrowed by a qualifier:
//   Vnic                 every VNIC (primary VNICs are created by their instance)
//   SecurityList:default the default security list of a VCN
//   User:federated       users that come from an identity provider
// A rule only turns an unmanaged resource into an ignored one: a resource Terraform manages
// stays managed whatever the rules say.
import type { InventoryRecord } from '../core/record.js';

export const IGNORE_QUALIFIERS = ['default', 'federated', 'root'] as const;
export type IgnoreQualifier = (typeof IGNORE_QUALIFIERS)[number];

export interface IacIgnoreRule {
  text: string;
  resourceType: string;
  qualifier: IgnoreQualifier | undefined;
}

/** The defaults, each with why (docs/iac.md repeats them); `--no-default-ignores` / `iac.default-ignores: false` drops them. */
export const DEFAULT_IAC_IGNORES: readonly { rule: string; why: string }[] = [
  { rule: 'Vnic', why: 'an instance creates its primary VNIC; secondary VNICs made by oci_core_vnic_attachment still match as managed' },
  { rule: 'PrivateIp', why: 'created with their VNIC' },
  { rule: 'BootVolume', why: 'an instance creates its boot volume; a managed instance’s boot volume (boot_volume_id) still matches as managed' },
  { rule: 'RouteTable:default', why: 'every VCN comes with one (manage it with oci_core_default_route_table to have it counted)' },
  { rule: 'SecurityList:default', why: 'every VCN comes with one (oci_core_default_security_list)' },
  { rule: 'DHCPOptions:default', why: 'every VCN comes with one (oci_core_default_dhcp_options)' },
  { rule: 'User:federated', why: 'users synchronized from an identity provider are managed there' },
  { rule: 'Compartment:root', why: 'the tenancy itself' },
];

export class IacIgnoreError extends Error {
  override name = 'IacIgnoreError';
}

export function parseIacIgnoreRule(text: string, source: string): IacIgnoreRule {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(?::\s*([a-z]+)\s*)?$/.exec(text);
  if (!m) throw new IacIgnoreError(`${source}: "${text}" is not an ignore rule (expected a resource type such as Vnic, optionally :default, :federated or :root)`);
  const qualifier = m[2];
  if (qualifier !== undefined && !(IGNORE_QUALIFIERS as readonly string[]).includes(qualifier)) {
    throw new IacIgnoreError(`${source}: "${text}": unknown qualifier ":${qualifier}" (known: ${IGNORE_QUALIFIERS.join(', ')})`);
  }
  return { text: text.trim(), resourceType: m[1] as string, qualifier: qualifier as IgnoreQualifier | undefined };
}

const DEFAULT_NAME = /^Default (Security List|Route Table|DHCP Options) for /;

/** Facts the qualifiers need that one record does not carry: the VCN defaults seen in the inventory. */
export interface IgnoreFacts {
  vcnDefaults: ReadonlySet<string>;
  tenancyId: string | undefined;
}

export class IacIgnoreRules {
  constructor(readonly rules: readonly IacIgnoreRule[]) {}

  static from(texts: readonly string[], defaults: boolean, source = 'iac.ignore'): IacIgnoreRules {
    const rules = defaults ? DEFAULT_IAC_IGNORES.map((d) => parseIacIgnoreRule(d.rule, 'default')) : [];
    for (const text of texts) rules.push(parseIacIgnoreRule(text, source));
    return new IacIgnoreRules(rules);
  }

  /** The rule that ignores this (unmanaged) record, if any. */
  match(record: Pick<InventoryRecord, 'ocid' | 'resourceType' | 'displayName' | 'details' | 'compartmentId'>, facts: IgnoreFacts): IacIgnoreRule | undefined {
    for (const rule of this.rules) {
      if (rule.resourceType !== record.resourceType) continue;
      if (rule.qualifier === undefined) return rule;
      if (rule.qualifier === 'default' && (facts.vcnDefaults.has(record.ocid) || DEFAULT_NAME.test(record.displayName ?? ''))) return rule;
      if (rule.qualifier === 'federated' && isFederatedUser(record)) return rule;
      if (rule.qualifier === 'root' && (record.ocid.startsWith('ocid1.tenancy.') || (facts.tenancyId !== undefined && record.ocid === facts.tenancyId))) return rule;
    }
    return undefined;
  }
}

function isFederatedUser(record: Pick<InventoryRecord, 'details'>): boolean {
  const metadata = record.details.metadata;
  if (!metadata) return false;
  const idp = metadata.identityProviderId;
  const external = metadata.externalIdentifier;
  return (typeof idp === 'string' && idp !== '') || (typeof external === 'string' && external !== '');
}
