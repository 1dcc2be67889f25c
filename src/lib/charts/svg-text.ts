import type { SKRSContext2D } from '@napi-rs/canvas';

/** One piece of text a chart drew, placed as SVG places text: from its alphabetic baseline. */
export interface SvgTextItem {
  text: string;
  /** Anchor point in px, with `y` on the alphabetic baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in px and CSS weight (400 or 700: the two weights the charts carry). */
  size: number;
  weight: 400 | 700;
  /** CSS colour. */
  fill: string;
  /** 0–1, from the context's `globalAlpha`. */
  opacity: number;
  /** The context's transform `[a, b, c, d, e, f]`, absent when it is the identity. */
  matrix?: [number, number, number, number, number, number];
}

const anchors: Record<CanvasTextAlign, SvgTextItem['anchor']> = {
  left: 'start',
  start: 'start',
  center: 'middle',
  right: 'end',
  end: 'end',
};

/** Size (px) and weight of a CSS `font` string as canvas contexts return it ("bold 14px X"). */
export function parseCanvasFont(font: string): { size: number; weight: 400 | 700 } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font)?.[1];
  if (size === undefined) throw new Error(`chart text: no px size in the font "${font}"`);
  const weight = /\b(bold|[6-9]00)\b/.test(font) ? 700 : 400;
  return { size: Number.parseFloat(size), weight };
}

/**
 * Makes `fillText` on an SVG canvas's context record the text instead of drawing it, so the
 * SVG can carry real, selectable `<text>` in the chart's own font rather than Skia's per-word
 * runs (a run per word, with the system's family name). Returns the list it fills.
 *
 * The baseline is moved to the alphabetic one with the context's own metrics
 * (`TextMetrics.alphabeticBaseline`, HTML canvas spec), so the text sits where the canvas
 * would have drawn it.
 */
export function recordText(ctx: SKRSContext2D): SvgTextItem[] {
  const items: SvgTextItem[] = [];
  ctx.fillText = (text: string, x: number, y: number) => {
    if (text.trim() === '') return;
    const fill = ctx.fillStyle;
    if (typeof fill !== 'string') throw new Error(`chart text "${text}": fill is not a colour`);
    const { size, weight } = parseCanvasFont(ctx.font);
    const { a, b, c, d, e, f } = ctx.getTransform();
    const identity = a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0;
    items.push({
      text,
      x,
      y: y - ctx.measureText(text).alphabeticBaseline,
      anchor: anchors[ctx.textAlign],
      size,
      weight,
      fill,
      opacity: ctx.globalAlpha,
      ...(identity ? {} : { matrix: [a, b, c, d, e, f] }),
    });
  };
  return items;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `&`, `<`, `>` and `"` as XML entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => entities[character] ?? character);
}

/** Two decimals are a hundredth of a pixel: more only makes the file longer. */
const round = (value: number) => String(Math.round(value * 100) / 100);

/** The items as `<text>` elements in the family `fontFamily`. */
export function svgTextElements(items: readonly SvgTextItem[], fontFamily: string): string {
  return items
    .map((item) => {
      const attributes = [
        `x="${round(item.x)}"`,
        `y="${round(item.y)}"`,
        item.anchor === 'start' ? '' : `text-anchor="${item.anchor}"`,
        `font-family="${fontFamily}"`,
        `font-size="${round(item.size)}"`,
        item.weight === 700 ? 'font-weight="700"' : '',
        `fill="${item.fill}"`,
        item.opacity < 1 ? `fill-opacity="${round(item.opacity)}"` : '',
        item.matrix ? `transform="matrix(${item.matrix.map(round).join(' ')})"` : '',
      ].filter(Boolean);
      return `<text ${attributes.join(' ')}>${escapeXml(item.text)}</text>`;
    })
    .join('');
}

/** Every character of the items by weight, sorted, for font subsets. */
export function charactersByWeight(items: readonly SvgTextItem[]): Map<400 | 700, string> {
  const sets = new Map<400 | 700, Set<string>>();
  for (const { text, weight } of items) {
    const set = sets.get(weight) ?? new Set<string>();
    for (const character of text) set.add(character);
    sets.set(weight, set);
  }
  return new Map([...sets].map(([weight, set]) => [weight, [...set].sort().join('')]));
}
