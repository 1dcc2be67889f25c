// The built site as a host serves it with dist/_headers: no page breaks its Content-Security-
// Policy (the search page with a query run included), and no page requests anything from another
// origin.
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
