import { LineCounter, parseAllDocuments, isMap, isScalar } from 'yaml';
import { describeYamlError, isRecord } from '../shared/issues.js';

export interface PnpmDocument {
  /** Every scalar is a string (the failsafe schema): `1.10` stays a version, never the number 1.1. */
  data: Record<string, unknown>;
  /** Line of each key of the `packages` mapping. */
  packageLines: Map<string, number>;
}

export type PnpmParse = { ok: true; doc: PnpmDocument | undefined } | { ok: false; message: string };

/**
 * Parses pnpm-lock.yaml. pnpm 10+ may put an env lockfile (pnpm's own and config dependencies) in
 * a first YAML document; the project's lock is the last document. An empty file gives no document.
 */
export function parsePnpmLock(text: string): PnpmParse {
  const lineCounter = new LineCounter();
  try {
    const docs = parseAllDocuments(text, { lineCounter, schema: 'failsafe', prettyErrors: false });
    if (!Array.isArray(docs)) return { ok: true, doc: undefined };
    const doc = docs[docs.length - 1];
    if (!doc) return { ok: true, doc: undefined };
    const error = doc.errors[0];
    if (error) return { ok: false, message: describeYamlError(error) };
    if (doc.contents === null) return { ok: true, doc: undefined };
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (!isRecord(data)) return { ok: false, message: 'not a pnpm-lock.yaml: the top level is not a mapping' };
    const packageLines = new Map<string, number>();
    const packages = doc.get('packages', true);
    if (isMap(packages)) {
      for (const item of packages.items) {
        if (isScalar(item.key) && item.key.range) packageLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line);
      }
    }
    return { ok: true, doc: { data, packageLines } };
  } catch (err) {
    return { ok: false, message: describeYamlError(err) };
  }
}
