// Draft-cavage HTTP signatures for OCI (the same text the SDK's DefaultRequestSigner writes),
// with the private key parsed once into a KeyObject. The SDK's signer parses the PEM twice per
// request (sshpk, then crypto), which was about half of the CPU of a run (issue 11); its
// signer cannot take a KeyObject. tests/unit/oci-signer.test.ts checks this output against the
// SDK's byte for byte.
import { createHash, createPrivateKey, type KeyObject, sign } from 'node:crypto';
import type * as common from 'oci-common';

/** What the signer needs from an auth provider (API key and session token providers). */
export interface SigningKeySource {
  getKeyId(): Promise<string>;
  getPrivateKey(): string;
  getPassphrase(): string | null;
}

const BASE_HEADERS = 'x-date (request-target) host';
// The SDK lists the body headers in this case, and the service checks the list as written.
const BODY_HEADERS = `${BASE_HEADERS} Content-Type Content-Length x-content-sha256`;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
// sha256 of the empty string, as the SDK sends it for an empty body.
const EMPTY_SHA = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/** The private key, parsed once (and again only if the provider hands out a different PEM). */
export class CachedKeySigner implements common.RequestSigner {
  private pem: string | undefined;
  private key: KeyObject | undefined;

  constructor(private readonly source: SigningKeySource) {}

  /** The parsed key; throws (as the SDK would while signing) when the PEM cannot be used. */
  keyObject(): KeyObject {
    const pem = this.source.getPrivateKey();
    if (this.key === undefined || pem !== this.pem) {
      const passphrase = this.source.getPassphrase();
      this.key = createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
      this.pem = pem;
    }
    return this.key;
  }

  async signHttpRequest(request: common.HttpRequest, forceExcludeBody = false): Promise<void> {
    const { headers, uri } = request;
    const target = splitUri(uri);
    // Each value is read back from `Headers` only when the caller set it: every Headers call
    // validates and lower-cases its name (a few µs a request, issue 11).
    let host = headers.get('host');
    if (host === null) headers.set('host', (host = target.host));
    let xDate = headers.get('x-date');
    let now: string | undefined;
    if (xDate === null) headers.set('x-date', (xDate = now = new Date().toUTCString()));
    // http-signature (under the SDK's signer) adds an unsigned Date header; so do we.
    if (!headers.has('date')) headers.set('date', now ?? new Date().toUTCString());
    const method = request.method.toUpperCase();
    const withBody = !forceExcludeBody && BODY_METHODS.has(method);
    let text = `x-date: ${xDate}\n(request-target): ${method.toLowerCase()} ${target.path}\nhost: ${host}`;
    if (withBody) {
      let contentType = headers.get('content-type');
      if (contentType === null) headers.set('content-type', (contentType = 'application/json'));
      const body = typeof request.body === 'string' ? request.body : request.body ? JSON.stringify(request.body) : '';
      const sha = body === '' ? EMPTY_SHA : createHash('sha256').update(body, 'utf8').digest('base64');
      headers.set('x-content-sha256', sha);
      let contentLength = headers.get('content-length');
      if (contentLength === null) headers.set('content-length', (contentLength = String(Buffer.byteLength(body, 'utf8'))));
      text += `\ncontent-type: ${contentType}\ncontent-length: ${contentLength}\nx-content-sha256: ${sha}`;
    }
    const key = this.keyObject();
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`${key.asymmetricKeyType ?? 'unknown'} keys are not supported (OCI API keys are RSA)`);
    const keyId = await this.source.getKeyId();
    const signature = sign('sha256', Buffer.from(text, 'utf8'), key).toString('base64');
    headers.set(
      'authorization',
      `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${withBody ? BODY_HEADERS : BASE_HEADERS}",signature="${signature}"`,
    );
  }
}

/**
 * Host and path-with-query of an absolute URI, as the SDK's signer reads them (legacy
 * url.parse: the text as given, host lower-cased), without building a URL object.
 */
export function splitUri(uri: string): { host: string; path: string } {
  const scheme = uri.indexOf('://');
  const start = scheme < 0 ? 0 : scheme + 3;
  let end = start;
  while (end < uri.length && uri[end] !== '/' && uri[end] !== '?' && uri[end] !== '#') end++;
  const authority = uri.slice(start, end);
  const at = authority.lastIndexOf('@');
  const host = (at < 0 ? authority : authority.slice(at + 1)).toLowerCase();
  if (!host) throw new Error('Cannot parse host from url');
  const hash = uri.indexOf('#', end);
  let path = hash < 0 ? uri.slice(end) : uri.slice(end, hash);
  if (path === '' || path[0] === '?') path = `/${path}`;
  return { host, path };
}
