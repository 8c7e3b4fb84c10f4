import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { isRecord } from '../shared/issues.js';
import { lineIndex } from '../../../core/line-index.js';

export interface BunPackageEntry {
  key: string;
  value: unknown;
  line: number;
}

export interface BunDocument {
  workspaces: Record<string, unknown>;
  packages: BunPackageEntry[];
  /** Where the text stopped being JSONC, when it did; what came before is still read. */
  error?: string;
}

export type BunParse = { ok: true; doc: BunDocument } | { ok: false; message: string };

/** bun.lock is JSON with trailing commas (JSONC). One position-aware parse gives values and key lines. */
export function parseBunLock(text: string): BunParse {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (err) {
    return { ok: false, message: err instanceof RangeError ? 'not valid JSON (nested too deeply)' : 'not valid JSON' };
  }
  const lineAt = lineIndex(text);
  const first = errors[0];
  const error = first ? `not valid JSON (${printParseErrorCode(first.error)} at line ${lineAt(first.offset)})` : undefined;
  if (root?.type !== 'object') return { ok: false, message: error ?? 'not a bun.lock: the top level is not a JSON object' };
  const doc: BunDocument = { workspaces: {}, packages: [], ...(error !== undefined && { error }) };
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    if (keyNode.value === 'workspaces') {
      const value: unknown = getNodeValue(valueNode);
      if (isRecord(value)) doc.workspaces = value;
    } else if (keyNode.value === 'packages' && valueNode.type === 'object') {
      for (const entry of valueNode.children ?? []) {
        const [k, v] = entry.children ?? [];
        if (k && v && typeof k.value === 'string') doc.packages.push({ key: k.value, value: getNodeValue(v), line: lineAt(k.offset) });
      }
    }
  }
  return { ok: true, doc };
}
