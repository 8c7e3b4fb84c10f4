import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../core/pipeline.js';
import { checkAnnotations } from '../../testing/annotations.js';
import { sastScanner } from './index.js';
import { prepareProject } from './taint/project.js';

const APP = 'src/scanners/sast/testdata/cross-module';
const tool = { name: 'patchline', version: 'test' };

describe('taint across the modules of one app', () => {
  it('finds what the annotated app says: request data through a helper of another module, by import, from-import and relative import', async () => {
    const result = await runScan({ root: APP, config: {}, scanners: [sastScanner], tool });
    for (const path of ['shop/views.py', 'shop/queries.py', 'shop/links.py']) {
      const reported = result.findings
        .filter((f) => f.location.kind === 'file' && f.location.path === path && f.ruleId !== 'sast.python.flask-missing-security-headers')
        .map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
      expect(checkAnnotations(readFileSync(`${APP}/${path}`, 'utf8'), reported), path).toEqual([]);
    }
    const trace = result.findings.find((f) => f.ruleId === 'sast.python.sql-string-formatting' && f.confidence === 'high')?.message;
    expect(trace).toContain('shop.queries.order_query');
  });

  it("summarises only the modules a web app's file imports (not a script's), with parameters that reach a return", () => {
    const file = (path: string, text: string) => ({ path, size: text.length, text });
    const project = prepareProject([
      file('app/views.py', 'from flask import request\nfrom app import util\n'),
      file('tools/cli.py', 'import sys\nfrom tools import other\nrequest = sys.argv\n'),
      file('app/util.py', 'def wrap(a, b):\n    return a\n\ndef const(a):\n    return "x"\n'),
      file('tools/other.py', 'def wrap2(a):\n    return a\n'),
    ]);
    expect(project.modules['app.util']).toEqual({ wrap: { params: ['a', 'b'], flowing: ['a'] }, const: { params: ['a'], flowing: [] } });
    expect(project.modules.util).toEqual(project.modules['app.util']);
    expect(project.modules['tools.other']).toBeUndefined();
  });
});
