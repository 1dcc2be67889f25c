// Chart text written as SVG <text>: placed where the canvas would have drawn it.
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import '../../src/lib/charts/render.ts';
import { chartFontFamily } from '../../src/lib/charts/chart-font.ts';
import {
  charactersByWeight,
  escapeXml,
  parseCanvasFont,
  recordText,
  svgTextElements,
} from '../../src/lib/charts/svg-text.ts';

const font = `bold 14px ${chartFontFamily}`;

/** Where Skia's own SVG output puts the first glyph of `text` (x, alphabetic baseline y). */
function skiaPlacement(align: CanvasTextAlign, baseline: CanvasTextBaseline) {
  const canvas = createCanvas(300, 100, SvgExportFlag.NoPrettyXML);
  const ctx = canvas.getContext('2d');
  Object.assign(ctx, { font, textAlign: align, textBaseline: baseline });
  ctx.fillText('Kg', 150, 50);
  const match = /<text[^>]* x="([\d.]+),[^"]*" y="([\d.]+),/.exec(canvas.getContent().toString());
  return { x: Number(match?.[1]), y: Number(match?.[2]), width: ctx.measureText('Kg').width };
}

describe('recorded chart text', () => {
  test.each([
    ['left', 'top'],
    ['center', 'middle'],
    ['right', 'bottom'],
    ['left', 'alphabetic'],
    ['start', 'hanging'],
  ] as const)('align %s, baseline %s: on the alphabetic baseline Skia uses', (align, baseline) => {
    const skia = skiaPlacement(align, baseline);
    const ctx = createCanvas(300, 100, SvgExportFlag.NoPrettyXML).getContext('2d');
    const items = recordText(ctx);
    Object.assign(ctx, { font, textAlign: align, textBaseline: baseline });
    ctx.fillText('Kg', 150, 50);
    const [item] = items;
    expect(item?.y).toBeCloseTo(skia.y, 1);
    const shift = { start: 0, middle: skia.width / 2, end: skia.width }[item?.anchor ?? 'start'];
    expect((item?.x ?? 0) - shift).toBeCloseTo(skia.x, 1);
    expect(item).toMatchObject({ size: 14, weight: 700, text: 'Kg' });
  });

  test('rotated text keeps its transform; blank text is left out; fills and opacity are kept', () => {
    const ctx = createCanvas(100, 100, SvgExportFlag.NoPrettyXML).getContext('2d');
    const items = recordText(ctx);
    ctx.font = `13px ${chartFontFamily}`;
    ctx.fillText('   ', 10, 10);
    ctx.translate(20, 80);
    ctx.rotate(-Math.PI / 2);
    ctx.fillStyle = '#0072b2';
    ctx.globalAlpha = 0.5;
    ctx.fillText('2025 & <Q1>', 0, 0);
    expect(svgTextElements(items, 'F')).toBe(
      '<text x="0" y="0" font-family="F" font-size="13" fill="#0072b2" fill-opacity="0.5" transform="matrix(0 -1 1 0 20 80)">2025 &amp; &lt;Q1&gt;</text>',
    );
  });

  test('fonts: size and weight from the canvas font; characters by weight for the subsets', () => {
    expect(parseCanvasFont('bold 14px X')).toEqual({ size: 14, weight: 700 });
    expect(parseCanvasFont('normal normal 400 12.5px X')).toEqual({ size: 12.5, weight: 400 });
    expect(() => parseCanvasFont('small-caps X')).toThrow('no px size');
    const item = { x: 0, y: 0, anchor: 'start', size: 12, fill: '#000', opacity: 1 } as const;
    expect(
      charactersByWeight([
        { ...item, text: 'Școală', weight: 400 },
        { ...item, text: 'ba', weight: 700 },
        { ...item, text: 'a1', weight: 400 },
      ]),
    ).toEqual(
      new Map([
        [400, '1acloăȘ'],
        [700, 'ab'],
      ]),
    );
    expect(escapeXml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});
