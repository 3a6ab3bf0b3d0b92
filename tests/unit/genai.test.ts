// The GenAI summary's pure parts: configuration precedence and errors, field path
// generalization, the scrubber, placeholder mapping and the report section.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { apiFormatOf, managementEndpointOf, resolveGenAiConfig } from '../../src/genai/config.js';
import { generalizePath, type SummaryFacts } from '../../src/genai/facts.js';
import { buildChatBody, buildPrompt, promptTextOf } from '../../src/genai/prompt.js';
import { collectIdentifiers, containsBounded, type Identifier, PromptLeakError, PromptScrubber } from '../../src/genai/scrub.js';
import { mapPlaceholders, withSummarySection } from '../../src/genai/summarize.js';

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
