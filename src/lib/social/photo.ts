import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { photoSize } from './card.ts';

/**
 * A photo file (any format sharp reads: JPEG, PNG, WebP, AVIF…) cropped to a card's photo
 * area (480×630, centred) as JPEG bytes, which satori can embed and which keep the card small.
 * Throws when the file cannot be read as an image.
 */
export async function cardPhoto(file: string): Promise<Uint8Array> {
  const jpeg = await sharp(file)
    .rotate() // honour the camera's orientation tag
    .resize({ ...photoSize, fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  return new Uint8Array(jpeg);
}

/**
 * The hero image file of the story `mdxFile` (absolute), as its front matter names it
 * (`hero.src`, relative to the story), or undefined for a story without one. Astro's image
 * object gives a URL for pages, not the file, so the path is read from the story itself.
 */
export function heroFile(mdxFile: string): string | undefined {
  const { frontmatter } = parseFrontmatter(readFileSync(mdxFile, 'utf8'));
  const hero: unknown = frontmatter['hero'];
  const src =
    typeof hero === 'object' && hero !== null ? (hero as { src?: unknown }).src : undefined;
  return typeof src === 'string' ? path.resolve(path.dirname(mdxFile), src) : undefined;
}
