import { isRecord } from '../shared/issues.js';
import { parseBlockYaml } from './block-yaml.js';

export interface PnpmDocument {
  data: Record<string, unknown>;
  /** Line of each key of the `packages` mapping. */
  packageLines: Map<string, number>;
}

export type PnpmParse = { ok: true; doc: PnpmDocument | undefined; invalid?: string } | { ok: false; message: string };

/**
 * Parses pnpm-lock.yaml. pnpm 10+ may put an env lockfile (pnpm's own and config dependencies) in
 * a first YAML document; the project's lock is the last document. An empty file gives no document.
 */
export function parsePnpmLock(text: string): PnpmParse {
  const parsed = parseBlockYaml(text);
  const doc = parsed.documents[parsed.documents.length - 1];
  const where = `first at line ${parsed.firstInvalidLine}`;
  const keys = doc ? Object.keys(doc.data) : [];
  if (parsed.invalidLines > 0 && keys.length === 0) return { ok: false, message: `not a pnpm-lock.yaml: no line is a YAML mapping entry (${where})` };
  if (doc && !('lockfileVersion' in doc.data) && !isRecord(doc.data.packages) && !isRecord(doc.data.importers)) {
    return keys.length === 0 ? { ok: true, doc: undefined } : { ok: false, message: 'not a pnpm-lock.yaml: no lockfileVersion, importers or packages' };
  }
  const invalid = parsed.invalidLines > 0 ? `${parsed.invalidLines} lines are not pnpm-lock.yaml syntax (${where}); those lines were skipped` : undefined;
  return { ok: true, doc, ...(invalid !== undefined && { invalid }) };
}
