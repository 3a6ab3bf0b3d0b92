// Verifies OCI request signatures (draft-cavage-http-signatures, rsa-sha256) the way OCI does:
// rebuilds the signing string from the headers the client listed, insists on the headers OCI
// requires, checks the body hash on requests with a body, and resolves the keyId to a key.
import { createHash, type KeyObject, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Who signed: an API key's user, a session token's subject, or a resource principal. */
export type KeyKind = 'api_key' | 'session_token' | 'resource_principal' | 'none';

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received (`req.url`). */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type KeyResolution = { ok: true; key: KeyObject; kind: Exclude<KeyKind, 'none'>; principal: string } | { ok: false; reason: string };

export type Verification =
  | { ok: true; kind: Exclude<KeyKind, 'none'>; principal: string }
  | { ok: false; kind: KeyKind; reason: string };

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export function parseAuthorization(header: string): Map<string, string> | undefined {
  const match = /^Signature\s+(.*)$/is.exec(header.trim());
  if (!match) return undefined;
  const params = new Map<string, string>();
  for (const m of (match[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) params.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  return params;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

export function keyKindOf(keyId: string): Exclude<KeyKind, 'none'> {
  return keyId.startsWith('ST$') ? 'session_token' : 'api_key';
}

export function verifyRequest(
  request: SignedRequest,
  resolveKey: (keyId: string) => KeyResolution,
  nowMs = Date.now(),
): Verification {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization) return { ok: false, kind: 'none', reason: 'the request is not signed (no authorization header)' };
  const params = parseAuthorization(authorization);
  const keyId = params?.get('keyid');
  const signature = params?.get('signature');
  if (!params || !keyId || !signature) return { ok: false, kind: 'none', reason: 'the authorization header is not a valid Signature' };
  const kind = keyKindOf(keyId);
  const fail = (reason: string): Verification => ({ ok: false, kind, reason });
  if (params.get('version') !== '1') return fail('signature version must be "1"');
  if ((params.get('algorithm') ?? '').toLowerCase() !== 'rsa-sha256') return fail('signature algorithm must be rsa-sha256');
  const signed = (params.get('headers') ?? 'date').toLowerCase().split(/\s+/).filter(Boolean);
  const signedSet = new Set(signed);

  const required = ['(request-target)', 'host'];
  if (BODY_METHODS.has(request.method.toUpperCase())) required.push('x-content-sha256', 'content-type', 'content-length');
  for (const name of required) if (!signedSet.has(name)) return fail(`the signature must cover the ${name} header`);
  const dateHeader = signedSet.has('x-date') ? 'x-date' : signedSet.has('date') ? 'date' : undefined;
  if (!dateHeader) return fail('the signature must cover the date or x-date header');
  const date = Date.parse(headerValue(request.headers, dateHeader) ?? '');
  if (Number.isNaN(date)) return fail(`the ${dateHeader} header is not a date`);
  if (Math.abs(nowMs - date) > MAX_CLOCK_SKEW_MS) return fail(`the ${dateHeader} header is more than 5 minutes off`);

  if (BODY_METHODS.has(request.method.toUpperCase())) {
    const digest = createHash('sha256').update(request.body).digest('base64');
    if (headerValue(request.headers, 'x-content-sha256') !== digest) return fail('x-content-sha256 does not match the body');
    if (Number(headerValue(request.headers, 'content-length')) !== request.body.length) {
      return fail('content-length does not match the body');
    }
  }

  const lines: string[] = [];
  for (const name of signed) {
    if (name === '(request-target)') {
      lines.push(`(request-target): ${request.method.toLowerCase()} ${request.target}`);
      continue;
    }
    const value = headerValue(request.headers, name);
    if (value === undefined) return fail(`signed header ${name} is missing from the request`);
    lines.push(`${name}: ${value}`);
  }

  const resolved = resolveKey(keyId);
  if (!resolved.ok) return fail(resolved.reason);
  let valid: boolean;
  try {
    valid = verify('sha256', Buffer.from(lines.join('\n')), resolved.key, Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return fail('the signature does not verify with the key');
  return { ok: true, kind: resolved.kind, principal: resolved.principal };
}
