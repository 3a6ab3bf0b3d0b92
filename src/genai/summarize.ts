// The executive summary of one finished run directory: facts → prompt → scrubber → (send) →
// the section at the top of report.md, placeholders mapped back locally. Knows nothing of
// oci-*: the caller hands in the serializer and the chat call (src/app/genai-summary.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeText } from '../core/markdown.js';
import { readInventory } from '../core/inventory-reader.js';
import { writeFileAtomic } from '../export/atomic.js';
import type { Logger } from '../pipeline/log.js';
import { collectRunFacts, type RunFacts } from './facts.js';
import { type ApiFormat, buildChatBody, buildPrompt, type ChatBody, promptTextOf } from './prompt.js';
import { collectIdentifiers, PromptScrubber } from './scrub.js';

export const PROMPT_FILE = 'genai_prompt.json';
export const PROMPT_SCHEMA = 'oci-inv/genai-prompt@1';
const SECTION_START = '<!-- oci-inv:executive-summary -->';
const SECTION_END = '<!-- /oci-inv:executive-summary -->';

export interface SummaryPorts {
  /** The exact bytes the SDK would send for a body. */
  serialize(body: ChatBody): Promise<string> | string;
  /** Sends the body; the model's text, or a GenAiCallError-like error whose message is the reason. */
  chat(body: ChatBody): Promise<{ text: string; modelId: string | undefined }>;
}

export interface SummaryRequest {
  runDir: string;
  modelId: string | undefined;
  apiFormat: ApiFormat;
  /** Default: the run's tenancy (root compartment). */
  compartmentId: string | undefined;
  maxTokens: number;
  temperature: number;
  dryRun: boolean;
  log: Logger;
  /** Why there is no model configured (no file, no base_model_id), for the report. */
  missingConfig?: string;
}

export interface SummaryOutcome {
  status: 'written' | 'unavailable' | 'dry-run';
  reason?: string;
  model?: string;
  /** The model's text with placeholders mapped back (not escaped: plain text for a terminal). */
  text?: string;
  /** The exact request body (dry run, or what was sent). */
  body?: string;
  /** Markdown for the top of report.md, the job summary and the PR comment (heading included). */
  section(promptWhere: string): string;
}

/** The run's identifiers, every one, checked against the prompt; throws PromptLeakError. */
export async function scrubPrompt(body: ChatBody, vocabulary: Iterable<string>, run: Pick<RunFacts, 'inventoryFile' | 'diffFile'>): Promise<number> {
  const scrubber = new PromptScrubber(promptTextOf(body), vocabulary);
  let line = 0;
  for await (const record of readInventory(run.inventoryFile)) {
    line++;
    collectIdentifiers(record, `inventory.jsonl record ${line}`, (id) => scrubber.check(id));
  }
  if (run.diffFile) {
    const diff = JSON.parse(await readFile(run.diffFile, 'utf8')) as Record<string, unknown>;
    for (const section of ['added', 'removed', 'changed', 'unverified']) {
      const items = diff[section];
      if (Array.isArray(items)) items.forEach((item, i) => collectIdentifiers(item, `diff.json ${section}[${i}]`, (id) => scrubber.check(id)));
    }
  }
  return scrubber.checked;
}

/** `compartment #3` → the compartment's path, escaped; the rest of the model's text escaped too. */
export function mapPlaceholders(
  text: string,
  placeholders: ReadonlyMap<number, string>,
  escape: (s: string) => string,
  showPath: (path: string) => string = escape,
): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/compartment #(\d+)/gi)) {
    const path = placeholders.get(Number(m[1]));
    if (path === undefined) continue;
    out.push(escape(text.slice(last, m.index)), `compartment ${showPath(path)}`);
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(escape(text.slice(last)));
  return out.join('');
}

/** Longest answer shown (characters): a model that rambles must not crowd the PR comment. */
const MAX_ANSWER_CHARS = 4000;

function renderParagraphs(text: string, placeholders: ReadonlyMap<number, string>): string {
  const clipped = text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS)}…` : text;
  return clipped
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 6)
    .map((p) => mapPlaceholders(p.replace(/\s*\n\s*/g, ' '), placeholders, escapeText, (path) => `<code>${escapeText(path)}</code>`))
    .join('\n\n');
}

function unavailableSection(reason: string): (where: string) => string {
  return () => `## Executive summary\n\n_Summary unavailable (${escapeText(reason)})._\n`;
}

export async function summarizeRun(request: SummaryRequest, ports: () => Promise<SummaryPorts>): Promise<SummaryOutcome> {
  const { log } = request;
  if (!request.modelId) {
    const reason = request.missingConfig ?? 'no GenAI model configured';
    log.warn(`executive summary unavailable: ${reason}`);
    return { status: 'unavailable', reason, section: unavailableSection(reason) };
  }
  const run = await collectRunFacts(request.runDir);
  const prompt = buildPrompt(run.facts);
  const body = buildChatBody(prompt, {
    compartmentId: request.compartmentId ?? run.tenancyId,
    modelId: request.modelId,
    apiFormat: request.apiFormat,
    maxTokens: request.maxTokens,
    temperature: request.temperature,
  });
  const checked = await scrubPrompt(body, prompt.vocabulary, run);
  log.debug(`GenAI prompt checked against ${checked} identifiers of the run: none found`);
  const port = await ports();
  const serialized = await port.serialize(body);
  const model = request.modelId;
  const record = async (sent: boolean) =>
    writeFileAtomic(
      join(request.runDir, PROMPT_FILE),
      `${JSON.stringify({ schema: PROMPT_SCHEMA, model, api_format: request.apiFormat, sent, body: JSON.parse(serialized) as unknown }, null, 2)}\n`,
    );
  if (request.dryRun) {
    await record(false);
    return {
      status: 'dry-run',
      model,
      body: serialized,
      section: (where) => `## Executive summary\n\n_Dry run: nothing was sent to OCI Generative AI; the request body is ${where}._\n`,
    };
  }
  await record(true);
  let answer: { text: string; modelId: string | undefined };
  try {
    answer = await port.chat(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn(`executive summary unavailable: ${reason}`);
    return { status: 'unavailable', reason, model, body: serialized, section: unavailableSection(reason) };
  }
  const text = mapPlaceholders(answer.text, run.placeholders, (s) => s);
  return {
    status: 'written',
    model,
    text,
    body: serialized,
    section: (where) =>
      `## Executive summary\n\n${renderParagraphs(answer.text, run.placeholders)}\n\n` +
      `_Written by <code>${escapeText(model)}</code> (OCI Generative AI) from counts only, no names or values; the prompt is ${where}._\n`,
  };
}

/** report.md with the section at the top (after the title), replacing an earlier one. */
export function withSummarySection(report: string, section: string): string {
  const block = `${SECTION_START}\n${section.trim()}\n${SECTION_END}\n`;
  const start = report.indexOf(SECTION_START);
  const end = report.indexOf(SECTION_END);
  if (start >= 0 && end > start) return `${report.slice(0, start)}${block}${report.slice(end + SECTION_END.length).replace(/^\n/, '')}`;
  const titleEnd = report.startsWith('# ') ? report.indexOf('\n\n') : -1;
  if (titleEnd < 0) return `${block}\n${report}`;
  return `${report.slice(0, titleEnd + 2)}${block}\n${report.slice(titleEnd + 2)}`;
}

export async function writeSummaryIntoReport(runDir: string, outcome: SummaryOutcome): Promise<void> {
  const path = join(runDir, 'report.md');
  let report = '';
  try {
    report = await readFile(path, 'utf8');
  } catch {
    // A run always has one; without it the section stands alone.
  }
  await writeFileAtomic(path, withSummarySection(report, outcome.section(`[${PROMPT_FILE}](${PROMPT_FILE})`)));
}
