import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/content-dir.ts';
import { brandColourProblem, themeCss } from '../lib/theme.ts';

const moduleId = 'virtual:impact-ledger/theme.css';

/** Used only while site.json is broken: the content check then stops the build with the reason. */
const fallbackBrandColor = '#0f766e';

/** site.json's brand colour (when the palette accepts it) and the origin of its URL. */
function themeSettings(siteFile: string): { brandColor: string; origin: string } {
  let site: { brandColor?: unknown; url?: unknown } = {};
  try {
    site = JSON.parse(readFileSync(siteFile, 'utf8')) as typeof site;
  } catch {
    // Reported by the content check, which stops the build.
  }
  const colour = site.brandColor;
  const brandColor =
    typeof colour === 'string' &&
    /^#[0-9a-f]{6}$/i.test(colour) &&
    brandColourProblem(colour) === undefined
      ? colour.toLowerCase()
      : fallbackBrandColor;
  const origin =
    typeof site.url === 'string' && URL.canParse(site.url) ? new URL(site.url).origin : '';
  return { brandColor, origin };
}

/**
 * A Vite plugin serving the site's palette (from site.json's `brandColor`) as the stylesheet
 * `virtual:impact-ledger/theme.css`, bundled with the rest of the CSS: the pages carry no inline
 * `<style>`, so the Content-Security-Policy needs no `unsafe-inline`. Editing site.json during
 * `npm run dev` reloads it.
 */
export function siteThemePlugin() {
  const siteFile = path.resolve(contentDir(), 'site.json');
  return {
    name: 'impact-ledger:site-theme',
    resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : null),
    load(this: { addWatchFile: (file: string) => void }, id: string) {
      if (id !== `\0${moduleId}`) return null;
      this.addWatchFile(siteFile);
      const { brandColor, origin } = themeSettings(siteFile);
      return themeCss(brandColor, origin);
    },
  };
}
