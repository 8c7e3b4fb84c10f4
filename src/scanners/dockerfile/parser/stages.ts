import { expandWord, mapScope, type Scope, type VarValue } from './expand.js';
import type { EscapeChar, Instruction, ParseIssue, Stage } from './types.js';

/** Docker expands variables in these instructions only (never in RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK). */
const EXPANDED = new Set(['FROM', 'ENV', 'ARG', 'ADD', 'COPY', 'EXPOSE', 'USER', 'WORKDIR', 'LABEL', 'STOPSIGNAL', 'VOLUME']);

/** Build args every FROM can use without declaring them; their values are known only at build time. */
const AUTOMATIC_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
];

interface StageVars {
  args: Map<string, VarValue>;
  env: Map<string, VarValue>;
  shell?: string[];
}

const SHELL_USERS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * Assigns instructions to stages and expands variables with Docker's scoping: global ARGs (before the
 * first FROM) are visible to FROM lines and, inside a stage, only once re-declared with `ARG NAME`; ENV
 * wins over ARG; a stage built `FROM` an earlier stage inherits its ENV and SHELL.
 */
export function buildStages(instructions: Instruction[], escape: EscapeChar, issues: ParseIssue[]): { stages: Stage[]; globalArgs: Instruction[] } {
  const globals = new Map<string, VarValue>(AUTOMATIC_ARGS.map((name) => [name, {}]));
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  const vars: StageVars[] = [];
  for (const instr of instructions) {
    if (instr.keyword === 'FROM') {
      const stage = startStage(instr, stages, vars, mapScope(globals), escape, issues);
      stages.push(stage);
      continue;
    }
    const current = stages.at(-1);
    if (!current) {
      if (instr.keyword === 'ARG') {
        declareArgs(instr, globals, mapScope(globals), undefined, escape);
        globalArgs.push(instr);
      } else {
        issues.push({ line: instr.startLine, message: `${instr.keyword} before the first FROM: only ARG may come before FROM` });
      }
      continue;
    }
    instr.stage = current.index;
    if (current.name !== undefined) instr.stageName = current.name;
    if (instr.child) Object.assign(instr.child, { stage: instr.stage, stageName: instr.stageName });
    current.instructions.push(instr);
    const stageVars = vars[current.index]!;
    const { args, env } = stageVars;
    const scope = mapScope(env, args);
    if (instr.keyword === 'SHELL' && instr.json) stageVars.shell = instr.args;
    if (SHELL_USERS.has(instr.keyword) && stageVars.shell) instr.shell = stageVars.shell;
    if (instr.child && SHELL_USERS.has(instr.child.keyword) && stageVars.shell) instr.child.shell = stageVars.shell;
    if (instr.keyword === 'ARG') declareArgs(instr, args, scope, globals, escape);
    else expandInstruction(instr, scope, escape);
    if (instr.keyword === 'ENV') for (const p of instr.pairs) env.set(p.key, { value: p.value ?? '' });
    if (instr.child && EXPANDED.has(instr.child.keyword)) expandInstruction(instr.child, scope, escape);
  }
  return { stages, globalArgs };
}

function startStage(from: Instruction, stages: Stage[], vars: StageVars[], scope: Scope, escape: EscapeChar, issues: ParseIssue[]): Stage {
  expandInstruction(from, scope, escape);
  const index = stages.length;
  const [image = '', as, name, ...extra] = from.args;
  const stage: Stage = { index, from, image, instructions: [] };
  // an empty FROM was already reported as missing its argument
  if (image === '' && from.rest.trim() !== '') issues.push({ line: from.startLine, message: `FROM ${from.rest.trim()} expands to an empty image name` });
  if (as !== undefined && (as.toLowerCase() !== 'as' || name === undefined || extra.length > 0)) {
    issues.push({ line: from.startLine, message: 'FROM takes an image and optionally `AS name`' });
  } else if (name !== undefined) {
    stage.name = name.toLowerCase();
  }
  from.stage = index;
  if (stage.name !== undefined) from.stageName = stage.name;
  const base = stages.findIndex((s) => s.name !== undefined && s.name === image.toLowerCase());
  if (base !== -1) stage.baseStage = base;
  stage.instructions.push(from);
  const inherited = base !== -1 ? vars[base]! : undefined;
  vars.push({ args: new Map(), env: new Map(inherited?.env ?? []), ...(inherited?.shell && { shell: inherited.shell }) });
  return stage;
}

function declareArgs(instr: Instruction, into: Map<string, VarValue>, scope: Scope, globals: Map<string, VarValue> | undefined, escape: EscapeChar): void {
  const unresolved = new Set<string>();
  for (const pair of instr.pairs) {
    if (pair.rawValue !== undefined) {
      const e = expandWord(pair.rawValue, scope, escape);
      pair.value = e.value;
      e.unresolved.forEach((n) => unresolved.add(n));
      into.set(pair.key, { value: e.value });
    } else {
      // `ARG NAME` inside a stage takes the global default, if any
      const inherited = globals?.get(pair.key)?.value;
      if (inherited !== undefined) pair.value = inherited;
      into.set(pair.key, inherited !== undefined ? { value: inherited } : {});
    }
  }
  instr.unresolved = [...unresolved];
}

function expandInstruction(instr: Instruction, scope: Scope, escape: EscapeChar): void {
  if (!EXPANDED.has(instr.keyword)) return;
  const unresolved = new Set<string>();
  const expand = (word: string): string => {
    const e = expandWord(word, scope, escape);
    e.unresolved.forEach((n) => unresolved.add(n));
    return e.value;
  };
  if (instr.pairs.length > 0) {
    for (const pair of instr.pairs) if (pair.rawValue !== undefined) pair.value = expand(pair.rawValue);
  } else if (instr.json) {
    // exec-form lists (COPY ["a", "b"]) are expanded too, without quote handling
    instr.args = instr.args.map((a) => expandWord(a.replace(/["']/g, (q) => escape + q), scope, escape).value);
  } else {
    instr.args = instr.args.map(expand);
  }
  instr.unresolved = [...unresolved];
  instr.flags = instr.flags.map((f) => (f.value === undefined ? f : { ...f, value: expandWord(f.value, scope, escape).value }));
}
