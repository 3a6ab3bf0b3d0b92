// Security tokens the emulator issues (session tokens and resource principal session tokens):
// JWTs signed HS256 with a per-emulator secret, carrying the session public key as a `jwk`
// claim the way OCI's tokens do, so a request signed with `ST$<token>` can be verified.
import { createHmac, createPublicKey, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  sub: string;
  tenant: string;
  /** `user` for session tokens, `resource` for resource principals. */
  ptype: 'user' | 'resource';
  /** JSON text of the session public key's JWK, as OCI puts it in its tokens. */
  jwk: string;
  iat: number;
  exp: number;
  [claim: string]: string | number;
}

export type TokenCheck = { ok: true; claims: TokenClaims; publicKey: KeyObject } | { ok: false; reason: string };

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export class TokenIssuer {
  private readonly secret: Buffer;

  constructor(secret: Buffer = randomBytes(32)) {
    this.secret = secret;
  }

  issue(claims: Omit<TokenClaims, 'iat' | 'exp' | 'jwk'>, publicKey: KeyObject, ttlSeconds: number, nowMs = Date.now()): string {
    const iat = Math.floor(nowMs / 1000);
    const jwk = JSON.stringify({ ...publicKey.export({ format: 'jwk' }), kid: 'session', use: 'sig', alg: 'RS256' });
    const payload = { ...claims, jwk, iat, exp: iat + ttlSeconds };
    const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}`;
    return `${head}.${this.mac(head)}`;
  }

  verify(token: string, nowMs = Date.now()): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'security token is not a JWT' };
    const [header, payload, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: 'security token signature is not valid' };
    }
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'security token payload is not JSON' };
    }
    if (!isClaims(claims)) return { ok: false, reason: 'security token lacks required claims' };
    if (claims.exp <= Math.floor(nowMs / 1000)) return { ok: false, reason: 'security token has expired' };
    try {
      const publicKey = createPublicKey({ key: JSON.parse(claims.jwk) as import('node:crypto').JsonWebKey, format: 'jwk' });
      return { ok: true, claims, publicKey };
    } catch {
      return { ok: false, reason: 'security token jwk is not a valid public key' };
    }
  }

  private mac(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}

function isClaims(value: unknown): value is TokenClaims {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.sub === 'string' &&
    typeof c.tenant === 'string' &&
    (c.ptype === 'user' || c.ptype === 'resource') &&
    typeof c.jwk === 'string' &&
    typeof c.exp === 'number'
  );
}
