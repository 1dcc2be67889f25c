// Each gate must be able to fail: run on a deliberately broken site, each reports its problem.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';
import { validateHtml } from './gates/html-validity.ts';
import { checkSkipLink, checkTabOrder } from './gates/keyboard.ts';
import { belowThreshold, lighthouseScores } from './gates/lighthouse.ts';
import { findBrokenLinks } from './gates/links.ts';
import { auditPage } from './gates/page-audit.ts';
import { findUnsafeScript } from './gates/scripts.ts';
import { serveStatic } from './gates/serve.ts';
import { overBudget, weighPage } from './gates/weight.ts';

const siteDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-broken-'));
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync('tests/fixtures/broken-site', siteDir, { recursive: true });
  // Random class names do not compress: about 30 KB of CSS after gzip, over the 20 KB budget.
  writeFileSync(
    path.join(siteDir, 'heavy.css'),
    `.x${randomBytes(30_000).toString('hex')}{color:red}`,
  );
  server = await serveStatic(siteDir);
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
});

describe('on the broken fixture site', () => {
  test('axe reports the missing language, the low contrast and the image without alt', async () => {
    const audit = await auditPage(page, `${server.url}/`);
    const rules = audit.violations.map((violation) => violation.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast', 'image-alt']));
    expect(audit.consoleErrors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('a script error the console gate must catch'),
      ]),
    );
    expect(audit.failedRequests).toEqual([`${server.url}/missing.css (404)`]);
  });

  test('the Nu HTML checker reports the invalid nesting and the duplicate id', () => {
    const errors = validateHtml(siteDir);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^index\.html:\d+: Unclosed element “span”/),
        expect.stringMatching(/^index\.html:\d+: Duplicate ID “twice”/),
      ]),
    );
  });

  test('the link check reports the missing page and the missing anchor', async () => {
    const broken = await findBrokenLinks(`${server.url}/`);
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${server.url}/missing/`),
        expect.stringContaining('#nowhere'),
      ]),
    );
  });

  test('the keyboard checks report no skip link and no visible focus', async () => {
    expect(await checkSkipLink(page, `${server.url}/`)).toEqual(
      expect.arrayContaining([expect.stringContaining('expected the skip link')]),
    );
    expect(await checkTabOrder(page, `${server.url}/`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^a\[\/stories\/heavy\/\] shows no focus indicator$/),
      ]),
    );
  });

  test('the weight budgets report more JavaScript than a reading page may ship and a story over budget', () => {
    expect(overBudget(weighPage(siteDir, '/'))).toEqual([
      expect.stringMatching(/^\/: \d+ B of JavaScript, budget 1024 B$/),
    ]);
    expect(overBudget(weighPage(siteDir, '/stories/heavy/'))).toEqual([
      expect.stringMatching(/^\/stories\/heavy\/: \d+ B of CSS, budget 20480 B$/),
    ]);
  });

  test("the script check reports handlers, script URLs and scripts that are not the site's own", async () => {
    const context = await browser.newContext();
    // Nothing leaves this machine: the foreign script's host is refused before any lookup.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const unsafe = await context.newPage();
    const problems = await findUnsafeScript(unsafe, `${server.url}/unsafe/`);
    await context.close();
    expect(problems).toEqual([
      `<meta http-equiv="refresh" content="3600; url=javascript:alert('refresh')">: a javascript: URL`,
      `<script> "document.title = 'changed by an inline script';": an inline script that is not the site's own`,
      `<script src="/script.js">: a script that is not the site's own (expected one under /_astro/ on this site)`,
      `<script src="https://cdn.invalid/tracker.js">: a script that is not the site's own (expected one under /_astro/ on this site)`,
      '<a href="javascript:alert(1)">: a javascript: URL',
      '<a href=" JaVa\\tScRiPt:alert(2)">: a javascript: URL',
      '<a href="vbscript:msgbox(3)">: a vbscript: URL',
      '<a href="data:text/html,%3Cscript%3Ealert(4)%3C/script%3E">: a data: URL',
      `<img onerror="this.dataset.failed = 'yes'">: an inline event handler`,
      '<img srcset="data:image/svg+xml,%3Csvg%3E">: a data: URL',
      `<button onclick="document.title = 'clicked'">: an inline event handler`,
      '<form action="javascript:alert(5)">: a javascript: URL',
      '<button formaction="javascript:alert(6)">: a javascript: URL',
      '<a xlink:href="javascript:alert(7)">: a javascript: URL',
      '<iframe srcdoc="<p>a document of its own</p>">: a frame with a document of its own',
    ]);
  });

  test('the Lighthouse threshold reports the accessibility score under 90', async () => {
    const results = await lighthouseScores(server.url, ['/']);
    const thresholds = { performance: 90, accessibility: 90, 'best-practices': 90, seo: 90 };
    expect(belowThreshold(results, thresholds)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/: accessibility \d+ < 90$/)]),
    );
  });
});
