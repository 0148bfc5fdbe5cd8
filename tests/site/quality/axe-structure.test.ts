// Axe checks one indicator or theme page per structure: two pages share one only when they are made of the same
// elements and classes, and neither has an empty link, button or heading, or a repeated id, that the other lacks.
import { describe, expect, it } from 'vitest';
import { structure } from './axe.ts';

const page = (main: string) =>
  `<!doctype html><html><body><header id="top"></header><main>${main}</main></body></html>`;

describe('the structure axe samples by', () => {
  it('is the same for pages that differ only in words and numbers', () => {
    expect(structure(page('<h1>专利授权量</h1><table class="obs"><tr><td>12</td></tr></table>'))).toBe(
      structure(page('<h1>商标注册量</h1><table class="obs"><tr><td>3,456</td></tr></table>')),
    );
  });

  it('differs for another element or class, an empty link, button or heading, or a repeated id', () => {
    const base = structure(page('<h1>甲</h1><a href="/x/">乙</a><p id="a">丙</p>'));
    for (const other of [
      '<h1>甲</h1><a href="/x/">乙</a><p id="a">丙</p><figure class="chart"></figure>',
      '<h1>甲</h1><a href="/x/" class="more">乙</a><p id="a">丙</p>',
      '<h1>甲</h1><a href="/x/"> </a><p id="a">丙</p>',
      '<h1></h1><a href="/x/">乙</a><p id="a">丙</p>',
      '<h1>甲</h1><a href="/x/">乙</a><p id="a">丙</p><p id="a">丁</p>',
    ])
      expect(structure(page(other)), other).not.toBe(base);
  });
});
