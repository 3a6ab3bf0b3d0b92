// Doctor's local checks: what can be known without a request. Node's version, the OCI config
// file and profile, the key file (readable, a private key, private to its owner, passphrase),
// the fingerprint computed from the key's public half, and a security token's expiry. The key
// and config checks are auth.ts's own (the ones a run makes); this adds what a run need not
// know in advance. Nothing here prints key material or a token.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AuthError, checkKeyFile, checkProfileRegion, readProfile, readSecurityToken } from '../oci/auth.js';
import type { CheckResult } from './types.js';

/** The oldest Node the CLI supports (package.json engines). */
export const MINIMUM_NODE = '20.19.0';

const expandHome = (path: string): string => (path.startsWith('~/') ? join(homedir(), path.slice(2)) : path);

function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const b = minimum.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function checkNode(version: string = process.versions.node): CheckResult {
  return versionAtLeast(version, MINIMUM_NODE)
    ? { id: 'node', status: 'pass', detail: `Node ${version} (needs ${MINIMUM_NODE} or later)` }
    : { id: 'node', status: 'fail', kind: 'local', detail: `Node ${version} is older than ${MINIMUM_NODE}`, fix: `install Node ${MINIMUM_NODE} or later (https://nodejs.org)` };
}

/** The config file exists, holds the profile, and the profile names a region the SDK knows. */
export function checkConfig(configFile: string, profile: string, source: string): CheckResult {
  if (!existsSync(configFile)) {
    return {
      id: 'config',
      status: 'fail',
      kind: 'local',
      detail: `OCI config file ${configFile} not found (${source})`,
      fix: 'create it with `oci setup config`, or point --oci-config / OCI_CLI_CONFIG_FILE at yours (docs/auth.md)',
    };
  }
  let values: Map<string, string> | undefined;
  try {
    values = readProfile(configFile, profile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { id: 'config', status: 'fail', kind: 'local', detail: `${configFile} cannot be read (${code ?? 'error'})`, fix: `make ${configFile} readable by this user` };
  }
  if (!values) {
    return {
      id: 'config',
      status: 'fail',
      kind: 'local',
      detail: `profile [${profile}] missing in ${configFile}`,
      fix: `pick a profile that exists with --profile (or OCI_CLI_PROFILE), or add [${profile}] to ${configFile}`,
    };
  }
  try {
    checkProfileRegion(configFile, profile);
  } catch (error) {
    return { id: 'config', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: `set region in [${profile}] to a region name such as us-ashburn-1` };
  }
  const missing = ['tenancy', 'key_file', 'fingerprint'].filter((k) => !values.get(k));
  if (!values.has('security_token_file') && !values.get('user')) missing.unshift('user');
  if (missing.length > 0) {
    return {
      id: 'config',
      status: 'fail',
      kind: 'local',
      detail: `profile [${profile}] in ${configFile} lacks ${missing.join(', ')}`,
      fix: `add ${missing.map((k) => `${k}=…`).join(', ')} to [${profile}] (the console's API key page shows the lines to paste)`,
    };
  }
  return { id: 'config', status: 'pass', detail: `profile [${profile}] in ${configFile}${values.get('region') ? `, region ${values.get('region')}` : ''}` };
}

/** The key file: readable, a PEM private key, the passphrase right (auth.ts's check), private to its owner. */
export function checkKey(configFile: string, profile: string): CheckResult {
  const path = readProfile(configFile, profile)?.get('key_file') ?? '';
  try {
    checkKeyFile(configFile, profile);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fix = /pass_phrase|encrypted/.test(message)
      ? `set the right pass_phrase in [${profile}] (or decrypt the key: openssl rsa -in KEY -out KEY.plain)`
      : /not found|cannot be read/.test(message)
        ? `point key_file in [${profile}] at your API signing key, readable by this user`
        : 'key_file must be the PEM private key of the API key pair (not the public key); see docs/auth.md';
    return { id: 'key', status: 'fail', kind: 'local', detail: message, fix };
  }
  const file = expandHome(path);
  const mode = statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    return {
      id: 'key',
      status: 'warn',
      detail: `key_file ${path} is readable by ${mode & 0o007 ? 'everyone' : 'its group'} (mode ${mode.toString(8).padStart(3, '0')})`,
      fix: `chmod 600 ${path}`,
    };
  }
  return { id: 'key', status: 'pass', detail: `key_file ${path}: a private key, readable, private to its owner` };
}

/** OCI's fingerprint of a key pair: MD5 over the DER public key, colon-separated hex. */
export function fingerprintOfPrivateKey(pem: string, passphrase?: string): string {
  const privateKey = createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
  const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return (createHash('md5').update(der).digest('hex').match(/../g) ?? []).join(':');
}

/** The fingerprint in the profile against the one computed from the key: both printed (they are not secrets). */
export function checkFingerprint(configFile: string, profile: string): CheckResult {
  const values = readProfile(configFile, profile) ?? new Map<string, string>();
  const configured = (values.get('fingerprint') ?? '').trim().toLowerCase();
  const path = values.get('key_file') ?? '';
  const passphrase = values.get('pass_phrase');
  const actual = fingerprintOfPrivateKey(readFileSync(expandHome(path), 'utf8'), passphrase);
  if (configured === actual) return { id: 'fingerprint', status: 'pass', detail: `fingerprint ${actual} matches the key` };
  return {
    id: 'fingerprint',
    status: 'fail',
    kind: 'auth',
    detail: `the profile says fingerprint ${configured || '(none)'}, the key's is ${actual}`,
    fix: `set fingerprint=${actual} in [${profile}] if that key's public half is uploaded to the user (Identity > Users > API keys); else upload it, or point key_file at the key whose fingerprint is ${configured}`,
  };
}

/** The `exp` claim of a JWT, without verifying it (only the issuer can); undefined when unreadable. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const exp = claims && typeof claims === 'object' ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** A session profile's token: present, and not expired (warn when under 10 minutes are left). */
export function checkToken(configFile: string, profile: string, nowMs: number = Date.now()): CheckResult {
  const refresh = `oci session refresh --profile ${profile} (or, once it can no longer be refreshed, oci session authenticate --profile-name ${profile})`;
  let token: string;
  try {
    token = readSecurityToken(configFile, profile);
  } catch (error) {
    return { id: 'token', status: 'fail', kind: 'local', detail: error instanceof AuthError ? error.message.replace(/^authentication \(security_token\) failed: /, '') : String(error), fix: refresh };
  }
  const exp = tokenExpiry(token);
  if (exp === undefined) return { id: 'token', status: 'warn', detail: 'the security token has no readable expiry', fix: refresh };
  const left = exp - nowMs;
  const when = new Date(exp).toISOString();
  if (left <= 0) return { id: 'token', status: 'fail', kind: 'auth', detail: `the security token expired at ${when} (${describeDuration(-left)} ago)`, fix: refresh };
  if (left < 10 * 60_000) return { id: 'token', status: 'warn', detail: `the security token expires at ${when} (in ${describeDuration(left)})`, fix: refresh };
  return { id: 'token', status: 'pass', detail: `the security token is valid until ${when} (${describeDuration(left)} left)` };
}

export function describeDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m} min`;
  return `${Math.round(m / 60)} h`;
}
