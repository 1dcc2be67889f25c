import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkCharts } from '../checks/charts.ts';
import { checkConsent } from '../checks/consent.ts';
import { consentExpiryWarning, expiringConsents } from '../checks/consent-expiry.ts';
import { checkFilesAndDates } from '../checks/files-and-dates.ts';
import { checkDataset } from '../checks/dataset-rules.ts';
import { checkB4si, checkSdgTargets } from '../checks/frameworks.ts';
import { checkMdxComponents } from '../checks/mdx-components.ts';
import { checkPlaceholders } from '../checks/placeholders.ts';
import {
  checkProseNumbers,
  quotableFigures,
  type QuotableFigure,
} from '../checks/prose-numbers.ts';
import { checkBrandColour } from '../checks/site-rules.ts';
import { checkRedirectsAndMovedPages } from '../checks/redirects.ts';
import { MdxAnalysisCache } from '../mdx/analysis.ts';
import { checkReferences, type KnownIds } from '../checks/references.ts';
import { pointAtCsvLines } from './csv-observations.ts';
import { collectionFolders } from './folders.ts';
import { frontMatterDateProblems } from './front-matter-dates.ts';
import { withFrontMatterLines } from './front-matter-lines.ts';
import { loadSourceContent } from './load.ts';
import { parseContent, type ParsedContent } from './parse.ts';
import { isError, sortProblems, type Problem } from './problem.ts';
import { today } from '../today.ts';

/** Options of a validation run. */
export interface ValidateOptions {
  /** Today as `YYYY-MM-DD`; measured values must lie before it. Defaults to the real date. */
  today?: string;
  /** Analyses of MDX bodies kept between runs; a new in-memory cache by default. */
  mdxAnalyses?: MdxAnalysisCache;
  /**
   * Output folder of the previous build (`dist/`): each page its sitemap lists must still be
   * published or be redirected. None by default.
   */
  previousBuild?: string | undefined;
}

function checkDateOrder(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  const period = content.siteSettings.reportingPeriod;
  if (period !== undefined && period.end < period.start) {
    problems.push({
      file: content.siteFile,
      path: 'reportingPeriod.end',
      message: `expected a date on or after start (${period.start}), found "${period.end}"`,
    });
  }
  for (const { file, parts } of content.programmes) {
    const { startDate, endDate } = parts;
    if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
      problems.push({
        file,
        path: 'endDate',
        message: `expected a date on or after startDate (${startDate}), found "${endDate}"`,
      });
    }
  }
  return problems;
}

/** Semantic and cross-file checks, on every field that passed its schema. */
export function checkContent(
  content: ParsedContent,
  known: KnownIds,
  today: string,
  contentDir?: string,
  mdxAnalyses: MdxAnalysisCache = new MdxAnalysisCache(undefined, ''),
): Problem[] {
  const datasets = new Map(
    content.datasets.flatMap(({ id, data }) => (data ? [[id, data] as const] : [])),
  );
  const invalidDatasetIds = known.datasets.filter((id) => !datasets.has(id));
  const fiscalYearStartMonth = content.siteSettings.fiscalYearStartMonth;
  // Each body analysed once for every check that reads it (full MDX: pages of such a site).
  const fullMdxPages = content.siteSettings.fullMdxPages === true;
  const analyses = new Map(
    [
      ...content.stories.map((entry) => ({ entry, fullMdx: false })),
      ...content.pages.map((entry) => ({ entry, fullMdx: fullMdxPages })),
    ].map(({ entry, fullMdx }) => [entry.file, mdxAnalyses.analyse(entry.body ?? '', fullMdx)]),
  );
  const analysisOf = (file: string) => analyses.get(file) ?? mdxAnalyses.analyse('');
  const figuresByProgramme = new Map<string, QuotableFigure[]>();
  /** Figures of the datasets a programme publishes, which its stories' numbers are held to. */
  const programmeFigures = (programme: unknown) => {
    if (typeof programme !== 'string') return [];
    let figures = figuresByProgramme.get(programme);
    if (figures === undefined) {
      figures = [...datasets].flatMap(([id, dataset]) =>
        dataset.programme === programme ? quotableFigures(id, dataset, fiscalYearStartMonth) : [],
      );
      figuresByProgramme.set(programme, figures);
    }
    return figures;
  };
  return [
    ...checkDateOrder(content),
    ...checkBrandColour(content),
    ...checkReferences(content, known),
    ...content.programmes.flatMap(({ file, parts }) =>
      checkSdgTargets(parts.sdgTargets, file, 'sdgTargets'),
    ),
    ...content.datasets.flatMap((entry) => [
      ...checkDataset(entry, { fiscalYearStartMonth, today }),
      ...checkSdgTargets(entry.parts.frameworks?.sdgTargets, entry.file, 'frameworks.sdgTargets'),
      ...checkB4si(entry.parts.b4si, entry.file),
    ]),
    ...checkCharts(content),
    ...content.stories.flatMap(({ file, parts }) =>
      checkProseNumbers(analysisOf(file).numbers, programmeFigures(parts.programme), file),
    ),
    ...[...content.stories, ...content.pages].flatMap(({ file }) =>
      checkMdxComponents(analysisOf(file), {
        file,
        datasets,
        invalidDatasetIds,
        fiscalYearStartMonth,
        partners: {
          known: known.partners,
          // A file that did not validate has its own problem; not reported twice here.
          published: content.partners.flatMap(({ id, data }) =>
            data === undefined || data.consent?.published === true ? [id] : [],
          ),
        },
        location:
          contentDir === undefined
            ? undefined
            : {
                file: path.join(path.dirname(path.resolve(contentDir)), file),
                contentDir: path.resolve(contentDir),
              },
      }),
    ),
    ...content.stories.flatMap((story) => checkConsent(story, analysisOf(story.file), today)),
    ...consentExpiryWarning(expiringConsents(content.stories, today)),
  ];
}

/**
 * Reads and checks every file under `contentDir`: JSON and YAML syntax, schemas, the rules of
 * each dataset, references between files and components in MDX. Reports every problem at once.
 */
export function validateContent(
  contentDir: string,
  options: ValidateOptions = {},
): { content: ParsedContent; problems: Problem[]; files: number } {
  const todayDate = options.today ?? today();
  const loaded = loadSourceContent(contentDir);
  const parsed = parseContent(loaded.content);
  // Every file there is, loaded or refused (bad JSON, bad encoding), so a reference to a file
  // with its own problem is not also reported as a reference to a missing file.
  const ids = (name: 'programmes' | 'partners' | 'datasets') => {
    const folder = path.join(contentDir, name);
    const extension = collectionFolders[name];
    const present = existsSync(folder)
      ? readdirSync(folder)
          .filter((entry) => entry.endsWith(extension))
          .map((entry) => entry.slice(0, -extension.length))
      : [];
    return [...new Set([...loaded.content[name].map(({ id }) => id), ...present])];
  };
  const known: KnownIds = {
    programmes: ids('programmes'),
    partners: ids('partners'),
    datasets: ids('datasets'),
  };
  const dates = [...loaded.content.stories, ...loaded.content.pages].flatMap(({ file, text }) =>
    frontMatterDateProblems(text ?? '', file),
  );
  // A date read as another day is reported as written; what follows from the misread goes.
  const misread = new Set(
    dates.map(({ file, path: field }) => `${file.replace(/:\d+$/, '')} ${field}`),
  );
  const drafts = new Set(
    parsed.content.stories.flatMap(({ file, parts }) => (parts.draft === true ? [file] : [])),
  );
  const others = [
    ...loaded.problems,
    ...loaded.content.stories.flatMap(({ file, text }) =>
      drafts.has(file) ? [] : checkPlaceholders(file, text ?? ''),
    ),
    ...parsed.problems,
    ...checkContent(parsed.content, known, todayDate, contentDir, options.mdxAnalyses),
    ...checkFilesAndDates(parsed.content, path.resolve(contentDir), todayDate),
  ];
  // A broken file can hide pages (a misspelt pillar drops its story list): compare with the
  // previous build only once everything else is right, or every such page would look removed.
  const previousBuild = others.some(isError) ? undefined : options.previousBuild;
  const found = [...others, ...checkRedirectsAndMovedPages(parsed.content, previousBuild)].filter(
    ({ file, path: field }) => !misread.has(`${file.replace(/:\d+$/, '')} ${field}`),
  );
  found.push(...dates);
  const problems = loaded.content.datasets.reduce(
    (list, source) => (source.csv ? pointAtCsvLines(list, source.file, source.csv) : list),
    found,
  );
  const source = loaded.content;
  const files =
    (source.site === undefined ? 0 : 1) +
    (source.redirects === undefined ? 0 : 1) +
    [source.programmes, source.partners, source.datasets, source.stories, source.pages].reduce(
      (sum, list) => sum + list.length,
      0,
    );
  const mdxTexts = new Map(
    [...source.stories, ...source.pages].map(({ file, text }) => [file, text ?? '']),
  );
  return {
    content: parsed.content,
    problems: sortProblems(withFrontMatterLines(problems, mdxTexts)),
    files,
  };
}
