import type { Dataset } from '../../schemas/index.ts';
import type { Problem } from '../content/problem.ts';
import { resolveFigure } from '../figures/resolve.ts';
import { keyFigureLabel } from '../figures/label.ts';
import { formatValue } from '../format.ts';
import type { ProseNumber } from '../mdx/prose-numbers.ts';
import { periodForm } from '../periods.ts';

/** A figure a `<KeyFigure>` could show: one dataset, series and period, and its value. */
export interface QuotableFigure {
  dataset: string;
  series: string | undefined;
  period: string;
  value: number;
  /** The value with its unit, as the site writes it. @example "4,200 trees" */
  written: string;
  /** The `label` to suggest (`keyFigureLabel`). @example "trees" */
  label: string;
  percent: boolean;
  /**
   * Words that name what it counts, lower-case: of the unit, the measure, the dataset's title
   * and the series' label, common little words apart.
   */
  words: string[];
}

const littleWords = new Set(
  'a an and are as at by each for from in is its of on or our per than that the their this to was were who with'.split(
    ' ',
  ),
);

const wordsOf = (...texts: (string | undefined)[]) =>
  texts
    .flatMap((text) => text?.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => !littleWords.has(word));

/**
 * Every complete figure of `dataset` a key figure can quote: each series (and the total when
 * the series add up) for each period of its observations and each calendar year they fall in
 * (`resolveFigure`, so a year is summed, averaged or taken from its last value as the dataset
 * says). Years only partly covered are left out: their sum is not a number anyone would type.
 */
export function quotableFigures(
  id: string,
  dataset: Dataset,
  fiscalYearStartMonth: number | undefined,
): QuotableFigure[] {
  const seriesIds = dataset.series?.map((series) => series.id) ?? [];
  const choices: (string | undefined)[] =
    seriesIds.length === 0 || dataset.measure.seriesAddUp ? [undefined, ...seriesIds] : seriesIds;
  const periods = new Set(dataset.observations.map(({ period }) => period));
  for (const period of [...periods]) {
    const form = periodForm(period);
    if (form !== undefined && form !== 'year' && /^\d{4}-/.test(period))
      periods.add(period.slice(0, 4));
  }
  const { unit, label } = dataset.measure;
  const datasetWords = wordsOf(unit.label, label, dataset.title);
  return choices.flatMap((series) =>
    [...periods].flatMap((period) => {
      const figure = resolveFigure(dataset, { period, series }, fiscalYearStartMonth);
      if (!figure.ok || figure.coverage !== undefined) return [];
      return [
        {
          dataset: id,
          series,
          period,
          value: figure.value,
          written: formatValue(figure.value, dataset.measure, 'en'),
          label: keyFigureLabel(dataset.measure),
          percent: unit.kind === 'percent',
          words: [
            ...new Set([
              ...datasetWords,
              ...wordsOf(dataset.series?.find(({ id }) => id === series)?.label),
            ]),
          ],
        },
      ];
    }),
  );
}

const stem = (text: string) => text.replace(/['’]s?$/, '').replace(/(?:es|s)$/, '');

/** Whether `word` ("tree", "donors'") is one of `words` ("trees"), plural or not. */
function sameWord(word: string | undefined, words: readonly string[]): boolean {
  return word !== undefined && words.some((candidate) => stem(candidate) === stem(word));
}

/** Whether the words after a number ("mentees completed the programme") name the figure's. */
const names = (number: ProseNumber, figure: QuotableFigure) =>
  number.following.some((word) => sameWord(word, figure.words));

/** The figure a prose number most likely is, or undefined when it is no figure's. */
function matchingFigure(
  number: ProseNumber,
  figures: readonly QuotableFigure[],
): QuotableFigure | undefined {
  // Below 10 a number is a count of anything (3 schools, 5 days); below 100 only the same value
  // and the words after it ("45 mentees", "44 young people completed") tie it to a dataset.
  if (number.value < 10) return undefined;
  const candidates = figures
    .filter(
      (figure) =>
        figure.percent === number.percent &&
        (number.value >= 100
          ? Math.abs(figure.value - number.value) <= number.tolerance
          : figure.value === number.value && names(number, figure)),
    )
    .map((figure) => ({ figure, named: names(number, figure) }));
  candidates.sort(
    (a, b) =>
      Number(b.named) - Number(a.named) ||
      Math.abs(a.figure.value - number.value) - Math.abs(b.figure.value - number.value) ||
      b.figure.period.localeCompare(a.figure.period) ||
      Number(a.figure.series !== undefined) - Number(b.figure.series !== undefined),
  );
  return candidates[0]?.figure;
}

/**
 * Warnings for numbers typed into a story that are (or round to) a figure of a dataset its
 * programme publishes: typed, such a number stays behind when the data is restated or updated;
 * a `<KeyFigure>` follows the data and links to its source. `file` is the story's path; each
 * warning names its line (`content/stories/x.mdx:14`) and the key figure to write.
 */
export function checkProseNumbers(
  numbers: readonly ProseNumber[],
  figures: readonly QuotableFigure[],
  file: string,
): Problem[] {
  return numbers.flatMap((number) => {
    const figure = matchingFigure(number, figures);
    if (figure === undefined) return [];
    const series = figure.series === undefined ? '' : ` series="${figure.series}"`;
    const which = `${figure.dataset}${figure.series === undefined ? '' : ` (${figure.series})`} ${figure.period}`;
    const named = sameWord(number.word, figure.words) ? ` ${number.word ?? ''}` : '';
    const exact = figure.value === number.value ? '' : ` (${figure.written})`;
    return [
      {
        file: `${file}:${number.line}`,
        path: '',
        message: `"${number.text}${named}" looks like ${which}${exact}: write <KeyFigure dataset="${figure.dataset}"${series} period="${figure.period}" label="${figure.label}" /> so the number follows the data when it is updated or restated`,
        severity: 'warning' as const,
      },
    ];
  });
}
