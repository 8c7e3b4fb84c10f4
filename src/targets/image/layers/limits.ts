/** Bounds on what one layer may cost; every layer is hostile input. */
export interface LayerLimits {
  /** Uncompressed bytes of one layer's tar stream. */
  maxLayerBytes: number;
  /** Uncompressed ÷ stored bytes, checked once `ratioGraceBytes` have come out (gzip bombs). */
  maxRatio: number;
  ratioGraceBytes: number;
  /** Tar entries in one layer. */
  maxEntries: number;
  /** A file read into memory for a cataloger (package databases, lockfiles). */
  maxFileBytes: number;
}

export const DEFAULT_LAYER_LIMITS: LayerLimits = {
  maxLayerBytes: 8 * 1024 ** 3,
  maxRatio: 250,
  ratioGraceBytes: 64 * 1024 ** 2,
  maxEntries: 1_000_000,
  maxFileBytes: 128 * 1024 ** 2,
};
