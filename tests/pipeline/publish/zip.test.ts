import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { deterministicZip } from '../../../src/pipeline/publish/zip.ts';
import { BuildError } from '../../../src/shared/errors.ts';

/** Bytes no deflate can shrink (a fixed xorshift sequence), which the zip stores as they are. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

// Names with Chinese characters and a folder, text as a string and as bytes (a byte-order mark first), an empty file,
// and a file deflate cannot shrink: every way an entry is written.
const FILES = new Map<string, string | Uint8Array>([
  [
    'sources/上海市知识产权局2023年工作要点.txt',
    '一、加强知识产权保护\n全年办理专利侵权纠纷案件1,234件。\n'.repeat(40),
  ],
  ['excel/数据/观测.csv', new TextEncoder().encode('\uFEFFid,value\n' + '甲,1\n乙,2\n'.repeat(20))],
  ['README.md', '# IP Plan Tracker\n\nWhat Chinese IP-protection plans promised.\n'.repeat(5)],
  ['empty.txt', ''],
  ['noise.bin', noise(3000)],
]);
const DATE = '2024-02-29';
const bytesOf = (content: string | Uint8Array) =>
  Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content);

const zip = deterministicZip(FILES, DATE);
const work = mkdtempSync(join(tmpdir(), 'zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Each entry's name, compression method and stored DOS date and time, read from the central directory as a zip
 * reader finds them; each entry's local header must say the same (flags, method, time, date, CRC, sizes, name).
 */
function entriesOf(bytes: Uint8Array): { name: string; method: number; date: string }[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = view.length - 22;
  expect(view.readUInt32LE(end)).toBe(0x06054b50);
  const out: { name: string; method: number; date: string }[] = [];
  let at = view.readUInt32LE(end + 16);
  for (let i = 0; i < view.readUInt16LE(end + 10); i++) {
    expect(view.readUInt32LE(at)).toBe(0x02014b50);
    const length = view.readUInt16LE(at + 28);
    const local = view.readUInt32LE(at + 42);
    expect(view.readUInt32LE(local)).toBe(0x04034b50);
    // Flags to name: the local header's bytes 6-30 and name are the central header's bytes 8-32 and name.
    expect(view.subarray(local + 6, local + 30).equals(view.subarray(at + 8, at + 32))).toBe(true);
    expect(view.subarray(local + 30, local + 30 + length).equals(view.subarray(at + 46, at + 46 + length))).toBe(true);
    const time = view.readUInt16LE(at + 12);
    const date = view.readUInt16LE(at + 14);
    const pad = (n: number) => String(n).padStart(2, '0');
    out.push({
      name: view.toString('utf8', at + 46, at + 46 + length),
      method: view.readUInt16LE(at + 10),
      date: `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`,
    });
    at += 46 + length + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return out;
}

describe('deterministicZip', () => {
  it("is read back by fflate entry for entry, byte for byte, in name order, each stamped with the data's date", () => {
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual([...FILES.keys()].sort());
    for (const [name, content] of FILES) expect(Buffer.from(back[name]!).equals(bytesOf(content)), name).toBe(true);
    // Deflated, but for what deflate cannot shrink (the noise and the empty file): stored as it is.
    const stored = new Set(['noise.bin', 'empty.txt']);
    expect(entriesOf(zip)).toEqual(
      [...FILES.keys()].sort().map((name) => ({ name, method: stored.has(name) ? 0 : 8, date: `${DATE} 00:00` })),
    );
  });

  const unzip = spawnSync('unzip', ['-v']).status === 0;
  it.runIf(unzip)("passes unzip -t, and unzip extracts every entry under its name with the data's date", () => {
    const path = join(work, 'data.zip');
    writeFileSync(path, zip);
    const env = { ...process.env, LC_ALL: 'C.UTF-8' };
    expect(execFileSync('unzip', ['-t', path], { env, encoding: 'utf8' })).toMatch(/No errors detected/);
    // zipinfo -T: one line per entry, the time as yyyymmdd.hhmmss, then the name as unzip decodes it.
    const listed = execFileSync('zipinfo', ['-T', path], { env, encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^[-d]/.test(line))
      .map((line) => line.split(/\s+/).slice(-2).join(' '));
    expect(listed).toEqual([...FILES.keys()].sort().map((name) => `${DATE.replaceAll('-', '')}.000000 ${name}`));
    execFileSync('unzip', ['-q', path, '-d', join(work, 'out')], { env });
    for (const [name, content] of FILES)
      expect(readFileSync(join(work, 'out', name)).equals(bytesOf(content)), name).toBe(true);
  });

  it('gives the same bytes for the same files, whatever their order', () => {
    const reversed = new Map([...FILES].reverse());
    expect(Buffer.from(deterministicZip(reversed, DATE)).equals(Buffer.from(zip))).toBe(true);
  });

  it('refuses what a zip without zip64 cannot hold, and a date it cannot store', () => {
    const many = new Map<string, string>(Array.from({ length: 65_536 }, (_, i) => [`${i}.txt`, '']));
    expect(() => deterministicZip(many, DATE)).toThrow(BuildError);
    expect(() => deterministicZip(many, DATE)).toThrow(/65,536 entries/);
    expect(() => deterministicZip(FILES, '1979-12-31')).toThrow(/1980 to 2107/);
  });
});
