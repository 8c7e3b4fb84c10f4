const DOCKERFILE = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
/** `Dockerfile.dockerignore` is the per-Dockerfile ignore file, not a Dockerfile. */
const NOT_DOCKERFILE = /\.(?:dockerignore|md|txt)$/i;

/** `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, `api.dockerfile`. */
export function isDockerfilePath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return DOCKERFILE.test(base) && !NOT_DOCKERFILE.test(base);
}
