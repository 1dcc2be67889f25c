import type { BrowserContext, Page } from 'playwright-core';

/** What a page did that the deployed site's policy forbids. */
export interface PageWatch {
  /** Content-Security-Policy violations: `directive blocked what (where)`. */
  violations: string[];
  /** Requests to another origin than the site's (`data:` and `blob:` URLs included). */
  foreignRequests: string[];
}

declare global {
  interface Window {
    reportPolicyViolation?: (text: string) => void;
  }
}

/**
 * Watches every page of `context` for CSP violations (the `securitypolicyviolation` events, and
 * the console errors Chromium prints for them, which also cover workers) and for requests to
 * another origin than `origin`. Call before opening pages.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], foreignRequests: [] };
  await context.exposeFunction('reportPolicyViolation', (text: string) => {
    watch.violations.push(text);
  });
  // Runs before the page's own scripts, through the DevTools protocol, so the CSP cannot stop it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportPolicyViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.documentURI}${event.lineNumber ? `:${event.lineNumber}` : ''})`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      watch.violations.push(`console: ${message.text()}`);
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!URL.canParse(url) || new URL(url).origin !== origin)
      watch.foreignRequests.push(`${url} (from ${request.frame().url()})`);
  });
  return watch;
}

/** Runs a search on the search page and waits until the count for that query is announced. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`results? for “${RegExp.escape(query)}”`) })
    .waitFor({ timeout: 15_000 });
}
