// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { chartFilesIntegration } from './src/integrations/chart-files.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { remarkContentPolicy } from './src/integrations/mdx-policy.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { siteCacheDir } from './src/lib/content/site-cache.ts';
import { quietMdxDirectiveWarnings } from './src/integrations/quiet-build.ts';
import { siteThemePlugin } from './src/integrations/site-theme.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { redirectsFileIntegration } from './src/integrations/redirects-file.ts';
import { readRedirects } from './src/lib/redirects.ts';

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
/** Old paths of moved pages, under the base: their redirect pages stay out of the sitemap. */
const movedPaths = new Set(
  Object.keys(readRedirects(contentDir())).map((from) => `${base.replace(/\/$/, '')}${from}`),
);

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  base,
  output: 'static',
  // The preview is for authors: Astro's developer toolbar would sit over the story they write.
  devToolbar: { enabled: false },
  // Writes .astro/collections/ (each story's and page's schema and file list), which the Astro
  // VS Code extension reads to check MDX front matter while an author types.
  experimental: { contentIntellisense: true },
  // One cache folder per content folder: a build reads its content store back from here, so
  // two builds of different folders at the same time must not share it (see siteCacheDir).
  cacheDir: siteCacheDir(),
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
  // Never inline CSS into a page: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Build-done order: sitemap, `_redirects`, the search index, then `_headers` (which lists the
  // top-level folders, pagefind/ included), then the swap of the staging folder: atomicOutput last.
  integrations: [
    contentValidation(),
    mdx(),
    chartFilesIntegration(),
    // The sitemap lists pages only (not redirects, nor embeds: charts alone for other sites'
    // iframes, noindex); /sitemap-index.xml, robots.txt names it.
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return (
          !movedPaths.has(pathname) && !pathname.startsWith(`${base.replace(/\/$/, '')}/embed/`)
        );
      },
    }),
    redirectsFileIntegration(),
    searchIndex(),
    securityHeaders(),
    atomicOutput(),
  ],
  vite: {
    plugins: [tailwindcss(), siteThemePlugin(), quietMdxDirectiveWarnings()],
    // No file becomes inline code or a data: URL (Vite inlines small assets and Astro small
    // scripts by this limit): the Content-Security-Policy allows the site's own files only.
    build: { assetsInlineLimit: 0 },
  },
});
