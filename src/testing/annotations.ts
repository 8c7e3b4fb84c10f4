/**
 * Semgrep-style annotated rule tests. A comment `ruleid: <id>[, <id>]` says the next code line must be
 * reported by that rule; `ok: <id>` says it must not. Comment markers: `#`, `//`, `<!--`, `--`.
 * Any finding of an annotated rule on a line without a `ruleid:` annotation is unexpected.
 */

const ANNOTATION = /(?:#|\/\/|<!--|--)\s*(ruleid|ok|todoruleid|todook):\s*([A-Za-z0-9_.\-/]+(?:\s*,\s*[A-Za-z0-9_.\-/]+)*)/;

export interface Annotations {
  /** rule id → lines that must be reported */
  expected: Map<string, Set<number>>;
  /** rule id → lines that must not be reported */
  ok: Map<string, Set<number>>;
}

export function parseAnnotations(text: string): Annotations {
  const lines = text.split(/\r?\n/);
  const expected = new Map<string, Set<number>>();
  const ok = new Map<string, Set<number>>();
  const pending: { kind: string; ids: string[] }[] = [];
  lines.forEach((line, index) => {
    const m = ANNOTATION.exec(line);
    const onlyAnnotation = m !== null && line.trim().indexOf(m[0]) === 0;
    if (m && onlyAnnotation) {
      pending.push({ kind: m[1]!, ids: m[2]!.split(',').map((s) => s.trim()) });
      return;
    }
    if (pending.length === 0 || line.trim() === '') return;
    for (const p of pending.splice(0)) {
      if (p.kind.startsWith('todo')) continue;
      const target = p.kind === 'ruleid' ? expected : ok;
      for (const id of p.ids) {
        if (!target.has(id)) target.set(id, new Set());
        target.get(id)!.add(index + 1);
      }
    }
  });
  return { expected, ok };
}

export interface ReportedLine {
  ruleId: string;
  line: number;
}

/** Returns human-readable mismatches; an empty list means the file's annotations hold. */
export function checkAnnotations(text: string, reported: readonly ReportedLine[]): string[] {
  const { expected, ok } = parseAnnotations(text);
  const problems: string[] = [];
  const annotatedRules = new Set([...expected.keys(), ...ok.keys()]);
  const got = new Map<string, Set<number>>();
  for (const r of reported) {
    if (!annotatedRules.has(r.ruleId)) continue;
    if (!got.has(r.ruleId)) got.set(r.ruleId, new Set());
    got.get(r.ruleId)!.add(r.line);
  }
  for (const [id, lines] of expected) {
    for (const line of lines) {
      if (!got.get(id)?.has(line)) problems.push(`missed: ${id} should fire on line ${line}`);
    }
  }
  for (const [id, lines] of got) {
    for (const line of lines) {
      if (ok.get(id)?.has(line)) problems.push(`false positive: ${id} fired on line ${line} marked ok`);
      else if (!expected.get(id)?.has(line)) problems.push(`unexpected: ${id} fired on unannotated line ${line}`);
    }
  }
  return problems.sort();
}

/** Rule ids that have at least one `ruleid:` and one `ok:` annotation in the text. */
export function coveredRules(text: string): { positive: Set<string>; negative: Set<string> } {
  const { expected, ok } = parseAnnotations(text);
  return { positive: new Set(expected.keys()), negative: new Set(ok.keys()) };
}
