// End to end: the bundled action folds each phase of the run into a ::group:: in the job log.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { withEmulator } from '../helpers/emulator.js';
import { actionStep, apiKeyInputs, startGitHubStandin } from '../helpers/github-standin.js';

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

test('each phase is a ::group::, closed before the next opens and at the end', { timeout: 180_000 }, async () => {
  const fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 8, size: 'tiny' });
  const standin = await startGitHubStandin();
  cleanups.push(() => standin.close());
  const run = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run: standin.startRun(), inputs: { ...(await apiKeyInputs(fx.auth)), 'compare-to': 'none' } });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const marks = run.stdout.split('\n').filter((l) => l.startsWith('::group::') || l.startsWith('::endgroup::'));
  const opened = marks.filter((l) => l.startsWith('::group::')).map((l) => l.slice('::group::'.length));
  for (const phase of ['connect', 'discovery', 'enrich', 'export', 'report']) assert.ok(opened.includes(`oci-inv: ${phase}`), `${phase} grouped: ${opened.join(', ')}`);
  // Strictly alternating: never a group inside a group, and the last one closed.
  marks.forEach((l, i) => assert.equal(l.startsWith('::group::'), i % 2 === 0, `mark ${i}: ${l}`));
  assert.equal(marks.at(-1), '::endgroup::');
});
