import type { PythonFile } from '../../../scanners/sast/engine/python/context.js';
import { closestAncestor } from '../../../scanners/sast/engine/walk.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { ensureImport } from '../shared/imports.js';
import { applySpans, inPython, loadPython, replaceNode, startingAt, type SyntaxNode } from '../shared/python-unit.js';

const WEAK = ['hashlib.md5', 'hashlib.sha1'];
const PASSWORD_FUNCTION = /pass(?:word)?|pwd/i;

export const passwordHashFixer = {
  meta: { id: 'password-hash', version: '1.0.0', summary: 'Hashes passwords with werkzeug.security (salted, slow) instead of MD5 or SHA-1, where hashes are only stored' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.weak-hash'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const call = startingAt(file.calls(WEAK), row)[0];
    if (!call) return skip('no hashlib.md5 or hashlib.sha1 call at the reported line');
    const fn = closestAncestor(call, ['function_definition']);
    const name = fn?.childForFieldName('name')?.text ?? '';
    if (!fn || !PASSWORD_FUNCTION.test(name)) {
      return skip('the hash is not in a password-hashing function; if it is only a checksum pass usedforsecurity=False, else move to hashlib.sha256 (which changes every stored value)');
    }
    const password = hashedValue(call, fn);
    if (!password) return skip(`${name}() does more than return the hex digest of one value; change it by hand`);
    const compared = callers(file, name).find((c) => !isStoredDirectly(c));
    if (compared) {
      return skip(
        `${name}() is used to compare hashes by value (${statementOf(compared)}); a salted hash needs check_password_hash() there and a migration of the stored hashes, which is a change to the login logic`,
      );
    }
    const statement = closestAncestor(call, ['return_statement'])!;
    const imp = ensureImport(file, 'from werkzeug.security import generate_password_hash', 'generate_password_hash');
    const spans = [replaceNode(statement, `return generate_password_hash(${password})`), ...(imp ? [imp] : [])];
    return change(this, unit, {
      title: `Hash passwords with werkzeug.security in ${path}`,
      rationale: 'MD5 and SHA-1 are unsalted and fast: a leaked table of them is cracked in minutes. generate_password_hash salts each password and uses a slow key derivation (scrypt or PBKDF2).',
      notes: [
        'Check passwords with werkzeug.security.check_password_hash(stored, password) wherever they are verified.',
        'Hashes already stored are MD5/SHA-1: rehash each at the next successful login, or reset them.',
      ],
      edits: [{ path, before: text, after: applySpans(text, spans) }],
    });
  },
} satisfies Fixer;

/** `return hashlib.md5(pw.encode(...)).hexdigest()` as the whole body → `pw`. */
function hashedValue(call: SyntaxNode, fn: SyntaxNode): string | undefined {
  const body = fn.childForFieldName('body')?.namedChildren.filter((n) => n.type !== 'comment' && !(n.type === 'expression_statement' && n.firstNamedChild?.type === 'string'));
  if (body?.length !== 1 || body[0]!.type !== 'return_statement') return undefined;
  const digest = call.parent?.type === 'attribute' ? call.parent.parent : undefined;
  if (digest?.type !== 'call' || !/^(hex)?digest$/.test(call.parent!.childForFieldName('attribute')?.text ?? '') || body[0]!.namedChildren[0]?.id !== digest.id) return undefined;
  const arg = call.childForFieldName('arguments')?.namedChildren[0];
  if (!arg) return undefined;
  const fnNode = arg.type === 'call' ? arg.childForFieldName('function') : undefined;
  return fnNode?.type === 'attribute' && fnNode.childForFieldName('attribute')?.text === 'encode' ? fnNode.childForFieldName('object')!.text : arg.text;
}

/** The start of the statement holding a node, for a reason a reviewer can search for. */
function statementOf(node: SyntaxNode): string {
  let s: SyntaxNode = node;
  while (s.parent && !s.type.endsWith('statement') && s.type !== 'assignment') s = s.parent;
  const line = s.text.split('\n')[0]!.trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function callers(file: PythonFile, name: string): SyntaxNode[] {
  return file.nodes('call').filter((c) => c.childForFieldName('function')?.text === name);
}

/** A hash passed straight into a call or a tuple of values to store, never kept to compare. */
function isStoredDirectly(call: SyntaxNode): boolean {
  const parent = call.parent;
  return parent?.type === 'tuple' || parent?.type === 'list' || parent?.type === 'argument_list' || parent?.type === 'keyword_argument' || parent?.type === 'pair';
}
