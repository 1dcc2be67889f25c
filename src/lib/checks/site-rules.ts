import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { brandColourProblem } from '../theme.ts';

/**
 * site.json's brand colour must give the palette a readable accent in light and dark mode
 * (`brandColourProblem` in `src/lib/theme.ts`): a grey is refused with the reason.
 */
export function checkBrandColour(content: ParsedContent): Problem[] {
  const colour = content.siteSettings.brandColor;
  if (colour === undefined) return [];
  const message = brandColourProblem(colour);
  return message === undefined ? [] : [{ file: content.siteFile, path: 'brandColor', message }];
}
