// The data change feed: well-formed Atom, one entry per publication, update and restatement,
// stable ids, and the same bytes for the same content whatever the build time.
import { XMLParser } from 'fast-xml-parser';
import sax from 'sax';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dataChanges, dataChangesFeed } from '../../src/lib/feeds/data-changes.ts';
import { makeDataset } from '../helpers/datasets.ts';

const atom = 'http://www.w3.org/2005/Atom';
const site = {
  name: 'Someș Contact Center',
  url: 'https://impact.example.com',
  locale: 'en-GB',
  contactEmail: 'impact@example.com',
};
const blood = makeDataset({
  title: 'Units of blood collected',
  measure: { label: 'Units of blood', unit: { label: 'units', kind: 'count' }, aggregation: 'sum' },
  observations: [{ period: '2024-Q2', value: 68 }],
  issued: '2022-04-20',
  modified: '2026-01-12',
  restatements: [
    {
      date: '2024-10-07',
      period: '2024-Q2',
      previousValue: 61,
      reason: 'late-data',
      explanation: 'The second day of the June drive was counted late.',
    },
    {
      date: '2025-03-01',
      period: '2024-Q2',
      previousValue: 65,
      reason: 'error',
      explanation: 'A typing error.',
    },
  ],
});
/** Changed only by its one restatement: the restatement is the update. */
const trees = makeDataset({
  title: 'Trees & shrubs <planted>',
  observations: [{ period: '2024', value: 120 }],
  issued: '2025-01-10',
  modified: '2025-06-01',
  restatements: [
    { date: '2025-06-01', period: '2024', previousValue: 100, reason: 'error', explanation: 'x' },
  ],
});
const fresh = makeDataset({
  title: 'New',
  observations: [{ period: '2025', value: 1 }],
  issued: '2025-06-01',
  modified: '2025-06-01',
});
const datasets = [
  { id: 'blood-donations', data: blood },
  { id: 'trees', data: trees },
  { id: 'fresh', data: fresh },
];

/** Parses strictly, with namespaces: throws at the first well-formedness error. */
function strictElements(xml: string): { name: string; uri: string }[] {
  const parser = sax.parser(true, { xmlns: true });
  const elements: { name: string; uri: string }[] = [];
  parser.onopentag = (tag) => {
    if ('uri' in tag) elements.push({ name: tag.local, uri: tag.uri });
  };
  parser.write(xml).close();
  return elements;
}

/** The parts of a parsed Atom feed the tests read (fast-xml-parser, attributes unprefixed). */
interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { rel: string; href: string }[];
  entry: {
    id: string;
    title: { '#text': string };
    updated: string;
    link: { href: string }[];
    category: { term: string }[];
  }[];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('data change events', () => {
  test('publication, a later update, each restatement; newest first', () => {
    expect(
      dataChanges({ site, base: '/impact/', datasets }).map(
        ({ date, kind, title, id, link }) => `${date} ${kind} | ${title} | ${id} | ${link}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "2026-01-12 updated | Updated: Units of blood collected | tag:impact.example.com,2022-04-20:data/blood-donations/modified/2026-01-12 | https://impact.example.com/impact/data/blood-donations/",
        "2025-06-01 restated | Restated: Trees & shrubs <planted>, 2024 | tag:impact.example.com,2025-01-10:data/trees/restatements/restated-2024-2025-06-01 | https://impact.example.com/impact/data/trees/#restated-2024-2025-06-01",
        "2025-06-01 published | Published: New | tag:impact.example.com,2025-06-01:data/fresh | https://impact.example.com/impact/data/fresh/",
        "2025-03-01 restated | Restated: Units of blood collected, Q2 2024 | tag:impact.example.com,2022-04-20:data/blood-donations/restatements/restated-2024-q2-2025-03-01 | https://impact.example.com/impact/data/blood-donations/#restated-2024-q2-2025-03-01",
        "2025-01-10 published | Published: Trees & shrubs <planted> | tag:impact.example.com,2025-01-10:data/trees | https://impact.example.com/impact/data/trees/",
        "2024-10-07 restated | Restated: Units of blood collected, Q2 2024 | tag:impact.example.com,2022-04-20:data/blood-donations/restatements/restated-2024-q2-2024-10-07 | https://impact.example.com/impact/data/blood-donations/#restated-2024-q2-2024-10-07",
        "2022-04-20 published | Published: Units of blood collected | tag:impact.example.com,2022-04-20:data/blood-donations | https://impact.example.com/impact/data/blood-donations/",
      ]
    `);
  });

  test('a restatement says what it replaced and what it published, as the dataset page does', () => {
    const restated = dataChanges({ site, base: '/', datasets }).filter(
      ({ kind, datasetId }) => kind === 'restated' && datasetId === 'blood-donations',
    );
    expect(restated.map(({ summary }) => summary)).toMatchInlineSnapshot(`
      [
        "Q2 2024 restated from 65 to 68 units on 1 March 2025 — correction of an error: A typing error.",
        "Q2 2024 restated from 61 to 65 units on 7 October 2024 — late data: The second day of the June drive was counted late.",
      ]
    `);
  });
});

describe('the Atom document', () => {
  const xml = dataChangesFeed({ site, base: '/impact/', datasets });
  const feed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  }).parse(xml).feed as AtomFeed;

  test('is well-formed XML whose every element is in the Atom namespace', () => {
    const elements = strictElements(xml);
    expect(elements[0]).toEqual({ name: 'feed', uri: atom });
    expect(elements.filter(({ uri }) => uri !== atom)).toEqual([]);
  });

  test('has its id, title, author, self and alternate links, and the newest event as updated', () => {
    expect(feed.id).toBe('https://impact.example.com/impact/data/changes.xml');
    expect(feed.title).toBe('Data changes · Someș Contact Center');
    expect(feed.author.name).toBe('Someș Contact Center');
    expect(feed.updated).toBe('2026-01-12T00:00:00.000Z');
    expect(feed.link).toEqual([
      { rel: 'alternate', href: 'https://impact.example.com/impact/data/' },
      { rel: 'self', href: 'https://impact.example.com/impact/data/changes.xml' },
    ]);
    expect(xml).not.toContain('<generator');
  });

  test('every entry has an id, a title, an updated date, a link and a kind', () => {
    expect(feed.entry).toHaveLength(7);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^tag:impact\.example\.com,\d{4}-\d{2}-\d{2}:data\//);
      expect(entry.title['#text']).not.toBe('');
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(entry.link[0]?.href).toMatch(/^https:\/\/impact\.example\.com\/impact\/data\//);
      expect(['published', 'updated', 'restated']).toContain(entry.category[0]?.term);
    }
    expect(new Set(feed.entry.map((entry) => entry.id)).size).toBe(7);
  });

  test('text is escaped once as HTML, so a title with & and < reads as written', () => {
    const titles = feed.entry.map((entry) => entry.title['#text']);
    expect(titles).toContain('Published: Trees &amp; shrubs &lt;planted&gt;');
  });

  test('the same content gives the same bytes at any build time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-05-05T12:00:00Z'));
    const later = dataChangesFeed({ site, base: '/impact/', datasets });
    expect(later).toBe(xml);
  });

  test('a site without datasets still gives a valid, dated feed', () => {
    const empty = dataChangesFeed({ site, base: '/', datasets: [] });
    expect(strictElements(empty)[0]).toEqual({ name: 'feed', uri: atom });
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(empty).not.toContain('<entry>');
  });
});
