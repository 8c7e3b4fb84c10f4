import { tokenize, type Operator } from './tokenize.js';

/** One simple command of a shell script, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  /** Basename of the program run, after assignments and wrappers such as `sudo` or `env`: `apt-get`. */
  name: string;
  /** Arguments after the program name. */
  args: string[];
  /** Every word as written (quotes removed), assignments and wrappers included. */
  words: string[];
  /** Wrappers that were stripped to find the program, e.g. `['sudo']`. */
  wrappers: string[];
  /** Index of the pipeline it belongs to; commands joined by `|` share it. */
  pipeline: number;
}

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', '!', '{', '}', 'time']);
const SEPARATORS = new Set<string>(['&&', '||', ';;', ';', '&', '\n', '(', ')']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Wrapper → options of that wrapper that take a value. */
const WRAPPERS = new Map<string, ReadonlySet<string>>([
  ['sudo', new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '--user', '--group'])],
  ['env', new Set(['-u', '--unset', '-C', '--chdir', '-S'])],
  ['nice', new Set(['-n', '--adjustment'])],
  ['command', new Set()],
  ['exec', new Set()],
  ['nohup', new Set()],
  ['stdbuf', new Set(['-i', '-o', '-e'])],
]);

/** Splits a script into simple commands on `&&`, `||`, `;`, `|`, `&`, newlines and parentheses. */
export function splitCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let pipeline = 0;
  // inside `case … in`, the `a|b)` patterns are not commands and their `|` is not a pipe
  let caseDepth = 0;
  let inPattern = false;
  const flush = () => {
    const cmd = toCommand(words, pipeline);
    if (cmd) commands.push(cmd);
    words = [];
  };
  for (const token of tokenize(script)) {
    if (inPattern) {
      if (token.value === 'esac') {
        caseDepth--;
        inPattern = false;
      } else if (token.value === ')') {
        inPattern = false;
        pipeline++;
      }
      continue;
    }
    if (token.kind === 'word') {
      if (token.value === 'in' && words.some((w) => w === 'case')) {
        words = [];
        caseDepth++;
        inPattern = true;
      } else if (token.value === 'esac' && caseDepth > 0 && words.length === 0) {
        caseDepth--;
      } else {
        words.push(token.value);
      }
    } else if ((token.value as Operator) === '|') {
      flush();
    } else if (SEPARATORS.has(token.value)) {
      flush();
      pipeline++;
      if (token.value === ';;' && caseDepth > 0) inPattern = true;
    }
  }
  flush();
  return commands;
}

function toCommand(all: string[], pipeline: number): ShellCommand | undefined {
  let i = 0;
  while (i < all.length && KEYWORDS.has(all[i]!)) i++;
  if (all[i - 1] === 'for' || all[i - 1] === 'case') return undefined;
  const words = all.slice(i);
  const wrappers: string[] = [];
  let j = 0;
  for (;;) {
    while (j < words.length && ASSIGNMENT.test(words[j]!)) j++;
    const name = basename(words[j] ?? '');
    const valued = WRAPPERS.get(name);
    if (!valued) break;
    wrappers.push(name);
    j++;
    while (j < words.length && (words[j]!.startsWith('-') || (name === 'env' && ASSIGNMENT.test(words[j]!)))) {
      j += valued.has(words[j]!) ? 2 : 1;
    }
  }
  if (j >= words.length) return words.length > 0 ? { name: '', args: [], words, wrappers, pipeline } : undefined;
  return { name: basename(words[j]!), args: words.slice(j + 1), words, wrappers, pipeline };
}

function basename(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash === -1 ? word : word.slice(slash + 1);
}
