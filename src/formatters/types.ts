import type { RuleMeta, ScanResult, Severity } from '../core/model.js';
import type { PluginMeta } from '../scanners/types.js';

export interface GateOutcome {
  failOn: Severity;
  failed: boolean;
  /** Unsuppressed findings at or above `failOn`. */
  count: number;
}

export interface RenderOptions {
  /** ANSI colours allowed (a TTY and no NO_COLOR). */
  color: boolean;
  gate?: GateOutcome;
  /** The rule catalogue, so formats like SARIF can describe each rule that fired in full. */
  rules?: readonly RuleMeta[];
}

export interface Formatter {
  meta: PluginMeta;
  /** The conventional file extension of this format, without a dot. */
  extension: string;
  /** An SBOM format: the scan must run the catalogers even when no dependency scanner is selected. */
  needsPackages?: boolean;
  render(result: ScanResult, options: RenderOptions): string;
}
