// Composition of the GenAI executive summary (docs/genai.md): its configuration, the run's own
// auth, the OCI adapter (loaded only when a summary is asked for) and the core summarizer.
// Used by `run --genai-summary`, `summarize RUN_DIR` and the action's `genai-summary` input.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { apiFormatOf, defaultInferenceEndpoint, GENAI_DEFAULTS, type GenAiConfig, resolveGenAiConfig } from '../genai/config.js';
import { type SummaryOutcome, summarizeRun, writeSummaryIntoReport } from '../genai/summarize.js';
import type { ResolvedAuth } from '../oci/auth.js';
import type { RunConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';

export interface GenAiSummaryOptions {
  runDir: string;
  /** The run's connection settings: auth method, profile, OCI config file, endpoint template. */
  runConfig: Pick<RunConfig, 'auth' | 'profile' | 'ociConfig' | 'endpointTemplate'>;
  /** Resolved beforehand (a run checks it before its first API call); else resolved here. */
  genai?: GenAiConfig;
  /** `--genai-*` flags as cac parsed them. */
  flags?: Record<string, unknown>;
  dryRun: boolean;
  log: Logger;
  env?: NodeJS.ProcessEnv;
  /** The run's resolved auth, reused when the GenAI profile is the run's. */
  auth?: ResolvedAuth;
}

export function missingConfigReason(config: GenAiConfig): string | undefined {
  if (config.baseModelId) return undefined;
  if (config.file) return `${config.file} sets no base_model_id`;
  return 'no GenAI config: set base_model_id in ~/.config/oci-inv/genai.yaml, OCI_INV_GENAI_BASE_MODEL_ID or --genai-base-model-id';
}

async function homeRegionOf(runDir: string): Promise<string | undefined> {
  try {
    const summary = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { home_region?: unknown };
    return typeof summary.home_region === 'string' ? summary.home_region : undefined;
  } catch {
    return undefined;
  }
}

/** Summarizes a finished run and puts the section at the top of its report.md. Never throws for a failed call. */
export async function summarizeRunDirectory(options: GenAiSummaryOptions): Promise<SummaryOutcome> {
  const env = options.env ?? process.env;
  const genai = options.genai ?? (await resolveGenAiConfig({ env, ...(options.flags ? { flags: options.flags } : {}) }));
  const modelId = genai.baseModelId;
  const missing = missingConfigReason(genai);
  const outcome = await summarizeRun(
    {
      runDir: options.runDir,
      modelId,
      apiFormat: apiFormatOf(modelId ?? ''),
      compartmentId: genai.compartmentId,
      maxTokens: genai.maxTokens ?? GENAI_DEFAULTS.maxTokens,
      temperature: genai.temperature ?? GENAI_DEFAULTS.temperature,
      dryRun: options.dryRun,
      log: options.log,
      ...(missing ? { missingConfig: missing } : {}),
    },
    async () => {
      const adapter = await import('../oci/genai.js');
      return {
        serialize: (body) => adapter.serializeChatBody(body),
        async chat(body) {
          let auth = options.auth;
          const profile = genai.ociProfile ?? options.runConfig.profile;
          if (!auth || profile !== options.runConfig.profile) {
            const { resolveAuth } = await import('../oci/auth.js');
            try {
              auth = await resolveAuth({ method: options.runConfig.auth, profile, configFile: options.runConfig.ociConfig, env });
            } catch (error) {
              throw new adapter.GenAiCallError(`no credentials for the GenAI call: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
            }
          }
          const region = auth.region ?? (await homeRegionOf(options.runDir));
          const template = options.runConfig.endpointTemplate;
          const endpoint =
            genai.endpoint ??
            (template && region
              ? (await import('../oci/clients.js')).expandEndpointTemplate(template, 'inference.generativeai', region)
              : region
                ? defaultInferenceEndpoint(region)
                : undefined);
          if (!endpoint || !region) throw new adapter.GenAiCallError('no region known for the GenAI endpoint: set endpoint in the GenAI config');
          const client = adapter.createGenAiChat({
            auth,
            endpoint,
            region,
            timeoutMs: (genai.timeoutSeconds ?? GENAI_DEFAULTS.timeoutSeconds) * 1000,
            log: { debug: (m) => options.log.debug(m) },
          });
          try {
            return await client.chat(body);
          } finally {
            client.close();
          }
        },
      };
    },
  );
  await writeSummaryIntoReport(options.runDir, outcome);
  if (outcome.status === 'written') options.log.info(`executive summary written by ${modelId ?? 'the model'} into ${join(options.runDir, 'report.md')}`);
  return outcome;
}
