import { z } from 'zod';
import { SCHEMA_VERSION } from '../../core/model.js';
import { JsonReportSchema } from '../shared/summary.js';

export const SCHEMA_ID = 'https://github.com/patchline/patchline/blob/main/schema/scan-result.schema.json';
export const SCHEMA_PATH = ['schema', 'scan-result.schema.json'] as const;

const DESCRIPTIONS: Record<string, string> = {
  schemaVersion: 'Version of this format (semver). Additive changes bump the minor version, removals and renames the major.',
  tool: 'The program that produced the report.',
  target: 'What was scanned.',
  startedAt: 'When the scan started, ISO 8601 UTC.',
  durationMs: 'Wall-clock duration of the scan in milliseconds.',
  scanners: 'Ids of the scanners that ran.',
  packages: 'Packages found in the target (the inventory, whether or not they are vulnerable).',
  findings: 'Everything found, including findings under an exception (see `suppression`).',
  issues: 'Non-fatal problems met while scanning (files skipped, parse errors).',
  summary: 'Counts derived from `findings` and `issues`; findings under an active exception are counted apart.',
};

/**
 * The JSON Schema of the json format, generated from the zod model. The published schema is open
 * (unknown properties allowed) so a reader pinned to 1.x accepts any 1.y report; `strict` closes every
 * object, which tests use to prove the formatter emits nothing undocumented.
 */
export function buildReportSchema(options: { strict?: boolean } = {}): Record<string, unknown> {
  const generated = z.toJSONSchema(JsonReportSchema, { io: options.strict ? 'output' : 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, properties, ...rest } = generated;
  const described = Object.fromEntries(
    Object.entries(properties as Record<string, Record<string, unknown>>).map(([key, value]) => [
      key,
      DESCRIPTIONS[key] ? { description: DESCRIPTIONS[key], ...value } : value,
    ]),
  );
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'patchline scan result',
    description: `The output of \`patchline scan --format json\`, schemaVersion ${SCHEMA_VERSION}. See docs/json-format.md.`,
    ...rest,
    properties: described,
  };
}

export function renderReportSchema(): string {
  return `${JSON.stringify(buildReportSchema(), null, 2)}\n`;
}
