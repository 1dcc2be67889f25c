// Search on the built site: a reader types a query and gets results that link to built pages,
// with the count announced; without JavaScript the page says so and offers the catalogues.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { excerptParts } from '../../src/lib/search.ts';
import { searchFor } from './gates/page-watch.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('typing a query lists matching pages, each linking to a built page', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/`);
  const box = page.getByRole('searchbox', { name: 'Search stories, programmes and data' });
  await box.pressSequentially('mentor', { delay: 20 });
  const status = page.getByRole('status');
  await status.filter({ hasText: /\d+ results? for “mentor”/ }).waitFor({ timeout: 15_000 });
  const links = await page
    .locator('[data-search-results] li h2 a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(1);
  const count = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(links.length);
  const missing = links.filter(
    (href) => !href.startsWith('/') || !existsSync(path.join(siteDir, href, 'index.html')),
  );
  expect(missing).toEqual([]);
  expect(links.some((href) => href.startsWith('/programmes/youth-mentoring'))).toBe(true);
  // Matches are marked in the excerpts, as elements, not as escaped text.
  expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-search-results]').textContent()).not.toContain('<mark>');
  // The query is in the address, so the search can be shared.
  expect(new URL(page.url()).searchParams.get('q')).toBe('mentor');
  await page.close();
});

test('a shared search address runs its query; a query without matches says so', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/?q=blood`);
  await page
    .getByRole('status')
    .filter({ hasText: /results? for “blood”/ })
    .waitFor();
  expect(await page.getByRole('searchbox').inputValue()).toBe('blood');
  await searchFor(page, 'qwxzptl');
  expect(await page.getByRole('status').textContent()).toMatch(/^No results for “qwxzptl”/);
  expect(await page.locator('[data-search-results] li').count()).toBe(0);
  await page.close();
});

/** Every result of a query, straight from Pagefind's API: its URL and excerpt as plain text. */
async function allResults(query: string): Promise<{ url: string; excerpt: string }[]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/`);
  // Code as a string: Vitest would rewrite an import() written in this file for Node.
  const results = await page.evaluate<{ url: string; excerpt: string }[]>(
    `import(${JSON.stringify(`${baseUrl}/pagefind/pagefind.js`)})
      .then((pagefind) => pagefind.search(${JSON.stringify(query)}))
      .then((search) => Promise.all(search.results.map((result) => result.data())))`,
  );
  await page.close();
  return results.map(({ url, excerpt }) => ({
    url,
    excerpt: excerptParts(excerpt)
      .map((part) => part.text)
      .join(''),
  }));
}

test('results are pages with content of their own, never a list or a catalogue filter', async () => {
  const urls = (await allResults('trees')).map((result) => result.url);
  expect(urls).toContain('/data/trees-planted/');
  expect(urls).toContain('/programmes/tree-planting/');
  // Section lists (/stories/), their filters (/stories/tag/trees/, /data/pillar/environment/).
  const lists = urls.filter(
    (url) =>
      /^\/(stories|programmes|partners|data)\/$/.test(url) ||
      /^\/(stories|programmes|partners|data)\/[^/]+\/[^/]+\//.test(url),
  );
  expect(lists).toEqual([]);
});

test('excerpts keep word boundaries between blocks, cells and badges', async () => {
  // "planted2022", "valleyTrees", "2025This", "202587.9%": text of neighbouring elements joined.
  const glued = /\p{Ll}\d|\p{Ll}\p{Lu}|\d\p{Lu}\p{Ll}|\b20\d\d\d/u;
  const results = (
    await Promise.all(['trees', '2022', 'confirmed', 'valley', 'survival'].map(allResults))
  ).flat();
  expect(results.length).toBeGreaterThan(20);
  expect(
    results
      .filter(({ excerpt }) => glued.test(excerpt))
      .map(({ url, excerpt }) => `${url}: ${excerpt}`),
  ).toEqual([]);
});

test('the index can filter by kind of page and by pillar', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/`);
  // Code as a string: Vitest would rewrite an import() written in this file for Node.
  const filters = await page.evaluate<Record<string, Record<string, number>>>(
    `import(${JSON.stringify(`${baseUrl}/pagefind/pagefind.js`)}).then((pagefind) => pagefind.filters())`,
  );
  expect(Object.keys(filters['type'] ?? {}).sort()).toEqual([
    'Dataset',
    'Partner',
    'Programme',
    'Story',
  ]);
  expect(Object.keys(filters['pillar'] ?? {}).length).toBeGreaterThan(2);
  await page.close();
});

test('without JavaScript the search page says so and links to the stories and the data', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/search/`);
  const main = page.getByRole('main');
  await expect(main.getByText(/Searching needs JavaScript/).isVisible()).resolves.toBe(true);
  expect(await main.getByRole('searchbox').count()).toBe(0);
  expect(await main.getByRole('link', { name: 'all stories' }).getAttribute('href')).toBe(
    '/stories/',
  );
  expect(await main.getByRole('link', { name: 'data catalogue' }).getAttribute('href')).toBe(
    '/data/',
  );
  await context.close();
});
