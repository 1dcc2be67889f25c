// `node scripts/draw-example-logo.ts`: draws the example site's logo (content/images/logo.png):
// the bar mark and the organisation's name in Inter Bold on a white plate, so it reads on the
// light and the dark page alike. Example content only; a real site uses its own logo file.
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
import { chartFontFiles } from '../src/lib/charts/chart-font.ts';

const scale = 2;
const name = 'Someș Contact Center';
const font = '700 22px LogoInter';
GlobalFonts.registerFromPath(chartFontFiles[700], 'LogoInter');
const measure = createCanvas(1, 1).getContext('2d');
measure.font = font;
// The plate fits the name: mark, gap, name, and the same margin as on the left.
const [width, height] = [Math.ceil(58 + measure.measureText(name).width + 12), 56];
const canvas = createCanvas(width * scale, height * scale);
const context = canvas.getContext('2d');
context.scale(scale, scale);
context.fillStyle = '#ffffff';
context.beginPath();
context.roundRect(0, 0, width, height, 10);
context.fill();
context.fillStyle = '#115e59';
context.beginPath();
context.roundRect(10, 10, 36, 36, 7);
context.fill();
context.fillStyle = '#ffffff';
for (const [x, top] of [
  [17, 23],
  [25, 16],
  [33, 27],
] as const)
  context.fillRect(x, top, 6, 39 - top);
context.fillStyle = '#0b3d3a';
context.font = font;
context.textBaseline = 'middle';
context.fillText(name, 58, height / 2 + 1);
writeFileSync('content/images/logo.png', canvas.toBuffer('image/png'));
console.log('content/images/logo.png');
