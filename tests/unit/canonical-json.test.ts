// canonicalJson writes the canonical text directly (issue 11, CPU per call): it must stay
// byte for byte what JSON.stringify(sortKeys(value)) wrote, which every inventory, spill file
// and hash was made of — array-index keys first, hostile keys as data, undefined dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, sortKeys } from '../../src/core/record.js';

const reference = (value: unknown): string => JSON.stringify(sortKeys(value));

const KEYS = ['a', 'b', 'Z', '__proto__', 'constructor', 'toString', '10', '9', '0', '01', '-1', '1.5', '4294967294', '4294967295', '1e3', 'é', '\u{1F600}', 'x y', ''];

function generator(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scalar = (): unknown => {
    const r = random();
    if (r < 0.15) return null;
    if (r < 0.3) return random() * 1e6 - 5e5;
    if (r < 0.4) return random() < 0.5;
    if (r < 0.45) return -0;
    if (r < 0.5) return 1e21;
    if (r < 0.55) return Number.NaN;
    if (r < 0.6) return undefined;
    return `s\u2028"\\\n${String.fromCharCode(0xd800 + Math.floor(random() * 8))}${Math.floor(random() * 100)}`;
  };
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 4 || r < 0.3) return scalar();
    if (r < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    const n = Math.floor(random() * 8);
    for (let i = 0; i < n; i++) {
      const key = KEYS[Math.floor(random() * KEYS.length)] as string;
      Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return object;
  };
  return value;
}

test('canonicalJson is JSON.stringify(sortKeys(value)) byte for byte on 20,000 generated values', () => {
  const value = generator(7);
  for (let i = 0; i < 20_000; i++) {
    const v = value(0);
    assert.equal(canonicalJson(v), reference(v));
  }
});

test('index keys first and ascending, the rest sorted; __proto__ is data; top-level and nested edge cases', () => {
  const hostile = JSON.parse('{"b":1,"10":2,"9":3,"__proto__":{"x":1},"a":[1,null,{"d":1,"c":2}],"4294967295":0}') as unknown;
  assert.equal(canonicalJson(hostile), '{"9":3,"10":2,"4294967295":0,"__proto__":{"x":1},"a":[1,null,{"c":2,"d":1}],"b":1}');
  assert.equal(canonicalJson(hostile), reference(hostile));
  for (const v of [undefined, null, 0, -0, 'x', [undefined, () => 1], { f: () => 1, u: undefined }, new Date(0)]) assert.equal(canonicalJson(v), reference(v));
});
