// A tenancy whose strings are full of identifiers: display names, tags and descriptions
// holding OCIDs of its own resources, IP addresses, CIDRs, emails, URLs and hostnames, and a
// compartment named like a customer. Tests send such a tenancy's run to the GenAI endpoint
// and look for every one of them in what arrived (docs/genai.md).
import type { TenancyStore } from './store.js';

export interface HostileIdentifiers {
  /** Every identifier planted, as planted (tests look for each in recorded request bodies). */
  values: string[];
  /** The resources changed. */
  ocids: string[];
}

const SKIP_TYPES = new Set(['Bucket', 'Compartment']);

/** Fixed samples of each kind; combined with the tenancy's own OCIDs. */
export const HOSTILE_SAMPLES = {
  ipv4: '10.42.17.201',
  cidr: '172.31.240.0/20',
  ipv6: '2001:db8:acme::17',
  email: 'jane.doe@acme-payments.example',
  url: 'https://wiki.acme-payments.example/runbooks/db-failover?team=sre',
  hostname: 'db-primary-07.prod.acme-payments.example',
  name: 'AcmePaymentsLedger',
  compartment: 'acme-payments-prod',
} as const;

export function plantHostileIdentifiers(store: TenancyStore): HostileIdentifiers {
  const values = new Set<string>(Object.values(HOSTILE_SAMPLES));
  const ocids: string[] = [];
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
    resource.displayName = names[i % names.length] as string;
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
    if (typeof compartment.attrs.name === 'string') compartment.attrs.name = s.compartment;
    ocids.push(compartment.ocid);
  }
  store.touch();
  return { values: [...values], ocids };
}
