import type { LogicalLine } from './logical-lines.js';
import type { EscapeChar, Instruction, KeyValue, ParseIssue } from './types.js';
import { extractFlags, parseJsonArray, splitWords, unquote } from './words.js';

export const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

const COMMAND_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const MAYBE_JSON_LIST = new Set(['ADD', 'COPY', 'VOLUME']);
const SINGLE_ARG = new Set(['USER', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER']);
const PAIRS = new Set(['ENV', 'LABEL', 'ARG']);
const NOT_IN_ONBUILD = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export interface LineSource {
  lines: readonly string[];
  escape: EscapeChar;
  issues: ParseIssue[];
}

/** Parses one logical line; undefined (with an issue) when it is not an instruction at all. */
export function parseInstruction(logical: LogicalLine, src: LineSource): Instruction | undefined {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(logical.text.trim());
  const keyword = m?.[1]?.toUpperCase() ?? '';
  const issue = (message: string) => src.issues.push({ line: logical.startLine, message });
  if (!KEYWORDS.has(keyword)) {
    issue(`unknown instruction '${m?.[1] ?? logical.text}'`);
    return undefined;
  }
  const { flags, rest } = extractFlags(m?.[2] ?? '', src.escape);
  const instr: Instruction = {
    keyword,
    raw: src.lines.slice(logical.startLine - 1, logical.endLine).join('\n'),
    text: logical.text.trim(),
    flags,
    rest,
    args: [],
    json: false,
    heredocs: logical.heredocs,
    pairs: [],
    startLine: logical.startLine,
    endLine: logical.endLine,
    stage: -1,
    unresolved: [],
  };
  if (rest.trim() === '' && keyword !== 'HEALTHCHECK') {
    issue(`${keyword} requires at least one argument`);
    return instr;
  }
  fillArguments(instr, src, issue);
  return instr;
}

function fillArguments(instr: Instruction, src: LineSource, issue: (message: string) => void): void {
  const { keyword, rest } = instr;
  if (COMMAND_FORM.has(keyword)) {
    commandForm(instr, rest, issue);
  } else if (keyword === 'SHELL') {
    const json = parseJsonArray(rest);
    if (json?.ok) Object.assign(instr, { json: true, args: json.values });
    else issue('SHELL requires the arguments to be a JSON array of strings, e.g. SHELL ["/bin/bash", "-c"]');
  } else if (keyword === 'HEALTHCHECK') {
    healthcheck(instr, issue);
  } else if (MAYBE_JSON_LIST.has(keyword) && parseJsonArray(rest)?.ok) {
    Object.assign(instr, { json: true, args: parseJsonArray(rest)!.values });
  } else if (SINGLE_ARG.has(keyword)) {
    instr.args = [rest.trim()];
  } else if (PAIRS.has(keyword)) {
    instr.pairs = keyword === 'ARG' ? argPairs(rest, src.escape) : envPairs(keyword, rest, src.escape, issue);
  } else if (keyword === 'ONBUILD') {
    onbuild(instr, src, issue);
  } else {
    instr.args = splitWords(rest, src.escape);
  }
}

function commandForm(instr: Instruction, rest: string, issue: (message: string) => void): void {
  const json = parseJsonArray(rest);
  if (json?.ok) {
    instr.json = true;
    instr.args = json.values;
    return;
  }
  if (json && !json.ok) {
    issue(`${instr.keyword} looks like an exec-form JSON array but is not valid JSON; Docker runs it as a shell command`);
  }
  instr.args = [rest];
}

function healthcheck(instr: Instruction, issue: (message: string) => void): void {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(instr.rest.trim());
  const kind = m?.[1]?.toUpperCase();
  if (kind === 'NONE') {
    instr.args = ['NONE'];
  } else if (kind === 'CMD' && m![2]!.trim() !== '') {
    const sub = { ...instr, args: [] as string[] };
    commandForm(sub, m![2]!, issue);
    instr.json = sub.json;
    instr.args = ['CMD', ...sub.args];
  } else {
    issue('HEALTHCHECK must be followed by NONE or by CMD and a command');
  }
}

function envPairs(keyword: string, rest: string, escape: EscapeChar, issue: (message: string) => void): KeyValue[] {
  const words = splitWords(rest, escape);
  const first = words[0] ?? '';
  if (!first.includes('=')) {
    // legacy form: `ENV NAME the whole rest is the value`
    const value = rest.trim().slice(first.length).trim();
    if (value === '') issue(`${keyword} ${unquote(first, escape)} has no value; use ${keyword} name=value`);
    return [{ key: unquote(first, escape), value: unquote(value, escape), rawValue: value }];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) {
      issue(`${keyword}: '${word}' is not of the form name=value`);
      continue;
    }
    const rawValue = word.slice(eq + 1);
    pairs.push({ key: unquote(word.slice(0, eq), escape), value: unquote(rawValue, escape), rawValue });
  }
  return pairs;
}

function argPairs(rest: string, escape: EscapeChar): KeyValue[] {
  return splitWords(rest, escape).map((word) => {
    const eq = word.indexOf('=');
    if (eq === -1) return { key: unquote(word, escape) };
    const rawValue = word.slice(eq + 1);
    return { key: unquote(word.slice(0, eq), escape), value: unquote(rawValue, escape), rawValue };
  });
}

function onbuild(instr: Instruction, src: LineSource, issue: (message: string) => void): void {
  const child = parseInstruction({ text: instr.rest, startLine: instr.startLine, endLine: instr.endLine, heredocs: [] }, src);
  if (!child) return;
  if (NOT_IN_ONBUILD.has(child.keyword)) {
    issue(`ONBUILD ${child.keyword} is not allowed`);
    return;
  }
  instr.child = child;
}
