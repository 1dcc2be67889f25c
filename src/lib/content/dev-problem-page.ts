import type { OverlayError } from './dev-overlay.ts';
import { formatReport } from './report.ts';
import type { CheckResult } from './live-check.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page `npm run dev` answers with while the content has problems, whatever page was asked
 * for: the report as `npm run check` prints it (readable without JavaScript), Vite's client
 * (which reloads the page when the content changes) and `overlayScriptUrl`, which opens Astro's
 * error overlay over it. `base` is the dev server's base path (`/` or `/impact/`).
 */
export function problemPage(
  result: CheckResult,
  options: { base: string; overlayScriptUrl: string },
): string {
  // One paragraph per line of the report: they wrap on a phone, where a <pre> would widen the
  // page under the overlay.
  const report = formatReport(result.problems, result.files)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Content problems to fix</title>',
    // No /favicon.ico request: Astro would render its 404 page from the broken content.
    '<link rel="icon" href="data:,">',
    `<script type="module" src="${escapeHtml(options.base)}@vite/client"></script>`,
    `<script type="module" src="${escapeHtml(options.overlayScriptUrl)}"></script>`,
    '</head>',
    '<body>',
    '<h1>Content problems to fix</h1>',
    report,
    '<p>Fix each line in your editor and save: this page comes back by itself.</p>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * The module that draws `error` in Astro's error overlay: the `ErrorOverlay` element Vite's
 * client exports (Astro replaces Vite's with its own), with the empty "Stack Trace" box hidden
 * (a content problem has none). `base` as for `problemPage`.
 */
export function overlayScript(error: OverlayError, base: string): string {
  return [
    `import { ErrorOverlay } from ${JSON.stringify(`${base}@vite/client`)};`,
    `const overlay = new ErrorOverlay(${JSON.stringify(error)});`,
    "overlay.shadowRoot?.querySelector('#stack')?.setAttribute('hidden', '');",
    'document.body.append(overlay);',
  ].join('\n');
}
