// What `npm test` needs besides what npm installs: Debian packages for the tests that drive real programs. The build
// itself needs none (its images are drawn with the fonts of an npm package, src/exports/png.ts). Checked first, before
// any test: installed with apt-get where the test command may (as root, with apt-get on the machine), else one line
// naming exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM } from './chromium.ts';

export interface Prerequisite {
  /** The Debian package that brings it. */
  package: string;
  /** What the tests look for, as the missing-line names it. */
  looksFor: string;
  present(): boolean;
}

/** A program the tests run by name, found on PATH as they would find it. */
export function onPath(name: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** A Chinese font fontconfig (and so Chromium) can use. */
function chineseFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export const PREREQUISITES: Prerequisite[] = [
  // The browser tests (pages, search, the curation workbench) drive Debian's Chromium through playwright-core.
  { package: 'chromium', looksFor: CHROMIUM, present: () => existsSync(CHROMIUM) },
  // Chromium draws the pages' Chinese with the system's fonts, as a reader's phone does with its own: without one,
  // every Chinese character is a box and the layout tests measure boxes.
  { package: 'fonts-noto-cjk', looksFor: 'a Chinese font that fc-list :lang=zh lists', present: chineseFont },
  // The Excel CSVs are opened in LibreOffice Calc, as a spreadsheet user would, and converted to xlsx.
  { package: 'libreoffice-calc-nogui', looksFor: 'soffice', present: () => onPath('soffice') },
  // The CSVs are read with Python's csv module, as a journalist would.
  { package: 'python3', looksFor: '/usr/bin/python3', present: () => existsSync('/usr/bin/python3') },
];

export type Decision = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'stop'; line: string };

/** What to do about what is missing: nothing, install it with apt-get, or stop with one line naming it. */
export function decide(missing: Prerequisite[], mayInstall: boolean): Decision {
  if (!missing.length) return { kind: 'ready' };
  const packages = missing.map((p) => p.package);
  if (mayInstall) return { kind: 'install', packages };
  return {
    kind: 'stop',
    line:
      `npm test needs ${missing.map((p) => `${p.package} (${p.looksFor})`).join(', ')}: install ` +
      `${missing.length > 1 ? 'them' : 'it'} with "sudo apt-get install -y --no-install-recommends ${packages.join(' ')}" ` +
      `(elsewhere than Debian, the same programs from the system's packages) and run npm test again`,
  };
}

/** The test command installs packages itself only as root on a machine with apt-get. */
export const mayInstall = () => process.getuid?.() === 0 && onPath('apt-get');

function aptGet(args: string[]): void {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Make sure every prerequisite is there: install what is missing where allowed, else throw the one line that names it.
 * `say` reports what is being installed.
 */
export function ensurePrerequisites(say: (line: string) => void, prerequisites = PREREQUISITES): void {
  const missing = () => prerequisites.filter((p) => !p.present());
  const decision = decide(missing(), mayInstall());
  if (decision.kind === 'ready') return;
  if (decision.kind === 'stop') throw new Error(decision.line);
  say(`installing ${decision.packages.join(' ')} with apt-get`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...decision.packages]);
  const still = decide(missing(), false);
  if (still.kind === 'stop') throw new Error(`installed, yet still missing: ${still.line}`);
}
