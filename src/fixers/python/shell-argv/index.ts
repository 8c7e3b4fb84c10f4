import { isTrue } from '../../../scanners/sast/rules/support/names.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, pyString, removeArgument, replaceNode, startingAt } from '../shared/python-unit.js';
import { fString, templatePieces, type Piece } from '../shared/template.js';

const SUBPROCESS = ['run', 'call', 'check_call', 'check_output', 'Popen'].map((f) => `subprocess.${f}`);
/** Anything a shell would read as more than a plain word: then the command needs its shell. */
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~!{}\n]/;

export const shellArgvFixer = {
  meta: { id: 'shell-argv', version: '1.0.0', summary: 'Runs a command given as a literal template with shell=True as an argument list without a shell' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.os-command-injection'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const call = startingAt(file.calls(SUBPROCESS), row).find((c) => isTrue(file.args(c).keywords.get('shell')));
    if (!call) return skip('the command runs through os.system or a shell helper; rewrite it with subprocess and an argument list by hand');
    const command = file.args(call).positional[0];
    if (!command) return skip('the command is passed by keyword; change it by hand');
    const pieces = templatePieces(command);
    if (typeof pieces === 'string') return skip(`the command is not a literal template: ${pieces}`);
    const argv = words(pieces);
    if (typeof argv === 'string') return skip(argv);
    const shellArg = call.childForFieldName('arguments')!.namedChildren.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'shell')!;
    return change(this, unit, {
      title: `Run the command without a shell in ${path}`,
      rationale: 'With shell=True a value spliced into the command line can add commands of its own (; | $( )). As an argument list each value is one argument and no shell reads it.',
      notes: ['A value can still be read as an option by the program (a leading -); validate it against what the program expects.'],
      edits: [{ path, before: text, after: applySpans(text, [replaceNode(command, `[${argv.join(', ')}]`), removeArgument(text, shellArg)]) }],
    });
  },
} satisfies Fixer;

/** The command's words, each a Python expression; a reason when the template needs a shell. */
function words(pieces: readonly Piece[]): string[] | string {
  const out: Piece[][] = [];
  let word: Piece[] = [];
  const flush = (): void => {
    if (word.length > 0) out.push(word);
    word = [];
  };
  for (const piece of pieces) {
    if (piece.kind === 'expr') {
      word.push(piece);
      continue;
    }
    if (SHELL_SYNTAX.test(piece.value)) return 'the command uses shell syntax (quotes, pipes, redirects, variables or globs), so it needs its shell; change it by hand';
    piece.value.split(/([ \t]+)/).forEach((part) => {
      if (/^[ \t]+$/.test(part)) flush();
      else if (part) word.push({ kind: 'text', value: part });
    });
  }
  flush();
  if (out.length === 0) return 'the command is empty';
  const exprs = out.map((w) => (w.length === 1 && w[0]!.kind === 'text' ? pyString(w[0]!.value) : w.length === 1 ? (w[0] as { code: string }).code : fString(w)));
  return exprs.some((e) => e === undefined) ? 'an argument mixes text and values in a way patchline cannot rewrite' : (exprs as string[]);
}
