// `npm run dev` serves the same chart endpoints as the build, from the content as it is now:
// an edited dataset's chart changes on reload. It runs the content check after every edit and
// shows its problems in Astro's error overlay, as a browser shows them; drafts carry a banner.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launchChromium } from '../e2e/gates/browser.ts';
import { realEnvironment } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const port = 4300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const content = editedContent(() => undefined);
let server: ChildProcess;
let log = '';

/** The largest number written as text in a chart SVG, years apart (the top tick of its axis). */
const largestNumber = (svg: string) =>
  Math.max(
    ...[...svg.matchAll(/<text [^>]*>([\d,]+)<\/text>/g)]
      .map((match) => match[1] ?? '')
      .filter((text) => !/^(19|20)\d\d$/.test(text))
      .map((text) => Number(text.replaceAll(',', ''))),
  );

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

beforeAll(async () => {
  const env = realEnvironment();
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, IMPACT_LEDGER_CONTENT: content.dir, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
      log += `GET / ${response.status}: ${(await response.text()).slice(0, 300)}\n`;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not answer within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 90_000);

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  content.cleanup();
});

/** A new page of the one browser the tests share (started on first use). */
async function newPage(): Promise<Page> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH to another Chromium).`,
    );
  }
  browser ??= await launchChromium();
  return browser.newPage();
}

/** The text of Astro's error overlay as shown (its shadow DOM, styles apart); '' when none. */
const overlayText = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('vite-error-overlay')?.shadowRoot;
    if (root == null) return '';
    return [
      ...root.querySelectorAll<HTMLElement>(
        '#title, #message-content, #hint-content, #code h2, #stack',
      ),
    ]
      .filter((element) => element.checkVisibility())
      .map((element) => element.innerText)
      .join('\n');
  });

/** Waits up to `seconds` for `condition` of the page; says what the page showed if it never holds. */
async function waitFor(
  page: Page,
  condition: (page: Page) => Promise<boolean>,
  seconds: number,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await condition(page).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const shown = await page
    .evaluate(() => document.body.innerText.slice(0, 600))
    .catch((error: unknown) => String(error));
  throw new Error(
    `the page did not change within ${seconds} s. Overlay:\n${await overlayText(page).catch(() => '')}\nPage:\n${shown}\nServer log:\n${log.slice(-3000)}`,
  );
}

const story = path.join(content.dir, 'stories/first-jobs.mdx');
const storyTitle = 'First jobs, with a mentor beside them';
/** The story page shows the story itself (its heading, no overlay). */
const showsStory = async (page: Page) =>
  (await overlayText(page)) === '' && (await page.locator('h1').first().innerText()) === storyTitle;

describe('the dev server', () => {
  test('serves a chart the page links to, and the chart follows an edit of its dataset', async () => {
    const page = await get('/data/mentees/');
    expect(page.text).toContain('src="/charts/mentees.svg"');
    const before = await get('/charts/mentees.svg');
    expect(before).toMatchObject({ status: 200, type: 'image/svg+xml' });
    // Values up to 70 mentees: the axis ends below 100.
    expect(largestNumber(before.text)).toBeLessThan(100);

    const file = path.join(content.dir, 'datasets/mentees.json');
    const dataset = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      dataset.replace('"period": "2025", "value": 70', '"period": "2025", "value": 700'),
    );
    let after = before;
    const deadline = Date.now() + 90_000;
    while (largestNumber(after.text) < 700 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await get('/charts/mentees.svg');
    }
    // What the server answered and logged, should the chart not follow the edit.
    const answer = `${after.status} ${after.type}: ${after.text.slice(0, 400)}\n${log.slice(-3000)}`;
    expect(largestNumber(after.text), answer).toBeGreaterThanOrEqual(700);
    expect((await get('/charts/mentees.png')).type).toBe('image/png');
  }, 150_000);
});

describe('the dev server explains content problems in the browser', () => {
  const original = readFileSync(story, 'utf8');

  /**
   * Opens the story, makes `edit`, and returns the overlay text the open page shows once the
   * check has run (the page reloads by itself); then restores the story and waits for the open
   * page to show it again. `whileShown` runs once our list shows; every overlay text the page
   * shows after the story is restored goes into `afterFix`.
   */
  async function overlayAfter(
    edit: (text: string) => string,
    options: { whileShown?: () => Promise<unknown>; afterFix?: string[] } = {},
  ): Promise<string> {
    const page = await newPage();
    try {
      await page.goto(`${base}/stories/first-jobs/`);
      await waitFor(page, showsStory, 60);
      writeFileSync(story, edit(original));
      // The page reloads by itself (once for the check, maybe again as Astro reloads the
      // story): read the overlay once it shows our list, and again a second later, to be sure
      // no other error replaced it.
      let text = '';
      const ours = async () => {
        text = await overlayText(page);
        return /^\d+ problems? in \d+ files? to fix$/m.test(text);
      };
      await waitFor(page, ours, 30);
      await options.whileShown?.();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await waitFor(page, ours, 10);
      writeFileSync(story, original);
      await waitFor(
        page,
        async (page) => {
          options.afterFix?.push(await overlayText(page));
          return showsStory(page);
        },
        60,
      );
      return text;
    } finally {
      writeFileSync(story, original);
      await page.close();
    }
  }

  test('a misspelt dataset: our message with file:line and did-you-mean, not TypeScript', async () => {
    const text = await overlayAfter((text) =>
      text.replace('dataset="mentees"', 'dataset="mentess"'),
    );
    expect(text).toContain(
      'content/stories/first-jobs.mdx:14: <KeyFigure>: dataset: unknown dataset "mentess": there is no content/datasets/mentess.json; did you mean "mentees"?',
    );
    expect(text).toContain('stories/first-jobs.mdx:14');
    expect(text).not.toMatch(/KeyFigure\.astro|runtime error|TypeError|Stack Trace/);
  }, 200_000);

  test('a misspelt component name: did you mean, not "forgot to import"', async () => {
    const text = await overlayAfter((text) =>
      text.replace('<KeyFigure dataset="recycling"', '<KeyFigur dataset="recycling"'),
    );
    expect(text).toContain(
      'content/stories/first-jobs.mdx:34: <KeyFigur>: unknown component <KeyFigur>; did you mean <KeyFigure>?',
    );
    expect(text).not.toMatch(/forgot to import|is not defined/);
  }, 200_000);

  test('a deleted required description: the field named, not a stale page', async () => {
    const text = await overlayAfter((text) => text.replace(/^description: .*\n/m, ''));
    expect(text).toContain(
      'content/stories/first-jobs.mdx: description: expected text, found nothing',
    );
    expect(text).toContain('1 problem in 1 file');
  }, 200_000);

  test("a hero image that does not exist: our message with did-you-mean, not Astro's ImageNotFound", async () => {
    // Beside the story, for the did-you-mean; never imported, as the fixed story has no hero.
    const image = path.join(content.dir, 'stories/first-jobs.webp');
    writeFileSync(image, 'image');
    const afterFix: string[] = [];
    try {
      const text = await overlayAfter(
        (text) =>
          text.replace(
            "location: 'Cluj-Napoca'",
            "location: 'Cluj-Napoca'\nhero: { src: './frist-jobs.webp', alt: 'A mentor and a mentee at a desk' }",
          ),
        {
          // Astro renders what is not a page itself (an open tab's chart, the 404 page for
          // /favicon.ico): such a render fails on the missing image, and Astro sends its error
          // to every open page.
          whileShown: () =>
            fetch(`${base}/charts/mentees.svg`, { headers: { accept: 'image/*' } }).then(
              async (response) => response.text(),
            ),
          afterFix,
        },
      );
      expect(text).toContain(
        'content/stories/first-jobs.mdx:10: hero.src: expected an image file, found "./frist-jobs.webp", which does not exist (looked for content/stories/frist-jobs.webp); did you mean "first-jobs.webp"?',
      );
      expect(text).not.toMatch(/ImageNotFound|Image not found|content-assets|Stack Trace/);
      expect(afterFix.join('\n')).not.toMatch(/ImageNotFound|Image not found|content-assets/);
    } finally {
      rmSync(image, { force: true });
    }
  }, 200_000);

  test('a draft story shows the Draft banner, and its card in the list is marked', async () => {
    const page = await newPage();
    try {
      await page.goto(`${base}/stories/draft-story/`);
      const banner = page.getByRole('note', { name: 'Draft' });
      await expect(banner.innerText()).resolves.toMatch(
        /^Draft — only you can see this story, in the preview\. It is not published until you remove draft: true from its front matter\.$/i,
      );
      await page.goto(`${base}/stories/`);
      const card = page.locator('article', { hasText: 'A story still being written' });
      await expect(card.innerText()).resolves.toMatch(/^Draft not published\n/i);
    } finally {
      await page.close();
    }
  }, 60_000);
});
