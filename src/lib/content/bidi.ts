import type { Problem } from './problem.ts';

/**
 * Unicode direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible
 * characters that make text display differently from what it is ("0024" shown as "4200"), as in
 * the Trojan Source attacks. Left-to-right and right-to-left marks stay allowed.
 */
const directionControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** Every direction control character in `text` (a content file), with its line. */
export function directionControlProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(directionControls)) {
      const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase();
      problems.push({
        file: `${file}:${index + 1}`,
        path: '',
        message: `expected plain text, found an invisible direction control character (U+${code}) at column ${match.index + 1}, which can make text read differently from what it is; delete it`,
      });
    }
  });
  return problems;
}
