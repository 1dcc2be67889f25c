// Charts as a reader's browser shows them: the right file for the screen, drawn in the reader's
// colour scheme, text at least 12 CSS px at 360 px wide, real text in the file's own font, and
// no layout shift while the image loads.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chartSizes } from '../../src/lib/charts/variants.ts';
import { launchChromium } from './gates/browser.ts';
import { pixel } from './gates/pixels.ts';
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
  }));
  const screenshot = await image.screenshot();
  await page.close();
  return { ...shown, screenshot };
}

describe('a chart on a dataset page', () => {
  test.each([
    [360, 'light', 'narrow'],
    [360, 'dark', 'narrow'],
    [1280, 'light', 'wide'],
    [1280, 'dark', 'wide'],
  ] as const)(
    'at %i px in the %s scheme shows the %s file in that scheme, text at least 12 px',
    async (width, scheme, size) => {
      const shown = await chartOnPage(width, scheme);
      expect(shown.source).toMatch(size === 'narrow' ? /-narrow\.svg$/ : /\/[a-z0-9-]+\.svg$/);
      const { fontSize, width: drawnWidth } = chartSizes[size];
      expect((fontSize * shown.width) / drawnWidth).toBeGreaterThanOrEqual(12);
      // The file's own media query picks the drawing: a light or a dark background.
      const [red = 0, green = 0, blue = 0] = await pixel(shown.screenshot, 3, 3);
      const lightness = (red + green + blue) / 3;
      if (scheme === 'light') expect(lightness).toBeGreaterThan(200);
      else expect(lightness).toBeLessThan(80);
    },
  );

  test('opened on its own, the SVG shows real text in its embedded font', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const shown = await chartOnPage(1280, 'light');
    await page.goto(shown.source);
    const text = await page.evaluate(async () => {
      await document.fonts.ready;
      const visible = [...document.querySelectorAll('text')].filter(
        (element) => element.getBoundingClientRect().width > 0,
      );
      return {
        labels: visible.map((element) => element.textContent),
        fontLoaded: document.fonts.check('700 14px ImpactLedgerInter'),
      };
    });
    await page.close();
    expect(text.fontLoaded).toBe(true);
    expect(text.labels.length).toBeGreaterThan(5);
  });

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
