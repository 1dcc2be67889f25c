/**
 * The HTTP headers the built site is served with: one policy, written as a `_headers` file
 * (Netlify, Cloudflare Pages) by `src/integrations/security-headers.ts` and as an nginx snippet
 * in docs/deploy.md (a unit test keeps the two equal to what this module generates).
 */

/** One rule of a `_headers` file: a URL path pattern and the headers of responses to it. */
export interface HeaderRule {
  /** Path pattern: an exact path (`/impact/`) or a prefix ending in a splat (`/impact/data/*`). */
  path: string;
  /** Header name → value, in the order they are written. */
  headers: Record<string, string>;
}

/** The folder (under the base path) whose pages other sites may show in a frame. */
export const embedFolder = 'embed';

/** Where Astro writes hashed, never-changing scripts and stylesheets. */
export const assetFolder = '_astro';

/** Where chart pictures live: fixed names (linked by partners) next to hashed ones. */
export const chartFolder = 'charts';

/**
 * Features no page uses, turned off for the page and every frame in it (Permissions-Policy,
 * https://www.w3.org/TR/permissions-policy/). `interest-cohort` opts out of FLoC.
 */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
] as const;

/**
 * Folders whose files other sites' scripts may read (`Access-Control-Allow-Origin: *`): the open
 * data and the oEmbed answers are public, and a partner's dashboard or an oEmbed consumer in the
 * browser fetches them across origins. Pages elsewhere need no such permission.
 */
export const openDataFolders = ['data', 'oembed'] as const;

/** Cache-Control values: hashed file names never change; chart names stay while data changes. */
export const cacheControl = {
  /** `/_astro/` files: a new build writes new names, so a copy can be kept for a year. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * `/charts/`: partners link to fixed names (`mentees.svg`) whose picture changes with the
   * data; an hour bounds how long a corrected figure can show its old value.
   */
  charts: 'public, max-age=3600',
} as const;

/** Options of the Content-Security-Policy. */
export interface PolicyOptions {
  /**
   * Who may show the page in a frame: `'none'` everywhere but `/embed/`, where any site may
   * (`*`).
   */
  frameAncestors: "'none'" | '*';
}

/**
 * The Content-Security-Policy (CSP Level 3): everything from the site itself and nothing
 * inline. Pagefind compiles its WebAssembly search engine, which needs `'wasm-unsafe-eval'`
 * (it allows WebAssembly compilation only, not `eval`). Images, fonts, styles and fetches are
 * same-origin only, with no `data:` URLs: the site ships none.
 */
export function contentSecurityPolicy({ frameAncestors }: PolicyOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * The Content-Security-Policy of chart files. A chart SVG opened on its own (the "Chart as SVG"
 * download, a partner's link) is a document that styles itself: an inline `<style>` with its
 * colour schemes, its font subset and its hatch patterns as `data:` URLs. It has no script and
 * loads nothing else, so everything but that stays forbidden.
 */
export const chartFilePolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "frame-ancestors 'none'",
].join('; ');

/** Headers that are the same on every response, whatever the path. */
export const commonHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
};

/** The base path with one slash at each end (`/`, `/impact/`). */
function normalisedBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The headers of one top-level folder or file that differ from path to path. */
function entryHeaders(name: string) {
  const headers: Record<string, string> = {
    'Content-Security-Policy':
      name === chartFolder
        ? chartFilePolicy
        : contentSecurityPolicy({ frameAncestors: name === embedFolder ? '*' : "'none'" }),
  };
  if (name === assetFolder) headers['Cache-Control'] = cacheControl.immutable;
  if (name === chartFolder) headers['Cache-Control'] = cacheControl.charts;
  if ((openDataFolders as readonly string[]).includes(name))
    headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}

/** What `headerRules` is built from. */
export interface SiteLayout {
  /** The path the site is served under (`/` or `/impact/`). */
  base: string;
  /** Folders at the top of the build output (`stories`, `_astro`…), without slashes. */
  folders: readonly string[];
  /** Files at the top of the build output (`index.html`, `404.html`, `favicon.svg`). */
  files: readonly string[];
}

/**
 * The `_headers` rules of a built site. Netlify and Cloudflare Pages apply every rule whose
 * path matches; Cloudflare joins two values of one header with a comma (for a CSP: two policies,
 * both enforced, so `frame-ancestors 'none'` would win over `*`), and Netlify lets one replace
 * the other. So no header appears in two rules that can match one path: the headers common to
 * every path sit in `<base>*`, and those that differ (the CSP, Cache-Control) in one rule per
 * top-level folder or file, which never overlap. `/embed/*` always has its rule.
 */
export function headerRules({ base, folders, files }: SiteLayout): HeaderRule[] {
  const root = normalisedBase(base);
  const folderNames = [...new Set([...folders, embedFolder])].sort();
  return [
    { path: `${root}*`, headers: { ...commonHeaders } },
    { path: root, headers: entryHeaders('') },
    ...folderNames.map((name) => ({
      path: `${root}${name}/*`,
      headers: entryHeaders(name),
    })),
    ...[...files].sort().map((name) => ({ path: `${root}${name}`, headers: entryHeaders(name) })),
  ];
}

/** Rules as the text of a `_headers` file (two-space indented `Name: value` lines). */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join(
      '\n',
    ),
  );
  return `# Security and cache headers for Netlify and Cloudflare Pages (docs/deploy.md).\n${blocks.join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file: a line starting with `/` opens a rule, indented `Name: value` lines
 * add headers, `#` lines are comments.
 * @throws Error naming the line when a header line comes before any path or has no colon.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: {} });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 1)
      throw new Error(
        `_headers line ${index + 1}: expected "Name: value" under a path, found "${trimmed}"`,
      );
    rule.headers[trimmed.slice(0, colon).trim()] = trimmed.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a rule's path pattern matches a URL path (`*` matches anything, slashes too). */
export function pathMatches(pattern: string, urlPath: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(urlPath);
}

/**
 * The headers of a response to `urlPath` as Cloudflare Pages computes them: every matching rule,
 * in file order, two values of one header joined with `, `.
 */
export function headersForPath(
  rules: readonly HeaderRule[],
  urlPath: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const previous = headers[name];
      headers[name] = previous === undefined ? value : `${previous}, ${value}`;
    }
  }
  return headers;
}

/** The nginx `add_header` lines of one location. */
function addHeaderLines(headers: Record<string, string>): string[] {
  // `always`: error pages (the 404 page) get the headers too.
  return Object.entries(headers).map(
    ([name, value]) => `    add_header ${name} "${value}" always;`,
  );
}

/**
 * The same policy as nginx `location` blocks for a site under `base`. nginx picks the longest
 * matching prefix and a location's `add_header` lines replace the server's, so each location
 * repeats the common headers.
 */
export function nginxLocations(base: string): string {
  const root = normalisedBase(base);
  const locations: [string, string][] = [
    [root, ''],
    [`${root}${embedFolder}/`, embedFolder],
    [`${root}${assetFolder}/`, assetFolder],
    [`${root}${chartFolder}/`, chartFolder],
    ...openDataFolders.map((name): [string, string] => [`${root}${name}/`, name]),
  ];
  return locations
    .map(([location, name]) =>
      [
        `location ${location} {`,
        ...addHeaderLines({ ...commonHeaders, ...entryHeaders(name) }),
        '}',
      ].join('\n'),
    )
    .join('\n');
}
