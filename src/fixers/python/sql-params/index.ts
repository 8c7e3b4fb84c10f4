import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, pyString, replaceNode, startingAt } from '../shared/python-unit.js';
import { templatePieces } from '../shared/template.js';
import { parameterize, type Placeholder } from './parameterize.js';
import type { PythonFile } from '../../../scanners/sast/engine/python/context.js';

/** DB-API drivers by module, with their parameter style. */
const DRIVERS: Record<string, Placeholder> = { sqlite3: '?', psycopg: '%s', psycopg2: '%s', pymysql: '%s', MySQLdb: '%s' };

export const sqlParamsFixer = {
  meta: { id: 'sql-params', version: '1.0.0', summary: 'Rewrites SQL built by string formatting into a constant query with bound parameters (sqlite3, psycopg, pymysql)' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.sql-string-formatting'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const placeholder = paramStyle(file);
    if (typeof placeholder === 'object') return skip(placeholder.reason);
    const call = startingAt(file.calls([], ['execute', 'executemany']), row).find((c) => file.args(c).positional.length === 1 && file.args(c).keywords.size === 0);
    if (!call) return skip('the query is not built inside a one-argument execute() at the reported line (built in a variable, or parameters already passed); change it by hand');
    const query = file.args(call).positional[0]!;
    const pieces = templatePieces(query);
    if (typeof pieces === 'string') return skip(`the query cannot be rewritten: ${pieces}`);
    const result = parameterize(pieces, placeholder);
    if (typeof result === 'string') return skip(`the query cannot be rewritten: ${result}`);
    const params = `(${result.params.join(', ')}${result.params.length === 1 ? ',' : ''})`;
    return change(this, unit, {
      title: `Pass the values of the SQL query as parameters in ${path}`,
      rationale: 'A value formatted into the SQL text can change the query (SQL injection); bound parameters are sent apart from the SQL and are never parsed as SQL.',
      edits: [{ path, before: text, after: applySpans(text, [replaceNode(query, `${pyString(result.sql)}, ${params}`)]) }],
    });
  },
} satisfies Fixer;

function paramStyle(file: PythonFile): Placeholder | { reason: string } {
  const styles = new Set([...file.aliases.values()].map((target) => DRIVERS[target.split('.')[0]!]).filter((s) => s !== undefined));
  if (styles.size === 1) return [...styles][0]!;
  return { reason: styles.size === 0 ? 'the module imports no known database driver, so the parameter style is unknown' : 'the module imports drivers with different parameter styles' };
}
