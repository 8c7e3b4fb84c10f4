import picomatch from 'picomatch';

/** The OS's own trees: a WORKDIR that is one of them is not application code (one inside, like /usr/src/app, is). */
const OS_DIRS = ['bin', 'boot', 'dev', 'etc', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'proc', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
/** Installed packages and build debris, wherever they are: the SCA scan covers them, the code snapshot does not. */
const PACKAGE_DIRS = ['node_modules', 'site-packages', 'dist-packages', '__pycache__', '.git', '.venv', 'venv', 'bower_components', 'vendor/bundle'];

export interface SnapshotSelection {
  /** The image's WORKDIR relative to the root ('' when unset or `/`). */
  workdir: string;
  wants(path: string): boolean;
}

/**
 * Which files of the image are the application's code: everything under WORKDIR plus the configured
 * globs (relative to the image root), minus installed packages anywhere. A WORKDIR that is an OS tree
 * itself (`/usr`, `/etc`) is not taken whole; one inside it (`/usr/src/app`) is.
 */
export function snapshotSelection(workingDir: string | undefined, include: readonly string[] = []): SnapshotSelection {
  const workdir = (workingDir ?? '').replace(/^\/+|\/+$/g, '');
  const included = include.length > 0 ? picomatch(include.map((g) => g.replace(/^\/+/, '')), { dot: true }) : () => false;
  const packages = new RegExp(`(^|/)(${PACKAGE_DIRS.map((d) => d.replace('.', '\\.')).join('|')})/`);
  const takeWorkdir = workdir !== '' && !OS_DIRS.includes(workdir);
  return {
    workdir,
    wants(path) {
      if (packages.test(path) || path.endsWith('.pyc')) return false;
      return (takeWorkdir && path.startsWith(`${workdir}/`)) || included(path);
    },
  };
}
