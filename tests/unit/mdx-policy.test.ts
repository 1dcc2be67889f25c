// What authors may write in MDX: content, never code. Each refusal names the line.
import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { remarkContentPolicy } from '../../src/integrations/mdx-policy.ts';
import { reportFor } from '../helpers/content-fixture.ts';

const story = 'stories/first-jobs.mdx';
const page = 'pages/about.mdx';

/** The check's report for the fixture story with `text` added at its end (line 42 on). */
const withText = (text: string) =>
  reportFor((c) => c.replace(story, '## Why we mentor', `## Why we mentor\n\n${text}\n`));

describe('nothing an author writes runs as code', () => {
  test('an expression that would publish the build machine’s environment', () => {
    expect(withText('Build host: {process.env.HOME}')).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: {expression}: expected text, found a JavaScript expression {process.env.HOME}; write the text itself, use <KeyFigure> for a number, or write \\{ for a literal brace

      1 problem in 1 file."
    `);
  });

  test('import and export lines', () => {
    expect(
      withText(
        "import { readFileSync } from 'node:fs'\n\nexport const secret = readFileSync('/etc/passwd', 'utf8')",
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: import: expected Markdown and author components only, found an import statement; remove the line (author components need no import)
      content/stories/first-jobs.mdx:16: export: expected Markdown and author components only, found an export statement; remove the line

      2 problems in 1 file."
    `);
  });

  test('elements that load or run content', () => {
    expect(
      withText(
        [
          '<script>alert(1)</script>',
          '<style>{"body{display:none}"}</style>',
          '<iframe src="https://example.com" />',
          '<object data="x.swf" />',
          '<embed src="x.swf" />',
          '<form action="https://example.com"><input name="q" /></form>',
        ].join('\n\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <script>: expected text, links and pictures only, found <script>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:16: <style>: expected text, links and pictures only, found <style>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:16: {expression}: expected text, found a JavaScript expression {"body{display:none}"}; write the text itself, use <KeyFigure> for a number, or write \\{ for a literal brace
      content/stories/first-jobs.mdx:18: <iframe>: expected text, links and pictures only, found <iframe>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:20: <object>: expected text, links and pictures only, found <object>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:22: <embed>: expected text, links and pictures only, found <embed>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:24: <form>: expected text, links and pictures only, found <form>, which can load or run content; stories and pages cannot contain it
      content/stories/first-jobs.mdx:24: <input>: expected text, links and pictures only, found <input>, which can load or run content; stories and pages cannot contain it

      8 problems in 1 file."
    `);
  });

  test('event handlers and URLs that run script, in HTML and in Markdown', () => {
    expect(
      withText(
        [
          '<a href="javascript:alert(document.domain)">guide</a>',
          '<img src="x.png" alt="" onerror="alert(1)" />',
          '[guide](javascript:alert(1)) and ![x](data:image/svg+xml;base64,PHN2Zz4=)',
          '[ref][1]\n\n[1]: vbscript:msgbox(1)',
          '<a href=" java\tscript:alert(1)">tab</a>',
        ].join('\n\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <a>: href: expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL ("javascript:alert(document.domain)"), which could run code or hide content
      content/stories/first-jobs.mdx:16: <img>: expected a Markdown image, found <img>; write ![what the image shows](./photo.jpg), which is resized and checked
      content/stories/first-jobs.mdx:18: link: expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL ("javascript:alert(1)"), which could run code or hide content
      content/stories/first-jobs.mdx:18: image: expected an https:// or http:// address, a mailto: address, or a path on this site, found a data: URL ("data:image/svg+xml;base64,PHN2Zz4="), which could run code or hide content
      content/stories/first-jobs.mdx:22: link: expected an https:// or http:// address, a mailto: address, or a path on this site, found a vbscript: URL ("vbscript:msgbox(1)"), which could run code or hide content
      content/stories/first-jobs.mdx:24: <a>: href: expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL (" java	script:alert(1)"), which could run code or hide content

      6 problems in 1 file."
    `);
  });

  test('attribute expressions, spreads and fragments', () => {
    expect(
      withText(
        [
          '<KeyFigure dataset={"mentees"} period="2024" label="x" series="completed" />',
          '<div {...{ id: "x" }}>spread</div>',
          '<>fragment</>',
        ].join('\n\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <KeyFigure>: dataset: expected a plain "text" value, found an {expression}; write dataset="…"
      content/stories/first-jobs.mdx:16: <div>: expected attributes written name="value", found a spread {…}
      content/stories/first-jobs.mdx:18: <>: expected a named element, found a fragment (<>…</>)

      3 problems in 1 file."
    `);
  });

  test('an unknown lowercase tag gets the did-you-mean capitalised typos get', () => {
    expect(
      withText(
        '<keyfigure dataset="mentees" period="2024" label="x" /> and <centre>x</centre> and <h1>Title</h1>',
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <keyfigure>: unknown element <keyfigure>; did you mean <KeyFigure>? Author components start with a capital letter
      content/stories/first-jobs.mdx:14: <centre>: unknown element <centre>; see the allowed elements in docs/content-model.md
      content/stories/first-jobs.mdx:14: <h1>: expected headings from ## (h2) down, found <h1>: the title is the page’s only h1

      3 problems in 1 file."
    `);
  });
});

describe('what authors may write', () => {
  test('Markdown, comments, allowed HTML with literal attributes, author components', () => {
    expect(
      withText(
        [
          '{/* a note for editors */}',
          '<abbr title="Non-governmental organisation">NGO</abbr>, <a href="https://example.com" rel="noopener">link</a>, <a href="/about/">about</a>, <a href="mailto:x@example.com">mail</a>',
          '<details><summary>More</summary>Text.</details>',
          '| a | b |\n| - | - |\n| 1 | 2 |',
        ].join('\n\n'),
      ),
    ).toBe('Content OK: 12 files checked, no problems.');
  });

  test('a site may opt in to full MDX for its pages only; stories stay plain', () => {
    const report = reportFor((c) => {
      c.json('site.json', (site) => (site['fullMdxPages'] = true));
      c.write(
        page,
        "---\ntitle: 'About'\ndescription: 'About the fixture organisation.'\n---\n\nSince {1970 + 55}.\n",
      );
      c.replace(story, '## Why we mentor', '## Why we mentor\n\n{1 + 1}\n');
    });
    expect(report).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: {expression}: expected text, found a JavaScript expression {1 + 1}; write the text itself, use <KeyFigure> for a number, or write \\{ for a literal brace

      1 problem in 1 file."
    `);
  });
});

describe('the build refuses the same, even without the check', () => {
  const options = {
    pagesDir: '/site/content/pages',
    contentDir: '/site/content',
    fullMdxPages: false,
  };
  const build = (source: string, path = '/site/content/stories/x.mdx') =>
    compile({ value: source, path }, { remarkPlugins: [[remarkContentPolicy, options]] });

  test('an expression in a story stops its compilation at its line', async () => {
    await expect(build('## Hi\n\nHost: {process.env.HOME}\n')).rejects.toMatchObject({
      line: 3,
      column: 7,
      message: expect.stringContaining(
        '{expression}: expected text, found a JavaScript expression {process.env.HOME}',
      ) as unknown,
    });
  });

  test('an image path that would import a file that is not an image stops it', async () => {
    await expect(build('![x](../../../probes/evil.mjs)\n')).rejects.toMatchObject({
      line: 1,
      message: expect.stringContaining('expected an image file ending in .png') as unknown,
    });
    await expect(build('![x](./photo.png?raw)\n')).rejects.toMatchObject({
      message: expect.stringContaining('expected a plain image file name') as unknown,
    });
  });

  test('plain content compiles', async () => {
    await expect(
      build('Hello <KeyFigure dataset="x" period="2025" label="y" />.\n'),
    ).resolves.toBeDefined();
  });

  test('full MDX pages compile only when the site opts in, and only under pages/', async () => {
    const source = 'Year {new Date(0).getUTCFullYear()}\n';
    const full = {
      pagesDir: '/site/content/pages',
      contentDir: '/site/content',
      fullMdxPages: true,
    };
    await expect(
      compile(
        { value: source, path: '/site/content/pages/about.mdx' },
        { remarkPlugins: [[remarkContentPolicy, full]] },
      ),
    ).resolves.toBeDefined();
    await expect(
      compile(
        { value: source, path: '/site/content/stories/x.mdx' },
        { remarkPlugins: [[remarkContentPolicy, full]] },
      ),
    ).rejects.toThrow(/expression/);
  });
});

describe('MDX syntax errors in plain words', () => {
  test('a less-than sign before a number', () => {
    expect(withText('Attendance is <80% this year.')).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: is not valid MDX at column 16: < starts a tag (an element or a component) in MDX; to write a less-than sign, write \\< or &lt; (for example "attendance is \\<80%") (the MDX parser said: Unexpected character \`8\` (U+0038) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`)

      1 problem in 1 file."
    `);
  });

  test('a KeyFigure without its closing slash', () => {
    expect(
      withText('We collected <KeyFigure dataset="mentees" period="2024" label="x"> last year.'),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: is not valid MDX: <KeyFigure> is not closed: end it with />, as in <KeyFigure … /> (the MDX parser said: Expected a closing tag for \`<KeyFigure>\` (14:14-14:67) before the end of \`paragraph\`)

      1 problem in 1 file."
    `);
  });

  test('a Quote never closed', () => {
    expect(withText('Text.\n\n<Quote by="Ana">\n  Words.\n\nMore text.')).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: is not valid MDX: <Quote> is opened but never closed: add </Quote> after its content, or end it with /> if it has none (the MDX parser said: Expected a closing tag for \`<Quote>\` (16:1-16:17))

      1 problem in 1 file."
    `);
  });

  test('an HTML comment', () => {
    expect(withText('<!-- note for editors -->')).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: is not valid MDX at column 2: HTML comments <!-- … --> do not work in MDX; write {/* … */} instead (the MDX parser said: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`))

      1 problem in 1 file."
    `);
  });

  test('a stray brace', () => {
    expect(withText('A { brace')).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: is not valid MDX at column 10: { starts an expression in MDX; to write a brace, write \\{ (the MDX parser said: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`)

      1 problem in 1 file."
    `);
  });
});

describe('story front matter the build would trip over', () => {
  test('a hero image that does not exist is named with the story and field', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          "location: 'Cluj-Napoca'",
          "location: 'Cluj-Napoca'\nhero: { src: './mentors.jpg', alt: 'Two mentors' }",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:10: hero.src: expected an image file, found "./mentors.jpg", which does not exist (looked for content/stories/mentors.jpg)

      1 problem in 1 file."
    `);
  });

  test('a story dated in the future is a warning, not a failure', () => {
    expect(reportFor((c) => c.replace(story, 'date: 2025-06-10', 'date: 2027-06-10')))
      .toMatchInlineSnapshot(`
        "warning: content/stories/first-jobs.mdx:4: date: 2027-06-10 is in the future; the story will show that date once published (fine for a scheduled story, otherwise check the year)

        Content OK: 12 files checked, no problems; 1 warning."
      `);
  });
});

describe('dates mean the date the author wrote', () => {
  test.each([
    ['date: 2025-13-01', 'an impossible month, unquoted'],
    ['date: 2025-02-30', 'an impossible day, unquoted'],
    ["date: '2025-02-29'", 'an impossible day, quoted'],
    ['date: 2025-05-14T00:30:00+03:00', 'a date with a time and an offset'],
  ])('%s (%s) is refused, never published as another day', (line) => {
    const report = reportFor((c) => c.replace(story, 'date: 2025-06-10', line));
    expect(report).toContain('content/stories/first-jobs.mdx:4: date: expected a');
    expect(report).toContain('1 problem in 1 file.');
  });

  test('the messages say what is wrong with the date and what to write', () => {
    expect(
      reportFor((c) => {
        c.replace(story, 'date: 2025-06-10', 'date: 2025-02-30');
        c.replace(
          'pages/about.mdx',
          "title: 'About'",
          "title: 'About'\nupdated: 2025-05-14T00:30:00+03:00",
        );
      }),
    ).toMatchInlineSnapshot(`
      "content/pages/about.mdx:3: updated: expected a date written YYYY-MM-DD, found "2025-05-14T00:30:00+03:00" (a date with a time, which would be moved to another day by its time zone); write 2025-05-14
      content/stories/first-jobs.mdx:4: date: expected a real calendar date, found 2025-02-30 (February 2025 has 28 days)

      2 problems in 2 files."
    `);
  });
});

describe('front matter mistakes in plain words', () => {
  test('an apostrophe inside single quotes says to write it twice', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          "description: 'How employees",
          "description: 'The mentees' summer: how employees",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:3: front matter: is not valid YAML: bad indentation of a mapping entry; inside '…' an apostrophe is written twice: description: 'The mentees'' summer: how employees of the fixture contact centre mentor young people into their first job.' (or put the value in double quotes)

      1 problem in 1 file."
    `);
  });

  test('an unquoted title with a colon says to put it in quotes', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          "title: 'First jobs, with a mentor beside them'",
          "title: First jobs: a mentor's help",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:2: front matter: is not valid YAML: bad indentation of a mapping entry; a value that contains ": " must be in quotes: title: 'First jobs: a mentor''s help'

      1 problem in 1 file."
    `);
  });

  test('a story without its --- lines says how the file must start', () => {
    expect(reportFor((c) => c.replace(story, '---\ntitle:', 'title:'))).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx: front matter: expected the story's fields at the top of the file, between two lines of ---, found none

      1 problem in 1 file."
    `);
  });
});

describe('images are image files inside content/, never code or another site', () => {
  test('paths that would import code or data, leave content/, or name a missing file', () => {
    expect(
      reportFor((c) => {
        c.write('stories/evil.mjs', 'export default 1;');
        c.write('stories/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
        c.write('stories/photo.png', 'not really a png, but a file');
        c.replace(
          story,
          '## Why we mentor',
          [
            '## Why we mentor',
            '',
            '![a](./evil.mjs) ![b](../../../../etc/passwd) ![c](./photo.png?raw)',
            '',
            '![d](./evil.svg) ![e](https://example.com/photo.png) ![f](./phot.png)',
            '',
            '![g][ref]',
            '',
            '[ref]: ../../outside.png',
            '',
            '![fine](./photo.png)',
          ].join('\n'),
        );
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/evil.mjs: is not read by the site: content/stories/ holds stories as .mdx files, and their images; keep notes and working files outside content/
      content/stories/first-jobs.mdx:14: image: expected an image file ending in .png, .jpg, .jpeg, .webp, .avif, .gif, found "./evil.mjs"
      content/stories/first-jobs.mdx:14: image: expected an image file ending in .png, .jpg, .jpeg, .webp, .avif, .gif, found "../../../../etc/passwd"
      content/stories/first-jobs.mdx:14: image: expected a plain image file name, found "./photo.png?raw" (with ?); remove what follows the file name
      content/stories/first-jobs.mdx:16: image: expected an image file ending in .png, .jpg, .jpeg, .webp, .avif, .gif, found "./evil.svg" (an SVG can contain script: export it as PNG or WebP)
      content/stories/first-jobs.mdx:16: image: expected an image file in content/ (such as ./photo.jpg), found the address "https://example.com/photo.png"; download the image into content/ — pages load nothing from other sites
      content/stories/first-jobs.mdx:16: image: expected an image file, found "./phot.png", which does not exist (looked for content/stories/phot.png); did you mean "photo.png"?
      content/stories/first-jobs.mdx:20: image: expected an image inside content/, found "../../outside.png", which is outside it; copy the image into content/

      8 problems in 2 files."
    `);
  });

  test('a partner logo outside content/, and CSV column names in capitals', () => {
    expect(
      reportFor((c) => {
        c.json('partners/youth-ngo.json', (d) => {
          d['logo'] = '../../../etc/logo.png';
          d['logoAlt'] = 'Logo';
        });
        c.replace('datasets/volunteer-hours.csv', 'period,value', 'Period,Value');
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:1: header: unknown column "Period"; expected period, value, series, status, note; column names are written in lower case: write "period"
      content/datasets/volunteer-hours.csv:1: header: unknown column "Value"; expected period, value, series, status, note; column names are written in lower case: write "value"
      content/datasets/volunteer-hours.csv:1: header: expected a column "period", found Period, Value, status, note
      content/datasets/volunteer-hours.csv:1: header: expected a column "value", found Period, Value, status, note
      content/partners/youth-ngo.json: logo: expected an image inside content/, found "../../../etc/logo.png", which is outside it; copy the image into content/

      5 problems in 2 files."
    `);
  });

  test('a hero image outside content/ or of another kind', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          "location: 'Cluj-Napoca'",
          "location: 'Cluj-Napoca'\nhero: { src: '../../../probes/outside.png', alt: 'x' }",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:10: hero.src: expected an image inside content/, found "../../../probes/outside.png", which is outside it; copy the image into content/

      1 problem in 1 file."
    `);
  });

  test('HTML images, top headings, content inside KeyFigure and empty attributes', () => {
    expect(
      withText(
        [
          '<img src="./photo.png" alt="x" />',
          '# A second title',
          '<KeyFigure dataset="mentees" series="completed" period="2024" label="young people">text</KeyFigure>',
          '<Callout title="">Note.</Callout>',
          '<span id="main">x</span>',
        ].join('\n\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <img>: expected a Markdown image, found <img>; write ![what the image shows](./photo.jpg), which is resized and checked
      content/stories/first-jobs.mdx:16: #: expected headings from ## down, found a # heading: the title is the page’s only top heading; write ## instead
      content/stories/first-jobs.mdx:18: <KeyFigure>: expected no content inside <KeyFigure> (it would not be shown), found some; end it with />, as in <KeyFigure … />
      content/stories/first-jobs.mdx:20: <Callout>: title: expected a value, found an empty one; leave the attribute out instead
      content/stories/first-jobs.mdx:22: <span>: id: unknown attribute of <span>; expected title, lang, dir, class, className

      5 problems in 1 file."
    `);
  });
});

describe('text and numbers published as written', () => {
  test('years before 1900, an update before the date, invisible direction controls', () => {
    expect(
      reportFor((c) => {
        c.replace(story, 'date: 2025-06-10', 'date: 0025-06-10');
        c.replace('pages/about.mdx', "title: 'About'", "title: 'About \u202E0024\u202C'");
      }),
    ).toMatchInlineSnapshot(`
      "content/pages/about.mdx:2: expected plain text, found an invisible direction control character (U+202E) at column 15, which can make text read differently from what it is; delete it
      content/pages/about.mdx:2: expected plain text, found an invisible direction control character (U+202C) at column 20, which can make text read differently from what it is; delete it
      content/stories/first-jobs.mdx:4: date: expected a date from 1900 on, found 0025-06-10; check the year

      3 problems in 2 files."
    `);
    expect(
      reportFor((c) =>
        c.replace(story, 'date: 2025-06-10', 'date: 2025-06-10\nupdated: 2024-01-01'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:5: updated: expected a date on or after the story's date (2025-06-10), found 2024-01-01

      1 problem in 1 file."
    `);
  });

  test('a page named like one of the site’s own sections', () => {
    expect(
      reportFor((c) =>
        c.write(
          'pages/stories.mdx',
          "---\ntitle: 'Stories'\ndescription: 'All our stories, in one place for readers.'\n---\n\nText.\n",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/pages/stories.mdx: file name: expected a page name the site does not use itself, found "stories" (/stories/ is the site's own); rename the file, for example to about-stories.mdx

      1 problem in 1 file."
    `);
  });

  test('a field written twice in a JSON object, which JSON.parse would quietly resolve', () => {
    expect(
      reportFor((c) =>
        c.replace('datasets/mentees.json', '"value": 40 }', '"value": 40, "value": 400 }'),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json:16:60: expected each field once in an object, found "value" again (first on line 16); keep the one you mean and delete the other

      1 problem in 1 file."
    `);
  });

  test('raw HTML in a methodology, and a number too large to store exactly', () => {
    expect(
      reportFor((c) =>
        c.json('datasets/mentees.json', (d) => {
          d['methodology'] = 'Counted.\n\n<details><summary>Sites</summary>Florești</details>';
          d['measure'].unit = { label: 'points', kind: 'other' };
          d['observations'][0].value = 1e20;
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: observations[0].value: expected a number of at most 15 digits (larger ones are not stored exactly), found 100000000000000000000; use a larger unit
      content/datasets/mentees.json: methodology: line 3 of the text: expected Markdown, found HTML (<details><summary>Sites</summary>Floreș…), which is not shown; write it in Markdown (a blank line for a new paragraph, - for a list)

      2 problems in 1 file."
    `);
  });
});
