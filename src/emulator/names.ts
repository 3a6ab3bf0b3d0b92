// Display names for generated resources: mostly ordinary, some hostile on purpose (CSV and
// formula injection, quoting, multi-line, non-ASCII, very long, empty) so every output path
// meets them in every generated tenancy.
import type { Rng } from './prng.js';

export interface NastyNameKind {
  kind: string;
  sample: string;
  /** Recognises a name of this kind (for tests that check every kind occurs). */
  test(name: string): boolean;
}

const LONG_NAME = `long-${'abcdefghij'.repeat(40)}-end`;

export const NASTY_NAME_KINDS: readonly NastyNameKind[] = [
  { kind: 'comma', sample: 'web, api, and db', test: (n) => n.includes(',') },
  { kind: 'double-quote', sample: 'the "prod" box', test: (n) => n.includes('"') },
  { kind: 'newline', sample: 'line one\nline two', test: (n) => n.includes('\n') },
  { kind: 'leading-equals', sample: '=HYPERLINK("http://example.com","click")', test: (n) => n.startsWith('=') },
  { kind: 'leading-plus', sample: '+1+2', test: (n) => n.startsWith('+') },
  { kind: 'leading-minus', sample: '-2+3', test: (n) => n.startsWith('-') },
  { kind: 'leading-at', sample: '@SUM(A1:A2)', test: (n) => n.startsWith('@') },
  { kind: 'emoji', sample: 'rocket 🚀 launch', test: (n) => /\p{Extended_Pictographic}/u.test(n) },
  { kind: 'cjk', sample: '東京のサーバー', test: (n) => /\p{Script=Han}/u.test(n) },
  { kind: 'very-long', sample: LONG_NAME, test: (n) => n.length > 255 },
  { kind: 'empty', sample: '', test: (n) => n === '' },
  { kind: 'null-ish', sample: 'null', test: (n) => n === 'null' },
];

const WORDS = ['alpha', 'bravo', 'core', 'edge', 'falcon', 'orion', 'atlas', 'nova', 'delta', 'ember', 'lumen', 'vega'];
const COMPARTMENT_WORDS = ['prod', 'dev', 'test', 'shared', 'network', 'security', 'apps', 'data', 'sandbox', 'finance', 'ops'];

/** Hands out names: hostile ones first (so even a tiny tenancy has each), then a sprinkle. */
export class NameSource {
  private nastyIndex = 0;
  private serial = 0;

  constructor(
    private readonly rng: Rng,
    private readonly nastyShare = 0.02,
  ) {}

  next(resourceType: string): string {
    // A bucket's name is its address (`/n/{ns}/b/{name}`) and OCI allows only [A-Za-z0-9._-].
    if (resourceType === 'Bucket') return `bucket-${this.rng.pick(WORDS)}-${++this.serial}`;
    if (this.nastyIndex < NASTY_NAME_KINDS.length) {
      const kind = NASTY_NAME_KINDS[this.nastyIndex++] as NastyNameKind;
      return kind.sample;
    }
    this.serial++;
    if (this.rng.chance(this.nastyShare)) {
      const kind = this.rng.pick(NASTY_NAME_KINDS);
      // Vary the hostile names so they are not all identical, keeping their kind.
      return kind.kind === 'empty' || kind.kind === 'null-ish' ? kind.sample : `${kind.sample} ${this.serial}`;
    }
    const slug = resourceType.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    return `${slug}-${this.rng.pick(WORDS)}-${this.serial}`;
  }

  /** Compartment names stay within OCI's charset (they form paths); unique per call. */
  compartment(): string {
    this.serial++;
    return `${this.rng.pick(COMPARTMENT_WORDS)}-${this.serial}`;
  }
}
