import { isTrue } from '../../../scanners/sast/rules/support/names.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, replaceNode, startingAt, type Span } from '../shared/python-unit.js';

const FLAGS: readonly [string, string][] = [['secure', 'True'], ['httponly', 'True'], ['samesite', '"Lax"']];

export const cookieFlagsFixer = {
  meta: { id: 'cookie-flags', version: '1.0.0', summary: 'Sets Secure, HttpOnly and SameSite=Lax on cookies set without them' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.cookie-missing-flags'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const call = startingAt(file.calls([], ['set_cookie']), row)[0];
    if (!call) return skip('no set_cookie call at the reported line');
    const args = file.args(call);
    if (args.splat || args.positional.length > 6) return skip('the flags are passed positionally or through **kwargs; set them by hand');
    const spans: Span[] = [];
    const added: string[] = [];
    for (const [name, value] of FLAGS) {
      const given = args.keywords.get(name);
      if (!given) added.push(`${name}=${value}`);
      else if (name !== 'samesite' && !isTrue(given)) spans.push(replaceNode(given, value));
      else if (name === 'samesite' && /^["']none["']$/i.test(given.text)) return skip('SameSite=None is set on purpose for cross-site use; review it by hand');
    }
    const last = call.childForFieldName('arguments')!.namedChildren.filter((a) => a.type !== 'comment').at(-1)!;
    if (added.length > 0) spans.push({ start: last.endIndex, end: last.endIndex, text: `, ${added.join(', ')}` });
    return change(this, unit, {
      title: `Set Secure, HttpOnly and SameSite on the cookie in ${path}`,
      rationale: 'Without Secure the cookie travels over plain HTTP, without HttpOnly page scripts (and XSS) can read it, and without SameSite it is sent on cross-site requests.',
      notes: ['Secure cookies are not sent over plain HTTP: serve the app over HTTPS (browsers allow them on http://localhost for development).'],
      edits: [{ path, before: text, after: applySpans(text, spans) }],
    });
  },
} satisfies Fixer;
