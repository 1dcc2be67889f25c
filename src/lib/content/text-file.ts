import { readFileSync } from 'node:fs';
import type { Problem } from './problem.ts';

/** What a content file is, for the advice on saving it again. */
export type TextFileKind = 'csv' | 'json' | 'mdx';

const saveAsUtf8: Record<TextFileKind, string> = {
  csv: 'save it again as UTF-8: in Excel choose "Save as type: CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose the character set "Unicode (UTF-8)"',
  json: 'save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")',
  mdx: 'save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")',
};

/** A file's text (without its byte-order mark, if it had one), or why it cannot be read. */
export type TextFile =
  | { text: string; bom: boolean; problem?: undefined }
  | { text?: undefined; bom?: undefined; problem: Problem };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// Keeps a byte-order mark as U+FEFF, so offsets in the text match offsets in the bytes.
const looseUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The word around `index`, as an author would look for it in the file. */
function wordAround(text: string, index: number): string {
  const isBreak = (char: string | undefined) => char === undefined || /[\s,;"'{}[\]:]/.test(char);
  let start = index;
  let end = index + 1;
  while (start > 0 && index - start < 30 && !isBreak(text[start - 1])) start -= 1;
  while (end < text.length && end - index < 30 && !isBreak(text[end])) end += 1;
  return text.slice(start, end);
}

/** Index (in the loosely decoded text) of the first byte sequence that is not UTF-8. */
function firstInvalidIndex(bytes: Uint8Array, loose: string): number {
  let from = 0;
  for (;;) {
    const index = loose.indexOf('\uFFFD', from);
    if (index === -1) return -1;
    // A real U+FFFD in the file is three valid bytes; a replacement stands for invalid ones.
    const offset = Buffer.byteLength(loose.slice(0, index));
    const isReal =
      bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!isReal) return index;
    from = index + 1;
  }
}

/**
 * The text of a content file, which must be UTF-8: a file in another encoding (Windows-1250,
 * UTF-16) is refused with the line it goes wrong on and how to save it again, never read as
 * mojibake. A UTF-8 byte-order mark is dropped.
 */
export function decodeTextFile(bytes: Uint8Array, file: string, kind: TextFileKind): TextFile {
  const refuse = (at: string, found: string) => ({
    problem: {
      file: at,
      path: '',
      message: `expected text saved as UTF-8, found ${found}; ${saveAsUtf8[kind]}`,
    },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse(file, 'text saved as UTF-16 ("Unicode")');
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const loose = looseUtf8.decode(bytes);
    const index = firstInvalidIndex(bytes, loose);
    if (index === -1) return refuse(file, 'bytes that are not UTF-8');
    return refuse(
      `${file}:${lineAt(loose, index)}`,
      `"${wordAround(loose, index)}", where � stands for bytes that are not UTF-8 (the file is in an older encoding, such as Windows-1250)`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return refuse(
      `${file}:${lineAt(text, nul)}`,
      'NUL characters, which text never has (the file is UTF-16 without a byte-order mark, or not text at all)',
    );
  }
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

/** Reads a content file as UTF-8 text; see `decodeTextFile`. */
export function readTextFile(absolute: string, file: string, kind: TextFileKind): TextFile {
  return decodeTextFile(readFileSync(absolute), file, kind);
}
