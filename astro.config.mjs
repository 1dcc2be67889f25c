// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { chartFilesIntegration } from './src/integrations/chart-files.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { quietMdxDirectiveWarnings } from './src/integrations/quiet-build.ts';

/** The site's URL for canonical links; a broken site.json is reported by the content checks. */
function siteUrl() {
  try {
    const { url } = JSON.parse(readFileSync(path.join(contentDir(), 'site.json'), 'utf8'));
    return typeof url === 'string' && url.startsWith('https://') ? url : undefined;
  } catch {
    return undefined;
  }
}

const site = siteUrl();
const validation = contentValidation();

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [validation, mdx(), chartFilesIntegration(validation.content), atomicOutput()],
  vite: { plugins: [tailwindcss(), quietMdxDirectiveWarnings()] },
});
