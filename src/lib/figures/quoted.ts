import type { Programme } from '../../schemas/index.ts';
import { componentUsages } from '../checks/mdx-components.ts';
import { goalPeriod } from './goals.ts';

/**
 * Every period the site quotes a figure of dataset `datasetId` for — `<KeyFigure>` in the MDX
 * `bodies` and the programmes' goals — so its page can show a row for each of them.
 */
export function quotedPeriods(
  datasetId: string,
  bodies: readonly string[],
  programmes: readonly Programme[],
): string[] {
  const periods = new Set<string>();
  for (const body of bodies) {
    for (const attributes of componentUsages(body, 'KeyFigure')) {
      const period = attributes.get('period');
      if (attributes.get('dataset') === datasetId && period !== undefined) periods.add(period);
    }
  }
  for (const programme of programmes) {
    for (const goal of programme.goals ?? [])
      if (goal.dataset === datasetId) periods.add(goalPeriod(goal));
  }
  return [...periods].sort();
}
