// `npm run screenshots -- /data/recycling/ /programmes/tree-planting/`: full-page screenshots of
// built pages at 360 and 1280 px, light and dark, in screenshots/, to look at what readers see.
// `--element=figure` shoots each matching element on its own instead (charts, tables);
// `--dir=/tmp/site` serves another built site; `--fold` shoots only the first screen (900 px);
// `--print` shows the page as printed (print media, A4-like 794 px width) instead;
// `--widths=320,768` shoots other widths than 360 and 1280.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/gates/browser.ts';
import { serveStatic } from '../tests/e2e/gates/serve.ts';

const args = process.argv.slice(2);
const element = args.find((arg) => arg.startsWith('--element='))?.slice('--element='.length);
const siteDir = args.find((arg) => arg.startsWith('--dir='))?.slice('--dir='.length) ?? 'dist';
const fold = args.includes('--fold');
const print = args.includes('--print');
// `--widths=320,768` instead of the default 360 and 1280.
const widths = args
  .find((arg) => arg.startsWith('--widths='))
  ?.slice('--widths='.length)
  .split(',')
  .map(Number) ?? [360, 1280];
const routes = args.filter((arg) => !arg.startsWith('--'));
if (routes.length === 0) {
  console.error('usage: npm run screenshots -- [--element=css] [--dir=dist] /route/ [/route/ …]');
  process.exit(2);
}
const outDir = path.resolve('screenshots');
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(path.resolve(siteDir));
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of print ? [794] : widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      if (print) await page.emulateMedia({ media: 'print' });
      for (const route of routes) {
        // Network idle: a search page (`/search/?q=…`) has fetched and shown its results.
        await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
        // Lazy charts load only once scrolled to; wait for every image before the shot.
        await page.evaluate(() => {
          for (const image of document.images) image.loading = 'eager';
        });
        await page.waitForFunction(() => [...document.images].every((image) => image.complete));
        const name = route.replace(/^\/|\/$/g, '').replace(/[/#?]+/g, '_') || 'home';
        if (element === undefined) {
          const file = path.join(outDir, `${name}-${print ? 'print' : width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: !fold });
          console.log(file);
          continue;
        }
        const matches = await page.locator(element).all();
        for (const [index, match] of matches.entries()) {
          const file = path.join(outDir, `${name}-${index}-${width}-${colorScheme}.png`);
          await match.screenshot({ path: file });
          console.log(file);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
