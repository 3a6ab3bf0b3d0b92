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
