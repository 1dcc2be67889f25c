// Every page of the built site in Chromium, light and dark: axe-core, console errors, failed requests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { auditPage } from './gates/page-audit.ts';
import { listPages } from './gates/pages.ts';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('siteDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  test(
    `has no axe violation, console error or failed request (${pages.length} pages)`,
    async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const failures: Record<string, unknown> = {};
      for (const route of pages) {
        const audit = await auditPage(page, baseUrl + route);
        const problems = [...audit.violations, ...audit.consoleErrors, ...audit.failedRequests];
        if (problems.length > 0) failures[route] = problems;
      }
      await context.close();
      expect(pages.length).toBeGreaterThan(10);
      expect(failures).toEqual({});
      // About 2 s a page on a busy machine; the site grows with its filter pages.
    },
    Math.max(120_000, pages.length * 4_000),
  );
});
