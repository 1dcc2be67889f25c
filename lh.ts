import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './tests/e2e/gates/browser.ts';
import { serveStatic } from './tests/e2e/gates/serve.ts';
const server = await serveStatic('dist');
const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
for (const route of process.argv.slice(2)) {
  const r = await lighthouse(`${server.url}${route}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log(route, r!.lhr.categories.performance!.score, a['largest-contentful-paint']!.displayValue, a['first-contentful-paint']!.displayValue);
  for (const k of ['first-contentful-paint','largest-contentful-paint','speed-index','total-blocking-time','cumulative-layout-shift']) console.log(k, a[k]!.score, a[k]!.displayValue);
  if (0) console.log('render-blocking', JSON.stringify((a['render-blocking-resources']?.details as any)?.items?.map((i: any) => [i.url, i.wastedMs])), JSON.stringify((a['render-blocking-insight']?.details as any)?.items?.map((i: any) => [i.url, i.wastedMs])));
}
chrome.kill(); await server.close();
