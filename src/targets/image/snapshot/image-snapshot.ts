import type { ImageScanOptions } from '../../../core/image-scan.js';
import type { OpenedImage } from '../types.js';
import type { ImageAnalysis } from '../layers/analyze-image.js';
import { storeSnapshot, type SnapshotManifest, type SnapshotStore } from './pack.js';
import { snapshotSelection } from './select.js';
import { SnapshotStaging, type SnapshotLimits, type Staged } from './staging.js';

export interface ImageSnapshotOptions {
  store: SnapshotStore;
  /** Globs relative to the image root, besides WORKDIR (config `snapshot.include`). */
  include?: readonly string[];
  limits?: SnapshotLimits;
}

/**
 * The code snapshot of an image scan: while the layers are read, the application's files are staged;
 * once the final tree is known, the files it shows are packed with a manifest and stored.
 */
export function imageSnapshot(image: OpenedImage, options: ImageSnapshotOptions): NonNullable<ImageScanOptions['snapshot']> {
  const selection = snapshotSelection(image.config.workingDir, options.include);
  const staging = new SnapshotStaging(options.limits);
  return {
    wants: (p) => selection.wants(p),
    onFile: (layer, p, content) => staging.add(layer, p, content),
    async finish(analysis: ImageAnalysis) {
      try {
        analysis.issues.push(...staging.issues);
        const staged = new Map<string, Staged>();
        for (const { path, node } of analysis.tree.files()) {
          const s = selection.wants(path) ? staging.stagedAs(path, node.layer) : undefined;
          if (s) staged.set(path, s);
        }
        const manifest: SnapshotManifest = {
          image: { ref: image.ref, digest: image.digest, ...(image.config.workingDir && { workingDir: image.config.workingDir }) },
          files: [...staged].map(([path, s]) => ({ path, size: s.size, sha256: s.sha256 })),
        };
        return await storeSnapshot(manifest, staged, options.store, `${image.digest.replace(':', '-')}/code.tar.gz`);
      } finally {
        await staging.dispose();
      }
    },
  };
}
