// Real OCI region names and keys the emulated tenancy subscribes to, home region first.
export interface RegionDef {
  name: string;
  key: string;
  /** The tenancy-specific prefix OCI puts in front of availability domain names. */
  adCount: number;
}

export const REGION_CATALOG: readonly RegionDef[] = [
  { name: 'us-ashburn-1', key: 'IAD', adCount: 3 },
  { name: 'us-phoenix-1', key: 'PHX', adCount: 3 },
  { name: 'eu-frankfurt-1', key: 'FRA', adCount: 3 },
  { name: 'uk-london-1', key: 'LHR', adCount: 3 },
  { name: 'ap-tokyo-1', key: 'NRT', adCount: 1 },
  { name: 'ca-toronto-1', key: 'YYZ', adCount: 1 },
  { name: 'ap-sydney-1', key: 'SYD', adCount: 1 },
  { name: 'sa-saopaulo-1', key: 'GRU', adCount: 1 },
];

export const MAX_REGIONS = REGION_CATALOG.length;

export function regionDef(name: string): RegionDef | undefined {
  return REGION_CATALOG.find((r) => r.name === name);
}

/** AD names as OCI shows them: `<tenancy prefix>:<REGION>-AD-<n>`. */
export function availabilityDomainNames(region: string, prefix: string): string[] {
  const def = regionDef(region);
  const count = def?.adCount ?? 1;
  const upper = region.toUpperCase();
  return Array.from({ length: count }, (_, i) => `${prefix}:${upper}-AD-${i + 1}`);
}
