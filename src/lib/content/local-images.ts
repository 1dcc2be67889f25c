import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { closestMatch } from '../suggest.ts';

/** Image files content may show: raster formats only (an SVG can carry script). */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;
const imagePattern = new RegExp(`\\.(?:${imageExtensions.join('|')})$`, 'i');

/**
 * Why `src`, an image named by a content file (`fromFile`, absolute), cannot be shown, or
 * undefined when it can. The build imports a local image as a module, so anything else it
 * names would be read, or even run, at build time (`../../x.mjs`, `notes.txt?raw`); a remote
 * image would make readers' browsers call another site. Allowed: a raster image file
 * (`imageExtensions`) that exists inside `contentDir` (absolute), named without `?` or `#`.
 */
export function localImageProblem(
  src: string,
  fromFile: string,
  contentDir: string,
): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src.trim()) || src.trim().startsWith('//')) {
    return `expected an image file in content/ (such as ./photo.jpg), found the address "${src}"; download the image into content/ — pages load nothing from other sites`;
  }
  if (/[?#]/.test(src)) {
    return `expected a plain image file name, found "${src}" (with ${src.includes('?') ? '?' : '#'}); remove what follows the file name`;
  }
  if (!imagePattern.test(src)) {
    return `expected an image file ending in ${imageExtensions.map((e) => `.${e}`).join(', ')}, found "${src}"${/\.svg$/i.test(src) ? ' (an SVG can contain script: export it as PNG or WebP)' : ''}`;
  }
  const absolute = path.resolve(path.dirname(fromFile), src);
  const relative = path.relative(path.resolve(contentDir), absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return `expected an image inside content/, found "${src}", which is outside it; copy the image into content/`;
  }
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    const folder = path.dirname(absolute);
    const images = existsSync(folder)
      ? readdirSync(folder).filter((name) => imagePattern.test(name))
      : [];
    // The suggestion is the path to paste: the folder as written, the closest file name.
    const closest = closestMatch(path.basename(src), images);
    const suggestion =
      closest === undefined
        ? ''
        : `; did you mean "${path.posix.join(path.posix.dirname(src), closest)}"?`;
    return `expected an image file, found "${src}", which does not exist (looked for content/${relative.split(path.sep).join('/')})${suggestion}`;
  }
  return undefined;
}
