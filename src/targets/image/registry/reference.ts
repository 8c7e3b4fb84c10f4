import { UsageError } from '../../../core/errors.js';
import { isDigest } from '../digest.js';

export interface RegistryRef {
  /** `host[:port]` as it is dialed: registry-1.docker.io for Docker Hub. */
  host: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'registry-1.docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', DOCKER_HUB]);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** The first path part names a registry when it looks like a host (a dot, a port, or localhost). */
function splitHost(name: string): { host: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return { host: HUB_ALIASES.has(first) ? DOCKER_HUB : first, path: name.slice(slash + 1) };
  }
  return { host: DOCKER_HUB, path: name };
}

/** `[docker://]host[:port]/repo[:tag][@digest]`, with Docker Hub's defaults (library/, latest). */
export function parseRegistryRef(input: string): RegistryRef {
  const text = input.replace(/^docker:\/\//, '');
  const usage = `"${input}" is not an image reference; write e.g. alpine:3.19, ghcr.io/org/app:1.2 or host:5000/repo@sha256:…`;
  const at = text.indexOf('@');
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const named = at === -1 ? text : text.slice(0, at);
  if (digest !== undefined && !isDigest(digest)) throw new UsageError(`${usage} (the digest is malformed)`);
  const { host, path } = splitHost(named);
  const colon = path.lastIndexOf(':');
  const tag = colon === -1 ? undefined : path.slice(colon + 1);
  let repository = colon === -1 ? path : path.slice(0, colon);
  if (tag !== undefined && !TAG.test(tag)) throw new UsageError(`${usage} (the tag is malformed)`);
  if (!repository || !repository.split('/').every((c) => COMPONENT.test(c))) throw new UsageError(`${usage} (repository names are lowercase a-z, 0-9, . _ - and /)`);
  if (host === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  const ref: RegistryRef = { host, repository };
  if (digest) ref.digest = digest;
  if (tag ?? !digest) ref.tag = tag ?? 'latest';
  return ref;
}

/** What the manifest is asked for by: the digest when pinned, else the tag. */
export function manifestReference(ref: RegistryRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The keys a Docker config may file this registry's credentials under. */
export function credentialKeys(host: string): string[] {
  if (host === DOCKER_HUB) return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
