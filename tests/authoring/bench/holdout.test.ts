// The held-out test samples (tests/fixtures/holdout) are what `npm run bench:draft` reports as "held out": they must
// load through the bench's own loader, and every key must agree with its text under the checker the unseen samples
// answer to (which must also refuse a held-out text that copies an unseen one). A key that drifts from its text would
// score the draft against an answer the document does not give.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENRE_KIND, HOLDOUT_DIRS, loadSamples, UNSEEN_DIR } from '../../../src/authoring/bench/unseen.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CHECKER = join(ROOT, UNSEEN_DIR, 'check-keys.mjs');
const check = (folder: string) => spawnSync(process.execPath, [CHECKER, folder], { cwd: ROOT, encoding: 'utf8' });

/** What each held-out set holds: how many samples, and the genres among them. */
const SETS: Record<string, { count: number; genres: string[] }> = {
  'tests/fixtures/holdout': { count: 8, genres: Object.keys(GENRE_KIND) },
  'tests/fixtures/holdout2': {
    count: 6,
    genres: Object.keys(GENRE_KIND).filter((g) => g !== 'notice'),
  },
};
const scratch = mkdtempSync(join(tmpdir(), 'holdout-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('every held-out set the bench reports is described here', () => {
  expect([...HOLDOUT_DIRS]).toEqual(Object.keys(SETS));
});

describe.each(HOLDOUT_DIRS.map((dir, k) => [dir, k] as const))('the held-out test samples of %s', (HOLDOUT_DIR, k) => {
  const samples = loadSamples(ROOT, HOLDOUT_DIR);
  // A later set is apart from the unseen samples and from every earlier set.
  const unseen = [loadSamples(ROOT), ...HOLDOUT_DIRS.slice(0, k).map((d) => loadSamples(ROOT, d))].flat();
  const expected = SETS[HOLDOUT_DIR]!;

  it('load through the bench loader: all of them, their genres, each marked as a test sample', () => {
    expect(samples).toHaveLength(expected.count);
    expect(new Set(samples.map((s) => s.key.genre))).toEqual(new Set(expected.genres));
    for (const s of samples) {
      expect(s.key.document.title_zh, s.name).toContain('【测试样本】');
      expect((s.key as { test_sample?: unknown }).test_sample, s.name).toBe(true);
    }
  });

  it('share neither a name nor a place with the unseen samples or an earlier set', () => {
    const names = new Set(unseen.map((s) => s.name));
    const places = new Set(unseen.map((s) => s.key.place.id));
    for (const s of samples) {
      expect(names.has(s.name), s.name).toBe(false);
      expect(places.has(s.key.place.id), `${s.name}: ${s.key.place.id}`).toBe(false);
    }
  });

  it('quote their texts, and link evidence only to plans of the held-out folder', () => {
    const plans = new Map(samples.filter((s) => s.key.tasks.length > 0).map((s) => [s.name, s.key.tasks]));
    for (const s of samples) {
      for (const f of s.key.figures) expect(s.text.includes(f.quote), `${s.name}: ${f.quote}`).toBe(true);
      for (const e of [...s.key.evidence, ...(s.key.not_evidence ?? [])]) {
        expect(s.text.includes(e.quote), `${s.name}: ${e.quote}`).toBe(true);
        expect(e.plan, `${s.name}: a link to the document itself`).not.toBe(s.name);
        const labels = (plans.get(e.plan) ?? []).map((t) => t.label);
        expect(labels, `${s.name} → ${e.plan}`).toContain(e.task_label);
      }
    }
  });

  it('pass the key checker', () => {
    const run = check(HOLDOUT_DIR);
    expect(run.stderr).not.toContain('FAIL');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(samples.length + 1);
  });

  it('fail the checker when a value disagrees with its text, or a text copies an unseen sample', () => {
    const folder = join(scratch, `broken-${k}`);
    cpSync(join(ROOT, HOLDOUT_DIR), folder, { recursive: true });
    const sample = samples.find((s) => s.key.figures.some((f) => typeof f.value === 'number'))!;
    const keyFile = join(folder, `${sample.name}.expect.json`);
    const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { figures: { value: number | null }[] };
    const figure = key.figures.find((f) => typeof f.value === 'number')!;
    figure.value = figure.value! * 10;
    writeFileSync(keyFile, JSON.stringify(key));
    // A passage of an unseen sample with no digits in it, so that only the copy check can object to it.
    const passage = unseen
      .map((s) => s.text.replace(/\s/gu, '').match(/[^\d]{20}/u)?.[0])
      .find((p): p is string => !!p)!;
    const other = samples.find((s) => s !== sample)!;
    writeFileSync(join(folder, `${other.name}.txt`), `${other.text}\n${passage}\n`);
    const run = check(folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`FAIL ${sample.name}: figure`);
    expect(run.stderr).toContain(`FAIL ${other.name}: copies a passage of the unseen samples`);
  });
});
