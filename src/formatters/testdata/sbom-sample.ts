import { readFileSync } from 'node:fs';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { fromPackageRoot } from '../../core/paths.js';
import type { ScanResult } from '../../core/model.js';
import { ScanResultSchema } from '../../core/model.js';
import { stringifySafe } from '../shared/stringify.js';
import { testdataPath } from './golden.js';

/**
 * Test support for the SBOM formatters: a scan of examples/flask-app with packages of three ecosystems
 * (PyPI, scoped npm, Maven) and vulnerability findings, and the redactor for their goldens.
 */
export function loadSbomSample(): ScanResult {
  return ScanResultSchema.parse(JSON.parse(readFileSync(testdataPath('sbom.result.json'), 'utf8')));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface SbomLike {
  serialNumber?: string;
  metadata?: { timestamp?: string; tools?: { components?: { version?: string }[] } };
  documentNamespace?: string;
  creationInfo?: { created?: string; creators?: string[] };
}

/** Blanks the timestamp, the document UUID and the tool version of a CycloneDX or SPDX document. */
export function redactSbom(text: string): string {
  const doc = JSON.parse(text) as SbomLike;
  if (doc.serialNumber) doc.serialNumber = 'urn:uuid:<uuid>';
  if (doc.metadata?.timestamp) doc.metadata.timestamp = '<timestamp>';
  for (const tool of doc.metadata?.tools?.components ?? []) if (tool.version) tool.version = '<version>';
  if (doc.documentNamespace) doc.documentNamespace = doc.documentNamespace.replace(UUID, '<uuid>');
  if (doc.creationInfo) {
    doc.creationInfo.created = '<timestamp>';
    doc.creationInfo.creators = (doc.creationInfo.creators ?? []).map((c) => c.replace(/^(Tool: [\w.-]+?)-\d[\w.+-]*$/, '$1-<version>'));
  }
  return stringifySafe(doc);
}

/** The official SPDX 2.3 JSON schema, vendored (see schema/vendor/README.md). */
export const SPDX_SCHEMA_FILE = fromPackageRoot('schema', 'vendor', 'spdx-2.3.schema.json');

let spdxValidator: ValidateFunction | undefined;

function compileSpdxSchema(): ValidateFunction {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SPDX_SCHEMA_FILE, 'utf8')) as object);
}

/** Ajv (JSON Schema 2019-09, as the SPDX schema declares) errors, empty when the document is valid. */
export function validateSpdxSchema(data: unknown): string[] {
  spdxValidator ??= compileSpdxSchema();
  const validate = spdxValidator;
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
