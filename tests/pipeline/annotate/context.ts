// A fresh annotation context over the fixture, for testing one pass at a time.
import { createContext, type AnnotationContext } from '../../../src/pipeline/annotate/context.ts';
import { loadSources, type Source } from '../../../src/pipeline/sources/sources.ts';
import type { DocumentKindRow, IndicatorRow, JurisdictionRow, ThemeRow } from '../../../src/schemas/index.ts';
import { documentKinds, fixture, indicators, jurisdictions, themes } from '../fixture.ts';

export const PLAN_FILE = 'data/annotations/test-plan.json';
export const REPLY_FILE = 'data/annotations/test-reply.json';

export function testContext(): { ctx: AnnotationContext; plan: Source; reply: Source } {
  const sources = loadSources(fixture(), '2024-12-31');
  const byId = new Map((indicators() as IndicatorRow[]).map((i) => [i.id, i]));
  const places = new Map((jurisdictions() as JurisdictionRow[]).map((j) => [j.id, j]));
  const themeById = new Map((themes() as ThemeRow[]).map((t) => [t.id, t]));
  const vocab = {
    indicators: byId,
    jurisdictions: places,
    kinds: documentKinds() as DocumentKindRow[],
    themes: themeById,
  };
  return { ctx: createContext(vocab, sources), plan: sources[0]!, reply: sources[1]! };
}

/** The message of the error `run` throws. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
