import { parseYamlData } from '../core/yaml-data.js';
import type { ImportIssues } from './import-issues.js';
import type { RecordFile } from './source-files.js';

/**
 * The documents of one record file: an OSV record, a JSON array of them, an osv.dev API answer
 * (`{ "vulns": [...] }`), or an Alpine secdb document. A file that does not parse is an issue.
 */
export function recordDocuments(file: RecordFile, issues: ImportIssues): unknown[] {
  let text = file.bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    // failsafe: every scalar stays a string, so a version such as 1.10 is never read as the number 1.1.
    value = file.kind === 'json' ? JSON.parse(text) : parseYamlData(text, { schema: 'failsafe' });
  } catch (err) {
    issues.add('malformed-record', file.where, `not valid ${file.kind === 'json' ? 'JSON' : 'YAML'}: ${firstLine((err as Error).message)}`);
    return [];
  }
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { vulns?: unknown }).vulns) && !('id' in value)) {
    return (value as { vulns: unknown[] }).vulns;
  }
  return [value];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 200);
}
