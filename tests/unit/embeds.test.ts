import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { chartJobs } from '../../src/lib/charts/chart-jobs.ts';
import { embedTargets, embedTitle, iframeCode, oEmbed } from '../../src/lib/embeds.ts';
import type { Programme } from '../../src/schemas/index.ts';
import { makeDataset, wasteMeasure } from '../helpers/datasets.ts';

const waste = makeDataset({
  title: 'Waste sent for recycling',
  measure: wasteMeasure,
  series: [
    { id: 'paper', label: 'Paper' },
    { id: 'plastic', label: 'Plastic' },
  ],
  chart: { type: 'stacked-bar' },
  observations: [
    { series: 'paper', period: '2025', value: 10 },
    { series: 'plastic', period: '2025', value: 5 },
    { series: 'paper', period: '2026', value: 12 },
  ],
});
const fiscal = makeDataset({ title: 'Hours', observations: [{ period: '2025/26', value: 4 }] });
const trees = makeDataset({ title: 'Trees planted', observations: [{ period: '2025', value: 4 }] });
const datasets = new Map([
  ['waste', waste],
  ['trees', trees],
  ['fy', fiscal],
]);

const goal = (dataset: string, series: string | undefined, period: string, label: string) => ({
  label,
  dataset,
  ...(series === undefined ? {} : { series }),
  target: 10,
  by: '2026-06-30',
  period,
});
const programme = (goals: ReturnType<typeof goal>[]) => ({ goals }) as unknown as Programme;
const goals = [
  goal('trees', undefined, '2025', 'Trees in 2025'),
  goal('waste', 'plastic', '2025', 'Plastic in 2025'),
  goal('waste', undefined, '2026', 'All waste in 2026'),
  goal('fy', undefined, '2025/26', 'Hours in 2025/26'),
];

describe('embeds', () => {
  test('every dataset, every series of a dataset with several, every goal; readable URLs', () => {
    const targets = embedTargets(datasets, [{ id: 'p', data: programme(goals) }], 7);
    expect(targets.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      'dataset /embed/waste/',
      'series /embed/waste/paper/',
      'series /embed/waste/plastic/',
      'dataset /embed/trees/',
      'dataset /embed/fy/',
      'goal /embed/trees/goal-2025/',
      'goal /embed/waste/plastic/goal-2025/',
      'goal /embed/waste/goal-2026/',
      'goal /embed/fy/goal-2025-26/',
    ]);
    const plastic = targets.find(({ path }) => path === '/embed/waste/plastic/');
    // One series of a stack alone is drawn as plain bars.
    expect(plastic?.request).toMatchObject({ type: 'bar', series: ['plastic'] });
    expect(plastic && embedTitle(plastic, waste)).toBe('Waste sent for recycling: Plastic');
    const goalTarget = targets.find(({ kind }) => kind === 'goal');
    expect(goalTarget && embedTitle(goalTarget, trees)).toBe('Trees in 2025');
  });

  test('goal URLs do not move when goals are reordered or added; the first of two alike wins', () => {
    const paths = (list: typeof goals, more: typeof goals = []) =>
      embedTargets(
        datasets,
        [
          { id: 'p', data: programme(list) },
          { id: 'q', data: programme(more) },
        ],
        7,
      ).filter(({ kind }) => kind === 'goal');
    const before = paths(goals).map(({ path }) => path);
    const reordered = paths([...goals].reverse(), [
      goal('trees', undefined, '2026', 'Trees in 2026'),
    ]);
    for (const path of before) expect(reordered.map(({ path }) => path)).toContain(path);
    const twice = paths(goals, [goal('trees', undefined, '2025', 'Same trees elsewhere')]);
    const trees2025 = twice.filter(({ path }) => path === '/embed/trees/goal-2025/');
    expect(trees2025).toHaveLength(1);
    expect(trees2025[0]?.programmeId).toBe('p');
  });

  test('chart jobs: one per embed and no more; a single-series dataset gets no series chart', () => {
    const jobs = chartJobs({
      datasets,
      programmes: [{ id: 'p', data: programme(goals) }],
      usages: [],
      fiscalYearStartMonth: 7,
      publisher: { legalName: 'Test S.R.L.', license: 'CC-BY-4.0' },
    });
    expect(jobs).toHaveLength(9);
    expect(jobs.filter(({ datasetId }) => datasetId === 'trees')).toHaveLength(2);
    for (const job of jobs) expect(job.credit.publisher).toBe('Test S.R.L.');
  });

  test('iframe code: absolute src, a title, lazy, full width; attribute values escaped', () => {
    const code = iframeCode('https://example.org/embed/x/', 'Waste & "reuse" <2025>');
    const iframe = parse(code).querySelector('iframe');
    expect(iframe?.attributes).toEqual({
      src: 'https://example.org/embed/x/',
      title: 'Waste & "reuse" <2025>',
      width: '100%',
      height: '640',
      loading: 'lazy',
      style: 'border:0;max-width:800px',
    });
    expect(code).not.toContain('\n');
  });

  test('oEmbed: a rich response whose html is the iframe code', () => {
    const response = oEmbed(
      { name: 'Site', url: 'https://example.org/impact/', author: 'Site S.R.L.' },
      { url: 'https://example.org/impact/embed/x/', title: 'X' },
    );
    expect(response).toMatchInlineSnapshot(`
      {
        "author_name": "Site S.R.L.",
        "cache_age": 86400,
        "height": 640,
        "html": "<iframe src="https://example.org/impact/embed/x/" title="X" width="100%" height="640" loading="lazy" style="border:0;max-width:800px"></iframe>",
        "provider_name": "Site",
        "provider_url": "https://example.org/impact/",
        "title": "X",
        "type": "rich",
        "version": "1.0",
        "width": 800,
      }
    `);
    expect(response.html).toBe(iframeCode('https://example.org/impact/embed/x/', 'X'));
  });
});
