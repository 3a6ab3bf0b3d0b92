// Emulated Resource Manager stacks (resourcemanager 20180917): getStack, listStacks, and the
// stack's Terraform state (getStackTfState), read by `--orm-stacks` (docs/iac.md). Each stack
// is generated after the VCNs and subnets and carries a v4 state with known ground truth:
// its VCN and that VCN's subnets (managed; the first subnet's display name differs, so it is
// drifted), an instance that no longer exists (missing), and resources that create no
// inventory record (an NSG rule, a group membership). The state is served only by the tfState
// route, never on the stack object.
import type { JsonObject, JsonValue } from '../json.js';
import { defineEntry, findOwn, notFound } from './service-kit.js';
import type { CatalogEntry, GenContext, GeneratedResource } from './types.js';

const V = '/20180917';
/** Suffix the stack's state gives the first subnet's display name: that subnet is drifted. */
export const ORM_DRIFT_SUFFIX = '-tf';

function resource(type: string, name: string, attributes: JsonObject, indexKey?: number): JsonObject {
  return {
    mode: 'managed',
    type,
    name,
    provider: 'provider["registry.terraform.io/oracle/oci"]',
    instances: [{ ...(indexKey === undefined ? {} : { index_key: indexKey }), schema_version: 0, attributes, sensitive_attributes: [] }],
  };
}

function stackState(base: Omit<GeneratedResource, 'attrs'>, ctx: GenContext): JsonObject {
  const vcn = ctx.parent;
  const resources: JsonValue[] = [];
  if (vcn) {
    resources.push(
      resource('oci_core_vcn', 'main', {
        id: vcn.ocid,
        compartment_id: vcn.compartmentId,
        display_name: vcn.displayName,
        cidr_block: vcn.attrs.cidrBlock ?? null,
        freeform_tags: vcn.freeformTags,
      }),
    );
    const subnets = ctx
      .find('Subnet', { region: base.region })
      .filter((s) => s.attrs.vcnId === vcn.ocid && s.lifecycleState === 'AVAILABLE')
      .slice(0, 3);
    subnets.forEach((s, i) => {
      resources.push(
        resource(
          'oci_core_subnet',
          'app',
          { id: s.ocid, vcn_id: vcn.ocid, compartment_id: s.compartmentId, display_name: i === 0 ? `${s.displayName}${ORM_DRIFT_SUFFIX}` : s.displayName, cidr_block: s.attrs.cidrBlock ?? null },
          i,
        ),
      );
    });
  }
  resources.push(resource('oci_core_instance', 'ghost', { id: ctx.ocid('instance', base.region), compartment_id: base.compartmentId, display_name: 'deleted-by-hand', shape: 'VM.Standard.E4.Flex' }));
  resources.push(resource('oci_core_network_security_group_security_rule', 'https', { id: 'ABC123', direction: 'INGRESS', protocol: '6' }));
  resources.push(resource('oci_identity_user_group_membership', 'ops', { id: ctx.ocid('groupmembership', null), group_id: 'ocid1.group.oc1..x', user_id: 'ocid1.user.oc1..y' }));
  return { version: 4, terraform_version: '1.5.7', serial: 7, lineage: `lineage-${base.ocid.slice(-8)}`, outputs: {}, resources, check_results: null };
}

const spec = {
  resourceType: 'OrmStack',
  ocidKind: 'ormstack',
  service: 'resourcemanager',
  basePath: `${V}/stacks`,
  getOperation: 'getStack',
  list: { operation: 'listStacks' },
  dependsOn: ['Vcn', 'Subnet'],
  weight: 0.2,
  lifecycleStates: { active: 'ACTIVE', terminated: 'DELETED' },
  generate: (base: Omit<GeneratedResource, 'attrs'>, ctx: GenContext): JsonObject => ({
    description: 'emulated stack',
    terraformVersion: '1.5.x',
    configSource: { configSourceType: 'ZIP_UPLOAD', workingDirectory: null },
    variables: { region: base.region },
    stackDriftStatus: 'NOT_CHECKED',
    tfState: stackState(base, ctx),
  }),
};

const stack: CatalogEntry = defineEntry(spec);
const fullWire = stack.toWire;
// The state lives in attrs for the tfState route; the Stack model has no such field.
stack.toWire = (r, view) => {
  const { tfState: _state, ...wire } = fullWire(r, view);
  return wire;
};
stack.routes.push({
  service: 'resourcemanager',
  method: 'GET',
  pattern: `${V}/stacks/{id}/tfState`,
  operation: 'getStackTfState',
  handle(req, view) {
    const found = findOwn(view, req.params.id, 'OrmStack', req.region);
    const state = found?.attrs.tfState;
    return found && state ? { status: 200, body: state } : notFound();
  },
});

export const ORM_STACK_CATALOG: CatalogEntry[] = [stack];
