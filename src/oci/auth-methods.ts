// The auth method names, apart from auth.ts so that reading a config (and `oci-inv --help`)
// does not load the OCI SDK.
export const AUTH_METHODS = ['auto', 'api_key', 'security_token', 'instance_principal', 'resource_principal'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** The seed tool's names, still accepted. */
export const AUTH_ALIASES: Record<string, AuthMethod> = {
  config: 'api_key',
  instance: 'instance_principal',
  resource: 'resource_principal',
};
