import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { searchableGlob } from '../lib/search.ts';

/**
 * Indexes the built pages with Pagefind's Node API and writes the index to `pagefind/` in the
 * build output (the staging folder: this runs before `atomicOutput` publishes it). Only
 * `<main data-pagefind-body>` is indexed; `searchableGlob` leaves out the 404 and search pages.
 * @throws Error listing Pagefind's errors, which fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'impact-ledger:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const folders = readdirSync(outDir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name);
        try {
          // Pagefind joins adjacent table cells and definition terms without a space
          // ("MeasureDrive days"); column headings and terms are labels repeated on every page.
          const { index, errors } = await createIndex({
            excludeSelectors: ['thead', 'caption', 'dt'],
          });
          if (index === undefined) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir, glob: searchableGlob(folders) });
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(
            `search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
