// The OCI Generative AI edge: the chat call (oci-generativeaiinference) and the model list
// (oci-generativeai), signed with the run's own auth through our HTTP client. A summary is a
// nicety: one retry at most, a short deadline, no throttling budget (a 429 ends it).
import * as common from 'oci-common';
import { GenerativeAiClient } from 'oci-generativeai';
import { GenerativeAiInferenceClient, models } from 'oci-generativeaiinference';
import type { ChatBody } from '../genai/prompt.js';
import { httpStatusOf } from '../pipeline/discover.js';
import { asOciError } from './http.js';
import type { ResolvedAuth } from './auth.js';
import { createOciClients, type OciClients } from './clients.js';
import { DEFAULT_RETRY_POLICY } from './throttle.js';

/** The exact request body the SDK sends for these ChatDetails (what `--genai-dry-run` prints). */
export function serializeChatBody(body: ChatBody): string {
  return common.ObjectSerializer.serialize(body as unknown as models.ChatDetails, 'ChatDetails', models.ChatDetails.getJsonObj);
}

/** Why a chat failed, in a few words for "summary unavailable (…)". */
export class GenAiCallError extends Error {
  override name = 'GenAiCallError';
}

export interface GenAiClientOptions {
  auth: Pick<ResolvedAuth, 'provider' | 'method'>;
  /** Inference endpoint; the management endpoint (listModels) is derived from it by the caller. */
  endpoint: string;
  region: string;
  timeoutMs: number;
  log: { debug(message: string): void };
}

function clientsFor(options: GenAiClientOptions): OciClients {
  return createOciClients({
    auth: options.auth.provider,
    sdkSigner: options.auth.method !== 'api_key' && options.auth.method !== 'security_token',
    policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 2, requestTimeoutMs: options.timeoutMs, deadlineMs: options.timeoutMs, maxRetryAfterMs: 5_000 },
    retryBudget: 0,
    log: options.log,
  });
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const status = httpStatusOf(error);
  const e = error as { serviceCode?: unknown; message?: unknown } | undefined;
  if (status === 404) return `model not found or not authorized (404 ${typeof e?.serviceCode === 'string' ? e.serviceCode : 'NotAuthorizedOrNotFound'})`;
  if (status === 429) return 'throttled by the GenAI service (429 TooManyRequests)';
  if (status === 401 || status === 403) return `the GenAI service refused the credentials (${status})`;
  if (status !== undefined) return `the GenAI service answered ${status}${typeof e?.serviceCode === 'string' ? ` ${e.serviceCode}` : ''}`;
  const message = error instanceof Error ? error.message : String(error);
  if (/timed out|TimeoutError|aborted/i.test(message)) return `no answer within ${Math.round(timeoutMs / 1000)} s (timeout)`;
  return `the GenAI endpoint could not be reached (${message.split('\n')[0]?.slice(0, 200) ?? ''})`;
}

/** The model's text from a chat result, either API format. */
function textOf(result: models.ChatResult): string {
  const response = result.chatResponse as { apiFormat?: string; text?: string; choices?: Array<{ message?: { content?: Array<{ type?: string; text?: string }> } }> };
  if (typeof response.text === 'string') return response.text;
  const parts = response.choices?.[0]?.message?.content ?? [];
  return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
}

export interface GenAiChat {
  chat(body: ChatBody): Promise<{ text: string; modelId: string | undefined }>;
  close(): void;
}

export function createGenAiChat(options: GenAiClientOptions): GenAiChat {
  const clients = clientsFor(options);
  const client = clients.get(GenerativeAiInferenceClient, 'inference.generativeai', options.region, options.endpoint);
  return {
    async chat(body) {
      let response;
      try {
        response = await client.chat({ chatDetails: body as unknown as models.ChatDetails });
      } catch (error) {
        throw new GenAiCallError(reasonOf(asOciError(error, 'chat', 'inference.generativeai'), options.timeoutMs));
      }
      // isStream is false in every body we build: a stream back is a protocol surprise.
      if (!response || !('chatResult' in response)) throw new GenAiCallError('the GenAI service answered with a stream, not a chat result');
      const text = textOf(response.chatResult).trim();
      if (!text) throw new GenAiCallError('the model returned no text');
      return { text, modelId: response.chatResult.modelId };
    },
    close: () => clients.closeAll(),
  };
}

export interface ChatModel {
  id: string;
  name: string;
  vendor: string;
  version: string;
  state: string;
  capabilities: string[];
}

/** Chat-capable models visible in a compartment and region, every page. */
export async function listChatModels(options: GenAiClientOptions & { compartmentId: string }): Promise<ChatModel[]> {
  const clients = clientsFor(options);
  try {
    const client = clients.get(GenerativeAiClient, 'generativeai', options.region, options.endpoint);
    const out: ChatModel[] = [];
    let page: string | undefined;
    do {
      let response;
      try {
        response = await client.listModels({ compartmentId: options.compartmentId, capability: ['CHAT' as never], ...(page ? { page } : {}) });
      } catch (error) {
        throw asOciError(error, 'listModels', 'generativeai');
      }
      for (const m of response.modelCollection.items ?? []) {
        out.push({
          id: m.id,
          name: m.displayName ?? m.id,
          vendor: m.vendor ?? '',
          version: m.version ?? '',
          state: m.lifecycleState,
          capabilities: [...(m.capabilities ?? [])].map(String),
        });
      }
      page = response.opcNextPage;
    } while (page);
    return out;
  } finally {
    clients.closeAll();
  }
}
