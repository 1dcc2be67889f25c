import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ImpactPluginOptions } from './chart-config.ts';
import type { ChartVariant } from './variants.ts';

/** Bump when a change to rendering changes the output: it is part of every cache key. */
export const rendererVersion = 3;

// The font ships with the project (Inter, from npm) under a name no system has, so the output
// never depends on the machine's fonts.
const fontFamily = 'ImpactLedgerInter';
const require = createRequire(import.meta.url);
for (const file of ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf']) {
  const path = require.resolve(`@expo-google-fonts/inter/${file}`);
  if (GlobalFonts.registerFromPath(path, fontFamily) === null)
    throw new Error(`could not load font ${path}`);
}

/** Paints the background, pins the text language, and draws the target line. */
const impactPlugin: Plugin<'bar' | 'line' | 'doughnut', ImpactPluginOptions> = {
  id: 'impact',
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
    const target = options.target;
    const y = chart.scales['y'];
    if (target === undefined || y === undefined) return;
    const { ctx, chartArea } = chart;
    const position = Math.round(y.getPixelForValue(target.value)) + 0.5;
    ctx.save();
    ctx.strokeStyle = target.colour;
    ctx.fillStyle = target.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([8, 5]);
    ctx.beginPath();
    ctx.moveTo(chartArea.left, position);
    ctx.lineTo(chartArea.right, position);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `bold ${Chart.defaults.font.size ?? 12}px ${fontFamily}`;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    // The label sits on a patch of background so bars and lines behind it do not hide it.
    const width = ctx.measureText(target.label).width;
    const size = Chart.defaults.font.size ?? 12;
    ctx.fillStyle = options.background;
    ctx.fillRect(chartArea.right - width - 8, position - size - 8, width + 8, size + 6);
    ctx.fillStyle = target.colour;
    ctx.fillText(target.label, chartArea.right - 4, position - 4);
    ctx.restore();
  },
};

Chart.register(...registerables, impactPlugin);
Chart.defaults.font.family = fontFamily;
Chart.defaults.animation = false;
Chart.defaults.responsive = false;
Chart.defaults.devicePixelRatio = 1;
Chart.defaults.events = [];

/** A diagonal hatch of `colour` on `background`, for values that are not final. */
export function hatch(colour: string, background: string): CanvasPattern {
  const size = 8;
  const tile = createCanvas(size, size);
  const context = tile.getContext('2d');
  context.fillStyle = background;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = colour;
  context.lineWidth = 2.5;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
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

function draw<T>(
  config: ChartConfiguration<'bar' | 'line' | 'doughnut'>,
  variant: ChartVariant,
  canvas: object,
  read: () => T,
): T {
  Chart.defaults.font.size = variant.fontSize;
  Chart.defaults.locale = 'en';
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    // Read before destroy(): it clears the canvas, and an SVG canvas would record that too.
    return read();
  } finally {
    chart.destroy();
  }
}

/** The chart as an SVG document with its text as paths. */
export function renderSvg(
  config: ChartConfiguration<'bar' | 'line' | 'doughnut'>,
  variant: ChartVariant,
  idPrefix: string,
): string {
  const canvas = createCanvas(variant.width, variant.height, SvgExportFlag.ConvertTextToPaths);
  return draw(config, variant, canvas, () =>
    normaliseSvg(canvas.getContent().toString('utf8'), idPrefix),
  );
}

/** The chart as a PNG image. */
export function renderPng(
  config: ChartConfiguration<'bar' | 'line' | 'doughnut'>,
  variant: ChartVariant,
): Buffer {
  const canvas = createCanvas(variant.width, variant.height);
  return draw(config, variant, canvas, () => canvas.encodeSync('png'));
}
