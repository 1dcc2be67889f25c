import type { AstroIntegration } from 'astro';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneChartCache, writeChartFiles, type ChartStats } from '../lib/charts/chart-cache.ts';
import { chartJobs } from '../lib/charts/chart-jobs.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import type { ParsedContent } from '../lib/content/parse.ts';
import { validateContent } from '../lib/content/validate.ts';

/**
 * Draws every chart of the site once, after the pages are built, into `charts/` of the output,
 * reusing files from Astro's cache directory when the dataset and options have not changed.
 * The dev server draws a chart when a page asks for it, from the content as it is now.
 */
export function chartFilesIntegration(
  getContent: () => ParsedContent | undefined,
): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'impact-ledger:chart-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = fileURLToPath(new URL('impact-ledger-charts/', config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        const devOut = mkdtempSync(path.join(tmpdir(), 'impact-ledger-dev-charts-'));
        server.middlewares.use((request, response, next) => {
          const match =
            /\/charts\/([a-z0-9-]+?)(-(?:narrow|wide)-(?:light|dark))?\.(svg|png)$/.exec(
              request.url ?? '',
            );
          const { content } = match ? validateContent(contentDir()) : { content: undefined };
          const job = match && content && chartJobs(content).find(({ stem }) => stem === match[1]);
          if (!match || !content || !job) {
            next();
            return;
          }
          writeChartFiles(
            job,
            { outDir: devOut, cacheDir, locale: content.site?.locale ?? 'en' },
            { rendered: 0, cached: 0 },
          );
          response.setHeader('content-type', match[3] === 'svg' ? 'image/svg+xml' : 'image/png');
          response.end(readFileSync(path.join(devOut, 'charts', path.basename(request.url ?? ''))));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const content = getContent();
        if (content === undefined) throw new Error('charts: the content was not validated');
        const stats: ChartStats = { rendered: 0, cached: 0 };
        const started = performance.now();
        const jobs = chartJobs(content);
        for (const job of jobs) {
          writeChartFiles(
            job,
            { outDir: fileURLToPath(dir), cacheDir, locale: content.site?.locale ?? 'en' },
            stats,
          );
        }
        // Charts no build has drawn or read for 30 days are stale (old data, old renderer).
        const pruned = pruneChartCache(cacheDir, new Date(Date.now() - 30 * 86_400_000));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${jobs.length} charts: ${stats.rendered} files rendered, ${stats.cached} from cache (${seconds} s)${pruned > 0 ? `; ${pruned} stale cache files removed` : ''}`,
        );
      },
    },
  };
}
