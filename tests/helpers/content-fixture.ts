import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatReport } from '../../src/lib/content/report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

export const validSiteContent = path.resolve('tests/fixtures/valid-site/content');

/** Edits applied to a copy of the valid fixture site. */
export interface ContentEditor {
  /** Changes a JSON file in place. */
  json: (file: string, edit: (data: Record<string, any>) => unknown) => void;
  /** Replaces a file's text (or creates the file). */
  write: (file: string, text: string) => void;
  /** Replaces text inside a file. */
  replace: (file: string, from: string, to: string) => void;
  remove: (file: string) => void;
}

/** A copy of the valid fixture's `content/` in a temporary site folder, edited by `edit`. */
export function editedContent(edit: (editor: ContentEditor) => void): {
  dir: string;
  cleanup: () => void;
} {
  const site = mkdtempSync(path.join(tmpdir(), 'impact-ledger-'));
  const dir = path.join(site, 'content');
  cpSync(validSiteContent, dir, { recursive: true });
  const at = (file: string) => path.join(dir, file);
  edit({
    json: (file, change) => {
      const data = JSON.parse(readFileSync(at(file), 'utf8')) as Record<string, any>;
      change(data);
      writeFileSync(at(file), JSON.stringify(data, null, 2));
    },
    write: (file, text) => writeFileSync(at(file), text),
    replace: (file, from, to) => {
      const text = readFileSync(at(file), 'utf8');
      if (!text.includes(from)) throw new Error(`fixture edit: "${from}" is not in ${file}`);
      writeFileSync(at(file), text.replace(from, to));
    },
    remove: (file) => rmSync(at(file)),
  });
  return { dir, cleanup: () => rmSync(site, { recursive: true, force: true }) };
}

/** Today, fixed, so "not in the future" checks give the same answer every day. */
export const fixedToday = '2026-11-28';

/** The report `npm run check` prints for the valid fixture after `edit`. */
export function reportFor(edit: (editor: ContentEditor) => void): string {
  const { dir, cleanup } = editedContent(edit);
  try {
    const { problems, files } = validateContent(dir, { today: fixedToday });
    return formatReport(problems, files);
  } finally {
    cleanup();
  }
}
