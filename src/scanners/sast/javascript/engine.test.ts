import { describe, expect, it } from 'vitest';
import { sastScanner } from '../index.js';
import { MAX_SOURCE_BYTES } from '../engine/parser.js';
import { descendants } from '../engine/walk.js';
import { ScriptFile } from './context.js';
import { parseScript, scriptLanguage, type ScriptLanguage } from './parser.js';

function scriptFile(text: string, language: ScriptLanguage = 'javascript'): ScriptFile {
  const { tree, issues } = parseScript(text, language);
  expect(issues).toEqual([]);
  return new ScriptFile(language === 'javascript' ? 't.js' : 't.ts', text, tree!);
}

function scan(text: string, path = 'app.js') {
  return sastScanner.scanFile({ path, size: text.length, text });
}

const ruleLines = (out: ReturnType<typeof scan>) =>
  out.findings.map((f) => [f.ruleId.replace('sast.javascript.', ''), f.location.kind === 'file' ? f.location.startLine : 0]);

describe('javascript call resolution', () => {
  it('resolves call names through require, destructuring, ES imports, namespaces and node: specifiers', () => {
    const file = scriptFile(
      [
        "const cp = require('child_process');",
        "const { exec, spawn: sp } = require('node:child_process');",
        "const readFile = require('fs').readFile;",
        "import * as fs from 'fs';",
        "import { createHash as ch } from 'node:crypto';",
        "import axios from 'axios';",
        "import fsp from 'fs/promises';",
        'cp.exec(a);',
        'exec(a);',
        'sp(a);',
        'readFile(p);',
        'fs.readFileSync(p);',
        "ch('md5');",
        'axios.get(u);',
        "require('child_process').execSync(c);",
        'fsp.readFile(p);',
        'res.send(x);',
        'new Function(code);',
        'getThing()().run();',
      ].join('\n'),
    );
    const names = file.allCalls().filter((c) => file.callName(c) !== 'require').map((c) => file.callName(c));
    expect(names).toEqual([
      'child_process.exec', 'child_process.exec', 'child_process.spawn', 'fs.readFile', 'fs.readFileSync', 'crypto.createHash',
      'axios.get', 'child_process.execSync', 'fs.promises.readFile', 'res.send', 'Function', undefined, undefined, 'getThing',
    ]);
  });

  it('treats literals, substitution-free templates and module-level const literals as constant', () => {
    const file = scriptFile(
      [
        "const BASE = 'SELECT * FROM t';",
        'const JOINED = `${BASE} WHERE 1`;',
        'let mutable = "x";',
        'function f(shadow) { const inner = "y"; }',
        "const shadow = 'z';",
        'g(BASE, JOINED, mutable, shadow, `a${BASE}`, `a${other}`, 1 + 2, req.query.x);',
      ].join('\n'),
    );
    const call = file.calls(['g'])[0]!;
    expect(file.args(call).positional.map((a) => file.isConstant(a))).toEqual([true, true, false, false, true, false, true, false]);
  });

  it('sees request data directly and through locals, destructuring and reassignment in the same function', () => {
    const file = scriptFile(
      [
        'function h(req, res) {',
        '  const id = req.params.id;',
        '  const { q } = req.query;',
        '  let url;',
        "  url = 'http://' + q;",
        '  const safe = 42;',
        '  sink(req.body.x, id, url, safe, other);',
        '}',
        'function k() { sink(id); }',
      ].join('\n'),
    );
    const [inside, outside] = file.calls(['sink']);
    expect(file.args(inside!).positional.map((a) => file.taint(a) ?? null)).toEqual(['request', 'flow', 'flow', null, null]);
    expect(file.taint(file.arg(outside!, 0)!)).toBeUndefined();
  });
});

describe('javascript and typescript parsing', () => {
  it('picks the grammar by extension', () => {
    expect(['a.js', 'a.mjs', 'a.cjs', 'a.jsx', 'a.ts', 'a.mts', 'a.tsx', 'a.d.ts', 'a.py'].map(scriptLanguage)).toEqual([
      'javascript', 'javascript', 'javascript', 'javascript', 'typescript', 'typescript', 'tsx', undefined, undefined,
    ]);
  });

  it('analyses a typed Express app in TypeScript', () => {
    const text = [
      "import express, { type Request, type Response } from 'express';",
      "import { exec } from 'child_process';",
      'interface Query { host?: string }',
      'const app = express();',
      "app.get('/ping', (req: Request<{}, {}, {}, Query>, res: Response): void => {",
      '  const host = req.query.host as string;',
      '  exec(`ping -c 1 ${host!}`);',
      '  res.redirect(req.query.host as string);',
      '});',
      'export class Service { constructor(private readonly db: { query(sql: string): Promise<unknown> }) {}',
      '  find(id: string) { return this.db.query(`SELECT * FROM t WHERE id = ${id}`); } }',
    ].join('\n');
    const out = scan(text, 'src/app.ts');
    expect(out.issues).toEqual([]);
    expect(ruleLines(out)).toEqual([['command-injection', 7], ['open-redirect', 8], ['sql-injection', 11]]);
    expect(out.findings[0]!.confidence).toBe('high');
    expect(out.findings[2]!.confidence).toBe('medium');
  });

  it('parses TSX', () => {
    const text = "import { exec } from 'child_process';\nexport const A = (p: { c: string }) => <div onClick={() => exec(p.c)}>x</div>;\n";
    const out = scan(text, 'web/A.tsx');
    expect(out.issues).toEqual([]);
    expect(ruleLines(out)).toEqual([['command-injection', 2]]);
  });

  it('reports a syntax error once with its line and still analyses the rest of the file', () => {
    const text = ["const crypto = require('crypto');", 'let x = = 1;', 'if (', "crypto.createHash('md5');", ''].join('\n');
    const out = scan(text);
    expect(out.issues).toHaveLength(1);
    expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'app.js' });
    expect(out.issues![0]!.message).toBe('syntax error at line 2; the rest of the file was analysed');
    expect(ruleLines(out)).toContainEqual(['weak-hash', 4]);
  });

  it('walks a 5,000-deep nested expression without overflowing the stack', () => {
    const depth = 5000;
    const text = `const cp = require('child_process');\nconst x = ${'('.repeat(depth)}cp.exec(cmd)${')'.repeat(depth)};\n`;
    const { tree } = parseScript(text, 'javascript');
    let count = 0;
    for (const _ of descendants(tree!.rootNode)) count++;
    expect(count).toBeGreaterThan(2 * depth);
    expect(ruleLines(scan(text))).toEqual([['command-injection', 2]]);
    const constant = `const cp = require('child_process');\ncp.exec(${'('.repeat(depth)}'ls'${')'.repeat(depth)});\n`;
    expect(scan(constant).findings).toEqual([]);
  });

  it('skips a file over the size limit with a too-large issue', () => {
    const out = scan(`let x = 1;\n//${'x'.repeat(MAX_SOURCE_BYTES)}\n`, 'big.js');
    expect(out.findings).toEqual([]);
    expect(out.issues).toHaveLength(1);
    expect(out.issues![0]).toMatchObject({ code: 'too-large', path: 'big.js' });
  });

  it('gives up on a parse over the time limit, and the parser stays usable', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `const v${i} = f(${i}, "x") + g[${i}];`).join('\n');
    const out = parseScript(text, 'javascript', { timeoutMicros: 1 });
    expect(out.tree).toBeUndefined();
    expect(out.issues.map((i) => i.code)).toEqual(['parse-timeout']);
    expect(parseScript('const x = 1;\n', 'javascript').issues).toEqual([]);
  });

  it('masks hard-coded secrets in snippets and keeps fingerprints free of line numbers', () => {
    const text = "const jwt = require('jsonwebtoken');\njwt.sign(payload, 'correct-horse-battery');\n";
    const [finding] = scan(text).findings;
    expect(finding?.ruleId).toBe('sast.javascript.hardcoded-secret');
    const snippet = finding?.location.kind === 'file' ? finding.location.snippet : '';
    expect(snippet).not.toContain('correct-horse-battery');
    expect(finding?.fingerprintContent).not.toContain('correct-horse-battery');
    expect(scan(`\n\n${text}`).findings[0]?.fingerprintContent).toBe(finding?.fingerprintContent);
  });
});
