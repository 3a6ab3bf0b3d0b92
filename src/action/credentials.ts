// Key material for the OCI SDK: masked in the log before anything is printed, validated, and
// written to a private temp directory (0700, files 0600) as an OCI config file the pipeline's
// api_key/security_token auth reads. The directory is removed when the step ends.
import { createPrivateKey } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionInputs, INPUT, InputError } from './inputs.js';

/** Registers every secret (and each line of multi-line ones) with the runner's log masker. */
export function maskSecrets(values: ReadonlyArray<string | undefined>, setSecret: (value: string) => void): void {
  for (const value of values) {
    if (!value) continue;
    setSecret(value);
    // The runner masks a multi-line secret line by line only if told each line.
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= 4 && !/^-----(BEGIN|END) [A-Z ]+-----$/.test(trimmed)) setSecret(trimmed);
    }
  }
}

export interface Credentials {
  /** OCI config file to hand the pipeline, absent for principals. */
  configFile: string | undefined;
  profile: string;
  dir: string;
  dispose(): Promise<void>;
}

/** Normalizes pasted PEM text (CRLF, stray indentation) and proves it is a usable private key. */
export function checkPrivateKey(pem: string, passphrase: string | undefined): string {
  const text = `${pem
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim()}\n`;
  if (!/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----\n$/.test(text)) {
    throw new InputError(INPUT.privateKey, 'is not a PEM private key (expected -----BEGIN … PRIVATE KEY----- … -----END … PRIVATE KEY-----)');
  }
  const encrypted = /^-----BEGIN ENCRYPTED PRIVATE KEY-----$|^Proc-Type: 4,ENCRYPTED$/m.test(text);
  if (encrypted && passphrase === undefined) throw new InputError(INPUT.privateKeyPassphrase, 'is required: the private key is encrypted');
  try {
    createPrivateKey(passphrase === undefined ? { key: text } : { key: text, passphrase });
  } catch {
    // Never pass the crypto error on: some carry fragments of the input.
    if (encrypted) throw new InputError(INPUT.privateKeyPassphrase, 'does not decrypt the private key');
    throw new InputError(INPUT.privateKey, 'is not a readable private key (malformed PEM body)');
  }
  return text;
}

async function writePrivate(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600 });
  await chmod(path, 0o600);
}

/** Points every profile at our key and token files, replacing paths from another machine. */
export function pointConfigAt(configText: string, files: { keyFile?: string; tokenFile?: string }): string {
  const lines = configText.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const settings = [
    ['key_file', files.keyFile],
    ['security_token_file', files.tokenFile],
  ] as const;
  let pending: string[] = [];
  const flush = () => {
    out.push(...pending);
    pending = [];
  };
  for (const line of lines) {
    if (/^\s*\[.+\]\s*$/.test(line)) {
      flush();
      out.push(line);
      for (const [key, value] of settings) if (value) pending.push(`${key}=${value}`);
      continue;
    }
    const key = /^\s*([A-Za-z_]+)\s*=/.exec(line)?.[1];
    if (settings.some(([name, value]) => value && name === key)) continue;
    out.push(line);
  }
  flush();
  return `${out.join('\n').trimEnd()}\n`;
}

export interface CredentialOptions {
  /** Parent of the private directory: RUNNER_TEMP on a runner. */
  tempRoot?: string | undefined;
  /** Told the directory's path as soon as it exists (state for the post step, signal cleanup). */
  onCreated?: (dir: string) => void;
}

/** Prefix of the private directory; the post step removes only directories named like this. */
export const CREDENTIALS_DIR_PREFIX = 'oci-inv-auth-';

export async function prepareCredentials(inputs: ActionInputs, options: CredentialOptions = {}): Promise<Credentials> {
  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), CREDENTIALS_DIR_PREFIX));
  // Known before anything secret is written, so a signal or the post step can find it.
  options.onCreated?.(dir);
  await chmod(dir, 0o700);
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    if (inputs.auth === 'instance_principal' || inputs.auth === 'resource_principal') {
      return { configFile: undefined, profile: 'DEFAULT', dir, dispose };
    }
    const keyFile = join(dir, 'oci_api_key.pem');
    const tokenFile = join(dir, 'security_token');
    const files: { keyFile?: string; tokenFile?: string } = {};
    if (inputs.privateKey) {
      await writePrivate(keyFile, checkPrivateKey(inputs.privateKey, inputs.privateKeyPassphrase));
      files.keyFile = keyFile;
    }
    if (inputs.securityToken) {
      // Exactly the token: the SDK puts the file's text into the Authorization header, and a
      // pasted trailing newline there is an invalid header value (whose error quoted the header).
      await writePrivate(tokenFile, inputs.securityToken.trim());
      files.tokenFile = tokenFile;
    }
    const configFile = join(dir, 'config');
    let text: string;
    if (inputs.ociConfig) {
      if (!/^\s*\[.+\]\s*$/m.test(inputs.ociConfig)) throw new InputError(INPUT.ociConfig, 'is not an OCI config file (no [PROFILE] section)');
      text = pointConfigAt(inputs.ociConfig, files);
    } else {
      const lines = ['[DEFAULT]', `tenancy=${inputs.tenancy}`, `region=${inputs.region}`, `fingerprint=${inputs.fingerprint}`, `key_file=${keyFile}`];
      if (inputs.auth === 'api_key') lines.push(`user=${inputs.user}`);
      if (inputs.auth === 'security_token') lines.push(`security_token_file=${tokenFile}`);
      if (inputs.privateKeyPassphrase) lines.push(`pass_phrase=${inputs.privateKeyPassphrase}`);
      text = `${lines.join('\n')}\n`;
    }
    await writePrivate(configFile, text);
    return { configFile, profile: 'DEFAULT', dir, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
