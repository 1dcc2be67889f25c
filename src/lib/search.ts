/** Top-level folders of the build output that hold no page a reader searches for. */
export const unsearchedFolders = ['_astro', 'charts', 'embed', 'pagefind', 'search'] as const;

/**
 * The Pagefind glob (relative to the build output) of the pages worth finding: the home page
 * and every page in the content folders, not the 404 page, the search page or embeds.
 * @param folders top-level folder names of the build output (`stories`, `data`…)
 * @example searchableGlob(['data', 'search']) === '{index.html,data/**\/*.html}'
 */
export function searchableGlob(folders: readonly string[]): string {
  const unsearched: readonly string[] = unsearchedFolders;
  const searched = folders.filter((name) => !unsearched.includes(name)).sort();
  return `{${['index.html', ...searched.map((name) => `${name}/**/*.html`)].join(',')}}`;
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
