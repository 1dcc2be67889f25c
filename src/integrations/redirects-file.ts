import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { contentDir } from '../lib/content/content-dir.ts';
import { readRedirects, redirectsFile } from '../lib/redirects.ts';

/**
 * Writes `_redirects` (Netlify, Cloudflare Pages: a 301 per moved page, base path included)
 * into the build output. Astro publishes no file whose name starts with `_` from src/pages, so
 * it is written after the build, into the staging folder: this integration must come before
 * `atomicOutput`, whose `astro:build:done` publishes that folder.
 */
export function redirectsFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'impact-ledger:redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const redirects = readRedirects(contentDir());
        const text = redirectsFile(redirects, base);
        if (text === '') return;
        writeFileSync(new URL('_redirects', dir), text);
        logger.info(`_redirects: ${Object.keys(redirects).length} redirects`);
      },
    },
  };
}
