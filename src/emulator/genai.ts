// OCI Generative AI in the emulator: the inference `chat` (POST /20231130/actions/chat under
// the `inference.generativeai` service) and the management `listModels` (GET /20231130/models
// under `generativeai`), on the paths the SDK uses. Answers are deterministic, restating the
// counts the prompt gives; every request body is recorded as received, for tests that look
// for the tenancy's identifiers in what left the machine. Fault switches: an unknown model
// (404), throttling (429 with Retry-After) and a slow answer.
import type { JsonValue } from './json.js';

export const GENAI_INFERENCE_SERVICE = 'inference.generativeai';
export const GENAI_MANAGEMENT_SERVICE = 'generativeai';
const API = '/20231130';

export interface GenAiModel {
  id: string;
  name: string;
  vendor: string;
  version: string;
  capabilities: string[];
}

export const DEFAULT_GENAI_MODELS: readonly GenAiModel[] = [
  { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaacohere0000000001', name: 'cohere.command-r-plus-08-2024', vendor: 'cohere', version: '1.7', capabilities: ['CHAT'] },
  { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaameta00000000000002', name: 'meta.llama-3.3-70b-instruct', vendor: 'meta', version: '1.0.0', capabilities: ['CHAT'] },
  { id: 'ocid1.generativeaimodel.oc1.iad.amaaaaaacohere0000000003', name: 'cohere.embed-english-v3.0', vendor: 'cohere', version: '3.0', capabilities: ['TEXT_EMBEDDINGS'] },
];

export interface GenAiFaults {
  /** Every chat answers 404 NotAuthorizedOrNotFound, as for a model the compartment cannot use. */
  modelNotFound?: boolean;
  /** Every chat answers 429 TooManyRequests with this Retry-After (seconds). */
  throttleRetryAfterSeconds?: number;
  /** Every chat waits this long before answering. */
  slowMs?: number;
}

export interface GenAiRequestRecord {
  operation: 'chat' | 'listModels';
  /** The body exactly as received (UTF-8). */
  body: string;
  /** The status answered; 0 while the answer is still pending. */
  status: number;
}

export interface GenAiAnswer {
  operation: 'chat' | 'listModels' | null;
  status: number;
  body: JsonValue;
  headers?: Record<string, string>;
}

/** The deterministic answer to a prompt: its counts restated, the first compartment placeholder named. */
export function answerFor(prompt: string): string {
  const resources = /Resources: (\d+) in (\d+) region/.exec(prompt);
  const status = /Run status: ([A-Z]+)/.exec(prompt);
  const changes = /Changes: (\d+) added, (\d+) removed, (\d+) changed/.exec(prompt);
  const byCompartment = /Changes by compartment: compartment #(\d+)/.exec(prompt);
  const first = `The tenancy holds ${resources?.[1] ?? 'an unknown number of'} resources in ${resources?.[2] ?? 'some'} region(s); the run ended ${status?.[1] ?? 'UNKNOWN'}.`;
  if (!changes) return `${first}\n\nThis is the first inventory: there is no baseline to compare with yet.`;
  const where = byCompartment ? ` Most of the change is in compartment #${byCompartment[1]}.` : '';
  const removed = Number(changes[2]) > 0 ? 'Review the removed resources first: a removal is the change most likely to hurt.' : 'Nothing was removed.';
  return `${first}\n\nSince the baseline, ${changes[1]} resources were added, ${changes[2]} removed and ${changes[3]} changed.${where}\n\n${removed}`;
}

function promptOf(body: unknown): { modelId: string; apiFormat: string; text: string } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { compartmentId?: unknown; servingMode?: { modelId?: unknown; endpointId?: unknown }; chatRequest?: Record<string, unknown> };
  if (typeof b.compartmentId !== 'string' || !b.chatRequest || !b.servingMode) return undefined;
  const modelId = typeof b.servingMode.modelId === 'string' ? b.servingMode.modelId : typeof b.servingMode.endpointId === 'string' ? b.servingMode.endpointId : '';
  const apiFormat = String(b.chatRequest.apiFormat ?? '');
  if (apiFormat === 'COHERE') return typeof b.chatRequest.message === 'string' ? { modelId, apiFormat, text: b.chatRequest.message } : undefined;
  const messages = b.chatRequest.messages;
  if (apiFormat !== 'GENERIC' || !Array.isArray(messages)) return undefined;
  const text = messages
    .flatMap((m: { content?: Array<{ text?: unknown }> }) => (Array.isArray(m.content) ? m.content : []))
    .map((c) => (typeof c.text === 'string' ? c.text : ''))
    .join('\n');
  return { modelId, apiFormat, text };
}

const error = (status: number, code: string, message: string, headers?: Record<string, string>): Omit<GenAiAnswer, 'operation'> => ({
  status,
  body: { code, message },
  ...(headers ? { headers } : {}),
});

export class GenAiService {
  readonly requests: GenAiRequestRecord[] = [];
  faults: GenAiFaults = {};

  constructor(
    private readonly compartments: () => ReadonlySet<string>,
    readonly models: readonly GenAiModel[] = DEFAULT_GENAI_MODELS,
  ) {}

  /** Every chat body received, as received. */
  get chatBodies(): string[] {
    return this.requests.filter((r) => r.operation === 'chat').map((r) => r.body);
  }

  serves(service: string): boolean {
    return service === GENAI_INFERENCE_SERVICE || service === GENAI_MANAGEMENT_SERVICE;
  }

  async handle(service: string, method: string, path: string, query: URLSearchParams, rawBody: string): Promise<GenAiAnswer> {
    if (service === GENAI_INFERENCE_SERVICE && method === 'POST' && path === `${API}/actions/chat`) {
      // Recorded on arrival: a slow answer (or a client that gave up) still shows what was sent.
      const record: GenAiRequestRecord = { operation: 'chat', body: rawBody, status: 0 };
      this.requests.push(record);
      const answer = await this.chat(rawBody);
      record.status = answer.status;
      return { operation: 'chat', ...answer };
    }
    if (service === GENAI_MANAGEMENT_SERVICE && method === 'GET' && path === `${API}/models`) {
      const answer = this.listModels(query);
      this.requests.push({ operation: 'listModels', body: rawBody, status: answer.status });
      return { operation: 'listModels', ...answer };
    }
    return { operation: null, ...error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.') };
  }

  private async chat(rawBody: string): Promise<Omit<GenAiAnswer, 'operation'>> {
    if (this.faults.slowMs) await new Promise((resolve) => setTimeout(resolve, this.faults.slowMs).unref());
    if (this.faults.throttleRetryAfterSeconds !== undefined) {
      return error(429, 'TooManyRequests', 'Too many requests for the tenancy', { 'retry-after': String(this.faults.throttleRetryAfterSeconds) });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return error(400, 'InvalidParameter', 'The request body is not valid JSON');
    }
    const prompt = promptOf(parsed);
    if (!prompt) return error(400, 'InvalidParameter', 'chatDetails: compartmentId, servingMode and chatRequest (GENERIC messages or COHERE message) are required');
    const compartmentId = (parsed as { compartmentId: string }).compartmentId;
    const model = this.models.find((m) => m.id === prompt.modelId || m.name === prompt.modelId);
    if (this.faults.modelNotFound || !model || !model.capabilities.includes('CHAT') || !this.compartments().has(compartmentId)) {
      return error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
    }
    const cohere = model.vendor === 'cohere';
    if (cohere !== (prompt.apiFormat === 'COHERE')) return error(400, 'InvalidParameter', `model ${model.name} takes apiFormat ${cohere ? 'COHERE' : 'GENERIC'}`);
    const text = answerFor(prompt.text);
    const chatResponse: JsonValue = cohere
      ? { apiFormat: 'COHERE', text, finishReason: 'COMPLETE' }
      : {
          apiFormat: 'GENERIC',
          timeCreated: '2025-06-01T00:00:00.000Z',
          choices: [{ index: 0, message: { role: 'ASSISTANT', content: [{ type: 'TEXT', text }] }, finishReason: 'stop' }],
        };
    return { status: 200, body: { modelId: model.name, modelVersion: model.version, chatResponse } };
  }

  private listModels(query: URLSearchParams): Omit<GenAiAnswer, 'operation'> {
    const compartmentId = query.get('compartmentId') ?? '';
    if (!this.compartments().has(compartmentId)) return error(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
    const capability = query.getAll('capability');
    const items = this.models
      .filter((m) => capability.length === 0 || capability.some((c) => m.capabilities.includes(c)))
      .map((m) => ({
        id: m.id,
        compartmentId,
        capabilities: m.capabilities,
        lifecycleState: 'ACTIVE',
        displayName: m.name,
        vendor: m.vendor,
        version: m.version,
        timeCreated: '2025-01-01T00:00:00.000Z',
      }));
    return { status: 200, body: { items } };
  }
}
