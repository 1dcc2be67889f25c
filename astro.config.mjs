// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { chartFilesIntegration } from './src/integrations/chart-files.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { remarkContentPolicy } from './src/integrations/mdx-policy.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { quietMdxDirectiveWarnings } from './src/integrations/quiet-build.ts';

/** site.json as far as the config needs it; a broken file is reported by the content checks. */
function siteSettings() {
  try {
    return JSON.parse(readFileSync(path.join(contentDir(), 'site.json'), 'utf8'));
  } catch {
    return {};
  }
}

const settings = siteSettings();
/** The site's URL for canonical links. */
const site =
  typeof settings.url === 'string' && settings.url.startsWith('https://')
    ? settings.url
    : undefined;
/**
 * A site URL with a path (`https://www.example.ro/impact/`) serves the whole site under that
 * path: every link, chart and stylesheet goes through `withBase` and `import.meta.env.BASE_URL`.
 */
const base = site === undefined ? '/' : new URL(site).pathname.replace(/\/?$/, '/');

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  base,
  output: 'static',
  // Astro's default Markdown processor (satteri) runs no remark plugins and parses MDX unlike
  // the content check; the unified one is the `@mdx-js/mdx` parser the check uses, and runs the
  // content policy while compiling every MDX file.
  markdown: {
    processor: unified({
      // Smartypants would turn straight quotes into English curly ones in every language (wrong
      // for Romanian „…”) and cost about 10 s a build at 1,000 stories: authors type the marks.
      smartypants: false,
      remarkPlugins: [
        [
          remarkContentPolicy,
          {
            pagesDir: path.join(contentDir(), 'pages'),
            contentDir: path.resolve(contentDir()),
            fullMdxPages: settings.fullMdxPages === true,
          },
        ],
      ],
    }),
  },
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentValidation(), mdx(), chartFilesIntegration(), atomicOutput()],
  vite: {
    plugins: [tailwindcss(), quietMdxDirectiveWarnings()],
    // Never inline a small script or stylesheet into the page (or an asset as a data: URL): the
    // Content-Security-Policy has no 'unsafe-inline', so every script comes from /_astro/.
    build: { assetsInlineLimit: 0 },
  },
});
