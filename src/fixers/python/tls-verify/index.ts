import { isFalse } from '../../../scanners/sast/rules/support/names.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, removeArgument, startingAt } from '../shared/python-unit.js';

export const tlsVerifyFixer = {
  meta: { id: 'tls-verify', version: '1.0.0', summary: 'Removes verify=False from HTTP client calls so certificates are checked again' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.tls-verification-disabled'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const args = startingAt(file.nodes('call'), row)
      .flatMap((call) => call.childForFieldName('arguments')?.namedChildren ?? [])
      .filter((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'verify' && isFalse(a.childForFieldName('value') ?? undefined));
    if (args.length === 0) return skip('TLS checks are turned off by an SSL context or setting here, not by verify=False; fix it by hand');
    return change(this, unit, {
      title: `Verify TLS certificates in ${path}`,
      rationale: 'With verify=False anyone on the network path can impersonate the server. Without it the client checks the certificate chain again.',
      notes: ['If the server uses a private CA, pass verify="/path/to/ca.pem" instead of turning verification off.'],
      edits: [{ path, before: text, after: applySpans(text, args.map((a) => removeArgument(text, a))) }],
    });
  },
} satisfies Fixer;
