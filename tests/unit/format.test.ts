import { describe, expect, test } from 'vitest';
import { isMdxHeadInjectWarning } from '../../src/lib/build-log.ts';
import { contrastRatio, readableOn } from '../../src/lib/colour.ts';
import { formatDate, formatNumber, formatValue } from '../../src/lib/format.ts';
import { renderSafeMarkdown } from '../../src/lib/markdown.ts';
import { closestMatch } from '../../src/lib/suggest.ts';
import type { Measure } from '../../src/schemas/dataset.ts';

const measure = (unit: Measure['unit']): Measure => ({ label: 'x', unit, aggregation: 'sum' });

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
