import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content/content-dir.ts';
import { DevErrorGuard, type HotMessage } from '../lib/content/dev-error-guard.ts';
import { overlayError } from '../lib/content/dev-overlay.ts';
import { overlayScript, problemPage } from '../lib/content/dev-problem-page.ts';
import { LiveContentCheck, liveReport, type CheckResult } from '../lib/content/live-check.ts';
import { isError } from '../lib/content/problem.ts';
import { formatReport } from '../lib/content/report.ts';
import { validateContent } from '../lib/content/validate.ts';
import { MdxAnalysisCache } from '../lib/mdx/analysis.ts';
import { tidySiteCaches } from '../lib/content/site-cache.ts';
import { buildSettings, buildSettingsPlugin } from './build-settings.ts';

/** Where the dev server serves the script that opens the overlay over its problem page. */
const overlayScriptPath = '__impact-ledger/content-problems.js';

/**
 * Runs the content checks before Astro loads anything: a build with a problem stops before
 * writing a file, with every problem listed. The MDX analyses the check makes are kept in
 * Astro's cache directory, where the build reads them (`virtual:impact-ledger/build-settings`
 * names the file) instead of parsing every body again.
 *
 * Under `astro dev` the same check runs again after every change under the content folder: the
 * terminal prints its report, and while there are errors every page is a problem page with the
 * list in Astro's error overlay (instead of Astro's own errors about components, or a stale
 * page); open pages reload when the list changes and when it clears.
 */
export function contentValidation(): AstroIntegration {
  let check: (() => CheckResult) | undefined;
  let initial: CheckResult | undefined;
  return {
    name: 'impact-ledger:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const settings = buildSettings(config);
        updateConfig({ vite: { plugins: [buildSettingsPlugin(settings)] } });
        if (command !== 'build' && command !== 'dev') return;
        mkdirSync(config.cacheDir, { recursive: true });
        tidySiteCaches(fileURLToPath(config.cacheDir));
        const mdxAnalyses = new MdxAnalysisCache(
          settings.mdxAnalysisFile,
          settings.analyserFingerprint,
        );
        check = () => {
          // The site in outDir (before atomicOutput stages the build) is the previous build.
          const { problems, files } = validateContent(contentDir(), {
            mdxAnalyses,
            previousBuild: fileURLToPath(config.outDir),
          });
          mdxAnalyses.save();
          return { problems, files };
        };
        const started = performance.now();
        initial = check();
        const { problems, files } = initial;
        logger.info(
          `content check: ${files} files in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
        if (problems.length === 0) return;
        const report = formatReport(problems, files, { building: command === 'build' });
        if (command === 'dev' || !problems.some(isError)) {
          // Problems to fix are errors in the terminal too; warnings only deserve a look.
          if (problems.some(isError)) logger.error(`content problems to fix:\n${report}`);
          else logger.warn(`content warnings:\n${report}`);
          return;
        }
        // An exception here would bury the list under Astro's stack trace; nothing has been
        // written yet, so stopping the process is safe and leaves dist/ untouched.
        console.error(
          `${report}\nFix each line, then run \`npm run check\` before building again.`,
        );
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        if (check === undefined || initial === undefined) return;
        const folder = contentDir();
        const projectRoot = path.dirname(folder);
        const base = server.config.base;
        // Astro's own error screens (an image() field's missing file fails as "ImageNotFound")
        // must not cover the list: see DevErrorGuard.
        const hot = server.environments.client.hot;
        const send: (...args: unknown[]) => void = hot.send.bind(hot);
        const guard = new DevErrorGuard({ send });
        guard.contentChecked(initial.problems.some(isError));
        hot.send = (...args: unknown[]) => {
          const [message] = args;
          if (typeof message === 'object' && message !== null && 'type' in message) {
            guard.send(message as HotMessage);
          } else send(...args);
        };
        // Astro 7.3 rewrites .astro/content-assets.mjs only when an entry adds an image, so a
        // fix that removes an image() field (or the only image) keeps the missing file imported
        // and every page failing on "ImageNotFound" until a restart; a full content sync once the
        // errors clear rewrites it. Pages wait for it.
        let refreshed: Promise<void> = Promise.resolve();
        const live = new LiveContentCheck({
          initial,
          run: check,
          onResult: (result, previous) => {
            guard.contentChecked(result.problems.some(isError));
            const report = liveReport(result, previous);
            if (report === undefined) return;
            if (result.problems.some(isError)) logger.error(`content problems to fix:\n${report}`);
            else logger.info(report);
            // Open pages ask again: the problem page, the new list, or the page itself.
            if (result.problems.some(isError)) {
              server.ws.send({ type: 'full-reload', path: '*' });
            } else if (previous.problems.some(isError)) {
              refreshed = (refreshContent?.({}) ?? Promise.resolve())
                .catch((error: unknown) => logger.error(`content sync failed: ${String(error)}`))
                .then(() => server.ws.send({ type: 'full-reload', path: '*' }));
            }
          },
        });
        server.watcher.add(folder);
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(folder + path.sep)) live.changed();
        });
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost').pathname;
          const page =
            request.method === 'GET' &&
            (request.headers.accept ?? '').includes('text/html') &&
            !/^\/(?:@|__)/.test(url.startsWith(base) ? `/${url.slice(base.length)}` : url);
          const script = url === `${base}${overlayScriptPath}`;
          if (!page && !script) {
            next();
            return;
          }
          void live.settled().then(async (result) => {
            await refreshed;
            const error = overlayError(result.problems, projectRoot);
            if (error === undefined) {
              if (script) response.writeHead(204).end();
              else next();
              return;
            }
            if (script) {
              response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
              response.end(overlayScript(error, base));
              return;
            }
            response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
            response.end(
              problemPage(result, { base, overlayScriptUrl: `${base}${overlayScriptPath}` }),
            );
          });
        });
      },
    },
  };
}
