import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { searchablePage, spacedForIndex } from '../lib/search.ts';

/**
 * Indexes the built pages with Pagefind's Node API and writes the index to `pagefind/` in the
 * build output (the staging folder: this runs before `atomicOutput` publishes it). Only
 * `<main data-pagefind-body>` is indexed, and only the pages `searchablePage` keeps: not the
 * lists and catalogue filters, the 404 and search pages.
 * @throws Error listing Pagefind's errors, which fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'impact-ledger:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .map((file) => file.split(path.sep).join('/'))
          .filter(searchablePage)
          .sort();
        try {
          // Column headings, captions and definition terms are labels repeated on every page
          // ("Measure", "Covers"): they would only crowd the excerpts.
          const { index, errors } = await createIndex({
            excludeSelectors: ['thead', 'caption', 'dt'],
          });
          if (index === undefined) throw new Error(errors.join('\n'));
          // File by file: a glob cannot leave out `stories/` yet keep `stories/<slug>/`.
          const addErrors: string[] = [];
          for (const page of pages) {
            const added = await index.addHTMLFile({
              sourcePath: page,
              content: spacedForIndex(readFileSync(path.join(outDir, page), 'utf8')),
            });
            addErrors.push(...added.errors);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          const problems = [...errors, ...addErrors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(
            `search index: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
