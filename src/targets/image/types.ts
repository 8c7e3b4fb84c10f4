import type { Readable } from 'node:stream';

/**
 * The contract between where an image comes from (registry, ECR, docker-archive, OCI layout) and what
 * reads it (layer walker, catalogers, snapshot). Sources never interpret layer contents; readers never
 * know where the bytes come from.
 */

export interface ImageLayer {
  /** Digest of the blob as stored (usually compressed), `sha256:…`. */
  digest: string;
  /** Uncompressed digest from the config's `rootfs.diff_ids` (same index as the manifest layer). */
  diffId: string;
  /** OCI or Docker media type; tells the reader the compression (gzip, zstd, none). */
  mediaType: string;
  /** Stored size in bytes, as the manifest declares it. */
  size: number;
  /** The build step (`history[].created_by` of the non-empty entry for this layer), when recorded. */
  createdBy?: string;
}

/** The parts of the image config the scanners need. */
export interface ImageConfigInfo {
  os: string;
  architecture: string;
  variant?: string;
  workingDir?: string;
  user?: string;
  env: string[];
  entrypoint?: string[];
  cmd?: string[];
  labels: Record<string, string>;
}

export interface OpenedImage {
  /** The reference as the user gave it (`registry/repo:tag`, `docker-archive:PATH`, `oci:DIR[:tag]`). */
  ref: string;
  /** Digest of the manifest that was read (`sha256:…`); for an archive without one, the config digest. */
  digest: string;
  config: ImageConfigInfo;
  /** Bottom layer first. */
  layers: ImageLayer[];
  /**
   * The layer blob as stored (still compressed). The stream verifies the blob's digest and size as it
   * is read and errors with a PatchlineError when either does not match: consumers must read to the end.
   */
  openLayer(layer: ImageLayer, signal?: AbortSignal): Promise<Readable>;
  close(): Promise<void>;
}

export interface OpenImageOptions {
  /** `os/arch[/variant]`, e.g. `linux/amd64`; default: linux and the host's architecture. */
  platform?: string;
  /** Registry hosts (host[:port]) the user allowed to be reached over plain HTTP. */
  insecureRegistries?: string[];
  /** Path of the Docker CLI config (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json). */
  dockerConfigPath?: string;
  /** The AWS ECR API endpoint for GetAuthorizationToken (VPC endpoints, tests); default AWS's or $PATCHLINE_ECR_ENDPOINT. */
  ecrEndpoint?: string;
  signal?: AbortSignal;
  onProgress?(event: { phase: 'manifest' | 'config' | 'layer'; done: number; total: number }): void;
}
