import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The staging folder of a build into `outDir` (a file URL): `dist/` → `dist.next/`, as a
 * directory URL. Built with `pathToFileURL`, so a `#`, `?` or space in the path stays part of
 * the path instead of cutting it (a hand-made `file://…#x` would make Astro empty `…`).
 */
export function stagingUrl(outDir: URL): URL {
  const finalDir = path.resolve(fileURLToPath(outDir));
  return pathToFileURL(`${finalDir}.next${path.sep}`);
}

/**
 * Builds into a staging folder and swaps it into `outDir` only once the whole build succeeded,
 * so a failed build leaves the previous site exactly as it was. Must be the last integration:
 * the others write into the staging folder before the swap.
 */
export function atomicOutput(): AstroIntegration {
  let finalDir = '';
  let stagingDir = '';
  return {
    name: 'impact-ledger:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = path.resolve(fileURLToPath(config.outDir));
        const staging = stagingUrl(config.outDir);
        stagingDir = fileURLToPath(staging);
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: staging });
      },
      'astro:build:done': ({ logger }) => {
        const previousDir = `${finalDir}.previous`;
        rmSync(previousDir, { recursive: true, force: true });
        if (existsSync(finalDir)) renameSync(finalDir, previousDir);
        renameSync(stagingDir, finalDir);
        rmSync(previousDir, { recursive: true, force: true });
        logger.info(`site published to ${finalDir}`);
      },
    },
  };
}
