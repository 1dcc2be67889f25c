import type { Programme } from '../../schemas/index.ts';
import type { ComponentUsage } from '../checks/mdx-components.ts';
import { goalPeriod } from './goals.ts';

/**
 * Every period the site quotes a figure for, by dataset id — the `<KeyFigure>`s among the author
 * components `usages` of the stories and pages, and the programmes' goals — so each dataset page
 * can show a row for each of them. Periods in sorted order.
 */
export function quotedPeriods(
  usages: readonly ComponentUsage[],
  programmes: readonly Programme[],
): Map<string, string[]> {
  const byDataset = new Map<string, Set<string>>();
  const add = (datasetId: string | undefined, period: string | undefined) => {
    if (datasetId === undefined || period === undefined) return;
    byDataset.set(datasetId, (byDataset.get(datasetId) ?? new Set()).add(period));
  };
  for (const { name, attributes } of usages) {
    if (name === 'KeyFigure') add(attributes.get('dataset'), attributes.get('period'));
  }
  for (const programme of programmes) {
    for (const goal of programme.goals ?? []) add(goal.dataset, goalPeriod(goal));
  }
  return new Map([...byDataset].map(([id, periods]) => [id, [...periods].sort()]));
}
