import type { Severity } from '../../core/model.js';

/** ANSI styling that collapses to identity functions when colour is off, so no escape code can leak. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  severity(severity: Severity, text: string): string;
}

const SEVERITY_CODES: Record<Severity, string> = {
  critical: '1;31',
  high: '31',
  medium: '33',
  low: '36',
  info: '90',
};

function sgr(code: string): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${code}m${text}\u001b[0m`);
}

const plain = (text: string): string => text;

export function createStyle(color: boolean): Style {
  if (!color) {
    return { bold: plain, dim: plain, ok: plain, bad: plain, warn: plain, severity: (_s, text) => text };
  }
  return {
    bold: sgr('1'),
    dim: sgr('2'),
    ok: sgr('32'),
    bad: sgr('1;31'),
    warn: sgr('33'),
    severity: (s, text) => sgr(SEVERITY_CODES[s])(text),
  };
}
