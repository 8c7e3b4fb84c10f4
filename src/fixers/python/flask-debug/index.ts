import { isTrue } from '../../../scanners/sast/rules/support/names.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { ensureImport } from '../shared/imports.js';
import { applySpans, assignmentsAt, inPython, loadPython, replaceNode, startingAt, type Span } from '../shared/python-unit.js';

const FROM_ENV = 'os.environ.get("FLASK_DEBUG") == "1"';

export const flaskDebugFixer = {
  meta: { id: 'flask-debug', version: '1.0.0', summary: 'Turns Flask debug mode on only when FLASK_DEBUG=1 is set in the environment' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.flask-debug-mode'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const spans: Span[] = [];
    for (const call of startingAt(file.calls([], ['run']), row)) {
      const debug = file.args(call).keywords.get('debug');
      if (debug && isTrue(debug)) spans.push(replaceNode(debug, FROM_ENV));
    }
    for (const a of assignmentsAt(file, row)) {
      if ((a.name === 'debug' || a.name === 'DEBUG') && isTrue(a.right)) spans.push(replaceNode(a.right, FROM_ENV));
    }
    if (spans.length === 0) return skip('no debug=True at the reported line');
    const imp = ensureImport(file, 'import os', 'os');
    return change(this, unit, {
      title: `Enable Flask debug mode only from the environment in ${path}`,
      rationale: 'The Werkzeug debugger runs any Python code sent to /console; it must never be on in a deployed app. It now follows FLASK_DEBUG=1, which only a developer sets.',
      edits: [{ path, before: text, after: applySpans(text, imp ? [...spans, imp] : spans) }],
    });
  },
} satisfies Fixer;
