// content/redirects.json: what the check says about each mistake, the `_redirects` file, and
// a page of the previous build that disappeared without a redirect.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatReport } from '../../src/lib/content/report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { redirectsFile } from '../../src/lib/redirects.ts';
import {
  editedContent,
  fixedToday,
  reportFor,
  validSiteContent,
  type ContentEditor,
} from '../helpers/content-fixture.ts';

const redirects = (map: unknown) =>
  reportFor((c) => c.write('redirects.json', JSON.stringify(map)));

describe('redirects', () => {
  test('valid redirects pass and count as a checked file', () => {
    expect(
      redirects({ '/stories/first-job/': '/stories/first-jobs/', '/old.html': '/data/' }),
    ).toMatchInlineSnapshot(`"Content OK: 13 files checked, no problems."`);
  });

  test('an old path that is still a page, a missing target, a chain and a loop', () => {
    expect(
      redirects({
        '/stories/first-jobs/': '/data/',
        '/stories/old/': '/data/menteees/',
        '/a/': '/b/',
        '/b/': '/data/mentees/',
        '/x/': '/y/',
        '/y/': '/x/',
      }),
    ).toMatchInlineSnapshot(`
      "content/redirects.json: /stories/first-jobs/: expected an old path that is no longer a page, found "/stories/first-jobs/", which is a page of this site; remove this redirect, or the page would be hidden behind it
      content/redirects.json: /stories/old/: expected the path of a page of this site, found "/data/menteees/"; did you mean "/data/mentees/"?
      content/redirects.json: /a/: expected a new path that is not redirected itself, found "/b/", which redirects to "/data/mentees/"; write "/data/mentees/" here
      content/redirects.json: /x/: expected a new path that is not redirected itself, found "/y/", which leads back here in a loop; point each old path at a page of the site
      content/redirects.json: /y/: expected a new path that is not redirected itself, found "/x/", which leads back here in a loop; point each old path at a page of the site

      5 problems in 1 file."
    `);
  });

  test('paths that are not paths of this site', () => {
    expect(redirects({ 'https://elsewhere.example/x/': '/data/', '/old/': '/data', '/y/': 3 }))
      .toMatchInlineSnapshot(`
      "content/redirects.json: /old/: expected the path of a page, ending in / (such as "/stories/new-name/"), found "/data"
      content/redirects.json: /y/: expected a path on this site, found 3
      content/redirects.json: https://elsewhere.example/x/: expected an old path on this site starting with / (such as "/stories/new-name/"), without a host, ? or #, found "https://elsewhere.example/x/"

      3 problems in 1 file."
    `);
  });

  test('a list instead of pairs', () => {
    expect(reportFor((c) => c.write('redirects.json', '[]'))).toMatchInlineSnapshot(`
      "content/redirects.json: expected an object with "old path": "new path" pairs, found an empty list; a file holds all redirects: write its fields between { }, without [ ] around them

      1 problem in 1 file."
    `);
  });

  test('_redirects: one 301 line per redirect, under the base path', () => {
    expect(redirectsFile({ '/stories/old/': '/stories/new/', '/a.html': '/' }, '/impact/'))
      .toMatchInlineSnapshot(`
      "/impact/stories/old/ /impact/stories/new/ 301
      /impact/a.html /impact/ 301
      "
    `);
    expect(redirectsFile({}, '/')).toBe('');
  });
});

describe('pages of the previous build', () => {
  /** The report for the valid fixture after `edit`, with a previous build listing `urls`. */
  function reportAfterBuild(urls: string[], edit: (editor: ContentEditor) => void) {
    const { dir, cleanup } = editedContent(edit);
    try {
      const dist = path.join(path.dirname(dir), 'dist');
      mkdirSync(dist);
      writeFileSync(
        path.join(dist, 'sitemap-index.xml'),
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://fixture.example.com/sitemap-0.xml</loc></sitemap></sitemapindex>',
      );
      writeFileSync(
        path.join(dist, 'sitemap-0.xml'),
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`,
      );
      const { problems, files } = validateContent(dir, { today: fixedToday, previousBuild: dist });
      return formatReport(problems, files).replaceAll(path.relative(process.cwd(), dist), 'dist');
    } finally {
      cleanup();
    }
  }

  const previous = [
    'https://fixture.example.com/',
    'https://fixture.example.com/stories/first-jobs/',
    'https://fixture.example.com/data/mentees/',
  ];

  const story = readFileSync(path.join(validSiteContent, 'stories/first-jobs.mdx'), 'utf8');
  const rename = (c: ContentEditor) => {
    c.write('stories/first-jobs-with-mentors.mdx', story);
    c.remove('stories/first-jobs.mdx');
  };

  test('a renamed story without a redirect fails, naming the page to redirect to', () => {
    expect(reportAfterBuild(previous, rename)).toMatchInlineSnapshot(`
      "content/redirects.json: /stories/first-jobs/: expected a redirect for "/stories/first-jobs/", a page of the previous build (dist/sitemap-index.xml) that this build no longer publishes, found none; links to it would break. Add "/stories/first-jobs/": "/stories/first-jobs-with-mentors/" to content/redirects.json if that page replaces it

      1 problem in 1 file."
    `);
  });

  test('a renamed story with its redirect passes', () => {
    expect(
      reportAfterBuild(previous, (c) => {
        rename(c);
        c.write(
          'redirects.json',
          JSON.stringify({ '/stories/first-jobs/': '/stories/first-jobs-with-mentors/' }),
        );
      }),
    ).toMatchInlineSnapshot(`"Content OK: 13 files checked, no problems."`);
  });

  test('a story turned back into a draft needs a redirect too', () => {
    expect(
      reportAfterBuild(previous, (c) =>
        c.replace('stories/first-jobs.mdx', "location: 'Cluj-Napoca'", 'draft: true'),
      ),
    ).toMatchInlineSnapshot(`
      "content/redirects.json: /stories/first-jobs/: expected a redirect for "/stories/first-jobs/", a page of the previous build (dist/sitemap-index.xml) that this build no longer publishes, found none; links to it would break. Add "/stories/first-jobs/": "/new-path/" to content/redirects.json with the page that replaces it

      1 problem in 1 file."
    `);
  });

  test('a site that moved to another address compares nothing', () => {
    expect(
      reportAfterBuild(['https://old.example.com/stories/gone/'], () => {}),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });

  test('a misspelt pillar hides its story pages: only the misspelling is reported, not the pages', () => {
    const pillarPages = [...previous, 'https://fixture.example.com/stories/pillar/education/'];
    expect(
      reportAfterBuild(pillarPages, (c) =>
        c.json('programmes/mentoring.json', (d) => (d['pillar'] = 'educaton')),
      ),
    ).toMatchInlineSnapshot(`
      "content/programmes/mentoring.json: pillar: expected one of "education", "health", "environment", "community", found "educaton"; did you mean "education"?

      1 problem in 1 file."
    `);
    // The same pages are known to this build when the content is right.
    expect(reportAfterBuild(pillarPages, () => {})).toMatch(/^Content OK/);
  });
});
