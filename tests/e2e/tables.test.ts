// Data tables and chart figures as a phone shows them: a table wider than the screen scrolls
// inside a focusable region that shows it scrolls, and reveals every column whole; a chart
// figure is named by its chart's title.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('at 360 px', () => {
  test.each(['/data/recycling/', '/data/blood-donations/'])(
    'the tables of %s scroll with a visible sign and show every column whole',
    async (route) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${baseUrl}${route}`);
      const regions = await page.locator('main [role=region]:has(table)').all();
      expect(regions.length).toBeGreaterThan(0);
      for (const region of regions) {
        const state = await region.evaluate((element) => {
          const scrolls = element.scrollWidth > element.clientWidth + 1;
          element.scrollLeft = element.scrollWidth;
          const box = element.getBoundingClientRect();
          const lastHeader = [...element.querySelectorAll('thead th')].at(-1);
          const last = lastHeader?.getBoundingClientRect();
          return {
            scrolls,
            focusable: element.getAttribute('tabindex') === '0',
            name: element.getAttribute('aria-label'),
            shaded: getComputedStyle(element).backgroundImage.includes('gradient'),
            lastColumnShown: last !== undefined && last.right <= box.right + 1,
            captionShown: (() => {
              element.scrollLeft = 0;
              const caption = element.querySelector('caption span')?.getBoundingClientRect();
              return caption !== undefined && caption.right <= box.right + 1;
            })(),
            pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        expect(state.pageScrollsSideways).toBe(false);
        expect(state.lastColumnShown).toBe(true);
        // The caption wraps within the screen instead of running off with the table.
        expect(state.captionShown).toBe(true);
        if (state.scrolls) {
          expect(state.focusable).toBe(true);
          expect(state.name).toBeTruthy();
          expect(state.shaded).toBe(true);
        }
      }
      await page.close();
    },
  );
});

test('a chart figure is named by its chart’s title, not by its caption', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/programmes/tree-planting/`);
  await expect(
    page.getByRole('figure', { name: 'Trees planted', exact: true }).count(),
  ).resolves.toBe(1);
  const names = await page
    .getByRole('figure')
    .evaluateAll((figures) => figures.map((figure) => figure.getAttribute('aria-label')));
  for (const name of names.filter(Boolean)) expect(name).not.toMatch(/^Unit:/);
  await page.close();
});
