import picomatch from 'picomatch';

/** What the scan may request: the target's scheme, host and port, narrowed by path globs. */
export interface Scope {
  readonly origin: string;
  contains(url: string): boolean;
  /** Why a URL is outside (for error messages), or undefined when it is inside. */
  reason(url: string): string | undefined;
}

export interface ScopeOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

export function createScope(target: string, options: ScopeOptions = {}): Scope {
  const base = new URL(target);
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  const reason = (url: string): string | undefined => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return 'not a URL';
    }
    // URL normalizes default ports away, so http://h and http://h:80 compare equal.
    if (u.protocol !== base.protocol) return `scheme ${u.protocol} is not the target's ${base.protocol}`;
    if (u.hostname !== base.hostname || u.port !== base.port) return `${u.host} is not the target host ${base.host}`;
    if (u.username || u.password) return 'URLs with credentials are not requested';
    const path = decodePath(u.pathname);
    if (include && !include(path)) return `${path} matches no dast.scope.include pattern`;
    if (exclude?.(path)) return `${path} matches a dast.scope.exclude pattern`;
    return undefined;
  };
  return { origin: base.origin, reason, contains: (url) => reason(url) === undefined };
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
