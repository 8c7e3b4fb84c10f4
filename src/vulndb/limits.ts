/** Bounds on what an import reads; every archive and file is hostile until read. */
export interface ImportLimits {
  /** Uncompressed bytes read over the whole import (all archives and files). */
  maxTotalBytes: number;
  /** Bytes of one record file or zip entry; a larger one is skipped with an issue. */
  maxEntryBytes: number;
  /** Entries in one zip archive. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than `ratioFloorBytes` (zip bomb guard). */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Bytes of one downloaded archive. */
  maxDownloadBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxTotalBytes: 4 * 1024 ** 3,
  maxEntryBytes: 16 * 1024 ** 2,
  maxEntries: 2_000_000,
  maxRatio: 100,
  ratioFloorBytes: 1024 ** 2,
  maxDownloadBytes: 2 * 1024 ** 3,
};

export function withLimits(partial?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/** Counts bytes against the total bound across one import. */
export class ByteBudget {
  used = 0;
  constructor(readonly limit: number) {}

  /** Whether `n` more bytes still fit. */
  fits(n: number): boolean {
    return this.used + n <= this.limit;
  }

  take(n: number): void {
    this.used += n;
  }
}
