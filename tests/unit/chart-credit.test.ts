import { describe, expect, test } from 'vitest';
import { toChartConfig } from '../../src/lib/charts/chart-config.ts';
import { chartCredit, creditText } from '../../src/lib/charts/chart-credit.ts';
import { chartCacheKey } from '../../src/lib/charts/chart-cache.ts';
import { chartData, type ChartRequest } from '../../src/lib/charts/chart-data.ts';
import type { ChartJob } from '../../src/lib/charts/chart-jobs.ts';
import { creditFontSize, creditMaxLines, hatch, layoutChart } from '../../src/lib/charts/render.ts';
import {
  cardVariant,
  chartColours,
  chartVariants,
  type ChartVariant,
} from '../../src/lib/charts/variants.ts';
import { contrastRatio } from '../../src/lib/colour.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { investmentMeasure, makeDataset } from '../helpers/datasets.ts';

const investment = makeDataset({
  title: 'Community investment by type of contribution',
  measure: investmentMeasure,
  series: [
    { id: 'cash', label: 'Cash donations' },
    { id: 'time', label: 'Employee volunteering time, valued at average salary cost' },
  ],
  observations: [
    { series: 'cash', period: '2024', value: 250000 },
    { series: 'time', period: '2024', value: 150000 },
    { series: 'cash', period: '2025', value: 120000 },
    { series: 'time', period: '2025', value: 60000, status: 'estimated' },
  ],
  sources: [
    { label: 'Someș Contact Center general ledger and HR cost reports', type: 'internal-records' },
    {
      label: 'Independent limited assurance report on selected indicators',
      type: 'assurance-statement',
    },
  ],
  license: 'CC0-1.0',
  modified: '2026-03-20',
});
const site = { legalName: 'Someș Contact Center S.R.L.', license: 'CC-BY-4.0' };

const variants: [string, ChartVariant][] = [
  ...Object.entries(chartVariants),
  ['card', cardVariant],
];

function layoutOf(dataset: Dataset, request: ChartRequest, variant: ChartVariant) {
  const config = toChartConfig(dataset, chartData(dataset, request), request, {
    variant,
    colours: chartColours(variant.scheme),
    locale: 'en-GB',
    hatch,
    // The longest line: an example site's, which starts "Fictional example data".
    credit: creditText(chartCredit(dataset, { ...site, fictional: true }), 'en-GB'),
  });
  return layoutChart(config, variant);
}

describe('the credit line of a chart', () => {
  test('names every source, the publisher, the dataset’s own licence and its date in the locale', () => {
    const credit = chartCredit(investment, site);
    expect(credit.license).toBe('CC0-1.0');
    expect(
      chartCredit(makeDataset({ observations: [{ period: '2025', value: 1 }] }), site).license,
    ).toBe('CC-BY-4.0');
    expect(creditText(credit, 'en-GB')).toMatchInlineSnapshot(`
      {
        "full": "Source: Someș Contact Center general ledger and HR cost reports; Independent limited assurance report on selected indicators · Someș Contact Center S.R.L. · CC0-1.0 · 20 March 2026",
        "parts": {
          "after": " and 1 more · Someș Contact Center S.R.L. · CC0-1.0 · 20 March 2026",
          "before": "Source: ",
          "source": "Someș Contact Center general ledger and HR cost reports",
        },
        "short": "Source: Someș Contact Center general ledger and HR cost reports and 1 more · Someș Contact Center S.R.L. · CC0-1.0 · 20 March 2026",
      }
    `);
    expect(creditText(credit, 'en-US').full).toMatch(/March 20, 2026$/);
  });

  test('says first that the data is invented when the site is an example', () => {
    const credit = chartCredit(investment, { ...site, fictional: true });
    expect(creditText(credit, 'en-GB').full).toMatch(/^Fictional example data\u00a0· Source: /);
    expect(creditText(credit, 'en-GB').short).toMatch(/^Fictional example data\u00a0· Source: /);
    expect(chartCredit(investment, { ...site, fictional: false })).toEqual(
      chartCredit(investment, site),
    );
  });

  test('is drawn under the legend, inside the drawing, legible, in every size, for bars and doughnuts', () => {
    for (const type of ['stacked-bar', 'doughnut'] as const) {
      for (const [name, variant] of variants) {
        const layout = layoutOf(investment, { type }, variant);
        const where = `${type} ${name}`;
        const credit = layout.credit;
        expect(credit, where).toBeDefined();
        if (credit === undefined) continue;
        expect(credit.lines.length, where).toBeLessThanOrEqual(creditMaxLines);
        expect(credit.left, where).toBeGreaterThanOrEqual(0);
        expect(credit.right, where).toBeLessThanOrEqual(layout.width);
        expect(credit.bottom, where).toBeLessThanOrEqual(layout.height);
        for (const item of layout.legend)
          expect(credit.top, where).toBeGreaterThanOrEqual(item.bottom);
        expect(credit.top, where).toBeGreaterThanOrEqual(layout.chartArea.bottom);
        // As large as the chart's own text (legible from a 328 px screen up, variants.ts).
        expect(creditFontSize(variant.fontSize), where).toBe(variant.fontSize);
        const text = credit.lines.join(' ');
        expect(text, where).toContain(
          'Someș Contact Center S.R.L.\u00a0· CC0-1.0\u00a0· 20 March 2026',
        );
        // Wide drawings have room for every source; the narrow one names the first and counts the rest.
        expect(text.includes('and 1 more'), where).toBe(name.startsWith('narrow'));
      }
    }
  });

  test('leaves the narrow plot room: a goal chart with a long legend keeps a third of the height', () => {
    const request: ChartRequest = {
      type: 'bar',
      series: ['cash'],
      target: {
        value: 200000,
        label: 'Cash support to the paediatric ward in 2025',
        period: '2025',
      },
    };
    const layout = layoutOf(investment, request, chartVariants['narrow-light']);
    const plot = layout.chartArea.bottom - layout.chartArea.top;
    expect(plot).toBeGreaterThanOrEqual(layout.height / 3);
  });

  test('is in the muted text colour, 4.5:1 on the chart background in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const colours = chartColours(scheme);
      expect(contrastRatio(colours.muted, colours.page)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('a source too long even for the short line is cut with an ellipsis, never the publisher, licence or date', () => {
    const long = makeDataset({
      sources: [{ label: 'A very long source label '.repeat(12).trim(), type: 'other' }],
      observations: [{ period: '2025', value: 1 }],
    });
    const layout = layoutOf(long, { type: 'bar' }, chartVariants['narrow-light']);
    const lines = layout.credit?.lines ?? [];
    expect(lines.length).toBeLessThanOrEqual(creditMaxLines);
    expect(lines.join(' ')).toMatch(
      /^Fictional example data\u00a0· Source: A very long source label[\w ]*…\u00a0· Someș Contact Center S\.R\.L\.\u00a0· CC-BY-4\.0\u00a0· 1 January 2025$/,
    );
    expect(layout.credit?.right).toBeLessThanOrEqual(layout.width);
  });

  test('is part of the cache key: a new publisher or licence draws the chart again', () => {
    const job: ChartJob = {
      datasetId: 'x',
      dataset: investment,
      request: { type: 'bar' },
      stem: 'x',
      fiscalYearStartMonth: undefined,
      credit: chartCredit(investment, site),
    };
    const key = chartCacheKey(job, 'en', 'f');
    expect(
      chartCacheKey({ ...job, credit: { ...job.credit, publisher: 'Other S.A.' } }, 'en', 'f'),
    ).not.toBe(key);
    expect(
      chartCacheKey({ ...job, credit: { ...job.credit, license: 'CC-BY-SA-4.0' } }, 'en', 'f'),
    ).not.toBe(key);
  });
});
