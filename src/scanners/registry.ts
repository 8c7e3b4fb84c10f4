import { dastScanner } from './dast/index.js';
import { dockerfileScanner } from './dockerfile/index.js';
import { sastScanner } from './sast/index.js';
import { scaScanner } from './sca/index.js';
import { secretsScanner } from './secrets/index.js';
import type { Scanner } from './types.js';
import { UsageError } from '../core/errors.js';

/** Every scanner, explicitly, in alphabetical order. */
export const scanners: readonly Scanner[] = [dastScanner, dockerfileScanner, sastScanner, scaScanner, secretsScanner];

/** Picks scanners by id, in registry order; an unknown id is a usage error that lists the known ones. */
export function selectScanners(ids: readonly string[] | undefined, from: readonly Scanner[] = scanners): Scanner[] {
  if (!ids || ids.length === 0) return [...from];
  const known = new Set(from.map((s) => s.meta.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown scanner ${unknown.map((u) => `'${u}'`).join(', ')}; available: ${[...known].join(', ')}`);
  }
  return from.filter((s) => ids.includes(s.meta.id));
}
