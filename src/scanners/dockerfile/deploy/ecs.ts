import type { ScanIssue } from '../../../core/model.js';
import type { FileScanOutput, SourceFile } from '../../types.js';
import { isDangerousCapability, isRootUser, normalizeCapability } from './capabilities.js';
import { ECS_RULES as R } from './ecs-rules.js';
import { findJsonError, lineAt } from './json-syntax.js';
import { report, reportSecret } from './report.js';
import type { Reporter } from './report.js';
import { isSecretName } from './secrets.js';
import { entry, isMap, isScalar, isSeq, isTruthy, items, parseTree, scalarText } from './yaml-tree.js';
import type { Node, Tree } from './yaml-tree.js';

interface Issue extends Omit<ScanIssue, 'scanner'> {}

/** The task definition object: the file itself, or `taskDefinition` in `aws ecs describe-task-definition` output. */
function taskDefinitionOf(tree: Tree): Node | undefined {
  const root = tree.doc.contents;
  if (!isMap(root)) return undefined;
  if (isSeq(entry(tree, root, 'containerDefinitions')?.value ?? null)) return root;
  const wrapped = entry(tree, root, 'taskDefinition')?.value ?? null;
  return isMap(wrapped) && isSeq(entry(tree, wrapped, 'containerDefinitions')?.value ?? null) ? wrapped : undefined;
}

/**
 * Checks an ECS task definition. JSON that is not a task definition gives nothing; malformed JSON gives a
 * `parse-error` issue, and the container definitions the (lenient) YAML parser still recovers are checked.
 */
export function scanEcs(file: SourceFile): FileScanOutput {
  const text = file.text.replace(/^\uFEFF/, '');
  const issues: Issue[] = [];
  const syntax = findJsonError(text);
  if (syntax) {
    const line = lineAt(text, syntax.offset);
    issues.push({ code: 'parse-error', message: `invalid JSON at line ${line}: ${syntax.message}; checked what could be parsed`, path: file.path });
  }
  const { tree } = parseTree(text);
  const r: Reporter = { path: file.path, tree, findings: [] };
  const task = taskDefinitionOf(tree);
  if (task) checkTask(r, task);
  return issues.length > 0 ? { findings: r.findings, issues } : { findings: r.findings };
}

const TASK_MODES = [
  { key: 'networkMode', rule: R.hostNetwork },
  { key: 'pidMode', rule: R.hostPid },
  { key: 'ipcMode', rule: R.hostIpc },
] as const;

function checkTask(r: Reporter, task: Node): void {
  for (const { key, rule } of TASK_MODES) {
    const e = entry(r.tree, task, key);
    if (e && scalarText(e.value)?.trim().toLowerCase() === 'host') report(r, rule, e.keyNode, key);
  }
  const platform = entry(r.tree, task, 'runtimePlatform')?.value ?? null;
  const family = scalarText(entry(r.tree, platform, 'operatingSystemFamily')?.value) ?? '';
  // `user` and `readonlyRootFilesystem` are not supported for Windows containers.
  const windows = family.toUpperCase().startsWith('WINDOWS');
  const containers = items(r.tree, entry(r.tree, task, 'containerDefinitions')?.value ?? null);
  containers.forEach((c, i) => {
    if (isMap(c)) checkContainer(r, c, i, windows);
  });
}

function checkContainer(r: Reporter, c: Node, index: number, windows: boolean): void {
  const name = scalarText(entry(r.tree, c, 'name')?.value)?.trim() || `[${index}]`;
  const at = (...rest: string[]): string => ['containerDefinitions', name, ...rest].join('.');

  const privileged = entry(r.tree, c, 'privileged');
  if (privileged && isTruthy(privileged.value)) report(r, R.privileged, privileged.keyNode, at('privileged'));

  if (!windows) {
    const user = entry(r.tree, c, 'user');
    const userText = scalarText(user?.value);
    if (!user || userText === undefined || userText.trim() === '') {
      report(r, R.runAsRoot, c, at('user'), {
        message: `Container ${name} sets no \`user\`, so it runs as the image's user, which is root unless the image sets another.`,
      });
    } else if (isRootUser(userText)) {
      report(r, R.runAsRoot, user.keyNode, at('user'));
    }

    const readOnly = entry(r.tree, c, 'readonlyRootFilesystem');
    if (!readOnly) {
      report(r, R.writableRootFs, c, at('readonlyRootFilesystem'), {
        message: `${R.writableRootFs.description} Container: ${name}.`,
      });
    } else if (!isTruthy(readOnly.value)) {
      report(r, R.writableRootFs, readOnly.keyNode, at('readonlyRootFilesystem'));
    }
  }

  const linux = entry(r.tree, c, 'linuxParameters')?.value ?? null;
  const caps = entry(r.tree, linux, 'capabilities')?.value ?? null;
  for (const item of items(r.tree, entry(r.tree, caps, 'add')?.value ?? null)) {
    const cap = scalarText(item);
    if (cap === undefined || !isDangerousCapability(cap)) continue;
    const capName = normalizeCapability(cap);
    report(r, R.dangerousCapability, item, at('linuxParameters.capabilities.add', capName), {
      message: `${R.dangerousCapability.description} Capability: ${capName}.`,
    });
  }

  for (const env of items(r.tree, entry(r.tree, c, 'environment')?.value ?? null)) {
    const varName = scalarText(entry(r.tree, env, 'name')?.value);
    const value = entry(r.tree, env, 'value')?.value ?? null;
    if (varName === undefined || !isSecretName(varName) || !isScalar(value) || typeof value.value === 'boolean') continue;
    reportSecret(r, R.plaintextSecret, varName, scalarText(value), value, at('environment', varName));
  }
}
