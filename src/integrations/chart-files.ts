import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { chartCacheUse, pruneChartCache } from '../lib/charts/chart-cache.ts';
import { rendererFingerprint } from '../lib/charts/renderer-fingerprint.ts';

const settingsModule = 'virtual:impact-ledger/chart-settings';

/**
 * Gives the chart endpoint (`src/pages/charts/[file].ts`) what only the build knows — the cache
 * folder in Astro's cache directory and the worker module's path — as the virtual module
 * `virtual:impact-ledger/chart-settings` (with the renderer's fingerprint for cache keys), and after a build reports how many chart files were
 * drawn or reused and prunes cache entries no build has used for 30 days.
 */
export function chartFilesIntegration(): AstroIntegration {
  let cacheDir = '';
  let started = new Date();
  return {
    name: 'impact-ledger:chart-files',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = fileURLToPath(new URL('impact-ledger-charts/', config.cacheDir));
        const settings = {
          cacheDir,
          // Run by Node as it is: a worker cannot load a module from Vite's bundle.
          workerFile: fileURLToPath(new URL('../lib/charts/chart-worker.ts', import.meta.url)),
          // Of the sources as they are on disk; inside the bundle they cannot be found.
          fingerprint: rendererFingerprint(),
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'impact-ledger:chart-settings',
                resolveId: (id: string) => (id === settingsModule ? `\0${settingsModule}` : null),
                load: (id: string) =>
                  id === `\0${settingsModule}`
                    ? `export const chartSettings = ${JSON.stringify(settings)};`
                    : null,
              },
            ],
          },
        });
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
