import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseSource } from '../engine/parser.js';
import { INDEXED_TYPES, PythonFile } from '../engine/python/context.js';
import { indexByType } from '../engine/walk.js';
import { moduleConstants } from '../engine/python/constants.js';
import { pythonRules } from '../rules/rule-list.js';
it('probe', () => {
  const text = readFileSync('/usr/lib/python3.11/_pydecimal.py', 'utf8');
  const out: string[] = [];
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    const { tree } = parseSource(text, 'python');
    out.push(`parse ${(performance.now() - t).toFixed(1)}`); t = performance.now();
    const idx = indexByType(tree!.rootNode, INDEXED_TYPES);
    out.push(`indexByType ${(performance.now() - t).toFixed(1)} ${[...idx].map(([k, v]) => `${k}:${v.length}`).join(' ')}`); t = performance.now();
    moduleConstants(idx.get('assignment')!);
    out.push(`constants ${(performance.now() - t).toFixed(1)}`); t = performance.now();
    const f = new PythonFile('x', text, tree!);
    out.push(`PythonFile ${(performance.now() - t).toFixed(1)}`); t = performance.now();
    for (const r of pythonRules) { r.check(f); const d = performance.now() - t; if (d > 3) out.push(`${r.meta.id} ${d.toFixed(1)}`); t = performance.now(); }
  }
  console.log(out.join('\n'));
});
