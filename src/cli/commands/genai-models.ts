// `oci-inv list-genai-models`: the chat models the GenAI configuration can use, in its
// compartment (default the tenancy) and region, through the run's own auth.
import { defaultInferenceEndpoint, managementEndpointOf, resolveGenAiConfig } from '../../genai/config.js';
import { resolveAuth } from '../../oci/auth.js';
import { expandEndpointTemplate } from '../../oci/clients.js';
import { describeError, httpStatusOf } from '../../pipeline/discover.js';
import { RunAuthError } from '../../pipeline/run.js';
import { UsageError } from '../errors.js';
import { type Flags, contextFrom } from '../options.js';
import { genaiFlagsOf } from './summarize.js';

export async function listGenAiModelsCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { config, log } = await contextFrom(flags, rawArgs);
  const genai = await resolveGenAiConfig({ flags: genaiFlagsOf(flags) });
  const auth = await resolveAuth({ method: config.auth, profile: genai.ociProfile ?? config.profile, configFile: config.ociConfig });
  const region = config.regions.length === 1 && !/[*?]/.test(config.regions[0] ?? '') ? (config.regions[0] as string) : auth.region;
  if (!region) throw new UsageError('no region known: set region in the OCI config profile or pass --region');
  const inference = genai.endpoint ?? (config.endpointTemplate ? expandEndpointTemplate(config.endpointTemplate, 'inference.generativeai', region) : defaultInferenceEndpoint(region));
  const compartmentId = genai.compartmentId ?? config.tenancy ?? auth.tenancyId;
  const { listChatModels } = await import('../../oci/genai.js');
  let models;
  try {
    models = await listChatModels({ auth, endpoint: managementEndpointOf(inference), region, compartmentId, timeoutMs: (genai.timeoutSeconds ?? 60) * 1000, log: { debug: (m) => log.debug(m) } });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 401 || status === 403) throw new RunAuthError(`the GenAI service refused the credentials: ${describeError(error)}`);
    throw error;
  }
  const chat = models.filter((m) => m.capabilities.includes('CHAT'));
  log.info(`${chat.length} chat model(s) in ${region}`);
  if (flags.json === true) stdout.write(`${JSON.stringify(chat, null, 2)}\n`);
  else stdout.write(chat.map((m) => `${m.name}\t${m.vendor}\t${m.version}\t${m.state}\t${m.id}\n`).join(''));
  return 0;
}
