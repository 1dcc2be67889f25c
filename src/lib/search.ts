/** Sections whose pages each show one item (`/stories/<slug>/`); the section page lists them. */
export const itemSections = ['stories', 'programmes', 'partners', 'data'] as const;

/** Top-level folders of the build output that hold no page a reader searches for. */
export const unsearchedFolders = [
  '_astro',
  'charts',
  'embed',
  'pagefind',
  'search',
  'social',
] as const;

/**
 * Whether a built page is worth finding: a page with content of its own (the home page, a
 * story, programme, partner or dataset, a content page such as `about/`), not a list of other
 * pages (`stories/`, `stories/tag/trees/`, `data/pillar/health/`), whose cards would repeat every
 * item's words as one more result. Nor the 404 page, the search page, embeds or charts.
 * @param file the page's path in the build output, `/`-separated (`stories/a-day/index.html`)
 * @example searchablePage('data/trees-planted/index.html') === true
 * @example searchablePage('data/pillar/health/index.html') === false
 */
export function searchablePage(file: string): boolean {
  const parts = file.split('/');
  if (parts.at(-1) !== 'index.html') return false;
  const [folder = '', ...rest] = parts.slice(0, -1);
  const sections: readonly string[] = itemSections;
  const unsearched: readonly string[] = unsearchedFolders;
  if (folder === '') return true;
  if (unsearched.includes(folder)) return false;
  // Content pages are one level deep; items one level inside their section.
  if (rest.length === 0) return !sections.includes(folder);
  return rest.length === 1 && sections.includes(folder);
}

/**
 * What a search result is, from its URL below the base path: `/stories/<slug>/` is a story; the
 * section pages themselves (`/stories/`) and other pages have no kind.
 */
export function resultKind(url: string, base: string): string | undefined {
  const inside = url.startsWith(base) ? url.slice(base.length) : url;
  const [folder = '', id] = inside.split('/').filter(Boolean);
  if (id === undefined) return undefined;
  return (
    { stories: 'Story', programmes: 'Programme', partners: 'Partner', data: 'Dataset' } as Record<
      string,
      string
    >
  )[folder];
}

/**
 * The live summary of a search, one sentence: `3 results for “blood”.`, `40 results for “a”, the
 * first 20 shown.`, `No results for “xyz”. Try …`
 * @param shown how many results the page lists (at most `count`)
 */
export function resultSummary(count: number, query: string, shown = count): string {
  const quoted = `“${query}”`;
  if (count === 0)
    return `No results for ${quoted}. Try another word, or browse the stories and datasets.`;
  const more = shown < count ? `, the first ${shown} shown` : '';
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}${more}.`;
}

/** One run of an excerpt: plain text, or text Pagefind marked as matching the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** The characters Pagefind escapes in excerpts, and named references a page may hold. */
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text with HTML character references (`&amp;`, `&#39;`, `&#x2019;`) resolved. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? reference;
  });
}

/**
 * A Pagefind excerpt (HTML text with `<mark>` around matches) as runs of plain text, so the page
 * can show it with text nodes and `<mark>` elements only: any other tag in it stays text, never
 * markup. Unbalanced marks end at the next `</mark>` or the end.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** Elements a browser shows as blocks or cells: their text never runs on into the next one's. */
const blockTags =
  'address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|summary|table|td|th|tr|ul';
const blockEdge = new RegExp(`</(?:${blockTags})>|<(?:${blockTags})\\b`, 'gi');

/**
 * A page's HTML as the search index should read it: a space around every block or table cell
 * (before its start tag, after its end tag). Astro's HTML compression leaves none between `</dd><dd>` or `</td><td>`, and
 * Pagefind joins such neighbours' text into one word ("planted2022", "202587.9%"). The page
 * itself is served unchanged.
 * @example spacedForIndex('<dd>a</dd><dd>b</dd>') === ' <dd>a</dd>  <dd>b</dd> '
 */
export function spacedForIndex(html: string): string {
  return html.replace(blockEdge, (tag) => (tag.startsWith('</') ? `${tag} ` : ` ${tag}`));
}
