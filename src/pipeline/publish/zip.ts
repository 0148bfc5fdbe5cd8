import { crc32, deflateRawSync } from 'node:zlib';
import { BuildError } from '../../shared/errors.ts';
import { inputs } from '../../shared/files.ts';

/**
 * The zip container's limits without its zip64 extension, which no download of this project comes near: sizes and
 * offsets are 32-bit fields, and 0xFFFFFFFF in one of them tells a reader to look for a zip64 record, so the largest
 * value written is one less; the entry count is a 16-bit field.
 */
const MAX_BYTES = 0xfffffffe;
const MAX_ENTRIES = 0xffff;

/** Local file header, central directory header and end of central directory record: sizes and signatures. */
const LOCAL = { signature: 0x04034b50, size: 30 };
const CENTRAL = { signature: 0x02014b50, size: 46 };
const END = { signature: 0x06054b50, size: 22 };

/** Version 2.0 of the format: deflate and folders, nothing later. */
const VERSION = 20;
/** General purpose flag bit 11: the entry's name is UTF-8 (without it readers decode names as code page 437). */
const UTF8_NAMES = 0x0800;
/**
 * "Made by" a Unix system, with a plain file's permissions (rw-r--r--) as its attributes. Made by MS-DOS, with no
 * attributes, Info-ZIP's unzip as Debian ships it converts the names from the DOS code page even when bit 11 says
 * UTF-8, and a Chinese name comes out as mojibake.
 */
const MADE_ON_UNIX = 3 << 8;
const FILE_MODE = (0o100644 << 16) >>> 0;
const STORED = 0;
const DEFLATED = 8;

/** The data's date as a zip stores time (DOS format: wall-clock date and time, two seconds' precision), at 00:00. */
function dosDate(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // DOS dates count years from 1980 in seven bits.
  if (!(year >= 1980 && year <= 2107) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31))
    throw new BuildError(
      'data zip',
      `the data release date "${date}" is not one a zip can store (a day from 1980 to 2107)`,
      `correct the date of the newest entry of ${inputs.changelog}`,
    );
  return ((year - 1980) << 9) | (month << 5) | day;
}

function tooLarge(what: string): never {
  throw new BuildError(
    'data zip',
    `the zip would hold ${what}, more than a zip without its zip64 extension can (4 GB, 65,535 entries)`,
    'write zip64 records in src/pipeline/publish/zip.ts, or split the download',
  );
}

/**
 * A zip of the given files, in name order, each stamped with the data's date at 00:00, so the same data always gives
 * the same bytes (on the same Node: another zlib may deflate differently, which no reader sees). The container is
 * written here around Node's native zlib rather than by a JavaScript zip library: on the zip of 1,005 documents
 * (53 MB), fflate's deflate took 1.2 s, a quarter of the data build, and zlib's takes 0.45 s.
 */
export function deterministicZip(files: Map<string, string | Uint8Array>, date: string): Uint8Array {
  // The date is stored as written, not read from a Date: the wall-clock date and time are what a zip holds, so the
  // data's date at 00:00 is stored as such whatever the build machine's time zone.
  const stamp = dosDate(date);
  const enc = new TextEncoder();
  const names = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length > MAX_ENTRIES) tooLarge(`${names.length.toLocaleString('en-US')} entries`);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const content = files.get(name)!;
    const raw = typeof content === 'string' ? enc.encode(content) : content;
    const path = enc.encode(name);
    if (path.length > 0xffff) tooLarge(`a name of ${path.length} bytes`);
    if (raw.length > MAX_BYTES) tooLarge(`"${name}" of ${raw.length} bytes`);
    // Level 6, zlib's default: level 9 took a sixth of a 500-document data build for a zip 0.05% smaller. What
    // deflate cannot shrink is stored as it is, as zip tools do.
    const deflated = deflateRawSync(raw, { level: 6 });
    const method = deflated.length < raw.length ? DEFLATED : STORED;
    const data = method === DEFLATED ? deflated : raw;
    const crc = crc32(raw);
    const local = Buffer.alloc(LOCAL.size);
    local.writeUInt32LE(LOCAL.signature, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time: 00:00:00
    local.writeUInt16LE(stamp, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(path.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const header = Buffer.alloc(CENTRAL.size);
    header.writeUInt32LE(CENTRAL.signature, 0);
    header.writeUInt16LE(MADE_ON_UNIX | VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(stamp, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(raw.length, 24);
    header.writeUInt16LE(path.length, 28);
    // Extra field, comment, disk number and internal attributes: all zero.
    header.writeUInt32LE(FILE_MODE, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, path, data);
    central.push(header, path);
    offset += LOCAL.size + path.length + data.length;
    if (offset > MAX_BYTES) tooLarge(`more than ${MAX_BYTES} bytes`);
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  if (offset + directorySize > MAX_BYTES) tooLarge(`more than ${MAX_BYTES} bytes`);
  const end = Buffer.alloc(END.size);
  end.writeUInt32LE(END.signature, 0);
  // Disk numbers 0: one file, not a split archive.
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  // No archive comment. The parts are copied into a plain Uint8Array of its own, as the files map holds: a Buffer
  // would show through wherever the bytes are compared, and a small one is a view of Node's shared pool.
  const out = new Uint8Array(offset + directorySize + END.size);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The source documents as the zip carries them, byte for byte: `sources/<file>` for each document, so a download is
 * complete without the site (every quote's offsets refer to these texts).
 */
export function sourceEntries(
  documents: readonly { file: string }[],
  read: (path: string) => Uint8Array | undefined,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const d of documents) {
    const bytes = read(inputs.source(d.file));
    if (!bytes) throw new Error(`${inputs.source(d.file)} is missing: the zip carries every source text`);
    out.set(`sources/${d.file}`, bytes);
  }
  return out;
}
