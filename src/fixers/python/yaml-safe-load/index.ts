import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, removeArgument, replaceNode, startingAt, type Span } from '../shared/python-unit.js';

const UNSAFE = ['yaml.load', 'yaml.load_all', 'yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all'];

export const yamlSafeLoadFixer = {
  meta: { id: 'yaml-safe-load', version: '1.0.0', summary: 'Loads YAML with yaml.safe_load, which builds only plain data and never Python objects' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.unsafe-deserialization'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const calls = startingAt(file.calls(UNSAFE), row);
    if (calls.length === 0) return skip('pickle and marshal have no safe mode; replacing them changes the data format, so a reviewer must choose (JSON is the usual answer)');
    const spans: Span[] = [];
    for (const call of calls) {
      const all = file.callName(call)!.endsWith('_all');
      spans.push(replaceNode(call.childForFieldName('function')!, all ? 'yaml.safe_load_all' : 'yaml.safe_load'));
      const list = call.childForFieldName('arguments')!;
      const loader = list.namedChildren.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'Loader');
      const positional = file.args(call).positional;
      if (loader) spans.push(removeArgument(text, loader));
      else if (positional[1]) spans.push(removeArgument(text, positional[1]));
    }
    return change(this, unit, {
      title: `Load YAML with yaml.safe_load in ${path}`,
      rationale: 'yaml.load with a full Loader builds arbitrary Python objects, so a crafted document runs code; safe_load builds only dicts, lists, strings and numbers.',
      edits: [{ path, before: text, after: applySpans(text, spans) }],
    });
  },
} satisfies Fixer;
