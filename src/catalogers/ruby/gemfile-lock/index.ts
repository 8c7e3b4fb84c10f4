import { posix } from 'node:path';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';

const ECOSYSTEM = 'RubyGems';
/** Sections whose `specs:` list installed gems: rubygems.org and other servers, git checkouts, local paths. */
const SOURCES = new Set(['GEM', 'GIT', 'PATH']);
const SECTION = /^[A-Z][A-Z0-9 ]*$/;
/** `    name (version[-platform])`: Bundler writes the platform after the first `-`. */
const SPEC = /^ {4}([^\s(]+) \(([^)\s-]+)(?:-([^)\s]+))?\)$/;
const DEPENDENCY = /^ {2}([^\s(!]+)!?(?: \(.*\))?!?$/;

export interface GemSpec {
  name: string;
  version: string;
  platform?: string;
  line: number;
}

export interface GemfileLock {
  specs: GemSpec[];
  /** Gems the Gemfile names; undefined when there is no DEPENDENCIES section. */
  dependencies?: Set<string>;
  /** Lines that are not what their place in the file wants. */
  badLines: number[];
}

export function parseGemfileLock(text: string): GemfileLock {
  const out: GemfileLock = { specs: [], badLines: [] };
  let section: string | undefined;
  let inSpecs = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent === 0) {
      if (SECTION.test(raw)) {
        section = raw;
        inSpecs = false;
        if (section === 'DEPENDENCIES') out.dependencies ??= new Set();
      } else {
        out.badLines.push(i + 1);
      }
      continue;
    }
    if (section !== undefined && SOURCES.has(section)) {
      if (indent === 2) inSpecs = raw.trim() === 'specs:';
      else if (indent === 4 && inSpecs) spec(out, raw, i + 1);
      else if (indent !== 6 || !inSpecs) out.badLines.push(i + 1);
    } else if (section === 'DEPENDENCIES') {
      const m = DEPENDENCY.exec(raw);
      if (m) out.dependencies!.add(m[1]!);
      else out.badLines.push(i + 1);
    } else if (section === undefined) {
      out.badLines.push(i + 1);
    }
  }
  return out;
}

function spec(out: GemfileLock, raw: string, line: number): void {
  const m = SPEC.exec(raw);
  if (!m) {
    out.badLines.push(line);
    return;
  }
  out.specs.push({ name: m[1]!, version: m[2]!, ...(m[3] !== undefined && { platform: m[3] }), line });
}

export const gemfileLockCataloger = {
  meta: { id: 'ruby/gemfile-lock', version: '1.0.0', summary: 'Ruby gems from Gemfile.lock GEM, GIT and PATH specs; DEPENDENCIES marks direct gems' },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => ['Gemfile.lock', 'gems.locked'].includes(posix.basename(path)),
  extract(file: SourceFile): CatalogOutput {
    const lock = parseGemfileLock(file.text);
    const packages: Package[] = lock.specs.map((s) =>
      makePackage({
        ecosystem: ECOSYSTEM,
        name: s.name,
        version: s.version,
        path: file.path,
        line: s.line,
        direct: lock.dependencies?.has(s.name),
      }),
    );
    const issues: Omit<ScanIssue, 'scanner'>[] = [];
    if (lock.badLines.length > 0) {
      const name = posix.basename(file.path);
      const n = lock.badLines.length;
      issues.push({
        code: 'parse-error',
        message: `${name}: ${n} line(s) are not what their section expects (first at line ${lock.badLines[0]}); skipped`,
        path: file.path,
      });
    }
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
