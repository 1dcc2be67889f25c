// Page-weight budgets of docs/budgets.md, from the built files, per page type.
import { expect, inject, test } from 'vitest';
import { listPages } from './gates/pages.ts';
import { overBudget, weighPage, weightTable } from './gates/weight.ts';

test('every page is within its weight budget', () => {
  const siteDir = inject('siteDir');
  const weights = listPages(siteDir).map((route) => weighPage(siteDir, route));
  console.log(`Page weight (gzipped), heaviest page of each type:\n${weightTable(weights)}`);
  expect(weights.some((weight) => weight.type === 'story')).toBe(true);
  expect(weights.flatMap(overBudget)).toEqual([]);
});
