// API signing keys: generation, OCI's fingerprint (MD5 over the DER public key, colon hex) and
// the registry of public keys per user the emulator checks signatures against.
import { createHash, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPairAsync = promisify(generateKeyPair);

export interface SigningKey {
  privateKeyPem: string;
  publicKeyPem: string;
  publicKey: KeyObject;
  fingerprint: string;
}

export function fingerprintOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return (createHash('md5').update(der).digest('hex').match(/../g) ?? []).join(':');
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicKey,
    fingerprint: fingerprintOf(publicKey),
  };
}

/** Public API keys uploaded per user, looked up by the keyId `<tenancy>/<user>/<fingerprint>`. */
export class ApiKeyRegistry {
  private readonly keys = new Map<string, KeyObject>();

  register(userId: string, publicKey: KeyObject): string {
    const fingerprint = fingerprintOf(publicKey);
    this.keys.set(`${userId}/${fingerprint}`, publicKey);
    return fingerprint;
  }

  lookup(userId: string, fingerprint: string): KeyObject | undefined {
    return this.keys.get(`${userId}/${fingerprint}`);
  }
}
