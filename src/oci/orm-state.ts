// Terraform state of OCI Resource Manager stacks, read-only (GetStackTfState), for IaC
// coverage's `--orm-stacks` (docs/iac.md). The state streams from the response body into the
// same reader as a state file: it is never held whole or written to disk.
import { ResourceManagerClient } from 'oci-resourcemanager';
import { StateInputError } from '../iac/state-reader.js';
import type { StateSource } from '../iac/run-iac.js';
import type { OciClients } from './clients.js';

export interface OrmStackRef {
  ocid: string;
  region: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

async function* bodyChunks(body: unknown): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const iterable = body as AsyncIterable<Uint8Array | string> | null;
  if (typeof body === 'string') {
    yield body;
    return;
  }
  if (!iterable || typeof (iterable as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function') return;
  for await (const chunk of iterable) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** One StateSource per stack, named `orm:<ocid>`; the call is made when the source is read. */
export function ormStateSources(clients: OciClients, stacks: readonly OrmStackRef[]): StateSource[] {
  return stacks.map((stack) => ({
    name: `orm:${stack.ocid}`,
    chunks: async function* () {
      const client = clients.get(ResourceManagerClient, 'resourcemanager', stack.region);
      let response: Awaited<ReturnType<ResourceManagerClient['getStackTfState']>>;
      try {
        response = await client.getStackTfState({ stackId: stack.ocid });
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) throw new StateInputError(`orm:${stack.ocid}`, '', `no such stack in ${stack.region}, or not authorized to read its state (404)`);
        throw error;
      }
      yield* bodyChunks(response.value);
    },
  }));
}
