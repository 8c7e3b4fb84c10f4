import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';

const ALWAYS_UNSAFE = [
  'pickle.loads', 'pickle.load', 'pickle.Unpickler', '_pickle.loads', '_pickle.load', 'cPickle.loads', 'cPickle.load',
  'dill.loads', 'dill.load', 'marshal.loads', 'marshal.load', 'shelve.open', 'jsonpickle.decode', 'jsonpickle.loads',
  'pandas.read_pickle', 'yaml.unsafe_load', 'yaml.unsafe_load_all', 'torch.load',
];
const YAML_LOADS = ['yaml.load', 'yaml.load_all'];
const SAFE_LOADERS = new Set(['SafeLoader', 'CSafeLoader', 'BaseLoader', 'CBaseLoader']);

export const unsafeDeserialization: PythonRule = {
  meta: codeRule({
    id: 'sast.python.unsafe-deserialization',
    title: 'Unsafe deserialization',
    description:
      'pickle, marshal, jsonpickle and yaml.load with a full Loader can construct arbitrary objects and run code while loading: data from outside is remote code execution.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-502'],
    owasp: ['A08:2021'],
    help: 'Load data formats that cannot carry code: json, or yaml.safe_load (Loader=yaml.SafeLoader). Sign data you must unpickle and verify before loading.',
    tags: ['bandit:B301', 'bandit:B302', 'bandit:B506'],
  }),
  check(file) {
    const matches: SastMatch[] = file.calls(ALWAYS_UNSAFE).map((node) => ({ node }));
    for (const call of file.calls(YAML_LOADS)) {
      if (!isSafeLoader(file, file.arg(call, 1, 'Loader'))) matches.push({ node: call });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};

function isSafeLoader(file: PythonFile, loader: SyntaxNode | undefined): boolean {
  if (!loader) return false;
  const name = file.nameOf(loader);
  return !!name && SAFE_LOADERS.has(name.split('.').pop()!);
}
