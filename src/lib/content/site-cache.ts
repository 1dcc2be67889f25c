import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.ts';

/** Folder of the cache folders of content folders other than the project's own `content/`. */
const sitesFolder = (root: string) => path.join(root, 'node_modules', '.astro', 'sites');

/** File in each site cache folder naming the content folder it belongs to. */
const ownerFile = 'content-folder.txt';

/**
 * Astro's cache folder (`cacheDir`: the build's content store, the MDX analyses, the chart
 * cache) for the content folder in use: `node_modules/.astro/` for the project's `content/`,
 * `node_modules/.astro/sites/<folder>-<hash of its path>/` for any other
 * (`IMPACT_LEDGER_CONTENT`). Builds and dev servers of different content folders at the same
 * time (the build tests, the benchmark) then never read each other's content store, which a
 * build reads back from its cache folder. Absolute path.
 */
export function siteCacheDir(root: string = process.cwd()): string {
  const content = contentDir(root);
  if (content === path.resolve(root, 'content')) return path.join(root, 'node_modules', '.astro');
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const name = path.basename(path.dirname(content)).replace(/[^\w.-]/g, '_');
  return path.join(sitesFolder(root), `${name}-${hash}`);
}

/**
 * Records which content folder `cacheDir` belongs to, and deletes the cache folders of content
 * folders that no longer exist (the build tests' temporary sites), so `sites/` does not grow
 * with every test run. Nothing happens for the project's own cache folder.
 */
export function tidySiteCaches(cacheDir: string, root: string = process.cwd()): void {
  const sites = sitesFolder(root);
  if (path.dirname(cacheDir) !== sites) return;
  writeFileSync(path.join(cacheDir, ownerFile), contentDir(root));
  for (const entry of readdirSync(sites)) {
    const owner = path.join(sites, entry, ownerFile);
    if (!existsSync(owner)) continue;
    if (!existsSync(readFileSync(owner, 'utf8'))) {
      rmSync(path.join(sites, entry), { recursive: true, force: true });
    }
  }
}
