import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromPackageRoot } from '../../core/paths.js';

/** Ajv (JSON Schema 2020-12, with formats) for tests: returns the error list, empty when valid. */
export function validateAgainst(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The SARIF 2.1.0 schema that @microsoft/sarif-multitool ships. */
export const SARIF_SCHEMA_FILE = fromPackageRoot('node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');

export function readJson(path: string): object {
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}
