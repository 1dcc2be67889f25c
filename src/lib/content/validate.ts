import { checkCharts } from '../checks/charts.ts';
import { checkDataset } from '../checks/dataset-rules.ts';
import { checkB4si, checkSdgTargets } from '../checks/frameworks.ts';
import { checkMdxComponents } from '../checks/mdx-components.ts';
import { checkReferences, type KnownIds } from '../checks/references.ts';
import { pointAtCsvLines } from './csv-observations.ts';
import { loadSourceContent } from './load.ts';
import { parseContent, type ParsedContent } from './parse.ts';
import { sortProblems, type Problem } from './problem.ts';
import { today } from '../today.ts';

/** Options of a validation run. */
export interface ValidateOptions {
  /** Today as `YYYY-MM-DD`; measured values must lie before it. Defaults to the real date. */
  today?: string;
}

function checkDateOrder(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  const period = content.site?.reportingPeriod;
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
export function checkContent(content: ParsedContent, known: KnownIds, today: string): Problem[] {
  const datasets = new Map(
    content.datasets.flatMap(({ id, data }) => (data ? [[id, data] as const] : [])),
  );
  const invalidDatasetIds = known.datasets.filter((id) => !datasets.has(id));
  const fiscalYearStartMonth = content.site?.fiscalYearStartMonth;
  return [
    ...checkDateOrder(content),
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
    ...[...content.stories, ...content.pages].flatMap(({ file, body }) =>
      checkMdxComponents(body ?? '', { file, datasets, invalidDatasetIds, fiscalYearStartMonth }),
    ),
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
  const ids = (files: readonly { id: string }[]) => files.map(({ id }) => id);
  const known: KnownIds = {
    programmes: ids(loaded.content.programmes),
    partners: ids(loaded.content.partners),
    datasets: ids(loaded.content.datasets),
  };
  const found = [
    ...loaded.problems,
    ...parsed.problems,
    ...checkContent(parsed.content, known, todayDate),
  ];
  const problems = loaded.content.datasets.reduce(
    (list, source) => (source.csv ? pointAtCsvLines(list, source.file, source.csv) : list),
    found,
  );
  const source = loaded.content;
  const files =
    (source.site === undefined ? 0 : 1) +
    [source.programmes, source.partners, source.datasets, source.stories, source.pages].reduce(
      (sum, list) => sum + list.length,
      0,
    );
  return { content: parsed.content, problems: sortProblems(problems), files };
}
