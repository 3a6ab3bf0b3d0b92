import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import * as common from 'oci-common';
import * as identity from 'oci-identity';
import * as resourcesearch from 'oci-resourcesearch';
import { createOciClients, type SdkClientCtor } from '../../src/oci/clients.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';

test('no SDK client oci-inv builds carries a circuit breaker (every enricher client, identity, search)', async () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const auth = new common.SimpleAuthenticationDetailsProvider('ocid1.tenancy.oc1..t', 'ocid1.user.oc1..u', 'aa:bb', pem, null);
  const clients = createOciClients({ auth, endpointTemplate: 'http://127.0.0.1:9/{service}/{region}', log: { debug() {} } });
  try {
    const ctors = new Set<SdkClientCtor<object>>([identity.IdentityClient, resourcesearch.ResourceSearchClient]);
    for (const row of ENRICHER_TABLE.filter((r) => !r.summaryOnly)) ctors.add((await row.client()) as SdkClientCtor<object>);
    assert.ok(ctors.size > 10);
    for (const ctor of ctors) {
      const client = clients.get(ctor, 'svc', 'us-ashburn-1') as { _circuitBreaker?: unknown };
      assert.equal(client._circuitBreaker, null, `${ctor.name} built a circuit breaker`);
    }
  } finally {
    clients.closeAll();
  }
});
