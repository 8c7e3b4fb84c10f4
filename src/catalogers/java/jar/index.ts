import { errorMessage } from '../../../core/errors.js';
import type { Package, ScanIssue } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import { bufferReader, readCentralDirectory, readEntryData } from '../../../vulndb/zip-central.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';

const ARCHIVE = /\.(jar|war|ear)$/i;
/** Maven writes one per artifact it packed; a shaded ("fat") jar holds one per bundled artifact. */
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MAX_ENTRIES = 200_000;
const MAX_PROPERTIES_BYTES = 64 * 1024;

/** `key=value` (or `key: value`) lines of a Java properties file; comments and blank lines skipped. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

function extract(file: SourceFile): CatalogOutput {
  const bytes = file.bytes;
  if (!bytes) return { packages: [] };
  const read = bufferReader(bytes);
  let directory;
  try {
    directory = readCentralDirectory(read, bytes.length, MAX_ENTRIES);
  } catch (err) {
    return { packages: [], issues: [{ code: 'parse-error', message: `not a readable Java archive (${errorMessage(err)}); skipped`, path: file.path }] };
  }
  const packages: Package[] = [];
  const issues: Omit<ScanIssue, 'scanner'>[] = [];
  for (const entry of directory.entries) {
    if (!POM_PROPERTIES.test(entry.name)) continue;
    const where = `${file.path}!/${entry.name}`;
    if (entry.uncompressedSize > MAX_PROPERTIES_BYTES) {
      issues.push({ code: 'too-large', message: `${entry.name} is ${entry.uncompressedSize} bytes; skipped`, path: file.path });
      continue;
    }
    let props: Map<string, string>;
    try {
      props = parseProperties(readEntryData(read, entry, directory.offset).toString('utf8'));
    } catch (err) {
      issues.push({ code: 'parse-error', message: `${entry.name} could not be read (${errorMessage(err)}); skipped`, path: file.path });
      continue;
    }
    const [groupId, artifactId, version] = [props.get('groupId'), props.get('artifactId'), props.get('version')];
    if (!groupId || !artifactId || !version) {
      issues.push({ code: 'parse-error', message: `${entry.name} lacks groupId, artifactId or version; skipped`, path: file.path });
      continue;
    }
    packages.push(makePackage({ ecosystem: 'Maven', name: `${groupId}:${artifactId}`, version, path: where }));
  }
  return { packages, issues };
}

/** Java archives (jar, war, ear) as images ship them: the Maven artifacts their pom.properties name. */
export const jarCataloger = {
  meta: { id: 'java/jar', version: '1.0.0', summary: 'Java archives (.jar/.war/.ear): the Maven artifacts named by META-INF/maven/**/pom.properties' },
  ecosystem: 'Maven',
  binary: true,
  matches: (path: string) => ARCHIVE.test(path),
  extract,
} satisfies Cataloger;
