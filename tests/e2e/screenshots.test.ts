// Screenshots of each page type at 360 and 1280 px, light and dark, for people to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { listPages, pageType } from './gates/pages.ts';

const screenshotDir = path.resolve('screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('one screenshot per page type, width and colour scheme', async () => {
  const firstOfType = new Map<string, string>();
  for (const route of listPages(inject('siteDir'))) {
    if (!firstOfType.has(pageType(route))) firstOfType.set(pageType(route), route);
  }
  mkdirSync(screenshotDir, { recursive: true });
  const written: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const [type, route] of firstOfType) {
        await page.goto(`${inject('baseUrl')}${route}`);
        const file = path.join(screenshotDir, `${type}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
      }
      await page.close();
    }
  }
  console.log(`${written.length} screenshots in ${screenshotDir}`);
  expect(written.length).toBe(firstOfType.size * 4);
});
