import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, isError, type Problem } from './problem.ts';

/**
 * The error Astro's dev overlay (the `vite-error-overlay` element Astro draws over the page)
 * shows: `title` as its heading, `message` and `hint` as HTML, `loc` as a file:line header over
 * `highlightedCode`, which the overlay scrolls to the line with the class `error-line`.
 */
export interface OverlayError {
  /** Small heading above the title; marks the error as ours (the dev page script reads it). */
  name: typeof contentCheckName;
  title: string;
  /** HTML: every problem, errors then warnings, each with file:line, field and message. */
  message: string;
  /** HTML: how to fix and what happens after. */
  hint: string;
  /** The first problem's file (absolute) and line, when the file can be read. */
  loc?: { file: string; line?: number | undefined };
  /** HTML of the first problem's file, its line marked, in the overlay's code box. */
  highlightedCode?: string;
  /** Empty: a content problem has no stack trace (the dev page script hides the box). */
  stack: '';
}

/** The `name` of every overlay error made here. */
export const contentCheckName = 'Content check';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `content/x.mdx:14:3` → file `content/x.mdx`, line 14 (none when the problem has no line). */
export function problemLocation(problem: Problem): { file: string; line: number | undefined } {
  const match = /^(.*?):(\d+)(?::\d+)?$/.exec(problem.file);
  return match === null
    ? { file: problem.file, line: undefined }
    : { file: match[1] ?? problem.file, line: Number(match[2]) };
}

/** One problem as an HTML list item: its location in bold, then the same words as the terminal. */
function problemItem(problem: Problem): string {
  const line = formatProblem(problem);
  const where = problem.file.length;
  const warning = isError(problem) ? '' : 'warning: ';
  return `<li>${warning}<strong>${escapeHtml(line.slice(0, where))}</strong>${escapeHtml(line.slice(where))}</li>`;
}

/** `text` as lines the overlay's code box shows (Shiki's markup: one `span.line` per line). */
function codeHtml(text: string, errorLine: number | undefined): string {
  const lines = text.split('\n').map((line, index) => {
    const classes = index + 1 === errorLine ? 'line error-line' : 'line';
    return `<span class="${classes}">${escapeHtml(line)}</span>`;
  });
  return `<pre class="shiki" tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}

/**
 * The overlay error for a content check's problems, or `undefined` when none is an error
 * (warnings alone never cover the page). File names in problems are relative to `projectRoot`
 * (`content/stories/x.mdx:14`); the first error's file is read from there for the code box, and
 * an unreadable file (deleted since) leaves the box out.
 */
export function overlayError(
  problems: readonly Problem[],
  projectRoot: string,
): OverlayError | undefined {
  const errors = problems.filter(isError);
  const first = errors[0];
  if (first === undefined) return undefined;
  const warnings = problems.filter((problem) => !isError(problem));
  const files = new Set(errors.map((problem) => problemLocation(problem).file)).size;
  const error: OverlayError = {
    name: contentCheckName,
    title: `${plural(errors.length, 'problem')} in ${plural(files, 'file')} to fix`,
    message: `<ul>${[...errors, ...warnings].map(problemItem).join('')}</ul>`,
    hint: 'Fix each line in your editor and save: this page comes back by itself once every problem is fixed. <code>npm run check</code> prints the same list.',
    stack: '',
  };
  const { file, line } = problemLocation(first);
  const absolute = path.resolve(projectRoot, file);
  try {
    error.highlightedCode = codeHtml(readFileSync(absolute, 'utf8'), line);
    error.loc = { file: absolute, line };
  } catch {
    // A deleted or unreadable file: the list above still names it.
  }
  return error;
}
