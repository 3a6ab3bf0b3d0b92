// Turns an auth method name into an OCI SDK authentication provider, with errors that say
// which method failed and why, and never carry key material (SPEC §3 exit 3).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';

export const AUTH_METHODS = ['auto', 'api_key', 'security_token', 'instance_principal', 'resource_principal'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** The seed tool's names, still accepted. */
export const AUTH_ALIASES: Record<string, AuthMethod> = {
  config: 'api_key',
  instance: 'instance_principal',
  resource: 'resource_principal',
};

export class AuthError extends Error {
  constructor(
    readonly method: string,
    reason: string,
  ) {
    super(`authentication (${method}) failed: ${reason}`);
    this.name = 'AuthError';
  }
}

export interface AuthOptions {
  method: AuthMethod;
  profile: string;
  /** Path of the OCI config file; default OCI_CONFIG_FILE or ~/.oci/config. */
  configFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Instance principal metadata lookups give up after this. */
  instancePrincipalTimeoutMs?: number;
}

export interface ResolvedAuth {
  method: Exclude<AuthMethod, 'auto'>;
  provider: common.AuthenticationDetailsProvider;
  tenancyId: string;
  /** Region the provider names (config file `region`, principal region), if any. */
  region: string | undefined;
  /** User ocid for API keys, else a description of the principal. */
  principal: string;
}

export function defaultConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.OCI_CONFIG_FILE || env.OCI_CLI_CONFIG_FILE || join(homedir(), '.oci', 'config');
}

/** Which method `auto` picks, in documented order (docs/auth.md). */
export function pickAutoMethod(configFile: string, profile: string, env: NodeJS.ProcessEnv): Exclude<AuthMethod, 'auto'> {
  if (env.OCI_RESOURCE_PRINCIPAL_VERSION) return 'resource_principal';
  if (existsSync(configFile)) {
    return profileHasSecurityToken(configFile, profile) ? 'security_token' : 'api_key';
  }
  return 'instance_principal';
}

function profileHasSecurityToken(configFile: string, profile: string): boolean {
  let section = '';
  for (const raw of readFileSync(configFile, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1] ?? '';
    else if ((section === profile || section === 'DEFAULT') && /^security_token_file\s*=/.test(line)) return true;
  }
  return false;
}

export async function resolveAuth(options: AuthOptions): Promise<ResolvedAuth> {
  const env = options.env ?? process.env;
  const configFile = options.configFile || defaultConfigFile(env);
  const method = options.method === 'auto' ? pickAutoMethod(configFile, options.profile, env) : options.method;
  try {
    switch (method) {
      case 'api_key':
      case 'security_token': {
        if (!existsSync(configFile)) throw new Error(`config file ${configFile} not found`);
        const provider =
          method === 'api_key'
            ? new common.ConfigFileAuthenticationDetailsProvider(configFile, options.profile)
            : new common.SessionAuthDetailProvider(configFile, options.profile);
        // Force key loading now so a missing or unreadable key fails here, not mid-run.
        provider.getPrivateKey();
        const tenancyId = provider.getTenantId();
        if (!tenancyId) throw new Error(`profile [${options.profile}] has no tenancy`);
        const user = method === 'api_key' ? provider.getUser() : 'session token';
        return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: user };
      }
      case 'resource_principal': {
        const provider = await common.ResourcePrincipalAuthenticationDetailsProvider.builder();
        const tenancyId = await provider.getStringClaim('res_tenant');
        if (!tenancyId) throw new Error('the resource principal token has no res_tenant claim');
        return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'resource principal' };
      }
      case 'instance_principal': {
        const timeout = options.instancePrincipalTimeoutMs ?? 15_000;
        const builder = new common.InstancePrincipalsAuthenticationDetailsProviderBuilder();
        const provider = await withTimeout(
          builder.build(),
          timeout,
          'the instance metadata service did not answer (not running on an OCI instance?)',
        );
        // The builder learns the tenancy from the instance's leaf certificate.
        const tenancyId = builder.tenancyId;
        return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'instance principal' };
      }
    }
  } catch (error) {
    if (error instanceof AuthError) throw error;
    throw new AuthError(method, cleanAuthReason(error));
  }
}

/** Reduce an SDK auth error to its reason; SDK messages can quote file content, so cut at the first line. */
export function cleanAuthReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  if (/BEGIN [A-Z ]*PRIVATE KEY/.test(firstLine)) return 'the private key could not be read';
  return firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(reason)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
