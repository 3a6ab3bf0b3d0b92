// Matches `/<service>/<region>/<rest>` requests to catalog routes by method and path pattern.
import type { Route } from './catalog/types.js';

interface CompiledRoute {
  route: Route;
  segments: Array<{ literal: string } | { param: string }>;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly byService = new Map<string, CompiledRoute[]>();

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      const segments = route.pattern
        .split('/')
        .filter(Boolean)
        .map((s) => {
          const param = /^\{(\w+)\}$/.exec(s);
          return param ? { param: param[1] as string } : { literal: s };
        });
      const list = this.byService.get(route.service) ?? [];
      const clash = list.find((c) => c.route.method === route.method && c.route.pattern === route.pattern);
      if (clash?.route === route) continue;
      if (clash) throw new Error(`two routes for ${route.method} ${route.service}${route.pattern}: ${clash.route.operation}, ${route.operation}`);
      list.push({ route, segments });
      this.byService.set(route.service, list);
    }
    // Literal segments win over parameters (`/tenancies/{id}/regionSubscriptions` vs a get).
    for (const list of this.byService.values()) {
      list.sort((a, b) => literalScore(b) - literalScore(a));
    }
  }

  match(service: string, method: string, path: string): RouteMatch | undefined {
    const routes = this.byService.get(service);
    if (!routes) return undefined;
    let parts: string[];
    try {
      parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return undefined;
    }
    for (const { route, segments } of routes) {
      if (route.method !== method || segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const part = parts[i] as string;
        if (seg && 'literal' in seg) {
          if (seg.literal !== part) {
            ok = false;
            break;
          }
        } else if (seg) {
          params[seg.param] = part;
        }
      }
      if (ok) return { route, params };
    }
    return undefined;
  }

  services(): string[] {
    return [...this.byService.keys()];
  }
}

function literalScore(c: CompiledRoute): number {
  return c.segments.filter((s) => 'literal' in s).length;
}
