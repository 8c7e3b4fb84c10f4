import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FindingSchema, type Finding } from '../../core/model.js';

/** One before/after pair of a fixer: `testdata/<case>.before.<ext>` and `testdata/<case>.after.<ext>`. */
export interface FixerCase {
  name: string;
  /**
   * The file name the case is scanned and fixed under: `<case>.<ext>`; for a case that brings its
   * findings, `<ext>` itself (`poetry.before.pyproject.toml` is fixed as `pyproject.toml`).
   */
  fileName: string;
  before: string;
  after: string;
  /** From `<case>.findings.json` when the case brings its findings (advisories need a database). */
  findings?: Finding[];
}

const BEFORE = /^(.+?)\.before\.([^/]+)$/;

/** The cases in a fixer's folder; a before file without its after file is an error. */
export function fixerCases(fixerDir: string): FixerCase[] {
  const dir = path.join(fixerDir, 'testdata');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => BEFORE.test(f))
    .sort()
    .map((file) => {
      const [, name, ext] = BEFORE.exec(file)!;
      const afterFile = path.join(dir, `${name}.after.${ext}`);
      if (!existsSync(afterFile)) throw new Error(`${file} has no ${name}.after.${ext} beside it`);
      const findingsFile = path.join(dir, `${name}.findings.json`);
      const findings = existsSync(findingsFile) ? FindingSchema.array().parse(JSON.parse(readFileSync(findingsFile, 'utf8'))) : undefined;
      const fileName = findings ? ext! : `${name}.${ext}`;
      return {
        name: name!,
        fileName,
        before: readFileSync(path.join(dir, file), 'utf8'),
        after: readFileSync(afterFile, 'utf8'),
        ...(findings && { findings }),
      };
    });
}

/** A fixer's tests are its before/after cases. */
export function hasFixerCases(fixerDir: string): boolean {
  return fixerCases(fixerDir).length > 0;
}
