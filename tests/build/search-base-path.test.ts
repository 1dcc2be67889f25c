// Search and headers under a base path: a site at https://fixture.example.com/impact/, served at
// /impact/ with its _headers, finds pages whose links stay under /impact/, within its CSP.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';
import { launchChromium } from '../e2e/gates/browser.ts';
import { searchFor, watchContext } from '../e2e/gates/page-watch.ts';
import { serveStatic } from '../e2e/gates/serve.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const content = editedContent((edit) =>
  edit.json('site.json', (site) => {
    site['url'] = 'https://fixture.example.com/impact/';
  }),
);
const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-search-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;
let browser: Browser;

beforeAll(async () => {
  build = buildSite(content.dir, outDir);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
  content.cleanup();
});

test('every _headers rule is under /impact/', () => {
  expect(build.status, build.output).toBe(0);
  const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
  expect(rules.length).toBeGreaterThan(5);
  expect(rules.map((rule) => rule.path).filter((rule) => !rule.startsWith('/impact/'))).toEqual([]);
});

test('a search finds pages under /impact/, with no CSP violation', async () => {
  expect(build.status, build.output).toBe(0);
  const server = await serveStatic(outDir, { base: '/impact/' });
  try {
    const context = await browser.newContext();
    const watch = await watchContext(context, new URL(server.url).origin);
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    await searchFor(page, 'mentor');
    const links = await page
      .locator('[data-search-results] li h2 a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(1);
    const outside = links.filter(
      (href) =>
        !href.startsWith('/impact/') ||
        !existsSync(path.join(outDir, href.slice('/impact'.length), 'index.html')),
    );
    expect(outside).toEqual([]);
    // The first result opens under the base path.
    await page.locator('[data-search-results] li h2 a').first().click();
    await page.waitForURL((url) => url.pathname === links[0]);
    await context.close();
    expect(watch.violations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  } finally {
    await server.close();
  }
});
