import { readableOn } from './colour.ts';

/** The colours of one colour scheme, shared by the page CSS and the charts. */
export interface SchemeColours {
  page: string;
  ink: string;
  muted: string;
  surface: string;
  line: string;
}

/** Light and dark schemes; text colours reach 4.5:1 on page and surface in both. */
export const schemes: Record<'light' | 'dark', SchemeColours> = {
  light: { page: '#ffffff', ink: '#1b1f23', muted: '#4d565e', surface: '#f2f5f7', line: '#cfd6dc' },
  dark: { page: '#121517', ink: '#e9ecee', muted: '#aab3ba', surface: '#1c2226', line: '#3b444b' },
};

/** The brand colour made readable (4.5:1) on the surface of each scheme, the harder background. */
export function brandColours(brandColor: string): Record<'light' | 'dark', string> {
  return {
    light: readableOn(brandColor, schemes.light.surface),
    dark: readableOn(brandColor, schemes.dark.surface),
  };
}

function declarations(colours: SchemeColours, brand: string): string {
  const entries = Object.entries({ ...colours, brand }).map(
    ([name, value]) => `--${name}:${value}`,
  );
  return entries.join(';');
}

/** The custom properties global.css reads, for both schemes, as one small style sheet. */
export function themeCss(brandColor: string): string {
  const brand = brandColours(brandColor);
  return `:root{${declarations(schemes.light, brand.light)}}@media (prefers-color-scheme: dark){:root{${declarations(schemes.dark, brand.dark)}}}`;
}
