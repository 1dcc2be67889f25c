// The one URL rule (src/lib/urls.ts) and the JSON URL fields that follow it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { parseWithProblems } from '../../src/lib/content/zod-issues.ts';
import { allowedUrls, urlProblem, urlRefusalReason } from '../../src/lib/urls.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { httpUrlSchema, urlSchema } from '../../src/schemas/common.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const allowed = [
  'https://example.org',
  'http://example.org/reports/2025.pdf?page=2#totals',
  'HTTPS://Example.ORG/',
  'https://example.org:8443/x',
  'mailto:csr@example.com',
  'MailTo:csr@example.com?subject=Figures',
  '/x/',
  '/about/',
  '#a',
  '../x',
  './data/trees/',
  'data/trees/',
  '?period=2025',
];

const refusedSchemes: [string, string][] = [
  ['javascript:alert(1)', 'javascript'],
  ['JaVaScRiPt:alert(document.domain)', 'javascript'],
  ['javascript://example.org/%0Aalert(1)', 'javascript'],
  ['data:text/html,<script>alert(1)</script>', 'data'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
  ['data:image/svg+xml,<svg onload="alert(1)"/>', 'data'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['file:///etc/passwd', 'file'],
  ['ftp://example.org/file', 'ftp'],
  ['blob:https://example.org/1234', 'blob'],
  // Browsers drop tabs and newlines anywhere and control characters or spaces in front.
  ['java\tscript:alert(1)', 'javascript'],
  ['java\nscript:alert(1)', 'javascript'],
  ['jav\r\nascript:alert(1)', 'javascript'],
  ['\tjavascript:alert(1)', 'javascript'],
  ['  javascript:alert(1)', 'javascript'],
  ['\u0000javascript:alert(1)', 'javascript'],
  ['\u0001\u001fjavascript:alert(1)', 'javascript'],
  [' \n data:text/html,x', 'data'],
];

const refusedOthers = [
  '//evil.example/x.js',
  '//evil.example',
  '/\\evil.example/',
  '\\\\evil.example/',
  '/\t/evil.example/',
  '  //evil.example/',
  'http://',
  'https://',
  'http:// /x',
  'https://exa mple.org/',
];

describe('urlProblem, the one URL rule', () => {
  test.each(allowed)('allows %j', (url) => {
    expect(urlProblem(url)).toBeUndefined();
    expect(urlRefusalReason(url)).toBeUndefined();
  });

  test.each(refusedSchemes)('refuses %j as a %s: URL', (url, scheme) => {
    expect(urlProblem(url)).toMatch(
      new RegExp(
        `^expected ${allowedUrls}, found a ${scheme}: URL \\(".*"\\), which could run code or hide content$`,
        's',
      ),
    );
    expect(urlRefusalReason(url)).toBe(`a ${scheme}: URL could run code or hide content`);
  });

  test.each(refusedOthers)('refuses %j', (url) => {
    expect(urlProblem(url)).toMatch(new RegExp(`^expected ${allowedUrls}, found "`));
    expect(urlRefusalReason(url)).toBeDefined();
  });

  test('says what a refused URL is, and how to fix an address without a scheme', () => {
    expect(urlProblem('javascript:alert(1)')).toBe(
      'expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL ("javascript:alert(1)"), which could run code or hide content',
    );
    expect(urlProblem(`javascript:${'x'.repeat(100)}`)).toContain(
      `("javascript:${'x'.repeat(46)}…")`,
    );
    expect(urlProblem('//cdn.example.org/report.pdf')).toBe(
      'expected an https:// or http:// address, a mailto: address, or a path on this site, found "//cdn.example.org/report.pdf" (an address without a scheme); write https://cdn.example.org/report.pdf',
    );
    expect(urlProblem('/\\evil.example/x')).toMatch(/; write https:\/\/evil\.example\/x$/);
    expect(urlProblem('http://')).toBe(
      'expected an https:// or http:// address, a mailto: address, or a path on this site, found "http://", which is not a valid address',
    );
    expect(urlRefusalReason('//cdn.example.org/a')).toBe(
      'an address needs its scheme: write https://cdn.example.org/a',
    );
    expect(urlRefusalReason('http://')).toBe('an http(s) address needs a valid host name');
  });
});

const json = (file: string) =>
  JSON.parse(readFileSync(`tests/fixtures/valid-site/content/${file}`, 'utf8')) as Record<
    string,
    unknown
  >;
const absolute = 'expected an absolute http(s) URL such as "https://example.org"';

describe('httpUrlSchema: the URL rule, then an absolute http(s) address', () => {
  test.each(['https://example.org', 'http://example.org/a/b?c=d#e', 'HTTPS://EXAMPLE.ORG/x'])(
    'accepts %j',
    (url) => {
      expect(httpUrlSchema.safeParse(url)).toEqual({ success: true, data: url });
    },
  );

  test.each([
    ['javascript:alert(1)', `${absolute} (a javascript: URL could run code or hide content)`],
    ['JaVaScRiPt:alert(1)', `${absolute} (a javascript: URL could run code or hide content)`],
    ['java\tscript:alert(1)', `${absolute} (a javascript: URL could run code or hide content)`],
    [' javascript:alert(1)', `${absolute} (a javascript: URL could run code or hide content)`],
    ['data:text/html,<b>x</b>', `${absolute} (a data: URL could run code or hide content)`],
    ['vbscript:msgbox(1)', `${absolute} (a vbscript: URL could run code or hide content)`],
    ['file:///etc/passwd', `${absolute} (a file: URL could run code or hide content)`],
    ['//example.org/x', `${absolute} (an address needs its scheme: write https://example.org/x)`],
    ['http://', `${absolute} (an http(s) address needs a valid host name)`],
    // Allowed by the URL rule, but not an address that stands on its own.
    ['mailto:csr@example.com', absolute],
    ['/about/', absolute],
    ['#data', absolute],
    ['example.org', absolute],
    [' https://example.org', absolute],
    ['https://example.org/a b', absolute],
    ['https://localhost/', absolute],
  ])('refuses %j with one issue', (url, message) => {
    const result = httpUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  test('a missing URL is asked for', () => {
    expect(httpUrlSchema.safeParse(undefined).error?.issues.map((issue) => issue.message)).toEqual([
      absolute,
    ]);
  });

  test('urlSchema is the URL rule alone', () => {
    for (const url of allowed) expect(urlSchema.safeParse(url).success).toBe(true);
    expect(urlSchema.safeParse('javascript:alert(1)').error?.issues[0]?.message).toBe(
      `expected ${allowedUrls} (a javascript: URL could run code or hide content)`,
    );
  });
});

describe('every URL field of a JSON file', () => {
  const fields = [
    {
      name: 'partner website',
      schema: partnerSchema,
      file: 'content/partners/youth-ngo.json',
      path: 'website',
      with: (url: string) => ({ ...json('partners/youth-ngo.json'), website: url }),
    },
    {
      name: 'dataset source url',
      schema: datasetSchema,
      file: 'content/datasets/recycling.json',
      path: 'sources[0].url',
      with: (url: string) => {
        const dataset = json('datasets/recycling.json');
        return { ...dataset, sources: [{ label: 'Slips', type: 'partner-records', url }] };
      },
    },
    {
      name: 'verification statementUrl',
      schema: datasetSchema,
      file: 'content/datasets/recycling.json',
      path: 'verification.statementUrl',
      with: (url: string) => ({
        ...json('datasets/recycling.json'),
        verification: { level: 'self-reported', statementUrl: url },
      }),
    },
    {
      name: 'site url',
      schema: siteSchema,
      file: 'content/site.json',
      path: 'url',
      with: (url: string) => ({ ...json('site.json'), url }),
    },
  ];

  test.each(fields)('$name accepts an https address', (field) => {
    expect(field.schema.safeParse(field.with('https://example.org/x')).success).toBe(true);
  });

  test.each(fields)(
    '$name refuses a javascript: URL with the same message, naming the URL once',
    (field) => {
      const result = parseWithProblems(
        field.schema,
        field.with('javascript:alert(document.domain)'),
        field.file,
      );
      expect(result.problems.map(formatProblem)).toEqual([
        `${field.file}: ${field.path}: ${absolute} (a javascript: URL could run code or hide content), found "javascript:alert(document.domain)"`,
      ]);
    },
  );

  test.each(fields)('$name refuses an obfuscated scheme and a data: URL', (field) => {
    for (const [url, reason] of [
      ['java\tscript:alert(1)', 'a javascript: URL could run code or hide content'],
      ['data:text/html,x', 'a data: URL could run code or hide content'],
      ['//example.org/x', 'an address needs its scheme: write https://example.org/x'],
    ] as const) {
      const { problems } = parseWithProblems(field.schema, field.with(url), field.file);
      expect(problems.map((problem) => problem.message)).toEqual([
        `${absolute} (${reason}), found ${JSON.stringify(url)}`,
      ]);
    }
  });

  test('site url keeps its own rule on top: https only', () => {
    const { problems } = parseWithProblems(
      siteSchema,
      { ...json('site.json'), url: 'http://fixture.example.com' },
      'content/site.json',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/site.json: url: expected an https:// address, found "http://fixture.example.com"',
    ]);
  });
});
