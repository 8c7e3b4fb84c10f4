import type { RuleMeta } from '../../../core/model.js';
import { draftFinding } from '../../draft-finding.js';
import type { DraftFinding } from '../../types.js';
import { literalSecret, redactLine } from './secrets.js';
import { lineOf, lineText } from './yaml-tree.js';
import type { Node, Tree } from './yaml-tree.js';

/** Collects the findings of one file; every finding points at a node of the parsed tree. */
export interface Reporter {
  path: string;
  tree: Tree;
  findings: DraftFinding[];
}

export interface ReportOptions {
  message?: string;
  evidence?: string;
  snippet?: string;
}

/** A finding at `node`'s line; `keyPath` (e.g. `services.web.privileged`) identifies it across line moves. */
export function report(r: Reporter, rule: RuleMeta, node: Node, keyPath: string, opts: ReportOptions = {}): void {
  const line = lineOf(r.tree, node);
  r.findings.push(
    draftFinding(rule, {
      path: r.path,
      startLine: line,
      snippet: opts.snippet ?? lineText(r.tree, line),
      fingerprintContent: keyPath,
      ...(opts.message !== undefined && { message: opts.message }),
      ...(opts.evidence !== undefined && { evidence: opts.evidence }),
    }),
  );
}

/**
 * Reports an environment variable whose value is a hard-coded secret. `valueNode` holds the value's source;
 * `prefix` is what precedes the value inside that node (`NAME=` in compose's list form).
 */
export function reportSecret(
  r: Reporter,
  rule: RuleMeta,
  name: string,
  value: string | undefined,
  valueNode: Node,
  keyPath: string,
  prefix = '',
): void {
  const found = literalSecret(value);
  if (!found) return;
  const line = lineOf(r.tree, valueNode);
  const raw = r.tree.lines[line - 1] ?? '';
  const lineStart = r.tree.lineCounter.lineStarts[line - 1] ?? 0;
  const [start, end] = valueNode.range ?? [lineStart, lineStart + raw.length];
  const from = start - lineStart;
  const to = end - lineStart;
  // Keep the quotes of a quoted scalar so the snippet still reads as the source did.
  const quote = /^(["'])[\s\S]*\1$/.exec(raw.slice(from, to))?.[1] ?? '';
  const snippet = redactLine(raw, from, to, `${quote}${prefix}${found.display}${quote}`, found.secret);
  report(r, rule, valueNode, keyPath, {
    snippet,
    evidence: `${name}=${found.display}`,
    message: `${rule.description} Variable: ${name}.`,
  });
}
