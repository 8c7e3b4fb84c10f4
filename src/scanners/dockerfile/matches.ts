const EXACT = /^(?:Dockerfile|Containerfile|dockerfile|containerfile)$/;
// case-sensitive on purpose: `dockerfile.ts` is source code, `Dockerfile.prod` is a Dockerfile
const PREFIXED = /^(?:Dockerfile|Containerfile)\..+$/;
const SUFFIXED = /\.(?:dockerfile|containerfile)$/i;
/** `Dockerfile.dockerignore` is the per-Dockerfile ignore file, not a Dockerfile. */
const NOT_DOCKERFILE = /\.(?:dockerignore|md|txt)$/i;

/** `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, `api.dockerfile`. */
export function isDockerfilePath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (EXACT.test(base) || PREFIXED.test(base) || SUFFIXED.test(base)) && !NOT_DOCKERFILE.test(base);
}
