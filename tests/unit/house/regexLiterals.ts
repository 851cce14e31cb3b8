// Finds the regular expression literals of a source file, for regexShapes.test.ts.

/** A regular expression literal found in a source file: its pattern, flags and line. */
export interface Literal {
  pattern: string;
  flags: string;
  line: number;
}

// Before a `/`, these characters (or keywords) mean an expression starts: the `/` opens a regex.
const STARTS_EXPRESSION = /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bof|\bin)\s*$/;

/** The regex literals of a TypeScript or JavaScript file (strings, templates and comments skipped). */
export function regexLiterals(code: string): Literal[] {
  const found: Literal[] = [];
  let at = 0;
  let line = 1;
  const skipTo = (end: number): void => {
    for (let i = at; i < end; i++) if (code[i] === '\n') line++;
    at = end;
  };
  while (at < code.length) {
    const char = code[at]!;
    if (char === '/' && code[at + 1] === '/') skipTo(code.indexOf('\n', at) === -1 ? code.length : code.indexOf('\n', at));
    else if (char === '/' && code[at + 1] === '*') skipTo(code.indexOf('*/', at + 2) + 2);
    else if (char === "'" || char === '"' || char === '`') {
      let i = at + 1;
      while (i < code.length && code[i] !== char) i += code[i] === '\\' ? 2 : 1;
      skipTo(i + 1);
    } else if (char === '/' && STARTS_EXPRESSION.test(code.slice(Math.max(0, at - 12), at))) {
      let i = at + 1;
      let inClass = false;
      while (i < code.length && code[i] !== '\n' && (inClass || code[i] !== '/')) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      const flags = /^[dgimsuvy]*/.exec(code.slice(i + 1))![0];
      if (code[i] === '/') found.push({ pattern: code.slice(at + 1, i), flags, line });
      skipTo(i + 1 + flags.length);
    } else skipTo(at + 1);
  }
  return found;
}
