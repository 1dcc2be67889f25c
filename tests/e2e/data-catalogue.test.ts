// The data catalogue's filters in Chromium: with JavaScript a filter link filters the list in
// place, gives the address of its static page and announces the count; Back undoes it; without
// JavaScript the static page shows the same datasets.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** What the page says it shows: its title, heading, lead and count. */
const header = async (page: Page) => ({
  title: await page.title(),
  heading: await page.locator('main h1').textContent(),
  lead: await page.locator('main h1 + p').textContent(),
  count: await page.locator('[data-count]').textContent(),
});

/** Titles of the datasets the page shows. */
const shownTitles = (page: Page) =>
  page.locator('[data-catalogue] li[data-verification]:visible h3').allTextContents();

test('a filter link filters in place with JavaScript, like its static page without', async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto(`${baseUrl}/data/pillar/health/`);
  const staticTitles = await shownTitles(staticPage);
  const staticHeader = await header(staticPage);
  await staticPage.goto(`${baseUrl}/data/`);
  const allHeader = await header(staticPage);
  await noScript.close();
  expect(staticHeader.heading).toBe('Data: Health');
  expect(staticHeader.title).not.toBe(allHeader.title);

  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`${baseUrl}/data/`);
  const all = await shownTitles(page);
  expect(staticTitles.length).toBeGreaterThan(0);
  expect(staticTitles.length).toBeLessThan(all.length);
  // A page load would clear this marker: the filter must not load a page.
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

  const link = page.locator('a[data-filter="pillar:health"]');
  await link.click();
  await expect.poll(() => page.url()).toBe(`${baseUrl}/data/pillar/health/`);
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  expect(await shownTitles(page)).toEqual(staticTitles);
  // The page says what it now shows, in the static page's words.
  expect(await header(page)).toEqual(staticHeader);
  expect(await page.locator('[data-count]').getAttribute('aria-live')).toBe('polite');
  expect(await link.getAttribute('aria-current')).toBe('page');
  expect(await page.locator('a[data-filter=""]').getAttribute('aria-current')).toBeNull();

  await page.goBack();
  await expect.poll(() => page.url()).toBe(`${baseUrl}/data/`);
  expect(await shownTitles(page)).toEqual(all);
  expect(await header(page)).toEqual(allHeader);
  await page.close();
});

test('at 360 px the catalogue fits the screen: no card is cut off, nothing scrolls sideways', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`${baseUrl}/data/`);
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth > window.innerWidth,
    cards: [...document.querySelectorAll('[data-catalogue] li[data-verification]')].filter(
      (card) => card.scrollWidth > card.clientWidth + 1,
    ).length,
  }));
  expect(overflow).toEqual({ page: false, cards: 0 });
  await page.close();
});
