import { describe, expect, it } from 'vitest';
import { isAllowPattern } from '../taint/allow-pattern.js';
import { ScriptFile } from './context.js';
import { parseScript } from './parser.js';
import { mayHoldRequestData } from './taint.js';

/** The taint of the first argument of the last `sink(...)` call. */
function atSink(lines: string[]) {
  const text = lines.join('\n');
  const { tree, issues } = parseScript(text, 'javascript');
  expect(issues).toEqual([]);
  const file = new ScriptFile('t.js', text, tree!);
  const call = file.allCalls().filter((c) => file.callName(c) === 'sink').at(-1)!;
  const arg = file.arg(call, 0)!;
  return { taint: file.taint(arg), fixed: file.isFixed(arg) };
}

const prelude = ["const ALLOWED = ['a', 'b'];", "const SET = new Set(['a']);", 'const NAME = /^[a-z0-9_]+$/;', "const MAP = { a: 'x' };"];
const handler = (body: string[]) => atSink([...prelude, 'function h(req, res) {', '  const x = req.query.x;', ...body.map((l) => `  ${l}`), '}']);

describe('javascript allow-list checks', () => {
  it.each([
    ['an early return', ['if (!ALLOWED.includes(x)) { return res.end(); }', 'sink(x);']],
    ['a throw', ['if (!SET.has(x)) throw new Error("no");', 'sink(x);']],
    ['a default', ["if (!ALLOWED.includes(x)) { x = 'a'; }", 'sink(x);']],
    ['the allowed branch', ['if (SET.has(x)) {', '  sink(x);', '}']],
    ['a ternary', ["sink(ALLOWED.includes(x) ? x : 'a');"]],
    ['a local bound to a ternary', ["const y = SET.has(x) ? x : 'a';", "sink('p' + y);"]],
    ['&&', ['NAME.test(x) && sink(x);']],
    ['an anchored regex', ['if (!NAME.test(x)) return;', 'sink(x);']],
    ['equality', ["if (x !== 'a') return;", 'sink(x);']],
    ['a request read checked directly', ['if (!ALLOWED.includes(req.query.y)) return;', 'sink(req.query.y);']],
    ['a constant lookup', ['sink(MAP[x]);']],
  ])('%s cleans the value', (_, body) => {
    const { taint, fixed } = handler(body);
    expect(taint).toBeUndefined();
    expect(fixed).toBe(true);
  });

  it.each([
    ['a check that only logs', ['if (!ALLOWED.includes(x)) { console.log(x); }', 'sink(x);']],
    ['the rejected branch', ['if (!ALLOWED.includes(x)) { sink(x); }']],
    ['an unanchored regex', ['if (!/[a-z]+/.test(x)) return;', 'sink(x);']],
    ['a mutable collection', ['const seen = [];', 'if (!seen.includes(x)) return;', 'sink(x);']],
    ['a reassignment after the check', ['if (!ALLOWED.includes(x)) return;', 'x = req.query.other;', 'sink(x);']],
    ['the other ternary branch', ["sink(ALLOWED.includes(x) ? 'a' : x);"]],
  ])('%s does not', (_, body) => {
    expect(handler(body).taint).toBeDefined();
  });

  it('shares its probe payloads with Python: a pattern letting any of them through is no allow-list', () => {
    expect(isAllowPattern('^[a-z]+$', '', 'none')).toBe(true);
    expect(isAllowPattern('^[\\w./]+$', '', 'none')).toBe(false);
    expect(isAllowPattern('[a-z]+', '', 'full')).toBe(true);
    expect(isAllowPattern('[a-z]+', '', 'none')).toBe(false);
  });
});

describe('javascript taint across the functions of a module', () => {
  it('passes taint through a parameter that reaches the return, not through one that does not', () => {
    const helpers = ['function wrap(a, b) { const s = `<${a}>`; return s; }', 'const pick = (a, b) => b.trim();'];
    expect(atSink([...helpers, 'function h(req) { sink(wrap(req.query.x, 1)); }']).taint).toBe('flow');
    expect(atSink([...helpers, 'function h(req) { sink(wrap(1, req.query.x)); }']).taint).toBeUndefined();
    expect(atSink([...helpers, 'function h(req) { sink(pick(req.query.x, "k")); }']).taint).toBeUndefined();
    expect(atSink([...helpers, 'function h(req) { sink(pick("k", req.query.x)); }']).taint).toBe('flow');
  });

  it('treats a function returning request data as a source, and survives recursion', () => {
    expect(atSink(['function next(req) { return req.query.next; }', 'function h(r) { sink(next(r)); }']).taint).toBe('request');
    expect(atSink(['function f(a) { return f(a) + a; }', 'function h(req) { sink(f(req.query.x)); }']).taint).toBe('flow');
  });

  it('reaches a sink in a module function from its callers (one level)', () => {
    const lines = ['function run(cmd) { sink(cmd); }', 'function h(req) { run(req.body.cmd); }'];
    expect(atSink(lines).taint).toBe('flow');
    expect(atSink(['function run(cmd) { sink(cmd); }', 'function h() { run("ls"); }']).taint).toBeUndefined();
  });
});

describe('javascript request-data pre-check', () => {
  it.each([
    ['req.query.id'], ['request.body.name'], ['req?.params.p'], ["req.get('X-Forwarded-Host')"], ['ctx.request.querystring'], ['ctx.cookies'],
    ['req . headers.host'],
  ])('keeps a file reading %s and still finds its taint', (read) => {
    const lines = ['function h(req, res, ctx, request) {', `  const v = ${read};`, '  sink(v);', '}'];
    expect(mayHoldRequestData(lines.join('\n'))).toBe(true);
    expect(atSink(lines).taint).toBe('flow');
  });

  it('skips a file with no request read: nothing in it can be tainted', () => {
    const lines = ['// parses the request body of a requests.query() call', 'function run(request, ctx) {', '  const q = request.bodyText + ctx.state;', '  sink(q);', '}'];
    expect(mayHoldRequestData(lines.join('\n'))).toBe(false);
    expect(atSink(lines).taint).toBeUndefined();
  });
});
