/**
 * The offset of the first JSON syntax error in `text`, for messages when JSON.parse does not say where
 * (V8 only gives a position for some errors). Iterative, so deep nesting cannot exhaust the stack.
 * Returns undefined when the text is valid.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 0x22) return (i++, true);
        if (ch < 0x20) return false;
        if (ch === 0x5c) {
          const esc = text[i + 1];
          if (esc === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return (i++, false);
            i += 5;
          } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
          else return (i++, false);
        }
      }
      return false;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Expect a value; then after it, a comma, a closing bracket, or the end.
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === '{' && !key()) return i;
        continue;
      }
      if (!scalar()) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === '{' && !key()) return i;
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else return i;
  }

  /** `"name" :` inside an object; leaves `i` at the value. */
  function key(): boolean {
    ws();
    if (text[i] !== '"' || !scalar()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  }
}
