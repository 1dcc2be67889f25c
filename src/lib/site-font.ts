import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** One file of the site's web font: which characters it holds and where they come from. */
export interface SiteFontSubset {
  /** File name under `src/fonts/`, referenced by `@font-face` in `src/styles/global.css`. */
  file: string;
  /** The `@fontsource-variable/inter` file the subset is cut from. */
  source: string;
  /** CSS `unicode-range` of the subset: a browser downloads the file only for a page using one. */
  unicodeRange: string;
}

/**
 * The site's text font: Inter (the charts' family, `chart-font.ts`), variable weight, cut to
 * the weights the site uses (400–700) and to two character sets. The Latin file is Fontsource's
 * Latin subset; the extended file keeps Latin Extended-A (Polish, Czech, Turkish, Romanian ă î…)
 * and Romanian's comma-below ș ț from Extended-B, not Fontsource's Latin Extended file, three
 * times the size (IPA, Vietnamese, medieval letters). Other characters fall back to system fonts.
 */
export const siteFontSubsets: readonly SiteFontSubset[] = [
  {
    file: 'inter-latin.woff2',
    source: 'inter-latin-wght-normal.woff2',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    file: 'inter-latin-ext.woff2',
    source: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange: 'U+0100-0130,U+0132-0151,U+0154-017F,U+0218-021B,U+1E9E,U+20A0-20AB,U+20AD-20C0',
  },
];

/** The weight range kept in the variable font (regular text to bold headings). */
export const siteFontWeights = { min: 400, max: 700 } as const;

/** Every character a CSS `unicode-range` value covers (`U+0020-007E,U+00A0` → " !…~ "). */
export function unicodeRangeCharacters(unicodeRange: string): string {
  let characters = '';
  for (const part of unicodeRange.split(',')) {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
    const first = Number.parseInt(start ?? '', 16);
    const last = Number.parseInt(end ?? '', 16);
    for (let code = first; code <= last; code += 1) characters += String.fromCodePoint(code);
  }
  return characters;
}

/**
 * The WOFF2 bytes of one subset, cut by HarfBuzz (`subset-font`) from the installed
 * `@fontsource-variable/inter` file: its characters, weights 400–700. Deterministic for a given
 * package version, so `src/fonts/` can be checked against it (`npm run font` writes it).
 */
export async function siteFontSubset(subset: SiteFontSubset): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const source = require.resolve(`@fontsource-variable/inter/files/${subset.source}`);
  return subsetFont(readFileSync(source), unicodeRangeCharacters(subset.unicodeRange), {
    targetFormat: 'woff2',
    variationAxes: { wght: siteFontWeights },
  });
}
