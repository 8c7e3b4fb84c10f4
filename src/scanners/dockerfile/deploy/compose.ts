import type { ScanIssue } from '../../../core/model.js';
import type { FileScanOutput, SourceFile } from '../../types.js';
import { checkServiceMounts } from './compose-mounts.js';
import { checkServiceSettings, serviceOf } from './compose-service.js';
import type { Reporter } from './report.js';
import { entries, entry, isMap, parseTree } from './yaml-tree.js';

interface Issue extends Omit<ScanIssue, 'scanner'> {}

/**
 * Checks every service of a docker-compose file. A YAML error becomes a `parse-error` issue and the
 * services the parser could still recover are checked all the same.
 */
export function scanCompose(file: SourceFile): FileScanOutput {
  const { tree, error } = parseTree(file.text);
  const issues: Issue[] = [];
  if (error) {
    const more = error.count > 1 ? ` (and ${error.count - 1} more)` : '';
    issues.push({
      code: 'parse-error',
      message: `invalid YAML at line ${error.line}: ${error.message}${more}; checked what could be parsed`,
      path: file.path,
    });
  }
  const r: Reporter = { path: file.path, tree, findings: [] };
  const root = tree.doc.contents;
  if (root === null || root === undefined) return withIssues(r, issues);
  if (!isMap(root)) {
    if (!error) issues.push(structure(file.path, 'the document is not a mapping of top-level keys; nothing was checked'));
    return withIssues(r, issues);
  }
  const services = entry(tree, root, 'services');
  if (!services || services.value === null) return withIssues(r, issues);
  if (!isMap(services.value)) {
    issues.push(structure(file.path, '`services` is not a mapping of service names to their settings; no service was checked'));
    return withIssues(r, issues);
  }
  for (const svc of entries(tree, services.value)) {
    if (svc.key.startsWith('x-')) continue;
    if (!isMap(svc.value)) {
      if (svc.value !== null) issues.push(structure(file.path, `service \`${svc.key}\` is not a mapping; skipped`));
      continue;
    }
    const service = serviceOf(r, svc.key, svc.keyNode, svc.value);
    checkServiceSettings(r, service);
    checkServiceMounts(r, service);
  }
  return withIssues(r, issues);
}

function structure(path: string, what: string): Issue {
  return { code: 'invalid-structure', message: `not a valid compose file: ${what}`, path };
}

function withIssues(r: Reporter, issues: Issue[]): FileScanOutput {
  return issues.length > 0 ? { findings: r.findings, issues } : { findings: r.findings };
}
