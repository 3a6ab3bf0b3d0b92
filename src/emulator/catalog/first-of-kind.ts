// For optional references a catalog entry fills by chance (a fork's parent, a pool, an NSG):
// the first resource of its type in a region always gets one, so even a small tenancy shows
// every relation a row names, whatever the seed.
import type { GenContext } from './types.js';

/** No resource of this type exists yet in the region. */
export function firstInRegion(ctx: GenContext, resourceType: string, region: string): boolean {
  return ctx.find(resourceType, { region }).length === 0;
}

/** True for the first of its type in the region, else with probability `p`. */
export function firstOrChance(ctx: GenContext, resourceType: string, region: string, p: number): boolean {
  return firstInRegion(ctx, resourceType, region) || ctx.rng() < p;
}

/** An NSG of the VCN, if it has any. */
export function nsgOfVcn(ctx: GenContext, region: string, vcnId: string | null): string[] {
  if (!vcnId) return [];
  const nsgs = ctx.find('NetworkSecurityGroup', { region }).filter((n) => n.attrs.vcnId === vcnId);
  return nsgs.length > 0 ? [ctx.pick(nsgs).ocid] : [];
}
