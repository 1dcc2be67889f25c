// A failed build must leave the previously published site exactly as it was.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, hashTree } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-atomic-'));
const outDir = path.join(workDir, 'dist');
let published: Record<string, string>;
// The published site's own content folder (its chart cache is per folder), changed in place later.
const site = editedContent(() => undefined);

beforeAll(() => {
  const first = buildSite(site.dir, outDir);
  expect(first.status, first.output).toBe(0);
  published = hashTree(outDir);
}, 240_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  site.cleanup();
});

describe('nothing half-published', () => {
  test('invalid content: the build lists every problem, fails, and dist/ is unchanged', () => {
    const broken = editedContent((content) => {
      content.json('datasets/mentees.json', (data) => (data['observations'][1].value = 31.5));
      content.json('programmes/mentoring.json', (data) => (data['pillar'] = 'educaton'));
    });
    try {
      const run = buildSite(broken.dir, outDir);
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(
        'content/datasets/mentees.json: observations[1].value: expected a whole number ≥ 0, found 31.5',
      );
      expect(run.output).toContain('content/programmes/mentoring.json: pillar: expected one of');
      expect(run.output).toContain('2 problems in 2 files; nothing was published.');
      expect(hashTree(outDir)).toEqual(published);
    } finally {
      broken.cleanup();
    }
  }, 240_000);

  test('a page that throws while rendering: the build fails and dist/ is unchanged', () => {
    const broken = editedContent((content) => {
      content.replace(
        'stories/first-jobs.mdx',
        '## Why we mentor',
        "{(() => { throw new Error('render failure'); })()}",
      );
    });
    try {
      const run = buildSite(broken.dir, outDir);
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('render failure');
      expect(hashTree(outDir)).toEqual(published);
    } finally {
      broken.cleanup();
    }
  }, 240_000);

  test('a valid build replaces the whole site, leaving no staging folder behind', () => {
    // A published page removed needs a redirect (the check compares with dist/'s sitemap).
    rmSync(path.join(site.dir, 'pages/about.mdx'));
    writeFileSync(
      path.join(site.dir, 'redirects.json'),
      JSON.stringify({ '/about/': '/methodology/' }),
    );
    const run = buildSite(site.dir, outDir);
    expect(run.status, run.output).toBe(0);
    const files = Object.keys(hashTree(outDir));
    expect(readFileSync(path.join(outDir, 'about/index.html'), 'utf8')).toContain(
      'http-equiv="refresh"',
    );
    expect(files).toContain('methodology/index.html');
    expect(existsSync(`${outDir}.next`)).toBe(false);
    // Unchanged datasets: every chart file comes from the cache, byte for byte the same.
    expect(run.output).toMatch(/charts: 0 drawn, [1-9]\d* from cache/);
    const charts = (hashes: Record<string, string>) =>
      Object.entries(hashes).filter(([file]) => file.startsWith('charts/'));
    expect(charts(hashTree(outDir))).toEqual(charts(published));
  }, 240_000);
});
