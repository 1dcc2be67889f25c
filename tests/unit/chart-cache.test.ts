// The chart cache: keyed by everything the bytes depend on, written atomically, pruned by age.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { chartCacheUse, pruneChartCache } from '../../src/lib/charts/chart-cache.ts';
import { cachedChartFiles } from '../../src/lib/charts/chart-draw.ts';
import { sourceFingerprint } from '../../src/lib/code-fingerprint.ts';
import { makeDataset } from '../helpers/datasets.ts';

const dirs: string[] = [];
const temporary = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const job = {
  datasetId: 'kg',
  dataset: makeDataset({ observations: [{ period: '2025', value: 3 }] }),
  request: { type: 'bar' as const },
  stem: 'kg',
  fiscalYearStartMonth: undefined,
  credit: {
    sources: ['Slips'],
    publisher: 'Test S.R.L.',
    license: 'CC-BY-4.0',
    modified: '2025-01-01',
  },
};

describe('the chart cache', () => {
  test('a second build reads every file from the cache and leaves no partial file', async () => {
    const cacheDir = temporary();
    const since = new Date(Date.now() - 1000);
    const first = await cachedChartFiles(job, { cacheDir, locale: 'en' });
    expect(chartCacheUse(cacheDir, since)).toEqual({ drawn: 1, reused: 0 });
    const second = await cachedChartFiles(job, { cacheDir, locale: 'en' });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.files).toEqual(first.files);
    const names = readdirSync(cacheDir).sort();
    expect(names.map((name) => name.replace(/^[0-9a-f]{64}\./, ''))).toEqual([
      'narrow.svg',
      'png',
      'wide.svg',
    ]);
  });

  test('a chart whose cache lost a file is drawn again, not served in part', async () => {
    const cacheDir = temporary();
    await cachedChartFiles(job, { cacheDir, locale: 'en' });
    const png = readdirSync(cacheDir).find((name) => name.endsWith('.png')) ?? '';
    rmSync(path.join(cacheDir, png));
    expect((await cachedChartFiles(job, { cacheDir, locale: 'en' })).cached).toBe(false);
    expect(existsSync(path.join(cacheDir, png))).toBe(true);
  });

  test('a build that reused a chart counts it as reused, not drawn', async () => {
    const cacheDir = temporary();
    await cachedChartFiles(job, { cacheDir, locale: 'en' });
    const longAgo = new Date('2020-01-01T00:00:00Z');
    for (const name of readdirSync(cacheDir))
      utimesSync(path.join(cacheDir, name), longAgo, longAgo);
    // The next build starts later than the entry was made (file times have coarse ticks).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const since = new Date();
    await cachedChartFiles(job, { cacheDir, locale: 'en' });
    expect(chartCacheUse(cacheDir, since)).toEqual({ drawn: 0, reused: 1 });
  });

  test('pruning removes entries unused for the given time and partial files, keeps the rest', async () => {
    const cacheDir = temporary();
    await cachedChartFiles(job, { cacheDir, locale: 'en' });
    const entries = readdirSync(cacheDir);
    const old = path.join(cacheDir, entries[0] ?? '');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(old, longAgo, longAgo);
    writeFileSync(path.join(cacheDir, 'abc.svg.123.partial'), 'trunc');
    expect(pruneChartCache(cacheDir, new Date('2024-01-01T00:00:00Z'))).toBe(2);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(entries.length - 1);
  });

  test('a hit refreshes an entry, so a chart still in use is never pruned', async () => {
    const cacheDir = temporary();
    const options = { cacheDir, locale: 'en' };
    await cachedChartFiles(job, options);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    for (const name of readdirSync(cacheDir))
      utimesSync(path.join(cacheDir, name), longAgo, longAgo);
    await cachedChartFiles(job, options);
    expect(pruneChartCache(cacheDir, new Date('2024-01-01T00:00:00Z'))).toBe(0);
  });

  test('the renderer fingerprint changes with any source file it covers', () => {
    const sources = temporary();
    cpSync(path.resolve('src/lib/charts'), sources, { recursive: true });
    const before = sourceFingerprint(sources, ['chart.js']);
    expect(sourceFingerprint(sources, ['chart.js'])).toBe(before);
    writeFileSync(path.join(sources, 'chart-config.ts'), '// changed');
    expect(sourceFingerprint(sources, ['chart.js'])).not.toBe(before);
    expect(sourceFingerprint(sources, ['chart.js', '@napi-rs/canvas'])).not.toBe(
      sourceFingerprint(sources, ['chart.js']),
    );
  });
});
