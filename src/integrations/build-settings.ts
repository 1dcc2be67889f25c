import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import { analyserFingerprint, rendererFingerprint } from '../lib/code-fingerprint.ts';

/** What the build's bundled code needs from outside the bundle (absolute paths, fingerprints). */
export interface BuildSettings {
  /** Folder of the chart cache (in Astro's cache directory). */
  chartCacheDir: string;
  /** `chart-worker.ts`, which worker threads run as it is: a worker cannot load Vite's bundle. */
  chartWorkerFile: string;
  /** `rendererFingerprint()`, part of every chart cache key. */
  rendererFingerprint: string;
  /** The MDX analysis cache file the content check writes and the build reads. */
  mdxAnalysisFile: string;
  /** `analyserFingerprint()`, part of every MDX analysis cache key. */
  analyserFingerprint: string;
}

/** The settings for a configuration; fingerprints are of the sources on disk. */
export function buildSettings(config: Pick<AstroConfig, 'cacheDir'>): BuildSettings {
  return {
    chartCacheDir: fileURLToPath(new URL('impact-ledger-charts/', config.cacheDir)),
    chartWorkerFile: fileURLToPath(new URL('../lib/charts/chart-worker.ts', import.meta.url)),
    rendererFingerprint: rendererFingerprint(),
    mdxAnalysisFile: fileURLToPath(new URL('impact-ledger-mdx.json', config.cacheDir)),
    analyserFingerprint: analyserFingerprint(),
  };
}

const moduleId = 'virtual:impact-ledger/build-settings';

/** A Vite plugin serving `settings` as `virtual:impact-ledger/build-settings`. */
export function buildSettingsPlugin(settings: BuildSettings) {
  return {
    name: 'impact-ledger:build-settings',
    resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : null),
    load: (id: string) =>
      id === `\0${moduleId}` ? `export const buildSettings = ${JSON.stringify(settings)};` : null,
  };
}
