import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { didYouMean } from '../suggest.ts';

/** Ids of every file present, valid or not, so a broken target is not also reported missing. */
export interface KnownIds {
  programmes: readonly string[];
  partners: readonly string[];
  datasets: readonly string[];
}

type Kind = keyof KnownIds;
const singular: Record<Kind, string> = {
  programmes: 'programme',
  partners: 'partner',
  datasets: 'dataset',
};

/** Checks one reference; the message names the file that would have to exist. */
export function checkReference(
  known: KnownIds,
  kind: Kind,
  id: string | undefined,
  at: Pick<Problem, 'file' | 'path'>,
): Problem[] {
  if (id === undefined || known[kind].includes(id)) return [];
  const suggestion = didYouMean(id, known[kind]);
  // Without a likely typo, the list of ids says what may go there (when it is short enough).
  const list =
    suggestion === '' && known[kind].length > 0 && known[kind].length <= 12
      ? `; expected one of ${known[kind].join(', ')}`
      : '';
  return [
    {
      ...at,
      message: `unknown ${singular[kind]} "${id}": there is no content/${kind}/${id}.json${suggestion}${list}`,
    },
  ];
}

function checkGoalSeries(content: ParsedContent): Problem[] {
  const datasets = new Map(content.datasets.map((entry) => [entry.id, entry]));
  return content.programmes.flatMap(({ file, parts }) =>
    (parts.goals ?? []).flatMap((goal, index): Problem[] => {
      const dataset = goal && datasets.get(goal.dataset);
      if (goal === undefined || dataset === undefined || dataset.invalid.has('series')) return [];
      const path = `goals[${index}].series`;
      const series = dataset.parts.series?.flatMap((item) => (item ? [item.id] : []));
      if (series === undefined) {
        return goal.series === undefined
          ? []
          : [
              {
                file,
                path,
                message: `expected no series (dataset "${goal.dataset}" has a single series), found "${goal.series}"`,
              },
            ];
      }
      if (goal.series !== undefined && series.includes(goal.series)) return [];
      // A goal on the total of series that are parts of one whole needs no series.
      if (goal.series === undefined && dataset.parts.measure?.seriesAddUp === true) return [];
      const found =
        goal.series === undefined
          ? 'nothing'
          : `"${goal.series}"${didYouMean(goal.series, series)}`;
      return [
        {
          file,
          path,
          message: `expected a series of dataset "${goal.dataset}" (${series.join(', ')}), found ${found}${goal.series === undefined ? '; its series do not add up to one total (measure.seriesAddUp)' : ''}`,
        },
      ];
    }),
  );
}

/** Every reference between programmes, partners, datasets, goals and stories resolves. */
export function checkReferences(content: ParsedContent, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  for (const { file, parts } of content.programmes) {
    parts.partners?.forEach((link, index) => {
      problems.push(
        ...checkReference(known, 'partners', link?.partner, {
          file,
          path: `partners[${index}].partner`,
        }),
      );
    });
    parts.goals?.forEach((goal, index) => {
      problems.push(
        ...checkReference(known, 'datasets', goal?.dataset, {
          file,
          path: `goals[${index}].dataset`,
        }),
      );
    });
  }
  for (const { file, parts } of [...content.datasets, ...content.stories]) {
    problems.push(
      ...checkReference(known, 'programmes', parts.programme, { file, path: 'programme' }),
    );
    parts.partners?.forEach((partner, index) => {
      problems.push(
        ...checkReference(known, 'partners', partner, { file, path: `partners[${index}]` }),
      );
    });
  }
  return [...problems, ...checkGoalSeries(content)];
}
