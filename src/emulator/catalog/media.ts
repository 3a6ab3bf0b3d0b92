// Emulated Media Services workflows and streaming (endpoint `mediaservices`, API 20211101):
// workflows, distribution channels, packaging configs and CDN configs. CDN configs carry
// origin-auth and edge token keys in `config`, as the real get does: the enricher lists them
// (the summary has no `config`) and never gets one.
import type { JsonObject } from '../json.js';
import { firstOrChance } from './first-of-kind.js';
import { defineEntry, parentId, parentOf } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './types.js';

const SERVICE = 'mediaservices';
const V = '/20211101';
const TAGS = ['freeformTags', 'definedTags'];

function channelOf(ctx: GenContext, base: { region: string; compartmentId: string }): GeneratedResource | undefined {
  return ctx.parent?.resourceType === 'StreamDistributionChannel' ? ctx.parent : parentOf(ctx, 'StreamDistributionChannel', base);
}

const workflow = defineEntry({
  resourceType: 'MediaWorkflow',
  ocidKind: 'mediaworkflow',
  service: SERVICE,
  basePath: `${V}/mediaWorkflows`,
  getOperation: 'getMediaWorkflow',
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({
    tasks: [
      { type: 'getFiles', version: 1, key: 'download', prerequisites: [] },
      { type: 'transcode', version: 1, key: 'transcode', prerequisites: ['download'] },
    ],
    mediaWorkflowConfigurationIds: [ctx.ocid('mediaworkflowconfiguration', base.region)],
    timeUpdated: base.timeCreated,
    version: ctx.int(1, 5),
  }),
});

const channel = defineEntry({
  resourceType: 'StreamDistributionChannel',
  ocidKind: 'mediastreamdistributionchannel',
  service: SERVICE,
  basePath: `${V}/streamDistributionChannels`,
  getOperation: 'getStreamDistributionChannel',
  list: { operation: 'listStreamDistributionChannels', collection: true },
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base, ctx) => ({ domainName: `${ctx.ocid('x', null).slice(-16)}.mediastreams.${base.region}.oci.oraclecloud.com`, timeUpdated: base.timeCreated }),
});

const packaging = defineEntry({
  resourceType: 'StreamPackagingConfig',
  ocidKind: 'mediastreampackagingconfig',
  service: SERVICE,
  basePath: `${V}/streamPackagingConfigs`,
  getOperation: 'getStreamPackagingConfig',
  dependsOn: ['StreamDistributionChannel', 'Key'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate(base, ctx) {
    const keyId = firstOrChance(ctx, 'StreamPackagingConfig', base.region, 0.5) ? parentId(ctx, 'Key', base) : null;
    const encryption: JsonObject = keyId ? { algorithm: 'AES128', kmsKeyId: keyId } : { algorithm: 'NONE' };
    return {
      distributionChannelId: channelOf(ctx, base)?.ocid ?? null,
      segmentTimeInSeconds: ctx.pick([4, 6, 10]),
      encryption,
      streamPackagingFormat: ctx.pick(['HLS', 'DASH']),
      timeUpdated: base.timeCreated,
    };
  },
});

const cdn = defineEntry({
  resourceType: 'StreamCdnConfig',
  ocidKind: 'mediastreamcdnconfig',
  service: SERVICE,
  basePath: `${V}/streamCdnConfigs`,
  getOperation: 'getStreamCdnConfig',
  list: { operation: 'listStreamCdnConfigs', collection: true, noCompartment: true, required: ['distributionChannelId'], filters: ['distributionChannelId'] },
  dependsOn: ['StreamDistributionChannel'],
  weight: 0.3,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  summaryFields: ['id', 'displayName', 'compartmentId', 'distributionChannelId', 'isEnabled', 'timeCreated', 'timeUpdated', 'lifecycleState', 'lifecycleDetails', ...TAGS],
  generate(base, ctx) {
    const akamai = firstOrChance(ctx, 'StreamCdnConfig', base.region, 0.5);
    const config: JsonObject = akamai
      ? {
          type: 'AKAMAI_MANUAL',
          originAuthSignType: 'ForwardURL',
          originAuthSignEncryption: 'SHA256-HMAC',
          originAuthSecretKeyA: `emulated-origin-key-a-${base.ocid.slice(-8)}`,
          originAuthSecretKeyNonceA: 'nonce-a',
          originAuthSecretKeyB: `emulated-origin-key-b-${base.ocid.slice(-8)}`,
          originAuthSecretKeyNonceB: 'nonce-b',
          edgeHostname: 'media.example.com',
          edgePathPrefix: '/live',
          isEdgeTokenAuth: true,
          edgeTokenKey: `emulated-edge-token-key-${base.ocid.slice(-8)}`,
          edgeTokenSalt: 'salt',
        }
      : { type: 'EDGE' };
    return {
      distributionChannelId: channelOf(ctx, base)?.ocid ?? null,
      isEnabled: true,
      config,
      timeUpdated: base.timeCreated,
    };
  },
});

export const MEDIA_CATALOG: CatalogEntry[] = [workflow, channel, packaging, cdn];
