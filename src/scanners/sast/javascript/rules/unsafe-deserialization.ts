import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const UNSERIALIZERS = ['node-serialize.unserialize', 'serialize-to-js.deserialize', 'funcster.deepDeserialize'];

export const unsafeDeserialization: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.unsafe-deserialization',
    title: 'Deserialization that can run code',
    description:
      'node-serialize (and similar libraries) rebuild functions from the serialized text and run them: data shaped like {"x":"_$$ND_FUNC$$_function(){…}()"} executes on the server.',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-502'],
    owasp: ['A08:2021'],
    help: 'Exchange data as JSON (JSON.parse) and validate it against a schema; remove node-serialize.',
    tags: ['semgrep:javascript.lang.security.audit.unsafe-serialize-javascript.unsafe-serialize-javascript'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(UNSERIALIZERS)) {
      const arg = file.arg(call, 0);
      if (arg && !file.isConstant(arg)) matches.push({ node: call, ...(file.taint(arg) === undefined && { confidence: 'medium' as const }) });
    }
    return matches;
  },
};
