import { ParseError } from '../../../core/errors.js';

export interface TarHeader {
  name: string;
  size: number;
  /** The typeflag character: '0'/'\0' file, '5' dir, 'x' pax, 'g' global pax, 'L' GNU long name … */
  type: string;
}

const BLOCK = 512;

function cString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function numeric(block: Buffer, start: number, length: number, where: string): number {
  const field = block.subarray(start, start + length);
  if (field[0]! & 0x80) {
    // GNU base-256: big-endian, high bit of the first byte is the marker.
    let value = field[0]! & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + field[i]!;
    if (!Number.isSafeInteger(value)) throw new ParseError(`${where}: a tar size field is out of range; the archive is damaged.`);
    return value;
  }
  const text = cString(block, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new ParseError(`${where}: a tar header has a non-octal number "${text}"; the archive is damaged.`);
  return parseInt(text, 8);
}

function checksumOk(block: Buffer, where: string): boolean {
  const stored = numeric(block, 148, 8, where);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === stored;
}

/** Parses one 512-byte header; null for an all-zero block (the end-of-archive marker). */
export function parseTarHeader(block: Buffer, where: string): TarHeader | null {
  if (block.every((b) => b === 0)) return null;
  if (!checksumOk(block, where)) throw new ParseError(`${where}: a tar header has a bad checksum; the archive is damaged or not a tar.`);
  let name = cString(block, 0, 100);
  if (block.subarray(257, 262).toString('latin1') === 'ustar') {
    const prefix = cString(block, 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  return { name, size: numeric(block, 124, 12, where), type: String.fromCharCode(block[156]!) };
}

/** The `path` and `size` records of a PAX extended header. */
export function parsePax(data: Buffer): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const len = parseInt(data.subarray(pos, space).toString('latin1'), 10);
    if (!Number.isSafeInteger(len) || len <= 0 || pos + len > data.length) break;
    const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    const key = record.slice(0, eq);
    const value = record.slice(eq + 1);
    if (key === 'path') out.path = value;
    if (key === 'size' && /^\d+$/.test(value)) out.size = Number(value);
    pos += len;
  }
  return out;
}

export function paddedSize(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}
