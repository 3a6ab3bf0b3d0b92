// Contract between the emulator's engine (server, router, generator, search) and its catalog
// of resource types. A catalog entry says how to generate one OCI resource type and which
// REST paths serve it, exactly as the OCI SDK calls them.
import type { JsonObject, JsonValue } from '../json.js';

/** One resource in the emulated tenancy: the ground truth tests compare against. */
export interface GeneratedResource {
  ocid: string;
  resourceType: string;
  /** Compartment holding it; for the tenancy root compartment this is the tenancy ocid. */
  compartmentId: string;
  /** Region that owns it; global IAM resources carry the home region. */
  region: string;
  displayName: string;
  lifecycleState: string;
  timeCreated: string;
  availabilityDomain: string | null;
  freeformTags: Record<string, string>;
  definedTags: Record<string, Record<string, JsonValue>>;
  /** Type-specific fields in the SDK model's camelCase (vcnId, shape, cidrBlock, …). */
  attrs: JsonObject;
}

/** What a catalog entry may ask of the generator while it builds a resource. */
export interface GenContext {
  tenancyId: string;
  homeRegion: string;
  /** Object Storage namespace of the tenancy. */
  namespace: string;
  rng(): number;
  pick<T>(items: readonly T[]): T;
  int(min: number, maxInclusive: number): number;
  /** Availability domain names of a region, e.g. `Uocm:US-ASHBURN-AD-1`. */
  availabilityDomains(region: string): string[];
  /** A fresh ocid of the given kind (`instance`, `vcn`, …) in the region (or global). */
  ocid(kind: string, region: string | null): string;
  /** Resources already generated, for references (a Subnet's vcnId, a NodePool's clusterId). */
  find(resourceType: string, where?: { region?: string; compartmentId?: string }): GeneratedResource[];
  /**
   * For a type with `dependsOn`: the resource of `dependsOn[0]` this one was placed under (same
   * region, usually the same compartment). Undefined for types without dependencies.
   */
  parent?: GeneratedResource | undefined;
}

/** A request as a route sees it: path parameters decoded, query parameters as given. */
export interface RouteRequest {
  method: string;
  region: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** The store a route reads from. */
export interface TenancyView {
  tenancyId: string;
  tenancyName: string;
  homeRegion: string;
  /** Subscribed regions, home first. */
  regions: string[];
  namespace: string;
  /** AD names of a subscribed region, e.g. `Uocm:US-ASHBURN-AD-1`. */
  availabilityDomains(region: string): string[];
  get(ocid: string): GeneratedResource | undefined;
  /** All resources of a type; filter by region and compartment when given. */
  list(resourceType: string, where?: { region?: string; compartmentId?: string }): GeneratedResource[];
}

export type RouteResult =
  | { status: 200; body: JsonValue; headers?: Record<string, string> }
  | { status: 404 }
  | { status: 400 | 409; code: string; message: string };

export interface Route {
  /** Endpoint service prefix, the `{service}` of the endpoint template (`iaas`, `identity`, …). */
  service: string;
  method: 'GET' | 'POST';
  /** Path after the service/region prefix, API version included: `/20160918/instances/{instanceId}`. */
  pattern: string;
  /**
   * Which SDK operation this is (`getInstance`, `listSubnets`): recorded in the request log so
   * tests can count calls per operation.
   */
  operation: string;
  handle(req: RouteRequest, view: TenancyView): RouteResult;
}

export interface CatalogEntry {
  resourceType: string;
  /** IAM resources visible from every region's search (SPEC §4). */
  global?: boolean;
  /** The ocid kind: `ocid1.<kind>.oc1.<region>.<unique>`. */
  ocidKind: string;
  /** Types that must exist before this one can be generated (parents it references). */
  dependsOn?: string[];
  /** Relative weight in the generated mix (default 1). */
  weight?: number;
  lifecycleStates?: { active: string; terminated?: string };
  /** Lives in an availability domain: the generator fills `availabilityDomain`. */
  adScoped?: boolean;
  /** Only ever in the root compartment (users, groups, dynamic groups, identity providers). */
  rootOnly?: boolean;
  /**
   * Drift: new `attrs` for a changed resource. Default: `generate()` again, keeping every
   * reference (keys ending in `Id`/`Ids`, values that are ocids) from the old attrs.
   */
  mutate?(resource: GeneratedResource, ctx: GenContext): JsonObject;
  /** Fill `attrs` (references to parents, shape, cidr, …). */
  generate(base: Omit<GeneratedResource, 'attrs'>, ctx: GenContext): JsonObject;
  /** The full SDK object (camelCase JSON) for the get operation. */
  toWire(resource: GeneratedResource, view: TenancyView): JsonObject;
  /** What a list operation returns per item; defaults to toWire (a list that returns full objects). */
  toSummary?(resource: GeneratedResource, view: TenancyView): JsonObject;
  routes: Route[];
}
