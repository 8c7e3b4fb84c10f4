import type { SyntaxNode } from '../../engine/walk.js';

/** Splits `apiToken`, `API_TOKEN`, `self.reset_token` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Does any word of the name equal one of `words` (so `key` matches `api_key` but not `monkey`)? */
export function nameHasWord(name: string, words: ReadonlySet<string>): boolean {
  return nameWords(name).some((w) => words.has(w));
}

export { targetName } from '../../engine/python/targets.js';

/** Is this node `True` (or a truthy integer literal)? */
export function isTrue(node: SyntaxNode | undefined): boolean {
  return !!node && (node.type === 'true' || (node.type === 'integer' && Number(node.text) !== 0));
}

/** Is this node `False` (or `0`)? */
export function isFalse(node: SyntaxNode | undefined): boolean {
  return !!node && (node.type === 'false' || (node.type === 'integer' && Number(node.text) === 0));
}
