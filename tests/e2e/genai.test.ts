// The GenAI executive summary end to end (issue 14): the bundled CLI and the real SDK against
// the emulator, whose tenancy is hostile (names, tags and descriptions full of its own OCIDs,
// IPs, CIDRs, emails, URLs, hostnames). Nothing of that tenancy may reach the GenAI endpoint;
// the dry run prints exactly what is sent; every failure is a warning and exit 0.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { actionStep, apiKeyInputs, startGitHubStandin } from '../helpers/github-standin.js';

const LLAMA = 'meta.llama-3.3-70b-instruct';
const HOSTILE = { email: 'jane.doe@acme-payments.example', compartment: 'acme-payments-prod' };
const COHERE = 'cohere.command-r-plus-08-2024';

/** Every identifier of the emulated tenancy, from its ground truth (not from the product's own scrubber). */
function tenancyIdentifiers(fx: EmulatorFixture): string[] {
  const ids = new Set<string>(fx.emulator.tenancy.hostile?.values ?? []);
  ids.add(fx.emulator.tenancy.tenancyName);
  ids.add(fx.emulator.tenancy.namespace);
  for (const c of fx.emulator.tenancy.compartments) {
    ids.add(c.ocid);
    ids.add(c.name);
  }
  for (const r of fx.emulator.tenancy.resources) {
    ids.add(r.ocid);
    ids.add(r.displayName);
    for (const [k, v] of Object.entries(r.freeformTags)) ids.add(k).add(v);
    for (const [ns, tags] of Object.entries(r.definedTags)) {
      ids.add(ns);
      for (const [k, v] of Object.entries(tags)) ids.add(k).add(String(v));
    }
    if (typeof r.attrs.description === 'string') ids.add(r.attrs.description);
  }
  // Shorter strings (`dev`, `db`, `+1`) are English, not a tenancy's; numbers are counts.
  return [...ids].filter((id) => id.length >= 5 && !/^\d+$/.test(id));
}

/**
 * Identifiers found in a recorded body (its compartmentId, configuration rather than inventory,
 * taken out): case-insensitive, not inside a longer word (`identity` is no leak in `IdentityProvider`).
 */
function leaksIn(body: string, identifiers: string[]): string[] {
  const parsed = JSON.parse(body) as { compartmentId: string };
  const json = JSON.stringify({ ...parsed, compartmentId: undefined });
  const word = /[\p{L}\p{N}_]/u;
  return identifiers.filter((id) =>
    [id, JSON.stringify(id).slice(1, -1)].some((needle) => {
      const re = new RegExp(
        `${word.test(needle[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : ''}${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${word.test(needle.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : ''}`,
        'iu',
      );
      return re.test(json);
    }),
  );
}

describe('GenAI executive summary against the emulator', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let fx: EmulatorFixture;
  let home: string;
  let firstRun: string;
  let secondRun: string;
  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });

  const env = (extra: Record<string, string> = {}) => ({
    OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    ...extra,
  });
  const base = () => ['--auth', 'api_key', '--oci-config', fx.auth.configFile];
  const run = (extra: string[], envExtra: Record<string, string> = {}) => runCli(['run', ...base(), '--outdir', join(home, 'out'), ...extra], env(envExtra), home);
  const summarize = (dir: string, extra: string[], envExtra: Record<string, string> = {}) => runCli(['summarize', dir, ...base(), ...extra], env(envExtra), home);

  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 14, size: 'tiny', hostile: true });
    home = await mkdtemp(join(tmpdir(), 'oci-inv-genai-home-'));
    cleanups.push(() => rm(home, { recursive: true, force: true }));
    const first = await run(['--genai-summary'], { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA });
    assert.equal(first.code, 0, first.stderr);
    firstRun = first.stdout.trim();
    fx.emulator.drift({ add: 3, remove: 2, rename: 2, retag: 2, changeAttrs: 2, terminate: 0 });
    const second = await run(['--prev', firstRun, '--genai-summary'], { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA });
    assert.equal(second.code, 0, second.stderr);
    secondRun = second.stdout.trim();
  });

  test('run --genai-summary: the section at the top of report.md, which model wrote it, the prompt file', async () => {
    const report = await readFile(join(secondRun, 'report.md'), 'utf8');
    const lines = report.split('\n');
    assert.equal(lines[0]?.startsWith('# OCI inventory'), true);
    assert.equal(lines[3], '## Executive summary');
    assert.match(report, /Since the baseline, \d+ resources were added, \d+ removed and \d+ changed\./);
    assert.match(report, /Written by <code>meta\.llama-3\.3-70b-instruct<\/code>/);
    assert.match(report, /\[genai_prompt\.json\]\(genai_prompt\.json\)/);
    // The placeholder was mapped back locally: the answer named `compartment #1`, the report a path.
    assert.doesNotMatch(report.split('## Regions')[0] ?? '', /compartment #/);
    assert.match(report, /compartment <code>root[^<]*<\/code>/);
    const prompt = JSON.parse(await readFile(join(secondRun, 'genai_prompt.json'), 'utf8')) as { model: string; sent: boolean; body: unknown };
    assert.equal(prompt.model, LLAMA);
    assert.equal(prompt.sent, true);
    assert.deepEqual(prompt.body, JSON.parse(fx.emulator.genai.chatBodies.at(-1) ?? 'null'));
  });

  test('no identifier of the hostile tenancy is in any body that reached the GenAI endpoint', () => {
    const identifiers = tenancyIdentifiers(fx);
    assert.ok(identifiers.length > 100, `identifiers to look for: ${identifiers.length}`);
    for (const planted of fx.emulator.tenancy.hostile?.values ?? []) assert.ok(identifiers.includes(planted) || planted.length < 5);
    const bodies = fx.emulator.genai.chatBodies;
    assert.ok(bodies.length >= 2);
    for (const body of bodies) assert.deepEqual(leaksIn(body, identifiers), []);
    // The check sees a leak when there is one, however the body escapes it.
    const control = JSON.stringify({ compartmentId: 'x', chatRequest: { message: `owner "${HOSTILE.email}" at ${HOSTILE.compartment}` } });
    const caught = leaksIn(control, identifiers);
    assert.ok(caught.includes(HOSTILE.compartment) && caught.includes(HOSTILE.email), caught.join(', '));
  });

  test('--genai-dry-run prints exactly the body that is sent, and sends nothing', async () => {
    const before = fx.emulator.genai.chatBodies.length;
    const dry = await summarize(secondRun, ['--genai-dry-run', '--genai-base-model-id', COHERE]);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(fx.emulator.genai.chatBodies.length, before, 'a dry run sends nothing');
    const printed = dry.stdout.trimEnd();
    const file = JSON.parse(await readFile(join(secondRun, 'genai_prompt.json'), 'utf8')) as { sent: boolean; body: unknown };
    assert.equal(file.sent, false);
    assert.deepEqual(file.body, JSON.parse(printed));
    assert.match(await readFile(join(secondRun, 'report.md'), 'utf8'), /Dry run: nothing was sent/);

    const real = await summarize(secondRun, ['--genai-base-model-id', COHERE]);
    assert.equal(real.code, 0, real.stderr);
    assert.equal(fx.emulator.genai.chatBodies.length, before + 1);
    assert.equal(fx.emulator.genai.chatBodies.at(-1), printed, 'byte for byte');
    const sent = JSON.parse(printed) as { chatRequest: { apiFormat: string } };
    assert.equal(sent.chatRequest.apiFormat, 'COHERE', 'cohere.* models get the COHERE format');
    assert.match(real.stdout, /Since the baseline/);
    const report = await readFile(join(secondRun, 'report.md'), 'utf8');
    assert.equal(report.match(/## Executive summary/g)?.length, 1, 'summarize replaces the section');
    assert.match(report, /Written by <code>cohere\.command-r-plus-08-2024<\/code>/);
  });

  test('run --genai-dry-run: stdout stays the run directory, the body goes to stderr and genai_prompt.json, nothing is sent', async () => {
    const before = fx.emulator.genai.chatBodies.length;
    const r = await run(['--genai-dry-run'], { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA });
    assert.equal(r.code, 0, r.stderr);
    const dir = r.stdout.trim();
    assert.equal(dir.split('\n').length, 1);
    assert.equal(fx.emulator.genai.chatBodies.length, before);
    const file = JSON.parse(await readFile(join(dir, 'genai_prompt.json'), 'utf8')) as { sent: boolean; body: unknown };
    assert.equal(file.sent, false);
    const printed = r.stderr.split('\n').find((line) => line.startsWith('{"compartmentId"'));
    assert.ok(printed, r.stderr);
    assert.deepEqual(JSON.parse(printed), file.body);
    assert.deepEqual(leaksIn(printed, tenancyIdentifiers(fx)), []);
  });

  test('config precedence: flag over OCI_INV_GENAI_* over the OCI_INV_GENAI_CONFIG file over ~/.config/oci-inv/genai.yaml', async () => {
    await mkdir(join(home, '.config', 'oci-inv'), { recursive: true });
    await writeFile(join(home, '.config', 'oci-inv', 'genai.yaml'), `base_model_id: ${COHERE}\nmax_tokens: 111\n`);
    const named = join(home, 'named-genai.yaml');
    await writeFile(named, `base_model_id: ${LLAMA}\nmax_tokens: 222\ntemperature: 0.7\n`);
    const bodyOf = async (extra: string[], envExtra: Record<string, string>) => {
      const r = await summarize(secondRun, ['--genai-dry-run', ...extra], envExtra);
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout) as { servingMode: { modelId: string }; chatRequest: { maxTokens: number; temperature: number } };
    };
    let body = await bodyOf([], {});
    assert.deepEqual([body.servingMode.modelId, body.chatRequest.maxTokens], [COHERE, 111]);
    body = await bodyOf([], { OCI_INV_GENAI_CONFIG: named });
    assert.deepEqual([body.servingMode.modelId, body.chatRequest.maxTokens, body.chatRequest.temperature], [LLAMA, 222, 0.7]);
    body = await bodyOf([], { OCI_INV_GENAI_CONFIG: named, OCI_INV_GENAI_MAX_TOKENS: '333' });
    assert.deepEqual([body.servingMode.modelId, body.chatRequest.maxTokens], [LLAMA, 333]);
    body = await bodyOf(['--genai-max-tokens', '444', '--genai-base-model-id', COHERE], { OCI_INV_GENAI_CONFIG: named, OCI_INV_GENAI_MAX_TOKENS: '333' });
    assert.deepEqual([body.servingMode.modelId, body.chatRequest.maxTokens], [COHERE, 444]);
    await rm(join(home, '.config'), { recursive: true, force: true });
  });

  test('a bad GenAI config file is exit 2 naming the file and key, before any API call or run directory', async () => {
    const bad = join(home, 'bad-genai.yaml');
    await writeFile(bad, `base_model_id: ${LLAMA}\ntemperature: scorching\n`);
    const calls = fx.emulator.countCalls();
    const r = await runCli(['run', ...base(), '--outdir', join(home, 'bad-out'), '--genai-summary'], env({ OCI_INV_GENAI_CONFIG: bad }), home);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: key temperature: must be a number`));
    assert.equal(fx.emulator.countCalls(), calls);
    await assert.rejects(readFile(join(home, 'bad-out')), /ENOENT/);
    // summarize takes only a whole run directory, and writes nothing into anything else.
    const notRun = join(home, 'not-a-run');
    await mkdir(notRun);
    const s = await summarize(notRun, [], { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA });
    assert.equal(s.code, 2, s.stderr);
    assert.match(s.stderr, /has no run_summary\.json/);
    await assert.rejects(readFile(join(notRun, 'report.md')), /ENOENT/);
  });

  describe('failures degrade to a warning; the run still exits 0', () => {
    const reportOf = async (dir: string) => readFile(join(dir, 'report.md'), 'utf8');
    test('no config', async () => {
      const r = await run(['--genai-summary']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /executive summary unavailable: no GenAI config/);
      assert.match(await reportOf(r.stdout.trim()), /_Summary unavailable \(no GenAI config/);
    });
    test('404 model', async () => {
      const r = await summarize(secondRun, ['--genai-base-model-id', 'meta.no-such-model']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /executive summary unavailable: model not found or not authorized \(404 NotAuthorizedOrNotFound\)/);
      assert.match(await reportOf(secondRun), /Summary unavailable \(model not found/);
    });
    test('429', async () => {
      fx.emulator.genai.faults = { throttleRetryAfterSeconds: 1 };
      try {
        const r = await run(['--genai-summary'], { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /executive summary unavailable: throttled by the GenAI service \(429 TooManyRequests\)/);
        assert.match(await reportOf(r.stdout.trim()), /Summary unavailable \(throttled/);
      } finally {
        fx.emulator.genai.faults = {};
      }
    });
    test('timeout', async () => {
      fx.emulator.genai.faults = { slowMs: 8_000 };
      try {
        const r = await summarize(secondRun, ['--genai-base-model-id', LLAMA, '--genai-timeout-seconds', '1']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /executive summary unavailable: no answer within 1 s \(timeout\)/);
      } finally {
        fx.emulator.genai.faults = {};
      }
    });
  });

  test('list-genai-models lists the chat models of the compartment and region', async () => {
    const r = await runCli(['list-genai-models', ...base(), '--json'], env(), home);
    assert.equal(r.code, 0, r.stderr);
    const models = JSON.parse(r.stdout) as Array<{ name: string; capabilities: string[] }>;
    assert.deepEqual(models.map((m) => m.name).sort(), [COHERE, LLAMA]);
  });

  test('the action input genai-summary puts the section at the top of the job summary', async () => {
    const standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    const inputs = { ...(await apiKeyInputs(fx.auth)), comment: 'never', 'compare-to': 'none', 'genai-summary': 'true' };
    const before = fx.emulator.genai.chatBodies.length;
    const result = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run: standin.startRun(), inputs, env: { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA } });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(fx.emulator.genai.chatBodies.length, before + 1);
    const summary = result.summary;
    const exec = summary.indexOf('## Executive summary');
    assert.ok(exec > 0 && exec < summary.indexOf('Baseline:') + 400, summary.slice(0, 800));
    assert.match(summary, /The tenancy holds \d+ resources/);
    assert.match(summary, /genai_prompt\.json in the artifact/);
    for (const body of fx.emulator.genai.chatBodies) assert.deepEqual(leaksIn(body, tenancyIdentifiers(fx)), []);

    // On a pull request, the sticky comment carries it at the top too.
    const pr = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, {
      run: standin.startRun({ branch: 'feature/x', event: 'pull_request' }),
      inputs: { ...inputs, comment: 'always' },
      env: { OCI_INV_GENAI_BASE_MODEL_ID: LLAMA },
      payload: { pull_request: { number: 3 }, repository: { name: standin.repo, owner: { login: standin.owner } } },
    });
    assert.equal(pr.code, 0, pr.stdout + pr.stderr);
    const comment = standin.comments.find((c) => c.issue === 3)?.body ?? '';
    assert.ok(comment.indexOf('## Executive summary') > 0 && comment.indexOf('## Executive summary') < 1000, comment.slice(0, 1000));
    assert.match(comment, /Written by <code>meta\.llama-3\.3-70b-instruct<\/code>/);
  });
});
