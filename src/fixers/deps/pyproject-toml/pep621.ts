import { parseRequirement } from '../../../catalogers/python/shared/pep508.js';

/** A PEP 508 requirement string in a dependency list, with the span of its version specifier. */
export interface Pep508String {
  name: string;
  spec: string;
  specStart: number;
  specEnd: number;
}

const HEADER = /^\s*\[([^\][]+)\]/;
/** Tables whose arrays list PEP 508 strings. */
const LIST_TABLES = new Set(['project', 'project.optional-dependencies', 'dependency-groups', 'tool.pdm.dev-dependencies', 'tool.uv']);
const LIST_KEYS = /^(?:dependencies|dev-dependencies|[A-Za-z0-9_-]+)$/;

/** The requirement strings of `[project] dependencies`, optional dependencies and dependency groups. */
export function pep508Strings(text: string): Pep508String[] {
  const out: Pep508String[] = [];
  let table = '';
  let inList = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header && !inList) table = header[1]!.trim();
    else if (LIST_TABLES.has(table)) {
      const key = /^\s*([A-Za-z0-9_-]+)\s*=\s*\[/.exec(line);
      const listed = (table === 'project' ? key?.[1] === 'dependencies' : table === 'tool.uv' ? key?.[1] === 'dev-dependencies' : key !== null && LIST_KEYS.test(key[1]!));
      if (key && listed) inList = true;
      if (inList) collect(line, offset, out);
      if (inList && /\]\s*(#.*)?$/.test(line.replace(/(["'])(?:(?!\1).)*\1/g, '""'))) inList = false;
    }
    offset += line.length + 1;
  }
  return out;
}

function collect(line: string, offset: number, out: Pep508String[]): void {
  for (const m of line.matchAll(/(["'])((?:(?!\1).)+)\1/g)) {
    const parsed = parseRequirement(m[2]!);
    if (!parsed.ok || parsed.requirement.url) continue;
    const content = m[2]!;
    const contentStart = offset + m.index! + 1;
    const nameEnd = content.indexOf(parsed.requirement.name) + parsed.requirement.name.length;
    const afterName = content.slice(nameEnd).replace(/^\s*\[[^\]]*\]/, (x) => ' '.repeat(x.length));
    const specFrom = nameEnd + (afterName.length - afterName.trimStart().length);
    const semi = content.indexOf(';', specFrom);
    const specTo = (semi < 0 ? content.length : semi) - (/\s*$/.exec(content.slice(specFrom, semi < 0 ? content.length : semi))![0].length);
    out.push({ name: parsed.requirement.name, spec: content.slice(specFrom, specTo), specStart: contentStart + specFrom, specEnd: contentStart + specTo });
  }
}
