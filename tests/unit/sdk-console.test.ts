import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quietSdkConsole } from '../../src/oci/sdk-console.js';

test("the SDK retrier's console.warn lines go to debug; other warnings pass through; restore puts console.warn back", () => {
  const original = console.warn;
  const passed: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    passed.push(args);
  };
  try {
    const debug: string[] = [];
    const restore = quietSdkConsole((m) => debug.push(m));
    console.warn('Request cannot be retried. Not Retrying. Exception occurred : {"statusCode":404}');
    console.warn('All retry attempts have exhausted. Total Attempts : 1.');
    console.warn('something else');
    assert.equal(debug.length, 2);
    assert.match(debug[0] ?? '', /^oci sdk: Request cannot be retried/);
    assert.deepEqual(passed, [['something else']]);
    restore();
    console.warn('Request cannot be retried. after restore');
    assert.equal(passed.length, 2, 'restored: nothing filtered any more');
  } finally {
    console.warn = original;
  }
});
