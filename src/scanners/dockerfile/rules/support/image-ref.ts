import type { Stage } from '../../parser/types.js';

export interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
}

/** `registry:5000/team/app:1.2@sha256:…` → name, tag, digest. A colon before the last slash is a registry port. */
export function parseImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const rest = at === -1 ? ref : ref.slice(0, at);
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  return {
    name: hasTag ? rest.slice(0, colon) : rest,
    ...(hasTag && { tag: rest.slice(colon + 1) }),
    ...(at !== -1 && { digest: ref.slice(at + 1) }),
  };
}

/**
 * A FROM whose image reference names a registry image we can judge: not `scratch`, not an earlier stage,
 * not empty and not depending on a build argument whose value is only known at build time.
 */
export function externalImage(stage: Stage): ImageRef | undefined {
  if (stage.image === '' || stage.baseStage !== undefined || stage.from.unresolved.length > 0) return undefined;
  if (stage.image.toLowerCase() === 'scratch' || stage.image.includes('$')) return undefined;
  return parseImageRef(stage.image);
}
