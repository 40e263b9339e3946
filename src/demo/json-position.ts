/**
 * Where a value sits in a JSON text: the line of the value a JSON Pointer (`/entries/3/dateFiled`)
 * names, so that a message about a file can say "line 57". A small scanner over text that
 * `JSON.parse` has already accepted; it never judges validity.
 */

/** The 1-based line of the value at `pointer` in `text`, or of its nearest existing parent. */
export function lineOfPointer(text: string, pointer: string): number {
  const path = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = (): string => {
    const start = ++i;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start - 1, i)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '"') {
      skipString();
      return;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skipSpace();
          skipString();
          skipSpace();
          i++; // ':'
        }
        skipValue();
        skipSpace();
        if (text[i++] === close) return;
      }
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  /** Moves `i` to the start of the member `key` of the object or array at `i`; false if absent. */
  const enter = (key: string): boolean => {
    skipSpace();
    const c = text[i];
    if (c !== '{' && c !== '[') return false;
    i++;
    let index = 0;
    for (;;) {
      skipSpace();
      if (text[i] === '}' || text[i] === ']') return false;
      if (c === '{') {
        const name = skipString();
        skipSpace();
        i++; // ':'
        skipSpace();
        if (name === key) return true;
      } else if (String(index) === key) {
        skipSpace();
        return true;
      }
      skipValue();
      skipSpace();
      if (text[i] === ',') i++;
      index++;
    }
  };
  for (const key of path) {
    const before = i;
    if (!enter(key)) {
      i = before;
      break;
    }
  }
  skipSpace();
  return text.slice(0, i).split('\n').length;
}
