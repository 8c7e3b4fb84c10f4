import type { Instruction } from '../parser/types.js';
import { splitCommands, type ShellCommand } from './commands.js';

export const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/**
 * The shell script a RUN executes: shell-form line, heredoc bodies run as scripts, or an exec-form `sh -c`.
 * Empty when a SHELL instruction made the stage run PowerShell or cmd.
 */
export interface RunScript {
  /** Script texts in order: the command line, then heredoc bodies that are scripts. */
  sources: string[];
  commands: ShellCommand[];
}

const cache = new WeakMap<Instruction, RunScript>();

export function runScript(instr: Instruction): RunScript {
  let script = cache.get(instr);
  if (!script) {
    script = buildScript(instr);
    cache.set(instr, script);
  }
  return script;
}

function buildScript(instr: Instruction): RunScript {
  const sources: string[] = [];
  if (instr.json) {
    const [program = '', ...rest] = instr.args;
    const inline = inlineScript(basename(program), rest);
    if (inline !== undefined) sources.push(inline);
    else return { sources: [instr.args.join(' ')], commands: [{ name: basename(program), args: rest, words: instr.args, wrappers: [], pipeline: 0 }] };
  } else if (instr.shell && !SHELLS.has(basename(instr.shell[0] ?? '').replace(/\.exe$/i, ''))) {
    // SHELL ["powershell", ...] or ["cmd", "/S", "/C"]: not a POSIX script, nothing we can read
    return { sources: [], commands: [] };
  } else {
    const line = instr.args[0] ?? '';
    sources.push(line);
    const lineCommands = splitCommands(line);
    const runsBody = lineCommands.length === 0 || lineCommands.every((c) => SHELLS.has(c.name) || c.name === '');
    // `RUN <<EOF` and `RUN bash <<EOF` execute the body; in `RUN cat <<EOF > f` the body is data
    if (runsBody) for (const h of instr.heredocs) sources.push(h.content);
  }
  return { sources, commands: renumber(sources.map((s) => expandInline(splitCommands(s), 0))) };
}

/** Each script numbers its pipelines from 0; make the numbers unique across scripts. */
function renumber(groups: ShellCommand[][]): ShellCommand[] {
  let offset = 0;
  return groups.flatMap((group) => {
    const shifted = group.map((c) => ({ ...c, pipeline: c.pipeline + offset }));
    offset += Math.max(-1, ...group.map((c) => c.pipeline)) + 1;
    return shifted;
  });
}

/** Appends the commands of `sh -c '...'` after the `sh` command itself, in pipelines numbered after the outer ones. */
function expandInline(commands: ShellCommand[], depth: number): ShellCommand[] {
  if (depth > 3) return commands;
  let next = Math.max(-1, ...commands.map((c) => c.pipeline)) + 1;
  const out: ShellCommand[] = [];
  for (const cmd of commands) {
    out.push(cmd);
    const inline = SHELLS.has(cmd.name) ? inlineScript(cmd.name, cmd.args) : undefined;
    if (inline === undefined) continue;
    const inner = expandInline(splitCommands(inline), depth + 1);
    const base = next;
    for (const c of inner) out.push({ ...c, pipeline: c.pipeline + base });
    next = base + Math.max(-1, ...inner.map((c) => c.pipeline)) + 1;
  }
  return out;
}

/** The argument of `-c` (also within `-ec`, `-xc`...) for a shell, if any. */
function inlineScript(program: string, args: readonly string[]): string | undefined {
  if (!SHELLS.has(program)) return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return undefined;
    if (!a.startsWith('--') && a.includes('c')) return args[i + 1];
  }
  return undefined;
}

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Commands of a RUN that run a given program, e.g. every `apt-get`. */
export function commandsNamed(instr: Instruction, ...names: string[]): ShellCommand[] {
  return runScript(instr).commands.filter((c) => names.includes(c.name));
}
