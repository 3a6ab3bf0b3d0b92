// Resource Search spells some types two ways (a tenancy's older resources keep the old
// spelling). Both spellings are served by one row; records keep the spelling search gave.
/** Other spelling → the `resourceType` of the row that serves it. */
export const TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['BlockVolume', 'Volume'],
  ['DhcpOptions', 'DHCPOptions'],
  ['IpSecConnection', 'IPSecConnection'],
  ['DnsZone', 'CustomerDnsZone'],
]);

/** The row's spelling of a type (the type itself when it has no alias). */
export function canonicalType(resourceType: string): string {
  return TYPE_ALIASES.get(resourceType) ?? resourceType;
}
