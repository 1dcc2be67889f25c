import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
        finalDir = fileURLToPath(config.outDir);
        stagingDir = `${finalDir.replace(/\/$/, '')}.next/`;
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${stagingDir}`) });
      },
      'astro:build:done': ({ logger }) => {
        const previousDir = `${finalDir.replace(/\/$/, '')}.previous`;
        rmSync(previousDir, { recursive: true, force: true });
        if (existsSync(finalDir)) renameSync(finalDir, previousDir);
        renameSync(stagingDir, finalDir);
        rmSync(previousDir, { recursive: true, force: true });
        logger.info(`site published to ${finalDir}`);
      },
    },
  };
}
