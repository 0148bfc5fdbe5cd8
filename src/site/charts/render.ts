import { parseHTML } from 'linkedom';

/** A DOM document to render charts into at build time, without a browser. */
export function chartDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Options of chartToString. */
export interface ChartStringOptions {
  /**
   * Prefix of the renumbered ids. Every chart on one page needs its own, or a second chart's url(#…) would resolve
   * to the first chart's clip path or pattern.
   */
  idPrefix?: string;
}

/** Numbers with more than 3 decimals in an attribute value, rounded to 3 (and -0 written 0). */
function roundAttribute(value: string): string {
  return value.replace(/-?\d+\.\d{4,}/g, (n) => {
    const r = Number(Number(n).toFixed(3));
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/**
 * The chart's markup with what is not meaningful normalised, so the same rows give the same string: ids (Plot's clip
 * and gradient ids come from global counters) renumbered in order of appearance, and coordinates rounded to 3
 * decimals.
 */
export function chartToString(el: Element, { idPrefix = 'chart' }: ChartStringOptions = {}): string {
  const html = escapedAttributes(el).outerHTML;
  const ids = new Map<string, string>();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `${idPrefix}-${ids.size + 1}`);
  const rename = (id: string) => ids.get(id) ?? id;
  return html
    .replace(
      /(\sid=")([^"]+)"|url\(#([^)]+)\)|(href=")#([^"]+)"/g,
      (_, idAttr?: string, id?: string, urlId?: string, hrefAttr?: string, hrefId?: string) => {
        if (idAttr) return `${idAttr}${rename(id!)}"`;
        if (urlId) return `url(#${rename(urlId)})`;
        return `${hrefAttr}#${rename(hrefId!)}"`;
      },
    )
    .replace(/(\s[\w:-]+=")([^"]*)"/g, (_, name: string, value: string) => `${name}${roundAttribute(value)}"`);
}

/**
 * A copy of the chart whose attribute values carry &, < and > as references. An HTML document's serialiser (linkedom's,
 * as the spec's) writes them raw, but the same markup is also an SVG file's XML, where a raw "<" or "&" in a value is
 * malformed, and a title or a name from the data may hold any of them. The serialiser still writes '"' as &quot;.
 */
function escapedAttributes(el: Element): Element {
  const raw = (node: Element) => [...node.attributes].some(({ value }) => /[&<>]/.test(value));
  // Most charts have none: copying a chart of thousands of nodes only to change nothing was a tenth of a build.
  if (!raw(el) && ![...el.querySelectorAll('*')].some(raw)) return el;
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('*')])
    for (const { name, value } of [...node.attributes])
      if (/[&<>]/.test(value))
        node.setAttribute(name, value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return copy;
}
