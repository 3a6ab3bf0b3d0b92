// The CLI narrows TurboFan's inlining budget at start-up (src/cli/jit.ts, docs/benchmarks.md "CPU
// per call at 6k"), unless node was given its own setting on the command line or in NODE_OPTIONS.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { JIT_FLAGS, tuneJit } from '../../src/cli/jit.js';

function tune(execArgv: string[], nodeOptions = ''): string[] | false {
  const set: string[] = [];
  return tuneJit(execArgv, nodeOptions, (flag) => set.push(flag)) ? set : false;
}

test('the JIT flags are set by default', () => {
  assert.deepEqual(tune([]), [...JIT_FLAGS]);
  assert.deepEqual(tune(['--enable-source-maps', '--turbo-inlining-extra', '--max-inlined-bytecode-size=460']), [...JIT_FLAGS]);
  assert.deepEqual(tune([], '--max-old-space-size=4096'), [...JIT_FLAGS]);
});

test('a setting given to node wins, in either spelling and sign, on the command line or in NODE_OPTIONS', () => {
  for (const arg of ['--turbo-inlining', '--no-turbo-inlining', '--turbo_inlining', '--no_turbo_inlining', '--max-inlined-bytecode-size-cumulative=920', '--max_inlined_bytecode_size_cumulative=100']) {
    assert.equal(tune([arg]), false, arg);
    assert.equal(tune([], `--max-old-space-size=4096 ${arg}`), false, `NODE_OPTIONS ${arg}`);
  }
});

test('V8 accepts the flags at run time (an unknown flag would print a warning on stderr)', () => {
  const url = new URL('../../src/cli/jit.js', import.meta.url).href;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const { tuneJit } = await import(${JSON.stringify(url)}); console.log(tuneJit([], ''));`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'true');
  assert.equal(r.stderr, '');
});
