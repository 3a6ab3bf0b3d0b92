// The prompt and the chat request body, built from SummaryFacts only (facts.ts): fixed text,
// numbers, OCI resource type and region names, run statuses, generalized field paths and
// `compartment #N` placeholders. The body has the shape of the OCI Generative AI Inference
// ChatDetails; the SDK adapter serializes it (src/oci/genai.ts).
import type { SummaryFacts } from './facts.js';
import { wordsOf } from './scrub.js';

export const INSTRUCTIONS =
  'You write the executive summary of an Oracle Cloud Infrastructure (OCI) inventory run for engineering managers. ' +
  'Answer in at most three short paragraphs of plain text, no headings or lists: what changed since the baseline, ' +
  'whether it matters (removed resources, failed regions, unverified records, low enrichment coverage), and what to look at next. ' +
  'Use only the facts given; do not invent names, identifiers or numbers. The facts hold counts, OCI resource type names, ' +
  'region names and field paths, never resource names or values; a * in a field path stands for a key that is not shown. ' +
  'Compartments are given as placeholders such as "compartment #1": refer to them exactly that way.';

export type ApiFormat = 'COHERE' | 'GENERIC';

export interface TextContent {
  type: 'TEXT';
  text: string;
}

export interface ChatBody {
  compartmentId: string;
  servingMode: { servingType: 'ON_DEMAND'; modelId: string } | { servingType: 'DEDICATED'; endpointId: string };
  chatRequest:
    | { apiFormat: 'GENERIC'; messages: Array<{ role: 'SYSTEM' | 'USER'; content: TextContent[] }>; maxTokens: number; temperature: number; isStream: false }
    | { apiFormat: 'COHERE'; preambleOverride: string; message: string; maxTokens: number; temperature: number; isStream: false };
}

export interface BuiltPrompt {
  /** The facts as text: the user message. */
  text: string;
  /** Words the prompt holds whatever the tenancy: the fixed text, type and region names, statuses. */
  vocabulary: Set<string>;
}

const n = (x: number) => String(x);
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`);
const changes = (c: { added: number; removed: number; changed: number }) => `${n(c.added)} added, ${n(c.removed)} removed, ${n(c.changed)} changed`;

/** The user message: one fact per line. Every word not a number comes from fixed text, OCI's names or a generalized path. */
export function buildPrompt(facts: SummaryFacts): BuiltPrompt {
  const vocabulary = new Set<string>(wordsOf(INSTRUCTIONS));
  const lines: string[] = [];
  // Fixed label text: its words join the vocabulary.
  const fixed = (s: string) => {
    for (const w of wordsOf(s)) vocabulary.add(w);
    return s;
  };
  const name = (s: string) => {
    vocabulary.add(s.toLowerCase());
    return s;
  };
  lines.push(fixed('Facts of the inventory run:'));
  lines.push(`${fixed('Run status:')} ${name(facts.status)}`);
  const failed = facts.regions.filter((r) => r.failed).length;
  lines.push(
    `${fixed('Resources:')} ${n(facts.resources)} ${fixed('in')} ${n(facts.regions.length + facts.otherRegions)} ${fixed('region(s), of which')} ${n(failed)} ${fixed('failed to be read;')} ` +
      `${n(facts.globalResources)} ${fixed('are global IAM resources')}`,
  );
  const depths = facts.compartments.byDepth.map((count, depth) => `${fixed('depth')} ${n(depth)}: ${n(count)}`).filter((_, d) => d > 0);
  lines.push(`${fixed('Compartments below the root:')} ${n(facts.compartments.total)}${depths.length > 0 ? ` (${depths.join(', ')})` : ''}`);
  const e = facts.enrichment;
  lines.push(
    `${fixed('Enrichment:')} ${n(e.ok)} ${fixed('enriched,')} ${n(e.notImplemented)} ${fixed('without an enricher,')} ${n(e.errors)} ${fixed('failed (unverified),')} ` +
      `${n(e.skipped)} ${fixed('skipped; coverage')} ${pct(e.ok, facts.resources)}`,
  );
  const types = facts.byType.map((t) => `${name(t.type)} ${n(t.count)}`);
  if (facts.otherTypes.types > 0) types.push(`${fixed('other types')} ${n(facts.otherTypes.count)}`);
  lines.push(`${fixed('Resources by type:')} ${types.join(', ') || fixed('none')}`);
  const regions = facts.regions.map((r) => `${name(r.region)} ${n(r.resources)}${r.failed ? ` ${fixed('(failed)')}` : ''}`);
  if (facts.otherRegions > 0) regions.push(`${fixed('other regions')} ${n(facts.otherRegions)}`);
  lines.push(`${fixed('Regional resources by region:')} ${regions.join(', ') || fixed('none')}`);
  const d = facts.diff;
  if (!d) {
    lines.push(fixed('Baseline: none, this run is the first; there are no changes to report.'));
  } else {
    lines.push(`${fixed('Baseline:')} ${d.baseline === 'expected' ? fixed('the expected inventory') : fixed('the previous run')}`);
    lines.push(`${fixed('Changes:')} ${changes(d.counts)}, ${n(d.counts.unverified)} ${fixed('unverified,')} ${n(d.counts.unchanged)} ${fixed('unchanged')}`);
    fixed('added removed changed');
    if (d.byType.length > 0) lines.push(`${fixed('Changes by type:')} ${d.byType.map((t) => `${name(t.type)} (${changes(t)})`).join('; ')}`);
    if (d.topFields.length > 0) lines.push(`${fixed('Most changed fields (resources):')} ${d.topFields.map((f) => `${f.path} (${n(f.count)})`).join(', ')}`);
    if (d.compartments.length > 0) {
      lines.push(
        `${fixed('Changes by compartment:')} ` +
          d.compartments
            .map((c) => `${fixed('compartment')} #${n(c.placeholder)} (${c.depth === null ? fixed('depth unknown') : `${fixed('depth')} ${n(c.depth)}`}): ${changes(c)}`)
            .join('; '),
      );
    }
  }
  return { text: lines.join('\n'), vocabulary };
}

export interface ChatSettings {
  compartmentId: string;
  modelId: string;
  apiFormat: ApiFormat;
  maxTokens: number;
  temperature: number;
}

/** The ChatDetails body: system instructions and the facts, in the model family's API format. */
export function buildChatBody(prompt: BuiltPrompt, settings: ChatSettings): ChatBody {
  const servingMode: ChatBody['servingMode'] = /^ocid1\.generativeaiendpoint\./.test(settings.modelId)
    ? { servingType: 'DEDICATED', endpointId: settings.modelId }
    : { servingType: 'ON_DEMAND', modelId: settings.modelId };
  const common = { maxTokens: settings.maxTokens, temperature: settings.temperature, isStream: false as const };
  const chatRequest: ChatBody['chatRequest'] =
    settings.apiFormat === 'COHERE'
      ? { apiFormat: 'COHERE', preambleOverride: INSTRUCTIONS, message: prompt.text, ...common }
      : {
          apiFormat: 'GENERIC',
          messages: [
            { role: 'SYSTEM', content: [{ type: 'TEXT', text: INSTRUCTIONS }] },
            { role: 'USER', content: [{ type: 'TEXT', text: prompt.text }] },
          ],
          ...common,
        };
  return { compartmentId: settings.compartmentId, servingMode, chatRequest };
}

/** The text the scrubber checks: every string of the chat request (compartmentId and model are configuration, not inventory). */
export function promptTextOf(body: ChatBody): string {
  const r = body.chatRequest;
  return r.apiFormat === 'COHERE' ? `${r.preambleOverride}\n${r.message}` : r.messages.flatMap((m) => m.content.map((c) => c.text)).join('\n');
}
