// Social cards: what each card says, and the PNG bytes a link preview fetches.
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { datasetCard, siteCard, siteCardParts, storyCard } from '../../src/lib/social/cards.ts';
import { cardPng, cardSvg } from '../../src/lib/social/draw.ts';
import { openGraphLocale, pageCard } from '../../src/lib/social/page-card.ts';
import type { Programme } from '../../src/schemas/index.ts';
import { makeDataset, wasteMeasure } from '../helpers/datasets.ts';

const site = siteCardParts({
  name: 'Someș Contact Center',
  url: 'https://fixture.example.com/impact/',
  brandColor: '#115e59',
});
const options = { today: '2026-11-28', locale: 'en' };
const dataset = makeDataset({
  title: 'Waste sent for recycling',
  programme: 'recycling',
  measure: { ...wasteMeasure, seriesAddUp: false },
  observations: [
    { period: '2024', value: 1200 },
    { period: '2025', value: 1534.5 },
    { period: '2026-Q1', value: 400 },
  ],
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text of an SVG's `<text>` elements (satori writes a word or space in each), in order. */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, word]) => word).join('');
}

describe('what a card says', () => {
  test('an example site says on every card that the organisation is fictional', () => {
    const example = siteCardParts({
      name: 'Someș Contact Center',
      url: 'https://impact.example.com/',
      brandColor: '#115e59',
      fictional: true,
    });
    expect(example.address).toBe('impact.example.com · fictional example organisation');
  });

  test('the site part: organisation, address without scheme, brand colour', () => {
    expect(site).toEqual({
      organisation: 'Someș Contact Center',
      address: 'fixture.example.com/impact',
      brandColor: '#115e59',
    });
  });

  test("a dataset's card shows its latest complete year with the unit", () => {
    const card = datasetCard(dataset, site, options);
    expect(card.kind).toBe('Open data');
    expect(card.title).toBe(dataset.title);
    expect(card.figure).toMatchInlineSnapshot(`
      {
        "label": "Waste sent for recycling",
        "period": "2025",
        "value": "1,534.5 kg",
      }
    `);
  });

  test("a dataset card's figure that is not final says so, as the pages do", () => {
    const provisional = makeDataset({
      ...dataset,
      observations: [
        { period: '2024', value: 1200 },
        { period: '2025', value: 1534.5, status: 'provisional' },
      ],
    });
    expect(datasetCard(provisional, site, options).figure?.period).toBe('2025, provisional');
  });

  test("a story's card shows its hero photo, else its programme's headline figure", () => {
    const programme = {
      id: 'recycling',
      data: { name: 'Recycling campaign', goals: [] } as unknown as Programme,
    };
    const datasets = [{ id: 'recycling', data: dataset }];
    const reportingPeriod = { start: '2022-01-01', end: '2025-12-31' };
    const context = { ...options, site, programme, datasets, reportingPeriod };
    const photo = new Uint8Array([0xff, 0xd8, 0xff]);
    const withPhoto = storyCard({ title: 'First jobs' }, { ...context, photo });
    expect(withPhoto).toMatchObject({ kind: 'Story', title: 'First jobs', photo });
    expect(withPhoto.figure).toBeUndefined();
    expect(storyCard({ title: 'First jobs' }, context).figure?.period).toBe('2025');
    expect(storyCard({ title: 'First jobs' }, { ...context, programme: undefined }).figure).toBe(
      undefined,
    );
  });

  test('the page a card belongs to, from its path', () => {
    expect(pageCard('/stories/first-jobs/')).toEqual({
      image: '/social/stories/first-jobs.png',
      type: 'article',
    });
    expect(pageCard('/data/mentees/')).toEqual({
      image: '/social/data/mentees.png',
      type: 'website',
    });
    expect(pageCard('/data/')).toEqual({ image: '/social/site.png', type: 'website' });
    expect(pageCard('/about/').image).toBe('/social/site.png');
    expect(openGraphLocale('ro-RO')).toBe('ro_RO');
  });
});

describe('the drawing', () => {
  const card = {
    ...site,
    kind: 'Open data',
    title: 'Young people mentored into their first job',
    figure: { value: '1,204', label: 'Young people mentored', period: '2025' },
  };

  test('a 1200×630 PNG, the same bytes every time', async () => {
    const png = await cardPng(card);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await cardPng(card)).equals(Buffer.from(png))).toBe(true);
  });

  test('the title, the figure and the organisation are on the card', async () => {
    const words = svgText(await cardSvg(card, { textAsText: true }));
    for (const text of [
      'Young',
      'mentored',
      '1,204',
      '2025',
      'Someș',
      'fixture.example.com/impact',
    ])
      expect(words).toContain(text);
    // The published card draws glyph outlines: no text for a font to be missing from.
    expect(await cardSvg(card)).not.toContain('<text');
  });

  test('a photo is drawn on the right, beside the text', async () => {
    const photo = await sharp({
      create: { width: 480, height: 630, channels: 3, background: '#c2410c' },
    })
      .jpeg()
      .toBuffer();
    const svg = await cardSvg({ ...card, figure: undefined, photo: new Uint8Array(photo) });
    expect(svg).toMatch(/<image x="720" y="0" width="480" height="630"/);
    const { data } = await sharp(
      Buffer.from(await cardPng({ ...card, photo: new Uint8Array(photo) })),
    )
      .extract({ left: 1100, top: 300, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    // JPEG keeps the colour to within a step or two.
    const expected = [0xc2, 0x41, 0x0c];
    for (const [i, value] of [...data.subarray(0, 3)].entries())
      expect(Math.abs(value - (expected[i] ?? 0))).toBeLessThanOrEqual(3);
  });

  test('the site-wide card', () => {
    expect(siteCard({ name: 'X', url: 'https://x.example.com', brandColor: '#000000' })).toEqual({
      kind: 'Impact report',
      title: 'Our community impact, with open data behind every figure',
      organisation: 'X',
      address: 'x.example.com',
      brandColor: '#000000',
    });
  });
});
