import type { Confidence } from '../../../core/model.js';
import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isFalse, isTrue } from './support/names.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

const LXML_PARSERS = ['lxml.etree.XMLParser', 'lxml.etree.XMLPullParser'];
const LXML_PARSE = ['lxml.etree.fromstring', 'lxml.etree.XML', 'lxml.etree.parse', 'lxml.etree.iterparse', 'lxml.etree.fromstringlist'];

/** Parsers whose entity handling is not configurable here: external entities are off by default, expansion (billion laughs) is not. */
export const stdlibXmlSinks: readonly SinkSpec[] = [
  {
    calls: ['xml.dom.minidom.parseString', 'xml.dom.minidom.parse', 'xml.dom.pulldom.parseString', 'xml.dom.pulldom.parse', 'xml.sax.parseString', 'xml.sax.parse',
      'xml.etree.ElementTree.fromstring', 'xml.etree.ElementTree.XML', 'xml.etree.ElementTree.parse', 'xml.etree.ElementTree.iterparse',
      'xml.etree.cElementTree.fromstring', 'xml.etree.cElementTree.parse'],
    arg: { index: 0, keyword: 'string' },
  },
];

export const lxmlSinks: readonly SinkSpec[] = [{ calls: LXML_PARSE, arg: { index: 0, keyword: 'text' } }];

type ParserKind = 'none' | 'entities' | 'safe' | 'unknown';

/** Does this expression create (or name a local/module variable created as) an lxml parser, and how is it configured? */
function parserKind(file: PythonFile, parser: SyntaxNode | undefined): ParserKind {
  if (!parser || parser.type === 'none') return 'none';
  let created: SyntaxNode | undefined = parser;
  if (parser.type === 'identifier') {
    const defs = file.assignments().filter((a) => a.name === parser.text && a.node.startIndex < parser.startIndex);
    created = defs[defs.length - 1]?.right;
  }
  if (!created || created.type !== 'call' || !LXML_PARSERS.includes(file.callName(created) ?? '')) return 'unknown';
  const entities = file.args(created).keywords.get('resolve_entities');
  if (isTrue(entities)) return 'entities';
  return isFalse(entities) ? 'safe' : 'none';
}

export const xxe: PythonRule = {
  meta: codeRule({
    id: 'sast.python.xxe',
    title: 'XML parsed with entity resolution',
    description:
      'An XML parser that resolves entities reads documents from outside: a DOCTYPE can declare external entities that read local files or make requests from the server (XXE), or nest entities until memory runs out (billion laughs).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-611'],
    owasp: ['A05:2021'],
    help: 'Parse untrusted XML with defusedxml (defusedxml.lxml / defusedxml.ElementTree), or give lxml a parser created with XMLParser(resolve_entities=False, no_network=True).',
    tags: ['bandit:B320', 'bandit:B313', 'bandit:B318', 'bandit:B317', 'semgrep:python.lang.security.use-defused-xml.use-defused-xml'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls(LXML_PARSERS)) {
      if (isTrue(file.args(call).keywords.get('resolve_entities'))) {
        matches.push({ node: call, message: 'lxml parser created with resolve_entities=True: documents it parses can read local files through external entities' });
      }
    }
    for (const hit of taintedSinkCalls(file, lxmlSinks)) {
      const kind = parserKind(file, file.arg(hit.call, 1, 'parser'));
      if (kind === 'safe') continue;
      const confidence: Confidence = kind === 'entities' ? 'high' : 'medium';
      matches.push({ ...taintMatch(file, hit, 'XML from user input parsed by lxml with entity resolution'), confidence });
    }
    for (const hit of taintedSinkCalls(file, stdlibXmlSinks)) {
      matches.push({ ...taintMatch(file, hit, 'XML from user input parsed without defusedxml'), confidence: 'low' });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
