import { describe, expect, it } from 'vitest';
import { pythonFile } from '../../../testing/python-taint.js';
import { pythonRules } from '../rules/rule-list.js';
import { scanPython } from '../scan.js';
import { taintsAt } from './analysis.js';
import { SOURCE_ATTRIBUTES, SOURCE_CALLS } from './sources.js';
import { mayHoldUserInput } from './user-input.js';

const atLastSink = (text: string) => {
  const file = pythonFile(text);
  const call = file.nodes('call').filter((c) => file.callName(c) === 'sink').at(-1)!;
  return { file, taints: taintsAt(file, call, file.args(call).positional[0]!) };
};

describe('mayHoldUserInput', () => {
  it.each([...SOURCE_ATTRIBUTES.map((s) => [s, s]), ...SOURCE_CALLS.map((s) => [s, `${s}()`])])('keeps a file reading %s', (name, expr) => {
    const { file, taints } = atLastSink(`import ${name.split('.')[0]}\ndef view():\n    sink(${expr})\n`);
    expect(taints.length).toBe(1);
    expect(mayHoldUserInput(file)).toBe(true);
  });

  it('keeps sources read through import aliases and request parameters', () => {
    for (const text of [
      'from flask import request as r\ndef view():\n    sink(r.args["q"])\n',
      'from builtins import input as ask\ndef view():\n    sink(ask())\n',
      'def view(request):\n    sink(request.POST["q"])\n',
      '@app.route("/f/<path:name>")\ndef view(name):\n    sink(name)\n',
    ]) {
      const { file, taints } = atLastSink(text);
      expect(taints.length).toBe(1);
      expect(mayHoldUserInput(file)).toBe(true);
    }
  });

  it('skips library code whose words only look like sources', () => {
    const text = [
      'import os, sys',
      '"""Reads the input file named on the <command> line."""',
      '@app.route("/n/<int:n>")',
      'def view(n, path):',
      '    sink(open(os.path.join("/srv", path)).read(), n)',
    ].join('\n');
    const { file, taints } = atLastSink(text);
    expect(taints).toEqual([]);
    expect(mayHoldUserInput(file)).toBe(false);
  });

  it('still analyses a file with a source and reports through the rules', () => {
    const source = 'from flask import request\ndef view():\n    return open(request.args["f"]).read()\n';
    const found = scanPython({ path: 'app.py', size: source.length, text: source }, pythonRules).findings.map((f) => f.ruleId);
    expect(found).toContain('sast.python.path-traversal');
    const without = source.replace('request.args["f"]', 'name').replace('def view():', 'def view(name):');
    expect(scanPython({ path: 'lib.py', size: without.length, text: without }, pythonRules).findings.map((f) => f.ruleId)).not.toContain('sast.python.path-traversal');
  });
});
