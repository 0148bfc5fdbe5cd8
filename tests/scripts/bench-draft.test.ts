// `npm run bench:draft -- --explain NAME`: what the draft got wrong on one unseen sample, figure by figure; a held-out
// sample's misses are refused (reading them would be tuning on the documents that measure the draft honestly).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_DIRS, loadSamples } from '../../src/authoring/bench/unseen.ts';

const ROOT = join(import.meta.dirname, '../..');
const explain = (name: string) =>
  spawnSync(process.execPath, ['scripts/bench-draft.ts', '--explain', name], { cwd: ROOT, encoding: 'utf8' });

describe('bench:draft --explain', () => {
  it('lists an unseen sample’s misses, each with the key’s answer, the draft’s and the quote that holds the number', () => {
    const r = explain('suzhou-2024-reply');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [what, number, key, drafted, quote] = line.split('\t');
      expect(['indicator', 'name', 'period']).toContain(what);
      expect(key).toMatch(/^key: ./u);
      expect(drafted).toMatch(/^draft: ./u);
      expect(quote!.replace(/\s/gu, '')).toContain(number!.replace(/\s/gu, ''));
    }
  });

  it('refuses a held-out sample, and names the unseen ones for a name it does not know', () => {
    for (const dir of HOLDOUT_DIRS) {
      const held = loadSamples(ROOT, dir)[0]!.name;
      const r = explain(held);
      expect(r.status, dir).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^bench:draft: ${held} is held out`, 'u'));
    }
    const unknown = explain('no-such-sample');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no unseen sample "no-such-sample": name one of .*suzhou-2024-reply/u);
  });
});
