import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG levels and best practices every page must meet. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What is wrong with one page in one colour scheme. */
export interface PageAudit {
  /** `rule-id: target, target` for every axe violation. */
  violations: string[];
  consoleErrors: string[];
  /** Requests to the site itself that failed or answered 4xx/5xx. */
  failedRequests: string[];
}

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** Loads `url` and audits it: axe-core, console errors and the page's own failed requests. */
export async function auditPage(page: Page, url: string): Promise<PageAudit> {
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  // By URL: a 404 stylesheet is reported both as a 404 response and as an aborted request.
  const failedRequests = new Map<string, string>();
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin))
      if (!failedRequests.has(request.url())) {
        failedRequests.set(request.url(), request.failure()?.errorText ?? 'failed');
      }
  });
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400 && response.url() !== url) {
      failedRequests.set(response.url(), String(response.status()));
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  // Evaluated through the DevTools protocol: the site's CSP (served from dist/_headers) allows no
  // inline <script>, and the page stays under it while axe looks.
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    async (tags) =>
      (await (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<unknown> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })) as AxeResult,
    axeTags,
  );
  page.removeAllListeners();
  return {
    violations: result.violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`,
    ),
    consoleErrors,
    failedRequests: [...failedRequests].map(([requestUrl, reason]) => `${requestUrl} (${reason})`),
  };
}
