// The GenAI summary's pure parts: configuration precedence and errors, field path
// generalization, the scrubber, placeholder mapping and the report section.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { apiFormatOf, managementEndpointOf, resolveGenAiConfig } from '../../src/genai/config.js';
import { collectRunFacts, generalizePath, type SummaryFacts } from '../../src/genai/facts.js';
import { buildChatBody, buildPrompt, promptTextOf } from '../../src/genai/prompt.js';
import { collectIdentifiers, containsBounded, type Identifier, PromptLeakError, PromptScrubber } from '../../src/genai/scrub.js';
import { mapPlaceholders, summarizeRun, withSummarySection } from '../../src/genai/summarize.js';

const dirs: string[] = [];
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'oci-inv-genai-'));
  dirs.push(d);
  return d;
}

describe('GenAI config', () => {
  test('flags over OCI_INV_GENAI_* over the OCI_INV_GENAI_CONFIG file, key by key', async () => {
    const dir = await tempDir();
    const file = join(dir, 'genai.yaml');
    await writeFile(file, 'oci_profile: GENAI\ncompartment_id: ocid1.compartment.oc1..file\nendpoint: https://inference.generativeai.us-chicago-1.oci.oraclecloud.com\nbase_model_id: cohere.command-r-plus\nvision_model_id: meta.llama-3.2-90b-vision-instruct\nmax_tokens: 300\n');
    const config = await resolveGenAiConfig({
      env: { OCI_INV_GENAI_CONFIG: file, OCI_INV_GENAI_BASE_MODEL_ID: 'meta.llama-3.3-70b-instruct', OCI_INV_GENAI_MAX_TOKENS: '400', OCI_INV_GENAI_TEMPERATURE: '0.5' },
      flags: { genaiMaxTokens: '500' },
      home: dir,
      cwd: dir,
    });
    assert.equal(config.ociProfile, 'GENAI');
    assert.equal(config.compartmentId, 'ocid1.compartment.oc1..file');
    assert.equal(config.baseModelId, 'meta.llama-3.3-70b-instruct');
    assert.equal(config.maxTokens, 500);
    assert.equal(config.temperature, 0.5);
    assert.equal(config.sources.get('maxTokens'), '--genai-max-tokens');
    assert.equal(config.sources.get('baseModelId'), 'environment OCI_INV_GENAI_BASE_MODEL_ID');
    assert.equal(config.sources.get('compartmentId'), `${file}: key compartment_id`);
  });

  test('~/.config/oci-inv/genai.yaml before .local/genai.yaml; OCI_INV_GENAI_CONFIG before both', async () => {
    const home = await tempDir();
    const cwd = await tempDir();
    await mkdir(join(home, '.config', 'oci-inv'), { recursive: true });
    await mkdir(join(cwd, '.local'), { recursive: true });
    await writeFile(join(cwd, '.local', 'genai.yaml'), 'base_model_id: from.local\n');
    assert.equal((await resolveGenAiConfig({ env: {}, home, cwd })).baseModelId, 'from.local');
    await writeFile(join(home, '.config', 'oci-inv', 'genai.yaml'), 'base_model_id: from.home\n');
    assert.equal((await resolveGenAiConfig({ env: {}, home, cwd })).baseModelId, 'from.home');
    const named = join(cwd, 'named.yaml');
    await writeFile(named, 'base_model_id: from.named\n');
    assert.equal((await resolveGenAiConfig({ env: { OCI_INV_GENAI_CONFIG: named }, home, cwd })).baseModelId, 'from.named');
    assert.equal((await resolveGenAiConfig({ env: {}, home: await tempDir(), cwd: await tempDir() })).baseModelId, undefined);
  });

  test('a wrong key or value names the file and the key (ConfigError, exit 2)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'genai.yaml');
    await writeFile(file, 'base_model_id: cohere.command-r\nmax_token: 10\n');
    await assert.rejects(resolveGenAiConfig({ env: { OCI_INV_GENAI_CONFIG: file } }), (e: Error) => e.name === 'ConfigError' && e.message.includes(file) && e.message.includes('unknown key "max_token"'));
    await writeFile(file, 'temperature: hot\n');
    await assert.rejects(resolveGenAiConfig({ env: { OCI_INV_GENAI_CONFIG: file } }), (e: Error) => e.name === 'ConfigError' && e.message.includes(`${file}: key temperature`));
    await assert.rejects(resolveGenAiConfig({ env: { OCI_INV_GENAI_COMPARTMENT_ID: 'prod' } }), /environment OCI_INV_GENAI_COMPARTMENT_ID: must be a compartment/);
    await assert.rejects(resolveGenAiConfig({ env: {}, flags: { genaiTemperature: '3' } }), /--genai-temperature: must be at most 2/);
    await assert.rejects(resolveGenAiConfig({ env: { OCI_INV_GENAI_CONFIG: join(dir, 'missing.yaml') } }), /missing\.yaml: cannot read/);
  });

  test('API format from the model family; management endpoint beside the inference one', () => {
    assert.equal(apiFormatOf('cohere.command-r-plus-08-2024'), 'COHERE');
    assert.equal(apiFormatOf('meta.llama-3.3-70b-instruct'), 'GENERIC');
    assert.equal(apiFormatOf('ocid1.generativeaimodel.oc1.iad.x'), 'GENERIC');
    assert.equal(managementEndpointOf('https://inference.generativeai.us-chicago-1.oci.oraclecloud.com'), 'https://generativeai.us-chicago-1.oci.oraclecloud.com');
    assert.equal(managementEndpointOf('http://127.0.0.1:9/inference.generativeai/us-ashburn-1'), 'http://127.0.0.1:9/generativeai/us-ashburn-1');
  });
});

describe('field paths carry no user-chosen key', () => {
  test('tags, metadata maps and odd segments become *', () => {
    assert.equal(generalizePath('freeformTags.jane.doe@acme.example'), 'freeformTags.*');
    assert.equal(generalizePath('definedTags.Operations.CostCenter'), 'definedTags.*');
    assert.equal(generalizePath('details.metadata.metadata.user_data'), 'details.metadata.metadata.*');
    assert.equal(generalizePath('details.metadata.shape'), 'details.metadata.shape');
    assert.equal(generalizePath('details.metadata.ingressSecurityRules.3.source'), 'details.metadata.ingressSecurityRules.[].source');
    assert.equal(generalizePath('details.metadata.config.DB_PASSWORD'), 'details.metadata.config.*');
    assert.equal(generalizePath('details.metadata.10.0.0.1'), 'details.metadata.[].[].[].[]');
    assert.equal(generalizePath('details.metadata.Acme-Corp'), 'details.metadata.*');
  });
});

const facts: SummaryFacts = {
  status: 'PARTIAL',
  resources: 120,
  globalResources: 20,
  regions: [
    { region: 'us-ashburn-1', resources: 80, failed: false },
    { region: 'eu-frankfurt-1', resources: 20, failed: true },
  ],
  otherRegions: 0,
  compartments: { total: 6, byDepth: [0, 3, 3] },
  enrichment: { ok: 100, notImplemented: 15, errors: 5, skipped: 0 },
  byType: [
    { type: 'Instance', count: 40 },
    { type: 'Vcn', count: 5 },
  ],
  otherTypes: { types: 3, count: 75 },
  diff: {
    baseline: 'previous-run',
    counts: { added: 3, removed: 2, changed: 4, unverified: 5, unchanged: 100 },
    byType: [{ type: 'Instance', added: 3, removed: 2, changed: 4 }],
    topFields: [{ path: 'freeformTags.*', count: 2 }],
    compartments: [{ placeholder: 1, depth: 2, added: 3, removed: 2, changed: 4 }],
  },
};

describe('the prompt and the scrubber', () => {
  const prompt = buildPrompt(facts);
  const body = buildChatBody(prompt, { compartmentId: 'ocid1.tenancy.oc1..t', modelId: 'cohere.command-r-plus', apiFormat: 'COHERE', maxTokens: 600, temperature: 0.2 });

  test('the prompt restates the counts, the failed region and the placeholders', () => {
    assert.match(prompt.text, /Run status: PARTIAL/);
    assert.match(prompt.text, /eu-frankfurt-1 20 \(failed\)/);
    assert.match(prompt.text, /Changes: 3 added, 2 removed, 4 changed, 5 unverified, 100 unchanged/);
    assert.match(prompt.text, /compartment #1 \(depth 2\)/);
    assert.equal(body.chatRequest.apiFormat, 'COHERE');
    const generic = buildChatBody(prompt, { compartmentId: 'ocid1.tenancy.oc1..t', modelId: 'meta.llama-3.3-70b-instruct', apiFormat: 'GENERIC', maxTokens: 600, temperature: 0.2 });
    assert.equal(generic.chatRequest.apiFormat, 'GENERIC');
    assert.equal(promptTextOf(generic), promptTextOf(body));
  });

  test('an identifier of the run in the prompt is refused, naming where it came from, never the value', () => {
    const record = {
      ocid: 'ocid1.instance.oc1.iad.aaaa1234',
      displayName: 'ledger host',
      freeformTags: { 'owner@acme.example': 'jane.doe@acme.example' },
      details: { metadata: { description: 'reach 10.1.2.3 or https://wiki.acme.example/x' } },
    };
    const found: Identifier[] = [];
    collectIdentifiers(record, 'inventory.jsonl record 7', (id) => found.push(id));
    const values = found.map((f) => f.value);
    for (const v of ['ocid1.instance.oc1.iad.aaaa1234', 'ledger host', 'owner@acme.example', 'jane.doe@acme.example', '10.1.2.3', 'https://wiki.acme.example/x', 'wiki.acme.example']) {
      assert.ok(values.includes(v), `collects ${v}`);
    }
    // The clean prompt passes every one of them.
    const clean = new PromptScrubber(promptTextOf(body), prompt.vocabulary);
    for (const id of found) clean.check(id);
    // A prompt with a slipped-through value is refused.
    const leaky = new PromptScrubber(`${promptTextOf(body)}\nnote: see 10.1.2.3`, prompt.vocabulary);
    assert.throws(
      () => {
        for (const id of found) leaky.check(id);
      },
      (e: Error) => e instanceof PromptLeakError && e.message.includes('inventory.jsonl record 7: details.metadata.description') && !e.message.includes('10.1.2.3'),
    );
    // Tag keys show as * in the where.
    const tagKey = found.find((f) => f.kind === 'tag key');
    assert.equal(tagKey?.where, 'inventory.jsonl record 7: freeformTags.*');
  });

  test('word boundaries, numbers and the public vocabulary are not leaks', () => {
    assert.equal(containsBounded('production is fine', 'prod'), false);
    assert.equal(containsBounded('the prod box', 'prod'), true);
    assert.equal(containsBounded('coverage 93.5%', '3.5'), false);
    const scrubber = new PromptScrubber(promptTextOf(body), prompt.vocabulary);
    for (const value of ['Instance', 'resources', '120', 'eu-frankfurt-1', 'db']) scrubber.check({ value, kind: 'displayName', where: 'x' });
    scrubber.check({ value: 'frankfurt ledger', kind: 'displayName', where: 'x' });
    assert.throws(() => scrubber.check({ value: 'compartment #1 (depth 2)', kind: 'displayName', where: 'x' }), PromptLeakError);
  });
});

describe('rendering the answer', () => {
  test('placeholders map back to escaped paths; unknown ones stay; the model text is escaped', () => {
    const placeholders = new Map([[1, 'root/<script>alert(1)</script>|prod']]);
    const text = mapPlaceholders('Most change is in compartment #1 and compartment #9. @team see #12', placeholders, (s) => s.replace(/</g, '&lt;').replace(/@/g, '@\u200b'), (p) => `[${p.replace(/</g, '&lt;')}]`);
    assert.equal(text, 'Most change is in compartment [root/&lt;script>alert(1)&lt;/script>|prod] and compartment #9. @\u200bteam see #12');
  });

  test('the section goes right under the title and replaces an earlier one', () => {
    const report = '# OCI inventory ✅ SUCCESS\n\nTenancy `x`.\n';
    const once = withSummarySection(report, '## Executive summary\n\nfirst\n');
    assert.match(once, /^# OCI inventory ✅ SUCCESS\n\n<!-- oci-inv:executive-summary -->\n## Executive summary\n\nfirst\n<!-- \/oci-inv:executive-summary -->\n\nTenancy/);
    const twice = withSummarySection(once, '## Executive summary\n\nsecond\n');
    assert.equal(twice.match(/Executive summary/g)?.length, 1);
    assert.match(twice, /second/);
    assert.doesNotMatch(twice, /first/);
    assert.match(twice, /\n\nTenancy `x`\.\n$/);
  });
});

describe('a run directory made by hand', () => {
  const tenancy = 'ocid1.tenancy.oc1..hand';
  const record = (ocid: string, resourceType: string, displayName: string, compartmentId: string, region = 'us-ashburn-1', extra: Record<string, unknown> = {}) =>
    JSON.stringify({ ocid, resourceType, displayName, compartmentId, region, lifecycleState: 'ACTIVE', timeCreated: null, definedTags: {}, freeformTags: {}, collectedAt: 'x', enrichStatus: 'OK', enrichError: null, details: {}, relationships: [], ...extra });
  async function runDir(names: { instance: string }): Promise<string> {
    const dir = await tempDir();
    const lines = [
      record('ocid1.compartment.oc1..a', 'Compartment', 'acme-payments', tenancy),
      record('ocid1.compartment.oc1..b', 'Compartment', 'ledger <b>', 'ocid1.compartment.oc1..a'),
      record('ocid1.instance.oc1..i', 'Instance', names.instance, 'ocid1.compartment.oc1..b', 'us-ashburn-1', { freeformTags: { owner: 'jane@acme.example' } }),
      record('ocid1.weird.oc1..w', 'not a type!', 'w', 'ocid1.compartment.oc1..a', 'alice@acme.example'),
    ];
    await writeFile(join(dir, 'inventory.jsonl'), `${lines.sort().join('\n')}\n`);
    await writeFile(
      join(dir, 'run_summary.json'),
      JSON.stringify({
        status: 'SUCCESS', tenancy_id: tenancy, home_region: 'us-ashburn-1', total_discovered: 4, enriched_ok: 4, not_implemented: 0, errors: 0, skipped: 0,
        counts_by_resource_type: { Compartment: 2, Instance: 1, 'not a type!': 1 },
        regions: [{ region: 'us-ashburn-1', status: 'OK', count: 4 }],
        diff: { baseline: 'previous-run', added: 0, removed: 0, changed: 1, unverified: 0, unchanged: 3 },
      }),
    );
    await writeFile(
      join(dir, 'diff.json'),
      JSON.stringify({ added: [], removed: [], unverified: [], changed: [{ ocid: 'ocid1.instance.oc1..i', resourceType: 'Instance', displayName: names.instance, changes: [{ path: 'freeformTags.owner', before: 'a@acme.example', after: 'jane@acme.example' }] }] }),
    );
    await writeFile(join(dir, 'report.md'), '# OCI inventory ✅ SUCCESS\n\nbody\n');
    return dir;
  }
  const log = { error() {}, warn() {}, info() {}, debug() {}, trace() {} } as unknown as Parameters<typeof summarizeRun>[0]['log'];
  const request = (dir: string) => ({ runDir: dir, modelId: 'meta.llama-3.3-70b-instruct', apiFormat: 'GENERIC' as const, compartmentId: undefined, maxTokens: 100, temperature: 0, dryRun: false, log });

  test('facts: odd type and region names are counted as other, compartments become placeholders with their depth', async () => {
    const { facts, placeholders } = await collectRunFacts(await runDir({ instance: 'db-primary' }));
    assert.deepEqual(facts.byType.map((t) => t.type), ['Compartment', 'Instance']);
    assert.deepEqual(facts.otherTypes, { types: 1, count: 1 });
    assert.deepEqual(facts.regions.map((r) => r.region), ['us-ashburn-1']);
    assert.equal(facts.otherRegions, 1, 'the odd region is counted, not named');
    assert.deepEqual(facts.compartments.byDepth, [0, 1, 1]);
    assert.deepEqual(facts.diff?.topFields, [{ path: 'freeformTags.*', count: 1 }]);
    assert.deepEqual(facts.diff?.compartments, [{ placeholder: 1, depth: 2, added: 0, removed: 0, changed: 1 }]);
    assert.equal(placeholders.get(1), 'root/acme-payments/ledger <b>');
  });

  test('the answer is rendered with the placeholder mapped back and escaped; the prompt file is written', async () => {
    const dir = await runDir({ instance: 'db-primary' });
    let sent = '';
    const outcome = await summarizeRun(request(dir), async () => ({
      serialize: (body) => JSON.stringify(body),
      chat: async (body) => {
        sent = JSON.stringify(body);
        return { text: 'One change, in compartment #1.', modelId: 'm' };
      },
    }));
    assert.equal(outcome.status, 'written');
    assert.doesNotMatch(sent, /acme|ledger|db-primary|jane/);
    assert.match(outcome.section('here'), /in compartment <code>root\/acme-payments\/ledger &lt;b&gt;<\/code>\./);
    const file = JSON.parse(await readFile(join(dir, 'genai_prompt.json'), 'utf8')) as { sent: boolean; body: unknown };
    assert.equal(file.sent, true);
    assert.deepEqual(file.body, JSON.parse(sent));
  });

  test("the request's compartmentId is the run's tenancy OCID when no GenAI compartment is configured, the configured one otherwise", async () => {
    const sentWith = async (compartmentId: string | undefined) => {
      let sent: { compartmentId?: unknown } = {};
      await summarizeRun({ ...request(await runDir({ instance: 'db-primary' })), compartmentId }, async () => ({
        serialize: (body) => JSON.stringify(body),
        chat: async (body) => {
          sent = body as { compartmentId?: unknown };
          return { text: 'ok', modelId: 'm' };
        },
      }));
      return sent.compartmentId;
    };
    assert.equal(await sentWith(undefined), tenancy);
    assert.equal(await sentWith('ocid1.compartment.oc1..genai'), 'ocid1.compartment.oc1..genai');
  });

  test('an identifier that lands in the prompt is refused: nothing sent, nothing written, the where named, not the value', async () => {
    // A display name that spells a line of the prompt: only the scrubber can stop it.
    const dir = await runDir({ instance: 'Compartment 2, Instance 1' });
    const facts = await collectRunFacts(dir);
    assert.match(buildPrompt(facts.facts).text, /Compartment 2, Instance 1/);
    let called = false;
    await assert.rejects(
      summarizeRun({ ...request(dir) }, async () => {
        called = true;
        return { serialize: () => '', chat: async () => ({ text: '', modelId: undefined }) };
      }),
      (e: Error) => e instanceof PromptLeakError && /inventory\.jsonl record \d: displayName/.test(e.message) && !e.message.includes('Compartment 2, Instance 1'),
    );
    assert.equal(called, false);
    await assert.rejects(readFile(join(dir, 'genai_prompt.json')), /ENOENT/);
  });
});
