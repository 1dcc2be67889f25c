import { describe, expect, test } from 'vitest';
import { isMdxHeadInjectWarning } from '../../src/lib/build-log.ts';
import { contrastRatio, readableOn } from '../../src/lib/colour.ts';
import { sharesOf } from '../../src/lib/charts/shares.ts';
import {
  formatDate,
  formatFigure,
  formatFixed,
  formatNumber,
  formatValue,
} from '../../src/lib/format.ts';
import { renderSafeMarkdown } from '../../src/lib/markdown.ts';
import { closestMatch } from '../../src/lib/suggest.ts';
import { unitKinds, type Measure } from '../../src/schemas/dataset.ts';

const measure = (unit: Measure['unit']): Measure => ({
  label: 'x',
  unit,
  aggregation: 'sum',
  seriesAddUp: false,
});

describe('formatting', () => {
  test('values carry thousands separators and their unit', () => {
    expect(
      formatValue(1234567, measure({ label: 'RON', kind: 'currency', currency: 'RON' }), 'en'),
    ).toBe('RON\u00a01,234,567');
    expect(formatValue(87.46, measure({ label: '%', kind: 'percent' }), 'en')).toBe('87.5%');
    expect(formatValue(12045.5, measure({ label: 'kg', kind: 'mass' }), 'en')).toBe('12,045.5 kg');
    expect(formatNumber(1204, measure({ label: 'donors', kind: 'count' }), 'en')).toBe('1,204');
    expect(formatNumber(1204, measure({ label: 'donors', kind: 'count' }), 'ro')).toBe('1.204');
  });

  test('a share short of the whole never prints as 100%, and minus zero prints as 0', () => {
    const percent = measure({ label: '%', kind: 'percent' });
    const kg = measure({ label: 'kg', kind: 'mass' });
    expect(formatValue(99.96, percent, 'en')).toBe('99.96%');
    expect(formatValue(99.9999, percent, 'en')).toBe('99.9999%');
    expect(formatValue(99.94, percent, 'en')).toBe('99.9%');
    expect(formatValue(100, percent, 'en')).toBe('100%');
    expect(formatValue(-0, kg, 'en')).toBe('0 kg');
  });

  test('no value other than zero prints as zero: small values keep two significant digits', () => {
    const tonnes = measure({ label: 't', kind: 'mass' });
    const percent = measure({ label: '%', kind: 'percent' });
    const ron = measure({ label: 'RON', kind: 'currency', currency: 'RON' });
    const donors = measure({ label: 'donors', kind: 'count' });
    expect(formatValue(0.004, tonnes, 'en')).toBe('0.004 t');
    expect(formatValue(0.00456, tonnes, 'en')).toBe('0.0046 t');
    expect(formatValue(0.456, tonnes, 'en')).toBe('0.46 t');
    expect(formatValue(1.004, tonnes, 'en')).toBe('1 t');
    expect(formatValue(-0.004, tonnes, 'ro')).toBe('-0,004 t');
    expect(formatValue(0.04, percent, 'en')).toBe('0.04%');
    expect(formatValue(0.4, ron, 'en')).toBe('RON\u00a00.40');
    expect(formatValue(0.004, ron, 'en')).toBe('RON\u00a00.004');
    expect(formatValue(1.6, ron, 'en')).toBe('RON\u00a02');
    expect(formatValue(0, ron, 'en')).toBe('RON\u00a00');
    expect(formatFigure(3, donors, 'en')).toBe('3');
    expect(formatFigure(0.004, tonnes, 'en')).toBe('0.004 t');
    for (const kind of unitKinds) {
      const unit = { label: 'u', kind, ...(kind === 'currency' ? { currency: 'EUR' } : {}) };
      for (let exponent = -12; exponent <= 3; exponent += 1) {
        const value = 1.23456 * 10 ** exponent;
        for (const text of [
          formatNumber(value, measure(unit), 'en'),
          formatValue(value, measure(unit), 'en'),
          formatFigure(value, measure(unit), 'en'),
        ])
          expect(text, `${kind} ${value}`).toMatch(/[1-9]/);
      }
    }
  });

  test('shares add up to 100%, never 0% for a part nor 100% for less than the whole', () => {
    const texts = (values: number[], locale = 'en') =>
      sharesOf(values, locale).map(({ text }) => text);
    expect(texts([250000, 150000])).toEqual(['63%', '37%']);
    expect(texts([1, 1, 1])).toEqual(['34%', '33%', '33%']);
    expect(texts([996, 4])).toEqual(['99.6%', '0.4%']);
    expect(texts([99_996, 4])).toEqual(['99.996%', '0.004%']);
    expect(texts([5, 0])).toEqual(['100%', '0%']);
    expect(texts([996, 4], 'ro')).toEqual(['99,6\u00a0%', '0,4\u00a0%']);
    for (const values of [
      [1, 2, 3],
      [7, 7, 7, 7, 7, 7],
      [1, 1000, 100000],
    ]) {
      const sum = sharesOf(values, 'en').reduce((total, { percent }) => total + percent, 0);
      expect(sum).toBeCloseTo(100, 9);
    }
  });

  test('tick numbers have the decimals of their step', () => {
    expect(formatFixed(1, 1, 'en')).toBe('1.0');
    expect(formatFixed(0.0015, 4, 'en')).toBe('0.0015');
    expect(formatFixed(1250, 0, 'ro')).toBe('1.250');
  });

  test('dates', () => {
    expect(formatDate('2025-05-14', 'en')).toBe('May 14, 2025');
    expect(formatDate('2025-05-14', 'en-GB')).toBe('14 May 2025');
  });

  test('methodology Markdown renders, raw HTML does not', () => {
    expect(
      renderSafeMarkdown(
        'Counted **by hand**.\n\n<script>alert(1)</script>\n\n<b onclick="x()">hi</b>',
      ),
    ).toBe('<p>Counted <strong>by hand</strong>.</p>\n<p>hi</p>');
  });

  test('the brand colour is adjusted until text in it reaches 4.5:1 on either background', () => {
    for (const colour of ['#115e59', '#ffdd00', '#0000ff', '#777777']) {
      expect(contrastRatio(readableOn(colour, '#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(readableOn(colour, '#121517'), '#121517')).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableOn('#115e59', '#ffffff')).toBe('#115e59');
  });

  test('suggestions only for near misses', () => {
    expect(closestMatch('blod-donations', ['blood-donations', 'trees-planted'])).toBe(
      'blood-donations',
    );
    expect(closestMatch('volunteering', ['blood-donations', 'trees-planted'])).toBeUndefined();
  });

  test('only the MDX head-inject directive warning is silenced', () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved';
    expect(isMdxHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
    expect(
      isMdxHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client"' }),
    ).toBe(false);
    expect(isMdxHeadInjectWarning({ code: 'CIRCULAR_DEPENDENCY', message })).toBe(false);
  });
});
