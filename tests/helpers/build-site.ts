import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The environment without what Vitest sets (NODE_ENV=test, VITEST…, BASE_URL=/), under which
 * Astro and Vite run in test mode and ignore the site's base path: a real build or dev server
 * runs without it.
 */
export function realEnvironment(): NodeJS.ProcessEnv {
  // Vitest also copies import.meta.env into process.env (BASE_URL, MODE, DEV, PROD, SSR).
  const testOnly = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !testOnly.has(name) && !name.startsWith('VITEST'),
    ),
  );
}

/** What an `astro build` run printed and how it ended. */
export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * Runs the real `astro build` of this project on another content folder, into `outDir`.
 * `--force` drops the content cache, which still holds the previous content folder's entries.
 */
export function buildSite(contentDir: string, outDir: string): BuildRun {
  const env = realEnvironment();
  const run = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...env, IMPACT_LEDGER_CONTENT: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every file under `dir` with the SHA-256 of its bytes, to prove a folder did not change. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash('sha256')
      .update(readFileSync(file))
      .digest('hex');
  }
  return hashes;
}
