import type { Plugin } from 'vite';
import { isMdxHeadInjectWarning } from '../lib/build-log.ts';

/** Vite plugin that drops the one warning Astro's MDX output gives per file; all others show. */
export function quietMdxDirectiveWarnings(): Plugin {
  return {
    name: 'impact-ledger:quiet-mdx-directive-warnings',
    onLog: (_level, log) => !isMdxHeadInjectWarning(log),
  };
}
