import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerRules } from '../lib/security-headers.ts';

/** The HTML files under `dir` (relative paths) that hold an inline `<style>` element. */
function pagesWithInlineStyle(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return files
    .filter((name) => name.endsWith('.html'))
    .filter((file) => /<style[\s>]/i.test(readFileSync(path.join(dir, file), 'utf8')))
    .sort();
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build output: the policy of
 * src/lib/security-headers.ts for the site's base path and the folders the build wrote. Must run
 * after every integration that adds a top-level folder (the search index) and before
 * `atomicOutput`. A page with an inline `<style>` stops the build: the policy allows none, so
 * the published page would lose those styles.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'impact-ledger:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = readdirSync(outDir, { withFileTypes: true });
        const inline = pagesWithInlineStyle(outDir);
        if (inline.length > 0)
          throw new Error(
            `${inline.length} page(s) hold an inline <style> (first: ${inline[0] ?? ''}), which the Content-Security-Policy refuses: move the rules into a stylesheet (src/styles/ or a component's <style>, which Astro bundles)`,
          );
        const rules = headerRules({
          base,
          folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
          files: entries
            .filter((entry) => entry.isFile() && entry.name !== '_headers')
            .map((entry) => entry.name),
        });
        // Cloudflare Pages reads at most 100 rules.
        if (rules.length > 100)
          logger.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads the first 100`);
        writeFileSync(path.join(outDir, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers: ${rules.length} rules for ${base}`);
      },
    },
  };
}
