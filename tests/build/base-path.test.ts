// A site URL with a path serves the whole site under that path: every same-site link, image,
// chart and stylesheet of every page starts with it and names a file the build wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const content = editedContent((edit) =>
  edit.json('site.json', (site) => {
    site['url'] = 'https://fixture.example.com/impact/';
  }),
);
const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-base-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(content.dir, outDir);
}, 240_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  content.cleanup();
});

/** Every same-site URL a page refers to (links, images, sources, stylesheets, icons). */
function localUrls(html: string): string[] {
  const document = parse(html);
  const urls = [
    ...document.querySelectorAll('[href]').map((element) => element.getAttribute('href') ?? ''),
    ...document.querySelectorAll('[src]').map((element) => element.getAttribute('src') ?? ''),
    ...document
      .querySelectorAll('[srcset]')
      .flatMap((element) =>
        (element.getAttribute('srcset') ?? '')
          .split(',')
          .map((item) => item.trim().split(' ')[0] ?? ''),
      ),
  ];
  return urls.filter((url) => url.startsWith('/'));
}

describe('a site under a path (https://fixture.example.com/impact/)', () => {
  test('every same-site URL of every page is under /impact/ and names a built file', () => {
    expect(build.status, build.output).toBe(0);
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const file of pages) {
      for (const url of localUrls(readFileSync(path.join(outDir, file), 'utf8'))) {
        const target = decodeURI(url.split(/[?#]/)[0] ?? '');
        const inside = target.startsWith('/impact/') ? target.slice('/impact'.length) : undefined;
        const exists =
          inside !== undefined &&
          (existsSync(path.join(outDir, inside, inside.endsWith('/') ? 'index.html' : '')) ||
            existsSync(path.join(outDir, inside)));
        if (!exists) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('canonical URLs keep the path', () => {
    const html = readFileSync(path.join(outDir, 'data/mentees/index.html'), 'utf8');
    expect(parse(html).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://fixture.example.com/impact/data/mentees/',
    );
  });
});
