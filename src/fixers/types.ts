import type { PatchlineConfig } from '../core/config.js';
import type { ChangeSet, Finding } from '../core/model.js';
import type { PluginMeta } from '../scanners/types.js';

/**
 * A fixer is a detector plus a transformer (codemodder's shape): it says which findings it can handle
 * and turns one fix unit into whole-file edits, or says why it cannot.
 */

/** Findings fixed together: every advisory of one package, one rule at one location, one finding seen by several scanners. */
export interface FixUnit {
  /** Stable for the same findings (a hash of their fingerprints). */
  id: string;
  findings: Finding[];
}

export interface FixContext {
  /** The working tree the fix is planned against (a scratch worktree during verification). */
  root: string;
  config: PatchlineConfig;
  /** Reads a file under root; undefined when missing, outside root, a link, binary or too large. */
  readFile(path: string): Promise<string | undefined>;
  /** May an upgrade cross a major version (config `fix.allowMajor`). */
  allowMajor: boolean;
}

export type FixAttempt =
  | { kind: 'change'; changeSet: ChangeSet }
  | { kind: 'skip'; reason: string };

export interface Fixer {
  meta: PluginMeta;
  strategy: 'deterministic' | 'llm';
  /** Can this fixer try this finding at all? (cheap; no I/O) */
  handles(finding: Finding): boolean;
  plan(unit: FixUnit, ctx: FixContext): Promise<FixAttempt>;
}
