/** The distribution an image or root file system runs, as os-release(5) names it. */
export interface OsInfo {
  /** os-release ID: debian, ubuntu, alpine, almalinux, rocky, rhel, centos, amzn, wolfi, chainguard … */
  id: string;
  /** VERSION_ID as written ('' for rolling distributions). */
  version: string;
  prettyName: string;
  /** The OSV ecosystem its packages are matched in, with the release (`Debian:12`, `Alpine:v3.10`). */
  ecosystem: string;
  /** purl namespace of its packages (pkg:deb/debian/…, pkg:apk/alpine/…). */
  namespace: string;
}

/** Parses os-release(5): KEY=value lines, values optionally quoted, comments and junk skipped. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.slice(0, 64 * 1024).split(/\r?\n/)) {
    const m = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    out[m[1]!] = value.replace(/\\(["'$`\\])/g, '$1');
  }
  return out;
}

interface Family {
  /** OSV ecosystem base. */
  base: string;
  release(version: string): string;
}

const major = (v: string): string => /^\d+/.exec(v)?.[0] ?? v;
const majorMinor = (v: string): string => /^\d+(\.\d+)?/.exec(v)?.[0] ?? v;

const FAMILIES: Record<string, Family> = {
  debian: { base: 'Debian', release: major },
  ubuntu: { base: 'Ubuntu', release: majorMinor },
  alpine: { base: 'Alpine', release: (v) => `v${majorMinor(v)}` },
  almalinux: { base: 'AlmaLinux', release: major },
  rocky: { base: 'Rocky Linux', release: major },
  rhel: { base: 'Red Hat', release: major },
  centos: { base: 'CentOS', release: major },
  amzn: { base: 'Amazon Linux', release: major },
  ol: { base: 'Oracle Linux', release: major },
  fedora: { base: 'Fedora', release: major },
  mariner: { base: 'Azure Linux', release: majorMinor },
  azurelinux: { base: 'Azure Linux', release: majorMinor },
  'opensuse-leap': { base: 'openSUSE', release: majorMinor },
  sles: { base: 'SUSE', release: majorMinor },
  // Rolling distributions: their advisories name no release.
  wolfi: { base: 'Wolfi', release: () => '' },
  chainguard: { base: 'Chainguard', release: () => '' },
};

/**
 * The distribution from os-release text. Distroless images carry Debian's ID with their own
 * PRETTY_NAME, so they come out as the Debian release they are built from. Unknown IDs fall back to
 * the first known ID_LIKE; undefined when neither is known.
 */
export function detectOs(osRelease: string): OsInfo | undefined {
  const fields = parseOsRelease(osRelease);
  const id = (fields.ID ?? '').toLowerCase();
  const candidates = [id, ...(fields.ID_LIKE ?? '').toLowerCase().split(/\s+/)];
  const familyId = candidates.find((c) => c in FAMILIES);
  if (!familyId) return undefined;
  const family = FAMILIES[familyId]!;
  const version = fields.VERSION_ID ?? '';
  const release = familyId === id ? family.release(version) : '';
  return {
    id,
    version,
    prettyName: fields.PRETTY_NAME ?? id,
    ecosystem: release ? `${family.base}:${release}` : family.base,
    namespace: familyId === id ? id : familyId,
  };
}

/** Alpine before os-release existed, and Debian without it, still say who they are. */
export function detectOsFromMarkers(files: { alpineRelease?: string; debianVersion?: string }): OsInfo | undefined {
  if (files.alpineRelease) return detectOs(`ID=alpine\nVERSION_ID=${files.alpineRelease.trim().split('\n')[0]}`);
  const v = files.debianVersion?.trim();
  if (v && /^\d/.test(v)) return detectOs(`ID=debian\nVERSION_ID=${v}`);
  return undefined;
}
