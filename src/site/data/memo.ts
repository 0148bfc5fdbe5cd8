// Each view model is built once per build, as Starlight builds its route data once: both languages of a page, and
// every component on it, read the same object.
import type { SiteData } from './data.ts';

/** A view of the whole collection, built on first use. */
export function perData<V>(build: (data: SiteData) => V): (data: SiteData) => V {
  const cache = new WeakMap<SiteData, V>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, build(data));
    return cache.get(data)!;
  };
}

/** A view of one entry (a plan, an indicator, a source), built on first use. */
export function perId<V>(build: (data: SiteData, id: string) => V): (data: SiteData, id: string) => V {
  const cache = new WeakMap<SiteData, Map<string, V>>();
  return (data, id) => {
    let views = cache.get(data);
    if (!views) cache.set(data, (views = new Map()));
    if (!views.has(id)) views.set(id, build(data, id));
    return views.get(id)!;
  };
}
