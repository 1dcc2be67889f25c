import type { AstroIntegration } from 'astro';
import { chartCacheUse, pruneChartCache } from '../lib/charts/chart-cache.ts';
import { buildSettings } from './build-settings.ts';

/**
 * After a build, reports how many charts were drawn or reused (the endpoints under
 * src/pages/[folder]/ draw them) and prunes cache entries no build has used for 30 days.
 */
export function chartFilesIntegration(): AstroIntegration {
  let cacheDir = '';
  let started = new Date();
  return {
    name: 'impact-ledger:chart-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = buildSettings(config).chartCacheDir;
      },
      'astro:build:start': () => {
        started = new Date();
      },
      'astro:build:done': ({ logger }) => {
        const { drawn, reused } = chartCacheUse(cacheDir, started);
        // Charts no build has drawn or read for 30 days are stale (old data, old renderer).
        const pruned = pruneChartCache(cacheDir, new Date(Date.now() - 30 * 86_400_000));
        logger.info(
          `charts: ${drawn} drawn, ${reused} from cache${pruned > 0 ? `; ${pruned} stale cache files removed` : ''}`,
        );
      },
    },
  };
}
