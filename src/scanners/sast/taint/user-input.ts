import type { PythonFile } from '../engine/python/context.js';
import { routeParameters, URL_PART } from './routes.js';
import { SOURCE_ATTRIBUTES, SOURCE_CALLS } from './sources.js';

/**
 * Every qualified name the engine compares with a source attribute is built from identifiers of the file
 * and the module names of its imports (engine/python/imports.ts), so each dotted part of a source it can
 * see is a word of the text. Built from the source list itself: a new source is a new keyword.
 */
const SOURCE_PARTS: readonly (readonly string[])[] = SOURCE_ATTRIBUTES.map((name) => name.split('.'));
/** Every part of every source, found in one pass over the text. */
const SOURCE_WORD = new RegExp(`\\b(?:${[...new Set(SOURCE_PARTS.flat())].join('|')})\\b`, 'g');
const ROUTE_PART = new RegExp(URL_PART.source);

const memo = new WeakMap<PythonFile, boolean>();

/**
 * Can user input reach anything in this file: a source attribute (all the parts of its name are words of
 * the text), a call of a source (`input()`, by the same call names the taint engine reads), or a route
 * parameter (a route rule with a URL part on one of its functions)? When not, every taint in the file is
 * empty and the taint pass is skipped. Summaries of other modules (taint/project.ts) only carry a caller's
 * taint through a call and add no source, so they cannot make a file relevant by themselves.
 */
export function mayHoldUserInput(file: PythonFile): boolean {
  let found = memo.get(file);
  if (found === undefined) memo.set(file, (found = sourceIn(file)));
  return found;
}

function sourceIn(file: PythonFile): boolean {
  const words = new Set(file.text.match(SOURCE_WORD));
  if (SOURCE_PARTS.some((parts) => parts.every((part) => words.has(part)))) return true;
  if (file.calls(SOURCE_CALLS).length > 0) return true;
  return ROUTE_PART.test(file.text) && hasRouteParameters(file);
}

function hasRouteParameters(file: PythonFile): boolean {
  return file.tree.rootNode.descendantsOfType('decorated_definition').some((d) => {
    const fn = d.childForFieldName('definition');
    return fn?.type === 'function_definition' && routeParameters(fn).size > 0;
  });
}
