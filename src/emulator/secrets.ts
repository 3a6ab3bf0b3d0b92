// A corpus of secret SHAPES, generated from a seed (never real secrets), and the places a
// tenancy hides them: instance user data and metadata, extendedMetadata, Functions
// application and function configuration, and tags. Tests run the product against a tenancy
// carrying the corpus and assert that no value comes out anywhere (docs/security.md).
import type { GeneratedResource } from './catalog/types.js';
import { createRng, type Rng } from './prng.js';
import type { TenancyStore } from './store.js';

export interface SecretSample {
  /** What it imitates: `GitHub PAT`, `RSA private key`, … */
  kind: string;
  value: string;
  /**
   * A run of the value's random characters (≥ 16, letters and digits only): found in an output
   * however it was escaped (JSON, CSV) exactly when the secret leaked.
   */
  needle: string;
  /** Recognisable by its shape alone (not only by where it sits or the key it sits under). */
  shaped: boolean;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

function chars(rng: Rng, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

/** At least 40 distinct shapes; the same seed gives the same corpus. */
export function secretCorpus(seed = 1): SecretSample[] {
  const rng = createRng(seed).fork('secret-corpus');
  const samples: SecretSample[] = [];
  const add = (kind: string, make: (needle: string) => string, needle: string, shaped = true) => {
    samples.push({ kind, value: make(needle), needle, shaped });
  };
  const alnum = (n: number) => chars(rng, ALNUM, n);
  const hex = (n: number) => chars(rng, HEX, n);
  const pem = (label: string) => {
    const body = alnum(40);
    const lines = [body, chars(rng, B64, 64), chars(rng, B64, 64), `${chars(rng, B64, 30)}==`];
    add(label, (n) => `-----BEGIN ${label}-----\n${lines.join('\n').replace(body, n)}\n-----END ${label}-----\n`, body);
  };
  pem('RSA PRIVATE KEY');
  pem('PRIVATE KEY');
  pem('EC PRIVATE KEY');
  pem('OPENSSH PRIVATE KEY');
  pem('ENCRYPTED PRIVATE KEY');
  add('JWT', (n) => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${n}In0.${chars(rng, URLSAFE, 43)}`, alnum(40));
  add('JWT (HS256)', (n) => `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi${n}.${chars(rng, URLSAFE, 43)}`, alnum(30));
  add('AWS access key id', (n) => `AKIA${n}`, chars(rng, UPPER_DIGITS, 16));
  add('AWS session key id', (n) => `ASIA${n}`, chars(rng, UPPER_DIGITS, 16));
  add('AWS secret access key', (n) => `${n}/${chars(rng, B64, 10)}+${alnum(4)}`, alnum(24));
  add('GitHub classic PAT', (n) => `ghp_${n}`, alnum(36));
  add('GitHub OAuth token', (n) => `gho_${n}`, alnum(36));
  add('GitHub app token', (n) => `ghs_${n}`, alnum(36));
  add('GitHub fine-grained PAT', (n) => `github_pat_11${alnum(20)}_${n}`, alnum(59));
  add('GitLab PAT', (n) => `glpat-${n}`, alnum(20));
  add('Slack bot token', (n) => `xoxb-${hex(6)}-${hex(6)}-${n}`, alnum(24));
  add('Slack user token', (n) => `xoxp-${hex(6)}-${hex(6)}-${n}`, alnum(32));
  add('Slack webhook', (n) => `https://hooks.slack.com/services/T${alnum(8)}/B${alnum(8)}/${n}`, alnum(24));
  add('Stripe live secret key', (n) => `sk_live_${n}`, alnum(24));
  add('Stripe restricted key', (n) => `rk_live_${n}`, alnum(24));
  add('Stripe webhook secret', (n) => `whsec_${n}`, alnum(32));
  add('Google API key', (n) => `AIza${n}${chars(rng, URLSAFE, 35 - n.length)}`, alnum(24));
  add('Google OAuth access token', (n) => `ya29.${n}`, alnum(60));
  add('OpenAI project key', (n) => `sk-proj-${n}`, alnum(48));
  add('Anthropic key', (n) => `sk-ant-api03-${n}-${alnum(8)}AA`, alnum(80));
  add('SendGrid key', (n) => `SG.${alnum(22)}.${n}`, alnum(43));
  add('npm token', (n) => `npm_${n}`, alnum(36));
  add('PyPI token', (n) => `pypi-AgEIcHlwaS5vcmc${n}`, alnum(50));
  add('Twilio API key', (n) => `SK${n}`, hex(32));
  add('Mailgun key', (n) => `key-${n}`, hex(32));
  add('Shopify access token', (n) => `shpat_${n}`, hex(32));
  add('HashiCorp Vault token', (n) => `hvs.${n}`, alnum(24));
  add('Databricks token', (n) => `dapi${n}`, hex(32));
  add('DigitalOcean token', (n) => `dop_v1_${n}`, hex(64));
  add('Hugging Face token', (n) => `hf_${n}`, alnum(34));
  add('age secret key', (n) => `AGE-SECRET-KEY-1${n}`, chars(rng, UPPER_DIGITS, 58));
  add('Azure storage connection string', (n) => `DefaultEndpointsProtocol=https;AccountName=acct${hex(4)};AccountKey=${n}==;EndpointSuffix=core.windows.net`, alnum(40));
  add('PostgreSQL URL', (n) => `postgres://app:${n}@db.internal:5432/app`, alnum(20));
  add('MongoDB SRV URL', (n) => `mongodb+srv://admin:${n}@cluster0.example.mongodb.net/prod`, alnum(20));
  add('Redis URL (password only)', (n) => `redis://:${n}@cache.internal:6379/0`, alnum(20));
  add('HTTPS basic-auth URL', (n) => `https://deploy:${n}@git.example.com/org/repo.git`, alnum(20));
  add('Bearer header', (n) => `Bearer ${n}`, alnum(40));
  add('Basic auth header', (n) => `Basic ${n}`, alnum(32));
  add('ADO.NET connection string', (n) => `Server=db;Database=app;User Id=sa;Password=${n};`, alnum(20));
  add('GCP service account JSON', (n) => `{"type":"service_account","private_key_id":"${hex(40)}","private_key":"${n}"}`, alnum(40));
  add('Datadog API key (hex)', (n) => n, hex(32));
  add('random base62 token', (n) => n, alnum(48));
  // Caught only by where it sits or the key it sits under: an OCI auth token has no shape.
  add('OCI auth token', (n) => `(${n})<;`, alnum(16), false);
  add('plain password', (n) => `Winter-${n}!`, alnum(16), false);
  return samples;
}

/** Keys the issue saw holding secrets, used as configuration variable names. */
const NAMED_KEYS = ['API_KEY', 'AWS_SECRET_ACCESS_KEY', 'DATABASE_URL', 'GITHUB_PAT', 'PRIVATE_KEY_PEM', 'ADMIN_PWD'];

export interface PlantedSecrets {
  instance: GeneratedResource;
  application: GeneratedResource;
  fn: GeneratedResource;
  tagged: GeneratedResource;
  corpus: SecretSample[];
}

function firstActive(store: TenancyStore, type: string, skip: ReadonlySet<string> = new Set()): GeneratedResource {
  const found = store.list(type).find((r) => r.lifecycleState !== 'TERMINATED' && r.lifecycleState !== 'DELETED' && !skip.has(r.ocid));
  if (!found) throw new Error(`the emulated tenancy has no active ${type} to carry the secret corpus`);
  return found;
}

/**
 * Puts every sample in every place: the first active Instance's user data (a cloud-init
 * script holding all of them), its metadata and extendedMetadata under neutral keys, the first
 * Functions application's and function's configuration under neutral and named keys, and
 * the first Bucket's freeform tags under secret-looking keys and, for shaped samples, under
 * neutral keys (where only the shape gives them away).
 */
export function plantSecrets(store: TenancyStore, corpus: SecretSample[]): PlantedSecrets {
  const instance = firstActive(store, 'Instance');
  const application = firstActive(store, 'FunctionsApplication');
  const fn = firstActive(store, 'FunctionsFunction');
  const tagged = firstActive(store, 'Bucket');
  const userData = ['#cloud-config', 'write_files:', ...corpus.map((s, i) => `  - path: /etc/app/secret${i}\n    content: ${JSON.stringify(s.value)}`)].join('\n');
  const metadata: Record<string, string> = { ssh_authorized_keys: 'ssh-rsa AAAAB3NzaC1yc2E emulator', user_data: userData };
  const extended: Record<string, Record<string, string>> = { app: {} };
  const config: Record<string, string> = { LOG_LEVEL: 'info' };
  corpus.forEach((s, i) => {
    metadata[`setting_${i}`] = s.value;
    (extended.app as Record<string, string>)[`value${i}`] = s.value;
    config[i < NAMED_KEYS.length ? (NAMED_KEYS[i] as string) : `SETTING_${i}`] = s.value;
  });
  instance.attrs.metadata = metadata;
  instance.attrs.extendedMetadata = { ...extended, pwd: corpus[corpus.length - 1]?.value ?? '' };
  application.attrs.config = { ...config };
  fn.attrs.config = { ...config };
  const tags: Record<string, string> = { ...tagged.freeformTags };
  corpus.forEach((s, i) => {
    tags[`db_password_${i}`] = s.value;
    if (s.shaped) tags[`note${i}`] = s.value;
  });
  tagged.freeformTags = tags;
  return { instance, application, fn, tagged, corpus };
}
