/** What a URL in author content may be, in words for messages. */
export const allowedUrls =
  'an https:// or http:// address, a mailto: address, or a path on this site';

/** How a URL breaks the URL rule. */
type Refusal =
  /** A scheme other than http, https and mailto: `javascript:`, `data:`, `file:`… */
  | { kind: 'scheme'; scheme: string }
  /** A protocol-relative `//host/…` (or `/\host`, which browsers read the same way). */
  | { kind: 'no-scheme'; address: string }
  /** An http(s) URL that is not a valid address or has no host. */
  | { kind: 'invalid' };

/**
 * The one URL rule of the project, as data: why `url` may not be published, or undefined when
 * it may. Browsers ignore tabs, newlines and leading control characters in a URL (WHATWG URL
 * standard), so they are removed before the scheme is read: `java\tscript:` is still
 * `javascript:`. In an http(s) page a backslash counts as a slash, so `/\host` is `//host`.
 */
function refusal(url: string): Refusal | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const slashed = normalised.replace(/\\/g, '/');
    return slashed.startsWith('//') ? { kind: 'no-scheme', address: slashed.slice(2) } : undefined;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme === 'http' || scheme === 'https') {
    return URL.canParse(normalised) && new URL(normalised).hostname !== ''
      ? undefined
      : { kind: 'invalid' };
  }
  return { kind: 'scheme', scheme };
}

/**
 * Why a URL written by an author (a Markdown link or image, an MDX attribute, a JSON field) may
 * not be published, or undefined when it may: the one URL rule of the project. Allowed are
 * `http:`/`https:` with a host, `mailto:`, and site-relative references (`/about/`, `#data`,
 * `../x/`). Everything else — `javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative
 * `//host` (also written `/\host`) — is refused. Browsers ignore tabs, newlines and leading
 * control characters in a URL (WHATWG URL standard), so they are removed before the scheme is
 * read: `java\tscript:` is still `javascript:`. The message names the URL; `urlRefusalReason`
 * gives the reason alone, in the same verdict.
 */
export function urlProblem(url: string): string | undefined {
  const refused = refusal(url);
  switch (refused?.kind) {
    case undefined:
      return undefined;
    case 'no-scheme':
      return `expected ${allowedUrls}, found "${url}" (an address without a scheme); write https://${refused.address}`;
    case 'invalid':
      return `expected ${allowedUrls}, found "${url}", which is not a valid address`;
    case 'scheme':
      return `expected ${allowedUrls}, found a ${refused.scheme}: URL ("${url.length > 60 ? `${url.slice(0, 57)}…` : url}"), which could run code or hide content`;
  }
}

/**
 * The same rule and verdict as `urlProblem`, as the reason alone (`a javascript: URL could run
 * code or hide content`), for a field check that says itself what the field expects and that
 * appends what was found, as the content check does for every JSON field: every URL field
 * then refuses a URL with the same words, and names it once.
 */
export function urlRefusalReason(url: string): string | undefined {
  const refused = refusal(url);
  switch (refused?.kind) {
    case undefined:
      return undefined;
    case 'no-scheme':
      return `an address needs its scheme: write https://${refused.address}`;
    case 'invalid':
      return 'an http(s) address needs a valid host name';
    case 'scheme':
      return `a ${refused.scheme}: URL could run code or hide content`;
  }
}
