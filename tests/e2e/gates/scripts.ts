import type { Page } from 'playwright-core';

/**
 * Inline scripts the site writes itself, by their exact (trimmed) text. None today: the built
 * site has no inline script at all (charts are pictures; a page with an interactive chart loads
 * its script from `/_astro/`). Add the text of a new one here when the site gains one.
 */
export const siteInlineScripts: readonly string[] = [];

/** Where the site's own bundled scripts are served from. */
export const siteScriptPath = '/_astro/';

/** Attributes whose value is an address a browser follows, loads or submits to. */
export const urlAttributes = [
  'href',
  'src',
  'action',
  'formaction',
  'srcset',
  'imagesrcset',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
  'longdesc',
  'manifest',
  'codebase',
];

/**
 * Schemes that run script or show a document of their own making. The site ships no `data:`
 * URL, not even an image, so none is allowed.
 */
export const scriptSchemes = ['javascript', 'vbscript', 'data'];

/** Elements that embed another document, which may run script of its own. */
const embeddingElements = ['object', 'embed', 'applet', 'frame'];

/** What the browser shows of one element that might run script. */
export interface ElementFacts {
  tag: string;
  attributes: [name: string, value: string][];
  /** Text of a script element. */
  text: string;
}

/** Everything on a loaded page that might run script, with the address scripts resolve against. */
export interface ScriptSurface {
  baseUri: string;
  elements: ElementFacts[];
}

/** Collects, from the page as Chromium built it (shadow roots too), what might run script. */
export function scriptSurface(page: Page): Promise<ScriptSurface> {
  return page.evaluate(
    ({ urlNames, embedding }) => {
      const elements: ElementFacts[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root !== undefined; root = roots.pop()) {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot !== null) roots.push(element.shadowRoot);
          const tag = element.localName;
          const attributes = [...element.attributes].map((attribute): [string, string] => [
            attribute.name,
            attribute.value,
          ]);
          const relevant =
            tag === 'script' ||
            tag === 'iframe' ||
            tag === 'meta' ||
            embedding.includes(tag) ||
            attributes.some(
              ([name]) =>
                name.toLowerCase().startsWith('on') || urlNames.includes(name.toLowerCase()),
            );
          if (relevant)
            elements.push({
              tag,
              attributes,
              text: tag === 'script' ? element.textContent : '',
            });
        }
      }
      return { baseUri: document.baseURI, elements };
    },
    { urlNames: urlAttributes, embedding: embeddingElements },
  );
}

/** A URL's scheme as a browser reads it: tabs and newlines dropped, leading controls too. */
export function browserScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- what browsers drop before reading the scheme
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(normalised)?.[1]?.toLowerCase();
}

/** Text cut to 60 characters. */
const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
/** An inline script's text, on one line. */
const shorten = (text: string) => cut(text.replace(/\s+/g, ' ').trim());
/** An attribute value as a quoted string, with tabs and newlines shown (`"java\tscript:"`). */
const quoted = (value: string) => JSON.stringify(cut(value));

/**
 * The URLs in one attribute value: the value, or each candidate of a `srcset`, read as the HTML
 * standard reads it (a URL is a run of non-space characters and may itself hold commas).
 */
function urlsIn(name: string, value: string): string[] {
  if (name !== 'srcset' && name !== 'imagesrcset') return [value];
  const urls: string[] = [];
  const candidate = /[\s,]*(\S+)/y;
  for (let match = candidate.exec(value); match !== null; match = candidate.exec(value)) {
    const url = match[1] ?? '';
    urls.push(url.replace(/,+$/, ''));
    // Descriptors (`2x`, `480w`) run to the next comma, unless the URL ended with one.
    if (!url.endsWith(',')) {
      const comma = value.indexOf(',', candidate.lastIndex);
      candidate.lastIndex = comma === -1 ? value.length : comma;
    }
  }
  return urls.filter((url) => url !== '');
}

/** Why a script element is not the site's own, or undefined when it is. */
function foreignScript(element: ElementFacts, baseUri: string, origin: string): string | undefined {
  const attribute = (name: string) =>
    element.attributes.find(([key]) => key.toLowerCase() === name)?.[1];
  const type = (attribute('type') ?? '').trim().toLowerCase();
  if (type === 'application/ld+json') return undefined;
  const src = attribute('src') ?? attribute('href') ?? attribute('xlink:href');
  if (src !== undefined) {
    const url = URL.canParse(src, baseUri) ? new URL(src, baseUri) : undefined;
    return url !== undefined && url.origin === origin && url.pathname.startsWith(siteScriptPath)
      ? undefined
      : `<script src=${quoted(src)}>: a script that is not the site's own (expected one under ${siteScriptPath} on this site)`;
  }
  return siteInlineScripts.includes(element.text.trim())
    ? undefined
    : `<script> ${JSON.stringify(shorten(element.text))}: an inline script that is not the site's own`;
}

/**
 * Every way a page could run script it should not, from what `scriptSurface` collected: inline
 * event handlers (`on*`), URLs with a script scheme (`javascript:`, `vbscript:`, `data:`) in any
 * address attribute, `<meta http-equiv=refresh>` to one, scripts that are not the site's own
 * (same-origin under `/_astro/`, JSON-LD, or an inline script in `siteInlineScripts`), frames
 * with a `srcdoc` document and embedded objects.
 */
export function unsafeScriptProblems(surface: ScriptSurface, origin: string): string[] {
  const problems: string[] = [];
  for (const element of surface.elements) {
    const { tag } = element;
    for (const [name, value] of element.attributes) {
      const key = name.toLowerCase();
      if (key.startsWith('on'))
        problems.push(`<${tag} ${name}=${quoted(value)}>: an inline event handler`);
      if (urlAttributes.includes(key))
        for (const url of urlsIn(key, value)) {
          const scheme = browserScheme(url);
          if (scheme !== undefined && scriptSchemes.includes(scheme))
            problems.push(`<${tag} ${name}=${quoted(url)}>: a ${scheme}: URL`);
        }
      if (tag === 'iframe' && key === 'srcdoc')
        problems.push(`<iframe srcdoc=${quoted(value)}>: a frame with a document of its own`);
    }
    const attribute = (wanted: string) =>
      element.attributes.find(([key]) => key.toLowerCase() === wanted)?.[1] ?? '';
    if (tag === 'meta' && attribute('http-equiv').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]*)/i.exec(attribute('content'))?.[1] ?? '';
      const scheme = browserScheme(target);
      if (scheme !== undefined && scriptSchemes.includes(scheme))
        problems.push(
          `<meta http-equiv="refresh" content=${quoted(attribute('content'))}>: a ${scheme}: URL`,
        );
    }
    if (embeddingElements.includes(tag)) problems.push(`<${tag}>: an embedded object or frame`);
    if (tag === 'script') {
      const problem = foreignScript(element, surface.baseUri, origin);
      if (problem !== undefined) problems.push(problem);
    }
  }
  return problems;
}

/** Loads `url` in `page` and lists everything on it that could run script it should not. */
export async function findUnsafeScript(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  return unsafeScriptProblems(await scriptSurface(page), new URL(url).origin);
}
