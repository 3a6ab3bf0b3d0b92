// The Resource Manager stack row (its Terraform state is read by `--orm-stacks`, docs/iac.md).
import { getById } from './build.js';
import type { EnricherRow } from './types.js';

const resourceManager = () => import('oci-resourcemanager').then((m) => m.ResourceManagerClient);

export const ORM_STACK_ROWS: EnricherRow[] = [
  {
    resourceType: 'OrmStack',
    service: 'resourcemanager',
    client: resourceManager,
    get: getById('getStack', 'stackId', 'stack'),
    relations: [],
  },
];
