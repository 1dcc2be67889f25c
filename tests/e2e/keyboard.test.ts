// Keyboard use of a story page: the skip link, then every link in order with visible focus.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { checkSkipLink, checkTabOrder } from './gates/keyboard.ts';
import { listPages, pageType } from './gates/pages.ts';

const baseUrl = inject('baseUrl');
const story = listPages(inject('siteDir')).find((route) => pageType(route) === 'story');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser.close());

test('the skip link is the first stop and moves focus to main', async () => {
  expect(story).toBeDefined();
  expect(await checkSkipLink(page, `${baseUrl}${story ?? ''}`)).toEqual([]);
});

test('Tab reaches every link and control of a story in document order, each with visible focus', async () => {
  expect(await checkTabOrder(page, `${baseUrl}${story ?? ''}`)).toEqual([]);
});
