// Turns an auth method name into an OCI SDK authentication provider, with errors that say
// which method failed and why, and never carry key material (SPEC §3 exit 3).
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';
import { sanitizeSdkMessage } from './http.js';

import { AUTH_ALIASES, AUTH_METHODS, type AuthMethod } from './auth-methods.js';

export { AUTH_ALIASES, AUTH_METHODS, type AuthMethod };

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

/** A key file that cannot be used (not PEM, wrong passphrase): an input error (exit 2) naming the file. */
export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

/** A bad value in the OCI config file (e.g. an unknown region): an input error (exit 2). */
export class OciConfigError extends Error {
  override name = 'OciConfigError';
}

/** One profile of an OCI config file, DEFAULT's keys inherited; undefined when the profile is absent. */
export function readProfile(configFile: string, profile: string): Map<string, string> | undefined {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of readFileSync(configFile, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = (header[1] ?? '').trim();
      current = sections.get(name) ?? new Map<string, string>();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const own = sections.get(profile);
  if (!own) return undefined;
  return new Map([...(sections.get('DEFAULT') ?? []), ...own]);
}

const expandHome = (path: string): string => (path.startsWith('~/') ? join(homedir(), path.slice(2)) : path);

/** Which method `auto` picks, in documented order (docs/auth.md). */
export function pickAutoMethod(configFile: string, profile: string, env: NodeJS.ProcessEnv): Exclude<AuthMethod, 'auto'> {
  if (env.OCI_RESOURCE_PRINCIPAL_VERSION) return 'resource_principal';
  if (existsSync(configFile)) {
    const values = readProfile(configFile, profile);
    if (values) return values.has('security_token_file') ? 'security_token' : 'api_key';
  }
  return 'instance_principal';
}

/**
 * Why each method `auto` looked at did not apply, for the one message shown when nothing
 * worked (docs/auth.md).
 */
export function autoReasons(configFile: string, profile: string, env: NodeJS.ProcessEnv): string[] {
  const reasons = ['resource principal: OCI_RESOURCE_PRINCIPAL_VERSION is not set'];
  if (!existsSync(configFile)) reasons.push(`api key / security token: no config file at ${configFile}`);
  else if (!readProfile(configFile, profile)) reasons.push(`api key / security token: profile [${profile}] missing in ${configFile}`);
  if (env.OCI_RESOURCE_PRINCIPAL_VERSION) reasons.shift();
  return reasons;
}

/**
 * The security token of a session profile, read and trimmed here so a trailing newline never
 * reaches a header, and a missing or unreadable file is a local auth error naming the key.
 */
export function readSecurityToken(configFile: string, profile: string): string {
  const values = readProfile(configFile, profile);
  if (!values) throw new AuthError('security_token', `profile [${profile}] missing in ${configFile}`);
  const path = values.get('security_token_file');
  if (!path) throw new AuthError('security_token', `profile [${profile}] in ${configFile} has no security_token_file`);
  let token: string;
  try {
    token = readFileSync(expandHome(path), 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
  }
  if (token === '' || /[\s\u0000-\u001f]/.test(token)) {
    throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] does not hold one token (empty, or spaces/control characters inside)`);
  }
  return token;
}

/**
 * The profile's key file parsed now with its passphrase, so a file that is not a PEM key or a
 * wrong passphrase is one line naming the file (exit 2), never an exception while signing
 * and never the file's content.
 */
export function checkKeyFile(configFile: string, profile: string): void {
  const values = readProfile(configFile, profile);
  const path = values?.get('key_file');
  if (!values || !path) return; // the SDK names what is missing
  const file = expandHome(path);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyFileError(`key_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a PEM private key`);
  const passphrase = values.get('pass_phrase');
  try {
    createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
  } catch (error) {
    const text = `${(error as { code?: unknown }).code ?? ''} ${error instanceof Error ? error.message : ''}`;
    if (/passphrase|decrypt|BAD_DECRYPT|bad password/i.test(text)) {
      throw new KeyFileError(
        passphrase
          ? `key_file ${path} of profile [${profile}]: wrong pass_phrase (the key could not be decrypted)`
          : `key_file ${path} of profile [${profile}] is encrypted: set pass_phrase in the profile`,
      );
    }
    throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a usable PEM private key`);
  }
}

/** The profile's region must be one the SDK knows; else the SDK guesses a realm and prints about it. */
export function checkProfileRegion(configFile: string, profile: string): void {
  const region = readProfile(configFile, profile)?.get('region');
  if (!region) return;
  const known = common.Region.values().some((r) => r.regionId === region);
  if (!known) {
    const lower = region.toLowerCase();
    const byKey = common.Region.values().find((r) => r.regionCode?.toLowerCase() === lower);
    throw new OciConfigError(
      `${configFile}: profile [${profile}]: region "${region}" is not a known OCI region${byKey ? ` (did you mean ${byKey.regionId}?)` : ''}`,
    );
  }
}

export async function resolveAuth(options: AuthOptions): Promise<ResolvedAuth> {
  const env = options.env ?? process.env;
  const configFile = options.configFile || defaultConfigFile(env);
  const method = options.method === 'auto' ? pickAutoMethod(configFile, options.profile, env) : options.method;
  if (options.method === 'auto' && options.configFile && existsSync(configFile) && !readProfile(configFile, options.profile)) {
    // A config file named on purpose: its missing profile is the answer, not instance principal.
    throw new AuthError('auto', `profile [${options.profile}] missing in ${configFile}`);
  }
  try {
    switch (method) {
      case 'api_key':
      case 'security_token': {
        if (!existsSync(configFile)) throw new AuthError(method, `config file ${configFile} not found`);
        if (!readProfile(configFile, options.profile)) throw new AuthError(method, `profile [${options.profile}] missing in ${configFile}`);
        const token = method === 'security_token' ? readSecurityToken(configFile, options.profile) : undefined;
        checkKeyFile(configFile, options.profile);
        checkProfileRegion(configFile, options.profile);
        const provider =
          method === 'api_key'
            ? new common.ConfigFileAuthenticationDetailsProvider(configFile, options.profile)
            : new common.SessionAuthDetailProvider(configFile, options.profile);
        if (token !== undefined && provider instanceof common.SessionAuthDetailProvider) provider.sessionToken = token;
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
    if (error instanceof AuthError || error instanceof KeyFileError || error instanceof OciConfigError) throw error;
    const raw = error instanceof Error ? error.message : String(error);
    const noMetadata = /region undefined|metadata|did not answer|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|fetch failed/i.test(raw);
    if (method === 'instance_principal' && options.method !== 'auto' && noMetadata) {
      // The SDK's own words here are a multi-line note about "region undefined".
      throw new AuthError(method, 'not on an OCI instance (the instance metadata service did not answer)');
    }
    if (method === 'resource_principal' && !env.OCI_RESOURCE_PRINCIPAL_VERSION) {
      throw new AuthError(method, 'OCI_RESOURCE_PRINCIPAL_VERSION is not set (resource principals exist inside OCI Functions, Container Instances, DevOps and similar services)');
    }
    if (options.method === 'auto' && method === 'instance_principal') {
      const reasons = [...autoReasons(configFile, options.profile, env), 'instance principal: not on an OCI instance (the metadata service did not answer)'];
      throw new AuthError('auto', `no method applies: ${reasons.join('; ')}`);
    }
    throw new AuthError(method, cleanAuthReason(error));
  }
}

/** Reduce an SDK auth error to its reason; SDK messages can quote file content, so cut at the first line. */
export function cleanAuthReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = sanitizeSdkMessage(message.split('\n')[0] ?? '');
  if (/BEGIN [A-Z ]*PRIVATE KEY/.test(firstLine)) return 'the private key could not be read';
  if (/region\s+undefined|undefined region/i.test(firstLine)) return 'no region known (set region in the OCI config profile, or pass --regions)';
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
