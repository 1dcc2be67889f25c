// Progressive enhancement of the data catalogue (`DataCatalogue.astro`): a filter link filters
// the list in place instead of loading its static page, the address, heading, lead and title
// become that page's (so it can be shared, Back works and the page says what it shows), and the
// live region announces the new count. Without this script every filter link simply opens its
// static page.

/** Whether an item's `data-<facet>` keys include the filter's value (`"pillar:health"`). */
function passes(item: HTMLElement, filter: string): boolean {
  if (filter === '') return true;
  const [facet = '', value = ''] = filter.split(':');
  return (item.dataset[facet] ?? '').split(' ').includes(value);
}

/** Wires the catalogue on this page, if there is one. */
export function enhanceCatalogue(): void {
  const root = document.querySelector<HTMLElement>('[data-catalogue]');
  const count = root?.querySelector<HTMLElement>('[data-count]');
  if (!root || !count) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
  const items = [...root.querySelectorAll<HTMLElement>('li[data-verification]')];
  // The page header (`PageHeader.astro`): the heading, and the lead right after it.
  const heading = document.querySelector<HTMLElement>('main h1');
  const lead =
    heading?.nextElementSibling instanceof HTMLParagraphElement ? heading.nextElementSibling : null;
  // The title is the heading, then the site's name (`BaseLayout.astro`): keep what follows.
  const titleEnd =
    heading && document.title.startsWith(heading.textContent)
      ? document.title.slice(heading.textContent.length)
      : '';

  /** The heading, lead and title of the filter's static page, from its link's `data-*`. */
  const describe = (link: HTMLAnchorElement | undefined) => {
    const words = link?.dataset['heading'];
    if (heading && words !== undefined) {
      heading.textContent = words;
      document.title = `${words}${titleEnd}`;
    }
    if (lead && link?.dataset['lead'] !== undefined) lead.textContent = link.dataset['lead'];
  };

  const apply = (filter: string) => {
    let shown = 0;
    for (const item of items) {
      const keep = passes(item, filter);
      item.hidden = !keep;
      if (keep) shown += 1;
    }
    for (const link of links) {
      if (link.dataset['filter'] === filter) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    describe(links.find((link) => link.dataset['filter'] === filter));
    const words = shown === 1 ? count.dataset['one'] : count.dataset['many'];
    count.textContent = (words ?? '{n}').replace('{n}', String(shown));
  };

  for (const link of links) {
    link.addEventListener('click', (event) => {
      // A new tab or window keeps the link's own behaviour.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      const filter = link.dataset['filter'] ?? '';
      apply(filter);
      history.pushState({ filter }, '', link.href);
    });
  }

  window.addEventListener('popstate', () => {
    const link = links.find((candidate) => candidate.pathname === location.pathname);
    apply(link?.dataset['filter'] ?? '');
  });
}
