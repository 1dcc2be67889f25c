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
import { pruneChartCache, writeChartFiles } from '../../src/lib/charts/chart-cache.ts';
import { sourceFingerprint } from '../../src/lib/charts/renderer-fingerprint.ts';
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
};

describe('the chart cache', () => {
  test('a second build reads every file from the cache and leaves no partial file', () => {
    const cacheDir = temporary();
    const first = { rendered: 0, cached: 0 };
    writeChartFiles(job, { outDir: temporary(), cacheDir, locale: 'en' }, first);
    const second = { rendered: 0, cached: 0 };
    writeChartFiles(job, { outDir: temporary(), cacheDir, locale: 'en' }, second);
    expect(first).toEqual({ rendered: 5, cached: 0 });
    expect(second).toEqual({ rendered: 0, cached: 5 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  test('pruning removes entries unused for the given time and partial files, keeps the rest', () => {
    const cacheDir = temporary();
    writeChartFiles(
      job,
      { outDir: temporary(), cacheDir, locale: 'en' },
      { rendered: 0, cached: 0 },
    );
    const entries = readdirSync(cacheDir);
    const old = path.join(cacheDir, entries[0] ?? '');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(old, longAgo, longAgo);
    writeFileSync(path.join(cacheDir, 'abc.svg.123.partial'), 'trunc');
    expect(pruneChartCache(cacheDir, new Date('2024-01-01T00:00:00Z'))).toBe(2);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(entries.length - 1);
  });

  test('a hit refreshes an entry, so a chart still in use is never pruned', () => {
    const cacheDir = temporary();
    const options = { outDir: temporary(), cacheDir, locale: 'en' };
    writeChartFiles(job, options, { rendered: 0, cached: 0 });
    const longAgo = new Date('2020-01-01T00:00:00Z');
    for (const name of readdirSync(cacheDir))
      utimesSync(path.join(cacheDir, name), longAgo, longAgo);
    writeChartFiles(job, options, { rendered: 0, cached: 0 });
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
