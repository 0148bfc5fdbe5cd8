// A title that does not name its place is listed after the place's name; one that does is left as issued.
import { describe, expect, it } from 'vitest';
import { shownTitle, titleNamesPlace } from '../../../src/site/formats/titles.ts';

const PLACES = new Map([
  ['weifang', { name_zh: '潍坊市', name_en: 'Weifang' }],
  ['shanghai-jingan', { name_zh: '静安区', name_en: "Jing'an District" }],
  ['inner', { name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' }],
]);
const doc = (jurisdiction: string, title_zh: string, title_en: string) => ({ jurisdiction, title_zh, title_en });

describe('shownTitle', () => {
  it('puts the place before a title that names only "the whole city"', () => {
    const d = doc('weifang', '2023年全市知识产权行政保护工作实施方案', '2023 Implementation Plan');
    expect(shownTitle(d, PLACES, 'zh')).toBe('潍坊市 · 2023年全市知识产权行政保护工作实施方案');
    expect(shownTitle(d, PLACES, 'en')).toBe('Weifang · 2023 Implementation Plan');
  });

  it('leaves a title that names its place, with or without the administrative suffix', () => {
    const d = doc('weifang', '潍坊2023年知识产权工作要点', "Weifang's 2023 work points");
    expect(shownTitle(d, PLACES, 'zh')).toBe(d.title_zh);
    expect(shownTitle(d, PLACES, 'en')).toBe(d.title_en);
    expect(titleNamesPlace('静安区知识产权保护示范区建设实施方案', '静安区', 'zh')).toBe(true);
    expect(titleNamesPlace("Jing'an plan", "Jing'an District", 'en')).toBe(true);
    expect(titleNamesPlace('内蒙古知识产权方案', '内蒙古自治区', 'zh')).toBe(true);
  });

  it('fails on a place the jurisdictions dataset lacks', () => {
    expect(() => shownTitle(doc('nowhere', 'x', 'x'), PLACES, 'zh')).toThrow(/nowhere/);
  });
});
