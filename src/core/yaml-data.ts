import { isScalar, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export class YamlShapeError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'YamlShapeError';
  }
}

/**
 * Parses YAML that is data (config, compose files, advisories) into plain values. A mapping key that is
 * itself a collection (`? [a]: b`) is refused before conversion: no data format we read uses one, and
 * nested complex keys make the converter's work explode on hostile input.
 */
export function parseYamlData(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): unknown {
  assertShallowYaml(text);
  const doc = parseDocument(text, { prettyErrors: true, ...options });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new YamlShapeError(`not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, e.linePos?.[0]?.line, e.linePos?.[0]?.col);
  }
  assertScalarKeys(doc);
  return doc.toJS({ maxAliasCount: 100 });
}

export function assertScalarKeys(doc: Document): void {
  let complex = false;
  visit(doc, {
    Pair(_key, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        complex = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (complex) throw new YamlShapeError('a mapping key is not a plain value (complex keys are not supported)');
}

const MAX_NESTING = 64;
const MAX_INDENT = 400;

/**
 * The yaml parser recurses once per nesting level; thousands of levels (`[[[[…`, `? ? ? …`, `- - - …`)
 * exhaust the stack, and V8 can then die inside a regular expression instead of throwing. Data we read
 * never nests that deep, so such text is refused before parsing. Counts flow brackets outside quotes,
 * block indicators chained on one line, and indentation.
 */
export function assertShallowYaml(text: string): void {
  let depth = 0;
  let quote = '';
  let line = 1;
  let lineStart = 0;
  let chained = 0;
  let atIndicator = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      chained = 0;
      atIndicator = true;
      if (quote === "'" || quote === '"') continue;
      quote = '';
      continue;
    }
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
      continue;
    }
    if (c === '#' && (i === lineStart || text[i - 1] === ' ')) quote = '#';
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_NESTING) throw new YamlShapeError(`nested more than ${MAX_NESTING} levels deep`, line);
    if (c === ' ' || c === '\t') {
      if (atIndicator && i - lineStart > MAX_INDENT) throw new YamlShapeError(`indented more than ${MAX_INDENT} columns`, line);
      continue;
    }
    if (atIndicator && (c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      if (++chained > MAX_NESTING) throw new YamlShapeError(`nested more than ${MAX_NESTING} levels deep`, line);
      continue;
    }
    atIndicator = false;
  }
}
