import { schemes, type SchemeColours } from '../theme.ts';
import { colourDifference, readableOn } from '../colour.ts';

/**
 * The sizes a chart's SVG files are drawn at, each file carrying a light and a dark drawing.
 * Charts are vector images scaled to their container: the narrow size is for screens under
 * 760 CSS px (text stays ≥ 12 px from 328 px wide up; shown at most 544 px wide), the wide one
 * for wider screens, where it fills its column up to its own size (960 px, 16 px text; 12 px
 * text in the narrowest column it gets, 712 px).
 */
export const chartSizes = {
  // 50 px taller than before the credit line (issue 11), which takes up to three lines.
  narrow: { width: 340, height: 350, fontSize: 13 },
  wide: { width: 960, height: 460, fontSize: 16 },
} as const;
export type ChartSizeName = keyof typeof chartSizes;

/** Every drawing of the SVG files: each size in each colour scheme. */
export const chartVariants = {
  'narrow-light': { ...chartSizes.narrow, scheme: 'light' },
  'narrow-dark': { ...chartSizes.narrow, scheme: 'dark' },
  'wide-light': { ...chartSizes.wide, scheme: 'light' },
  'wide-dark': { ...chartSizes.wide, scheme: 'dark' },
} as const;

/** The PNG for downloads and social cards. */
export const cardVariant = { width: 1200, height: 630, fontSize: 22, scheme: 'light' } as const;

/** One drawing size and colour scheme. */
/** A drawing's size in px and its text size. */
export interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
}
/** One drawing: a size and a colour scheme. */
export interface ChartVariant extends ChartSize {
  scheme: 'light' | 'dark';
}

/** Okabe–Ito, the colour-blind-safe palette, in the order series take it. */
const okabeIto = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];

/**
 * The least CIEDE2000 difference between two series colours. About 2.3 is just noticeable for
 * large patches side by side; chart marks are thin lines, small dots and a legend box away from
 * the mark, which needs several times more (Szafir 2018, "Modeling Color Difference for
 * Visualization Design"), so 10 is required.
 */
export const minimumSeriesDifference = 10;

/** Colours of a chart in one scheme: series colours reach 3:1 against the chart's background. */
export interface ChartColours extends SchemeColours {
  series: string[];
}

/**
 * The chart colours of a scheme. Darkening or lightening a palette colour to 3:1 can bring it
 * close to another; such a colour is left out, so the series after it take the next round of
 * the palette with a pattern or dash (see `seriesStyle`) instead of a look-alike colour.
 */
export function chartColours(scheme: 'light' | 'dark'): ChartColours {
  const colours = schemes[scheme];
  const series: string[] = [];
  for (const colour of okabeIto.map((colour) => readableOn(colour, colours.page, 3))) {
    if (series.every((kept) => colourDifference(kept, colour) >= minimumSeriesDifference))
      series.push(colour);
  }
  return { ...colours, series };
}
