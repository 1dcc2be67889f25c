// The reader's light/dark choice: the toggle switches the palette and the charts, the choice
// survives a reload without a flash of the other scheme, and without JavaScript no dead control
// is shown. Print is light, with no navigation and link addresses written out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { schemes } from '../../src/lib/theme.ts';
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

/** `rgb(r, g, b)` of a `#rrggbb` colour, as getComputedStyle writes it. */
const cssRgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The colour of the top-left pixel of a chart image as the page shows it. */
async function chartCorner(page: Page): Promise<number[]> {
  const image = page.locator('figure picture img').first();
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  return pixel(await image.screenshot(), 3, 3);
}

describe('theme toggle', () => {
  test('switches a light-system page and its charts to dark, and back', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${baseUrl}${dataset}`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await pageBackground(page)).toBe(cssRgb(schemes.light.page));
    expect(await chartCorner(page)).toEqual([255, 255, 255]);

    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await pageBackground(page)).toBe(cssRgb(schemes.dark.page));
    const [red = 255, green = 255, blue = 255] = await chartCorner(page);
    expect(Math.max(red, green, blue)).toBeLessThan(60);

    await toggle.click();
    expect(await pageBackground(page)).toBe(cssRgb(schemes.light.page));
    await page.close();
  });

  test('a stored choice applies before the body is painted (no flash) on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    // Records the scheme at the moment <body> is parsed, before anything in it can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('body') === null) return;
        (window as unknown as { themeAtBody: string }).themeAtBody =
          document.documentElement.dataset['theme'] ?? 'system';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.goto(`${baseUrl}${dataset}`);
    expect(
      await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
    ).toBe('dark');
    expect(await pageBackground(page)).toBe(cssRgb(schemes.dark.page));
    await context.close();
  });

  test('follows the system until the reader chooses', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}/`);
    expect(await pageBackground(page)).toBe(cssRgb(schemes.dark.page));
    await expect(
      page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.close();
  });

  test('without JavaScript the toggle is not shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('print', () => {
  /** A story with a chart, whose table the screen folds away in <details>. */
  const storyWithChart =
    listPages(inject('siteDir'))
      .filter((route) => pageType(route) === 'story')
      .find((route) =>
        readFileSync(path.join(inject('siteDir'), route, 'index.html'), 'utf8').includes(
          '<details',
        ),
      ) ?? '';

  test('prints light, without navigation, with link addresses and every chart table', async () => {
    expect(storyWithChart).not.toBe('');
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}${storyWithChart}`);
    const origin = new URL((await page.locator('link[rel=canonical]').getAttribute('href')) ?? '')
      .origin;
    const tablesShown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('details table')].map((table) => table.checkVisibility()),
      );
    expect(await tablesShown()).not.toContain(true);

    await page.emulateMedia({ media: 'print' });
    expect(await pageBackground(page)).toBe(cssRgb(schemes.light.page));
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
    const link = page.locator('main a[href^="/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
      `" (${origin}${href})"`,
    );
    expect(await tablesShown()).not.toContain(false);
    await page.close();
  });
});
