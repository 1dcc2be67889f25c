// Builds the example site in content/ and checks that every number it shows is the number of the
// dataset row it links to, and that headline figures say exactly what they count.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { figureLinks, unmatchedFigures } from '../helpers/figure-links.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-example-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(path.resolve('content'), outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the example site', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('every figure linked to a dataset appears in the row it links to on that dataset page', () => {
    expect(figureLinks(outDir).length).toBeGreaterThanOrEqual(30);
    expect(unmatchedFigures(outDir)).toEqual([]);
  });

  test('headline figures carry the label of exactly what they count', () => {
    const home = parse(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    const figures = home.querySelectorAll('#headline-figures + ul li').map((item) =>
      item
        .querySelectorAll('a > span')
        .map((span) => span.textContent.replace(/\s+/g, ' ').trim())
        .join(' · '),
    );
    expect(figures).toContain(
      '1,875 kg · Waste sent for recycling — Plastic and metal packaging · 2025',
    );
    expect(figures).toContain('RON 90,000 · Value of support — Cash grants · 2025');
    expect(figures).toContain('84 · Young people — Completed the programme · 2025');
  });
});
