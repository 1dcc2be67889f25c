import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import satori, { type Font } from 'satori';
import { chartFontFiles } from '../charts/chart-font.ts';
import { cardSize, photoSize, type SocialCard } from './card.ts';

/** A satori element: the plain-object form of a JSX element (no React needed). */
interface Element {
  type: string;
  props: { style: Style; children?: Child | Child[]; src?: string };
}
type Child = Element | string;
type Style = Record<string, string | number>;

const el = (type: string, style: Style, children?: Child | Child[]): Element => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

// Satori reads TrueType or OpenType, not WOFF2: the charts' Inter TTF files, read once.
let fonts: Font[] | undefined;
function cardFonts(): Font[] {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(chartFontFiles[weight]),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

const ink = '#111827';
const muted = '#4b5563';

/**
 * Title size in px and the most lines it may take: smaller for longer titles, more lines
 * beside a photo (a narrower column) or without a figure, so long titles are rarely cut.
 */
function titleStyle(card: SocialCard): { fontSize: number; lineClamp: number } {
  const narrow = card.photo !== undefined;
  const room = narrow ? 0.55 : 1;
  const length = card.title.length;
  const fontSize = length <= 40 * room ? 64 : length <= 80 * room ? 54 : 44;
  const lineClamp = narrow ? 6 : card.figure === undefined ? 5 : 3;
  return { fontSize, lineClamp };
}

/** The card as a satori element tree. */
function layout(card: SocialCard): Element {
  const text = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      flexGrow: 1,
      flexShrink: 1,
      minWidth: 0,
      padding: '56px 64px 48px 64px',
      borderLeft: `24px solid ${card.brandColor}`,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          {
            fontSize: 26,
            fontWeight: 700,
            color: card.brandColor,
            textTransform: 'uppercase',
            letterSpacing: 2,
          },
          card.kind,
        ),
        el(
          'div',
          {
            ...titleStyle(card),
            fontWeight: 700,
            color: ink,
            lineHeight: 1.15,
            marginTop: 20,
          },
          card.title,
        ),
      ]),
      ...(card.figure === undefined
        ? []
        : [
            el('div', { display: 'flex', flexDirection: 'column' }, [
              el(
                'div',
                { fontSize: 96, fontWeight: 700, color: card.brandColor, lineHeight: 1 },
                card.figure.value,
              ),
              el(
                'div',
                { fontSize: 30, color: ink, marginTop: 12, lineClamp: 1 },
                `${card.figure.label}, ${card.figure.period}`,
              ),
            ]),
          ]),
      el(
        'div',
        {
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 24,
          justifyContent: 'space-between',
          fontSize: 26,
          color: muted,
          borderTop: '2px solid #e5e7eb',
          paddingTop: 20,
        },
        [el('div', { fontWeight: 700, color: ink }, card.organisation), card.address],
      ),
    ],
  );
  const photo =
    card.photo === undefined
      ? []
      : [
          {
            type: 'img',
            props: {
              src: `data:${mediaType(card.photo)};base64,${Buffer.from(card.photo).toString('base64')}`,
              style: {
                width: photoSize.width,
                height: photoSize.height,
                flexShrink: 0,
                objectFit: 'cover',
              },
            },
          },
        ];
  return el(
    'div',
    {
      display: 'flex',
      width: cardSize.width,
      height: cardSize.height,
      backgroundColor: '#ffffff',
      fontFamily: 'Inter',
    },
    [text, ...photo],
  );
}

/** `image/png` or `image/jpeg`, from the file's first bytes. */
function mediaType(bytes: Uint8Array): string {
  return bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : 'image/jpeg';
}

/**
 * The card as SVG (1200×630). Text is drawn as glyph outlines, unless `textAsText` keeps it as
 * `<text>` elements (tests read the words from them).
 */
export function cardSvg(card: SocialCard, options: { textAsText?: boolean } = {}): Promise<string> {
  return satori(layout(card) as Parameters<typeof satori>[0], {
    ...cardSize,
    fonts: cardFonts(),
    embedFont: options.textAsText !== true,
  });
}

/**
 * The card as PNG bytes, 1200×630. The same card gives the same bytes on every machine: the
 * fonts come from npm and resvg loads no system font.
 */
export async function cardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(card);
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
