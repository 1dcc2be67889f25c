// The site's palette from its brand colour: readable in both schemes, a grey refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { colourDifference, contrastRatio, oklch, readableShade } from '../../src/lib/colour.ts';
import { faviconSvg } from '../../src/lib/favicon.ts';
import {
  siteFontSubset,
  siteFontSubsets,
  unicodeRangeCharacters,
} from '../../src/lib/site-font.ts';
import { palettes, themeCss } from '../../src/lib/theme.ts';
import { reportFor } from '../helpers/content-fixture.ts';

/** Brand colours of real organisations' kinds: dark, light, saturated, pale, near-neutral. */
const brandColours = [
  '#115e59',
  '#ffd700',
  '#00ff00',
  '#001f3f',
  '#e30613',
  '#7b2ff7',
  '#ff9900',
  '#0057b8',
  '#f5f0e1',
  '#2b2b3a',
  '#8a9a5b',
  '#ff69b4',
  '#00ffff',
  '#4b0082',
];

describe('palette from the brand colour', () => {
  test.each(brandColours)(
    '%s: brand text reads at 4.5:1 on every background it sits on',
    (colour) => {
      for (const palette of Object.values(palettes(colour))) {
        for (const background of [palette.page, palette.surface, palette.brandSoft])
          expect(contrastRatio(palette.brand, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(palette.onBrand, palette.brand)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(palette.ink, palette.brandSoft)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(palette.muted, palette.brandSoft)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  test('a brand colour that already reads well is kept as it is in the light scheme', () => {
    expect(palettes('#115e59').light.brand).toBe('#115e59');
    expect(palettes('#0057b8').light.brand).toBe('#0057b8');
  });

  test('the dark scheme keeps the hue and stays colourful (no washed-out grey-teal)', () => {
    const [, lightChroma, lightHue] = oklch('#115e59');
    const [, darkChroma, darkHue] = oklch(palettes('#115e59').dark.brand);
    expect(Math.abs(darkHue - lightHue)).toBeLessThan(6);
    expect(darkChroma).toBeGreaterThanOrEqual(Math.max(lightChroma, 0.1));
    // Mixing with white, the old way, gave a grey-teal this far from the brand colour's hue.
    expect(colourDifference(palettes('#115e59').dark.brand, '#5d9792')).toBeGreaterThan(8);
  });

  test('readableShade moves lightness only as far as needed', () => {
    const shade = readableShade('#ffd700', '#ffffff');
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, '#ffffff')).toBeLessThan(4.6);
  });

  test('the stylesheet applies dark by system preference unless light was chosen, and print is light', () => {
    const css = themeCss('#115e59', 'https://impact.example.com');
    expect(css).toContain('@media (prefers-color-scheme: dark){:root:not([data-theme=light]){');
    expect(css).toContain(':root[data-theme=dark]{');
    expect(css).toContain('--site-origin:"https://impact.example.com"');
    const print = /@media print\{[^{]*\{([^}]*)\}/.exec(css)?.[1];
    expect(print).toContain('--page:#ffffff');
    expect(print).toContain('color-scheme:light');
  });

  test('the favicon is drawn in the brand colour', () => {
    expect(faviconSvg('#115e59')).toContain('fill="#115e59"');
    expect(faviconSvg('#ffd700')).toContain(`fill="${palettes('#ffd700').light.brand}"`);
  });
});

describe('brand colour check', () => {
  test('a grey brand colour is refused with the reason and an example', () => {
    expect(reportFor((c) => c.json('site.json', (d) => (d['brandColor'] = '#777777'))))
      .toMatchInlineSnapshot(`
      "content/site.json: brandColor: expected a colour with a clear hue, found "#777777", a grey: links, figures and headings in it could not be told from body text in light and dark mode; use the organisation's accent colour, for example "#0f766e"

      1 problem in 1 file."
    `);
  });

  test('a near-grey is refused as well, with the other problems of the file', () => {
    expect(
      reportFor((c) =>
        c.json('site.json', (d) => {
          d['brandColor'] = '#6e7370';
          d['reportingPeriod'].end = '2020-01-01';
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/site.json: reportingPeriod.end: expected a date on or after start (2023-01-01), found "2020-01-01"
      content/site.json: brandColor: expected a colour with a clear hue, found "#6e7370", almost a grey: links, figures and headings in it could not be told from body text in light and dark mode; use the organisation's accent colour, for example "#0f766e"

      2 problems in 1 file."
    `);
  });

  test('black and white are greys', () => {
    for (const colour of ['#000000', '#FFFFFF'])
      expect(reportFor((c) => c.json('site.json', (d) => (d['brandColor'] = colour)))).toContain(
        `found "${colour}", a grey`,
      );
  });
});

describe('site font', () => {
  test.each(siteFontSubsets.map((subset) => [subset.file, subset] as const))(
    'src/fonts/%s is what `npm run font` cuts from the installed package',
    async (file, subset) => {
      const committed = readFileSync(path.resolve('src/fonts', file));
      expect((await siteFontSubset(subset)).equals(committed)).toBe(true);
    },
    30_000,
  );

  test('global.css declares each file with the unicode range it was cut to', () => {
    const css = readFileSync(path.resolve('src/styles/global.css'), 'utf8');
    for (const subset of siteFontSubsets) {
      const rule = css.slice(css.indexOf(`../fonts/${subset.file}`));
      const range = /unicode-range:([^;]+);/.exec(rule)?.[1]?.replace(/\s+/g, '');
      expect(range).toBe(subset.unicodeRange);
    }
  });

  test('the two files hold Romanian, French and German text', () => {
    const characters = siteFontSubsets.map((s) => unicodeRangeCharacters(s.unicodeRange)).join('');
    for (const character of 'ăâîșțĂÂÎȘȚéèçœßäöü€–—„”…') expect(characters).toContain(character);
  });
});
