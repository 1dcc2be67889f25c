// The built site as a host serves it with dist/_headers: no page breaks its Content-Security-
// Policy (the search page with a query run included), and no page requests anything from another
// origin.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { searchFor, watchContext, type PageWatch } from './gates/page-watch.ts';
import { listPages } from './gates/pages.ts';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('siteDir'));
let browser: Browser;
let watch: PageWatch;
/** The CSP each page was served with. */
const policies = new Map<string, string | undefined>();
let searchResults = 0;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext();
  watch = await watchContext(context, new URL(baseUrl).origin);
  const page = await context.newPage();
  for (const route of pages) {
    const response = await page.goto(baseUrl + route, { waitUntil: 'load' });
    policies.set(route, response?.headers()['content-security-policy']);
    if (route === '/search/') {
      await searchFor(page, 'blood');
      searchResults = await page.locator('[data-search-results] li').count();
    }
  }
  // Late reports (workers, images decoded after load) arrive before the context closes.
  await page.waitForTimeout(200);
  await context.close();
}, 240_000);
afterAll(() => browser.close());

test(`every page is served with a Content-Security-Policy and breaks none of it (${pages.length} pages and a search)`, () => {
  expect(pages).toContain('/search/');
  // The search ran (Pagefind's script, worker and WebAssembly under the policy).
  expect(searchResults).toBeGreaterThan(0);
  const unprotected = [...policies]
    .filter(([, policy]) => policy === undefined)
    .map(([route]) => route);
  expect(unprotected).toEqual([]);
  expect(policies.get('/')).toContain("frame-ancestors 'none'");
  expect(watch.violations).toEqual([]);
});

test('no page requests anything from another origin', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(watch.foreignRequests).toEqual([]);
});

test('a chart SVG opened on its own (a download, a partner’s link) draws in its own font and colours under its policy', async () => {
  const charts = readdirSync(path.join(inject('siteDir'), 'charts')).filter((file) =>
    file.endsWith('.svg'),
  );
  expect(charts.length).toBeGreaterThan(10);
  const context = await browser.newContext({ colorScheme: 'dark' });
  const chartWatch = await watchContext(context, new URL(baseUrl).origin);
  const page = await context.newPage();
  const unstyled: string[] = [];
  for (const file of charts) {
    await page.goto(`${baseUrl}/charts/${file}`, { waitUntil: 'load' });
    const drawn = await page.evaluate(async () => {
      await document.fonts.ready;
      const shown = (selector: string) => {
        const group = document.querySelector(selector);
        return group !== null && getComputedStyle(group).display !== 'none';
      };
      return {
        font: [...document.fonts].some(
          (face) => face.family.includes('ImpactLedgerInter') && face.status === 'loaded',
        ),
        // The file holds both schemes; its inline <style> shows the reader's one only, so in
        // the dark scheme the light drawing is hidden only if the policy lets the style in.
        light: shown('g.light'),
        dark: shown('g.dark'),
      };
    });
    if (!drawn.font || drawn.light || !drawn.dark)
      unstyled.push(`${file}: ${JSON.stringify(drawn)}`);
  }
  await context.close();
  // Its font and patterns are data: URLs by design; what matters is that nothing is refused.
  expect(chartWatch.violations).toEqual([]);
  expect(unstyled).toEqual([]);
});
