import path from 'node:path';

/**
 * Folder the site's content is read from: `content/`, or `IMPACT_LEDGER_CONTENT` (used by the
 * build tests to build fixture sites with the same code).
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['IMPACT_LEDGER_CONTENT'] ?? 'content');
}
