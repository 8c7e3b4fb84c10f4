/** Bounds on everything an image source reads before it trusts it. Images are hostile input. */
export const IMAGE_LIMITS = {
  /** manifest.json of a docker-archive, an OCI index or manifest, a registry manifest. */
  maxManifestBytes: 4 * 1024 * 1024,
  /** An image config (its history can be long, but not this long). */
  maxConfigBytes: 8 * 1024 * 1024,
  /** Small metadata members kept in memory while a gzipped archive is indexed. */
  maxCachedMemberBytes: 1024 * 1024,
  maxCachedTotalBytes: 32 * 1024 * 1024,
  /** Nested indexes (index → index → manifest) deeper than this are refused as loops. */
  maxIndexDepth: 4,
  maxLayers: 1024,
  maxArchiveMembers: 200_000,
  /** A gzipped archive may not inflate to more than this many times its size (plus a floor). */
  maxInflateRatio: 200,
  inflateFloorBytes: 1024 * 1024 * 1024,
} as const;
