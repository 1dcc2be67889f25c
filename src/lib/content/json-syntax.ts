/**
 * Where JSON text goes wrong and what to do about it, in plain words: `JSON.parse` says only
 * "Expected double-quoted property name", and for some mistakes not even where.
 */
export interface JsonSyntaxError {
  /** 1-based line of the mistake (for a missing comma: where the comma belongs). */
  line: number;
  /** 1-based column. */
  column: number;
  /** What was expected, what was found, and how to fix it. */
  message: string;
}

class Found extends Error {
  readonly at: number;
  readonly explanation: string;
  constructor(at: number, explanation: string) {
    super(explanation);
    this.at = at;
    this.explanation = explanation;
  }
}

const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** How the text at `at` reads in a message: a short quoted excerpt, or "the end of the file". */
function foundAt(text: string, at: number): string {
  const char = text[at];
  if (char === undefined) return 'the end of the file';
  if (char === '"') {
    const end = text.indexOf('"', at + 1);
    return end === -1 || end - at > 40 ? `${text.slice(at, at + 20)}…` : text.slice(at, end + 1);
  }
  const word = /^[^\s{}[\],:"]+/.exec(text.slice(at))?.[0];
  if (word === undefined) return `"${char}"`;
  return `"${word.length > 20 ? `${word.slice(0, 20)}…` : word}"`;
}

/** A recursive-descent reader of JSON that stops at the first mistake with an explanation. */
function scan(text: string): void {
  let i = 0;
  const skipSpace = () => {
    while (isSpace(text[i])) i += 1;
  };
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const fail = (at: number, explanation: string): never => {
    throw new Found(at, explanation);
  };

  /** A mistake where a value should start. */
  const badValue = (what: string): never => {
    const char = text[i];
    if (char === undefined) return fail(i, `expected ${what}, found the end of the file`);
    if (char === "'")
      return fail(
        i,
        `expected text in double quotes, found single quotes; write "…" instead of '…'`,
      );
    if (char === '“' || char === '”' || char === '„')
      return fail(
        i,
        `expected straight double quotes ("), found ${char}; replace curly quotes with " (word processors change them)`,
      );
    if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return fail(i, `expected ${what}, found a comment; JSON has no comments, remove it`);
    if (char === ',') return fail(i, `expected ${what}, found an extra comma; remove it`);
    const written = /^[+.]\d/.test(text.slice(i, i + 2)) ? foundAt(text, i).slice(1, -1) : '';
    const number = Number(written.replace(/^\+/, ''));
    if (written !== '' && Number.isFinite(number)) {
      return fail(
        i,
        `expected a number such as 12 or 0.5, found "${written}"; write ${String(number)}`,
      );
    }
    const kinds =
      what === 'a value' ? ' (text in "…", a number, true, false, null, […] or {…})' : '';
    return fail(i, `expected ${what}${kinds}, found ${foundAt(text, i)}`);
  };

  const string = () => {
    const start = i;
    i += 1;
    for (;;) {
      const char = text[i];
      if (char === undefined)
        return fail(start, `expected the text to end with ", found the end of the file; close it`);
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\n' || char === '\r')
        return fail(
          i,
          'expected the text to end with " on this line, found a line break inside it; close the quote, or write \\n for a line break',
        );
      if (char < ' ')
        return fail(
          i,
          char === '\t'
            ? 'expected text without tab characters, found one; write \\t for a tab, or a space'
            : 'expected text, found a control character; delete it',
        );
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail(
              i,
              'expected \\u and 4 hexadecimal digits, found fewer; write \\\\ for a backslash',
            );
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          return fail(
            i,
            `expected a known escape after \\ (\\", \\\\, \\n …), found \\${next ?? ''}; write \\\\ for a backslash`,
          );
        i += 2;
        continue;
      }
      i += 1;
    }
  };

  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    const word = /^[^\s{}[\],:"]+/.exec(text.slice(i))?.[0] ?? '';
    if (match === null || match[0] !== word)
      return fail(i, `expected a number such as 12 or 0.5, found "${word.slice(0, 20)}"`);
    i += word.length;
  };

  const literal = () => {
    const word = /^[^\s{}[\],:"]+/.exec(text.slice(i))?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return;
    }
    return badValue('a value');
  };

  /** After an item: a comma, the closing bracket, or a missing comma. */
  const afterItem = (close: '}' | ']', itemEnd: number, opened: number): 'next' | 'done' => {
    skipSpace();
    const char = text[i];
    if (char === ',') {
      const comma = i;
      i += 1;
      skipSpace();
      if (text[i] === close) {
        return fail(
          comma,
          `expected another ${close === '}' ? 'field' : 'item'} after the comma, found "${close}"; remove this comma (JSON allows none after the last ${close === '}' ? 'field' : 'item'})`,
        );
      }
      return 'next';
    }
    if (char === close) {
      i += 1;
      return 'done';
    }
    if (char === undefined) {
      return fail(
        i,
        `expected "${close}" to close the ${close === '}' ? 'object' : 'list'} opened on line ${lineOf(opened)}, found the end of the file; add the missing "${close}"`,
      );
    }
    const closer = close === '}' ? ']' : '}';
    if (char === closer)
      return fail(
        i,
        `expected "${close}" or a comma, found "${closer}"; the brackets do not match`,
      );
    return fail(
      itemEnd,
      `expected a comma or "${close}" after this ${close === '}' ? 'field' : 'item'}, found ${foundAt(text, i)}${lineOf(i) === lineOf(itemEnd) ? '' : ' on the next line'}; add a comma here`,
    );
  };

  const value = (depth: number): void => {
    if (depth > 500) fail(i, 'expected fewer nested brackets, found more than 500 levels');
    skipSpace();
    const char = text[i];
    if (char === '{') {
      const opened = i;
      i += 1;
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      const keys = new Map<string, number>();
      for (;;) {
        skipSpace();
        if (text[i] !== '"') {
          const key = text[i];
          if (key !== undefined && /[A-Za-z_$]/.test(key)) {
            const word = /^[^\s{}[\],:"']+/.exec(text.slice(i))?.[0] ?? key;
            fail(i, `expected a field name in double quotes, found ${word}; write "${word}"`);
          }
          if (key === undefined)
            fail(
              i,
              `expected "}" to close the object opened on line ${lineOf(opened)}, found the end of the file; add the missing "}"`,
            );
          badValue('a field name in double quotes');
        }
        const keyStart = i;
        string();
        // JSON.parse keeps the last of two equal fields silently; an author meant one of them.
        const key = text.slice(keyStart, i);
        const first = keys.get(key);
        if (first !== undefined)
          fail(
            keyStart,
            `expected each field once in an object, found ${key} again (first on line ${lineOf(first)}); keep the one you mean and delete the other`,
          );
        keys.set(key, keyStart);
        skipSpace();
        if (text[i] !== ':')
          fail(
            i,
            `expected ":" after the field name, found ${foundAt(text, i)}; write "name": value`,
          );
        i += 1;
        value(depth + 1);
        if (afterItem('}', i, opened) === 'done') return;
      }
    }
    if (char === '[') {
      const opened = i;
      i += 1;
      skipSpace();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        if (afterItem(']', i, opened) === 'done') return;
      }
    }
    if (char === '"') string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else if (char === 't' || char === 'f' || char === 'n') literal();
    else badValue('a value');
  };

  skipSpace();
  if (i === text.length) fail(i, 'expected an object {…}, found an empty file');
  value(0);
  skipSpace();
  if (i < text.length) {
    fail(
      i,
      `expected the end of the file after the last closing bracket, found ${foundAt(text, i)}; remove it, or look for a bracket closed too early`,
    );
  }
}

/**
 * Why `text` is not valid JSON, with the line and column to look at, or undefined when it is
 * valid after all (or too odd to explain: the caller keeps `JSON.parse`'s own message then).
 */
export function explainJsonError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Found)) return undefined;
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, message: error.explanation };
  }
}
