// The emulated tenancy's state: every generated resource indexed by ocid and by type, plus the
// tenancy facts routes need. Routes read it through TenancyView; drift writes to it.
import { subtreeOf } from './json.js';
import type { CompartmentInfo } from './json.js';
import type { GeneratedResource, TenancyView } from './catalog/types.js';
import { availabilityDomainNames } from './regions.js';

export interface TenancyFacts {
  tenancyId: string;
  tenancyName: string;
  homeRegion: string;
  /** Subscribed regions, home first. */
  regions: string[];
  namespace: string;
  /** Tenancy-specific prefix of availability domain names (`Uocm`). */
  adPrefix: string;
}

export class TenancyStore implements TenancyView {
  readonly tenancyId: string;
  readonly tenancyName: string;
  readonly homeRegion: string;
  readonly regions: string[];
  readonly namespace: string;
  readonly adPrefix: string;
  /** Bumped on every change, so cached search results know they are stale. */
  version = 0;
  private readonly byId = new Map<string, GeneratedResource>();
  private readonly byType = new Map<string, GeneratedResource[]>();
  /**
   * Per type, the resources by `r:<region>`, `c:<compartment>` and `rc:<region>|<compartment>`,
   * in creation order; built on first use and rebuilt after any change (`version`). Without it
   * every list page filtered the whole type: regions × compartments × types list calls over
   * n resources, quadratic in the tenancy (docs/benchmarks.md, "Memory").
   */
  private readonly listIndex = new Map<string, { version: number; byKey: Map<string, GeneratedResource[]> }>();

  constructor(facts: TenancyFacts) {
    this.tenancyId = facts.tenancyId;
    this.tenancyName = facts.tenancyName;
    this.homeRegion = facts.homeRegion;
    this.regions = facts.regions;
    this.namespace = facts.namespace;
    this.adPrefix = facts.adPrefix;
  }

  add(resource: GeneratedResource): void {
    if (this.byId.has(resource.ocid)) throw new Error(`duplicate ocid ${resource.ocid}`);
    this.byId.set(resource.ocid, resource);
    let list = this.byType.get(resource.resourceType);
    if (!list) {
      list = [];
      this.byType.set(resource.resourceType, list);
    }
    list.push(resource);
    this.version++;
  }

  remove(ocid: string): GeneratedResource | undefined {
    const resource = this.byId.get(ocid);
    if (!resource) return undefined;
    this.byId.delete(ocid);
    const list = this.byType.get(resource.resourceType);
    if (list) {
      const index = list.indexOf(resource);
      if (index >= 0) list.splice(index, 1);
    }
    this.version++;
    return resource;
  }

  /** Call after changing a resource in place. */
  touch(): void {
    this.version++;
  }

  availabilityDomains(region: string): string[] {
    return this.regions.includes(region) ? availabilityDomainNames(region, this.adPrefix) : [];
  }

  get(ocid: string): GeneratedResource | undefined {
    return this.byId.get(ocid);
  }

  list(resourceType: string, where?: { region?: string; compartmentId?: string }): GeneratedResource[] {
    const all = this.byType.get(resourceType) ?? [];
    if (!where || (where.region === undefined && where.compartmentId === undefined)) return all.slice();
    let index = this.listIndex.get(resourceType);
    if (!index || index.version !== this.version) {
      const byKey = new Map<string, GeneratedResource[]>();
      const push = (key: string, r: GeneratedResource) => {
        const bucket = byKey.get(key);
        if (bucket) bucket.push(r);
        else byKey.set(key, [r]);
      };
      for (const r of all) {
        push(`r:${r.region}`, r);
        push(`c:${r.compartmentId}`, r);
        push(`rc:${r.region}|${r.compartmentId}`, r);
      }
      index = { version: this.version, byKey };
      this.listIndex.set(resourceType, index);
    }
    const key =
      where.region !== undefined && where.compartmentId !== undefined
        ? `rc:${where.region}|${where.compartmentId}`
        : where.region !== undefined
          ? `r:${where.region}`
          : `c:${where.compartmentId as string}`;
    return index.byKey.get(key)?.slice() ?? [];
  }

  /** Every resource in creation order (a stable order for search paging). */
  all(): GeneratedResource[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  /** The compartment tree with `root/a/b` paths, root first, as the product's CompartmentInfo. */
  compartments(): CompartmentInfo[] {
    const flat = this.byType.get('Compartment') ?? [];
    const byId = new Map(flat.map((c) => [c.ocid, c]));
    const paths = new Map<string, string>([[this.tenancyId, 'root']]);
    const pathOf = (id: string): string => {
      const known = paths.get(id);
      if (known !== undefined) return known;
      const c = byId.get(id);
      // Generated trees have no cycles and no orphans; a dangling parent means a bug upstream.
      if (!c) throw new Error(`compartment ${id} has no known parent chain`);
      const path = `${pathOf(c.compartmentId)}/${c.displayName}`;
      paths.set(id, path);
      return path;
    };
    const out: CompartmentInfo[] = [
      { ocid: this.tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' },
    ];
    for (const c of flat) {
      out.push({ ocid: c.ocid, name: c.displayName, parentId: c.compartmentId, path: pathOf(c.ocid), lifecycleState: c.lifecycleState });
    }
    return out;
  }

  /** Ids of the compartment and every compartment below it. */
  subtree(compartmentId: string): Set<string> {
    return subtreeOf(
      compartmentId,
      (this.byType.get('Compartment') ?? []).map((c) => ({ id: c.ocid, parentId: c.compartmentId })),
    );
  }

  /** True when the id is the tenancy or an existing compartment. */
  isCompartment(id: string): boolean {
    return id === this.tenancyId || this.byId.get(id)?.resourceType === 'Compartment';
  }
}
