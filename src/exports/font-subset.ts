// A font cut down to the characters one image uses, with HarfBuzz's subsetter (the harfbuzzjs package's WebAssembly
// build: no native code, no download). resvg reads a font file again for every glyph it lays out, so with the 10 MB
// Noto Sans SC faces a chart takes 0.2–0.5 s; with a subset of some 80 KB it takes a few milliseconds. Outlines,
// metrics and layout features are kept whole, so an image drawn with the subset is the same, byte for byte, as one
// drawn with the full font (tests/exports/png.test.ts).
//
// Which characters a face has a glyph for is read from its cmap with harfbuzzjs's own API (the subsetter's build
// lacks the call), so that a character the fonts lack stops the build instead of being drawn as a box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob as HbBlob, Face as HbFace } from 'harfbuzzjs';

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, kind: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  hb_subset_preprocess(face: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let module: WebAssembly.Module | undefined;

/**
 * A subsetter of its own: the WebAssembly build has a fixed 64 MB of memory, and one 10 MB face prepared for
 * subsetting takes most of it, so each font file gets an instance (the module is compiled once).
 */
function instance(): HarfBuzz {
  module ??= new WebAssembly.Module(
    readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  );
  const h = new WebAssembly.Instance(module, {}).exports as unknown as HarfBuzz;
  h._initialize();
  return h;
}

/** A font file held in its subsetter's memory once, to cut many subsets from. */
export interface LoadedFont {
  path: string;
  hb: HarfBuzz;
  ptr: number;
  length: number;
  /** Its faces prepared for subsetting, by index. */
  faces: Map<number, number>;
}

const loaded = new Map<string, LoadedFont>();

export function loadFont(path: string): LoadedFont {
  let font = loaded.get(path);
  if (!font) {
    const bytes = readFileSync(path);
    const h = instance();
    const ptr = h.malloc(bytes.byteLength);
    if (!ptr) throw new Error(`font subsetting: ${path} does not fit in HarfBuzz's memory`);
    new Uint8Array(h.memory.buffer).set(bytes, ptr);
    loaded.set(path, (font = { path, hb: h, ptr, length: bytes.byteLength, faces: new Map() }));
  }
  return font;
}

/**
 * Face `index` of a loaded font, made once and prepared for subsetting (hb_subset_preprocess: the tables parsed and the
 * lookups built ahead, some 0.4 s a face), so each subset after it takes some 10 ms instead of 16.
 */
function preparedFace(font: LoadedFont, index: number): number {
  let face = font.faces.get(index);
  if (face === undefined) {
    const h = font.hb;
    const blob = h.hb_blob_create(font.ptr, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
    const plain = h.hb_face_create(blob, index);
    h.hb_blob_destroy(blob);
    face = h.hb_subset_preprocess(plain);
    h.hb_face_destroy(plain);
    if (!face) throw new Error(`font subsetting: HarfBuzz could not prepare face ${index} of ${font.path}`);
    font.faces.set(index, face);
  }
  return face;
}

/**
 * Face `index` of a font file (a collection holds several) with only the glyphs the characters of `text` need (and
 * what their layout features reach), as an OpenType file.
 */
export function subsetFont(font: LoadedFont, index: number, text: string): Uint8Array {
  const h = font.hb;
  const face = preparedFace(font, index);
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error('font subsetting: HarfBuzz could not start (out of memory?)');
  try {
    // Every layout feature, as pyftsubset --layout-features='*': the glyphs drawn are those of the whole font.
    const features = h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    h.hb_set_clear(features);
    h.hb_set_invert(features);
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const c of new Set(text)) h.hb_set_add(unicodes, c.codePointAt(0)!);
    const subset = h.hb_subset_or_fail(face, input);
    if (!subset) throw new Error(`font subsetting: HarfBuzz could not subset face ${index} of ${font.path}`);
    const result = h.hb_face_reference_blob(subset);
    const at = h.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(h.memory.buffer).slice(at, at + h.hb_blob_get_length(result));
    h.hb_blob_destroy(result);
    h.hb_face_destroy(subset);
    return bytes;
  } finally {
    h.hb_subset_input_destroy(input);
  }
}

const covered = new Map<string, ReadonlySet<number>>();

/** The code points face `index` of a font file maps to a glyph (its cmap), read once per file and face. */
export function codePointsOf(path: string, index: number): ReadonlySet<number> {
  const key = `${index}:${path}`;
  let set = covered.get(key);
  if (!set) covered.set(key, (set = new Set(new HbFace(new HbBlob(readFileSync(path)), index).collectUnicodes())));
  return set;
}
