import type { RuleMeta } from '../../../../core/model.js';
import { around } from '../shared/markers.js';
import { firstConfirmed, pointHit, sendBaseline, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';

export const PATH_TRAVERSAL: RuleMeta = {
  id: 'web.path-traversal',
  title: 'Path traversal',
  description: 'A request value is used as a file path without confining it to a directory, so a client can read any file the application can (keys, configuration, /etc/passwd).',
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-22'],
  help: "Map request values to known files (an id → name table), or resolve the path and refuse it unless it stays under the base directory (werkzeug.utils.safe_join, send_from_directory).",
  tags: ['zap:6'],
  owasp: ['A01:2021'],
  references: ['https://owasp.org/www-community/attacks/Path_Traversal'],
};

/** Files every system of a kind has, and text only that file holds. */
const TARGETS: readonly { path: string; proof: RegExp }[] = [
  { path: 'etc/passwd', proof: /\broot:[^:\n]*:0:0:/ },
  { path: 'windows/win.ini', proof: /\[(fonts|extensions|mci extensions)\]/i },
];

const DEPTH = 10;

/** Ways to climb out of the application's directory, for one target file. */
function payloads(file: string): string[] {
  const win = file.startsWith('windows/');
  return [
    win ? `C:\\${file.replace(/\//g, '\\')}` : `/${file}`,
    `${'../'.repeat(DEPTH)}${file}`,
    `${'..\\'.repeat(DEPTH)}${file.replace(/\//g, '\\')}`,
    `${'....//'.repeat(DEPTH)}${file}`,
    `${'..%2f'.repeat(DEPTH)}${file.replace(/\//g, '%2f')}`,
    `file:///${win ? 'C:/' : ''}${file}`,
  ];
}

/** Asks for a system file by absolute path and by climbing out; the finding is the file's content in the answer. */
export const pathTraversalRule = {
  meta: { id: 'path-traversal', version: '0.1.0', summary: 'Path traversal: /etc/passwd or win.ini read through a request value, found by its content.' },
  rules: [PATH_TRAVERSAL],
  applies: (point) => point.location !== 'header' && point.location !== 'cookie',
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const baseline = await sendBaseline(attack);
    if (!baseline) return [];
    for (const target of TARGETS) {
      if (target.proof.test(baseline.response.body)) continue;
      const found = await firstConfirmed(attack, payloads(target.path), (p) => p, (e) => target.proof.test(e.response.body));
      if (!found) continue;
      const match = target.proof.exec(found.exchange.response.body)![0];
      return [pointHit(PATH_TRAVERSAL, attack, found.exchange, {
        message: `The value ${JSON.stringify(found.value)} makes the application answer with the content of /${target.path}`,
        evidence: around(found.exchange.response.body, match, 60) ?? match,
      })];
    }
    return [];
  },
} satisfies ActiveRule;
