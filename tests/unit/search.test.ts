// Search results as the search page shows them: excerpts become text and marks, never markup.
import { expect, test } from 'vitest';
import { excerptParts, resultKind, resultSummary } from '../../src/lib/search.ts';

test('an excerpt becomes text runs, the matches marked', () => {
  expect(
    excerptParts('Donors at the <mark>blood</mark> drive &amp; their &#39;why&#x2019;'),
  ).toEqual([
    { text: 'Donors at the ', marked: false },
    { text: 'blood', marked: true },
    { text: " drive & their 'why’", marked: false },
  ]);
});

test('markup other than <mark> in an excerpt stays text', () => {
  const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <img src=x> <mark>x</mark>');
  expect(parts.map((part) => part.text).join('')).toBe(
    '<img src=x onerror=alert(1)> <img src=x> x',
  );
  expect(parts.filter((part) => part.marked)).toEqual([{ text: 'x', marked: true }]);
});

test('a result is named by its section, under any base path', () => {
  expect(resultKind('/impact/stories/a-day/', '/impact/')).toBe('Story');
  expect(resultKind('/data/mentees/', '/')).toBe('Dataset');
  expect(resultKind('/about/', '/')).toBeUndefined();
  expect(resultKind('/impact/stories/', '/impact/')).toBeUndefined();
});

test('the live summary counts results', () => {
  expect(resultSummary(1, 'blood')).toBe('1 result for “blood”.');
  expect(resultSummary(12, 'tree')).toBe('12 results for “tree”.');
  expect(resultSummary(40, 'a', 20)).toBe('40 results for “a”, the first 20 shown.');
  expect(resultSummary(0, 'xyz')).toMatch(/^No results for “xyz”\./);
});
