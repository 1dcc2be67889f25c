import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readObservationsCsv } from './csv-observations.ts';
import type { Problem } from './problem.ts';

/** One content file read from disk, not yet validated. */
export interface SourceFile {
  /** Path relative to the working directory, as messages show it. */
  file: string;
  /** Id: the file name without extension. */
  id: string;
  /** Parsed JSON, or MDX front matter. */
  data: unknown;
  /** MDX body, with the front matter blanked so line numbers still match the file. */
  body?: string;
  /** A dataset's observations read from `<id>.csv` beside it, with the line of each. */
  csv?: { file: string; lines: number[]; unreadable?: boolean };
}

/** Every content file of a site, read and parsed but not validated. */
export interface SourceContent {
  site: SourceFile | undefined;
  programmes: SourceFile[];
  partners: SourceFile[];
  datasets: SourceFile[];
  stories: SourceFile[];
  pages: SourceFile[];
}

/** The folders of `content/` and the extension of their files. */
export const collectionFolders = {
  programmes: '.json',
  partners: '.json',
  datasets: '.json',
  stories: '.mdx',
  pages: '.mdx',
} as const;

type CollectionName = keyof typeof collectionFolders;

/** Paths in messages start at the site root (`content/datasets/x.json`), wherever it is. */
type DisplayPath = (absolute: string) => string;

function readJson(absolute: string, displayPath: DisplayPath, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    problems.push({
      file: displayPath(absolute),
      path: '',
      message: `is not valid JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
}

function readMdx(
  absolute: string,
  displayPath: DisplayPath,
  problems: Problem[],
): Pick<SourceFile, 'data' | 'body'> | undefined {
  try {
    const { frontmatter, content } = parseFrontmatter(readFileSync(absolute, 'utf8'), {
      frontmatter: 'empty-with-lines',
    });
    return { data: frontmatter, body: content };
  } catch (error) {
    // js-yaml counts lines from the opening `---`, which is the file's first line.
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const file = displayPath(absolute) + (mark === undefined ? '' : `:${mark.line + 1}`);
    problems.push({
      file,
      path: 'front matter',
      message: `is not valid YAML: ${reason ?? String(error)}`,
    });
    return undefined;
  }
}

/** A dataset whose observations are in `<id>.csv` beside its JSON gets them merged in. */
function withCsvObservations(
  source: SourceFile,
  absolute: string,
  displayPath: DisplayPath,
  problems: Problem[],
): SourceFile {
  const csvPath = absolute.replace(/\.json$/, '.csv');
  if (!existsSync(csvPath)) return source;
  const csvFile = displayPath(csvPath);
  const data = source.data as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) return source;
  if ('observations' in data) {
    problems.push({
      file: source.file,
      path: 'observations',
      message: `expected the observations either here or in ${csvFile}, found both`,
    });
    return source;
  }
  const { csv, problems: csvProblems } = readObservationsCsv(
    readFileSync(csvPath, 'utf8'),
    csvFile,
  );
  problems.push(...csvProblems);
  // The CSV's own problems are reported; the JSON should not also be said to lack observations.
  if (csv === undefined) return { ...source, csv: { file: csvFile, lines: [], unreadable: true } };
  return {
    ...source,
    data: { ...data, observations: csv.observations },
    csv: { file: csvFile, lines: csv.lines },
  };
}

function readCollection(
  contentDir: string,
  name: CollectionName,
  displayPath: DisplayPath,
  problems: Problem[],
): SourceFile[] {
  const folder = path.join(contentDir, name);
  if (!existsSync(folder)) return [];
  const extension = collectionFolders[name];
  return readdirSync(folder)
    .filter((entry) => entry.endsWith(extension))
    .sort()
    .flatMap((entry) => {
      const absolute = path.join(folder, entry);
      const id = entry.slice(0, -extension.length);
      if (extension === '.json') {
        const data = readJson(absolute, displayPath, problems);
        if (data === undefined) return [];
        const source: SourceFile = { file: displayPath(absolute), id, data };
        return [
          name === 'datasets'
            ? withCsvObservations(source, absolute, displayPath, problems)
            : source,
        ];
      }
      const mdx = readMdx(absolute, displayPath, problems);
      return mdx === undefined ? [] : [{ file: displayPath(absolute), id, ...mdx }];
    });
}

/** Reads the datasets under `contentDir`, observations from `<id>.csv` merged in. */
export function loadDatasetSources(contentDir: string): SourceFile[] {
  const siteRoot = path.dirname(path.resolve(contentDir));
  return readCollection(
    contentDir,
    'datasets',
    (absolute) => path.relative(siteRoot, absolute),
    [],
  );
}

/** Reads every content file under `contentDir`; unreadable files become problems. */
export function loadSourceContent(contentDir: string): {
  content: SourceContent;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const siteRoot = path.dirname(path.resolve(contentDir));
  const displayPath: DisplayPath = (absolute) => path.relative(siteRoot, absolute);
  const sitePath = path.join(contentDir, 'site.json');
  let site: SourceFile | undefined;
  if (existsSync(sitePath)) {
    const data = readJson(sitePath, displayPath, problems);
    if (data !== undefined) site = { file: displayPath(sitePath), id: 'site', data };
  } else {
    problems.push({
      file: displayPath(sitePath),
      path: '',
      message: 'is missing; every site needs one',
    });
  }
  const content: SourceContent = {
    site,
    programmes: readCollection(contentDir, 'programmes', displayPath, problems),
    partners: readCollection(contentDir, 'partners', displayPath, problems),
    datasets: readCollection(contentDir, 'datasets', displayPath, problems),
    stories: readCollection(contentDir, 'stories', displayPath, problems),
    pages: readCollection(contentDir, 'pages', displayPath, problems),
  };
  return { content, problems };
}
