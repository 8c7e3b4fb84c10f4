import type { ChangeSet, Edit } from '../core/model.js';
import type { FixAttempt, Fixer, FixUnit } from './types.js';

export interface ChangeDraft {
  /** One line, imperative: the commit subject. */
  title: string;
  edits: Edit[];
  rationale: string;
  notes?: string[];
}

/** A fixer's answer for a change; unchanged files are dropped and no change at all becomes a skip. */
export function change(fixer: Fixer, unit: FixUnit, draft: ChangeDraft): FixAttempt {
  const edits = draft.edits.filter((e) => e.before !== e.after);
  if (edits.length === 0) return skip('the fix would not change the file (already fixed, or the code is not in the expected shape)');
  const changeSet: ChangeSet = {
    id: unit.id,
    title: draft.title,
    fixer: fixer.meta.id,
    strategy: fixer.strategy,
    findings: unit.findings.map((f) => f.fingerprint),
    edits,
    rationale: draft.rationale,
    ...(draft.notes && draft.notes.length > 0 && { notes: draft.notes }),
  };
  return { kind: 'change', changeSet };
}

export function skip(reason: string): FixAttempt {
  return { kind: 'skip', reason };
}
