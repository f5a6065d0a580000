/**
 * Reading example code as text (the README's blocks, the sources' `@example` blocks): where a
 * string ends, and how deep in brackets a piece of code leaves you.
 */

/** Index of the quote that closes the string opened at `start`. */
export function stringEnd(code: string, start: number): number {
  const q = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== q) i += code[i] === '\\' ? 2 : 1;
  return i;
}

/** Bracket depth of code, strings and `//` comments left out. */
export function depth(code: string): number {
  let d = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = stringEnd(code, i);
    } else if (ch === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
  }
  return d;
}
