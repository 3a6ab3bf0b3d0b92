// The floor of the enrichment call budget on a generated tenancy (issue 12): from the emulator's
// ground truth, without a run. A type without a subtree list costs at least one call per
// (region, compartment) cell holding it, a list or a get for a lone record, whatever the
// engine chooses; a type with one costs a call per region it is in. Prints that floor per
// resource and how many of the most spread types would need a region-wide list to reach a
// target. `node build/bench/enrich-floor.js [resources] [profile] [attachment calls] [target]`.
import { type GeneratorProfile, startEmulator } from '../src/emulator/index.js';
import { rowFor } from '../src/oci/enrichers/index.js';

const GONE = new Set(['TERMINATED', 'DELETED', 'DETACHED']);

export interface CallFloor {
  records: number;
  types: number;
  occupiedPairs: number;
  subtreeTypes: number;
  subtreeCalls: number;
  /** Occupied (type, cell) pairs of the types without a subtree list. */
  otherPairs: number;
  /** Types without a subtree list, by what a region-wide list would save (pairs − regions). */
  savings: Array<{ type: string; saving: number }>;
}

export async function measureCallFloor(options: { resources: number; regions: number; compartments: number; profile: GeneratorProfile; seed?: number }): Promise<CallFloor> {
  const emulator = await startEmulator({ seed: options.seed ?? 7, profile: options.profile, size: { regions: options.regions, compartments: options.compartments, resources: options.resources } });
  try {
    const cells = new Map<string, Set<string>>();
    const regions = new Map<string, Set<string>>();
    let records = 0;
    for (const r of emulator.tenancy.resources) {
      const row = rowFor(r.resourceType);
      if (!row || GONE.has(r.lifecycleState)) continue;
      records++;
      const type = row.resourceType;
      if (!cells.has(type)) cells.set(type, new Set());
      if (!regions.has(type)) regions.set(type, new Set());
      cells.get(type)?.add(`${r.region} ${r.compartmentId}`);
      regions.get(type)?.add(r.region);
    }
    let occupiedPairs = 0;
    let subtreeTypes = 0;
    let subtreeCalls = 0;
    let otherPairs = 0;
    const savings: CallFloor['savings'] = [];
    for (const [type, pairs] of cells) {
      occupiedPairs += pairs.size;
      const row = rowFor(type);
      const inRegions = regions.get(type)?.size ?? 0;
      if (row?.list?.subtree && row.list.listIsFull) {
        subtreeTypes++;
        subtreeCalls += inRegions;
      } else {
        otherPairs += pairs.size;
        savings.push({ type, saving: pairs.size - inRegions });
      }
    }
    savings.sort((a, b) => b.saving - a.saving || a.type.localeCompare(b.type));
    return { records, types: cells.size, occupiedPairs, subtreeTypes, subtreeCalls, otherPairs, savings };
  } finally {
    await emulator.close();
  }
}

if (process.argv[1]?.endsWith('enrich-floor.js')) {
  const resources = Number(process.argv[2] ?? 100_000);
  const profile = (process.argv[3] ?? 'uniform') as GeneratorProfile;
  const attachments = Number(process.argv[4] ?? 0);
  const target = Number(process.argv[5] ?? 0.3);
  const f = await measureCallFloor({ resources, regions: 4, compartments: Math.max(8, Math.round(resources / 700)), profile });
  const floor = f.otherPairs + f.subtreeCalls + attachments;
  console.log(`${profile}: ${f.records} records of ${f.types} types; ${f.occupiedPairs} occupied (type, cell) pairs`);
  console.log(`subtree types ${f.subtreeTypes}: ${f.subtreeCalls} calls; other types: ${f.otherPairs} pairs; attachments ${attachments}`);
  console.log(`floor ${floor} calls = ${(floor / f.records).toFixed(3)} per resource`);
  let calls = floor;
  const moved: string[] = [];
  for (const { type, saving } of f.savings) {
    if (calls / f.records <= target) break;
    calls -= saving;
    moved.push(type);
  }
  console.log(`to reach ${target}: ${moved.length} more types listed once per region: ${moved.join(', ')}`);
}
