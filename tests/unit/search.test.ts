// Search results as the search page shows them: excerpts become text and marks, never markup.
import { expect, test } from 'vitest';
import {
  excerptParts,
  resultKind,
  resultSummary,
  searchablePage,
  spacedForIndex,
} from '../../src/lib/search.ts';

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

test('pages with content of their own are searched; lists, filters and tools are not', () => {
  const searched = [
    'index.html',
    'about/index.html',
    'methodology/index.html',
    'stories/a-day-at-the-transfusion-centre/index.html',
    'programmes/tree-planting/index.html',
    'partners/padurea-vie/index.html',
    'data/trees-planted/index.html',
  ];
  const notSearched = [
    '404.html',
    'search/index.html',
    'stories/index.html',
    'stories/pillar/health/index.html',
    'stories/tag/trees/index.html',
    'programmes/index.html',
    'partners/index.html',
    'data/index.html',
    'data/pillar/education/index.html',
    'data/verification/self-reported/index.html',
    'embed/trees-planted/index.html',
    'charts/trees-planted.svg',
    '_astro/page.js',
    'pagefind/pagefind.js',
  ];
  expect(searched.filter((file) => !searchablePage(file))).toEqual([]);
  expect(notSearched.filter(searchablePage)).toEqual([]);
});

test('the indexed copy of a page has spaces around every block and cell, words intact', () => {
  expect(spacedForIndex('<dl><dt>Term</dt><dd>planted</dd><dd>2022</dd></dl>')).toBe(
    ' <dl> <dt>Term</dt>  <dd>planted</dd>  <dd>2022</dd> </dl> ',
  );
  expect(spacedForIndex('<tr><TH>2025</TH><td>87.9%</td></tr>')).toBe(
    ' <tr> <TH>2025</TH>  <td>87.9%</td> </tr> ',
  );
  // Inline elements stay joined to their neighbours: they are parts of one sentence or word;
  // tags that only begin like a block's (`<path>`, `<link>`, `<thead>`) are left alone.
  expect(spacedForIndex('<span>1,200</span><abbr>kg</abbr><path/><link><thead>')).toBe(
    '<span>1,200</span><abbr>kg</abbr><path/><link><thead>',
  );
});
