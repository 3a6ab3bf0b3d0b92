// Writes what a client needs to authenticate against the emulator, as OCI tooling lays it out:
// an OCI CLI config file and key PEMs (mode 0600), a session token file for a session
// profile, or the environment of a v2.2 resource principal.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ApiKeyRegistry, generateSigningKey } from './keys.js';
import type { TokenIssuer } from './tokens.js';

export interface WriteAuthOptions {
  /** Config profile name (default DEFAULT). */
  profile?: string;
  /** Write a key the emulator has never seen: every signed request then gets 401. */
  wrongKey?: boolean;
  /** A session (security token) profile: `security_token_file` plus the session key. */
  sessionToken?: boolean;
  /** Also write a v2.2 resource principal (token + key) and return its environment. */
  resourcePrincipal?: boolean;
  /** Issue tokens that have already expired (to test expiry handling). */
  expiredToken?: boolean;
  /** Token lifetime in seconds (default one hour). */
  tokenTtlSeconds?: number;
}

export interface AuthFiles {
  dir: string;
  configFile: string;
  profile: string;
  keyFile: string;
  fingerprint: string;
  userId: string;
  tenancyId: string;
  region: string;
  tokenFile?: string;
  /** Environment for the written credentials: OCI_CONFIG_FILE, or the resource principal's vars. */
  env: Record<string, string>;
}

export interface AuthContext {
  tenancyId: string;
  homeRegion: string;
  adminUserId: string;
  registry: ApiKeyRegistry;
  issuer: TokenIssuer;
}

const PRIVATE = { mode: 0o600 } as const;

export async function writeAuthFiles(ctx: AuthContext, dirInput: string, options: WriteAuthOptions = {}): Promise<AuthFiles> {
  const dir = resolve(dirInput);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const profile = options.profile ?? 'DEFAULT';
  const ttl = options.expiredToken ? -60 : (options.tokenTtlSeconds ?? 3600);
  const key = await generateSigningKey();
  const keyFile = join(dir, 'oci_api_key.pem');
  await writeFile(keyFile, key.privateKeyPem, PRIVATE);
  await writeFile(join(dir, 'oci_api_key_public.pem'), key.publicKeyPem, PRIVATE);

  const lines = [`[${profile}]`];
  let tokenFile: string | undefined;
  if (options.sessionToken) {
    // A session profile signs with the session key; the token vouches for it.
    const token = ctx.issuer.issue({ sub: ctx.adminUserId, tenant: ctx.tenancyId, ptype: 'user' }, key.publicKey, ttl);
    tokenFile = join(dir, 'token');
    // The SDK reads the file verbatim into the keyId: no trailing newline.
    await writeFile(tokenFile, token, PRIVATE);
    lines.push(`fingerprint=${key.fingerprint}`, `key_file=${keyFile}`, `tenancy=${ctx.tenancyId}`, `region=${ctx.homeRegion}`);
    lines.push(`security_token_file=${tokenFile}`);
  } else {
    if (!options.wrongKey) ctx.registry.register(ctx.adminUserId, key.publicKey);
    lines.push(
      `user=${ctx.adminUserId}`,
      `fingerprint=${key.fingerprint}`,
      `key_file=${keyFile}`,
      `tenancy=${ctx.tenancyId}`,
      `region=${ctx.homeRegion}`,
    );
  }
  const configFile = join(dir, 'config');
  await writeFile(configFile, `${lines.join('\n')}\n`, PRIVATE);

  const env: Record<string, string> = { OCI_CONFIG_FILE: configFile };
  if (options.resourcePrincipal) {
    const rpKey = await generateSigningKey();
    const rpKeyFile = join(dir, 'rp_private.pem');
    const rpTokenFile = join(dir, 'rpst');
    const rpst = ctx.issuer.issue(
      {
        sub: `ocid1.fnfunc.oc1.${ctx.homeRegion}.emulated`,
        tenant: ctx.tenancyId,
        ptype: 'resource',
        res_tenant: ctx.tenancyId,
        res_compartment: ctx.tenancyId,
        res_type: 'fnfunc',
      },
      rpKey.publicKey,
      ttl,
    );
    await writeFile(rpKeyFile, rpKey.privateKeyPem, PRIVATE);
    await writeFile(rpTokenFile, rpst, PRIVATE);
    env.OCI_RESOURCE_PRINCIPAL_VERSION = '2.2';
    env.OCI_RESOURCE_PRINCIPAL_RPST = rpTokenFile;
    env.OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM = rpKeyFile;
    env.OCI_RESOURCE_PRINCIPAL_REGION = ctx.homeRegion;
  }

  return {
    dir,
    configFile,
    profile,
    keyFile,
    fingerprint: key.fingerprint,
    userId: ctx.adminUserId,
    tenancyId: ctx.tenancyId,
    region: ctx.homeRegion,
    ...(tokenFile ? { tokenFile } : {}),
    env,
  };
}
