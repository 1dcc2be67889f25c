import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerRules } from '../lib/security-headers.ts';

/** Text of every inline `<style>` element of the HTML files under `dir`. */
function inlineStyles(dir: string): Set<string> {
  const styles = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    for (const match of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi))
      styles.add(match[1] ?? '');
  }
  return styles;
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build output: the policy of
 * src/lib/security-headers.ts for the site's base path and the folders the build wrote. Must run
 * after every integration that adds a top-level folder (the search index) and before
 * `atomicOutput`. An inline `<style>` still in a page is allowed by its hash, and logged: the
 * house rule is none, and without the hash the page would lose those styles.
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
        const styles = inlineStyles(outDir);
        // Info, not a warning: the theme's <style> is on its way into the stylesheet, and a
        // build must not warn (tests/build/site.test.ts).
        if (styles.size > 0)
          logger.info(
            `${styles.size} inline <style> text(s) in the pages, allowed in the CSP by hash: move them into a stylesheet`,
          );
        const rules = headerRules({
          base,
          folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
          files: entries
            .filter((entry) => entry.isFile() && entry.name !== '_headers')
            .map((entry) => entry.name),
          styleHashes: [...styles].map((text) =>
            createHash('sha256').update(text, 'utf8').digest('base64'),
          ),
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
