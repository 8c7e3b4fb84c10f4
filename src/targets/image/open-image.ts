import { UsageError } from '../../core/errors.js';
import { openDockerArchive } from './docker-archive/open.js';
import { openOciArchive, openOciLayout } from './oci-layout/open.js';
import { openRegistryImage } from './registry/open.js';
import { splitLocalRef } from './local-path.js';
import type { OpenedImage, OpenImageOptions } from './types.js';

const TRANSPORT = /^(docker-archive|oci-archive|oci|docker):/;

/**
 * Opens an image by reference: `docker-archive:PATH`, `oci:DIR[:tag]`, `oci-archive:PATH[:tag]`, or a
 * registry reference (`[docker://]host[:port]/repo[:tag|@digest]`, Docker Hub when no host is named).
 */
export async function openImage(ref: string, options: OpenImageOptions = {}): Promise<OpenedImage> {
  const trimmed = ref.trim();
  if (!trimmed) throw new UsageError('an image reference is empty; give e.g. alpine:3.19, docker-archive:./img.tar or oci:./layout');
  const transport = TRANSPORT.exec(trimmed)?.[1];
  const rest = transport ? trimmed.slice(transport.length + 1) : trimmed;
  switch (transport) {
    case 'docker-archive': {
      const local = splitLocalRef(rest, transport);
      return openDockerArchive(trimmed, local.path, local.selector, options);
    }
    case 'oci': {
      const local = splitLocalRef(rest, transport);
      return openOciLayout(trimmed, local.path, local.selector, options);
    }
    case 'oci-archive': {
      const local = splitLocalRef(rest, transport);
      return openOciArchive(trimmed, local.path, local.selector, options);
    }
    default:
      return openRegistryImage(trimmed, options);
  }
}
