/**
 * Line numbers of object keys in JSON text, for the objects `wanted` selects by their key path
 * (array elements appear in a path as '[]'). One linear pass with no tree, so a 2 MB lockfile costs a
 * few milliseconds on top of JSON.parse; meant to run after JSON.parse accepted the text. The map key
 * is the key path joined with NUL (see `keyPath`). With duplicate keys the last one wins, as in JSON.parse.
 * Objects deeper than `maxDepth` are never selected, which keeps hostile nesting linear.
 */
export function jsonKeyLines(text: string, wanted: (path: readonly string[]) => boolean, maxDepth = 512): Map<string, number> {
  const lines = new Map<string, number>();
  const path: string[] = [];
  /** Per open container: undefined for arrays, else the key prefix when wanted, or null. */
  const frames: (string | null | undefined)[] = [];
  let pendingKey = '';
  let expectKey = false;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
    } else if (c === 34) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      if (expectKey) {
        pendingKey = decodeKey(text, i, end);
        expectKey = false;
        const prefix = frames[frames.length - 1];
        if (typeof prefix === 'string') lines.set(prefix + pendingKey, line);
      }
      i = end;
    } else if (c === 123 || c === 91) {
      if (frames.length > 0) path.push(frames[frames.length - 1] === undefined ? '[]' : pendingKey);
      frames.push(c === 91 ? undefined : path.length <= maxDepth && wanted(path) ? keyPath(path, '') : null);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      frames.pop();
      path.pop();
      expectKey = false;
    } else if (c === 44) {
      expectKey = frames[frames.length - 1] !== undefined;
    }
  }
  return lines;
}

/** The map key of `key` inside the object at `path`. */
export function keyPath(path: readonly string[], key: string): string {
  return path.length === 0 ? key : `${path.join('\0')}\0${key}`;
}

/** Index of the closing quote of the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === 92; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw;
  }
}
