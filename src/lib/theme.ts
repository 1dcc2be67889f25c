import { cieLab, contrastRatio, readableShade } from './colour.ts';

/** The colours of one colour scheme, shared by the page CSS and the charts. */
export interface SchemeColours {
  page: string;
  ink: string;
  muted: string;
  surface: string;
  line: string;
}

/** The two colour schemes a reader can see. */
export type SchemeName = 'light' | 'dark';

/** Light and dark schemes; text colours reach 4.5:1 on page and surface in both. */
export const schemes: Record<SchemeName, SchemeColours> = {
  light: { page: '#ffffff', ink: '#1b1f23', muted: '#4d565e', surface: '#f2f5f7', line: '#cfd6dc' },
  dark: { page: '#121517', ink: '#e9ecee', muted: '#aab3ba', surface: '#1c2226', line: '#3b444b' },
};

/** The brand colour's shades in one scheme (every value `#rrggbb`). */
export interface BrandShades {
  /** Text, links, figures and accents: ≥ 4.5:1 on page, surface and `brandSoft`. */
  brand: string;
  /** A tinted background for highlighted blocks (headline figures, the example-site notice). */
  brandSoft: string;
  /** Text on a `brand` background (skip link, buttons): ≥ 4.5:1 on it. */
  onBrand: string;
}

/** The whole palette of one scheme: neutrals plus brand shades. */
export type Palette = SchemeColours & BrandShades;

/** OKLCH chroma the dark scheme's brand shade keeps at least (teal-400 has 0.12). */
const darkMinimumChroma = 0.11;

/** Share of the brand colour in the tinted background. */
const softShare = 0.1;

/** `a` mixed with `b`, `share` of `a` (0–1), channel by channel in sRGB. */
function mix(a: string, b: string, share: number): string {
  const channels = (hex: string) =>
    [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  const [ca, cb] = [channels(a), channels(b)];
  return `#${ca
    .map((c, i) =>
      Math.round(c * share + (cb[i] ?? 0) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The brand colour's shades for one scheme. The text shade is the brand colour darkened (light
 * scheme) or lightened (dark scheme) in OKLCH, hue and chroma kept, until it reads at 4.5:1
 * (WCAG 2.2 SC 1.4.3) on the scheme's surface and on the brand-tinted background.
 */
export function brandShades(brandColor: string, scheme: SchemeName): BrandShades {
  const colours = schemes[scheme];
  const brandSoft = mix(brandColor, colours.page, softShare);
  // A lightened colour looks paler than it is on a dark page: give it some colour back.
  const minimumChroma = scheme === 'dark' ? darkMinimumChroma : 0;
  // Coloured text on a dark page reads better a step above the minimum (WCAG AAA's 7:1 is ink's).
  const target = scheme === 'dark' ? 6 : 4.5;
  let brand = readableShade(brandColor, colours.surface, target, minimumChroma);
  if (contrastRatio(brand, brandSoft) < 4.5) brand = readableShade(brand, brandSoft);
  const onBrand = contrastRatio(colours.page, brand) >= 4.5 ? colours.page : colours.ink;
  return { brand, brandSoft, onBrand };
}

/** The palette of both schemes for a brand colour. */
export function palettes(brandColor: string): Record<SchemeName, Palette> {
  return {
    light: { ...schemes.light, ...brandShades(brandColor, 'light') },
    dark: { ...schemes.dark, ...brandShades(brandColor, 'dark') },
  };
}

/**
 * The least chroma (CIE L*a*b*, √(a*² + b*²)) a brand colour needs: below it the colour is a
 * grey, and links, figures and headings in it could not be told from body text.
 */
export const minimumBrandChroma = 15;

/** How colourful a `#rrggbb` colour is: its CIE L*a*b* chroma (0 for greys, ~130 at most). */
export function chroma(hex: string): number {
  const [, a, b] = cieLab(hex);
  return Math.hypot(a, b);
}

/**
 * Why a brand colour cannot give the site a readable accent, or undefined when it can. Every
 * colour with a hue can be darkened and lightened to 4.5:1 in both schemes; a grey (black and
 * white included) only becomes the body text colour.
 */
export function brandColourProblem(brandColor: string): string | undefined {
  const found = chroma(brandColor);
  if (found >= minimumBrandChroma) return undefined;
  return `expected a colour with a clear hue, found "${brandColor}", ${found < 2 ? 'a grey' : 'almost a grey'}: links, figures and headings in it could not be told from body text in light and dark mode; use the organisation's accent colour, for example "#0f766e"`;
}

function declarations(palette: Palette): string {
  const names: Record<keyof Palette, string> = {
    page: 'page',
    ink: 'ink',
    muted: 'muted',
    surface: 'surface',
    line: 'line',
    brand: 'brand',
    brandSoft: 'brand-soft',
    onBrand: 'on-brand',
  };
  return Object.entries(palette)
    .map(([key, value]) => `--${names[key as keyof Palette]}:${value}`)
    .join(';');
}

/**
 * The custom properties `global.css` reads, for both schemes. The light palette applies by
 * default; the dark one when the system prefers it and the reader has not chosen light
 * (`data-theme` on `<html>`, set by the theme script), or when the reader chose dark.
 * `color-scheme` follows, so form controls and SVG charts in `<img>` switch too. `--site-origin`
 * (`"https://example.org"`, a CSS string) lets print write root-relative links in full.
 */
export function themeCss(brandColor: string, siteOrigin: string): string {
  const { light, dark } = palettes(brandColor);
  const lightRules = `${declarations(light)};color-scheme:light`;
  const darkRules = `${declarations(dark)};color-scheme:dark`;
  return [
    `:root{${lightRules};--site-origin:${JSON.stringify(siteOrigin)}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme=light]){${darkRules}}}`,
    `:root[data-theme=dark]{${darkRules}}`,
    // Paper is white whatever the screen shows; :is() matches the dark rules' specificity.
    `@media print{:root:is([data-theme],:not([data-theme])){${lightRules}}}`,
  ].join('\n');
}
