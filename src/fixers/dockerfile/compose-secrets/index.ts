import type { Finding } from '../../../core/model.js';
import { isComposePath } from '../../../scanners/dockerfile/deploy/match.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';

/** `  NAME: value` (a map) or `  - NAME=value` (a list) of a service's environment. */
const MAP_ENTRY = /^(\s*)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2(\s*:\s*)(.*?)(\s+#.*)?$/;
const LIST_ENTRY = /^(\s*-\s*)(["']?)([A-Za-z_][A-Za-z0-9_]*)=(.*?)\2(\s+#.*)?$/;

export const composeSecretsFixer = {
  meta: { id: 'compose-secrets', version: '1.0.0', summary: 'Replaces a literal secret in a Compose environment with ${NAME}, taken from the environment at up time' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean =>
    f.location.kind === 'file' && isComposePath(f.location.path) && (f.ruleId === 'compose.plaintext-secret' || f.category === 'secret'),
  async plan(unit, ctx) {
    const loc = unit.findings[0]!.location;
    if (loc.kind !== 'file') return skip('the finding names no file');
    const before = await ctx.readFile(loc.path);
    if (before === undefined) return skip(`${loc.path} cannot be read`);
    const lines = before.split('\n');
    const line = lines[loc.startLine - 1] ?? '';
    const map = MAP_ENTRY.exec(line);
    const list = map ? undefined : LIST_ENTRY.exec(line);
    const name = map?.[3] ?? list?.[3];
    if (!name || (map && (map[5] === '' || map[5]!.startsWith('${')))) return skip('the secret is not a NAME: value or NAME=value environment entry; move it by hand');
    lines[loc.startLine - 1] = map ? `${map[1]}${map[2]}${name}${map[2]}${map[4]}\${${name}}${map[6] ?? ''}` : `${list![1]}${name}=\${${name}}${list![5] ?? ''}`;
    return change(this, unit, {
      title: `Take ${name} from the environment in ${loc.path}`,
      rationale: `A secret written in the Compose file is in the repository and its history. \${${name}} makes Compose read it from the shell or an uncommitted .env file when the stack starts.`,
      notes: [`Rotate ${name}: the committed value stays valid until it is revoked. Set ${name} in the environment (or a .env file kept out of git) before docker compose up.`],
      edits: [{ path: loc.path, before, after: lines.join('\n') }],
    });
  },
} satisfies Fixer;
