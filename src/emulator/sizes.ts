// How big a generated tenancy is: named presets and the explicit shape behind them.
import * as v from 'valibot';
import { MAX_REGIONS } from './regions.js';

export interface TenancySize {
  /** Subscribed regions, 1-8; the first (us-ashburn-1) is home. */
  regions: number;
  /** Compartments below the root. */
  compartments: number;
  /** Approximate total of resources of every type (IAM and compartments included). */
  resources: number;
  iam?: { users: number; groups: number; policies: number };
}

export const SIZE_PRESETS = {
  tiny: { regions: 1, compartments: 4, resources: 60, iam: { users: 3, groups: 2, policies: 3 } },
  small: { regions: 2, compartments: 12, resources: 400, iam: { users: 8, groups: 4, policies: 8 } },
  medium: { regions: 3, compartments: 40, resources: 5_000, iam: { users: 30, groups: 12, policies: 25 } },
  large: { regions: 4, compartments: 150, resources: 100_000, iam: { users: 200, groups: 50, policies: 150 } },
} as const satisfies Record<string, TenancySize>;

export type SizePreset = keyof typeof SIZE_PRESETS;

const TenancySizeSchema = v.object({
  regions: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REGIONS)),
  compartments: v.pipe(v.number(), v.integer(), v.minValue(0)),
  resources: v.pipe(v.number(), v.integer(), v.minValue(0)),
  iam: v.optional(
    v.object({
      users: v.pipe(v.number(), v.integer(), v.minValue(1)),
      groups: v.pipe(v.number(), v.integer(), v.minValue(0)),
      policies: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
});

/** A preset name or an explicit size, validated; throws with the offending field. */
export function resolveSize(size: TenancySize | SizePreset | string | undefined): Required<TenancySize> {
  if (size === undefined) return resolveSize('small');
  if (typeof size === 'string') {
    if (!(size in SIZE_PRESETS)) {
      throw new Error(`unknown tenancy size "${size}" (expected ${Object.keys(SIZE_PRESETS).join(', ')})`);
    }
    return resolveSize(SIZE_PRESETS[size as SizePreset]);
  }
  const parsed = v.safeParse(TenancySizeSchema, size);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`invalid tenancy size: ${v.getDotPath(issue) ?? ''} ${issue.message}`.trim());
  }
  const s = parsed.output;
  const iam = s.iam ?? {
    users: Math.max(1, Math.round(s.resources * 0.01)),
    groups: Math.max(1, Math.round(s.resources * 0.004)),
    policies: Math.max(1, Math.round(s.resources * 0.008)),
  };
  return { regions: s.regions, compartments: s.compartments, resources: s.resources, iam };
}

/**
 * How resources spread over types and compartments.
 * - `uniform` (default, the stress case): every type by its catalog weight, compartments
 *   picked uniformly, so every type has a few resources in nearly every (region, compartment).
 * - `realistic`: heavy-tailed, as real tenancies are (parameters in REALISTIC_PROFILE,
 *   documented in docs/emulator.md).
 */
export const GENERATOR_PROFILES = ['uniform', 'realistic'] as const;
export type GeneratorProfile = (typeof GENERATOR_PROFILES)[number];

export function resolveProfile(profile: string | undefined): GeneratorProfile {
  if (profile === undefined) return 'uniform';
  if (!(GENERATOR_PROFILES as readonly string[]).includes(profile)) {
    throw new Error(`unknown generator profile "${profile}" (expected ${GENERATOR_PROFILES.join(', ')})`);
  }
  return profile as GeneratorProfile;
}

/** The `realistic` profile's parameters. */
export const REALISTIC_PROFILE = {
  /**
   * Shares of the regional budget (resources less compartments, IAM and global types) taken
   * by the types that dominate real tenancies. A type missing from the catalog gives its
   * share to the others in proportion.
   */
  dominant: {
    PrivateIp: 0.12,
    Vnic: 0.1,
    Instance: 0.08,
    BootVolume: 0.09,
    Volume: 0.11,
    Log: 0.12,
    Bucket: 0.05,
  } as Readonly<Record<string, number>>,
  /**
   * Every other regional type, in a seeded order weighted by its catalog weight, gets the
   * rest by a Zipf law of this exponent (rank k ∝ k^-s): a few types with thousands, most
   * with a handful, the last ones with one (every type gets at least one).
   */
  tailExponent: 2.2,
  /** No tail type gets more than this share of the regional budget (the excess goes to the dominant types). */
  tailCap: 0.02,
  /**
   * Compartments, in a seeded order, take resources by a Zipf law of this exponent: with
   * 150 compartments the first five hold about half of what is placed by compartment.
   */
  compartmentExponent: 1.1,
} as const;
