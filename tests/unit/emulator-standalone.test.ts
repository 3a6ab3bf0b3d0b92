// The standalone entry behind `oci-inv emulator`: it writes usable auth files and says how to
// point oci-inv at itself.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import * as common from 'oci-common';
import { IdentityClient } from 'oci-identity';
import { runStandaloneEmulator } from '../../src/emulator/index.js';

test('runStandaloneEmulator serves, writes a config, and prints the endpoint template', async (t) => {
  const authDir = await mkdtemp(join(tmpdir(), 'oci-inv-standalone-'));
  let printed = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      printed += String(chunk);
      done();
    },
  });
  const emulator = await runStandaloneEmulator({ port: 0, seed: 3, size: 'tiny', authDir, out });
  t.after(async () => {
    await emulator.close();
    await rm(authDir, { recursive: true, force: true });
  });
  const configFile = join(authDir, 'config');
  assert.match(printed, new RegExp(`OCI_INV_ENDPOINT_TEMPLATE='${emulator.endpointTemplate.replace(/[{}.]/g, '\\$&')}'`));
  assert.ok(printed.includes(`--oci-config ${configFile}`));
  assert.match(await readFile(configFile, 'utf8'), /^tenancy=ocid1\.tenancy\./m);

  const client = new IdentityClient(
    { authenticationDetailsProvider: new common.ConfigFileAuthenticationDetailsProvider(configFile, 'DEFAULT') },
    { retryConfiguration: common.NoRetryConfigurationDetails },
  );
  t.after(() => client.close());
  client.endpoint = emulator.endpointTemplate.replace('{service}', 'identity').replace('{region}', emulator.tenancy.homeRegion);
  const tenancy = await client.getTenancy({ tenancyId: emulator.tenancy.tenancyId });
  assert.equal(tenancy.tenancy.name, emulator.tenancy.tenancyName);
});
