/** go.sum: `<module> <version>[/go.mod] <hash>` lines. */

export interface GoSumEntry {
  path: string;
  version: string;
  line: number;
}

export interface GoSumFile {
  /** Modules whose source was downloaded (lines without `/go.mod`), last listed version per module. */
  modules: Map<string, GoSumEntry>;
  malformed: number;
  firstMalformedLine?: number;
}

export function parseGoSum(text: string): GoSumFile {
  const out: GoSumFile = { modules: new Map(), malformed: 0 };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const fields = lines[n]!.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== 3 || !fields[1]!.startsWith('v') || !/^\w+:/.test(fields[2]!)) {
      out.malformed++;
      out.firstMalformedLine ??= n + 1;
      continue;
    }
    const [path, version] = fields as [string, string, string];
    if (version.endsWith('/go.mod')) continue;
    out.modules.set(path, { path, version, line: n + 1 });
  }
  return out;
}
