// End to end: the action's trust model (issue 9), each item through the bundled action
// (dist/action/index.js run as a runner does) against the emulator and the GitHub stand-in,
// with planted runs and artifacts: which run may be the baseline, failing closed on a baseline
// that cannot be used, hostile archives, keeping what was collected, comment ownership,
// escaping, security tokens that never show, and key material gone after a signal.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import {
  type ActionRun,
  actionStep,
  apiKeyInputs,
  type GitHubStandin,
  runActionBundle,
  startGitHubStandin,
  storedZip,
  type WorkflowRun,
  zipArchive,
} from '../helpers/github-standin.js';

type Cleanup = () => Promise<void> | void;
const HOSTILE = '<img src=x onerror=alert(1)> @octo-org/admins # HEADING [link](https://evil.example) #123 octo-org/infra#1 GH-3 www.evil.example \u202Eabc\u200B';

/** Lines a runner would show: ::add-mask:: commands are consumed by the runner, never printed. */
function shown(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** No raw markup, mention, reference, link or invisible character from HOSTILE in `markdown`. */
function assertEscaped(markdown: string): void {
  for (const raw of ['<img', '@octo-org/admins', '# HEADING', '](https://evil.example)', 'https://evil', ' #123', 'infra#1', 'GH-3', 'www.evil', '\u202E', '\u200B']) {
    assert.ok(!markdown.includes(raw), `markdown holds raw ${JSON.stringify(raw)}`);
  }
}

describe('the action trust model (issue 9)', () => {
  const cleanups: Cleanup[] = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  let good: ActionRun;
  let goodInventory: string;
  let goodSummary: string;
  let sample: Record<string, unknown>;
  let workspace: string;

  const step = (extra: Record<string, string> = {}, run: WorkflowRun = standin.startRun(), more: { payload?: unknown; workspace?: string } = {}) =>
    actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run, inputs: { ...inputs, ...extra }, ...more });

  /** A finished run of the workflow holding `zip` as its oci-inventory artifact. */
  const plant = (zip: Buffer, options: { event?: string; branch?: string; fork?: string; conclusion?: 'success' | 'failure'; expired?: boolean } = {}) => {
    const run = standin.startRun({ branch: options.branch ?? 'main', event: options.event ?? 'schedule', ...(options.fork ? { fork: options.fork } : {}) });
    standin.finishRun(run, options.conclusion ?? 'success');
    return { run, artifact: standin.plantArtifact(run, 'oci-inventory', zip, { expired: options.expired ?? false }) };
  };
  const runDirZip = (inventory: string | Buffer, summary: string = goodSummary) => storedZip({ 'inventory.jsonl': inventory, 'run_summary.json': summary, 'report.md': '# r\n' });
  const downloaded = (artifactId: number) => standin.requests.filter((r) => r.path.endsWith(`/actions/artifacts/${artifactId}/zip`)).length;
  const record = (overrides: Record<string, unknown>) => `${JSON.stringify({ ...sample, ...overrides })}\n`;

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: Cleanup) => cleanups.push(fn) }, { seed: 11, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = await apiKeyInputs(fx.auth);
    workspace = await mkdtemp(join(tmpdir(), 'oci-inv-trust-ws-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    good = await step();
    assert.equal(good.code, 0, good.stdout + good.stderr);
    goodInventory = await readFile(join(good.outputs['run-dir'] ?? '', 'inventory.jsonl'), 'utf8');
    goodSummary = await readFile(join(good.outputs['run-dir'] ?? '', 'run_summary.json'), 'utf8');
    sample = JSON.parse(goodInventory.split('\n')[0] ?? '{}') as Record<string, unknown>;
  });

  test('1: a baseline with prototype-named types, regions and states does not wedge the action; a 1M-character CJK name stays under 1 MiB', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const planted = names.map((name, i) =>
      record({ ocid: `ocid1.proto.oc1..zz${i}`, resourceType: name, region: name, lifecycleState: name, displayName: i === 0 ? HOSTILE : name }),
    );
    const cjk = record({ ocid: 'ocid1.proto.oc1..zzcjk', resourceType: 'constructor', displayName: '漢'.repeat(1_000_000) });
    const { artifact } = plant(runDirZip(goodInventory + planted.join('') + cjk));
    const result = await step();
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(downloaded(artifact.id), 1);
    assert.equal(result.outputs.baseline, 'previous-run');
    assert.equal(result.outputs.removed, String(names.length + 1));
    assert.equal(result.outputs.drift, 'true');
    const diff = JSON.parse(await readFile(join(result.outputs['run-dir'] ?? '', 'diff_summary.json'), 'utf8')) as { counts_by_type: Record<string, { removed: number }> };
    for (const name of names) assert.ok(Object.hasOwn(diff.counts_by_type, name), `counts_by_type has an own key ${name}`);
    assert.equal(diff.counts_by_type['constructor' as string]?.removed, 2);
    assert.ok(Buffer.byteLength(result.summary, 'utf8') <= 1_048_576, `summary is ${Buffer.byteLength(result.summary, 'utf8')} bytes`);
    assertEscaped(result.summary);
    assert.ok(result.summary.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile name is shown, escaped');
    // Not wedged: the run after it (whose baseline is that run's own artifact) works as well.
    const next = await step();
    assert.equal(next.code, 0, next.stdout + next.stderr);
    assert.equal(next.outputs.baseline, 'previous-run');
    assert.equal(next.outputs.drift, 'false');
  });

  test('2: fork, pull-request, other-branch and PARTIAL runs are never the baseline; baseline-policy picks complete or passing runs', async () => {
    const base = await step();
    assert.equal(base.code, 0, base.stdout + base.stderr);
    // Newer runs, each holding an inventory with one extra resource: none may be chosen.
    const extra = goodInventory + record({ ocid: 'ocid1.planted.oc1..fork' });
    const fork = plant(runDirZip(extra), { event: 'pull_request', fork: 'mallory/infra' });
    const forkPush = plant(runDirZip(extra), { event: 'push', fork: 'mallory/infra' });
    const pr = plant(runDirZip(extra), { event: 'pull_request' });
    const branch = plant(runDirZip(extra), { branch: 'feature' });
    const partialSummary = goodSummary.replace(/"status":\s*"SUCCESS"/, '"status":"PARTIAL"');
    assert.notEqual(partialSummary, goodSummary);
    const partial = plant(runDirZip(extra, partialSummary));
    const result = await step();
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.baseline, 'previous-run');
    assert.equal(result.outputs.drift, 'false', 'compared with the scheduled run, not a planted one');
    for (const planted of [fork, forkPush, pr, branch]) assert.equal(downloaded(planted.artifact.id), 0, `run ${planted.run.id} was not even downloaded`);
    assert.equal(downloaded(partial.artifact.id), 1, 'the PARTIAL run was read, then passed over');
    assert.ok(downloaded(Number(base.outputs['artifact-id'])) >= 1);

    // A job that failed because fail-on tripped still collected everything: last-complete
    // takes it (each change reported once); last-passing keeps comparing with the passing run.
    const gated = plant(runDirZip(goodInventory + record({ ocid: 'ocid1.planted.oc1..gated' })), { event: 'workflow_dispatch', conclusion: 'failure' });
    const complete = await step({ 'compare-to': 'previous-run', 'baseline-policy': 'last-complete' });
    assert.equal(complete.outputs.removed, '1', 'compared with the gated run (it has one more resource)');
    assert.equal(downloaded(gated.artifact.id), 1);
    const passing = await step({ 'baseline-policy': 'last-passing' });
    assert.equal(passing.code, 0, passing.stdout + passing.stderr);
    assert.equal(passing.outputs.drift, 'false', 'compared with the last passing run');
    assert.equal(downloaded(gated.artifact.id), 1, 'last-passing never fetched the failed run');
    // An event list without schedule: the scheduled runs do not count, nothing else does either.
    const dispatch = await step({ 'baseline-events': 'workflow_dispatch', 'baseline-policy': 'last-passing' });
    assert.equal(dispatch.outputs.baseline, 'none');
    assert.equal(dispatch.outputs.drift, 'false', 'no baseline ever: the first-run case, not a failure');
  });

  test('3: an unusable baseline fails closed: artifact and summary kept, baseline none, drift empty, warning or error with the reason', async () => {
    const cases: Array<{ name: string; zip: Buffer; expired?: boolean; reason: RegExp }> = [
      { name: 'corrupt line', zip: runDirZip(`${goodInventory}{"ocid": "ocid1.x.oc1..trunc`), reason: /line \d+/ },
      { name: 'schema error', zip: runDirZip(goodInventory + record({ ocid: 'ocid1.bad.oc1..x', enrichStatus: 'MAYBE' })), reason: /enrichStatus|line \d+/ },
      { name: 'missing inventory.jsonl', zip: storedZip({ 'run_summary.json': goodSummary }), reason: /no inventory\.jsonl/ },
      { name: 'every artifact expired', zip: runDirZip(goodInventory), expired: true, reason: /expired/ },
    ];
    // Each case must be the only candidate: expire every earlier artifact first.
    for (const c of cases) {
      for (const a of standin.artifacts) a.expired = true;
      plant(c.zip, { expired: c.expired ?? false });
      const warned = await step();
      assert.equal(warned.code, 0, `${c.name}: ${warned.stdout}${warned.stderr}`);
      assert.equal(warned.outputs.baseline, 'none', c.name);
      assert.equal(warned.outputs.drift, '', `${c.name}: drift is empty, not false`);
      assert.equal(warned.outputs.added, '', c.name);
      const warning = warned.stdout.split('\n').find((l) => l.startsWith('::warning::the baseline could not be used'));
      assert.ok(warning, `${c.name}: ${warned.stdout}`);
      assert.match(warning, c.reason, c.name);
      assert.match(warned.summary, /The baseline could not be used, so drift was not checked/);
      assert.ok(standin.artifacts.some((a) => String(a.id) === warned.outputs['artifact-id'] && a.finalized), `${c.name}: own artifact uploaded`);
    }
    // With fail-on set the same is an error and a failed step, after the artifact and summary.
    for (const a of standin.artifacts) a.expired = true;
    plant(cases[0]?.zip ?? Buffer.alloc(0));
    const failed = await step({ 'fail-on': 'drift' });
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /::error::the baseline could not be used, so fail-on drift cannot be checked: the artifact oci-inventory of run \d+: .*line \d+/);
    assert.equal(failed.outputs.drift, '');
    assert.ok(failed.outputs['artifact-id']);
    assert.match(failed.summary, /could not be used/);
  });

  test('4: hostile archives are refused before or while inflating, with one download attempt each', async () => {
    const zeros = Buffer.alloc(48 * 1024 * 1024);
    const longLine = Buffer.alloc(17 * 1024 * 1024, 0x61);
    const cases: Array<{ name: string; zip: Buffer; inputs?: Record<string, string>; reason: RegExp }> = [
      {
        name: 'declared size over the cap',
        zip: zipArchive([['run_summary.json', goodSummary], ['inventory.jsonl', zeros]], { deflate: true }),
        inputs: { 'baseline-max-size': '16' },
        reason: /declares more than 16777216 bytes/,
      },
      {
        name: 'a bomb that lies about its size',
        zip: zipArchive([['run_summary.json', goodSummary], ['inventory.jsonl', zeros]], { deflate: true, declaredSize: 1000 }),
        reason: /inflates to more than|not the .* declared/,
      },
      { name: 'a 17 MiB line', zip: zipArchive([['run_summary.json', goodSummary], ['inventory.jsonl', longLine]], { deflate: true }), reason: /line longer than/ },
      {
        name: 'colliding names',
        zip: zipArchive([['run_summary.json', goodSummary], ['inventory.jsonl', goodInventory], ['inventory.jsonl', goodInventory]]),
        reason: /two entries named "inventory\.jsonl"/,
      },
    ];
    for (const c of cases) {
      assert.ok(c.zip.length < 2 * 1024 * 1024, `${c.name}: the planted zip is small (${c.zip.length} bytes)`);
      for (const a of standin.artifacts) a.expired = true;
      const { artifact } = plant(c.zip);
      const result = await step(c.inputs ?? {});
      assert.equal(result.code, 0, `${c.name}: ${result.stdout}${result.stderr}`);
      assert.equal(result.outputs.drift, '', c.name);
      const warning = result.stdout.split('\n').find((l) => l.startsWith('::warning::the baseline could not be used')) ?? '';
      assert.match(warning, c.reason, `${c.name}: ${warning}`);
      assert.equal(downloaded(artifact.id), 1, `${c.name}: one attempt`);
    }
    // Two artifacts of one name on one run (a legacy upload, or tampering): not guessed at.
    for (const a of standin.artifacts) a.expired = true;
    const twice = plant(runDirZip(goodInventory));
    const again = standin.plantArtifact(twice.run, 'oci-inventory', runDirZip(goodInventory));
    const dup = await step();
    assert.equal(dup.code, 0, dup.stdout + dup.stderr);
    assert.equal(dup.outputs.drift, '');
    assert.match(dup.stdout, /::warning::the baseline could not be used.*2 artifacts named oci-inventory/);
    assert.equal(downloaded(twice.artifact.id) + downloaded(again.id), 0);

    // An artifact whose listed size is over the cap is not even downloaded.
    for (const a of standin.artifacts) a.expired = true;
    const { artifact } = plant(storedZip({ 'run_summary.json': goodSummary, 'inventory.jsonl': goodInventory, 'padding.bin': randomBytes(2 * 1024 * 1024) }));
    const small = await step({ 'baseline-max-size': '1' });
    assert.equal(small.code, 0, small.stdout + small.stderr);
    assert.equal(downloaded(artifact.id), 0);
    assert.equal(small.outputs.drift, '');
    assert.match(small.stdout, /::warning::the baseline could not be used.*more than baseline-max-size/);
  });

  test('5: a phase after collection fails: the artifact holds what was collected and the summary says what failed; a bad expected fails before collection', async () => {
    // A good run first, so the next one has a usable baseline and gets as far as the diff.
    assert.equal((await step()).code, 0);
    const wd = join(workspace, 'bad-ignore');
    await mkdir(wd, { recursive: true });
    // The ignore file is read when the diff starts, after collection and export.
    await writeFile(join(wd, '.oci-inv-ignore'), 'definedTags..x\n');
    const artifactsBefore = standin.artifacts.length;
    const result = await step({ 'working-directory': wd });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /::error::.*\.oci-inv-ignore/);
    const uploaded = standin.artifacts.slice(artifactsBefore).find((a) => a.finalized);
    assert.ok(uploaded, `the collected run directory was uploaded: ${result.stdout}`);
    assert.equal(result.outputs['artifact-id'], String(uploaded.id));
    assert.ok(result.outputs['run-dir']);
    assert.ok((await readFile(join(result.outputs['run-dir'] ?? '', 'inventory.jsonl'), 'utf8')).length > 0);
    assert.match(result.summary, /the run did not finish/);
    assert.match(result.summary, /oci-inv-ignore/);
    assert.equal(result.outputs.drift, '');

    await writeFile(join(workspace, 'expected.jsonl'), `${goodInventory}not json\n`);
    const calls = fx.emulator.countCalls();
    const bad = await step({ 'compare-to': 'expected', expected: 'expected.jsonl', 'working-directory': workspace });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error::input expected: .*line \d+/);
    assert.equal(fx.emulator.countCalls(), calls, 'no OCI call before the expected file was checked');
  });

  test("6: the sticky comment is only ever one the token's own identity wrote", async () => {
    const PR = 31;
    const marker = '<!-- oci-inv:oci-inventory -->';
    standin.comments.push({ id: 1, issue: PR, body: `${marker}\nplanted by someone else`, user: 'mallory' });
    const prStep = (extra: Record<string, string> = {}) =>
      step({ comment: 'always', ...extra }, standin.startRun({ branch: 'feature/y', event: 'pull_request' }), { payload: { pull_request: { number: PR } } });
    const first = await prStep();
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const ours = standin.comments.filter((c) => c.issue === PR && c.user === 'github-actions[bot]');
    assert.equal(ours.length, 1, 'a comment of our own was created');
    assert.equal(standin.comments.find((c) => c.id === 1)?.body, `${marker}\nplanted by someone else`, "mallory's comment untouched");
    const second = await prStep();
    assert.equal(second.code, 0);
    assert.equal(standin.comments.filter((c) => c.issue === PR).length, 2, 'ours updated in place, no third comment');
    assert.ok(standin.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${ours[0]?.id}`)));
    assert.ok(!standin.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/issues/comments/1')));
    // A user's token resolves to its login (GET /user): the bot's comment is not its own.
    standin.tokenLogins.set('ghp_octocat_token', 'octocat');
    const user = await prStep({ 'github-token': 'ghp_octocat_token' });
    assert.equal(user.code, 0, user.stdout + user.stderr);
    assert.equal(standin.comments.filter((c) => c.issue === PR && c.user === 'octocat').length, 1);
    assert.equal(standin.comments.filter((c) => c.issue === PR).length, 3);
  });

  test('7: the "could not be used" reason from a hostile archive is escaped in the summary and the comment', async () => {
    for (const a of standin.artifacts) a.expired = true;
    const name = `x/${HOSTILE}`;
    plant(zipArchive([['run_summary.json', goodSummary], ['inventory.jsonl', goodInventory], [name, 'a'], [name, 'b']]));
    const PR = 32;
    const result = await step({ comment: 'always' }, standin.startRun({ branch: 'feature/z', event: 'pull_request' }), { payload: { pull_request: { number: PR } } });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.summary, /two entries named/);
    assertEscaped(result.summary);
    const comment = standin.comments.find((c) => c.issue === PR);
    assert.ok(comment);
    assertEscaped(comment.body);
    assert.match(comment.body, /@&#8203;octo-org\/admins/);
  });

  test('8: a security token with a trailing newline works; a refused token shows neither token nor signature', async () => {
    for (const a of standin.artifacts) a.expired = true;
    const sessionInputs = async (dir: string, options: { expiredToken?: boolean }) => {
      const auth = await fx.emulator.writeAuthFiles(join(fx.dir, dir), { sessionToken: true, ...options });
      return {
        auth: 'security_token',
        tenancy: auth.tenancyId,
        fingerprint: auth.fingerprint,
        region: auth.region,
        'private-key': await readFile(auth.keyFile, 'utf8'),
        'security-token': `${await readFile(auth.tokenFile ?? '', 'utf8')}\n`,
        user: '',
      };
    };
    const ok = await step({ ...(await sessionInputs('session-ok', {})), 'compare-to': 'none' });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.ok(Number(ok.outputs.total) > 0);

    const expired = await sessionInputs('session-expired', { expiredToken: true });
    const token = (expired['security-token'] ?? '').trim();
    const refused = await step({ ...expired, 'compare-to': 'none' });
    assert.notEqual(refused.code, 0);
    const everything = shown(refused.stdout) + refused.stderr + refused.summary;
    for (const piece of [token, token.slice(0, 40), token.slice(-40)]) assert.ok(!everything.includes(piece), 'no part of the token is shown');
    assert.doesNotMatch(everything, /signature="[^"*]/i);
    assert.doesNotMatch(everything, /keyId="[^"*]/i);
    assert.ok(refused.stdout.includes(`::add-mask::${token}`), 'the trimmed token is registered as a secret');

    // A token broken by a line break inside it: the SDK refuses the header and its error quotes
    // the whole Signature header (token and signature). None of it may be shown.
    const valid = await sessionInputs('session-broken', {});
    const whole = (valid['security-token'] ?? '').trim();
    const broken = `${whole.slice(0, 60)}\n${whole.slice(60)}`;
    const leaked = await step({ ...valid, 'security-token': broken, 'compare-to': 'none' });
    assert.notEqual(leaked.code, 0);
    const seen = shown(leaked.stdout) + leaked.stderr + leaked.summary;
    for (const piece of [whole.slice(0, 60), whole.slice(60), whole.slice(10, 50), whole.slice(-40)]) assert.ok(!seen.includes(piece), `no part of the token is shown: ${seen}`);
    assert.doesNotMatch(seen, /signature="[^"*]/i);
    assert.doesNotMatch(seen, /keyId="[^"*]/i);
  });

  test('9: SIGTERM mid-step removes the key material; after a SIGKILL the post step does', async () => {
    const killMidRun = async (signal: NodeJS.Signals) => {
      standin.stallRunLookups = true;
      let child: ChildProcess | undefined;
      let temp = '';
      const running = runActionBundle(standin, {
        run: standin.startRun(),
        inputs,
        env: { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate },
        started: (c, runnerTemp) => {
          child = c;
          temp = runnerTemp;
        },
      });
      // Wait (no deadline asserted) until the key is on disk and the step is stuck on GitHub.
      let keyDir: string | undefined;
      for (let i = 0; i < 600 && !keyDir; i++) {
        await sleep(100);
        const dirs = temp ? (await readdir(temp).catch(() => [] as string[])).filter((d) => d.startsWith('oci-inv-auth-')) : [];
        for (const d of dirs) if ((await readdir(join(temp, d)).catch(() => [] as string[])).includes('config')) keyDir = join(temp, d);
      }
      assert.ok(keyDir, 'the key was written');
      child?.kill(signal);
      const result = await running;
      standin.stallRunLookups = false;
      cleanups.push(() => rm(result.dir, { recursive: true, force: true }));
      return { result, keyDir };
    };

    const term = await killMidRun('SIGTERM');
    assert.equal(term.result.code, 143, `exit ${term.result.code} / ${term.result.signal}`);
    assert.deepEqual((await readdir(term.result.runnerTemp)).filter((d) => d.startsWith('oci-inv-auth-')), [], 'no key left after SIGTERM');

    const killed = await killMidRun('SIGKILL');
    assert.equal(killed.result.signal, 'SIGKILL');
    assert.ok((await readdir(killed.keyDir)).includes('oci_api_key.pem'), 'SIGKILL leaves the key (nothing can run)');
    assert.equal(killed.result.state['credentials-dir'], killed.keyDir);
    const stateEnv: Record<string, string> = { RUNNER_TEMP: killed.result.runnerTemp };
    for (const [name, value] of Object.entries(killed.result.state)) stateEnv[`STATE_${name}`] = value;
    const post = await runActionBundle(standin, { run: standin.startRun(), inputs: {}, env: stateEnv, entry: 'dist/action-post/index.js' });
    cleanups.push(() => rm(post.dir, { recursive: true, force: true }));
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.deepEqual((await readdir(killed.result.runnerTemp)).filter((d) => d.startsWith('oci-inv-')), [], 'the post step removed the key and scratch dirs');
  });
});
