// StatusBadge states the badge colours as CSS classes (pages carry no inline style); they must be STATUS_BADGE's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_BADGE } from '../../src/site/words/palette.ts';
import { STATUS_ORDER } from '../../src/site/words/status.ts';

const source = readFileSync(join(import.meta.dirname, '../../src/components/StatusBadge.astro'), 'utf8');

describe('StatusBadge', () => {
  it.each(STATUS_ORDER)('colours the %s badge as STATUS_BADGE says', (status) => {
    const rule = new RegExp(`\\.badge-${status}\\s*\\{([^}]*)\\}`).exec(source)?.[1];
    expect(rule, `.badge-${status} rule`).toBeDefined();
    const declared = Object.fromEntries(
      [...rule!.matchAll(/([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map(([, k, v]) => [k, v!.toUpperCase()]),
    );
    const { background, text, border } = STATUS_BADGE[status];
    expect(declared).toEqual({ background, color: text, 'border-color': border });
  });
});
