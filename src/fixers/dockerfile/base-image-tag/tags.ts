/**
 * The stable release line each official image is pinned to when a Dockerfile names it without a
 * version. Versions, not digests: the reviewer pins the digest their registry serves (see the note).
 * Update this table when a new line becomes the stable one.
 */
export const STABLE_TAGS: Readonly<Record<string, string>> = {
  alpine: '3.22',
  debian: 'bookworm',
  golang: '1.24',
  nginx: '1.28',
  node: '22',
  postgres: '17',
  python: '3.13',
  redis: '7.4',
  ruby: '3.4',
  ubuntu: '24.04',
};

/** `python`, `library/python` and `docker.io/library/python` are the same official image. */
export function officialName(name: string): string {
  return name.toLowerCase().replace(/^(?:docker\.io\/|index\.docker\.io\/)?(?:library\/)?/, '');
}
