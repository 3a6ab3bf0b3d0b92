// What IaC coverage writes and shows (docs/iac.md): `iac.json` in the run directory (every
// live resource with its status, the missing, the drifted, the state resources that create
// no record), and the markdown section report.md, the job summary and the PR comment share,
// built against a byte budget like the change report and ending with a pointer to iac.json
// when cut. Tenancy names and Terraform addresses are hostile: every cell is escaped.
import { escapeCell } from '../core/markdown.js';
import type { JsonValue } from '../core/record.js';
import { containsRedaction } from '../core/redact.js';
import { openAtomicWriter } from '../export/atomic.js';
import type { GroupCounts, IacCounts, IacResult, LiveEntry } from './coverage.js';

export const IAC_FILE = 'iac.json';

/** The small part of iac.json a later run reads back (`--fail-on new-unmanaged`) and the action shows. */
export interface IacSummary {
  counts: IacCounts;
  /** Failure reasons when `--fail-on` asked for IaC kinds and found them. */
  failOn: string[];
}

function groupRows(map: ReadonlyMap<string, GroupCounts>, keyName: string): Array<Record<string, JsonValue>> {
  return [...map.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, c]) => ({ [keyName]: key, ...c, coverage_percent: pct(c) }));
}

function pct(c: GroupCounts): number | null {
  const d = c.managed + c.unmanaged;
  return d === 0 ? null : Math.floor((1000 * c.managed) / d) / 10;
}

/** Writes iac.json under a temporary name and renames it (nothing half-written). */
export async function writeIacJson(path: string, result: IacResult, meta: { inventory: string; generatedAt: string; newUnmanaged?: readonly string[] | undefined }): Promise<void> {
  const writer = await openAtomicWriter(path);
  try {
    const head = {
      version: 1,
      generated_at: meta.generatedAt,
      inventory: meta.inventory,
      states: result.states.map((s) => ({ source: s.source, format: s.format, terraform_version: s.terraformVersion, instances: s.instances })),
      counts: result.counts,
      ...(meta.newUnmanaged ? { new_unmanaged: [...meta.newUnmanaged] } : {}),
      by_type: groupRows(result.byType, 'resourceType'),
      by_compartment: groupRows(result.byCompartment, 'compartmentId'),
    };
    const headText = JSON.stringify(head, null, 2);
    await writer.write(`${headText.slice(0, -2)},\n  "resources": [`);
    let first = true;
    for (const entry of result.live) {
      await writer.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`);
      first = false;
    }
    await writer.write(`${first ? '' : '\n  '}],\n  "missing": [`);
    first = true;
    for (const entry of result.missing) {
      await writer.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`);
      first = false;
    }
    await writer.write(`${first ? '' : '\n  '}],\n  "no_record": [`);
    first = true;
    for (const entry of result.noRecord) {
      await writer.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`);
      first = false;
    }
    await writer.write(`${first ? '' : '\n  '}]\n}\n`);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

export interface IacMarkdownOptions {
  /** UTF-8 bytes the section may take. */
  limit: number;
  /** Where the full lists are (markdown from the caller, not escaped). */
  fileHint: string;
  /** Rows per list before the rest is only counted. */
  top?: number;
  compartmentPaths?: ReadonlyMap<string, string>;
  newUnmanaged?: readonly string[] | undefined;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const num = (n: number) => n.toLocaleString('en-US');
const percent = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(1)}%`);

function nameCell(e: { displayName: string | null }): string {
  return e.displayName === null || e.displayName === '' ? '_(no name)_' : escapeCell(e.displayName);
}

function codeCell(text: string): string {
  return `<code>${escapeCell(text)}</code>`;
}

function valueCell(value: JsonValue | null): string {
  if (value === null) return '_(absent)_';
  if (containsRedaction(value)) return '_(redacted)_';
  const json = JSON.stringify(value);
  return json.length <= 60 ? codeCell(json) : `_(${json.length} chars)_`;
}

/** The IaC section (it brings its own `## IaC coverage` heading), within `limit` bytes. */
export function renderIacMarkdown(result: IacResult, options: IacMarkdownOptions): string {
  const top = options.top ?? 20;
  const c = result.counts;
  const out: string[] = [];
  let used = 0;
  let cut = false;
  const reserve = 400;
  const push = (line: string): boolean => {
    const size = bytes(line) + 1;
    if (used + size > options.limit - reserve) {
      cut = true;
      return false;
    }
    out.push(line);
    used += size;
    return true;
  };
  const path = (id: string | null) => (id === null ? '' : (options.compartmentPaths?.get(id) ?? id));

  push('## IaC coverage');
  push('');
  push(
    `**${percent(c.coverage_percent)}** of the live resources that count are managed by Terraform: ` +
      `${num(c.managed)} managed, ${num(c.unmanaged)} unmanaged, ${num(c.ignored)} ignored (\`iac.ignore\`); ` +
      `${num(c.missing)} missing (in state, not live), ${num(c.drifted)} drifted. ` +
      `${num(c.state_instances)} resource instance(s) in ${result.states.length} state(s); ${num(c.no_record)} create no inventory record.`,
  );
  push('');
  if (options.newUnmanaged && options.newUnmanaged.length > 0) {
    push(`> [!WARNING]\n> ${num(options.newUnmanaged.length)} new unmanaged resource(s) since the baseline.`);
    push('');
  }
  if (c.missing > 0 && !cut) {
    push(`### Missing: in state, not live (${num(c.missing)})`);
    push('');
    push('| address | type | ocid | state |');
    push('| --- | --- | --- | --- |');
    let shown = 0;
    for (const m of result.missing) {
      if (shown >= top || !push(`| ${codeCell(m.address)} | ${escapeCell(m.type)} | ${codeCell(m.ocid)} | ${escapeCell(m.source)} |`)) break;
      shown++;
    }
    if (shown < result.missing.length) push(`| … ${num(result.missing.length - shown)} more in ${options.fileHint} |  |  |  |`);
    push('');
  }
  const drifted = result.live.filter((e) => e.drift);
  if (drifted.length > 0 && !cut) {
    push(`### Drifted: managed, but live differs from state (${num(drifted.length)})`);
    push('');
    push('| resource | type | address | field | state | live |');
    push('| --- | --- | --- | --- | --- | --- |');
    let shown = 0;
    for (const e of drifted) {
      if (shown >= top) break;
      const fields = e.drift ?? [];
      const first = fields[0];
      if (!first) continue;
      const more = fields.length > 1 ? ` (+${fields.length - 1} more)` : '';
      if (!push(`| ${nameCell(e)} | ${escapeCell(e.resourceType)} | ${codeCell((e.addresses ?? []).join(', '))} | ${codeCell(first.attribute)}${more} | ${valueCell(first.state)} | ${valueCell(first.live)} |`)) break;
      shown++;
    }
    if (shown < drifted.length) push(`| … ${num(drifted.length - shown)} more in ${options.fileHint} |  |  |  |  |  |`);
    push('');
  }
  if (c.unmanaged > 0 && !cut) {
    const fresh = options.newUnmanaged ? new Set(options.newUnmanaged) : undefined;
    const unmanaged = result.live.filter((e) => e.status === 'unmanaged');
    // New ones first when a baseline says which are new.
    if (fresh) unmanaged.sort((a, b) => Number(fresh.has(b.ocid)) - Number(fresh.has(a.ocid)));
    push(`### Unmanaged: live, in no state (${num(unmanaged.length)}${unmanaged.length > top ? `, first ${top}` : ''})`);
    push('');
    push('| resource | type | compartment | region | ocid |');
    push('| --- | --- | --- | --- | --- |');
    let shown = 0;
    for (const e of unmanaged) {
      if (shown >= top) break;
      const mark = fresh?.has(e.ocid) ? ' 🆕' : '';
      if (!push(`| ${nameCell(e)}${mark} | ${escapeCell(e.resourceType)} | ${escapeCell(path(e.compartmentId))} | ${escapeCell(e.region)} | ${codeCell(e.ocid)} |`)) break;
      shown++;
    }
    if (shown < unmanaged.length) push(`| … ${num(unmanaged.length - shown)} more in ${options.fileHint} |  |  |  |  |`);
    push('');
  }
  const section = (title: string, map: ReadonlyMap<string, GroupCounts>, label: (key: string) => string) => {
    if (cut || map.size === 0) return;
    // Least covered first: where the work is.
    const rows = [...map.entries()].filter(([, g]) => g.managed + g.unmanaged > 0).sort((a, b) => b[1].unmanaged - a[1].unmanaged || (a[0] < b[0] ? -1 : 1));
    push(`<details><summary>${title} (${num(rows.length)})</summary>`);
    push('');
    push('| | live | managed | unmanaged | ignored | coverage |');
    push('| --- | ---: | ---: | ---: | ---: | ---: |');
    let shown = 0;
    for (const [key, g] of rows) {
      if (shown >= top * 2 || !push(`| ${escapeCell(label(key))} | ${num(g.live)} | ${num(g.managed)} | ${num(g.unmanaged)} | ${num(g.ignored)} | ${percent(pct(g))} |`)) break;
      shown++;
    }
    if (shown < rows.length) push(`| … ${num(rows.length - shown)} more in ${options.fileHint} |  |  |  |  |  |`);
    push('');
    push('</details>');
    push('');
  };
  section('Coverage by type', result.byType, (k) => k);
  section('Coverage by compartment', result.byCompartment, (k) => path(k) || '(none)');
  if (cut) {
    const open = out.filter((l) => l.startsWith('<details>')).length - out.filter((l) => l === '</details>').length;
    if (open > 0) out.push('', '</details>');
    out.push('', `_IaC section truncated: the full lists are in ${options.fileHint}._`);
  } else {
    out.push(`Full lists: ${options.fileHint}.`);
  }
  return `${out.join('\n')}\n`;
}

/** Ocids unmanaged in this result. */
export function unmanagedOcids(live: readonly LiveEntry[]): string[] {
  return live.filter((e) => e.status === 'unmanaged').map((e) => e.ocid);
}
