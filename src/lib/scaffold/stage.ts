import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Problem } from '../content/problem.ts';
import { validateContent } from '../content/validate.ts';

/** A file the scaffolder writes, by its path inside the content folder. */
export interface NewFile {
  /** @example "stories/planting-day.mdx" */
  path: string;
  text: string;
}

/** `content/stories/x.mdx`: a new file as the check names it. */
export function displayPath(contentDir: string, file: NewFile): string {
  return path
    .join(path.basename(path.resolve(contentDir)), file.path)
    .split(path.sep)
    .join('/');
}

/**
 * What the content check (`validateContent`, the same run as `npm run check`) finds in `files`
 * once added to `contentDir`, tried on a copy so nothing is written yet. Only problems in the
 * new files are returned (warnings too): the rest of the content is the author's own business.
 */
export function newFileProblems(
  contentDir: string,
  files: readonly NewFile[],
  today: string,
): Problem[] {
  const site = mkdtempSync(path.join(tmpdir(), 'impact-ledger-new-'));
  try {
    // Same folder name, so messages name the files as `npm run check` will.
    const copy = path.join(site, path.basename(path.resolve(contentDir)));
    cpSync(contentDir, copy, { recursive: true });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(copy, file.path)), { recursive: true });
      writeFileSync(path.join(copy, file.path), file.text);
    }
    const names = new Set(files.map((file) => displayPath(contentDir, file)));
    return validateContent(copy, { today }).problems.filter(({ file }) =>
      names.has(file.replace(/(?::\d+)+$/, '')),
    );
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Writes `files` into `contentDir`, none over an existing file (`wx`): a file that appeared in
 * the meantime throws, and the files written before it are removed again.
 */
export function writeNewFiles(contentDir: string, files: readonly NewFile[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(contentDir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text, { flag: 'wx' });
      written.push(target);
    }
  } catch (error) {
    for (const target of written) rmSync(target, { force: true });
    throw error;
  }
}
