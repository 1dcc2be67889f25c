import type { Programme } from '../../schemas/index.ts';
import { componentUsages } from '../checks/mdx-components.ts';
import { goalPeriod } from './goals.ts';

/**
 * Every period the site quotes a figure for, by dataset id — `<KeyFigure>` in the MDX `bodies`
 * and the programmes' goals — so each dataset page can show a row for each of them. Reads every
 * body once for all datasets; periods in sorted order.
 */
export function quotedPeriods(
  bodies: readonly string[],
  programmes: readonly Programme[],
): Map<string, string[]> {
  const byDataset = new Map<string, Set<string>>();
  const add = (datasetId: string | undefined, period: string | undefined) => {
    if (datasetId === undefined || period === undefined) return;
    byDataset.set(datasetId, (byDataset.get(datasetId) ?? new Set()).add(period));
  };
  for (const body of bodies) {
    for (const attributes of componentUsages(body, 'KeyFigure'))
      add(attributes.get('dataset'), attributes.get('period'));
  }
  for (const programme of programmes) {
    for (const goal of programme.goals ?? []) add(goal.dataset, goalPeriod(goal));
  }
  return new Map([...byDataset].map(([id, periods]) => [id, [...periods].sort()]));
}
