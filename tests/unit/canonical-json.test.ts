// canonicalJson writes the canonical text directly (issue 11, CPU per call): it must stay
// byte for byte what JSON.stringify(sortKeys(value)) wrote, which every inventory, spill file
// and hash was made of — array-index keys first, hostile keys as data, undefined dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, sortKeys, sortLikeSortKeys } from '../../src/core/record.js';
import { toPlainJson } from '../../src/oci/json.js';

const reference = (value: unknown): string => JSON.stringify(sortKeys(value));

const KEYS = ['a', 'b', 'Z', '__proto__', 'constructor', 'toString', '10', '9', '0', '01', '-1', '1.5', '4294967294', '4294967295', '1e3', 'é', '\u{1F600}', 'x y', ''];

function generator(seed: number, order: 'random' | 'canonical' = 'random') {
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
  // Values JSON.stringify writes differently from their own keys: they must never be left to it.
  const odd: unknown[] = [new Date(0), new (class {
      a = 1;
    })(), Object.assign([1, 2], { toJSON: () => 'y' }), Object.create(null) as object, Object.assign(Object.create(null) as object, { b: 1, a: [2] }), new Number(3), new String('s'), new Map([[1, 2]])];
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 4 || r < 0.3) return scalar();
    if (r < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    if (r < 0.53) return odd[Math.floor(random() * odd.length)];
    const object: Record<string, unknown> = {};
    const n = Math.floor(random() * 8);
    const keys = Array.from({ length: n }, () => KEYS[Math.floor(random() * KEYS.length)] as string);
    // Inserted in sorted order, a subtree is what the native JSON.stringify path writes.
    if (order === 'canonical' && random() < 0.9) keys.sort();
    for (const key of keys) Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
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

test('canonicalJson matches the reference on mostly canonical-order values (the JSON.stringify path) with odd objects inside', () => {
  for (const order of ['canonical', 'random'] as const) {
    const value = generator(11, order);
    for (let i = 0; i < 20_000; i++) {
      const v = value(0);
      assert.equal(canonicalJson(v), reference(v));
    }
  }
  // A canonical subtree beside an unsorted sibling, and an unsorted one deep inside sorted ones.
  const deep = { a: { b: { c: [1, { z: 1, y: 2 }, { x: 1 }] } }, b: { d: 1 }, c: [undefined, () => 1, { e: undefined }] };
  assert.equal(canonicalJson(deep), '{"a":{"b":{"c":[1,{"y":2,"z":1},{"x":1}]}},"b":{"d":1},"c":[null,null,{}]}');
  assert.equal(canonicalJson(deep), reference(deep));
  const dated = { a: 1, b: { when: new Date(0) }, c: [new Date(0)] };
  assert.equal(canonicalJson(dated), '{"a":1,"b":{"when":{}},"c":[{}]}');
  // An own toJSON is a function-valued key: dropped, never called (JSON.stringify would call it).
  assert.equal(canonicalJson({ a: 1, b: { toJSON: () => 'x' } }), '{"a":1,"b":{}}');
});

test('sortLikeSortKeys: sortKeys order in place, short and long (past the insertion sort), and says when it was sorted already', () => {
  const keyOrder = (keys: string[]): string[] => Object.keys(sortKeys(Object.fromEntries(keys.map((k) => [k, 1]))) as object);
  let state = 5;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const n of [2, 3, 10, 24, 25, 60]) {
    for (let round = 0; round < 50; round++) {
      const object: Record<string, number> = {};
      for (let i = 0; i < n; i++) Object.defineProperty(object, KEYS[Math.floor(random() * KEYS.length)] + String(Math.floor(random() * 5)).repeat(round % 2), { value: 1, enumerable: true });
      const keys = Object.keys(object);
      const expected = keyOrder(keys);
      const wasSorted = keys.every((k, i) => k === expected[i]);
      assert.equal(sortLikeSortKeys(keys), wasSorted);
      assert.deepEqual(keys, expected);
      assert.equal(sortLikeSortKeys(keys), true);
    }
  }
});

test('toPlainJson writes keys in canonical order and keeps a __proto__ key as data', () => {
  const parsed = JSON.parse('{"b":1,"10":2,"a":{"d":null,"c":"2020-01-01"},"__proto__":{"x":1},"2":[{"z":1,"y":2}]}') as unknown;
  const plain = toPlainJson(parsed);
  assert.equal(JSON.stringify(plain), canonicalJson(parsed));
  assert.equal(JSON.stringify(plain), '{"2":[{"y":2,"z":1}],"10":2,"__proto__":{"x":1},"a":{"c":"2020-01-01","d":null},"b":1}');
  assert.equal(Object.getPrototypeOf(plain), Object.prototype);
  assert.deepEqual(toPlainJson({ t: new Date(0), u: undefined, f: () => 1, n: Number.NaN }), { n: null, t: '1970-01-01T00:00:00.000Z' });
});
