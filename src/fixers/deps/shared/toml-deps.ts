/** A `name = "spec"` or `name = { version = "spec", … }` entry of a TOML dependency table. */
export interface TomlDependency {
  table: string;
  name: string;
  /** Where the version string's content starts and ends in the text. */
  start: number;
  end: number;
  spec: string;
}

const HEADER = /^\s*\[([^\][]+)\]\s*(?:#.*)?$/;
const ENTRY = /^(\s*)(["']?)([A-Za-z0-9][A-Za-z0-9._-]*)\2\s*=\s*/;

/** Every dependency entry of the tables `wanted` accepts, with the span of its version string. */
export function tomlDependencies(text: string, wanted: (table: string) => boolean): TomlDependency[] {
  const out: TomlDependency[] = [];
  let table = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header) table = header[1]!.trim().replace(/\s*\.\s*/g, '.').replace(/"/g, '');
    else if (wanted(table)) {
      const entry = ENTRY.exec(line);
      const value = entry ? versionString(line, entry[0].length) : undefined;
      if (entry && value) out.push({ table, name: entry[3]!, start: offset + value.start, end: offset + value.end, spec: line.slice(value.start, value.end) });
    }
    offset += line.length + 1;
  }
  return out;
}

/** The span of `"spec"` or of `version = "spec"` inside an inline table, from `at`. */
function versionString(line: string, at: number): { start: number; end: number } | undefined {
  const rest = line.slice(at);
  const direct = /^(["'])([^"'\n]*)\1/.exec(rest);
  if (direct) return { start: at + 1, end: at + 1 + direct[2]!.length };
  const inline = /^\{.*?\bversion\s*=\s*(["'])([^"'\n]*)\1/.exec(rest);
  if (!inline) return undefined;
  const end = at + inline[0].length - 1;
  return { start: end - inline[2]!.length, end };
}
