import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { closestMatch } from '../suggest.ts';
import { collectionFolders as folders, type CollectionName as FolderName } from './folders.ts';
import type { Problem } from './problem.ts';

/** Images may sit anywhere in `content/`: stories, partners and site.json point at them. */
export const imageExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];

const isFolderName = (name: string): name is FolderName => Object.hasOwn(folders, name);

const holds: Record<FolderName | '', string> = {
  '': 'content/ holds site.json, redirects.json, images and the folders programmes, partners, datasets, stories and pages',
  programmes: 'content/programmes/ holds programmes as .json files, and images',
  partners: 'content/partners/ holds partners as .json files, and images',
  datasets:
    'content/datasets/ holds datasets as .json files, the .csv file of observations beside a dataset, and images',
  stories: 'content/stories/ holds stories as .mdx files, and their images',
  pages: 'content/pages/ holds pages as .mdx files, and their images',
};

/**
 * Files no one needs to hear about: the operating system writes them (`.DS_Store` on macOS,
 * `Thumbs.db` and `desktop.ini` on Windows), and dotfiles and dot-folders (`.gitkeep`,
 * `.git/`) are tools' own. Everything else in `content/` is either read or reported.
 */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || ['thumbs.db', 'desktop.ini'].includes(name.toLowerCase());
}

const isImage = (name: string) => imageExtensions.includes(path.extname(name).toLowerCase());

/** Where a file of this kind belongs, for a file in a folder that does not read it. */
function whereItBelongs(name: string): string {
  const extension = path.extname(name).toLowerCase();
  if (['.mdx', '.md', '.markdown'].includes(extension))
    return 'stories go in content/stories/ and pages in content/pages/, as .mdx files; keep other notes outside content/';
  if (extension === '.json')
    return 'programmes, partners and datasets go in content/programmes/, content/partners/ and content/datasets/';
  if (extension === '.csv')
    return 'observations go in content/datasets/, in a .csv file named after the dataset (recycling.csv beside recycling.json)';
  if (['.xlsx', '.xls', '.ods', '.numbers'].includes(extension))
    return 'save the sheet as "CSV UTF-8" into content/datasets/, named after its dataset (recycling.csv beside recycling.json), and keep the spreadsheet elsewhere';
  return 'keep notes and working files outside content/';
}

/**
 * The name a file should have when only its extension is wrong for the folder: `autumn.mdx`
 * for `autumn.md`, `autumn.MDX` or `autumn.mdx.txt`; `x.json` for `x.jsonc` or `x.json.txt`.
 */
function renamed(name: string, extension: string): string | undefined {
  const current = path.extname(name);
  const base = name.slice(0, name.length - current.length);
  if (base === '') return undefined;
  if (path.extname(base).toLowerCase() === extension)
    return base.slice(0, -extension.length) + extension;
  const near =
    extension === '.mdx'
      ? ['.mdx', '.md', '.markdown', '.mdown']
      : extension === '.json'
        ? ['.json', '.jsonc', '.json5']
        : [extension];
  return near.includes(current.toLowerCase()) ? base + extension : undefined;
}

/** Every file under `dir` (not ignored, not an image), relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (isIgnored(entry.name)) return [];
    if (entry.isDirectory())
      return filesUnder(path.join(dir, entry.name)).map((file) => path.join(entry.name, file));
    return isImage(entry.name) ? [] : [entry.name];
  });
}

function strayInFolder(
  contentDir: string,
  name: FolderName,
  report: (absolute: string, message: string) => void,
): void {
  const dir = path.join(contentDir, name);
  const extension = folders[name];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isIgnored(entry.name)) continue;
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const file of filesUnder(absolute)) {
        report(
          path.join(absolute, file),
          `is not read by the site: files in a subfolder of content/${name}/ are not read (images aside); move it to content/${name}/`,
        );
      }
      continue;
    }
    if (isImage(entry.name) || entry.name.endsWith(extension)) continue;
    if (name === 'datasets' && entry.name.endsWith('.csv')) {
      const id = entry.name.slice(0, -'.csv'.length);
      if (existsSync(path.join(dir, `${id}.json`))) continue;
      const ids = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length));
      const match = closestMatch(id, ids);
      report(
        absolute,
        `is not read by the site: a .csv file holds the observations of the dataset with the same name, and there is no content/datasets/${id}.json` +
          (match === undefined
            ? `; add ${id}.json beside it, or move the file out of content/`
            : `; did you mean "${match}"? Rename it to ${match}.csv`),
      );
      continue;
    }
    const rename =
      renamed(entry.name, extension) ??
      (name === 'datasets' ? renamed(entry.name, '.csv') : undefined);
    if (rename !== undefined) {
      const what = rename.endsWith('.csv') ? 'observation files' : name;
      report(absolute, `${what} must end in ${path.extname(rename)}; rename it to ${rename}`);
      continue;
    }
    report(absolute, `is not read by the site: ${holds[name]}; ${whereItBelongs(entry.name)}`);
  }
}

/**
 * Problems for every file in `contentDir` the site will not read, so nothing an author put
 * there is silently left out: a story saved as `.md`, a CSV file without its dataset, a file in
 * an unknown folder. Images are allowed anywhere; see `isIgnored` for the files passed over.
 */
export function strayFileProblems(
  contentDir: string,
  displayPath: (absolute: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const report = (absolute: string, message: string) => {
    problems.push({ file: displayPath(absolute), path: '', message });
  };
  if (!existsSync(contentDir)) return problems;
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (isIgnored(entry.name)) continue;
    const absolute = path.join(contentDir, entry.name);
    if (entry.isDirectory()) {
      if (isFolderName(entry.name)) {
        strayInFolder(contentDir, entry.name, report);
        continue;
      }
      const match = closestMatch(entry.name, Object.keys(folders));
      for (const file of filesUnder(absolute)) {
        report(
          path.join(absolute, file),
          `is not read by the site: content/${entry.name}/ is not a folder the site reads (${Object.keys(folders).join(', ')})` +
            (match === undefined
              ? `; ${whereItBelongs(file)}`
              : `; did you mean content/${match}/?`),
        );
      }
      continue;
    }
    if (entry.name === 'site.json' || entry.name === 'redirects.json' || isImage(entry.name))
      continue;
    if (renamed(entry.name, '.json')?.toLowerCase() === 'site.json') {
      report(absolute, `the site's settings must be in site.json; rename it to site.json`);
      continue;
    }
    report(absolute, `is not read by the site: ${holds['']}; ${whereItBelongs(entry.name)}`);
  }
  return problems;
}
