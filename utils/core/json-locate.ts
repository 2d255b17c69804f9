import { formatJsonPath } from './script/lint-types';

/**
 * Where a JSON text stops being valid: offset, line, column and the JSON path being read there. The one JSON error
 * locator of Huifang: script files (utils/core/script/lint-parse.ts) and export files (utils/core/export/issues.ts).
 */
export type JsonErrorLocation = { offset: number; line: number; column: number; path: string; expected: string };

class JsonStop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/**
 * A small validating scanner, used only after JSON.parse failed, because V8's messages do not always give a
 * position and never the path. Returns null if the text is in fact valid.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  return scanJson(text);
}

/**
 * The line and column where the value at a JSON path (`$.steps[3].options[1].goto`, as lint errors give it) starts in
 * the text; for a key that is missing, where its nearest existing parent starts. Null when no part of it is found.
 */
export function locateJsonPath(text: string, jsonPath: string): { line: number; column: number } | null {
  for (let target = jsonPath; ; target = target.replace(/(\.[A-Za-z_$][A-Za-z0-9_$]*|\[[^\]]*\])$/, '')) {
    const found = scanJson(text, target);
    if (found?.expected === foundMark) return { line: found.line, column: found.column };
    if (found !== null || target === '$' || target === '') return null;
  }
}

const foundMark = '\u0000found';

function scanJson(text: string, target?: string): JsonErrorLocation | null {
  const path: (string | number)[] = [];
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++;
  };
  const expect = (char: string, what: string): void => {
    skipSpace();
    if (text[at] !== char) throw new JsonStop(at, what);
    at++;
  };
  const readString = (what = 'a string in double quotes'): string => {
    const start = at;
    if (text[at] !== '"') throw new JsonStop(at, what);
    for (at++; at < text.length; at++) {
      const char = text[at] ?? '';
      if (char === '"') return String(JSON.parse(text.slice(start, ++at)));
      if (char === '\\') {
        const escape = text[at + 1] ?? '';
        if (
          escape === 'u'
            ? !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))
            : !'"\\/bfnrt'.includes(escape) || escape === ''
        )
          throw new JsonStop(at, 'a valid escape (\\n, \\", \\uXXXX…)');
        at += escape === 'u' ? 5 : 1;
      } else if (char < ' ') throw new JsonStop(at, 'no raw control character or line break inside a string');
    }
    throw new JsonStop(at, 'the closing " of the string');
  };
  const readValue = (depth: number): void => {
    if (depth > 200) throw new JsonStop(at, 'less nesting');
    skipSpace();
    if (target !== undefined && formatJsonPath(path) === target) throw new JsonStop(at, foundMark);
    const char = text[at];
    if (char === '{') {
      at++;
      skipSpace();
      if (text[at] === '}') return void at++;
      for (;;) {
        skipSpace();
        const key = readString('a key in double quotes (a trailing comma is not allowed)');
        expect(':', `a ":" after the key "${key}"`);
        path.push(key);
        readValue(depth + 1);
        path.pop();
        skipSpace();
        if (text[at] === ',') at++;
        else return expect('}', 'a "," or "}" after the value');
      }
    }
    if (char === '[') {
      at++;
      skipSpace();
      if (text[at] === ']') return void at++;
      for (let index = 0; ; index++) {
        path.push(index);
        readValue(depth + 1);
        path.pop();
        skipSpace();
        if (text[at] === ',') at++;
        else return expect(']', 'a "," or "]" after the item');
      }
    }
    if (char === '"') return void readString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (!literal) {
      // A misspelt true/false/null stops at its first wrong letter, as a reader would point at it.
      const word = ['true', 'false', 'null'].find((w) => w[0] === char);
      if (word) {
        let k = 0;
        while (k < word.length && text[at + k] === word[k]) k++;
        throw new JsonStop(at + k, `\`${word}\``);
      }
      throw new JsonStop(at, 'a value (text in double quotes, a number, true, false, null, { or [)');
    }
    at += literal[0].length;
  };
  try {
    readValue(0);
    skipSpace();
    if (at < text.length) throw new JsonStop(at, 'the end of the file');
    return null;
  } catch (error) {
    if (!(error instanceof JsonStop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    return {
      offset: error.offset,
      line,
      column: error.offset - before.lastIndexOf('\n'),
      path: formatJsonPath(path),
      expected: error.expected,
    };
  }
}
