// An embed as a partner uses it: the iframe code of a dataset's oEmbed, pasted into a plain HTML
// page served from another local port (another origin), opened in Chromium at 320 and 800 px in
// both colour schemes. The frame must load under the site's own headers (`frame-ancestors *`
// for /embed/), show the chart decoded and the title, and never scroll sideways.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './gates/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const datasets = ['recycling', 'trees-planted'];
let browser: Browser;
let host: Server;
let hostUrl: string;

/** The iframe code of a dataset's oEmbed, pointed at the local server instead of the site's URL. */
function iframeOf(id: string): { html: string; src: string } {
  const oembed = JSON.parse(readFileSync(path.join(siteDir, 'oembed', `${id}.json`), 'utf8')) as {
    html: string;
  };
  const src = /src="([^"]+)"/.exec(oembed.html)?.[1] ?? '';
  const local = new URL(new URL(src).pathname, baseUrl).href;
  return { html: oembed.html.replace(src, local), src: local };
}

beforeAll(async () => {
  browser = await launchChromium();
  // A partner's page: nothing but a heading, a paragraph and the pasted iframe.
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const id = url.searchParams.get('id') ?? '';
    if (url.pathname !== '/' || !datasets.includes(id)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="en"><title>Partner report</title><link rel="icon" href="data:,"><body><h1>Our results</h1><p>Before the chart.</p>${iframeOf(id).html}<p>After the chart.</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => host.close(resolve));
});

describe('an embed in an iframe on another origin', () => {
  test('the host page and the site are different origins', () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
  });

  for (const id of datasets)
    for (const width of [320, 800])
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`${id} at ${width} px, ${colorScheme}: loads, shows the chart and title, no sideways scroll, no errors`, async () => {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme,
          });
          const errors: string[] = [];
          const page = await context.newPage();
          page.on('console', (message) => {
            if (message.type() === 'error') errors.push(message.text());
          });
          page.on('pageerror', (error) => errors.push(error.message));
          const failed: string[] = [];
          page.on('requestfailed', (request) => failed.push(request.url()));
          await page.goto(`${hostUrl}?id=${id}`, { waitUntil: 'load' });
          const element = await page.waitForSelector('iframe');
          const frame = await element.contentFrame();
          expect(frame?.url()).toBe(iframeOf(id).src);
          if (frame === null) throw new Error('no frame');
          await frame.waitForLoadState('load');
          const inside = await frame.evaluate(async () => {
            const img = document.querySelector<HTMLImageElement>('figure picture img');
            await img?.decode();
            const root = document.documentElement;
            return {
              title: document.querySelector('h1')?.textContent.trim() ?? '',
              naturalWidth: img?.naturalWidth ?? 0,
              imageWidth: img?.getBoundingClientRect().width ?? 0,
              currentSrc: img?.currentSrc ?? '',
              scrollWidth: root.scrollWidth,
              clientWidth: root.clientWidth,
              scrollHeight: root.scrollHeight,
              background: getComputedStyle(document.body).backgroundColor,
              link: document.querySelector('figcaption a[href*="/data/"]')?.getAttribute('target'),
            };
          });
          await context.close();
          expect(inside.title).not.toBe('');
          expect(inside.naturalWidth).toBeGreaterThan(0);
          expect(inside.imageWidth).toBeGreaterThan(200);
          // The narrow drawing in a narrow frame, the wide one from 760 px.
          expect(inside.currentSrc).toMatch(
            width < 760 ? /-narrow\.svg$/ : /\/[\w-]+(?<!-narrow)\.svg$/,
          );
          expect(inside.scrollWidth).toBeLessThanOrEqual(inside.clientWidth);
          // The frame follows the reader's colour scheme without any script.
          expect(inside.background).toBe(
            colorScheme === 'dark' ? 'rgb(18, 21, 23)' : 'rgb(255, 255, 255)',
          );
          // The link back opens outside the frame.
          expect(inside.link).toBe('_blank');
          expect(errors).toEqual([]);
          expect(failed).toEqual([]);
          // Content fits the iframe's height with the table closed.
          expect(inside.scrollHeight).toBeLessThanOrEqual(640);
        });
      }

  test('other pages of the site refuse to be framed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setContent(`<iframe src="${baseUrl}/data/recycling/" title="x"></iframe>`);
    await page.waitForTimeout(1000);
    await context.close();
    expect(errors.join('\n')).toMatch(/frame-ancestors/);
  });
});
