// The change feed of the open data (`/data/changes.xml`, Atom, RFC 4287): every dataset's
// publication, later updates and restatements, so partners who cite a figure learn when it
// changes. Made from the content alone, so unchanged content gives byte-identical output.
import { Feed } from 'feed';
import type { Dataset, Site } from '../../schemas/index.ts';
import { formatDate } from '../format.ts';
import { restatementHistory } from '../restatements.ts';
import { routes, withBase } from '../routes.ts';

/** What happened to a dataset: first published, changed, or one value restated. */
export type DataChangeKind = 'published' | 'updated' | 'restated';

/** One event of the feed. */
export interface DataChange {
  kind: DataChangeKind;
  /** Atom entry id, a tag URI (RFC 4151) that never changes: `tag:host,issued:data/<id>/…`. */
  id: string;
  datasetId: string;
  /** Day of the event, `YYYY-MM-DD`. */
  date: string;
  title: string;
  /** Plain text for readers (the feed escapes it as HTML). */
  summary: string;
  /** Absolute URL: the dataset page, or the restatement's entry on it. */
  link: string;
}

/** What the feed needs besides the datasets. */
export interface DataChangesInput {
  site: Pick<Site, 'name' | 'url' | 'locale' | 'contactEmail'>;
  /** Base path the site is served under (`/`, `/impact/`). */
  base: string;
  datasets: readonly { id: string; data: Dataset }[];
}

// Same-day events: the later kind of change first, as it happened after the others.
const kindOrder: Record<DataChangeKind, number> = { restated: 0, updated: 1, published: 2 };

/**
 * Every change event of `datasets`, newest first (same day: restatements, then updates, then
 * publications; then by dataset id). A dataset gives a `published` event on `issued`, an
 * `updated` event on `modified` when that is later and no restatement of the same day explains
 * it, and one `restated` event per restatement, worded as the dataset page's history
 * (`restatementHistory`) and linked to its entry there.
 */
export function dataChanges({ site, base, datasets }: DataChangesInput): DataChange[] {
  const host = new URL(site.url).hostname;
  const absolute = (path: string) => new URL(withBase(base, path), site.url).href;
  const events = datasets.flatMap(({ id, data }) => {
    const tag = (rest: string) => `tag:${host},${data.issued}:data/${id}${rest}`;
    const history = restatementHistory(data, site.locale);
    const published: DataChange = {
      kind: 'published',
      id: tag(''),
      datasetId: id,
      date: data.issued,
      title: `Published: ${data.title}`,
      summary: data.description,
      link: absolute(routes.dataset(id)),
    };
    const restatedThatDay = history.some(({ date }) => date === data.modified);
    const updated: DataChange[] =
      data.modified > data.issued && !restatedThatDay
        ? [
            {
              kind: 'updated',
              id: tag(`/modified/${data.modified}`),
              datasetId: id,
              date: data.modified,
              title: `Updated: ${data.title}`,
              summary: `Changed on ${formatDate(data.modified, site.locale)}; the dataset page has its current figures. ${data.description}`,
              link: absolute(routes.dataset(id)),
            },
          ]
        : [];
    const restated = history.map((entry): DataChange => ({
      kind: 'restated',
      id: tag(`/restatements/${entry.anchor}`),
      datasetId: id,
      date: entry.date,
      title: `Restated: ${data.title}, ${entry.subject}`,
      summary: entry.sentence,
      link: absolute(routes.datasetRestatement(id, entry.anchor)),
    }));
    return [published, ...updated, ...restated];
  });
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        b.event.date.localeCompare(a.event.date) ||
        kindOrder[a.event.kind] - kindOrder[b.event.kind] ||
        a.event.datasetId.localeCompare(b.event.datasetId) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}

/** Text as HTML: Atom `type="html"` content is markup, so `<` and `&` must be escaped once. */
const asHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The Atom 1.0 document of `dataChanges`: feed id and self link `/data/changes.xml`, alternate
 * link `/data/`, the site as author, `updated` = the newest event's day (1970-01-01 for a site
 * without datasets), so the bytes change only when the content does; no generator element.
 */
export function dataChangesFeed(input: DataChangesInput): string {
  const { site, base } = input;
  const absolute = (path: string) => new URL(withBase(base, path), site.url).href;
  const events = dataChanges(input);
  const self = absolute(routes.dataChanges);
  const feed = new Feed({
    id: self,
    title: `Data changes · ${site.name}`,
    description: `Datasets published by ${site.name}, their updates and every restatement of a published value.`,
    link: absolute(routes.data),
    feedLinks: { atom: self },
    updated: day(events[0]?.date ?? '1970-01-01'),
    generator: false,
    author: { name: site.name, email: site.contactEmail, link: absolute(routes.home) },
  });
  for (const event of events) {
    feed.addItem({
      id: event.id,
      title: asHtml(event.title),
      link: event.link,
      date: day(event.date),
      ...(event.kind === 'published' ? { published: day(event.date) } : {}),
      content: asHtml(event.summary),
      category: [{ term: event.kind }],
    });
  }
  return feed.atom1();
}
