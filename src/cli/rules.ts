import { parseCommandArgs, oneOf } from './args.js';
import { EXIT_OK } from './main.js';
import { useColor, writeReport } from './output.js';
import { UsageError } from '../core/errors.js';
import type { RuleMeta } from '../core/model.js';
import { scanners } from '../scanners/registry.js';

export async function rulesCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('rules', args, {
    format: { type: 'string', short: 'f', default: 'table' },
    scanner: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return (await import('./main.js')).main(['help', 'rules']);
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments. Run 'patchline help rules'.`);
  const format = oneOf('--format', values.format, ['table', 'json'] as const);
  const chosen = values.scanner ? scanners.filter((s) => s.meta.id === values.scanner) : scanners;
  if (chosen.length === 0) throw new UsageError(`unknown scanner '${values.scanner}'; available: ${scanners.map((s) => s.meta.id).join(', ')}`);
  const rows = chosen.flatMap((s) => s.rules.map((rule) => ({ scanner: s.meta.id, ...rule })));
  await writeReport(format === 'json' ? JSON.stringify(rows, null, 2) : rulesTable(rows, useColor()));
  return EXIT_OK;
}

function rulesTable(rows: readonly (RuleMeta & { scanner: string })[], color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const idWidth = Math.max(...rows.map((r) => r.id.length), 2);
  const lines = [bold(`${'ID'.padEnd(idWidth)}  SEVERITY  CWE        DESCRIPTION`)];
  for (const r of rows) {
    const peers = r.tags?.length ? ` [${r.tags.join(', ')}]` : '';
    lines.push(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${r.cwe.join(',').padEnd(9)}  ${r.title}${peers}`);
  }
  lines.push('', `${rows.length} rules in ${new Set(rows.map((r) => r.scanner)).size} scanners`);
  return lines.join('\n');
}
