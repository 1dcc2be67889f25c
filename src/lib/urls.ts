/** What a URL in author content may be, in words for messages. */
export const allowedUrls =
  'an https:// or http:// address, a mailto: address, or a path on this site';

/**
 * Why a URL written by an author (a Markdown link or image, an MDX attribute, a JSON field) may
 * not be published, or undefined when it may: the one URL rule of the project. Allowed are
 * `http:`/`https:` with a host, `mailto:`, and site-relative references (`/about/`, `#data`,
 * `../x/`). Everything else — `javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative
 * `//host` — is refused. Browsers ignore tabs, newlines and leading control characters in a
 * URL (WHATWG URL standard), so they are removed before the scheme is read: `java\tscript:` is
 * still `javascript:`.
 */
export function urlProblem(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return normalised.startsWith('//')
      ? `expected ${allowedUrls}, found "${url}" (an address without a scheme); write https://${normalised.slice(2)}`
      : undefined;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme === 'http' || scheme === 'https') {
    return URL.canParse(normalised) && new URL(normalised).hostname !== ''
      ? undefined
      : `expected ${allowedUrls}, found "${url}", which is not a valid address`;
  }
  return `expected ${allowedUrls}, found a ${scheme}: URL ("${url.length > 60 ? `${url.slice(0, 57)}…` : url}"), which could run code or hide content`;
}
