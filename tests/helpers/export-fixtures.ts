// Records for the export tests: display names chosen to break CSV, JSON, Parquet and Mermaid
// writers that quote, escape or encode carelessly.
import type { InventoryRecord } from '../../src/core/record.js';

export const NASTY_NAMES: readonly (string | null)[] = [
  'plain-name',
  'comma, inside',
  'quote " inside and ""doubled""',
  'new\nline',
  'crlf\r\nline',
  'lone\rcarriage',
  '=HYPERLINK("http://evil","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tleading tab',
  '=cmd|\' /C calc\'!A0\nsecond line',
  'emoji 🚀🔥 and family 👨‍👩‍👧',
  '中文名称 日本語 한국어',
  '',
  ' padded ',
  'brackets [x] (y) {z} <b>tag</b>',
  'hash # semi ; pipe | percent %% backtick `',
  'ampersand & entity #quot; &amp;',
  null,
];

export function makeRecord(overrides: Partial<InventoryRecord> & { ocid: string }): InventoryRecord {
  return {
    resourceType: 'Instance',
    displayName: 'name',
    compartmentId: 'ocid1.compartment.oc1..aaaa',
    region: 'eu-frankfurt-1',
    lifecycleState: 'RUNNING',
    timeCreated: '2024-03-04T05:06:07.890Z',
    definedTags: {},
    freeformTags: {},
    collectedAt: '2025-01-02T03:04:05.678Z',
    enrichStatus: 'OK',
    enrichError: null,
    details: {},
    relationships: [],
    ...overrides,
  };
}

/** One record per nasty name, ocids deliberately out of order so sorting is exercised. */
export function nastyRecords(): InventoryRecord[] {
  return NASTY_NAMES.map((name, i) =>
    makeRecord({
      ocid: `ocid1.instance.oc1..${String(NASTY_NAMES.length - i).padStart(3, '0')}`,
      displayName: name,
      freeformTags: { Owner: name ?? 'nobody' },
      definedTags: { Ops: { CostCenter: name ?? 'none', Count: i } },
      details: { note: name, nested: { list: [name, i] } },
      relationships: [{ relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet.oc1..s1' }],
    }),
  );
}

export interface TestCompartment {
  ocid: string;
  name: string;
  parentId: string | null;
  path: string;
  lifecycleState: string;
}

/**
 * A tenancy root plus `count` compartments in a tree (each one's parent is an earlier one),
 * shaped like `CompartmentInfo`.
 */
export function compartmentTree(count: number): TestCompartment[] {
  const root: TestCompartment = { ocid: 'ocid1.tenancy.oc1..root', name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' };
  const all = [root];
  for (let i = 0; i < count; i++) {
    const parent = all[Math.floor(i / 3)] ?? root;
    const name = `c${i}`;
    all.push({ ocid: `ocid1.compartment.oc1..${String(i).padStart(6, '0')}`, name, parentId: parent.ocid, path: `${parent.path}/${name}`, lifecycleState: 'ACTIVE' });
  }
  return all;
}

/** `size` resources of `types` types spread over the compartments, each pointing at a subnet-like peer. */
export function largeInventory(size: number, compartments: readonly TestCompartment[], types = 25): InventoryRecord[] {
  const records: InventoryRecord[] = [];
  for (let i = 0; i < size; i++) {
    const type = `Type${i % types}`;
    const compartment = compartments[i % compartments.length] ?? compartments[0];
    records.push(
      makeRecord({
        ocid: `ocid1.${type.toLowerCase()}.oc1..${String(i).padStart(8, '0')}`,
        resourceType: type,
        displayName: `res-${i}`,
        compartmentId: compartment?.ocid ?? null,
        relationships: [
          { relation_type: `USES_${i % 7}`, target_ocid: `ocid1.type${(i + 1) % types}.oc1..${String((i + 1) % size).padStart(8, '0')}` },
        ],
      }),
    );
  }
  return records;
}
