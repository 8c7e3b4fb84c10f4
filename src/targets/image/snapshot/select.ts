import picomatch from 'picomatch';

/** The OS's own trees: never application code unless WORKDIR is inside one (node images use /usr/src/app). */
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
 * globs (relative to the image root), minus installed packages anywhere and OS trees outside WORKDIR.
 */
export function snapshotSelection(workingDir: string | undefined, include: readonly string[] = []): SnapshotSelection {
  const workdir = (workingDir ?? '').replace(/^\/+|\/+$/g, '');
  const included = include.length > 0 ? picomatch(include.map((g) => g.replace(/^\/+/, '')), { dot: true }) : () => false;
  const packages = new RegExp(`(^|/)(${PACKAGE_DIRS.map((d) => d.replace('.', '\\.')).join('|')})/`);
  return {
    workdir,
    wants(path) {
      if (packages.test(path) || path.endsWith('.pyc')) return false;
      const inWorkdir = workdir !== '' && path.startsWith(`${workdir}/`);
      if (inWorkdir) return true;
      if (OS_DIRS.includes(path.split('/', 1)[0]!)) return false;
      return included(path);
    },
  };
}
