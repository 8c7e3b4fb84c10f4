/**
 * An RPM header blob as rpmdb stores it (rpm's headerImport: no lead, no magic): index count and data
 * length, then 16-byte index entries (tag, type, offset, count), then the data store. Every offset is
 * checked against the store: a hostile blob is undefined, never an out-of-bounds read.
 */
export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  epoch?: number;
  arch?: string;
  sourceRpm?: string;
}

const TAG = { name: 1000, version: 1001, release: 1002, epoch: 1003, arch: 1022, sourceRpm: 1044 } as const;
const TYPE_INT32 = 4;
const TYPE_STRING = 6;
const TYPE_I18NSTRING = 9;
const MAX_ENTRIES = 0x10000;

export function parseHeader(blob: Uint8Array): RpmHeader | undefined {
  if (blob.length < 8) return undefined;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const il = view.getUint32(0);
  const dl = view.getUint32(4);
  const dataStart = 8 + il * 16;
  if (il === 0 || il > MAX_ENTRIES || dataStart + dl > blob.length) return undefined;
  const fields = new Map<number, string | number>();
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = view.getUint32(at);
    const type = view.getUint32(at + 4);
    const offset = view.getUint32(at + 8);
    if (offset >= dl) continue;
    if (type === TYPE_INT32 && offset + 4 <= dl) fields.set(tag, view.getInt32(dataStart + offset));
    else if (type === TYPE_STRING || type === TYPE_I18NSTRING) {
      const end = blob.indexOf(0, dataStart + offset);
      if (end < 0 || end > dataStart + dl) continue;
      fields.set(tag, Buffer.from(blob.subarray(dataStart + offset, end)).toString('utf8'));
    }
  }
  const text = (tag: number) => (typeof fields.get(tag) === 'string' ? (fields.get(tag) as string) : undefined);
  const name = text(TAG.name);
  const version = text(TAG.version);
  const release = text(TAG.release);
  if (!name || !version || release === undefined) return undefined;
  const epoch = fields.get(TAG.epoch);
  const arch = text(TAG.arch);
  const sourceRpm = text(TAG.sourceRpm);
  return { name, version, release, ...(typeof epoch === 'number' && { epoch }), ...(arch && { arch }), ...(sourceRpm && { sourceRpm }) };
}

/** `glibc-2.31-9.3.2.src.rpm` → name, version, release (name may hold dashes; version and release do not). */
export function parseSourceRpm(file: string): { name: string; version: string; release: string } | undefined {
  const m = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(file);
  return m ? { name: m[1]!, version: m[2]!, release: m[3]! } : undefined;
}
