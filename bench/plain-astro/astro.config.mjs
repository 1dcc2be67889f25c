// @ts-check
// A plain Astro blog of the benchmark's stories: MDX and Tailwind, nothing else. `npm run bench`
// builds it next to Impact Ledger to show what the same stories cost without the ledger's work.
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
