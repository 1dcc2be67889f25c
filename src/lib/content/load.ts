import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readObservationsCsv } from './csv-observations.ts';
import { collectionFolders, type CollectionName } from './folders.ts';
import { explainJsonError } from './json-syntax.ts';
import { describeFound, type Problem } from './problem.ts';
import { strayFileProblems } from './stray-files.ts';
import { directionControlProblems } from './bidi.ts';
import { readTextFile, type TextFileKind } from './text-file.ts';
import { checkThousandsMisread } from './thousands-misread.ts';
import { redirectsFileName } from '../redirects.ts';

export { collectionFolders } from './folders.ts';

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
  /** The whole MDX file as written, for checks of what YAML would read otherwise (dates). */
  text?: string;
  /**
   * A dataset's observations read from `<id>.csv` beside it, with the line of each, and advice
   * for values written as numbers in another way (see `readObservationsCsv`).
   */
  csv?: {
    file: string;
    lines: number[];
    unreadable?: boolean;
    valueHints?: (string | undefined)[];
  };
}

/** Every content file of a site, read and parsed but not validated. */
export interface SourceContent {
  site: SourceFile | undefined;
  programmes: SourceFile[];
  partners: SourceFile[];
  datasets: SourceFile[];
  stories: SourceFile[];
  pages: SourceFile[];
  /** `redirects.json`, when there is one. */
  redirects?: SourceFile | undefined;
}

/** Paths in messages start at the site root (`content/datasets/x.json`), wherever it is. */
type DisplayPath = (absolute: string) => string;

/** The kinds of JSON file: a collection's, `site.json` or `redirects.json`. */
type JsonKind = CollectionName | 'site' | 'redirects';

/** What one file of each kind holds, for "expected an object with …" messages. */
const fieldsOf: Record<JsonKind, string> = {
  site: "the site's settings",
  redirects: '"old path": "new path" pairs',
  programmes: "the programme's fields",
  partners: "the partner's fields",
  datasets: "the dataset's fields",
  stories: "the story's fields",
  pages: "the page's fields",
};

const oneOf: Record<JsonKind, string> = {
  site: 'the settings',
  redirects: 'all redirects',
  programmes: 'one programme',
  partners: 'one partner',
  datasets: 'one dataset',
  stories: 'one story',
  pages: 'one page',
};

/** A file's text, or a problem: not UTF-8, or not readable at all (a folder, no permission). */
function readText(
  absolute: string,
  displayPath: DisplayPath,
  kind: TextFileKind,
  problems: Problem[],
): { text: string; bom: boolean } | undefined {
  const file = displayPath(absolute);
  try {
    const read = readTextFile(absolute, file, kind);
    if (read.problem !== undefined) {
      problems.push(read.problem);
      return undefined;
    }
    // Every text file is read here once, so the hidden-character check sees each of them.
    problems.push(...directionControlProblems(read.text, file));
    return { text: read.text, bom: read.bom };
  } catch (error) {
    problems.push({
      file,
      path: '',
      message: `could not be read: ${(error as Error).message}`,
    });
    return undefined;
  }
}

/**
 * A JSON file's object. Syntax errors give the line and column and a hint in plain words; a
 * file holding something else than an object (`null`, a list) says what it should hold.
 */
function readJson(
  absolute: string,
  displayPath: DisplayPath,
  problems: Problem[],
  kind: JsonKind,
): Record<string, unknown> | undefined {
  const file = displayPath(absolute);
  const read = readText(absolute, displayPath, 'json', problems);
  if (read === undefined) return undefined;
  // The datasets loader reads through this module; Astro's own loaders (site.json, programmes,
  // partners) give a byte-order mark to JSON.parse, which fails, so the build would stop there.
  if (read.bom && kind !== 'datasets') {
    problems.push({
      file,
      path: '',
      message:
        'expected UTF-8 without a byte-order mark (BOM), found one, which the site build cannot read in this file; save it as "UTF-8" rather than "UTF-8 with BOM" (VS Code: "Save with Encoding", then "UTF-8")',
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
    // Valid JSON can still hide a mistake JSON.parse forgives: a field written twice.
    const duplicate = explainJsonError(read.text);
    if (duplicate !== undefined) {
      problems.push({
        file: `${file}:${duplicate.line}:${duplicate.column}`,
        path: '',
        message: duplicate.message,
      });
      return undefined;
    }
  } catch (error) {
    const explained = explainJsonError(read.text);
    problems.push(
      explained === undefined
        ? { file, path: '', message: `is not valid JSON: ${(error as Error).message}` }
        : {
            file: `${file}:${explained.line}:${explained.column}`,
            path: '',
            message: `is not valid JSON: ${explained.message}`,
          },
    );
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const hint = Array.isArray(data)
      ? `; a file holds ${oneOf[kind]}: write its fields between { }, without [ ] around them`
      : '';
    problems.push({
      file,
      path: '',
      message: `expected an object with ${fieldsOf[kind]}, found ${describeFound(data)}${hint}`,
    });
    return undefined;
  }
  return data as Record<string, unknown>;
}

/**
 * The usual cause of a YAML error in front matter, in words: a value containing ": " (a title
 * with a colon) must be quoted, or YAML reads a second field in it. `lineText` is the line the
 * error is on.
 */
function yamlHint(lineText: string | undefined): string {
  const field = /^(\s*)([A-Za-z][\w-]*):\s+(.*?)\s*$/.exec(lineText ?? '');
  if (field === null) return '';
  const [, indent = '', name = '', value = ''] = field;
  // An apostrophe inside '…' ends the text early ('the mentees' summer'): YAML doubles it.
  if (/^'.*'.*'$/.test(value)) {
    const text = value.slice(1, -1).replace(/(?<!')'(?!')/g, "''");
    return `; inside '…' an apostrophe is written twice: ${indent}${name}: '${text}' (or put the value in double quotes)`;
  }
  if (!/:\s/.test(value) || /^['"]/.test(value)) return '';
  return `; a value that contains ": " must be in quotes: ${indent}${name}: '${value.replace(/'/g, "''")}'`;
}

function readMdx(
  absolute: string,
  displayPath: DisplayPath,
  problems: Problem[],
  kind: 'stories' | 'pages',
): Pick<SourceFile, 'data' | 'body' | 'text'> | undefined {
  const read = readText(absolute, displayPath, 'mdx', problems);
  if (read === undefined) return undefined;
  const file = displayPath(absolute);
  try {
    const { frontmatter, rawFrontmatter, content } = parseFrontmatter(read.text, {
      frontmatter: 'empty-with-lines',
    });
    if (rawFrontmatter === '') {
      problems.push({
        file,
        path: 'front matter',
        message: `expected ${fieldsOf[kind]} at the top of the file, between two lines of ---, found none`,
      });
      return undefined;
    }
    // YAML that is a single value (`42`) or a list parses, but holds no fields.
    const firstLine = /^[ \t]*([^#\s].*)$/m.exec(rawFrontmatter);
    if (
      Array.isArray(frontmatter) ||
      (Object.keys(frontmatter).length === 0 && firstLine !== null)
    ) {
      const line = rawFrontmatter.slice(0, firstLine?.index ?? 0).split('\n').length;
      problems.push({
        file: `${file}:${line}`,
        path: 'front matter',
        message: `expected ${fieldsOf[kind]}, one per line as name: value (title: …), found ${describeFound(firstLine?.[1]?.trim())}`,
      });
      return undefined;
    }
    return { data: frontmatter, body: content, text: read.text };
  } catch (error) {
    // js-yaml counts lines from the opening `---`, which is the file's first line.
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const lineText = mark === undefined ? undefined : read.text.split('\n')[mark.line];
    problems.push({
      file: file + (mark === undefined ? '' : `:${mark.line + 1}`),
      path: 'front matter',
      message: `is not valid YAML: ${reason ?? String(error)}${yamlHint(lineText)}`,
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
  if ('observations' in data) {
    problems.push({
      file: source.file,
      path: 'observations',
      message: `expected the observations either here or in ${csvFile}, found both`,
    });
    return source;
  }
  const unreadable = { ...source, csv: { file: csvFile, lines: [], unreadable: true } };
  const read = readText(csvPath, displayPath, 'csv', problems);
  if (read === undefined) return unreadable;
  const { csv, problems: csvProblems } = readObservationsCsv(read.text, csvFile);
  problems.push(...csvProblems);
  // The CSV's own problems are reported; the JSON should not also be said to lack observations.
  if (csv === undefined) return unreadable;
  return {
    ...source,
    data: { ...data, observations: csv.observations },
    csv: { file: csvFile, lines: csv.lines, valueHints: csv.valueHints },
  };
}

const isFolder = (absolute: string) => existsSync(absolute) && statSync(absolute).isDirectory();

function readCollection(
  contentDir: string,
  name: CollectionName,
  displayPath: DisplayPath,
  problems: Problem[],
): SourceFile[] {
  const folder = path.join(contentDir, name);
  if (!isFolder(folder)) return [];
  const extension = collectionFolders[name];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.name.endsWith(extension) && !entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((entry) => {
      const absolute = path.join(folder, entry);
      const id = entry.slice(0, -extension.length);
      if (name === 'stories' || name === 'pages') {
        const mdx = readMdx(absolute, displayPath, problems, name);
        return mdx === undefined ? [] : [{ file: displayPath(absolute), id, ...mdx }];
      }
      const data = readJson(absolute, displayPath, problems, name);
      if (data === undefined) return [];
      const source: SourceFile = { file: displayPath(absolute), id, data };
      if (name !== 'datasets') return [source];
      const dataset = withCsvObservations(source, absolute, displayPath, problems);
      problems.push(...checkThousandsMisread(dataset.file, dataset.data));
      return [dataset];
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

/**
 * Reads every content file under `contentDir`; unreadable files become problems, and so does
 * every file the site would not read (see `strayFileProblems`).
 */
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
    const data = readJson(sitePath, displayPath, problems, 'site');
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
  // Optional: a site whose pages never moved has no redirects.
  const redirectsPath = path.join(contentDir, redirectsFileName);
  if (existsSync(redirectsPath)) {
    const data = readJson(redirectsPath, displayPath, problems, 'redirects');
    if (data !== undefined)
      content.redirects = { file: displayPath(redirectsPath), id: 'redirects', data };
  }
  problems.push(...strayFileProblems(contentDir, displayPath));
  return { content, problems };
}
