// `validate-auth`, `list-regions`, `list-compartments`: quick looks at what the credentials
// reach, each one or two identity calls. Never prints key material.
import { connectOci } from '../../oci/connect.js';
import { describeError, httpStatusOf } from '../../pipeline/discover.js';
import { preflightConnection } from '../../pipeline/preflight.js';
import { RunAuthError } from '../../pipeline/run.js';
import { type CommandContext, type Flags, contextFrom } from '../options.js';

async function withDiscovery<T>(flags: Flags, rawArgs: readonly string[], work: (ctx: CommandContext, d: Awaited<ReturnType<typeof connectOci>>) => Promise<T>): Promise<T> {
  const ctx = await contextFrom(flags, rawArgs);
  await preflightConnection(ctx.config);
  const connection = await connectOci(ctx.config, ctx.log);
  try {
    return await work(ctx, connection);
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 401 || status === 403) throw new RunAuthError(`identity refused the credentials: ${describeError(error)}`);
    throw error;
  } finally {
    connection.close();
  }
}

function print(stdout: NodeJS.WritableStream, json: boolean, value: unknown, text: () => string): void {
  stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : text());
}

export async function validateAuthCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withDiscovery(flags, rawArgs, async (ctx, c) => {
    const who = await c.discovery.identity();
    ctx.log.info(`authenticated with ${who.authMethod}`);
    print(stdout, flags.json === true, who, () =>
      [
        `auth method:  ${who.authMethod}`,
        `principal:    ${who.principal}`,
        `tenancy:      ${who.tenancyName} (${who.tenancyId})`,
        `home region:  ${who.homeRegion}`,
        '',
      ].join('\n'),
    );
    return 0;
  });
}

export async function listRegionsCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withDiscovery(flags, rawArgs, async (_ctx, c) => {
    const regions = await c.discovery.listRegions();
    print(stdout, flags.json === true, regions, () => regions.map((r) => `${r.name}\t${r.key}\t${r.status}${r.isHome ? '\thome' : ''}\n`).join(''));
    return 0;
  });
}

export async function listCompartmentsCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withDiscovery(flags, rawArgs, async (_ctx, c) => {
    const compartments = await c.discovery.listCompartments();
    print(stdout, flags.json === true, compartments, () =>
      compartments.map((x) => `${x.ocid}\t${x.name}\t${x.path}\t${x.lifecycleState}\n`).join(''),
    );
    return 0;
  });
}
