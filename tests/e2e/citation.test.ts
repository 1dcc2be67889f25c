// "Cite this dataset" in Chromium: with JavaScript the citation says today's date and each form
// has a copy button, operated from the keyboard, that puts exactly the shown text on the
// clipboard and announces it; without JavaScript a marked placeholder and no dead buttons.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}/data/blood-donations/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('without JavaScript: the citation keeps a marked placeholder and shows no copy button', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const citation = page.locator('#citation-text-blood-donations');
  expect((await citation.textContent())?.replace(/\s+/g, ' ')).toContain(
    'Retrieved [date you accessed it], from https://',
  );
  expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
  // The code blocks are there to select by hand.
  expect(await page.locator('#citation-bibtex-blood-donations').textContent()).toMatch(
    /^@dataset\{/,
  );
  await context.close();
});

test("with JavaScript: today's date, and copy buttons that copy the form shown and say so", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl).origin,
  });
  const page = await context.newPage();
  await page.goto(url);
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString(document.documentElement.lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  );
  const citation = page.locator('#citation-text-blood-donations');
  expect((await citation.textContent())?.replace(/\s+/g, ' ')).toContain(
    `Retrieved ${today}, from https://`,
  );
  const buttons = page.locator('button[data-copy]:visible');
  expect(await buttons.allTextContents()).toEqual([
    'Copy citation',
    'Copy BibLaTeX',
    'Copy CSL-JSON',
  ]);

  // From the keyboard: focus the BibLaTeX button and press Enter.
  const bibtex = page.getByRole('button', { name: 'Copy BibLaTeX' });
  await bibtex.focus();
  await page.keyboard.press('Enter');
  const status = bibtex.locator('xpath=following-sibling::*[1]');
  await expect.poll(() => status.textContent()).toBe('Copied');
  expect(await status.getAttribute('aria-live')).toBe('polite');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator('#citation-bibtex-blood-donations').textContent(),
  );

  await page.getByRole('button', { name: 'Copy citation' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Someș Contact Center S\.R\.L\. \(\d{4}\)\. Units of blood collected/);
  expect(copied).toContain(`[Data set]. Retrieved ${today}, from https://`);
  expect(copied.endsWith('/data/blood-donations/')).toBe(true);
  expect(copied).not.toMatch(/\s{2}|\n/);

  await page.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual([
    expect.objectContaining({ type: 'dataset', title: 'Units of blood collected' }),
  ]);
  await context.close();
});
