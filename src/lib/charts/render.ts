import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import {
  Chart,
  layouts,
  registerables,
  type ArcElement,
  type ChartConfiguration,
  type FontSpec,
  type LayoutItem,
  type Plugin,
  type PointElement,
} from 'chart.js';
import { drawPoint, toFont, toPadding } from 'chart.js/helpers';
import {
  chartPadding,
  wrapText,
  type FillPattern,
  type ImpactPluginOptions,
  type LegendEntry,
  type LegendPoint,
  type LegendSymbol,
  type SliceLabel,
  type TargetLine,
} from './chart-config.ts';
import type { CreditText } from './chart-credit.ts';
import { chartFontFamily, chartFontFiles } from './chart-font.ts';
import { recordText, svgTextElements, type SvgTextItem } from './svg-text.ts';
import type { ChartSize, ChartVariant } from './variants.ts';

type AnyChart = Chart<'bar' | 'line' | 'doughnut'>;
type AnyConfig = ChartConfiguration<'bar' | 'line' | 'doughnut'>;

for (const [weight, path] of Object.entries(chartFontFiles)) {
  if (GlobalFonts.registerFromPath(path, chartFontFamily) === null)
    throw new Error(`could not load the ${weight} font ${path}`);
}

/** A context for measuring text before a chart exists. */
const measuring = createCanvas(1, 1).getContext('2d');
measuring.lang = 'en';

/** Width in px of `text` in the CSS `font`. */
function textWidth(font: string, text: string): number {
  measuring.font = font;
  return measuring.measureText(text).width;
}

/** The chart's text font at `size` (the variant's size unless given). */
function textFont(size?: number, weight: FontSpec['weight'] = null) {
  return toFont({ family: chartFontFamily, size: size ?? Chart.defaults.font.size ?? 12, weight });
}

/** Width of the sample drawn before a legend text, in px. */
function symbolWidth(symbol: LegendSymbol, size: number): number {
  return symbol.kind === 'line' ? size * 2.2 : size;
}

/** The mark over a stack whose total misses a part: a "?" in a ring, legible on any bar. */
function drawIncompleteMark(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number,
  colours: { ink: string; background: string },
): void {
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, size * 0.6, 0, 2 * Math.PI);
  ctx.fillStyle = colours.background;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = colours.ink;
  ctx.stroke();
  ctx.fillStyle = colours.ink;
  ctx.font = textFont(Math.round(size * 0.85), 'bold').string;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('?', x, y + size * 0.05);
  ctx.restore();
}

function drawLegendSymbol(
  ctx: CanvasRenderingContext2D,
  symbol: LegendSymbol,
  x: number,
  middle: number,
  size: number,
  colours: { ink: string; background: string },
): void {
  const width = symbolWidth(symbol, size);
  ctx.save();
  switch (symbol.kind) {
    case 'box': {
      const box = size - 2;
      ctx.fillStyle = symbol.fill;
      ctx.fillRect(x + 1, middle - box / 2, box, box);
      if (symbol.lineWidth > 0) {
        ctx.lineWidth = symbol.lineWidth;
        ctx.strokeStyle = symbol.stroke;
        const inset = symbol.lineWidth / 2;
        ctx.strokeRect(x + 1 + inset, middle - box / 2 + inset, box - 2 * inset, box - 2 * inset);
      }
      break;
    }
    case 'line': {
      ctx.strokeStyle = symbol.colour;
      ctx.lineWidth = symbol.lineWidth;
      ctx.setLineDash(symbol.dash);
      ctx.beginPath();
      ctx.moveTo(x, middle);
      ctx.lineTo(x + width, middle);
      ctx.stroke();
      ctx.setLineDash([]);
      if (symbol.point) drawMarker(ctx, symbol.point, x + width / 2, middle);
      break;
    }
    case 'point':
      drawMarker(ctx, symbol.point, x + width / 2, middle);
      break;
    case 'mark':
      drawIncompleteMark(ctx, x + width / 2, middle, size, colours);
      break;
  }
  ctx.restore();
}

function drawMarker(ctx: CanvasRenderingContext2D, point: LegendPoint, x: number, y: number): void {
  ctx.fillStyle = point.fill;
  ctx.strokeStyle = point.stroke;
  ctx.lineWidth = 2;
  drawPoint(
    ctx,
    { pointStyle: point.style, radius: point.radius, rotation: 0, borderWidth: 2 },
    x,
    y,
  );
}

/** A legend item laid out: its text lines and its box relative to the legend's top left. */
interface PlacedEntry {
  entry: LegendEntry;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

type MeasuredEntry = Omit<PlacedEntry, 'x' | 'y'>;

/** Spaces of the legend, in font sizes: sample to text, between items, rows, above the legend. */
const legendSpace = { symbolGap: 0.4, itemGap: 1, rowGap: 0.2, top: 0.5 };

type Font = ReturnType<typeof textFont>;

/** Each item's text wrapped to the legend's width, and the item's size. */
function measureEntries(entries: readonly LegendEntry[], maxWidth: number, font: Font) {
  const measure = (text: string) => textWidth(font.string, text);
  return entries.map((entry): MeasuredEntry => {
    const before = symbolWidth(entry.symbol, font.size) + legendSpace.symbolGap * font.size;
    const lines = wrapText(entry.text, maxWidth - before, measure);
    return {
      entry,
      lines,
      width: before + Math.max(0, ...lines.map(measure)),
      height: lines.length * font.lineHeight,
    };
  });
}

/** Items in rows, as many to a row as fit in `maxWidth`. */
function flowRows(items: readonly MeasuredEntry[], maxWidth: number, gap: number) {
  const rows: MeasuredEntry[][] = [];
  let rowWidth = Infinity;
  for (const item of items) {
    const row = rows.at(-1);
    if (row === undefined || rowWidth + gap + item.width > maxWidth) {
      rows.push([item]);
      rowWidth = item.width;
    } else {
      row.push(item);
      rowWidth += gap + item.width;
    }
  }
  return rows;
}

/** The legend laid out in centred rows, and its height. */
function layoutLegend(entries: readonly LegendEntry[], maxWidth: number, font: Font) {
  const gap = legendSpace.itemGap * font.size;
  const rowGap = legendSpace.rowGap * font.size;
  const rows = flowRows(measureEntries(entries, maxWidth, font), maxWidth, gap);
  const placed: PlacedEntry[] = [];
  let y = legendSpace.top * font.size;
  for (const row of rows) {
    const width = row.reduce((sum, item) => sum + item.width, 0) + gap * (row.length - 1);
    let x = (maxWidth - width) / 2;
    for (const item of row) {
      placed.push({ ...item, x, y });
      x += item.width + gap;
    }
    y += Math.max(...row.map((item) => item.height)) + rowGap;
  }
  return { placed, height: rows.length === 0 ? 0 : y - rowGap };
}

/**
 * A box Chart.js stacks under the plot across the whole width (`LayoutItem`): what the legend and
 * the credit share; `weight` orders them, heavier further from the plot.
 */
abstract class BottomBlock implements LayoutItem {
  position = 'bottom' as const;
  abstract weight: number;
  fullSize = true;
  /** Read by Chart.js's layout (stacking of boxes). */
  options = { display: true };
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  width = 0;
  height = 0;
  ctx: CanvasRenderingContext2D;

  constructor(ctx: CanvasRenderingContext2D) {
    this.ctx = ctx;
  }

  isHorizontal(): boolean {
    return true;
  }

  abstract update(maxWidth: number): void;
  abstract draw(): void;
}

/**
 * The legend, below the x axis: items flow in centred rows and a long item wraps onto several
 * lines. Chart.js's own legend measures a multi-line item as one line in a horizontal
 * legend, so it would overlap the next row.
 */
class LegendBlock extends BottomBlock {
  weight = 1000;
  entries: LegendEntry[] = [];
  colours = { ink: '#000000', background: '#ffffff' };
  placed: PlacedEntry[] = [];

  update(maxWidth: number): void {
    const { placed, height } = layoutLegend(this.entries, maxWidth, textFont());
    this.placed = placed;
    this.width = maxWidth;
    this.height = height;
  }

  draw(): void {
    const { ctx } = this;
    const font = textFont();
    ctx.save();
    ctx.font = font.string;
    ctx.fillStyle = this.colours.ink;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    for (const item of this.placed) {
      const x = this.left + item.x;
      const top = this.top + item.y;
      const { symbol } = item.entry;
      drawLegendSymbol(ctx, symbol, x, top + font.lineHeight / 2, font.size, this.colours);
      const textX = x + symbolWidth(symbol, font.size) + legendSpace.symbolGap * font.size;
      item.lines.forEach((line, index) => {
        ctx.fillText(line, textX, top + font.lineHeight * (index + 0.5));
      });
    }
    ctx.restore();
  }
}

const legends = new WeakMap<object, LegendBlock>();

/** The most lines the footer credit may take before the short text (or a cut) is used. */
export const creditMaxLines = 3;

/**
 * Size of the footer credit's text: the chart's own, so the attribution is as legible as the
 * axis labels at every size the drawing is shown (12 px and up from a 328 px wide screen).
 */
export function creditFontSize(textSize: number): number {
  return textSize;
}

/**
 * The credit's lines at `maxWidth`: the whole text if it fits in `creditMaxLines`, else the
 * short one, else the short one with its source label cut word by word (ending "…"), so that
 * publisher, licence and date always stay whole.
 */
export function creditLines(credit: CreditText, maxWidth: number, font: string): string[] {
  const measure = (text: string) => textWidth(font, text);
  const fits = (text: string) => wrapText(text, maxWidth, measure).length <= creditMaxLines;
  if (fits(credit.full)) return wrapText(credit.full, maxWidth, measure);
  const { before, source, after } = credit.parts;
  const words = source.split(' ');
  for (let count = words.length; count >= 0; count -= 1) {
    const label = count === words.length ? source : `${words.slice(0, count).join(' ')}…`;
    const text = `${before}${label}${after}`;
    if (fits(text) || count === 0)
      return wrapText(text, maxWidth, measure).slice(0, creditMaxLines);
  }
  return [];
}

/**
 * The credit under the legend (source, publisher, licence, date), left-aligned in the muted
 * colour, so that the image keeps its attribution wherever it is pasted.
 */
class CreditBlock extends BottomBlock {
  // Heavier than the legend (1000): Chart.js puts it further from the plot, below the legend.
  weight = 3000;
  credit: (CreditText & { colour: string }) | undefined;
  lines: string[] = [];

  font(): Font {
    return textFont(creditFontSize(Chart.defaults.font.size ?? 12));
  }

  update(maxWidth: number): void {
    const font = this.font();
    this.lines = this.credit ? creditLines(this.credit, maxWidth, font.string) : [];
    this.width = maxWidth;
    // Half a line of space above, between the legend and the credit.
    this.height = this.lines.length === 0 ? 0 : (this.lines.length + 0.5) * font.lineHeight;
  }

  draw(): void {
    if (this.credit === undefined) return;
    const { ctx } = this;
    const font = this.font();
    ctx.save();
    ctx.font = font.string;
    ctx.fillStyle = this.credit.colour;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    this.lines.forEach((line, index) => {
      ctx.fillText(line, this.left, this.top + font.lineHeight * (index + 1));
    });
    ctx.restore();
  }
}

const credits = new WeakMap<object, CreditBlock>();

/** Where the target line runs: from the left edge of its first period to the right of its last. */
function targetSegment(
  chart: AnyChart,
  target: TargetLine,
): { y: number; left: number; right: number } | undefined {
  const x = chart.scales['x'];
  const y = chart.scales['y'];
  if (x === undefined || y === undefined || target.span === undefined) return undefined;
  const { chartArea } = chart;
  const count = chart.data.labels?.length ?? 0;
  const half =
    count > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : chartArea.width / 2;
  return {
    y: Math.round(y.getPixelForValue(target.value)) + 0.5,
    left: Math.max(chartArea.left, x.getPixelForValue(target.span.first) - half),
    right: Math.min(chartArea.right, x.getPixelForValue(target.span.last) + half),
  };
}

/** Where the marks of incomplete stacks go: just above each stack, inside the plot. */
function incompleteMarks(
  chart: AnyChart,
  indices: readonly number[],
): { index: number; x: number; y: number; radius: number }[] {
  const x = chart.scales['x'];
  const y = chart.scales['y'];
  if (x === undefined || y === undefined) return [];
  const size = Chart.defaults.font.size ?? 12;
  const radius = size * 0.6;
  return indices.map((index) => {
    const total = chart.data.datasets.reduce((sum, dataset) => {
      const value = dataset.data[index];
      return sum + (typeof value === 'number' ? Math.max(0, value) : 0);
    }, 0);
    const top = y.getPixelForValue(total);
    return {
      index,
      x: x.getPixelForValue(index),
      y: Math.max(chart.chartArea.top + radius, top - radius - 3),
      radius,
    };
  });
}

/** Whether `angle` lies between `start` and `end` (radians, clockwise), `margin` inside. */
function angleInside(angle: number, start: number, end: number, margin: number): boolean {
  const span = end - start;
  if (span >= 2 * Math.PI - 1e-9) return true;
  const turn = 2 * Math.PI;
  const delta = (((angle - start) % turn) + turn) % turn;
  return delta >= margin && delta <= span - margin;
}

/** A doughnut slice as Chart.js lays it out (px and radians, clockwise from the x axis). */
type Slice = Record<'x' | 'y' | 'startAngle' | 'endAngle' | 'innerRadius' | 'outerRadius', number>;

/** Whether a `width` × `height` box centred at `centre` lies inside `slice`, 2 px from its edges. */
function boxInSlice(slice: Slice, centre: { x: number; y: number }, width: number, height: number) {
  const { x, y, startAngle, endAngle, innerRadius, outerRadius } = slice;
  const corners = [-1, 1].flatMap((dx) =>
    [-1, 1].map((dy) => ({ x: centre.x + (dx * width) / 2, y: centre.y + (dy * height) / 2 })),
  );
  const inRing = corners.every((corner) => {
    const distance = Math.hypot(corner.x - x, corner.y - y);
    const angle = Math.atan2(corner.y - y, corner.x - x);
    return (
      distance <= outerRadius - 2 &&
      angleInside(angle, startAngle, endAngle, 2 / Math.max(distance, 1))
    );
  });
  // The hole may bulge into a side of the box between its corners: test the nearest point.
  const nearest = {
    x: Math.min(Math.max(x, centre.x - width / 2), centre.x + width / 2),
    y: Math.min(Math.max(y, centre.y - height / 2), centre.y + height / 2),
  };
  return inRing && Math.hypot(nearest.x - x, nearest.y - y) >= innerRadius + 2;
}

/**
 * Slice labels that fit inside their slice: at the middle of the ring, at the slice's middle
 * angle or else at the quarter turn inside it nearest to it (where an upright box fits a thin
 * ring best). A label that fits nowhere is left out; the legend gives every value and share.
 */
function sliceLabelBoxes(
  chart: AnyChart,
  slices: readonly SliceLabel[],
): { label: SliceLabel; x: number; y: number; width: number; height: number }[] {
  const font = textFont(undefined, 'bold');
  const arcs = chart.getDatasetMeta(0).data as unknown as ArcElement[];
  return arcs.flatMap((arc, index) => {
    const label = slices[index];
    if (label === undefined) return [];
    const slice = arc.getProps(
      ['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'],
      true,
    ) as Slice;
    const width = textWidth(font.string, label.text) + (label.backing === undefined ? 2 : 8);
    const height = font.lineHeight;
    const middle = (slice.startAngle + slice.endAngle) / 2;
    const quarters = [-2, -1, 0, 1, 2, 3, 4]
      .map((quarter) => (quarter * Math.PI) / 2)
      .filter((angle) => angle > slice.startAngle && angle < slice.endAngle)
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
    const radius = (slice.innerRadius + slice.outerRadius) / 2;
    for (const angle of [middle, ...quarters]) {
      const centre = {
        x: slice.x + radius * Math.cos(angle),
        y: slice.y + radius * Math.sin(angle),
      };
      if (boxInSlice(slice, centre, width, height))
        return [{ label, x: centre.x, y: centre.y, width, height }];
    }
    return [];
  });
}

function drawTarget(chart: AnyChart, target: TargetLine): void {
  const segment = targetSegment(chart, target);
  if (segment === undefined) return;
  const { ctx } = chart;
  ctx.save();
  ctx.strokeStyle = target.colour;
  ctx.lineWidth = 2;
  ctx.setLineDash([8, 5]);
  ctx.beginPath();
  ctx.moveTo(segment.left, segment.y);
  ctx.lineTo(segment.right, segment.y);
  ctx.stroke();
  ctx.restore();
}

function drawSliceLabels(chart: AnyChart, slices: readonly SliceLabel[]): void {
  const { ctx } = chart;
  ctx.save();
  ctx.font = textFont(undefined, 'bold').string;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { label, x, y, width, height } of sliceLabelBoxes(chart, slices)) {
    if (label.backing !== undefined) {
      ctx.fillStyle = label.backing;
      ctx.beginPath();
      ctx.roundRect(x - width / 2, y - height / 2, width, height, 3);
      ctx.fill();
    }
    ctx.fillStyle = label.colour;
    ctx.fillText(label.text, x, y);
  }
  ctx.restore();
}

/**
 * Paints the background, pins the text language, lays out and draws the legend, and draws the
 * target line, the marks of incomplete stacks and the labels of doughnut slices.
 */
const impactPlugin: Plugin<'bar' | 'line' | 'doughnut', ImpactPluginOptions> = {
  id: 'impact',
  start(chart) {
    const legend = new LegendBlock(chart.ctx);
    legends.set(chart, legend);
    layouts.addBox(chart, legend);
    const credit = new CreditBlock(chart.ctx);
    credits.set(chart, credit);
    layouts.addBox(chart, credit);
  },
  stop(chart) {
    const legend = legends.get(chart);
    if (legend !== undefined) layouts.removeBox(chart, legend);
    legends.delete(chart);
    const credit = credits.get(chart);
    if (credit !== undefined) layouts.removeBox(chart, credit);
    credits.delete(chart);
  },
  beforeUpdate(chart, _args, options) {
    const legend = legends.get(chart);
    if (legend === undefined) return;
    legend.entries = options.legend;
    legend.colours = { ink: options.ink, background: options.background };
    const credit = credits.get(chart);
    if (credit !== undefined) credit.credit = options.credit;
  },
  beforeDraw(chart, _args, options) {
    const context = chart.ctx as unknown as SKRSContext2D;
    // Shaping follows the host's language unless pinned; Chart.js resets it when sizing the canvas.
    context.lang = 'en';
    context.save();
    context.fillStyle = options.background;
    context.fillRect(0, 0, chart.width, chart.height);
    context.restore();
  },
  afterDatasetsDraw(chart, _args, options) {
    if (options.target !== undefined) drawTarget(chart, options.target);
    const colours = { ink: options.ink, background: options.background };
    for (const mark of incompleteMarks(chart, options.incomplete ?? []))
      drawIncompleteMark(chart.ctx, mark.x, mark.y, Chart.defaults.font.size ?? 12, colours);
    if (options.slices !== undefined) drawSliceLabels(chart, options.slices);
  },
};

Chart.register(...registerables, impactPlugin);
Chart.defaults.font.family = chartFontFamily;
Chart.defaults.animation = false;
Chart.defaults.responsive = false;
Chart.defaults.devicePixelRatio = 1;
Chart.defaults.events = [];

/**
 * A tile of `pattern` for `colour` on `background`: `diagonal` (the default) draws lines of the
 * colour on the background, for values that are not final; `dots`, `horizontal`, `vertical`
 * and `grid` draw marks of the background on the colour, for series beyond the palette.
 */
export function hatch(
  colour: string,
  background: string,
  pattern: FillPattern = 'diagonal',
): CanvasPattern {
  const size = 8;
  const tile = createCanvas(size, size);
  const context = tile.getContext('2d');
  context.fillStyle = pattern === 'diagonal' ? background : colour;
  context.fillRect(0, 0, size, size);
  context.fillStyle = background;
  switch (pattern) {
    case 'diagonal':
      context.strokeStyle = colour;
      context.lineWidth = 2.5;
      context.beginPath();
      for (const offset of [-size, 0, size]) {
        context.moveTo(offset, size);
        context.lineTo(offset + size, 0);
      }
      context.stroke();
      break;
    case 'dots':
      context.beginPath();
      context.arc(size / 2, size / 2, 1.75, 0, 2 * Math.PI);
      context.fill();
      break;
    case 'horizontal':
      context.fillRect(0, 3, size, 2);
      break;
    case 'vertical':
      context.fillRect(3, 0, 2, size);
      break;
    case 'grid':
      context.fillRect(0, 3, size, 2);
      context.fillRect(3, 0, 2, size);
      break;
  }
  return context.createPattern(tile, 'repeat') as unknown as CanvasPattern;
}

/**
 * Ids in the SVG are numbered by a counter shared by the whole process; renumbering them in
 * order of appearance, under a prefix of the chart's own, makes the bytes depend only on the
 * chart and keeps ids unique when several charts share a page. Coordinates keep two decimals.
 */
export function normaliseSvg(svg: string, idPrefix: string): string {
  const ids = new Map<string, string>();
  for (const [, id = ''] of svg.matchAll(/\bid="([^"]+)"/g))
    if (!ids.has(id)) ids.set(id, `${idPrefix}${ids.size}`);
  const rename = (id: string) => ids.get(id) ?? id;
  const start = svg.indexOf('<svg');
  return (
    svg.slice(0, start) +
    svg
      .slice(start)
      .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`)
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
      .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`)
      .replace(/-?\d+\.\d{3,}/g, (number) =>
        String(Math.round(Number.parseFloat(number) * 100) / 100),
      )
      .replace(/\n\s*/g, '')
  );
}

type TextPlugin = 'title' | 'subtitle';

/** The font of the title or subtitle as the configuration sets it. */
function headingFont(config: AnyConfig, plugin: TextPlugin) {
  const font = config.options?.plugins?.[plugin]?.font as Partial<FontSpec> | undefined;
  return textFont(font?.size, font?.weight ?? (plugin === 'title' ? 'bold' : null));
}

/**
 * The title and subtitle wrapped with the font's real widths, where the configuration could
 * only estimate them.
 */
function withMeasuredHeadings(config: AnyConfig, variant: ChartSize): AnyConfig {
  const plugins = { ...config.options?.plugins };
  for (const plugin of ['title', 'subtitle'] as const) {
    const options = plugins[plugin];
    if (options?.text === undefined) continue;
    const font = headingFont(config, plugin).string;
    const text = wrapText(
      [options.text].flat().join(' '),
      variant.width - 2 * chartPadding,
      (line) => textWidth(font, line),
    );
    plugins[plugin] = { ...options, text };
  }
  return { ...config, options: { ...config.options, plugins } };
}

function draw<T>(
  config: AnyConfig,
  variant: ChartSize,
  canvas: object,
  read: (chart: AnyChart) => T,
): T {
  Chart.defaults.font.size = variant.fontSize;
  Chart.defaults.locale = 'en';
  const chart = new Chart(
    canvas as unknown as HTMLCanvasElement,
    withMeasuredHeadings(config, variant),
  );
  try {
    // Read before destroy(): it clears the canvas, and an SVG canvas would record that too.
    return read(chart);
  } finally {
    chart.destroy();
    // Something keeps drawn canvases alive past the chart; their native surfaces (3 MB for a
    // PNG card) would add up to gigabytes over a site's charts. Shrinking frees them now.
    Object.assign(canvas, { width: 1, height: 1 });
  }
}

/** A chart drawn on an SVG canvas: its shapes as SVG markup, its text still to be written. */
export interface SvgDrawing {
  shapes: string;
  texts: SvgTextItem[];
}

/** Draws a chart on an SVG canvas, recording its text instead of letting Skia write it. */
export function drawSvg(config: AnyConfig, size: ChartSize, idPrefix: string): SvgDrawing {
  const canvas = createCanvas(size.width, size.height, SvgExportFlag.RelativePathEncoding);
  const texts = recordText(canvas.getContext('2d'));
  return draw(config, size, canvas, () => {
    const svg = normaliseSvg(canvas.getContent().toString('utf8'), idPrefix);
    const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
    if (inner === undefined) throw new Error('chart: the canvas wrote no SVG document');
    return { shapes: inner, texts };
  });
}

/**
 * One SVG document of a chart in both colour schemes: the light drawing, and the dark one shown
 * instead when the viewer prefers dark. Text is real `<text>` in the chart font, which the file
 * carries (`fontFaces`, from `embeddedFontFaces`), so it can be selected, found and translated
 * and looks the same on any machine. The drawings differ only in colour, which gzip (every
 * server's compression of SVG) nearly removes.
 */
export function svgDocument(
  size: ChartSize,
  drawings: { light: SvgDrawing; dark: SvgDrawing },
  fontFaces: string,
): string {
  const scheme = (name: 'light' | 'dark') =>
    `<g class="${name}">${drawings[name].shapes}${svgTextElements(drawings[name].texts, chartFontFamily)}</g>`;
  const { width, height } = size;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${fontFaces}.dark{display:none}@media (prefers-color-scheme:dark){.light{display:none}.dark{display:inline}}</style>`,
    scheme('light'),
    scheme('dark'),
    '</svg>',
  ].join('');
}

/** The chart as a PNG image. */
export function renderPng(config: AnyConfig, variant: ChartVariant): Buffer {
  const canvas = createCanvas(variant.width, variant.height);
  return draw(config, variant, canvas, () => canvas.encodeSync('png'));
}

/** A rectangle on the canvas, in px from its top left. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a drawn chart put its parts, for checking that they fit and do not overlap. */
export interface ChartLayout {
  width: number;
  height: number;
  /** Each title line as drawn. */
  title: (Box & { text: string })[];
  /** Each line of the value axis title, drawn above the plot. */
  axisTitle: (Box & { text: string })[];
  /** Each legend item: its sample and text lines. */
  legend: (Box & { lines: string[] })[];
  /** The footer credit's lines and the box they take (none without a credit). */
  credit: (Box & { lines: string[] }) | undefined;
  chartArea: Box;
  /** The axes' boxes (tick labels included); none for a doughnut. */
  scales: { x?: Box; y?: Box };
  xTicks: string[];
  yTicks: { value: number; label: string }[];
  target: { y: number; left: number; right: number } | undefined;
  incomplete: { index: number; x: number; y: number; radius: number }[];
  sliceLabels: (Box & { text: string })[];
  /** Centre and radius of each point of each line dataset, in px, as drawn. */
  points: { x: number; y: number; radius: number }[][];
  /** The options the `impact` plugin received. */
  impact: ImpactPluginOptions | undefined;
}

/** The lines of the title or subtitle where Chart.js drew them. */
function headingLines(
  chart: AnyChart,
  config: AnyConfig,
  plugin: TextPlugin,
): (Box & { text: string })[] {
  // Chart.js places the title (weight 2000) above the subtitle (1500).
  const weight = plugin === 'title' ? 2000 : 1500;
  const block = chart.boxes.find((box) => box.position === 'top' && box.weight === weight) as
    | (LayoutItem & {
        options: {
          display: boolean;
          text: string | string[];
          align: string;
          padding: Parameters<typeof toPadding>[0];
        };
      })
    | undefined;
  if (block === undefined || !block.options.display) return [];
  const font = headingFont(config, plugin);
  const top = block.top + toPadding(block.options.padding).top;
  return [block.options.text].flat().map((text, index) => {
    const width = textWidth(font.string, text);
    const left =
      block.options.align === 'start'
        ? block.left
        : block.options.align === 'end'
          ? block.right - width
          : (block.left + block.right - width) / 2;
    const lineTop = top + index * font.lineHeight;
    return { text, left, right: left + width, top: lineTop, bottom: lineTop + font.lineHeight };
  });
}

/** Where the credit's lines are, measured with the font's real widths. */
function creditBox(block: CreditBlock | undefined): ChartLayout['credit'] {
  if (block === undefined || block.lines.length === 0) return undefined;
  const font = block.font();
  const width = Math.max(...block.lines.map((line) => textWidth(font.string, line)));
  return {
    lines: block.lines,
    left: block.left,
    right: block.left + width,
    top: block.top + font.lineHeight / 2,
    bottom: block.top + block.height,
  };
}

/** Lays out a chart at a variant's size (drawing it on a bitmap) and reports its geometry. */
export function layoutChart(config: AnyConfig, variant: ChartVariant): ChartLayout {
  const canvas = createCanvas(variant.width, variant.height);
  return draw(config, variant, canvas, (chart) => {
    const impact = config.options?.plugins?.impact as ImpactPluginOptions | undefined;
    const legend = legends.get(chart);
    const { left, top, right, bottom } = chart.chartArea;
    return {
      width: chart.width,
      height: chart.height,
      title: headingLines(chart, config, 'title'),
      axisTitle: headingLines(chart, config, 'subtitle'),
      legend: (legend?.placed ?? []).map((item) => ({
        lines: item.lines,
        left: (legend?.left ?? 0) + item.x,
        top: (legend?.top ?? 0) + item.y,
        right: (legend?.left ?? 0) + item.x + item.width,
        bottom: (legend?.top ?? 0) + item.y + item.height,
      })),
      credit: creditBox(credits.get(chart)),
      chartArea: { left, top, right, bottom },
      scales: Object.fromEntries(
        Object.entries(chart.scales).map(([id, scale]) => [
          id,
          { left: scale.left, top: scale.top, right: scale.right, bottom: scale.bottom },
        ]),
      ),
      xTicks: (chart.scales['x']?.ticks ?? []).map((tick) => String(tick.label)),
      yTicks: (chart.scales['y']?.ticks ?? []).map((tick) => ({
        value: tick.value,
        label: String(tick.label),
      })),
      target: impact?.target ? targetSegment(chart, impact.target) : undefined,
      incomplete: incompleteMarks(chart, impact?.incomplete ?? []),
      sliceLabels: impact?.slices
        ? sliceLabelBoxes(chart, impact.slices).map((box) => ({
            text: box.label.text,
            left: box.x - box.width / 2,
            right: box.x + box.width / 2,
            top: box.y - box.height / 2,
            bottom: box.y + box.height / 2,
          }))
        : [],
      points: chart.data.datasets.map((_, index) =>
        chart.getDatasetMeta(index).type === 'line'
          ? (chart.getDatasetMeta(index).data as unknown as PointElement[]).map((element) => ({
              x: element.x,
              y: element.y,
              radius: element.skip ? 0 : element.options.radius,
            }))
          : [],
      ),
      impact,
    };
  });
}
