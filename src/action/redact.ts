// Header values never reach the log. An SDK error can quote the request's headers (the OCI
// SDK's `Headers.set: "Signature keyId="ST$<token>…",signature="…"`), so every message the
// action prints goes through here: anything that looks like an Authorization header, a
// keyId, a signature, a session token (ST$…) or a JWT is registered as a secret (so the
// runner masks it anywhere else too) and replaced before printing.
const PATTERNS: RegExp[] = [
  // Signature keyId="…",algorithm="…",headers="…",signature="…" (any order, any quoting).
  /\b(?:keyId|signature|headers)\s*=\s*"[^"]*"?/gi,
  /\b(?:keyId|signature)\s*=\s*[^\s",]+/gi,
  /\bSignature\s+[^\s"']+/g,
  /\bauthorization\s*[:=]\s*"?[^"\n]*/gi,
  /\bx-content-sha256\s*[:=]\s*"?[^"\s,]*/gi,
  /\bopc-obo-token\s*[:=]\s*"?[^"\s,]*/gi,
  /\bST\$[A-Za-z0-9._~+/=-]+/g,
  /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
];

/** The message with header values replaced by ***; `found` receives each value removed. */
export function redactHeaders(message: string, found?: (value: string) => void): string {
  let out = message;
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match) => {
      if (found && match.length >= 8) found(match);
      const eq = /^([A-Za-z-]+\s*[:=]\s*)/.exec(match);
      if (eq) return `${eq[1]}***`;
      if (match.startsWith('Signature')) return 'Signature ***';
      return '***';
    });
  }
  return out;
}
