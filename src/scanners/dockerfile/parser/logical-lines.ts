import { HEREDOC_KEYWORDS, heredocMarkers, stripLeadingTabs } from './heredoc.js';
import type { EscapeChar, Heredoc, ParseIssue } from './types.js';

/** One instruction's text before it is parsed: continuations joined and heredoc bodies collected. */
export interface LogicalLine {
  text: string;
  startLine: number;
  endLine: number;
  heredocs: Heredoc[];
}

const COMMENT = /^\s*#/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads logical lines the way BuildKit does: an escape character at the end of a line (trailing blanks
 * allowed) continues it; comment lines and empty lines inside a continuation are skipped; RUN, COPY and ADD
 * lines with `<<NAME` markers take the following lines as heredoc bodies up to each terminator.
 */
export function readLogicalLines(lines: readonly string[], start: number, escape: EscapeChar, issues: ParseIssue[]): LogicalLine[] {
  const continuation = new RegExp(`${escapeRegExp(escape)}[ \\t]*$`);
  const trimContinuation = (line: string): [string, boolean] => {
    const m = continuation.exec(line);
    return m ? [line.slice(0, m.index), true] : [line, false];
  };
  const out: LogicalLine[] = [];
  const lastSeen = lastOccurrences(lines);
  let i = start;
  while (i < lines.length) {
    const first = lines[i]!;
    i++;
    if (COMMENT.test(first) || first.trim() === '') continue;
    const startLine = i;
    let [text, continued] = trimContinuation(first.trimStart());
    while (continued && i < lines.length) {
      const next = lines[i]!;
      i++;
      if (COMMENT.test(next) || next.trim() === '') continue;
      const [part, more] = trimContinuation(next);
      text += part;
      continued = more;
    }
    const logical: LogicalLine = { text, startLine, endLine: i, heredocs: [] };
    const keyword = /^\S+/.exec(text)?.[0]?.toUpperCase() ?? '';
    if (HEREDOC_KEYWORDS.has(keyword) && !isJsonForm(text)) {
      i = readHeredocs(lines, i, logical, { escape, issues, lastSeen });
    }
    out.push(logical);
  }
  return out;
}

function isJsonForm(text: string): boolean {
  return /^\S+\s+(?:--\S+\s+)*\[/.test(text);
}

/**
 * Where each line text (and its tab-stripped form) last occurs. Lets an unterminated heredoc be seen without
 * reading to the end of the file for each one, which a hostile file could repeat for every line.
 */
function lastOccurrences(lines: readonly string[]): Map<string, number> {
  const last = new Map<string, number>();
  lines.forEach((line, index) => {
    last.set(line, index);
    const stripped = stripLeadingTabs(line);
    if (stripped !== line) last.set(`\t${stripped}`, index);
  });
  return last;
}

interface HeredocContext {
  escape: EscapeChar;
  issues: ParseIssue[];
  lastSeen: Map<string, number>;
}

/** Returns the index of the next unread line. An unterminated heredoc is an issue; reading resumes after its marker line. */
function readHeredocs(lines: readonly string[], from: number, logical: LogicalLine, ctx: HeredocContext): number {
  let i = from;
  for (const marker of heredocMarkers(logical.text, ctx.escape)) {
    const bodyStart = i;
    let content = '';
    let terminated = false;
    const lastTerminator = Math.max(ctx.lastSeen.get(marker.name) ?? -1, marker.chomp ? (ctx.lastSeen.get(`\t${marker.name}`) ?? -1) : -1);
    while (i < lines.length && i <= lastTerminator) {
      const line = lines[i]!;
      i++;
      const candidate = marker.chomp ? stripLeadingTabs(line) : line;
      if (candidate === marker.name) {
        terminated = true;
        break;
      }
      content += `${candidate}\n`;
    }
    if (!terminated) {
      ctx.issues.push({
        line: logical.startLine,
        message: `unterminated heredoc '${marker.name}': no line '${marker.name}' closes it; the lines after it are read as instructions`,
      });
      logical.heredocs = [];
      logical.endLine = from;
      return from;
    }
    logical.heredocs.push({
      name: marker.name,
      content,
      chomp: marker.chomp,
      quoted: marker.quoted,
      ...(marker.fd !== undefined && { fd: marker.fd }),
      startLine: bodyStart + 1,
      endLine: i,
    });
    logical.endLine = i;
  }
  return i;
}
