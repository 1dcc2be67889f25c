// Charts as a reader's browser shows them: the right variant for the screen and colour scheme,
// text at least 12 CSS px at 360 px wide, and no layout shift while the image loads.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chartVariants } from '../../src/lib/charts/variants.ts';
import { launchChromium } from './gates/browser.ts';
import { listPages, pageType } from './gates/pages.ts';

const baseUrl = inject('baseUrl');
const dataset = listPages(inject('siteDir')).find((route) => pageType(route) === 'dataset') ?? '';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

async function chartOnPage(width: number, colorScheme: 'light' | 'dark') {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.goto(`${baseUrl}${dataset}`);
  const image = page.locator('figure picture img').first();
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const shown = await image.evaluate((img: HTMLImageElement) => ({
    source: img.currentSrc,
    width: img.getBoundingClientRect().width,
    naturalWidth: img.naturalWidth,
  }));
  await page.close();
  return shown;
}

describe('a chart on a dataset page', () => {
  test.each([
    [360, 'light', 'narrow-light'],
    [360, 'dark', 'narrow-dark'],
    [1280, 'light', 'wide-light'],
    [1280, 'dark', 'wide-dark'],
  ] as const)(
    'at %i px in the %s scheme shows the %s variant with text of at least 12 px',
    async (width, scheme, variant) => {
      const shown = await chartOnPage(width, scheme);
      expect(shown.source).toMatch(new RegExp(`-${variant}\\.svg$`));
      const { fontSize, width: drawnWidth } = chartVariants[variant];
      expect((fontSize * shown.width) / drawnWidth).toBeGreaterThanOrEqual(12);
    },
  );

  test('reserves its space before the image loads (no layout shift)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/charts/**', () => undefined);
    await page.goto(`${baseUrl}${dataset}`, { waitUntil: 'domcontentloaded' });
    const height = await page
      .locator('figure picture img')
      .first()
      .evaluate((img) => img.getBoundingClientRect().height);
    await page.close();
    expect(height).toBeGreaterThan(300);
  });
});
