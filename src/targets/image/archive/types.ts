import type { Readable } from 'node:stream';

export interface ArchiveMember {
  name: string;
  size: number;
}

/** Random access to the regular files of a tar archive (plain or gzipped), by clean member name. */
export interface TarArchive {
  readonly path: string;
  member(name: string): ArchiveMember | undefined;
  names(): string[];
  /** The whole member, refused when larger than maxBytes. */
  readMember(name: string, maxBytes: number, what: string): Promise<Buffer>;
  /** The first bytes of a member (up to 4), to tell gzip/zstd/tar apart. */
  sniffMember(name: string): Promise<Buffer>;
  /** `sha256:` of the member's bytes. */
  hashMember(name: string): Promise<string>;
  /** The member's bytes as a stream. */
  openMember(name: string, signal?: AbortSignal): Readable;
  close(): Promise<void>;
}
