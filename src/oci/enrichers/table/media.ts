// Rows for Media Services streaming and workflows (oci-mediaservices): workflows, distribution
// channels, their packaging configs and CDN configs.
import { getById, rel } from './build.js';
import { listCollection, listCollectionByParent } from './collections.js';
import type { EnricherRow } from './types.js';

const media = () => import('oci-mediaservices').then((m) => m.MediaServicesClient);

export const MEDIA_ROWS: EnricherRow[] = [
  {
    // MediaWorkflowSummary lacks the configuration ids: read by get.
    resourceType: 'MediaWorkflow',
    service: 'mediaservices',
    client: media,
    get: getById('getMediaWorkflow', 'mediaWorkflowId', 'mediaWorkflow'),
    relations: rel({ mediaWorkflowConfigurationIds: 'USES_CONFIGURATION' }),
  },
  {
    resourceType: 'StreamDistributionChannel',
    service: 'mediaservices',
    client: media,
    get: getById('getStreamDistributionChannel', 'streamDistributionChannelId', 'streamDistributionChannel'),
    list: listCollection('listStreamDistributionChannels', 'streamDistributionChannelCollection'),
    relations: [],
  },
  {
    // The summary lacks `encryption` (its kmsKeyId): read by get.
    resourceType: 'StreamPackagingConfig',
    service: 'mediaservices',
    client: media,
    get: getById('getStreamPackagingConfig', 'streamPackagingConfigId', 'streamPackagingConfig'),
    relations: rel({ distributionChannelId: 'IN_DISTRIBUTION_CHANNEL', 'encryption.kmsKeyId': 'ENCRYPTED_BY_KEY' }),
  },
  {
    // No get on purpose: a CDN config's `config` carries origin-auth keys and edge token keys
    // under names the redaction rule cannot know. The summary has everything else; it is listed
    // per distribution channel (the list takes no compartment).
    resourceType: 'StreamCdnConfig',
    service: 'mediaservices',
    client: media,
    list: listCollectionByParent('listStreamCdnConfigs', 'streamCdnConfigCollection', 'StreamDistributionChannel', 'distributionChannelId'),
    relations: rel({ distributionChannelId: 'IN_DISTRIBUTION_CHANNEL' }),
  },
];
