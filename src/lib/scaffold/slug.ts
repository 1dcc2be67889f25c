import { existsSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';

/** Longest slug written: enough for a headline's key words, short enough for a URL. */
export const maxSlugLength = 60;

/**
 * The kebab-case ASCII id of a title: Romanian letters become plain ones ("Pădurea Vie" →
 * "padurea-vie"), and a long title is cut at the last whole word within `maxLength` characters.
 * Empty when the title has no letter or digit.
 */
export function slugFor(title: string, maxLength: number = maxSlugLength): string {
  const slug = slugify(title);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * The first of `<id>-2`, `<id>-3` … for which no file `<folder>/<name><extension>` exists,
 * to suggest when `<id>` is taken.
 */
export function freeId(folder: string, id: string, extension: string): string {
  for (let number = 2; ; number += 1) {
    const candidate = `${id}-${number}`;
    if (!existsSync(path.join(folder, `${candidate}${extension}`))) return candidate;
  }
}
