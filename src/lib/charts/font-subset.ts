import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { chartFontFamily, chartFontFiles } from './chart-font.ts';

const fonts = new Map<400 | 700, Buffer>();
const subsets = new Map<string, Promise<Buffer>>();

/**
 * A WOFF2 font of the chart family's `weight` holding the glyphs of `characters` (and what
 * their shaping needs), made with HarfBuzz's hb-subset; hinting is dropped (SVG text is scaled).
 * Memoised per process: a chart and its dark twin ask for the same subsets.
 */
export function chartFontSubset(weight: 400 | 700, characters: string): Promise<Buffer> {
  const key = `${weight}:${characters}`;
  let subset = subsets.get(key);
  if (subset === undefined) {
    let font = fonts.get(weight);
    if (font === undefined) {
      font = readFileSync(chartFontFiles[weight]);
      fonts.set(weight, font);
    }
    subset = subsetFont(font, characters, {
      targetFormat: 'woff2',
      noHinting: true,
      noLayoutClosure: true,
    });
    subsets.set(key, subset);
  }
  return subset;
}

/**
 * `@font-face` rules embedding a subset of each weight in use, as `data:` URLs, so an SVG shows
 * its text in the chart's font wherever it is opened, without a network request.
 */
export async function embeddedFontFaces(
  charactersByWeight: Map<400 | 700, string>,
): Promise<string> {
  const rules: string[] = [];
  for (const [weight, characters] of [...charactersByWeight].sort(([a], [b]) => a - b)) {
    const subset = await chartFontSubset(weight, characters);
    rules.push(
      `@font-face{font-family:${chartFontFamily};font-weight:${weight};src:url(data:font/woff2;base64,${subset.toString('base64')}) format("woff2")}`,
    );
  }
  return rules.join('');
}
