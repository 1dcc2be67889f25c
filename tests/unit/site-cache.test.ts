// Each content folder has its own Astro cache folder; those of deleted folders are removed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { siteCacheDir, tidySiteCaches } from '../../src/lib/content/site-cache.ts';

const root = mkdtempSync(path.join(tmpdir(), 'impact-ledger-cache-'));
afterEach(() => vi.unstubAllEnvs());
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

test("the project's content/ keeps Astro's usual folder; another folder gets its own", () => {
  expect(siteCacheDir(root)).toBe(path.join(root, 'node_modules/.astro'));
  vi.stubEnv('IMPACT_LEDGER_CONTENT', '/tmp/site-a/content');
  const a = siteCacheDir(root);
  expect(a).toMatch(new RegExp(`^${root}/node_modules/\\.astro/sites/site-a-[0-9a-f]{12}$`));
  vi.stubEnv('IMPACT_LEDGER_CONTENT', '/tmp/site-b/content');
  expect(siteCacheDir(root)).not.toBe(a);
  vi.stubEnv('IMPACT_LEDGER_CONTENT', '/tmp/site-a/content');
  expect(siteCacheDir(root)).toBe(a);
});

test('tidying removes the cache folders of content folders that are gone, and no other', () => {
  const kept = path.join(root, 'kept/content');
  const gone = path.join(root, 'gone/content');
  const caches: string[] = [];
  for (const folder of [kept, gone]) {
    mkdirSync(folder, { recursive: true });
    vi.stubEnv('IMPACT_LEDGER_CONTENT', folder);
    const cache = siteCacheDir(root);
    mkdirSync(cache, { recursive: true });
    tidySiteCaches(cache, root);
    caches.push(cache);
  }
  rmSync(path.dirname(gone), { recursive: true });
  vi.stubEnv('IMPACT_LEDGER_CONTENT', kept);
  tidySiteCaches(caches[0] ?? '', root);
  expect(caches.map((cache) => existsSync(cache))).toEqual([true, false]);
  // The project's own cache folder is never touched.
  vi.unstubAllEnvs();
  tidySiteCaches(siteCacheDir(root), root);
  expect(existsSync(caches[0] ?? '')).toBe(true);
});
