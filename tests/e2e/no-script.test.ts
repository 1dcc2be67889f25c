// No built page runs script it should not: every page of dist/ as Chromium builds it has no inline
// event handler, no javascript:, vbscript: or data: URL, and only the site's own scripts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { listPages } from './gates/pages.ts';
import { findUnsafeScript, scriptSurface } from './gates/scripts.ts';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('siteDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test(`no page has an event handler, a script URL or a script that is not the site's own (${pages.length} pages)`, async () => {
  const context = await browser.newContext();
  // The site loads nothing from elsewhere; if a page tried, the request would not leave the machine.
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const failures: Record<string, string[]> = {};
  let linksSeen = 0;
  for (const route of pages) {
    const problems = await findUnsafeScript(page, baseUrl + route);
    if (problems.length > 0) failures[route] = problems;
    linksSeen += (await scriptSurface(page)).elements.filter(({ tag }) => tag === 'a').length;
  }
  await context.close();
  expect(pages.length).toBeGreaterThan(10);
  // The check looked at the pages it was given: every page has links.
  expect(linksSeen).toBeGreaterThan(pages.length);
  expect(failures).toEqual({});
});
