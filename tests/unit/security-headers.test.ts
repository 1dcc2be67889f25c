// The headers policy: a CSP without inline code, framing only under /embed/, `_headers` rules
// that never set one header twice for a path (hosts merge those differently), and the nginx copy
// in docs/deploy.md equal to the generated one.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  commonHeaders,
  contentSecurityPolicy,
  formatHeadersFile,
  headerRules,
  headersForPath,
  nginxLocations,
  parseHeadersFile,
  pathMatches,
} from '../../src/lib/security-headers.ts';

const layout = {
  base: '/impact/',
  folders: ['_astro', 'charts', 'data', 'oembed', 'pagefind', 'search', 'stories'],
  files: ['404.html', 'favicon.svg', 'index.html'],
};

/** A CSP as directive name → sources. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  test('allows no inline code and only the site as a source', () => {
    const policy = directives(contentSecurityPolicy({ frameAncestors: "'none'" }));
    expect(policy).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  test('allows nothing inline and nothing from elsewhere', () => {
    const policy = contentSecurityPolicy({ frameAncestors: '*' });
    expect(directives(policy)['style-src']).toBe("'self'");
    expect(policy).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|sha256-|data:|https?:/,
    );
  });
});

describe('the _headers rules', () => {
  const rules = headerRules(layout);

  test('are all under the base path', () => {
    expect(rules.map((rule) => rule.path).filter((path) => !path.startsWith('/impact/'))).toEqual(
      [],
    );
  });

  test.each([
    ['/impact/', "'none'"],
    ['/impact/stories/a-day/', "'none'"],
    ['/impact/index.html', "'none'"],
    ['/impact/search/', "'none'"],
    ['/impact/embed/chart/mentees/', '*'],
  ])('%s may be framed by %s, with one policy and the common headers', (path, ancestors) => {
    const headers = headersForPath(rules, path);
    // One policy: a second one (joined with a comma) would be enforced as well.
    expect(headers['Content-Security-Policy']).not.toContain(',');
    expect(directives(headers['Content-Security-Policy'] ?? '')['frame-ancestors']).toBe(ancestors);
    expect(headers).toMatchObject(commonHeaders);
  });

  test('set no header in two rules that match one path', () => {
    const samples = [
      '/impact/',
      '/impact/index.html',
      '/impact/404.html',
      '/impact/favicon.svg',
      ...layout.folders.map((folder) => `/impact/${folder}/x/`),
      '/impact/embed/x/',
      '/impact/no-such-page',
    ];
    const repeated = samples.flatMap((path) => {
      const names = rules
        .filter((rule) => pathMatches(rule.path, path))
        .flatMap((rule) => Object.keys(rule.headers));
      return names
        .filter((name, index) => names.indexOf(name) !== index)
        .map((name) => `${path}: ${name}`);
    });
    expect(repeated).toEqual([]);
  });

  test('cache hashed assets for a year and charts for an hour', () => {
    expect(headersForPath(rules, '/impact/_astro/x.Ab12.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersForPath(rules, '/impact/charts/mentees.svg')['Cache-Control']).toBe(
      'public, max-age=3600',
    );
    expect(headersForPath(rules, '/impact/stories/')['Cache-Control']).toBeUndefined();
  });

  test('let a chart SVG opened on its own use its inline style, font and patterns, and nothing else', () => {
    const policy = directives(
      headersForPath(rules, '/impact/charts/mentees.svg')['Content-Security-Policy'] ?? '',
    );
    expect(policy).toEqual({
      'default-src': "'none'",
      'style-src': "'unsafe-inline'",
      'font-src': 'data:',
      'img-src': 'data:',
      'frame-ancestors': "'none'",
    });
    // Pages keep the strict policy.
    expect(headersForPath(rules, '/impact/stories/')['Content-Security-Policy']).toContain(
      "style-src 'self'",
    );
  });

  test('let other sites read the open data and oEmbed answers, and nothing else', () => {
    const origin = (path: string) => headersForPath(rules, path)['Access-Control-Allow-Origin'];
    expect(origin('/impact/data/mentees.csv')).toBe('*');
    expect(origin('/impact/data/catalog.jsonld')).toBe('*');
    expect(origin('/impact/oembed/mentees.json')).toBe('*');
    expect(origin('/impact/stories/')).toBeUndefined();
    expect(origin('/impact/embed/mentees/')).toBeUndefined();
  });

  test('read back from the file as written', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  test('a header line without a path is an error naming the line', () => {
    expect(() =>
      parseHeadersFile('# headers\n  X-Frame-Options: DENY\n'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers line 2: expected "Name: value" under a path, found "X-Frame-Options: DENY"]`,
    );
  });
});

test('a site at the root gets rules from /', () => {
  const rules = headerRules({ ...layout, base: '/' });
  expect(rules.slice(0, 3).map((rule) => rule.path)).toEqual(['/*', '/', '/_astro/*']);
});

test('the nginx blocks in docs/deploy.md are the generated ones', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block =
    /<!-- nginx-headers:start -->\s*```nginx\n([\s\S]*?)\n```\s*<!-- nginx-headers:end -->/.exec(
      doc,
    )?.[1];
  expect(block).toBe(nginxLocations('/'));
});

test('nginx blocks for a base path carry the same headers as _headers there', () => {
  const text = nginxLocations('/impact/');
  const rules = headerRules(layout);
  for (const [location, path] of [
    ['/impact/', '/impact/stories/x/'],
    ['/impact/embed/', '/impact/embed/x/'],
    ['/impact/_astro/', '/impact/_astro/x.css'],
    ['/impact/charts/', '/impact/charts/x.svg'],
  ] as const) {
    const block = new RegExp(`location ${location} \\{\\n([^}]*)\\}`).exec(text)?.[1] ?? '';
    const headers = Object.fromEntries(
      [...block.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((match) => [
        match[1],
        match[2],
      ]),
    );
    expect(headers).toEqual(headersForPath(rules, path));
  }
});
