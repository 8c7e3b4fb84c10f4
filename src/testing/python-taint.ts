import { expect } from 'vitest';
import { parseSource } from '../scanners/sast/engine/parser.js';
import { PythonFile } from '../scanners/sast/engine/python/context.js';
import { taintsAt } from '../scanners/sast/taint/analysis.js';
import type { Taint } from '../scanners/sast/taint/types.js';

/** A parsed Python file for taint tests; fails the test on a syntax error. */
export function pythonFile(text: string): PythonFile {
  const { tree, issues } = parseSource(text, 'python');
  expect(issues).toEqual([]);
  return new PythonFile('t.py', text, tree!);
}

/** The taints reaching the first argument of the last `sink(...)` call in the code (after `from flask import request`). */
export function atSink(lines: string[]): Taint[] {
  const file = pythonFile(['from flask import request', ...lines].join('\n'));
  const call = file.nodes('call').filter((c) => file.callName(c) === 'sink').at(-1)!;
  return taintsAt(file, call, file.args(call).positional[0]!);
}

export const reaches = (lines: string[]): boolean => atSink(lines).length > 0;

/** Lines as the body of `def view():`. */
export const inFunction = (body: string[]): string[] => ['def view():', ...body.map((l) => `    ${l}`)];
