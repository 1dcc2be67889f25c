import { brandShades } from './theme.ts';

/** The three bars of the site's mark, a path on a 32×32 square (favicon and header). */
export const barMarkPath = 'M7 24h4V14H7zm7 0h4V8h-4zm7 0h4V18h-4z';

/**
 * The site icon: three bars on a rounded square in the brand colour's light-scheme shade, which
 * reads at 4.5:1 against white, so the white bars stay visible on any browser tab. 32×32 SVG.
 */
export function faviconSvg(brandColor: string): string {
  const { brand } = brandShades(brandColor, 'light');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${brand}"/><path fill="#fff" d="${barMarkPath}"/></svg>\n`;
}
