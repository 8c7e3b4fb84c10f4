import { taintedScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';

const FS_READS = ['readFile', 'readFileSync', 'createReadStream', 'promises.readFile', 'createWriteStream', 'writeFile', 'writeFileSync', 'unlink', 'unlinkSync'];

export const pathSinks: readonly ScriptSinkSpec[] = [
  {
    calls: [
      ...['res', 'response'].flatMap((r) => [`${r}.sendFile`, `${r}.download`]),
      ...FS_READS.map((f) => `fs.${f}`),
      ...['readFile', 'writeFile', 'unlink'].map((f) => `fs.promises.${f}`),
    ],
    arg: 0,
    sanitizers: ['path.basename'],
  },
];

export const pathTraversal: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.path-traversal',
    title: 'File path built from request data',
    description:
      'A file is read or sent from a path that contains request data: ../ segments or an absolute path reach any file the process can read (keys, /etc/passwd, the source).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-22'],
    owasp: ['A01:2021'],
    help: "Keep only the file name (path.basename), resolve it under a fixed directory and check the result still starts with it; res.sendFile(name, { root: dir }) does both.",
    tags: ['eslint-plugin-security:detect-non-literal-fs-filename', 'semgrep:javascript.express.security.audit.express-path-join-resolve-traversal.express-path-join-resolve-traversal'],
  }),
  check(file) {
    // res.sendFile(name, { root }) confines the path to root (and rejects ..): not a traversal.
    return taintedScriptSinks(file, pathSinks).filter((m) => {
      const name = file.callName(m.node) ?? '';
      return !(name.endsWith('.sendFile') && file.property(file.arg(m.node, 1), 'root'));
    });
  },
};
