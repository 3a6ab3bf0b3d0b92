// Test helpers: a started emulator plus auth files in a temp dir (both gone when the test ends),
// real SDK clients pointed at it, and small conveniences for paging and errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import * as common from 'oci-common';
import { IdentityClient } from 'oci-identity';
import { ResourceSearchClient, type models as searchModels } from 'oci-resourcesearch';
import { type AuthFiles, type Emulator, type EmulatorOptions, startEmulator, type WriteAuthOptions } from '../../src/emulator/index.js';

export interface EmulatorFixture {
  emulator: Emulator;
  auth: AuthFiles;
  /** Temp dir holding the auth files; tests may write more there. */
  dir: string;
  /** The endpoint for a service in a region under the emulator's template. */
  endpoint(service: string, region: string): string;
}

type AfterHost = Pick<TestContext, 'after'> | { after(fn: () => Promise<void> | void): void };

export async function withEmulator(
  t: AfterHost,
  options: EmulatorOptions & { auth?: WriteAuthOptions } = {},
): Promise<EmulatorFixture> {
  const { auth: authOptions, ...emulatorOptions } = options;
  const emulator = await startEmulator({ size: 'tiny', ...emulatorOptions });
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-emu-'));
  t.after(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });
  const auth = await emulator.writeAuthFiles(dir, authOptions ?? {});
  return {
    emulator,
    auth,
    dir,
    endpoint: (service, region) => emulator.endpointTemplate.replace('{service}', service).replace('{region}', region),
  };
}

/** Real SDK clients pointed at the emulator, SDK retries off so faults show. */
export function sdkClients(fixture: EmulatorFixture, provider?: common.AuthenticationDetailsProvider) {
  const auth = provider ?? new common.ConfigFileAuthenticationDetailsProvider(fixture.auth.configFile, fixture.auth.profile);
  const config = { retryConfiguration: common.NoRetryConfigurationDetails };
  const made: Array<{ close(): void }> = [];
  return {
    identity(region: string): IdentityClient {
      const client = new IdentityClient({ authenticationDetailsProvider: auth }, config);
      // Endpoint only: setting region afterwards would overwrite it.
      client.endpoint = fixture.endpoint('identity', region);
      made.push(client);
      return client;
    },
    search(region: string): ResourceSearchClient {
      const client = new ResourceSearchClient({ authenticationDetailsProvider: auth }, config);
      client.endpoint = fixture.endpoint('query', region);
      made.push(client);
      return client;
    },
    closeAll() {
      for (const c of made) c.close();
    },
  };
}

/** Every page of a structured search, following opc-next-page. */
export async function searchAll(client: ResourceSearchClient, query: string, limit = 1000): Promise<searchModels.ResourceSummary[]> {
  const items: searchModels.ResourceSummary[] = [];
  let page: string | undefined;
  do {
    const response = await client.searchResources({
      searchDetails: { type: 'Structured', query } as searchModels.StructuredSearchDetails,
      limit,
      ...(page ? { page } : {}),
    });
    items.push(...(response.resourceSummaryCollection.items ?? []));
    page = response.opcNextPage;
  } while (page);
  return items;
}

/** The OCI error a rejected SDK call carries (status and service code), or fails the test. */
export async function ociError(promise: Promise<unknown>): Promise<{ statusCode: number; serviceCode: string }> {
  try {
    await promise;
  } catch (error) {
    if (error && typeof error === 'object' && 'statusCode' in error && 'serviceCode' in error) {
      return { statusCode: Number(error.statusCode), serviceCode: String(error.serviceCode) };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
